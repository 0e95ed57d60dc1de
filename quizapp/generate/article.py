"""An article ready for extraction: the cleaned text, its one spaCy parse, its quotations,
and the way back from any span of the cleaned text to the text as read."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from quizapp.generate.cleanup import CleanText, clean
from quizapp.generate.names import People
from quizapp.generate.nlp import parse
from quizapp.generate.quotemarks import Quotation, find_quotations

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span


@dataclass
class Article:
    source: CleanText
    doc: "Doc"
    quotations: list[Quotation] = field(default_factory=list)

    @classmethod
    def read(cls, original: str) -> "Article":
        source = clean(original)
        doc = parse(source.text)
        return cls(source, doc, find_quotations(source.text))

    @cached_property
    def tokens(self) -> list:
        """The tokens once: iterating a Doc builds new Token objects on every pass."""
        return list(self.doc)

    @cached_property
    def people(self) -> People:
        return People(self.doc, self.tokens)

    @cached_property
    def affiliations(self) -> list:
        """The people's affiliations, found once: the quote rules read them too, to know whom a
        description names ("Ana Ruiz was elected mayor ... The mayor said")."""
        from quizapp.generate.affiliations import extract_affiliations

        return extract_affiliations(self)

    @property
    def text(self) -> str:
        return self.source.text

    def original_span(self, start: int, end: int) -> tuple[int, int, str]:
        """(start, end, text) in the article as read for the clean span [start, end)."""
        o_start, o_end = self.source.to_original(start, end)
        return o_start, o_end, self.source.original[o_start:o_end]

    @cached_property
    def _quotation_opens(self) -> list[int]:
        return [q.open for q in self.quotations]

    def quotation_at(self, pos: int) -> Quotation | None:
        """The quotation around clean position `pos` (quotations never nest or overlap)."""
        i = bisect_right(self._quotation_opens, pos) - 1
        if i >= 0 and pos <= self.quotations[i].close:
            return self.quotations[i]
        return None

    def in_quotation(self, pos: int) -> bool:
        return self.quotation_at(pos) is not None

    @cached_property
    def _line_breaks(self) -> list[int]:
        return [i for i, c in enumerate(self.text) if c == "\n"]

    def paragraph_of(self, pos: int) -> int:
        """Index of the line (paragraph) holding clean position `pos`."""
        return bisect_left(self._line_breaks, pos)

    @cached_property
    def headline_end(self) -> int:
        """Where the headline ends in the clean text: its first line when that line is short, has
        more text after it and is no sentence ("Westland Health Minister Ada Lin resigns"); 0 when
        the text starts with a paragraph."""
        text = self.text
        first = len(text) - len(text.lstrip())
        nl = text.find("\n", first)
        if nl < 0:
            return 0
        line = text[first:nl].strip()
        if not line or re.search(r"[.!?\"”’]$", line) or len(line.split()) > 25 or not text[nl:].strip():
            return 0
        return nl

    def sentence_spans(self) -> list["Span"]:
        return [s for s in self.doc.sents if s.text.strip()]
