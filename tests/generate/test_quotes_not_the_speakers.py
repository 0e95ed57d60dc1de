"""Clauses beside an attribution that are not the speaker's words, and verbs of saying that report
nothing: a clause of time before "X said" when X's own clause follows, a writer's account of what
someone thinks, a bare infinitive the parser joined to a passive, and a saying under a shared modal.
Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_a_clause_of_time_before_the_attribution_is_not_said_when_the_said_clause_follows():
    text = ("Ana Ruiz is the treasurer. At a forum last spring, soon after the city auditor, Tom Lang, "
            "released a sharp report on the museum's spending, Ms. Ruiz said she would \u201ccut the "
            "museum budget by a third.\u201d")
    assert quotes(text) == [("Ana Ruiz", "she would \u201ccut the museum budget by a third.\u201d"),
                            ("Ana Ruiz", "cut the museum budget by a third.")]


def test_what_someone_sees_another_as_is_the_writers_account_not_a_statement():
    text = ("Tom Berg leads the party. Mr. Berg sees Ms. Ruiz as a calm and capable deputy who can help "
            "him win over young voters.")
    assert quotes(text) == []


def test_a_bare_infinitive_joined_to_a_passive_does_not_take_its_subject():
    text = ("Ana Ruiz runs the schools. The audit does not state when Ruiz was first told or explain "
            "what, if any, efforts were made to call her.")
    assert quotes(text) == []


def test_a_saying_under_a_shared_modal_leaves_the_quotation_to_the_attribution_after_it():
    text = ("Ana Ruiz studies city councils. Tom Berg runs the building firm. Once the vote is held, "
            "Berg may meet with the builders and say, \u201cWe need more time to look at this,\u201d "
            "Ruiz said.")
    assert quotes(text) == [("Ana Ruiz", "We need more time to look at this")]
