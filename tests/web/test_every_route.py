"""The whole URL map against everyone: every rule, every method it allows, with ids of real objects
of one teacher, requested as anonymous, as that teacher's students, as a student of another class,
as the owner and as another teacher; then with ids and bodies no browser would send.

A failure lists every offender at once (who, method, url, endpoint, status, problem)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import ClassVar

import pytest
from audit_world import (
    MARKERS,
    PUBLIC,
    STUDENT_BLUEPRINTS,
    TEACHER_BLUEPRINTS,
    blueprint_of,
    concrete_urls,
    fill,
    make_audit_world,
    offender_table,
    rules,
    sign_in,
)
from factories import TEACHER_PASSWORD, make_teacher
from werkzeug.datastructures import MultiDict

from quizapp.web.generator import jobs


@pytest.fixture(autouse=True)
def no_generator_threads(monkeypatch):
    # A POST to /generator/ starts a background run (spaCy); the sweep needs the route, not the run.
    monkeypatch.setattr(jobs, "start", lambda job_id: None)


def roles(world):
    """In this order: those who must change nothing first, the owners (whose POSTs act) last."""
    return [("anonymous", None), ("other teacher", world.other_teacher), ("other class's student", world.other_student),
            ("classmate", world.classmate), ("student", world.student), ("owner", world.teacher)]


def requests_of(app, world):
    """(method, url, rule), GETs before POSTs, and destructive POSTs last."""
    pairs = [(method, url, rule) for rule, methods in rules(app) for method in methods
             for url in concrete_urls(rule, world)]
    last = ("remove", "logout", "submit")
    return sorted(pairs, key=lambda p: (p[0] != "GET", any(w in p[2].endpoint for w in last)))


def problem_of(who: str, rule, method: str, response) -> str | None:
    status = response.status_code
    endpoint, area = rule.endpoint, blueprint_of(rule.endpoint)
    if status >= 500:
        return "server error"
    if endpoint in PUBLIC:
        return None
    location = response.headers.get("Location", "")
    if who == "anonymous":
        if not ((status == 302 and "/auth/login" in location) or status in (401, 403, 404)):
            return "anonymous not sent to sign-in"
        return None
    foreigner = who in ("other teacher", "other class's student")
    student = who in ("other class's student", "classmate", "student")
    if area in TEACHER_BLUEPRINTS and student and status not in (403, 404):
        return "student reaches a teacher route"
    if area in STUDENT_BLUEPRINTS and who in ("owner", "other teacher") and status not in (403, 404):
        return "teacher reaches a student route"
    names_object = bool(rule.arguments)
    if names_object and who == "other teacher" and status not in (403, 404):
        return "another teacher reaches a teacher's object"
    if names_object and area in STUDENT_BLUEPRINTS and (foreigner or (who == "classmate" and "attempt_id" in rule.arguments)) \
            and status not in (403, 404):
        return "a student reaches another student's attempt or another class's assignment"
    if foreigner and status == 200:
        page = response.get_data(as_text=True)
        shown = [m for m in MARKERS if m in page]
        if shown:
            return f"page names what is not theirs: {shown}"
    return None


def snapshot() -> dict[str, list]:
    """Every row of every table (the accounts' session counters and sign-in throttles aside: signing
    out and failing to sign in legitimately change those)."""
    from quizapp.web.extensions import db

    db.session.expire_all()
    with db.engine.connect() as connection:
        return {table.name: sorted(map(repr, connection.execute(table.select())))
                for table in db.metadata.sorted_tables if table.name not in ("user", "login_throttle")}


def test_every_route_for_every_role(app, client):
    world = make_audit_world()
    offenders = []
    before = snapshot()
    for who, user in roles(world):
        if who == "classmate":  # the first who may act on the world (start the class's assignment)
            changed = [name for name, rows in snapshot().items() if rows != before[name]]
            if changed:
                offenders.append(("outsiders", "*", "*", "*", "-", f"their requests changed {changed}"))
        sign_in(client, user)
        for method, url, rule in requests_of(app, world):
            response = send(client, url, method)
            problem = problem_of(who, rule, method, response)
            if problem:
                offenders.append((who, method, url, rule.endpoint, response.status_code, problem + detail(response)))
            if rule.endpoint == "auth.logout":
                sign_in(client, user)  # the sweep goes on as the same person
    assert not offenders, offender_table(offenders)


# (A non-ASCII digit such as "\u0663" is not here: werkzeug reads it as the id 3, an alias, not garbage.)
BAD_IDS = ["999999", str(2**31), str(2**63), str(10**30), "0", "-1", "abc", "1.5", "%00", "%E2%80%AE1", "1%20"]


class Crash:
    """What an exception escaping the app (TESTING propagates them) counts as: a 500."""

    status_code = 500
    headers: ClassVar[dict] = {}

    def __init__(self, error: Exception):
        self.error = f"{type(error).__name__}: {str(error)[:80]}"

    def get_data(self, as_text=False):
        return self.error


def send(client, url, method="GET", **kwargs):
    try:
        return client.open(url, method=method, **kwargs)
    except Exception as error:  # noqa: BLE001 - every escaping exception is the finding
        return Crash(error)


def detail(response) -> str:
    return f" ({response.error})" if isinstance(response, Crash) else ""


def owner_for(world, rule):
    area = blueprint_of(rule.endpoint)
    if area in STUDENT_BLUEPRINTS:
        return "student", world.student
    if area in TEACHER_BLUEPRINTS:
        return "owner", world.teacher
    return "anonymous", None


def test_ids_that_name_nothing_are_404_never_500(app, client):
    world = make_audit_world()
    offenders = []
    for rule, methods in rules(app):
        if not rule.arguments:
            continue
        who, user = owner_for(world, rule)
        sign_in(client, user)
        for name in sorted(rule.arguments):
            real = {k: v[0] for k, v in world.ids.items()}
            for bad in BAD_IDS:
                if bad == str(real[name]):
                    continue
                url = fill(rule.rule, {**real, name: bad})
                for method in methods:
                    response = send(client, url, method)
                    status = response.status_code
                    # NUL anywhere in a request is refused as a whole (400) before routing matters.
                    if status != 404 and not (bad == "%00" and status == 400):
                        offenders.append((who, method, url, rule.endpoint, status,
                                          f"bad {name} is not a 404" + detail(response)))
    assert not offenders, offender_table(offenders)


def field_names(client, urls) -> set[str]:
    names = set()
    for url in urls:
        names |= set(re.findall(r'name="([^"]+)"', client.get(url).get_data(as_text=True)))
    return names - {"csrf_token"}


NASTY = ["", "abc", "-1", "99999999999999999999999999999", "<script>alert(1)</script>", "x" * 3_000]


def multipart(files: dict[str, bytes]) -> dict:
    """A multipart body built here: werkzeug's own encoder leaves a temporary file open (a
    ResourceWarning) for bodies over 500 kB."""
    boundary = "auditboundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="x.docx"\r\n'
             f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n"
             for name, content in files.items()]
    return {"data": b"".join(parts) + f"--{boundary}--\r\n".encode(),
            "content_type": f"multipart/form-data; boundary={boundary}"}


def garbage_bodies(names: set[str]):
    """(description, keyword arguments of client.open)."""
    yield "empty", {}
    for value in NASTY:
        yield f"every field = {value[:20]!r}", {"data": {n: value for n in names}}
    yield "every field a list", {"data": MultiDict([(n, v) for n in names for v in ("1", "", "two")])}
    yield "binary body", {"data": b"\x00\xff\xfePK\x03\x04" * 100, "content_type": "application/octet-stream"}
    yield "invalid UTF-8 form", {"data": "&".join(f"{n}=%FF%FE%C3" for n in names).encode() or b"%FF=%FE",
                                 "content_type": "application/x-www-form-urlencoded"}
    yield "JSON", {"json": {n: [1, {"a": None}] for n in names}}
    yield "broken JSON", {"data": b'{"a": ', "content_type": "application/json"}
    yield "files everywhere", multipart({n: b"\xff\x00" * 1000 for n in names})
    yield "broken multipart", {"data": b"--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx",
                               "content_type": "multipart/form-data; boundary=zz"}
    yield "text/plain", {"data": "hello", "content_type": "text/plain"}


def test_garbage_bodies_never_500(app, client):
    world = make_audit_world()
    sign_in(client, world.teacher)
    teacher_pages = [url for rule, methods in rules(app) if "GET" in methods
                     and blueprint_of(rule.endpoint) in TEACHER_BLUEPRINTS for url in concrete_urls(rule, world)]
    names = field_names(client, teacher_pages)
    sign_in(client, world.student)
    names |= field_names(client, [f"/student/attempts/{world.in_progress_attempt_id}", "/student/"])
    names |= {"identifier", "password", "confirm", "email", "display_name", "seat", "code"}
    offenders = []
    # The first two objects of each kind: an in-progress and a submitted attempt, a finished and a failed run.
    posts = [(rule, url) for rule, methods in rules(app) if "POST" in methods for url in concrete_urls(rule, world)[:2]]
    # Those that end the world's state (a submitted attempt, a removed student) last.
    posts.sort(key=lambda p: any(w in p[0].endpoint for w in ("remove", "submit", "logout")))
    for rule, url in posts:
        who, user = owner_for(world, rule)
        for description, kwargs in garbage_bodies(names):
            sign_in(client, user)
            response = send(client, url, "POST", **kwargs)
            if response.status_code >= 500:
                offenders.append((who, "POST", url, rule.endpoint, response.status_code,
                                  description + detail(response)))
    assert not offenders, offender_table(offenders)


def test_oversized_bodies_are_413(app, client):
    world = make_audit_world()
    big = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1024)
    offenders = []
    for rule, methods in rules(app):
        if "POST" not in methods:
            continue
        who, user = owner_for(world, rule)
        sign_in(client, user)
        for url in concrete_urls(rule, world)[:1]:
            for description, kwargs in [
                ("form", {"data": {"roster": big.decode(), "article": "a"}}),
                ("upload", multipart({"file": big})),
            ]:
                response = send(client, url, "POST", **kwargs)
                if response.status_code != 413:
                    offenders.append((who, "POST", url, rule.endpoint, response.status_code,
                                      f"oversized {description}" + detail(response)))
    assert not offenders, offender_table(offenders)


def test_an_owned_url_with_one_foreign_id_in_it_is_404(app, client):
    """Each id of a URL in turn replaced by the same kind of object of another teacher's world
    (the class mine, the student theirs; the assignment mine, the student theirs; ...)."""
    mine, theirs = make_audit_world(), make_audit_world()
    assert mine.version.id != theirs.version.id and mine.job_id != theirs.job_id
    offenders = []
    for rule, methods in rules(app):
        for name in sorted(rule.arguments - {"index", "code"}):
            who, user = owner_for(mine, rule)
            values = {k: v[0] for k, v in mine.ids.items()}
            candidates = theirs.ids[name]
            for foreign in candidates:
                url = fill(rule.rule, {**values, name: foreign})
                for method in methods:
                    sign_in(client, user)
                    response = send(client, url, method)
                    if response.status_code not in (403, 404):
                        offenders.append((who, method, url, rule.endpoint, response.status_code,
                                          f"another teacher's {name}" + detail(response)))
    assert not offenders, offender_table(offenders)


def test_foreign_ids_in_the_query_string_are_404(app, client):
    mine, theirs = make_audit_world(), make_audit_world()
    sign_in(client, mine.teacher)
    offenders = []
    for query in (f"quiz={theirs.quiz.id}", f"quiz={mine.quiz.id}&class={theirs.classroom.id}",
                  f"quiz_id={theirs.quiz.id}&class_id={mine.classroom.id}", f"class={theirs.classroom.id}",
                  f"quiz={10**30}", "quiz=abc", f"class={2**63}"):
        for method in ("GET", "POST"):
            response = send(client, f"/assignments/new?{query}", method)
            if response.status_code != 404:
                offenders.append(("owner", method, f"/assignments/new?{query}", "assignments.create",
                                  response.status_code, "foreign or bad id in the query" + detail(response)))
    assert not offenders, offender_table(offenders)


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "http:evil.example",
                                    "\\\\evil.example", "https:/evil.example", " //evil.example", "/%2F/evil.example",
                                    "javascript:alert(1)", "/\t/evil.example"])
def test_sign_in_never_redirects_to_another_site(app, client, target):
    from urllib.parse import urlsplit

    teacher = make_teacher()
    page = client.get("/auth/login", query_string={"next": target}).get_data(as_text=True)
    form_next = re.search(r'name="next"[^>]*value="([^"]*)"', page)
    response = client.post("/auth/login", data={"identifier": teacher.email, "password": TEACHER_PASSWORD,
                                                "next": form_next.group(1) if form_next else target})
    assert response.status_code == 302
    location = response.headers["Location"].replace("\\", "/")
    parts = urlsplit(location)
    assert parts.scheme in ("", "http") and parts.netloc in ("", "localhost"), location
    assert not re.sub(r"\s+", "", location).startswith("//"), location


def test_other_methods_and_garbage_query_strings_never_500(app, client):
    world = make_audit_world()
    offenders = []
    queries = ["next=%FF%FE&code=%C3%28&quiz=-1&class=x", "code=" + "A" * 5000, "a=1&a=2&a=3" * 300]
    for rule, methods in rules(app):
        who, user = owner_for(world, rule)
        sign_in(client, user)
        for url in concrete_urls(rule, world)[:1]:
            for method in ("PUT", "DELETE", "PATCH"):
                response = send(client, url, method)
                if response.status_code != 405:
                    offenders.append((who, method, url, rule.endpoint, response.status_code, "not 405"))
            if "GET" in methods:
                for query in queries:
                    response = send(client, f"{url}?{query}", "GET")
                    if response.status_code >= 500:
                        offenders.append((who, "GET", f"{url}?{query[:30]}", rule.endpoint, response.status_code,
                                          "query garbage" + detail(response)))
    for path in ("/classes/%FF", "/student/attempts/%C3%28", "/static/..%2F..%2Fpyproject.toml", "/static/%00",
                 "/" + "a" * 10_000):
        response = send(client, path, "GET")
        if response.status_code not in (400, 404):
            offenders.append(("student", "GET", path[:40], "-", response.status_code, "odd path" + detail(response)))
    assert not offenders, offender_table(offenders)


class FormScraper(HTMLParser):
    """The POST forms of a page: action and the values a browser would send unchanged."""

    def __init__(self):
        super().__init__()
        self.forms: list[tuple[str, list[tuple[str, str]], set[str]]] = []
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self.forms.append((a.get("action") or "", [], set()))
        if not self.forms:
            return
        fields, names = self.forms[-1][1], self.forms[-1][2]
        name = a.get("name")
        if tag == "input" and name and a.get("type") != "file":
            names.add(name)
            if a.get("type") not in ("checkbox", "radio", "submit") or "checked" in a:
                fields.append((name, a.get("value") or ""))
        elif tag == "select" and name:
            names.add(name)
            self._select = name
        elif tag == "option" and self._select and ("selected" in a or not any(n == self._select for n, _ in fields)):
            fields[:] = [f for f in fields if f[0] != self._select] + [(self._select, a.get("value") or "")]
        elif tag == "textarea" and name:
            names.add(name)
            self._textarea = name
            fields.append((name, ""))
        elif tag == "button" and name:
            names.add(name)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            fields = self.forms[-1][1]
            fields[-1] = (self._textarea, fields[-1][1] + data)


ONE_BAD_VALUE = ["", "x" * 5000, "-99999999999999999999", "9999-12-31T23:59", "\u202e\u2603"]


def test_every_form_with_one_field_garbage_never_500(app, client):
    """The forms as the pages render them (so they validate), then one field at a time set to a
    value no browser control would send: a valid form around one bad value reaches the database."""
    world = make_audit_world()
    adapter = app.url_map.bind("localhost")
    forms = {}
    sources = [(world.teacher, TEACHER_BLUEPRINTS), (world.student, STUDENT_BLUEPRINTS), (None, {"auth"})]
    for user, areas in sources:
        sign_in(client, user)
        for rule, methods in rules(app):
            if "GET" not in methods or blueprint_of(rule.endpoint) not in areas:
                continue
            for url in concrete_urls(rule, world):
                scraper = FormScraper()
                scraper.feed(client.get(url).get_data(as_text=True))
                for action, fields, names in scraper.forms:
                    target = action or url
                    endpoint = adapter.match(target.split("?")[0], method="POST")[0]
                    forms.setdefault(endpoint, (user, target, fields, names))
    assert len(forms) >= 15, sorted(forms)
    offenders = []
    last = ("remove", "logout", "submit")
    for endpoint, (user, target, fields, names) in sorted(forms.items(), key=lambda f: any(w in f[0] for w in last)):
        for name in sorted(names - {"csrf_token"}):
            for bad in ONE_BAD_VALUE:
                data = MultiDict([(n, v) for n, v in fields if n != name] + [(name, bad)])
                sign_in(client, user)
                response = send(client, target, "POST", data=data)
                if response.status_code >= 500:
                    offenders.append(("owner" if user else "anonymous", "POST", target, endpoint,
                                      response.status_code, f"{name}={bad[:20]!r}" + detail(response)))
    assert not offenders, offender_table(offenders)


def test_after_a_student_leaves_the_class_no_page_fails(app, client):
    """The student with both attempts is taken off the roster: the teacher's pages keep their past
    results, the student's own pages (signed in again) answer without a 500 and without the class's work."""
    world = make_audit_world()
    old_session = world.student.get_id()
    sign_in(client, world.teacher)
    assert client.post(f"/classes/{world.classroom.id}/students/{world.student.id}/remove").status_code == 302
    with client.session_transaction() as session:
        session.clear()
        session["_user_id"] = old_session
    assert client.get("/student/").status_code == 302  # the removal ended the student's sessions
    offenders = []
    for who, user, areas in [("owner", world.teacher, TEACHER_BLUEPRINTS), ("student", world.student, STUDENT_BLUEPRINTS)]:
        for rule, methods in rules(app):
            if blueprint_of(rule.endpoint) not in areas or "remove" in rule.endpoint:
                continue
            for url in concrete_urls(rule, world):
                for method in methods:
                    sign_in(client, user)  # signed in afresh
                    response = send(client, url, method)
                    if response.status_code >= 500:
                        offenders.append((who, method, url, rule.endpoint, response.status_code,
                                          "after the removal" + detail(response)))
    assert not offenders, offender_table(offenders)


def test_a_removed_student_cannot_go_on_answering(app, client):
    world = make_audit_world()
    sign_in(client, world.teacher)
    client.post(f"/classes/{world.classroom.id}/students/{world.student.id}/remove")
    sign_in(client, world.student)
    assert client.post(f"/student/assignments/{world.assignment_id}/start").status_code == 404
    url = f"/student/attempts/{world.in_progress_attempt_id}"
    assert client.get(url).status_code == 404  # the quiz page of the attempt they had started
    assert client.post(f"{url}/autosave", data={"shown": ""}).status_code in (403, 404, 409)
    assert client.post(f"{url}/submit").status_code in (403, 404)


def test_an_assignment_for_chosen_students_is_closed_to_the_others(app, client):
    from factories import make_assignment

    world = make_audit_world()
    chosen = make_assignment(world.quiz, world.classroom, students=[world.student], title="Chosen only Ibis")
    sign_in(client, world.classmate)
    assert "Chosen only Ibis" not in client.get("/student/").get_data(as_text=True)
    assert client.post(f"/student/assignments/{chosen.id}/start").status_code == 404
    sign_in(client, world.student)
    assert "Chosen only Ibis" in client.get("/student/").get_data(as_text=True)
    assert client.post(f"/student/assignments/{chosen.id}/start").status_code == 302


PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


def test_names_and_texts_are_escaped_on_every_page(app, client, monkeypatch):
    """Every name a teacher or student types, and every bank text, carrying markup: no page of
    either side renders it as markup (the CSP is the second line of defence, not the first)."""
    import audit_world
    import teacher_factories

    def payload_bank():
        bank = hand_bank()
        bank.title += PAYLOAD
        for q in bank.questions:
            q.prompt += PAYLOAD
            q.feedback = "Because" + PAYLOAD
            if q.options:
                q.options = [o if o == q.answer else o + PAYLOAD for o in q.options]
        return bank

    from factories import hand_bank

    monkeypatch.setattr(teacher_factories, "hand_bank", payload_bank)
    monkeypatch.setattr(audit_world, "CLASS_NAME", "Class" + PAYLOAD)
    monkeypatch.setattr(audit_world, "QUIZ_TITLE", "Quiz" + PAYLOAD)
    monkeypatch.setattr(audit_world, "JOB_TITLE", "Job" + PAYLOAD)
    monkeypatch.setattr(audit_world, "IMPORT_TITLE", "Import" + PAYLOAD)
    monkeypatch.setattr(audit_world, "STUDENT_NAMES", ["Amira" + PAYLOAD, "Ben" + PAYLOAD, "Chloé"])
    world = make_audit_world()
    offenders, shown = [], set()
    for who, user, areas in [("owner", world.teacher, TEACHER_BLUEPRINTS), ("student", world.student, STUDENT_BLUEPRINTS)]:
        sign_in(client, user)
        for rule, methods in rules(app):
            if "GET" not in methods or blueprint_of(rule.endpoint) not in areas:
                continue
            for url in concrete_urls(rule, world):
                response = send(client, url, "GET")
                if response.mimetype != "text/html":
                    continue
                page = response.get_data(as_text=True)
                if "<script>alert" in page or "<img src=x" in page:
                    offenders.append((who, "GET", url, rule.endpoint, response.status_code, "markup not escaped"))
                if "&lt;script&gt;alert" in page:
                    shown.add(rule.endpoint)
    assert not offenders, offender_table(offenders)
    # The texts did reach the pages (escaped): on the class, quiz, bank, results, generator and student pages.
    assert {"classes.show", "quizzes.show", "quizzes.print_quiz", "quizzes.print_key", "banks.version",
            "gradebook.results", "generator.job", "banks.review_import", "student.attempt", "student.review", "student.home"} <= shown, sorted(shown)


ODD_NUMBERS = ["NaN", "-Infinity", "-0", "1_000", "0x10", "1,5", "½"]


@pytest.mark.parametrize("typed", ["nan", "inf", "1e309", "\u0663"])
def test_a_typed_answer_that_is_not_a_plain_number_never_500(app, client, typed):
    """Saved and scored on every question of the attempt (numeric ones included): NaN and infinity
    must not reach a JSON column (PostgreSQL refuses them) or a score."""
    world = make_audit_world()
    sign_in(client, world.student)
    url = f"/student/attempts/{world.in_progress_attempt_id}"
    page = client.get(url).get_data(as_text=True)
    ids = re.findall(r'data-question="(\d+)"', page)
    def every_field(value):
        return MultiDict([("shown", ",".join(ids))] + [(f"q{qid}", value) for qid in ids])

    for value in ODD_NUMBERS:  # saved (and read back) only; `typed` is the one scored
        response = send(client, f"{url}/autosave", "POST", data=every_field(value))
        assert response.status_code < 500, (value, response.status_code, detail(response))
    data = every_field(typed)
    for target, body in [(f"{url}/autosave", data), (url, data), (f"{url}/submit", {})]:
        response = send(client, target, "POST", data=body)
        assert response.status_code < 500, (target, response.status_code, detail(response))
    for target in (f"{url}/review", f"/attempts/{world.in_progress_attempt_id}", f"/assignments/{world.assignment_id}/results",
                   f"/assignments/{world.assignment_id}/analysis", f"/classes/{world.classroom.id}/gradebook.csv"):
        sign_in(client, world.student if target.startswith("/student") else world.teacher)
        response = send(client, target, "GET")
        assert response.status_code == 200, (target, response.status_code, detail(response))
