"""Shapes of wire copy and features that gave a quotation to no one or to the wrong name: a wire
dateline, a quotation that itself tells what the speaker told others, a title set beside a thing,
a company whose name ends in a trade word. Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_a_wire_dateline_is_no_speaker():
    text = ("LAKEMONT (AP) — Raymond Eastwick said on Friday that the bill would burden rural districts. "
            "He said the state had no plan.")
    assert quotes(text) == [("Raymond Eastwick", "the bill would burden rural districts"),
                            ("Raymond Eastwick", "the state had no plan")]


def test_a_headline_with_a_hyphen_is_not_read_as_a_dateline():
    text = "US-China talks resume\n\nSarah Miller said on Friday that the talks were going well."
    assert quotes(text) == [("Sarah Miller", "the talks were going well")]


def test_a_quotation_that_says_what_the_speaker_told_others_is_the_speakers():
    assert quotes('"We played badly. I told them that at half-time," Sarah Miller said.') == [
        ("Sarah Miller", "We played badly. I told them that at half-time")]


def test_a_title_set_beside_a_thing_is_no_one_a_pronoun_can_mean():
    text = ('Sarah Miller plays the accordion. Her new album, Saltlines, was recorded in a lighthouse. '
            '"The acoustics were impossible," she says.')
    assert quotes(text) == [("Sarah Miller", "The acoustics were impossible")]


def test_a_name_ending_in_a_trade_word_is_no_persons():
    assert quotes("Tollgate Transit said the demand of the union was unrealistic.") == []
