"""Evidence an article gives that a name is no person's: a word for a company or an outlet set
before it, a list of places it stands in, "the" before a plural. A mixin of People (people.py),
which holds the state these methods read."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.lexicon import MEDIA_AND_THING_NOUNS, NON_PERSON_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from quizapp.generate.names.shapes import ORGANISATION_ROLES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# Words for a company, an outlet or a thing a name can be set after ("the firm X", "the daily X");
# not the words for characters ("the superhero X"), which name a persona, nor the words a person can be as well ("the developer Ana Ruiz", "co-developer Tom Berg").
THING_NOUNS = (NON_PERSON_NOUNS | MEDIA_AND_THING_NOUNS) - {"character", "hero", "superhero", "villain", "persona"} \
    - ROLE_NOUNS - PERSON_NOUNS - ORGANISATION_ROLES


# Words that make an outlet or a company public or national: "the state broadcaster", "the national carrier"
PUBLIC_BODY_WORDS = {"state", "public", "national", "commercial", "private", "regional", "state-run", "state-owned"}


class NonPersonNames:
    def _named_thing(self, tok: "Token") -> bool:
        """"the Boston company Kestrel Therapeutics", "the newspaper Dawn": a lowercase word for a
        company, an outlet or a thing that the parse makes a modifier of the name (not "the company
        Tom Berg founded", where the name is a clause's subject) says the name is that thing's."""
        run = self.name_run(tok)
        if not run:
            return False
        lo, hi = tok.i, tok.i
        while lo > 0 and self.tokens[lo - 1].text in run and self.tokens[lo - 1].whitespace_:
            lo -= 1
        while hi + 1 < len(self.tokens) and self.tokens[hi + 1].text in run and self.tokens[hi].whitespace_:
            hi += 1
        if lo == 0:
            return False
        before, head = self.tokens[lo - 1], self.tokens[hi]
        if before.text == "," and head.dep_ == "appos" and head.head.i < lo and head.head.pos_ == "NOUN" \
                and head.head.lower_ in THING_NOUNS and not any(
                    c.dep_ == "appos" and c.i > hi and c.lower_ in ROLE_NOUNS for c in head.children):
            # "Her new album, Saltlines, was recorded ...": set beside a thing, after a comma (not "a post
            # on the firm's website, Ana Ruiz, head of research, ...": a name with a post of its own)
            return True
        # "the state broadcaster ATV": a word for an outlet that is also a person's job ("broadcaster
        # Ana Ruiz") names an outlet where a public body's word or an acronym goes with it
        outlet = before.lower_ in MEDIA_AND_THING_NOUNS and (
            any(c.lower_ in PUBLIC_BODY_WORDS for c in before.children) or all(w.isupper() for w in run))
        return (before.is_lower and before.pos_ == "NOUN" and (before.lower_ in THING_NOUNS or outlet)
                and (before.dep_ in {"compound", "nmod"} and before.head.i == head.i
                     or head.dep_ == "appos" and head.head.i == before.i))

    def _listed_with_places(self, tok: "Token") -> bool:
        """"in Paris, Lyon and Nantes": a lone word listed with two or more words NER calls places is
        a place too, whatever NER made of it (people and places are seldom listed together)."""
        root = tok
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        members, todo = [], [root]
        while todo:
            m = todo.pop()
            members.append(m)
            todo += [c for c in m.children if c.dep_ == "conj"]
        if tok not in members or len(members) < 3:
            return False
        places = [m for m in members if m.i != tok.i and m.ent_type_ in {"GPE", "LOC"} and m.pos_ == "PROPN"]
        return len(places) >= 2

    def _group_plural(self, tok: "Token") -> bool:
        """"funds sent to the Marlowites", "the Harlans said": a lone capitalised plural after "the",
        heading its phrase, names a people, a movement, a band or a family, not one person."""
        before = self.tokens[tok.i - 1] if tok.i > 0 else None
        return (before is not None and before.lower_ == "the" and tok.text.endswith("s")
                and not tok.text.endswith("ss") and tok.dep_ not in {"compound", "amod", "nmod"})
