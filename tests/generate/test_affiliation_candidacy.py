"""A candidacy in a race is no post, and an organisation that only owns the noun after it is no
employer. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_a_contender_for_a_party_nomination_is_no_affiliation():
    text = ("Senator Maria Lindqvist ended her campaign on Monday. Lindqvist was also a contender for "
            "the Green Party's nomination in the 2012 election.")
    assert links(text) == [("Maria Lindqvist", None, "Senator")]


def test_an_organisation_owning_the_noun_after_it_is_not_the_link():
    assert links("Tomas Brandvik, a spokesman for the Harbour Council's campaign, said the port would "
                 "reopen.") == [("Tomas Brandvik", None, "spokesman")]


def test_a_former_candidacy_describes_the_person():
    assert links("Former presidential candidate Maria Lindqvist endorsed the mayor on Monday.") == [
        ("Maria Lindqvist", None, "Former presidential candidate")]
