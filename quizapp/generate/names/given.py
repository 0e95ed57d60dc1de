"""Common given names (names/given_names.txt: the 1990 US Census lists, public domain) and the
pronoun their bearers are usually given ("m" or "f"; "-" where the lists share the name). The
pronoun is a weak prior only: what the article itself says of a person (a courtesy title, a role
word, a pronoun) comes first."""
from __future__ import annotations

from pathlib import Path


def _given_names() -> dict[str, str]:
    lines = Path(__file__).with_name("given_names.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line.strip() and not line.startswith("#"))


GIVEN_NAMES = _given_names()


def given_name_gender(full_name: str) -> str | None:
    """ "m" or "f" by the first word of a name of two words or more ("Ana Ruiz"); a lone surname
    tells nothing."""
    words = full_name.split()
    # (not a word of one or two letters: "Ma", "Li" lead many names written surname first)
    if len(words) < 2 or len(words[0]) < 3:
        return None
    return {"m": "m", "f": "f"}.get(GIVEN_NAMES.get(words[0], "-"))
