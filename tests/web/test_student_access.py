"""Who may open the student's pages, and what garbage does to them: nothing leaks, nothing 500s."""
from __future__ import annotations

import pytest
from factories import make_student, make_teacher, make_world
from sqlalchemy import func, select

from quizapp.models import Attempt, Response
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db

# (method, path template); {a} is the assignment id, {t} the attempt id.
ROUTES = [
    ("GET", "/student/"),
    ("POST", "/student/assignments/{a}/start"),
    ("GET", "/student/attempts/{t}"),
    ("POST", "/student/attempts/{t}"),
    ("POST", "/student/attempts/{t}/autosave"),
    ("GET", "/student/attempts/{t}/confirm"),
    ("POST", "/student/attempts/{t}/submit"),
    ("GET", "/student/attempts/{t}/submitted"),
    ("GET", "/student/attempts/{t}/review"),
]
OBJECT_ROUTES = [r for r in ROUTES if "{" in r[1]]


@pytest.fixture
def world(app):
    world = make_world()
    world.attempt = ops.start_attempt(world.assignment.id, world.student.id)
    return world


def call(client, world, method, path):
    url = path.format(a=world.assignment.id, t=world.attempt.id)
    return client.open(url, method=method, data={"shown": str(world.attempt.question_order[0])})


def test_anonymous_is_sent_to_sign_in(world, client):
    for method, path in ROUTES:
        response = call(client, world, method, path)
        assert response.status_code == 302 and "/auth/login" in response.location, path


def test_teachers_are_refused(world, client, auth):
    for teacher in (world.teacher, world.other_teacher):
        auth.login_as(teacher)
        for method, path in ROUTES:
            assert call(client, world, method, path).status_code == 403, path


@pytest.mark.parametrize("who", ["classmate", "other_class", "no_class"])
def test_other_students_get_404_and_change_nothing(world, client, auth, who):
    other = {"classmate": world.students[1], "other_class": world.other_student, "no_class": None}[who]
    auth.login_as(other or make_student())
    for method, path in OBJECT_ROUTES:
        if who == "classmate" and path.endswith("/start"):
            continue  # the class's assignment is theirs to start too (test below)
        response = call(client, world, method, path)
        assert response.status_code == 404, path
        assert world.assignment.title not in response.text
    db.session.refresh(world.attempt)
    assert world.attempt.status == "in_progress"
    assert db.session.scalar(select(func.count()).select_from(Response)) == 0
    assert db.session.scalar(select(func.count()).select_from(Attempt)) == 1


def test_a_classmate_starting_gets_their_own_attempt(world, client, auth):
    auth.login_as(world.students[1])
    response = client.post(f"/student/assignments/{world.assignment.id}/start")
    assert response.status_code == 302 and not response.location.endswith(f"/attempts/{world.attempt.id}")
    assert db.session.scalar(select(func.count()).select_from(Attempt)) == 2


def test_the_home_page_of_a_student_without_classes(app, client, auth):
    auth.login_as(make_student())
    page = client.get("/student/")
    assert page.status_code == 200 and "No assignments for you yet" in page.text


BAD_ATTEMPT_PATHS = [
    "/student/attempts/abc", "/student/attempts/-1", "/student/attempts/0", "/student/attempts/99999999999999999999",
    "/student/attempts/2147483648/review", "/student/attempts/1.5/confirm", "/student/attempts//submit",
]


def test_bad_ids_are_404(world, client, auth):
    auth.login_as(world.student)
    for path in BAD_ATTEMPT_PATHS:
        assert client.get(path).status_code == 404, path
    for assignment_id in ("0", "99999999999999999999", "abc", "2147483648"):
        assert client.post(f"/student/assignments/{assignment_id}/start").status_code == 404, assignment_id


def test_wrong_methods_are_405(world, client, auth):
    auth.login_as(world.student)
    for method, path in [("GET", "/student/assignments/{a}/start"), ("GET", "/student/attempts/{t}/submit"),
                         ("GET", "/student/attempts/{t}/autosave"), ("DELETE", "/student/attempts/{t}")]:
        assert call(client, world, method, path).status_code == 405, path


GARBAGE = [
    {"q{all}": "x" * 5000},
    {"q{all}": ["a", "b", "c"]},
    {"q{all}": "\u202e <script>alert(1)</script> \U0001f600"},
    {"q{all}-0": "Nobody", "q{all}-99": "x", "q{all}-": ""},
    {"shown": "abc,,,-1,99999999999999999999"},
    {"shown": "{all}", "q{all}": "'; DROP TABLE attempt; --"},
]


def test_garbage_answers_never_500(world, client, auth):
    auth.login_as(world.student)
    for garbage in GARBAGE:
        for path in ("", "/autosave"):
            data: dict = {"shown": ",".join(map(str, world.attempt.question_order))}
            for key, value in garbage.items():
                for qid in world.attempt.question_order[:8]:
                    name = key.replace("{all}", str(qid))
                    data[name] = value.replace("{all}", str(qid)) if isinstance(value, str) else value
            response = client.post(f"/student/attempts/{world.attempt.id}{path}", data=data)
            assert response.status_code in (200, 302), (garbage, path)
    assert client.get(f"/student/attempts/{world.attempt.id}").status_code == 200
    assert client.get(f"/student/attempts/{world.attempt.id}/confirm").status_code == 200


def test_a_nul_character_is_refused_not_stored(world, client, auth):
    auth.login_as(world.student)  # PostgreSQL cannot store NUL; the app refuses it up front
    qid = world.attempt.question_order[0]
    response = client.post(f"/student/attempts/{world.attempt.id}/autosave",
                           data={"shown": str(qid), f"q{qid}": "a\x00b"})
    assert response.status_code == 400
    assert db.session.scalar(select(func.count()).select_from(Response)) == 0


def test_a_json_body_or_no_body_changes_nothing(world, client, auth):
    auth.login_as(world.student)
    url = f"/student/attempts/{world.attempt.id}/autosave"
    assert client.post(url, json={"answers": {"1": "x"}}).status_code == 400  # no route reads JSON
    assert client.post(url, data=b"\xff\xfe", content_type="application/octet-stream").status_code == 200
    assert db.session.scalar(select(func.count()).select_from(Response)) == 0


def test_a_second_teacher_is_refused_too(world, client, auth):
    auth.login_as(make_teacher())
    assert client.get(f"/student/attempts/{world.attempt.id}/review").status_code == 403
