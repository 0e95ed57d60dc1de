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
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


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
    return False


def fullest_names(names: Iterable[str]) -> dict[str, str]:
    """Each name mapped to the fullest form the article uses for the same person ("Lindqvist" ->
    "Maria Lindqvist"); a short name that fits two different full names stays as it is."""
    unique = sorted({n.strip() for n in names if n and n.strip()}, key=lambda n: (-len(tokens(n)), n))
    out: dict[str, str] = {}
    for name in unique:
        fuller = [o for o in unique if o != name and tokens(name) < tokens(o)]
        longest = [o for o in fuller if not any(tokens(o) < tokens(p) for p in fuller)]
        out[name] = longest[0] if len(longest) == 1 else name
    return out


def choose(key: str, tiers: Iterable[Iterable[str]], rng: random.Random, *,
           avoid: Iterable[str] = (), count: int = 3) -> list[str]:
    """Up to `count` distractors for `key`, taken tier by tier (the article's own candidates of
    the same kind first), in an order drawn from `rng` within each tier. A candidate is skipped
    where it restates the key, any name in `avoid` (things that are also right) or a distractor
    already chosen."""
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
            if any(same_organisation(cand, c) for c in chosen):
                continue
            chosen.append(cand)
    return chosen


def numeric_distractors(quantity: numbers.Quantity, rng: random.Random,
                        from_article: Iterable[numbers.Quantity] = (), count: int = 3,
                        at_most: float | None = None) -> list[str]:
    """Distractors for a figure: one other figure of the article of the same kind and magnitude,
    written in the key's form, then the key's value changed within its magnitude. `at_most`
    bounds them (a share of a whole is never above 100%)."""
    def fits(text: str) -> bool:
        found = numbers.find_quantity(text)
        return at_most is None or (found is not None and max(found.values) <= at_most)
    same_form = []
    for other in from_article:
        if (other.kind == quantity.kind and other.values != quantity.values and not other.is_year
                and 0.2 <= other.values[0] / max(quantity.values[0], 1e-9) <= 5):
            written = quantity.with_values(other.values)
            if written and fits(written):
                same_form.append(written)
    picked = choose(quantity.expression, [same_form], rng, count=min(1, count))
    candidates = numbers.distractor_values(quantity, rng, count)
    if at_most is not None and quantity.kind != "range":
        # Values cut by the bound are replaced by others below it, nearer the key.
        step = min(numbers.precision(n) for n in quantity.numbers)
        for factor in (0.75, 0.5, 0.3, 1.2, 1.3, 0.85):
            value = numbers.round_to(quantity.values[0] * factor, step)
            written = quantity.with_values([value]) if 0 < value <= at_most and value != quantity.values[0] else None
            if written and written not in candidates:
                candidates.append(written)
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
