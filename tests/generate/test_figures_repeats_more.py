"""Later mentions of a number already given are not new figures. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def figures(text: str):
    return extract_facts(text).figures


def test_a_time_word_after_the_counted_noun_keeps_the_noun():
    text = ("The council closed the pool for three weeks yesterday. During these three weeks of repairs, "
            "swimmers used the river.")
    figs = figures(text)
    assert [f.text for f in figs] == ["three weeks"]
    assert figs[0].counts == "weeks"
