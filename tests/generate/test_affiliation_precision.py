"""Affiliations: precision rules and forms added in round 6 (affiliations package).
The sentences are invented for these tests."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def links(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.person, a.organization, a.role) for a in extract_facts(text).affiliations]


def test_a_headline_title_is_not_a_second_link_when_the_body_names_the_person():
    text = ("UK Health Minister Lena Ford resigns\n\n"
            "United Kingdom Health Minister Lena Ford resigned on Monday after a vote in parliament.")
    assert links(text) == [("Lena Ford", None, "United Kingdom Health Minister")]


def test_a_headline_title_stays_when_the_body_does_not_mention_the_person_again():
    text = ("Harbour mayor Lena Ford resigns\n\n"
            "The city council accepted the resignation on Monday after a vote.")
    assert links(text) == [("Lena Ford", None, "Harbour mayor")]
