"""Who is a person: a name the tagger labels, or a capitalised run it mislabels beside a title."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.names.shapes import ORGANISATION_ROLES, PLACE_AND_COMPANY_ENDINGS, chosen_post
from quizapp.generate.nlp import entity_start
from quizapp.generate.lexicon import (
    ALIAS_MARKERS, GROUP_NAME_ENDINGS, NON_PERSON_NOUNS, REPORTING_VERBS, ROLE_NOUNS, SURNAME_OCCUPATIONS,
)
from quizapp.generate.names import NAME_SUFFIXES
from quizapp.generate.affiliations.patterns import TITLE_ABBREVIATIONS, _job

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class PersonsMixin:
    # ---- who is a person -----------------------------------------------------------------------

    def _person_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """(fullest name, index of its first token, its last token) where `tok` ends a person's name."""
        toks = self.art.tokens
        if not self.people.is_person(tok):
            return self._unlabelled_person_at(tok)
        if tok.i + 1 < len(self.doc) and self.people.is_person(toks[tok.i + 1]) and tok.whitespace_:
            return None  # not the last word of the name
        name = self.people.person_name(tok)
        run = self.people.name_run(tok)
        if not run:  # "Ann Judge", "Carl King": a surname that is also a job noun ends the name
            return self._surname_job_person_at(tok)
        first = tok.i - _tokens_in(run, toks, tok.i) + 1
        if run and run[-1] in NAME_SUFFIXES:  # "Carl Dunn Jr., a ...": the suffix ends the name
            first += 1
            tok = toks[tok.i + 1]
        cut = self._place_before_name(first, tok.i)
        if cut is not None:
            return " ".join(t.text for t in toks[cut: tok.i + 1]), cut, tok
        return self._renamed.get(name, name), first, tok

    def _place_before_name(self, first: int, last: int) -> int | None:
        """"the Governor of Westland Ada Lin", "Representative from Westland Ada Lin": where a run of
        capitalised words after "ROLE of/from" starts with a place (or an organisation) the tagger
        labels apart from the person's name, the name starts after it. None where it does not."""
        toks = self.art.tokens
        label = toks[first].ent_type_
        if label not in {"GPE", "LOC", "ORG"}:
            return None
        k = first + 1
        while k < last and toks[k].ent_type_ == label and toks[k].ent_iob_ == "I":
            k += 1
        if last - k < 1 or toks[k].ent_type_ not in {"PERSON", ""}:
            return None  # a name of two words at least must remain
        j = first - 1
        if j >= 0 and toks[j].lower_ == "the" and toks[j].ent_type_ in {label, ""}:
            j -= 1
        if j < 1 or not self._of_place_title(j):
            return None
        return k

    def _of_place_title(self, j: int) -> bool:
        """Token j is the "of" of "Governor of X", the "from" of "Representative from X" or the
        "to" of "Ambassador to X"."""
        toks = self.art.tokens
        word, title = toks[j].lower_, toks[j - 1]
        if word == "of":
            return _job(title.text)
        return word in {"from", "to"} and title.text[:1].isupper() and title.lower_ in ROLE_NOUNS

    def _surname_job_person_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """A person entity whose last word is a job noun in capitals ("Former prime minister
        Ann Judge said"): the whole entity is the name, its last word the surname."""
        toks = self.art.tokens
        if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
            return None
        hi = tok.i
        while hi + 1 < len(toks) and toks[hi + 1].ent_iob_ == "I" and toks[hi + 1].ent_type_ == "PERSON":
            hi += 1
        if hi == tok.i or hi - tok.i > 2 or toks[hi].lower_ not in ROLE_NOUNS | SURNAME_OCCUPATIONS:
            return None
        if hi + 1 < len(toks) and toks[hi + 1].text[:1].isupper() and toks[hi].whitespace_:
            return None  # "Ada Lin Professor Emeritus": a title goes on
        words = [t.text for t in toks[tok.i: hi + 1]]
        if not all(w[:1].isupper() and w.isalpha() for w in words):
            return None
        return " ".join(words), tok.i, toks[hi]

    def _unlabelled_person_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """NER may swallow a titled or possessed name into an organisation ("the Presidential
        Spokesperson Ada Lin", "the Harbour Society's Ada Lin"). Such a two- or three-word name
        after a job title or an organisation's "'s" is a person when the model, shown the name
        on its own, calls it one."""
        if tok.pos_ != "PROPN":
            return None
        if not tok.ent_type_:
            return self._titled_unlabelled_at(tok)
        if tok.ent_type_ != "ORG":
            return None
        toks = self.art.tokens
        run = self.people.name_run(tok)
        lumped = self._lumped_after_title(tok, run)
        if lumped is not None:
            return lumped
        if not 2 <= len(run) <= 3 or tok.text != run[-1]:
            return None
        first = tok.i - len(run) + 1
        if first < 2 or run[-1].lower() in GROUP_NAME_ENDINGS:
            return None
        before = toks[first - 1]
        titled = before.lower_ in ROLE_NOUNS and before.pos_ in {"NOUN", "PROPN"}
        possessed = before.tag_ == "POS" and toks[first - 2].ent_type_ == "ORG"
        of_org = tok.i + 1 < len(toks) and toks[tok.i + 1].lower_ == "of" and toks[tok.i + 1].ent_type_ != "ORG"
        if not (titled or possessed or of_org) or not self._named_person(" ".join(run)):
            return None
        return self.people.fullest(run, tok.idx), first, tok

    def _lumped_after_title(self, tok: "Token", run: tuple[str, ...]) -> tuple[str, int, "Token"] | None:
        """"the director of the Harbour Trust Ada Lin said", "Representative from Westland Ada Lin": NER
        may make one organisation of the title's complement and the name after it. The entity's
        last two words are the name when it follows "ROLE of/from" and the model, shown those two
        words on their own, calls them a person."""
        toks = self.art.tokens
        if len(run) < 3 or tok.text != run[-1] or tok.i + 1 < len(toks) and toks[tok.i + 1].ent_iob_ == "I":
            return None
        if tok.lower_ in PLACE_AND_COMPANY_ENDINGS:
            return None  # "the owner of the Little Acorn Cafe": a business's name, no one's
        ent_start = entity_start(toks, tok.i)
        first = tok.i - 1
        if first - ent_start < 1 or toks[first].is_sent_start or not toks[first].text[:1].isupper():
            return None  # the organisation keeps a word of its own
        j = ent_start - 1
        if toks[ent_start].lower_ == "the":
            j = ent_start - 1
        elif j >= 0 and toks[j].lower_ == "the":
            j -= 1
        if j < 1 or not self._of_place_title(j):
            return None
        name = f"{toks[first].text} {tok.text}"
        if not self._named_person(name):
            return None
        return name, first, tok

    def _titled_unlabelled_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """"the university's chancellor, Ravi Menon.": a two- or three-word name NER left
        unlabelled, in apposition to a job noun before it and closed by punctuation, is a person
        (the small model often misses names it has not seen; the job noun is the evidence)."""
        run = self.people.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1] or tok.dep_ != "appos":
            return None
        head = tok.head
        if head.i >= tok.i or head.lower_ not in ROLE_NOUNS | SURNAME_OCCUPATIONS or head.pos_ != "NOUN":
            return None
        if head.lower_ in ORGANISATION_ROLES:
            return None  # "the building's owner, Harbour Homes,": a post a company holds as well
        first = tok.i - len(run) + 1
        if self.art.tokens[first - 1].text != "," or run[-1].lower() in GROUP_NAME_ENDINGS:
            return None
        nxt = self.art.tokens[tok.i + 1] if tok.i + 1 < len(self.art.tokens) else None
        if nxt is not None and nxt.text not in {",", ".", ";"}:
            return None  # "the mayor, Ada Lin and ...": a list, not an apposition
        return " ".join(run), first, tok

    def _named_person(self, name: str) -> bool:
        if name not in self._standalone:
            from quizapp.generate.nlp import pipeline

            nlp = pipeline()
            doc = nlp(f"{name} said.", disable=[p for p in nlp.pipe_names if p != "ner"])
            self._standalone[name] = any(e.label_ == "PERSON" and e.text == name for e in doc.ents)
        return self._standalone[name]

    def _real_person(self, name: str, first: int, last: "Token") -> bool:
        """Only people get affiliations: not a group ("Valley Tribes"), not a name used as a
        modifier ("her personal Instagram account"), not a work or a character ("also known as King
        Rho", "the film Captain Rho"), and a one-word name only where NER calls it a person."""
        toks = self.art.tokens
        words = name.split()
        if words[-1].lower() in GROUP_NAME_ENDINGS:
            return False
        if last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN":
            return False
        after = toks[last.i + 1: last.i + 3]
        if len(after) == 2 and after[0].text == ":" and after[1].text[:1].isupper() and after[0].whitespace_:
            return False  # "Captain Rho: Dark Water": the title of a work
        if len(words) == 1 and not (last.text in self.person_labelled or self._aged(last) or self._titled_single(first)):
            return False
        named_as = last.head.head if last.dep_ == "appos" and last.head.dep_ == "dobj" else last.head
        if last.dep_ in {"oprd", "appos"} and named_as.lower_ in ALIAS_MARKERS and not _job_named(named_as):
            return False  # "fans called him King Rho", "critics dubbed the mayor Captain Chaos": a nickname
        j = first - 1
        sent_start = toks[first].sent.start
        while j >= sent_start and toks[j].text[:1].isupper():
            j -= 1  # past a capitalised title ("also known as King Rho")
        if j >= sent_start:
            low = toks[j].lower_
            # (but "Berg called Prime Minister Ada Lin's deal lousy": a finite verb with its own
            # subject names no alias)
            if low in ALIAS_MARKERS and not (toks[j].tag_ in {"VBD", "VBZ", "VBP"} and any(
                    c.dep_ == "nsubj" for c in toks[j].children)) and not (j == first - 1 and _job_named(toks[j])) \
                    or low == "as" and j > 0 and toks[j - 1].lower_ in {"known", "referred"}:
                return False
            if low in NON_PERSON_NOUNS and j == first - 1 and not (
                    low in ROLE_NOUNS and toks[first].ent_type_ == "PERSON"):  # "the shipping firm Norvel"
                return False  # but "software developer Ada Lin" is a person
        return True

    def _titled_single(self, first: int) -> bool:
        """"Chancellor Berg said": one name after a capitalised title is a person's surname,
        whatever NER made of it (but not a place: "Governor California")."""
        toks = self.art.tokens
        if first < 1 or toks[first].ent_type_ in {"GPE", "LOC", "NORP", "FAC"}:
            return False
        title = toks[first - 1]
        if chosen_post(toks, first - 1):
            title = toks[first - 3]  # "President-elect Coldwell"
        return title.text[:1].isupper() and (title.lower_ in ROLE_NOUNS or title.text in TITLE_ABBREVIATIONS)

    def _aged(self, tok: "Token") -> bool:
        nxt = self.art.tokens[tok.i + 1: tok.i + 4]
        return len(nxt) == 3 and nxt[0].text == "," and nxt[1].text.isdigit() and nxt[2].text == ","

    def _acts_as_person(self, name: str, last: "Token") -> bool:
        """The name speaks ("... Ada Lin said") or is named elsewhere by the surname alone."""
        head = last.head
        if last.dep_ == "nsubj" and head.lemma_.lower() in REPORTING_VERBS:
            return True
        surname = name.split()[-1]
        return any(t.text == surname and t.i != last.i and self.people.is_person(t)
                   and self.people.name_run(t) == (surname,) for t in self.art.tokens)

    def _person_at_run(self, k: int) -> tuple[str, int, "Token"] | None:
        """The person whose name starts at token k."""
        toks = self.art.tokens
        run = self.people.name_run(toks[k]) if self.people.is_person(toks[k]) else ()
        if not run or toks[k].text != run[0]:
            return None
        last = toks[k + len(run) - 1]
        if not self.people.is_person(last):
            return None
        found = self._person_at(last)
        if found is None or not self._real_person(*found):
            return None
        return found



def _tokens_in(run: tuple[str, ...], toks: list, last: int) -> int:
    """How many tokens a name's words take, ending at token `last`: "al-Amin" is one word of a
    name but may be three tokens ("al", "-", "Amin"), so "President Omar al-Amin" has its title
    three tokens before "Amin"."""
    k = last
    for word in reversed(run):
        if k >= 2 and toks[k].text != word and "".join(t.text for t in toks[k - 2: k + 1]) == word:
            k -= 3
        else:
            k -= 1
    return last - k


def _job_named(verb: "Token") -> bool:
    """"a chemist named Ana Ruiz": "named" or "called" hung on a job noun after "a"/"an" gives the
    person's own name, not a nickname."""
    head = verb.head
    return verb.dep_ == "acl" and verb.lower_ in {"named", "called"} and head.pos_ == "NOUN" \
        and head.lower_ in ROLE_NOUNS and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
