"""What the extraction gives for a text, in the shapes the generator's tests compare against."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def links(text: str) -> list[tuple[str, str | None, str | None]]:
    """(person, organisation, role) of every affiliation, in text order."""
    return [(a.person, a.organization, a.role) for a in extract_facts(text).affiliations]


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quote, in text order."""
    return [(q.speaker, q.text) for q in extract_facts(text).quotes]


def figures(text: str) -> dict[str, tuple[str, str]]:
    """figure text -> (value, what it counts)."""
    return {f.text: (f.value, f.counts) for f in extract_facts(text).figures}


def figures_after_dateline(text: str) -> dict[str, tuple[str, str]]:
    """The same for a text under a dateline (which counts as the article's date, so relative dates
    resolve), without the dateline's own figure."""
    return {k: v for k, v in figures("Monday, May 4, 2020\n\n" + text).items() if "2020" not in k}
