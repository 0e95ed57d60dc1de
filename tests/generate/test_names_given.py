"""A name NER leaves unlabelled is a person's when its first word is a common given name; a
surname after an elided particle belongs to the name; a clear given name gives its usual pronoun,
as a weak guess. Invented sentences."""
from __future__ import annotations

from extracted import quotes

from quizapp.generate.names.given import given_name_gender


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


def test_a_clear_given_name_gives_its_usual_pronoun():
    assert given_name_gender("Ana Ruiz") == "f"
    assert given_name_gender("Tom Berg") == "m"


def test_shared_short_or_lone_names_give_none():
    assert given_name_gender("Jordan Lee") is None   # borne by men and women alike
    assert given_name_gender("Ma Ngok") is None      # a surname written first
    assert given_name_gender("Ruiz") is None

