"""Statements in the passive, infinitives of claiming, and verbs negated through "or". Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_a_passive_speech_act_is_said_by_its_agent():
    assert quotes("The merger was announced by Tom Berg, the bank's chair, on Friday.") == [("Tom Berg", "The merger")]
    assert quotes("The plan was criticised by archbishop Tom Berg.") == [("Tom Berg", "The plan")]


def test_a_passive_deed_is_no_statement():
    assert quotes("The bill was signed by Governor Tom Berg on Friday.") == []


def test_a_claim_to_have_done_something():
    assert quotes("Ana Ruiz claimed to have seen the driver at the scene.") == [
        ("Ana Ruiz", "to have seen the driver at the scene")]


def test_a_verb_joined_by_or_to_a_negated_one_says_nothing():
    assert quotes("The mayor, Ana Ruiz, did not confirm or deny the report on Tuesday.") == []
    assert quotes("Ana Ruiz neither confirmed nor denied the report.") == []


def test_and_after_a_negated_verb_adds_a_positive_act():
    assert quotes("Ana Ruiz did not resign and said she would stay.") == [("Ana Ruiz", "she would stay")]
    assert quotes("The mayor, Ana Ruiz, did not confirm or deny the report, and vowed to fight on.") == [
        ("Ana Ruiz", "to fight on")]
