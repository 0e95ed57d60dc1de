"""Sweeps over every route of the app, whoever wrote it: a forgotten decorator or a CSRF exemption
shows up here."""
import re

from factories import make_world

# The world's bank is bundled (owner None): every teacher may browse it and build quizzes from it.
# Regrading such a question is each teacher's own (only their classes; test_regrade checks that).
SHARED = {"banks.bank", "banks.version", "banks.question", "quizzes.pick", "quizzes.draw",
          "regrade.question", "regrade.preview", "regrade.apply"}
# The LTI protocol endpoints answer an LMS, signed in or not (their refusals are pages of their own).
PUBLIC = {"static", "home.index", "auth.login", "auth.logout", "auth.signup", "auth.join", "auth.claim",
          "lti.login", "lti.launch", "lti.jwks", "lti.canvas_config"}


def concrete_urls(app, world):
    """Each rule with its <int:...> parts filled with ids of the world's first teacher."""
    ids = {"class_id": world.classroom.id, "student_id": world.student.id, "assignment_id": world.assignment.id,
           "quiz_id": world.quiz.id, "version_id": world.version.id, "bank_id": world.version.bank_id,
           "question_id": world.quiz.items[0].question_id}
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC:
            continue
        url = re.sub(r"<(?:int:)?(\w+)>", lambda m: str(ids.get(m.group(1), 1)), rule.rule)
        url = re.sub(r"<[^>]+>", "x", url)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield method, url, rule.endpoint


def test_anonymous_reaches_no_private_route(app, client):
    world = make_world()
    for method, url, endpoint in concrete_urls(app, world):
        response = client.open(url, method=method)
        location = response.headers.get("Location", "")
        assert (response.status_code == 302 and "/auth/login" in location) or response.status_code in (401, 403, 404), \
            (endpoint, url, response.status_code)


def test_another_teacher_never_gets_a_page_of_the_first(app, client, auth):
    world = make_world()
    auth.login_teacher(world.other_teacher)
    for method, url, endpoint in concrete_urls(app, world):
        if endpoint in SHARED or not re.search(r"\d", url):
            continue  # lists and forms without an id show the other teacher's own things
        response = client.open(url, method=method)
        assert response.status_code in (302, 400, 403, 404), (endpoint, url, response.status_code)
        if response.status_code == 302:
            assert world.classroom.name not in client.get(response.headers["Location"]).get_data(as_text=True)


def test_every_post_route_requires_a_csrf_token(csrf_app, csrf_client):
    world = make_world()
    with csrf_client.session_transaction() as session:
        session["_user_id"] = world.teacher.get_id()
    for method, url, endpoint in concrete_urls(csrf_app, world):
        if method == "POST":
            assert csrf_client.post(url).status_code == 400, endpoint
    for endpoint in ("auth.login", "auth.signup", "auth.logout"):
        assert csrf_client.post(csrf_app.url_map._rules_by_endpoint[endpoint][0].rule).status_code == 400
