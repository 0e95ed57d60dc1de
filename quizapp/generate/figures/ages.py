"""Figures: ages ("aged 31", "Tomas, 39,", "a six-year-old") and whose age they are."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    PERSON_NOUNS_MORE, KIN_NOUNS, ROLE_NOUNS, MONTHS, WEEKDAYS,
)
from quizapp.generate.figures.patterns import (
    NUMBER_WORDS, AGED_RE, AGE_ITEM_RE, DETERMINERS,
)
from quizapp.generate.figures.keys import (
    _number,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class AgesMixin:
    def _ages(self):
        """"aged seven", "age 29" and the list of ages that may follow ("aged seven, eleven, two aged
        sixteen, and 61"): each age its own figure, a count before "aged" a count of people."""
        text = self.text
        for m in AGED_RE.finditer(text):
            n = _number(m.group("n"))
            if not n.isdigit() or not 0 < int(n) < 120 or self._counted_noun(m.end()):
                continue  # "age 18 voters", "aged 200 years": not an age of someone
            whose = self._whose_age(m.start())
            if m.group("hi"):  # "aged 18 to 24", "ages 5-11": a range of ages
                hi = _number(m.group("hi"))
                if hi.isdigit() and int(n) < int(hi) < 120:
                    yield m.group(0), f"{n}–{hi}", f"ages of {whose}" if whose else "ages", m.start(), m.end()
                    continue
                continue
            if m.group("bound"):  # "aged 70 and over": a bound, not one age
                yield m.group(0), f"{n}{m.group('bound').lower()}", f"age of {whose}" if whose else "age", m.start(), m.end()
                continue
            yield m.group(0), n, f"age of {whose}" if whose else "age", m.start(), m.end()
            pos = m.end()
            while True:
                item = AGE_ITEM_RE.match(text, pos)
                if not item:
                    break
                v = _number(item.group("n"))
                if not v.isdigit() or not 0 < int(v) < 120:
                    break
                if item.group("n2"):  # "two aged sixteen": two people, sixteen years old
                    v2 = _number(item.group("n2"))
                    yield item.group("n"), v, f"{whose or 'people'} aged {v2}", item.start("n"), item.end("n")
                    s2 = item.end("n") + len(re.match(r"\s+", text[item.end("n"):]).group(0))
                    yield text[s2:item.end("n2")], v2, f"age of {whose}" if whose else "age", s2, item.end("n2")
                else:
                    yield item.group("n"), v, f"age of {whose}" if whose else "age", item.start("n"), item.end("n")
                pos = item.end()

    def _whose_age(self, pos: int) -> str | None:
        """The noun phrase before "aged N": "The driver", "one of her nephews"."""
        tok = self._token_at(pos)
        if tok is None:
            return None
        verb = tok.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in {"VERB", "AUX"} and verb.i < tok.i:
            # "She died in May at the age of 77", "died in Lyon aged 93": an age beside the verb is
            # its subject's, not the nearest noun's (a date or a place)
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
            if subj:
                t = subj[0]
                left = min(c.i for c in t.children if c.dep_ in {"compound", "det", "amod", "poss"} and c.i < t.i) \
                    if any(c.dep_ in {"compound", "det", "amod", "poss"} and c.i < t.i for c in t.children) else t.i
                who = self.text[self.art.tokens[left].idx: t.idx + len(t.text)]
                return who[0].lower() + who[1:] if who.split()[0].lower() in DETERMINERS else who
        for t in reversed(self.art.tokens[max(tok.sent.start, tok.i - 8): tok.i]):
            if t.ent_type_ in {"DATE", "TIME"} or t.lower_ in MONTHS or t.lower_ in WEEKDAYS:
                continue  # "died in May aged 80": a date says when, it has no age
            if t.pos_ in {"NOUN", "PROPN"} or (t.pos_ == "ADJ" and t.dep_ in {"nsubj", "nsubjpass"}):
                who = self.text[t.left_edge.idx if t.left_edge.i >= t.i - 5 else t.idx: t.idx + len(t.text)]
                who = re.sub(r"^[\d,.]+\s+", "", who)  # "25,871 adults aged 70": the age of adults
                first = who.split()[0]
                initial = t.left_edge.i == t.sent.start and self.art.tokens[t.left_edge.i].pos_ in {"NOUN", "DET", "ADJ"}
                return who[0].lower() + who[1:] if first.lower() in DETERMINERS or first.lower() in NUMBER_WORDS or initial \
                    else who
        return None

    def _opens_clause(self, pos: int) -> bool:
        """"Half were given the vitamin": a bare "half" as the subject of its sentence."""
        tok = self._token_at(pos)
        return tok is not None and tok.dep_ in {"nsubj", "nsubjpass"}

    def _age(self, start: int, end: int, m: re.Match):
        """"Tomas, 39, who ..." or "Tomas, 39." : an age after a person's name."""
        if not m.group("num") or m.group("qual") or not re.fullmatch(r"\d{1,3}", m.group("num")):
            return None
        if not re.match(r"\s*(?:,|\.|\)|;)", self.text[end:]):
            return None
        window = max(0, start - 60)
        before = re.search(r"(\w+)\s*,\s*$", self.text[window:start])
        if not before:
            return None
        tok = self._token_at(window + before.start(1))
        if tok is not None and tok.pos_ == "NOUN" and tok.lower_ in KIN_NOUNS | PERSON_NOUNS_MORE | ROLE_NOUNS:
            # "Another sister, 31, was found": the age of a person the article names by a noun
            first = tok
            while first.i > first.sent.start and first.i > tok.i - 4 and first.nbor(-1).pos_ in {"DET", "ADJ", "NOUN", "PRON"} \
                    and first.nbor(-1).text[:1].islower() or (first.i > first.sent.start and first.nbor(-1).pos_ == "DET"
                                                             and first.nbor(-1).text[:1].isupper()
                                                             and (first.i == tok.i or first.nbor(-1).i == first.sent.start)):
                first = first.nbor(-1)
            who = self.text[first.idx: tok.idx + len(tok.text)]
            return self.text[first.idx:end], m.group("num"), f"age of {who[0].lower() + who[1:]}", first.idx, end
        if tok is None or not self.art.people.is_person(tok):
            return None
        name = self.art.people.person_name(tok)
        first = tok
        while first.i > first.sent.start and first.nbor(-1).text in self.art.people.name_run(tok):
            first = first.nbor(-1)
        s = first.idx
        return self.text[s:end], m.group("num"), f"{name}'s age", s, end

    def _predicate_age(self, tok: "Token", m: re.Match, qual: str) -> str | None:
        """"She was 97 and died in her sleep", "Smith, who is 45, said": a bare whole number after
        "be" whose subject is a person is that person's age."""
        if qual or not m.group("num") or not re.fullmatch(r"\d{1,3}|[a-z]+(?:[\s-][a-z]+)?", m.group("num"), re.I):
            return None
        n = _number(m.group("num"))
        if not n.isdigit() or not 0 < int(n) < 120 or tok.dep_ not in {"attr", "acomp"} or tok.head.lemma_ != "be":
            return None
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        if subj.lower_ in {"he", "she"}:
            return f"age ({subj.lower_})"
        if subj.lower_ == "who" and tok.head.dep_ == "relcl":
            subj = tok.head.head
        name = self.art.people.person_name(subj) if subj.pos_ == "PROPN" else None
        return f"{name}'s age" if name else None
