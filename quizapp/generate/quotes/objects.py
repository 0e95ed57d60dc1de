"""What the object of a verb of saying is: the listener of a verb of telling, or the speaker's
own words in quotation marks."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.lexicon import AUDIENCE_NOUNS, TELLING_VERBS
from quizapp.generate.quotes.common import AGENCY_NOUNS, PERSON_WORDS, _title_case

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from quizapp.generate.article import Article


def told_listener(verb: "Token", obj: "Token", strict: bool = False) -> bool:
    """"told reporters", "informed police", "assured voters": the listener a verb of telling names
    belongs to the attribution, so that what follows it ('informed police she had immunity', which
    the parser may read as a relative clause on "police") is what was said. Any object of "tell"
    is taken ("told the story"), unless `strict` asks for a listener."""
    lemma = verb.lemma_.lower()
    if lemma == "tell" and not strict:
        return True
    return lemma in TELLING_VERBS | {"tell"} and (
        obj.pos_ == "PRON" or obj.ent_type_ in {"PERSON", "ORG", "NORP"}
        or obj.lemma_.lower() in PERSON_WORDS | AGENCY_NOUNS or obj.lower_ in AUDIENCE_NOUNS)


def quoted_object(art: "Article", obj: "Token") -> bool:
    """'noted his “courage and grace”', 'stressed the “urgent” reform': an object of a verb of
    saying that holds a quotation of two words or more gives the speaker's own words (a quoted
    title, 'mentioned the “Summer of Love” festival', gives none)."""
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    return any(lo <= q.open and q.close <= hi + 1 and art.text[q.open] in "\"“"
               and q.words(art.text) >= 2 and not _title_case(art.text[q.start: q.end])
               for q in art.quotations)
