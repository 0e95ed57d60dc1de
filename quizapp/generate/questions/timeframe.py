"""People the article places only in the past ("In the 1800s, generals, including President Grant,
believed ..." in a story of 2019) or reports dead ("Berg died on Sunday", "the murder of Ana
Ruiz"). Offered as the speaker of the story's words, or of tributes to themselves, they are a wrong
option no reader needs the article to rule out, so who-said questions leave them out."""
from __future__ import annotations

import re
from functools import lru_cache

from quizapp.generate.evidence import sentences

# Years after which a mention is as good as current: a person named only with dates this many years
# before the article's own is a figure of history.
PAST_YEARS = 25
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})(s)?\b")
# A year as a sentence dates by it: after a preposition of time ("in 1868", "in the 1800s", "since the
# early 1990s") or a month ("March 2, 1868"); not a count that looks like one ("1501 infected").
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED = re.compile(r"\b(?:(?:in|since|from|until|till|to|through|by|during|before|after|around|circa|between|and)\s+"
                    r"(?:the\s+(?:early\s+|late\s+|mid-)?)?|(?:" + _MONTHS + r")\s+(?:\d{1,2},?\s+)?)"
                    r"(1[0-9]{3}|20[0-9]{2})(s)?\b", re.I)
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b", re.I)
# The dateline names the article's year in the first lines ("Monday, March 2, 2020").
_DATELINE_LINES = 4


def article_year(text: str) -> int | None:
    """The year of the article's dateline, where the first lines give one."""
    head = "\n".join(text.splitlines()[:_DATELINE_LINES])
    years = [int(m.group(1)) for m in _YEAR.finditer(head) if not m.group(2)]
    return max(years) if years else None


def _sets_in_the_past(sentence: str, year: int) -> bool:
    """Whether a sentence dates what it tells before `year` - PAST_YEARS, and to no later time."""
    years = [int(m.group(1)) for m in _DATED.finditer(sentence)]
    years += [(int(m.group(1)) - 1) * 100 for m in _CENTURY.finditer(sentence)]
    return bool(years) and max(years) < year - PAST_YEARS


@lru_cache(maxsize=256)  # asked for each person on every who-said question of an article
def of_the_past(text: str, name: str) -> bool:
    """Whether every sentence that names the person by their last name sets
    its telling well before the article's year."""
    year = article_year(text)
    last = name.split()[-1] if name.split() else ""
    if year is None or not last:
        return False
    word = re.compile(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])")
    mentions = [text[s.start: s.end] for s in sentences(text) if word.search(text[s.start: s.end])]
    return bool(mentions) and all(_sets_in_the_past(m, year) for m in mentions)


_DEATH_AFTER = r"(?:,[^,.;]{0,60},)?\s+(?:has\s+|had\s+)?(?:died|dies|passed away|was (?:killed|murdered|assassinated|shot dead|found dead|executed))\b"
_DEATH_BEFORE = r"\b(?:death|deaths|killing|murder|assassination|funeral) of\s+(?:[A-Z][\w.’'-]*\s+){0,3}"


@lru_cache(maxsize=256)
def reported_dead(text: str, name: str, people: tuple[str, ...] = ()) -> bool:
    """Whether the article reports the person dead: "Ana Ruiz died", "Ruiz, 81, passed away",
    "Ruiz was killed", "the death of Ana Ruiz", "Ruiz's murder". Where a relative shares the last
    name ("his widow, Maya Ruiz"), only the full name tells whose death it is."""
    last = name.split()[-1] if name.split() else ""
    if not last:
        return False
    shared = any(p != name and p.split() and p.split()[-1] == last for p in people)
    n = re.escape(name if shared else last)
    return re.search(n + r"(?![\w-])" + _DEATH_AFTER, text) is not None \
        or re.search(_DEATH_BEFORE + n + r"(?![\w-])", text) is not None \
        or re.search(n + r"[’']s (?:death|killing|murder|assassination|funeral)\b", text) is not None
