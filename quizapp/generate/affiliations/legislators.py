"""Links a title line, a party or a seat gives: a byline's role line, "Sen. X (D-Westland)",
"Republican X", "X (Labour)", "X, speaking for Y,", "X represents Marlow in the Westland Assembly"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import ROLE_NOUNS
from quizapp.generate.affiliations.patterns import (
    BRACKETED_PARTY, BYLINE_ROLE_LINE, COMMON_POSSESSOR, LEGISLATURE_NOUNS, SEATED_BODIES, DESCRIBED_AS,
    LEGISLATIVE_TITLES, ORG_RE, PARTIES, PARTY_MEMBER, PARTY_OF_MEMBER, PARTY_OF_MEMBER_NOUN, PARTY_TAG,
    QUALIFIED_MEMBERS, REPRESENTING,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class LegislatorsMixin:
    def _byline_role_line(self):
        """"By Lena Hart" with the next line "Science Editor": a byline's role on a line of its own."""
        for m in BYLINE_ROLE_LINE.finditer(self.art.text):
            if m.group("role").split()[-1].lower() in ROLE_NOUNS:
                yield m.group("name"), None, m.group("role"), m.start("name"), m.end("role")

    # "Sen. Ana Ruiz, D-Ore.", "Rep. Tom Hale, R-Texas": US style names a legislator's party and state
    def _legislator(self, name: str, first: int, last: "Token"):
        if first < 1 or self.art.tokens[first - 1].text.rstrip(".").lower() not in LEGISLATIVE_TITLES:
            return
        title = self.art.tokens[first - 1]
        end = last.idx + len(last.text)
        tag = PARTY_TAG.match(self.art.text, end)
        role, org = title.text, None
        if tag:
            # "Sen. X, D-Ore.," reads as one title; in "Senator X (D-NY)" the bracket is an aside
            role = title.text if self.art.text[tag.start("tag") - 1] == "(" else f"{title.text}, {tag.group('tag')}"
            org = PARTIES.get(tag.group("party"))
            end = tag.end("tag")
        yield name, org, role, title.idx, end

    def _representing(self, name: str, first: int, last: "Token"):
        """"Ada Lin, representing the Harbour Society, said", "X, speaking on behalf of Y,": one who
        speaks for an organisation belongs to it (the role is not named)."""
        text = self.art.text
        m = REPRESENTING.match(text, last.idx + len(last.text))
        if not m:
            return
        at = m.end()
        described = DESCRIBED_AS.match(text[at: at + 80])
        if not described and (owner := COMMON_POSSESSOR.match(text, at)):
            at = owner.end()  # "X, speaking for the city's Transport Department,"
        org_m = ORG_RE.match(text, at + (described.end() if described else 0))
        org_m = org_m and self._cut_at_person(org_m)
        if org_m is None or not re.match(r"\s*[,.;]", text[org_m.end(): org_m.end() + 3]):
            return
        start, end = org_m.start("org"), org_m.end("org")
        if self._is_place(start, end) or self._names_person(start, end) \
                or not (described or self._organisation_like(start, end)):
            return
        yield name, org_m.group("org"), None, self.art.tokens[first].idx, end

    def _party_member(self, name: str, first: int, last: "Token"):
        """A member's noun of a party beside the name ("Ada Lin, a Democrat from Texas,", "Republican
        Ada Lin"): the party is her organisation and the noun, as written, describes her."""
        m = PARTY_MEMBER.match(self.art.text, last.idx + len(last.text))
        if m:
            qualified = " ".join(m.group("role").split()[-2:])
            party = QUALIFIED_MEMBERS[qualified] if qualified in QUALIFIED_MEMBERS \
                else PARTY_OF_MEMBER_NOUN[m.group("p")]
            if party:
                yield name, party, m.group("role"), self.art.tokens[first].idx, m.end("p")
        tag = PARTY_TAG.match(self.art.text, last.idx + len(last.text))
        if tag and self.art.text[tag.start("tag") - 1] == "(" and PARTIES.get(tag.group("party")) and not (
                first >= 1 and self.art.tokens[first - 1].text.rstrip(".").lower() in LEGISLATIVE_TITLES):
            # "Minority Leader Ada Lin (D-NY) said": the tag names her party whatever her title
            yield name, PARTIES[tag.group("party")], None, self.art.tokens[first].idx, tag.end("tag")
        bracket = BRACKETED_PARTY.match(self.art.text, last.idx + len(last.text))
        if bracket:  # "Ada Lin (Labour) said", "Senator Ada Lin (Greens)": her party in brackets
            yield name, bracket.group("party"), None, self.art.tokens[first].idx, bracket.end("party")
        before = self.art.tokens[first - 1] if first >= 1 else None
        if before is not None and before.text in PARTY_OF_MEMBER and before.whitespace_ and not (
                first >= 2 and self.art.tokens[first - 2].text[:1].isupper() and self.art.tokens[first - 2].is_alpha):
            # (not "Social Democrat Ada Lin", "Liberal Democrat X": another party's member)
            # "Republican Ada Lin, who ...": the party noun right before the name is her party
            yield name, PARTY_OF_MEMBER[before.text], before.text, before.idx, last.idx + len(last.text)

    def _board_seats(self):
        """"Ada Lin, who sits on the board of Norvel Energy,", "She sits on the Harbour Committee": a seat
        on a body is a membership (of the organisation whose board it is, or of the named body)."""
        for verb in self.art.tokens:
            if verb.lemma_ not in {"sit", "serve"} or verb.pos_ != "VERB" or self._hypothetical(verb) \
                    or any(c.dep_ == "neg" for c in verb.children) or self._reported_pronoun(verb):
                continue
            on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            body = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if body is None or body.lower_ not in SEATED_BODIES:
                continue
            of = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            named = self._named_organisation(owner) if owner is not None and body.is_lower else \
                self._named_organisation(body, unlabelled_ok=True) if body.pos_ == "PROPN" else None
            if named is None:
                continue
            role = f"{body.lower_} member" if body.is_lower else "member"
            for person in self._clause_subjects(verb):
                yield person, named[0].removeprefix("the ").removeprefix("The "), role, verb.idx, named[2]

    def _seats_held(self):
        """"Ada Lin, who represents Marlow in the Westland Assembly,", "He had represented the
        province in the National Assembly": one who represents a place in a named legislature sits in it."""
        for verb in self.art.tokens:
            if verb.lemma_ != "represent" or verb.pos_ != "VERB" or self._hypothetical(verb) \
                    or any(c.dep_ == "neg" for c in verb.children) or self._reported_pronoun(verb):
                continue
            # ("represented the province in Y": the parser may hang "in Y" on the place)
            heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            prep = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            named = self._named_organisation(pobj, unlabelled_ok=True) if pobj is not None else None
            if named is None or named[0].split()[-1].lower() not in LEGISLATURE_NOUNS:
                continue
            for person in self._clause_subjects(verb):
                yield person, named[0].removeprefix("the ").removeprefix("The "), None, verb.idx, named[2]
