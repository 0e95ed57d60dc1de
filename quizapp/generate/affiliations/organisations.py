"""What an organisation name is: "X of Y", organisation spans, places and times that are not
organisations, and the token helpers those checks share."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    CLUB_NAME_ENDINGS, EDUCATION_NOUNS, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS, MEDIA_NOUNS, MONTHS,
    NON_ORGANISATION_THINGS, NON_PERSON_NOUNS, PLACE_OWNER_NOUNS, ROLE_NOUNS, TITLE_MODIFIERS, WEEKDAYS,
)
from quizapp.generate.affiliations.patterns import (
    CONNECTORS, DESCRIBED_AS, FACILITY_ENDINGS, DESCRIBED_INSTITUTION, DESCRIBED_NAME, FINITE_TAGS,
    COMMON_POSSESSOR, JURISDICTION_WORDS, PLACE_INSTITUTION, PLACE_POSSESSOR, QUOTED_ORGANISATION, OF_ORG_ADVERB,
    OF_ORG_ENDS, OF_ORG_FOLLOWS, ORG_RE, POST_NOMINAL,
    SAINTS, _ACRONYM, _works,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# Titles of the peerage, whose "of" names the place of the title ("Baroness Lin of Marlow")
PEERAGE_TITLES = {"Lord", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess", "Marquess"}


class OrganisationsMixin:
    # "Tom Becker of the Pacific Shippers Council said", "Ada Lin of the city's water board",
    # "Ada Lin of WXYZ 7 news,", "Ada Lin of the Harbour Society (HS) observed"
    def _of_organisation(self, name: str, first: "Token", last: "Token"):
        text = self.art.text
        pos = last.idx + len(last.text)
        degree = POST_NOMINAL.match(text, pos)
        if degree:
            pos = degree.end()  # "Ana Ruiz, PhD, of Marlow University": her degree comes first
        # "with" as US news uses it: "Ada Lin with the Sierra Club said" (no comma before it)
        of = re.match(r",?\s+(?:of|from|at)\s+|\s+with\s+(?=(?:the\s+)?[A-Z])", text[pos: pos + 20])
        if not of:
            return None
        if of.group(0) == " of " and name.split()[0] in PEERAGE_TITLES:
            return None  # "Lord Berg of Coldwell": the peerage's place is part of the title, no organisation
        at = pos + of.end()
        # "of the anti-poverty organisation The Harbour House": a description before the name
        described_as = DESCRIBED_AS.match(text[at: at + 80])
        if described_as:
            at += described_as.end()
        elif of.group(0).strip(", ") == "of" and (owner := COMMON_POSSESSOR.match(text, at)):
            at = owner.end()  # "Ada Lin of the navy's Northern Command said"
        elif (owner := PLACE_POSSESSOR.match(text, at)) and self._is_place(owner.start("place"), owner.end("place")):
            at = owner.end()  # "Ada Lin of Westland's Coastal Fraud Office said": the country owns it
        quoted = QUOTED_ORGANISATION.match(text, at) if of.group(0).strip(", ") == "of" else None
        if quoted:
            return name, quoted.group("org"), None, first.idx, quoted.end("org")
        own = PLACE_INSTITUTION.match(text, at)
        local = own is not None and bool(JURISDICTION_WORDS & set(own.group("kind").split()))
        org_m = None if local else ORG_RE.match(text, at)  # "of the Marlow district council": no "Marlow"
        org = end = None
        if org_m:
            org_m = self._trim_date(self._cut_at_person(org_m))
            head_tok = self._token_after(org_m.start("org")) if org_m else None
            if head_tok is not None and self.people.is_person(head_tok) and head_tok.text not in SAINTS \
                    and not self._organisation_like(org_m.start("org"), org_m.end("org")) \
                    and not self._group_of(of.group(0), org_m):
                org_m = None  # "Ada Lin with Tom Berg": a companion; not "of the Ada Lin Foundation"
        preposition = of.group(0).strip(", ")
        if org_m and preposition in {"from", "with"} and not self._organisation_like(org_m.start("org"), org_m.end("org")):
            org_m = None  # "Ada Lin from Oslo": where she comes from, unless the name is an organisation's
        if org_m and preposition == "from" and not described_as and " " not in org_m.group("org") \
                and not _ACRONYM.fullmatch(org_m.group("org")):
            org_m = None  # "Sam Reed, from Marlow,": one plain word after "from" is far more often a town
        if org_m and not self._is_place(org_m.start("org"), org_m.end("org")):
            org, end = org_m.group("org"), org_m.end()
            media = re.match(r"\s+\d{1,3}(?:\s+(?P<noun>[a-z]+))?", text[end: end + 20])
            if media and (media.group("noun") in MEDIA_NOUNS or not media.group("noun")):
                org, end = text[org_m.start("org"): end + media.end()], end + media.end()  # "WXYZ 7 news"
            elif (noun := re.match(r"\s+(?P<noun>[a-z]+)", text[end: end + 20])) and noun.group("noun") in MEDIA_NOUNS | {
                    "party"}:
                # "of WXYZ news", "of the Green Alliance party": a lowercase word for what it is ends the name
                org, end = text[org_m.start("org"): end + noun.end()], end + noun.end()
        else:
            described = DESCRIBED_INSTITUTION.match(text, at)
            if described is None and own is not None and (
                    local or self._is_place(own.start("place"), own.end("place"))):
                described = own  # "Ada Lin of the Marlow district council": the town's council
            if described:
                org, end = described.group("org"), described.end()
        if org is None:
            return None
        acronym = re.match(r"\s+\([A-Z][A-Za-z&.]*[A-Z]\.?\)", text[end: end + 20])
        if acronym:  # "the Harbour Society (HS)": the short name is an alias
            end += acronym.end()
        adverb = OF_ORG_ADVERB.match(text, end)
        ends = OF_ORG_ENDS.match(text, end)
        if ends and ends.group("and") and not self._organisation_like(org_m.start("org") if org_m else end, end):
            ends = None  # "of Marlow and 40 others" may be a town; "of the Green Party and 40 others" is not
        if not (OF_ORG_FOLLOWS.match(text, end) or self._verb_at(end) or self._next_person(end)
                or preposition == "of" and (ends or adverb and self._verb_at(adverb.end())
                                            or self._and_role_at(end) is not None)):
            return None
        if preposition in {"at", "with"} and last.dep_ not in {"nsubj", "nsubjpass"}:
            return None  # "They met Ada Lin at Heathrow Airport": where, not for whom; "Dr Ada Lin at Y said"
        if preposition == "at" and org.split()[-1].lower() in FACILITY_ENDINGS:
            return None  # "Ada Lin at the Harbour Hotel said": where she stood, not whom she works for
        return name, org, None, first.idx, end

    def _and_role_at(self, end: int) -> tuple[str, str, int] | None:
        """"Ada Lin of Harbour University and adviser to the Daily Post wrote": after "X of Y" a
        second post joined by "and", with its own organisation, closed by punctuation or a verb."""
        text = self.art.text
        m = re.match(r"\s+and\s+(?:(?:a|an|the)\s+)?(?=[a-z])", text[end: end + 20])
        found = self._role_and_org(end + m.end()) if m else None
        if not found or not found[1] or not (OF_ORG_FOLLOWS.match(text, found[2]) or self._verb_at(found[2])):
            return None
        return found

    def _group_of(self, prep: str, org_m: "re.Match") -> bool:
        """"Ada Lin of Glass Harbour said": after "of" a capitalised name the tagger took for a person
        is a group's when no person is ever called by it alone or in part elsewhere in the article
        (a companion comes after "with", a relative after "son of")."""
        if prep.strip(", ") != "of":
            return False
        words = org_m.group("org").split()
        if len(words) < 2:
            return False
        text = self.art.text
        return all(len(re.findall(rf"\b{re.escape(w)}\b", text)) == 1 for w in words if w[:1].isupper())

    def _trim_date(self, org_m: "re.Match | None") -> "re.Match | None":
        """"Heathrow Airport on Monday": a date joined by a connector is no word of the name."""
        if org_m is None:
            return None
        cut = re.search(r"\s+(?:on|in|of)\s+(?:[A-Z][a-z]+\s+)?(?P<w>[A-Z][a-z]+)$", org_m.group("org"))
        if cut and cut.group("w").lower() in WEEKDAYS | MONTHS:
            return ORG_RE.match(self.art.text[: org_m.start("org") + cut.start()], org_m.start())
        return org_m

    def _organisation_like(self, start: int, end: int) -> bool:
        """The name is an organisation's: NER says so, or it ends in a word for one ("Westfield College")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        return any(t.ent_type_ in {"ORG", "FAC"} and not self.people.is_person(t) for t in span) or span[-1].lower_ in (
            GROUP_NAME_ENDINGS | INSTITUTION_NOUNS | EDUCATION_NOUNS)

    def _cut_at_person(self, org_m: "re.Match") -> "re.Match | None":
        """"Norvel Energy and Ada Lin of Harbour Bank": a name pattern runs over "and" into the
        next person; the organisation ends before the connector that joins them."""
        tok = self._token_after(org_m.start("org"))
        while tok is not None and tok.idx < org_m.end("org"):
            prev = self.art.tokens[tok.i - 1]
            continued = prev.idx >= org_m.start("org") and prev.text in self.people.name_run(tok)
            if self.people.is_person(tok) and tok.idx > org_m.start("org") and not continued:
                cut = re.search(rf"(?:\s+{CONNECTORS})+\s*$", self.art.text[org_m.start("org"): tok.idx])
                if not cut or cut.start() == 0:
                    return None
                return ORG_RE.match(self.art.text[: org_m.start("org") + cut.start()], org_m.start())
            tok = self.art.tokens[tok.i + 1] if tok.i + 1 < len(self.art.tokens) else None
        return org_m

    def _next_person(self, pos: int) -> bool:
        """"... of Norvel and Ada Lin of ...": "and" then another person."""
        m = re.match(r"\s+and\s+", self.art.text[pos: pos + 10])
        return bool(m) and self._person_follows(pos + m.end() - 1)

    def _token_before(self, pos: int) -> "Token | None":
        """The last token ending at or before `pos`."""
        k = bisect_left(self._starts, pos) - 1
        return self.art.tokens[k] if k >= 0 else None

    def _token_after(self, pos: int) -> "Token | None":
        """The first token starting at or after `pos`."""
        k = bisect_left(self._starts, pos)
        while k < len(self._starts) and self.art.tokens[k].is_space:
            k += 1
        return self.art.tokens[k] if k < len(self._starts) else None

    def _verb_at(self, pos: int) -> bool:
        """A finite verb is the next word after `pos` ("... of the Harbour Society observed")."""
        tok = self._token_after(pos)
        return tok is not None and tok.tag_ in FINITE_TAGS

    def _person_follows(self, pos: int) -> bool:
        # "Ada Lin, Green MLA (Member of the Legislative Assembly) Tom Berg": the title's spelled-out form in
        # brackets stands between the title and the name it goes with
        gloss = re.match(r" \([^()\n]{1,60}\)", self.art.text[pos: pos + 70])
        if gloss:
            pos += gloss.end()
        tok = self._token_after(pos)
        return tok is not None and self.art.text[pos: tok.idx] == " " and self.people.is_person(tok)

    def _organisation_prefix(self, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        """(end of the organisation, start of the role) where the role's first capitalised words
        are all one organisation entity ("United Nations envoy"); None otherwise."""
        k = 0
        while k < len(words) - 1 and words[k][0][:1].isupper() and words[k][0].lower() not in ROLE_NOUNS \
                and (words[k][0].lower() not in TITLE_MODIFIERS or self._inside_org(words[k][1])
                     or k + 1 < len(words) - 1 and words[k + 1][0].lower() in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS
                     and self._inside_org(words[k + 1][1])):
            # ("a Transport Commission analyst": a portfolio word may open a body's name)
            k += 1
        if k == 0:
            return None
        toks = [self._token_after(w[1]) for w in words[:k]]
        if any(t is None for t in toks):
            return None
        # "a Harbour Society volunteer": a name ending in a word for an organisation, where NER missed it
        named = k >= 2 and words[k - 1][0].lower() in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS | CLUB_NAME_ENDINGS \
            and all(t.pos_ == "PROPN" and not self.people.is_person(t) for t in toks)
        if not named and any(t.ent_type_ != "ORG" for t in toks):
            return None
        return words[k - 1][2], words[k][1]

    def _names_person(self, start: int, end: int) -> bool:
        """The capitalised words hold a person's name and are no organisation named after one."""
        if not hasattr(self, "_work_titles"):
            self._work_titles = _works(self.art.text)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(self.people.is_person(t) and t.text not in SAINTS for t in span) \
            and not self._organisation_like(start, end) and self.art.text[start:end] not in self._work_titles

    def _inside_org(self, start: int) -> bool:
        """The word at `start` continues an organisation entity begun before it: "a Harbour Party
        MP", "a Norvel Energy employee" ("Party", "Energy" are no title modifiers there)."""
        tok = self._token_after(start)
        return tok is not None and tok.ent_type_ == "ORG" and tok.ent_iob_ == "I"

    def _modifies_noun(self, end: int) -> bool:
        """The name ending at `end` is followed by a common noun it modifies ("the Bergen plant")."""
        tok = self._token_after(end)
        if tok is None:
            return False
        if tok.pos_ == "NOUN" and tok.is_lower and self.art.text[end: tok.idx] == " " and tok.lower_ not in MEDIA_NOUNS \
                and self.art.tokens[tok.i - 1].head.i == tok.i:
            return True
        # "for the 2020 Westland presidential election": an adjective between the name and its noun
        nxt = self.art.tokens[tok.i + 1] if tok.i + 1 < len(self.art.tokens) else None
        return (tok.pos_ == "ADJ" and tok.is_lower and self.art.text[end: tok.idx] == " " and nxt is not None
                and nxt.pos_ == "NOUN" and nxt.is_lower and nxt.lower_ not in MEDIA_NOUNS and tok.head.i == nxt.i
                and self.art.tokens[tok.i - 1].head.i == nxt.i)

    def _place_owner(self, at: int) -> int:
        """"director of the country's National Institute of Health", "head of Westland's Marine
        Institute": a place that owns the organisation after it is not part of its name. The
        length of "the country's " to skip, or 0. The place is a word for a country or region, or
        a name NER gives as a place or as a short name of its own (an acronym), with the
        organisation named apart after it."""
        m = re.match(r"(?:the\s+)?(?P<o>[a-z]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?=[A-Z])", self.art.text[at: at + 80])
        if not m:
            return 0
        owner = m.group("o")
        if owner.islower():
            return m.end() if owner in PLACE_OWNER_NOUNS else 0
        after = self._token_after(at + m.end())
        if after is None or after.ent_type_ != "ORG" or after.ent_iob_ != "B":
            return 0
        span = self.doc.char_span(at + m.start("o"), at + m.end("o"), alignment_mode="expand")
        if span is None or not (self._is_place(at + m.start("o"), at + m.end("o"))
                                or _ACRONYM.fullmatch(owner) and all(t.ent_type_ == "ORG" for t in span)
                                and span[-1].ent_iob_ == "B"):
            return 0
        return m.end()

    def _is_time(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and all(t.ent_type_ in {"DATE", "TIME"} for t in span)

    def _is_place(self, start: int, end: int) -> bool:
        """True where the whole name is a place ("Washington", not "Washington-based X"), or a
        time ("a student in the 1990s"): no organisation either way."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and (all(t.ent_type_ in {"GPE", "LOC"} for t in span)
                                     or all(t.ent_type_ in {"DATE", "TIME"} for t in span))

    def _described_organisations(self) -> set[str]:
        """Names the article introduces with a word for an organisation ("the logistics firm Norvel
        Freight"): organisations wherever they recur, even where NER calls them people."""
        if not hasattr(self, "_described_orgs"):
            self._described_orgs = set()
            for m in DESCRIBED_NAME.finditer(self.art.text):
                last, noun = self._token_before(m.end("name")), self._token_before(m.start("name") - 1)
                # the word and the name stand in apposition ("the firm Norvel Freight"), not in a
                # clause ("the party Ada Lin founded")
                if last is not None and noun is not None and (
                        last.dep_ == "appos" and last.head.i == noun.i or noun.dep_ == "compound" and noun.head.i == last.i):
                    self._described_orgs.add(m.group("name"))
        return self._described_orgs

    def _possessor_organisation(self, head: "Token") -> tuple[str, int] | None:
        """The organisation that owns a role noun: "the Harbour Society's president"."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and poss.ent_type_ == "GPE":
            return self._campus(poss)
        if poss is not None and poss.pos_ == "PROPN":
            run = self.people.name_run(poss)  # a person to NER, or (rightly) no person to People
            if run and " ".join(run) in self._described_organisations():
                # "Norvel Freight's managing director, X," after "the logistics firm Norvel Freight"
                first_tok = self.art.tokens[poss.i - len(run) + 1]
                return " ".join(run), first_tok.idx
        if poss is None or poss.ent_type_ != "ORG" or poss.pos_ != "PROPN" or self.people.is_person(poss):
            return None
        lo = entity_start(self.art.tokens, poss.i)
        if self.art.tokens[lo].lower_ == "the":
            lo += 1
        hi = poss.i
        while hi + 1 < len(self.art.tokens) and self.art.tokens[hi + 1].ent_iob_ == "I" \
                and self.art.tokens[hi + 1].tag_ != "POS":
            hi += 1  # "the Ministry of Transport's secretary": the parser makes "Ministry" the owner
        return self.doc[lo: hi + 1].text, self.art.tokens[lo].idx

    def _campus(self, place: "Token") -> tuple[str, int] | None:
        """"the University of Nevada, Reno's chancellor": a university named with its
        campus after a comma; the place is part of the name."""
        toks = self.art.tokens
        lo = place.i
        while lo > 0 and toks[lo].ent_iob_ == "I":
            lo -= 1
        if lo < 2 or toks[lo - 1].text != "," or toks[lo - 2].ent_type_ != "ORG":
            return None
        start = lo - 2
        while start > 0 and toks[start].ent_iob_ == "I":
            start -= 1
        if toks[start].lower_ == "the":
            start += 1
        if not any(t.lower_ in EDUCATION_NOUNS for t in toks[start: lo - 1]):
            return None
        end = place.i + 1 if place.tag_ != "POS" else place.i
        return self.doc[start: end].text, toks[start].idx

    def _named_organisations(self, tok: "Token", **kw) -> list[tuple[str, int, int]]:
        """"played for Ajax and Celtic": each organisation of a list NER labels one by one ("Procter
        and Gamble", one entity, stays one)."""
        first = self._named_organisation(tok, **kw)
        if first is None:
            return []
        found = [first]
        for conj in tok.conjuncts:
            if conj.i < tok.i or conj.ent_iob_ != "B" or conj.pos_ != "PROPN":
                continue
            named = self._named_organisation(conj, **kw)
            if named is None:
                continue
            if found[0][2] > conj.left_edge.idx:  # the first name's match ran on into this one
                cut = self.art.text.rfind(" and ", found[0][1], conj.left_edge.idx)
                cut = cut if cut != -1 else self.art.text.rfind(",", found[0][1], conj.left_edge.idx)
                if cut <= found[0][1]:
                    return [first]
                start = found[0][1]
                cut_name = self.art.text[start:cut].rstrip(" ,")
                found[0] = (cut_name, start, start + len(cut_name))
            found.append(named)
        return found

    def _named_organisation(self, tok: "Token", unlabelled_ok: bool = False,
                            any_label: bool = False) -> tuple[str, int, int] | None:
        """The organisation a proper-noun object names ("the Harbour Society", "Norvel Energy"),
        or the name in apposition to a common organisation noun ("a company, Norvel Energy,")."""
        described = tok.pos_ == "NOUN" and tok.lower_ in NON_PERSON_NOUNS - NON_ORGANISATION_THINGS
        if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in
                                       NON_PERSON_NOUNS - NON_ORGANISATION_THINGS for c in tok.children):
            any_label = True  # "works for cybersecurity firm Redline Labs": the noun says what the name is
        if described:  # "a company, Brightline Labs,": the noun says what the name is, whatever NER guessed
            tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if tok is None or tok.ent_type_ in {"GPE", "LOC", "NORP"}:
                return None
        elif tok.pos_ != "PROPN" or tok.ent_type_ not in {"ORG", "FAC"} and not (unlabelled_ok and not tok.ent_type_) \
                and not (any_label and tok.ent_type_ in {"PRODUCT", "WORK_OF_ART", "PERSON"}):
            return None
        elif not any_label and (self.people.is_person(tok) or tok.ent_type_ in {"GPE", "LOC", "PERSON", "NORP"}):
            return None
        start = tok.left_edge.idx if tok.left_edge.i >= tok.i - 4 else tok.idx
        if self.art.text[start: start + 1].islower():  # "cybersecurity firm Redline Labs": the name's own words
            start = next((t.idx for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i), tok.idx)
        m = ORG_RE.match(self.art.text, start)
        if m and m.end("org") >= tok.idx + len(tok.text):
            org, start, end = m.group("org"), m.start("org"), m.end("org")
        else:  # "eBay", "iRobot Labs": a name in mixed case
            words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in {"compound", "flat"} or t.i == tok.i]
            if not words or words[-1].i - words[0].i + 1 != len(words) or \
                    not all(any(c.isupper() for c in t.text) for t in words):
                return None
            start, end = words[0].idx, tok.idx + len(tok.text)
            org = self.art.text[start:end]
        if self._is_place(start, end):
            return None
        return org, start, end
