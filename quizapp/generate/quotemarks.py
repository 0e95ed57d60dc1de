"""Quotation marks: pairs of straight or curly marks, nested single quotes inside double ones,
apostrophes told apart from closing single quotes, and a mismatched pair (‘ ... ”) as
machine translation leaves them. A quotation still open at the end of a paragraph ends there
(news style reopens a long quotation in the next paragraph)."""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CONTEXT = set(" \t\n([{—–-/")


@dataclass(frozen=True)
class Quotation:
    open: int    # index of the opening mark (or of the paragraph start)
    close: int   # index of the closing mark (or of the paragraph end)
    start: int   # the quoted words: [start, end)
    end: int

    def words(self, text: str) -> int:
        return len(re.findall(r"\w+", text[self.start: self.end]))


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def find_quotations(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    for para in re.finditer(r"[^\n]+", text):
        base, line = para.start(), para.group(0)
        open_at, kind = None, None
        for i, c in enumerate(line):
            prev = line[i - 1] if i else " "
            nxt = line[i + 1] if i + 1 < len(line) else " "
            if c == "“" or (c == '"' and open_at is None and prev in OPEN_CONTEXT):
                if open_at is None:
                    open_at, kind = i, "double"
            elif c in "”\"":
                if open_at is not None:  # closes a double quote, or a single one opened by mistake
                    found.append(_make(base, open_at, i, line))
                    open_at, kind = None, None
            elif c == "‘" or (c == "'" and prev in OPEN_CONTEXT and _is_word_char(nxt)):
                if open_at is None:
                    open_at, kind = i, "single"
            elif c in "’'" and kind == "single" and not _is_word_char(nxt):
                found.append(_make(base, open_at, i, line))
                open_at, kind = None, None
        if open_at is not None:
            found.append(_make(base, open_at, len(line), line))
    return [q for q in found if q.end > q.start]


def _make(base: int, open_at: int, close_at: int, line: str) -> Quotation:
    start, end = open_at + 1, close_at
    while start < end and line[start].isspace():
        start += 1
    while end > start and (line[end - 1].isspace() or line[end - 1] in ",;:"):
        end -= 1
    return Quotation(base + open_at, base + close_at, base + start, base + end)
