"""Browsing question banks: the list, a bank's versions, a version's questions with their keys and
evidence. Teachers only; bundled banks and the teacher's own, anything else is a 404."""
from __future__ import annotations

from collections import Counter

from flask import Blueprint, render_template
from flask_login import current_user

from quizapp.web.access import teacher_required
from quizapp.web.banks import queries
from quizapp.web.banks.exports import CHOICES, export_response
from quizapp.web.banks.highlight import evidence_spans, marked_paragraphs
from quizapp.web.banks.question_view import question_view

bp = Blueprint("banks", __name__, url_prefix="/banks")


@bp.get("/")
@teacher_required
def index():
    rows = queries.visible_banks(current_user.id)
    return render_template("banks/index.html", rows=rows)


@bp.get("/<int:bank_id>")
@teacher_required
def bank(bank_id: int):
    bank = queries.bank_or_404(bank_id, current_user.id)
    counts = queries.question_counts([v.id for v in bank.versions])
    return render_template("banks/bank.html", bank=bank, versions=list(reversed(bank.versions)), counts=counts)


@bp.get("/versions/<int:version_id>")
@teacher_required
def version(version_id: int):
    version = queries.version_or_404(version_id, current_user.id)
    questions = [question_view(q) for q in version.questions]
    skills = Counter(q.skill for q in questions)
    spans = [span for q in version.questions for span in evidence_spans(q.data or {})]
    return render_template(
        "banks/version.html", version=version, bank=version.bank, questions=questions,
        skills=sorted(skills.items()), paragraphs=marked_paragraphs(version.article, spans),
        export_choices=CHOICES,
    )


@bp.get("/versions/<int:version_id>/export")
@teacher_required
def export(version_id: int):
    version = queries.version_or_404(version_id, current_user.id)
    return export_response(version, f"{version.bank.slug}-v{version.number}")


@bp.get("/versions/<int:version_id>/questions/<int:question_id>")
@teacher_required
def question(version_id: int, question_id: int):
    version = queries.version_or_404(version_id, current_user.id)
    stored = queries.question_or_404(version, question_id)
    ids = [q.id for q in version.questions]
    index = ids.index(stored.id)
    return render_template(
        "banks/question.html", version=version, bank=version.bank, q=question_view(stored),
        paragraphs=marked_paragraphs(version.article, evidence_spans(stored.data or {})),
        previous_id=ids[index - 1] if index > 0 else None,
        next_id=ids[index + 1] if index + 1 < len(ids) else None,
    )
