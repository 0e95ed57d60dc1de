"""People named in an article: which proper nouns are persons, and each person's fullest name
("Lindqvist" -> "Maria Lindqvist"), so facts name a speaker the same way wherever they appear."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import ROLE_NOUNS, ROLE_PLURALS, TITLE_MODIFIERS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Sir", "Dame", "Rev.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt."}


# A word of a name: letters, with inner apostrophes or hyphens ("O'Neill", "D’Souza", "Brandt-Okafor").
NAME_SHAPE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Generational suffixes that belong to the name before them ("Carl Dunn Jr.").
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


# "Brandt-Okafor": capitalised halves joined by a hyphen; the tagger guesses anything for an unseen one.
DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
# "O'Neill", "D’Souza": an Irish, Italian or French surname prefix the tagger may call a noun.
PREFIXED_SURNAME = re.compile(r"[A-Z]['’][A-Z][^\W\d_]+")


def _name_word(tok: "Token") -> bool:
    low = tok.text.lower()
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


# Role nouns a company or a group can be as well as a person ("a leader in solar panels").
ORGANISATION_ROLES = {"leader", "member", "partner", "owner", "operator", "producer", "founder", "co-founder",
                      "manager", "specialist", "pioneer", "employer", "adviser", "advisor", "consultant"}


class People:
    def __init__(self, doc: "Doc", tokens: list | None = None):
        self.doc = doc
        self.tokens = tokens if tokens is not None else list(doc)
        self._runs: dict[int, tuple[str, ...]] = {}
        self._persons: dict[int, bool] = {}
        self.person_words: set[str] = set()
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self.person_words.update(t.text for t in ent if _name_word(t))
        # NER misses names it has not seen; a title right before ("Governor Ana Ruiz", "Dr. Lee")
        # or a role in apposition ("Ana Ruiz, a nurse") marks an unlabelled proper noun as a person.
        titled = [self.name_run(t) for t in self.tokens
                  if _name_word(t) and (not t.ent_type_ and self._titled(t) or self._aged(t)
                                        or t.ent_type_ == "ORG" and self._person_appositive(t))]
        for run in titled:
            self.person_words.update(run)
        # Every multi-word mention of a person, with where it stands, so that a bare surname
        # becomes the full name of the person of that surname named last before it.
        self.full_mentions: list[tuple[int, tuple[str, ...]]] = []
        for tok in self.tokens:
            run = self.name_run(tok)
            if len(run) > 1 and tok.text == run[-1] and self.is_person(tok):
                self.full_mentions.append((tok.idx, run))

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
        return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS and c.lower_ not in ORGANISATION_ROLES
                   and any(d.lower_ in {"a", "an"} for d in c.children) for c in tok.children)

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
        return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in head.children)

    def name_run(self, tok: "Token") -> tuple[str, ...]:
        """The contiguous capitalised proper nouns around `tok`, titles left out."""
        if tok.i not in self._runs:
            self._runs[tok.i] = self._name_run(tok)
        return self._runs[tok.i]

    def _name_run(self, tok: "Token") -> tuple[str, ...]:
        if not _name_word(tok):
            return ()
        doc, lo, hi = self.tokens, tok.i, tok.i
        while lo > 0 and not doc[lo].is_sent_start and doc[lo - 1].whitespace_ and (
                _name_word(doc[lo - 1]) or _given_name_as_noun(doc[lo - 1])):
            lo -= 1
        while hi + 1 < len(doc) and not doc[hi + 1].is_sent_start and _name_word(doc[hi + 1]) and doc[hi].whitespace_:
            hi += 1
        if hi - lo >= 4:  # a run this long is a title or an organisation, not a name
            return ()
        nxt = doc[hi + 1] if hi + 1 < len(doc) else None
        if nxt is not None and doc[hi].whitespace_ and nxt.text[:1].isupper() and nxt.lower_ in ROLE_NOUNS:
            return ()  # "Chief Financial Officer X": a capitalised word inside a title is no name
        if hi + 1 < len(doc) and doc[hi].whitespace_ and doc[hi + 1].text in NAME_SUFFIXES and hi > lo:
            hi += 1  # "Carl Dunn Jr."
        return tuple(t.text for t in doc[lo: hi + 1])

    def is_person(self, tok: "Token") -> bool:
        if tok.i not in self._persons:
            self._persons[tok.i] = self._is_person(tok)
        return self._persons[tok.i]

    def _is_person(self, tok: "Token") -> bool:
        if not _name_word(tok):
            return False
        if tok.ent_type_ == "PERSON":
            return True
        # NER labels one mention of a name and mislabels another ("Jordan" as a place):
        # a word that is a person's name elsewhere in the article is a person here too.
        run = self.name_run(tok)
        return bool(run) and (all(w in self.person_words for w in run) or (len(run) > 1 and run[-1] in self.person_words))

    def person_name(self, tok: "Token") -> str | None:
        """The fullest name of the person `tok` names, or None if it names no person."""
        if not self.is_person(tok):
            return None
        return self.fullest(self.name_run(tok), tok.idx)

    def fullest(self, run: tuple[str, ...], pos: int | None = None) -> str:
        """The longest full name containing `run`; of several people sharing a surname, the
        one named last before `pos` (or first in the article when none comes before)."""
        longer = [(at, full) for at, full in self.full_mentions if len(full) > len(run) and _contains(full, run)]
        if not longer:
            return " ".join(run)
        longest = max(len(full) for _, full in longer)
        longer = [(at, full) for at, full in longer if len(full) == longest]
        before = [m for m in longer if pos is not None and m[0] <= pos]
        return " ".join((before[-1] if before else longer[0])[1])

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
