"""A backup of a SQLite database taken while the app serves, by SQLite's online backup API.

A plain copy of the file is not a backup: in WAL mode the last commits live in ``<db>-wal`` until a
checkpoint, and a copy taken during a write can be torn. The backup API copies every page as one
read transaction sees them, so the copy is exactly the database at one commit; in WAL mode readers
never block writers, so the class goes on saving while it runs. PostgreSQL: ``pg_dump`` (see
docs/deploy.md)."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

BUSY_TIMEOUT_MS = 15_000


class BackupError(Exception):
    pass


@dataclass
class BackupSummary:
    attempts: int
    submitted: int
    responses: int


def backup_sqlite(source: Path, out: Path) -> BackupSummary:
    """Copy the database at `source` into `out` (a single self-contained file, replaced only once
    the copy is complete and checked). Raises BackupError with a readable reason."""
    source, out = source.resolve(), out.resolve()
    if not source.is_file():
        raise BackupError(f"there is no database at {source}")
    if out == source:
        raise BackupError("the backup must go to another file than the database itself")
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)  # all pages in one step: one snapshot, whatever commits meanwhile
                # One file with no -wal beside it; the app turns WAL on again when it opens it.
                dst.execute("PRAGMA journal_mode=DELETE")
                problems = [row[0] for row in dst.execute("PRAGMA integrity_check")]
                if problems != ["ok"]:
                    raise BackupError(f"the copy failed its integrity check: {'; '.join(problems[:5])}")
                summary = _summary(dst)
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())  # on disk before it takes the backup's name
        os.replace(partial, out)
    except sqlite3.Error as error:
        raise BackupError(f"{type(error).__name__}: {error}") from None
    finally:
        partial.unlink(missing_ok=True)
    return summary


def _summary(connection: sqlite3.Connection) -> BackupSummary:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"attempt", "response"} <= tables:
        return BackupSummary(0, 0, 0)  # a database the app has not migrated yet
    attempts, submitted = connection.execute(
        "SELECT count(*), coalesce(sum(status = 'submitted'), 0) FROM attempt").fetchone()
    (responses,) = connection.execute("SELECT count(*) FROM response").fetchone()
    return BackupSummary(attempts, submitted, responses)
