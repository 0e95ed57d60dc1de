"""Database settings and the write-transaction helper.

SQLite (the default, a file in the instance folder) and PostgreSQL (``DATABASE_URL``) both work.

SQLite connections are set up on connect:

* ``journal_mode=WAL`` so readers never block the writer and the writer never blocks readers;
* ``foreign_keys=ON`` (SQLite leaves them off by default, and ``ondelete="CASCADE"`` relies on them);
* ``busy_timeout`` so a writer waits for the lock instead of failing at once.

pysqlite's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so a
transaction can begin ``IMMEDIATE``: it takes the write lock at ``BEGIN``, before any read. Without
it, two requests that both read then write (autosave, start, submit) each hold a read snapshot, and
the second one to write fails with "database is locked" however long the busy timeout is, because
SQLite cannot upgrade a stale snapshot.

Use ``write_transaction()`` around a read-then-write that must not interleave with another one::

    from quizapp.web.database import write_transaction

    with write_transaction() as session:
        attempt = session.get(Attempt, attempt_id)   # read under the write lock
        attempt.status = "submitted"
    # committed here; rolled back if the block raised

On SQLite the block runs in ``BEGIN IMMEDIATE`` (one writer at a time), behind a write gate: the
writers of all processes queue on an flock of ``<database>.writelock`` and each goes the moment the
previous one commits, instead of SQLite's sleep-and-retry (see ``_WriteGate``). On PostgreSQL it is
an ordinary transaction: lock the rows you read with ``select(...).with_for_update()`` and let
unique constraints settle races, which is correct on both.

A write made outside ``write_transaction()`` (a plain ``db.session.commit()`` after reads) takes the
same path on SQLite: the session's first flush ends its read snapshot, queues on the write gate and
begins ``IMMEDIATE`` (``_take_the_write_lock``), and the gate is released when the transaction ends.
Without it such a write failed at once with "database is locked" whenever another writer had
committed since the request's first read (adding students or creating a quiz while a class autosaved).

Any transaction already open in the session is committed first (its pending changes are kept), so
the block starts from fresh data; on PostgreSQL a transaction that has only read goes on instead,
its objects expired (the same fresh data, two round trips fewer). A write_transaction() inside
another one joins it: the outer block commits everything once, at its end.
"""
from __future__ import annotations

import contextvars
import fcntl
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import wraps
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, scoped_session

SQLITE_BUSY_TIMEOUT_MS = 15_000

_DEPTH_KEY = "quizapp_write_transaction"

# Set only while write_transaction() begins its transaction; read by the "begin" hook below.
_begin_immediate: contextvars.ContextVar[bool] = contextvars.ContextVar("begin_immediate", default=False)


def migrations_dir() -> Path:
    """The Alembic scripts: top-level migrations/ in a checkout, its copy in an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package.parent / "migrations", package / "_migrations"):
        if candidate.is_dir():
            return candidate
    return package.parent / "migrations"


def normalize_database_url(url: str) -> str:
    """Heroku-style ``postgres://`` and plain ``postgresql://`` select the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def engine_options(url: str) -> dict[str, Any]:
    if url.startswith("sqlite"):
        # The app serves many threads from one pool; every thread gets its own connection.
        return {"connect_args": {"check_same_thread": False}}
    # No pool_pre_ping: it costs three round trips (BEGIN, SELECT 1, ROLLBACK) on every request,
    # which measured 3 of a quiz page's 8. After a database restart, the first request on a stale
    # connection fails instead, as a 503 (errors.py: nothing half-saved, Retry-After); SQLAlchemy
    # then drops the whole pool, so the next request connects afresh, and quiz.js or the retry
    # page sends the refused request again (tests/faults/test_postgres_restart.py). Recycling
    # guards against connections a firewall silently cut while idle.
    options: dict[str, Any] = {"pool_recycle": 1800}
    # Per worker process; a process holds at most one connection per thread plus the generator's
    # runs, so SQLAlchemy's 5 (+10 overflow) fit `quizapp serve`'s defaults. Lower them when many
    # processes share a server's max_connections (docs/deploy.md).
    for variable, option in (("QUIZAPP_DB_POOL_SIZE", "pool_size"), ("QUIZAPP_DB_MAX_OVERFLOW", "max_overflow")):
        value = os.environ.get(variable, "").strip()
        if value:
            if not value.isdigit():
                raise ValueError(f"{variable} must be a whole number, not {value!r}")
            options[option] = int(value)
    return options


def configure_engine(engine: Engine) -> None:
    """Install the SQLite pragmas and BEGIN handling on an engine (no-op for other databases)."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # None: pysqlite never issues BEGIN on its own; the "begin" hook below does.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # NORMAL is safe with WAL (no corruption on a crash) and saves an fsync per commit.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _begin_immediate.get() else "BEGIN")


# pg_advisory_lock key of migrations: any fixed number, the same in every process.
MIGRATION_LOCK_KEY = 0x717A6D67  # "qzmg"


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """One migration at a time per database, whichever server runs it: on PostgreSQL an
    advisory lock (held by a connection of its own, released if the process dies); on a SQLite
    file an flock of ``<database>.migratelock``. The second migration then finds the schema
    current and does nothing."""
    url = engine.url
    if url.get_backend_name() == "postgresql":
        with engine.connect() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})")
            connection.commit()
            try:
                yield
            finally:
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})")
                connection.commit()
        return
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        fd = os.open(os.path.abspath(url.database) + ".migratelock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the flock
        return
    yield


def upgrade_database(app: Any) -> str:
    """Bring the app's database to the newest schema (alembic upgrade head); called by `quizapp
    migrate` (and `demo`, `init-db`, and `serve` unless told not to), never on import. Concurrent
    calls are serialised by `migration_lock`. A database made by create_all() without Alembic
    (an old dev copy) is stamped as current instead of failing on "table already exists".
    Returns what happened, for the CLI to print."""
    from flask_migrate import stamp, upgrade
    from sqlalchemy import inspect

    from quizapp.web.extensions import db

    directory = str(migrations_dir())
    with app.app_context(), migration_lock(db.engine):
        tables = set(inspect(db.engine).get_table_names())
        if "user" in tables and "alembic_version" not in tables:
            stamp(directory=directory)
            return "stamped (tables existed without migration history)"
        upgrade(directory=directory)
        db.session.remove()
    return "up to date"


def pending_migrations(app: Any) -> tuple[str | None, str | None]:
    """(the database's revision, the code's newest) when they differ, else (None, None)."""
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from quizapp.web.extensions import db

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    head = ScriptDirectory.from_config(config).get_current_head()
    with app.app_context(), db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return (None, None) if current == head else (current, head)


class _WriteGate:
    """Writers to one SQLite file queue here before ``BEGIN IMMEDIATE``: the threads of a process
    on a lock, processes on an flock of ``<database>.writelock``. SQLite's own wait for its write
    lock is sleep-and-retry (1, 2, 5 ... 100 ms), so under a class's autosaves writers slept while
    the lock stood free; a queue hands the lock to the next writer the moment the last one commits.
    SQLite's busy timeout still covers writers that bypass the gate (the CLI, another tool)."""

    def __init__(self, path: str) -> None:
        self._threads = threading.Lock()
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._threads:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)


_gates: dict[tuple[int, str], _WriteGate] = {}
_gates_lock = threading.Lock()


def _write_gate(session: Session) -> Any:
    """The gate of the session's SQLite file; a no-op for PostgreSQL and in-memory SQLite."""
    url = session.get_bind().url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or "mode=memory" in str(url):
        return nullcontext()
    # Per process: an flock taken through a descriptor inherited across fork() would be shared.
    key = (os.getpid(), os.path.abspath(url.database))
    with _gates_lock:
        gate = _gates.get(key)
        if gate is None:
            try:
                gate = _gates[key] = _WriteGate(key[1] + ".writelock")
            except OSError as error:  # a read-only or full disk: the database error the app answers 503 to
                from sqlalchemy.exc import OperationalError

                raise OperationalError(f"open {key[1]}.writelock", None, error) from error
    return gate.held()


def _reads_autocommit(session: Session) -> bool:
    """The session's connection runs each statement on its own (see autocommit_reads)."""
    return session.connection().get_execution_options().get("isolation_level") == "AUTOCOMMIT"


def autocommit_reads(view: Callable[..., Any]) -> Callable[..., Any]:
    """For a page that only reads (on GET): on PostgreSQL, run its statements without a
    transaction, sparing the BEGIN and ROLLBACK round trips (2 of a quiz page's 5; measured 0.5 ms
    of the database's CPU and 0.4 ms of the worker's per page). A write_transaction() inside it
    still gets a real transaction: the session moves to a fresh connection for it. Put it above
    the access decorator, so that loading the signed-in user is covered too."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        from flask import request

        from quizapp.web.extensions import db

        session = db.session()
        if (request.method in ("GET", "HEAD") and not session.in_transaction()
                and session.get_bind().dialect.name == "postgresql"):
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        return view(*args, **kwargs)

    return wrapped


_UPGRADED_KEY = "quizapp_write_gate"


@event.listens_for(Session, "before_flush")
def _take_the_write_lock(session: Session, flush_context: Any, instances: Any) -> None:
    """SQLite: a flush outside write_transaction() first turns the session's read transaction into
    a write one, behind the write gate (see the module docstring)."""
    if session.info.get(_DEPTH_KEY) or _UPGRADED_KEY in session.info:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite" or connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return
    gate = _write_gate(session)
    gate.__enter__()
    try:
        # The snapshot of the reads so far ends here (SQLite cannot upgrade it once another writer
        # has committed); the transaction goes on as a write transaction from now.
        connection.exec_driver_sql("COMMIT")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except BaseException:
        gate.__exit__(None, None, None)
        raise
    session.info[_UPGRADED_KEY] = gate


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _release_the_write_lock(session: Session) -> None:
    gate = session.info.pop(_UPGRADED_KEY, None)
    if gate is not None:
        gate.__exit__(None, None, None)


@contextmanager
def write_transaction(session: Session | None = None) -> Iterator[Session]:
    """Run the block in one transaction that holds the write lock from its start (see module doc)."""
    if session is None:
        from quizapp.web.extensions import db

        session = db.session
    if isinstance(session, scoped_session):
        session = session()  # the request's Session itself (the proxy lacks in_transaction())
    if session.info.get(_DEPTH_KEY, 0):
        # Nested: the outer block already holds the lock and will commit (or roll back) it all.
        yield session
        return
    if session.in_transaction():
        if (session.get_bind().dialect.name == "sqlite" or session.new or session.dirty or session.deleted
                or _reads_autocommit(session)):
            session.commit()  # SQLite: a read snapshot cannot become a write transaction
        else:
            # PostgreSQL reads committed data at every statement, so a transaction that has only
            # read carries on (two round trips fewer than COMMIT and BEGIN); expiring what it
            # loaded makes the block read every row afresh, as after a commit.
            session.expire_all()
    with _write_gate(session):
        token = _begin_immediate.set(True)
        try:
            session.connection()  # BEGIN (IMMEDIATE on SQLite) now, before the block reads anything
        finally:
            _begin_immediate.reset(token)
        session.info[_DEPTH_KEY] = 1
        try:
            yield session
            session.commit()
        except BaseException:
            # Also when the commit itself fails (a unique constraint settling a race): the session
            # must be usable again for the caller's retry or error page.
            session.rollback()
            raise
        finally:
            session.info.pop(_DEPTH_KEY, None)
