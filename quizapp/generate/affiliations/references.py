"""Links through a reference: possessives ("the company's X", "X's party, Y"), a shared
appositive over several names, a pronoun's own organisation, relative clauses ("X, who founded Y",
"Y, whose chair is X,"), "as ROLE", and who a pronoun is."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import AFFILIATION_VERBS, ROLE_NOUNS
from quizapp.generate.affiliations.patterns import (
    GENDERS, NAMED_BY_HEAD, ORG_RE, POLITICAL_GROUP_ENDINGS, PREPOSITION_ONLY_VERBS, ORG_REFERENCE_NOUNS, PRONOUNS, _job,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class ReferencesMixin:
    # "The Harbour Society's Ada Lin said": an organisation's person
    def _possessive_organisation(self, name: str, first: int, last: "Token"):
        toks = self.art.tokens
        if first < 2 or toks[first - 1].tag_ != "POS" and not self._curly_plural_possessive(toks[first - 1]):
            return
        end_tok = toks[first - 2]
        if end_tok.ent_type_ != "ORG" or end_tok.pos_ != "PROPN" or self.people.is_person(end_tok):
            return
        if not self._acts_as_person(name, last):
            return  # "Harbour Motors' Galaxy Note sold well": NER calls a product a person
        lo = entity_start(toks, end_tok.i)
        if toks[lo].lower_ == "the":
            lo += 1
        yield name, self.doc[lo: end_tok.i + 1].text, None, toks[lo].idx, last.idx + len(last.text)

    def _curly_plural_possessive(self, mark: "Token") -> bool:
        """"Harbour News’ Ada Lin": a curly apostrophe after a word ending in s, with no opening single
        quotation mark before it in its paragraph, is a possessive (the tagger reads it as a closing
        quotation mark)."""
        if mark.text != "’" or mark.i < 1 or not mark.whitespace_:
            return False
        word = self.art.tokens[mark.i - 1]
        if word.whitespace_ or not word.text.endswith("s"):
            return False
        line = self.art.text.rfind("\n", 0, mark.idx) + 1
        return "‘" not in self.art.text[line: mark.idx]

    # "Ada Lin's party, the Greens, ...", "Lin's company, Norvel": a person's own organisation
    def _possessed_group(self, name: str, first: "Token", last: "Token"):
        m = re.match(r"(?:['’]s?)\s+(?:new\s+|own\s+|former\s+)?(?P<noun>party|company|firm|team|club|union|band|charity|"
                     r"organisation|organization|newspaper|foundation|group|campaign|start-up|startup)\s*,\s+",
                     self.art.text[last.idx + len(last.text): last.idx + len(last.text) + 60])
        if not m:
            return
        at = last.idx + len(last.text) + m.end()
        org_m = ORG_RE.match(self.art.text, at)
        if not org_m or self._is_place(org_m.start("org"), org_m.end("org")):
            return
        org_tok = self._token_after(org_m.start("org"))
        if org_tok is None or self.people.is_person(org_tok) or not re.match(r"\s*[,.;)]", self.art.text[org_m.end():]):
            return
        yield name, org_m.group("org"), None, first.idx, org_m.end()

    # "Lin's Green Party won": the party a person's possessive names is hers
    def _possessed_party(self, name: str, first: "Token", last: "Token"):
        end = last.idx + len(last.text)
        m = re.match(r"['’]s?\s+(?P<org>(?:[A-Z][\w-]*\s+){1,3}[Pp]arty)\b", self.art.text[end: end + 60])
        if not m:
            return
        lo, hi = end + m.start("org"), end + m.end("org")
        words = [t for t in self.art.tokens if lo <= t.idx < hi]
        if any(self.people.is_person(t) for t in words) or self._is_place(lo, hi):
            return
        yield name, m.group("org"), None, first.idx, hi

    # "Ada Lin and Tom Berg, both researchers at Y", "X, Y and Z, all members of Y": one link each
    def _shared_appositive(self):
        toks = self.art.tokens
        for tok in toks:
            if tok.lower_ not in {"both", "all"} or tok.i < 4 or toks[tok.i - 1].text != ",":
                continue
            names, k = [], tok.i - 2
            while k >= 0:
                found = self._person_at(toks[k]) if self.people.is_person(toks[k]) or toks[k].ent_type_ else None
                if found is None or not self._real_person(*found):
                    break
                names.append(found)
                k = found[1] - 1
                if k >= 1 and toks[k].ent_type_ == "NORP" and toks[k].text[:1].isupper():
                    k -= 1  # "American Ada Lin and Australian Tom Berg, both ...": a nationality before a name
                if k >= 0 and toks[k].lower_ in {"and", "&"}:
                    k -= 1
                    if names and len(names) == 1 and k >= 0 and toks[k].text == ",":
                        k -= 1  # the serial comma
                elif k >= 0 and toks[k].text == "," and len(names) >= 1 and k - 1 >= 0 and self.people.is_person(toks[k - 1]):
                    k -= 1
                else:
                    break
            if len(names) < 2:
                continue
            found = self._role_and_org(tok.idx + len(tok.text) + 1, plural=True)
            if not found:
                continue
            role, org, end = found
            for name, first, _last in reversed(names):
                yield name, org, role, toks[first].idx, end

    # "Ada Lin said ... Her company, Norvel Energy, ...": a pronoun's own organisation
    def _pronoun_group(self):
        for tok in self.art.tokens:
            if tok.lower_ not in {"his", "her"} or tok.dep_ != "poss":
                continue
            noun = tok.head
            if noun.lower_ not in {"company", "firm", "party", "team", "club", "union", "band", "charity", "organisation",
                                   "organization", "newspaper", "foundation", "start-up", "startup", "employer"}:
                continue
            named = self._named_organisation(noun)
            person = self._who(tok) if named else None
            if person and not self.art.in_quotation(tok.idx):
                yield person, named[0], None, tok.idx, named[2]

    def _antecedent_organisation(self, pos: int, owner: str) -> str | None:
        """"the company's", "the charity's" at `pos`: the one organisation named in this sentence
        before it or in the sentence before, if exactly one is named there; where neither names one,
        the one named in the nearest earlier sentence of the paragraph that names any ("Norvel was
        fined. The company's spokesman, X, said it would appeal. Its chair, Y, ..."); else None."""
        m = re.search(r"(?:^|\s)the\s+(?P<noun>[a-z]+)['’]s?\s+$", owner.lower())
        if owner.lower().strip() != "its" and (not m or m.group("noun") not in ORG_REFERENCE_NOUNS):
            return None  # "its chairman": "its" stands for an organisation (or a thing), never a person
        tok = self._token_after(pos)
        if tok is None:
            return None
        toks = self.art.tokens
        sent = tok.sent
        lo = toks[sent.start - 1].sent.start if sent.start > 0 else sent.start
        names = self._organisations_between(lo, pos, m)
        # further back: sentence by sentence, to the paragraph's start (a line break) or three sentences
        hi, steps = lo, 0
        while not names and hi > 0 and steps < 3 and "\n" not in toks[hi - 1].whitespace_ + toks[hi - 1].text:
            start = toks[hi - 1].sent.start
            names = self._organisations_between(start, toks[hi].idx, m)
            hi, steps = start, steps + 1
        if not names and m and m.group("noun") in NAMED_BY_HEAD:
            # "the society's chief officer": a body named by its own word ("the Westland
            # Walkers' Society") is taken up from anywhere before, if the article names one
            names = self._organisations_between(0, pos, m)
        return names.pop() if len(names) == 1 else None

    def _organisations_between(self, lo: int, pos: int, m: "re.Match | None") -> set[str]:
        """The organisations NER names from token `lo` to character `pos` (no person's or place's
        names; only a party named as one where `m` is "the party's")."""
        names = set()
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or ent.start < lo or ent.end_char > pos:
                continue
            text = ent.text.removeprefix("the ").removeprefix("The ")
            if any(self.people.is_person(t) for t in ent) or self._is_place(ent.start_char, ent.end_char):
                continue
            if m and m.group("noun") in NAMED_BY_HEAD and not NAMED_BY_HEAD[m.group("noun")] & {t.lower_ for t in ent}:
                continue  # "the party's leader": only a party named as one ("the Westland Party")
            if self._someone_elses_employer(ent):
                continue
            if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" \
                    and ent.root.head.lower_ not in ORG_REFERENCE_NOUNS:
                continue  # "its Falcon Heavy rocket": a product's name, no organisation
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"near", "outside", "around", "across", "in", "into"}:
                continue  # "bought land near Ashby": a place, whatever NER called it
            names.add(text)
        return names

    def _someone_elses_employer(self, ent) -> bool:
        """"X, an analyst at Halden Bank,", "Halden Bank's X": an organisation named as where another
        person works is not the one a later "the company's" takes up."""
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in {"at", "for", "with", "of"} and head.head.lower_ in ROLE_NOUNS:
            return True
        toks = self.art.tokens
        return ent.end + 1 < len(toks) and toks[ent.end].tag_ == "POS" and self.people.is_person(toks[ent.end + 1])

    def _who(self, tok: "Token") -> str | None:
        """The person a subject or possessor names: a name, or "he"/"she"/"his"/"her" for the one
        person named in the sentence before it or in the previous sentence of the paragraph."""
        if tok.lower_ not in PRONOUNS:
            if not self.people.is_person(tok) and tok.lower_ in ROLE_NOUNS and tok.text[:1].isupper():
                # "President of Y Ada Lin became ...": the parser makes the title the subject and
                # hangs the name on it in apposition
                held = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children
                        if o.dep_ == "pobj" and self.people.is_person(o) and o.i - len(self.people.name_run(o)) > p.i]
                tok = next((c for c in tok.children if c.dep_ == "appos" and self.people.is_person(c)),
                           held[0] if held else tok)  # "Governor of Y Ada Lin became ...": the place between
            if not self.people.is_person(tok):
                return None
            found = self._person_at(tok)
            return found[0] if found and self._real_person(*found) else None
        sent = tok.sent
        # (a name used as a modifier is nobody here: "Scion of the Vanderbilt family, she ...")
        here = {self.people.person_name(t) for t in sent if t.i < tok.i and self.people.is_person(t)
                and not (t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.lower_ not in ROLE_NOUNS)} - {None}
        if here:
            return here.pop() if len(here) == 1 else None
        subj = next((t for t in sent if t.i < tok.i and t.lower_ in PRONOUNS and t.dep_ == "nsubj"), None)
        if subj is not None and subj.i != tok.i:
            return self._who(subj)
        # the last sentence of the paragraph before it that names anyone, if it names one person
        # ("Ada Lin was born in Oslo. In 1990 she moved. She worked for Y.")
        # A sentence on the way with "he" for a "she" (or the other way round) is about someone
        # else; so is a named sentence whose own "she" comes before the name ("In 1980 she
        # returned with her husband, Erik Lind. She was a member of Y": not Erik Lind).
        gender = GENDERS[tok.lower_]
        for _ in range(3):
            if sent.start == 0:
                return None
            prev = self.art.tokens[sent.start - 1].sent
            if self.art.paragraph_of(prev.start_char) != self.art.paragraph_of(tok.idx):
                return None
            pronouns = [t for t in prev if t.lower_ in GENDERS]
            mixed = any(GENDERS[t.lower_] != gender for t in pronouns)
            if mixed and not (
                    tok.dep_ in {"nsubj", "nsubjpass"} and any(GENDERS[t.lower_] == gender for t in pronouns)):
                # (but "Lin was appointed by Berg as his deputy before she ran the firm. She ...": a
                # sentence with both pronouns is about two people, and the subject takes up its main subject)
                return None
            persons = [t for t in prev if self.people.is_person(t)]
            named = {self.people.person_name(t) for t in persons} - {None}
            if named:
                if any(p.i < persons[0].i for p in pronouns):
                    # "She formed a trio with Tom Berg and Ivo Lund. In 1975 she ...": where the sentence
                    # opens on the same pronoun as its main subject, both mean one person, named before
                    lead = pronouns[0]
                    if tok.dep_ == "nsubj" and lead.dep_ == "nsubj" and lead.head.i == prev.root.i \
                            and not any(t.i < lead.i and self.people.is_person(t) for t in prev):
                        return self._who(lead)
                    return None
                if len(named) != 1 or mixed:
                    return self._main_subject(prev, persons) if tok.dep_ in {"nsubj", "nsubjpass"} and len(named) > 1 else None
                return named.pop()
            sent = prev
        return None

    def _main_subject(self, sent, persons: list) -> str | None:
        """"When Tom Berg resigned, Ivo Lund ran for the seat. He won.": of several people named in the
        sentence before, a subject pronoun takes up the one who is the subject of its main clause,
        where the others stand only in a clause inside it or as objects."""
        root = sent.root
        mains = {root.i} | {c.i for c in root.conjuncts}
        subjects = {self.people.person_name(t) for t in persons if self._clause_verb(t).i in mains
                    and _name_head(t).dep_ in {"nsubj", "nsubjpass"}} - {None}
        if len(subjects) != 1:
            return None
        if any(self._clause_verb(t).i in mains for t in persons if self.people.person_name(t) not in subjects):
            return None  # "Tom Berg met Ivo Lund. He ...": the object of the main clause may be meant as well
        return subjects.pop()

    def _reported_pronoun(self, verb: "Token") -> bool:
        """"Tom Berg said she is a teacher", ""He is a doctor," she said": a pronoun in reported
        speech or in a quotation may be anyone, not the one named last."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in PRONOUNS:
            return False
        if self.art.in_quotation(subj.idx):
            return True
        return any(a.dep_ == "ccomp" for a in [verb, *verb.ancestors])

    # "A former nurse, she now runs the clinic", "A freelancer, Ada Lin was ...": a role set before
    # the sentence's subject describes that subject
    def _fronted_roles(self):
        for sent in self.doc.sents:
            first = sent[0]
            if first.lower_ not in {"a", "an"} or self.art.in_quotation(first.idx):
                continue
            found = self._role_and_org(sent[1].idx) if len(sent) > 1 else None
            if not found:
                continue
            role, org, end = found
            comma = re.match(r",\s+", self.art.text[end: end + 4])
            subj = comma and self._token_after(end + comma.end())
            if not subj or subj.i >= sent.end:
                continue
            last = self._token_before(end)
            # the phrase's root: its one word that hangs outside it
            roots = [t for t in self.doc[first.i: last.i + 1] if not first.i <= t.head.i <= last.i]
            if len(roots) != 1 or roots[0].head.i != self._clause_verb(subj).i:
                continue  # "A teacher, he said, must be patient": the subject of an inserted "he said"
            if subj.lower_ in PRONOUNS and subj.dep_ in {"nsubj", "nsubjpass"}:
                person = self._who(subj)
            elif self.people.is_person(subj):
                while subj.i + 1 < sent.end and self.people.is_person(self.art.tokens[subj.i + 1]):
                    subj = self.art.tokens[subj.i + 1]  # the name's last word
                at = self._person_at(subj)
                person = at[0] if at and at[2].dep_ in {"nsubj", "nsubjpass"} and self._real_person(*at) else None
            else:
                person = None
            if person:
                yield person, org, role, first.idx, end

    def _whose_roles(self):
        """"Norvel Energy, whose chief executive is Ada Lin, ...", "the army — whose commander is
        General Tom Berg —": the post the relative clause names is the person's, in the organisation
        the clause hangs on."""
        for whose in self.art.tokens:
            if whose.lower_ != "whose" or whose.dep_ != "poss":
                continue
            post, verb = whose.head, whose.head.head
            named_in = next((c for c in post.children if c.dep_ == "appos" and self.people.is_person(c)), None)
            if named_in is not None and post.dep_ == "appos":
                # "Norvel Energy, whose chief executive, Ada Lin, testified": the name set beside the post
                verb, attr_tok = None, named_in
            elif post.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "relcl" or verb.i < post.i \
                    or any(c.dep_ == "neg" for c in verb.children):
                continue
            else:
                attr_tok = next((c for c in verb.children if c.dep_ == "attr"), None)
            words = [t for t in post.subtree if whose.i < t.i < (named_in.left_edge.i if verb is None else len(self.art.tokens))
                     and t.dep_ != "punct"]
            if not words or not _job(words[-1].text) and not _job(post.text) or not all(t.is_lower or t.text == "-" for t in words):
                continue  # "whose chief executive", "whose commander-in-chief"; not "whose home is ..."
            attr, owner = attr_tok, post.head if verb is None else verb.head
            named = self._named_organisation(owner, unlabelled_ok=True) if owner.i < whose.i else None
            if named is not None and not self._organisation_like(named[1], named[2]):
                named = None  # "Ada Lin's town, whose mayor is X": only an organisation has staff
            if attr is None or named is None or not self.people.is_person(attr):
                continue
            found = self._person_at(attr)
            if found is None or not self._real_person(*found):
                continue
            org = named[0][4:] if named[0].startswith("The ") else named[0]
            role = self.art.text[words[0].idx: words[-1].idx + len(words[-1].text)]
            yield found[0], org, role, named[1], attr.idx + len(attr.text)

    # "X, who founded Y", "X, 52, who works on logistics for Y"
    def _relative_clause(self, name: str, first: "Token", last: "Token"):
        clauses = list(last.children)
        # "Ada Lin, a nurse who works at the Harbour Clinic": the clause may hang on the appositive,
        # whose role it places (unless the appositive has an organisation of its own: "a member of
        # the Y who works with Z")
        posts: dict[int, str | None] = {}
        for a in last.children:
            if a.dep_ != "appos" or a.i < last.i or not _job(a.text):
                continue
            for c in a.children:
                if c.dep_ == "relcl" and c.lemma_.lower() in AFFILIATION_VERBS:
                    clauses.append(c)
                    own = any(p.dep_ == "prep" and p.lower_ in {"of", "at", "for", "with"} for p in a.children)
                    words = [t.text for t in self.doc[a.left_edge.i: a.i + 1] if t.dep_ not in {"det", "poss"}]
                    posts[c.i] = None if own else " ".join(words)
        nxt = self.art.tokens[last.i + 1] if last.i + 1 < len(self.art.tokens) else None
        if nxt is not None and nxt.lower_ == "who" and nxt.dep_ == "nsubj" and nxt.head.dep_ == "relcl" \
                and nxt.head.lemma_ == "be" and nxt.head.head.i != last.i and nxt.head.head.i < last.i:
            # "disagreements with Ada Lin who is the finance minister": the parser hangs the clause
            # on an earlier noun, but "who" right after a name is about that person
            clauses.append(nxt.head)
        for clause in clauses:
            if clause.dep_ == "relcl" and clause.lemma_ == "be":
                if any(c.dep_ == "nsubj" and c.lower_ not in {"who", "that"} for c in clause.children):
                    continue  # "X, whose father was a teacher": someone else's post
                attr = next((c for c in clause.children if c.dep_ == "attr" and _job(c.text)), None)
                if attr is not None:  # "who is the director of the Halden Museum"
                    found = self._role_and_org(attr.left_edge.idx)
                    if found:
                        role, org, end = found
                        yield name, org, role, first.idx, end
                continue
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in AFFILIATION_VERBS:
                continue
            if not any(c.lower_ in {"who", "whom"} for c in clause.children):
                continue
            role = AFFILIATION_VERBS[clause.lemma_.lower()]
            if clause.i in posts:
                role = posts[clause.i] or role
            org, end = None, None
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and clause.lemma_.lower() not in PREPOSITION_ONLY_VERBS:
                # a named object: "who founded Brightline", not "a bakery" ("who wrote Harbour Lights": a work)
                sub = list(obj.subtree)
                org_start = sub[1].idx if sub[0].lower_ == "the" and len(sub) > 1 else sub[0].idx
                end = sub[-1].idx + len(sub[-1].text)
                org = self.art.text[org_start:end]
                if clause.lemma_.lower() == "represent" and org.split()[-1].lower() not in POLITICAL_GROUP_ENDINGS:
                    continue  # "who represents Marlow", "who represents Norvel Inc.": a town, a client
            else:
                for prep in clause.subtree:
                    if prep.dep_ == "prep" and prep.lower_ in {"for", "at", "with"} and prep.i > clause.i:
                        m = ORG_RE.match(self.art.text, prep.idx + len(prep.text) + 1)
                        if m and not self._is_place(m.start("org"), m.end("org")) and not (
                                prep.lower_ == "with" and self._names_person(m.start("org"), m.end("org"))):
                            org, end = m.group("org"), m.end()  # ("who works with Ada Lin": a colleague)
                            if role is None:
                                # "who works on logistics for Y": what the work is; one who teaches or
                                # plays somewhere has no role stated
                                what = self.art.text[clause.idx: prep.idx].strip()
                                role = self._as_role(clause) or (what if clause.lemma_.lower() in {"work", "serve"}
                                                                 and len(what.split()) > 1 else None)
                            break
            if org:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if obj is None or \
                    clause.lemma_.lower() in PREPOSITION_ONLY_VERBS else None
                listed = self._named_organisations(pobj) if pobj is not None else []
                if len(listed) > 1:  # "who played for Ajax and Celtic": each of them
                    for each, _, each_end in listed:
                        yield name, each, role, first.idx, each_end
                    continue
                yield name, org, role, first.idx, end

    def _as_role(self, clause: "Token") -> str | None:
        """"works as a crane operator": the role after "as"."""
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _job(obj.text):
                    words = [t for t in obj.lefts if t.dep_ in {"compound", "amod"}] + [obj]
                    return " ".join(t.text for t in words)
        return None

    def _clause_verb(self, tok: "Token") -> "Token":
        """The verb a name's word hangs on: "Ada Lin runs": "runs"."""
        while tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
            tok = tok.head
        return tok.head


def _name_head(tok: "Token") -> "Token":
    """The word of a name the parse hangs the name on ("Berg" of "Tom Berg")."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    return tok
