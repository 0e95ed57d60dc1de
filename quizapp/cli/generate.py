"""`quizapp` commands for the generate area."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from quizapp.cli import main


def _load_facts(path: str):
    """Facts from a JSON file in `quizapp extract --format json` form (hand-corrected facts)."""
    from quizapp.generate.facts import Affiliation, Facts, Figure, Quote, Statement

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Facts(
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            affiliations=[Affiliation(**a) for a in data.get("affiliations", [])],
            figures=[Figure(**f) for f in data.get("figures", [])],
            statements=[Statement(**s) for s in data.get("statements", [])],
        )
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot be read ({exc})") from None
    except (ValueError, TypeError, AttributeError) as exc:
        raise click.ClickException(
            f"{path}: not a facts file like `quizapp extract --format json` prints ({exc})") from None


@main.command("generate")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True,
              help="json: the questions with evidence offsets; yaml: a bank.yaml for `quizapp validate`.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write a bank folder (article.txt + bank.yaml) here instead of printing.")
@click.option("--facts", "facts_file", type=click.Path(dir_okay=False),
              help="Use these facts (JSON as `quizapp extract` prints) instead of extracting them.")
@click.option("--title", help="Bank title (default: the article's first line).")
@click.option("--publication", default="unknown", show_default=True, help="source.publication in the bank.")
@click.option("--date", "date", help="source.date in the bank, YYYY-MM-DD or YYYY-MM (default: today).")
@click.option("--force", is_flag=True, help="With --out: replace a bank.yaml already there.")
def generate(article: Path, fmt: str, out_dir: Path | None, facts_file: str | None, title: str | None,
             publication: str, date: str | None, force: bool) -> None:
    """Generate candidate questions from ARTICLE (a UTF-8 text file)."""
    from quizapp.generate.export import bank_id, bank_yaml, first_line, questions_json
    from quizapp.generate.questions import generate_questions
    from quizapp.generate.source_file import ArticleError, read_article

    try:
        text = read_article(article)
    except ArticleError as exc:
        raise click.ClickException(str(exc)) from None
    if facts_file:
        facts = _load_facts(facts_file)
    else:
        from quizapp.generate.extract import extract_facts  # loads spaCy: only when needed
        from quizapp.generate.nlp import ModelUnavailable

        try:
            facts = extract_facts(text)
        except ModelUnavailable as exc:
            raise click.ClickException(str(exc)) from None
    questions = generate_questions(text, facts)
    if not questions:
        raise click.ClickException(
            f"{article}: no questions could be generated (no quotations, affiliations or figures were found)")
    for kind, found in (("quotations", facts.quotes), ("figures", facts.figures)):
        if not found:
            click.echo(f"note: no {kind} found in {article}, so no questions about them", err=True)

    if fmt == "json":
        if out_dir:
            raise click.ClickException("--out writes a bank folder: use it with --format yaml")
        json.dump(questions_json(questions), sys.stdout, ensure_ascii=False, indent=1)
        click.echo()
        return
    bank_name = out_dir.name if out_dir else article.parent.name if article.name == "article.txt" else article.stem
    fields = dict(bank=bank_id(bank_name), title=title or first_line(text), source_title=first_line(text),
                  publication=publication, date=date)
    if out_dir is None:
        # Printed: source.file names the article by its file name, so the bank validates when saved
        # beside it (a bank reads only its own folder).
        click.echo(bank_yaml(questions, article_file=article.name, **fields), nl=False)
        return
    target = out_dir / "bank.yaml"
    if target.exists() and not force:
        raise click.ClickException(f"{target} already exists (use --force to replace it)")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "article.txt").write_text(text, encoding="utf-8")
        target.write_text(bank_yaml(questions, article_file="article.txt", **fields), encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write the bank to {out_dir}: {exc.strerror}") from None
    click.echo(f"wrote {len(questions)} questions to {target}", err=True)


# ---- quizapp extract ----------------------------------------------------------------------------
MAX_EXTRACT_BYTES = 500_000  # a long feature is ~60 KB; beyond this it is not one article


@main.command("extract")
@click.argument("article", type=click.Path(path_type=Path))  # read_article names a folder or a missing file
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True,
              help="json: quotes, affiliations and figures with offsets into ARTICLE; text: a readable list.")
def extract(article: Path, fmt: str) -> None:
    """Extract who said what, who belongs where and which figures ARTICLE states.

    ARTICLE is a UTF-8 file: plain text, Markdown or HTML. Offsets index the file's text as read.
    """
    from quizapp.generate.source_file import ArticleError, read_article

    try:
        size = article.stat().st_size
    except OSError:
        size = 0  # read_article names the problem
    if size > MAX_EXTRACT_BYTES:
        raise click.ClickException(
            f"{article} is {size / 1_000_000:.1f} MB; extraction takes one article of at most "
            f"{MAX_EXTRACT_BYTES / 1_000_000:g} MB")
    try:
        text = read_article(article)
    except ArticleError as exc:
        raise click.ClickException(str(exc)) from None

    from quizapp.generate.extract import extract_facts  # loads spaCy: only when needed
    from quizapp.generate.nlp import ModelUnavailable

    try:
        facts = extract_facts(text)
    except ModelUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    if not (facts.quotes or facts.affiliations or facts.figures):
        raise click.ClickException(f"{article}: no quotations, affiliations or figures found")
    if not facts.quotes:
        click.echo(f"note: no attributed quotations found in {article}", err=True)
    if fmt == "json":
        json.dump(facts.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        click.echo()
        return
    for q in facts.quotes:
        click.echo(f"quote [{q.start}:{q.end}] {q.speaker}{'' if q.direct else ' (reported)'}: {q.text}")
    for a in facts.affiliations:
        click.echo(f"affiliation [{a.start}:{a.end}] {a.person}: "
                   + ", ".join(x for x in (a.role, a.organization) if x))
    for f in facts.figures:
        click.echo(f"figure [{f.start}:{f.end}] {f.value} ({f.counts}): {f.text}")
