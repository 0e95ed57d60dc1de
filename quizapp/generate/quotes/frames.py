"""Participles and statement frames: "..., adding that", "In X's words" (or view), "made it clear
that", a stance ("X is confident that"), "X's statement that"."""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from quizapp.generate.facts import DENIED, SAID
from quizapp.generate.lexicon import (
    DENIAL_VERBS, NON_PERSON_NAME_HEADS, REPORTING_PARTICIPLES, REPORTING_VERBS, SPEECH_ABOUT_VERBS, SPEECH_VERBS,
    CONTENT_PREPOSITION_NOUNS, INFINITIVE_CONTENT_NOUNS, STATEMENT_FRAME_NOUNS, STATEMENT_NOUNS,
)
from quizapp.generate.quotes.acts import verdict_as
from quizapp.generate.quotes.common import (
    CHARACTERISING_VERBS, FINITE_TAGS, HYPOTHETICAL_MODALS, MIN_CLAUSE_WORDS, MIN_CONTENT_WORDS, PRONOUN_GENDER,
    _carried_statement, object_clause,
)

# Verbs of saying the parser may tag as adjectives in the past ("warned patience ...").
ADJECTIVE_READ_VERBS = {"caution", "warn", "encourage", "urge", "insist", "argue", "claim", "maintain", "stress",
                        "assert", "contend", "predict", "announce", "declare"}

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Adverbs that make a participle the circumstance of another act ("when announcing the plan");
# "again urging voters to ..." or "specially asking them to ..." still report.
CIRCUMSTANCE_ADVERBS = {"when", "while", "whilst", "where", "before", "after", "once", "since", "not", "never",
                        "without", "upon", "on"}


# Adjectives of a view held and stated, with a clause ("is confident that", "remained adamant"):
# the reporter's word for what the person said. Not knowing or feeling ("aware", "glad", "sorry").
STANCE_ADJECTIVES = {"confident", "adamant", "hopeful", "convinced", "optimistic", "pessimistic", "concerned",
                     "worried", "certain", "sure", "insistent", "doubtful", "sceptical", "skeptical", "fearful",
                     "emphatic", "positive", "unequivocal", "clear"}


def _unasserted(verb: "Token") -> bool:
    """"did not make clear", "may be confident", "will make it clear": nothing is stated yet."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | {"will", "would"}
               for c in verb.children)


# Frames that open a sentence with whose words or view it gives: "In X's words", "In the view of X",
# "By X's account"
SOURCE_FRAMES = {"in": {"words", "view", "opinion", "estimation", "judgment", "judgement"}, "by": {"account"}}

class FramesMixin:
    def _quoted_characterisations(self):
        """'the plan, which Ana Ruiz called “reckless”', 'Ana Ruiz referred to it as “theatre”
        and a “sideshow”': a word or phrase in quotation marks that is what a person called something
        is that person's own words, however short."""
        starts = self._token_starts
        for q in self.art.quotations:
            if q in self.direct_quotes or q.end <= q.start or q.words(self.art.text) > 12:
                continue
            lo, hi = bisect_left(starts, q.start), bisect_left(starts, q.end)
            inside = range(lo, hi)
            tops = [t for t in self.art.tokens[lo:hi] if t.head.i not in inside and not t.is_punct]
            if len(tops) != 1:
                continue
            node = tops[0]
            while node.dep_ == "conj" and node.head.i != node.i:
                node = node.head  # 'as “theatre” and a “sideshow”': the second term is the first's
            as_phrase = node.head.lower_ == "as" and node.head.dep_ == "prep" and node.dep_ in {"pobj", "amod", "acomp"}
            if as_phrase:
                verb = node.head.head
            elif node.dep_ in {"oprd", "xcomp", "attr", "acomp"} and node.head.i < node.i:
                verb = node.head
            else:
                continue
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in CHARACTERISING_VERBS | {"refer"} \
                    or lemma == "refer" and not as_phrase or any(c.dep_ == "neg" for c in verb.children):
                continue
            who = self._speaker(verb)
            if who:
                yield who[0], q.start, q.end, True, False, SAID


    def _participles(self):
        """"..., adding that ...", "..., calling the plan a failure", "..., accusing X of Y": a
        participle of speech reports for the subject of the clause it hangs on."""
        for tok in self.art.tokens:
            lemma = tok.lemma_.lower()
            if tok.tag_ != "VBG" or lemma not in REPORTING_PARTICIPLES | SPEECH_VERBS and verdict_as(tok) is None:
                continue
            carried = tok.dep_ == "acl" and _carried_statement(tok)
            if tok.dep_ not in {"advcl", "conj", "xcomp"} and not carried or self.art.in_quotation(tok.idx):
                continue
            if any((c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in CIRCUMSTANCE_ADVERBS) and c.i < tok.i
                   for c in tok.children) or any(
                    c.dep_ in {"aux", "neg"} for c in tok.children):
                continue  # "when announcing the plan", "while not saying ...": circumstances, no statement
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if clause is None and self._topic_before_statement(tok):
                continue
            act = self._speech_content(tok)
            if clause is None and act is None and lemma not in REPORTING_PARTICIPLES:
                continue  # "adding to the confusion": only a clause makes "adding" a report
            if clause is None and act is None and not (
                    lemma in CHARACTERISING_VERBS and any(c.dep_ in {"oprd", "xcomp", "acomp"} for c in tok.children)):
                # "calling the plan “a failure”" gives a verdict; "calling her husband", "praising
                # his players" name whom the words were for, not what was said
                continue
            if lemma == "add" and clause is None:
                continue  # "adding a third goal" narrates; "adding that the crews were tired" reports
            head, who = tok.head, None
            if head.dep_ == "acl" and tok.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in tok.children):
                # "yielded to Berg's demand that the club keep its rules, agreeing with Lang that
                # ...": hung on a clause inside a noun, the participle's subject is not to be found
                continue
            if any(c.dep_ == "nsubj" for c in tok.children):
                # "with Ana Ruiz saying ... and Tom Berg calling it a triumph": a participle with a
                # subject of its own is that subject's, never the clause's it hangs on
                who = self._speaker(tok)
                if not who:
                    continue
            for _ in range(0 if who else 4):
                who = self._speaker(head) if head.pos_ in {"VERB", "AUX"} else None
                if not who and head.pos_ in {"VERB", "AUX"}:
                    org = self._organisation_speaker(head)
                    who = (org[0], org[1], org[2], True) if org else None
                if who or head.head.i == head.i:
                    break
                head = head.head
            if not who:
                continue
            name, subj = who[0], who[1]
            organisation = len(who) > 3
            stance = DENIED if lemma in DENIAL_VERBS else SAID
            sub = list(tok.subtree)
            end_tok = sub[-1]
            if clause is not None:
                csub = list(clause.subtree)
                start_tok, end_tok = csub[0], csub[-1]
            elif act is not None:
                start_tok, end_tok = self.doc[act[0]], self.doc[act[1] - 1]
            elif head.lemma_.lower() in REPORTING_VERBS:
                start_tok = sub[0]
            else:  # the remark characterises what the subject did: keep the whole predicate
                start_i = max(t.i for t in subj.subtree) + 1
                start_tok = self.doc[start_i]
            span = self._trim((start_tok.i, end_tok.i + 1))
            if span and self._overlaps_direct(*span):
                # "..., writing on Twitter that he had been “the kindest man on any set”": the
                # quotations are the participle's speaker's, and so are the words before them
                for q in self.direct_quotes:
                    # the clause may start at the first quoted word, after the opening mark (a
                    # mark the parser hung on the participle: "..., saying, “we will ...”")
                    opens = span[0] <= q.open or not any(c.isalnum() for c in self.art.text[q.open: span[0]])
                    if opens and q.close <= span[1] + 1:
                        yield name, q.start, q.end, True, organisation, stance
                head_end = self._before_quotation(*span)
                if head_end is not None:
                    yield name, span[0], head_end, False, organisation, stance
            elif span and (self._words((start_tok.i, end_tok.i + 1)) >= MIN_CONTENT_WORDS or act is not None):
                yield name, span[0], span[1], False, organisation, stance

    def _topic_before_statement(self, tok: "Token") -> bool:
        """"Speaking about the film, Ana Ruiz said she was troubled": a fronted "speaking/talking
        about X" names the topic of a statement that follows with its own words; the topic is no
        statement of its own ("She spoke about the film" alone still is)."""
        head = tok.head
        if tok.dep_ != "advcl" or tok.i > head.i or tok.lemma_.lower() not in SPEECH_ABOUT_VERBS:
            return False
        if head.lemma_.lower() not in SPEECH_VERBS | REPORTING_VERBS:
            return False
        sentence_end = head.sent.end_char
        return any(c.dep_ == "ccomp" for c in head.children) or any(
            head.idx < q.open < sentence_end for q in self.direct_quotes)

    def _in_the_words_of(self):
        """"In Ana Ruiz's words, the town has run out of money", "In the words of Ana Ruiz, ...", "In
        Ana Ruiz's view, ...", "By Ana Ruiz's account, ...": the sentence after the frame is the person's."""
        for tok in self.art.tokens:
            if tok.dep_ != "pobj" or tok.lower_ not in SOURCE_FRAMES.get(tok.head.lower_, ()) \
                    or not tok.head.is_sent_start:
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if owner is None and of is not None:
                owner = next((c for c in of.children if c.dep_ == "pobj"), None)
            if owner is None or self.art.in_quotation(tok.idx):
                continue
            if owner.lower_ in {"his", "her"}:  # "In his words, ...": the person the pronoun stands for
                name = self._resolve_pronoun(owner)
                if name and self._genders().get(name) not in {None, "m" if owner.lower_ == "his" else "f"}:
                    name = None
            else:
                name = self._person_in(owner)
            if name is None and owner.pos_ == "PROPN":
                run = self.people.name_run(owner)
                if len(run) > 1 and run[-1].lower() not in NON_PERSON_NAME_HEADS:
                    name = self.people.fullest(run, owner.idx)
            if name is None:
                continue
            frame_end = max(t.i for t in tok.head.subtree) + 1
            sent = tok.sent
            if frame_end >= sent.end or self.doc[frame_end].text != ",":
                continue
            side = (frame_end + 1, sent.end)
            if self._words(side) < MIN_CONTENT_WORDS or not self._has_own_clause(side):
                continue
            span = self._trim(side)
            if span and not self._overlaps_direct(*span):
                yield name, span[0], span[1], False, False, SAID

    def _made_clear(self):
        """"The minister made (it) clear that taxes would not rise": making a point clear is saying it;
        the statement is the "that" clause."""
        for tok in self.art.tokens:
            if tok.lemma_.lower() != "make" or tok.pos_ != "VERB" or self.art.in_quotation(tok.idx):
                continue
            clear = next((c for c in tok.children if c.lower_ == "clear" and c.i > tok.i), None)
            if clear is None or _unasserted(tok):
                continue
            clause = next((c for c in [*tok.children, *clear.children] if c.dep_ in {"ccomp", "advcl"} and c.i > clear.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                yield from self._clause_of(tok, clause)

    def _stances(self):
        """"The mayor is confident that the bridge will open in May", "Ruiz remained adamant the vote
        was fair": a stance adjective with a clause, said of a person in a main clause, is the view
        the article reports that person stating; the statement is the clause. Knowing and feeling
        ("is aware that", "was glad that") state nothing, and a stance inside what someone else said
        is part of that statement."""
        for tok in self.art.tokens:
            if tok.dep_ not in {"ROOT", "conj"} or self.art.in_quotation(tok.idx) or _unasserted(tok):
                continue
            if tok.lower_ in STANCE_ADJECTIVES and tok.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children):
                adj = tok  # "is convinced the council erred": the parser reads a passive
            elif tok.lemma_.lower() in {"be", "remain", "stay"}:
                adj = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in STANCE_ADJECTIVES), None)
            else:
                continue
            if adj is None or any(c.dep_ == "neg" or c.lower_ in {"so", "too"} for c in adj.children):
                continue  # "was so worried that she called the police": what followed, not a view
            clause = next((c for c in [*adj.children, *tok.children] if c.dep_ == "ccomp" and c.i > adj.i and any(
                s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children)), None)
            # whoever holds the view: the subject, which in the parser's passive of "is convinced"
            # may hang on the participle or on the auxiliary it made of "is"
            holders = [c for x in (tok, *(c for c in tok.children if c.dep_ == "auxpass")) for c in x.children
                       if c.dep_ in {"nsubj", "nsubjpass"}]
            if clause is not None and holders:
                yield from self._clause_of(tok, clause, holders)

    def _clause_of(self, verb: "Token", clause: "Token", subjects: list["Token"] | None = None):
        """The clause `clause` (without its "that") as a statement by the subject of `verb` (or by
        `subjects`), a person or an organisation, when it is long enough and not inside a quotation
        already taken."""
        who = self._speaker(verb, subjects)
        organisation = False
        if not who:
            org = self._organisation_speaker(verb)
            who, organisation = (org, True) if org else (None, False)
        if not who:
            return
        sub = [t.i for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
        whole = (min(sub), max(sub) + 1)
        span = self._trim(whole)
        if span and not self._overlaps_direct(*span) and self._words(whole) >= MIN_CLAUSE_WORDS:
            yield who[0], span[0], span[1], False, organisation, SAID

    def _framed_statements(self):
        """"In his statement, Ruiz found the delay unacceptable and asked for patience", "In her
        message, she praised the crews: “...”": a sentence framed by the speaker's own statement,
        message or speech is that person's words after the verb, whatever the verb (verbs of saying
        are read by the other rules). A quotation after a colon is the speaker's quotation."""
        for sent in self.doc.sents:
            root = sent.root
            if root.pos_ not in {"VERB", "AUX"} or root.lemma_.lower() in REPORTING_VERBS | SPEECH_VERBS \
                    or self.art.in_quotation(root.idx):
                continue
            frame = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < root.i), None)
            noun = next((c for c in frame.children if c.dep_ == "pobj"), None) if frame is not None else None
            if noun is None or noun.lemma_.lower() not in STATEMENT_FRAME_NOUNS or not any(
                    c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in noun.children):
                continue
            if any(c.dep_ == "neg" for c in root.children) or not any(
                    c.dep_ in {"dobj", "ccomp", "oprd", "xcomp"} and c.i > root.i for c in root.children):
                continue  # "In his speech, Ruiz walked to the stage": nothing said
            who = self._speaker(root)
            if not who or not who[2] and who[1].lower_ == "they":
                continue
            name = who[0]
            colon = next((t for t in sent if t.text == ":" and t.i > root.i), None)
            hi = colon.i if colon is not None else sent.end
            span = self._trim((root.i + 1, hi))
            if colon is not None:
                q = next((q for q in self.direct_quotes if colon.idx < q.open <= colon.idx + 3), None)
                if q is None:
                    continue
                yield name, q.start, q.end, True, False, SAID
            if span and not self._overlaps_direct(*span) and self._words((root.i + 1, hi)) >= 2:
                yield name, span[0], span[1], False, False, SAID

    def _possessive_statements(self):
        for noun in self.art.tokens:
            lemma = noun.lemma_.lower()
            if lemma not in STATEMENT_NOUNS | INFINITIVE_CONTENT_NOUNS and lemma not in CONTENT_PREPOSITION_NOUNS \
                    or noun.pos_ != "NOUN":
                continue
            # "X's claim": spaCy marks the owner as poss, or (less often) hangs "'s" off it as case.
            owner = next((c for c in noun.children if c.i < noun.i and (
                c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children))), None)
            before = self.doc[noun.i - 1] if noun.i > 0 else None
            if owner is None and noun.lower_.endswith("ing") and before is not None \
                    and before.dep_ in {"compound", "nsubj"} and before.head.i == noun.i and self.people.is_person(before):
                # "with Ana Ruiz warning of “grave risks”": the participle the tagger read as a noun
                # the name modifies; she warned
                owner = before
            name = self.people.person_name(owner) if owner is not None else None
            if not name and owner is not None and owner.pos_ == "NOUN":
                name = self._described_person(owner)  # "the governor's warning of floods"
            if not name and owner is not None and owner.lower_ in {"his", "her"} and noun.dep_ == "conj":
                # "Ruiz's stance on taxes and her vow that ...": the owner of the noun it is joined to
                first_owner = next((c for c in noun.head.children if c.dep_ == "poss" and c.i < noun.head.i), None)
                name = self.people.person_name(first_owner) if first_owner is not None else None
            if not name and owner is not None and owner.lower_ in {"his", "her"}:
                name = self._possessor_is_subject(owner)
            if not name or self.art.in_quotation(noun.idx):
                continue
            clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"}
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is None and noun.dep_ == "conj":
                # "her stance and her vow that ...": the parser may hang the clause on the first noun
                clause = next((c for c in noun.head.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
                               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is None:
                clause = object_clause(noun)  # or on the verb whose object the noun is
            if clause is None and lemma in INFINITIVE_CONTENT_NOUNS:
                # "Ruiz's promise to cut taxes": the infinitive is what was promised (not inside what
                # someone else says: "Berg said Ruiz's appeal to the mayors to follow her ...")
                inf = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.tag_ == "VB" and c.i > noun.i
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
                if inf is not None and any(a.pos_ == "VERB" and a.lemma_.lower() in REPORTING_VERBS | SPEECH_VERBS
                                           for a in noun.ancestors):
                    continue
                if inf is not None:
                    sub = list(inf.subtree)
                    span = self._trim((sub[0].i, sub[-1].i + 1))
                    if span and self._words((sub[0].i, sub[-1].i + 1)) >= MIN_CONTENT_WORDS:
                        yield name, span[0], span[1], False
                    continue
            if clause is None:
                span = self._prepositional_content(noun, lemma)
                if span is not None:
                    yield name, span[0], span[1], False
                continue
            sub = list(clause.subtree)
            # "yielded to Berg's demand that the club keep its rules, agreeing with Lang that ...": a
            # participle of saying after a comma is what the sentence's subject did, no part of the
            # claim the parser hung it on
            acts = [c for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > clause.i
                    and c.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS and self.doc[c.i - 1].text == ","]
            if acts:
                sub = [t for t in sub if t.i < acts[0].i - 1]
            span = self._trim((sub[0].i, sub[-1].i + 1))
            if span and self._words((sub[0].i, sub[-1].i + 1)) >= MIN_CONTENT_WORDS:
                yield name, span[0], self._end_at_quoted_object(clause, span[1]), False

    def _possessor_is_subject(self, owner: "Token") -> str | None:
        """"Ruiz faces criticism for breaking his vow that ...": "his"/"her" stands for the
        named person who is the sentence's subject, where no other person is named before it in the
        sentence and the article does not give that person the other sex."""
        sent = owner.sent
        subj = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.i > owner.i or not self.people.is_person(subj):
            return None
        name = self.people.person_name(subj)
        if any(self.people.is_person(t) and self.people.person_name(t) != name for t in self.doc[sent.start: owner.i]):
            return None
        wanted = PRONOUN_GENDER.get(owner.lower_)
        return name if name and self._genders().get(name) in {None, wanted} else None

    def _prepositional_content(self, noun: "Token", lemma: str) -> tuple[int, int] | None:
        """"Ruiz's claims of widespread fraud", "Ruiz's call for an inquiry": what a speech-act noun
        says, after its preposition, in two words at least ("her call for calm" says too little)."""
        wanted = CONTENT_PREPOSITION_NOUNS.get(lemma)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == wanted and c.i > noun.i), None)
        obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if obj is None or obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or obj.pos_ == "PRON":
            return None  # "his criticism of the council" names whom, not what
        sub = list(obj.subtree)
        if sum(1 for t in sub if t.is_alpha) < 2:
            return None
        return self._trim((sub[0].i, sub[-1].i + 1))

    def _end_at_quoted_object(self, clause: "Token", end: int) -> int:
        """"X's remarks that any plan must honour the “spirit of the accord” point to ...":
        a quotation after the clause's verb closes the clause unless a preposition or
        conjunction carries it on; the parser sometimes runs the clause into the main verb."""
        for q in self.art.quotations:
            if clause.idx < q.open and q.close < end:
                nxt = self._token_at_or_after(q.close + 1)
                if nxt is not None and not (nxt.is_punct or nxt.pos_ in {"ADP", "CCONJ", "SCONJ", "PART"}):
                    return q.close + 1
        return end

    def _token_at_or_after(self, pos: int) -> "Token | None":
        while pos < len(self.art.text) and self.art.text[pos].isspace():
            pos += 1
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


class AdjectiveVerbMixin:
    def _verbs_read_as_adjectives(self):
        """"X, a harbour pilot, warned patience would be needed", "X spoke and urged
        volunteers to stay calm": the small parser can tag a verb of saying in the past as an
        adjective of the noun after it; right after a comma or "and" that follows the sentence's
        subject, it is that subject's verb, and the rest of the sentence what was said."""
        for tok in self.art.tokens:
            if tok.tag_ not in {"JJ", "VBN", "VBD"} or tok.dep_ != "amod" or not tok.lower_.endswith("ed") or tok.i == 0:
                continue
            lemma = next((w for w in (tok.lower_[:-1], tok.lower_[:-2]) if w in ADJECTIVE_READ_VERBS), None)
            if lemma is None or tok.head.i <= tok.i or tok.head.left_edge.i != tok.i or self.art.in_quotation(tok.idx):
                continue
            if self.doc[tok.i - 1].lower_ not in {",", "and", "also"}:
                continue
            sent = tok.sent
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            name = self._person_in(subj) if subj is not None else None
            if not name or any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" and any(
                    c.dep_ in {"ccomp", "xcomp", "dobj"} for c in t.children) for t in sent if t.i != tok.i):
                continue  # another verb of saying in the sentence says what it says
            side = (tok.i + 1, sent.end)
            words = self.doc[side[0]: side[1]]
            if self._words(side) < MIN_CONTENT_WORDS or not any(
                    t.tag_ in FINITE_TAGS or t.lower_ == "to" and t.dep_ == "aux" for t in words):
                continue
            span = self._trim(side)
            if span and not self._overlaps_direct(*span):
                yield name, span[0], span[1], False, False, SAID

    def _verbs_read_as_modifiers(self):
        """"The town's fire chief, Ana Ruiz, wrote on her blog there were crews on site":
        the parser can hang the verb of saying on its subject as a modifier and make the reported
        clause the sentence's main clause; when that clause has its own subject after the verb, it
        is what the person said."""
        for tok in self.art.tokens:
            if tok.dep_ != "acl" or tok.tag_ not in {"VBD", "VBN"} or tok.lemma_.lower() not in REPORTING_VERBS:
                continue
            root = tok.sent.root
            if self.doc[tok.i - 1].text != "," or self.art.in_quotation(tok.idx):
                continue
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and any(
                s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children)), None)
            if tok.head.i == root.i and root.pos_ in {"NOUN", "PROPN"} and clause is not None:
                side = (clause.left_edge.i, clause.right_edge.i + 1)  # the whole sentence read as a noun phrase
            else:
                if tok.head.dep_ != "nsubj" or tok.head.head.i != root.i or any(
                        c.dep_ in {"nsubjpass", "auxpass", "ccomp", "dobj"} for c in tok.children):
                    continue  # "Ruiz, declared the winner on Monday, will ..."
                start = tok.right_edge.i + 1
                if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i >= start for c in root.children):
                    continue
                side = (start, tok.sent.end)
            name = self._person_in(tok.head)
            if not name or self._words(side) < MIN_CONTENT_WORDS:
                continue
            span = self._trim(side)
            if span and not self._overlaps_direct(*span):
                yield name, span[0], span[1], False, False, SAID
