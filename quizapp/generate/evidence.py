"""Evidence for a generated question: the sentence (or sentences) of the article that hold a fact,
as an exact span of the text as read.

Sentences come from the bank loader's splitter, so a generated question's evidence is a sentence
the way the rest of the app (evidence selection, highlighting) sees sentences, and no spaCy is needed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizapp.banks.model import Evidence
from quizapp.banks.sentences import sentence_spans


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@lru_cache(maxsize=8)
def sentences(text: str) -> tuple[Sentence, ...]:
    """The article's sentences, each with the number of its paragraph (a new one after a line break)."""
    out, paragraph, prev_end = [], 0, 0
    for start, end in sentence_spans(text):
        if "\n" in text[prev_end:start]:
            paragraph += 1
        out.append(Sentence(start, end, paragraph))
        prev_end = end
    return tuple(out)


def covering(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences that overlap [start, end) (at least the one that holds `start`)."""
    found = [s for s in sentences(text) if s.start < end and start < s.end]
    if not found:
        found = [s for s in sentences(text) if s.start <= start <= s.end][:1]
    return found


def sentence_span(text: str, start: int, end: int, must_mention: list[str] = ()) -> tuple[int, int]:
    """The span of the sentences holding [start, end). Where none of the words in `must_mention`
    (a speaker's name) is there, the span grows to the nearest sentence of the same paragraph that
    names them, up to two before or one after: a quotation continued after "…,” Efanov said." needs
    that sentence to show who spoke."""
    found = covering(text, start, end)
    if not found:
        return start, end
    first, last = found[0], found[-1]
    if must_mention and not _mentions(text[first.start:last.end], must_mention):
        all_s = sentences(text)
        i, j = all_s.index(first), all_s.index(last)
        for k in (i - 1, i - 2, j + 1):
            if 0 <= k < len(all_s) and all_s[k].paragraph == first.paragraph:
                if _mentions(text[all_s[k].start:all_s[k].end], must_mention):
                    first, last = (all_s[k], last) if k < i else (first, all_s[k])
                    break
    return first.start, last.end


def _mentions(passage: str, words: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", passage) for w in words)


def evidence(text: str, start: int, end: int) -> Evidence:
    """An `Evidence` for text[start:end], moved to the first occurrence of the same words so a
    bank file's quotation (resolved to its first occurrence) names the same span."""
    quote = text[start:end]
    first = text.find(quote)
    if 0 <= first < start:
        start, end = first, first + len(quote)
    return Evidence(text=quote, start=start, end=end)
