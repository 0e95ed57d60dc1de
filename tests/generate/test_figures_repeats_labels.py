"""A measure given twice is one fact; a number that is part of a name stays a name at the start of
a sentence too. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def texts(text: str) -> list[str]:
    return [f.text for f in extract_facts(text).figures]


def test_the_same_large_measure_given_twice_is_one_figure():
    text = ("The tower stands over 300 meters tall in the old harbour. Visitors ride a lift to a deck "
            "just below 300 meters.")
    assert texts(text) == ["over 300 meters"]


def test_a_number_in_a_name_is_no_count_at_the_start_of_a_sentence():
    text = "The Silent 52 Choir sang in Oslo in June. Silent 52 toured the coast with three buses."
    assert texts(text) == ["three buses"]


def test_a_number_quoted_by_itself_is_a_label_not_an_amount():
    assert "19" not in texts('In the name, "D" is for "disease" and "19" for the year it was first found.')
    assert "12 people" in texts('He said "12 people" had died in the blast.')


def test_one_as_a_casualty_counted_in_the_subject():
    assert "One person" in texts("One person was injured in the crash.")
    assert "One firefighter" in texts("One firefighter died in the blaze.")
    assert not any(t.startswith("One") for t in texts("One resident told reporters the fire was huge."))
