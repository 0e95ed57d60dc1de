"""Checks a teacher makes on a figure's question before it is asked: does the sentence give the
answer away (a conversion in brackets, a sum beside it, "one" before a singular noun), does the
number repeat a figure counted before, does the blank stand for a noun the sentence leaves out, is
the figure an age, and does a bare question still say which toll it means."""
from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate import numbers
from quizapp.generate.distractors import MAX_AGE
from quizapp.generate.evidence import readable
from quizapp.generate.facts import Figure
from quizapp.generate.questions.common import Context, grounded
from quizapp.generate.questions.figure_wording import Asked
from quizapp.generate.questions.parsing import parse_sentence


@dataclass
class Blank:
    figure: Figure
    quantity: numbers.Quantity
    start: int          # the quantity's span in the article
    end: int
    sentence: tuple[int, int]


# A converted amount in brackets beside the figure ("80 km (50 miles)", "50 miles (80 km)"):
# the reader who knows the conversion needs no article.
_CONVERSION_AFTER = re.compile(r"^\s*[^\s(),.;]*\s*\(\s*(?:about|around|some|approximately|nearly|over|almost)?\s*(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)", re.I)
_CONVERSION_BEFORE = re.compile(r"\d[\d,.]*\s*[^\s(),.;\d]*\s*\(\s*(?:about|around|some|approximately|nearly|over|almost)?\s*[$€£]?$", re.I)
_NUMBER_IN_TEXT = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                             r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", re.I)
_ORDINAL_OF = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
               9: "ninth", 10: "tenth"}
# Before a number that names things already counted: "the five weeks", "all four rescues", "of the nine".
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|all|both)\s+(?:other\s+)?$", re.I)


def _values_in(text: str) -> list[float]:
    out = []
    for m in _NUMBER_IN_TEXT.finditer(text):
        found = numbers.find_quantity(m.group(0))
        if found is not None:
            out.append(found.values[0])
    return out


def gives_itself_away(text: str, blank: Blank) -> bool:
    """The sentence tells the figure without the article's fact: a conversion in brackets
    ("_____ km (50 miles)"), a sum or difference of two numbers beside it ("down by _____ points,
    12 to 10"), an ordinal that counts to it ("the second blast … between the _____ blasts"), or
    "one" before a singular noun ("recorded only _____ album")."""
    s, e = blank.sentence
    if _CONVERSION_AFTER.match(text[blank.end:blank.end + 30]) or _CONVERSION_BEFORE.search(text[max(s, blank.start - 30):blank.start]):
        return True
    q = blank.quantity
    if q.kind == "range":
        return False
    key = q.values[0]
    # "one" is as often a pronoun ("the one posed by …") as a number: no sum is made with it.
    rest = [v for v in _values_in(text[s:blank.start] + " " + text[blank.end:e]) if v != 1]
    if any(abs(a - b) == key or a + b == key for i, a in enumerate(rest) for b in rest[i + 1:]):
        return True
    sentence = text[s:e].lower()
    if key in _ORDINAL_OF and re.search(rf"\b{_ORDINAL_OF[key]}\b", sentence):
        return True
    if key == 2 and re.search(r"\bbetween\s+(?:the\s+|these\s+|those\s+)?$", text[max(s, blank.start - 20):blank.start], re.I):
        return True
    # "three or four", "two to three": the neighbour of an alternative tells the figure within one.
    if re.match(r"\s+or\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b", text[blank.end:blank.end + 12], re.I) \
            or re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+$", text[max(s, blank.start - 12):blank.start], re.I):
        return True
    return key == 1 and not re.match(r"\s+(?:of|in|out|per)\b", text[blank.end:blank.end + 8])


def asked_in_the_article(text: str, blank: Blank) -> bool:
    """A figure in a question the article quotes ("Are there 30 people on board?") is what
    somebody asked, not what the article states: no answer key comes from it."""
    return readable(text, *blank.sentence).rstrip(" \"”’'").endswith("?")


def repeats_an_earlier_figure(ctx: Context, blank: Blank) -> bool:
    """"the five weeks", "all four rescues", "the first hiker of the nine": a definite number
    names things the article has counted before, so its question would ask that figure twice."""
    if not _DEFINITE_BEFORE.search(ctx.text[max(0, blank.start - 24):blank.start]):
        return False
    for fig in ctx.facts.figures:
        if fig.start >= blank.start or not grounded(ctx.text, fig):
            continue
        other = numbers.find_quantity(fig.text)
        if other is not None and not other.is_year and other.values == blank.quantity.values:
            return True
    return False


# A person's age: "aged 25", "died at age 65", "at the age of 77", "a 40-year-old", "39 years old".
_AGE_BEFORE = re.compile(r"\b(?:aged|age|age of)\s+$", re.I)
_AGE_AFTER = re.compile(r"^(?:[- ]years?[- ]old\b|-year\b)", re.I)


def _one_person_nouns() -> set[str]:
    from quizapp.generate.lexicon import KIN_NOUNS, PERSON_NOUNS, ROLE_NOUNS

    return {w for w in KIN_NOUNS | PERSON_NOUNS | ROLE_NOUNS if not w.endswith("s")} - {"people", "children"}


_ONE_PERSON = _one_person_nouns()


def is_age(text: str, blank: Blank, asked: Asked | None) -> bool:
    if asked is not None and " how old " in f" {asked.prompt.lower()}":
        return True
    before = re.search(r"(\w+),\s$", text[max(0, blank.start - 30):blank.start])
    if before and text[blank.end:blank.end + 1] == "," and re.fullmatch(r"\d{1,3}", blank.quantity.expression) \
            and blank.quantity.values[0] <= MAX_AGE and before.group(1).lower() in _ONE_PERSON:
        return True  # "Another brother, 22, was found": a number between commas after a person is an age
    return bool(_AGE_BEFORE.search(text[max(0, blank.start - 20):blank.start])
                or _AGE_AFTER.match(text[blank.end:blank.end + 12]))


# Words of a toll: a bare "How many people died?" cannot say which toll where the article gives two.
_TOLL_WORDS = {"die", "died", "dies", "dead", "death", "deaths", "kill", "killed", "kills", "injured", "injuries",
               "wounded", "hurt", "casualties", "fatalities", "victims", "missing"}


def ambiguous_toll(ctx: Context, blank: Blank, blanks: list[Blank], asked: Asked) -> bool:
    """"Officials said two people drowned" after a flood that killed 27: the question keeps no
    word of which event (where, when, what), so another toll of the article answers it too."""
    clause = asked.prompt.split(", ", 1)[1] if asked.prompt.startswith("According to ") else asked.prompt
    words = re.findall(r"[a-z]+", clause.lower())
    if len(words) > 5 or not _TOLL_WORDS & set(words):
        return False
    for other in blanks:
        if other is blank or other.quantity.values == blank.quantity.values:
            continue
        sentence = ctx.text[other.sentence[0]:other.sentence[1]].lower()
        if _TOLL_WORDS & set(re.findall(r"[a-z]+", sentence)):
            return True
    return False


def counted_noun_elided(sentence: str, start: int, end: int) -> bool:
    """"Ruiz received _____." (votes), "after their first _____" (tries): the number stands
    for a noun the sentence leaves out, so the blank does not say what it counts."""
    if _AGE_BEFORE.search(sentence[max(0, start - 20):start]):
        return False  # "aged _____,": the age is what is counted
    doc = parse_sentence(sentence)
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return False
    last = max(inside, key=lambda t: t.i)
    if last.dep_ in ("nummod", "quantmod", "compound"):
        return False
    if any(c.dep_ in ("amod", "poss", "det") and c.i < last.i and c.idx < start for c in last.children):
        return True  # "their first _____ (or so)": a determiner or adjective with no noun after
    return last.dep_ == "dobj" and bool(re.match(r"\s*(?:[.,;:!?\"”’)]|$)", sentence[end:]))
