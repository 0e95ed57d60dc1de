"""Evidence for a generated question: the sentence (or sentences) of the article that hold a fact,
as an exact span of the text as read, and the words of a span as a reader sees them.

Sentences are found in the extractor's cleaned copy of the article (markup, entities, doubled
captions and page furniture removed) with the bank loader's splitter, then mapped back to the
text as read; so evidence never starts inside a tag, a pasted web page gives readable prompts,
and no spaCy is needed.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from quizapp.banks.model import Evidence
from quizapp.banks.sentences import sentence_spans
from quizapp.generate.cleanup import CleanText, clean


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@lru_cache(maxsize=8)
def _cleaned(text: str) -> CleanText:
    return clean(text)


@lru_cache(maxsize=8)
def sentences(text: str) -> tuple[Sentence, ...]:
    """The article's sentences as spans of `text`, each with the number of its paragraph."""
    doc = _cleaned(text)
    out, paragraph, prev_end = [], 0, 0
    for start, end in _joined(doc.text, sentence_spans(doc.text)):
        if "\n" in doc.text[prev_end:start]:
            paragraph += 1
        prev_end = end
        o_start, o_end = doc.to_original(start, end)
        out.append(Sentence(o_start, o_end, paragraph))
    return tuple(out)


# Initials ending a "sentence" ("… in Ottawa, O.N. The mayor said …" is two sentences, but
# "according to the N.S. Water Service" is one): a sentence that ends in a run of initials
# runs on into the next one of its paragraph, so evidence and prompts never start mid-phrase.
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _INITIALS_END.search(text[out[-1][0]:out[-1][1]]) and "\n" not in text[out[-1][1]:start]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def readable(text: str, start: int, end: int) -> str:
    """The words of text[start:end] as a reader sees them: tags, entities and stray marks of the
    original cleaned away (for plain text, nearly always text[start:end] itself)."""
    doc = _cleaned(text)
    i = bisect_left(doc.starts, start)
    out = []
    while i < len(doc.text) and doc.starts[i] < end:
        if doc.ends[i] <= end:
            out.append(doc.text[i])
        i += 1
    return "".join(out)


def covering(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences that overlap [start, end) (at least the one that holds `start`)."""
    found = [s for s in sentences(text) if s.start < end and start < s.end]
    if not found:
        found = [s for s in sentences(text) if s.start <= start <= s.end][:1]
    return found


def sentence_span(text: str, start: int, end: int, must_mention: list[str] = ()) -> tuple[int, int]:
    """The span of the sentences holding [start, end). Where none of the words in `must_mention`
    (a speaker's name) is there, the span grows to the nearest sentence of the same paragraph that
    names them, up to two before or one after: a quotation continued after "…,” Lindqvist said." needs
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
