"""The loaded form of a question bank: plain dataclasses, no I/O, no Flask, no database.

A `Question` is also what an attempt freezes: `Question.to_dict()` / `Question.from_dict()` round-trip
exactly, so the web layer stores the dict as the attempt's snapshot and scores it later with the same
question types.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """An exact quotation of the article and where it is: `article[start:end] == text`."""

    text: str
    start: int
    end: int


@dataclass
class Question:
    id: str
    type: str
    skill: str
    prompt: str
    answer: Any
    evidence: list[Evidence]
    points: float = 1.0
    options: list[str] | None = None
    feedback: str = ""
    # Type-specific settings (numeric: tolerance, range, unit; short_answer: accepted;
    # matching: prompts; evidence_selection: nothing extra). Kept in one dict so a new
    # type needs no change here.
    extra: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # line of the question in its bank file, for messages

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("line")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Question":
        data = dict(data)
        data["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        return cls(**data)


@dataclass
class Source:
    title: str
    publication: str
    date: str
    file: str


@dataclass
class Correction:
    original: str
    reading: str
    note: str = ""


@dataclass
class Bank:
    id: str
    title: str
    source: Source
    article: str  # the article text exactly as read (UTF-8)
    questions: list[Question]
    corrections: list[Correction] = field(default_factory=list)
    path: str = ""  # the bank file it came from, for messages

    def to_dict(self) -> dict[str, Any]:
        """The loaded bank for JSON output (`quizapp show --format json`); the article text is
        left out (it is `source.file`), evidence carries its offsets into it."""
        return {
            "id": self.id,
            "title": self.title,
            "source": asdict(self.source),
            "corrections": [asdict(c) for c in self.corrections],
            "questions": [q.to_dict() for q in self.questions],
        }

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)
