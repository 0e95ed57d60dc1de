"""Figures: quantities with their qualifier and the noun they count.

"more than 40 delivery trucks", "between 200 and 250 hectares", "two dozen
schools", "the third round", "Tomas, 39" (an age). Years, dates, weekdays, clock times and
numbers that are part of a name ("3rd Battalion", "Highway 9", "phase two", "COVID-19") are not
quantities.

A number with no noun after it is still a figure where news writing leaves the noun out ("killed
at least 38", "over 3,100 of the residents", "drops to nine"); what it counts then comes from the
parse (a partitive "of X", an elided noun before it, or its clause). Ages ("aged seven", "Another
sister, 31,"), hyphenated measures ("a two-day strike"), ordinals that count events ("the second
attempt"), frequencies ("once a year") and "one" used as a count ("with one landing") are
figures; "one" as a determiner ("One resident said") is not. A headline's number repeated in the
body and a later mention of a fact already given are left out, and an amount with its conversions
("40 miles (64 km)", "5 litres (1.3 US gallons, 1.1 imperial gallons)") is one figure.

What a figure counts reads as the noun of "How many ...?": the head noun after the number ("four
crew members", "400 MW", "30 °C"), a partitive ("12 of them" after "43 people", "two of the
injured"), a measure or group it sizes ("a population of 5.4 million", "a family of four"), a
noun another number already counted ("one passenger was hurt and two more"), else its clause.
Units come from a broad lexicon by class (time, length, area, mass, volume, speed, energy, data,
temperature, money, counters), so a number before any of them is an amount, not a year or a name.
A falling pair after a vote or ruling ("passed 52 to 48") is a tally, a rising one a range;
multiples ("1.3 times the size", "a factor of two"), bounds ("50 or more employees") and money
with a currency code ("USD 2 million", "Rs 500", "Rs 500 crore") keep their words together.
Units written onto the number ("5km", "120mph", "30C", "4m visitors") are amounts; telephone
numbers ("020 7946 0958"), a number between "a" and a singular noun ("a 911 call") and one after a
label noun ("level 4") are not quantities.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.facts import Figure
from quizapp.generate.lexicon import (
    COMPOUND_UNITS, CURRENCY_WORDS, EVENT_NOUNS, FIGURE_QUALIFIERS_EXTRA, FIGURE_QUALIFIERS_MORE, FRACTION_WORDS, FREQUENCY_UNITS, MEASURE_WORDS,
    MULTIPLIER_VERBS, NUMBER_WORDS_EXTRA, PEOPLE_NOUNS_MORE, PERSON_NOUNS_MORE, MEASURE_NOUNS, CURRENCY_PREFIXES, TIME_UNITS, MEASURE_UNITS, COUNTER_UNITS, UNIT_ABBREVIATIONS, PEOPLE_NOUNS, KIN_NOUNS, ROLE_NOUNS, SCORE_WORDS, MONTHS, ORDINAL_WORDS,
    SCALE_WORDS, SINGULAR_UNITS, WEEKDAYS, MEASURE_UNIT_KEYS, CHANGE_VERBS, MARGIN_VERBS,
)
from quizapp.generate.lexicon import NUMBER_WORDS as _BASE_NUMBER_WORDS
from quizapp.generate.lexicon import QUALIFIERS as _BASE_QUALIFIERS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from quizapp.generate.article import Article

NUMBER_WORDS = {**_BASE_NUMBER_WORDS, **NUMBER_WORDS_EXTRA}
QUALIFIERS = list(dict.fromkeys([*_BASE_QUALIFIERS, *FIGURE_QUALIFIERS_EXTRA, *FIGURE_QUALIFIERS_MORE]))
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "200,0000" (a slip of the keyboard) is still one number, not "200,000" and a stray 0.
_DIGITS = r"\d{1,3}(?:,\d{3})+\d*(?:\.\d+)?|\d+(?:\.\d+)?"
# "lakh" (100,000) and "crore" (10 million) are the scale words of South Asian news writing.
_NUM = rf"(?:{_DIGITS}|(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*)(?:\s+(?:hundred|thousand|million|billion|trillion|lakhs?|crores?))?"
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
# "more than a mile", "nearly an hour": "a" as one of a unit of measure (never of a counter: "about
# a set of rules" is no figure).
_A_UNITS = sorted(SINGULAR_UNITS | MEASURE_UNITS - {"bit", "bar", "stone", "cup", "league", "term", "season", "weekend", "knot",
                                                     "amp", "volt", "byte", "pixel"}, key=len, reverse=True)
_UNITS = "|".join(re.escape(u) for u in _A_UNITS)
FIGURE_RE = re.compile(
    rf"""(?<![\w$€£¥.,])(?:(?P<qual>{_QUAL})\s+)?
        (?: between\s+(?P<lo1>{_NUM})\s+and\s+(?P<hi1>{_NUM})
          | from\s+(?P<lo2>{_NUM})\s+to\s+(?P<hi2>{_NUM})
          | (?P<lo3>{_DIGITS})\s*(?:-|–|—|to)\s*(?P<hi3>{_DIGITS})(?![\d,])
          | (?P<lo4>{_WORDS})\s+to\s+(?P<hi4>{_WORDS})
          | (?P<cur>(?:US|AU|A|CA|C|NZ|HK|S)?[$€£¥])\s?(?P<money>{_NUM}(?:bn|tn|m|k)?)(?![\d.,]\d)
          | (?P<half>half\s+a\s+dozen)
          | half\s+an?\s+(?P<halfscale>hundred|thousand|million|billion|trillion)
          | (?P<part>(?:a|one)[\s-]+quarter|three[\s-]+quarters|(?:a|one)[\s-]+third|two[\s-]+thirds)\s+of\s+an?\s+
            (?P<quarterscale>thousand|million|billion|trillion)
          | (?P<dozen>a\s+dozen)
          | an?\s+(?P<ascale>hundred|thousand|million|billion|trillion)
          | (?P<num>{_NUM})
          | (?P<one>an?)(?=\s+(?:{_UNITS})\b)
        )\b(?P<more>\s+more)?""",
    re.IGNORECASE | re.VERBOSE,
)
# A number with its unit written on ("5km", "20kg", "120mph", "3.5GW"); "5m" only as a height or
# length ("40m high"), for it may be a million as well as metres; never a code ("A4", "B52": a letter before the digits).
SCALED_COUNT_RE = re.compile(rf"(?<![\w$€£¥.,/-])(?:(?P<qual>{_QUAL})\s+)?(?P<n>{_DIGITS})(?P<scale>m|bn|k)(?![\w/-])")
PC_RE = re.compile(rf"(?<![\w$€£¥.,/-])(?P<n>{_DIGITS})\s?pc\b")
GLUED_UNIT_RE = re.compile(
    rf"(?<![\w$€£¥.,/-])(?:(?P<qual>{_QUAL})\s+)?(?P<n>{_DIGITS})(?P<unit>km/h|km|cm|mm|kg|mg|mph|kph|kmh|ml|ha|"
    r"kW|MW|GW|kWh|MWh|GWh|TWh|GB|MB|TB|lbs?|oz|ft(?:\s\d{1,2}in)?|sq\s?km|m(?=\s+(?:high|tall|long|wide|deep)\b)|"
    r"(?<=\d)[CF](?=\W))(?![\w/-])")
ORDINAL_RE = re.compile(
    rf"\b(?P<ord>{'|'.join(ORDINAL_WORDS)}|second|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
YEAR_OLD_RE = re.compile(rf"\b(?P<age>\d{{1,3}}|(?:{_WORDS})(?:-(?:{_WORDS}))?)-year-old\b", re.IGNORECASE)
LEFT_MODIFIER_RE = re.compile(r"(?:\bthe\s+)?\b(?:first|last|past|next|previous|coming|final|latest)\s+$", re.IGNORECASE)
TIME_AFTER_RE = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|[ap]\.?m\b)", re.IGNORECASE)
_FRACTIONS = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
# "about a third of revenue", "nearly a fifth", "two thirds of voters", "Half were given"
FRACTION_RE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?(?P<frac>(?:a\s+|(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+)(?:{_FRACTIONS})|(?<!the\s)(?<!first\s)(?<!second\s)(?<!latter\s)half(?!\s+an?\s+(?:dozen|hundred|thousand|million|billion|trillion|{_UNITS})\b)\b)(?!-)",
    re.IGNORECASE)
_MONEY = rf"(?:{_NUM})(?:bn|tn|m|k)?"
# "between $350 million and $400 million", "$2-$3 billion": one range, not two sums
MONEY_RANGE_RE = re.compile(
    rf"(?<![\w.,])(?:between|from)\s+(?P<cur>[$€£¥])\s?(?P<lo>{_MONEY})\s+(?:and|to)\s+[$€£¥]?\s?(?P<hi>{_MONEY})\b",
    re.IGNORECASE)
# "one in eight participants", "nine in 10 villages": one figure, never "eight participants"
# "one out of every hundred pupils": the "every" belongs to the ratio.
RATIO_RE = re.compile(rf"(?<![\w$.,])(?:(?P<qual>{_QUAL})\s+)?(?P<a>{_NUM})\s+(?:in|out\s+of)\s+(?:every\s+|each\s+)?(?P<b>{_NUM})\b", re.IGNORECASE)
SCORE_RE = re.compile(r"(?<![\w.,/–-])\(?(?P<score>\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?)\)?(?![\w/–-]|[.,]\d)")
# "a 200-acre farm", "a 10-day trial": a number joined to its unit before a noun
# "a three-day strike", "a six-page leaflet", "a 4.7-magnitude quake" likewise with a unit word.
COMPOUND_RE = re.compile(
    rf"(?<![\w.,$-])(?P<n>\d[\d,]*(?:\.\d+)?|(?:{_WORDS})(?:-(?:{_WORDS}))?)-(?P<unit>[a-z]+(?:/[a-z]+)?)\b(?!-)",
    re.IGNORECASE)
# "aged seven", "age 29", "at the age of 17": an age with no name in commas.
_AGE = rf"\d{{1,3}}|(?:{_WORDS})(?:-(?:{_WORDS}))?"
AGED_RE = re.compile(rf"\b(?P<kw>aged|age(?:\s+of)?|ages)\s+(?:(?P<between>between)\s+)?(?P<n>{_AGE})"
                     rf"(?:\s*(?:-|–|to|(?(between)and|to))\s*(?P<hi>{_AGE}))?\b(?![-.,]\d)"
                     rf"(?P<bound>\s+(?:and|or)\s+(?:over|older|above|under|younger|up))?", re.IGNORECASE)
# The rest of a list of ages after "aged seven": ", eleven, fifteen, two aged sixteen, 44, and 61".
AGE_ITEM_RE = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<n>\d{{1,3}}|(?:{_WORDS})(?:-(?:{_WORDS}))?)"
    rf"(?:\s+aged\s+(?P<n2>\d{{1,3}}|(?:{_WORDS})(?:-(?:{_WORDS}))?))?(?=\s*(?:,|;|\.|\band\b|$))", re.IGNORECASE)
# "once a year", "twice a day", "three times a week"; "24/7" (all day, every day).
FREQUENCY_RE = re.compile(
    rf"\b(?P<f>once|twice|thrice|(?:{_WORDS}|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>[a-z]+)\b|(?<![\w/])24/7(?![\w/])",
    re.IGNORECASE)
# "scored twice", "was arrested three times": how often something happened.
TIMES_RE = re.compile(rf"\b(?:(?P<qual>{_QUAL})\s+)?(?P<t>twice|thrice|(?P<n>{_WORDS}|\d+)\s+(?:(?:separate|different|distinct|consecutive|straight)\s+)?times)\b"
                      rf"(?!\s+(?:as|more|less|fewer|higher|lower|larger|smaller|bigger|the|a|an|per|each|every|over)\b)", re.IGNORECASE)
# "a magnitude 3.8 earthquake", "quakes over magnitude 6.1", "magnitude 3+".
# (A qualifier before these is looked up behind the match: a leading alternation of every
# qualifier would be tried at every position of the text.)
MAGNITUDE_RE = re.compile(r"\bmagnitude[-\s]+(?P<n>\d+(?:\.\d+)?\+?)(?![\d.]\d)", re.IGNORECASE)
QUAL_BEFORE_RE = re.compile(rf"(?<![\w])(?P<qual>{_QUAL})\s+$", re.IGNORECASE)
# "1.3 times the size of Earth", "three times as many": a multiple of something ("twice the size",
# with no number word, is a comparison the annotation leaves out).
MULTIPLE_RE = re.compile(rf"\b(?P<t>(?P<n>{_WORDS}|\d+(?:\.\d+)?)\s+times)\s+(?P<what>the|as|more|higher|larger|"
                         rf"bigger|smaller|greater|faster|longer|lower|fewer|less)\b(?:\s+(?P<noun>[a-z]+))?", re.IGNORECASE)
# "USD 2 million", "Rs 500", "₹500": a currency code or sign before the amount; "40p": pence.
_CODES = "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
CODE_MONEY_RE = re.compile(rf"(?<![\w$])(?P<cur>{_CODES})\s?(?P<money>{_DIGITS}(?:\s+(?:million|billion|trillion|lakhs?|crores?))?(?:bn|tn|m|k)?)(?![\w,.]?\d)")
# (Pence above 99 are written in pounds, so "720p" is a video resolution, not money.)
PENCE_RE = re.compile(r"(?<![\w.,$£])(?P<n>\d{1,2})p\b(?!\s+(?:video|resolution|screen|display|camera|stream)\b)")
# "cut by a factor of two", "a factor of 10 higher": a multiple.
FACTOR_RE = re.compile(rf"\b(?:an?\s+)?factor\s+of\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n>{_NUM})\b(?![.,]\d)", re.IGNORECASE)
SUSPENDED_AGES_RE = re.compile(r"\b(?P<a>\d{1,3})-?\s+(?:to|and)\s+(?P<b>\d{1,3})-year-olds\b")
AGE_DECADE_RE = re.compile(r"\bin\s+(?P<who>his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?"
                           r"(?P<d>[2-9]0s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
                           re.IGNORECASE)
TIME_COUNT_RE = re.compile(rf"(?<![\w-])(?P<t>(?P<n>\d+|{_WORDS})-times?)(?![\w-])", re.IGNORECASE)
FOLD_RE = re.compile(rf"(?<![\w-])(?P<n>\d+|{_WORDS})-?fold\b", re.IGNORECASE)
MULTIPLIER_RE = re.compile(rf"\b(?P<verb>{'|'.join(MULTIPLIER_VERBS)})\b", re.IGNORECASE)
AGE_BOUND_RE = re.compile(
    rf"\b(?P<who>{'|'.join(sorted(PEOPLE_NOUNS | PEOPLE_NOUNS_MORE, key=len, reverse=True))})\s+(?:(?P<aged>aged)\s+)?(?P<fig>(?:(?P<q>over|under|older\s+than|younger\s+than)\s+)?"
    rf"(?P<n>\d{{1,3}}|{_WORDS})(?:\s+(?:and|or)\s+(?:over|older|above|under|younger|up))?)\b",
    re.IGNORECASE)
# Mixed numbers: "two and a half hours", "four and three quarters metres", and a unit with its half
# ("a year and a half", "an hour and a half", "three miles and a half"): one amount, never a bare "two".
_MIXED_FRAC = rf"a\s+(?:half|quarter|third)|(?:one|two|three|four|five|seven|nine)[\s-]+(?:{_FRACTIONS})"
MIXED_RE = re.compile(
    rf"(?<![\w$.,-])(?:(?P<qual>{_QUAL})\s+)?(?:(?P<n>{_NUM})\s+and\s+(?P<f>{_MIXED_FRAC})(?![\w-])"
    rf"|(?:(?P<a>an?|{_NUM})\s+|(?<=\bpast\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bfirst\s))(?P<unit>{'|'.join(sorted(MEASURE_UNITS, key=len, reverse=True))})s?\s+and\s+a\s+half\b)",
    re.IGNORECASE)
_FRACTION_VALUES = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3, "fifth": 0.2,
                    "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
# "several thousand marchers", "a few hundred fans": a scale word after a vague word is no count.
VAGUE_SCALE_RE = re.compile(r"\b(?:several|a\s+few|few|many|numerous|countless|multiple|a\s+couple(?:\s+of)?)\s+$",
                            re.IGNORECASE)
PHONE_RE = re.compile(r"(?<![\w.,])\+?\(?\d+\)?(?:[ -]\(?\d+\)?)+(?!\w|[.,]\d)")
SECOND_DAY_RE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}\s*(?:,|and|or|to|-|–)\s*$", re.IGNORECASE)
# Verbs of change and of outcome whose "by N" is an amount, never a clock time ("rose by 5",
# "won by 12", "approved by 21 of 23 members").
CHANGE_VERBS = {
    "rise", "fall", "increase", "decrease", "grow", "drop", "cut", "reduce", "raise", "lower", "climb", "jump",
    "decline", "shrink", "slip", "surge", "soar", "plunge", "tumble", "gain", "lose", "win", "beat", "lead",
    "trail", "outnumber", "exceed", "approve", "pass", "reject", "defeat", "extend", "delay", "shorten", "boost",
}
# Nouns "one" picks out rather than counts ("there is one thing", "one way to do it").
ABSTRACT_NOUNS = {
    "thing", "way", "reason", "problem", "question", "issue", "point", "exception", "difference", "chance", "time",
    "place", "option", "answer", "solution", "lesson", "hope", "concern", "fear", "goal", "aim", "idea", "rule",
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "another", "one", "his", "her", "their", "its", "our"}
MAX_NOUN_TOKENS = 4
# Nouns a number labels rather than counts ("raised the alert to level 4", "moved to phase 2"); the
# parser may tag them as verbs ("level", "stage", "exit").
LABEL_NOUNS = {"level", "phase", "stage", "category", "grade", "tier", "page", "section", "chapter", "article",
               "clause", "paragraph", "room", "gate", "platform", "terminal", "exit", "lane", "route", "ward",
               "zone", "step", "version", "flight", "pier", "berth", "bay", "block"}
VAGUE_NOUNS = {"time", "times", "one", "ones", "other", "others", "century", "centuries"}


class FigureFinder:
    def __init__(self, article: "Article"):
        self.art = article
        self.doc = article.doc
        self.text = article.text

    def _token_at(self, pos: int) -> "Token | None":
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _next_token(self, end: int) -> "Token | None":
        m = re.match(r"\s*", self.text[end:])
        pos = end + m.end()
        return self._token_at(pos) if pos < len(self.text) else None

    def _counted_noun(self, end: int) -> tuple[str, int] | None:
        """The noun phrase right after a number: ("fishing boats", end) or None."""
        tok = self._next_token(end)
        if tok is None or tok.sent != self._token_at(max(end - 1, 0)).sent:
            return None
        if tok.lower_ == "percent" or tok.text == "%":
            return tok.text, tok.idx + len(tok.text)
        per_cent = re.match(r"per\s+cent\b", self.text[tok.idx:], re.I)
        if per_cent:  # "3 per cent", as British papers write it
            return "percent", tok.idx + per_cent.end()
        if tok.lower_ in CURRENCY_WORDS:  # "2 billion rupees"
            return tok.text, tok.idx + len(tok.text)
        hyph = re.match(r"\s+([a-z]+-[a-z]+)\b", self.text[end:])
        if hyph and (hyph.group(1) in MEASURE_UNITS or hyph.group(1).rstrip("s") in MEASURE_UNITS):
            return hyph.group(1), end + hyph.end()  # "40 light-years", "300 kilowatt-hours"
        rate = re.match(r"\s?((?:km|m|mi|ft|kg|g|cm|mm)/(?:h|hr|s|sec|min|day|yr))\b", self.text[end:])
        if rate:  # "120 km/h", "9.8 m/s"
            return rate.group(1), end + rate.end()
        deg = re.match(r"\s?[°º]\s?([CF])?(?![A-Za-z])", self.text[end:])
        if deg:  # "30 °C", "86°F", "a 5° slope"
            return ("degrees " + {"C": "Celsius", "F": "Fahrenheit"}[deg.group(1)] if deg.group(1) else "degrees"), end + deg.end()
        scale = re.match(r"\s+(degrees?\s+(?:Celsius|Fahrenheit|centigrade|Kelvin))\b", self.text[end:])
        if scale:  # "40 degrees Celsius": the scale's capital name is part of the unit, not a name
            return scale.group(1), end + scale.end()
        if tok.text in CASED_UNITS and self.text[end:tok.idx].strip() == "":  # "400 MW", "16 GB", "30 °C"
            return tok.text, tok.idx + len(tok.text)
        start_tok = self._token_at(max(end - 1, 0))
        if self._capitalised_plural(tok, start_tok):
            return tok.text, tok.idx + len(tok.text)
        toks = []
        for t in self.art.tokens[tok.i: tok.i + MAX_NOUN_TOKENS]:
            if t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"} and (t.is_alpha or re.fullmatch(r"(?:[A-Z]\.){2,}", t.text)) \
                    or "-" in t.text and t.pos_ in {"NOUN", "ADJ"}:  # "12 billion U.S. gallons"
                toks.append(t)
                nxt2 = self.art.tokens[t.i + 1: t.i + 3]
                related = len(nxt2) == 2 and nxt2[0].tag_ == "VBN" and nxt2[1].pos_ == "NOUN"  # "flu related absences"
                if t.pos_ == "NOUN" and not (nxt2 and nxt2[0].pos_ == "NOUN" or related):
                    break
            else:
                break
        while toks and toks[-1].pos_ != "NOUN":
            toks.pop()
        if toks and (toks[0].lower_ in {"last", "next", "previous", "past", "this", "every", "each"}
                     or toks[-1].lower_ in {"tonight", "today", "tomorrow", "yesterday", "midnight", "noon", "overnight"}):
            return None  # "rose by 12 last year", "by 5 tonight": a time of the clause, not what the number counts
        if not toks and tok.tag_ == "VBG" and tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}:
            toks = [tok]  # "with one landing": a gerund counted like a noun
        if not toks or toks[-1].lower_ in VAGUE_NOUNS:
            return None
        if toks[-1].lower_ == "thanks" and re.match(r"\s+to\b", self.text[toks[-1].idx + 6:]):
            return None  # "won 2-1 thanks to a late goal": a compound preposition, nothing counted
        if not toks[-1].text.islower():
            return None  # "12 Downing Street", a name; "12 Western governors" counts governors
        if toks[0].text[:1].isupper() and toks[0].i == toks[0].sent.start:
            return None
        return self.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)], toks[-1].idx + len(toks[-1].text)

    def _capitalised_plural(self, tok: "Token", num: "Token | None") -> bool:
        """"all 7 Trustees", "the 27 Member States" (a capitalised plural after a determiner) and
        "twelve Q-40s", "two F-35s" (a model designation made plural) are counts, not names."""
        if num is None or tok.i != num.i + 1 or not tok.text.endswith("s") or tok.text.endswith("'s"):
            return False
        if re.fullmatch(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?s", tok.text):
            return True
        if tok.ent_type_ == "NORP" and tok.is_alpha and tok.text[1:].islower():
            return True  # "13 Danes", "45 Republicans": a plural of a nationality or party
        first = num
        while first.i > first.sent.start and first.nbor(-1).like_num:
            first = first.nbor(-1)
        det = first.nbor(-1) if first.i > first.sent.start else None
        return det is not None and det.lower_ in {"all", "the", "both", "its", "their", "these", "those", "our", "his", "her"} \
            and tok.tag_ in {"NNPS", "NNS"} and tok.is_alpha and tok.text[1:].islower() and tok.i + 1 < len(self.doc) \
            and not self.art.tokens[tok.i + 1].text[:1].isupper()

    def _is_date_or_name(self, start: int, end: int, number: str, qualified: bool = False) -> bool:
        before = self.text[max(0, start - 15): start].lower()
        after = self.text[end: end + 15].lower()
        # Only a month or weekday right beside the number makes a date: "June 8", "8 June",
        # "Monday 4"; "On June 21 — two days after the ruling" leaves "two days" a quantity.
        word_before = re.findall(r"([a-z]+)\.?\s*$", before)[-1:] or [""]
        word_after = re.findall(r"^(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?)([a-z]+)", after)[:1] or [""]
        # Months and weekdays are written with a capital: "the toll of 40 may rise" is no date.
        cap_before = re.search(r"([A-Za-z]+)\.?\s*$", self.text[max(0, start - 15): start])
        cap_after = re.match(r"(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?)([A-Za-z]+)", self.text[end: end + 15])
        if word_before[0].rstrip(".") in MONTHS | WEEKDAYS and cap_before and cap_before.group(1)[0].isupper() \
                or word_after[0] in MONTHS | WEEKDAYS and cap_after and cap_after.group(1)[0].isupper():
            return True
        if re.search(r"\d[-–]\d+[-–]$", self.text[max(0, start - 12): start]):
            return True  # the last of "4-4-2", "2024-05-03": a formation, a date or a code
        if re.fullmatch(r"\d+", number) and self._phone_number(start, end):
            return True
        if SECOND_DAY_RE.search(self.text[max(0, start - 25): start]):
            return True  # "on June 8 and 9": the second day of a date
        first_day = re.match(r"\s*(?:,|and|or|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)", self.text[end: end + 25])
        if first_day and first_day.group(1).lower() in MONTHS and re.fullmatch(r"\d{1,2}", number):
            return True  # "on 8 and 9 June": the first day of a date
        time = TIME_AFTER_RE.match(self.text[end:])
        if time and not self._radio_band(end, time):
            return True
        if re.match(r"\s*:\d\d", self.text[end:]):
            return True
        if re.match(r"[:/]\d", self.text[end:]) or re.search(r"\d[:/]$", self.text[max(0, start - 2): start]):
            return True  # "9/11", "3:1", "5/6/2019": a date, a ratio or a fraction written with signs
        if re.search(r"\b(?:top|bottom)\s+$", self.text[max(0, start - 8): start], re.I) and not self._counted_noun(end):
            return True  # "finished top 10": a rank bracket, no count
        unit_after = re.match(r"\s+([a-z/]+)", self.text[end:])
        after_time_word = word_before[0] in {"in", "since", "by", "until", "till", "from", "during", "before", "after", "of"}
        # Outside the years news mostly names, a plural noun makes the number an amount ("carried 1800
        # passengers"); with a determiner it may still be a year ("the 1848 revolutions").
        plural_after = unit_after is not None and not re.fullmatch(r"(?:19|20[0-3])\d", number) \
            and not re.search(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s)\s+$", before) \
            and (self._next_token(end) is not None and self._next_token(end).tag_ == "NNS")
        if re.fullmatch(r"(1[0-9]|20)\d\d", number) and not (qualified or unit_after and (unit_after.group(1) in AMOUNT_UNITS or plural_after)
                                                             and not after_time_word):
            return True  # a year ("in 2019", "the 2018 election"), but "1500 km", "about 2000 people" count
        if re.search(r"[A-Za-z][-/]?$", self.text[max(0, start - 2): start]):
            return True  # "G7", "COVID-19"
        prev = re.search(r"([A-Z][\w.]*)\s+$", self.text[max(0, start - 30): start])
        if prev and re.match(r"\d", number) and not qualified \
                and not re.search(r"(?:[.!?:]\s+|\n|^)[A-Z][\w.]*\s+$", self.text[max(0, start - 32): start]) \
                and not re.match(r"\s+[a-z]+s\b", self.text[end:]):
            return True  # "Article 5", "Flight 17" (but "gave Israel 30 days" counts days)
        if prev and re.fullmatch(r"\d+", number) and not qualified and re.search(
                rf"(?:\b(?:the|of|by|for|from|with|and)|[a-z,])\s+{re.escape(prev.group(1))}\s+{number}\b", self.text):
            return True  # "Silent 52 sailed" at a sentence start, where "the Silent 52 Project" names it elsewhere
        return False

    def _phone_number(self, start: int, end: int) -> bool:
        """A group of a telephone number ("call 020 7946 0958", "+44 161 496 0000"): digits in
        three or more groups of seven digits or more, a leading "+", or a group that starts with 0."""
        for m in PHONE_RE.finditer(self.text, max(0, start - 25), min(len(self.text), end + 25)):
            if m.start() <= start and end <= m.end():
                groups = re.findall(r"\d+", m.group(0))
                return len(groups) >= 2 and (m.group(0).startswith("+") or any(
                    len(g) > 1 and g.startswith("0") for g in groups) or (
                    len(groups) >= 3 and sum(map(len, groups)) >= 7))
        return False

    def _radio_band(self, end: int, time: re.Match) -> bool:
        """"four FM radio stations": AM and FM before the stations they name are no clock time."""
        word = time.group(0).strip()
        if word not in {"AM", "FM"}:
            return False
        nxt = self._next_token(end + time.end())
        return nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()

    def find(self):
        """Every figure once: the raw finds, less a headline's repeat of a body figure and a later
        mention of a fact already found, with an amount and its conversion joined into one."""
        figs = sorted(self._find_raw(), key=lambda f: (f[3], f[4]))
        figs = self._join_conversions(figs)
        yield from self._drop_repeats(figs)

    def _find_raw(self):
        taken: list[tuple[int, int]] = []
        for fig in self._whole_forms():
            if not any(s < fig[4] and fig[3] < e for s, e in taken):
                taken.append((fig[3], fig[4]))
                yield fig
        for m in FIGURE_RE.finditer(self.text):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if m.group("lo3") and re.fullmatch(r"\d{3}", m.group("lo3")) and re.fullmatch(r"\d{3}[1-9]", m.group("hi3")) \
                    and "-" in m.group(0):
                continue  # "555-1234": a telephone number, not a range
            if m.group("lo4") and (m.group("lo4").lower() == "one" or NUMBER_WORDS.get(m.group("lo4").lower(), 0)
                                   >= NUMBER_WORDS.get(m.group("hi4").lower(), 0)):
                continue  # "one to one", "ten to one": not a range
            number_text = m.group("num") or m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4") or ""
            qual = (m.group("qual") or "").lower()
            if m.group("num") and m.group("num").lower() == "one" and not self._one_counts(m, qual):
                continue  # "one nurse said", "one of them": a pronoun or an indefinite far more than a count
            if m.group("one") and not qual:
                continue  # a bare article is no figure
            if qual in {"some", "over", "under", "only"} and m.group("one"):
                continue
            if m.group("num") and m.group("num").lower() in SCALE_WORDS \
                    and VAGUE_SCALE_RE.search(self.text[max(0, start - 12): start]):
                continue  # "several thousand marchers": vague, the size is not given
            if m.group("num") and m.group("num").lower() == "zero" and not qual:
                continue  # "zero tolerance": a figure only as "almost zero", "down to nearly zero"
            if self._is_date_or_name(m.start("num") if m.group("num") else start, end, number_text.strip(),
                                     qualified=bool(qual)):
                continue
            age = self._age(start, end, m)
            if age:
                taken.append((age[3], age[4]))
                yield age
                continue
            if m.group("cur"):
                yield self._money(m)
                taken.append((start, end))
                continue
            noun = self._counted_noun(end)
            bound = re.match(r"\s+(?:or|and)\s+(?P<b>more|fewer|less|over|above|older|younger|up)\b", self.text[end:]) \
                if not noun and (m.group("num") or "").lower() not in SCALE_WORDS else None
            bound_noun = self._counted_noun(end + bound.end()) if bound else None
            if bound_noun:  # "firms with 50 or more employees": a bound, with its noun after it
                value = f"{self._value(m)} or {bound.group('b').lower()}"
                taken.append((start, bound_noun[1]))
                yield self.text[start:bound_noun[1]], value, bound_noun[0], start, bound_noun[1]
                continue
            if not noun:
                bare = self._without_noun(m, start, end)
                if bare:
                    taken.append((bare[3], bare[4]))
                    yield bare
                continue
            counts, noun_end = noun
            last = self._token_at(noun_end - 1)
            if not qual and m.group("num") and re.fullmatch(r"\d+", m.group("num")) and int(m.group("num")) > 1 \
                    and last is not None and last.tag_ == "NN" and last.is_alpha and counts.lower() not in AMOUNT_UNITS \
                    and counts.lower() not in {"percent", "per cent"} \
                    and counts.lower() not in SINGULAR_UNITS and " " not in counts \
                    and re.search(r"\b(?:a|an)\s+$", self.text[max(0, start - 4):start], re.I):
                continue  # "a 911 call", "a 737 jet": a number before a singular noun after "a" names it
            counts, noun_end = noun
            if qual == "over" and m.group("num") and counts.lower() in TIME_UNIT_WORDS or qual and self._particle(start):
                start = m.start("num")  # "over three years" is a duration: the preposition stays out
            if counts.lower() in {"percent", "%"}:
                counts, noun_end = self._percent_of(noun_end, counts)
            if counts.lower().startswith("strong "):  # "its 40 strong fleet", unhyphenated: the fleet's size
                counts = f"size of the {counts[len('strong '):]}"
            left = LEFT_MODIFIER_RE.search(self.text[max(0, start - 20): start])
            fig_start = start - (len(left.group(0)) if left and not m.group("qual") else 0)
            value = self._value(m)
            if counts.lower() in {"cents", "cent", "pence", "p"}:
                value = f"{value} {counts.lower()}"  # "48 cents" is not 48 of the currency
            taken.append((fig_start, noun_end))
            yield self.text[fig_start:noun_end], value, counts, fig_start, noun_end
        for m in SCALED_COUNT_RE.finditer(self.text):  # "4m visitors", "1.2bn people": a scale written short
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            nxt = self._next_token(m.end())
            if nxt is None or nxt.tag_ != "NNS" or not nxt.text.islower() or nxt.lower_ in AMOUNT_UNITS \
                    or self.text[m.end():nxt.idx] != " ":
                continue  # "a 4m wall" (metres), "4m high": no count
            qual = (m.group("qual") or "").lower()
            start = m.start() if qual else m.start("n")
            e = nxt.idx + len(nxt.text)
            value = self.text[start:m.end()]
            taken.append((start, e))
            yield self.text[start:e], value[:1].lower() + value[1:] if qual else value, nxt.text, start, e
        for m in PC_RE.finditer(self.text):  # "grew 3.1pc", as British papers abbreviate per cent
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                yield m.group(0), f"{m.group('n')} percent", "percent", m.start(), m.end()
        for m in GLUED_UNIT_RE.finditer(self.text):  # "ran 5km", "a 20kg bag": the unit written onto the number
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            unit = m.group("unit")
            if unit in {"C", "F"}:
                if not re.search(r"(?:^|[^\w])(?:minus\s+|[a-z]+\s+)$", self.text[max(0, m.start() - 20):m.start()]):
                    continue  # "Flat 30C", "Room 12F": a label after a name, not degrees
                unit = "degrees Celsius" if unit == "C" else "degrees Fahrenheit"
            qual = (m.group("qual") or "").lower()
            start = m.start() if qual else m.start("n")
            minus = re.search(r"\bminus\s+$", self.text[max(0, start - 6):start])
            if minus and not qual:
                start -= len(minus.group(0))
            value = self.text[start:m.start("unit")].strip()
            value = value[:1].lower() + value[1:]
            taken.append((start, m.end()))
            yield self.text[start:m.end()], value, re.sub(r"\s\d.*", "", unit), start, m.end()
        for m in YEAR_OLD_RE.finditer(self.text):  # "a 34-year-old teacher", "a nine-year-old girl"
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            yield m.group(0), _number(m.group("age")), "age in years", m.start(), m.end()
        for m in ORDINAL_RE.finditer(self.text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            word = m.group("ord").lower()
            if word == "second":
                fig = self._second(m)
                if fig:
                    taken.append((fig[3], fig[4]))
                    yield fig
                continue
            if self._is_date_or_name(m.start(), m.end(), word):
                continue
            nxt = self._next_token(m.end())
            # "for the third time" counts occurrences (the first time is a position, never asked)
            repeat = nxt is not None and nxt.lower_ == "time" and word not in {"first", "1st", "last"}
            if nxt is not None and nxt.lower_ in {"quarter", "quarters", "half"}:
                continue  # "the third quarter": a period of the year or of a game, a date more than a count
            if nxt is None or nxt.pos_ != "NOUN" or not nxt.text.islower() or nxt.lower_ in VAGUE_NOUNS and not repeat:
                continue  # "3rd Battalion" is a name, "the 3rd of May" a date
            value = f"{ORDINAL_WORDS[word]}{_suffix(ORDINAL_WORDS[word])}" if word in ORDINAL_WORDS else word
            det = re.search(r"\bthe\s+$", self.text[max(0, m.start() - 5): m.start()])
            s = m.start() - (len(det.group(0)) if det else 0)
            e = nxt.idx + len(nxt.text)
            taken.append((s, e))
            yield self.text[s:e], value, nxt.text, s, e

    def _second(self, m: re.Match):
        """"a second truck" (one more) and "the third attempt" (an event counted) are counts;
        "the second floor", "the second half" are positions, and "in a second" a time."""
        det = re.search(r"\b(a|an|the|its|his|her|their|our|my)\s+$", self.text[max(0, m.start() - 8): m.start()], re.I)
        nxt = self._next_token(m.end())
        if det is None or nxt is None or self.text[m.end(): m.end() + 1] == "-":
            return None
        toks = self.art.tokens
        noun = None
        for t in toks[nxt.i: nxt.i + 3]:
            if t.pos_ == "NOUN" and t.text.islower():
                noun = t
                if not (t.i + 1 < len(toks) and toks[t.i + 1].pos_ == "NOUN"):
                    break
            elif t.pos_ in {"ADJ", "NOUN"} and t.text.islower():
                continue
            else:
                break
        repeat = noun is not None and noun.lower_ == "time" and noun.i == nxt.i  # "for the second time"
        if noun is None or noun.lower_ in VAGUE_NOUNS | {"half"} and not repeat:
            return None
        indefinite = det.group(1).lower() in {"a", "an"}
        if not indefinite and not repeat and noun.lemma_.lower() not in EVENT_NOUNS and nxt.lemma_.lower() not in EVENT_NOUNS:
            return None
        s = m.start() - len(det.group(0))
        e = noun.idx + len(noun.text)
        return self.text[s:e], "2nd", self.text[m.end():e].strip(), s, e

    def _one_counts(self, m: re.Match, qual: str) -> bool:
        """"one" as a count, not a determiner or pronoun: qualified ("at least one"), a limit or an
        instrument ("to one pack", "with one landing"), one of two numbers ("three and one box"),
        or the whole object of a verb ("injured one and trapped six")."""
        s, e = m.start("num"), m.end("num")
        before = self.text[max(0, s - 30): s]
        after = self.text[e: e + 30]
        if re.match(r"\s+of\b", after) or re.search(r"\b(?:the|this|that|no|any|every|each)\s+(?:only\s+)?$", before, re.I):
            return False  # "one of them", "the only one", "no one"
        if qual:
            return True
        noun = self._counted_noun(e)
        if re.search(r"\b(?:to|with)\s+$", before) and noun:
            return True
        tok = self._token_at(s)
        by = tok.head.head if tok is not None and tok.dep_ == "nummod" and tok.head.dep_ == "pobj" else None
        if noun and by is not None and by.lower_ == "by" and any(
                a.lemma_.lower() in MARGIN_VERBS and a.pos_ in {"VERB", "AUX"} for a in list(by.ancestors)[:3]):
            return True  # "won by one vote", "lost the seat by one point": a margin
        if noun and tok is not None and tok.i > tok.sent.start and self.art.tokens[tok.i - 1].lower_ == "by":
            # the parser may hang "by" on a verb further up ("the figures it gave differed from
            # the list by one digit"): a margin verb earlier in the same clause is enough
            for t in reversed(self.art.tokens[max(tok.sent.start, tok.i - 14): tok.i - 1]):
                if t.is_punct and t.text not in {"'", "’"}:
                    break
                if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in MARGIN_VERBS:
                    return True
        if re.search(rf"\b(?:{_WORDS}|\d+)\s+(?:and|or)\s+$", before, re.I) and noun:
            return True
        if noun and re.match(rf"\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:and|or|while)\s+(?:{_QUAL}\s+)?(?:\d|(?:{_WORDS})\b)(?!\s+of\b)",
                             after, re.I) and not re.match(r"\s+of\b", after):
            return True  # "left one person dead and 30 injured", "one man and two women": a count in a breakdown
        tok = self._token_at(s)
        if tok is not None and noun and self._listed_or_existential(tok):
            return True
        # "injured one and trapped six": the object beside another count; "did not find one" is a pronoun
        if tok is not None and not noun and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and not any(c.dep_ == "neg" for c in tok.head.children) \
                and re.match(rf"\s*,?\s*(?:and|or)\s+[a-z]+\s+(?:{_QUAL}\s+)?(?:\d|(?:{_WORDS})\b)", after, re.I):
            return True
        return False

    def _listed_or_existential(self, tok: "Token") -> bool:
        """"There was one survivor" (an existential "there is/was" states a count); "Six people
        were hurt, including four children and one teacher" (an item of a breakdown beside
        another number of the same sentence)."""
        noun = tok.head if tok.dep_ == "nummod" else None
        if noun is None or noun.pos_ != "NOUN":
            return False
        verb = noun.head
        if noun.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children):
            return noun.lower_ not in ABSTRACT_NOUNS  # "there is one thing we know" counts nothing
        if noun.dep_ == "conj" or noun.dep_ == "pobj" and verb.lower_ in {"including", "among", "plus"}:
            return any(t.pos_ == "NUM" and t.i != tok.i and t.lower_ != "one" and t.text[:1].isalnum()
                       and not re.fullmatch(r"(1[0-9]|20)\d\d", t.text) for t in tok.sent)
        return False

    def _without_noun(self, m: re.Match, start: int, end: int):
        """A number with no noun after it: "killed at least 38", "over 3,100 of the residents",
        "drops to nine", "214 recorded". What it counts comes from the parse (a partitive "of X",
        numbers sharing a noun, or the clause before it). A number right after a noun is a label
        ("phase two", "film 12") and one right before a capitalised word part of a name."""
        if m.group("dozen") or m.group("half") or m.group("one"):
            return None  # vague, or an article: "a dozen", "half a dozen" with nothing counted
        if m.group("num") and m.group("num").lower() in SCALE_WORDS:
            return None  # "half a million": "million" alone is no number
        qual = (m.group("qual") or "").lower()
        first = next(g for g in ("num", "lo1", "lo2", "lo3", "lo4", "halfscale", "quarterscale", "ascale") if m.group(g))
        num_start = m.start(first)
        tok = self._token_at(num_start)
        if tok is None:
            return None
        opening = self._token_at(start) or tok
        prev = self.art.tokens[opening.i - 1] if opening.i > tok.sent.start else None
        after = self.text[end:]
        shared = re.match(rf"(?P<mod>\s+[A-Z]{{2,}}|\s+[a-z]+)?\s+(?:and|or)\s+(?P<n2>{_NUM})\b", after, re.I)
        if shared and not re.fullmatch(r"\s+(?:and|or|to|of|in|at|by|for|from)", shared.group("mod") or "x", re.I):
            noun = self._counted_noun(end + shared.end())
            if noun:
                e = end + (shared.end("mod") if shared.group("mod") else 0)
                mod = (shared.group("mod") or "").strip()
                # "12 Dutch and 9 Belgian shops": the first number counts Dutch shops
                mod_tok = self._token_at(end + shared.start("mod") + len(shared.group("mod")) - len(mod)) if mod else None
                adjective = mod and (mod.isupper() or mod_tok is not None and mod_tok.pos_ in {"ADJ", "PROPN"})
                words = noun[0].split()
                counts = f"{mod} {' '.join(words[1:] if len(words) > 1 else words)}" if adjective else noun[0]
                return self.text[start:e], self._value(m), counts, start, e
        if prev is not None and (prev.pos_ in {"NOUN", "PROPN"} or prev.text in {"No.", "#"} or prev.lower_ in LABEL_NOUNS) \
                and not prev.is_punct \
                and not qual:
            return None  # "phase two", "Route 31", "Act No. 12": a label (a label takes no "over")
        nxt = self._next_token(end)
        if nxt is not None and nxt.sent == tok.sent and nxt.text[:1].isupper() and nxt.is_alpha:
            return None  # "104 FM", "7 Eleven": part of a name
        if re.match(r"\s*(?:[-–—/+]|\.\w)", after):
            return None
        if not qual and re.search(r"\(\s*$", self.text[max(0, start - 2): start]) and re.match(r"\s*\)", after):
            return None  # "O'Sullivan (9)": a shirt number, a reference, a list mark
        par_start = self.text.rfind("\n", 0, start) + 1
        if not self.text[par_start:start].strip() and re.match(r"[.)]", after):
            return None  # "1." "2)": a numbered list
        if not qual:
            if first == "num" and _number(m.group("num")) == "0":
                return None
            if prev is not None and prev.lower_ == "at" and prev.head.lemma_ in {"die", "retire"} \
                    and re.fullmatch(r"\d{2,3}", m.group(first) or "") and 0 < int(m.group(first)) < 120 \
                    and not re.match(r"\s*(?:[ap]\.?m\b|o'clock|:)", after, re.I):
                who = next((c for c in prev.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                name = self.art.people.person_name(who) if who is not None and who.pos_ == "PROPN" else None
                counts = f"{name}'s age" if name else f"age ({who.lower_})" if who is not None and who.pos_ == "PRON" else "age"
                return self.text[start:end], self._value(m), counts, start, end  # "died at 87", "retired at 65"
            change = prev is not None and prev.lower_ == "by" and prev.head.lemma_ in CHANGE_VERBS
            if prev is not None and prev.lower_ in {"at", "by", "until", "till", "before", "after", "around", "from"} \
                    and re.fullmatch(r"\d{1,2}", m.group(first) or "") and not change and not re.match(r"\s+of\b", after):
                return None  # "at 5", "until 11": a clock time (but "rose by 5", "by 21 of 23 members")
            if prev is not None and prev.lower_ in {"'s", "’s"}:
                return None
        if m.group("more"):
            # "one passenger was badly hurt and two more slightly": "more" of a noun already counted
            counted = self._elided_noun(tok, counted_only=True)
            if not counted:
                return None
            return self.text[start:end], self._value(m), f"{counted} (more)", start, end
        age = self._predicate_age(tok, m, qual)
        if age:
            return self.text[start:end], self._value(m), age, start, end
        lo, hi = m.group("lo3") or m.group("lo4"), m.group("hi3") or m.group("hi4")
        if lo and hi and float(_number(lo).replace(",", "")) > float(_number(hi).replace(",", "")):
            # "passed 52 to 48": a range runs from low to high, so a falling pair is a tally
            vote = re.search(r"\b(?:vot|pass|approv|reject|adopt|ballot|endors|back|rul|decid|split)\w*\W+(?:\w+\W+){0,3}$",
                             self.text[max(0, start - 60): start], re.I)
            return self.text[start:end], self._value(m), "votes for and against" if vote else "score", start, end
        counts = self._counts_from_parse(tok, end)
        if not counts:
            return None
        return self.text[start:end], self._value(m), counts, start, end

    def _predicate_age(self, tok: "Token", m: re.Match, qual: str) -> str | None:
        """"He was 101 and died at home", "Smith, who is 45, said": a bare whole number after
        "be" whose subject is a person is that person's age."""
        if qual or not m.group("num") or not re.fullmatch(r"\d{1,3}|[a-z]+(?:[\s-][a-z]+)?", m.group("num"), re.I):
            return None
        n = _number(m.group("num"))
        if not n.isdigit() or not 0 < int(n) < 120 or tok.dep_ not in {"attr", "acomp"} or tok.head.lemma_ != "be":
            return None
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        if subj.lower_ in {"he", "she"}:
            return f"age ({subj.lower_})"
        if subj.lower_ == "who" and tok.head.dep_ == "relcl":
            subj = tok.head.head
        name = self.art.people.person_name(subj) if subj.pos_ == "PROPN" else None
        return f"{name}'s age" if name else None

    def _counts_from_parse(self, tok: "Token", end: int) -> str | None:
        """What a number without a noun counts: "of the X" after it, else the words of its clause
        before it ("the outbreak killed", "that total falls to", "the population of the state is")."""
        of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|these\s+|those\s+|all\s+)?", self.text[end:])
        if of:
            if re.match(r"them|us|those|these\b", self.text[end + of.end():]):
                # "43 people died, 12 of them in the city": them are the people already counted
                return self._elided_noun(tok, counted_only=True) or self._counted_before(tok) \
                    or "of " + re.match(r"\w+", self.text[end + of.end():]).group(0)
            noun = self._partitive(end + of.end())
            if noun:
                return noun
        # "killed three and injured 12 people": the noun of the next number of the coordination
        coord = re.match(rf"\s+and\s+[a-z]+\s+(?:{_QUAL}\s+)?(?:{_NUM})\b", self.text[end:], re.I)
        if coord:
            noun = self._counted_noun(end + coord.end())
            if noun:
                return noun[0]
        top = tok
        while top.dep_ in {"nummod", "compound", "quantmod"} and top.head.like_num and top.head.i > top.i:
            top = top.head  # "5.4" of "5.4 million"
        verb_at = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "at" else None
        obj = next((c for c in verb_at.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) \
            if verb_at is not None and verb_at.pos_ == "VERB" else None
        if obj is None and verb_at is not None and verb_at.dep_ == "acl" and verb_at.head.pos_ == "NOUN" \
                and verb_at.head.text.islower() and verb_at.head.i < top.i:
            obj = verb_at.head  # "a crowd estimated at 50,000": the noun the participle describes is measured
        if obj is not None and obj.i < top.i:
            # "estimated the population at 1.1 million", "put the crowd at 5,000": the object is measured
            first = obj
            while first.i > first.sent.start and first.nbor(-1).dep_ in {"compound", "amod"} and first.nbor(-1).text.islower():
                first = first.nbor(-1)
            return self.text[first.idx: obj.idx + len(obj.text)]
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN" and top.head.i == tok.i - 1 \
                and top.head.head.i == top.head.i - 1 and top.head.head.text.islower():
            head = top.head.head
            first = head
            while first.i > first.sent.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).text.islower():
                first = first.nbor(-1)  # "the death toll of 40"
            noun = self.text[first.idx: head.idx + len(head.text)]
            if head.lower_ in {"total", "tally", "sum", "count", "number"}:
                # "won 60 seats; her rival ended with a total of 45": a total of what another number counted
                elided = self._elided_noun(tok, counted_only=True)
                for t in reversed(self.art.tokens[tok.sent.start: first.i]) if not elided else ():
                    counted = self._counted_noun(t.idx + len(t.text)) if t.like_num else None
                    if counted:  # the noun an earlier number of the sentence counts, however it was parsed
                        elided = counted[0].split()[-1]
                        break
                if elided:
                    return f"{noun} of {elided}"
            # "a population of 5.4 million" gives the population; "a family of four" the family's size
            return noun if head.lower_ in MEASURE_NOUNS else f"size of the {noun}"
        sent = tok.sent
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and abs(verb.i - tok.i) < 12:
            verb = verb.head
        verb_text = f" ({verb.text})" if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i else ""
        # An elided noun: "2,415 cases were reported, with 214 recorded on Sunday" counts cases; a
        # noun some number already counts comes first ("Of 600 residents, two thirds backed it; 150
        # opposed it" counts residents, not thirds).
        elided = self._elided_noun(tok)
        if elided:
            return f"{elided}{verb_text}"
        # Else its clause: "the storm killed", "prices rose from", "the population of the state is".
        if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i:
            if verb.i > tok.i:
                return verb.text  # "Over 4,200 were evacuated": the number is the subject
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
            left = subj[0].left_edge.i if subj and verb.i - subj[0].left_edge.i <= 8 else verb.i
            prep = tok.head if tok.dep_ == "pobj" and tok.head.head.i == verb.i else None
            words = [t for t in self.art.tokens[left: verb.i + 1] if not t.is_punct]
            if subj and (len(words) > 8 or any(t.is_punct for t in self.art.tokens[left: verb.i])):
                # "The last comparable flood, in 2002, killed": the subject's head and its verb
                words = [t for t in self.art.tokens[left: subj[0].i + 1]
                         if t.i == subj[0].i or t.head.i == subj[0].i and t.dep_ in {"det", "compound"}] + \
                    [t for t in self.art.tokens[subj[0].i + 1: verb.i + 1] if t.pos_ in {"AUX", "VERB", "PART"} and t.head.i == verb.i or t.i == verb.i]
            return " ".join([t.text for t in words] + ([prep.text] if prep is not None else []))
        words = [t.text for t in self.art.tokens[max(sent.start, tok.i - 6): min(sent.end, tok.i + 4)]
                 if t.is_alpha and t.i != tok.i]
        return " ".join(words) or None

    def _elided_noun(self, tok: "Token", counted_only: bool = False) -> str | None:
        """The noun a number leaves out, from earlier in its sentence: a noun another number
        counts ("debated three bills and passed the two backed by the cabinet"; "one passenger
        was hurt and two more"), else with counted_only False a plural noun close before it."""
        sent = tok.sent
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        # "Police arrested 23": the subject of the verb a number is the object of is not what it counts
        obj = tok.dep_ in {"dobj", "attr"} and tok.head.i == verb.i
        before = [t for t in reversed(self.art.tokens[max(sent.start, tok.i - 40): tok.i])
                  if not (obj and t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == verb.i)]
        for t in before:
            if t.pos_ != "NOUN" or t.lower_ in FRACTION_WORDS | VAGUE_NOUNS or not t.text.islower():
                continue
            nums = [c for c in t.children if c.dep_ == "nummod" and c.i < t.i and not re.fullmatch(r"(1[0-9]|20)\d\d", c.text)]
            if t.tag_ == "NNS" and nums:
                return t.text
            if t.tag_ == "NN" and any(c.lower_ == "one" for c in nums):
                return _plural(t.text)  # "one passenger was badly hurt and two more slightly"
        if counted_only:
            return None
        for t in before[:20]:
            if t.tag_ in {"NNS", "NNPS"} and t.pos_ == "NOUN" and t.lower_ not in FRACTION_WORDS | VAGUE_NOUNS:
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.tag_ == "NNS" and t.head.head.i == t.i - 2:
                    return t.head.head.text  # "cases of mumps, including 140" counts cases
                return t.text
        return None

    def _counted_before(self, tok: "Token") -> str | None:
        """"Nine people were hurt. Three of them ...": a sentence that opens with "N of them" takes the
        last noun a number counts in the sentence before it, in the same paragraph."""
        sent = tok.sent
        if tok.i - sent.start > 1 or sent.start == 0:
            return None
        prev = self.art.tokens[sent.start - 1].sent
        if "\n" in self.text[prev.end_char: sent.start_char]:
            return None
        for t in reversed(list(prev)):
            if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.text.islower() and t.lower_ not in VAGUE_NOUNS \
                    and any(c.dep_ == "nummod" and c.i < t.i for c in t.children):
                return t.text
        return None

    def _partitive(self, pos: int) -> str | None:
        """The noun phrase of "of the X": its words up to the head noun ("region's counties")."""
        tok = self._token_at(pos)
        if tok is None:
            return None
        toks = []
        for t in self.art.tokens[tok.i: tok.i + 9]:
            if toks and toks[-1].text in {"'s", "’s"}:
                toks = []  # "the island's roughly 9,000 residents": the possessed noun is counted
                if t.pos_ == "ADV":
                    continue
            if t.pos_ in {"NOUN", "ADJ", "PROPN", "PART", "NUM"} or t.text in {"'s", "’s"} or (t.pos_ == "VERB" and t.tag_ in {"VBN", "VBG"}):
                toks.append(t)
                if t.pos_ == "NOUN" and not (t.i + 1 < len(self.doc) and self.art.tokens[t.i + 1].pos_ in {"NOUN", "PART"}):
                    break
            else:
                break
        while toks and toks[-1].pos_ != "NOUN":
            toks.pop()
        while toks and toks[0].pos_ == "NUM":
            toks.pop(0)  # "two of its five factories" counts factories
        if not toks and (tok.tag_ in {"JJ", "VBN"}) and tok.i > 0 and self.art.tokens[tok.i - 1].lower_ == "the" \
                and not (tok.i + 1 < len(self.doc) and self.art.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}):
            return tok.text  # "two of the injured", "most of the dead": an adjective as a noun of people
        if not toks:
            return None
        return self.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]

    def _join_conversions(self, figs: list) -> list:
        """"40 miles (64 km)", "15-mile (24-km)", "5 litres (1.3 US gallons, 1.1 imperial
        gallons)": an amount and its conversions in brackets are one figure."""
        out: list = []
        i = 0
        while i < len(figs):
            fig = figs[i]
            j = i + 1
            if j < len(figs) and re.fullmatch(r"\s*\(\s*", self.text[fig[4]: figs[j][3]]):
                k = j  # the conversions: figures in the brackets, one after another
                while k + 1 < len(figs) and re.fullmatch(r"\s*(?:[,;]|\bor\b|\band\b)\s*", self.text[figs[k][4]: figs[k + 1][3]]):
                    k += 1
                close = re.match(r"[\w/.]*\)", self.text[figs[k][4]:])
                if close and not re.match(r"\s*[-–—]", self.text[figs[k][4]:]):
                    e = figs[k][4] + close.end()
                    out.append((self.text[fig[3]:e], fig[1], fig[2], fig[3], e))
                    i = k + 1
                    continue
            out.append(fig)
            i += 1
        return out

    def _drop_repeats(self, figs: list):
        """A headline's number that a body figure repeats ("3.8 quake" over "a magnitude 3.8
        earthquake") is covered by the body item; so is a later mention of a fact already given
        ("the three-day strike" after "a planned three-day strike", "About 4.6 million people"
        after "more than 4.6 million"): the same value counting the same thing, or the same
        number with decimals, which no two facts of one article share by chance."""
        head_end = self._headline_end()
        keys = [(_value_key(f[1]), _unit_key(f[0])) for f in figs]
        seen: list[tuple] = []
        heads: list[tuple] = []
        for i, (fig, (value, unit)) in enumerate(zip(figs, keys)):
            if value is None:
                yield fig
                continue
            if fig[4] <= head_end and any(v == value for v, _ in keys[i + 1:]):
                continue
            number, decimal = value
            decimal = decimal and bool(re.search(r"\d\.\d", fig[0]))  # "1.5" from "a year and a half" is no rare decimal
            new = re.search(r"\b(?:more|another|other|further|additional|extra)\b", fig[0], re.I)
            definite = re.search(r"(?:\b(?:the|this|that|these|those|its|their|his|her)|['’]s)\s+(?:\w+\s+)?$",
                                 self.text[max(0, fig[3] - 25): fig[3]], re.I) or re.match(r"(?:the|its|their)\b", fig[0], re.I)
            anaphoric = definite or self.art.in_quotation(fig[3])
            # "the 12 victims" after "killed 12 people": the article right before a number of ten or more
            # points back to it, whatever noun it now takes
            pointing = number >= 10 and re.search(r"\b(?:the|these|those)\s+$", self.text[max(0, fig[3] - 7): fig[3]], re.I)
            repeat = not new and any(v == value and (u == unit and unit is not None and anaphoric or decimal or pointing
                                                     or unit is None and number >= 100
                                                     or u == unit and unit in MEASURE_UNIT_KEYS and number >= 100)
                                     for v, u in seen)
            # "the four home matches" after "won all four matches": a definite number with the same
            # head noun; "all four of those games": "all N of these/those/them" points back
            # to a set of that size already counted ("two of them" alone may be a part of a larger set)
            head = _head_key(fig[0])
            whole_set = re.search(r"\ball\s+$", self.text[max(0, fig[3] - 5): fig[3]], re.I) \
                and re.match(r"\s+of\s+(?:these|those|them)\b", self.text[fig[4]:], re.I)
            repeat = repeat or not new and (
                definite and head is not None and (value, head) in heads
                or whole_set and any(v == value for v, _ in seen))
            if fig[3] >= head_end:
                seen.append((value, unit))
                heads.append((value, head))
            if repeat:
                continue
            yield fig

    def _headline_end(self) -> int:
        """End of the headline: a first line with no closing full stop, with more text after it."""
        text = self.text
        first = len(text) - len(text.lstrip())
        nl = text.find("\n", first)
        if nl < 0:
            return 0
        line = text[first:nl].strip()
        if not line or re.search(r"[.!?\"”’]$", line) or len(line.split()) > 25 or not text[nl:].strip():
            return 0
        return nl

    def _changes(self):
        """"cut the number of bus routes from 40 to 12", "the toll rose from 9 to 14": a
        verb of change with "from A to B" and no noun after B gives two figures, the number before
        and the number after, counting what "the number of X" or the verb's subject names."""
        for m in re.finditer(rf"\bfrom\s+(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})\b(?!\s*(?:%|[-–]))", self.text):
            tok = self._token_at(m.start())
            if tok is None or not re.search(r"\d", m.group("a") + m.group("b")):
                continue
            nxt = self._next_token(m.end("b"))
            if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.lower_ in AMOUNT_UNITS):
                continue  # "from 12 to 15 dollars": the noun after says what, the regular rules read it
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is None or verb.lemma_.lower() not in CHANGE_VERBS or verb.i > tok.i:
                continue
            before = self.text[verb.sent.start_char: m.start()]
            number_of = re.search(r"\bnumber of ((?:[a-z-]+ ){0,2}[a-z-]+)\b", before)
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if number_of:
                what = number_of.group(1)
            elif subj is not None and subj.pos_ == "NOUN":
                what = " ".join(t.lower_ for t in subj.subtree if t.dep_ not in {"det", "poss", "punct"})
            else:
                continue
            a0, a1, b0, b1 = m.start(), m.end("a"), m.start("b") - 3, m.end("b")
            yield self.text[a0:a1], _number(m.group("a")), f"{what} (before)", a0, a1
            yield self.text[b0:b1], _number(m.group("b")), f"{what} (after)", b0, b1

    def _change_verb(self, pos: int) -> str | None:
        """For "from A to B" at `pos` under a verb of change before it: what changed (the verb's
        subject noun, "" where it has none); None where no verb of change governs it."""
        tok = self._token_at(pos)
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None) if tok is not None else None
        if verb is None or verb.lemma_.lower() not in CHANGE_VERBS or verb.i > tok.i:
            return None
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.pos_ != "NOUN":
            return ""
        return " ".join(t.lower_ for t in subj.subtree if t.dep_ not in {"det", "poss", "punct", "case"})

    def _whole_forms(self):
        """Figures whose words must stay together: ratios, fractions, scores, numbers joined to
        a unit, multiples and age bounds. Each yields (text, value, counts, start, end)."""
        text = self.text
        yield from self._mixed_numbers()
        yield from self._changes()
        for m in MONEY_RANGE_RE.finditer(text):
            unit = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}[m.group("cur")]
            change = self._change_verb(m.start()) if m.group(0)[:4].lower() == "from" else None
            if change is not None:
                # "profit fell from $1.2 billion to $310 million": a value before and one after, no range
                to = re.search(r"\s+to\s+", m.group(0)).end() + m.start() - 3
                what = change or unit
                yield text[m.start():m.end("lo")], f"{m.group('cur')}{m.group('lo')}", f"{what} (before)", m.start(), m.end("lo")
                cur2 = text[to + 3:m.start("hi")].strip() or m.group("cur")
                yield text[to:m.end()], f"{cur2}{m.group('hi')}", f"{what} (after)", to, m.end()
                continue
            value = f"{m.group('cur')}{m.group('lo')}–{m.group('cur')}{m.group('hi')}"
            yield m.group(0), value, unit, m.start(), m.end()
        for m in CODE_MONEY_RE.finditer(text):
            qb = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            s0 = m.start() - (len(qb.group(0)) if qb else 0)
            sep = "" if len(m.group("cur")) == 1 else " "  # "₹1,200", "Rs 500"
            value = f"{qb.group('qual').lower() + ' ' if qb else ''}{m.group('cur')}{sep}{m.group('money')}"
            yield text[s0:m.end()], value, CURRENCY_PREFIXES[m.group("cur")], s0, m.end()
        for m in PENCE_RE.finditer(text):
            yield m.group(0), f"{m.group('n')}p", "pence", m.start(), m.end()
        for m in MAGNITUDE_RE.finditer(text):
            q = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            qual = q.group("qual").lower() if q else ""
            s = m.start() - len(q.group(0)) if q else \
                m.start() - len(re.search(r"(?:\ban?\s+)?$", text[max(0, m.start() - 4):m.start()]).group(0))
            noun = self._next_token(m.end())
            e = m.end()
            if noun is not None and noun.pos_ == "NOUN" and noun.text.islower() and noun.lower_ not in VAGUE_NOUNS:
                e = noun.idx + len(noun.text)  # "a magnitude 3.8 earthquake"
            yield text[s:e], f"{qual} {m.group('n')}".strip(), "magnitude", s, e
        yield from self._ages()
        for m in FREQUENCY_RE.finditer(text):
            if m.group("u") and m.group("u").lower() not in FREQUENCY_UNITS:
                continue
            value = m.group(0).lower() if not m.group("f") else m.group(0)
            yield m.group(0), value, "frequency", m.start(), m.end()
        for m in TIMES_RE.finditer(text):
            last = self._token_at(m.end("t") - 1)
            first = self._token_at(m.start("t"))
            if last is None or first is None or last.head.pos_ != "VERB" or last.head.i > first.i:
                continue  # "the three times he won", "twice the size": no count of events
            if first.i > first.sent.start and self.art.tokens[first.i - 1].pos_ == "DET":
                continue
            n = {"twice": "2", "thrice": "3"}.get(m.group("t").lower()) or _number(m.group("n"))
            qual = (m.group("qual") or "").lower()
            yield m.group(0), f"{qual} {n} times".strip(), f"times ({last.head.text})", m.start(), m.end()
        for m in RATIO_RE.finditer(text):
            noun = self._counted_noun(m.end())
            if not noun:  # "17 out of 18 of the districts"
                of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", text[m.end():])
                part = self._partitive(m.end() + of.end()) if of and "out" in m.group(0) else None
                noun = (part, m.end()) if part else None
            if noun and _number(m.group("a")) != "0" and not self._is_date_or_name(m.start("a"), m.end(), m.group("b")):
                qual = (m.group("qual") or "").lower()
                value = f"{qual} {_number(m.group('a'))} in {_number(m.group('b'))}".strip()
                yield text[m.start(): noun[1]], value, noun[0], m.start(), noun[1]
        for m in FRACTION_RE.finditer(text):
            frac = m.group("frac").lower()
            after = text[m.end(): m.end() + 40]
            of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", after)
            if frac == "half" and not (of or m.group("qual") or self._opens_clause(m.start())):
                continue  # "half a dummy pill", "the second half": no share of anything counted
            if of and re.match(r"\s+of\s+an?\s+(?:thousand|million|billion|trillion)\b", after, re.I):
                continue  # "a quarter of a million people": one number (FIGURE_RE)
            nxt = self._next_token(m.end())
            # "a two-thirds majority", "a three-quarters share": a hyphenated fraction before its noun
            modifier = "-" in m.group("frac") and not of and nxt is not None and nxt.pos_ == "NOUN" \
                and nxt.text.islower() and self.text[m.end():nxt.idx].strip() == ""
            if frac != "half" and not (of or m.group("qual") or modifier):
                continue  # "a third straight day": an ordinal, not a fraction
            end = m.end()
            counts = "share"
            if modifier:
                counts, end = f"share ({nxt.text})", nxt.idx + len(nxt.text)
            if of:
                noun = self._counted_noun(m.end() + of.end() - 1)
                owner = noun and re.match(r"['’]s?\s", text[noun[1]:])
                if owner:  # "a quarter of the city's homes": the share is of the homes, not the city
                    noun = self._counted_noun(noun[1] + owner.end() - 1) or noun
                if noun:
                    counts, end = f"share of {noun[0]}", noun[1]
            yield text[m.start(): end], text[m.start(): m.end()].lower(), counts, m.start(), end
        for m in SCORE_RE.finditer(text):
            # "won 3-1", "beat the visiting Lions 3-1": the verb may stand a few words before the score
            before = text[max(0, m.start() - 45): m.start()]
            before = re.split(r"[.;!?]", before)[-1]
            words = re.findall(r"[a-z]+", before.lower())[-4:]
            nxt = re.findall(r"[a-z]+", text[m.end(): m.end() + 20].lower())[:1]
            boxed = text[m.start()] == "(" and text[m.end() - 1] == ")"
            if not (boxed and m.group("score").count("-") == 2 or set(words) & SCORE_WORDS or set(nxt) & SCORE_WORDS):
                continue
            if not boxed and not set(nxt) & SCORE_WORDS and (
                    re.match(r"\s*(?:%|percent\b|per\s+cent\b)", text[m.end():], re.I)
                    or re.search(r"\b(?:between|from)\s+$", text[max(0, m.start() - 9): m.start()], re.I)
                    or self._counted_noun(m.end())):
                continue  # "fell 10-15%", "between 3-5 percent", "5-10 people": a range, not a score
            s, e = m.start("score"), m.end("score")
            tally = "vote" in " ".join(words + nxt) or set(words) & {"passed", "approved", "rejected", "cleared", "upheld",
                                                                       "overturned"}
            yield text[s:e], m.group("score"), "vote" if tally else "score", s, e
        for m in COMPOUND_RE.finditer(text):
            unit = m.group("unit").lower()
            if unit in {"year", "years"} and text[m.end(): m.end() + 4] == "-old":
                continue
            if unit in NUMBER_WORDS or unit in ORDINAL_WORDS or unit in {"st", "nd", "rd", "th", "second"}:
                continue  # "twenty-five", "twenty-third" are one number
            known = unit in _COMPOUND_UNIT_WORDS or unit.rstrip("s") in _COMPOUND_UNIT_WORDS
            words = not m.group("n")[0].isdigit()
            nxt = self._next_token(m.end())
            noun_next = nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()
            if words and not known:
                continue  # "one-sided", "two-way": a word of its own, no measure
            if not known and (not noun_next or not unit.isalpha()):
                continue
            if not words and self._is_date_or_name(m.start(), m.end(), m.group("n")):
                continue
            s = m.start() - len(re.search(r"(?:\ban?\s+)?$", text[:m.start()], re.I).group(0)) if words else m.start()
            e = nxt.idx + len(nxt.text) if noun_next else m.end()
            counts = f"{unit}s ({nxt.text})" if noun_next else unit
            if unit == "strong" and noun_next:  # "a 2,000-strong crowd": the crowd's size
                counts = f"size of the {nxt.text}"
            yield text[s: e], f"{_number(m.group('n'))} {unit}", counts, s, e
        for m in MULTIPLE_RE.finditer(text):
            q = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            qual = q.group("qual").lower() if q else ""
            n = _number(m.group("n"))
            s0 = m.start() - (len(q.group(0)) if q else 0)
            what = m.group("what").lower()
            noun = self._counted_noun(m.end("what")) if what == "the" else None
            if noun:  # "1.3 times the size", "twice the national average": a multiple of it
                e, counts = noun[1], f"multiple of the {noun[0]}"
            else:  # "three times as many", "twice more"
                e, counts = m.end("t"), f"multiple ({what})"
            yield text[s0:e], f"{qual} ×{n}".strip(), counts, s0, e
        for m in FACTOR_RE.finditer(text):
            q = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            qual = (q.group("qual") if q else m.group("q2") or "").lower()
            value = f"{qual} ×{_number(m.group('n'))}".strip()
            s0 = m.start() - (len(q.group(0)) if q else 0)
            tok = self._token_at(m.start())
            verb = tok.head if tok is not None else None
            while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            counts = f"multiple ({verb.text})" if verb is not None and verb.pos_ in {"VERB", "AUX"} else "multiple"
            yield text[s0:m.end()], value, counts, s0, m.end()
        for m in SUSPENDED_AGES_RE.finditer(text):  # "18- to 24-year-olds": a range of ages
            yield m.group(0), f"{m.group('a')}–{m.group('b')}", "ages", m.start(), m.end()
        for m in AGE_DECADE_RE.finditer(text):  # "a man in his 50s", "both in their early twenties"
            yield m.group(0), m.group("d").lower(), f"age ({m.group('who').lower()})", m.start(), m.end()
        for m in TIME_COUNT_RE.finditer(text):  # "a four-time champion", "the 12-time winner"
            n = _number(m.group("n"))
            nxt = self._next_token(m.end("t"))
            if n.isdigit() and int(n) > 1 and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower():
                e = nxt.idx + len(nxt.text)
                yield text[m.start():e], f"{n} time", f"times ({nxt.text})", m.start(), e
        for m in FOLD_RE.finditer(text):  # "a fivefold increase", "a 10-fold rise"
            n = _number(m.group("n"))
            if n.isdigit() and int(n) > 1:
                yield m.group(0), f"×{n}", "multiple", m.start(), m.end()
        for m in MULTIPLIER_RE.finditer(text):
            tok = self._token_at(m.start())
            if tok is not None and tok.pos_ == "VERB":
                yield m.group(0), f"×{MULTIPLIER_VERBS[m.group('verb').lower()]}", "multiple", m.start(), m.end()
        for m in AGE_BOUND_RE.finditer(text):
            if not (m.group("q") or m.group("aged")):
                continue
            n = _number(m.group("n"))
            if not n.isdigit() or not 0 < int(n) < 120 or self._counted_noun(m.end()):
                continue  # "people over 300 miles away": a bound on something else
            s = m.start("aged") if m.group("aged") else m.start("fig")
            yield text[s: m.end("fig")], text[m.start("fig"): m.end("fig")].lower(), f"age of {m.group('who').lower()}", s, m.end("fig")

    def _mixed_numbers(self):
        """"two and a half hours" (2.5 hours), "over the last year and a half" (1.5 years): the whole
        and its fraction are one amount of the unit that follows or precedes the "and"."""
        text = self.text
        for m in MIXED_RE.finditer(text):
            qual = (m.group("qual") or "").lower()
            times = re.match(r"\s+times\b(?:\s+the\b)?", text[m.end():], re.I) if m.group("n") else None
            if m.group("n"):
                whole = _number(m.group("n"))
                frac = m.group("f").lower().split()
                noun = self._counted_noun(m.end() + times.end()) if times and times.group(0).lower().endswith("the") \
                    else None if times else self._counted_noun(m.end())
                if times:  # "two and a half times the size", "rose one and a half times": a multiple
                    counts, end = (f"multiple of the {noun[0]}", noun[1]) if noun else ("multiple", m.end() + len(
                        re.match(r"\s+times", text[m.end():], re.I).group(0)))
                elif noun is None or not whole.isdigit():
                    continue  # "one and a half" alone: no amount of anything stated
                else:
                    counts, end = noun
                if not whole.isdigit():
                    continue
            else:
                whole = "1" if (m.group("a") or "a").lower() in {"a", "an"} else _number(m.group("a"))
                if not whole.isdigit():
                    continue
                frac = ["a", "half"]
                counts, end = _plural(m.group("unit").lower()), m.end()
            part = _FRACTION_VALUES.get(frac[-1], 0) * (1 if frac[0] in {"a", "an"} else NUMBER_WORDS.get(frac[0], 1))
            number = int(whole) + part
            value = f"{number:g}" if part in {0.5, 0.25, 0.75} or (number * 10) % 1 == 0 else f"{whole} {' '.join(frac)}"
            left = LEFT_MODIFIER_RE.search(text[max(0, m.start() - 20): m.start()]) if not qual else None
            start = m.start() - (len(left.group(0)) if left else 0)
            value = f"×{value}" if times else value
            yield text[start:end], f"{qual} {value}".strip(), counts, start, end

    def _ages(self):
        """"aged seven", "age 29" and the list of ages that may follow ("aged seven, eleven, two aged
        sixteen, and 61"): each age its own figure, a count before "aged" a count of people."""
        text = self.text
        for m in AGED_RE.finditer(text):
            n = _number(m.group("n"))
            if not n.isdigit() or not 0 < int(n) < 120 or self._counted_noun(m.end()):
                continue  # "age 18 voters", "aged 200 years": not an age of someone
            whose = self._whose_age(m.start())
            if m.group("hi"):  # "aged 18 to 24", "ages 5-11": a range of ages
                hi = _number(m.group("hi"))
                if hi.isdigit() and int(n) < int(hi) < 120:
                    yield m.group(0), f"{n}–{hi}", f"ages of {whose}" if whose else "ages", m.start(), m.end()
                    continue
                continue
            if m.group("bound"):  # "aged 70 and over": a bound, not one age
                yield m.group(0), f"{n}{m.group('bound').lower()}", f"age of {whose}" if whose else "age", m.start(), m.end()
                continue
            yield m.group(0), n, f"age of {whose}" if whose else "age", m.start(), m.end()
            pos = m.end()
            while True:
                item = AGE_ITEM_RE.match(text, pos)
                if not item:
                    break
                v = _number(item.group("n"))
                if not v.isdigit() or not 0 < int(v) < 120:
                    break
                if item.group("n2"):  # "two aged sixteen": two people, sixteen years old
                    v2 = _number(item.group("n2"))
                    yield item.group("n"), v, f"{whose or 'people'} aged {v2}", item.start("n"), item.end("n")
                    s2 = item.end("n") + len(re.match(r"\s+", text[item.end("n"):]).group(0))
                    yield text[s2:item.end("n2")], v2, f"age of {whose}" if whose else "age", s2, item.end("n2")
                else:
                    yield item.group("n"), v, f"age of {whose}" if whose else "age", item.start("n"), item.end("n")
                pos = item.end()

    def _whose_age(self, pos: int) -> str | None:
        """The noun phrase before "aged N": "The driver", "one of her nephews"."""
        tok = self._token_at(pos)
        if tok is None:
            return None
        verb = tok.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in {"VERB", "AUX"} and verb.i < tok.i:
            # "She died in May at the age of 80", "died in Paris aged 91": an age beside the verb is
            # its subject's, not the nearest noun's (a date or a place)
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
            if subj:
                t = subj[0]
                left = min(c.i for c in t.children if c.dep_ in {"compound", "det", "amod", "poss"} and c.i < t.i) \
                    if any(c.dep_ in {"compound", "det", "amod", "poss"} and c.i < t.i for c in t.children) else t.i
                who = self.text[self.art.tokens[left].idx: t.idx + len(t.text)]
                return who[0].lower() + who[1:] if who.split()[0].lower() in DETERMINERS else who
        for t in reversed(self.art.tokens[max(tok.sent.start, tok.i - 8): tok.i]):
            if t.ent_type_ in {"DATE", "TIME"} or t.lower_ in MONTHS or t.lower_ in WEEKDAYS:
                continue  # "died in May aged 80": a date says when, it has no age
            if t.pos_ in {"NOUN", "PROPN"} or (t.pos_ == "ADJ" and t.dep_ in {"nsubj", "nsubjpass"}):
                who = self.text[t.left_edge.idx if t.left_edge.i >= t.i - 5 else t.idx: t.idx + len(t.text)]
                who = re.sub(r"^[\d,.]+\s+", "", who)  # "25,871 adults aged 70": the age of adults
                first = who.split()[0]
                initial = t.left_edge.i == t.sent.start and self.art.tokens[t.left_edge.i].pos_ in {"NOUN", "DET", "ADJ"}
                return who[0].lower() + who[1:] if first.lower() in DETERMINERS or first.lower() in NUMBER_WORDS or initial \
                    else who
        return None

    def _opens_clause(self, pos: int) -> bool:
        """"Half were given the vitamin": a bare "half" as the subject of its sentence."""
        tok = self._token_at(pos)
        return tok is not None and tok.dep_ in {"nsubj", "nsubjpass"}

    def _money(self, m: re.Match):
        cur = m.group("cur")
        unit = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}[cur[-1]]
        if len(cur) > 1:
            unit = f"{cur[:-1]} {unit}"  # "US$500": US dollars
        end = m.end()
        rate = re.match(r"\s+(?:a|an|per)\s+([a-z]+)\b", self.text[end:])
        unit_tok = self._token_at(end + rate.start(1)) if rate else None
        if rate and re.match(r"\s+(?:earlier|ago|before|later|on)\b", self.text[end + rate.end():]):
            rate = None  # "$529 million a year earlier" is a time, not a price per year
        if rate and unit_tok is not None and unit_tok.pos_ == "NOUN":  # "$81 a barrel", "$40 million a day"
            unit += rate.group(0).rstrip()
            end += rate.end()
        qual = (m.group("qual") or "").lower()
        value = f"{qual} {m.group('cur')}{m.group('money')}".strip()
        return self.text[m.start():end], value, unit, m.start(), end

    def _percent_of(self, end: int, unit: str) -> tuple[str, int]:
        """"30 percent of the goods" counts goods; "a 9 percent raise" counts the raise."""
        unit = "percent" if unit == "%" else unit
        of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", self.text[end:])
        noun = self._counted_noun(end + of.end() - 1) if of else self._counted_noun(end)
        if of and not noun:  # "70 per cent of the 1,000 respondents"
            part = self._partitive(end + of.end())
            noun = (part, end) if part else None
        if noun:
            return f"{unit} of {noun[0]}" if of else f"{unit} ({noun[0]})", end
        tok = self._token_at(max(end - 1, 0))
        num = self.art.tokens[tok.i - 1] if tok is not None and tok.i > 0 and self.text[end - 1] == "%" else tok
        while num is not None and num.i > 0 and not num.like_num and num.nbor(-1).like_num:
            num = num.nbor(-1)  # "3 per cent": the number, not "cent"
        clause = self._counts_from_parse(num, end) if num is not None and not of else None
        verb = num.head if num is not None else None
        while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        # "58% came out against": the share of whatever its clause says; "Shares fell 4%": a change
        if verb is not None and verb.lemma_ in CHANGE_VERBS and not of:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:  # "The Dow fell 3,000 points, or 12.9%"
                words = [t.text for t in self.art.tokens[subj.i: verb.i + 1]
                         if t.i in {subj.i, verb.i} or t.head.i == verb.i and t.dep_ in {"aux", "auxpass", "neg"}]
                return f"percent ({' '.join(words)})", end
            if clause and " (" in clause:
                noun, _, rest = clause.partition(" (")
                return f"percent ({noun} {rest.rstrip(')')})", end
        if clause and " (" in clause:  # an elided noun and its verb: "percent of voters (came)"
            return f"percent of {clause[0].lower() + clause[1:]}", end
        return (f"percent ({clause})" if clause and len(clause.split()) <= 4 else unit), end

    def _age(self, start: int, end: int, m: re.Match):
        """"Tomas, 39, who ..." or "Tomas, 39." : an age after a person's name."""
        if not m.group("num") or m.group("qual") or not re.fullmatch(r"\d{1,3}", m.group("num")):
            return None
        if not re.match(r"\s*(?:,|\.|\)|;)", self.text[end:]):
            return None
        window = max(0, start - 60)
        before = re.search(r"(\w+)\s*,\s*$", self.text[window:start])
        if not before:
            return None
        tok = self._token_at(window + before.start(1))
        if tok is not None and tok.pos_ == "NOUN" and tok.lower_ in KIN_NOUNS | PERSON_NOUNS_MORE | ROLE_NOUNS:
            # "Another sister, 31, was found": the age of a person the article names by a noun
            first = tok
            while first.i > first.sent.start and first.i > tok.i - 4 and first.nbor(-1).pos_ in {"DET", "ADJ", "NOUN", "PRON"} \
                    and first.nbor(-1).text[:1].islower() or (first.i > first.sent.start and first.nbor(-1).pos_ == "DET"
                                                             and first.nbor(-1).text[:1].isupper()
                                                             and (first.i == tok.i or first.nbor(-1).i == first.sent.start)):
                first = first.nbor(-1)
            who = self.text[first.idx: tok.idx + len(tok.text)]
            return self.text[first.idx:end], m.group("num"), f"age of {who[0].lower() + who[1:]}", first.idx, end
        if tok is None or not self.art.people.is_person(tok):
            return None
        name = self.art.people.person_name(tok)
        first = tok
        while first.i > first.sent.start and first.nbor(-1).text in self.art.people.name_run(tok):
            first = first.nbor(-1)
        s = first.idx
        return self.text[s:end], m.group("num"), f"{name}'s age", s, end

    def _particle(self, pos: int) -> bool:
        """"took over", "handed over": a qualifier word that the parse reads as a verb's particle."""
        tok = self._token_at(pos)
        return tok is not None and tok.dep_ == "prt" and tok.lower_ in {"over", "under", "around", "about"}

    def _value(self, m: re.Match) -> str:
        qual = (m.group("qual") or "").lower()
        if m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4"):
            lo = m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4")
            hi = m.group("hi1") or m.group("hi2") or m.group("hi3") or m.group("hi4")
            core = f"{_number(lo)}–{_number(hi)}"
        elif m.group("half"):
            core = "6"
        elif m.group("dozen"):
            core = "12"
        elif m.group("halfscale"):  # "half a million"
            core = f"{NUMBER_WORDS[m.group('halfscale').lower()] // 2:,}"
        elif m.group("quarterscale"):  # "a quarter of a million", "three-quarters of a million"
            part = re.sub(r"[\s-]+", " ", m.group("part").lower()).split()
            share = {"quarter": 1, "quarters": 3, "third": 1, "thirds": 2}[part[1]]
            core = f"{round(NUMBER_WORDS[m.group('quarterscale').lower()] * share / (4 if 'quarter' in part[1] else 3)):,}"
        elif m.group("ascale"):  # "a million people"
            core = _number(m.group("ascale"))
        elif m.group("one"):
            core = "1"
        else:
            core = _number(m.group("num"))
        unit = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?\b", self.text[m.end():])
        if qual == "over" and unit and (unit.group(1) in TIME_UNIT_WORDS or unit.group(2) in TIME_UNIT_WORDS):
            qual = ""  # "over three years" is a duration, not a lower bound ("in under an hour" is a bound)
        if qual and m.group("qual") and self._particle(m.start("qual")):
            qual = ""  # "took over 18 months ago", "handed over 20": a verb's particle, no qualifier
        if re.match(r"\s*(?:percent|per cent|%)(?!age)", self.text[m.end():]):
            core += " percent"
        return f"{qual} {core}".strip()


def _number(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    if re.fullmatch(_DIGITS, text) or re.fullmatch(rf"(?:{_DIGITS}) (?:million|billion|trillion|lakhs?|crores?)", text, re.IGNORECASE):
        return text  # "1,500", "7.6 million" read best as written
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in SCALE_WORDS:
            current = max(current, 1) * NUMBER_WORDS[word]
            if NUMBER_WORDS[word] >= 1000:
                total, current = total + current, 0
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif re.fullmatch(_DIGITS, word):
            current += float(word.replace(",", "")) if "." in word else int(word.replace(",", ""))
    value = total + current
    return f"{value:,}" if isinstance(value, int) and value >= 10000 else str(value)


_SCALE_VALUES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10 ** 12,
                 "lakh": 100_000, "crore": 10_000_000}


def _value_key(value: str) -> tuple[float, bool] | None:
    """The number a figure's value states, and whether it is written with decimals."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion|lakh|crore))?", value)
    if not m:
        return None
    number = float(m.group(1).replace(",", "")) * _SCALE_VALUES.get(m.group(2) or "", 1)
    return number, "." in m.group(1)


_NUMBER_TOKEN = re.compile(rf"\d[\d,.]*|\b(?:{_WORDS})\b|\b(?:{'|'.join(ORDINAL_WORDS)}|second)\b", re.I)


def _unit_key(text: str) -> str | None:
    """What a figure's text counts, as one word: the first word after its number ("day" for
    "a planned three-day strike", "year" for "three years"); None where nothing follows."""
    m = _NUMBER_TOKEN.search(text)
    if not m:
        return None
    for word in re.findall(r"[A-Za-z]+", text[m.end():]):
        low = word.lower()
        if low in SCALE_WORDS or low in NUMBER_WORDS or low in {"of", "the", "a", "an", "and", "or", "to", "more"}:
            continue
        return low[:-1] if low.endswith("s") and len(low) > 3 else low
    return None


def _head_key(text: str) -> str | None:
    """The noun a figure's text ends on, singular ("match" for "four home matches");
    None where the text ends on its number."""
    m = re.search(r"([A-Za-z]+)\W*$", text)
    if not m or _NUMBER_TOKEN.fullmatch(m.group(1)):
        return None
    low = m.group(1).lower()
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
                      "tooth": "teeth", "mouse": "mice", "goose": "geese", "crew": "crew", "staff": "staff"}


def _plural(noun: str) -> str:
    """"passenger" -> "passengers", "city" -> "cities": what "two more" counts after "one passenger"."""
    low = noun.lower()
    if low in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[low]
    if re.search(r"[^aeiou]y$", low):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", low):
        return noun + "es"
    return noun + "s"


_UNIT_WORDS = {u for u in MEASURE_UNITS | COUNTER_UNITS if " " not in u}
# Units a four-digit number before them makes an amount, not a year ("1500 km", "2000 litres");
# one-letter words that are also English ("a", "in") stay out.
# Only plurals: a year modifies singular nouns ("the 2019 season", "the 2020 vote").
AMOUNT_UNITS = MEASURE_WORDS | {_plural(u) for u in _UNIT_WORDS} - {"ins"} \
    | (UNIT_ABBREVIATIONS - {"a", "in", "t", "c", "f", "v", "w", "j", "set"})
# Abbreviated units written with capitals ("400 MW", "16 GB"): a number before them is an
# amount, though the capital would otherwise make it part of a name.
CASED_UNITS = {"MW", "GW", "kW", "TW", "kWh", "MWh", "GWh", "TWh", "GB", "MB", "TB", "KB", "PB", "Mbps", "Gbps",
               "mAh", "hPa", "kV", "°C", "°F", "ºC", "ºF", "Hz", "kHz", "MHz", "GHz", "kJ", "MJ"}
TIME_UNIT_WORDS = TIME_UNITS | {_plural(u) for u in TIME_UNITS}
# A hyphenated compound with a number word is a measure with any of these ("a three-tonne
# truck", "a 12-page report"); a few units that also make idioms ("two-bit") stay out.
_COMPOUND_UNIT_WORDS = COMPOUND_UNITS | _UNIT_WORDS - {"bit", "head", "set", "run", "leg", "step", "box", "cup"}


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def extract_figures(article: "Article") -> list[Figure]:
    out, seen = [], set()
    for text, value, counts, start, end in FigureFinder(article).find():
        o_start, o_end, o_text = article.original_span(start, end)
        if (o_start, o_end) in seen:
            continue
        seen.add((o_start, o_end))
        out.append(Figure(text=o_text, value=value, counts=counts, start=o_start, end=o_end))
    out.sort(key=lambda f: f.start)
    return out
