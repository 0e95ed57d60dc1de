"""Numbers as an article writes them: find the quantity in a figure's text, read its value, and
write other values in the same form ("more than 70" -> "more than 40", "three" -> "five",
"between 300 and 450" -> "between 500 and 750").

Plain Python, no NLP: a figure's text is short and the forms a news article uses are few.
"""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

_CARDINALS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]
_WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_CARDINALS)}
_WORD_VALUES.update(_TENS)
_ORDINAL_VALUES = {w: i for i, w in enumerate(_ORDINALS) if i}
# The half-dozen phrase before "a dozen" so the longer phrase wins in the alternation.
_DOZENS = {"half a dozen": 6, "a dozen": 12, "two dozen": 24, "three dozen": 36}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "lakh": 100_000, "crore": 10_000_000}  # the last two: South Asian scale words

# "200,0000" (a slip in the source) is one number, never "200" followed by ",0000".
_DIGITS = r"\d{1,3}(?:,\d{3})+\d*(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted(
    [re.escape(w) for w in _DOZENS]
    + [rf"(?:{t})-(?:{'|'.join(_CARDINALS[1:10])})" for t in _TENS]
    + list(_TENS) + _CARDINALS[1:],
    key=len, reverse=True))
_ORDS = "|".join(sorted(_ORDINALS[1:], key=len, reverse=True))
_NUM = (rf"(?:(?:{_DIGITS})(?:\s+(?:{'|'.join(_SCALES)}))?(?:st|nd|rd|th)?"
        rf"|(?:{_WORDS})(?:\s+(?:{'|'.join(_SCALES)}))?|(?:{_ORDS}))")
# Longer bounds first: "as many as 500" is a bound, and a question on "500" alone would state it as exact.
_QUALIFIERS = (r"as many as|as much as|as few as|no fewer than|no less than|no more than|upwards of|in excess of|"
               r"an estimated|just over|just under|"
               r"more than|fewer than|less than|at least|at most|up to|nearly|almost|about|around|"
               r"roughly|approximately|some|over|under")
_RANGE = re.compile(
    rf"\b(?:between\s+(?P<a1>{_NUM})\s+and\s+(?P<b1>{_NUM})"
    rf"|from\s+(?P<a2>{_NUM})\s+to\s+(?P<b2>{_NUM})"
    rf"|(?P<a3>{_NUM})\s*(?:–|—|-|to)\s*(?P<b3>{_NUM}))(?![\w,])", re.I)
_QUALIFIED = re.compile(rf"\b(?P<q>{_QUALIFIERS})\s+(?P<n>{_NUM})(?![\w])", re.I)
# "24/7" (all day, every day) is no number another value could replace.
_PLAIN = re.compile(rf"(?<![\w,./])(?P<n>{_NUM})(?![\w/])", re.I)

APPROXIMATE = {"nearly", "almost", "about", "around", "roughly", "approximately", "some", "an estimated"}


@dataclass(frozen=True)
class Number:
    """One number as written: its place in the expression and how to write another like it."""

    start: int      # relative to the expression text
    end: int
    value: float
    style: str      # "digits", "words", "ordinal", "ordinal-digits", "dozens"
    grouped: bool   # digits written with thousands separators ("1,500")
    decimals: int
    scale: str      # "million" in "1.5 million", else ""
    capital: bool   # "Two more ferries": keep the capital at a sentence start


@dataclass(frozen=True)
class Quantity:
    """The quantity found in a figure's text: `text[start:end]` of the figure is `expression`."""

    expression: str
    start: int
    end: int
    kind: str                 # "exact", "range", or the qualifier in lower case ("more than")
    numbers: tuple[Number, ...]

    @property
    def is_year(self) -> bool:
        """A bare four-digit number in the years a news article talks about: a date, not a count."""
        n = self.numbers[0]
        return (self.kind == "exact" and n.style == "digits" and not n.grouped and not n.decimals
                and not n.scale and 1800 <= n.value <= 2100)

    @property
    def values(self) -> list[float]:
        return [n.value for n in self.numbers]

    def with_values(self, values: list[float]) -> str | None:
        """The expression with its numbers replaced by `values`, each written like the original;
        None where a value cannot be written that way (e.g. 37 as an ordinal word)."""
        out, pos = [], 0
        for number, value in zip(self.numbers, values):
            written = write(value, number)
            if written is None:
                return None
            out += [self.expression[pos:number.start], written]
            pos = number.end
        out.append(self.expression[pos:])
        return "".join(out)


def _read(token: str) -> tuple[float, str, bool, int, str] | None:
    """value, style, grouped, decimals, scale of one number token."""
    low = token.lower()
    scale = ""
    for name in _SCALES:
        if low.endswith(" " + name):
            scale, low = name, low[: -len(name)].rstrip()
    factor = _SCALES.get(scale, 1)
    if low in _DOZENS:
        return float(_DOZENS[low] * factor), "dozens", False, 0, scale
    if low in _WORD_VALUES:
        return float(_WORD_VALUES[low] * factor), "words", False, 0, scale
    if "-" in low and low.split("-")[0] in _TENS:
        tens, unit = low.split("-", 1)
        return float((_TENS[tens] + _WORD_VALUES[unit]) * factor), "words", False, 0, scale
    if low in _ORDINAL_VALUES:
        return float(_ORDINAL_VALUES[low]), "ordinal", False, 0, ""
    m = re.fullmatch(r"([\d,]+)(?:\.(\d+))?(st|nd|rd|th)?", low)
    if not m:
        return None
    value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    style = "ordinal-digits" if m.group(3) else "digits"
    return value * factor, style, "," in m.group(1), len(m.group(2) or ""), scale


def _number(expr_start: int, match: re.Match, group: str) -> Number | None:
    token = match.group(group)
    read = _read(token)
    if read is None:
        return None
    value, style, grouped, decimals, scale = read
    return Number(match.start(group) - expr_start, match.end(group) - expr_start, value, style,
                  grouped, decimals, scale, token[:1].isupper())


def find_quantity(text: str) -> Quantity | None:
    """The first quantity in `text` (a range before a qualified number before a plain one)."""
    for pattern in (_RANGE, _QUALIFIED, _PLAIN):
        matches = list(pattern.finditer(text))
        if pattern is _PLAIN:
            # "the first three days" counts three days: an ordinal is the quantity only where no
            # cardinal is there.
            matches.sort(key=lambda m: m.group("n").lower() in _ORDINAL_VALUES)
        for m in matches:
            if pattern is _RANGE:
                groups = next((a, b) for a, b in (("a1", "b1"), ("a2", "b2"), ("a3", "b3")) if m.group(a))
                kind = "range"
            elif pattern is _QUALIFIED:
                groups, kind = ("n",), m.group("q").lower()
            else:
                groups, kind = ("n",), "exact"
            if pattern is _PLAIN and m.group("n").lower() in _ORDINAL_VALUES and re.search(
                    r"\b(?:a|an|one|two|three)\s+$", text[: m.start()], re.I):
                continue  # "a third of sales" is a fraction: a third cannot become "a second"
            numbers = tuple(_number(m.start(), m, g) for g in groups)
            if any(n is None for n in numbers):
                continue
            if kind == "range" and numbers[0].value >= numbers[1].value:
                continue  # "2-1" is a score or a vote, not a range
            return Quantity(m.group(0), m.start(), m.end(), kind, numbers)  # type: ignore[arg-type]
    return None


def scale_of(number: Number) -> int:
    """1, or 1,000,000 for "12 million": what the written digits are multiplied by."""
    return _SCALES.get(number.scale, 1)


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def write(value: float, like: Number) -> str | None:
    """`value` written as `like` is written, or None where that form cannot hold it."""
    factor = _SCALES.get(like.scale, 1)
    shown = value / factor
    if like.style in ("words", "ordinal", "dozens", "ordinal-digits") and shown != int(shown):
        return None
    if like.style == "dozens":
        names = {v: k for k, v in _DOZENS.items()}
        word = names.get(int(shown)) or (_CARDINALS[int(shown)] if 0 < shown <= 20 else None)
    elif like.style == "words":
        n = int(shown)
        tens = {v: k for k, v in _TENS.items()}
        if 0 < n <= 20:
            word = _CARDINALS[n]
        elif n in tens:
            word = tens[n]
        elif 20 < n < 100 and n // 10 * 10 in tens:
            word = f"{tens[n // 10 * 10]}-{_CARDINALS[n % 10]}"
        else:
            word = None
    elif like.style == "ordinal":
        word = _ORDINALS[int(shown)] if 0 < shown <= 20 else None
    elif like.style == "ordinal-digits":
        word = f"{int(shown)}{_ordinal_suffix(int(shown))}"
    else:
        if shown <= 0 or abs(round(shown, like.decimals) - shown) > 1e-9 * max(1.0, shown):
            return None  # "$0 billion", or 350 million written as "0 billion": not this form
        if like.scale and shown >= 1000:
            return None  # "1000 million" is a billion: nobody writes it so
        word = f"{shown:,.{like.decimals}f}" if like.grouped else f"{shown:.{like.decimals}f}"
        if not like.grouped and shown >= 10_000 and like.decimals == 0:
            word = f"{shown:.0f}"
    if word is None:
        return None
    if like.scale:
        word = f"{word} {like.scale}"
    return word[:1].upper() + word[1:] if like.capital else word


def precision(number: Number) -> float:
    """The step the article's number is rounded to (50 -> 10, 1,500 -> 100, 39 -> 1, 2.5 -> 0.1)."""
    shown = number.value / _SCALES.get(number.scale, 1)
    if number.decimals:
        return 10.0 ** -number.decimals * _SCALES.get(number.scale, 1)
    n = int(shown)
    step = 1
    while n and n % (step * 10) == 0 and n // (step * 10) >= 1 and step * 10 < n:
        step *= 10
    return float(step * _SCALES.get(number.scale, 1))


def finer(step: float) -> float:
    """A place finer than a step of ten or more ("20,000" -> steps of 1,000), so that values near a
    round number can be told apart from it."""
    return step / 10 if step >= 10 else step


def round_to(value: float, step: float) -> float:
    return math.floor(value / step + 0.5) * step


# Wide enough that a student who read the figure can tell it apart, near enough to be plausible.
_FACTORS_BELOW = (0.75, 0.5, 0.3, 0.2)
_FACTORS_ABOVE = (1.5, 2.0, 3.0, 4.0)


def _candidates(quantity: Quantity, rng: random.Random | None = None) -> tuple[list[list[float]], list[list[float]]]:
    """Value lists below and above the key, nearest first. With `rng`, each factor is moved a
    little (by up to a tenth), so the options are not all exact multiples of the key (6,606 among
    9,909, 13,212 and 19,818 would give the key away as their common divisor)."""
    key = quantity.values
    # small whole numbers step by one ("three" among "two", "four", "five"); a small decimal
    # ("1.15%") scales like a large number, or its options would be 2.15, 3.15 and 4.15
    small = all(n.value <= 12 and float(n.value).is_integer() for n in quantity.numbers)
    if small and quantity.kind != "range":
        v = key[0]
        if quantity.numbers[0].style == "dozens":  # half-a-dozen phrase -> "three", "two dozen"
            return [[v / 2]], [[v * 4], [v * 6], [v * 2]]
        step = 1.0
        # "one soldiers" would give itself away: a plural key keeps plural distractors, unless the
        # option is the bare number ("two" among "one", "three", "four"), where "one" hides the key
        # from always being the lowest option.
        bare = re.fullmatch(r"[A-Za-z]+|\d+", quantity.expression.strip()) is not None
        least = 1 if quantity.numbers[0].style == "ordinal" or v <= 1 or bare else 2
        below = [[v - step * i] for i in range(1, 4) if v - step * i >= least]
        above = [[v + step * i] for i in range(1, 5)]
        return below, above
    # One step for all the numbers of a range, so "1,000 to 1,500" scales to "500 to 750".
    step = min(precision(n) for n in quantity.numbers)
    def scaled(factor: float) -> list[float]:
        if rng is not None:
            factor *= rng.uniform(0.9, 1.1)
        return [max(step, round_to(v * factor, step)) for v in key]
    below = [scaled(f) for f in _FACTORS_BELOW]
    above = [scaled(f) for f in _FACTORS_ABOVE]
    return below, above


def distractor_values(quantity: Quantity, rng: random.Random, count: int = 3) -> list[str]:
    """Up to `count` other values written in the key's form, some below and some above it
    (how many of each is drawn from `rng`, so the key is not always in the middle)."""
    key_text, key = quantity.expression, quantity.values
    # the factors move by a draw of their own, so the choice below draws as it always did
    below_vals, above_vals = _candidates(quantity, random.Random(key_text))
    def render(values_list: list[list[float]]) -> list[str]:
        out: list[str] = []
        for values in values_list:
            if quantity.kind == "range" and (values[0] >= values[1] or
                                             (values[0] <= key[1] and values[1] >= key[0])):
                continue  # an overlapping range would be partly right
            text = quantity.with_values(values)
            if text and text.lower() != key_text.lower() and text not in out:
                out.append(text)
        return out
    below, above = render(below_vals), render(above_vals)
    lowest = max(0, count - len(above))
    highest = min(count, len(below))
    if lowest > highest:
        return below + above
    n_below = rng.randint(lowest, highest)
    return below[:n_below] + above[: count - n_below]


def sort_key(text: str) -> tuple[float, str]:
    """Order options by the first value they state, so numeric options read in ascending order."""
    quantity = find_quantity(text)
    return (quantity.values[0] if quantity else math.inf, text)
