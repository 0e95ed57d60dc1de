"""Browsing question banks: the list, a bank's versions, a version's questions with their keys and
evidence. Teachers only; bundled banks and the teacher's own, anything else is a 404."""
from __future__ import annotations

from collections import Counter

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from quizapp.interop import InteropError

from quizapp.web.access import teacher_required
from quizapp.web.banks import operations, queries
from quizapp.web.banks.exports import CHOICES, export_response
from quizapp.web.banks.forms import ImportForm
from quizapp.web.extensions import db
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


@bp.route("/import", methods=["GET", "POST"])
@teacher_required
def import_questions():
    form = ImportForm()
    outcome = None
    if form.validate_on_submit() and (upload := form.upload()):
        try:
            outcome = operations.import_questions(*upload, form.article.data, form.title.data.strip(), current_user.id)
        except InteropError as exc:
            form.file.errors = [*form.file.errors, exc.message]
        else:
            if outcome.version is not None:
                db.session.commit()
                result = outcome.result
                flash(f"Imported {len(result.questions)} questions into “{outcome.version.title}”"
                      + (f"; {len(result.skipped)} could not be imported (listed below)." if result.skipped else "."),
                      "success")
                for remark in result.skipped + result.changed:
                    flash(str(remark), "warning")
                return redirect(url_for("banks.version", version_id=outcome.version.id))
    # A file read whole whose questions could not all be stored is a report (200), not a bad request.
    status = 400 if form.errors else 200
    return render_template("banks/import.html", form=form, outcome=outcome), status
