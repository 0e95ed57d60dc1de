"""`quizapp export` and `quizapp import`: banks to and from QTI, Moodle XML and GIFT (docs/interop.md)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

from quizapp.banks.errors import display_path
from quizapp.banks.loader import check_bank
from quizapp.cli import main
from quizapp.cli.banks import _plural, _resolve_bank
from quizapp.interop import FORMATS, IMPORTABLE, InteropError, export as export_bank, import_file
from quizapp.interop.bank_writer import write_bank
from quizapp.interop.hostile import MAX_FILE_BYTES


@main.command("export")
@click.argument("bank")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="the file to write")
def export_command(bank: str, fmt: str, out: Path) -> None:
    """Write BANK (folder, bank.yaml or bundled id) as a QTI package, Moodle XML or GIFT file."""
    loaded = _resolve_bank(bank)
    try:
        data = export_bank(loaded, fmt)
    except InteropError as exc:
        raise click.ClickException(exc.message) from None
    # Written beside the target and renamed, so an interrupted export never leaves half a file.
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".export-", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, out)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise click.ClickException(f"{display_path(out)}: cannot be written: {exc.strerror}") from None
    click.echo(f"{display_path(out)}: {FORMATS[fmt].label}, {_plural(len(loaded.questions), 'question')} "
               f"({len(data):,} bytes)")


@main.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--article", type=click.Path(path_type=Path, dir_okay=False, exists=True), required=True,
              help="the article (UTF-8 text) the questions are about")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="a new bank folder to write (bank.yaml + article.txt)")
@click.option("--format", "fmt", type=click.Choice(IMPORTABLE), default=None,
              help="the file's format (default: read from its content)")
@click.option("--title", default=None, help="the bank's title (default: the article's first line)")
def import_command(file: Path, article: Path, out: Path, fmt: str | None, title: str | None) -> None:
    """Import GIFT, Moodle XML or QTI 2.1/3.0 questions from FILE into a new bank folder OUT."""
    if file.stat().st_size > MAX_FILE_BYTES:
        raise click.ClickException(f"{display_path(file)}: the file is {file.stat().st_size / 1e6:.1f} MB; "
                                   f"the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB for an import")
    try:
        result = import_file(file.read_bytes(), display_path(file), fmt)
        for remark in result.skipped:
            click.echo(f"not imported: {remark}", err=True)
        for remark in result.changed:
            click.echo(f"changed: {remark}", err=True)
        written = write_bank(result, article, out, imported_from=file.name, title=title)
    except InteropError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"{display_path(written)}: {_plural(len(result.questions), 'question')} imported, "
               f"{len(result.skipped)} not imported, {len(result.changed)} changed")
    _, problems = check_bank(out)
    if problems:
        missing = sum(1 for p in problems if "'evidence' is missing" in p.message)
        for problem in problems:
            click.echo(str(problem))
        click.echo(f"The bank does not validate yet: {_plural(len(problems), 'problem')}"
                   + (f" ({missing} of them questions without evidence: quote the supporting sentence of "
                      "article.txt in each)" if missing else "")
                   + f". Fix them, then run `quizapp validate {display_path(out)}`.")
