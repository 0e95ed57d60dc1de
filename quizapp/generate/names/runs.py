"""The name runs of an article: which words make up a person's name where it stands (a place a
title governs kept apart: "Mayor of Lisbon Tom Berg"), and the fullest form of each ("Lindqvist" ->
"Maria Lindqvist"), so a person is named the same way everywhere.
A mixin of People (people.py), which holds the state these methods read."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    COURTESY_TITLES, GROUP_NAME_ENDINGS, KIN_GENDER, NON_PERSON_NAME_HEADS, PERSON_NOUNS, ROLE_NOUNS,
    SPEECH_VERBS,
)
from quizapp.generate.names.given import GIVEN_NAMES, given_name_gender
from quizapp.generate.names.shapes import (
    HONORIFICS, INITIAL, NAME_PARTICLES, NAME_SHAPE, NAME_SUFFIXES, _contains, _given_name_as_noun, _name_word,
)

# A courtesy title right before a surname ("Mrs Parker", "Mr. Lin"), from the lexicon's list
_COURTESY_BEFORE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, COURTESY_TITLES), key=len, reverse=True))
                              + r")\s+$")

_KIN_BEFORE = re.compile(r"\b(" + "|".join(KIN_GENDER) + r"),?\s+$", re.I)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class NameRuns:
    def name_run(self, tok: "Token") -> tuple[str, ...]:
        """The contiguous capitalised proper nouns around `tok`, titles left out."""
        if tok.i not in self._runs:
            self._runs[tok.i] = self._name_run(tok)
        return self._runs[tok.i]

    def _bare_surname(self, tok: "Token") -> bool:
        """A known surname standing alone as a subject, object or possessor that the tagger did
        not take for a proper noun."""
        # (NER may call a surname a nationality, "wrote Cattaneo, the artist": as the subject of a verb,
        # singular and with no "the" before it, it is the person's)
        # ("Lin, Berg and Weiss are members": the parser may take a surname that opens a list for
        # an adjective)
        listed = tok.pos_ == "ADJ" and tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].text == ","
        return (tok.text in getattr(self, "_surnames", ()) and (tok.pos_ in {"NOUN", "PROPN"} or listed) and not _name_word(tok)
                and (tok.ent_type_ not in {"DATE", "TIME", "NORP"}
                     or tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and tok.dep_ in {"nsubj", "nsubjpass"}
                     and not (tok.i > 0 and self.tokens[tok.i - 1].lower_ == "the"))
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
        if self._leading_initial(tok.i):  # "J." of "Mayor J. Christian Lund"
            return self.name_run(self.tokens[tok.i + 1])
        if not _name_word(tok) or self._governed_place(tok.i):
            return ()
        doc, lo, hi = self.tokens, tok.i, tok.i
        if lo >= 2 and self._article_prefix(lo - 2):
            lo -= 2  # "al-Amin": the article and the hyphen belong to the word
        while lo > 0 and not doc[lo].is_sent_start and doc[lo - 1].whitespace_ and (
                _name_word(doc[lo - 1]) or _given_name_as_noun(doc[lo - 1])
                or self._inside_name(lo - 1) or self._given_name_after_title(lo - 1, hi)
                or self._leading_initial(lo - 1)) \
                and not self._governed_place(lo - 1):
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
        if lo >= 2 and doc[lo - 1].lower_ in {"of", "for"} and doc[lo - 2].lower_ in ROLE_NOUNS:
            # "Minister of Mineral Resources Ana Ruiz": the portfolio is the title's, up to where
            # NER starts the person
            begun = next((j for j in range(lo + 1, hi + 1)
                          if doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"), None)
            if begun is not None and begun > tok.i:
                return ()
            if begun is not None:
                lo = begun
        if lo < hi and doc[lo].is_sent_start and doc[lo].pos_ in {"VERB", "ADP", "SCONJ"} \
                and doc[lo].dep_ in {"prep", "mark", "agent"}:
            lo += 1  # "Following Berg's ruling, ...": a capitalised preposition opening the sentence
        if len(doc[lo].text) >= 3 and doc[lo].text.isupper() and doc[lo].is_alpha and lo < hi \
                and not doc[lo + 1].text.isupper() \
                and (hi - lo >= 2 or self._named_without(doc[hi].text, doc[lo].text)):
            # "told NPR Ana Ruiz was safe": an acronym (a broadcaster, an agency) is no given name (a
            # given name and a surname, or a word of a person's full name, stay after it; "ORB Studio"
            # is a name of its own)
            lo += 1
        begun = next((j for j in range(lo + 1, hi) if doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"), None)
        if begun is not None and hi - lo >= 3 and all(t.ent_type_ == "PERSON" for t in doc[begun: hi + 1]) \
                and not any(t.ent_type_ == "PERSON" for t in doc[lo: begun]) \
                and any(t.text.isupper() and t.is_alpha and len(t.text) >= 2 for t in doc[lo: begun]):
            # "Harbour Radio NFL Insider Ana Ruiz": an outlet, an acronym and a title NER keeps out of
            # the person it starts later; the name starts where the person does
            lo = begun
        inner = next((j for j in range(hi - 2, lo, -1) if len(doc[j].text) >= 2 and doc[j].text.isupper()
                      and doc[j].is_alpha and doc[j + 1].text in GIVEN_NAMES), None)
        if inner is not None:
            # "Rovers DL Ana Ruiz": an abbreviated post inside the run, a given name and a
            # surname after it; the person's name starts at the given name
            lo = inner + 1
        if 0 < lo < hi and doc[lo].text in {"Lady", "Gentleman"} and doc[lo - 1].text == "First":
            lo += 1  # "First Lady Ana Ruiz": the title, not a lady's honorific ("Lady Ana Ruiz")
        while lo < hi and doc[lo].text not in GIVEN_NAMES and doc[lo + 1].text in GIVEN_NAMES \
                and self._in_title_case_line(tok) and not self._outside_its_line(tok, doc[lo].text):
            lo += 1  # "A Weary Ana Ruiz Faces ...": a headline capitalises the word its story never writes
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

    def _given_name_after_title(self, i: int, hi: int) -> bool:
        """"Head coach Dean Smith", "Coach Earl Jones": a title word that is also a given name,
        right after another title and right before a one-word name, is that person's given name
        (a title stands before the name once, not twice)."""
        doc = self.tokens
        tok = doc[i]
        return (i > 0 and hi == i + 1 and tok.text in GIVEN_NAMES and tok.text[1:].islower()
                and tok.lower_ in ROLE_NOUNS and doc[i - 1].lower_ in ROLE_NOUNS and doc[i - 1].whitespace_)

    def _named_without(self, word: str, other: str) -> bool:
        """Whether NER names a person in two or more words with `word` and without `other`."""
        return any(ent.label_ == "PERSON" and len(ent) > 1 and word in (t.text for t in ent)
                   and other not in (t.text for t in ent) for ent in self.doc.ents)

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
        if not (_name_word(before) and _name_word(after)):
            return False
        if before.text in GIVEN_NAMES and not (lo - 2 >= 0 and _name_word(doc[lo - 2])) \
                and after.lower_ not in NON_PERSON_NAME_HEADS:
            return True  # "Ana de la Cruz", where NER saw no name: a given name opens it
        return before.ent_type_ not in {"GPE", "LOC", "ORG", "FAC"} and any(
            t.ent_type_ == "PERSON" for t in doc[lo - 1: hi + 2])

    def _leading_initial(self, i: int) -> bool:
        """"Mayor J. Christian Lund": an initial NER puts at the head of a person's name."""
        doc = self.tokens
        return (i + 1 < len(doc) and INITIAL.fullmatch(doc[i].text) is not None and doc[i].whitespace_ != ""
                and doc[i].ent_type_ == "PERSON" and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I"
                and (_name_word(doc[i + 1]) or self._leading_initial(i + 1)))  # ("Ada B. C. Lund")

    def _middle_initial(self, i: int) -> bool:
        """"John Q. Public": a capital and a full stop between two words of a person's name."""
        doc = self.tokens
        return (0 < i < len(doc) - 1 and INITIAL.fullmatch(doc[i].text) is not None and doc[i].whitespace_
                and not doc[i + 1].is_sent_start and _name_word(doc[i - 1]) and _name_word(doc[i + 1])
                and (doc[i - 1].ent_type_ == "PERSON" or doc[i + 1].ent_type_ == "PERSON"))

    def _governed_place(self, i: int) -> bool:
        """"Mayor of Lisbon Tom Berg", "Ambassador to Norway Tom Berg": a place right after
        "of"/"from" or a title's "to" belongs to the title before it, not to the name after it."""
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
        j = entity_start(doc, i)
        if j > 1 and doc[j - 1].lower_ == "the":
            j -= 1
        return j > 0 and (doc[j - 1].lower_ in {"of", "from"}
                          or doc[j - 1].lower_ == "to" and j > 1 and doc[j - 2].lower_ in ROLE_NOUNS)

    def fullest(self, run: tuple[str, ...], pos: int | None = None) -> str:
        """The longest full name containing `run`; of several people sharing a surname, the
        one named last before `pos` (or first in the article when none comes before)."""
        if not run:
            return ""
        # "al-Harbi" and "Harbi" are one surname: the Arabic article is dropped as often as written
        longer = [(at, full) for at, full in self._mentions_with(run[0]) if len(full) > len(run)
                  and (_contains(full, run) or _contains(tuple(map(_without_article, full)), run))]
        if not longer:
            return " ".join(run)
        if len(run) == 1 and pos is not None and self._someone_else_of_that_name(longer, pos):
            return " ".join(run)
        if len(run) == 1 and pos is not None and len({full for _, full in longer}) > 1:
            # "Mrs Parker" of John and Mary Parker: the courtesy title tells which, by the given name
            title = _COURTESY_BEFORE.search(self._text, max(0, pos - 6), pos)
            gender = COURTESY_TITLES.get(title.group(1)) if title else None
            matching = {full for _, full in longer if given_name_gender(" ".join(full)) == gender} if gender else set()
            if len(matching) == 1:
                return " ".join(matching.pop())
        if len(run) != 1 or len({full[0] for _, full in longer}) == 1:
            # "Ada Lin" and "Ada Mei Lin" are one person, named at length; but "Gloria Lin" and
            # "Reginald Tom Lin" are two, and the longer name is not the likelier one
            longest = max(len(full) for _, full in longer)
            longer = [(at, full) for at, full in longer if len(full) == longest]
        before = [m for m in longer if pos is not None and m[0] <= pos]
        if len(run) == 1 and len({full for _, full in before}) > 1 and (
                "\n" in self._text[before[-1][0]: pos] or not self._subject_at(before[-1][0])):
            # "Tom Berg ... his wife Ana Berg ... (a new paragraph) Berg said": of relatives sharing a
            # surname, news calls the one it is about by the bare surname and the others by their given
            # names: that is the one named in full most often, or first. (Right after a relative is
            # named as a subject, in the same paragraph, the bare surname is that relative's: "Her
            # son, Luc Berg, quit his job. Berg says ..."; not after "as his son Luc Berg told the press".)
            count = {full: sum(1 for _, f in before if f == full) for _, full in before}
            return " ".join(max(before, key=lambda m: (count[m[1]], -m[0]))[1])
        return " ".join((before[-1] if before else longer[0])[1])

    def _someone_else_of_that_name(self, longer: list[tuple[int, tuple[str, ...]]], pos: int) -> bool:
        """"Mr. Lund said" beside "his daughter Greta Lund": a courtesy title of the other sex than
        every full name with that surname, by the family word the article brought each in with,
        says the bare surname is someone else (a given name's usual sex is too weak a sign here: a
        nickname or a stage name may be either); so do full names that are all relatives brought in
        after the bare surname."""
        if all(at > pos and self._kin_gender(at, full) for at, full in longer):
            return True  # "President Lund ... his daughter Greta Lund": a relative brought in later
        title = _COURTESY_BEFORE.search(self._text, max(0, pos - 6), pos)
        gender = COURTESY_TITLES.get(title.group(1)) if title else None
        return bool(gender) and all(self._kin_gender(at, full) not in {None, gender} for at, full in longer)

    def _kin_gender(self, at: int, full: tuple[str, ...]) -> str | None:
        """"his daughter Greta Lund", "her husband, Tom Berg": the sex a family word right before
        a name (whose last word stands at `at`) gives its bearer."""
        start = at - len(" ".join(full[:-1])) - 1
        kin = _KIN_BEFORE.search(self._text, max(0, start - 16), start)
        return KIN_GENDER[kin.group(1).lower()] if kin else None

    @property
    def _text(self) -> str:
        """The article's text; `Doc.text` joins every token anew on each call."""
        if getattr(self, "_doc_text", None) is None:
            self._doc_text = self.doc.text
        return self._doc_text

    def _mentions_with(self, word: str) -> list[tuple[int, tuple[str, ...]]]:
        """The full mentions holding `word` (or, for "Harbi", "al-Harbi"), in article order: an
        index, since a long article asks this of every name it meets."""
        index = getattr(self, "_mention_index", None)
        if index is None or index[0] != len(self.full_mentions):
            by_word: dict[str, list[int]] = {}
            for k, (_, full) in enumerate(self.full_mentions):
                for w in set(full) | {_without_article(w) for w in full}:
                    by_word.setdefault(w, []).append(k)
            index = self._mention_index = (len(self.full_mentions), by_word)
        return [self.full_mentions[k] for k in index[1].get(word, ())]

    def _subject_at(self, pos: int) -> bool:
        """The name starting at `pos` is a clause's subject, or set beside one ("Her son, Luc Berg,")."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        tok = span[0] if span is not None and len(span) else None
        while tok is not None and tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
            tok = tok.head
        if tok is not None and tok.dep_ == "appos":
            tok = tok.head
        return tok is not None and tok.dep_ in {"nsubj", "nsubjpass"}

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
            elif (ent.label_ == "GPE" and 3 <= len(ent) <= 4 and title is not None
                    and doc[ent.start - 1].lower_ in {"of", "from"} and title.lower_ in ROLE_NOUNS
                    and title.text[:1].isupper()
                    and all(t.pos_ == "PROPN" and NAME_SHAPE.fullmatch(t.text) for t in ent)
                    and ent[:-2].text in {e.text for e in doc.ents if e.label_ == "GPE" and e.start != ent.start}
                    and any(t.text == ent[-1].text and not ent.start <= t.i < ent.end for t in doc)):
                # "Chief Executive of Westhaven Ana Ruiz": NER ran the name into the place; the place
                # stands alone elsewhere ("in Westhaven") and so does the surname ("Ruiz said")
                ents.append(Span(doc, ent.start, ent.end - 2, label="GPE"))
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
            elif (ent.label_ in {"ORG", "GPE", "PERSON"} and 3 <= len(ent) <= 4 and title is not None
                    and doc[ent.start - 1].lower_ in {"to", "of", "from"} and title.lower_ in ROLE_NOUNS
                    and ent[-2].text in GIVEN_NAMES and all(NAME_SHAPE.fullmatch(t.text) for t in ent)
                    and ent[:-2].text in {e.text for e in doc.ents if e.label_ == "GPE" and e.start != ent.start}):
                # "former envoy to Westland Ana Ruiz": NER ran the country an envoy is sent to into her
                # name; the country stands alone elsewhere, and a given name opens the last two words
                ents.append(Span(doc, ent.start, ent.end - 2, label="GPE"))
                ents.append(Span(doc, ent.end - 2, ent.end, label="PERSON"))
                changed = True
            elif (ent.label_ == "ORG" and len(ent) >= 4 and ent[0].text in GIVEN_NAMES and ent[2].lower_ == "of"
                    and ent[1].pos_ == "PROPN" and NAME_SHAPE.fullmatch(ent[1].text) and ent[1].text[:1].isupper()
                    and ent[1].lower_ not in ROLE_NOUNS | NON_PERSON_NAME_HEADS | GROUP_NAME_ENDINGS
                    and all(t.text[:1].isupper() or t.lower_ in {"the", "of", "and", "&", "for"} for t in ent[3:])
                    and ent.root.dep_ in {"nsubj", "dobj"} and ent.root.head.lemma_.lower() in SPEECH_VERBS):
                # "reported Ana Ruiz of Westland Public Radio": NER ran a given name and a surname into
                # the organisation after "of"; the name is a person's, the rest her organisation (only
                # where the run speaks, so that no person is made an organisation's speaker)
                ents.append(Span(doc, ent.start, ent.start + 2, label="PERSON"))
                org = ent.start + 3 + (ent[3].lower_ == "the")
                if org < ent.end:
                    ents.append(Span(doc, org, ent.end, label="ORG"))
                changed = True
            else:
                ents.append(ent)
        if changed:
            doc.ents = ents

    def _place_surname(self, tok: "Token") -> bool:
        """"Ana Paris", "Tom Holland": a two-word name whose surname alone NER takes for a place, the
        given name before it left unlabelled (not "Sao Paulo", one place, nor "Westland Rail")."""
        run = self.name_run(tok)
        return len(run) == 2 and tok.text == run[-1] and tok.ent_iob_ == "B" and tok.i >= 1 \
            and self.tokens[tok.i - 1].text == run[0] and not self.tokens[tok.i - 1].ent_type_

def _without_article(word: str) -> str:
    """"al-Harbi" -> "Harbi"; other words unchanged."""
    low = word.lower()
    return word[3:] if low.startswith(("al-", "el-")) and word[3:4].isupper() else word
