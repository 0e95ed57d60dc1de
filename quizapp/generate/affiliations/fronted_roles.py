"""A role written before the name and a comma: "The company's chief executive, X, said", "the head
of intelligence at Y, X", "According to the city's police chief, X, ..."."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    DESCRIPTIVE_ADJECTIVES, GENDERED_NOUNS, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS, KIN_NOUNS, PERSON_NOUNS,
    ROLE_NOUNS,
)
from quizapp.generate.names import HONORIFICS_AFTER_TITLES
from quizapp.generate.affiliations.persons import _job_named
from quizapp.generate.affiliations.patterns import (
    FAMILY_NOUNS, ORG_RE, PLACE_HEADS, SEAT_TITLES, _job,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class FrontedRolesMixin:
    # "The company's chief executive, Ada Lin, ...", "the head of intelligence at Y, X"
    def _field_of_role(self, head: "Token", first: "Token") -> str:
        """" of quality" in "Norvel Energy's head of quality, X": a role's field, in lower case, right
        after it and before the name ("" where there is none)."""
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.right_edge.i >= first.i or not all(t.is_lower or t.text == "-" for t in obj.subtree):
            return ""
        return " of " + self.doc[obj.left_edge.i: obj.right_edge.i + 1].text

    def _role_before_comma(self, name: str, first: "Token", last: "Token"):
        head = last.head
        if last.dep_ == "appos" and head.lower_ not in ROLE_NOUNS and head.dep_ == "pobj" \
                and (head.head.lower_ in {"of", "at", "for", "with"} or head.head.lower_ == "in" and head.ent_type_ in {"GPE", "LOC"}) \
                and head.head.head.lower_ in ROLE_NOUNS:
            # "The executive director of the Harbour Society, Ada Lin, said", "Oxfam's director in Westland, X"
            head = head.head.head
        appos = last.dep_ == "appos"
        if not appos and self._prepositions_role(first) is not None:
            head, appos = self._prepositions_role(first), True
        if not appos or head.i >= first.i or not _job(head.text):
            return
        people_words = ROLE_NOUNS | PERSON_NOUNS | KIN_NOUNS | set(GENDERED_NOUNS)
        if any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() not in people_words for c in last.children):
            return  # "the kit includes a controller, X and three months of Y": a list of things, X one of them
        k = first.i - 1
        while k > 0 and (self.art.tokens[k].text in HONORIFICS_AFTER_TITLES
                         or self.art.tokens[k].text[:1].isupper() and self.art.tokens[k].lower_ in ROLE_NOUNS):
            k -= 1  # "the director of Y, Dr Ada Lin,", "the head of Y, Bishop Ada Lin,", "..., the Rev Ada Lin,"
        if first.i < 1 or self.art.tokens[k].text not in {",", "—", "–", ":"}:
            return  # no comma: the title before the name is _title_before's
        mods = [t for t in head.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha
                and t.lower_ not in DESCRIPTIVE_ADJECTIVES]
        # "top human rights official": a modifier keeps its own modifiers ("human" of "rights")
        mods = sorted({d for t in mods for d in t.subtree if d.is_alpha and d.dep_ in {"amod", "compound"}
                       and d.lower_ not in DESCRIPTIVE_ADJECTIVES}, key=lambda d: d.i)
        role_toks = mods + [head]
        toks, prefix = self.art.tokens, ""
        if not mods and head.i >= 2 and toks[head.i - 1].text == "-" and not toks[head.i - 2].whitespace_ \
                and toks[head.i - 2].lower_ in {"co", "vice", "ex"}:
            prefix = toks[head.i - 2].text + "-"  # "Her co-author, X": a prefix the tokenizer split off
        role = prefix + " ".join(t.text for t in role_toks)
        if role.lower() in FAMILY_NOUNS:
            return  # "as a co-worker, X, fixed the pipe": a relation, no post
        owner = self._possessor_organisation(head)  # "the European Commission's climate chief, X"
        org = owner[0] if owner else None
        named = None if owner else self._organisation_modifier(head)
        if named is not None:  # "A Harbour Trust spokeswoman, X,": the organisation is no word of the role
            org, start_at = named
            role_toks = [t for t in role_toks if t.i >= start_at]
            role = " ".join(t.text for t in role_toks)
        if owner:
            role = f"{role}{self._field_of_role(head, first)}"  # "Norvel Energy's head of quality, X"
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if org is None and poss is not None and poss.pos_ == "NOUN" and any(d.lower_ == "the" for d in poss.children):
            # "Norvel Energy cut jobs. The company's chief executive, X, said": the company just named
            org = self._antecedent_organisation(poss.idx, f"the {poss.lower_}'s ")
        elif org is None and poss is not None and poss.lower_ == "its":
            org = self._antecedent_organisation(poss.idx, "its")  # "Its chairman, X, said"
        for prep in head.rights if org is None else ():
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at", "for", "with"} and prep.i < first.i:
                m = ORG_RE.match(self.art.text, prep.idx + len(prep.text) + 1)
                seat = m and (prep.lower_, head.lower_ in SEAT_TITLES, head.lower_ in PLACE_HEADS) in {
                    ("for", True, False), ("of", False, True)} \
                    and m.group("org").split()[-1].lower() not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS
                if m and m.end() <= first.idx and seat and prep.i == head.i + 1:
                    role = f"{role} {prep.text} {m.group('org')}"  # "MP for Marlow, X", "the mayor of Marlow, X": a seat
                elif m and m.end() <= first.idx and (body := _body_of_place(self.art.text, m.end(), first.idx)):
                    org = m.group("org") + body  # "a spokeswoman for the Ridgeport city council, X"
                elif m and m.end() <= first.idx and not self._is_place(m.start("org"), m.end("org")):
                    org = m.group("org")
                elif m and m.end() <= first.idx and prep.lower_ == "of" and prep.i == head.i + 1:
                    role = f"{role} of {m.group('org')}"  # "the governor of Harbour State, X": the place is the role's
                elif prep.lower_ == "of":  # "head of military intelligence at Y"
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None and obj.is_lower:
                        role = f"{role} of {' '.join(t.text for t in obj.lefts if t.dep_ in {'amod', 'compound'})} {obj.text}".replace("  ", " ")
                        inner = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in {"at", "of", "for"}), None)
                        if inner is not None:
                            m = ORG_RE.match(self.art.text, inner.idx + len(inner.text) + 1)
                            if m and m.end() <= first.idx and not self._is_place(m.start("org"), m.end("org")):
                                org = m.group("org")
                if org:
                    break
        start = min(role_toks[0].idx, owner[1]) if owner else role_toks[0].idx
        yield name, org, role, start, last.idx + len(last.text)

    def _role_named(self, name: str, first: "Token", last: "Token"):
        """"He hired a Harbour University student named X", "a chemist called X": a job noun after
        "a"/"an", then "named" or "called", then the name: the job is the person's, and so is an
        organisation written in front of it. (Not "a man named X", "a dog named X": no job.)"""
        toks = self.art.tokens
        if first.i < 3 or toks[first.i - 1].lower_ not in {"named", "called"} or self.art.in_quotation(first.idx):
            return  # (in a quotation, the speaker's account of a stranger: '"... a baker named Ana."')
        head = toks[first.i - 2]
        if toks[first.i - 1].head.i != head.i or not _job_named(toks[first.i - 1]):
            return
        k = head.i
        while toks[k - 1].is_lower and toks[k - 1].is_alpha and toks[k - 1].head.i == head.i \
                and toks[k - 1].dep_ in {"amod", "compound"} and toks[k - 1].lower_ not in DESCRIPTIVE_ADJECTIVES:
            k -= 1
        if toks[k - 1].is_lower and toks[k - 1].dep_ == "amod":
            return  # "a young student named X": a description, not a post
        owner = self._organisation_modifier(head)
        start = toks[k].idx if owner is None else self.art.text.rfind(owner[0], 0, toks[k].idx)
        yield name, owner[0] if owner else None, self.doc[k: head.i + 1].text, start, last.idx + len(last.text)

    def _organisation_modifier(self, head: "Token") -> tuple[str, int] | None:
        """"A Harbour Trust spokeswoman", "a Ministry of Transport official": an organisation NER
        names, written in front of the role noun as its modifier (only lower-case words of the role
        between them: "a Harbour Trust senior engineer"). The name, and where the role starts."""
        toks = self.art.tokens
        k = head.i
        # (the role's own words may hang on each other: "public information officer")
        while k - 1 > head.left_edge.i and toks[k - 1].is_lower and toks[k - 1].is_alpha \
                and k <= toks[k - 1].head.i <= head.i and toks[k - 1].dep_ in {"amod", "compound"}:
            k -= 1
        before = toks[k - 1] if k - 1 >= head.left_edge.i else None
        if before is None or before.ent_type_ != "ORG" or before.pos_ != "PROPN" or self._portfolio(before):
            return None
        start = entity_start(toks, k - 1, head.left_edge.i)
        # the name hangs on the role as its modifier ("Ministry" of "official"), not elsewhere
        roots = [t for t in toks[start:k] if not start <= t.head.i < k]
        if len(roots) != 1 or not head.i >= roots[0].head.i >= k - 1 or roots[0].dep_ not in {"compound", "nmod"}:
            return None
        if toks[start].lower_ == "the":
            start += 1
        if start >= k or not toks[start].text[:1].isupper():
            return None
        begin, end = toks[start].idx, toks[k - 1].idx + len(toks[k - 1].text)
        if self._is_place(begin, end):
            return None
        return self.art.text[begin:end], k

    def _prepositions_role(self, first: "Token") -> "Token | None":
        """"According to the city's police chief, Ada Lin, ...", "after the director, Ada Lin,
        issued ...": the parser may miss the apposition after a preposition; a job noun ending its
        object, then a comma, then the name, then a comma, is one."""
        toks = self.art.tokens
        if first.i < 4 or toks[first.i - 1].text != ",":
            return None
        head = toks[first.i - 2]
        if head.lower_ not in ROLE_NOUNS or head.pos_ != "NOUN":
            return None
        end = first.i + len(self.people.name_run(first)) if self.people.name_run(first) else first.i + 1
        if end >= len(toks) or toks[end].text != ",":
            return None
        prep = head.head
        if prep.lower_ == "to" and prep.head.lower_ == "according" and head.dep_ == "pobj":
            return head
        if head.dep_ == "pobj" and prep.lower_ in {"after", "before", "since", "until", "following"} \
                and toks[end - 1].dep_ == "nsubj" and toks[end - 1].head.i > end:
            # "Shortly after the agency's director, Ada Lin, issued a report, ...": the parser makes
            # the name the subject of the clause the preposition opens, the job noun its object
            return head
        return None


def _body_of_place(text: str, at: int, end: int) -> str:
    """" city council" after "the Ridgeport" in "a spokeswoman for the Ridgeport city council, X": lower-case
    words ending in a word for a body, right after a name and before the comma ("" where there are none)."""
    m = re.match(r"(?:\s+[a-z]+){1,3}(?=\s*,)", text[at:end])
    return m.group(0) if m and m.group(0).split()[-1] in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS else ""
