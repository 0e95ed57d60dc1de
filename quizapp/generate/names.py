"""People named in an article: which proper nouns are persons, and each person's fullest name
("Lindqvist" -> "Maria Lindqvist"), so facts name a speaker the same way wherever they appear."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    GROUP_NAME_ENDINGS, NON_PERSON_NAME_HEADS, PERSON_NOUNS, ROLE_NOUNS, ROLE_PLURALS, SPEECH_VERBS, TITLE_MODIFIERS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Sir", "Dame", "Rev.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt."}


# A word of a name: letters, with inner apostrophes or hyphens ("O'Neill", "D’Souza", "Brandt-Okafor").
NAME_SHAPE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Generational suffixes that belong to the name before them ("Carl Dunn Jr.").
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


# Lowercase particles inside a person's name ("Ana de la Cruz", "Jan van der Berg", "Omar bin Said").
NAME_PARTICLES = {"de", "da", "di", "del", "della", "dela", "delos", "la", "van", "von", "der", "den", "ter",
                  "du", "dos", "das", "bin", "binti", "ibn", "al", "el"}
# "R.": a middle initial.
INITIAL = re.compile(r"[A-Z]\.")

# "Brandt-Okafor": capitalised halves joined by a hyphen; the tagger guesses anything for an unseen one.
DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
# "O'Neill", "D’Souza": an Irish, Italian or French surname prefix the tagger may call a noun.
PREFIXED_SURNAME = re.compile(r"[A-Z]['’][A-Z][^\W\d_]+")


def _name_word(tok: "Token") -> bool:
    return _plain_name_word(tok) or _surname_like_title(tok)


def _surname_like_title(tok: "Token") -> bool:
    """A surname that is also a title word ("Ada Major", "Ann Judge", "Tom Marshal"): a title
    stands before a name, never right after a given name inside the same person's entity."""
    if tok.i == 0 or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I" or tok.pos_ != "PROPN":
        return False
    prev = tok.doc[tok.i - 1]
    return (tok.lower_ in ROLE_NOUNS and tok.text[:1].isupper() and tok.text[1:].islower()
            and prev.ent_type_ == "PERSON" and prev.whitespace_ and _plain_name_word(prev)
            and not (tok.i + 1 < len(tok.doc) and _plain_name_word(tok.doc[tok.i + 1])))


def _plain_name_word(tok: "Token") -> bool:
    low = tok.text.lower()
    if low in {"lady", "gentleman"} and tok.text[:1].isupper():
        # "Lady Ana Ruiz" is her name with an honorific; "First Lady Ana Ruiz" a title before it
        prev = tok.doc[tok.i - 1] if tok.i else None
        return tok.pos_ == "PROPN" and (prev is None or prev.text != "First")
    return (
        (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" and tok.pos_ in {"NOUN", "ADV", "VERB", "ADJ"}
         or PREFIXED_SURNAME.fullmatch(tok.text) is not None or DOUBLE_BARRELLED.fullmatch(tok.text) is not None)
        and tok.text[:1].isupper()
        and NAME_SHAPE.fullmatch(tok.text) is not None
        and tok.text not in NAME_SUFFIXES
        and low not in ROLE_NOUNS
        and low not in ROLE_PLURALS  # "Ministers Ada Lin and Tom Berg": a plural title is no name either
        and low not in TITLE_MODIFIERS
        and tok.ent_type_ not in {"NORP", "DATE", "TIME"}
    )


def _given_name_as_noun(tok: "Token") -> bool:
    """An unfamiliar given name the tagger calls a common noun, right before a surname: a
    capitalised singular noun that is neither a role nor part of a title."""
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text[:1].isupper() and tok.text[1:].islower()
            and tok.is_alpha and tok.lower_ not in ROLE_NOUNS and tok.lower_ not in TITLE_MODIFIERS)


# Bodies whose members are people ("Ana Ruiz of the city council", "Tom Berg of the Green party").
MEMBER_BODIES = {"assembly", "parliament", "senate", "congress", "council", "legislature", "party", "committee",
                 "cabinet", "court", "house", "chamber", "opposition"}


# Last words of names of streets, buildings, companies and places that are no one's surname
# ("Harold Berg Avenue", "Mira Lund Studios"): a run ending in one names no person, whatever NER says.
PLACE_AND_COMPANY_ENDINGS = {
    "avenue", "boulevard", "road", "airport", "station", "building", "centre", "center", "stadium", "arena",
    "museum", "gallery", "theatre", "theater", "cathedral", "mosque", "hospital", "clinic", "university",
    "college", "school", "institute", "ministry", "council", "committee", "commission", "agency", "inc",
    "inc.", "ltd", "ltd.", "corp", "corp.", "plc", "llc", "holdings", "airlines", "airways", "motors",
    "studio", "studios", "records", "pictures", "films", "industries", "technologies", "systems",
    "island", "islands", "county", "city", "province", "region", "district", "republic", "kingdom",
    "foundation", "association", "society", "party", "union", "federation", "league", "trust",
}


# Role nouns a company or a group can be as well as a person ("a leader in solar panels").
ORGANISATION_ROLES = {"leader", "member", "partner", "owner", "operator", "producer", "founder", "co-founder",
                      "manager", "specialist", "pioneer", "employer", "adviser", "advisor", "consultant",
                      # "Harbour Games, developer of ...", "Lund & Berg, auditor of the bank,"
                      "developer", "publisher", "retailer", "contractor", "supplier", "provider", "trader",
                      "broker", "investor", "creator", "host", "organiser", "organizer", "regulator",
                      "administrator", "auditor", "trustee", "counsel", "representative", "agent", "designer",
                      "architect", "planner", "observer", "monitor", "mediator", "negotiator", "co-owner",
                      "sponsor", "builder", "candidate", "nominee", "head", "champion", "co-host"}


class People:
    def __init__(self, doc: "Doc", tokens: list | None = None):
        self.doc = doc
        self.tokens = tokens if tokens is not None else list(doc)
        self._runs: dict[int, tuple[str, ...]] = {}
        self._persons: dict[int, bool] = {}
        self.person_words: set[str] = set()
        self._split_place_and_name()
        self._unlabel_titles()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not (len(ent) > 1 and ent[-1].lower_ in PLACE_AND_COMPANY_ENDINGS):
                self.person_words.update(t.text for t in ent if _name_word(t))
        # NER misses names it has not seen; a title right before ("Governor Ana Ruiz", "Dr. Lee")
        # or a role in apposition ("Ana Ruiz, a nurse") marks an unlabelled proper noun as a person.
        titled = [self.name_run(t) for t in self.tokens
                  if _name_word(t) and (not t.ent_type_ and self._titled(t) or self._aged(t)
                                        or t.ent_type_ in {"GPE", "LOC", "NORP"} and len(self.name_run(t)) == 1
                                        and self._beside_person_noun(t, self.tokens[t.i - 1] if t.i else None)
                                        or t.ent_type_ == "ORG" and (self._person_appositive(t)
                                                                     or self._titled_in_organisation(t))
                                        or t.ent_type_ in {"ORG", "FAC"} and (self._after_person_noun(t)
                                                                              or self._person_appositive(t)
                                                                              or self._member_speaking(t)))]
        self._split_glued_names([t for t in self.tokens if _name_word(t) and t.ent_type_ == "ORG"
                                 and self._titled_in_organisation(t)])
        # Surnames of people NER names in full: the tagger may misread the bare surname as a common
        # noun or a product later ("Mendes thanked her father"), and it is that person still.
        self._surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                          and _plain_name_word(ent[-1])}
        self._runs.clear()
        self._persons.clear()
        self._titled_words = {w for run in titled for w in run}
        for run in titled:
            self.person_words.update(run)
        # How NER labels each capitalised word wherever it stands: a word it calls a place or an
        # organisation as often as a person ("Harbourline said" beside "the Harbourline project",
        # "Lisbon rejects" beside "in Lisbon") is no person's name on its own.
        self._lower_words = {t.text for t in self.tokens if t.is_lower and t.is_alpha}
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
            if len(run) > 1 and (tok.text == run[-1] or run[-1].endswith("-" + tok.text)) and self.is_person(tok):
                first = tok.i - len(run)
                while first >= 0 and self.tokens[first].text in run:
                    first -= 1
                if first >= 0 and self.tokens[first].lower_ in {"born", "née", "nee"}:
                    continue  # "Ginny Lund was born Virginia Mae Lund": a birth name, not the name in use
                self.full_mentions.append((tok.idx, run))

    def _split_place_and_name(self) -> None:
        """"Senator from Ohio Ana Ruiz said", "Mayor of Lisbon Tom Berg": NER runs the place a title
        governs into the name after it and calls the three or four words one organisation. After
        "TITLE of/from", such a run of proper nouns is a place (or employer) followed by a given
        name and a surname: the last two words become the person, the words before stay a place."""
        from spacy.tokens import Span

        doc, ents, changed = self.doc, [], False
        places = {t.text for t in doc if t.ent_type_ in {"GPE", "LOC"}}
        places -= {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) < 3 for t in e}
        for ent in doc.ents:
            title = doc[ent.start - 2] if ent.start >= 2 else None
            if (ent.label_ == "ORG" and 3 <= len(ent) <= 4 and title is not None
                    and doc[ent.start - 1].lower_ in {"of", "from"} and title.lower_ in ROLE_NOUNS
                    and all(t.pos_ == "PROPN" and NAME_SHAPE.fullmatch(t.text) and t.text[:1].isupper()
                            and t.lower_ not in ROLE_NOUNS for t in ent)
                    and not any(t.lower_ in NON_PERSON_NAME_HEADS | GROUP_NAME_ENDINGS for t in ent[-2:])
                    and ent.end < len(doc) and not doc[ent.end].text[:1].isupper()
                    and (title.text[:1].isupper() or doc[ent.end].pos_ in {"VERB", "AUX"})):
                # "the director of Harbour Rights Watch Ana Ruiz said": an employer in the same place
                label = "GPE" if title.text[:1].isupper() else "ORG"
                ents.append(Span(doc, ent.start, ent.end - 2, label=label))
                ents.append(Span(doc, ent.end - 2, ent.end, label="PERSON"))
                changed = True
            elif (ent.label_ == "PERSON" and 3 <= len(ent) <= 4 and title is not None
                    and doc[ent.start - 1].lower_ in {"of", "from"} and title.lower_ in ROLE_NOUNS
                    and all(t.pos_ == "PROPN" and NAME_SHAPE.fullmatch(t.text) and t.text[:1].isupper() for t in ent)
                    and all(w.text in places for w in ent[:-2])):
                # "Mayor of Westhaven Ana Ruiz": NER ran the town into her name; the article names the
                # town as a place elsewhere ("in Westhaven"), and only there
                ents.append(Span(doc, ent.start, ent.end - 2, label="GPE"))
                ents.append(Span(doc, ent.end - 2, ent.end, label="PERSON"))
                changed = True
            else:
                ents.append(ent)
        if changed:
            doc.ents = ents

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
        # "Tomas Berg, the acting Prime Minister of X,": a capitalised title after "the" is a person's too;
        # "Tomas Berg, chief executive of the museum,": a post in an organisation, written without an
        # article, is a person's as well
        return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS and c.lower_ not in ORGANISATION_ROLES
                   and (any(d.lower_ in {"a", "an"} or d.lower_ == "the" and c.text[:1].isupper() for d in c.children)
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
                and before.lower_ in ROLE_NOUNS | PERSON_NOUNS and before.lower_ not in ORGANISATION_ROLES)

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
        return (tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in SPEECH_VERBS
                and of.lower_ == "of" and of.head.i == tok.i and the.lower_ == "the"
                and body is not None and body.lower_ in MEMBER_BODIES and body.i < tok.head.i)

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
        Ruiz", "the Harbour Trust's Ana Ruiz said") and calls the whole an organisation: a name of
        two or three words after a job title, or after an organisation's "'s" as the subject of a
        verb, is a person."""
        run = self.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1]:
            return False
        first = tok.i - len(run) + 1
        before = self.tokens[first - 1] if first > 0 else None
        if before is None or [t.text for t in self.tokens[first: tok.i + 1]] != list(run):
            return False
        if before.lower_ in ROLE_NOUNS and before.text[:1].isupper():
            return True
        return before.tag_ == "POS" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"

    def _beside_person_noun(self, head: "Token", before: "Token | None") -> bool:
        """"the university's chancellor, Ana Ruiz", "his son, Karim,": a name set after a comma beside
        a role or a word for a person is that person's, whatever NER guessed."""
        return before is not None and before.text == "," and head.dep_ == "appos" \
            and head.head.lower_ in ROLE_NOUNS | PERSON_NOUNS and head.head.pos_ == "NOUN" and head.head.i < head.i

    def _titled(self, tok: "Token") -> bool:
        run = self.name_run(tok)
        if not run:
            return False
        first = tok.i
        while first > 0 and self.tokens[first - 1].text in run and _name_word(self.tokens[first - 1]):
            first -= 1
        last = first + len(run) - 1
        before = self.tokens[first - 1] if first > 0 else None
        if before is not None and (before.lower_ in ROLE_NOUNS or before.text in HONORIFICS):
            return True
        head = self.tokens[last]
        if self._beside_person_noun(head, before):
            return True
        return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in head.children)

    def name_run(self, tok: "Token") -> tuple[str, ...]:
        """The contiguous capitalised proper nouns around `tok`, titles left out."""
        if tok.i not in self._runs:
            self._runs[tok.i] = self._name_run(tok)
        return self._runs[tok.i]

    def _bare_surname(self, tok: "Token") -> bool:
        """A known surname standing alone as a subject, object or possessor that the tagger did
        not take for a proper noun."""
        return (tok.text in getattr(self, "_surnames", ()) and tok.pos_ in {"NOUN", "PROPN"} and not _name_word(tok)
                and tok.ent_type_ not in {"DATE", "TIME", "NORP"}
                and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss", "ROOT"}
                and not (tok.i + 1 < len(self.tokens) and _name_word(self.tokens[tok.i + 1]))
                and not (tok.i > 0 and _name_word(self.tokens[tok.i - 1])))

    def _misspelt_surname(self, tok: "Token") -> str | None:
        """"Tom Berglund said ... \"We will go on,\" Berglunt said.": a lone capitalised word that
        speaks, one letter off the surname of a person the article names in full (same length, same
        first letters), is that surname mistyped, whatever NER made of it."""
        surnames = getattr(self, "_surnames", None)
        if (not surnames or len(tok.text) < 5 or tok.text in surnames or not tok.is_alpha
                or not tok.text[:1].isupper() or not tok.text[1:].islower()
                or tok.ent_type_ in {"GPE", "LOC", "NORP", "DATE", "TIME"}
                or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SPEECH_VERBS):
            return None
        near = tok.i > 0 and self.tokens[tok.i - 1].text[:1].isupper() and not self.tokens[tok.i - 1].is_sent_start \
            or tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].text[:1].isupper()
        if near:
            return None  # a word of a longer name
        close = [sur for sur in surnames if len(sur) == len(tok.text) and sur[:2] == tok.text[:2]
                 and sum(a != b for a, b in zip(sur, tok.text)) == 1]
        return close[0] if len(close) == 1 else None

    def _name_run(self, tok: "Token") -> tuple[str, ...]:
        if self._bare_surname(tok):
            return (tok.text,)
        misspelt = self._misspelt_surname(tok)
        if misspelt is not None:
            return (misspelt,)
        if self._inside_name(tok.i):  # "Ana de la Cruz": the parser may make "de" the name's head
            k = tok.i + 1
            while not _name_word(self.tokens[k]):
                k += 1
            return self.name_run(self.tokens[k])
        if not _name_word(tok) or self._governed_place(tok.i):
            return ()
        doc, lo, hi = self.tokens, tok.i, tok.i
        if lo >= 2 and self._article_prefix(lo - 2):
            lo -= 2  # "al-Amin": the article and the hyphen belong to the word
        while lo > 0 and not doc[lo].is_sent_start and doc[lo - 1].whitespace_ and (
                _name_word(doc[lo - 1]) or _given_name_as_noun(doc[lo - 1])
                or self._inside_name(lo - 1)) and not self._governed_place(lo - 1):
            lo -= 1
            while self._inside_name(lo):
                lo -= 1
            if lo >= 2 and self._article_prefix(lo - 2):
                lo -= 2
        while hi + 1 < len(doc) and not doc[hi + 1].is_sent_start and doc[hi].whitespace_ and (
                _name_word(doc[hi + 1]) or self._inside_name(hi + 1) or self._article_prefix(hi + 1)):
            hi += 3 if self._article_prefix(hi + 1) else 1
            while self._inside_name(hi):
                hi += 1
        while lo < hi and (doc[lo].text in HONORIFICS or doc[lo].lower_ in PERSON_NOUNS):
            lo += 1  # "Dr Ana Ruiz", "Actor Tom Berg": a title the tagger calls a proper noun
        if 0 < lo < hi and doc[lo].text in {"Lady", "Gentleman"} and doc[lo - 1].text == "First":
            lo += 1  # "First Lady Ana Ruiz": the title, not a lady's honorific ("Lady Ana Ruiz")
        if tok.i < lo:
            return ()
        if sum(1 for i in range(lo, hi + 1) if not self._inside_name(i) and doc[i].text != "-"
               and not self._article_prefix(i)) >= 5:
            return ()  # a run this long is a title or an organisation, not a name
        nxt = doc[hi + 1] if hi + 1 < len(doc) else None
        if nxt is not None and doc[hi].whitespace_ and nxt.text[:1].isupper() and nxt.lower_ in ROLE_NOUNS:
            return ()  # "Chief Financial Officer X": a capitalised word inside a title is no name
        if hi + 1 < len(doc) and doc[hi].whitespace_ and doc[hi + 1].text in NAME_SUFFIXES and (
                hi > lo or doc[hi + 1].text.isupper() and (
                    doc[hi + 1].ent_type_ == "PERSON" and doc[hi + 1].ent_iob_ == "I"
                    or lo > 0 and doc[lo - 1].lower_ in ROLE_NOUNS and doc[lo - 1].text[:1].isupper())):
            hi += 1  # "Carl Dunn Jr.", "Queen Margrethe II"
        if any(self._article_prefix(i) for i in range(lo, hi + 1)):
            words, i = [], lo
            while i <= hi:
                step = 3 if self._article_prefix(i) else 1
                words.append("".join(t.text for t in doc[i: i + step]))
                i += step
            return tuple(words)
        return tuple(t.text for t in doc[lo: hi + 1])

    def _article_prefix(self, i: int) -> bool:
        """"al-Amin", "el-Sayed": an Arabic article joined by a hyphen to a capitalised name word,
        which the tokenizer splits into three."""
        doc = self.tokens
        return (i + 2 < len(doc) and doc[i].lower_ in {"al", "el"} and doc[i + 1].text == "-"
                and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and _name_word(doc[i + 2])
                and doc[i + 2].ent_type_ == "PERSON")

    def _inside_name(self, i: int) -> bool:
        """A middle initial ("John Q. Public") or a lowercase particle ("Ana de la Cruz", "Jan van
        Dijk") between two words of a person's name."""
        doc = self.tokens
        if self._middle_initial(i):
            return True
        if not 0 < i < len(doc) - 1 or doc[i].text not in NAME_PARTICLES or not doc[i].whitespace_:
            return False
        lo, hi = i, i
        while lo - 1 > 0 and doc[lo - 1].text in NAME_PARTICLES and doc[lo - 1].whitespace_:
            lo -= 1
        while hi + 1 < len(doc) - 1 and doc[hi + 1].text in NAME_PARTICLES and doc[hi].whitespace_:
            hi += 1
        if hi - lo > 1 or doc[hi + 1].is_sent_start or not doc[lo - 1].whitespace_:
            return False
        before, after = doc[lo - 1], doc[hi + 1]
        return (_name_word(before) and _name_word(after) and before.ent_type_ not in {"GPE", "LOC", "ORG", "FAC"}
                and any(t.ent_type_ == "PERSON" for t in doc[lo - 1: hi + 2]))

    def _middle_initial(self, i: int) -> bool:
        """"John Q. Public": a capital and a full stop between two words of a person's name."""
        doc = self.tokens
        return (0 < i < len(doc) - 1 and INITIAL.fullmatch(doc[i].text) is not None and doc[i].whitespace_
                and not doc[i + 1].is_sent_start and _name_word(doc[i - 1]) and _name_word(doc[i + 1])
                and (doc[i - 1].ent_type_ == "PERSON" or doc[i + 1].ent_type_ == "PERSON"))

    def _governed_place(self, i: int) -> bool:
        """"Mayor of Lisbon Tom Berg": a place right after "of"/"from" belongs to the title before
        it, not to the name after it."""
        doc = self.tokens
        if doc[i].ent_type_ not in {"GPE", "LOC", "ORG"}:
            return False
        k = i
        while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
            k += 1
        if k + 1 >= len(doc) or doc[k + 1].ent_type_ in {"GPE", "LOC"} or not _name_word(doc[k + 1]):
            return False
        if doc[i].ent_type_ == "ORG" and not (doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B"):
            return False  # an employer only where NER (or the split above) starts a person right after it
        j = i
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        return j > 0 and doc[j - 1].lower_ in {"of", "from"}

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
        if not _name_word(tok):
            return False
        run = self.name_run(tok)
        if not run:
            return False  # a capitalised word inside a title ("Chief Financial Officer") names nobody
        if len(run) == 1 and self._family(tok):
            return False
        if len(run) > 1 and run[-1].lower() in PLACE_AND_COMPANY_ENDINGS:
            return False
        if len(run) == 1 and not self._in_full_name(tok.text) and tok.text not in self._titled_words:
            first = self.tokens[tok.i - 1] if tok.i > 0 else None
            if first is not None and first.tag_ == "PRP$":
                return False  # "her Majesty", "his Instagram account": a name takes no possessive before it
            if tok.lower_ in self._lower_words:
                # "Escape room fire kills five" beside "the escape room": a word the article also writes
                # in lower case is a common word capitalised at the head of a line, not a lone name
                return False
            # a lone word the article never gives a first name or a title, and that NER calls an
            # organisation or a place at least once ("Marsh said" beside "Marsh, in its release"),
            # is a company or a place it has misread as a person elsewhere
            person, other = self._labels.get(tok.text, [0, 0])
            if other >= 1:
                return False
        if tok.ent_type_ == "PERSON":
            return True
        # NER labels one mention of a name and mislabels another ("Jordan" as a place):
        # a word that is a person's name elsewhere in the article is a person here too.
        run = self.name_run(tok)
        return bool(run) and (all(w in self.person_words for w in run) or (len(run) > 1 and run[-1] in self.person_words))

    def _family(self, tok: "Token") -> bool:
        """"the Berglunds' son": the plural of a surname the article gives in full is a family."""
        return (tok.i > 0 and self.tokens[tok.i - 1].lower_ == "the" and tok.text.endswith("s")
                and tok.text[:-1] in self._surnames)

    def person_name(self, tok: "Token") -> str | None:
        """The fullest name of the person `tok` names, or None if it names no person."""
        if not self.is_person(tok):
            return None
        return self.fullest(self.name_run(tok), tok.idx)

    def fullest(self, run: tuple[str, ...], pos: int | None = None) -> str:
        """The longest full name containing `run`; of several people sharing a surname, the
        one named last before `pos` (or first in the article when none comes before)."""
        if not run:
            return ""
        longer = [(at, full) for at, full in self.full_mentions if len(full) > len(run) and _contains(full, run)]
        if not longer:
            return " ".join(run)
        longest = max(len(full) for _, full in longer)
        longer = [(at, full) for at, full in longer if len(full) == longest]
        before = [m for m in longer if pos is not None and m[0] <= pos]
        if len(run) == 1 and len({full for _, full in before}) > 1 and "\n" in self.doc.text[before[-1][0]: pos]:
            # "Tom Berg ... his wife Ana Berg ... (a new paragraph) Berg said": of relatives sharing a
            # surname, news calls the one it is about by the bare surname and the others by their given
            # names: that is the one named in full most often, or first. (Right after a relative is
            # named, in the same paragraph, the bare surname is that relative's.)
            count = {full: sum(1 for _, f in before if f == full) for _, full in before}
            return " ".join(max(before, key=lambda m: (count[m[1]], -m[0]))[1])
        return " ".join((before[-1] if before else longer[0])[1])

    def ner_votes(self, word: str) -> tuple[int, int]:
        """How often NER calls `word` a person, and how often an organisation or a place."""
        person, other = self._labels.get(word, [0, 0])
        return person, other

    def _in_full_name(self, word: str) -> bool:
        """Whether `word` is part of a name of two or more words that NER calls a person."""
        if not hasattr(self, "_full_words"):
            self._full_words = {t.text for ent in self.doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                                for t in ent}
        return word in self._full_words

    def known_words(self) -> set[str]:
        """Every word of a name recognised as a person's somewhere in the article."""
        if not hasattr(self, "_known"):
            self._known = set(self.person_words) | {w for _, run in self.full_mentions for w in run}
        return self._known

    def find_in(self, tokens) -> "Token | None":
        """The first token of `tokens` that names a person."""
        for tok in tokens:
            if self.is_person(tok):
                return tok
        return None


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(full[i: i + n] == part for i in range(len(full) - n + 1))
