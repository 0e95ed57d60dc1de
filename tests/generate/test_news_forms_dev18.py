"""Forms found among the misses of a former held-out set (tests/data/dev18). The sentences are
invented."""
from __future__ import annotations

from extracted import links, quotes


def test_a_fronted_clause_of_time_is_not_what_the_speaker_claimed():
    text = ("On Monday, minutes before the committee voted to refer the case to the court, Ada Lin "
            "formally claimed the papers were privileged.")
    assert quotes(text) == [("Ada Lin", "the papers were privileged")]


def test_a_title_spelled_out_in_brackets_before_a_name_belongs_to_that_name():
    text = ("Speakers included First Minister of Scotland Ada Lin, Labour MP (Member of Parliament) "
            "Tom Berg, and Karl Weiss.")
    assert links(text) == [("Ada Lin", None, "First Minister of Scotland"), ("Tom Berg", "Labour Party", "Labour MP")]


def test_calling_a_titled_persons_plan_something_is_no_nickname():
    text = "Tom Berg called Prime Minister Ada Lin's proposed deal \"lousy\"."
    assert links(text) == [("Ada Lin", None, "Prime Minister")]


def test_a_nickname_given_with_called_or_dubbed_is_no_title():
    assert links("Fans called the singer King Rho. Critics dubbed the mayor Captain Chaos.") == []
