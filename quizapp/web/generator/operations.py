"""State changes of the generator review: start a run, run it, edit and decide candidates, save
the accepted ones as a bank. Functions take data, never a request; callers commit (a run commits
its own progress, since it is watched from other requests while it works)."""
from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from quizapp.banks.errors import Problem
from quizapp.banks.loader import check_bank
from quizapp.banks.model import Bank as LoadedBank
from quizapp.banks.model import Question
from quizapp.models import BankVersion, GenerationJob, utcnow
from quizapp.web.banks.operations import import_bank
from quizapp.web.extensions import db

log = logging.getLogger(__name__)

DECISIONS = ("pending", "accepted", "rejected")
# A run still "running" after this long was cut off (the process stopped); it may be started again.
STALE_AFTER_SECONDS = 15 * 60


def create_job(owner_id: int, title: str, article: str) -> GenerationJob:
    job = GenerationJob(owner_id=owner_id, title=title.strip() or "Untitled article", article=article,
                        status="queued", step="Waiting to start", candidates=[])
    db.session.add(job)
    db.session.flush()
    return job


def _progress(job: GenerationJob, step: str) -> None:
    job.step = step
    db.session.commit()  # visible to the status page at once


def run_job(job_id: int) -> None:
    """Extract facts and generate the candidates of one job, recording each step. Any failure
    ends as a `failed` job with a message for the teacher; nothing is raised."""
    job = db.session.get(GenerationJob, job_id)
    if job is None or job.status not in ("queued", "running"):
        return
    job.status, job.started_at, job.error = "running", utcnow(), ""
    _progress(job, "Reading the article (the first run loads the language model)")
    from quizapp.generate.extract import extract_facts  # loads spaCy: only here, never at start-up
    from quizapp.generate.nlp import ModelUnavailable
    from quizapp.generate.questions import generate_questions

    try:
        facts = extract_facts(job.article)
        _progress(job, f"Found {len(facts.quotes)} quotations, {len(facts.affiliations)} affiliations "
                       f"and {len(facts.figures)} figures; writing questions")
        questions = generate_questions(job.article, facts)
    except Exception as exc:  # a crash in NLP code must end the run, not leave it spinning
        log.exception("generation job %s failed", job_id)
        db.session.rollback()
        job = db.session.get(GenerationJob, job_id)
        job.status, job.finished_at = "failed", utcnow()
        job.error = (f"The generator cannot run on this server: {exc}" if isinstance(exc, ModelUnavailable) else
                     "The generator stopped with an internal error. Try again, or try another article.")
        db.session.commit()
        return
    job.candidates = [{"question": q.to_dict(), "decision": "pending"} for q in questions]
    job.finished_at = utcnow()
    if questions:
        job.status, job.step = "done", f"{len(questions)} candidate questions"
    else:
        job.status = "failed"
        job.error = ("No questions could be generated: the article has no quotations, affiliations or "
                     "figures the generator can use.")
    db.session.commit()


def active_jobs(owner_id: int) -> int:
    """The teacher's jobs still queued or running (a stale one no longer counts)."""
    rows = db.session.scalars(select(GenerationJob).where(
        GenerationJob.owner_id == owner_id, GenerationJob.status.in_(("queued", "running"))))
    return sum(1 for job in rows if not is_stale(job))


def refuse_busy(job: GenerationJob) -> None:
    job.status, job.step = "failed", "Not started"
    job.error = ("The generator is busy with other articles right now. Try again in a few minutes: "
                 "the article is kept.")
    job.finished_at = utcnow()


def is_stale(job: GenerationJob) -> bool:
    if job.status not in ("queued", "running"):
        return False
    since = job.started_at or job.created_at
    return (utcnow() - since).total_seconds() > STALE_AFTER_SECONDS


def restart(job: GenerationJob) -> None:
    job.status, job.step, job.error, job.candidates = "queued", "Waiting to start", "", []
    job.started_at = job.finished_at = None


def candidate(job: GenerationJob, index: int) -> Question | None:
    if not 0 <= index < len(job.candidates or []):
        return None
    return Question.from_dict(job.candidates[index]["question"])


def update_candidate(job: GenerationJob, index: int, question: Question | None, decision: str) -> None:
    """Store an edited question (None: unchanged) and the teacher's decision on it."""
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    items = [dict(c) for c in job.candidates]  # a new list, so the JSON column sees the change
    if question is not None:
        items[index]["question"] = question.to_dict()
    items[index]["decision"] = decision
    job.candidates = items


def accept_pending(job: GenerationJob) -> int:
    """Accept every candidate not yet decided, as generated; returns how many."""
    items = [dict(c) for c in job.candidates or []]
    count = 0
    for item in items:
        if item["decision"] == "pending":
            item["decision"] = "accepted"
            count += 1
    job.candidates = items
    return count


def accepted(job: GenerationJob) -> list[Question]:
    return [Question.from_dict(c["question"]) for c in job.candidates or [] if c["decision"] == "accepted"]


@dataclass
class BankDetails:
    slug: str
    title: str
    publication: str
    date: str


def bank_files(job: GenerationJob, details: BankDetails) -> tuple[str, str]:
    """(bank.yaml, article.txt) of the accepted questions, as `quizapp validate` reads them."""
    from quizapp.generate.export import bank_yaml, first_line

    text = bank_yaml(accepted(job), bank=details.slug, title=details.title, source_title=first_line(job.article),
                     publication=details.publication, date=details.date, article_file="article.txt")
    return text, job.article


def check_accepted(job: GenerationJob, details: BankDetails) -> tuple[LoadedBank | None, list[Problem]]:
    """The accepted questions loaded exactly as a bank folder would be, with every problem the
    bank loader finds (so what is saved is what `quizapp validate` accepts)."""
    yaml_text, article = bank_files(job, details)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / details.slug
        folder.mkdir()
        (folder / "article.txt").write_text(article, encoding="utf-8", newline="")
        (folder / "bank.yaml").write_text(yaml_text, encoding="utf-8")
        return check_bank(folder)


def save_bank(job: GenerationJob, bank: LoadedBank, owner_id: int) -> BankVersion:
    version = import_bank(bank, owner_id=owner_id)
    job.bank_version_id = version.id
    return version
