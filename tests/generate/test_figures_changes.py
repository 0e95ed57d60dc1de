"""A verb of change with "from A to B" gives the number before and the number after, not a
range. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def figs(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.value, f.counts) for f in extract_facts(text).figures]


def test_a_change_from_one_count_to_another_gives_two_figures():
    assert figs("The council cut the number of bus routes from 40 to 12 last year.") == [
        ("from 40", "40", "bus routes (before)"), ("to 12", "12", "bus routes (after)")]


def test_a_range_with_its_noun_is_left_to_the_range_rules():
    assert [f[0] for f in figs("Tickets cost from 12 to 15 dollars.")] == ["from 12 to 15 dollars"]


def test_one_as_a_margin_after_by_is_a_count():
    assert figs("The senator won by one vote.")[0][:2] == ("one vote", "1")
    assert figs("The candidate lost by one seat in the final count.")[0][:2] == ("one seat", "1")
    assert figs("She was hit by one car and then another.") == []
