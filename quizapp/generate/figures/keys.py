"""Figures: values and units reduced to keys (to compare mentions), plurals and unit sets."""
from __future__ import annotations

import re

from quizapp.generate.lexicon import (
    COMPOUND_UNITS, COUNTED_PART_NOUNS, MEASURE_WORDS, TIME_UNITS, MEASURE_UNITS, COUNTER_UNITS, UNIT_ABBREVIATIONS, ORDINAL_WORDS, SCALE_WORDS,
)
from quizapp.generate.figures.patterns import (
    NUMBER_WORDS, _WORDS, _DIGITS,
)


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
    """The number a figure's value states, and whether it is written with decimals; a result time
    ("2:08:36", "3:41.2") is its number of seconds, never the hours before its first colon."""
    if re.search(r"\d or \d", value):
        return None  # "5 or 6": a loose range, never the repeat of one number
    clock = re.search(r"(?<![\d:])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(\.\d+)?(?![\d:])", value)
    if clock:
        a, b, c, frac = clock.groups()
        seconds = (int(a) * 3600 + int(b) * 60 + int(c)) if c else int(a) * 60 + int(b)
        return seconds + float(frac or 0), bool(frac)
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


def _counted_part(unit: str) -> str | None:
    """"legged" -> "leg", "engined" -> "engine", "storeyed" -> "storey": the part noun an "-ed"
    compound counts ("a two-legged robot"), or None."""
    if not unit.endswith("ed"):
        return None
    for stem in (unit[:-2], unit[:-1], unit[:-3]):
        if stem in COUNTED_PART_NOUNS and (stem != unit[:-3] or unit[-3] == unit[-4]):
            return stem
    return None
