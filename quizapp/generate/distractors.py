"""Wrong options for generated questions, and the rules that keep them wrong but fair.

A distractor never names the key again ("Lindqvist" beside "Maria Lindqvist"), never repeats another
option, and never is something that is also right (another speaker of the same quotation, the
person's other organisation). Candidates come from the article first; a caller that finds fewer
than two good ones asks no question.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable

from quizapp.generate import numbers

# Words too common to tell two names or phrases apart ("the Institute" vs "Institute").
STOP = {"the", "a", "an", "of", "at", "for", "and", "in", "on", "to", "with"}
# Letters that Unicode does not decompose into a base letter and an accent ("Radosław" is
# "Radoslaw" written without its Polish letter).
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                         "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def tokens(text: str) -> set[str]:
    """The content words of a name or phrase, accents and punctuation ignored."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_QUOTES)
    return set(re.sub(r"[^\w\s]", " ", text.lower()).split()) - STOP


def restates(a: str, b: str) -> bool:
    """True where one of the two names all the other does: "Lindqvist" and "Maria Lindqvist",
    "analyst" and "a senior analyst". Such a pair cannot be a key and a distractor."""
    ta, tb = tokens(a), tokens(b)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def acronym_of(name: str) -> str:
    """The initials of a name's capitalised words ("Northern Water Safety Board" -> "NWSB")."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w’'&-]*", name or "") if w.lower() not in STOP)


def same_organisation(a: str, b: str) -> bool:
    """One organisation under two names: one restates the other ("the Central Bank", "Central
    Bank"), or one is the other's acronym ("CB" for "Central Bank", "Riverton NWSB" beside
    "Northern Water Safety Board")."""
    if restates(a, b):
        return True
    for short, long_ in ((a, b), (b, a)):
        for word in re.findall(r"[A-Z][A-Z&.]{1,9}", short or ""):
            letters = re.sub(r"[^A-Z]", "", word)
            if len(letters) >= 2 and letters == acronym_of(long_):
                return True
        expanded = _expand_acronyms(short or "", long_ or "")
        if expanded != short and restates(expanded, long_):
            return True  # "U.S. President" and "United States President"
    return False


def _expand_acronyms(short: str, long_: str) -> str:
    """`short` with each acronym written out as `long_` writes it ("UK Prime Minister" beside
    "United Kingdom Prime Minister" -> "United Kingdom Prime Minister")."""
    words = re.findall(r"[A-Za-z][\w’'&-]*", long_)
    def out(m: re.Match) -> str:
        letters = re.sub(r"[^A-Z]", "", m.group(0))
        for i in range(len(words) - len(letters) + 1):
            run = words[i:i + len(letters)]
            if all(w[:1].isupper() for w in run) and "".join(w[0] for w in run) == letters:
                return " ".join(run)
        return m.group(0)
    return re.sub(r"(?<![\w.])[A-Z](?:\.?[A-Z]){1,4}\.?(?![\w])", out, short)


def fullest_names(names: Iterable[str]) -> dict[str, str]:
    """Each name mapped to the fullest form the article uses for the same person ("Lindqvist" ->
    "Maria Lindqvist"); a short name that fits two different full names stays as it is."""
    unique = sorted({n.strip() for n in names if n and n.strip()}, key=lambda n: (-len(tokens(n)), n))
    out: dict[str, str] = {}
    for name in unique:
        fuller = [o for o in unique if o != name and tokens(name) < tokens(o)]
        longest = [o for o in fuller if not any(tokens(o) < tokens(p) for p in fuller)]
        out[name] = longest[0] if len({frozenset(tokens(o)) for o in longest}) == 1 else name
    # One name spelled two ways ("Radosław Wiśniak", "Radoslaw Wisniak"): the article's own
    # letters win, so the two never stand side by side as a right and a wrong option.
    for name, full in list(out.items()):
        same = sorted((o for o in set(out.values()) if tokens(o) == tokens(full)),
                      key=lambda o: (-sum(not c.isascii() for c in o), o))
        out[name] = same[0]
    return out


def same_surname(a: str, b: str) -> bool:
    """"Tom Berg" and "Lena Berg" (or "Ada Marsh" and "Tom Marsh"): a reader who remembers
    "Berg said" could mean either."""
    wa, wb = (a or "").split(), (b or "").split()
    return bool(wa and wb) and tokens(wa[-1]) == tokens(wb[-1]) and bool(tokens(wa[-1]))


def choose(key: str, tiers: Iterable[Iterable[str]], rng: random.Random, *,
           avoid: Iterable[str] = (), count: int = 3, people: bool = False) -> list[str]:
    """Up to `count` distractors for `key`, taken tier by tier (the article's own candidates of
    the same kind first), in an order drawn from `rng` within each tier. A candidate is skipped
    where it restates the key, any name in `avoid` (things that are also right) or a distractor
    already chosen; for `people`, also where it shares a chosen one's surname."""
    avoid = [a for a in avoid if a]
    chosen: list[str] = []
    for tier in tiers:
        pool = sorted({c.strip() for c in tier if c and c.strip()})
        rng.shuffle(pool)
        for cand in pool:
            if len(chosen) == count:
                return chosen
            if cand == key or same_organisation(cand, key) or any(same_organisation(cand, a) for a in avoid):
                continue
            if any(same_organisation(cand, c) or (people and same_surname(cand, c)) for c in chosen):
                continue
            chosen.append(cand)
    return chosen


# Factors of the key for the distractors of a figure. None is a simple ratio: options at x1.5, x2
# and x3 of the key ("235, 353, 470, 705") give the key away as the one the others are multiples of.
_FACTORS_BELOW = (0.8, 0.65, 0.45, 0.3)
_FACTORS_ABOVE = (1.25, 1.4, 1.7, 2.3, 2.8)
_GIVEAWAY_RATIOS = (0.25, 1 / 3, 0.5, 2 / 3, 0.75, 1.5, 2.0, 2.5, 3.0, 4.0)
# A person's age: a few years either side, never an age nobody reaches ("died at 65": not 130).
_AGE_OFFSETS = (5, 9, 14)
MAX_AGE = 110


def _values(quantity: numbers.Quantity, rng: random.Random, count: int, age: bool) -> list[str]:
    """Other values of a single figure written in the key's form, some below and some above it
    (how many of each drawn from `rng`, so the key is not always in the middle)."""
    key = quantity.values[0]
    number = quantity.numbers[0]
    if quantity.kind == "range" or (all(n.value <= 12 for n in quantity.numbers) and not (age and key > 12)):
        return numbers.distractor_values(quantity, rng, count)
    step = numbers.precision(number)
    if age:
        step = max(1.0, step) if key < 20 else step
        # Nearer for the young: "aged 15" gets 12 and 18, not 1.
        offsets = [max(1, round(d * min(1.0, key / 40))) for d in _AGE_OFFSETS]
        below = [key - d for d in offsets]
        above = [key + d for d in offsets]
    else:
        below = [numbers.round_to(key * f, step) for f in _FACTORS_BELOW]
        above = [numbers.round_to(key * f, step) for f in _FACTORS_ABOVE]
    # A key of two or more significant figures ("235", "6606") has no round multiples to hide among.
    exact = key / step >= 10 and not age
    taken = [quantity.expression]
    def render(values: list[float]) -> list[str]:
        out: list[str] = []
        for v in values:
            if v <= 0 or v == key or (age and not 0 < v <= MAX_AGE):
                continue
            if exact and any(abs(v / key - r) < 1e-9 for r in _GIVEAWAY_RATIOS):
                continue
            text = quantity.with_values([v])
            # "twenty" beside "twenty-two" would restate it: the next value is taken instead.
            if text and not any(restates(text, t) for t in taken):
                out.append(text)
                taken.append(text)
        return out
    low, high = render(below), render(above)
    if len(low) + len(high) < count:
        return numbers.distractor_values(quantity, rng, count)
    n_below = rng.randint(max(0, count - len(high)), min(count, len(low)))
    return low[:n_below] + high[:count - n_below]


_LOWER_BOUNDS = {"over", "more than", "above", "upwards of", "in excess of", "just over", "at least"}
# Bounds from above: "up to 40", "fewer than 10"
_UPPER_BOUNDS = {"up to", "fewer than", "less than", "under", "below", "no more than", "at most", "as many as",
                 "just under"}


def _scaled(quantity: numbers.Quantity, factors: tuple, step: float, taken: list[str],
            at_most: float | None = None) -> list[str]:
    """The key's value times each factor, rounded to `step` and written in the key's form: the
    positive ones (at most `at_most`) other than the key and not in `taken`."""
    out: list[str] = []
    for factor in factors:
        value = numbers.round_to(quantity.values[0] * factor, step)
        if value <= 0 or value == quantity.values[0] or at_most is not None and value > at_most:
            continue
        written = quantity.with_values([value])
        if written and written not in taken and written not in out:
            out.append(written)
    return out


def numeric_distractors(quantity: numbers.Quantity, rng: random.Random,
                        from_article: Iterable[numbers.Quantity] = (), count: int = 3,
                        at_most: float | None = None, age: bool = False) -> list[str]:
    """Distractors for a figure: one other figure of the article of the same kind and magnitude,
    written in the key's form, then the key's value changed within its magnitude. `at_most`
    bounds them (a share of a whole is never above 100%); `age`: the figure is a person's age,
    so the others are ages a person could be, a few years either side."""
    if age:
        at_most = MAX_AGE if at_most is None else min(at_most, MAX_AGE)
    def fits(text: str) -> bool:
        found = numbers.find_quantity(text)
        if found is None:
            return at_most is None
        if age and any(abs(v - quantity.values[0]) > max(15, quantity.values[0] * 0.3) for v in found.values):
            return False
        # "at least 25%" makes "at least 20%" true as well, and "up to 40" makes "up to 50" true: a
        # wrong option for a bound lies beyond it, never inside
        if quantity.kind in _LOWER_BOUNDS and min(found.values) <= quantity.values[0]:
            return False
        if quantity.kind in _UPPER_BOUNDS and max(found.values) >= quantity.values[0]:
            return False
        if at_most is not None and quantity.kind in _LOWER_BOUNDS:
            return max(found.values) < at_most  # "over 100%" is no share
        return at_most is None or max(found.values) <= at_most
    same_form = []
    for other in from_article:
        if (other.kind == quantity.kind and other.values != quantity.values and not other.is_year
                and 0.2 <= other.values[0] / max(quantity.values[0], 1e-9) <= 5):
            written = quantity.with_values(other.values)
            if written and fits(written):
                same_form.append(written)
    picked = choose(quantity.expression, [same_form], rng, count=min(1, count))
    candidates = _values(quantity, rng, count, age)
    step = min(numbers.precision(n) for n in quantity.numbers)
    if quantity.kind in _LOWER_BOUNDS | _UPPER_BOUNDS and len(quantity.values) == 1:
        # wrong options for a bound lie beyond it: more of them on that side (rounded a place
        # finer than the key, so that "20,000" has neighbours below it)
        factors = (1.2, 1.4, 1.6, 2, 3) if quantity.kind in _LOWER_BOUNDS else (0.8, 0.6, 0.5, 0.4, 0.3)
        candidates += _scaled(quantity, factors, numbers.finer(step), candidates)
    if at_most is not None and quantity.kind != "range" and not age:
        # Values cut by the bound are replaced by others below it, nearer the key.
        candidates += _scaled(quantity, (0.8, 0.65, 0.45, 1.2, 1.3, 0.9), step, candidates, at_most)
    for text in candidates:
        if len(picked) == count:
            break
        if fits(text) and not restates(text, quantity.expression) and not any(restates(text, p) for p in picked):
            picked.append(text)
    return picked


def ordered(key: str | list[str], distractors: list[str], *, numeric: bool = False) -> list[str]:
    """The options in a stable order: numbers ascending, names alphabetically."""
    keys = key if isinstance(key, list) else [key]
    opts = list(dict.fromkeys([*keys, *distractors]))
    if numeric:
        return sorted(opts, key=numbers.sort_key)
    return sorted(opts, key=_natural)


def _natural(text: str) -> tuple:
    """Alphabetical, with numbers inside names in numeric order ("41st Brigade" before "123rd")."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", folded) if p), text
