"""`quizapp backup --out FILE`: a consistent copy of the SQLite database while the app serves."""
from __future__ import annotations

from pathlib import Path

import click

from quizapp.cli import main


@main.command()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The backup file to write (replaced only once the copy is complete and checked).")
def backup(out: Path) -> None:
    """Back up the SQLite database into one file, safely while the app runs (SQLite's online
    backup API: the database as of one commit; students keep saving meanwhile). Restore: stop the
    app, put the file in the database's place (removing its -wal and -shm files), start the app.
    On PostgreSQL use pg_dump (docs/deploy.md)."""
    from sqlalchemy.engine import make_url

    from quizapp.cli.web import _make_app
    from quizapp.web.backups import BackupError, backup_sqlite

    app = _make_app()
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() != "sqlite":
        raise click.ClickException(
            f"the database is {url.get_backend_name()}, not SQLite: back it up with its own tools, e.g. "
            "pg_dump --format=custom --file=quizapp.dump DBNAME (docs/deploy.md)")
    if not url.database or url.database == ":memory:":
        raise click.ClickException("an in-memory database cannot be backed up")
    try:
        summary = backup_sqlite(Path(url.database), out)
    except BackupError as error:
        raise click.ClickException(f"backup failed: {error}") from None
    click.echo(f"Backed up {url.database} to {out}: {summary.attempts} attempts "
               f"({summary.submitted} submitted), {summary.responses} answers; integrity check ok.")
