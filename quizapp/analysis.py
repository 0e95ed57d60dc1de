"""Item statistics from a plain score table, for the teacher's item analysis and CSV export.

Input: rows of (student_id, qid, points, max_points, answer display string), one per student and
question answered or shown (a blank answer is ""); tuples or mappings with those keys.

Per question:
- facility: the share of students with full marks (0..1); mean_score: mean points / max_points.
- discrimination: Pearson correlation between the item's points and the rest-of-test score
  (the student's total minus this item), over the students who had the item. None when either
  side has no variance (everyone scored the same) or fewer than 2 students had it: a
  correlation is undefined there, and 0 would wrongly read as "does not discriminate".
- option_counts: how often each answer display string was given ("" = blank), most given first.
- top_wrong: the most-given answer among students without full marks (blanks excluded),
  ties broken alphabetically so the report is stable; None when no wrong answer was given.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

BLANK = ""
_FIELDS = ("student_id", "qid", "points", "max_points", "answer")


@dataclass(frozen=True)
class Row:
    student_id: Any
    qid: str
    points: float
    max_points: float
    answer: str = BLANK

    @property
    def correct(self) -> bool:
        return self.max_points > 0 and math.isclose(self.points, self.max_points, abs_tol=1e-9)


@dataclass
class ItemStats:
    qid: str
    responses: int
    facility: float
    mean_score: float
    discrimination: float | None
    option_counts: dict[str, int] = field(default_factory=dict)
    top_wrong: str | None = None
    top_wrong_count: int = 0


def _row(raw: Row | Sequence[Any] | Mapping[str, Any]) -> Row:
    if isinstance(raw, Row):
        return raw
    if isinstance(raw, Mapping):
        values = [raw.get(name) for name in _FIELDS]
    else:
        values = list(raw) + [BLANK] * (5 - len(raw))
    student_id, qid, points, max_points, answer = values[:5]
    return Row(student_id, str(qid), float(points or 0), float(max_points or 0), answer if answer is not None else BLANK)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None when undefined (fewer than 2 pairs, or a side with no variance)."""
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def item_statistics(rows: Iterable[Row | Sequence[Any] | Mapping[str, Any]]) -> list[ItemStats]:
    """One ItemStats per question, in the order questions first appear in `rows`."""
    table = [_row(r) for r in rows]
    totals: dict[Any, float] = defaultdict(float)
    by_item: dict[str, list[Row]] = {}
    for r in table:
        totals[r.student_id] += r.points
        by_item.setdefault(r.qid, []).append(r)
    stats = []
    for qid, item_rows in by_item.items():
        n = len(item_rows)
        counts = Counter(r.answer for r in item_rows)
        wrong = Counter(r.answer for r in item_rows if not r.correct and r.answer != BLANK)
        top_wrong, top_count = None, 0
        if wrong:
            top_wrong, top_count = min(wrong.items(), key=lambda kv: (-kv[1], kv[0]))
        stats.append(ItemStats(
            qid=qid,
            responses=n,
            facility=sum(r.correct for r in item_rows) / n,
            mean_score=sum(r.points / r.max_points for r in item_rows if r.max_points) / n,
            discrimination=pearson([r.points for r in item_rows],
                                   [totals[r.student_id] - r.points for r in item_rows]),
            option_counts=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            top_wrong=top_wrong,
            top_wrong_count=top_count,
        ))
    return stats
