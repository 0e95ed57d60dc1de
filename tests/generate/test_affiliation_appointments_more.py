"""Appointments with "as" ("was elected as a Fellow of Y") and a titled name as the subject of
"became" ("President of Y Ana Ruiz became ..."). Invented sentences."""
from __future__ import annotations

from extracted import links


def test_elected_as_a_fellow_of_an_organisation():
    assert links("For her research, Maria Lindqvist was elected as a Fellow of the Royal Academy in 1994.") == [
        ("Maria Lindqvist", "Royal Academy", "Fellow")]


def test_a_titled_name_becomes_a_party_nominee():
    text = "Incumbent Governor of Oregon Maria Lindqvist became the Green Party's presumptive nominee in May."
    assert ("Maria Lindqvist", "Green Party", "presumptive nominee") in links(text)
