"""Putting a loaded bank (quizapp.banks.model.Bank) into the database.

Versions are immutable: attempts and quizzes point at a version's questions, so a changed bank
becomes a new version and an unchanged one is recognised by its content hash and left alone.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select

from quizapp.banks.errors import Problem
from quizapp.banks.loader import check_bank
from quizapp.banks.model import Bank as LoadedBank
from quizapp.generate.export import bank_id
from quizapp.interop import import_file
from quizapp.interop.imported import ImportResult as FileImport
from quizapp.interop.bank_writer import write_bank
from quizapp.models import Bank, BankQuestion, BankVersion
from quizapp.web.extensions import db


@dataclass
class ImportResult:
    version: BankVersion
    created: bool  # False: the same content was already stored as this version


def content_hash(bank: LoadedBank) -> str:
    """A hash of everything a student or teacher sees: title, source, article, corrections and the
    questions in order (line numbers and file paths excluded, so moving a file changes nothing)."""
    payload = {
        "title": bank.title,
        "source": asdict(bank.source),
        "article": bank.article,
        "corrections": [asdict(c) for c in bank.corrections],
        "questions": [q.to_dict() for q in bank.questions],
    }
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def import_bank_result(bank: LoadedBank, owner_id: int | None = None) -> ImportResult:
    """Store `bank` as a new version of the Bank with its slug (owner_id None: bundled, visible to
    every teacher), unless its content is already stored. Flushes; the caller commits."""
    session = db.session
    owner_clause = Bank.owner_id.is_(None) if owner_id is None else Bank.owner_id == owner_id
    row = session.scalars(select(Bank).where(Bank.slug == bank.id, owner_clause)).first()
    if row is None:
        row = Bank(owner_id=owner_id, slug=bank.id, title=bank.title)
        session.add(row)
        session.flush()
    digest = content_hash(bank)
    existing = session.scalars(
        select(BankVersion).where(BankVersion.bank_id == row.id, BankVersion.content_hash == digest)
    ).first()
    if existing is not None:
        return ImportResult(existing, created=False)

    last = session.scalar(select(func.max(BankVersion.number)).where(BankVersion.bank_id == row.id)) or 0
    row.title = bank.title
    version = BankVersion(
        bank_id=row.id, number=last + 1, content_hash=digest, title=bank.title, article=bank.article,
        source=asdict(bank.source), corrections=[asdict(c) for c in bank.corrections],
    )
    version.questions = [
        BankQuestion(qid=q.id, position=i, skill=q.skill, type=q.type, data=q.to_dict())
        for i, q in enumerate(bank.questions, start=1)
    ]
    session.add(version)
    session.flush()
    return ImportResult(version, created=True)


def import_bank(bank: LoadedBank, owner_id: int | None = None) -> BankVersion:
    """The stored version holding exactly this bank's content (new only when the content changed)."""
    return import_bank_result(bank, owner_id).version


def latest_version(bank_row: Bank) -> BankVersion | None:
    return bank_row.versions[-1] if bank_row.versions else None


@dataclass
class QuestionImport:
    """What importing a question file gave: the stored version (None when nothing was stored), what
    was not imported or changed, and the problems that kept the bank from being stored."""

    version: BankVersion | None
    result: FileImport
    problems: list[str]


def import_questions(data: bytes, filename: str, article: str, title: str, owner_id: int) -> QuestionImport:
    """Store the questions of a GIFT, Moodle XML or QTI file, tied to `article`, as a new version of
    the teacher's bank named after `title` - only when every question is a valid bank question,
    evidence included (docs/interop.md: evidence is never invented; the caller sends the others to
    the evidence review, quizapp/web/banks/pending.py). Raises InteropError for a file that cannot
    be read at all. Flushes; the caller commits."""
    result = import_file(data, filename)
    if not result.questions:
        return QuestionImport(None, result, ["No question in the file could be imported."])
    bank, problems = check_entries(result.questions, normalise_article(article), title, filename)
    if bank is None:
        return QuestionImport(None, result, [_problem_text(p) for p in problems])
    return QuestionImport(import_bank(bank, owner_id=owner_id), result, [])


def normalise_article(article: str) -> str:
    """Line endings as the bank loader reads article.txt, so evidence offsets match."""
    return article.replace("\r\n", "\n").replace("\r", "\n")


def check_entries(entries: list[dict], article: str, title: str, filename: str) -> tuple[LoadedBank | None, list[Problem]]:
    """Imported bank-file entries tied to `article`, loaded exactly as the bank folder
    `quizapp import` writes would be (so what the web stores is what `quizapp validate` accepts)."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "article.txt").write_text(article, encoding="utf-8", newline="")
        folder = Path(tmp) / bank_id(title)
        write_bank(FileImport(questions=entries), Path(tmp) / "article.txt", folder, imported_from=filename, title=title)
        return check_bank(folder)


def _problem_text(problem: Problem) -> str:
    about = f"question {problem.question}: " if problem.question else ""
    return about + problem.message
