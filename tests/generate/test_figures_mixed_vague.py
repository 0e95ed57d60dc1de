"""Mixed numbers, vague scale words and repeated mentions of a set already counted (made-up sentences)."""
from __future__ import annotations

from extracted import figures_after_dateline as figs


def test_a_whole_and_its_fraction_are_one_amount():
    got = figs("The talks lasted two and a half hours. The bakery sold 40 cakes in the past year and a half. "
               "Riders waited an hour and a half.")
    assert got["two and a half hours"] == ("2.5", "hours")
    assert got["the past year and a half"] == ("1.5", "years")
    assert got["an hour and a half"] == ("1.5", "hours")
    assert "two" not in got
    got = figs("The new hall is one and a half times the size of the old one. Rents rose two and a half times.")
    assert got["one and a half times the size"] == ("×1.5", "multiple of the size")
    assert got["two and a half times"][0] == "×2.5"


def test_a_conversion_written_as_a_mixed_number_joins_its_amount():
    got = figs("The mast is twelve feet (three and two thirds metres) tall.")
    assert list(got) == ["twelve feet (three and two thirds metres)"]


def test_a_scale_word_after_a_vague_word_is_no_count():
    got = figs("Several thousand fans marched and a few hundred stayed. A couple of hundred cars were parked. "
               "A thousand flags were sold.")
    assert list(got) == ["A thousand flags"]


def test_a_set_already_counted_is_not_counted_again():
    got = figs("The club won all four matches. The four league matches drew big crowds. "
               "It lost all four of these games last year. Police questioned 12 fans.")
    assert list(got) == ["four matches", "12 fans"]
    got = figs("Police questioned two fans. Later five people were hurt and two of them died.")
    assert got["two"] == ("2", "people")  # a part of a set, not a repeat


def test_what_a_figure_counts_reads_well():
    got = figs("The chain sold its 200 Dutch and 74 Belgian shops. The mayor won 60 seats; her rival ended with "
               "a total of 45. The trait arose at least 12 separate times. It joins the 300 strong fleet.")
    assert got["200 Dutch"] == ("200", "Dutch shops")
    assert got["a total of 45"][1] == "total of seats"
    assert got["at least 12 separate times"] == ("at least 12 times", "times (arose)")
    assert got["300 strong fleet"][1] == "size of the fleet"


def test_an_age_beside_the_verb_belongs_to_its_subject_not_to_a_date():
    got = figs("The senator died in October at the age of 68. The painter died in Lyon on Sunday aged 91.")
    assert got["age of 68"][1] == "age of the senator"
    assert got["aged 91"][1] == "age of the painter"
