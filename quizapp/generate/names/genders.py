"""The pronoun a given name's bearers are usually given ("m" or "f"), from the US Census lists in
names/given_name_genders.txt; None for names the lists share or do not hold. A weak prior only:
what the article itself says of a person (a courtesy title, a role word, a pronoun) comes first."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    lines = Path(__file__).with_name("given_name_genders.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


def given_name_gender(full_name: str) -> str | None:
    """ "m" or "f" by the first word of a name of two words or more ("Ana Ruiz"); a lone surname
    tells nothing."""
    words = full_name.split()
    # (not a word of one or two letters: "Ma", "Li" lead many names written surname first)
    return _table().get(words[0]) if len(words) >= 2 and len(words[0]) >= 3 else None
