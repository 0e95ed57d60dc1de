"""A measure given twice is one fact; a number that is part of a name stays a name at the start of
a sentence too. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def texts(text: str) -> list[str]:
    return [f.text for f in extract_facts(text).figures]


def test_the_same_large_measure_given_twice_is_one_figure():
    text = ("The wreck lies at a depth of over 1200 feet near the coast. A drone later found a mass at a "
            "depth below 1200 feet.")
    assert texts(text) == ["over 1200 feet"]


def test_a_number_in_a_name_is_no_count_at_the_start_of_a_sentence():
    text = "The Silent 52 Project found the wreck in June. Silent 52 sailed to the site with three drones."
    assert texts(text) == ["three drones"]
