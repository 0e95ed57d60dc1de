"""An article cut into paragraphs and marked spans, so a template can wrap evidence in <mark>
without building HTML in Python (Jinja escapes every piece)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool


def _merge(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Overlapping or touching spans become one; spans outside the text are clipped or dropped
    (a stored offset must never make the page fail)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def marked_paragraphs(article: str, spans: Iterable[tuple[int, int]]) -> list[list[Segment]]:
    """Each non-empty line of the article as a list of segments, marked where a span covers it."""
    marks = _merge(spans, len(article))
    paragraphs: list[list[Segment]] = []
    for match in _PARAGRAPH.finditer(article):
        p_start, p_end = match.span()
        if not match.group().strip():
            continue
        segments: list[Segment] = []
        pos = p_start
        for m_start, m_end in marks:
            if m_end <= p_start or m_start >= p_end:
                continue
            m_start, m_end = max(m_start, p_start), min(m_end, p_end)
            if m_start > pos:
                segments.append(Segment(article[pos:m_start], False))
            segments.append(Segment(article[m_start:m_end], True))
            pos = m_end
        if pos < p_end:
            segments.append(Segment(article[pos:p_end], False))
        paragraphs.append(segments)
    return paragraphs


def evidence_spans(data: dict) -> list[tuple[int, int]]:
    """The (start, end) offsets of a stored question's evidence, skipping malformed entries."""
    spans = []
    for item in data.get("evidence") or []:
        if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            spans.append((item["start"], item["end"]))
    return spans
