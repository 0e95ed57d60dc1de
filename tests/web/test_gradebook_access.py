"""Access matrix of every teacher route of banks, quizzes, assignments and gradebook:
anonymous -> sign-in, student -> 403, another teacher -> 404, owner -> 200 (302 after a POST);
and garbage ids and parameters never give a 500."""
import pytest
from factories import make_world
from teacher_factories import make_attempt

OBJECT_GETS = [
    "/banks/{bank}", "/banks/versions/{version}", "/banks/versions/{version}/questions/{question}",
    "/quizzes/new/{version}/pick", "/quizzes/new/{version}/draw", "/quizzes/{quiz}",
    "/assignments/new?quiz={quiz}", "/assignments/new?quiz={quiz}&class={classroom}",
    "/assignments/new?class_id={classroom}",
    "/assignments/{assignment}", "/assignments/{assignment}/edit",
    "/classes/{classroom}/gradebook", "/classes/{classroom}/gradebook.csv",
    "/assignments/{assignment}/results", "/assignments/{assignment}/results.csv",
    "/assignments/{assignment}/analysis", "/attempts/{attempt}",
]
LIST_GETS = ["/banks/", "/quizzes/", "/assignments/"]
POSTS = ["/attempts/{attempt}/reopen", "/assignments/{assignment}/students/{student}/extra-attempt"]


@pytest.fixture
def world(app):
    world = make_world()
    attempt = make_attempt(world.assignment, world.student, {})
    # The bundled bank is every teacher's; an owned bank is needed for the "other teacher" row.
    world.version.bank.owner_id = world.teacher.id
    from quizapp.web.extensions import db

    db.session.commit()
    world.ids = dict(bank=world.version.bank_id, version=world.version.id, question=world.version.questions[0].id,
                     quiz=world.quiz.id, classroom=world.classroom.id, assignment=world.assignment.id,
                     attempt=attempt.id, student=world.student.id)
    return world


def urls(world, templates):
    return [t.format(**world.ids) for t in templates]


def test_anonymous_is_sent_to_sign_in(world, client):
    for url in urls(world, OBJECT_GETS + LIST_GETS + POSTS):
        response = client.post(url) if url in urls(world, POSTS) else client.get(url)
        assert response.status_code == 302 and "/auth/login" in response.location, url


def test_student_is_forbidden(world, client, auth):
    auth.login_student(world.student)
    for url in urls(world, OBJECT_GETS + LIST_GETS):
        assert client.get(url).status_code == 403, url
    for url in urls(world, POSTS):
        assert client.post(url).status_code == 403, url


def test_other_teacher_gets_404(world, client, auth):
    auth.login_teacher(world.other_teacher)
    for url in urls(world, OBJECT_GETS):
        assert client.get(url).status_code == 404, url
    for url in urls(world, POSTS):
        assert client.post(url).status_code == 404, url
    for url in LIST_GETS:
        assert world.quiz.title not in client.get(url).get_data(as_text=True)


def test_owner_gets_every_page(world, client, auth):
    auth.login_teacher(world.teacher)
    for url in urls(world, OBJECT_GETS + LIST_GETS):
        assert client.get(url).status_code == 200, url
    for url in urls(world, POSTS):
        assert client.post(url).status_code == 302, url


GARBAGE_GETS = [
    "/banks/0", "/banks/99999999999", "/banks/versions/2147483648", "/banks/versions/{version}/questions/0",
    "/banks/versions/{version}/questions/99999999999", "/quizzes/99999999999", "/quizzes/new/99999999999/draw",
    "/assignments/new?quiz=", "/assignments/new?quiz=-1", "/assignments/new?class_id=abc", "/assignments/new?quiz=1e3",
    "/assignments/new?quiz={quiz}&class=x", "/assignments/new?quiz={quiz}&class=99999999999",
    "/assignments/99999999999", "/assignments/99999999999/edit", "/classes/99999999999/gradebook",
    "/assignments/99999999999/results.csv", "/assignments/99999999999/analysis", "/attempts/99999999999",
]


def test_garbage_ids_are_404(world, client, auth):
    auth.login_teacher(world.teacher)
    for url in urls(world, GARBAGE_GETS):
        assert client.get(url).status_code == 404, url
    assert client.post("/attempts/99999999999/reopen").status_code == 404
    assert client.post(f"/assignments/{world.assignment.id}/students/99999999999/extra-attempt").status_code == 404


GARBAGE_POSTS = [
    ("/quizzes/new/{version}/pick", {"title": "x" * 400, "questions": ["abc", "-1", "99999999999"]}),
    ("/quizzes/new/{version}/draw", {"title": "", "count_0": "abc", "count_1": "-3", "seed": "99999999999", "save": "1"}),
    ("/quizzes/new/{version}/draw", {"title": "t", "count_0": "0", "seed": "1", "preview": "1"}),
    ("/assignments/new?quiz={quiz}&class={classroom}", {"title": "t", "opens_at": "yesterday", "due_at": "2030-13-45T99:99",
     "attempts_allowed": "1e9", "time_limit_minutes": "-1", "review_policy": "bogus", "audience": "everyone"}),
    ("/assignments/{assignment}/edit", {"opens_at": "", "attempts_allowed": "", "extra_{student}": "lots"}),
]


def test_garbage_form_input_is_shown_back_not_500(world, client, auth):
    auth.login_teacher(world.teacher)
    for url, data in GARBAGE_POSTS:
        data = {k.format(**world.ids): v for k, v in data.items()}
        response = client.post(url.format(**world.ids), data=data)
        assert response.status_code == 200, url
        assert 'class="field-error"' in response.get_data(as_text=True), url
