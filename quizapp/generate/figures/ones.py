"""Figures: "one" as a count ("with one landing", "arrested one man ... and two for ...") rather than
a determiner or a pronoun ("One resident said", "one of them")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import COUNTED_OBJECT_VERBS, MARGIN_VERBS
from quizapp.generate.figures.patterns import _WORDS, _QUAL, ABSTRACT_NOUNS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Units of time "one" measures a span in ("one year", "one month later"); "one second" is more
# often an ordinal or a moment, and "one term" or "one season" a determiner of a period named later.
_DURATION_UNITS = {"minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "century"}


# What happens to people that news counts, said of a subject ("One person was injured")
_CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "hospitalise", "hospitalize", "rescue", "evacuate", "arrest",
                   "detain", "infect", "abduct", "kidnap"}


# Verbs of speaking that take their listener after "to" or "with"
_SPEAKING_VERBS = {"speak", "talk", "say", "explain", "write", "chat", "reply", "complain", "admit", "confide"}


class OnesMixin:
    @staticmethod
    def _listener(tok: "Token | None") -> bool:
        """"spoke to one father", "talked with one official": the one a verb of speaking is addressed
        to is an unnamed listener introduced, no count (unlike "limited to one child")."""
        if tok is None or tok.dep_ != "nummod" or tok.head.dep_ != "pobj":
            return False
        prep = tok.head.head
        return prep.lower_ in {"to", "with"} and prep.head.lemma_.lower() in _SPEAKING_VERBS

    def _one_counts(self, m: re.Match, qual: str) -> bool:
        """"one" as a count, not a determiner or pronoun: qualified ("at least one"), a limit or an
        instrument ("to one pack", "with one landing"), one of two numbers ("three and one box"),
        or the whole object of a verb ("injured one and trapped six")."""
        s, e = m.start("num"), m.end("num")
        before = self.text[max(0, s - 30): s]
        after = self.text[e: e + 30]
        if qual.lower() == "all but":
            return True  # "all but one of the jurors": one left out of the set, a count
        if re.match(r"\s+of\b", after) or re.search(r"\b(?:the|this|that|no|any|every|each)\s+(?:only\s+)?$", before, re.I):
            return False  # "one of them", "the only one", "no one"
        if qual:
            return True
        more = re.match(r"\s+(?:additional|extra|more|further)\s+([a-z]+)", after, re.I)
        if more and more.group(1).lower() not in ABSTRACT_NOUNS:
            return True  # "hired one additional inspector", "needs one more vote": an increment counted
        if re.match(r"\s*(?:percent|per\s+cent|%)", after, re.I):
            return True  # "barely one percent of members": a share, never a determiner
        noun = self._counted_noun(e)
        if re.search(r"\b(?:to|with)\s+$", before) and noun and not self._listener(self._token_at(s)):
            return True
        if noun and self._one_duration(noun[0], before, self.text[noun[1]: noun[1] + 20]):
            return True
        if noun and noun[0].lower() == "occasion" and re.search(r"\bon\s+$", before, re.I):
            return True  # "on one occasion": how often, like "on two occasions"
        if noun and re.match(r"\s*(?:is|was|were|are|currently)?\s*(?:worth|equals?|equalled|equaled|buys|bought|fetche[sd]|"
                             r"trades?\s+at|traded\s+at|sells?\s+for|sold\s+for|costs?)\s+(?:\w+\s+){0,2}(?:[A-Z]{1,3})?[$€£¥\d]",
                             self.text[noun[1]: noun[1] + 60], re.I):
            return True  # "one dollar buys 110 yen", "one share was worth about $80": a rate's unit
        tok = self._token_at(s)
        by = tok.head.head if tok is not None and tok.dep_ == "nummod" and tok.head.dep_ == "pobj" else None
        if noun and by is not None and by.lower_ == "by" and any(
                a.lemma_.lower() in MARGIN_VERBS and a.pos_ in {"VERB", "AUX"} for a in list(by.ancestors)[:3]):
            return True  # "won by one vote", "lost the seat by one point": a margin
        if noun and tok is not None and tok.i > tok.sent.start and self.art.tokens[tok.i - 1].lower_ == "by":
            # the parser may hang "by" on a verb further up ("the total she quoted was off
            # from the ledger by one digit"): a margin verb earlier in the same clause is enough
            for t in reversed(self.art.tokens[max(tok.sent.start, tok.i - 14): tok.i - 1]):
                if t.is_punct and t.text not in {"'", "’"}:
                    break
                if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in MARGIN_VERBS:
                    return True
        if re.search(rf"\b(?:{_WORDS}|\d+)\s+(?:and|or)\s+$", before, re.I) and noun:
            return True
        if noun and re.match(rf"\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:and|or|while)\s+(?:{_QUAL}\s+)?(?:\d|(?:{_WORDS})\b)(?!\s+of\b)",
                             after, re.I) and not re.match(r"\s+of\b", after):
            return True  # "left one person dead and 30 injured", "one boy and three girls": a count in a breakdown
        tok = self._token_at(s)
        if tok is not None and noun and self._listed_or_existential(tok):
            return True
        obj = tok.head if tok is not None and noun and tok.dep_ == "nummod" else None
        if obj is not None and obj.dep_ == "dobj" and obj.head.pos_ == "VERB" and obj.lower_ not in ABSTRACT_NOUNS \
                and obj.head.lemma_.lower() in COUNTED_OBJECT_VERBS and not any(c.dep_ == "neg" for c in obj.head.children):
            return True  # "killed one person", "scored one goal": the object of a verb news counts
        if obj is not None and obj.head.pos_ == "VERB" and obj.lower_ not in ABSTRACT_NOUNS and (
                obj.dep_ == "nsubjpass" and obj.head.lemma_.lower() in _CASUALTY_VERBS
                or obj.dep_ == "nsubj" and obj.head.lemma_.lower() == "die") \
                and not any(c.dep_ == "neg" for c in obj.head.children):
            return True  # "One walker was hurt", "one firefighter died": a casualty counted
        # "detained one man for theft and two for assault": the object counted beside a bare number
        # joined to it (its noun left out), a breakdown however long the words between
        # or the same verb counting again in this or the next sentence ("arrested one man for theft.
        # They arrested two for assault.")
        if obj is not None and obj.dep_ == "dobj" and obj.head.pos_ == "VERB" and (any(
                c.dep_ == "conj" and c.like_num and c.i > obj.i and not c.lower_ == "one"
                for c in (*obj.children, *obj.head.children)) or self._counted_again(obj.head)):
            return True
        # "injured one and trapped six": the object beside another count; "never saw one" is a pronoun
        if tok is not None and not noun and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and not any(c.dep_ == "neg" for c in tok.head.children) \
                and re.match(rf"\s*,?\s*(?:and|or)\s+[a-z]+\s+(?:{_QUAL}\s+)?(?:\d|(?:{_WORDS})\b)", after, re.I):
            return True
        if tok is not None and not noun and self._breakdown_rest(tok, before, after):
            return True
        return False

    @staticmethod
    def _one_duration(noun: str, before: str, after: str) -> bool:
        """"served one year in prison", "one month later", "for one week": "one" before a unit of
        time is a duration; "one day" or "one night" only where a span is meant ("in one day",
        "one day later"), for "One day, he left" tells a story."""
        unit = noun.lower().split()[0] if noun else ""
        if unit not in _DURATION_UNITS or re.match(r"\s*,", after) and re.search(r"(?:^|[.!?]\s+|\n)$", before):
            return False  # "One year, the river flooded": a story's "once"
        if unit not in {"day", "night"}:
            return True
        return bool(re.search(r"\b(?:for|within|in|after|than|to|just|only|over)\s+$", before, re.I)
                    or re.match(r"\s+(?:later|earlier|ago|after|before|long)\b", after, re.I))

    def _breakdown_rest(self, tok: "Token", before: str, after: str) -> bool:
        """"Two people died in Ohio and one in Texas", "won six seats in the north, one in the
        south": a bare "one" after "and" or a comma, a place or time phrase after it, and a count
        before it in the same sentence: one more of what that count counts, its noun left out."""
        if not re.search(r"(?:,|\band)\s+$", before) or not re.match(
                r"\s+(?:in|at|from|on|for|to|by|near|inside|outside|among|during)\b", after):
            return False
        return any(t.like_num and t.i < tok.i and t.lower_ != "one" and t.head.pos_ == "NOUN" and t.dep_ == "nummod"
                   and not re.fullmatch(r"(1[0-9]|20)\d\d", t.text) for t in tok.sent)

    def _counted_again(self, verb: "Token") -> bool:
        """Another number (not "one") is the object of the same verb later in this sentence or the
        next: "charged one officer with assault. Prosecutors charged three with perjury"."""
        sents = [verb.sent]
        if verb.sent.end < len(self.doc):
            sents.append(self.doc[verb.sent.end].sent)
        for sent in sents:
            for t in sent:
                if t.i <= verb.i or t.pos_ != "VERB" or t.lemma_ != verb.lemma_:
                    continue
                for c in t.children:
                    num = c if c.like_num else next((n for n in c.children if n.dep_ == "nummod" and n.like_num), None)
                    if c.dep_ == "dobj" and num is not None and num.lower_ != "one":
                        return True
        return False

    def _listed_or_existential(self, tok: "Token") -> bool:
        """"There was one survivor" (an existential "there is/was" states a count); "Six people
        were hurt, including four children and one teacher" (an item of a breakdown beside
        another number of the same sentence)."""
        noun = tok.head if tok.dep_ == "nummod" else None
        if noun is None or noun.pos_ != "NOUN":
            return False
        verb = noun.head
        if noun.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children):
            return noun.lower_ not in ABSTRACT_NOUNS  # "there is one thing we know" counts nothing
        if noun.dep_ == "conj" or noun.dep_ == "pobj" and verb.lower_ in {"including", "among", "plus"}:
            return any(t.pos_ == "NUM" and t.i != tok.i and t.lower_ != "one" and t.text[:1].isalnum()
                       and not re.fullmatch(r"(1[0-9]|20)\d\d", t.text) for t in tok.sent)
        return False
