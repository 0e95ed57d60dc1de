"""Titles before a name ("Canadian Trade Minister X", "Governor of Westland X"), plural titles
over several names ("Ministers X and Z"), legislators' party tags and byline role lines."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.names import HONORIFICS_AFTER_TITLES
from quizapp.generate.names.shapes import chosen_post
from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    CLUB_NAME_ENDINGS, COMMON_ACRONYMS, DESCRIPTIVE_ADJECTIVES, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS,
    REPORTING_VERBS, ROLE_NOUNS, TITLE_MODIFIERS,
)
from quizapp.generate.affiliations.patterns import (
    BACK_POSITIONS, FAMILY_NOUNS, PARTY_OF_TITLE, PLACE_HEADS, PLAYING_POSITIONS, TENURE_WORDS, TITLE_ABBREVIATIONS,
    _ACRONYM, _field_role, _job, _split_roles,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# Ties to another person that hold no post when that person owns them ("his teammate X",
# "Berg's partner X"); "the firm's partner X" is a post
RELATION_NOUNS = FAMILY_NOUNS | {"partner", "teammate", "team-mate", "colleague", "rival", "opponent", "ally",
                                 "co-star", "classmate", "roommate", "bandmate", "companion", "protégé", "protege"}


class TitlesMixin:
    def _portfolio(self, tok: "Token") -> bool:
        """"Defence Secretary X", "Health Minister X": a one-word "organisation" NER finds before a
        title is the title's portfolio."""
        doc = self.art.tokens
        return tok.lower_ in TITLE_MODIFIERS and tok.ent_iob_ == "B" and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].ent_iob_ != "I" and doc[tok.i + 1].lower_ in ROLE_NOUNS

    def _opens_clause_about_title(self, i: int, last: "Token") -> bool:
        """"a wealthy hotelier Berg tapped as his envoy": after "a"/"an" and a job noun, a name followed
        by a past verb (not one of saying: "a retired nurse Ana Ruiz said") is the subject of a
        clause about the noun, not a person bearing that title."""
        doc = self.art.tokens
        if last.dep_ == "nsubj" and last.head.dep_ == "relcl" and last.head.head.i == i:
            return True
        k = i - 1
        while k >= 0 and doc[k].is_lower and doc[k].pos_ in {"ADJ", "ADV"}:
            k -= 1
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        # (the tagger may read the clause's verb as a participle: not one followed by "by", a passive)
        return k >= 0 and doc[k].lower_ in {"a", "an"} and after is not None and (
            after.tag_ == "VBD" or after.tag_ == "VBN" and not any(c.lower_ == "by" for c in after.children)) \
            and after.lemma_.lower() not in REPORTING_VERBS

    # "Canadian Trade Minister Ana Ruiz", "former boxer and broadcaster X", "US actor X"
    def _title_before(self, name: str, first: int, last: "Token"):
        doc, i = self.art.tokens, first - 1
        k = i
        while k >= 1 and doc[k].text in HONORIFICS_AFTER_TITLES:
            k -= 1
        if k < i and (_job(doc[k].text) or _field_role(doc[k])):
            # "Consultant urologist Dr Ana Ruiz", "Bishop the Rt Rev Ana Ruiz": an honorific between
            # the title and the name is no part of either
            yield from self._title_before(name, k + 1, last)
            return
        if i >= 3 and doc[i].text == ")":
            # "Green MLA (Member of the Legislative Assembly) Ada Lin": the title spelled out in brackets
            # between the title and the name; the title is the one before the brackets
            opener = next((t.i for t in reversed(doc[max(0, i - 8): i]) if t.text in "()"), None)
            if opener is not None and doc[opener].text == "(" and opener >= 1 and all(
                    t.text[:1].isupper() or t.lower_ in {"of", "for", "the", "and"} for t in doc[opener + 1: i]) \
                    and (_job(doc[opener - 1].text) or _field_role(doc[opener - 1])):
                yield from self._title_before(name, opener, last)
            return
        if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                and _job(f"{doc[i - 2].text}-{doc[i].text}"):
            i -= 2  # "Rugby Club fly-half Ana Ruiz": a title the tokenizer split at its hyphen
            hyphenated = True
        else:
            hyphenated = False
        place = self._place_title_at(first)
        if place is not None:
            i = place  # "Governor of the Westland Province Ada Lin", "Representative from Westland Ada Lin"
        elif (of := self._portfolio_of(i)) is not None:
            i = of - 1  # "Secretary of State Antony Blinken", "Minister of Mineral Resources X"
        elif i >= 0 and doc[i].text in TITLE_ABBREVIATIONS:
            lo = i
            while lo - 1 >= doc[first].sent.start and doc[lo - 1].text in TITLE_ABBREVIATIONS:
                lo -= 1
            # "Lt. Gov. Ada Lin": the abbreviations as written are the role
            yield name, None, " ".join(t.text for t in doc[lo: first]), doc[lo].idx, last.idx + len(last.text)
            return
        elif i < 0 or not (hyphenated or _job(doc[i].text) or _field_role(doc[i]) or self._elect(i)):
            return
        if doc[i].pos_ == "ADJ" and doc[i].head.i > last.i:
            return  # "her personal Instagram account": an adjective of a later noun, not a title
        if self._opens_clause_about_title(i, last):
            return  # "a wealthy hotelier Berg hired as his envoy": the name opens a clause about the noun
        lumped = self._lumped(first) | self._title_entity(first)
        lo = i
        while True:
            while lo - 1 >= doc[first].sent.start and (self._title_word(doc[lo - 1], lumped)
                                                       or self._noun_of_title(doc[lo - 1], first)):
                lo -= 1
            if lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
                    and doc[lo - 2].is_alpha and doc[lo - 2].lower_ in {"co", "vice", "ex"} | ROLE_NOUNS \
                    and lo - 2 >= doc[first].sent.start:
                # "Co-founder X", "study co-author and chemist X", "WHO director-general X" split by
                # the tokenizer
                lo -= 2
                continue
            if self._elect(lo) and lo - 2 >= doc[first].sent.start:
                lo -= 2  # "President-elect X", "Prime Minister-designate X"
                continue
            break
        while lo < i and (doc[lo].lower_ in {"and", "of", "the"} or doc[lo].ent_type_ == "ORG" and doc[lo].i not in lumped
                          and not self._portfolio(doc[lo]) and not (doc[lo].text in PARTY_OF_TITLE and doc[lo].pos_ == "ADJ")):
            # ("Labour leader X": a party word the tagger reads as an adjective stays in the title)
            lo += 1  # "Associated Press writer": a title word inside an organisation's name is the name's
        org, start = None, doc[lo].idx
        named_before = None
        if lo < i and lo >= 1 and doc[lo].ent_iob_ == "I" and doc[lo].text[:1].isupper() and doc[lo - 1].ent_type_:
            # "Norvel Energy spokesperson X" where NER took "Norvel Energy" for a person: a word that
            # continues a name begun before the title is the name's, never the title's
            ent_start = entity_start(doc, lo - 1)
            while lo < i and doc[lo].ent_iob_ == "I":
                lo += 1
            if doc[lo - 1].lower_ in TITLE_MODIFIERS | GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                named_before = (self.doc[ent_start: lo].text, doc[ent_start].idx)
            start = doc[lo].idx
        role_toks = list(doc[lo: first])
        if lo - 1 >= 0:
            prev = doc[lo - 1]
            if prev.ent_type_ == "ORG" and prev.pos_ == "PROPN" and prev.i not in lumped and not self._portfolio(prev):
                ent_start = entity_start(doc, prev.i)
                # capitalised words between the entity and the title finish the organisation's name,
                # even a job noun before a lowercase title ("Harbour Observer editor X": a newspaper)
                while lo < i and (self._name_word_of_org(doc[lo]) or doc[i].is_lower and doc[lo].pos_ == "PROPN"
                                  and doc[lo].lower_ in ROLE_NOUNS and doc[lo].lower_ not in TITLE_MODIFIERS):
                    lo += 1
                org, start = self.doc[ent_start: lo].text, doc[ent_start].idx
                role_toks = [t for t in doc[lo: first] if not (t.ent_type_ == "ORG" and t.i not in lumped)]
                if ent_start >= 1 and doc[ent_start - 1].lower_ in TENURE_WORDS and role_toks:
                    # "Former Norvel Energy president X": the word before the organisation dates the post
                    role_toks.insert(0, doc[ent_start - 1])
                    start = doc[ent_start - 1].idx
            elif (acronym := self._acronym_prefix(self._hyphen_start(lo), i)) is not None:
                lo = self._hyphen_start(lo)
                # "Port Ellis PEPD Constable X", "RTB-TV CEO X": an organisation's short name before the title
                org, role_toks = self.doc[lo: acronym + 1].text, list(doc[acronym + 1: first])
                start = doc[lo].idx
            elif prev.tag_ == "POS" and prev.i >= 1 and doc[prev.i - 1].ent_type_ == "ORG" \
                    and doc[prev.i - 1].pos_ == "PROPN" and not self.people.is_person(doc[prev.i - 1]):
                # "the Harbour Fire Department's Captain X": the organisation owns the title
                ent_start = entity_start(doc, prev.i - 1)
                if doc[ent_start].lower_ == "the":
                    ent_start += 1
                org, start = self.doc[ent_start: prev.i].text, doc[ent_start].idx
            elif prev.pos_ == "PROPN" and prev.lower_ in CLUB_NAME_ENDINGS and not self.people.is_person(prev):
                # "Kingsport Rovers manager X": a club's name, which NER often takes for a person's
                club_start = prev.i
                while club_start - 1 >= doc[first].sent.start and doc[club_start - 1].pos_ == "PROPN" \
                        and doc[club_start - 1].text[:1].isupper() and not self.people.is_person(doc[club_start - 1]):
                    club_start -= 1
                if club_start < prev.i:
                    org, start = self.doc[club_start: prev.i + 1].text, doc[club_start].idx
            elif prev.text == ")" and prev.i >= 3 and doc[prev.i - 2].text == "(" \
                    and _ACRONYM.fullmatch(doc[prev.i - 1].text) and doc[prev.i - 3].pos_ == "PROPN" \
                    and doc[prev.i - 3].text[:1].isupper() and not self.people.is_person(doc[prev.i - 3]):
                # "the World Fisheries Organisation (WFO) Director-General X": the name before its short form
                ent_start = prev.i - 3
                while ent_start > 0 and doc[ent_start - 1].text[:1].isupper() and doc[ent_start - 1].pos_ == "PROPN" \
                        or ent_start > 1 and doc[ent_start - 1].lower_ in {"of", "for", "and"} and doc[ent_start - 2].pos_ == "PROPN":
                    ent_start -= 1
                if self._organisation_like(doc[ent_start].idx, doc[prev.i - 3].idx + len(doc[prev.i - 3].text)):
                    org, start = self.doc[ent_start: prev.i - 2].text, doc[ent_start].idx
            else:
                described = self._described_institution(prev)
                if described is not None:  # "county police Sergeant X"
                    org, start = self.doc[described: prev.i + 1].text, doc[described].idx
        if place is not None and org is None and doc[place + 1].lower_ == "of":
            named = self._organisation_of_title(place + 2, first)
            if named is not None:  # "director of the Harbour Trust Ada Lin": the organisation apart
                org = named
                role_toks = [t for t in role_toks if t.i <= place]
        if org is not None and role_toks and role_toks[-1].lower_ in PLACE_HEADS and " " not in org \
                and org.lower() not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
            # "former Marlow mayor X": a mayor's town, whatever NER calls it
            org, role_toks = None, [t for t in doc[self._token_after(start).i: first]]
        if org is None and named_before is not None:
            org, start = named_before
        if org is None and place is None:
            # "Harbour Society spokesperson X", "former Westfield Council leader X": capitalised words
            # ending in a word for an organisation lead the title even where NER missed the name
            s0 = lo
            while s0 < i and doc[s0].lower_ in TENURE_WORDS:
                s0 += 1
            k = s0
            while k < i and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if k - s0 >= 2 and doc[k - 1].lower_ in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS \
                    and not any(self.people.is_person(t) for t in doc[s0:k]):
                org = self.doc[s0:k].text
                role_toks = list(doc[lo:s0]) + [t for t in role_toks if t.i >= k]
        while role_toks and role_toks[0].lower_ == "old" and role_toks[0].i >= 2 and doc[role_toks[0].i - 1].text == "-":
            role_toks = role_toks[1:]  # "34-year-old nurse X": the age is no word of the role
            start = role_toks[0].idx if role_toks else start
        role = " ".join(t.text for t in role_toks).replace(" - ", "-")
        if org is None and role_toks and role_toks[-1].lower_ in RELATION_NOUNS and lo >= 1 and (
                doc[lo - 1].tag_ == "PRP$" or doc[lo - 1].tag_ == "POS" and self.people.is_person(doc[lo - 2])):
            return  # "Berg's old teammate X", "her colleague X": a tie to a person, no post
        if org is not None and org.lower() in INSTITUTION_NOUNS | GROUP_NAME_ENDINGS:
            # "Board Member X", "Council Leader X": a bare generic noun names no organisation
            # ("Member of Parliament X": the words as written, the generic noun after "of")
            of_form = f"{role} of {org}"
            org, role = None, of_form if of_form in doc[first].sent.text else f"{org} {role}"
        for part in _split_roles(role):
            yield name, org, part, start, last.idx + len(last.text)
        if place is None:
            # (before the organisation that opens this title: "lead researcher and NASA scientist X")
            left = lo if org is None else min(lo, self._token_after(start).i)
            for item, at in self._listed_titles(left, first):
                yield name, None, item, at, last.idx + len(last.text)

    def _portfolio_of(self, i: int) -> int | None:
        """The "of" of "Minister of Defence", "Minister of Mineral Resources" ending at token `i`:
        one to three capitalised words after "of" and a role noun before it."""
        doc = self.art.tokens
        k = i
        while k > 0 and i - k < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha \
                and not self.people.is_person(doc[k]):
            if doc[k - 1].lower_ == "of" and k >= 2 and doc[k - 2].lower_ in ROLE_NOUNS:
                return k - 1
            k -= 1
        return None

    def _listed_titles(self, lo: int, first: int) -> list[tuple[str, int]]:
        """"Dutch sculptor, writer, and climate campaigner Ana Ruiz": the titles listed with commas
        before the one next to the name are the person's too, each a job noun with the words of
        its own item; (title, offset) for each, nearest the name last."""
        doc = self.art.tokens
        sent_start = doc[first].sent.start
        out = []
        k = lo - 1
        if k - 1 >= sent_start and doc[k].is_lower and doc[k].is_alpha and doc[k - 1].lower_ == "and" \
                and (k - 2 < sent_start or doc[k - 2].text != ","):
            k -= 1  # "chemist and study co-author X": a word of the title the tagger read as a verb
        if k >= sent_start and doc[k].lower_ == "and":
            k -= 1
            if k >= sent_start and doc[k].text != "," and _job(doc[k].text) and doc[k].pos_ == "NOUN" \
                    and doc[k].is_lower:
                # "study co-author and JPL scientist Ana Ruiz": one more title joined by "and" alone
                j = k
                while j - 1 >= sent_start and doc[j - 1].is_lower and doc[j - 1].is_alpha \
                        and doc[j - 1].pos_ in {"NOUN", "ADJ"}:
                    j -= 1
                if j > sent_start and doc[j - 1].pos_ in {"DET", "ADP", "PRON", "CCONJ"}:
                    return []  # "met the actor and director Ana Ruiz": maybe two people
                return [(" ".join(t.text for t in doc[j: k + 1]), doc[j].idx)]
        while k >= sent_start and doc[k].text == ",":
            end = k  # the item runs back from the comma to the comma (or start) before it
            j = end - 1
            if j < sent_start or not _job(doc[j].text) or doc[j].pos_ not in {"NOUN", "PROPN"}:
                break
            while j - 1 >= sent_start and doc[j - 1].is_alpha and doc[j - 1].pos_ in {"NOUN", "PROPN", "ADJ"} \
                    and not self.people.is_person(doc[j - 1]) and not (doc[j - 1].text[:1].isupper() and j - 1 > sent_start
                                                                        and doc[j - 1].ent_type_ not in {"GPE", "NORP"}):
                j -= 1
            out.append((" ".join(t.text for t in doc[j: end]), doc[j].idx))
            k = j - 1
        if not out:
            return []
        left = doc[k + 1] if k + 1 < first else None  # the leftmost item's first word
        if left is not None and left.i > sent_start and doc[left.i - 1].pos_ in {"DET", "ADP", "PRON"}:
            return []  # "met the actor, and director Ana Ruiz": a list of people, not of her titles
        return out[::-1] if doc[lo - 1].lower_ == "and" or len(out) >= 2 else []

    def _elect(self, i: int) -> bool:
        """"President-elect", "Minister-designate": a post one is chosen for, split by the tokenizer."""
        return chosen_post(self.art.tokens, i) and _job(self.art.tokens[i - 2].text)

    def _complement_title(self, name: str, first: int, last: "Token"):
        """A title with an "of"/"for" complement in any case right before the name, or two such
        titles joined by "and": "speaker of the assembly Ada Lin wrote", "head of rural and coastal
        affairs Ada Lin", "Minister for Energy and Minister of Transport Ada Lin" (two links)."""
        doc = self.art.tokens
        lo_sent = doc[first].sent.start
        k = first
        while k - 1 >= lo_sent and first - k < 14:
            tok = doc[k - 1]
            if not tok.is_alpha or tok.pos_ in {"VERB", "AUX", "PRON", "NUM"} or self.people.is_person(tok) \
                    or tok.ent_type_ in {"DATE", "TIME", "PERSON"}:
                break
            k -= 1
        span = doc[k: first]
        # the title starts on a job word right after a clause boundary ("including", "and", a comma, "the")
        for lo in range(len(span)):
            if not _job(span[lo].text) and span[lo].lower_ not in TITLE_MODIFIERS:
                continue
            before = doc[span[lo].i - 1] if span[lo].i > lo_sent else None
            if before is not None and not (before.is_punct or before.pos_ in {"ADP", "DET", "CCONJ", "SCONJ", "VERB"}):
                continue
            parts = self._complement_parts(span[lo:])
            if parts:
                end = last.idx + len(last.text)
                for part in parts:
                    yield name, None, part, span[lo].idx, end
            return

    def _capitalised_inside(self) -> set[str]:
        """Words the article capitalises somewhere other than at a sentence's start: names, however
        the tagger reads them ("Wild goalie X" opening a sentence beside "the Wild lost")."""
        if getattr(self, "_inside_caps", None) is None:
            self._inside_caps = {t.text for t in self.art.tokens if t.text[:1].isupper() and t.i > 0
                                 and not t.is_sent_start}
        return self._inside_caps

    def _playing_position(self, name: str, first: int, last: "Token"):
        """"Westport half back Ada Lin", "the full back Ada Lin", "Harbour goalie Ada Lin": a playing
        position (two words, or one that is no job elsewhere) before the name; a capitalised name before
        the position is the team (a club, whatever NER says)."""
        doc = self.art.tokens
        i = first - 1
        if i >= 1 and doc[i].text in PLAYING_POSITIONS:
            lo = k = i  # (in lower case only: "the Harbour Medical Center" is no position)
        elif i < 1 or doc[i].lower_ != "back" or doc[i - 1].lower_ not in BACK_POSITIONS:
            return
        else:
            lo, k = i - 1, i - 1
        while k - 1 >= doc[first].sent.start and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and (
                doc[k - 1].pos_ == "PROPN" or doc[k - 1].ent_type_ in {"ORG", "GPE", "NORP", "LOC"}
                or k - 1 > doc[first].sent.start or doc[k - 1].text in self._capitalised_inside()) \
                and not self.people.is_person(doc[k - 1]) and doc[k - 1].lower_ not in ROLE_NOUNS:
            # (the tagger reads a team's name as anything: "Wild" an adjective, "Sabres" a plural noun)
            k -= 1
        team = self.doc[k: lo].text if k < lo else None
        yield name, team, self.doc[lo: first].text, doc[k].idx, last.idx + len(last.text)

    def _complement_parts(self, toks) -> list[str] | None:
        """"Minister for Energy and Minister of Transport" -> both titles; None unless every part is
        TITLE-WORDS ROLE (of|for) [the] WORDS and one part at least has the complement."""
        parts, cur = [], []
        for n, tok in enumerate(toks):
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            if tok.lower_ == "and" and cur and nxt is not None and nxt.text[:1].isupper() \
                    and (_job(nxt.text) or nxt.lower_ in TITLE_MODIFIERS):
                parts.append(cur)
                cur = []
                continue
            cur.append(tok)
        parts.append(cur)
        out, complemented = [], False
        for part in parts:
            j = 0  # "Deputy Prime Minister": title words up to the job noun that heads them
            while j < len(part) and part[j].lower_ not in {"of", "for", "and", "the"} \
                    and (part[j].lower_ in TITLE_MODIFIERS or _job(part[j].text)):
                j += 1
            if j == 0 or not _job(part[j - 1].text):
                return None
            rest = part[j:]
            if rest:
                if rest[0].lower_ not in {"of", "for"} or len(rest) < 2 or len(rest) > 7 \
                        or rest[-1].lower_ in {"of", "for", "the", "and"} or rest[-1].pos_ not in {"NOUN", "PROPN"} \
                        or any(t.lower_ in {"of", "for"} for t in rest[1:]) or rest[1].lower_ == "and":
                    return None
                complemented = True
            out.append(" ".join(t.text for t in part))
        return out if complemented else None

    def _place_title_at(self, first: int) -> int | None:
        """The title noun of "ROLE of [the] PLACE NAME" / "ROLE from|to PLACE NAME" where the place
        is a named entity of up to four words right before the name; None where there is none."""
        doc = self.art.tokens
        lo, k = doc[first].sent.start, first - 1
        if k < lo or doc[k].ent_type_ not in {"GPE", "LOC", "ORG"} or not doc[k].text[:1].isupper():
            return None
        label = doc[k].ent_type_
        while k > lo and first - k <= 4 and doc[k].ent_type_ == label and doc[k].ent_iob_ == "I":
            k -= 1
        if doc[k].ent_type_ != label or not (doc[k].text[:1].isupper() or doc[k].lower_ == "the"):
            return None
        if doc[k].lower_ != "the":  # NER may take "the" into the place's name
            k -= 1
        if k > lo and doc[k].lower_ == "the":
            k -= 1
        if k < lo + 1 or doc[k].lower_ not in {"of", "from", "to"} or not self._of_place_title(k):
            return None
        return k - 1

    def _organisation_of_title(self, lo: int, hi: int) -> str | None:
        """The tokens [lo, hi) after a title's "of" as an organisation's name: an entity NER calls
        an organisation and nowhere in the article a place ("of the Harbour Trust", not "of the
        United Provinces" nor "of Westland")."""
        doc = self.art.tokens
        if lo < hi and doc[lo].lower_ == "the":
            lo += 1
        span = doc[lo: hi]
        if not span or any(t.ent_type_ != "ORG" for t in span):
            return None
        if len(span) == 1 and (span[0].lower_ in TITLE_MODIFIERS | {"state"} or span[0].lower_ in ROLE_NOUNS):
            return None  # "Secretary of State X", "Minister of Defence X": the portfolio is the title's
        text = " ".join(t.text for t in span)
        if not hasattr(self, "_place_names"):
            self._place_names = {e.text.removeprefix("the ").removeprefix("The ")
                                 for e in self.doc.ents if e.label_ in {"GPE", "LOC"}}
        return None if text in self._place_names else text

    def _noun_of_title(self, tok: "Token", first: int) -> bool:
        """"outreach manager", "Events and outreach manager": a noun compounded into the title."""
        if tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.is_lower and tok.is_alpha and tok.i + 1 < first \
                and _job(self.art.tokens[tok.i + 1].text) and self.art.tokens[tok.i - 1].lower_ == "and":
            return True  # "analyst and software designer X": the parser may join the noun to the first title
        return (tok.pos_ == "NOUN" and tok.dep_ in {"compound", "nmod"} and tok.i < tok.head.i < first
                and tok.is_alpha and self._described_institution(tok) is None)

    def _name_word_of_org(self, tok: "Token") -> bool:
        low = tok.lower_
        return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and low not in ROLE_NOUNS and low not in TITLE_MODIFIERS
                and tok.i not in self.norp and not tok.ent_type_)

    def _hyphen_start(self, lo: int) -> int:
        """"RTB-TV": the tagger may leave the first half of a hyphenated short name out of the title."""
        doc = self.art.tokens
        while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
                and _ACRONYM.fullmatch(doc[lo - 2].text):
            lo -= 2
        return lo

    def _acronym_prefix(self, lo: int, i: int) -> int | None:
        """The last token of a short name in capitals ("PEPD", "RTB-TV") at the head of the title
        span [lo, i], with only capitalised words before it; None where there is none."""
        doc = self.art.tokens
        k, last = lo, None
        while k < i:
            tok = doc[k]
            low = tok.lower_
            if tok.text in {"-", "&"} and not doc[k - 1].whitespace_ and k > lo:
                k += 1
                continue
            if not tok.text[:1].isupper() or low in ROLE_NOUNS or low in TITLE_MODIFIERS or tok.i in self.norp:
                break
            if _ACRONYM.fullmatch(tok.text) and tok.ent_type_ not in {"GPE", "NORP", "LOC"} \
                    and tok.text.upper() not in COMMON_ACRONYMS:
                last = k
            k += 1
        return last

    def _described_institution(self, noun: "Token") -> int | None:
        """Where a lowercase institution noun with its modifiers starts ("regional police",
        "the state's health department"); None for a bare noun ("police officer X")."""
        if noun.pos_ != "NOUN" or noun.lower_ not in INSTITUTION_NOUNS or noun.text[:1].isupper():
            return None
        mods = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        if not mods:
            return None
        lo = min(t.left_edge.i for t in mods)
        while self.art.tokens[lo].pos_ == "DET":
            lo += 1
        return lo if lo < noun.i else None

    def _lumped(self, first: int) -> set[int]:
        """Tokens of the organisation entity NER made of a title and the name after it."""
        tok = self.art.tokens[first]
        if tok.ent_type_ != "ORG":
            return set()
        return set(range(entity_start(self.art.tokens, first), first))

    def _title_entity(self, first: int) -> set[int]:
        """"said Detective Inspector Ada Lin" where NER calls "Detective Inspector" an organisation:
        an entity made only of title words before the name is the title, never an organisation."""
        k = first - 1
        if k < 0 or self.art.tokens[k].ent_type_ != "ORG":
            return set()
        lo = entity_start(self.art.tokens, k)
        run = self.art.tokens[lo: first]
        if all(t.text[:1].isupper() and t.lower_ in ROLE_NOUNS | TITLE_MODIFIERS for t in run):
            return set(range(lo, first))
        return set()

    def _title_word(self, tok: "Token", lumped: set[int] = frozenset()) -> bool:
        low = tok.lower_
        if low in DESCRIPTIVE_ADJECTIVES:
            return False
        if low in ROLE_NOUNS or low in TITLE_MODIFIERS:
            return True
        if tok.i in self.norp:
            return True
        if tok.ent_type_ == "GPE" and tok.pos_ == "PROPN":
            return True  # "US actor X": a country goes into the role
        if tok.text[:1].isupper() and tok.pos_ == "PROPN" and (not tok.ent_type_ or tok.i in lumped) \
                and not self.people.is_person(tok):
            return True  # "Chief Financial Officer", "Majority Leader": capitalised words of the title
        if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.is_alpha and tok.text.islower():
            return True  # "visiting professor", "founding member", "leading geologist"
        # "Amateur astronomer X" opening a sentence: an adjective capitalised only by its place
        return tok.pos_ == "ADJ" and tok.is_alpha and (tok.text.islower() or tok.i == tok.sent.start and tok.text[1:].islower())
