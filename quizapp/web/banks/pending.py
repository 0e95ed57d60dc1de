"""An imported question file waiting for its evidence (docs/interop.md, "Evidence: the decision").

Files from other systems carry no evidence, and a bank question must quote the sentence of its
article that supports the key. The web import keeps such a file as a PendingImport row; the
teacher picks, for each question without evidence, one or more sentences of the article (as the
project's own splitter cuts it, quizapp/banks/sentences.py) or leaves the question out; then the
bank is checked and stored on the same path as a complete import (operations.check_entries and
import_bank). Functions take data, never a request; callers commit."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.banks.evidence import occurrences
from quizapp.banks.sentences import sentence_spans
from quizapp.interop.imported import ImportResult as FileImport
from quizapp.interop.imported import number_text
from quizapp.models import BankVersion, PendingImport
from quizapp.web.banks.operations import check_entries, import_bank
from quizapp.web.extensions import db

NO_EVIDENCE = "Choose the sentence (or sentences) of the article that support this answer, or leave the question out."


def create(result: FileImport, article: str, title: str, filename: str, owner_id: int) -> PendingImport:
    """Keep an import whose questions are not all ready; a question is ready when the file carried
    evidence that is in this article. Flushes; the caller commits."""
    items = [{"question": dict(q), "ready": _found(article, q.get("evidence") or []), "dropped": False}
             for q in result.questions]
    for item in items:
        if not item["ready"]:
            item["question"]["evidence"] = []  # evidence not in this article is no evidence here
    row = PendingImport(owner_id=owner_id, title=title, filename=filename[:300], article=article, items=items,
                        remarks={"skipped": [str(r) for r in result.skipped], "changed": [str(r) for r in result.changed]})
    db.session.add(row)
    db.session.flush()
    return row


def _found(article: str, quotes: list[str]) -> bool:
    return bool(quotes) and all(isinstance(q, str) and q and q in article for q in quotes)


def sentence_choices(article: str) -> list[tuple[int, int]]:
    """The article's sentences a teacher may pick, in order; a sentence repeated word for word is
    offered once (the bank format quotes text, and the first occurrence is the one it points at)."""
    seen: set[str] = set()
    spans = []
    for start, end in sentence_spans(article):
        if article[start:end] not in seen:
            seen.add(article[start:end])
            spans.append((start, end))
    return spans


def key_terms(question: dict[str, Any], shown_key: str) -> list[str]:
    """The words a sentence supporting this key is likely to hold: the answer as the file gave it
    (each one, for several) and as teachers read it ("1,550" for 1550)."""
    answer = question.get("answer")
    if isinstance(answer, bool):
        return []  # "True" names nothing in the article
    values = answer if isinstance(answer, list) else [answer]
    terms = [number_text(v) if isinstance(v, (int, float)) else v for v in values
             if isinstance(v, str) or (isinstance(v, (int, float)) and not isinstance(v, bool))]
    return [t for t in {*terms, shown_key} if isinstance(t, str) and t.strip()]


def mentioning(sentences: list[str], terms: list[str]) -> set[int]:
    """The sentences that name one of `terms` as a whole word: a hint for the teacher, never a
    choice made for them (the evidence is what the teacher ticks)."""
    patterns = [re.compile(r"(?<!\w)" + re.escape(t.strip().casefold()) + r"(?!\w)") for t in terms]
    return {i for i, text in enumerate(sentences) if any(p.search(text.casefold()) for p in patterns)}


def chosen(row: PendingImport, sentences: list[str]) -> dict[int, list[int]]:
    """For each item, the indexes (into `sentences`, the texts of sentence_choices) of the
    sentences already chosen for it."""
    by_text = {text: i for i, text in enumerate(sentences)}
    return {index: [by_text[q] for q in item["question"].get("evidence") or [] if q in by_text]
            for index, item in enumerate(row.items)}


@dataclass
class Choice:
    dropped: bool
    sentences: list[int] = field(default_factory=list)


def apply_choices(row: PendingImport, choices: dict[int, Choice]) -> dict[int, str]:
    """Record the teacher's choices for the items that needed evidence (kept even when the bank
    cannot be saved yet, so a reload or a mistake loses nothing); returns item index -> error."""
    spans = sentence_choices(row.article)
    items = [{**item, "question": dict(item["question"])} for item in row.items]  # new objects: the JSON column sees the change
    errors: dict[int, str] = {}
    for index, choice in choices.items():
        if not 0 <= index < len(items):
            continue
        item, question = items[index], items[index]["question"]
        item["dropped"] = choice.dropped
        if item["ready"]:
            continue
        picked = sorted({i for i in choice.sentences if 0 <= i < len(spans)})
        question["evidence"] = [row.article[s:e] for s, e in (spans[i] for i in picked)]
        question.pop("evidence_occurrence", None)
        occurrence = _occurrence(row.article, [spans[i] for i in picked])
        if occurrence is None and not choice.dropped:
            errors[index] = ("One of these sentences also appears earlier in the article, inside another "
                             "sentence: choose it on its own.")
        elif occurrence > 1:
            question["evidence_occurrence"] = occurrence
        if not choice.dropped and not picked:
            errors[index] = NO_EVIDENCE
    row.items = items
    return errors


def _occurrence(article: str, spans: list[tuple[int, int]]) -> int | None:
    """The bank format's `evidence_occurrence` that points every quotation at the chosen sentence
    (a quotation is found by its text: "He said no." may occur earlier inside a longer sentence);
    None when no single number does."""
    numbers = {occurrences(article, article[s:e]).index(s) + 1 for s, e in spans}
    if not numbers:
        return 1
    if len(numbers) == 1:
        return numbers.pop()
    return None


def kept(row: PendingImport) -> list[tuple[int, dict[str, Any]]]:
    return [(i, item["question"]) for i, item in enumerate(row.items) if not item["dropped"]]


@dataclass
class SaveOutcome:
    version: BankVersion | None
    errors: dict[int, str]  # item index -> problem of that question
    general: list[str]  # problems of no one question


def save(row: PendingImport, owner_id: int) -> SaveOutcome:
    """Store the kept questions as a bank when each is valid, evidence included. Flushes; the
    caller commits."""
    questions = kept(row)
    if not questions:
        return SaveOutcome(None, {}, ["Every question is left out: keep at least one to save a bank."])
    bank, problems = check_entries([q for _, q in questions], row.article, row.title, row.filename)
    if bank is None:
        # The loader names a question by its quoted id, or by its position when it has no usable id.
        by_id = {f"'{q.get('id')}'": i for i, q in questions} | {str(n): i for n, (i, _) in enumerate(questions, start=1)}
        errors: dict[int, str] = {}
        general = []
        for problem in problems:
            if problem.question in by_id:
                index = by_id[problem.question]
                errors[index] = f"{errors[index]} {problem.message}" if index in errors else problem.message
            else:
                general.append(problem.message)
        return SaveOutcome(None, errors, general)
    version = import_bank(bank, owner_id=owner_id)
    row.bank_version_id = version.id
    return SaveOutcome(version, {}, [])
