"""Mixed numbers, vague scale words and repeated mentions of a set already counted (made-up sentences)."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def figs(text: str) -> dict[str, tuple[str, str]]:
    return {f.text: (f.value, f.counts) for f in extract_facts("Monday, May 4, 2020\n\n" + text).figures
            if "2020" not in f.text}


def test_a_whole_and_its_fraction_are_one_amount():
    got = figs("The talks lasted two and a half hours. The bakery sold 40 cakes in the past year and a half. "
               "Riders waited an hour and a half.")
    assert got["two and a half hours"] == ("2.5", "hours")
    assert got["the past year and a half"] == ("1.5", "years")
    assert got["an hour and a half"] == ("1.5", "hours")
    assert "two" not in got


def test_a_conversion_written_as_a_mixed_number_joins_its_amount():
    got = figs("The mast is six feet (one and two thirds metres) tall.")
    assert list(got) == ["six feet (one and two thirds metres)"]


def test_a_scale_word_after_a_vague_word_is_no_count():
    got = figs("Several thousand fans marched and a few hundred stayed. A thousand flags were sold.")
    assert list(got) == ["A thousand flags"]


def test_a_set_already_counted_is_not_counted_again():
    got = figs("The club won all four matches. The four league matches drew big crowds. "
               "It lost all four of these games last year. Police questioned 12 fans.")
    assert list(got) == ["four matches", "12 fans"]
