"""The fair baseline for benchmarks/web.py: a bare Flask app doing the same kind of work as
quizapp's quiz page and autosave, and nothing else.

* ``GET /quiz``: reads the student and attempt from Flask's signed session cookie, the attempt's
  saved answers with one plain SQL query, and renders the same quiz (the same article, the same
  questions with the same kinds of inputs, the saved answers filled in) from a Jinja template
  (templates/bare_quiz.html), a page of the quiz page's size and shape.
* ``POST /quiz/autosave``: checks the CSRF header against the session, parses the same multipart
  body quiz.js posts (the whole form so far), reads the attempt's saved rows and writes the changed
  ones with plain SQL in one transaction, on the same database quizapp uses (its own table,
  ``bare_response``, of the same shape as quizapp's ``response``), and answers the same JSON.
* ``GET /login?student=N``: puts student N (and their attempt, N) in the session; not measured.

No ORM, no forms library, no login manager, no scoring: what remains between quizapp and this app
is what quizapp does on top of the work itself. Configured by environment variables set by
benchmarks/web.py: BARE_QUIZ (a JSON file: title, article paragraphs, questions) and
BARE_DATABASE_URL (sqlite:///path or postgresql://...).
"""
from __future__ import annotations

import hmac
import json
import os
import secrets
import threading
from datetime import datetime, timezone
from pathlib import Path

from flask import Flask, abort, jsonify, redirect, render_template, request, session

HERE = Path(__file__).resolve().parent
TABLE_DDL = {
    "sqlite": """CREATE TABLE IF NOT EXISTS bare_response (
        id INTEGER PRIMARY KEY, attempt_id INTEGER NOT NULL, question_id INTEGER NOT NULL,
        answer TEXT, raw VARCHAR(2000), updated_at TIMESTAMP NOT NULL, UNIQUE (attempt_id, question_id))""",
    "postgresql": """CREATE TABLE IF NOT EXISTS bare_response (
        id SERIAL PRIMARY KEY, attempt_id INTEGER NOT NULL, question_id INTEGER NOT NULL,
        answer JSON, raw VARCHAR(2000), updated_at TIMESTAMP NOT NULL, UNIQUE (attempt_id, question_id))""",
}


class Database:
    """One DBAPI connection per thread (sqlite3 or psycopg), plain SQL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.kind = "sqlite" if url.startswith("sqlite") else "postgresql"
        self.local = threading.local()

    def connect(self):
        if self.kind == "sqlite":
            import sqlite3

            # Autocommit mode, so that BEGIN IMMEDIATE below is ours: a writer takes the write lock
            # before it reads, as quizapp's write path does on SQLite.
            connection = sqlite3.connect(self.url.split("///", 1)[1], timeout=30, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            return connection
        import psycopg
        from psycopg.conninfo import make_conninfo

        url = self.url.replace("postgresql+psycopg://", "postgresql://")
        # Autocommit: a page's read is one statement, as quizapp's pages run on PostgreSQL
        # (autocommit_reads); the save below opens its own transaction.
        return psycopg.connect(make_conninfo(url), autocommit=True)

    @property
    def connection(self):
        connection = getattr(self.local, "connection", None)
        if connection is None:
            connection = self.local.connection = self.connect()
        return connection

    def sql(self, statement: str) -> str:
        return statement.replace("%s", "?") if self.kind == "sqlite" else statement

    def create_tables(self) -> None:
        connection = self.connect()
        connection.execute(TABLE_DDL[self.kind])
        connection.commit()
        connection.close()


def load_quiz(path: str) -> dict:
    quiz = json.loads(Path(path).read_text())
    for number, question in enumerate(quiz["questions"], start=1):
        question["number"] = number
        question["name"] = f"q{question['id']}"
        question["names"] = ([f"q{question['id']}-{part}" for part in range(len(question["prompts"]))]
                             if question["type"] == "matching" else [question["name"]])
    return quiz


def decoded(db: Database, answer):
    # psycopg reads a JSON column as Python values; sqlite3 gives the text.
    return json.loads(answer) if db.kind == "sqlite" and answer is not None else answer


def saved(db: Database, attempt_id: int) -> dict[int, tuple]:
    cursor = db.connection.execute(
        db.sql("SELECT question_id, answer, raw FROM bare_response WHERE attempt_id = %s"), (attempt_id,))
    return {qid: (decoded(db, answer), raw) for qid, answer, raw in cursor.fetchall()}


def posted_answers(quiz: dict, form) -> dict[int, object]:
    shown = set(str(form.get("shown") or "").split(","))
    answers: dict[int, object] = {}
    for q in quiz["questions"]:
        if str(q["id"]) not in shown:
            continue
        if q["type"] == "matching":
            picks = [(form.getlist(name) or [None])[-1] for name in q["names"]]
            answers[q["id"]] = None if all(p in (None, "") for p in picks) else [p or None for p in picks]
        elif q["type"] == "multiple_select":
            answers[q["id"]] = form.getlist(q["name"]) or None
        else:
            answers[q["id"]] = (form.getlist(q["name"]) or [None])[-1]
    return answers


def create_app() -> Flask:
    app = Flask(__name__, template_folder=str(HERE / "templates"))
    app.secret_key = os.environ.get("BARE_SECRET", "bare-benchmark-only")
    quiz = load_quiz(os.environ["BARE_QUIZ"])
    db = Database(os.environ["BARE_DATABASE_URL"])

    @app.get("/login")
    def login():
        session["user"] = session["attempt"] = int(request.args["student"])
        session["csrf"] = secrets.token_hex(16)
        return redirect("/quiz")

    @app.get("/quiz")
    def page():
        if "attempt" not in session:
            abort(403)
        rows = saved(db, session["attempt"])
        values = {}
        for q in quiz["questions"]:
            answer = rows.get(q["id"], (None, None))[0]
            values[q["id"]] = answer if isinstance(answer, list) else ([] if answer is None else [answer])
        answered = sum(1 for answer, _ in rows.values() if answer is not None)
        return render_template("bare_quiz.html", quiz=quiz, values=values, answered=answered,
                               total=len(quiz["questions"]), csrf=session["csrf"],
                               shown=",".join(str(q["id"]) for q in quiz["questions"]))

    @app.post("/quiz/autosave")
    def autosave():
        if "attempt" not in session or not hmac.compare_digest(request.headers.get("X-CSRFToken", ""), session["csrf"]):
            abort(400)
        attempt_id = session["attempt"]
        answers = posted_answers(quiz, request.form)
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        connection = db.connection
        connection.execute("BEGIN IMMEDIATE" if db.kind == "sqlite" else "BEGIN")
        try:
            existing = {qid: (decoded(db, answer), raw) for qid, answer, raw in connection.execute(
                db.sql("SELECT question_id, answer, raw FROM bare_response WHERE attempt_id = %s"), (attempt_id,))}
            changed = []
            for qid, raw in answers.items():
                text = raw if isinstance(raw, str) or raw is None else json.dumps(raw)
                old = existing.get(qid)
                if (old is None and raw is None) or old == (raw, text):
                    continue  # nothing typed, or unchanged: nothing to write
                changed.append((attempt_id, qid, None if raw is None else json.dumps(raw), text, now))
            if changed:
                cursor = connection.cursor()
                cursor.executemany(db.sql(
                    "INSERT INTO bare_response (attempt_id, question_id, answer, raw, updated_at) "
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (attempt_id, question_id) DO UPDATE SET "
                    "answer = excluded.answer, raw = excluded.raw, updated_at = excluded.updated_at"), changed)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        stored = {qid: value[0] for qid, value in existing.items()}
        stored.update(answers)
        return jsonify(status="saved", answered=sum(1 for v in stored.values() if v is not None),
                       total=len(quiz["questions"]), errors={})

    return app


if __name__ == "__main__":  # `python bare_app.py`: create the app's table (benchmarks/web.py does)
    Database(os.environ["BARE_DATABASE_URL"]).create_tables()
