"""A quotation no attribution claims, set as a paragraph of its own after a paragraph in which
one person, and only one, is named and has spoken: '... Ruiz told the council. The vote is on
Monday.\\n\\n“We will not give up this harbour.”' Reporters run such paragraphs on from the last
speaker; where two people are named, or where the person has not spoken, whose words they are
stays open and nobody is given them."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from quizapp.generate.quotes.common import Attribution, MIN_DIRECT_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.generate.quotemarks import Quotation


class NearbySpeakerMixin:
    def _only_speaker_before(self, q: "Quotation", atts: list[Attribution]) -> Attribution | None:
        text = self.art.text
        if q.words(text) < MIN_DIRECT_WORDS:
            return None
        line_start = text.rfind("\n", 0, q.open) + 1
        line_end = text.find("\n", q.close)
        line_end = len(text) if line_end == -1 else line_end
        if text[line_start: q.open].strip(" “\"‘'") or text[q.close + 1: line_end].strip(" .,”\"’'"):
            return None  # words beside the quotation in its paragraph: the paragraph's own attribution rules decide
        if line_start < 2 or not text[:line_start].endswith("\n"):
            return None
        prev_end = len(text[:line_start].rstrip())
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if prev_start < self.art.headline_end:
            return None
        paragraph = self.art.tokens[bisect_left(self._token_starts, prev_start): bisect_left(self._token_starts, prev_end)]
        named = {self.people.person_name(t) for t in paragraph
                 if not self.art.in_quotation(t.idx) and self.people.is_person(t)}
        named.discard(None)
        if len(named) != 1:
            return None
        name = named.pop()
        spoke = [a for a in atts if a.speaker == name and not a.organisation and prev_start <= a.verb.idx < prev_end]
        if not spoke or re.search(r"[?]\W*$", text[q.start: q.close + 1]):
            return None  # the person must have spoken in that paragraph; a question may be anyone's
        return spoke[-1]
