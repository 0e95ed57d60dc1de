"""What an import yields: questions in the bank-file form (docs/bank-format.md), and every item
that could not be mapped or was mapped with a change, each named by file, line and reason.

Imported questions are plain bank.yaml entries (dicts) because they are not yet tied to an
article: `evidence` holds quotation texts, resolved to offsets only when the teacher's article is
loaded with them (quizapp/interop/bank_writer.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.banks.loader import SKILL_LABELS, SKILLS

DEFAULT_SKILL = "detail"


@dataclass(frozen=True)
class Remark:
    name: str  # the item's name in the file (its title, or "item N")
    where: str  # file:line
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: '{self.name}': {self.reason}"


@dataclass
class ImportResult:
    questions: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Remark] = field(default_factory=list)  # not imported, with the reason
    changed: list[Remark] = field(default_factory=list)  # imported, but something did not carry over
    title: str | None = None


def skill_from(text: str | None) -> str | None:
    """A skill from a category or label: its name (who_said) or its label (Who said what)."""
    if not text:
        return None
    text = text.strip()
    if text in SKILLS:
        return text
    for skill, label in SKILL_LABELS.items():
        if label.casefold() == text.casefold():
            return skill
    return None


def question_id(name: str | None, taken: set[str], position: int) -> str:
    """A bank id ([a-z0-9][a-z0-9-]*) from an item's name, unique among `taken` (which it joins)."""
    slug = re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")[:60].strip("-") or f"q{position}"
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def entry(*, qid: str, qtype: str, skill: str | None, prompt: str, points: float, feedback: str,
          evidence: list[str], **fields: Any) -> dict[str, Any]:
    """One question as bank.yaml writes it; fields with None values are left out."""
    data: dict[str, Any] = {"id": qid, "type": qtype, "skill": skill or DEFAULT_SKILL, "prompt": prompt}
    data.update({k: v for k, v in fields.items() if v is not None})
    data["points"] = points
    if feedback:
        data["feedback"] = feedback
    data["evidence"] = list(evidence)
    return data


def number_text(value: float) -> str:
    """A number as text that reads back to the same float (1500, not 1500.0)."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def read_number(text: str | None) -> float | None:
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def plain_number(value: float) -> int | float:
    """What a bank.yaml holds: 1500 rather than 1500.0."""
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else float(value)
