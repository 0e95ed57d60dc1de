"""Figures: the regular expressions and word classes every part of the finder reads."""
from __future__ import annotations

import re

from quizapp.generate.lexicon import (
    FIGURE_QUALIFIERS_EXTRA, FIGURE_QUALIFIERS_MORE, FRACTION_WORDS, MULTIPLIER_VERBS, NUMBER_WORDS_EXTRA, PEOPLE_NOUNS_MORE, CURRENCY_PREFIXES, MEASURE_UNITS, PEOPLE_NOUNS, MONTHS, ORDINAL_WORDS, SINGULAR_UNITS,
)
from quizapp.generate.lexicon import NUMBER_WORDS as _BASE_NUMBER_WORDS
from quizapp.generate.lexicon import QUALIFIERS as _BASE_QUALIFIERS

NUMBER_WORDS = {**_BASE_NUMBER_WORDS, **NUMBER_WORDS_EXTRA}
# "all but one player", "all but two of the 30 riders": an exception count, a figure whose
# qualifier says it is the part of the set left out
QUALIFIERS = list(dict.fromkeys([*_BASE_QUALIFIERS, *FIGURE_QUALIFIERS_EXTRA, *FIGURE_QUALIFIERS_MORE, "all but"]))
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "200,0000" (a slip of the keyboard) is still one number, not "200,000" and a stray 0.
_DIGITS = r"\d{1,3}(?:,\d{3})+\d*(?:\.\d+)?|\d+(?:\.\d+)?"
# "lakh" (100,000) and "crore" (10 million) are the scale words of South Asian news writing.
# ("one hundred and twenty-five", as a sentence's first number is spelled out: one number)
_NUM = rf"(?:{_DIGITS}|(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*)?)" \
       rf"(?:\s+(?:hundred|thousand|million|billion|trillion|lakhs?|crores?))?"
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
          | (?P<lo3>{_DIGITS})\s*(?:-to-|-|–|—|to)\s*(?P<hi3>{_DIGITS})(?![\d,])
          | (?P<lo4>{_WORDS})(?:\s+to\s+|-to-)(?P<hi4>{_WORDS})(?:\s+(?P<scale4>hundred|thousand|million|billion|trillion))?
          | (?P<cur>(?:US|AU|A|CA|C|NZ|HK|S)?[$€£¥])\s?(?P<money>{_NUM}(?:bn|tn|m|k)?)(?![\d.,]\d)
          | (?P<half>half\s+a\s+dozen)
          | half\s+an?\s+(?P<halfscale>hundred|thousand|million|billion|trillion)
          | (?P<part>(?:a|one)[\s-]+quarter|three[\s-]+quarters|(?:a|one)[\s-]+third|two[\s-]+thirds)\s+of\s+an?\s+
            (?P<quarterscale>thousand|million|billion|trillion)
          | (?P<dozen>a\s+dozen)
          | an?\s+(?P<ascale>hundred|thousand|million|billion|trillion)(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+
            (?P<arest>(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*))?
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
# "a 34-year-old teacher"; a baby's or an animal's age is given in months, weeks or days ("an
# eight-month-old girl", "a six-week-old puppy")
# A fossil's, a rock's or a star's age takes a scale word ("a 99-million-year-old feather", "the 4.5
# billion-year-old meteorite"): all of it is the number.
YEAR_OLD_RE = re.compile(rf"\b(?P<age>\d{{1,3}}(?:\.\d+)?[\s-](?:thousand|million|billion)|\d{{1,3}}|(?:{_WORDS})(?:-(?:{_WORDS}))?)"
                         rf"-(?P<unit>year|month|week|day)s?-old\b", re.IGNORECASE)
LEFT_MODIFIER_RE = re.compile(r"(?:\bthe\s+)?\b(?:first|last|past|next|previous|coming|final|latest)\s+$", re.IGNORECASE)
TIME_AFTER_RE = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|[ap]\.?m\b)", re.IGNORECASE)
_FRACTIONS = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
# "about a third of sales", "nearly a sixth", "two thirds of voters", "Half were sent"
FRACTION_RE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?(?P<frac>(?:a\s+|(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+)(?:{_FRACTIONS})|(?<!the\s)(?<!first\s)(?<!second\s)(?<!latter\s)half(?!\s+an?\s+(?:dozen|hundred|thousand|million|billion|trillion|{_UNITS})\b)\b)(?!-)",
    re.IGNORECASE)
_MONEY = rf"(?:{_NUM})(?:bn|tn|m|k)?"
# "between $120 million and $140 million", "$2-$3 billion": one range, not two sums
MONEY_RANGE_RE = re.compile(
    rf"(?<![\w.,])(?:between|from)\s+(?P<cur>[$€£¥])\s?(?P<lo>{_MONEY})\s+(?:and|to)\s+[$€£¥]?\s?(?P<hi>{_MONEY})\b",
    re.IGNORECASE)
# "two or three days", "five or six people", "10 or 12 hours": a loose range of two near numbers
OR_PAIR_RE = re.compile(rf"(?<![\w$.,-])(?:(?P<qual>{_QUAL})\s+)?(?P<lo>{_WORDS}|\d{{1,3}})\s+or\s+(?P<hi>{_WORDS}|\d{{1,3}})\b"
                        rf"(?:\s+(?P<scale>hundred|thousand|million|billion)\b)?(?![-.,:/]\d|-)", re.IGNORECASE)
# "one in seven riders", "eight in 10 farms": one figure, never "seven riders"
# "one out of every hundred pupils": the "every" belongs to the ratio.
# ("a 1-in-10,000 chance", "a one-in-five risk": the same, hyphenated before its noun; "45 per
# 100,000 people", a rate per head)
RATIO_RE = re.compile(rf"(?<![\w$.,])(?:(?P<qual>{_QUAL})\s+)?(?P<a>{_NUM})(?:\s+(?:in|per|out\s+of|of(?=\s+(?:every|each)\b))\s+|-in-)(?:every\s+|each\s+)?(?P<b>{_NUM})\b", re.IGNORECASE)
SCORE_RE = re.compile(r"(?<![\w.,/–-])\(?(?P<score>\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?)\)?(?![\w/–-]|[.,]\d)")
# "a 40-acre orchard", "a 10-day trial": a number joined to its unit before a noun
# "a three-day strike", "a six-page leaflet", "a 4.7-magnitude quake" likewise with a unit word,
# and with "-long" after the unit ("a two-week-long strike", "a 2.5-mile-long bridge").
COMPOUND_RE = re.compile(
    rf"(?<![\w.,$-])(?P<n>\d[\d,]*(?:\.\d+)?|(?:{_WORDS})(?:-(?:{_WORDS}))?)-(?P<unit>[a-z]+(?:/[a-z]+)?)(?:-long\b)?\b(?!-)",
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
# "won twice", "was arrested three times": how often something happened.
TIMES_RE = re.compile(rf"\b(?:(?P<qual>{_QUAL})\s+)?(?P<t>twice|thrice|(?P<n>{_WORDS}|(?<![\d][,.])\d{{1,3}}(?:,\d{{3}})+|(?<![\d][,.])\d+)\s+(?:(?:separate|different|distinct|consecutive|straight)\s+)?times)\b"
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
# "R500 million" (rand), "Sh2bn" (shillings): a one- or two-letter sign that also starts names and
# codes ("R40 road", "R2-D2"), so only with a scale word or thousands after it.
LETTER_MONEY_RE = re.compile(
    r"(?<![\w$])(?P<cur>R|Sh|KSh)\s?(?P<money>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"
    r"(?:\s(?:million|billion|trillion)\b|(?:bn|tn|m)\b))")
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
# ("a year and a half", "an hour and a half", "three miles and a half", hyphenated "a week-and-a-half"):
# one amount, never a bare "two".
_MIXED_FRAC = rf"a[\s-]+(?:half|quarter|third)|(?:one|two|three|four|five|seven|nine)[\s-]+(?:{_FRACTIONS})"
MIXED_RE = re.compile(
    rf"(?<![\w$.,-])(?:(?P<qual>{_QUAL})\s+)?(?:(?P<n>{_NUM})(?:\s+and\s+|-and-)(?P<f>{_MIXED_FRAC})(?![\w-])"
    rf"|(?:(?P<a>an?|{_NUM})\s+|(?<=\bpast\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bfirst\s))(?P<unit>{'|'.join(sorted(MEASURE_UNITS, key=len, reverse=True))})s?(?:\s+and\s+a\s+|-and-a-)half\b)",
    re.IGNORECASE)
# "a million and a half people", "an additional thousand-and-a-half": a scale word and its half
SCALE_HALF_RE = re.compile(
    rf"(?<![\w$.,-])(?:(?P<qual>{_QUAL})\s+)?(?P<a>an?|one)\s+(?P<mod>(?:additional|extra|further|estimated)\s+)?"
    r"(?P<scale>thousand|million|billion|trillion)(?:\s+and\s+a\s+|-and-a-)half\b(?!-)", re.IGNORECASE)
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
