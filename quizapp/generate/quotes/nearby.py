"""A quotation no attribution claims, set as a paragraph of its own after a paragraph in which
one person, and only one, is named and has spoken: '... Ruiz told the council. The vote is on
Monday.\\n\\n“We will not give up this harbour.”' Reporters run such paragraphs on from the last
speaker; where two people are named, or where the person has not spoken, whose words they are
stays open and nobody is given them.

The same holds inside a paragraph for a quotation in the first person that opens a sentence right
after one whose main subject is a person who speaks elsewhere in the article, and nobody else is
named there: '... Ruiz left the band after a year. “I never wanted to live on a bus.”'."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from quizapp.generate.quotes.common import Attribution, FINITE_TAGS, MIN_DIRECT_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

    from quizapp.generate.quotemarks import Quotation

# The speaker's own voice: a quotation in the first person singular
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself)\b")


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

    def _narrated_subject_before(self, q: "Quotation", before: "Span", atts: list[Attribution]) -> Attribution | None:
        text = self.art.text
        if q.words(text) < MIN_DIRECT_WORDS or not FIRST_PERSON.search(text[q.start: q.end]):
            return None
        if self.art.paragraph_of(before.start_char) != self.art.paragraph_of(q.open):
            return None
        root = before.root
        if root.tag_ not in FINITE_TAGS or self.art.in_quotation(root.idx) or any(
                self.art.in_quotation(t.idx) for t in before if not t.is_space):
            return None
        who = self._speaker(root)
        if who is None or not any(a.speaker == who[0] and not a.organisation for a in atts):
            return None
        subject = {t.i for t in who[1].subtree}
        if any(self.people.is_person(t) and t.i not in subject for t in before):
            return None  # someone else is named beside the subject: the words may be theirs
        return Attribution(root, who[0], who[1].i, root.i, who[2])
