"""Whether the article calls a person "he" or "she", by its own words only: a courtesy title
("Ms Ruiz"), a role word that says it ("spokeswoman", "chairman"), or a sentence that opens with
"He" or "She" right after a sentence that opens by naming that person and names nobody else. Where the article says
nothing, or says both, the person is left unknown.

Who-said prompts need it: "Who said that her plans would change?" gives the answer away when the
wrong options are all people the article calls "he"."""
from __future__ import annotations

import re

from quizapp.generate.facts import Affiliation
from quizapp.generate.questions.common import name_words

SHE, HE = "she", "he"
_SHE_WORDS = {"she", "her", "hers", "herself"}
_HE_WORDS = {"he", "him", "his", "himself"}
_TITLES = {"mr": HE, "mrs": SHE, "ms": SHE, "miss": SHE, "madam": SHE, "madame": SHE, "sir": HE, "dame": SHE}
_ROLE_WORDS = {
    **dict.fromkeys(["spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
                     "policewoman", "sportswoman", "stateswoman", "anchorwoman", "actress", "queen",
                     "princess", "duchess", "empress", "countess", "baroness", "wife", "mother",
                     "daughter", "sister", "grandmother", "widow", "girlfriend", "niece", "aunt",
                     "waitress", "heiress", "hostess", "headmistress", "nun", "abbess"], SHE),
    **dict.fromkeys(["spokesman", "chairman", "congressman", "businessman", "councilman", "policeman",
                     "sportsman", "statesman", "anchorman", "king", "prince", "duke", "emperor",
                     "baron", "husband", "father", "son", "brother", "grandfather", "widower",
                     "boyfriend", "nephew", "uncle", "monk", "abbot"], HE),
}
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])|\n+")
_WORD = re.compile(r"[A-Za-z’']+")


def pronoun_in(words: str) -> str | None:
    """The one pronoun a prompt's words give its subject, if they use one kind only."""
    found = {w.lower() for w in _WORD.findall(words)}
    she, he = bool(found & _SHE_WORDS), bool(found & _HE_WORDS)
    return SHE if she and not he else HE if he and not she else None


def referred_as(text: str, people: list[str], affiliations: list[Affiliation] = ()) -> dict[str, str]:
    """Person -> "he" or "she", for the people the article's own words settle."""
    evidence: dict[str, set[str]] = {p: set() for p in people}
    for person in people:
        words = name_words(person)
        if not words:
            continue
        for m in re.finditer(rf"\b(Mr|Mrs|Ms|Miss|Madam|Madame|Sir|Dame)\.?\s+(?:[A-Z][\w’'-]*\s+)?{re.escape(words[-1])}\b",
                             text):
            evidence[person].add(_TITLES[m.group(1).lower()])
    for a in affiliations:
        if a.person in evidence and a.role:
            evidence[a.person] |= {_ROLE_WORDS[w.lower()] for w in _WORD.findall(a.role) if w.lower() in _ROLE_WORDS}
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
    return {p: next(iter(e)) for p, e in evidence.items() if len(e) == 1}


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
