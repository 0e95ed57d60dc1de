"""Links stated by a clause: copula ("X is a professor at Y"), verbs that tie a subject to an
organisation ("X works for Y", "X was hired by Y"), schools attended and degrees earned."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    AFFILIATION_VERBS, DEGREE_NOUNS, EDUCATION_NOUNS, EMPLOYMENT_NOUNS, FOUNDING_VERBS, ROLE_NOUNS, STUDY_NOUNS,
    STUDY_VERBS, SURNAME_OCCUPATIONS,
)
from quizapp.generate.affiliations.patterns import (
    GROUP_NOUNS, NEEDS_ORGANISATION, POLITICAL_GROUP_ENDINGS, PREPOSITION_ONLY_VERBS, PAST_ADVERBS, PRONOUNS,
    _ancestors_to, _job, _split_roles,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# Passives whose subject holds the place: "X was elected to Y", "X was signed to Y"
PASSIVE_POSTS = {"elect", "sign"}


class ClausesMixin:
    # "Ada Lin attended the Harbour Academy", "She graduated from the University of Y",
    # "X, who studied at Y", "after her studies at Y": a person and a school
    def _schools(self):
        for tok in self.art.tokens:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in STUDY_VERBS:
                subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
                    subj = tok.head
                # "attended X", "graduated from X", "studied (law) at X"; not "attended a meeting at X"
                preps = {"attend": set(), "graduate": {"from"}}.get(lemma, {"at", "in"})
                objs = [c for c in tok.children if c.dep_ == "dobj"] if lemma == "attend" else []
                heads = [tok] + ([d for d in tok.children if d.dep_ == "dobj"] if lemma != "attend" else [])
                # "studied physics at Y": the parser may hang the school on the subject studied
                objs += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                         for o in p.children if o.dep_ == "pobj"]
            elif tok.pos_ == "NOUN" and tok.lower_ in STUDY_NOUNS:
                subj = next((c for c in tok.children if c.dep_ == "poss"), None)
                objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"at", "of", "from"}
                        for o in p.children if o.dep_ == "pobj"]
            else:
                continue
            if subj is None or not objs:
                continue
            person = self._who(subj)
            if person is None:
                continue
            for obj in objs:
                org = self._school_name(obj)
                if org:
                    lo = min(subj.left_edge.idx, org[1])
                    yield person, org[0], None, lo, max(org[2], tok.idx + len(tok.text))

    # ---- links stated by a clause: "X is a professor at Y", "X founded Y", "X works for Y" ---------

    def _clause_subjects(self, verb: "Token") -> list[str]:
        """The people a verb's clause is about: its subject named or as he/she, each name of a
        coordinated subject ("Ada Lin and two friends started ..."), the subject of the clause a
        participle hangs on ("..., he stayed, taking a job at Y"), or of the verb it is
        coordinated with ("He moved to Oslo and worked for Y")."""
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X is not a member of Y"
        subjects = [c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and verb.lemma_ in PASSIVE_POSTS]
        # "al-Amin was ...": the parser may make each token of "al - Amin" a subject; the name's is its last
        subj = next((c for c in reversed(subjects) if self.people.is_person(c)), subjects[0] if subjects else None)
        if subj is None:
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i != verb.head.i:
                return self._clause_subjects(verb.head)
            if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.i != verb.head.i:
                return self._clause_subjects(verb.head)
            return []
        if subj.lower_ in {"who"} and verb.dep_ == "relcl":
            subj = verb.head
        people = []
        named = [subj, *subj.conjuncts]
        if not self.people.is_person(subj) and subj.lower_ not in PRONOUNS:
            # "Her husband, Leif Dahl, is a professor at Y": the name in apposition to the subject;
            # "His parents, Leif Dahl and Ana Dahl, were farmers": each name of the apposition
            named += [x for c in subj.children if c.dep_ == "appos" for x in (c, *c.conjuncts, *(
                d for d in c.children if d.dep_ == "compound" and not self.people.is_person(c)))
                      if self.people.is_person(x)]  # ("Leif Dahl Sr.": the parser may head the name on "Sr.")
        elif verb.tag_ == "VBP" or verb.lower_ in {"are", "were"}:
            # "Ada Lin, Tom Berg, and Karl Weiss are members of Y": the parser may take a name of the
            # list for an apposition, or lose the names before the last one's "and" altogether
            named += [c for c in subj.children if c.dep_ == "appos" and self.people.is_person(c)]
            named += [t for t in self._listed_before(subj) if t not in named]
        elif any(not self.people.is_person(c) and _job(c.text) for c in subj.conjuncts):
            # "Lin, Berg and singer Ivo Petrov formed Y": the parser may hang the name after a job
            # noun in the list on the first subject in apposition
            named += [c for c in subj.children if c.dep_ == "appos" and self.people.is_person(c)]
        for tok in named:
            if tok.lower_ in PRONOUNS or self.people.is_person(tok):
                person = self._who(tok)
                if person and person not in people:
                    people.append(person)
        return people

    def _listed_before(self, subj: "Token") -> list["Token"]:
        """"Ada Lin, Tom Berg, and Karl Weiss are ...": the names of a list that opens the sentence
        and ends in the subject ("and" before it), where the parse left them out; none unless every
        item from the sentence's start is a person's name."""
        toks, sent_start = self.art.tokens, subj.sent.start
        k = subj.left_edge.i - 1
        if k < sent_start or toks[k].lower_ != "and":
            return []
        k -= 1
        found = []
        while k >= sent_start:
            if toks[k].text == ",":
                k -= 1
            if k < sent_start:
                return []
            last = toks[k]
            while k >= sent_start and toks[k].text[:1].isupper() and (toks[k].is_alpha or toks[k].text.endswith(".")):
                k -= 1  # (a surname the parser took for an adjective is still a capitalised name)
            if last.i == k or not self.people.is_person(last):
                return []
            found.append(last)
            if k < sent_start:
                return found
            if toks[k].text != ",":
                return []
        return found

    def _clause_links(self):
        for verb in self.art.tokens:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = verb.lemma_.lower()
            subject_of = verb
            toks = self.art.tokens
            if verb.i >= 2 and toks[verb.i - 1].text == "-" and toks[verb.i - 2].lower_ == "co" \
                    and not toks[verb.i - 2].whitespace_ and not toks[verb.i - 1].whitespace_ and lemma in FOUNDING_VERBS:
                # "X co-founded Y": the tokenizer splits the verb and the parser hangs the subject on "co"
                lemma, subject_of = "co-" + lemma, toks[verb.i - 2]
            if self._hypothetical(verb):
                continue  # "X could be the next president of Y", "X hopes to work for Y"
            if lemma == "be":
                if verb.dep_ == "relcl":
                    continue  # "who is the director of Y": _relative_clause
                found = list(self._copular_roles(verb))
                if not found:
                    yield from self._post_then_holder(verb)
                    continue
            elif lemma in AFFILIATION_VERBS or lemma in FOUNDING_VERBS or lemma == "join":
                found = list(self._verb_organisation(verb, lemma))
            elif lemma == "spend":
                found = list(self._years_at(verb))
            elif lemma in {"hire", "employ", "recruit"}:
                yield from self._hired_by(verb)
                continue
            else:
                continue
            if not found or self._reported_pronoun(verb):
                continue
            past = any(c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS for c in verb.children)
            people = self._clause_subjects(verb) or (self._clause_subjects(subject_of) if subject_of is not verb else [])
            if lemma in {"form", "co-found"} and people:
                people += [p for p in self._companions(verb) if p not in people]  # "formed Y with X"
            for person in people:
                for org, role, start, end in found:
                    if past and role and not role.lower().startswith("former"):
                        role = f"former {role}"  # "she previously worked for Y as a planner"
                    yield person, org, role, min(start, verb.idx), end

    def _others_in(self):
        """"Ada Lin and others in the Green Party warned ...", "Lin and other members of the Y said":
        the person named beside the others is one of the organisation's too."""
        for tok in self.art.tokens:
            if not (tok.lower_ == "others" or tok.lower_ == "members" and any(c.lower_ == "other" for c in tok.children)):
                continue
            if tok.dep_ != "conj" or not self.people.is_person(tok.head):
                continue
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "from"}), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            named = self._named_organisation(pobj) if pobj is not None else None
            person = self._who(tok.head) if named else None
            if person:
                yield person, named[0], None, tok.head.idx, named[2]

    def _group_memberships(self):
        """"Ada Lin and Tom Berg were later in another band, Glass Harbour, with Ivo Petrov": people
        said to be in a named group (the group noun says what the name is, whatever NER calls it),
        and those they were in it with, are its members."""
        toks = self.art.tokens
        for verb in toks:
            if verb.lemma_ != "be" or verb.dep_ == "relcl" or self._hypothetical(verb) \
                    or any(c.dep_ == "neg" for c in verb.children):
                continue
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if noun is None or noun.lower_ not in GROUP_NOUNS:
                continue
            k = noun.i + 1
            if k < len(toks) and toks[k].text == ",":
                k += 1
            lo = k
            while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper() and k - lo < 5:
                k += 1
            if k == lo or any(t.ent_type_ in {"GPE", "LOC", "DATE"} for t in toks[lo:k]):
                continue
            group = self.doc[lo:k].text
            people = self._clause_subjects(verb)
            if not people or self._reported_pronoun(verb):
                continue
            for head in (verb, toks[k - 1]):
                people += [p for p in self._companions(head) if p not in people]
            for person in people:
                yield person, group, None, toks[lo].idx, toks[k - 1].idx + len(toks[k - 1].text)

    def _met_in_group(self):
        """"... with the band Glass Harbour, where he met bassist Tom Berg": the one who met and
        the one met there are both the group's (the met one keeps the job noun before the name)."""
        for verb in self.art.tokens:
            if verb.lemma_ != "meet" or verb.dep_ != "relcl" \
                    or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
                continue
            name = verb.head
            if name.pos_ != "PROPN":
                continue
            words = [t for t in name.subtree if t.i <= name.i]
            if words[0].lower_ == "the" and words[0].text[0].islower():
                words = words[1:]
            if not words or any(not t.text[:1].isupper() for t in words) or words[0].i < 1 \
                    or self.art.tokens[words[0].i - 1].lower_ not in GROUP_NOUNS:
                continue  # "the band Glass Harbour where ...": the group noun right before the name
            group, start, end = self.doc[words[0].i: name.i + 1].text, words[0].idx, name.idx + len(name.text)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if subj is not None and (who := self._who(subj)):
                yield who, group, None, start, end
            if obj is not None and self.people.is_person(obj) and (met := self._who(obj)):
                role = next((c.text for c in obj.children if c.dep_ == "compound" and c.is_lower and _job(c.text)), None)
                yield met, group, role, start, obj.idx + len(obj.text)

    def _named_once(self, tok: "Token") -> bool:
        """"They formed Glass Harbour": one forms a group, never a person, so a name NER calls a
        person is the group's when none of its words names anyone elsewhere in the article."""
        words = [t.text for t in tok.subtree if t.i <= tok.i and t.dep_ in {"compound", "flat"} or t.i == tok.i]
        return len(words) >= 2 and all(len(re.findall(rf"\b{re.escape(w)}\b", self.art.text)) == 1 for w in words)

    def _companions(self, verb: "Token") -> list[str]:
        """The people after the verb's "with" ("formed Y with Ada Lin and Tom Berg", "with his
        brother Tom Berg"): named, each of a coordination."""
        out = []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for tok in [obj, *obj.conjuncts, *(c for c in obj.children if c.dep_ == "appos")]:
                        if self.people.is_person(tok):
                            person = self._who(tok)
                            if person and person not in out:
                                out.append(person)
        return out

    def _post_then_holder(self, verb: "Token"):
        """"The chief executive of Norvel Energy is Ana Ruiz": the post is the subject, and the person
        named after "be" holds it (a plural post over several names is left to the parse of "be",
        which reads "The coaches of Y are A and B" no better)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
        if subj is None or attr is None or not _job(subj.text) or not self.people.is_person(attr) \
                or self._hypothetical(verb) or any(c.dep_ == "neg" for c in verb.children):
            return
        det = subj.left_edge
        if det.lower_ != "the":
            return  # ("A founder of Y is Ana Ruiz" is rare; "Her lawyer is X" says whose, not where)
        found = self._role_and_org(det.idx + len(det.text_with_ws), plural=subj.tag_ == "NNS")
        if not found or found[2] > verb.idx:
            return
        role, org, _end = found
        for holder in (attr, *attr.conjuncts):
            name = self.people.person_name(holder) if self.people.is_person(holder) else None
            if name:
                yield name, org, role, det.idx, holder.idx + len(holder.text)

    def _copular_roles(self, verb: "Token"):
        """"X is a professor at Y", "She was the director of Y", "X is Y's chief executive and a
        fellow of Z": a job noun after "be" gives a role, with the organisation it names."""
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is None:  # "She has been with Norvel Energy since 2010": with an organisation
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i == verb.i + 1), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            named = self._named_organisation(pobj) if pobj is not None else None
            if named:
                yield named[0], None, prep.idx, named[2]
            return
        if attr.pos_ not in {"NOUN", "PROPN"} or attr.i < verb.i:
            return
        if any(t.tag_ in {"JJS", "RBS"} or t.lower_ in {"one", "some", "many", "none", "most", "such"}
               for t in attr.subtree if t.i <= attr.i):
            return  # "X was the finest engineer", "X is one of the founders": no post
        pos, done = attr.left_edge.idx, set()
        # "Ada Lin and Tom Berg are members of the Westland Assembly": a plural job noun after a
        # plural "be" gives each subject the post
        plural = attr.tag_ == "NNS" and verb.lower_ in {"are", "were"}
        while True:
            found = self._role_and_org(pos, plural=plural)
            if not found:
                break
            role, org, end = found
            if plural and org is None:
                # "Leif Dahl and Ana Dahl were farmers": the job as written, plural included; a post
                # that needs an organisation ("they were members") names none
                if role.split()[-1].lower() in NEEDS_ORGANISATION:
                    break
                # ("Ada Lin and Tom Berg are co-authors of the study": a lowercase complement is the role's)
                of = re.match(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*(?=\s*[,.;])",
                              self.art.text[end: end + 60])
                end += of.end() if of else 0
                role = re.sub(r"^(?:(?:both|all|also|the)\s+)+", "", self.art.text[pos: end])
            if org is None and any(c.dep_ in {"relcl", "acl"} for c in attr.children) \
                    and any(c.lower_ == "the" for c in attr.children):
                return  # "the coach we had for years": a description, not a post ("a teacher who ..." is one)
            done.add(pos)
            yield org, role, pos, end
            nxt = re.match(r"\s+and\s+(?:also\s+)?(?=(?:a|an|the)\s)", self.art.text[end: end + 20])
            if not nxt:
                break
            pos = end + nxt.end()
        # "He is a Republican and a former state senator": a coordinated job after something else
        for conj in attr.conjuncts:
            if conj.i > attr.i and conj.pos_ == "NOUN" and _job(conj.text) and conj.left_edge.idx not in done \
                    and not any(t.tag_ in {"JJS", "RBS"} for t in conj.subtree):
                found = self._role_and_org(conj.left_edge.idx)
                if found:
                    done.add(conj.left_edge.idx)
                    # "a singer, actor and writer": the list's last two jobs are two roles
                    for part in (_split_roles(found[0]) if found[1] is None else [found[0]]):
                        yield found[1], part, conj.left_edge.idx, found[2]

    def _verb_organisation(self, verb: "Token", lemma: str):
        """"X founded Y", "X heads Y", "X works for Y", "X served in the Y", "X joined Y",
        "X started a company, Y": the organisation and the role the verb gives."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if lemma == "join" or lemma in FOUNDING_VERBS:
            if obj is None or any(p.dep_ == "prep" and p.lower_ == "as" for p in verb.children):
                return  # "joined Y as treasurer": _appointments
            if lemma == "form" and obj.pos_ == "PROPN" and (
                    obj.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART", ""} and not self.people.is_person(obj)
                    or obj.ent_type_ == "PERSON" and self._named_once(obj)):
                # "Ada Lin and Tom Berg formed Glass Harbour": a named group (a band NER may call a
                # product or a work) formed by people; each founder is a member, no role stated
                named = self._named_organisation(obj, unlabelled_ok=True, any_label=True)
                if named:
                    yield named[0], None, named[1], named[2]
                return
            if FOUNDING_VERBS.get(lemma, "") is None and (obj.pos_ != "NOUN" or lemma == "set" and not any(
                    c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
                return  # "started a company, Y": only a common organisation noun with its name
            named = self._named_organisation(obj)
            if named:
                yield named[0], FOUNDING_VERBS.get(lemma), named[1], named[2]
            return
        role = AFFILIATION_VERBS[lemma]
        if lemma == "represent":
            # "represents the Green Party in parliament": one sits for a party or a movement; a lawyer
            # representing a firm, or a member representing a town, belongs to neither
            named = self._named_organisation(obj) if obj is not None else None
            if named and named[0].split()[-1].lower() in POLITICAL_GROUP_ENDINGS:
                yield named[0], None, named[1], named[2]
            return
        if lemma == "lead" and any(p.dep_ == "prep" and p.lower_ in {"with", "in"} and any(
                t.like_num or t.tag_ == "NNS" and t.dep_ == "pobj" for t in p.subtree) for p in verb.children):
            return  # "is leading the league with 11 assists a game", "leads the league in steals": a tally
        if obj is not None and lemma not in PREPOSITION_ONLY_VERBS:
            # only an organisation is run, owned, founded or chaired; one may lead or direct a film
            named = self._named_organisation(obj, unlabelled_ok=lemma in {"run", "own", "found", "head", "manage", "chair"})
            if named:
                yield named[0], role, named[1], named[2]
            return
        preps = {"work": {"for", "at", "with"}, "serve": {"in", "with", "on", "for"}, "teach": {"at"},
                 "sign": {"with", "for", "to"}, "elect": {"to"}, "belong": {"to"}}.get(
            lemma, {"for"} if lemma in PREPOSITION_ONLY_VERBS else set())  # "played for Y", "wrestled for Y"
        if lemma == "elect" and not any(c.dep_ == "auxpass" for c in verb.children):
            return  # "was elected to the Harbour Assembly"; "voters elected X" names the electors
        if lemma == "sign" and (obj is not None or any(c.dep_ == "auxpass" for c in verb.children)
                                and not any(p.dep_ == "prep" and p.lower_ in {"to", "for"} for p in verb.children)):
            return  # "signed a deal with Y" may be any party's deal; "was signed to/for Y" is a player's contract
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and lemma in {"work", "serve"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ in ROLE_NOUNS | SURNAME_OCCUPATIONS:
                    found = self._role_and_org(pobj.left_edge.idx)  # "served as mayor of Y"
                    if found and (found[1] or not any(p.dep_ == "prep" and p.lower_ in preps for p in verb.children)):
                        yield found[1], found[0], prep.idx, found[2]
                        return
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            listed = self._named_organisations(pobj) if pobj is not None else []
            for named in listed:
                yield named[0], self._as_role(verb) or role, prep.idx, named[2]
            if listed:
                return

    def _years_at(self, verb: "Token"):
        """"X spent 20 years at Y", "spent her career with Y": time spent with an organisation."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in {"years", "decades", "months", "career", "decade", "year"}:
            return
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in {"at", "with"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                named = self._named_organisation(pobj) if pobj is not None else None
                if named:
                    yield named[0], None, prep.idx, named[2]
                    return

    def _hired_by(self, verb: "Token"):
        """"Ada Lin was hired by Norvel Energy in 2015", "She is employed by Y": the agent employs."""
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if subj is None or agent is None or any(c.dep_ == "neg" for c in verb.children):
            return
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        named = self._named_organisation(pobj) if pobj is not None else None
        person = self._who(subj) if subj.lower_ in PRONOUNS or self.people.is_person(subj) else None
        if named and person and not (subj.lower_ in PRONOUNS and self.art.in_quotation(subj.idx)):
            yield person, named[0], self._as_role(verb), min(subj.idx, verb.idx), named[2]

    def _employment(self):
        """"taking a job at Y", "her tenure at Y", "his time with Y": a post held somewhere."""
        for noun in self.art.tokens:
            if noun.pos_ != "NOUN" or noun.lower_ not in EMPLOYMENT_NOUNS:
                continue
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"at", "with", "in"}), None)
            if prep is None and noun.dep_ == "dobj":
                prep = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in {"at", "with"}), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            named = self._named_organisation(pobj) if pobj is not None else None
            if not named:
                continue
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None:
                people = [p for p in [self._who(poss)] if p]
            elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                people = self._clause_subjects(noun.head)
            else:
                people = []
            for person in people:
                yield person, named[0], None, min(noun.idx, named[1]), named[2]

    def _degrees(self):
        """"X earned a PhD from Y", "Earning a doctorate at Y, X ...", "her degree from Y": a school."""
        for noun in self.art.tokens:
            if noun.lower_ not in DEGREE_NOUNS or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            verb = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
            scope = verb if verb is not None else noun
            schools = []
            for prep in scope.subtree:
                if prep.dep_ == "prep" and prep.lower_ in {"from", "at"} and \
                        not any(a.pos_ == "VERB" for a in _ancestors_to(prep.head, scope) if a.i != scope.i):
                    schools += [self._school_name(o) for o in prep.children if o.dep_ == "pobj"]
            schools = [s for s in schools if s]
            if not schools:
                continue
            if poss is not None:
                people = [p for p in [self._who(poss)] if p]
            elif verb is not None:
                people = self._clause_subjects(verb)
            else:
                people = []
            for person in people:
                for org, start, end in schools:
                    yield person, org, None, min(noun.idx, start), end

    def _school_name(self, obj: "Token") -> tuple[str, int, int] | None:
        """The proper name of a school headed by `obj` ("Port Ellis University", "University of Oslo")."""
        if obj.pos_ != "PROPN":
            return None
        toks = [t for t in obj.subtree if t.dep_ not in {"punct", "appos", "relcl", "acl"}
                and not any(a.dep_ in {"appos", "relcl", "acl"} and a.i != obj.i for a in _ancestors_to(t, obj))]
        while toks and toks[0].pos_ == "DET":
            toks.pop(0)
        if not toks or not any(t.lower_ in EDUCATION_NOUNS for t in toks) or not toks[-1].text[:1].isupper():
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if self._is_place(start, end):
            return None
        return self.art.text[start:end], start, end
