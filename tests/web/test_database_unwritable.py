"""A SQLite file that cannot take a write (read-only, or the disk full), or a database that cannot be reached: the student is told the
answer was not saved and will be tried again (503, JSON for quiz.js, a retry page for a form), the
attempt is left exactly as it was, and the same request succeeds once the file is writable again.

Both faults are real SQLite errors, made where root's chmod would not stop a write:
``PRAGMA query_only`` gives SQLITE_READONLY ("attempt to write a readonly database", what a
read-only file or mount gives) and ``PRAGMA max_page_count`` set to the file's size gives
SQLITE_FULL ("database or disk is full", what a full disk gives)."""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from factories import make_world
from sqlalchemy import event, select

from quizapp.models import Attempt, Response
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db

FAULTS = {
    "read-only": lambda cursor: cursor.execute("PRAGMA query_only=1"),
    "disk full": lambda cursor: cursor.execute(
        f"PRAGMA max_page_count={cursor.execute('PRAGMA page_count').fetchone()[0]}"),
}


@pytest.fixture
def world(app):
    return make_world()


@contextmanager
def unwritable(kind: str):
    """Every new connection of the app's pool gets the fault until the block ends. "unreachable"
    (any engine): the connection is refused, as by a stopped database server."""
    if kind != "unreachable" and db.engine.dialect.name != "sqlite":
        pytest.skip("a SQLite file's faults; PostgreSQL restarted for real: tests/faults/test_postgres_restart.py")
    refused = db.engine.dialect.loaded_dbapi.OperationalError

    def on_connect(dbapi_connection, _record):
        if kind == "unreachable":
            raise refused("simulated outage: the database server is not answering")
        cursor = dbapi_connection.cursor()
        FAULTS[kind](cursor)
        cursor.close()

    db.session.commit()
    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()
    try:
        yield
    finally:
        db.session.commit()
        event.remove(db.engine, "connect", on_connect)
        db.engine.dispose()


def started(client, auth, world) -> Attempt:
    auth.login_as(world.student)
    attempt = ops.start_attempt(world.assignment.id, world.student.id)
    ops.save_answers(attempt.id, world.student.id, {attempt.question_order[0]: "first answer"})
    db.session.commit()
    return attempt


def autosave(client, attempt, text: str, every_question: bool = False):
    """quiz.js's save; every_question: the same text typed into every question (more than the free
    room in the file's pages, so a full disk cannot absorb it)."""
    ids = attempt.question_order if every_question else attempt.question_order[:1]
    return client.post(f"/student/attempts/{attempt.id}/autosave", headers={"Accept": "application/json"},
                       data={"shown": ",".join(map(str, attempt.question_order)), **{f"q{q}": text for q in ids}})


def stored(attempt) -> list[tuple]:
    db.session.expire_all()
    return list(db.session.execute(select(Response.question_id, Response.raw, Response.points)
                                   .where(Response.attempt_id == attempt.id).order_by(Response.question_id)))


@pytest.mark.parametrize("kind", ["disk full", "read-only"])
def test_autosave_to_an_unwritable_file_says_not_saved_and_keeps_the_last_answer(world, client, auth, kind):
    attempt = started(client, auth, world)
    before = stored(attempt)
    with unwritable(kind):
        refused = autosave(client, attempt, "typed while the disk was full " * 60, every_question=True)
    assert refused.status_code == 503 and refused.headers["Retry-After"]
    assert refused.get_json()["status"] == "not_saved" and "tried again" in refused.get_json()["message"]
    assert stored(attempt) == before
    assert autosave(client, attempt, "typed again").get_json()["status"] == "saved"  # no restart needed


# A full disk is not forced here: submitting writes a few hundred bytes, which a page's free room
# may absorb (then the submit rightly succeeds); the autosave test above writes more than fits.
@pytest.mark.parametrize("kind", ["read-only"])
def test_submitting_to_an_unwritable_file_leaves_the_attempt_untouched(world, client, auth, kind):
    attempt = started(client, auth, world)
    before = stored(attempt)
    with unwritable(kind):
        refused = client.post(f"/student/attempts/{attempt.id}/submit")
    assert refused.status_code == 503 and "Nothing from this request was saved" in refused.text
    db.session.refresh(attempt)
    assert (attempt.status, attempt.score, attempt.submitted_at) == ("in_progress", None, None)
    assert stored(attempt) == before
    assert client.post(f"/student/attempts/{attempt.id}/submit").status_code == 302
    db.session.refresh(attempt)
    assert attempt.status == "submitted" and attempt.score is not None


def test_the_retry_page_sends_the_typed_answers_again(world, client, auth):
    attempt = started(client, auth, world)
    qid = attempt.question_order[0]
    url = f"/student/attempts/{attempt.id}"
    with unwritable("unreachable"):
        page = client.post(url, data={f"q{qid}": "kept <b>text</b>", "save": "1"})
    assert page.status_code == 503
    assert f'<form method="post" action="{url}" id="resend-form"' in page.text
    assert f'name="q{qid}" value="kept &lt;b&gt;text&lt;/b&gt;"' in page.text
    assert "js/retry.js" in page.text


def test_a_refused_sign_in_never_writes_the_password_into_the_page(world, client):
    username = world.student.username
    with unwritable("unreachable"):
        page = client.post("/auth/login", data={"identifier": username, "password": "secret-pw-1"})
    assert page.status_code == 503
    assert "secret-pw-1" not in page.text and "resend-form" not in page.text


def test_a_page_while_the_database_is_unreachable_is_a_retry_page(world, client, auth):
    attempt = started(client, auth, world)
    url, order = f"/student/attempts/{attempt.id}", attempt.question_order  # read while it can be
    with unwritable("unreachable"):
        page = client.get(url)  # even the signed-in user cannot be loaded
        saved = client.post(url + "/autosave", headers={"Accept": "application/json"},
                            data={"shown": ",".join(map(str, order)), f"q{order[0]}": "typed during the outage"})
    assert page.status_code == 503 and page.headers["Retry-After"] and "Please wait a moment" in page.text
    assert '<meta http-equiv="refresh" content="5">' in page.text and "Reload now" in page.text
    assert saved.status_code == 503 and saved.get_json()["status"] == "not_saved"
    assert client.get(url).status_code == 200


def test_an_error_page_during_an_outage_is_the_outage_page_not_a_500(world, client, auth):
    auth.login_as(world.student)
    with unwritable("unreachable"):
        missing = client.get("/no-such-page")  # a 404, whose page names the signed-in user
        wrong_method = client.put("/student/")
    assert (missing.status_code, wrong_method.status_code) == (503, 503)
    assert "Please wait a moment" in missing.text


def test_a_wrong_query_is_still_a_500_not_an_endless_retry(world, client, auth, monkeypatch):
    from sqlalchemy import text

    def broken(*args, **kwargs):
        db.session.execute(text("SELECT * FROM no_such_table"))

    auth.login_as(world.student)
    monkeypatch.setattr(ops, "finalize_expired", broken)
    assert client.get("/student/").status_code == 500


def test_a_connection_dropped_before_the_requests_end_does_not_turn_the_page_into_a_500(
        world, client, auth, monkeypatch):
    # (the server restarting between the page's last query and the request's closing rollback)
    auth.login_as(world.student)
    dropped = db.engine.dialect.loaded_dbapi.OperationalError

    def rollback(_dbapi_connection):
        raise dropped("server closed the connection unexpectedly")

    monkeypatch.setattr(db.engine.dialect, "do_rollback", rollback)
    page = client.get("/student/")
    monkeypatch.undo()
    assert page.status_code == 200
    assert client.get("/student/").status_code == 200  # the next request gets a working connection
