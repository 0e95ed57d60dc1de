"""What the student's templates are given: the article in paragraphs (with marked evidence on the
review page), and one row per question. Keys, feedback and evidence are only put in a row when the
caller says the review may show them; the quiz page never receives them at all."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from flask import current_app, render_template
from markupsafe import Markup, escape
from sqlalchemy import select

from quizapp.generate.cleanup import furniture_lines
from quizapp.models import Attempt, BankVersion, Quiz, Response, utcnow
from quizapp.questions import AnswerError, get_type
from quizapp.web.attempts import operations as ops
from quizapp.web.attempts.frozen import QuestionRow
from quizapp.web.extensions import db
from quizapp.web.student.quizforms import shown_value
from quizapp.web.student.quizmarkup import question_html

_PARAGRAPH = re.compile(r"[^\n]+")


@lru_cache(maxsize=64)
def _reading_lines(article: str) -> list[tuple[int, int]]:
    """The article's lines a student reads: page furniture ("close", a doubled headline or caption)
    left out, every offset kept, so evidence marks land where they did."""
    hidden = set(furniture_lines(article))
    return [m.span() for m in _PARAGRAPH.finditer(article) if m.group().strip() and m.span() not in hidden]


@dataclass
class Segment:
    text: str
    questions: tuple[int, ...] = ()  # numbers of the questions whose evidence covers it
    anchor: str | None = None  # id of the first segment of a question's evidence

    @property
    def marked(self) -> bool:
        return bool(self.questions)


@dataclass
class AnswerRow:
    number: int
    prompt: str
    type: str
    answered: bool
    your_answer: str
    unreadable: str | None = None  # what was typed, when it could not be read as an answer
    # Only filled when the review may show them:
    key: str | None = None
    feedback: str | None = None
    points: float | None = None
    max_points: float | None = None
    correct: bool | None = None
    evidence_anchor: str | None = None
    evidence: list[str] = field(default_factory=list)


ARTICLE_CACHE_SIZE = 200  # quizzes (an article is some 10 KB); emptied when full


def article_of(attempt: Attempt) -> str:
    """The article of the attempt's quiz. A quiz keeps its bank version and a version its text, so
    the text is kept per quiz on the app (not shared between apps: a test's database is its own)."""
    cache: dict[int, str] = current_app.extensions.setdefault("quizapp.quiz_articles", {})
    quiz_id = attempt.assignment.quiz_id
    article = cache.get(quiz_id)
    if article is None:
        article = db.session.scalar(select(BankVersion.article).join(Quiz, Quiz.bank_version_id == BankVersion.id)
                                    .where(Quiz.id == quiz_id)) or ""
        if len(cache) >= ARTICLE_CACHE_SIZE:
            cache.clear()
        cache[quiz_id] = article
    return article


@lru_cache(maxsize=64)
def plain_article_html(article: str) -> Markup:
    """The article as paragraphs, one per non-blank line. Every student of a quiz gets the same
    article, so it is built once per article text (the text itself is the key: a version is never
    edited, and a changed text can never be served from a stale entry)."""
    return Markup("\n".join(f"<p>{escape(article[start:end])}</p>" for start, end in _reading_lines(article)))


def _paragraphs(article: str, spans: list[tuple[int, int, int]]) -> list[list[Segment]]:
    """Cut the article into lines, and each line at every span boundary; `spans` are
    (start, end, question number). Overlapping spans of different questions stay distinct."""
    length = len(article)
    spans = [(max(0, s), min(length, e), n) for s, e, n in spans if isinstance(s, int) and isinstance(e, int)]
    spans = [sp for sp in spans if sp[1] > sp[0]]
    cuts = sorted({0, length, *[s for s, _, _ in spans], *[e for _, e, _ in spans]})
    anchored: set[int] = set()
    paragraphs: list[list[Segment]] = []
    for p_start, p_end in _reading_lines(article):
        bounds = [p_start, *[c for c in cuts if p_start < c < p_end], p_end]
        segments = []
        for start, end in zip(bounds, bounds[1:]):
            covering = tuple(sorted({n for s, e, n in spans if s <= start and end <= e}))
            anchor = None
            first = [n for n in covering if n not in anchored]
            if first:
                anchor = f"evidence-{first[0]}"
                anchored.update(first)
            segments.append(Segment(article[start:end], covering, anchor))
        paragraphs.append(segments)
    return paragraphs


def plain_article(attempt: Attempt) -> list[list[Segment]]:
    return _paragraphs(article_of(attempt), [])


def review_article(attempt: Attempt, questions: list[QuestionRow]) -> list[list[Segment]]:
    spans = []
    for number, q in enumerate(questions, start=1):
        for ev in q.data.get("evidence") or []:
            if isinstance(ev, dict):
                spans.append((ev.get("start"), ev.get("end"), number))
    return _paragraphs(article_of(attempt), spans)


def _display(question: QuestionRow, answer: Any) -> str:
    try:
        return get_type(question.type).display_answer(question.data, answer)
    except Exception:  # a display must never fail the page over an odd stored value
        return str(answer)


def stored_errors(questions: list[QuestionRow], responses: dict[int, Response]) -> dict[int, str]:
    """Messages for saved answers that could not be read (answer blank, raw kept)."""
    errors = {}
    for q in questions:
        row = responses.get(q.id)
        if row is not None and row.answer is None and row.raw:
            try:
                get_type(q.type).parse_answer(q.data, ops.raw_value(q.type, row.raw))
            except AnswerError as error:
                errors[q.id] = error.message[:1].upper() + error.message[1:] + "."
    return errors


def answer_rows(attempt: Attempt, questions: list[QuestionRow], responses: dict[int, Response],
                reveal: bool) -> list[AnswerRow]:
    rows = []
    for number, q in enumerate(questions, start=1):
        resp = responses.get(q.id)
        answer = resp.answer if resp else None
        row = AnswerRow(number=number, prompt=q.data.get("prompt", ""), type=q.type,
                        answered=answer is not None, your_answer=_display(q, answer) if answer is not None else "",
                        unreadable=resp.raw if resp is not None and answer is None and resp.raw else None)
        if reveal:
            qtype = get_type(q.type)
            row.key = qtype.display_key(q.data)
            row.feedback = q.data.get("feedback") or ""
            row.points = resp.points if resp else 0.0
            row.max_points = resp.max_points if resp and resp.max_points is not None else float(q.data.get("points", 1))
            row.correct = bool(resp.correct) if resp else False
            evidence = [ev for ev in q.data.get("evidence") or [] if isinstance(ev, dict)]
            row.evidence = [str(ev.get("text", "")) for ev in evidence]
            row.evidence_anchor = f"evidence-{number}" if evidence else None
        rows.append(row)
    return rows


def duration_text(seconds: int) -> str:
    """Time left as a student reads it: days and hours when far, minutes and seconds near the end
    (quiz.js formats the countdown the same way)."""
    days, rest = divmod(max(0, seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s"


def quiz_page(attempt: Attempt, questions: list[QuestionRow], form, status: int = 200,
              responses: dict[int, Response] | None = None):
    if responses is None:
        responses = ops.saved_answers(db.session, attempt)
    answered = sum(1 for q in questions if q.id in responses and responses[q.id].answer is not None)
    seconds_left = None
    if attempt.deadline_at is not None:
        seconds_left = max(0, int((attempt.deadline_at - utcnow()).total_seconds()))
    body = render_template(
        "student/quiz.html", attempt=attempt, form=form, article=plain_article_html(article_of(attempt)),
        answered=answered, total=len(questions), seconds_left=seconds_left,
        time_left=duration_text(seconds_left) if seconds_left is not None else None,
        answered_ids={qid for qid, r in responses.items() if r.answer is not None},
        shown=shown_value(form), question_html=question_html,
    )
    return body, status
