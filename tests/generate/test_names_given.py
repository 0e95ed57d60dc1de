"""A name NER leaves unlabelled is a person's when its first word is a common given name; a
surname after an elided particle belongs to the name. Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_an_unlabelled_name_with_a_common_given_name_speaks():
    text = "News of the day\n\nMonday, March 2, 2020\n\nAna Ruiz lives in Ohio. She said the winters were long."
    assert quotes(text) == [("Ana Ruiz", "the winters were long")]


def test_a_given_name_that_opens_a_place_or_a_firm_names_nobody():
    text = ("News of the day\n\nMonday, March 2, 2020\n\nVirginia Beach closed its piers. Georgia Power said the storm had cut power "
            "to thousands of homes.")
    assert not any(speaker in {"Virginia Beach", "Georgia Power"} for speaker, _ in quotes(text))


def test_a_surname_after_an_elided_particle_is_part_of_the_name():
    assert quotes("Former president Valéry Giscard d'Estaing said the plan was wrong.") == [
        ("Valéry Giscard d'Estaing", "the plan was wrong")]
