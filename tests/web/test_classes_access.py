"""Who can open what in /classes: anonymous, students (own class or not), another teacher, the owner.
A foreign class answers 404 like a missing one; nothing ever answers 500."""
import hashlib

import pytest

from factories import make_world
from quizapp.models import Classroom, Enrollment
from quizapp.web.extensions import db


def routes(world):
    c, s = world.classroom.id, world.student.id
    return [
        ("get", f"/classes/{c}", {}),
        ("get", f"/classes/{c}/cards", {}),
        ("post", f"/classes/{c}/students", {"name": "Intruder Added"}),
        ("post", f"/classes/{c}/students/import", {"roster": "Intruder Imported", "confirm": "Create",
                                                   "previewed": hashlib.sha256(b"Intruder Imported").hexdigest()}),
        ("post", f"/classes/{c}/join-code", {}),
        ("get", f"/classes/{c}/students/{s}/remove", {}),
        ("post", f"/classes/{c}/students/{s}/reset-password", {}),
        ("post", f"/classes/{c}/students/{s}/remove", {}),
    ]


def call(client, method, url, data):
    return getattr(client, method)(url, data=data)


def unchanged(world, code):
    classroom = db.session.get(Classroom, world.classroom.id)
    names = {e.student.display_name for e in classroom.enrollments}
    return classroom.join_code == code and names == {s.display_name for s in world.students}


def test_anonymous_is_sent_to_sign_in_and_nothing_changes(client):
    world = make_world()
    code = world.classroom.join_code
    for method, url, data in routes(world) + [("get", "/classes/", {}), ("post", "/classes/new", {"name": "X"})]:
        response = call(client, method, url, data)
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"], url
    assert unchanged(world, code)


@pytest.mark.parametrize("who", ["student", "other_student"])
def test_students_get_403_and_nothing_changes(client, auth, who):
    world = make_world()
    code = world.classroom.join_code
    auth.login_student(getattr(world, who))
    for method, url, data in routes(world) + [("get", "/classes/", {}), ("post", "/classes/new", {"name": "X"})]:
        assert call(client, method, url, data).status_code == 403, url
    assert unchanged(world, code)
    assert db.session.query(Classroom).count() == 2


def test_other_teacher_gets_404_and_nothing_leaks(client, auth):
    world = make_world()
    code = world.classroom.join_code
    auth.login_teacher(world.other_teacher)
    for method, url, data in routes(world):
        response = call(client, method, url, data)
        assert response.status_code == 404, url
        assert world.student.display_name not in response.get_data(as_text=True)
    assert unchanged(world, code)
    page = client.get("/classes/").get_data(as_text=True)
    assert world.classroom.name not in page and world.other_classroom.name in page


def test_owner_can_use_every_route(client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    for method, url, data in routes(world):
        assert call(client, method, url, data).status_code in (200, 302), url
    seats = db.session.query(Enrollment).filter_by(classroom_id=world.classroom.id).count()
    assert seats == len(world.students) - 1 + 2  # one removed, two added


@pytest.mark.parametrize("url", [
    "/classes/0", "/classes/99999999", "/classes/99999999999999999999999", "/classes/abc",
    "/classes/1/students/99999999999999999999/remove", "/classes/%00",
])
def test_bad_ids_are_404(client, auth, url):
    make_world()
    auth.login_teacher()
    method = "post" if url.endswith("remove") else "get"
    assert getattr(client, method)(url).status_code in (404, 400)


def test_garbage_form_data_never_500(client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    c = world.classroom.id
    cases = [
        (f"/classes/{c}/students", {"name": "x" * 5000, "username": "ü" * 300}),
        (f"/classes/{c}/students", {"name": ["a", "b"], "self_claim": "maybe"}),
        (f"/classes/{c}/students/import", {"roster": "\"unclosed,quote\n" * 50}),
        (f"/classes/{c}/students/import", {"roster": ",,,,\n\t\t\t\n" + "n" * 300}),
        ("/classes/new", {"name": "y" * 1000}),
        ("/auth/login", {"identifier": "z" * 5000, "password": "p" * 5000}),
        ("/auth/signup", {"email": "@" * 300, "display_name": "", "password": "", "confirm": ""}),
        (f"/auth/join/{world.classroom.join_code}", {"seat": "not-a-number", "password": "x"}),
    ]
    for url, data in cases:
        response = client.post(url, data=data)
        assert response.status_code in (200, 400, 413), (url, response.status_code)


def test_binary_upload_is_read_or_reported_never_500(client, auth):
    import io

    world = make_world()
    auth.login_teacher(world.teacher)
    blob = bytes(range(1, 256)) * 20
    response = client.post(f"/classes/{world.classroom.id}/students/import",
                           data={"file": (io.BytesIO(blob), "photo.jpg")}, content_type="multipart/form-data")
    assert response.status_code in (200, 400)


def test_huge_student_ids_in_my_own_class_are_404(client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    for action in ("remove", "reset-password"):
        url = f"/classes/{world.classroom.id}/students/99999999999999999999/{action}"
        assert client.post(url).status_code == 404
