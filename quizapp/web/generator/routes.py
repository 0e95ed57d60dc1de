"""/generator/...: paste or upload an article, wait for the candidates, review them (edit, accept,
reject) and save the accepted ones as a bank. Teachers only; another teacher's job is a 404."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from quizapp.generate.export import bank_id, first_line
from quizapp.models import GenerationJob
from quizapp.web.access import owned_or_404, teacher_required
from quizapp.web.banks.highlight import marked_paragraphs
from quizapp.web.downloads import attachment
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db
from quizapp.web.generator import jobs, operations
from quizapp.web.generator.forms import ArticleForm, CandidateForm, SaveBankForm
from quizapp.web.generator.operations import BankDetails

bp = Blueprint("generator", __name__, url_prefix="/generator")

REFRESH_SECONDS = 2
RECENT_JOBS = 20


def _index(form: ArticleForm, status: int = 200):
    recent = db.session.scalars(
        select(GenerationJob).where(GenerationJob.owner_id == current_user.id)
        .order_by(GenerationJob.created_at.desc(), GenerationJob.id.desc()).limit(RECENT_JOBS)
    ).all()
    return render_template("generator/index.html", form=form, jobs=recent), status


@bp.get("/")
@teacher_required
def index():
    return _index(ArticleForm(formdata=None))


@bp.post("/")
@teacher_required
def create():
    form = ArticleForm()
    if not form.validate_on_submit():
        return _index(form, 400)
    title = form.title.data or (form.file.data.filename if getattr(form.file.data, "filename", "") else "")
    title = "".join(c for c in title if c >= " " and c != "\x7f").strip()  # a file name may hold anything
    if not title:
        title = first_line(form.text)
    limit = int(current_app.config.get("GENERATOR_MAX_PER_TEACHER", 2))
    if operations.active_jobs(current_user.id) >= limit:
        form.article.errors.append(f"You already have {limit} articles being turned into questions. Wait until one "
                                   "is done (its page shows when), then generate this one: your text is kept here.")
        return _index(form, 429)
    job = operations.create_job(current_user.id, title[:300], form.text)
    _start(job)
    return redirect(url_for("generator.job", job_id=job.id))


def _start(job: GenerationJob) -> None:
    """Commit the job and start it: queued with the row in one commit for a worker, or in this
    process, which may record that it is too busy to take it now (the article is kept: the job
    page offers to try again)."""
    if jobs.via_queue():
        jobs.submit(job.id)
        db.session.commit()
        return
    db.session.commit()
    try:
        jobs.start(job.id)
    except jobs.Busy:
        operations.refuse_busy(job)
        db.session.commit()


def _job(job_id: int) -> GenerationJob:
    return owned_or_404(GenerationJob, job_id, owner_attr="owner_id")


def _done_job(job_id: int) -> GenerationJob:
    """A finished job of the teacher: only these have candidates to review, save or download."""
    job = _job(job_id)
    if job.status != "done":
        abort(404)
    return job


def _save_form(job: GenerationJob, formdata=None) -> SaveBankForm:
    form = SaveBankForm(formdata=formdata)
    if formdata is None:
        form.title.data = job.title
        form.slug.data = bank_id(job.title)[:80].strip("-")
        form.publication.data = "unknown"
        form.date.data = dt.date.today().isoformat()
    return form


def _key_text(q) -> str:
    from quizapp.questions import get_type

    try:
        return get_type(q.type).display_key(q.to_dict())
    except Exception:  # noqa: BLE001 - a candidate's summary line must never fail the page
        return str(q.answer)


def _review(job: GenerationJob, forms: dict[int, CandidateForm] | None = None, save_form=None,
            problems=(), status: int = 200):
    forms = forms or {}
    items, first_of_fact = [], {}
    for index, item in enumerate(job.candidates or []):
        q = operations.candidate(job, index)
        # Candidates on the same fact (same evidence, same key) are folded under the first one.
        fact = (tuple((e.start, e.end) for e in q.evidence), repr(q.answer))
        items.append({
            "index": index, "q": q, "decision": item["decision"], "key": _key_text(q),
            "form": forms.get(index) or CandidateForm.for_question(q, index),
            "open": index in forms, "same_as": first_of_fact.setdefault(fact, index + 1),
        })
    spans = [(e.start, e.end) for it in items if it["decision"] != "rejected" for e in it["q"].evidence]
    counts = {d: sum(1 for it in items if it["decision"] == d) for d in operations.DECISIONS}
    return render_template(
        "generator/review.html", job=job, items=items, counts=counts,
        paragraphs=marked_paragraphs(job.article, spans), save_form=save_form or _save_form(job),
        problems=list(problems),
    ), status


@bp.get("/jobs/<int:job_id>")
@teacher_required
def job(job_id: int):
    job = _job(job_id)
    if job.status == "done":
        return _review(job)
    stale = operations.is_stale(job)
    no_worker = False
    if job.status in ("queued", "running") and jobs.via_queue():
        from quizapp.web.jobqueue import workers_alive

        no_worker = workers_alive(db.session) == 0
    response = Response(render_template("generator/status.html", job=job, stale=stale, no_worker=no_worker,
                                        refresh=REFRESH_SECONDS if job.status != "failed" and not stale else None))
    response.headers["Cache-Control"] = "no-store"  # the page must show the job's state now
    return response


@bp.post("/jobs/<int:job_id>/retry")
@teacher_required
def retry(job_id: int):
    job = _job(job_id)
    with write_transaction():
        # Read again under a row lock: of two retries at once (two servers), one restarts the job
        # and the other finds it queued already, so it runs once.
        job = db.session.get(GenerationJob, job.id, with_for_update=True, populate_existing=True)
        restarted = job.status == "failed" or operations.is_stale(job)
        if restarted:
            operations.restart(job)
            if jobs.via_queue():
                jobs.submit(job.id)
    if restarted and not jobs.via_queue():
        _start(job)
    return redirect(url_for("generator.job", job_id=job.id))


@bp.post("/jobs/<int:job_id>/questions/<int:index>")
@teacher_required
def decide(job_id: int, index: int):
    job = _done_job(job_id)
    q = operations.candidate(job, index)
    if q is None:
        abort(404)
    form = CandidateForm.for_question(q, index, submitted=True)
    edited = None
    if not (form.reject.data or form.keep.data):
        edited = form.edited(q) if form.validate_on_submit() else None
        if edited is None:
            return _review(job, forms={index: form}, status=400)
    # The candidates are one JSON list: read and written under the write lock, so two quick clicks
    # on two candidates both count (read outside it, the second would write back a stale list).
    with write_transaction() as session:
        fresh = session.get(GenerationJob, job_id, with_for_update=True)
        operations.update_candidate(fresh, index, edited, "rejected" if form.reject.data else "accepted")
    if request.headers.get("X-Requested-With") == "fetch":  # review.js: the page changes in place
        return Response(status=204)
    return redirect(url_for("generator.job", job_id=job.id, _anchor=f"candidate-{index + 1}"))


@bp.post("/jobs/<int:job_id>/accept-pending")
@teacher_required
def accept_pending(job_id: int):
    job = _done_job(job_id)
    with write_transaction() as session:
        count = operations.accept_pending(session.get(GenerationJob, job_id, with_for_update=True))
    flash(f"Accepted {count} questions as they were generated.", "success")
    return redirect(url_for("generator.job", job_id=job.id))


def _details(form: SaveBankForm) -> BankDetails:
    return BankDetails(slug=form.slug.data, title=form.title.data.strip(), publication=form.publication.data.strip(),
                       date=form.date.data)


@bp.post("/jobs/<int:job_id>/save")
@teacher_required
def save(job_id: int):
    job = _done_job(job_id)
    form = _save_form(job, request.form)
    if not form.validate_on_submit():
        return _review(job, save_form=form, status=400)
    if not operations.accepted(job):
        form.form_errors.append("Accept at least one question first.")
        return _review(job, save_form=form, status=400)
    bank, problems = operations.check_accepted(job, _details(form))
    if bank is None:
        return _review(job, save_form=form, problems=problems, status=400)
    version = operations.save_bank(job, bank, current_user.id)
    db.session.commit()
    flash(f"Saved {len(bank.questions)} questions as the bank “{bank.title}”.", "success")
    return redirect(url_for("banks.version", version_id=version.id))


@bp.get("/jobs/<int:job_id>/bank.yaml")
@teacher_required
def download(job_id: int):
    job = _done_job(job_id)
    form = _save_form(job)
    text, _ = operations.bank_files(job, _details(form))
    return Response(text, mimetype="application/x-yaml; charset=utf-8",
                    headers={"Content-Disposition": attachment("bank", "yaml")})


@bp.get("/jobs/<int:job_id>/article.txt")
@teacher_required
def article(job_id: int):
    job = _job(job_id)
    return Response(job.article, mimetype="text/plain; charset=utf-8",
                    headers={"Content-Disposition": attachment("article", "txt")})
