"""Attributions: verbs of saying with their speaker (what a verb of saying says beyond a clause is
in content.py)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.facts import DENIED, SAID
from quizapp.generate.lexicon import (
    AUTHORED_NOUNS, DENIAL_VERBS, EXPRESSING_VERBS, MEDIA_AND_THING_NOUNS, OPINION_VERBS,
    ORGANISATION_NOUNS, REPORTING_VERBS, SPEAKER_PRONOUNS, SPEECH_ACT_VERBS, SPEECH_VERBS, STATEMENT_NOUNS,
)
from quizapp.generate.names import HONORIFICS
from quizapp.generate.quotes.acts import authored_statement, said_at_an_occasion, took_responsibility, verdict_as
from quizapp.generate.quotes.misparsed import (
    closes_quotation, listener_clause, main_verb_read_as_modifier, participle_of_misread_main_verb,
    said_of_the_antecedent,
)
from quizapp.generate.quotes.objects import told_listener
from quizapp.generate.quotes.common import (
    AGENCY_NOUNS, Attribution, CHARACTERISING_VERBS, FINITE_TAGS, HYPOTHETICAL_MODALS, INVERTING_VERBS,
    LATER_ADVERBS, PERSON_WORDS, RELATIVE_PRONOUNS, REPORT_NOUNS,
    VERDICT_AS_VERBS, _as_put_it, _expressed_attitude, _joint_or_thing, _quoted_as_saying,
    _speakers_second_verb, by_saying, carried_on, phrasal_saying, quoted_doing, set_off_in_clause,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

def _participle_between_commas(verb: "Token") -> bool:
    """"Ana Ruiz, declared the winner on Monday, will take office in May": a past form right after
    its subject and a comma, whose clause complement has no subject, is a participle set off by
    commas that the parser took for the main verb; the real verb is the complement's."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or verb.tag_ not in {"VBD", "VBN"} or verb.i != subj.right_edge.i + 2 \
            or verb.doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and verb.doc[c.left_edge.i - 1].text == "," and not any(
        s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children) for c in verb.children)


class AttributionsMixin:
    # ---- attributions ----------------------------------------------------------------------
    def attributions(self) -> list[Attribution]:
        if self._attributions is None:
            self._attributions = self._find_attributions()
        return self._attributions

    def _find_attributions(self) -> list[Attribution]:
        found = []
        for verb in self.art.tokens:
            quoted_only = self._characterises_with_quotation(verb)
            if not quoted_only and not self._is_reporting_verb(verb):
                continue
            who, organisation = self._speaker(verb), False
            if not who:
                who, organisation = self._organisation_speaker(verb), True
            if not who:
                continue
            name, subj, named = who
            parts = [verb]
            told = listener_clause(verb)
            if subj.i != verb.head.i:
                parts += list(subj.subtree) if subj.head.dep_ != "agent" else [subj.head, *subj.subtree]
            for child in verb.children:
                if child.dep_ in {"aux", "auxpass", "neg", "npadvmod", "appos", "dative"} or (
                    child.dep_ == "advmod" and abs(child.i - verb.i) == 1
                ) or (child.dep_ == "dobj" and told_listener(verb, child) and told is None) or (
                    child.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children)):
                    parts.extend(child.subtree)
            if told is not None:  # "informed the court she had ...": the listener, not the clause hung on it
                parts += [x for x in told.head.subtree if x.i < told.left_edge.i]
            if verb.dep_ in {"xcomp", "advcl"} and subj.head.i == verb.head.i:
                parts += [t for t in self.doc[verb.head.i: verb.i]]  # "X went on to say"
            first, last = min(t.i for t in parts), max(t.i for t in parts)
            stance = DENIED if verb.lemma_.lower() in DENIAL_VERBS else SAID
            found.append(Attribution(verb, name, first, last, named, organisation, quoted_only, stance))
        for tok in self.art.tokens:
            if tok.lower_ == "according" and not self.art.in_quotation(tok.idx):
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
                writing_end = tok.i
                if obj is not None and obj.lemma_.lower() in STATEMENT_NOUNS | REPORT_NOUNS | AUTHORED_NOUNS:
                    # "according to a statement by the spokesman, Ana Ruiz": the statement's author;
                    # "according to a letter sent by Councillor Ana Ruiz": the sender; "according to
                    # her diary", "according to Ruiz's note": the owner of the words
                    by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}), None) \
                        or next((a for c in obj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"), None)
                    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                    writing_end = max(t.i for t in obj.subtree)
                    if author is not None:
                        obj = author
                    elif owner is not None and (owner.lower_ in {"his", "her"} or self.people.is_person(owner)):
                        obj = owner
                if obj is not None and _joint_or_thing(obj) and self.people.find_in(obj.subtree) is not None:
                    continue  # "according to Ruiz and Berg": a joint source, nobody's own
                if obj is not None and obj.lower_ in {"him", "her", "his"}:
                    name = self._resolve_pronoun(obj)  # "According to him, ...", "according to his diary"
                else:
                    # ("according to the analyst": the one person the article has called its analyst)
                    name = (self._person_in(obj) or self._described_person(obj)) if obj is not None else None
                organisation = False
                last = max(t.i for t in obj.subtree) if obj is not None else tok.i
                last = max(last, writing_end)  # the attribution runs to the end of "her diary"
                source = self._according_source(tok)
                if source is not None and (not name or name == source[0]):
                    name, last = source[0], max(last, source[1])
                if not name and obj is not None:
                    head = tok.head
                    if head.i != tok.i and head.lemma_.lower() in SPEECH_VERBS | EXPRESSING_VERBS and self._speaker(head):
                        # "Ruiz called the plan “a disgrace”, according to the network": the
                        # network reports her words; they are hers, not its statement
                        continue
                    name, organisation = self._organisation(obj), True
                    if not name and obj.pos_ == "NOUN" and obj.lower_ in ORGANISATION_NOUNS | AGENCY_NOUNS and (
                            obj.lower_ in {"police", "authorities", "prosecutors"} or any(
                            c.lower_ == "the" or c.dep_ == "poss" for c in obj.children)):
                        first = min(t.i for t in obj.subtree)  # "according to the ministry", "according to police"
                        name = self.art.text[self.doc[first].idx: obj.idx + len(obj.text)]
                if name:
                    found.append(Attribution(tok, name, tok.i, last, True, organisation))
        taken = {a.verb.i for a in found}
        for tok in self.art.tokens:
            if tok.i not in taken:
                inverted = self._inverted_after_quotation(tok)
                if inverted is not None:
                    name, last = inverted
                    found.append(Attribution(tok, name, tok.i, last, True, quoted_only=True))
        return found

    def _inverted_after_quotation(self, verb: "Token") -> tuple[str, int] | None:
        """'“We will rebuild,” tweeted the city's mayor, Ana Ruiz.' / '“...,” said a nurse using the
        name Lena.': a verb of saying right after a closing quotation mark, followed by nothing but
        a noun phrase that names exactly one person, attributes the quotation to that person. The
        parser often misreads such a tail (the verb as an adjective, the name as an object), so
        the rule reads the words: no finite verb may follow before the sentence ends.
        Returns (speaker, last token of the attribution)."""
        if verb.lemma_.lower() not in INVERTING_VERBS | {"tweet"} or verb.tag_ not in {"VBD", "VBN", "VBZ"} \
                or verb.i < 2 or self.art.in_quotation(verb.idx):
            return None
        before = self.doc[verb.i - 1]
        if before.text not in {"”", '"'}:
            return None
        mark_at = before.idx - 1  # the quotation's last word (or its comma) stands right before the mark
        if not self.art.in_quotation(before.idx) and not self.art.in_quotation(mark_at):
            return None
        names: set[str] = set()
        last = verb.i
        rest = []
        for t in self.doc[verb.i + 1: min(len(self.doc), verb.i + 16)]:
            if t.text in {".", "!", "?", ";", ":", "(", "“", '"'} or "\n" in t.text or self.art.in_quotation(t.idx):
                break
            if t.text == ",":
                continue  # "said the town's mayor, Ana Ruiz"
            if t.tag_ in FINITE_TAGS or t.lower_ in RELATIVE_PRONOUNS | {"and", "or", "but"}:
                return None  # "..., said Ruiz, who ...", "said Ruiz and Berg": not a bare noun phrase
            if self.people.is_person(t):
                name = self.people.person_name(t)
                if name:
                    names.add(name)
            rest.append(t)
            last = t.i
        else:
            return None
        named_at = max((k for k, t in enumerate(rest) if self.people.is_person(t)), default=None)
        if named_at is not None and named_at + 1 < len(rest) and rest[named_at + 1].lower_ in {
                "in", "on", "at", "during", "via", "from"} and rest[named_at + 1].tag_ == "IN":
            rest = rest[: named_at + 1]  # "wrote Ruiz in a research note": where, not who
        if len(names) != 1 or not rest or not self.people.is_person(rest[-1]):
            return None  # the name must end the phrase: not "said Ruiz's lawyer"
        if any(t.tag_ == "IN" for t in rest) and not rest[0].text[:1].isupper():
            # "said a lawyer for Ruiz", "said a friend of Ruiz" speak for someone else; only a
            # title may hold a preposition ("said Minister for Health Ana Ruiz")
            return None
        return names.pop(), last

    def _according_source(self, tok: "Token") -> tuple[str, int] | None:
        """(person, last token) of "according to" read from the words themselves where the parse
        of the phrase is broken: "According to Senator Ana Ruiz, ...", "According to the town's
        first selectman, Ana Ruiz, ...", "According to Ana Ruiz, a spokeswoman for X, ...". The
        person is a name reached from "to" over title words only, or an appositive that is a bare
        name or a description; never a possessor ("Ruiz's lawyer") or a name after a preposition
        ("friends of Ana Ruiz")."""
        doc, sent = self.doc, tok.sent
        if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "to":
            return None

        def segment(lo: int) -> int:
            j = lo
            while j < sent.end and doc[j].text not in {",", ";", ":", ".", "—", "–", "(", "“", '"'}:
                j += 1
            return j

        lo = tok.i + 2
        end = segment(lo)
        if any(t.lower_ in {"and", "or", "&"} and t.i + 1 < end and doc[t.i + 1].text[:1].isupper()
               for t in doc[lo: end]) and any(self.people.is_person(t) for t in doc[lo: end]):
            return None  # "according to Ruiz and Berg": a joint source
        spans = [(lo, end)]
        if end < sent.end and doc[end].text == ",":
            end2 = segment(end + 1)
            appos = doc[end + 1: end2]
            last_word = doc[end - 1] if end > lo else None
            # "the town's first selectman, Ana Ruiz,": one person described, not "police" or "officials"
            described = last_word is not None and last_word.tag_ == "NN" and last_word.is_lower and \
                last_word.lemma_.lower() not in AGENCY_NOUNS | ORGANISATION_NOUNS | MEDIA_AND_THING_NOUNS | \
                REPORT_NOUNS | STATEMENT_NOUNS
            named = any(self.people.is_person(t) for t in doc[lo: end])
            # the appositive closes with a comma, or ends the sentence ("..., according to the mayor, Ana Ruiz.")
            if len(appos) and end2 < sent.end and (doc[end2].text == "," or doc[end2].text == "." and end2 == sent.end - 1) \
                    and not any(
                    t.pos_ in {"VERB", "AUX"} or t.tag_ in FINITE_TAGS for t in appos) and (
                    described and all(self.people.is_person(t) or t.text in HONORIFICS for t in appos)
                    or named and appos[0].lower_ in {"a", "an", "the"} and any(t.lower_ in PERSON_WORDS for t in appos)):
                spans.append((end + 1, end2))
                end = end2
        names = set()
        for a, b in spans:
            for t in doc[a: b]:
                if not self.people.is_person(t):
                    continue
                between = doc[a: t.i]
                if any(x.pos_ == "ADP" or x.tag_ == "POS" or x.lower_ in {"and", "or"} for x in between):
                    break  # "friends of Ana Ruiz", "Ruiz's lawyer and ...": someone else speaks
                run_end = t.i
                while run_end + 1 < b and self.people.is_person(doc[run_end + 1]):
                    run_end += 1
                if run_end + 1 < len(doc) and doc[run_end + 1].tag_ == "POS":
                    break  # "Ana Ruiz's lawyer"
                names.add(self.people.person_name(t))
                break
        names.discard(None)
        if len(names) != 1:
            return None
        return names.pop(), end - 1

    def _characterises_with_quotation(self, verb: "Token") -> bool:
        """"The union called the offer “an insult”": a verb of naming whose object is followed
        by a quotation attributes that quotation to its subject."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARACTERISING_VERBS or self.art.in_quotation(verb.idx):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return False
        after = obj.idx + len(obj.text)
        q = next((q for q in self.art.quotations if q.open >= after), None)
        if q is not None and q not in self.direct_quotes:
            return False  # "described skid marks and “unbearable” noise": a scare-quoted word inside what was said
        # the quotation follows the object, at most a short modifier between ("the plan for the port as")
        return q is not None and q.open - after < 40 and re.fullmatch(
            r"(?:\s+[\w’'-]+){0,4}?\s*", self.art.text[after: q.open]) is not None

    def _is_reporting_verb(self, tok: "Token") -> bool:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"} or lemma not in REPORTING_VERBS | SPEECH_VERBS and not _as_put_it(tok) \
                and not phrasal_saying(tok) and not (
                lemma in VERDICT_AS_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)) and not (
                verdict_as(tok) is not None or authored_statement(tok) is not None
                or took_responsibility(tok) is not None) and not (
                lemma in OPINION_VERBS and tok.tag_ == "VBZ" and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)) \
                and _expressed_attitude(tok) is None and not (
                # ("has expressed he has no wish to lead": a clause a person expressed is a clause said)
                lemma in EXPRESSING_VERBS and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
                and self._speaker(tok) is not None):
            return False  # "remembered him as a giant of the stage" is a tribute, "remembered the day" is not
        if self.art.in_quotation(tok.idx):
            return False
        if tok.tag_ == "VBZ" and tok.i > 0 and self._noun_after_name(tok):
            return False  # "carrying Sun Belt states analysts thought ...": a plural noun after its name, no verb
        if _as_put_it(tok):
            return True
        # "..., with Ana Ruiz describing it as a failure", "was quoted as saying", "responded by saying"
        absolute = tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "with" and any(
            c.dep_ == "nsubj" for c in tok.children) or _quoted_as_saying(tok) or by_saying(tok) or quoted_doing(tok)
        if tok.tag_ in {"VBG", "VBN"} and not absolute and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children) \
                and not main_verb_read_as_modifier(tok) and participle_of_misread_main_verb(tok) is None \
                and not closes_quotation(tok):
            return False
        if tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children) and any(
                c.dep_ == "auxpass" for c in tok.children):
            return False  # "was told to leave": the subject is the listener, the speaker unsaid
        if tok.dep_ in {"csubj", "csubjpass", "pcomp", "pobj", "acomp", "amod"} and not absolute and not (
                tok.dep_ == "pcomp" and _what_called_as(tok) and any(c.lower_ == "what" for c in tok.children)):
            return False  # "What she said was never recorded"
        # (a "not" the parser hung on the verb from inside a quotation negates the quotation's words:
        # '“It is tricky not to, honestly,” Ruiz admitted')
        if any(c.dep_ == "neg" and not self.art.in_quotation(c.idx)
               or c.lower_ in {"what", "whatever"} and not _what_called_as(tok) for c in tok.children) \
                or _negated_alternative(tok):
            return False  # "did not say whether ...", "did not confirm or deny the report": no statement was made
        if _unsaid_yet(tok):
            return False
        if _participle_between_commas(tok):
            return False  # "Berg, declared the winner on Monday, will take office": a participle, not a verb of saying
        if self._asked_about(tok):
            return False  # "Did X say that ...?" asks whether it was said
        if closes_quotation(tok):
            return True  # '“...,” Ruiz said.', however the parser hung "said" inside the quotation
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return False
        if lemma not in REPORTING_VERBS and self._speech_content(tok) is None and not any(
                c.dep_ == "ccomp" for c in tok.children) and listener_clause(tok) is None:
            return False  # "called the police", "found the body": a verb of speech only with what was said
        if tok.dep_ in {"xcomp", "advcl"} and not carried_on(tok) and not (
                tok.tag_ in FINITE_TAGS):
            return False  # "declined to say", "plans to announce": nothing said
        if tok.dep_ == "relcl":
            # "Ana Ruiz, who said ..." speaks; "a plan that she insists will ..." qualifies a noun,
            # except that what a named person "described as" is that person's verdict
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and subj.lower_ != "which" or said_at_an_occasion(tok):
                return True  # "X, who said ...", "a press briefing in which she said ..."
            if said_of_the_antecedent(tok) is not None:
                return True  # "..., which her brother said was down to fatigue"
            as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_ is None:
                return False
            # (and what she blasted or dismissed as words in quotation marks: "a bonus that Ruiz
            # blasted on a call as “plainly greedy”" quotes her verdict)
            return lemma in CHARACTERISING_VERBS or lemma in SPEECH_ACT_VERBS | VERDICT_AS_VERBS and any(
                self.art.in_quotation(t.idx) for t in as_.subtree if not t.is_punct)
        # A reporting verb inside a relative clause ("a plan that she insists will ...")
        # qualifies a noun; it does not attribute the sentence.
        if any(a.dep_ in {"relcl", "acl", "amod"} and not main_verb_read_as_modifier(a) for a in tok.ancestors) \
                and not set_off_in_clause(tok):
            return False
        if tok.dep_ == "conj" and self._own_speaker(tok):
            return True  # "X said the strike would end, but Y disputed that": Y's own words
        if _speakers_second_verb(tok):
            return True
        if self._contrasted_speaker(tok):
            return True
        # a verb of speech inside what someone else said is part of that statement (not one outside
        # the quotation the other verb is in: '“... I told them that at half-time,” Ruiz said')
        # ('the board may meet and say, “...,” Ruiz said': a saying that is only supposed holds nothing)
        return not any(a.dep_ == "ccomp" for a in [tok, *tok.ancestors] if a.head.lemma_.lower() in SPEECH_VERBS
                       and a.head.i != a.i and a.head.i < tok.i and not self.art.in_quotation(a.head.idx)
                       and not _unsaid_yet(a.head))

    def _noun_after_name(self, verb: "Token") -> bool:
        """"Sun Belt states", "Harbour Trust reports": a verb form right after a capitalised proper noun
        that is no part of its subject is the plural noun of that name ("says X", "X's lawyer says"
        and "Ruiz of the Harbour Trust says" keep their subject before the verb)."""
        prev = self.doc[verb.i - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or not prev.whitespace_:
            return False
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i
                     and c.left_edge.i <= prev.i <= c.right_edge.i), None)
        if subj is None:
            return True
        # "Ruiz, who won by carrying Sun Belt states analysts ...": a relative clause set off by a
        # comma that no comma closes before the verb runs on into the verb's words
        return any(c.dep_ == "relcl" and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ","
                   and c.left_edge.i <= prev.i for c in subj.children)

    @staticmethod
    def _asked_about(verb: "Token") -> bool:
        """A question about a statement ("Did X say ...?", "Has the minister confirmed ...?"): an
        auxiliary stands before the subject and the sentence ends in a question mark."""
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or not any(c.dep_ in {"aux", "auxpass"} and c.i < subj.i for c in verb.children):
            return False
        last = next((t for t in reversed(verb.sent) if not t.is_space and t.text not in {'"', "”", "’", "'"}), None)
        return last is not None and last.text == "?"

    def _contrasted_speaker(self, verb: "Token") -> bool:
        """"Ruiz said the plan was fair, while Berg wrote that it would fail": a verb of saying in a
        "while"/"whereas" clause with a named subject of its own is that person's, not part of the
        first speaker's words."""
        return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} and c.i < verb.i
                                            for c in verb.children) and self._own_speaker(verb)

    def _own_speaker(self, verb: "Token") -> bool:
        """A verb of speech with a named subject of its own ("..., but union leader Ana Ruiz disputed")."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lower_ not in SPEAKER_PRONOUNS and verb.lemma_.lower() in SPEECH_VERBS and (
            self._person_in(subj) is not None or self._organisation(subj) is not None)


def _negated_alternative(tok: "Token") -> bool:
    """"did not confirm or deny the report", "neither confirmed nor denied the report": a verb joined by
    "or"/"nor" to a negated one, with no subject of its own, is negated too ("did not resign and
    said ..." is not: "and" adds a second, positive act)."""
    if tok.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        first = tok.head
        # the conjunction just before this verb ("did not confirm or deny it, and vowed to fight on")
        cc = max((c for x in (first, *first.conjuncts) for c in x.children if c.dep_ == "cc" and c.i < tok.i),
                 key=lambda c: c.i, default=None)
        alternative = cc is not None and cc.lower_ in {"or", "nor"}
        negated = any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)
        return alternative and negated
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children)


def _what_called_as(tok: "Token") -> bool:
    """"sent the board what she termed as a final offer": the free relative is the thing, what it
    was termed or described as is the verdict (unlike "what she said", which says nothing here)."""
    return tok.lemma_.lower() in VERDICT_AS_VERBS | CHARACTERISING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children) for c in tok.children)


def _unsaid_yet(tok: "Token") -> bool:
    """"will announce", "may say", "could argue", "if asked, would say", "may meet them and say" (the
    modal shared with the verb before): nothing has been said ("would later say" was)."""
    # (a modal before a past or present form is a misreading: '“...,” Will Moy told the BBC' names a
    # man, not a future)
    auxes = [c for c in tok.children if c.dep_ == "aux" and not (c.ent_type_ == "PERSON" and tok.tag_ in {"VBD", "VBZ"})]
    if not auxes and tok.dep_ == "conj" and tok.tag_ == "VB":
        auxes = [c for c in tok.head.children if c.dep_ == "aux"]
    if any(c.lower_ in {"will", "shall", "'ll", "’ll"} for c in auxes):
        return True
    return any(c.lower_ in HYPOTHETICAL_MODALS for c in auxes) or any(c.lower_ == "would" for c in auxes) and not any(
        c.dep_ == "advmod" and c.lower_ in LATER_ADVERBS for c in tok.children)
