"""A small, deterministic sentence splitter for articles (no spaCy: banks load without NLP).

`sentence_spans(text)` returns (start, end) Python string offsets, whitespace trimmed, in order.

Rules, chosen for news text and its machine-translation garbles:
- A blank line always ends a sentence (paragraphs, headings, captions). A single line break ends
  one too unless the next line starts in lower case (a hard-wrapped sentence continues).
- `.`, `!`, `?` and `…` end a sentence when followed by white space and then an upper-case
  letter, a digit or an opening quote or bracket. Closing quotes and brackets right after the
  mark stay with the sentence (`... the lines,” Efanov said.` / `... in three days”.`).
- Stray marks after a sentence end (`successfully. .`) stay with that sentence.
- A following lower-case word means no break (`Minsk. agreements` is one garbled sentence).
- No break after common abbreviations (Mr., Dr., Gen., U.S., e.g. ...) or a single initial (J.).
"""
from __future__ import annotations

import re

TERMINATORS = ".!?…"
CLOSERS = "\"'”’»)]"
OPENERS = "\"'“‘«(["
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt maj adm cmdr gov sen rep rev st jr sr vs etc inc ltd co corp "
    "dept est approx jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n a.m p.m".split()
)
# Abbreviations only before a number ("No. 5", "p. 12"); elsewhere "no." ends a sentence.
NUMBER_ABBREVIATIONS = frozenset("no nos p pp vol art fig".split())
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*|\n(?=[ \t]*[^\sa-z])")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _word_before(text: str, dot: int, start: int) -> str:
    i = dot
    while i > start and not text[i - 1].isspace() and text[i - 1] not in OPENERS:
        i -= 1
    return text[i:dot]


def _is_abbreviation(word: str, next_char: str) -> bool:
    if word.casefold() in ABBREVIATIONS:
        return True
    if word.casefold() in NUMBER_ABBREVIATIONS and next_char.isdigit():
        return True
    return len(word) == 1 and word.isupper()  # an initial: "George W. Bush"


def _breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets (exclusive ends) where sentences end inside text[start:end]."""
    ends = []
    i = start
    while i < end:
        if text[i] not in TERMINATORS:
            i += 1
            continue
        mark = i
        j = i + 1
        while j < end and (text[j] in TERMINATORS or text[j] in CLOSERS):
            j += 1
        # Stray marks after white space (". ." in the garbled article) belong to this sentence.
        stray = re.match(r"[ \t]+[" + re.escape(TERMINATORS) + r"]+(?=\s|$)", text[j:end])
        if stray:
            j += stray.end()
        if j >= end:
            break
        if not text[j].isspace():
            i = j
            continue
        k = j
        while k < end and text[k].isspace():
            k += 1
        if k >= end:
            break
        nxt = text[k]
        starts_sentence = nxt.isupper() or nxt.isdigit() or nxt in OPENERS
        if starts_sentence and text[mark] == "." and _is_abbreviation(_word_before(text, mark, start), nxt):
            starts_sentence = False
        if starts_sentence:
            ends.append(j)
        i = k
    return ends


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for p_start, p_end in _paragraphs(text):
        cut = p_start
        for b in [*_breaks(text, p_start, p_end), p_end]:
            s, e = cut, b
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
            cut = b
    return spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
