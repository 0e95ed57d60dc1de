"""How unclaimed seats are shown on the join page: by initials, not names.

Anyone holding a class code sees that page, and a code can leak (a photo of the board, a guess), so
it shows "A. R." rather than "Ana Ruiz". Where two seats of the class would read alike, their first
names (then their last names) are lengthened letter by letter until they differ ("An. R." and
"Al. R."): each student can still find their own seat, and a stranger learns as little as possible.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence


def _label(words: Sequence[str], first: int, last: int) -> str:
    def part(word: str, n: int) -> str:
        return word if n >= len(word) else f"{word[:n]}."

    if len(words) == 1:
        return part(words[0], first)
    middle = [part(w, 1) for w in words[1:-1]]
    return " ".join([part(words[0], first), *middle, part(words[-1], last)])


def seat_labels(names: Sequence[str]) -> list[str]:
    """One label per name, in order; distinct wherever the names themselves are."""
    words = [name.split() or ["?"] for name in names]
    lengths = [[1, 1] for _ in names]  # letters shown of the first and of the last word
    while True:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(words):
            groups[_label(w, *lengths[i])].append(i)
        grew = False
        for members in groups.values():
            if len({names[i] for i in members}) < 2:
                continue  # one seat, or the same name twice: letters more would tell nothing apart
            for i in members:
                first, last = lengths[i]
                if first < len(words[i][0]):
                    lengths[i][0] += 1
                    grew = True
                elif last < len(words[i][-1]):
                    lengths[i][1] += 1
                    grew = True
        if not grew:
            return [_label(w, *lengths[i]) for i, w in enumerate(words)]
