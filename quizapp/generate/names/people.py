"""Which proper nouns of an article are persons: NER's labels, corrected by the evidence of the
article itself (titles, ages, appositive roles, person nouns, members of a body speaking) and by a
list of common given names for names NER leaves unlabelled."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    COURTESY_TITLES, FIELD_ROLE_NOUNS, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS, KIN_NOUNS, NEWSPAPER_WORDS,
    NON_PERSON_NAME_HEADS, PERSON_NOUNS, PLACE_NAME_STARTS,
    ROLE_NOUNS, ROLE_PLURALS, SOCIAL_NETWORKS, SPEECH_VERBS, TITLE_MODIFIERS,
)
from quizapp.generate.names.given import GIVEN_NAMES
from quizapp.generate.names.runs import NameRuns
from quizapp.generate.names.shapes import (
    chosen_post,
    HONORIFICS, MEMBER_BODIES, NAME_SHAPE, NAME_SUFFIXES, ORGANISATION_ROLES, PLACE_AND_COMPANY_ENDINGS,
    _barrelled_not_a_date, _name_word, _plain_name_word, _surname_read_as_date,
)
from quizapp.generate.names.things import NonPersonNames

# Prefixes of ships' names ("MV", "HMS", "USS"): the words after them name a vessel
VESSEL_PREFIXES = {"MV", "MS", "MT", "HMS", "USS", "RMS", "SS", "HMAS", "HMCS", "HMNZS", "RV", "FV", "INS", "USNS"}

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token



_WORDS = re.compile(r"[^\W\d_]+")


def _given_word(word: str) -> bool:
    """A common given name, or a hyphenated one of two capitalised halves either of which is
    ("Sui-Lee", "Anne-Sophie")."""
    if word in GIVEN_NAMES:
        return True
    halves = word.split("-")
    return len(halves) == 2 and all(h[:1].isupper() and h[1:].islower() and h.isalpha() for h in halves) \
        and any(h in GIVEN_NAMES for h in halves)


class People(NameRuns, NonPersonNames):
    def __init__(self, doc: "Doc", tokens: list | None = None):
        self.doc = doc
        self.tokens = tokens if tokens is not None else list(doc)
        self._runs: dict[int, tuple[str, ...]] = {}
        self._persons: dict[int, bool] = {}
        self._subject_uses: dict[str, list[str]] | None = None  # a word -> the verbs it is subject of
        self._modifier_uses: dict[str, int] | None = None  # a word -> how often it modifies a common noun
        self._articled: dict[tuple[str, ...], bool] | None = None  # a name run -> always after an article
        self._openings: dict[str, list[str]] | None = None  # a surname -> first words of NER's full names
        self.person_words: set[str] = set()
        self._split_place_and_name()
        self._unlabel_titles()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not (len(ent) > 1 and ent[-1].lower_ in PLACE_AND_COMPANY_ENDINGS):
                self.person_words.update(t.text for t in ent if _name_word(t))
                if ent.end < len(doc) and ent[-1].whitespace_ and _barrelled_not_a_date(doc[ent.end]):
                    # "Angela Whitfield-Soto", where NER ends the person before a surname it took for a date
                    self.person_words.add(doc[ent.end].text)
        self._lower_words = {t.text for t in self.tokens if t.is_lower and t.is_alpha}
        # NER misses names it has not seen; a title right before ("Governor Ana Ruiz", "Dr. Lee")
        # or a role in apposition ("Ana Ruiz, a nurse") marks an unlabelled proper noun as a person.
        titled = [self.name_run(t) for t in self.tokens
                  if _name_word(t) and (not t.ent_type_ and self._titled(t) or self._aged(t) or self._given_name_first(t)
                                        or self._bracketed_given_name_before(t)
                                        or t.ent_type_ in {"GPE", "LOC", "NORP"} and len(self.name_run(t)) == 1
                                        and self._beside_person_noun(t, self.tokens[t.i - 1] if t.i else None)
                                        or t.ent_type_ == "ORG" and (self._person_appositive(t)
                                                                     or self._after_honorific(t)
                                                                     or self._after_elect_title(t)
                                                                     or self._titled_in_organisation(t)
                                                                     or self._under_plural_title(t))
                                        or t.ent_type_ in {"ORG", "FAC", "GPE", "LOC"} and self._pronoun_back(t)
                                        or t.ent_type_ in {"ORG", "FAC"} and (self._after_person_noun(t)
                                                                              or self._person_appositive(t)
                                                                              or self._member_speaking(t))
                                        # "pop star Ana Ruiz" taken for a work; "Ana Paris of the Y said"
                                        # with the surname taken for a town
                                        or t.ent_type_ in {"WORK_OF_ART", "PRODUCT"} and self._after_person_noun(t)
                                        or t.ent_type_ in {"GPE", "LOC"} and self._place_surname(t)
                                        and self._member_speaking(t)
                                        or t.ent_type_ in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "LOC"}
                                        and self._surname_speaks_as_i(t))]
        self._split_glued_names([t for t in self.tokens if _name_word(t) and t.ent_type_ == "ORG"
                                 and self._titled_in_organisation(t)])
        # Surnames of people NER names in full: the tagger may misread the bare surname as a common
        # noun or a product later ("Mendes thanked her father"), and it is that person still.
        self._surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                          and _plain_name_word(ent[-1])}
        self._runs.clear()
        self._persons.clear()
        # "the Boston company Kestrel Therapeutics": the words of a name the article introduces with a
        # word for a company, an outlet or a thing are that thing's wherever they stand again.
        # (Not the words of a person's longer name: "the band Grey Harlow" beside "Tom Grey Harlow".)
        things = {self.name_run(t) for t in self.tokens if _name_word(t) and self._named_thing(t)}
        longer = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        self._thing_words = {w for run in things for w in run
                             if not any(w in (t.text for t in ent) and any(t.text not in run and _name_word(t)
                                                                            for t in ent) for ent in longer)}
        self.person_words -= self._thing_words
        self._runs.clear()
        self._titled_words = {w for run in titled for w in run}
        self._courtesy_named = {self.tokens[t.i + 1].text for t in self.tokens[:-1] if t.text in COURTESY_TITLES}
        for run in titled:
            self.person_words.update(run)
        # How NER labels each capitalised word wherever it stands: a word it calls a place or an
        # organisation as often as a person ("Harbourline said" beside "the Harbourline project",
        # "Lisbon rejects" beside "in Lisbon") is no person's name on its own.
        self._labels: dict[str, list[int]] = {}
        for tok in self.tokens:
            if tok.text[:1].isupper():
                votes = self._labels.setdefault(tok.text, [0, 0])
                if tok.ent_type_ == "PERSON":
                    votes[0] += 1
                elif tok.ent_type_ in {"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}:
                    votes[1] += 1
        # Every multi-word mention of a person, with where it stands, so that a bare surname
        # becomes the full name of the person of that surname named last before it.
        self.full_mentions: list[tuple[int, tuple[str, ...]]] = []
        for tok in self.tokens:
            run = self.name_run(tok)
            # "Queen Ana II", "Tom Berg Jr.": the last word of the name before its regnal number or suffix
            suffixed = len(run) > 1 and run[-1] in NAME_SUFFIXES and tok.text == run[-2]
            if len(run) > 1 and (tok.text == run[-1] or run[-1].endswith("-" + tok.text) or suffixed) \
                    and self.is_person(tok):
                first = tok.i - len(run) + (1 if suffixed else 0)
                while first >= 0 and self.tokens[first].text in run:
                    first -= 1
                if first >= 0 and self.tokens[first].lower_ in {"born", "née", "nee"}:
                    continue  # "Ginny Lund was born Virginia Mae Lund": a birth name, not the name in use
                self.full_mentions.append((tok.idx, run))
        for i in range(len(self.tokens) - 4):
            # 'Sarah "Sally" Miller': a nickname in quotation marks between the given name and the surname
            # (after two given names, 'Edward Lodewijk "Eddie" Van Halen', the nickname and the surname
            # are the name in use, as the run through the quotation marks already reads it)
            given, opening, _nick, closing, surname = self.tokens[i: i + 5]
            if opening.text in {'"', "“"} and closing.text in {'"', "”"} and _plain_name_word(given) \
                    and _plain_name_word(_nick) and _plain_name_word(surname) and given.whitespace_ \
                    and not (i > 0 and _plain_name_word(self.tokens[i - 1])) \
                    and (self.is_person(given) or self.is_person(surname)):
                rest = self.name_run(surname) or (surname.text,)
                if rest[0] == surname.text:  # the whole surname: 'Pasquale "Pat" Di Cicco'
                    last = self.tokens[min(surname.i + len(rest) - 1, len(self.tokens) - 1)]
                    self.full_mentions.append((last.idx, (given.text, *rest)))
        for tok in self.tokens:
            if self._bracketed_given_name_before(tok) and len(self.name_run(tok) or (tok.text,)) == 1:
                # "Coach (Frank) Hollis": the given name in brackets and the surname are the full name
                self.full_mentions.append((tok.idx, (self.tokens[tok.i - 2].text, tok.text)))
        # "Teodoro Vasquell said ... Vasquell added": NER may label the given name alone, leaving the
        # surname out of its entity; the last word of any full name found above is a surname too.
        more = {run[-1] for _, run in self.full_mentions if NAME_SHAPE.fullmatch(run[-1]) and run[-1][1:].islower()
                and run[-1].lower() not in self._lower_words} - self._surnames
        if more:
            self._surnames |= more
            self._runs.clear()
            self._persons.clear()
        # the last word of every full name, however it was tagged where it stands alone
        self.full_surnames = frozenset(run[-1] for _, run in self.full_mentions)

    def _unlabel_titles(self) -> None:
        """"said Detective Inspector Ana Ruiz": NER may call a capitalised title before a name an
        organisation. Words that are all titles ("Detective", "Inspector", "Deputy Chief") name no
        organisation: they lose the label, and the title is read as the person's."""
        doc = self.doc
        keep = [ent for ent in doc.ents
                if not (ent.label_ in {"ORG", "FAC", "GPE", "NORP"} and ent.end < len(doc)
                        and doc[ent.end].ent_type_ == "PERSON" and doc[ent.end].ent_iob_ == "B"
                        and ent[-1].whitespace_
                        and all(t.text[:1].isupper() and t.is_alpha and t.lower_ in ROLE_NOUNS | TITLE_MODIFIERS
                                and t.lower_ not in {"and", "of", "the", "party", "army", "navy", "air", "force",
                                                     "forces", "state", "news", "press", "staff"}
                                for t in ent)
                        and ent[-1].lower_ in ROLE_NOUNS)]
        if len(keep) != len(doc.ents):
            doc.ents = keep

    def _aged(self, tok: "Token") -> bool:
        """"Tomas, 39, said": places and organisations have no age, whatever NER guessed."""
        nxt = self.tokens[tok.i + 1: tok.i + 4]
        return (len(nxt) == 3 and nxt[0].text == "," and nxt[1].text.isdigit() and 0 < int(nxt[1].text) < 120
                and nxt[2].text == "," and nxt[1].dep_ == "appos")

    def _person_appositive(self, tok: "Token") -> bool:
        """"Petra Lind-Moss, an analyst at X": NER calls an unfamiliar two-word name an
        organisation, but only a person is "an analyst" (nouns an organisation can be are left out)."""
        run = self.name_run(tok)
        if len(run) < 2 or tok.text != run[-1]:
            return False
        # "Tomas Berg, the interim Foreign Minister of X,", "Tomas Berg, the city's police commissioner":
        # a post after "the" is a person's too (the posts an organisation can hold are left out);
        # "Tomas Berg, chief executive of the museum,": a post in an organisation, written without an
        # article, is a person's as well
        return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS and c.lower_ not in ORGANISATION_ROLES
                   and (any(d.lower_ in {"a", "an", "the"} for d in c.children)
                        or self._bare_post(tok, c))
                   for c in tok.children)

    def _bare_post(self, tok: "Token", role: "Token") -> bool:
        """", chief executive of the museum,": a role right after the name's comma, with only its own
        modifiers before it and "of"/"at" an organisation right after it."""
        lefts = list(role.lefts)
        return (tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].text == ","
                and role.i == tok.i + 2 + len(lefts) and all(d.dep_ in {"amod", "compound"} for d in lefts)
                and any(d.dep_ == "prep" and d.lower_ in {"of", "at"} and d.i == role.i + 1 for d in role.children))

    def _after_person_noun(self, tok: "Token") -> bool:
        """"the archbishop Tomas Berg said", "an attendee Ana Ruiz said": NER may call an unfamiliar
        name an organisation or a building, but a lowercase word for a person that the parse makes
        part of the same noun phrase ("archbishop" a compound of "Berg") says whose name it is.
        ("the striker Harbour United signed" is not this: there the name is no compound's head.)"""
        run = self.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1]:
            return False
        first = tok.i - len(run) + 1
        if first == 0 or [t.text for t in self.tokens[first: tok.i + 1]] != list(run):
            return False
        if any(w.lower() in NON_PERSON_NAME_HEADS | GROUP_NAME_ENDINGS for w in run):
            return False
        before = self.tokens[first - 1]
        return (before.is_lower and before.pos_ == "NOUN" and before.dep_ == "compound" and before.head.i == tok.i
                and (before.lower_ in ROLE_NOUNS | PERSON_NOUNS and before.lower_ not in ORGANISATION_ROLES
                     or before.lower_ in FIELD_ROLE_NOUNS and self.tokens[before.i - 1].dep_ == "compound"
                     and self.tokens[before.i - 1].head.i in {before.i, tok.i}))  # "pop star Ana Ruiz"

    def _pronoun_back(self, tok: "Token") -> bool:
        """"Ana Kowalska said she would resign": NER may call an unfamiliar full name a place or an
        organisation, but a name whose own words report "he"/"she" doing something is a person's
        (organisations say "it" or "we"). Only where no one else is named in that sentence or the
        one before, whom the pronoun could mean ("Tom Berg was hurt. Vale Rovers said he ...")."""
        run = self.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1] or tok.dep_ != "nsubj":
            return False
        if any(w.lower() in NON_PERSON_NAME_HEADS | GROUP_NAME_ENDINGS | PLACE_AND_COMPANY_ENDINGS for w in run):
            return False
        verb = tok.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in SPEECH_VERBS:
            return False
        # "... said she would resign", "... said her family had fled"
        if not any(c.dep_ == "ccomp" and c.i > tok.i and any(
                p.dep_ in {"nsubj", "nsubjpass"} and (p.lower_ in {"he", "she"} or any(
                    d.dep_ == "poss" and d.lower_ in {"his", "her"} for d in p.children)) for p in c.children)
                for c in verb.children):
            return False
        first = tok.i - len(run) + 1
        if all(t.ent_type_ in {"GPE", "LOC"} and t.ent_iob_ == ("B" if t.i == first else "I")
               for t in self.tokens[first: tok.i + 1]):
            return False  # "South Korea said he would be extradited": a whole name NER calls a place
        # the three sentences up to the name's own: no person named or described ("a man", "the
        # driver") and no "he"/"she" already, whom the pronoun could mean ("A man was held. The
        # raid ended. Scotland Yard said he ...")
        sent = tok.sent
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        return not any(t.ent_type_ == "PERSON" and not first <= t.i <= tok.i
                       or t.i < first and (t.lower_ in {"he", "she", "him", "his", "her"}
                                           or t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS | KIN_NOUNS | ROLE_NOUNS)
                       for t in self.tokens[start: sent.end])

    def _surname_speaks_as_i(self, tok: "Token") -> bool:
        """"... and Ana Kowalska won 6-2" (NER: an organisation) beside '"I played well," Kowalska
        said': a name of two or three words opening on a given name whose last word, alone, is
        elsewhere the subject of a verb of saying in a sentence that says "I" is a person's
        (companies named after people say "we")."""
        run = self.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1] or run[0] not in GIVEN_NAMES \
                or run[0].lower() in self._lower_words:
            return False
        if any(w.lower() in NON_PERSON_NAME_HEADS | GROUP_NAME_ENDINGS | PLACE_AND_COMPANY_ENDINGS for w in run):
            return False
        if getattr(self, "_first_person_subjects", None) is None:
            self._first_person_subjects = {
                u.text for u in self.tokens if u.dep_ == "nsubj" and u.head.pos_ == "VERB"
                and u.head.lemma_.lower() in SPEECH_VERBS
                # (the bare word, not the last word of a longer name)
                and not (u.i > 0 and _name_word(self.tokens[u.i - 1]) and self.tokens[u.i - 1].whitespace_)
                and any(w.text == "I" and w.tag_ == "PRP" for w in u.sent)}
        return tok.text in self._first_person_subjects

    def _member_speaking(self, tok: "Token") -> bool:
        """"Ana Ruiz of the city council said": a name of two or three words followed by "of the" and a
        body that has members (an assembly, a party, a court), as the subject of a verb of saying, is a
        member's; organisations are not "of" such a body, and names of institutions do not say."""
        run = self.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1] or tok.i + 3 >= len(self.tokens):
            return False
        if any(w.lower() in NON_PERSON_NAME_HEADS | GROUP_NAME_ENDINGS for w in run):
            return False
        of, the = self.tokens[tok.i + 1], self.tokens[tok.i + 2]
        body = next((c for c in of.children if c.dep_ == "pobj"), None)
        if not (tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in SPEECH_VERBS
                and of.lower_ == "of" and of.head.i == tok.i and body is not None and body.i < tok.head.i):
            return False
        if the.lower_ == "the" and body.lower_ in MEMBER_BODIES:
            return True
        # "Ana Ruiz of Westland's Coastal Fraud Office said", "Ana Ruiz of Harbour University said": a
        # named organisation apart from the name (NER ends the name's entity before "of")
        return (of.ent_iob_ != "I" and body.ent_type_ == "ORG" and body.pos_ == "PROPN"
                and body.text[:1].isupper())

    def _split_glued_names(self, ends: list["Token"]) -> None:
        """Give the parse's entities the person NER ran into an organisation ("Detective Constable
        Ana Ruiz", "the Harbour Trust's Ana Ruiz" as one ORG): the name becomes a PERSON entity,
        the title words none, the organisation before an "'s" stays one; so every reader of the
        parse sees the same people."""
        if not ends:
            return
        from spacy.tokens import Span

        runs = {(t.i - len(self.name_run(t)) + 1, t.i + 1) for t in ends}
        ents = []
        for ent in self.doc.ents:
            inside = sorted(r for r in runs if ent.start <= r[0] and r[1] <= ent.end)
            if ent.label_ != "ORG" or not inside:
                ents.append(ent)
                continue
            lo, hi = inside[0]
            before = self.doc[ent.start: lo]
            if len(before) >= 2 and before[-1].tag_ == "POS":
                ents.append(Span(self.doc, ent.start, lo - 1, label="ORG"))
            ents.append(Span(self.doc, lo, hi, label="PERSON"))
        self.doc.ents = ents
        self._persons.clear()
        self._runs.clear()

    def _titled_in_organisation(self, tok: "Token") -> bool:
        """NER runs a title or an employer into the name it precedes ("Detective Constable Ana
        Ruiz", "the Harbour Trust's Ana Ruiz said", "Harbour News host Ana Ruiz") and calls the whole
        an organisation: a name of two or three words after a job title (capitalised, or in lower
        case before a given name), or after an organisation's "'s" as the subject of a verb, is a
        person."""
        run = self.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1]:
            return False
        first = tok.i - len(run) + 1
        before = self.tokens[first - 1] if first > 0 else None
        if before is None or [t.text for t in self.tokens[first: tok.i + 1]] != list(run):
            return False
        if before.lower_ in ROLE_NOUNS and before.text[:1].isupper():
            return True
        if before.lower_ in ROLE_NOUNS and before.is_lower and run[0] in GIVEN_NAMES \
                and run[0].lower() not in self._lower_words:
            return True  # "Fox News host Ana Ruiz's comments": a job in lower case, then a given name
        return before.tag_ == "POS" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"

    def _beside_person_noun(self, head: "Token", before: "Token | None") -> bool:
        """"the university's chancellor, Ana Ruiz", "his son, Karim,": a name set after a comma beside
        a role or a word for a person is that person's, whatever NER guessed."""
        return before is not None and before.text == "," and head.dep_ == "appos" \
            and head.head.lower_ in ROLE_NOUNS | PERSON_NOUNS and head.head.pos_ == "NOUN" and head.head.i < head.i

    def _run_start(self, tok: "Token", run: tuple[str, ...]) -> int:
        """Where the name run `run` around `tok` begins."""
        first = tok.i
        while first > 0 and self.tokens[first - 1].text in run and _name_word(self.tokens[first - 1]):
            first -= 1
        return first

    def _titled(self, tok: "Token") -> bool:
        run = self.name_run(tok)
        if not run or self._in_title_case_line(tok):
            return False  # ("Mayor Unveils Plan": in a headline every word is capitalised, so a title proves nothing)
        first = self._run_start(tok, run)
        last = first + len(run) - 1
        before = self.tokens[first - 1] if first > 0 else None
        after = self.tokens[last + 1] if last + 1 < len(self.tokens) else None
        if before is not None and before.lower_ in ROLE_NOUNS and after is not None and after.pos_ == "NOUN" \
                and self.tokens[last].head.i == after.i:
            return False  # "fellow Tajdeed members": the name qualifies the noun after it; no title
        if before is not None and (before.lower_ in ROLE_NOUNS or before.text in HONORIFICS):
            return True
        if before is not None and before.ent_type_ in {"GPE", "LOC"} and len(run) >= 2:
            # "Governor of Westland Ana Ruiz": a title's place between the title and the name
            k = entity_start(self.tokens, before.i)
            if k >= 2 and self.tokens[k - 1].lower_ in {"of", "from"} and self.tokens[k - 2].lower_ in ROLE_NOUNS \
                    and self.tokens[k - 2].text[:1].isupper():
                return True
        head = self.tokens[last]
        if self._beside_person_noun(head, before) or self._under_plural_title(tok):
            return True
        return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in head.children)

    def _after_elect_title(self, tok: "Token") -> bool:
        """"President-elect Berg", "Governor-elect Ana Ruiz": a title chosen but not yet taken is a
        person's only, whatever NER makes of the name after it (an organisation, when the surname
        also names a company)."""
        run = self.name_run(tok)
        first = self._run_start(tok, run)
        return first >= 1 and chosen_post(self.tokens, first - 1) and self.tokens[first - 3].lower_ in ROLE_NOUNS \
            and not self._in_title_case_line(tok)

    def _after_honorific(self, tok: "Token") -> bool:
        """"the Rev Ana Ruiz", "Dr Tom Berg": a name of two words or more right after an honorific,
        which NER may take, honorific and all, for an organisation."""
        run = self.name_run(tok)
        first = self._run_start(tok, run)
        return len(run) >= 2 and first > 0 and self.tokens[first - 1].text in HONORIFICS \
            and not self._in_title_case_line(tok)

    def _in_title_case_line(self, tok: "Token") -> bool:
        """Whether the token's line capitalises every word of four letters or more, three at least (a
        headline in title case)."""
        text = self._text
        lo = text.rfind("\n", 0, tok.idx) + 1
        hi = text.find("\n", tok.idx)
        words = [w for w in _WORDS.findall(text[lo: hi if hi != -1 else len(text)]) if len(w) >= 4]
        return len(words) >= 3 and all(w[:1].isupper() for w in words)

    def _outside_its_line(self, tok: "Token", word: str) -> bool:
        """Whether `word` stands anywhere in the text outside the line of `tok` (or the text is that line)."""
        text = self._text
        lo = text.rfind("\n", 0, tok.idx) + 1
        hi = text.find("\n", tok.idx)
        hi = len(text) if hi == -1 else hi
        if not (text[:lo].strip() or text[hi:].strip()):
            return True  # a text of one line has no headline apart from its story
        pattern = re.compile(r"\b" + re.escape(word) + r"\b")
        return bool(pattern.search(text, 0, lo) or pattern.search(text, hi))

    def _under_plural_title(self, tok: "Token") -> bool:
        """"Presidents Ada Lin of Norland and Tom Berg of Westland": names under one plural title,
        the first right after it, the later ones joined to the first by "and" (NER may leave an
        unfamiliar name out or call it an organisation)."""
        run = self.name_run(tok)
        if len(run) < 2 or run[-1].lower() in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
            return False  # "the Coroners Service", "the Retailers Association": a body named by its members
        first = self._run_start(tok, run)
        head = self.tokens[first + len(run) - 1]
        if head.dep_ == "conj" and head.head.i < first and any(
                t.lower_ == "and" for t in self.tokens[head.head.i + 1: first]):
            first = head.head.i
            while first > 0 and _name_word(self.tokens[first - 1]):
                first -= 1
        return first > 0 and self.tokens[first - 1].lower_ in ROLE_PLURALS

    def is_person(self, tok: "Token") -> bool:
        if tok.i not in self._persons:
            self._persons[tok.i] = self._is_person(tok)
        return self._persons[tok.i]

    def _is_person(self, tok: "Token") -> bool:
        if self._bare_surname(tok) or self._misspelt_surname(tok) is not None:
            return True
        if self._inside_name(tok.i):
            k = tok.i + 1
            while not _name_word(self.tokens[k]):
                k += 1
            return self.is_person(self.tokens[k])
        if self._leading_initial(tok.i):
            return self.is_person(self.tokens[tok.i + 1])
        if not _name_word(tok):
            return False
        run = self.name_run(tok)
        if not run:
            return False  # a capitalised word inside a title ("Chief Financial Officer") names nobody
        if len(run) > 1 and any(w.lower() in self._lower_words for w in run) and self._in_title_case_line(tok):
            return False  # "Reid Wins Marathon" over "won the city marathon": a headline's words, no name
        if self._in_title_case_line(tok) and run[0] not in GIVEN_NAMES and not self._outside_its_line(tok, run[-1]):
            # "Judge Rejects Bid to ...": a headline names again someone the story names (a byline,
            # "By Laura Bennett", opens with a given name)
            return False
        if len(run) == 1 and self._family(tok):
            return False
        if len(run) > 1 and re.fullmatch(r"[A-Z]{3,}", run[0]) and any(w[1:].islower() for w in run[1:]):
            return False  # "WSTU Strategic Health ...": an acronym opens an organisation's name, no person's
        if len(run) > 1 and (run[-1].lower() in PLACE_AND_COMPANY_ENDINGS or run[0] in PLACE_NAME_STARTS
                             or any(w in NEWSPAPER_WORDS for w in run)):
            return False
        end = self._run_start(tok, run) + len(run)
        after = self.tokens[end] if end < len(self.tokens) else None
        if after is not None and self.tokens[end - 1].whitespace_ and after.text[:1].isupper() \
                and after.lower_ in PLACE_AND_COMPANY_ENDINGS and after.ent_type_ == tok.ent_type_:
            return False  # "Acme Energy": a company's word the run left out ends the same entity
        if after is not None and after.text == "&" and end + 1 < len(self.tokens) \
                and self.tokens[end + 1].text[:1].isupper():
            return False  # "the Ada Lin Music & Arts Centre": the run opens an organisation's name
        if len(run) == 1 and tok.text in SOCIAL_NETWORKS or all(w in getattr(self, "_thing_words", ()) for w in run) \
                or self._named_thing(tok) or self._vessel(tok, run):
            return False
        if self._place_read_as_name(run) or self._always_with_article(run):
            return False
        if len(run) == 1 and not self._in_full_name(tok.text) and tok.text not in self._titled_words:
            first = self.tokens[tok.i - 1] if tok.i > 0 else None
            if tok.text in GIVEN_NAMES and self._beside_person_noun(tok, first):
                return True  # "his wife, Amanda,": a given name set beside a word for a person, whatever NER says
            if first is not None and first.tag_ == "PRP$":
                return False  # "her Majesty", "his Instagram account": a name takes no possessive before it
            if self._listed_with_places(tok) or self._group_plural(tok):
                return False
            if tok.lower_ in self._lower_words:
                # "Bakery blaze injures three" beside "the bakery": a word the article also writes
                # in lower case is a common word capitalised at the head of a line, not a lone name
                return False
            # a lone word the article never gives a first name or a title, and that NER calls an
            # organisation or a place at least once ("Marsh said" beside "Marsh, in its release"),
            # is a company or a place it has misread as a person elsewhere
            person, other = self._labels.get(tok.text, [0, 0])
            if other >= 1 and tok.text not in self._courtesy_named:
                # (a word the article writes after "Mr."/"Ms." somewhere is a person's, whatever NER
                # makes of it once in a headline: no company is "Mr. Marsh")
                return False
            if self._reporting_outlet(tok.text) or self._service_name(tok.text):
                return False
        if tok.ent_type_ == "PERSON":
            return True
        # NER labels one mention of a name and mislabels another ("Jordan" as a place):
        # a word that is a person's name elsewhere in the article is a person here too.
        run = self.name_run(tok)
        return bool(run) and (all(w in self.person_words for w in run) or (len(run) > 1 and run[-1] in self.person_words))

    def _place_read_as_name(self, run: tuple[str, ...]) -> bool:
        """"Zoo Dallas" (NER called the zoo a person once) beside "Dallas", a place everywhere else: a
        name that opens on no given name and ends on a word NER calls a place or an organisation three
        times at least and three times as often as a person names nobody, and neither does that word
        alone where every name NER gives it opens on no given name either."""
        person, other = self._labels.get(run[-1], [0, 0])
        if other < 3 or other < 3 * person or run[-1] in self._titled_words:
            return False
        if len(run) > 1:
            return run[0] not in GIVEN_NAMES
        if self._openings is None:  # (going through `doc.ents` builds every entity anew: once only)
            self._openings = {}
            for ent in self.doc.ents:
                if ent.label_ == "PERSON" and len(ent) > 1:
                    self._openings.setdefault(ent[-1].text, []).append(ent[0].text)
        openings = self._openings.get(run[0], [])
        return bool(openings) and all(w not in GIVEN_NAMES for w in openings)

    def _always_with_article(self, run: tuple[str, ...]) -> bool:
        """"a fierce La Sequía ... the La Sequía ended", "according to the Harbinger": a name that the
        article writes each time after "a", "an" or "the" (adjectives between allowed) is a thing's,
        however NER labels it; a person's name stands without one at least once (and "the late Tom
        Berg" opens on a given name). A lone surname of a full name is a person's before this is asked."""
        if run[0] in GIVEN_NAMES:
            return False
        if self._articled is None:
            self._articled = {}
            self._word_at: dict[str, list[int]] = {}
            for t in self.tokens:
                if t.text[:1].isupper():
                    self._word_at.setdefault(t.text, []).append(t.i)
        if run not in self._articled:
            toks = self.tokens
            starts = [i for i in self._word_at.get(run[0], []) if i + len(run) <= len(toks)
                      and tuple(x.text for x in toks[i: i + len(run)]) == run]
            def articled(i: int) -> bool:
                k = i - 1
                while k >= 0 and toks[k].is_lower and toks[k].pos_ == "ADJ":
                    k -= 1
                return k >= 0 and toks[k].lower_ in {"a", "an", "the"}
            self._articled[run] = bool(starts) and all(articled(i) for i in starts)
        return self._articled[run]

    def _reporting_outlet(self, word: str) -> bool:
        """"Rudaw reports the director has ties to ...": a lone word never given a first name or a title
        whose every use as a subject is to report (and which never says, tells or acts) is a news
        outlet or agency, not a person."""
        if word in GIVEN_NAMES:
            return False
        if self._subject_uses is None:
            self._subject_uses = {}
            for t in self.tokens:
                if t.dep_ in {"nsubj", "nsubjpass"}:
                    self._subject_uses.setdefault(t.text, []).append(t.head.lemma_.lower())
        uses = self._subject_uses.get(word, [])
        return bool(uses) and all(u == "report" for u in uses)

    def _service_name(self, word: str) -> bool:
        """"Novamail users", "Novamail web addresses": a lone word never given a first name or a
        title that the article sets twice or more before a common noun, as that noun's modifier, names
        a product, a service or a brand (NER may call it a person throughout); a person so named
        ("Lin supporters") is given a full name somewhere."""
        if word in GIVEN_NAMES:
            return False
        if self._modifier_uses is None:
            self._modifier_uses, self._speaking_words = {}, set()
            for t in self.tokens:
                if t.dep_ == "compound" and t.text[:1].isupper() and t.head.pos_ == "NOUN" \
                        and t.head.is_lower and t.head.i > t.i:
                    self._modifier_uses[t.text] = self._modifier_uses.get(t.text, 0) + 1
                before = self.tokens[t.i - 1] if t.i else None
                if t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS or before is not None and (
                        before.text in HONORIFICS or before.lower_ in ROLE_NOUNS and before.text[:1].isupper()):
                    self._speaking_words.add(t.text)  # "Lin said", "President Lin": a person after all
        return self._modifier_uses.get(word, 0) >= 2 and word not in self._speaking_words

    def _bracketed_given_name_before(self, tok: "Token") -> bool:
        """"Coach (Frank) Hollis walked in": a given name a writer put in brackets inside a quotation
        before a surname makes that word a person's, however NER labels it elsewhere."""
        i = tok.i
        return i >= 3 and self.tokens[i - 1].text == ")" and self.tokens[i - 3].text == "(" \
            and self.tokens[i - 2].text in GIVEN_NAMES and tok.text[:1].isupper() and tok.is_alpha \
            and bool(self.tokens[i - 1].whitespace_)

    def _given_name_first(self, tok: "Token") -> bool:
        """"Ana Ruiz lives in ...": a name NER left unlabelled, of two or three words, whose first
        word is a common given name and is no common word, is a person's (the last word of it)."""
        dated = _surname_read_as_date(tok)  # ("Gregory Weeks": a surname NER read as a date)
        if tok.ent_type_ and not dated:
            return False
        run = self.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1] or not _given_word(run[0]):
            return False
        first = self.tokens[tok.i - len(run) + 1]
        return all(not w.ent_type_ or dated and w.i == tok.i for w in self.tokens[first.i: tok.i + 1]) \
            and run[0].lower() not in self._lower_words

    def _vessel(self, tok: "Token", run: tuple[str, ...]) -> bool:
        """"the ship MV Alan Kurdi", "USS Harriet Lane", "MV Professor Ada Lin": a ship's prefix before
        a name (and any title in it) says the name is a vessel's, whoever it honours."""
        if run[0] in VESSEL_PREFIXES:
            return True
        k = tok.i
        while k > 0 and self.tokens[k - 1].text in run:
            k -= 1
        while k > 0 and (self.tokens[k - 1].lower_ in ROLE_NOUNS or self.tokens[k - 1].text in HONORIFICS) \
                and self.tokens[k - 1].text[:1].isupper():
            k -= 1
        return k > 0 and self.tokens[k - 1].text in VESSEL_PREFIXES

    def _family(self, tok: "Token") -> bool:
        """"the Berglunds' son": the plural of a surname the article gives in full is a family."""
        return (tok.i > 0 and self.tokens[tok.i - 1].lower_ == "the" and tok.text.endswith("s")
                and tok.text[:-1] in self._surnames)

    def person_name(self, tok: "Token") -> str | None:
        """The fullest name of the person `tok` names, or None if it names no person."""
        if not self.is_person(tok):
            return None
        return self.fullest(self.name_run(tok), tok.idx)
