"""Browsing question banks: the list, a bank's versions, a version's questions with their keys and
evidence. Teachers only; bundled banks and the teacher's own, anything else is a 404."""
from __future__ import annotations

from collections import Counter

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from quizapp.interop import InteropError

from quizapp.models import PendingImport
from quizapp.web.access import owned_or_404, teacher_required
from quizapp.web.banks import operations, pending, queries
from quizapp.web.banks.exports import CHOICES, export_response
from quizapp.web.banks.forms import EvidenceForm, ImportForm, evidence_form
from quizapp.web.database import write_transaction
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
            if outcome.result.questions:
                # Questions without evidence (files from other systems carry none): the teacher
                # gives it on the review page; the import waits there, server-side.
                row = pending.create(outcome.result, operations.normalise_article(form.article.data),
                                     form.title.data.strip(), upload[1], current_user.id)
                db.session.commit()
                return redirect(url_for("banks.review_import", import_id=row.id))
    # A file read whole whose questions could not all be stored is a report (200), not a bad request.
    status = 400 if form.errors else 200
    return render_template("banks/import.html", form=form, outcome=outcome,
                           waiting=queries.waiting_imports(current_user.id)), status


def _review(row: PendingImport, form: EvidenceForm | None = None, errors: dict[int, str] | None = None,
            general: list[str] | None = None, status: int = 200):
    spans = pending.sentence_choices(row.article)
    sentences = [row.article[s:e] for s, e in spans]
    needing = [i for i, item in enumerate(row.items) if not item["ready"]]
    ready = [i for i, item in enumerate(row.items) if item["ready"]]
    if form is None:
        picked = pending.chosen(row, sentences)
        data = {f"evidence_{i}": picked[i] for i in needing}
        data |= {f"drop_{i}": row.items[i]["dropped"] for i in range(len(row.items))}
        form = evidence_form(sentences, needing, ready, data)
    errors = errors or {}
    items = []
    for i, item in enumerate(row.items):
        key = _key_text(item["question"])
        items.append({"index": i, "number": i + 1, "q": item["question"], "ready": item["ready"], "key": key,
                      "fields": form.choice_fields(i), "error": errors.get(i),
                      "mentions": set() if item["ready"] else pending.mentioning(sentences, pending.key_terms(item["question"], key)),
                      "has_evidence": bool(item["question"].get("evidence"))})
    return render_template("banks/import_review.html", row=row, items=items, form=form, general=general or [],
                           missing=sum(1 for it in items if not it["has_evidence"] and not row.items[it["index"]]["dropped"]),
                           sentence_count=len(sentences)), status


def _key_text(question: dict) -> str:
    from quizapp.questions import get_type

    try:
        return get_type(question.get("type", "")).display_key(question)
    except Exception:  # noqa: BLE001 - an imported question's summary line must never fail the page
        return str(question.get("answer", ""))


def _pending(import_id: int) -> PendingImport:
    return owned_or_404(PendingImport, import_id, owner_attr="owner_id")


@bp.get("/imports/<int:import_id>")
@teacher_required
def review_import(import_id: int):
    row = _pending(import_id)
    if row.bank_version_id is not None:
        return redirect(url_for("banks.version", version_id=row.bank_version_id))
    return _review(row)


@bp.post("/imports/<int:import_id>")
@teacher_required
def save_import(import_id: int):
    row = _pending(import_id)
    if row.bank_version_id is not None:  # saved already (a second click): nothing to do twice
        return redirect(url_for("banks.version", version_id=row.bank_version_id))
    spans = pending.sentence_choices(row.article)
    needing = [i for i, item in enumerate(row.items) if not item["ready"]]
    ready = [i for i, item in enumerate(row.items) if item["ready"]]
    form = evidence_form([row.article[s:e] for s, e in spans], needing, ready, {})
    if not form.validate_on_submit():
        errors = {i: form.choice_fields(i)[0].errors[0] for i in needing if form.choice_fields(i)[0].errors}
        return _review(row, form, errors, status=400)
    choices = {i: pending.Choice(dropped=bool(form.choice_fields(i)[1].data),
                                 sentences=list(form.choice_fields(i)[0].data or []) if i in needing else [])
               for i in range(len(row.items))}
    # Read again under the write lock: a second click that waited for the first finds the import
    # saved instead of storing the bank twice. Committed either way: the choices are kept for the
    # next visit even when the bank cannot be saved yet.
    with write_transaction() as session:
        row = session.get(PendingImport, import_id, with_for_update=True)
        if row.bank_version_id is not None:
            return redirect(url_for("banks.version", version_id=row.bank_version_id))
        errors = pending.apply_choices(row, choices)
        outcome = pending.save(row, current_user.id) if not errors else pending.SaveOutcome(None, errors, [])
    if outcome.version is None:
        return _review(row, form, outcome.errors, outcome.general, status=400)
    kept = len(pending.kept(row))
    flash(f"Saved {kept} questions as the bank “{row.title}”.", "success")
    return redirect(url_for("banks.version", version_id=outcome.version.id))


@bp.post("/imports/<int:import_id>/remove")
@teacher_required
def remove_import(import_id: int):
    row = _pending(import_id)
    title = row.title
    db.session.delete(row)  # the import only: a bank already saved from it stays
    db.session.commit()
    flash(f"Discarded the import “{title}”.", "success")
    return redirect(url_for("banks.import_questions"))
