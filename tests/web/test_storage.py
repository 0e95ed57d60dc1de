"""Storage: SQLite settings, write transactions, migrations matching the models, bank versions."""
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from factories import kursk_bank, make_teacher
from quizapp.banks.loader import load_bank
from quizapp.models import Bank, BankQuestion, BankVersion, Enrollment, User
from quizapp.web import create_app
from quizapp.web.banks.operations import import_bank, import_bank_result
from quizapp.web.database import autocommit_reads, normalize_database_url, upgrade_database, write_transaction
from quizapp.web.extensions import db

from conftest import TEST_DATABASE_URL

TINY = Path(__file__).resolve().parents[1] / "data" / "web" / "tiny"
sqlite_only = pytest.mark.skipif(bool(TEST_DATABASE_URL), reason="SQLite settings")


@sqlite_only
def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(app):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_foreign_keys_are_enforced(app):
    db.session.add(Enrollment(classroom_id=12345, student_id=67890, claimed=True))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def sqlite_path(app) -> str:
    return db.engine.url.database


@sqlite_only
def test_write_transaction_holds_the_write_lock_from_its_start(app):
    other = sqlite3.connect(sqlite_path(app), timeout=0, isolation_level=None)
    with write_transaction() as session:
        session.execute(select(User)).all()  # only a read so far, yet no other writer may start
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # released at commit
    other.execute("ROLLBACK")
    other.close()


@sqlite_only
def test_writers_of_other_processes_queue_on_the_database_write_gate(app):
    # Another worker process holding the gate (<database>.writelock): our writer waits for it,
    # then goes ahead the moment it is released (no SQLite sleep-and-retry in between).
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT); "
        "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); sys.stdin.readline()"),
        sqlite_path(app) + ".writelock"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        entered = threading.Event()

        def write() -> None:
            with app.app_context(), write_transaction():
                entered.set()

        writer = threading.Thread(target=write)
        writer.start()
        assert not entered.wait(0.5)  # still queued behind the other process
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert entered.wait(10)
        writer.join()
    finally:
        holder.kill()
        holder.wait()
        holder.stdin.close()
        holder.stdout.close()


@sqlite_only
def test_ordinary_reads_do_not_take_the_write_lock(app):
    db.session.execute(select(User)).all()
    other = sqlite3.connect(sqlite_path(app), timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_write_transaction_commits_or_rolls_back(app):
    with write_transaction() as session:
        session.add(User(role="teacher", email="kept@example.com", display_name="K", password_hash="x"))
    with pytest.raises(RuntimeError):
        with write_transaction() as session:
            session.add(User(role="teacher", email="lost@example.com", display_name="L", password_hash="x"))
            session.flush()
            raise RuntimeError("boom")
    emails = db.session.scalars(select(User.email)).all()
    assert emails == ["kept@example.com"]


def test_write_transaction_keeps_pending_changes_made_before_it(app):
    db.session.add(User(role="teacher", email="before@example.com", display_name="B", password_hash="x"))
    with write_transaction():
        pass
    db.session.rollback()
    assert db.session.scalars(select(User.email)).all() == ["before@example.com"]


@pytest.mark.parametrize("given, expected", [
    ("postgres://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ("postgresql://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
    ("postgresql+psycopg://h/db", "postgresql+psycopg://h/db"),
    ("sqlite:////tmp/x.sqlite", "sqlite:////tmp/x.sqlite"),
])
def test_database_urls_select_psycopg3(given, expected):
    assert normalize_database_url(given) == expected


def empty_database_app(tmp_path):
    url = TEST_DATABASE_URL or f"sqlite:///{tmp_path / 'migrated.sqlite'}"
    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": url, "INSTANCE_PATH": str(tmp_path)})
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    return app


def test_alembic_upgrade_head_builds_exactly_the_models_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    app = empty_database_app(tmp_path)
    upgrade_database(app)
    with app.app_context():
        try:
            with db.engine.connect() as connection:
                # procrastinate's queue tables (PostgreSQL) are its own schema, not the models'.
                context = MigrationContext.configure(connection, opts={
                    "compare_type": True, "include_name": lambda name, kind, parent: not (
                        kind == "table" and name.startswith("procrastinate_"))})
                differences = compare_metadata(context, db.metadata)
                tables = {name for name in inspect(connection).get_table_names()
                          if not name.startswith("procrastinate_")} - {"alembic_version"}
            assert tables == set(db.metadata.tables)
            assert differences == [], "models changed without a migration: run `flask db migrate` (see migrations/README)"
        finally:
            db.drop_all()
            with db.engine.begin() as connection:
                connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            db.engine.dispose()


def test_upgrade_stamps_a_database_made_without_alembic(tmp_path):
    app = empty_database_app(tmp_path)
    with app.app_context():
        db.create_all()
    assert upgrade_database(app).startswith("stamped")
    assert upgrade_database(app) == "up to date"
    with app.app_context():
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE alembic_version"))
        db.engine.dispose()


def test_import_bank_stores_questions_and_reuses_unchanged_content(app):
    bank = kursk_bank()
    first = import_bank_result(bank)
    db.session.commit()
    again = import_bank_result(kursk_bank())
    assert first.created and not again.created and again.version.id == first.version.id
    stored = db.session.scalars(select(BankQuestion).where(BankQuestion.version_id == first.version.id)
                                .order_by(BankQuestion.position)).all()
    assert [q.data for q in stored] == [q.to_dict() for q in bank.questions]
    assert stored[0].skill == bank.questions[0].skill and stored[0].type == bank.questions[0].type


def test_changed_bank_gets_a_new_version_and_the_old_one_is_untouched(app):
    bank = load_bank(TINY)
    v1 = import_bank(bank)
    db.session.commit()
    bank.questions[0].prompt = "Who promised the people on both banks?"
    v2 = import_bank(bank)
    db.session.commit()
    assert (v1.number, v2.number) == (1, 2) and v1.bank_id == v2.bank_id
    assert db.session.get(BankVersion, v1.id).questions[0].data["prompt"].startswith('Who said "We kept')
    assert db.session.scalars(select(Bank)).one().title == bank.title


def test_teacher_banks_are_separate_from_bundled_ones(app):
    teacher = make_teacher()
    bundled = import_bank(load_bank(TINY))
    own = import_bank(load_bank(TINY), owner_id=teacher.id)
    db.session.commit()
    assert bundled.bank_id != own.bank_id and own.bank.owner_id == teacher.id


def test_load_banks_reports_new_then_unchanged_then_new_version(cli, tmp_path):
    folder = tmp_path / "banks" / "tiny"
    shutil.copytree(TINY, folder)
    first = cli("load-banks", str(tmp_path / "banks"))
    assert first.exit_code == 0 and "tiny-bridge: new version 1 (2 questions)" in first.output
    assert "tiny-bridge: unchanged, version 1" in cli("load-banks", str(folder)).output
    yaml = folder / "bank.yaml"
    yaml.write_text(yaml.read_text().replace("Which firm does", "For which firm does"))
    assert "tiny-bridge: new version 2" in cli("load-banks", str(folder)).output
    assert len(db.session.scalars(select(BankVersion)).all()) == 2


def test_load_banks_prints_problems_with_file_and_line_and_fails(cli, tmp_path):
    folder = tmp_path / "tiny"
    shutil.copytree(TINY, folder)
    yaml = folder / "bank.yaml"
    yaml.write_text(yaml.read_text().replace("for the firm Bridgeworks", "for the company Bridgeworks"))
    result = cli("load-banks", str(folder))
    assert result.exit_code == 1
    assert "bank.yaml:" in result.output and "berg-firm" in result.output
    assert db.session.scalars(select(BankVersion)).first() is None


def test_load_banks_default_loads_the_bundled_banks(cli):
    result = cli("load-banks")
    assert result.exit_code == 0, result.output
    assert "kursk-2024: new version 1" in result.output


def test_nested_write_transactions_commit_once_at_the_outer_end(app):
    with pytest.raises(RuntimeError):
        with write_transaction() as session:
            session.add(User(role="teacher", email="inner@example.com", display_name="I", password_hash="x"))
            with write_transaction():
                pass  # must not commit the outer block's work
            raise RuntimeError("outer fails after the inner block")
    assert db.session.scalars(select(User)).first() is None
    with write_transaction():
        with write_transaction() as session:
            session.add(User(role="teacher", email="kept@example.com", display_name="K", password_hash="x"))
    assert db.session.scalars(select(User.email)).all() == ["kept@example.com"]


def test_a_failed_commit_leaves_the_session_usable(app):
    db.session.add(User(role="teacher", email="dup@example.com", display_name="A", password_hash="x"))
    db.session.commit()
    with pytest.raises(IntegrityError):
        with write_transaction() as session:
            session.add(User(role="teacher", email="dup@example.com", display_name="B", password_hash="x"))
    with write_transaction() as session:
        session.add(User(role="teacher", email="other@example.com", display_name="C", password_hash="x"))
    assert sorted(db.session.scalars(select(User.email))) == ["dup@example.com", "other@example.com"]


def test_a_write_inside_an_autocommit_page_still_gets_a_real_transaction(app):
    # autocommit_reads spares a page BEGIN/ROLLBACK on PostgreSQL; a save or a finalisation made
    # while serving the page must still be all-or-nothing.
    seen = {}

    @autocommit_reads
    def page():
        seen["page"] = db.session.connection().get_execution_options().get("isolation_level")
        db.session.scalars(select(User)).all()
        with pytest.raises(RuntimeError):
            with write_transaction() as session:
                seen["write"] = session.connection().get_execution_options().get("isolation_level")
                session.add(User(role="teacher", email="half@example.com", display_name="H", password_hash="x"))
                session.flush()
                raise RuntimeError("fails after the first statement")
        return db.session.scalars(select(User.email)).all()

    db.session.commit()
    with app.test_request_context("/", method="GET"):
        assert page() == []
    assert seen["page"] == ("AUTOCOMMIT" if TEST_DATABASE_URL else None)
    assert seen["write"] is None
