"""Evidence about people: mentions, pronoun antecedents and genders."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    CARRY_ON_VERBS, COURTESY_TITLES, GENDERED_NOUNS, REPORTING_VERBS, ROLE_NOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS,
)
from quizapp.generate.names.given import given_name_gender
from quizapp.generate.quotes.acts import OCCASION_NOUNS, said_at_an_occasion
from quizapp.generate.quotes.common import (
    PERSON_WORDS, PRONOUN_GENDER, PRONOUN_REACH_PARAGRAPHS, _ancestors_until, _named_thing,
)

_NOUN_SEX = {**GENDERED_NOUNS, "man": "m", "boy": "m", "woman": "f", "girl": "f"}  # "her husband", "a woman"

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

# Verbs of saying, reporting ones and the rest
_SAYING = REPORTING_VERBS | SPEECH_VERBS

# Words that open a fronted clause of time, contrast or cause ("While ..., she said")
FRONTING_MARKS = {"while", "when", "after", "although", "though", "as", "because", "since", "whereas", "once"}


class PronounsMixin:
    # ---- evidence about people -------------------------------------------------------------
    # Antecedents for "he said": (sentence start, paragraph, rank, position, name). In the nearest
    # earlier sentence that names anyone, a speaker outranks a clause subject, which outranks
    # any other mention; among equals the later one wins.
    # A main clause's subject outranks the subject of a clause inside it ("Ruiz believes Berg was
    # right. She said ...": she is Ruiz).
    SPEAKER, MAIN_SUBJECT, SUBJECT, MENTION = 3, 2, 1, 0

    def _subject_mentions(self) -> list[tuple[int, int, int, int, str]]:
        out = []
        for tok in self.art.tokens:
            if self.art.in_quotation(tok.idx):
                continue
            if tok.dep_ in {"nsubj", "nsubjpass"}:  # ("Ruiz was married to Berg; ...": a passive's subject too)
                clause = tok.head
                while clause.dep_ == "conj" and clause.head.i != clause.i:
                    clause = clause.head
                person = self._person_in(tok)
                rank = self.MAIN_SUBJECT if clause.dep_ == "ROOT" else self.SUBJECT
            elif self.people.is_person(tok) and not (tok.i + 1 < len(self.art.tokens)
                                                     and self.people.is_person(self.art.tokens[tok.i + 1])):
                person, rank = self.people.person_name(tok), self.MENTION
            else:
                continue
            if person:
                out.append((tok.sent.start_char, self.art.paragraph_of(tok.idx), rank, tok.idx, person))
        return out

    def _add_named_speakers(self) -> None:
        """Named speakers of reporting verbs and "according to" rank first as antecedents."""
        for a in self.attributions():
            if a.named and not a.organisation:
                self.mentions.append((a.verb.sent.start_char, self.art.paragraph_of(a.verb.idx),
                                      self.SPEAKER, a.verb.idx, a.speaker))
        self.mentions.sort(key=lambda m: m[0])
        self._mention_starts = [m[0] for m in self.mentions]

    def _person_in(self, subj: "Token") -> str | None:
        """The person a subject phrase names: "Ana Ruiz", "union organiser Tomas Berg", "Norway's
        prime minister Ola Strand" (not Norway), "the director of the Harbour Board, Ana Ruiz,"."""
        head_name = self.people.person_name(subj)
        if head_name and not _named_thing(subj):  # the phrase's head is the person ("Port Ellis Fire spokesperson Ada Lin")
            return head_name
        best: tuple[int, str] | None = None
        for tok in subj.subtree:
            if not self.people.is_person(tok) or self.art.in_quotation(tok.idx):
                continue
            path = _ancestors_until(tok, subj)
            # a possessor or a name inside a clause is someone else: "Ruiz's spokesman said"
            if any(a.dep_ in {"poss", "relcl", "acl", "advcl"} or a.dep_ == "conj" and self.people.is_person(a.head)
                   for a in path):
                continue
            if any(g.dep_ == "case" for g in tok.children) or _named_thing(tok):
                continue  # "Ruiz's", "the newspaper Publico"
            if any(a.dep_ == "compound" and a.head.pos_ == "NOUN" and not self.people.is_person(a.head)
                   for a in path):
                # "a former Ruiz adviser, Tom Berg, said": the name says whose adviser; "the Ruiz
                # campaign said": whose campaign, which speaks, not she
                continue
            # "The director of the Harbour Board, Ana Ruiz, said": the parser hangs the appositive
            # on the organisation, but only the description can be a person
            if any(a.dep_ in {"prep", "pobj"} for a in path) and not self._title_place_name(subj, tok) and not any(
                    a.dep_ == "appos" and not self.people.is_person(a.head) and not a.head.lower_ in PERSON_WORDS
                    and (a.head.pos_ == "PROPN" or a.head.ent_type_) for a in path):
                continue
            depth = len(path)
            name = self.people.person_name(tok)
            if name and (best is None or depth < best[0]):
                best = (depth, name)
        return best[1] if best else None

    def _title_place_name(self, subj: "Token", tok: "Token") -> bool:
        """"President of Ruritania Ana Ruiz said", "the director of Harbour Rights Watch Ana Ruiz said",
        "Ambassador to Ruritania Ana Ruiz said": a
        title, its place or employer after "of"/"from", then the name; the name is the title
        holder, not something the title is of (the place stands between the preposition and the
        name; "the lawyer of Ana Ruiz said" has none)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in {"of", "from", "to"} or prep.head.i != subj.i:
            return False
        if subj.lower_ not in ROLE_NOUNS:
            return False
        first = tok.i - len(self.people.name_run(tok)) + 1
        return first - prep.i >= 2 and self.doc[prep.i + 1].ent_type_ in {"GPE", "LOC", "ORG"}

    def _resolve_pronoun(self, tok: "Token") -> str | None:
        here = tok.sent.start_char
        i = bisect_left(self._mention_starts, here)
        verb = tok.head
        opener = self._colon_opener(tok)
        if opener is not None:
            # '"Perro" chimed in: "...," he said': the one whose clause brings in the quotation is
            # "he", a person named before or not; a word not known as a name is no one we can name
            return self._person_in(opener)
        if tok.dep_ == "nsubj" and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            # "Ruiz threatened the deal, and he accused the board of ...": the first clause's subject
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            name = self._person_in(subj) if subj is not None and subj.lower_ not in SPEAKER_PRONOUNS else None
            if name and self._genders().get(name) in {None, PRONOUN_GENDER.get(tok.lower_)}:
                return name
        if tok.dep_ == "nsubj" and said_at_an_occasion(verb):
            # "The paper ran an interview with Ana Ruiz in which she said ...": the one person the
            # occasion was with
            # (the parser may hang the clause on the person rather than on the occasion)
            occasion = next((t for t in reversed(self.doc[max(verb.head.i - 8, verb.sent.start): verb.head.i + 1])
                             if t.pos_ == "NOUN" and t.lemma_.lower() in OCCASION_NOUNS), None)
            guests = [t for w in (occasion.children if occasion is not None else ())
                      if w.dep_ == "prep" and w.lower_ == "with" and w.i < verb.i
                      for t in w.subtree if t.i < verb.i and t.dep_ == "pobj" and self.people.is_person(t)]
            names = {self.people.person_name(t) for t in guests}
            if len(names) == 1 and not any(self.people.is_person(t) for t in self.doc[guests[-1].i + 1: tok.i]):
                name = names.pop()
                if self._genders().get(name) in {None, PRONOUN_GENDER.get(tok.lower_)}:
                    return name
            # "Ruiz gave an interview in which she said ...": the person the occasion was the main clause's
            main = next((a for a in verb.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            subj = next((c for c in main.children if c.dep_ == "nsubj"), None) if main is not None else None
            name = self._person_in(subj) if subj is not None and subj.lower_ not in SPEAKER_PRONOUNS else None
            others = subj is not None and any(self.people.is_person(t) for t in self.doc[subj.right_edge.i + 1: tok.i])
            if name and not others and self._genders().get(name) in {None, PRONOUN_GENDER.get(tok.lower_)}:
                return name  # (not "Ruiz met Berg at a hearing in which he said": either may be meant)
        for verb in tok.ancestors:  # "Coach Ana Ruiz said she told her players ...": the speaker whose words hold it
            if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in REPORTING_VERBS:
                subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
                name = self._person_in(subj) if subj is not None and subj.lower_ not in SPEAKER_PRONOUNS else None
                if name:
                    return name
        same = self._speaker_before_semicolon(tok) or self._main_subject(tok) or self._named_in_fronted_clause(tok)
        if same:
            return same
        chained = self._previous_pronoun_speaker(tok)
        if chained is not None:
            # "He wrote on Twitter that ... He added ...": the same pronoun speaking again in the
            # next sentence is the same person, whoever else the sentence between mentions
            return self._resolve_pronoun(chained)
        if i == 0:
            return None
        sentence = self._mention_starts[i - 1]
        lo = bisect_left(self._mention_starts, sentence)
        ranked = sorted(self.mentions[lo:i], key=lambda m: (m[2], m[3]), reverse=True)
        wanted = PRONOUN_GENDER.get(tok.lower_)
        known = self._genders()
        # "she" cannot be a man the article has called "he" (or "Mr."): the next person of that
        # sentence who may be "she" is meant, and where nobody fits, no one is named
        fitting = [m for m in ranked if known.get(m[4]) in {None, wanted}]
        if not fitting:
            return self._same_pronoun_before(tok)
        start, para, _rank, _pos, name = fitting[0]
        if fitting[0] is not ranked[0] and known.get(name) is None:
            return None  # the likeliest person does not fit, and the next one is only a guess
        if _rank in {self.MENTION, self.SUBJECT} and self._unknown_proper_subject(start):
            # "Oxley praised the way Tom and Ann's bond was drawn. '...,' he said.": the sentence's
            # subject is a name not known as a person's, far likelier "he" than a name in its object
            return None
        # paragraphs are counted as runs of line breaks, so a blank line between them is one break
        if len(re.findall(r"\n+", self.art.text[_pos: tok.idx])) > PRONOUN_REACH_PARAGRAPHS:
            return None
        if any(_pos < p < tok.idx and (sex is None or wanted is None or sex == wanted)
               for p, sex in self._unnamed_people()):
            # "A police officer was hurt. He said ...": someone unnamed came in between ("her
            # husband was out of work. ... she said" is not the husband)
            return None
        if tok.head.lemma_.lower() in {"add", "continue"} and _rank != self.SPEAKER \
                and not self._speaks_in_sentence(_pos) and self._spoke_earlier(sentence, tok.lower_, name):
            # '"...," he said. The chief executive, Wilson, was in the room. "...," he added.': who
            # adds is whoever spoke, not the man named since; either may be meant
            return None
        return name

    def _named_in_fronted_clause(self, tok: "Token") -> str | None:
        """'While the plan did not appeal to Ana Ruiz, a health officer, she said ...': the subject
        pronoun of a main clause right after a fronted clause ("while", "when", "after" ...) that
        names one person, whom the pronoun may be, and no other person (nor "he"/"she", nor "the
        minister") is that person, not whoever the sentence before named."""
        if tok.dep_ != "nsubj":
            return None
        # (the parser makes "when" an adverb of its clause, not a marker: "When X spoke, he said ...")
        clause = next((c for c in tok.head.children if c.dep_ == "advcl" and c.right_edge.i < tok.i
                       and any((m.dep_ == "mark" or m.dep_ == "advmod" and m.tag_ == "WRB") and m.i < c.i
                               for m in c.children)), None)
        if clause is not None and any(not t.is_punct for t in self.doc[clause.right_edge.i + 1: tok.i]):
            return None
        if clause is not None:
            words = list(clause.subtree)
        else:
            # ('Although the “Go. Now.” posters left Ana Ruiz cold, she said ...': a slogan the
            # parser cannot read hides the clause; its words run from the sentence's "While" to the
            # comma before the pronoun, with no other comma-set clause of a verb of saying between)
            first = tok.sent[0]
            if first.lower_ not in FRONTING_MARKS or tok.i < 2 or self.doc[tok.i - 1].text != "," \
                    or tok.head.i < tok.i or tok.head.lemma_.lower() not in REPORTING_VERBS:
                return None
            words = list(self.doc[first.i + 1: tok.i - 1])
            if any(t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" for t in words):
                return None
        names, covered = set(), set()
        for t in words:
            if t.dep_ in {"compound", "amod", "nmod"} and t.i < t.head.i and t.head.pos_ == "NOUN":
                continue  # "when the Berg administration backed it": a body named for the person
            if t.i not in covered and self.people.is_person(t):
                names.add(self.people.person_name(t))
                covered.update(x.i for x in t.subtree)
        for t in words:
            if t.i not in covered and (t.lower_ in SPEAKER_PRONOUNS
                                       or t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_WORDS):
                return None
        if len(names) != 1:
            return None
        name = names.pop()
        return name if name and self._genders().get(name) in {None, PRONOUN_GENDER.get(tok.lower_)} else None

    def _same_pronoun_before(self, tok: "Token") -> str | None:
        """'In April she gave way, agreeing with Mr Berg and Mr Lang that ... “Fine,” she said.':
        where everyone named since is, by the article's own evidence, of the other sex, "she" goes
        on with the person the same pronoun last stood for, within the paragraph or the one before."""
        para = self.art.paragraph_of(tok.idx)
        for t in reversed(self.art.tokens[max(0, tok.i - 120): tok.sent.start]):
            if self.art.paragraph_of(t.idx) < para - 1:
                return None
            if t.lower_ == tok.lower_ and t.dep_ in {"nsubj", "nsubjpass"} and not self.art.in_quotation(t.idx):
                name = self._resolve_pronoun(t)
                return name if name and self._genders().get(name) == PRONOUN_GENDER.get(tok.lower_) else None
        return None

    def _speaks_in_sentence(self, pos: int) -> bool:
        """Whether the sentence holding offset `pos` has a verb of saying outside quotations."""
        sent = self.art.tokens[max(0, bisect_right(self._token_starts, pos) - 1)].sent
        return any(t.pos_ == "VERB" and t.lemma_.lower() in _SAYING and not self.art.in_quotation(t.idx) for t in sent)

    def _spoke_earlier(self, sentence_start: int, pronoun: str, name: str) -> bool:
        """Whether, in the two sentences before the one starting at `sentence_start`, someone other
        than `name` (or `pronoun` itself) was the subject of a verb of saying."""
        k = bisect_left(self._token_starts, sentence_start)
        if k == 0:
            return False
        sent = self.art.tokens[k - 1].sent
        for _ in range(2):
            for t in sent:
                if t.pos_ != "VERB" or t.lemma_.lower() not in _SAYING:
                    continue
                for c in t.children:
                    if c.dep_ == "nsubj" and (c.lower_ == pronoun or self.people.is_person(c)
                                              and self.people.person_name(c) != name):
                        return True
            if sent.start == 0:
                break
            sent = self.art.tokens[sent.start - 1].sent
        return False

    def _main_subject(self, tok: "Token") -> str | None:
        """"Ruiz sent a letter, giving them access to what she described as ...": a pronoun deep in
        the sentence goes back to its main subject, where that is a named person whom the pronoun may
        be and nobody else is named between them."""
        root = tok.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None or tok.dep_ != "nsubj" or tok.head.i == root.i or subj.lower_ in SPEAKER_PRONOUNS \
                or tok.head.dep_ not in {"pcomp", "advcl", "relcl"}:
            return None
        name = self._person_in(subj)
        if not name or self._genders().get(name) not in {None, PRONOUN_GENDER.get(tok.lower_)}:
            return None
        self._genders()
        wanted, known = PRONOUN_GENDER.get(tok.lower_), self._gender_evidence
        # (someone named between whom the article shows the pronoun cannot be, "Ms. Ruiz met Mr.
        # Berg after she ...", leaves her the only one meant; a guess from a given name does not)
        if any(self.people.is_person(t) and known.get(self.people.person_name(t)) in {None, wanted}
               or t.lower_ in SPEAKER_PRONOUNS for t in self.doc[subj.right_edge.i + 1: tok.i]):
            return None
        return name

    def _speaker_before_semicolon(self, tok: "Token") -> str | None:
        """'"We will rebuild," said Ana Ruiz, the mayor; she urged residents to stay calm': a pronoun
        opening the clause after a semicolon goes on with the speaker named earlier in the same
        sentence, where that speaker is the only person named there whom the pronoun may be."""
        if tok.dep_ != "nsubj":
            return None
        semi = next((t for t in reversed(self.doc[tok.sent.start: tok.i]) if t.text == ";"), None)
        if semi is None or tok.i - semi.i > 3 or any(t.pos_ in {"VERB", "AUX"} for t in self.doc[semi.i + 1: tok.i]):
            return None
        here = tok.sent.start_char
        before = [m for m in self.mentions[bisect_left(self._mention_starts, here):
                                           bisect_right(self._mention_starts, here)] if m[3] < semi.idx]
        wanted, known = PRONOUN_GENDER.get(tok.lower_), self._genders()
        fitting = {m[4] for m in before if known.get(m[4]) in {None, wanted}}
        speakers = {m[4] for m in before if m[2] == self.SPEAKER}
        if len(fitting) == 1 and fitting == speakers:
            return fitting.pop()
        return None

    def _previous_pronoun_speaker(self, tok: "Token") -> "Token | None":
        """The same pronoun as `tok`, subject of a verb of saying or of the main clause in the
        sentence right before `tok`'s, in the same paragraph; None where that sentence has none or
        names someone else as a subject. "She married Hale, then Berg. She said Hale ...": the
        subject carried over is the person spoken of, not the people in the objects."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in REPORTING_VERBS | SPEECH_VERBS | CARRY_ON_VERBS:
            return None
        sents = self._sentence_list()
        k = self._sentence_index()[tok.sent.start]
        if k == 0:
            return None
        first = tok.sent
        while k >= 2 and self._wholly_quoted(sents[k - 1]) and \
                self.art.paragraph_of(sents[k - 1].start_char) == self.art.paragraph_of(tok.idx):
            # '"One thing. Another," he said.': the sentences of the quotation the pronoun closes
            # are its words; the sentence before the quotation opened is the one before
            k -= 1
            first = sents[k]
        before = sents[k - 1]
        if k >= 2 and not any(t.pos_ in {"VERB", "AUX"} for t in before):
            before = sents[k - 2]  # "... losing a client's (very costly!) cargo.": a fragment the parser cut off
        if self.art.paragraph_of(before.start_char) != self.art.paragraph_of(tok.idx) and not (
                first[0].text in {'"', "“"} and self.art.in_quotation(first[0].idx + 1)) and not (
                not self.art.text[before.end_char: first.start_char].strip() and not self._named_before(tok)):
            # (a paragraph that opens with a quotation goes on from the speaker of the one before:
            # '“...,” he said, adding that ... / “...,” he said.'; so does one whose first sentence
            # names nobody before its pronoun: 'He was held over a call to Ruiz's office. / In that
            # call, he said ...' is the same man, not Ruiz)
            return None
        found = None
        for t in before:
            if self.art.in_quotation(t.idx) or t.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if t.lower_ != tok.lower_ and self._inside_pronouns_report(t, tok.lower_):
                continue  # '“...,” he said, adding that the firm was hit': whom he spoke of, no speaker
            if t.lower_ != tok.lower_:
                if t.pos_ == "PROPN" or self.people.is_person(t) or t.lower_ in SPEAKER_PRONOUNS:
                    return None  # somebody else is a subject there: the usual ranking decides
                continue
            if t.head.pos_ in {"VERB", "AUX"} and t.head.lemma_.lower() in REPORTING_VERBS | SPEECH_VERBS:
                found = t
            elif found is None and t.lower_ in {"he", "she"} and _main_clause_verb(t.head):
                found = t
        return found

    def _colon_opener(self, tok: "Token") -> "Token | None":
        """The proper-noun subject of a clause that opens the pronoun's sentence and ends in a colon
        before the quotation the pronoun attributes ('X chimed in: "...," he said')."""
        if tok.dep_ != "nsubj":
            return None
        for t in tok.sent:
            if t.i >= tok.i:
                break
            # (the colon must open a quotation: "Berg had every reason to act: She had said ..."
            # brings in no quotation, and its "she" is not Berg)
            if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.pos_ == "VERB" and t.head.i < tok.i \
                    and not self.art.in_quotation(t.head.idx) and any(
                        x.text == ":" and not self.art.in_quotation(x.idx) and x.i + 1 < tok.i
                        and self.doc[x.i + 1].text in {'"', "“"} for x in self.doc[t.head.i: tok.i]):
                return t
        return None

    def _unknown_proper_subject(self, sent_start: int) -> bool:
        """Whether the main clause of the sentence starting at `sent_start` has a proper-noun
        subject that names no person the article knows."""
        i = bisect_left(self._token_starts, sent_start)
        if i >= len(self.art.tokens):
            return False
        for t in self.art.tokens[i].sent:
            if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "PROPN" and not self.art.in_quotation(t.idx):
                return self._person_in(t) is None and not self.people.is_person(t)
        return False

    def _wholly_quoted(self, sent: "Span") -> bool:
        """Whether every word of `sent` lies inside a quotation."""
        return all(self.art.in_quotation(t.idx) for t in sent if not t.is_punct)

    def _named_before(self, tok: "Token") -> bool:
        """Whether the sentence of `tok` names a person before it."""
        return any(self.people.is_person(t) for t in self.doc[tok.sent.start: tok.i])

    @staticmethod
    def _inside_pronouns_report(t: "Token", pronoun: str) -> bool:
        """Whether `t` stands in a clause reported by a verb of saying whose subject is `pronoun`."""
        inside = False
        for a in t.ancestors:
            if a.dep_ == "ccomp" or a.dep_ == "advcl" and a.tag_ == "VBG" and a.lemma_.lower() in SPEECH_VERBS:
                inside = True
            if inside and a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in REPORTING_VERBS | SPEECH_VERBS and any(
                    c.dep_ == "nsubj" and c.lower_ == pronoun for c in a.children):
                return True
        return False

    def _sentence_list(self) -> list["Span"]:
        if not hasattr(self, "_sents_cache"):
            self._sents_cache = list(self.doc.sents)
            self._sent_index_cache = {s.start: i for i, s in enumerate(self._sents_cache)}
        return self._sents_cache

    def _sentence_index(self) -> dict[int, int]:
        self._sentence_list()
        return self._sent_index_cache

    def _unnamed_people(self) -> list[tuple[int, str | None]]:
        """Positions of subjects that bring in a person with no name ("A police officer was hurt",
        "One resident, who asked not to be named, ..."): a later "he" or "she" may be that person
        (even one of the other sex: the named person's sex is often only a guess from the given
        name), with the sex the noun itself gives ("her husband", "a woman"). A relation the
        speaker reports on ("Ruiz said her landlord had ...") is spoken of, not a new speaker."""
        if hasattr(self, "_unnamed_cache"):
            return self._unnamed_cache
        out = []
        for t in self.art.tokens:
            if t.dep_ not in {"nsubj", "nsubjpass"} or self.art.in_quotation(t.idx) or t.tag_ not in {"NN", "CD"}:
                continue
            noun = t
            if t.lower_ == "one":  # "One resident said", "one of the officers"
                noun = next((c for c in t.children if c.dep_ in {"appos", "compound"} or c.dep_ == "prep"), t)
            if noun.lemma_.lower() not in PERSON_WORDS | {"man", "woman", "boy", "girl", "person", "one"}:
                continue
            if any(c.lower_ == "no" for c in t.children):
                continue  # "No one knows why, he says": nobody, so no one a pronoun could mean
            if self._person_in(t) or self._described_person(t) or self._described_previous_subject(t):
                continue  # "the minister" the article named before, "driver Ana Ruiz"; "Ruiz's spokesman" stays
            if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in t.children) and any(
                    a.dep_ == "ccomp" and a.head.lemma_.lower() in REPORTING_VERBS for a in t.ancestors):
                continue
            out.append((t.idx, _NOUN_SEX.get(noun.lower_)))
        self._unnamed_cache = out
        return out

    def _genders(self) -> dict[str, str]:
        """"m" or "f" for people the article itself marks: a courtesy title ("Ms. Ruiz") or a
        he/she in their own statement with nobody else named in the sentence ("Ruiz said she ...")."""
        if hasattr(self, "_gender_cache"):
            return self._gender_cache
        seen: dict[str, set[str]] = {}
        toks = self.art.tokens
        for tok in toks:
            if tok.text in COURTESY_TITLES and tok.i + 1 < len(toks) and self.people.is_person(toks[tok.i + 1]):
                seen.setdefault(self.people.person_name(toks[tok.i + 1]), set()).add(COURTESY_TITLES[tok.text])
            if tok.lower_ not in PRONOUN_GENDER or tok.dep_ != "nsubj" or self.art.in_quotation(tok.idx):
                continue
            named = {self.people.person_name(t) for t in tok.sent if self.people.is_person(t)} - {None}
            if len(named) != 1:
                continue
            for verb in tok.ancestors:
                if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in REPORTING_VERBS:
                    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
                    name = self._person_in(subj) if subj is not None and subj.lower_ not in SPEAKER_PRONOUNS else None
                    # ("Her coach, Tom Berg, said she ...": "she" is the one whose coach he is)
                    theirs = subj is not None and any(c.dep_ == "poss" and c.lower_ in {"his", "her"}
                                                      for c in subj.children)
                    if name and name in named and not theirs:
                        seen.setdefault(name, set()).add(PRONOUN_GENDER[tok.lower_])
                    break
        for noun, entries in self._roles().items():
            if noun in GENDERED_NOUNS:  # "Spokeswoman Ana Ruiz", "Tom Berg, her husband,"
                for _pos, name, _title in entries:
                    seen.setdefault(name, set()).add(GENDERED_NOUNS[noun])
        self._gender_cache = {name: g.pop() for name, g in seen.items() if len(g) == 1}
        self._gender_evidence = dict(self._gender_cache)  # what the article itself says, no prior
        for name in {m[4] for m in self.mentions} - set(seen):
            prior = given_name_gender(name)  # where the article says nothing: how the name is usually borne
            if prior:
                self._gender_cache[name] = prior
        self._gender_by_elimination()
        return self._gender_cache

    def _gender_by_elimination(self) -> None:
        """"Sokolov hoped Lindqvist would lose if she ran, and he said so": in a sentence that names two
        people, one known to be "she", a "he" is the other one (and the other way round), where
        nothing else tells the other's."""
        known = self._gender_cache
        seen = set(known)
        for tok in self.art.tokens:
            if tok.lower_ not in PRONOUN_GENDER or tok.dep_ not in {"nsubj", "nsubjpass"} \
                    or self.art.in_quotation(tok.idx):
                continue
            named = {self.people.person_name(t) for t in tok.sent if self.people.is_person(t)} - {None}
            if len(named) != 2:
                continue
            wanted = PRONOUN_GENDER[tok.lower_]
            other = [n for n in named if known.get(n) not in {None, wanted}]
            rest = [n for n in named if n not in other]
            if len(other) == 1 and len(rest) == 1 and rest[0] not in seen:
                known[rest[0]] = wanted


def _main_clause_verb(verb: "Token") -> bool:
    """The sentence's root, or a verb joined to it by "and" ("She sang and she danced")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"
