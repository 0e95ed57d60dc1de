"""One title over several names ("Foreign Ministers X and Y") and one member of a titled group
("One of the report's authors, X,")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    GROUP_NAME_ENDINGS, INSTITUTION_NOUNS, ROLE_PLURALS,
)
from quizapp.generate.affiliations.patterns import ONE_OF_GROUP, PARTY_OF_TITLE, singular_role

# Plural titles abbreviated ("Sens. X and Y"), with the singular each holder has
PLURAL_TITLE_ABBREVIATIONS = {"Sens": "Sen.", "Reps": "Rep.", "Govs": "Gov.", "Drs": "Dr."}

# Counts of a group of people written as words ("two divers, X and Y")
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class PluralTitlesMixin:
    # "Foreign Ministers Ada Lin and Tom Berg": a plural title over coordinated names, one each
    def _plural_titles(self):
        toks = self.art.tokens
        for tok in toks:
            single = singular_role(tok.lower_)
            # "Sens. Ada Lin and Tom Berg": a plural title abbreviated, its full stop a token of its own
            abbreviated = tok.text in PLURAL_TITLE_ABBREVIATIONS and tok.i + 2 < len(toks) and toks[tok.i + 1].text == "."
            if abbreviated:
                single = PLURAL_TITLE_ABBREVIATIONS[tok.text]
            if single is None and tok.lower_ == "hosts" and tok.tag_ == "NNS" and tok.i > 0 \
                    and (toks[tok.i - 1].ent_type_ == "ORG" or toks[tok.i - 1].lower_ == "the"):
                # "the radio hosts X and Y": the noun (the verb, "the city hosts X", is why the
                # lexicon leaves "hosts" out)
                single = "host"
            # "Harbour Trust divers X and Y": the tagger may read a plural title after a name as a verb
            misread = tok.pos_ == "VERB" and tok.i >= 1 and (toks[tok.i - 1].ent_type_ == "ORG" or toks[tok.i - 1].pos_ == "DET")
            if single is None or (tok.pos_ not in {"NOUN", "PROPN"} and not misread) or tok.i + 1 >= len(toks):
                continue
            names, places, k = [], [], tok.i + (2 if abbreviated else 1)
            while k < len(toks):
                found = self._person_at_run(k)
                if found is None:
                    break
                names.append(found)
                k = found[2].i + 1
                place = self._place_after(k)  # "Presidents Ada Lin of Norland and Tom Berg of Westland"
                places.append(place and place[:2])
                if place is not None:
                    k = place[2]
                if k < len(toks) and toks[k].text == ",":
                    k += 1
                if k < len(toks) and toks[k].lower_ in {"and", "&"}:
                    k += 1
            if len(names) < 2:
                continue
            lo = tok.i
            while lo - 1 >= tok.sent.start and self._title_word(toks[lo - 1]):
                lo -= 1
            while lo < tok.i and toks[lo].lower_ in {"and", "of", "the"}:
                lo += 1
            if lo - 1 >= tok.sent.start and toks[lo - 1].text in PARTY_OF_TITLE:
                lo -= 1  # "Labour MPs X and Y": the party opens the title, as over one name
            ending = next((j for j in range(tok.i - 1, lo - 1, -1) if toks[j].text[:1].isupper()
                           and toks[j].lower_ in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS), None)
            if ending is not None and lo < tok.i and self._organisation_before(ending + 1) is not None:
                lo = ending + 1  # "Social Democratic Party ministers X and Y": the party, then the title
            # the title as written, plural and all ("Senior Advisors"), as annotators copy it
            role = " ".join(t.text for t in toks[lo: tok.i + 1])
            if abbreviated:  # each is a "Sen.": an abbreviation has no plural form a reader would keep
                role = " ".join([*(t.text for t in toks[lo: tok.i]), single])
            org = self._organisation_before(lo)  # "Harbour Society astronauts X and Y"
            start = toks[lo].idx if org is None else org[1]
            if org is None:  # "Researchers X and Y of Westfield University": the organisation of all
                name, first_i, last = names[-1]
                of_org = self._of_organisation(name, toks[first_i], last)
                if of_org is not None:
                    org = (of_org[1], start)
            if all(places):  # each holds the title of a place or an organisation: "President of Norland"
                head = single if tok.is_lower else single[:1].upper() + single[1:]
                single_title = " ".join([*(t.text for t in toks[lo: tok.i]), head])
                for (name, _first, _last), (place, is_org) in zip(names, places):
                    if is_org:
                        yield name, place, single_title, start, _last.idx + len(_last.text)
                    else:
                        yield name, None, f"{single_title} of {place}", start, _last.idx + len(_last.text)
                continue
            if any(places[:-1]) or places[-1] and not places[-1][1]:
                continue  # some with a place, some without: whose title is whose is unclear
            for name, _first, last in names:
                yield name, org and org[0], role, start, last.idx + len(last.text)

    def _place_after(self, k: int) -> tuple[str, bool, int] | None:
        """"of Norland" at token k: a place after "of" (an entity NER calls a place or an
        organisation, or proper nouns it leaves untagged that name no person); (its name, whether
        NER calls it an organisation, the token after it)."""
        toks = self.art.tokens
        if k + 1 >= len(toks) or toks[k].lower_ != "of":
            return None
        first = toks[k + 1]
        if first.lower_ == "the" and k + 2 < len(toks) and toks[k + 2].ent_type_ == "ORG":
            first = toks[k + 2]
        if first.ent_type_ in {"GPE", "LOC", "ORG"}:
            j = first.i + 1
            while j < len(toks) and toks[j].ent_iob_ == "I" and toks[j].ent_type_ == first.ent_type_:
                j += 1
            return self.doc[first.i: j].text, first.ent_type_ == "ORG" and self._organisation_named(first.i, j), j
        else:
            j = k + 1
            while j < len(toks) and j - k <= 3 and toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper() \
                    and not toks[j].ent_type_ and not self.people.is_person(toks[j]):
                j += 1
            if j == k + 1:
                return None
        return self.doc[k + 1: j].text, False, j

    def _organisation_named(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) NER calls an organisation name one where they are not elsewhere a place
        and end in a word for an organisation or run to two words or more ("Norvel Energy")."""
        span = self.doc[lo: hi]
        places = {e.text for e in self.doc.ents if e.label_ in {"GPE", "LOC"}}
        return span.text not in places and (len(span) >= 2 or span[-1].lower_ in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS)

    def _organisation_before(self, lo: int) -> tuple[str, int] | None:
        """The organisation named right before the title at token `lo`: an ORG entity, or capitalised
        words that end in a word for an organisation ("Harbour Society"); (name, offset) or None."""
        toks = self.art.tokens
        k = lo - 1
        if k < 0 or toks[k].pos_ != "PROPN" or not toks[k].text[:1].isupper() or self.people.is_person(toks[k]):
            return None
        if toks[k].ent_type_ == "ORG":
            s0 = entity_start(toks, k)
        else:
            s0 = k
            while s0 > 0 and toks[s0 - 1].pos_ == "PROPN" and toks[s0 - 1].text[:1].isupper() and toks[s0 - 1].is_alpha:
                s0 -= 1
            if s0 == k or toks[k].lower_ not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                return None
        if toks[s0].lower_ == "the":
            s0 += 1
        if s0 > k or any(self.people.is_person(t) for t in toks[s0: k + 1]):
            return None
        return self.doc[s0: k + 1].text, toks[s0].idx

    def _one_of_group(self, name: str, first: int, last: "Token"):
        """"One of the report's authors, Ada Lin, said": a member of a group of role-holders
        put before the name (with perhaps a job noun of its own) is that member."""
        toks = self.art.tokens
        if last.i + 1 >= len(toks) or toks[last.i + 1].text != ",":
            return
        sent = toks[first].sent
        m = ONE_OF_GROUP.search(self.art.text[sent.start_char: toks[first].idx])
        if m is None or (m.group("noun") or m.group("cap").lower()) not in ROLE_PLURALS:
            return
        role = m.group("role")
        start = sent.start_char + m.start("role")
        yield name, None, role[0].lower() + role[1:], start, last.idx + len(last.text)

    # "the agency has named two pilots, Ada Lin and Tom Berg,", "only two mayors have been
    # recalled: X and Y": a counted plural role, then exactly that many names after a comma or a
    # colon; each holds the role as written
    def _counted_group(self):
        toks = self.art.tokens
        for tok in toks:
            if tok.pos_ != "NOUN" or singular_role(tok.lower_) is None or not tok.lower_.endswith("s"):
                continue
            count = next((COUNT_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                          for c in tok.children if c.dep_ == "nummod"), None)
            if not count or count < 2:
                continue
            sent = tok.sent
            if tok.i + 1 < sent.end and toks[tok.i + 1].text == ",":
                k = tok.i + 2
            else:
                colon = next((t for t in toks[tok.i + 1: sent.end] if t.text == ":"), None)
                if colon is None:
                    continue
                k = colon.i + 1
            names = []
            while k < sent.end:
                found = self._person_at_run(k)
                if found is None:
                    break
                names.append(found)
                k = found[2].i + 1
                if k < sent.end and toks[k].text == ",":
                    k += 1
                if k < sent.end and toks[k].lower_ == "and":
                    k += 1
            if len(names) != count or toks[names[-2][2].i + 1].lower_ not in {"and", ","}:
                continue
            mods = [t for t in toks[tok.i - 1: tok.i] if t.dep_ in {"amod", "compound"} and t.i > tok.left_edge.i
                    and t.lower_ not in COUNT_WORDS and not t.like_num]
            role = " ".join(t.text for t in [*mods, tok])
            for name, _first, last in names:
                yield name, None, role, tok.idx, last.idx + len(last.text)
