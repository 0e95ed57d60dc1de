"""`quizapp` commands for the banks area: validate, show (a proofreading sheet or JSON), score."""
from __future__ import annotations

import json
from pathlib import Path

import click

from quizapp.banks.errors import BankError, display_path
from quizapp.banks.loader import bank_file, check_path, load_bank
from quizapp.banks.model import Bank, Question
from quizapp.cli import main
from quizapp.paths import banks_dir
from quizapp.questions import get_type
from quizapp.scoring import score_item

# Evidence-selection questions offer every sentence by default; the sheet lists them only when few.
SHEET_MAX_OPTIONS = 12


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _num(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check bank files: every problem with file and line (default: the bundled banks)."""
    targets = list(paths) or [banks_dir()]
    banks, problems = [], []
    for target in targets:
        report = check_path(target)
        banks += report.banks
        problems += report.problems
    for problem in problems:
        click.echo(str(problem))
    if problems:
        bad_files = len({p.file for p in problems})
        click.echo(f"{_plural(len(problems), 'problem')} in {_plural(bad_files, 'file')}")
        raise click.exceptions.Exit(1)
    questions = sum(len(b.questions) for b in banks)
    click.echo(f"OK: {_plural(len(banks), 'bank')}, {_plural(questions, 'question')}")


def _resolve_bank(arg: str) -> Bank:
    path = Path(arg)
    if not path.exists() and (banks_dir() / arg).exists():
        path = banks_dir() / arg  # a bundled bank named by its id
    if not path.exists():
        bundled = sorted(p.parent.name for p in banks_dir().glob("*/bank.yaml"))
        raise click.ClickException(
            f"no bank at '{arg}': give a bank folder, its bank.yaml, or a bundled bank id ({', '.join(bundled) or 'none'})")
    try:
        return load_bank(path)
    except BankError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        raise click.ClickException(f"{display_path(bank_file(path))} has {_plural(len(exc.problems), 'problem')}; fix them first (see `quizapp validate`)")


@main.command()
@click.argument("bank")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(bank: str, fmt: str) -> None:
    """Print BANK (folder, bank.yaml or bundled id) as a proofreading sheet, or as JSON."""
    loaded = _resolve_bank(bank)
    if fmt == "json":
        click.echo(json.dumps(loaded.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(_sheet(loaded))


def _sheet(bank: Bank) -> str:
    src = bank.source
    total = sum(q.points for q in bank.questions)
    out = [
        f"{bank.title}  [{bank.id}]",
        f"Source: {src.title} — {src.publication}, {src.date} ({src.file}, {len(bank.article)} characters)",
        f"File: {bank.path}",
        "",
    ]
    if bank.corrections:
        out.append("Corrections this bank relies on:")
        for c in bank.corrections:
            note = f"  ({c.note})" if c.note else ""
            # Originals may span lines (garbles); one line each keeps the list scannable.
            out.append(f"  - “{' '.join(c.original.split())}” reads as “{c.reading}”{note}")
        out.append("")
    out.append(f"{_plural(len(bank.questions), 'question')}, {_num(total)} points")
    for number, q in enumerate(bank.questions, start=1):
        out.append("")
        out += _question_sheet(number, q)
    return "\n".join(out)


def _question_sheet(number: int, q: Question) -> list[str]:
    qtype = get_type(q.type)
    line = f", line {q.line}" if q.line else ""
    out = [f"{number}. {q.id}  [{q.type} · {q.skill} · {_num(q.points)} point{'' if q.points == 1 else 's'}{line}]",
           f"   {q.prompt}"]
    if q.type == "matching":
        for prompt, answer in zip(q.extra.get("prompts", []), q.answer or []):
            out.append(f"   {prompt} → {answer}")
        out.append(f"   (options: {'; '.join(q.options or [])})")
    elif q.options and len(q.options) <= SHEET_MAX_OPTIONS:
        key = q.answer if isinstance(q.answer, list) else [q.answer]
        for option in q.options:
            out.append(f"   [{'x' if option in key else ' '}] {option}")
    elif q.options:
        out.append(f"   ({len(q.options)} sentences to choose from)")
    out.append(f"   Key: {qtype.display_key(q)}")
    for ev in q.evidence:
        out.append(f"   Evidence [{ev.start}:{ev.end}]: {ev.text}")
    if q.feedback:
        out.append(f"   Feedback: {q.feedback}")
    return out


@main.command()
@click.argument("bank")
@click.argument("answers", type=click.Path(path_type=Path))
def score(bank: str, answers: Path) -> None:
    """Score ANSWERS (a JSON object: question id -> answer as a student gives it) against BANK."""
    loaded = _resolve_bank(bank)
    try:
        raw = json.loads(answers.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise click.ClickException(f"{answers}: file not found") from None
    except UnicodeDecodeError:
        raise click.ClickException(f"{answers}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"{answers}:{exc.lineno}: not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(raw, dict):
        raise click.ClickException(f"{answers}: must be a JSON object mapping question ids to answers, e.g. {{\"efanov-lines\": \"Artem Efanov\"}}")
    known = {q.id for q in loaded.questions}
    troubles = [f"{answers}: unknown question id '{qid}' (not in bank {loaded.id})" for qid in raw if qid not in known]
    width = max(len(q.id) for q in loaded.questions)
    total = max_total = 0.0
    for number, q in enumerate(loaded.questions, start=1):
        item = score_item(q, raw.get(q.id))
        total += item.points
        max_total += item.max_points
        if item.error:
            shown = f"(unreadable: {item.error})"
            troubles.append(f"{answers}: question '{q.id}': cannot read answer {json.dumps(raw.get(q.id), ensure_ascii=False)}: {item.error}")
        elif item.answer is None:
            shown = "(no answer)"
        else:
            shown = get_type(q.type).display_answer(q, item.answer)
        mark = "✓" if item.correct else ("~" if item.points else "✗")
        click.echo(f"{number:>3}. {q.id:<{width}}  {mark} {_num(item.points):>4}/{_num(item.max_points):<4} {shown}")
    total, max_total = round(total, 2), round(max_total, 2)
    percent = f" ({100 * total / max_total:.1f}%)" if max_total else ""
    click.echo(f"Total: {_num(total)}/{_num(max_total)}{percent}")
    for trouble in troubles:
        click.echo(trouble, err=True)
    if troubles:
        raise click.exceptions.Exit(1)

