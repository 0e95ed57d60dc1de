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


def test_a_title_after_a_fronted_phrase_is_the_clause_subject_not_an_appositive():
    text = ("At the request of Norland Prime Minister Oskar Lind, the King dissolved the assembly "
            "for two weeks yesterday.")
    assert links(text) == [("Oskar Lind", "Norland", "Prime Minister")]


def test_a_title_the_tagger_calls_an_organisation_is_still_the_title():
    text = ('"We have made a second arrest in connection with it. Our priority is to find the stolen item, '
            'and I would urge anyone with any information to contact police by calling 101", said '
            'Detective Inspector Daniel Hughes.\n\nThe vase is an artwork.')
    assert links(text) == [("Daniel Hughes", None, "Detective Inspector")]
