"""Forms found among the misses of a former held-out set (tests/data/dev18). The sentences are
invented."""
from __future__ import annotations

from extracted import quotes


def test_a_fronted_clause_of_time_is_not_what_the_speaker_claimed():
    text = ("On Monday, minutes before the committee voted to refer the case to the court, Ada Lin "
            "formally claimed the papers were privileged.")
    assert quotes(text) == [("Ada Lin", "the papers were privileged")]
