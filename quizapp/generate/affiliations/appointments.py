"""Appointments and posts: "X was named chief of Y", "X joined Y as treasurer", "Y was founded by X"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    APPOINTMENT_VERBS, FOUNDING_VERBS, REPORTING_VERBS, ROLE_PLURALS, SPEECH_VERBS,
)
from quizapp.generate.affiliations.patterns import (
    AWARD_PERIODS, HEADED_BY, HOLDING_VERBS, HYPOTHETICAL_MODALS, LEFT_POSTS, MAX_ROLE_WORDS, ORG_RE, PAST_ADVERBS,
    POST_NOUNS, PRONOUNS, SERVING_VERBS, TAKEN_POSTS, WISH_VERBS, _ancestors_to, _job, _split_roles,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# Taking someone's post: "X succeeded Y as chief executive" (and, passive, the one who left it)
SUCCESSION_VERBS = {"succeed", "replace"}


class AppointmentsMixin:
    # "Ada Lin was named chief executive of Norvel", "She became mayor of Westfield",
    # "Tom Berg joined the Harbour Society as treasurer"
    def _appointments(self):
        for verb in self.art.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in {"VERB", "AUX"} or lemma not in APPOINTMENT_VERBS:
                continue
            if self._hypothetical(verb):
                continue  # "she could become its president", "he wants to join Y as its coach"
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None and lemma == "become" and verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
                    and verb.head.lower_ in {"before", "after"} and verb.head.head.pos_ in {"VERB", "AUX"}:
                # "He was a teacher before becoming a politician": the clause's subject becomes it
                subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
            if subj is None and lemma == "make" and verb.tag_ == "VBG":
                # "..., making Ada Lin the party's first candidate for Governor": the object gets the post
                yield from self._appointed_object(verb, verb)
                yield from self._made_post(verb)
                continue
            if subj is not None and subj.dep_ == "nsubj" and lemma not in {"become", "join"}:
                yield from self._appointed_object(verb, subj)
                continue
            if subj is None or (subj.dep_ == "nsubj") != (lemma in {"become", "join"}):
                continue  # "the board named X": the subject is the one who appoints
            subj = self._clause_subject(verb, subj)
            if subj is None:
                continue
            if lemma == "join":
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                                 for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
                if obj is None or obj.pos_ != "PROPN" or self.people.is_person(obj) or role_tok is None:
                    continue
                org_m = ORG_RE.match(self.art.text, obj.left_edge.idx)
                org = org_m.group("org") if org_m and not self._is_place(org_m.start("org"), org_m.end("org")) else None
            else:
                role_tok = next((c for c in verb.children if c.dep_ in {"oprd", "attr"} and _job(c.text)), None)
                if lemma == "become":
                    # "she became a painter, sculptor, and teacher": every job of the list is one she took up
                    complement = role_tok or next((c for c in verb.children if c.dep_ in {"oprd", "attr"}), None)
                    listed = [c for c in complement.conjuncts if c.i > complement.i and c.pos_ == "NOUN" and _job(c.text)
                              and not any(t.tag_ == "JJS" for t in c.subtree)] if complement is not None else []
                    if listed:
                        person = self._who(subj)
                        for tok in ([role_tok] if role_tok is not None else []) + listed:
                            found = self._role_and_org(tok.left_edge.idx)
                            if person and found:
                                for part in (_split_roles(found[0]) if found[1] is None else [found[0]]):
                                    yield person, found[1], part, subj.left_edge.idx, max(found[2], verb.idx + len(verb.text))
                        continue
                if role_tok is None and lemma != "become":  # "was elected as a Trustee of Y", "appointed as its chair"
                    role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i == verb.i + 1
                                     for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
                if role_tok is None:
                    continue
                org = None
            if any(t.tag_ == "JJS" or t.lower_ in AWARD_PERIODS or t.ent_type_ == "DATE"
                   and any(a.lower_ == "of" for a in _ancestors_to(t, role_tok)) for t in role_tok.subtree):
                continue  # "was named the best player of the year": an award, not a post
            if any(t.lower_ in {"first", "only", "last"} and t.dep_ == "amod" for t in role_tok.children) and any(
                    c.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                    for c in [*role_tok.children, *verb.children] if c.i > role_tok.i):
                continue  # "became the first skater in league history to score against every team": a feat
            person = self._who(subj)
            if person is None:
                continue
            found = self._role_and_org(min(t.idx for t in role_tok.subtree))
            if found is None:
                continue
            role, role_org, end = found
            yield person, org or role_org, role, subj.left_edge.idx, max(end, verb.idx + len(verb.text))

    def _as_posts(self):
        """"X took over as chief executive of Y", "X stepped down as Y's president": a post taken up
        or left, named after "as" (a post left is a former one)."""
        for verb in self.art.tokens:
            if verb.pos_ != "VERB" or self._hypothetical(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            lemma = verb.lemma_.lower()
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
            if particle is None:
                # "stepped down as chief": the parser may take the particle right after the verb for an adverb
                particle = next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1
                                 and c.lower_ in {"down", "aside", "in", "up", "over", "on"}), None)
            if lemma in SUCCESSION_VERBS and any(c.dep_ == "dobj" for c in verb.children):
                former = False  # "X succeeded Y as chief executive": X holds the post now
            elif lemma in SUCCESSION_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
                former = True  # "X was replaced by Y as chief executive": X held it
            elif (lemma, particle) in TAKEN_POSTS:
                former = False
            elif (lemma, particle) in LEFT_POSTS or (lemma, None) in LEFT_POSTS:
                former = True
            elif lemma in SERVING_VERBS and particle is None:
                # "X served as treasurer of Y", "X worked as a nurse at Y" ("previously worked as": former)
                former = any(c.lower_ in PAST_ADVERBS for c in verb.children)
            elif lemma == "know" and any(c.dep_ == "auxpass" for c in verb.children) \
                    and any(p.lower_ == "as" and o.text.islower() for p in verb.children for o in p.children):
                former = False  # "X is best known as the drummer of Y" (not "known as the King of Z": a nickname)
            elif lemma in HOLDING_VERBS:
                yield from self._post_of(verb)
                continue
            else:
                continue
            role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                             for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
            if role_tok is None:
                if lemma in SERVING_VERBS:
                    yield from self._one_of_posts(verb)
                continue
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            subj = self._clause_subject(verb, subj) if subj is not None else None
            if subj is None:
                continue
            person = self._who(subj)
            found = self._role_and_org(min(t.idx for t in role_tok.subtree)) if person else None
            if found is None:
                continue
            role, org, end = found
            if former and not role.lower().startswith("former"):
                role = f"former {role}"
            for part in _split_roles(role):
                yield person, org, part, min(subj.idx, verb.idx), end

    def _fronted_as_posts(self):
        """"As director of the Corrin Museum, Ana Ruiz oversaw ...": a post named in an "as" phrase
        that opens the sentence, before a comma, is the post of the clause's subject."""
        toks = self.art.tokens
        for as_tok in toks:
            if as_tok.lower_ != "as" or as_tok.dep_ != "prep" or not as_tok.is_sent_start:
                continue
            verb = as_tok.head
            role_tok = next((o for o in as_tok.children if o.dep_ == "pobj" and _job(o.text)), None)
            if role_tok is None or verb.pos_ not in {"VERB", "AUX"} or self._hypothetical(verb) \
                    or any(c.dep_ == "neg" for c in verb.children):
                continue
            comma = role_tok.right_edge.i + 1
            if comma >= len(toks) or toks[comma].text != "," or verb.i < comma:
                continue
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > comma), None)
            subj = self._clause_subject(verb, subj) if subj is not None else None
            person = self._who(subj) if subj is not None else None
            found = self._role_and_org(role_tok.left_edge.idx) if person else None
            if found is None or found[2] > toks[comma].idx:
                continue
            role, org, end = found
            for part in _split_roles(role):
                yield person, org, part, as_tok.idx, end

    def _fronted_at_organisation(self):
        """"At Delta Air Lines, Ana Ruiz said the delays were short": a named organisation in an "at"
        phrase that opens the sentence, before a comma, is where the person who speaks in it works
        (only with a verb of saying: "At Harvard, Ruiz met her husband" says no such thing)."""
        toks = self.art.tokens
        for at in toks:
            if at.lower_ != "at" or at.dep_ != "prep" or not at.is_sent_start:
                continue
            verb = at.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS | REPORTING_VERBS \
                    or self._hypothetical(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            pobj = next((o for o in at.children if o.dep_ == "pobj"), None)
            # (an organisation NER names as one: "At Westfield Airport, X said" may be where X stood)
            named = self._named_organisation(pobj) if pobj is not None and pobj.ent_type_ == "ORG" else None
            comma = pobj.right_edge.i + 1 if pobj is not None else len(toks)
            if named is None or comma >= len(toks) or toks[comma].text != "," or verb.i < comma:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > comma), None)
            person = self._who(subj) if subj is not None and subj.pos_ == "PROPN" else None
            if person:
                yield person, named[0], None, at.idx, subj.idx + len(subj.text)

    def _clause_subject(self, verb: "Token", subj: "Token") -> "Token | None":
        """Whom a clause's link is about: the antecedent of "who"/"that" in a relative clause
        ("Ada Lin, who was named chief executive of Y"); None for a pronoun inside reported words."""
        if subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            subj = verb.head
        if subj.lower_ in PRONOUNS and self._reported_pronoun(verb):
            return None
        return subj

    def _one_of_posts(self, verb: "Token"):
        """"X served as one of the stewards of the Marlow Guild": one of a group of post-holders,
        the phrase kept whole as written."""
        one = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                    for o in p.children if o.dep_ == "pobj" and o.lower_ == "one"), None)
        of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None) if one else None
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if group is None or group.lower_ not in ROLE_PLURALS:
            return
        words = list(one.subtree)
        if len(words) > 15 or any(not t.is_alpha or t.pos_ in {"VERB", "AUX", "PRON"} for t in words):
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        person = self._who(subj) if subj is not None and not self._reported_pronoun(verb) else None
        if person:
            yield person, None, self.doc[words[0].i: words[-1].i + 1].text, min(subj.idx, verb.idx), \
                words[-1].idx + len(words[-1].text)

    def _post_of(self, verb: "Token"):
        """"X held the post of treasurer", "X took up the office of Warden of the Norland Guild": the
        role is the complement of a word for a post held by the verb's subject."""
        post = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in POST_NOUNS
                     and any(d.lower_ == "the" for d in c.children)), None)
        of = next((c for c in post.children if c.dep_ == "prep" and c.lower_ == "of"), None) if post else None
        role_tok = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if role_tok is None or not _job(role_tok.text):
            return
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        subj = self._clause_subject(verb, subj) if subj is not None else None
        if subj is None:
            return
        person = self._who(subj)
        if not person:
            return
        words = [t for t in role_tok.subtree if t.i >= role_tok.i or t.dep_ in {"compound", "amod"}]
        if any(not (t.is_alpha or t.text in "-") for t in words) or len(words) > MAX_ROLE_WORDS:
            return
        yield person, None, " ".join(t.text for t in words), min(subj.idx, verb.idx), words[-1].idx + len(words[-1].text)

    def _founded_by(self):
        """"Norvel Energy was founded by Ada Lin", "the Harbour Trust, a charity founded by X": the
        founder of an organisation named as the passive's subject or the noun the participle describes;
        so too its head ("the Westland Party, led by Ada Lin,", "Norvel Energy, owned by X")."""
        toks = self.art.tokens
        for verb in toks:
            role = FOUNDING_VERBS.get(verb.lemma_.lower()) or HEADED_BY.get(verb.lemma_.lower())
            if verb.pos_ != "VERB" or role is None or verb.tag_ != "VBN" or self._hypothetical(verb):
                continue
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is None or not self.people.is_person(by):
                continue
            target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if target is not None and target.lower_ in {"which", "that"} and verb.dep_ == "relcl":
                target = verb.head
            elif target is None and verb.dep_ == "acl":
                target = verb.head
                if target.pos_ == "NOUN" and target.dep_ == "appos" and target.head.pos_ == "PROPN":
                    target = target.head  # "the Harbour Trust, a charity founded by X"
            if target is None or target.pos_ != "PROPN" or self.people.is_person(target):
                continue
            left = target.left_edge.idx + (4 if target.left_edge.text == "The" else 0)
            org_m = ORG_RE.match(self.art.text, left)
            if not org_m or org_m.end("org") != target.idx + len(target.text) \
                    or not self._organisation_like(org_m.start("org"), org_m.end("org")) \
                    or self._is_place(org_m.start("org"), org_m.end("org")):
                continue
            person = self._who(by)
            if person is not None:
                yield person, org_m.group("org"), role, min(org_m.start("org"), verb.idx), by.idx + len(by.text)

    def _hypothetical(self, verb: "Token") -> bool:
        """"could become", "might be named", "wants to join": a post not (yet) held."""
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISH_VERBS

    def _made_post(self, verb: "Token"):
        """"..., making Ada Lin the party's candidate for Governor": the parser reads the object and
        the post in many ways (a clause of their own, a possessive), so the words are read in order:
        a name or "her"/"him" right after the verb, then "the" and the post."""
        toks = self.art.tokens
        obj = toks[verb.i + 1] if verb.i + 1 < len(toks) else None
        if obj is None or not (self.people.is_person(obj) or obj.lower_ in {"him", "her"}):
            return
        while obj.i + 1 < len(toks) and self.people.is_person(toks[obj.i + 1]):
            obj = toks[obj.i + 1]
        after = toks[obj.i + 1] if obj.i + 1 < len(toks) else None
        if after is None or after.lower_ != "the":
            return
        person = self._who(obj)
        found = self._role_and_org(after.idx) if person else None
        if not found:
            return
        role, org, end = found
        words = [t for t in toks[after.i:] if t.idx < end]
        nxt = self._token_after(end)
        if any(t.tag_ in {"JJS", "RBS"} for t in words) or nxt is not None and nxt.lower_ == "to" \
                or any(t.ent_type_ == "ORDINAL" for t in words) and " for " not in role:
            return  # "making her the club's youngest player", "the first player to score": a record, no post
        yield person, org, role, toks[verb.i + 1].idx, end

    def _appointed_object(self, verb: "Token", subj: "Token"):
        """"Norvel Energy appointed Ada Lin as its chief executive", "the council named her its
        chair", "Y hired X as chief engineer": the object holds the post, the subject (where it is
        an organisation) is the employer."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        role_tok = None
        if obj is not None and _job(obj.text) and not self.people.is_person(obj):
            # "the board appointed Ada Lin chief executive": the parser may make the post the object
            # and hang the name before it on the post
            named = next((c for c in obj.children if c.dep_ in {"nmod", "compound"} and c.i < obj.i
                          and self.people.is_person(c)), None)
            if named is not None:
                obj, role_tok = named, next(t for t in obj.subtree if t.i > named.i)
        if obj is None or not (self.people.is_person(obj) or obj.lower_ in {"him", "her"}):
            return
        role_tok = role_tok or next((c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.i > obj.i and _job(c.text)), None)
        if role_tok is None:
            role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i
                             for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
        if role_tok is None:
            role_tok = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and _job(c.text)
                             and any(d.dep_ == "poss" and d.lower_ in {"its", "their"} for d in c.children)), None)
        if role_tok is None or any(t.tag_ == "JJS" or t.lower_ in AWARD_PERIODS for t in role_tok.subtree):
            return
        person = self._who(obj)
        if person is None and verb.lemma_.lower() == "name" and obj.lower_ not in PRONOUNS:
            # "Y named Ada Lin its chair": "named" here appoints, it does not give an alias
            at = self._person_at(obj)
            person = at[0] if at else None
        if person is None:
            return
        found = self._role_and_org(min(t.idx for t in role_tok.subtree))
        if found is None:
            return
        role, org, end = found
        role = re.sub(r"^new\s+", "", role)  # "appointed X as its new chair": the post is "chair"
        if org is None and subj.pos_ == "PROPN" and not self.people.is_person(subj):
            left = subj.left_edge.idx + (4 if subj.left_edge.text == "The" else 0)
            org_m = ORG_RE.match(self.art.text, left)
            if org_m and org_m.end("org") == subj.idx + len(subj.text) \
                    and self._organisation_like(org_m.start("org"), org_m.end("org")) \
                    and not self._is_place(org_m.start("org"), org_m.end("org")):
                org = org_m.group("org")
        yield person, org, role, min(subj.left_edge.idx, obj.left_edge.idx), max(end, verb.idx + len(verb.text))
