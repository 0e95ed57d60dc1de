"""What the extraction gives for a text, in the shapes the generator's tests compare against."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def links(text: str) -> list[tuple[str, str | None, str | None]]:
    """(person, organisation, role) of every affiliation, in text order."""
    return [(a.person, a.organization, a.role) for a in extract_facts(text).affiliations]


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quote, in text order."""
    return [(q.speaker, q.text) for q in extract_facts(text).quotes]
