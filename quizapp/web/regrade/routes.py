"""Regrading a bank question: the form (with the key as it scores now and the history), the
preview of every attempt it would re-mark, and applying exactly that preview."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from quizapp.regrade import ChangeError, Keyed, describe
from quizapp.web.access import teacher_required
from quizapp.web.banks import queries as bank_queries
from quizapp.web.banks.question_view import question_view
from quizapp.web.extensions import db
from quizapp.web.regrade import operations, queries
from quizapp.web.regrade.forms import change_of, regrade_form

bp = Blueprint("regrade", __name__, url_prefix="/banks/versions/<int:version_id>/questions/<int:question_id>")


def _load(version_id: int, question_id: int):
    # Banks the teacher may see (bundled or their own); a regrade only ever touches their classes.
    version = bank_queries.version_or_404(version_id, current_user.id)
    return version, bank_queries.question_or_404(version, question_id)


def _form_page(version, stored, form, status: int = 200):
    keyed = operations.current_key(db.session(), current_user.id, stored)
    history = queries.history(db.session(), current_user.id, stored.id)
    return render_template(
        "regrade/question.html", version=version, bank=version.bank, stored=stored, form=form,
        q=question_view(stored), key_now=describe(keyed), regraded=keyed != Keyed.from_data(stored.data),
        history=history, labels=queries.attempt_labels(db.session(), history),
    ), status


def _preview_page(version, stored, form, plan, stale: bool = False):
    return render_template("regrade/preview.html", version=version, bank=version.bank, stored=stored, form=form,
                           plan=plan, stale=stale, q=question_view(stored))


def _refused(version, stored, form, error: ChangeError):
    form[error.field].errors = [*form[error.field].errors, error.message]
    return _form_page(version, stored, form, 422)


@bp.get("/regrade")
@teacher_required
def question(version_id: int, question_id: int):
    version, stored = _load(version_id, question_id)
    return _form_page(version, stored, regrade_form(Keyed.from_data(stored.data).question))


@bp.post("/regrade")
@teacher_required
def preview(version_id: int, question_id: int):
    version, stored = _load(version_id, question_id)
    form = regrade_form(Keyed.from_data(stored.data).question)
    if not form.validate():
        return _form_page(version, stored, form, 422)
    try:
        plan = operations.preview_regrade(current_user.id, stored, change_of(form))
    except ChangeError as error:
        return _refused(version, stored, form, error)
    return _preview_page(version, stored, form, plan)


@bp.post("/regrade/apply")
@teacher_required
def apply(version_id: int, question_id: int):
    version, stored = _load(version_id, question_id)
    form = regrade_form(Keyed.from_data(stored.data).question)
    if not form.validate():
        return _form_page(version, stored, form, 422)
    try:
        _, plan = operations.apply_regrade(current_user.id, stored.id, change_of(form), form.digest.data or "")
    except ChangeError as error:
        return _refused(version, stored, form, error)
    except operations.StalePreview as stale:
        # Something changed since the preview: show the preview as it is now, to confirm again.
        return _preview_page(version, stored, form, stale.plan, stale=True), 409
    flash(f"Regraded: {len(plan.changes)} attempt{'' if len(plan.changes) == 1 else 's'} re-marked.", "success")
    return redirect(url_for("regrade.question", version_id=version.id, question_id=stored.id))
