"""Who is speaking: names, descriptions, roles and organisations behind a verb of saying."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.names.shapes import PLACE_AND_COMPANY_ENDINGS, chosen_post
from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    DOCUMENT_NOUNS, GENDERED_NOUNS, KIN_NOUNS, NON_PERSON_NAME_HEADS, ORGANISATION_NOUNS,
    REPORTING_VERBS, SPEAKER_PRONOUNS, SPEECH_VERBS, TITLE_ABBREVIATION_NOUNS,
)
from quizapp.generate.quotes.acts import authored_statement
from quizapp.generate.quotes.misparsed import main_verb_read_as_modifier, participle_of_misread_main_verb
from quizapp.generate.quotes.common import (
    AGENCY_NOUNS, BARE_AGENCY_NOUNS, CORE_SPEECH_VERBS, FINITE_TAGS, INVERTING_VERBS, LIFE_STAGE_NOUNS,
    OTHER_POST_MODIFIERS,
    PERSON_WORDS, RELATIVE_PRONOUNS, SPOKESPERSON_NOUNS, _a_party, _along_with, _ancestors_until, _another_party,
    _head_after_named_and, _joint_or_thing, _speakers_second_verb, by_saying, carried_on, quoted_as_saying_speaker,
    quoted_doing, went_so_far,
)

# Last words of names that are no person's: places, buildings, companies and other bodies
_NOT_A_PERSONS_LAST_WORD = NON_PERSON_NAME_HEADS | PLACE_AND_COMPANY_ENDINGS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

# Titles news writes both in full and shortened ("CEO" for "chief executive").
ABBREVIATED_TITLES = {"ceo": ("executive", frozenset({"chief"}))}
# Titles before a name and the everyday word for the post: "Justice Ana Ruiz" is "the judge".
TITLE_SYNONYMS = {"justice": "judge"}
# "the suspect said" stands for the one person the article has arrested or charged.
ACCUSED_NOUNS = {"suspect", "defendant", "accused"}
ACCUSING_VERBS = {"arrest", "charge", "detain", "indict", "convict", "accuse", "apprehend", "prosecute"}
# "the retired teacher said": what a person did once describes them without a title ("the former
# minister" may be anyone who held the post).
FORMER_TRADE_MODIFIERS = {"retired"}


# "Ana Ruiz, 61,", "Ruiz, a 61-year-old farmer,": the age given right after a name
_AGE_AFTER_NAME = re.compile(r",\s+(?:an?\s+)?(\d{1,3})(?:\s*,|-year-old\b)")


def _age_of(subj: "Token") -> str | None:
    """The age a subject describes its person by: "the 61-year-old", "the 31-year-old reporter"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    old = subj if subj.lower_ == "old" else next((c for c in subj.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    if old is None or subj is not old and subj.lower_ not in PERSON_WORDS | KIN_NOUNS:
        return None
    year = next((c for c in old.children if c.lower_ in {"year", "years"}), None)
    num = next((c for c in year.children if c.dep_ == "nummod" and c.text.isdigit()), None) if year is not None else None
    return num.text if num is not None else None


def _clause_inside(words) -> bool:
    """Whether the words before an organisation's head noun hold a verb of their own: "Two roads
    were closed and the fire brigade told ..." misparsed runs a clause into the subject, which names
    no body ("the fire brigade" alone would, but the parse no longer says which words are its name)."""
    return any(t.tag_ in FINITE_TAGS for t in words)


class SpeakersMixin:
    def _speaker(self, verb: "Token", subjects: list["Token"] | None = None) -> tuple[str, "Token", bool] | None:
        """(name, token that names, named) for the person who speaks through `verb` (whose subjects
        are `subjects` where the caller knows them better than the parse of a verb of saying)."""
        subjects = self._subjects(verb) if subjects is None else subjects
        lo, hi = (min(t.i for t in subjects), max(t.i for t in subjects)) if subjects else (0, 0)
        if len(subjects) > 1 and any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and lo < c.i < hi
                                     for t in subjects for c in t.children):
            # "The tenant asked for X, but the landlord replied ...": the parser may hang both
            # clauses' subjects on the one verb; after a contrast only the last subject speaks
            subjects = [max(subjects, key=lambda t: t.i)]
            lo = hi = subjects[0].i
        named = self._described_then_named(subjects, verb) if len(subjects) > 1 else None
        if named is not None:
            subjects, lo, hi = [named], named.i, named.i
        joined = len(subjects) > 1 and any(c.dep_ == "cc" and lo < c.i < hi for t in [verb, *subjects] for c in t.children)
        if joined or any(_along_with(t) for t in [verb, *subjects]):
            return None  # "The minister, X, and his deputy said", "X, along with Y, said": a joint statement
        for subj in subjects:
            subj = _head_after_named_and(subj)
            subj = self._past_comparison(subj)
            if subj is None or _joint_or_thing(subj):
                return None
            if subj.lower_ in SPEAKER_PRONOUNS:
                name = self._resolve_pronoun(subj)
                return (name, subj, False) if name else None
            if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "the home of Ana Ruiz, who told reporters ...": the relative clause's person
                name = self.people.person_name(verb.head)
                if not name and verb.head.dep_ == "appos" and verb.head.i > verb.head.head.i:
                    # "Tom Berg, a Marlow official who warned of ...": the person the appositive describes
                    name = self.people.person_name(verb.head.head)
                return (name, verb.head, True) if name else None
            name = self._person_in(subj)
            if name:
                return name, subj, True
            run = self.people.name_run(subj)
            if (subj.ent_type_ == "" and verb.lemma_.lower() in CORE_SPEECH_VERBS or subj.ent_type_ == "WORK_OF_ART"
                    and verb.lemma_.lower() in REPORTING_VERBS) and run \
                    and run[-1].lower() not in _NOT_A_PERSONS_LAST_WORD \
                    and (len(run) > 1 or len(self.people.fullest(run, subj.idx).split()) > 1):
                # (a single word is a person's only where the article gives the full name: "Airbnb said")
                # a proper noun NER left unlabelled (or took for a title, right after a quotation),
                # saying something: a person far more often than not,
                # unless its name ends as a place's or an organisation's does ("Downing Street said")
                return self.people.fullest(self.people.name_run(subj), subj.idx), subj, True
            name = self._described_person(subj) or self._described_previous_subject(subj)
            if name:
                return name, subj, True
            if subj.text[:1].isupper() and not any(c.i < subj.i for c in subj.children) \
                    and subj.text in self.people.full_surnames:
                # "Reyes says ...": the surname of a person named in full before, whatever the tagger
                # made of it on its own
                return self.people.fullest((subj.text,), subj.idx), subj, True
        aged = self._aged_speaker(verb)
        if aged is not None:
            return aged
        author = authored_statement(verb)  # "Ruiz's statement read: ..."
        if author is not None:
            name = self._resolve_pronoun(author) if author.lower_ in {"his", "her"} else self._person_in(author)
            if name:
                return name, author, author.lower_ not in {"his", "her"}
        if verb.i > 0 and verb.lemma_.lower() in CORE_SPEECH_VERBS and not self._subjects(verb):
            # '"...," Brandt-Okafor said.': the parser can misread an unfamiliar name as a verb or
            # a conjunction; a word right before "said" that names a person elsewhere is the speaker
            before = self.art.tokens[verb.i - 1]
            if before.text[:1].isupper() and before.text in self.people.known_words() and before.whitespace_:
                return self.people.fullest((before.text,), before.idx), before, True
            after = self.art.tokens[verb.i + 1] if verb.i + 1 < len(self.art.tokens) else None
            if before.tag_ == "''" and after is not None and after.text[:1].isupper() \
                    and after.text in self.people.full_surnames:
                # '"...," says Early.': a surname that is also a common word, which the tagger read as
                # an adverb; after the quotation and the verb it is the inverted subject
                return self.people.fullest((after.text,), after.idx), after, True
        return None

    def _described_then_named(self, subjects: list["Token"], verb: "Token") -> "Token | None":
        """"His daughter, and a member of the party, Ana Ruiz wrote": descriptions of one person set
        before her name with a comma; the parser may give the verb each as a subject (and take the
        "and" inside the descriptions for a second speaker). The named one speaks."""
        last = max(subjects, key=lambda t: t.i)
        first = last.i
        toks = self.art.tokens
        while first > 0 and toks[first - 1].dep_ == "compound" and toks[first - 1].head.i == last.i:
            first -= 1
        if last.i + 1 != verb.i or first == 0 or self.art.tokens[first - 1].text != "," \
                or not self.people.is_person(last):
            return None
        others = [t for t in subjects if t is not last]
        if all(t.pos_ == "NOUN" and t.i < first and t.lower_ in PERSON_WORDS | KIN_NOUNS for t in others):
            return last
        return None

    def _aged_speaker(self, verb: "Token") -> tuple[str, "Token", bool] | None:
        """'"...," the 61-year-old said', "the 31-year-old reporter added", "the 26-year-old, who
        ..., added": a description by age stands for the one person the article gave that age
        ("Ana Ruiz, 61," "Ruiz, a 61-year-old farmer," or "61-year-old Ana Ruiz"); where it gave
        nobody that age, for the one person the sentence before was about ("Farmer Ana Ruiz said
        ... ¶ "...," the 61-year-old said"), unless she was given another age."""
        if verb.lemma_.lower() not in REPORTING_VERBS | SPEECH_VERBS:
            return None
        described = next((c for c in verb.children if c.dep_ == "nsubj" and _age_of(c)), None)
        age = _age_of(described) if described is not None else None
        toks = self.art.tokens
        for at in (verb.i - 6, verb.i + 1):
            # the same by its words, where the parser hung "old" elsewhere ("the 28-year-old said,")
            words = [t.lower_ for t in toks[max(0, at): at + 6]]
            if age is None and at >= 0 and len(words) == 6 and words[0] == "the" and words[1].isdigit() \
                    and words[2:] == ["-", "year", "-", "old"]:
                described, age = toks[at + 5], words[1]
        if described is None or age is None:
            return None
        ages: dict[str, set[str]] = {}
        for t in toks:
            if t.i >= described.left_edge.i or not self.people.is_person(t) \
                    or t.i + 1 < len(toks) and self.people.is_person(toks[t.i + 1]):
                continue
            after = _AGE_AFTER_NAME.match(self.art.text, t.idx + len(t.text))
            before = [x.lower_ for x in toks[max(0, t.i - 6): t.i]]
            given = after.group(1) if after else before[-5] if len(before) >= 5 and before[-4:] == [
                "-", "year", "-", "old"] else None
            name = self.people.person_name(t)
            if given and name:
                ages.setdefault(name, set()).add(given)
        people = {name for name, given in ages.items() if age in given}
        if not people:
            name = self._only_subject_before(verb.sent)
            if name and not ages.get(name):
                people = {name}
        return (people.pop(), described, True) if len(people) == 1 else None

    def _subjects(self, verb: "Token") -> list["Token"]:
        """Who does the verb's speaking: its subject, a passive's agent ("was told by X that"),
        the subject of the verb it is coordinated with, or of "went on to say"."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return [c for c in agent.children if c.dep_ == "pobj"]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
        adverbs = [c for c in verb.children if c.dep_ in {"advmod", "npadvmod"} and c.i < verb.i]
        adverb = next((a for a in adverbs + [c for a in adverbs for c in a.children if c.dep_ == "advmod"]
                       if a.text[:1].isupper() and not a.is_sent_start and a.text in self.people.full_surnames), None)
        if adverb is not None:
            # "..., but Early still says ...": a surname that is also a common word, which the parser
            # read as an adverb of the verb or of the adverb before it (the verb then seems to share
            # the clause before's subject)
            return [adverb]
        if main_verb_read_as_modifier(verb):
            # "The leader of the party, Ana Ruiz, condemned the attack": the parser may take the
            # sentence's only verb for a participle modifying its subject; that noun speaks
            return [verb.head]
        misread = participle_of_misread_main_verb(verb)
        if misread is not None:
            return [misread]  # "..., Ana Ruiz, condemned the attack, saying ...": that noun's too
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not subjects:
            # "Ruiz rejected the plan, calling it “...”": the participle's subject is its clause's
            # (not a clause inside a noun's: "yielded to Berg's demand that the club keep its rules,
            # agreeing with Lang ...", where the parser hangs it on the wrong verb)
            if verb.head.dep_ == "acl":
                return []
            return [c for c in verb.head.children if c.dep_ == "nsubj"]
        if by_saying(verb):  # "Ruiz responded by saying ...": the main verb's subject speaks
            return [c for c in verb.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        quoted = quoted_as_saying_speaker(verb)
        if quoted is not None:  # "Ruiz was quoted as saying", "the paper quoted Ruiz as saying": Ruiz speaks
            return [quoted]
        inverted = self._inverted_subject(verb)
        if inverted is not None:
            return [inverted]
        if _speakers_second_verb(verb):
            return self._subjects(verb.head.head)
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            head = verb.head
            if verb.i >= 2 and self.doc[verb.i - 1].text == "," and self.people.is_person(self.doc[verb.i - 2]):
                # "The man Berg was accused of hitting, Tom Lang, told reporters ...": a name set off by
                # commas right before the verb; the parser's shared subject is not to be trusted
                return []
            if head.dep_ in {"advcl", "ccomp"} and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children):
                # "X's father smiled upon learning his daughter had been chosen and said ...": the parser
                # may join "said" to a subjectless clause inside the sentence; the speaker is then the
                # subject of the clause that holds it
                return self._subjects(head.head) if head.head.i != head.i else []
            shared = self._subjects(head)
            if not shared and not any(c.dep_ == "auxpass" for c in verb.children) and not (
                    verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)):
                # "Ruiz was re-elected and served a term, but did not run again, citing her health":
                # an active verb joined to a passive one shares its subject. (Not a bare infinitive:
                # "does not say when Ruiz was told or explain why" joins it to a verb before, which
                # the parser missed.)
                shared = [c for c in head.children if c.dep_ == "nsubjpass"]
            return shared
        if verb.dep_ in {"xcomp", "advcl"} and carried_on(verb) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            went = went_so_far(verb)
            if went is not None:  # "X went so far as to call ...", "X was blunt, going so far as to call ..."
                own = [c for c in went.children if c.dep_ == "nsubj"]
                return own or ([c for c in went.head.children if c.dep_ == "nsubj"] if went.dep_ == "advcl" else [])
            return [c for c in verb.head.children if c.dep_ == "nsubj"]
        if quoted_doing(verb):  # "X was quoted calling ..."
            return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        described = self._described_name_before(verb)
        return [described] if described is not None else []

    def _past_comparison(self, subj: "Token") -> "Token | None":
        """'Like Nova's chief Ada Lin, Tom Berg has spoken out about ...': the parser may make the
        person compared with the subject and the subject her appositive; the subject is the
        appositive after the comma (None where there is none)."""
        doc = self.doc
        first = doc[subj.sent.start]
        if first.lower_ in {"like", "unlike"} and first.i < subj.i:
            # "Like Nova head Ada Lin, Tom Berg has spoken ...": the parser may take the compared
            # person for a subject of the verb after the comma (or the compared phrase for a clause,
            # its job word a verb); the speaker is the person between that comma and the verb (not
            # "Like Lin said, the plan failed", whose verb is inside the phrase)
            comma = next((t for t in doc[first.i: subj.sent.end] if t.text == ","), None)
            if comma is not None and subj.i < comma.i < subj.head.i:
                after = [t for t in doc[comma.i + 1: subj.head.i] if self.people.is_person(t)]
                return after[-1] if after else None
        opener = subj.left_edge.i - 1
        if opener < 0 or opener != subj.sent.start or doc[opener].lower_ not in {"like", "unlike"} \
                or any(c.dep_ == "pobj" for c in doc[opener].children):
            return subj
        return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)

    def _described_name_before(self, verb: "Token") -> "Token | None":
        """'... on their way home, Ana Ruiz, an inspector with the state office, said.': a name and its
        description set off by commas right before a verb of saying that ends the sentence, which the
        parser joined to the clause before (a list of places, say) and left the verb without subject;
        or right after an opening prepositional phrase, the verb's words following it."""
        doc = self.doc
        if verb.dep_ != "ROOT" or verb.i < 4 or doc[verb.i - 1].text != "," or verb.i + 1 >= len(doc):
            return None
        name = next((t for t in doc[verb.sent.start: verb.i - 1] if t.right_edge.i == verb.i - 2
                     and any(c.dep_ == "appos" for c in t.children) and self.people.is_person(t)), None)
        if name is None or name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != ",":
            return None
        if doc[verb.i + 1].text in {".", "!"}:
            return name
        # "In a post on the firm's website, Ana Ruiz, its head of research, explained why ...": the
        # parser may hang the name on the last noun of an opening prepositional phrase; the verb's
        # words follow it, and the name is its subject
        opener = doc[verb.sent.start]
        if opener.pos_ == "ADP" and opener.dep_ == "prep" and opener.head.i == verb.i and name.dep_ == "appos" \
                and opener.i in {a.i for a in name.ancestors}:
            return name
        return None

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
        if subj.lower_ in {"elect", "designate"}:
            return self._elect_titled(subj)
        if subj.lower_ not in PERSON_WORDS or not (subj.pos_ == "NOUN" and subj.tag_ == "NN" or subj.tag_ == "NNP" and any(
                c.lower_ == "the" for c in subj.children) and subj.ent_type_ in {"", "PERSON"}):
            return None  # "the minister said", also capitalised as a title: "the Prime Minister said"
        # "his daughter said" for the person introduced as "his daughter Ana Ruiz"; "the region's
        # governor said" for the one person the article titles its governor
        poss = [c for c in subj.children if c.dep_ == "poss"]
        placed = len(poss) == 1 and poss[0].pos_ == "PROPN" and poss[0].ent_type_ in {"GPE", "LOC", "ORG"}
        # "the governor of Westland said" names the post by its place, as "Westland's governor" does
        of_place = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in {"GPE", "LOC"} for o in c.children)]
        placed = placed or (len(of_place) == 1 and not poss)
        owned = len(poss) == 1 and poss[0].lower_ in {"his", "her", "their"} or placed
        # "the princess, 67, said": an age beside the description adds nobody
        aged = [c for c in subj.children if c.dep_ == "appos" and c.like_num]
        if not (any(c.lower_ == "the" for c in subj.children) or owned) or any(
                c.dep_ in {"prep", "relcl", "acl", "appos"} and c not in of_place and c not in aged
                for c in subj.children) or poss and not owned:
            return None
        # "the finance minister said" is the person introduced as "Finance Minister Ada Lin" or "Ada
        # Lin, the finance minister": every modifier of the description was part of that title
        # ("the foreign minister" is somebody else, and so is a deputy governor)
        # ("the 24-year-old guard said": an age is no part of a title)
        mods = {c.lower_ for c in subj.children if c.dep_ in {"amod", "compound"} and not (
            c.lower_ == "old" and any(g.lower_ in {"year", "years"} for g in c.children))}
        roles = [(pos, name) for pos, name, title in self._roles().get(subj.lower_, [])
                 if mods <= title and not (title - mods) & OTHER_POST_MODIFIERS]
        people = {name for pos, name in roles if pos < subj.idx}
        if not people and placed:
            # "Westland's governor said ..." may come before "Regional governor Ana Ruiz"
            people = {name for _pos, name in roles}
        if not people and not mods and subj.lower_ in ACCUSED_NOUNS:
            people = self._accused_before(subj.idx)  # "Ruiz was arrested ... The suspect told police"
        if not roles and not poss:
            people = people or self._given_the_post(subj, mods)
        if len(people) > 1:
            held = [(pos, name) for pos, name in roles if pos < subj.idx]
            people = self._latest_holder(subj, held) or self._latest_named_holder(subj, held)
        return people.pop() if len(people) == 1 else None

    def _elect_titled(self, subj: "Token") -> str | None:
        """"the president-elect said" for the one person titled "President-elect" before it."""
        toks = self.art.tokens
        if not chosen_post(toks, subj.i) or subj.i < 3 or toks[subj.i - 3].lower_ != "the":
            return None
        post = toks[subj.i - 2].lower_
        people = {self.people.person_name(toks[t.i + 1]) for t in toks[2: subj.i - 3]
                  if chosen_post(toks, t.i) and toks[t.i - 2].lower_ == post
                  and t.i + 1 < len(toks) and self.people.is_person(toks[t.i + 1])}
        return people.pop() if len(people) == 1 else None

    def _latest_holder(self, subj: "Token", held: list[tuple[int, str]]) -> set[str]:
        """"Mayor Ana Ruiz said ... [paragraphs later] Mayor Tom Berg of Marlow described ... the
        mayor said": of two holders of a post, the one titled last, within the two paragraphs
        before, where every other holder was last named two paragraphs or more before that title
        (two holders in one passage leave the post open)."""
        if not held:
            return set()  # (holders named only after it, or given the post by another rule)
        pos, name = max(held)
        text = self.art.text
        if len(re.findall(r"\n+", text[pos: subj.idx])) > 2:
            return set()
        others = {n for _p, n in held} - {name}
        if not others:
            return set()  # the other holder is titled only after the description: either may be meant
        last_other = max([p for p, n in held if n in others] + [
            t.idx for t in self.art.tokens if t.idx < subj.idx and self.people.is_person(t)
            and self.people.person_name(t) in others])
        if last_other > pos or len(re.findall(r"\n+", text[last_other: pos])) < 2:
            return set()
        return {name}

    def _latest_named_holder(self, subj: "Token", held: list[tuple[int, str]]) -> set[str]:
        """"Gov. Ana Ruiz and Gov. Tom Berg ... [paragraphs later] Ruiz was away. The governor said
        ...": of two holders of a post, the one named (by title or by name) in the description's
        paragraph or the one before, where every other holder was last named two paragraphs or
        more before that."""
        names = {n for _p, n in held}
        last: dict[str, int] = {}
        # (the titles, and the article's own index of named mentions outside quotations)
        for pos, name in held + [(m[3], m[4]) for m in self.mentions if m[3] < subj.idx and m[4] in names]:
            last[name] = max(last.get(name, -1), pos)
        if not last:
            return set()
        pos, name = max((p, n) for n, p in last.items())
        text = self.art.text
        if len(re.findall(r"\n+", text[pos: subj.idx])) > 1:
            return set()
        if any(len(re.findall(r"\n+", text[p: pos])) < 2 for n, p in last.items() if n != name):
            return set()
        return {name}

    def _described_previous_subject(self, subj: "Token") -> str | None:
        """"Ana Ruiz started the petition. The teenager said ...", "Ruiz's coach Tom Berg was
        furious. The Italian said ...", "The mother of three said", "the retired teacher said":
        "the" and words for a person's age, sex, nationality, family or former trade stand for the
        one person named in the sentence right before, where that person is its subject and may be
        so described; otherwise nobody. (A bare post, "the minister said", may be someone new.)"""
        if subj.dep_ not in {"nsubj", "nsubjpass"} or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return None
        noun = subj.lower_
        mods = [c for c in subj.children if c.dep_ in {"amod", "compound", "nmod", "poss", "nummod", "prep"}]
        counted = [c for c in mods if c.dep_ == "prep" and c.lower_ == "of" and any(
            o.like_num for o in c.children)]  # "the mother of three"
        retired = [c for c in mods if c.lower_ in FORMER_TRADE_MODIFIERS]
        demonym = subj.ent_type_ == "NORP" and subj.tag_ in {"NNP", "NN", "JJ"} and not noun.endswith("s")
        if len(mods) != len(counted) + len(retired) or len(counted) + len(retired) > 1:
            return None
        if not (noun in LIFE_STAGE_NOUNS and not retired or demonym and not mods
                or counted and noun in KIN_NOUNS or retired and subj.tag_ == "NN"):
            return None
        if self._roles().get(noun):
            return None  # someone was titled so: that title decides ("the forward" is Forward Tom Berg)
        name = self._only_subject_before(subj.sent)
        wanted = LIFE_STAGE_NOUNS.get(noun) or GENDERED_NOUNS.get(noun)
        if not name or wanted and self._genders().get(name) not in {None, wanted}:
            return None
        return name

    def _only_subject_before(self, sent: "Span") -> str | None:
        """The one person named in the sentence before `sent`, where that person is a subject
        there and no unnamed person is spoken of ("Ana Ruiz was treated by doctors" leaves "the
        doctor" open)."""
        sents = self._sentence_list()
        k = self._sentence_index().get(sent.start, 0)
        if k == 0:
            return None
        before = sents[k - 1]
        named = {self.people.person_name(t) for t in before if self.people.is_person(t)
                 and not self.art.in_quotation(t.idx)} - {None}
        if len(named) != 1:
            return None  # two people: either may be meant
        name = named.pop()
        subjects = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and not self.art.in_quotation(t.idx)
                    and self._person_in(t) == name]
        if not subjects:
            return None  # the person is only mentioned there ("She met Ana Ruiz"), not spoken of
        # the words that describe her ("Farmer Ana Ruiz", "Ruiz, a nurse,", "Ruiz is a nurse") are
        # hers; any other word for a person is someone unnamed who may be meant
        own = {t.i for subj in subjects for t in subj.subtree if not any(
            a.dep_ in {"relcl", "acl", "prep", "advcl"} for a in _ancestors_until(t, subj))}
        for t in before:
            if t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_WORDS | {"man", "woman", "people"} \
                    and t.i not in own and t.dep_ != "attr" and not self.art.in_quotation(t.idx):
                return None
        return name

    def _given_the_post(self, subj: "Token", mods: set[str]) -> set[str]:
        """"Ana Ruiz was elected mayor in 2019. The mayor said ...": the people an affiliation found
        before the description gives its post in a clause of their own ("was elected", "became",
        "is the mayor of ..."), where no title or appositive names anyone so."""
        at = self.art.original_span(subj.idx, subj.idx + len(subj.text))[0]
        out = set()
        for a in self.art.affiliations:
            words = (a.role or "").lower().split()
            # "mayor of Felsted", "coach at Y": the post's own noun stands before its complement
            cut = next((k for k, w in enumerate(words)
                        if k and w in {"of", "for", "at", "to", "in", "from", "with"}), None)
            words = words[:cut] if cut else words
            if a.start < at and words and words[-1] == subj.lower_ and mods <= set(words) \
                    and not set(words) & {"former", "ex-", "late"}:
                out.add(a.person)
        return out

    def _accused_before(self, pos: int) -> set[str]:
        """The people the article has arrested, charged, detained or convicted before `pos` ("Tom
        Berg, 45, was arrested on Monday", "police charged Ana Ruiz with fraud")."""
        out = set()
        for tok in self.art.tokens:
            if tok.idx >= pos:
                break
            if tok.lemma_.lower() in ACCUSING_VERBS and tok.pos_ == "VERB":
                for c in tok.children:
                    if c.dep_ not in {"nsubjpass", "dobj"}:
                        continue
                    for who in (c, *c.conjuncts):  # "arrested Ana Ruiz and Tom Berg": two suspects
                        name = self.people.person_name(who) or self._person_in(who)
                        out.add(name or "?")  # someone unnamed is a suspect too
        return set() if "?" in out else out  # an unnamed arrest may be the same person or another

    def _roles(self) -> dict[str, list[tuple[int, str, frozenset]]]:
        """role noun -> [(position, person, title modifiers)] for the titles and appositives that describe people."""
        if hasattr(self, "_role_cache"):
            return self._role_cache
        out: dict[str, list[tuple[int, str]]] = {}
        for tok in self.art.tokens:
            nxt = self.art.tokens[tok.i + 1] if tok.i + 1 < len(self.art.tokens) else None
            noun = TITLE_ABBREVIATION_NOUNS.get(tok.lower_)
            if noun is not None and nxt is not None and self.people.is_person(nxt):
                # "Gov. Ana Ruiz" ... "the governor said"
                out.setdefault(noun, []).append((tok.idx, self.people.person_name(nxt), frozenset()))
                continue
            if tok.lower_ not in PERSON_WORDS or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            name = None
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
                for noun in {TITLE_SYNONYMS.get(tok.lower_)} | {c.lower_ for c in tok.children if c.dep_ == "compound"
                                                                and c.lower_ in PERSON_WORDS} - {None}:
                    # "Justice Ana Ruiz" ... "the judge said"; "Detective Inspector Ana Ruiz" ... "the detective said"
                    out.setdefault(noun, []).append((tok.idx, name, frozenset()))
                for short, (noun, words) in ABBREVIATED_TITLES.items():
                    if tok.lower_ == noun and words <= title:  # "chief executive Ana Ruiz" ... "the CEO said"
                        out.setdefault(short, []).append((tok.idx, name, title - words))
                    elif tok.lower_ == short:  # "CEO Ana Ruiz" ... "the chief executive said"
                        out.setdefault(noun, []).append((tok.idx, name, title | words))
        self._role_cache = out
        return out

    def _organisation(self, head: "Token") -> str | None:
        """The named organisation a noun phrase headed by `head` stands for: "the World Weather
        Service (WWS)", "the Dockworkers union" -> "Dockworkers", "according to the Audit Office".
        Only a name NER labels an organisation counts; "analysts" or "officials" name nobody."""
        ent = None
        if head.lower_ in ORGANISATION_NOUNS and head.i > 0:
            ent = _entity_at(self.doc, head.i - 1, "ORG")  # "the Dockworkers union"
            if ent is not None and ent.end != head.i:
                ent = None
        ent = ent or _entity_at(self.doc, head.i, "ORG")
        if ent is None:
            return None
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
            # NER cut a long name short ("Soil Testing and Survey Centre" -> "Survey Centre")
            prev = toks[words[0].i - 1]
            if prev.pos_ == "PROPN" and prev.text[:1].isupper():
                words.insert(0, prev)
            elif prev.lower_ in {"and", "of", "for"} and toks[prev.i - 1].pos_ == "PROPN" and toks[prev.i - 1].text[:1].isupper():
                words[:0] = [toks[prev.i - 1], prev]
            else:
                break
        if not words or any(self.art.in_quotation(t.idx) for t in words):
            return None
        if words[-1].lower_ in DOCUMENT_NOUNS:
            return None  # "according to the Constitution", "the Clean Air Act says": a text, not a body that speaks
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
                if _clause_inside(self.doc[first: subj.i]):
                    continue
                return self.art.text[self.doc[first].idx: subj.idx + len(subj.text)], subj, True
            if subj.lower_ in BARE_AGENCY_NOUNS and subj.pos_ in {"NOUN", "PROPN"} and all(
                    c.dep_ in {"amod", "compound"} and c.i < subj.i for c in subj.children):
                # "Police said", "French prosecutors said": a body named by its bare plural
                first = min(t.i for t in subj.subtree)
                if _clause_inside(self.doc[first: subj.i]):
                    continue
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


def _entity_at(doc: "Doc", i: int, label: str) -> "Span | None":
    """The entity labelled `label` that token `i` is part of, found from the token's own marks:
    going through `doc.ents` builds every entity of the article, once per speaker asked about."""
    if doc[i].ent_type_ != label:
        return None
    start, end = entity_start(doc, i), i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
