"""Whether a person is "he" or "she" to the reader: by the article's own words first (a courtesy
title, "Ms Ruiz"; a role word that says it, "spokeswoman"; a sentence that opens with "He" or "She"
right after a sentence that opens by naming that person and names nobody else), and where those say
nothing, by how a given name's bearers are usually referred to (`names.given`). Where the article
says both, the person is left unknown.

Who-said prompts need it: "Who said that her plans would change?" gives the answer away when the
wrong options are all men."""
from __future__ import annotations

import re

from quizapp.generate.facts import Affiliation
from quizapp.generate.lexicon import COURTESY_TITLES, GENDERED_NOUNS
from quizapp.generate.names.given import given_name_gender
from quizapp.generate.questions.common import name_words

SHE, HE = "she", "he"
_AS_PRONOUN = {"f": SHE, "m": HE}
_SHE_WORDS = {"she", "her", "hers", "herself"}
_HE_WORDS = {"he", "him", "his", "himself"}
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])|\n+")
_WORD = re.compile(r"[A-Za-z’']+")
_TITLE = re.compile(r"\b(" + "|".join(sorted({re.escape(t.rstrip(".")) for t in COURTESY_TITLES})) + r")\.?\s+")


def pronoun_in(words: str) -> str | None:
    """The one pronoun a prompt's words give its subject, if they use one kind only."""
    found = {w.lower() for w in _WORD.findall(words)}
    she, he = bool(found & _SHE_WORDS), bool(found & _HE_WORDS)
    return SHE if she and not he else HE if he and not she else None


def referred_as(text: str, people: list[str], affiliations: list[Affiliation] = ()) -> dict[str, str]:
    """Person -> "he" or "she", for the people the article's words, or failing them the given
    name, settle."""
    evidence = _in_the_article(text, people, affiliations)
    out = {}
    for person in people:
        said = evidence.get(person, set())
        if len(said) == 1:
            out[person] = next(iter(said))
        elif not said and given_name_gender(person):
            out[person] = _AS_PRONOUN[given_name_gender(person)]
    return out


def _in_the_article(text: str, people: list[str], affiliations) -> dict[str, set[str]]:
    evidence: dict[str, set[str]] = {p: set() for p in people}
    for person in people:
        words = name_words(person)
        if not words:
            continue
        pattern = _TITLE.pattern + rf"(?:[A-Z][\w’'-]*\s+)?{re.escape(words[-1])}\b"
        for m in re.finditer(pattern, text):
            evidence[person].add(_AS_PRONOUN[COURTESY_TITLES[m.group(1)]])
    for a in affiliations:
        if a.person in evidence and a.role:
            evidence[a.person] |= {_AS_PRONOUN[GENDERED_NOUNS[w.lower()]] for w in _WORD.findall(a.role)
                                   if w.lower() in GENDERED_NOUNS}
    # Quoted words speak of others ("she" in a mayor's quotation is rarely the mayor): left out.
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    sentences = [s for s in _SENTENCE_END.split(plain) if s and s.strip()]
    named_in = [{p for p in people if _names(p, s)} for s in sentences]
    for k in range(1, len(sentences)):
        first = _WORD.match(sentences[k].lstrip(" \"“‘"))
        if len(named_in[k - 1]) != 1 or named_in[k] or not first or first.group() not in {"He", "She"}:
            continue
        person = next(iter(named_in[k - 1]))
        if _opens_with(person, sentences[k - 1]):
            evidence[person].add(first.group().lower())
    return evidence


def _opens_with(person: str, sentence: str) -> bool:
    """The person is the sentence's subject, as far as words tell: named among its first six words
    ("Chief Justice Ana Ruiz said ..."), in a sentence that does not open with a pronoun ("She
    thanked Ana Ruiz ..." makes "Ruiz" no antecedent of the next "She")."""
    words = _WORD.findall(sentence)
    if not words or words[0].lower() in _SHE_WORDS | _HE_WORDS | {"they", "i", "we", "it"}:
        return False
    return name_words(person)[-1] in words[:6]


def _names(person: str, sentence: str) -> bool:
    words = name_words(person)
    return bool(words) and re.search(rf"(?<![\w’']){re.escape(words[-1])}(?![\w’'])", sentence) is not None
