"""Which banks a teacher may see: the bundled ones (owner_id None) and their own. Every lookup
by id goes through here, so another teacher's bank is a 404 and never a leak."""
from __future__ import annotations

from flask import abort
from sqlalchemy import func, or_, select

from quizapp.models import Bank, BankQuestion, BankVersion, PendingImport
from quizapp.web.access import MAX_ID
from quizapp.web.extensions import db


def _visible(teacher_id: int):
    return or_(Bank.owner_id.is_(None), Bank.owner_id == teacher_id)


def visible_banks(teacher_id: int) -> list[tuple[Bank, int, BankVersion | None]]:
    """(bank, number of versions, latest version) for each bank the teacher may use."""
    banks = db.session.scalars(select(Bank).where(_visible(teacher_id)).order_by(Bank.title, Bank.id)).all()
    rows = []
    for bank in banks:
        latest = bank.versions[-1] if bank.versions else None
        rows.append((bank, len(bank.versions), latest))
    return rows


def _valid_id_or_404(value: int) -> None:
    # A URL may carry any number; past PostgreSQL's integer range the query itself would fail.
    if not 0 < value <= MAX_ID:
        abort(404)


def bank_or_404(bank_id: int, teacher_id: int) -> Bank:
    _valid_id_or_404(bank_id)
    bank = db.session.scalar(select(Bank).where(Bank.id == bank_id, _visible(teacher_id)))
    if bank is None:
        abort(404)
    return bank


def version_or_404(version_id: int, teacher_id: int) -> BankVersion:
    _valid_id_or_404(version_id)
    version = db.session.scalar(
        select(BankVersion).join(Bank).where(BankVersion.id == version_id, _visible(teacher_id))
    )
    if version is None:
        abort(404)
    return version


def question_or_404(version: BankVersion, question_id: int) -> BankQuestion:
    _valid_id_or_404(question_id)
    question = db.session.scalar(
        select(BankQuestion).where(BankQuestion.id == question_id, BankQuestion.version_id == version.id)
    )
    if question is None:
        abort(404)
    return question


def visible_versions(teacher_id: int) -> list[BankVersion]:
    """Every version the teacher may build a quiz from, newest version of each bank first."""
    return list(db.session.scalars(
        select(BankVersion).join(Bank).where(_visible(teacher_id))
        .order_by(Bank.title, Bank.id, BankVersion.number.desc())
    ))


def question_counts(version_ids: list[int]) -> dict[int, int]:
    if not version_ids:
        return {}
    rows = db.session.execute(
        select(BankQuestion.version_id, func.count()).where(BankQuestion.version_id.in_(version_ids))
        .group_by(BankQuestion.version_id)
    )
    return {vid: n for vid, n in rows}


def waiting_imports(teacher_id: int) -> list[PendingImport]:
    """The teacher's imports still waiting for evidence, newest first."""
    return list(db.session.scalars(
        select(PendingImport).where(PendingImport.owner_id == teacher_id, PendingImport.bank_version_id.is_(None))
        .order_by(PendingImport.created_at.desc(), PendingImport.id.desc())))
