"""Who said what: direct quotations and reported speech, each with its speaker; organisations'
words are kept apart as statements ("The ministry said ..." is never a person's quote).

Rules, in order of evidence:
- a verb of communication (lexicon.COMMUNICATION_VERBS: say/tell, assert, explain, announce,
  warn, urge, criticise, admit, deny, describe, estimate, confirm, agree, promise; manners of
  speaking, informing) whose subject names a person ("X said", "said X", "X, a ..., warned that"),
  also inverted after its statement where the parser took the speaker for an object ("...,
  argued the union's lawyer, Ana Ruiz"), whose passive agent does ("was told by X that", "X was
  quoted as saying"), whose relative pronoun does ("the home of X, who told reporters ..."), or
  whose carrier verb's subject does ("X went on to say"); the statement is its clause (ccomp or
  "that"-clause, also a second complement the parser split off at a quotation), else the words
  on the far side of an attribution ("..., X said.") when they hold a clause of their own (not
  the verb's object with a relative or "when" clause: "wrote three books before she turned
  forty"), both parts where the attribution stands inside the statement, or a speech act's
  object ("declared a curfew", "disagreed with the finding", "called on X to Y",
  "vowed to appeal", "described it as Y", "hailed her as Y", "talked of “...”"); verbs with an everyday sense say
  nothing with a thing for object ("admitted three patients", "rejected the plan", "praised his
  players");
- the speaker phrase is read for its person: the head's name, an appositive name ("the director
  of the Trust, Ana Ruiz,"), never a possessor ("Ruiz's deputy"), a joint subject ("X and Y
  said", "X, along with Y, said"; a conjunct without "and" is a misread comma) or a name set
  beside an outlet ("the newspaper Publico"); a pronoun stands for the person most recently named as speaker or
  main-clause subject, unless someone unnamed came in between ("A police officer was hurt. He
  said ..."); a description ("the minister said") for the one person the article gave that role;
- "according to X" (and "according to a statement by X"), read from the words where the parse of
  the phrase is broken ("According to Senator X, ...", "According to the town's clerk, X, ...");
- a participle that reports ("..., adding that ...", "..., calling the plan a failure", "...,
  writing that he was “...”") speaks for its clause's subject, quotations included;
- "X's statements that ..." reports X;
- a quotation with no attribution that makes up the sentence right after an attributed one
  continues it; an attribution standing alone after a quotation that ends in "!" or "?" is its;
  an attribution ending in a colon introduces the quotation that opens the next sentence.
- also: a present-tense verb of opinion with a clause ("X believes the slump will be short"), an
  expressed attitude ("expressed concern that ..."), "issued a statement saying ...", "made (it)
  clear that ...", "As X put it, ...", "In X's words, ...", a subjunctive after a verb of urging
  ("recommended that the school be closed"), "the 61-year-old said" for the person of that age;
- never: a modal or conditional verb of saying ("may say", "if asked, would say"), a question
  ("Did X say ...?"); "a spokesperson for <organisation>" and a bare "Police said" are the body's.
A quotation in title case ("A Song for the Lost") is a title, not words said. The object of
"told" is the listener and never becomes a speaker. Denials keep their stance (facts.DENIED).
Anything weaker is skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from quizapp.generate.facts import DENIED, SAID, Quote, Statement
from quizapp.generate.lexicon import (
    CARRY_ON_VERBS, CLAIM_OBJECT_NOUNS, COMMUNICATION_VERBS, DENIAL_VERBS, MEDIA_AND_THING_NOUNS,
    ATTITUDE_NOUNS, EXPRESSING_VERBS, GENDERED_NOUNS, NON_PERSON_NAME_HEADS, OPINION_VERBS, ORGANISATION_NOUNS,
    STATEMENT_CARRIER_NOUNS, PERSON_NOUNS, REPORTING_PARTICIPLES, REPORTING_VERBS,
    ROLE_NOUNS, SPEAKER_PRONOUNS, SPEECH_ABOUT_VERBS, STATEMENT_FRAME_NOUNS, SPEECH_ACT_VERBS, SPEECH_PREPOSITIONS, SPEECH_VERBS, STATEMENT_NOUNS,
    THING_OBJECT_SPEECH_VERBS,
)
from quizapp.generate.names import HONORIFICS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from quizapp.generate.article import Article
    from quizapp.generate.quotemarks import Quotation

MIN_CONTENT_WORDS = 4
MIN_CLAUSE_WORDS = 3          # a reported clause with its own subject and verb: "she was innocent"
MIN_DIRECT_WORDS = 5          # shorter quoted words are scare quotes unless they open a sentence
PRONOUN_REACH_PARAGRAPHS = 3  # how far back a "he said" may look for its person
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
COURTESY_TITLES = {"Mr.": "m", "Mr": "m", "Ms.": "f", "Ms": "f", "Mrs.": "f", "Mrs": "f", "Miss": "f"}
CHARACTERISED = re.compile(
    r"\b(?:called|calls|describe[sd]?|labell?ed|labels|dubbed|termed|branded)\s+(?:[\w’'-]+\s+){1,4}(?:as\s+)?$")
CHARACTERISING_VERBS = {"call", "describe", "label", "dub", "term", "brand"}
# Verbs whose "as" phrase is a verdict on someone ("hailed her as a pioneer", "remembered him as a
# giant of the stage"), besides the verbs of naming.
VERDICT_AS_VERBS = {"cite", "see", "regard", "hail", "praise", "remember", "recall", "celebrate", "mourn",
                    "condemn", "denounce"}
# Verbs of praise and blame: with a person for object and no "for" phrase they say whom, not what.
# What one refuses rather than denies: "rejected the plan", "dismissed the offer".
REFUSED_NOUNS = {"plan", "decision", "intention", "need", "offer", "proposal", "deal", "bid", "request", "appeal",
                 "application", "bill", "motion", "amendment", "candidate", "nomination", "invitation"}
JUDGING_VERBS = {"praise", "criticise", "criticize", "condemn", "denounce", "slam", "blast", "lambast", "rebuke",
                 "blame", "thank", "hail", "applaud"}
CORE_SPEECH_VERBS = {"say", "tell", "add", "warn", "explain", "insist", "argue"}
# Verbs of saying that stand inverted after their statement ("..., said the mayor"); never
# "tell" or "ask", whose object after them is the listener.
# Modals that make a verb of saying a possibility, not a report: "X may say", "X could argue".
HYPOTHETICAL_MODALS = {"may", "might", "could", "can", "should", "must", "ca"}
# "would" is conditional ("if asked, X would say") except in narrated sequence ("X would later say").
LATER_ADVERBS = {"later", "subsequently", "eventually", "afterwards", "afterward", "again", "often", "repeatedly"}
INVERTING_VERBS = {"say", "add", "argue", "explain", "insist", "warn", "note", "claim", "write", "state",
                   "continue", "observe", "remark", "reply", "respond", "comment", "counter", "conclude",
                   "recall", "admit", "concede", "announce", "declare"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
PERSON_WORDS = ROLE_NOUNS | PERSON_NOUNS
# Common nouns for a body that speaks as one: "the ministry said", "the agency denied".
AGENCY_NOUNS = {"government", "police", "court", "ministry", "agency", "company", "firm", "military", "army",
                "department", "council", "commission", "authority", "authorities", "board", "administration",
                "regulator", "bank", "utility", "embassy", "prosecutors", "service"}
# Bodies that news names by a bare plural or mass noun: "Police said", "Authorities said".
BARE_AGENCY_NOUNS = {"police", "authorities", "prosecutors"}
# A spokesperson speaks for a body: "a spokesperson for the ministry said" is the ministry's statement.
SPOKESPERSON_NOUNS = {"spokesperson", "spokesman", "spokeswoman"}
# Nouns for a written report a statement comes from: "according to a report by X".
REPORT_NOUNS = {"report", "study", "survey", "analysis", "release", "post", "tweet", "interview", "filing"}


@dataclass
class Attribution:
    verb: "Token"
    speaker: str
    first: int   # token range [first, last] that states the attribution
    last: int
    named: bool  # a name, not a pronoun
    organisation: bool = False  # a named organisation speaks: never a "he"/"she" antecedent
    quoted_only: bool = False   # "X called the plan “...”": attributes the quotation, states nothing else
    stance: str = SAID


class QuoteFinder:
    def __init__(self, article: "Article"):
        self.art = article
        self.doc = article.doc
        self.people = article.people
        self._token_starts = [t.idx for t in article.tokens]
        self.direct_quotes = [q for q in article.quotations if self._is_direct(q)]
        self.mentions = self._subject_mentions()
        self._mention_starts = [m[0] for m in self.mentions]
        self._attributions: list[Attribution] | None = None
        self._add_named_speakers()
        self._attributions = None  # found again now that named speakers can resolve pronouns

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
            if tok.dep_ == "nsubj":
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
        prime minister Ola Strand" (not Norway), "the director of the Port Authority, Ana Ruiz,"."""
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
            if any(a.dep_ == "compound" and a.head.lower_ in PERSON_WORDS and not self.people.is_person(a.head)
                   for a in path):
                continue  # "a former Ruiz adviser, Tom Berg, said": the name says whose adviser
            # "The director of the Port Authority, Ana Ruiz, said": the parser hangs the appositive
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
        """"President of Ruritania Ana Ruiz said", "the director of Harbour Rights Watch Ana Ruiz said": a
        title, its place or employer after "of"/"from", then the name; the name is the title
        holder, not something the title is of (the place stands between the preposition and the
        name; "the lawyer of Ana Ruiz said" has none)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in {"of", "from"} or prep.head.i != subj.i:
            return False
        if subj.lower_ not in ROLE_NOUNS:
            return False
        first = tok.i - len(self.people.name_run(tok)) + 1
        return first - prep.i >= 2 and self.doc[prep.i + 1].ent_type_ in {"GPE", "LOC", "ORG"}

    def _resolve_pronoun(self, tok: "Token") -> str | None:
        here = tok.sent.start_char
        i = bisect_left(self._mention_starts, here)
        j = bisect_right(self._mention_starts, here)
        verb = tok.head
        if tok.dep_ == "nsubj" and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            # "Ruiz threatened the deal, and he accused the board of ...": the first clause's subject
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            name = self._person_in(subj) if subj is not None and subj.lower_ not in SPEAKER_PRONOUNS else None
            if name and self._genders().get(name) in {None, PRONOUN_GENDER.get(tok.lower_)}:
                return name
        for verb in tok.ancestors:  # "Coach Ana Ruiz said she told her players ...": the speaker whose words hold it
            if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in REPORTING_VERBS:
                subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
                name = self._person_in(subj) if subj is not None and subj.lower_ not in SPEAKER_PRONOUNS else None
                if name:
                    return name
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
            return None
        start, para, _rank, _pos, name = fitting[0]
        if fitting[0] is not ranked[0] and known.get(name) is None:
            return None  # the likeliest person does not fit, and the next one is only a guess
        # paragraphs are counted as runs of line breaks, so a blank line between them is one break
        if len(re.findall(r"\n+", self.art.text[_pos: tok.idx])) > PRONOUN_REACH_PARAGRAPHS:
            return None
        if any(_pos < p < tok.idx for p in self._unnamed_people()):
            return None  # "A police officer was hurt. He said ...": someone unnamed came in between
        return name

    def _previous_pronoun_speaker(self, tok: "Token") -> "Token | None":
        """The same pronoun as `tok`, subject of a verb of saying in the sentence right before
        `tok`'s, in the same paragraph; None where that sentence has none or names someone else
        as a subject."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in REPORTING_VERBS | SPEECH_VERBS | CARRY_ON_VERBS:
            return None
        sents = self._sentence_list()
        k = self._sentence_index()[tok.sent.start]
        if k == 0:
            return None
        before = sents[k - 1]
        if self.art.paragraph_of(before.start_char) != self.art.paragraph_of(tok.idx):
            return None
        found = None
        for t in before:
            if self.art.in_quotation(t.idx) or t.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if t.lower_ != tok.lower_:
                if t.pos_ == "PROPN" or self.people.is_person(t) or t.lower_ in SPEAKER_PRONOUNS:
                    return None  # somebody else is a subject there: the usual ranking decides
                continue
            if t.head.pos_ in {"VERB", "AUX"} and t.head.lemma_.lower() in REPORTING_VERBS | SPEECH_VERBS:
                found = t
        return found

    def _sentence_list(self) -> list["Span"]:
        if not hasattr(self, "_sents_cache"):
            self._sents_cache = list(self.doc.sents)
            self._sent_index_cache = {s.start: i for i, s in enumerate(self._sents_cache)}
        return self._sents_cache

    def _sentence_index(self) -> dict[int, int]:
        self._sentence_list()
        return self._sent_index_cache

    def _unnamed_people(self) -> list[int]:
        """Positions of subjects that bring in a person with no name ("A police officer was hurt",
        "One resident, who asked not to be named, ..."): a later "he" or "she" may be that person."""
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
            if self._person_in(t) or self._described_person(t):
                continue  # "the minister" the article named before, "driver Ana Ruiz"; "Ruiz's spokesman" stays
            out.append(t.idx)
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
                    if name and name in named:
                        seen.setdefault(name, set()).add(PRONOUN_GENDER[tok.lower_])
                    break
        for noun, entries in self._roles().items():
            if noun in GENDERED_NOUNS:  # "Spokeswoman Ana Ruiz", "Tom Berg, her husband,"
                for _pos, name, _title in entries:
                    seen.setdefault(name, set()).add(GENDERED_NOUNS[noun])
        self._gender_cache = {name: g.pop() for name, g in seen.items() if len(g) == 1}
        return self._gender_cache

    def _speaker(self, verb: "Token") -> tuple[str, "Token", bool] | None:
        """(name, token that names, named) for the person who speaks through `verb`."""
        subjects = self._subjects(verb)
        lo, hi = (min(t.i for t in subjects), max(t.i for t in subjects)) if subjects else (0, 0)
        joined = len(subjects) > 1 and any(c.dep_ == "cc" and lo < c.i < hi for t in [verb, *subjects] for c in t.children)
        if joined or any(_along_with(t) for t in [verb, *subjects]):
            return None  # "The minister, X, and his deputy said", "X, along with Y, said": a joint statement
        for subj in subjects:
            if _joint_or_thing(subj):
                return None
            if subj.lower_ in SPEAKER_PRONOUNS:
                name = self._resolve_pronoun(subj)
                return (name, subj, False) if name else None
            if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "the home of Ana Ruiz, who told reporters ...": the relative clause's person
                name = self.people.person_name(verb.head)
                return (name, verb.head, True) if name else None
            name = self._person_in(subj)
            if name:
                return name, subj, True
            run = self.people.name_run(subj)
            if (subj.ent_type_ == "" and verb.lemma_.lower() in CORE_SPEECH_VERBS or subj.ent_type_ == "WORK_OF_ART"
                    and verb.lemma_.lower() in REPORTING_VERBS) and run \
                    and run[-1].lower() not in NON_PERSON_NAME_HEADS \
                    and (len(run) > 1 or len(self.people.fullest(run, subj.idx).split()) > 1):
                # (a single word is a person's only where the article gives the full name: "Airbnb said")
                # a proper noun NER left unlabelled (or took for a title, right after a quotation),
                # saying something: a person far more often than not,
                # unless its name ends as a place's or an organisation's does ("Downing Street said")
                return self.people.fullest(self.people.name_run(subj), subj.idx), subj, True
            name = self._described_person(subj)
            if name:
                return name, subj, True
            if subj.text[:1].isupper() and not any(c.i < subj.i for c in subj.children) and subj.text in {
                    run[-1] for _, run in self.people.full_mentions}:
                # "Reyes says ...": the surname of a person named in full before, whatever the tagger
                # made of it on its own
                return self.people.fullest((subj.text,), subj.idx), subj, True
        aged = self._aged_speaker(verb)
        if aged is not None:
            return aged
        if verb.i > 0 and verb.lemma_.lower() in CORE_SPEECH_VERBS and not self._subjects(verb):
            # '"...," Brandt-Okafor said.': the parser can misread an unfamiliar name as a verb or
            # a conjunction; a word right before "said" that names a person elsewhere is the speaker
            before = self.art.tokens[verb.i - 1]
            if before.text[:1].isupper() and before.text in self.people.known_words() and before.whitespace_:
                return self.people.fullest((before.text,), before.idx), before, True
        return None

    def _aged_speaker(self, verb: "Token") -> tuple[str, "Token", bool] | None:
        """'"...," the 61-year-old said': a description by age right before the verb stands for the
        one person the article gave that age ("Ana Ruiz, 61," or "61-year-old Ana Ruiz")."""
        toks = self.art.tokens
        if verb.i < 6 or verb.lemma_.lower() not in REPORTING_VERBS:
            return None
        words = [t.lower_ for t in toks[verb.i - 6: verb.i]]
        if words[0] != "the" or words[2:] != ["-", "year", "-", "old"] or not words[1].isdigit():
            return None
        age = words[1]
        people = set()
        for t in toks:
            if t.i >= verb.i - 6 or not self.people.is_person(t):
                continue
            after = [x.text for x in toks[t.i + 1: t.i + 4]]
            before = [x.lower_ for x in toks[max(0, t.i - 6): t.i]]
            if after[:3] == [",", age, ","] or before[-5:] == [age, "-", "year", "-", "old"]:
                people.add(self.people.person_name(t))
        people.discard(None)
        return (people.pop(), toks[verb.i - 1], True) if len(people) == 1 else None

    def _subjects(self, verb: "Token") -> list["Token"]:
        """Who does the verb's speaking: its subject, a passive's agent ("was told by X that"),
        the subject of the verb it is coordinated with, or of "went on to say"."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return [c for c in agent.children if c.dep_ == "pobj"]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not subjects:
            # "Ruiz rejected the plan, calling it “...”": the participle's subject is its clause's
            return [c for c in verb.head.children if c.dep_ == "nsubj"]
        if _quoted_as_saying(verb):  # "Ruiz was quoted as saying that ...": the passive's subject speaks
            return [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
        inverted = self._inverted_subject(verb)
        if inverted is not None:
            return [inverted]
        if _speakers_second_verb(verb):
            return self._subjects(verb.head.head)
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            return self._subjects(verb.head)
        if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in CARRY_ON_VERBS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return [c for c in verb.head.children if c.dep_ == "nsubj"]
        return []

    def _inverted_subject(self, verb: "Token") -> "Token | None":
        """"The plan will fail, argued the union's lawyer, Ana Ruiz.": a verb of saying after its
        statement, with the speaker after it, is inverted; the parser often takes the speaker for
        the verb's object. Only where nothing but that noun phrase follows to the sentence end."""
        if verb.lemma_.lower() not in INVERTING_VERBS or verb.tag_ not in {"VBD", "VBZ"} or verb.i == 0:
            return None
        before = self.doc[verb.i - 1]
        if before.text not in {",", "”", '"', "’"} or any(
                c.dep_ == "nsubj" or c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return None
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr", "npadvmod"} and c.i > verb.i), None)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
            return None
        rest = [t for t in self.doc[verb.i + 1: verb.sent.end] if not (t.is_punct or t.is_space)]
        sub = {t.i for t in obj.subtree}
        return obj if rest and all(t.i in sub for t in rest) else None

    def _described_person(self, subj: "Token") -> str | None:
        """"the minister said" for the person the article has called its minister ("Finance
        Minister Ada Lin", "Ada Lin, the finance minister,"): the last so described before it,
        where exactly one person of the article is; otherwise nobody."""
        if subj.pos_ != "NOUN" or subj.lower_ not in PERSON_WORDS or subj.tag_ != "NN":
            return None
        if not any(c.lower_ == "the" for c in subj.children) or any(
                c.dep_ in {"poss", "prep", "relcl", "acl", "appos"} for c in subj.children):
            return None
        # "the finance minister said" is the person introduced as "Finance Minister Ada Lin" or "Ada
        # Lin, the finance minister": every modifier of the description was part of that title
        # ("the foreign minister" is somebody else)
        mods = {c.lower_ for c in subj.children if c.dep_ in {"amod", "compound"}}
        people = {name for pos, name, title in self._roles().get(subj.lower_, []) if pos < subj.idx and mods <= title}
        return people.pop() if len(people) == 1 else None

    def _roles(self) -> dict[str, list[tuple[int, str, frozenset]]]:
        """role noun -> [(position, person, title modifiers)] for the titles and appositives that describe people."""
        if hasattr(self, "_role_cache"):
            return self._role_cache
        out: dict[str, list[tuple[int, str]]] = {}
        for tok in self.art.tokens:
            if tok.lower_ not in PERSON_WORDS or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            name = None
            nxt = self.art.tokens[tok.i + 1] if tok.i + 1 < len(self.art.tokens) else None
            if nxt is not None and self.people.is_person(nxt):
                name = self.people.person_name(nxt)  # "Finance Minister Ada Lin"
            elif tok.dep_ == "appos" and self.people.is_person(tok.head):
                name = self.people.person_name(tok.head)  # "Ada Lin, the finance minister,"
            else:
                person = next((c for c in tok.children if c.dep_ == "appos" and self.people.is_person(c)), None)
                toks = self.art.tokens
                if person is None and tok.i + 2 < len(toks) and toks[tok.i + 1].text == "," \
                        and self.people.is_person(toks[tok.i + 2]):
                    person = toks[tok.i + 2]  # the same, where the parser missed the apposition
                if person is None:
                    j = tok.i - 1  # "Ada Lin, the finance minister": back over the description to a comma
                    while j > 0 and toks[j].dep_ in {"det", "amod", "compound", "nmod", "poss"} and toks[j].head.i >= tok.i:
                        j -= 1
                    if j > 0 and toks[j].text == "," and self.people.is_person(toks[j - 1]):
                        person = toks[j - 1]
                if person is not None:
                    name = self.people.person_name(person)  # "the finance minister, Ada Lin,"
            if name:
                title = frozenset(c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i)
                out.setdefault(tok.lower_, []).append((tok.idx, name, title))
        self._role_cache = out
        return out

    def _organisation(self, head: "Token") -> str | None:
        """The named organisation a noun phrase headed by `head` stands for: "the World Weather
        Service (WWS)", "the Dockworkers union" -> "Dockworkers", "according to the Audit Office".
        Only a name NER labels an organisation counts; "analysts" or "officials" name nobody."""
        ents = [e for e in self.doc.ents if e.label_ == "ORG" and (
            e.start <= head.i < e.end or e.end == head.i and head.lower_ in ORGANISATION_NOUNS)]
        if not ents:
            return None
        ent = ents[0]
        words = []
        for t in ent:
            if t.text in "([":
                break  # "the World Weather Service (WWS": the acronym is not part of the name
            if not (t.i == ent.start and t.lower_ == "the") and t.dep_ != "case":
                words.append(t)
        while words and words[-1].is_lower:
            words.pop()  # "the Dockworkers union" -> "Dockworkers"
        toks = self.art.tokens
        while words and words[0].i >= 2 and not words[0].is_sent_start:
            # NER cut a long name short ("Flood Forecasting and Warning Centre" -> "Warning Centre")
            prev = toks[words[0].i - 1]
            if prev.pos_ == "PROPN" and prev.text[:1].isupper():
                words.insert(0, prev)
            elif prev.lower_ in {"and", "of", "for"} and toks[prev.i - 1].pos_ == "PROPN" and toks[prev.i - 1].text[:1].isupper():
                words[:0] = [toks[prev.i - 1], prev]
            else:
                break
        if not words or any(self.art.in_quotation(t.idx) for t in words):
            return None
        if len(words) == 1 and not (words[0].text.isupper() and len(words[0].text) > 1):
            # a single capitalised word is as often a person or a place NER misread, unless the
            # article names the organisation in full elsewhere ("Acme" after "Acme Corp.")
            person, other = self.people.ner_votes(words[0].text)
            if person == 0 and other >= 2 and words[0].ent_type_ == "ORG":
                return words[0].text  # "Harbourline said", an organisation wherever NER meets it
            return self._full_organisation(words[0].text)
        return self.art.text[words[0].idx: words[-1].idx + len(words[-1].text)].rstrip("’'")

    def _full_organisation(self, word: str) -> str | None:
        fuller = [e.text for e in self.doc.ents if e.label_ == "ORG" and len(e) > 1
                  and e[0].text == word and not self.people.is_person(e[0])]
        if not fuller:
            return None
        name = max(fuller, key=len)
        return name[4:] if name.startswith("the ") else name

    def _organisation_speaker(self, verb: "Token") -> tuple[str, "Token", bool] | None:
        for subj in self._subjects(verb):
            if _a_party(subj) and any(_another_party(c) for c in subj.children):
                return None  # "the union and the council said": a joint statement is nobody's own
            name = self._organisation(subj)
            if name:
                return name, subj, True
            if subj.lower_ in ORGANISATION_NOUNS | AGENCY_NOUNS and subj.pos_ == "NOUN" and any(
                    c.lower_ == "the" or c.dep_ == "poss" and c.ent_type_ in {"GPE", "ORG", "NORP"}
                    for c in subj.children):
                # "The ministry said", "Chile's health ministry said": an organisation the reader knows
                first = min(t.i for t in subj.subtree)
                return self.art.text[self.doc[first].idx: subj.idx + len(subj.text)], subj, True
            if subj.lower_ in BARE_AGENCY_NOUNS and subj.pos_ in {"NOUN", "PROPN"} and all(
                    c.dep_ in {"amod", "compound"} and c.i < subj.i for c in subj.children):
                # "Police said", "French prosecutors said": a body named by its bare plural
                first = min(t.i for t in subj.subtree)
                return self.art.text[self.doc[first].idx: subj.idx + len(subj.text)], subj, True
            body = self._spokesperson_for(subj)
            if body:
                return body, subj, True
        return None

    def _spokesperson_for(self, subj: "Token") -> str | None:
        """"A spokesperson for the ministry said", "a Harbourline spokesman said": the body the
        spokesperson speaks for makes the statement (never a person the article names)."""
        if subj.lower_ not in SPOKESPERSON_NOUNS:
            return None
        if self._person_in(subj) is not None:
            return None  # "spokeswoman Ana Ruiz said": a named person speaks
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in {"for", "of"}:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            elif c.dep_ in {"compound", "poss"} and c.i < subj.i:
                obj = c
            else:
                continue
            if obj is None or self.people.find_in(obj.subtree) is not None:
                continue  # "a spokesperson for Ana Ruiz": her words are not hers, and no body's
            name = self._organisation(obj)
            last = name.split()[-1] if name else ""
            if name and (last.lower() in NON_PERSON_NAME_HEADS | ORGANISATION_NOUNS | AGENCY_NOUNS
                         or last.isupper() and len(last) > 1):
                return name  # a name with an organisation's head word or an acronym, never a misread person
            if obj.lower_ in ORGANISATION_NOUNS | AGENCY_NOUNS and obj.pos_ == "NOUN" and any(
                    c2.lower_ == "the" or c2.dep_ == "poss" for c2 in obj.children):
                first = min(t.i for t in obj.subtree)
                return self.art.text[self.doc[first].idx: obj.idx + len(obj.text)]
        return None

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
            if subj.i != verb.head.i:
                parts += list(subj.subtree) if subj.head.dep_ != "agent" else [subj.head, *subj.subtree]
            for child in verb.children:
                if child.dep_ in {"aux", "auxpass", "neg", "npadvmod", "appos", "dative"} or (
                    child.dep_ == "advmod" and abs(child.i - verb.i) == 1
                ) or (verb.lemma_ == "tell" and child.dep_ == "dobj") or (
                    child.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children)):
                    parts.extend(child.subtree)
            if verb.dep_ in {"xcomp", "advcl"} and subj.head.i == verb.head.i:
                parts += [t for t in self.doc[verb.head.i: verb.i]]  # "X went on to say"
            first, last = min(t.i for t in parts), max(t.i for t in parts)
            stance = DENIED if verb.lemma_.lower() in DENIAL_VERBS else SAID
            found.append(Attribution(verb, name, first, last, named, organisation, quoted_only, stance))
        for tok in self.art.tokens:
            if tok.lower_ == "according" and not self.art.in_quotation(tok.idx):
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
                if obj is not None and obj.lemma_.lower() in STATEMENT_NOUNS | REPORT_NOUNS:
                    # "according to a statement by the spokesman, Ana Ruiz": the statement's author
                    by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}), None)
                    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                    if author is not None:
                        obj = author
                if obj is not None and _joint_or_thing(obj) and self.people.find_in(obj.subtree) is not None:
                    continue  # "according to Ruiz and Berg": a joint source, nobody's own
                if obj is not None and obj.lower_ in {"him", "her"}:
                    name = self._resolve_pronoun(obj)  # "According to him, ..."
                else:
                    name = self._person_in(obj) if obj is not None else None
                organisation = False
                last = max(t.i for t in obj.subtree) if obj is not None else tok.i
                source = self._according_source(tok)
                if source is not None and (not name or name == source[0]):
                    name, last = source[0], max(last, source[1])
                if not name and obj is not None:
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
            if len(appos) and end2 < sent.end and doc[end2].text == "," and not any(
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
            return False  # "described tire marks and “insane” heat": a scare-quoted word inside what was said
        # the quotation follows the object, at most a short modifier between ("the plan for the port as")
        return q is not None and q.open - after < 40 and re.fullmatch(
            r"(?:\s+[\w’'-]+){0,4}?\s*", self.art.text[after: q.open]) is not None

    def _is_reporting_verb(self, tok: "Token") -> bool:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"} or lemma not in REPORTING_VERBS | SPEECH_VERBS and not _as_put_it(tok) and not (
                lemma in VERDICT_AS_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)) and not (
                lemma in OPINION_VERBS and tok.tag_ == "VBZ" and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)) \
                and _expressed_attitude(tok) is None:
            return False  # "remembered him as a giant of the stage" is a tribute, "remembered the day" is not
        if self.art.in_quotation(tok.idx):
            return False
        if _as_put_it(tok):
            return True
        absolute = tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "with" and any(
            c.dep_ == "nsubj" for c in tok.children) or _quoted_as_saying(tok)  # "..., with Ana Ruiz describing it as a failure"
        if tok.tag_ in {"VBG", "VBN"} and not absolute and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
            return False
        if tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children) and any(
                c.dep_ == "auxpass" for c in tok.children):
            return False  # "was told to leave": the subject is the listener, the speaker unsaid
        if tok.dep_ in {"csubj", "csubjpass", "pcomp", "pobj", "acomp", "amod"} and not absolute:
            return False  # "What she said was never recorded"
        if any(c.dep_ == "neg" or c.lower_ in {"what", "whatever"} for c in tok.children):
            return False  # "did not say whether ...": no statement was made
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "’ll"} for c in tok.children):
            return False  # "will announce": nothing has been said yet
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in tok.children) or any(
                c.dep_ == "aux" and c.lower_ == "would" for c in tok.children) and not any(
                c.dep_ == "advmod" and c.lower_ in LATER_ADVERBS for c in tok.children):
            return False  # "may say", "could argue", "if asked, would say": nothing said; "would later say" was
        if self._asked_about(tok):
            return False  # "Did X say that ...?" asks whether it was said
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return False
        if lemma not in REPORTING_VERBS and self._speech_content(tok) is None and not any(
                c.dep_ == "ccomp" for c in tok.children):
            return False  # "called the police", "found the body": a verb of speech only with what was said
        if tok.dep_ in {"xcomp", "advcl"} and tok.head.lemma_.lower() not in CARRY_ON_VERBS and not (
                tok.tag_ in FINITE_TAGS):
            return False  # "declined to say", "plans to announce": nothing said
        if tok.dep_ == "relcl":
            # "Ana Ruiz, who said ..." speaks; "an offensive that he claims will ..." qualifies a noun,
            # except that what a named person "described as" is that person's verdict
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and subj.lower_ != "which":
                return True
            return any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) and lemma in CHARACTERISING_VERBS
        # A reporting verb inside a relative clause ("an offensive that he claims will ...")
        # qualifies a noun; it does not attribute the sentence.
        if any(a.dep_ in {"relcl", "acl", "amod"} for a in tok.ancestors):
            return False
        if tok.dep_ == "conj" and self._own_speaker(tok):
            return True  # "X said the strike would end, but Y disputed that": Y's own words
        if _speakers_second_verb(tok):
            return True
        # a verb of speech inside what someone else said is part of that statement
        return not any(a.dep_ == "ccomp" for a in [tok, *tok.ancestors] if a.head.lemma_.lower() in SPEECH_VERBS
                       and a.head.i != a.i and a.head.i < tok.i)

    @staticmethod
    def _asked_about(verb: "Token") -> bool:
        """A question about a statement ("Did X say ...?", "Has the minister confirmed ...?"): an
        auxiliary stands before the subject and the sentence ends in a question mark."""
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or not any(c.dep_ in {"aux", "auxpass"} and c.i < subj.i for c in verb.children):
            return False
        last = next((t for t in reversed(verb.sent) if not t.is_space and t.text not in {'"', "”", "’", "'"}), None)
        return last is not None and last.text == "?"

    def _own_speaker(self, verb: "Token") -> bool:
        """A verb of speech with a named subject of its own ("..., but union leader Ana Ruiz disputed")."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lower_ not in SPEAKER_PRONOUNS and verb.lemma_.lower() in SPEECH_VERBS and (
            self._person_in(subj) is not None or self._organisation(subj) is not None)

    def _speech_content(self, verb: "Token") -> tuple[int, int] | None:
        """Token range [lo, hi) of what a verb of speech says beyond a clause: a speech act's object
        ("declared a curfew"), "disagreed with the finding", "called on X to Y",
        "described it as Y", "accused X of Y"."""
        lemma = verb.lemma_.lower()
        kids = list(verb.children)
        attitude = _expressed_attitude(verb)
        if attitude is not None:
            # "expressed concern that the rules were too strict": the attitude's clause; "expressed
            # his condolences to the families": the attitude and whom it was for
            clause = next((c for c in attitude.children if c.dep_ in {"acl", "ccomp"} and c.i > attitude.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                sub = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
            else:
                sub = list(attitude.subtree)
                sub += [t for c in kids if c.dep_ == "prep" and c.i > attitude.i for t in c.subtree]
            return min(t.i for t in sub), max(t.i for t in sub) + 1
        asp = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as"), None)
        # a clause inside a quotation is the quoted words, attributed on their own: 'spoke of the
        # new rules: “They will help.”' still speaks of the rules
        if any(c.dep_ == "ccomp" and (asp is None or c.i > verb.i) and not self.art.in_quotation(c.idx) for c in kids):
            return None
        # "a polymer that Ruiz described as resembling hair": what it was described as is the
        # verdict, whatever clause before it the parser took for the verb's complement
        if asp is not None and lemma in CHARACTERISING_VERBS | VERDICT_AS_VERBS:
            comp = [t for c in asp.children for t in c.subtree]
            return (min(t.i for t in comp), max(t.i for t in comp) + 1) if comp else None
        xcomp = next((c for c in kids if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
        if xcomp is not None and (COMMUNICATION_VERBS["urge"] | COMMUNICATION_VERBS["promise"] | {"threaten"}) & {
                lemma} and (lemma != "call" or any(c.dep_ == "prep" and c.lower_ == "on" for c in kids)):
            # "urged the council to act", "called on voters to stay home", "vowed to appeal"
            sub = list(xcomp.subtree)
            return sub[0].i, sub[-1].i + 1
        wanted = {SPEECH_PREPOSITIONS.get(lemma)} | ({"about"} if lemma in SPEECH_ABOUT_VERBS else set())
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in wanted), None)
        if prep is not None:
            obj = [t for c in prep.children if c.dep_ in {"pobj", "pcomp"} for t in c.subtree]
            if sum(1 for t in obj if t.is_alpha) >= 2:  # "called for an inquiry", not "called for calm"
                return min(t.i for t in obj), max(t.i for t in obj) + 1
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if lemma in CHARACTERISING_VERBS and obj is not None and asp is None:
            # "Ruiz called the plan reckless", "called her rival a decent man": the object and what
            # it was called are the verdict ("called the police" has no such complement)
            comp = [c for c in kids if c.dep_ == "oprd" and c.i > obj.i] or [
                c for c in obj.children if c.dep_ in {"amod", "acl"} and c.pos_ == "ADJ" and c.i > obj.i]
            if comp:
                return obj.left_edge.i, max(t.i for c in comp for t in c.subtree) + 1
        accused = lemma == "accuse" and any(c.dep_ == "prep" and c.lower_ == "of" for c in [*kids, *(
            obj.children if obj is not None else [])])
        if obj is None or lemma not in SPEECH_ACT_VERBS or obj.pos_ == "PRON" and obj.lower_ not in {"this"} and not accused:
            return None  # "accused them of lying" says what of them; "denied it" says nothing here
        if lemma in JUDGING_VERBS and not any(c.dep_ == "prep" and c.lower_ == "for" for c in [*kids, *obj.children]) \
                and (obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or obj.pos_ in {"PRON", "PROPN"}
                     or obj.lemma_.lower() in PERSON_WORDS | ORGANISATION_NOUNS | AGENCY_NOUNS):
            # "praised his players", "criticised the council" name whom; "praised the crews for
            # their courage" and "condemned the attack" say what
            return None
        if lemma in DENIAL_VERBS and obj.lemma_.lower() in REFUSED_NOUNS:
            return None  # "rejected the plan" refuses it; "rejected the claim" denies words
        if lemma in THING_OBJECT_SPEECH_VERBS and obj.lemma_.lower() not in CLAIM_OBJECT_NOUNS:
            # "rejected the offer", "admitted three patients" do things; "rejected the allegations"
            # and "admitted the mistake" speak
            return None
        sub = list(obj.subtree)
        hi = sub[-1].i + 1
        at = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "at" and c.i == hi), None)
        if at is not None and lemma in COMMUNICATION_VERBS["estimate"]:
            hi = max(t.i for t in at.subtree) + 1  # "estimated the damage at $5 million"
        of = next((c for c in [*kids, *obj.children] if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
        if of is not None and (lemma == "accuse" or of.lower_ == "for"):
            # "accused the network of violating its franchise", "praised the crews for their courage"
            hi = max(hi, max(t.i for t in of.subtree) + 1)
        elif lemma == "accuse":
            return None
        if sum(1 for t in self.doc[sub[0].i: hi] if t.is_alpha and t.lower_ not in {"that", "this", "these", "those"}) < 2:
            return None  # "disputed that claim": what was disputed is said elsewhere
        return sub[0].i, hi

    # ---- quotations ------------------------------------------------------------------------
    def _is_direct(self, q: "Quotation") -> bool:
        if _title_case(self.art.text[q.start: q.end]):
            return False  # 'her novel "The House at the End of the Lane"': a title, not words said
        if q.words(self.art.text) >= MIN_DIRECT_WORDS:
            return True
        if q.words(self.art.text) >= 3 and CHARACTERISED.search(self.art.text[max(0, q.open - 60): q.open]):
            return True  # 'the union called the offer "an insult to workers"': a quoted verdict
        sent_start = self._sentence_at(q.open).start_char
        return q.words(self.art.text) >= 2 and not self.art.text[sent_start: q.open].strip(" “\"‘'")

    def _sentence_at(self, pos: int) -> "Span":
        """The sentence of the token at (or last before) clean position `pos`."""
        i = max(0, bisect_right(self._token_starts, pos) - 1)
        return self.art.tokens[i].sent

    def _overlaps_direct(self, start: int, end: int) -> bool:
        return any(q.open < end and start < q.close for q in self.direct_quotes)

    def quotes(self) -> Iterable[tuple[str, int, int, bool, bool, str]]:
        """(speaker, start, end, direct, organisation, stance) for every statement found."""
        atts = self.attributions()
        yield from self._direct(atts)
        yield from self._reported(atts)
        yield from self._participles()
        yield from self._framed_statements()
        yield from self._made_clear()
        yield from self._in_the_words_of()
        for speaker, start, end, direct in self._possessive_statements():
            yield speaker, start, end, direct, False, SAID

    def _direct(self, atts: list[Attribution]):
        previous: tuple[Attribution, int] | None = None  # attribution and index of the last sentence
        sents = list(self.doc.sents)
        index = {s.start: i for i, s in enumerate(sents)}
        # a sentence that reports a person's words, by index: a quotation that makes up the next
        # sentence on its own goes on with that person's words ("..., Ruiz said. “...”")
        reported = {index[a.verb.sent.start]: a for a in atts if not a.organisation and not a.quoted_only
                    and a.verb.lemma_.lower() in REPORTING_VERBS | {"according"}}
        for q in self.direct_quotes:
            first_sent = self._sentence_at(q.start)
            last_sent = self._sentence_at(max(q.start, q.end - 1))
            close_sent = self._sentence_at(min(q.close, len(self.art.text) - 1))
            lo = min(first_sent.start, last_sent.start)
            hi = max(last_sent.end, close_sent.end)
            near = [a for a in atts if lo <= a.verb.i < hi and not self.art.in_quotation(a.verb.idx)]
            if not near:
                near = self._trailing_attribution(q, hi, atts)
            who: Attribution | None = None
            # '“...,” one resident said.': a speaker the rules cannot name is still someone else
            opens_sentence = not self.art.text[first_sent.start_char: q.open].strip(" “\"‘'") and not any(
                t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not self.art.in_quotation(t.idx)
                for t in self.doc[lo: hi])
            if near:
                def distance(a: Attribution) -> int:
                    pos = a.verb.idx
                    return q.open - pos if pos < q.open else pos - q.close
                who = min(near, key=distance)
            elif previous and self._wordless_between(sents, previous[1], index[first_sent.start]) and opens_sentence:
                who = previous[0]  # the quotation goes on after its attribution
            elif opens_sentence and index[first_sent.start] - 1 in reported and self.art.paragraph_of(
                    q.open) == self.art.paragraph_of(reported[index[first_sent.start] - 1].verb.idx) and \
                    self._sentence_at(min(q.close + 1, len(self.art.text) - 1)).start != first_sent.start:
                who = reported[index[first_sent.start] - 1]
            if who is None and opens_sentence and index[first_sent.start] > 0:
                # 'She told the council:\n\n“...”': an attribution ending in a colon introduces the
                # quotation that opens the next sentence, even in the next paragraph
                before = sents[index[first_sent.start] - 1]
                ends = [t for t in before if not (t.is_space or t.text in {"\n"})]
                own = [a for a in atts if before.start <= a.verb.i < before.end and not a.quoted_only]
                if ends and ends[-1].text == ":" and len(own) == 1 and not self.art.text[ends[-1].idx + 1: q.open].strip():
                    who = own[0]
            if who:
                yield who.speaker, q.start, q.end, True, who.organisation, who.stance
                previous = (who, index[max(last_sent.start, close_sent.start)])
            else:
                previous = None

    @staticmethod
    def _wordless_between(sents: list["Span"], earlier: int, later: int) -> bool:
        """Sentence `later` follows sentence `earlier` with nothing but punctuation between (the
        parser can make a lone opening quotation mark a sentence of its own)."""
        return later > earlier and all(not any(c.isalnum() for c in sents[k].text) for k in range(earlier + 1, later))

    def _trailing_attribution(self, q: "Quotation", hi: int, atts: list[Attribution]) -> list[Attribution]:
        """'“Get out of the water!” Ruiz shouted.': a quotation that ends in "!" or "?" ends the
        parser's sentence; the attribution right after it, a sentence of nothing else, is its."""
        if hi >= len(self.doc) or not re.search(r"[!?]\W*$", self.art.text[q.start: q.close + 1]):
            return []
        nxt = self.doc[hi].sent
        if self.art.text[q.close + 1: nxt.start_char].strip():
            return []
        own = [a for a in atts if nxt.start <= a.verb.i < nxt.end and not a.organisation]
        if len(own) != 1:
            return []
        a = own[0]
        rest = [t for t in nxt if (t.i < a.first or t.i > a.last) and not (t.is_punct or t.is_space)]
        return [a] if not rest or all(t.dep_ in {"appos", "punct", "det", "amod", "compound", "prep", "pobj", "npadvmod"}
                                      and t.i > a.last for t in rest) and len(rest) <= 6 else []

    def _reported(self, atts: list[Attribution]):
        for a in atts:
            if a.quoted_only:
                continue
            sent = a.verb.sent
            for span in self._content(a, sent):
                start, end = span
                if self._overlaps_direct(start, end):
                    end = self._before_quotation(start, end, after_verb=self.doc[a.last].idx < start)
                    if end is None:
                        continue  # the quotation itself carries the statement
                yield a.speaker, start, end, False, a.organisation, a.stance

    def _before_quotation(self, start: int, end: int, after_verb: bool = False) -> int | None:
        """'said he told them to stop worrying and “play ...”': the reported words before a
        quotation that the statement runs into are a statement of their own."""
        opens = [q.open for q in self.direct_quotes if start < q.open < end]
        if not opens or any(q.open <= start < q.close for q in self.direct_quotes):
            return None
        head = self.art.text[start: min(opens)]
        if re.search(r":\s*$", head):
            # 'Ruiz told reporters the plan had failed: “...”': a colon ends the reported clause and
            # introduces the quotation as words of their own
            head = re.sub(r"[\s:]+$", "", head)
            words = self.doc.char_span(start, start + len(head), alignment_mode="expand") or []
            if len(re.findall(r"[^\W_]+", head)) < 2 * MIN_CONTENT_WORDS or not any(
                    t.tag_ in FINITE_TAGS for t in words):
                return None
            return start + len(head)
        if not re.search(r"\s(?:and|but)\s*$", head):
            # where the quotation opens a clause of its own ("he would not appeal because they had
            # “...”") the reported words end where that clause begins; the words a quotation
            # completes are an item of their own only after the verb of saying and where they say
            # something by themselves (eight words or more with a finite verb: 'said the ruling was
            # a victory for shoppers who had been “...”'); before a fronted quotation ('Much will
            # depend on “...,” she said') they are the reporter's lead-in, and "the plan hinges on
            # “...”" is too little
            cut = self._clause_of_quotation(start, min(opens))
            if cut is None and not after_verb:
                return None
            if cut is None:
                cut = min(opens)
            head = self.art.text[start: cut]
            head = re.sub(r"(?:[\s,;:]|\b(?:and|but|or|because|since|as|while|when|if|after|before)\b)+$", "", head)
            words = [t for t in self.doc.char_span(start, start + len(head), alignment_mode="expand") or []]
            if len(re.findall(r"[^\W_]+", head)) < 2 * MIN_CONTENT_WORDS or not any(
                    t.tag_ in FINITE_TAGS for t in words):
                return None
            return start + len(head)
        head = re.sub(r"(?:[\s,;:]|\b(?:and|but|or|to|that)\b)+$", "", head)
        if len(re.findall(r"[^\W_]+", head)) < 2 * MIN_CONTENT_WORDS:
            return None
        return start + len(head)

    def _clause_of_quotation(self, start: int, open_at: int) -> int | None:
        """Where the adverbial clause ("because they had “...”") that holds the quotation opening at
        `open_at` begins, when it begins after `start`."""
        tok = self._token_at_or_after(open_at + 1)
        if tok is None:
            return None
        chain = [tok, *tok.ancestors]
        clause = None
        for t in chain:
            if min(x.idx for x in t.subtree) < start:
                break
            if t.dep_ == "advcl" and t.pos_ in {"VERB", "AUX"}:
                clause = t
        if clause is None:
            return None
        first = min(x.idx for x in clause.subtree)
        return first if first > start else None

    def _content(self, a: Attribution, sent: "Span") -> list[tuple[int, int]]:
        """The spans a reporting verb attributes: its clause, or the words on the far side of an
        attribution ('..., X said.'), or both sides of one set inside the sentence ("The plan, X
        said, will fail"), or a speech act's object."""
        doc = self.doc
        target = next((c for c in a.verb.children if c.dep_ == "ccomp"), None)
        if target is None:
            target = _clause_on_medium(a.verb)
        if target is None and a.verb.dep_ in {"parataxis", "advcl"} and a.verb.head.i != a.verb.i and not (
                a.verb.dep_ == "advcl" and a.verb.head.i < a.first):
            target = a.verb.head
        left = (sent.start, a.first)
        right_start = a.last + 1
        while right_start < sent.end and (doc[right_start].is_punct or doc[right_start].lower_ == "that"):
            right_start += 1
        for t in doc[right_start: min(right_start + 5, sent.end)]:
            if _complementiser(t):  # "told investors on a call that ..."
                right_start = t.i + 1
                break
        right = (right_start, sent.end)
        act = self._speech_content(a.verb) if a.verb.lower_ != "according" else None
        if act is not None and (target is None or target.i < a.verb.i or self.art.in_quotation(target.idx)):
            span = self._trim(act)
            return [span] if span else []
        out = []
        if target is not None and target.i > a.last:
            sub = [t.i for t in target.subtree]
            other = [c for c in target.children if c.dep_ == "conj" and c.i > target.i and (
                self._own_speaker(c) or _speakers_second_verb(c))]
            if other:  # "..., but Y disputed that": the statement ends where Y's clause begins
                cut = min(min(t.i for t in c.subtree) for c in other)
                cut = min([cut] + [c.i for c in target.children if c.dep_ == "cc" and c.i < cut and c.i > target.i])
                sub = [i for i in sub if i < cut]
            # "told investors on a call that ...": the statement starts where its clause does
            right = (max(right_start, min(sub)), max(sub) + 1)
            side = right
            out += self._between_quotations(a, sent)
            # 'he said he remained “hopeful” a deal would be reached': the parser splits a clause
            # that runs through a quotation into two complements; the second is said too
            for more in a.verb.children:
                if more.dep_ == "ccomp" and more.i > max(sub):
                    extra = (min(t.i for t in more.subtree), max(t.i for t in more.subtree) + 1)
                    if self._words(extra) >= MIN_CONTENT_WORDS and any(
                            t.tag_ in FINITE_TAGS for t in self.doc[extra[0]: extra[1]]) and not any(
                            t.text in {".", "!", "?", ";"} for t in self.doc[max(sub): extra[0]]):
                        span = self._trim(extra)
                        if span:
                            out.append(span)
        elif target is not None and target.i < a.first:
            side = left
            rest = self._inserted_rest(a, sent)
            if rest:
                out.append(rest)
        elif a.verb.lower_ == "according" and a.first > sent.start and self._words(left) >= MIN_CONTENT_WORDS and any(
                t.tag_ in FINITE_TAGS for t in doc[left[0]: left[1]]):
            side = left  # "46 people have died, according to X, most of them ...": the source follows its claim
        else:
            words = [self._words(left), self._words(right)]
            if words[0] >= MIN_CONTENT_WORDS and words[1] < MIN_CONTENT_WORDS and (a.verb.dep_ != "conj" or a.first == a.verb.i) and \
                    doc[a.first - 1].text in {",", "”", '"', "’", "'", ":", "—"}:
                side = left  # "The dam will hold, Ruiz said.": not "Ruiz left, and Berg promised ..."
            elif words[1] >= MIN_CONTENT_WORDS and words[0] < MIN_CONTENT_WORDS:
                side = right
            else:
                return []
            if a.verb.lower_ != "according" and not self._has_own_clause(side):
                # "Ruiz wrote three books before she turned forty", "Berg posted the letters after
                # the meeting ended": the verb's own object, with a clause that only qualifies it
                return []
        if self._words(side) < (MIN_CLAUSE_WORDS if side is right and target is not None and self._has_own_clause(side)
                                else MIN_CONTENT_WORDS):
            return []  # a clause the parse shows ("he said he was innocent") may be short
        if not any(t.tag_ in FINITE_TAGS or _subjunctive(t, a.verb) for t in doc[side[0]: side[1]]):
            return []  # "declared a curfew": an act, not a statement
        span = self._trim(side)
        return [span, *out] if span else out

    def _has_own_clause(self, side: tuple[int, int]) -> bool:
        """Whether the words hold a clause of their own: a finite verb with its subject among them,
        not a relative clause ("the boat that her father built") and not one a conjunction makes
        a circumstance ("before she turned forty", "when the war began")."""
        lo, hi = side
        for t in self.doc[lo: hi]:
            if t.tag_ not in FINITE_TAGS or t.pos_ not in {"VERB", "AUX"}:
                continue
            if t.tag_ == "MD" or t.dep_ in {"aux", "auxpass"}:
                t = t.head  # "would fail": the clause is its verb's
                if not lo <= t.i < hi:
                    continue
            subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and lo <= c.i < hi]
            if not subj or any(c.lower_ in RELATIVE_PRONOUNS | {"whom", "whose"} for c in subj):
                continue
            chain = [t]
            x = t
            while x.head.i != x.i and lo <= x.head.i < hi:
                x = x.head
                chain.append(x)
            if any(c.dep_ in {"relcl", "acl"} and not any(_complementiser(m) for m in c.children)
                   or c.dep_ in {"pcomp", "pobj"} or any(
                    m.dep_ == "mark" and m.lower_ != "that" or m.dep_ == "advmod" and m.tag_ == "WRB"
                    for m in c.children) for c in chain) or chain[-1].dep_ in {"advcl", "conj"}:
                continue
            return True
        return False

    def _between_quotations(self, a: Attribution, sent: "Span") -> list[tuple[int, int]]:
        """'X said they had “...” by pleading guilty early and “...”': a statement that runs on
        through quotations; the reported words between two of its quotations are its too."""
        after = self.doc[a.last].idx
        qs = [q for q in self.direct_quotes if after < q.open and q.close < sent.end_char]
        out = []
        for q1, q2 in zip(qs, qs[1:]):
            gap = [t for t in sent if q1.close < t.idx < q2.open]
            if not gap or any(t.is_sent_start for t in gap) or any(
                    b.verb.i in {t.i for t in gap} for b in self.attributions()):
                continue
            side = (gap[0].i, gap[-1].i + 1)
            if self._words(side) > MIN_CONTENT_WORDS:
                span = self._trim(side)
                if span:
                    out.append(span)
        return out

    def _inserted_rest(self, a: Attribution, sent: "Span") -> tuple[int, int] | None:
        """"The guardrail would be examined, Ruiz said, to see if it held": an attribution set
        between commas inside its statement; the words after it are the statement's second part."""
        doc = self.doc
        if a.first == sent.start or a.last + 1 >= sent.end or doc[a.first - 1].text != "," \
                or doc[a.last + 1].text != ",":
            return None
        rest = (a.last + 2, sent.end)
        if self._words(rest) < MIN_CONTENT_WORDS or any(
                b.verb.i >= rest[0] and b.verb.i < rest[1] for b in self.attributions()):
            return None
        if any(t.lemma_.lower() in SPEECH_VERBS and t.tag_ == "VBG" for t in doc[rest[0]: rest[0] + 1]):
            return None  # "..., Ruiz said, adding that ...": the participle reports on its own
        if not any(t.tag_ in FINITE_TAGS for t in doc[rest[0]: rest[1]]):
            return None  # "..., he said, such as driving too fast": an example, no statement of its own
        return self._trim(rest)

    def _words(self, side: tuple[int, int]) -> int:
        return sum(1 for t in self.art.tokens[side[0]: side[1]] if t.is_alpha or t.like_num)

    def _trim(self, side: tuple[int, int]) -> tuple[int, int] | None:
        lo, hi = side
        doc = self.doc
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ in {"that", "and", "but"}):
            lo += 1  # "..., Ruiz said, but hopes are fading": the connecting word is no one's words
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].lower_ in {"and", "but"}):
            hi -= 1
        if hi <= lo:
            return None
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        inside = self.art.text[start:end]
        if inside.count('"') % 2 or inside.count("“") > inside.count("”"):
            closing = re.match(r"[.,]?[\"”]", self.art.text[end:end + 2])
            if closing:
                end += closing.end()  # keep the quotation's closing mark with its words
        return start, end

    def _participles(self):
        """"..., adding that ...", "..., calling the plan a failure", "..., accusing X of Y": a
        participle of speech reports for the subject of the clause it hangs on."""
        for tok in self.art.tokens:
            lemma = tok.lemma_.lower()
            if tok.tag_ != "VBG" or lemma not in REPORTING_PARTICIPLES | SPEECH_VERBS:
                continue
            carried = tok.dep_ == "acl" and _carried_statement(tok)
            if tok.dep_ not in {"advcl", "conj", "xcomp"} and not carried or self.art.in_quotation(tok.idx):
                continue
            if any(c.dep_ in {"mark", "advmod"} and c.i < tok.i for c in tok.children) or any(
                    c.dep_ in {"aux", "neg"} for c in tok.children):
                continue  # "when announcing the plan", "while not saying ...": circumstances, no statement
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
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
            for _ in range(4):
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
                    if span[0] <= q.open and q.close <= span[1] + 1:
                        yield name, q.start, q.end, True, organisation, stance
                head_end = self._before_quotation(*span)
                if head_end is not None:
                    yield name, span[0], head_end, False, organisation, stance
            elif span and (self._words((start_tok.i, end_tok.i + 1)) >= MIN_CONTENT_WORDS or act is not None):
                yield name, span[0], span[1], False, organisation, stance

    def _in_the_words_of(self):
        """"In Ana Ruiz's words, the town has run out of money", "In the words of Ana Ruiz, ...": the
        sentence after the frame is the person's."""
        for tok in self.art.tokens:
            if tok.lower_ != "words" or tok.dep_ != "pobj" or tok.head.lower_ != "in" or not tok.head.is_sent_start:
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
            if clear is None or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | {
                    "will", "would"} for c in tok.children):
                continue
            clause = next((c for c in [*tok.children, *clear.children] if c.dep_ in {"ccomp", "advcl"} and c.i > clear.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is None:
                continue
            who = self._speaker(tok)
            organisation = False
            if not who:
                org = self._organisation_speaker(tok)
                who, organisation = (org, True) if org else (None, False)
            if not who:
                continue
            sub = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
            span = self._trim((min(t.i for t in sub), max(t.i for t in sub) + 1))
            if span and not self._overlaps_direct(*span) and self._words(
                    (min(t.i for t in sub), max(t.i for t in sub) + 1)) >= MIN_CLAUSE_WORDS:
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
            if noun.lemma_.lower() not in STATEMENT_NOUNS or noun.pos_ != "NOUN":
                continue
            # "X's claim": spaCy marks the owner as poss, or (less often) hangs "'s" off it as case.
            owner = next((c for c in noun.children if c.i < noun.i and (
                c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children))), None)
            name = self.people.person_name(owner) if owner is not None else None
            if not name:
                continue
            clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"}
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is None:
                continue
            sub = list(clause.subtree)
            span = self._trim((sub[0].i, sub[-1].i + 1))
            if span and self._words((sub[0].i, sub[-1].i + 1)) >= MIN_CONTENT_WORDS:
                yield name, span[0], self._end_at_quoted_object(clause, span[1]), False

    def _end_at_quoted_object(self, clause: "Token", end: int) -> int:
        """"X's statements that any deal must reflect the “reality on the ground” point to ...":
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


def _speakers_second_verb(tok: "Token") -> bool:
    """"Ruiz said the team was tired and added that the pitch was poor": the parser hangs the
    speaker's second verb of saying on the first statement's verb; it has no subject of its own,
    the same tense as the first, "and" before it and a clause of its own, so it is the speaker's."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or tok.lemma_.lower() not in REPORTING_VERBS:
        return False
    first = head.head
    return (first.lemma_.lower() in REPORTING_VERBS and first.i < head.i and tok.tag_ == first.tag_
            and tok.tag_ in FINITE_TAGS
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
            and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
            and any(c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < tok.i for c in head.children))


def _as_put_it(verb: "Token") -> bool:
    """"As Ana Ruiz put it, the town has run out of money": the idiom reports the main clause."""
    return (verb.lemma_.lower() == "put" and verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children))


def _clause_on_medium(verb: "Token") -> "Token | None":
    """"wrote in a letter to the minister that ...", "said in a video posted online that ...": the
    parser hangs the "that" clause on the medium's noun; after a verb of saying it is what was said."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in STATEMENT_CARRIER_NOUNS | STATEMENT_FRAME_NOUNS | REPORT_NOUNS:
            continue
        for t in noun.subtree:
            if t.dep_ in {"acl", "relcl"} and t.i > noun.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in t.children) and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in t.children):
                return t
    return None


def _subjunctive(tok: "Token", verb: "Token") -> bool:
    """"recommended that the school be closed", "demanded that he resign": after a verb of urging,
    a "that" clause's verb stands in its base form and is a statement all the same."""
    if tok.tag_ != "VB":
        return False
    clause = tok.head if tok.dep_ in {"aux", "auxpass"} and tok.lower_ == "be" else tok  # "be closed"
    return (clause.head.i == verb.i and clause.dep_ == "ccomp"
            and verb.lemma_.lower() in COMMUNICATION_VERBS["urge"] | {"insist"}
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children))


def _expressed_attitude(verb: "Token") -> "Token | None":
    """The attitude noun of "expressed concern", "voiced hope", "reiterated his support"."""
    if verb.lemma_.lower() not in EXPRESSING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.lemma_.lower() in ATTITUDE_NOUNS | {o.rstrip("s") for o in ATTITUDE_NOUNS} \
        and obj.lower_ in ATTITUDE_NOUNS else None


def _carried_statement(participle: "Token") -> bool:
    """"X issued a statement saying ...", "posted a message claiming ...": a participle of saying
    on the object noun of a statement's medium speaks for the subject of the verb that put it out."""
    noun = participle.head
    return (participle.tag_ == "VBG" and noun.lemma_.lower() in STATEMENT_CARRIER_NOUNS and noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in participle.children))


def _along_with(tok: "Token") -> bool:
    """"X, along with Y, said", "X, together with Y, said": someone else speaks too."""
    return any(c.dep_ in {"prep", "advmod"} and c.lower_ in {"along", "together"}
               and any(g.lower_ == "with" for g in c.children) for c in tok.children)


def _complementiser(tok: "Token") -> bool:
    """"that" opening a reported clause. The parser may read it as a relative pronoun ("told the
    jury during the trial that Ruiz had met the builders"), but a relative pronoun fills a gap, and
    a clause that already has its subject and its object has none."""
    if tok.lower_ != "that":
        return False
    if tok.dep_ == "mark":
        return True
    if tok.dep_ == "dobj" and _said_in_a_statement(tok.head):
        return True
    return tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and any(
        c.i != tok.i and c.dep_ == tok.dep_ for c in tok.head.children)


def _said_in_a_statement(clause: "Token") -> bool:
    """"Ruiz said in a press release that the plant would close": the parser takes the clause for
    a relative one on the medium's noun, with "that" as its object; after a verb of saying and
    "in a <statement>", a clause with a subject of its own is what was said."""
    noun = clause.head
    prep = noun.head
    return (clause.dep_ == "relcl" and noun.dep_ == "pobj" and prep.lower_ == "in"
            and noun.lemma_.lower() in STATEMENT_FRAME_NOUNS | REPORT_NOUNS | {"email", "memo", "note"}
            and prep.head.lemma_.lower() in REPORTING_VERBS
            and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in clause.children))


def _title_case(quoted: str) -> bool:
    """"A Song for the Lost and the Found": every longer word capitalised and no closing stop, as
    titles of books, films, songs and headlines are written; said words are in sentence case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    longer = [w for w in words if len(w) >= 4]
    return len(words) >= 2 and words[0][0].isupper() and len(longer) >= 2 and all(w[0].isupper() for w in longer) \
        and not quoted.rstrip().endswith((".", "!", "?", ","))


def _named_thing(tok: "Token") -> bool:
    """A name set beside a common noun for an outlet or a thing ("the newspaper Publico", "the band
    Kestrel"): the name is that thing's."""
    first = tok.i
    while first > 0 and tok.doc[first - 1].pos_ == "PROPN" and tok.doc[first - 1].head.i == tok.i:
        first -= 1  # the start of the name: "the band Blue River"
    # only the word right before the name: "union leader Ana Ruiz" is a person
    return (tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.lower_ in MEDIA_AND_THING_NOUNS
            and tok.head.i == first - 1) or any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and c.lower_ in MEDIA_AND_THING_NOUNS and c.i == first - 1
        for c in tok.children)


def _quoted_as_saying(tok: "Token") -> bool:
    """"Ana Ruiz was quoted as saying ...", "was cited as saying": the saying is the subject's."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.lemma_.lower() in REPORTING_VERBS \
        and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in {"quote", "cite", "report"} \
        and any(c.dep_ == "nsubjpass" for c in tok.head.head.children)


def _another_party(tok: "Token") -> bool:
    """A conjunct naming another speaker ("and Tom Berg", "and the council"), not a second title of
    the same one ("blogger and commentator Ana Ruiz")."""
    # a conjunct with no "and"/"or" is the parser's misreading of a comma: "said the
    # university's chancellor, Ana Ruiz" is one person, not the university and its chancellor
    return tok.dep_ == "conj" and _a_party(tok) and any(
        c.dep_ == "cc" for c in [*tok.children, *tok.head.children])


def _a_party(tok: "Token") -> bool:
    return tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} for c in tok.children)


def _joint_or_thing(subj: "Token") -> bool:
    """"Ana Ruiz and Tom Berg said": a joint statement, nobody's own; "Harbourline, which runs
    the port, said": "which" stands for a thing, never for a person."""
    return _a_party(subj) and any(_another_party(c) for c in subj.children) or any(
        c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in subj.children)


def _ancestors_until(tok: "Token", top: "Token") -> list["Token"]:
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def extract_statements(article: "Article") -> tuple[list[Quote], list[Statement]]:
    """People's quotes and organisations' statements, each once, in text order. An organisation
    is never a quote's speaker: "The ministry said ..." is a `Statement`."""
    seen: set[tuple[int, int]] = set()
    quotes: list[Quote] = []
    statements: list[Statement] = []
    for speaker, start, end, direct, organisation, stance in QuoteFinder(article).quotes():
        o_start, o_end, text = article.original_span(start, end)
        if (o_start, o_end) in seen or not text.strip():
            continue
        seen.add((o_start, o_end))
        if organisation:
            statements.append(Statement(speaker, text, o_start, o_end, direct, stance))
        else:
            quotes.append(Quote(speaker=speaker, text=text, start=o_start, end=o_end, direct=direct, stance=stance))
    # A statement inside a longer one by the same speaker adds nothing the longer one lacks.
    quotes = [q for q in quotes if not any(o is not q and o.speaker == q.speaker and o.start <= q.start
                                           and q.end <= o.end and (o.end - o.start) > (q.end - q.start)
                                           for o in quotes)]
    statements = [q for q in statements if not any(
        o is not q and o.organization == q.organization and o.start <= q.start and q.end <= o.end
        and (o.end - o.start) > (q.end - q.start) for o in statements)]
    quotes.sort(key=lambda q: q.start)
    statements.sort(key=lambda q: q.start)
    return quotes, statements


def extract_quotes(article: "Article") -> list[Quote]:
    return extract_statements(article)[0]
