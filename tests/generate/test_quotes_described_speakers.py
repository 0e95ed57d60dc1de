"""A speaker named by description: the noun an abbreviated title stands for, and a role with an
age before it. Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_the_governor_is_the_person_titled_gov():
    text = ("Sen. Sarah Miller and Gov. David Brown met on Friday. "
            "The governor said the bill had no chance of passing.")
    assert quotes(text) == [("David Brown", "the bill had no chance of passing")]


def test_an_age_before_the_role_still_names_the_role_holder():
    text = 'Guard Sarah Miller scored 34 points.\n\n"Coach drew that play up for me," the 24-year-old guard said.'
    assert quotes(text) == [("Sarah Miller", "Coach drew that play up for me")]


def test_two_holders_of_the_role_leave_the_speaker_open():
    text = ('Guard Sarah Miller scored 34 points and guard Emma Jones scored 20.\n\n'
            '"Coach drew that play up for me," the 24-year-old guard said.')
    assert quotes(text) == []
