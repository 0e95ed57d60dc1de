"""The quote finder, composed of its concerns."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from quizapp.generate.facts import SAID
from quizapp.generate.quotes.blocks import signed_blocks
from quizapp.generate.quotes.colon import ColonQuotationsMixin
from quizapp.generate.quotes.lists import ListedPointsMixin
from quizapp.generate.quotes.nearby import NearbySpeakerMixin
from quizapp.generate.quotes.common import (
    Attribution,
)
from quizapp.generate.quotes.pronouns import PronounsMixin
from quizapp.generate.quotes.speakers import SpeakersMixin
from quizapp.generate.quotes.attributions import AttributionsMixin
from quizapp.generate.quotes.content import SpeechContentMixin
from quizapp.generate.quotes.direct import DirectMixin
from quizapp.generate.quotes.reported import ReportedMixin
from quizapp.generate.quotes.frames import AdjectiveVerbMixin, FramesMixin

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.generate.article import Article

class QuoteFinder(PronounsMixin, SpeakersMixin, AttributionsMixin, SpeechContentMixin, DirectMixin, ReportedMixin,
                  FramesMixin, AdjectiveVerbMixin, ColonQuotationsMixin, NearbySpeakerMixin, ListedPointsMixin):
    def __init__(self, article: "Article"):
        self.art = article
        self.doc = article.doc
        self.people = article.people
        self._token_starts = [t.idx for t in article.tokens]
        self.direct_quotes = [q for q in article.quotations if self._is_direct(q)]
        self.mentions = self._subject_mentions()
        self._mention_starts = [m[0] for m in self.mentions]
        self._attributions: list[Attribution] | None = None
        self._add_named_speakers()
        self._attributions = None  # found again now that named speakers can resolve pronouns

    def quotes(self) -> Iterable[tuple[str, int, int, bool, bool, str]]:
        """(speaker, start, end, direct, organisation, stance) for every statement found."""
        atts = self.attributions()
        yield from self._direct(atts)
        yield from self._reported(atts)
        yield from self._listed_points(atts)
        yield from self._participles()
        yield from self._framed_statements()
        yield from self._made_clear()
        yield from self._stances()
        yield from self._in_the_words_of()
        yield from self._quoted_characterisations()
        yield from signed_blocks(self.art)
        yield from self._verbs_read_as_adjectives()
        yield from self._verbs_read_as_modifiers()
        for speaker, start, end, direct in self._possessive_statements():
            yield speaker, start, end, direct, False, SAID
