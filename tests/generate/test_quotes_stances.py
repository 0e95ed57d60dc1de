"""A view the article says a person holds ("is confident that ...", "hopes the talks ...") is that
person's statement; knowing, feeling and consequences are not. Invented sentences."""
from __future__ import annotations

import pytest

from quizapp.generate.extract import extract_facts
from quizapp.generate.nlp import parse


def said(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_facts(text).quotes]


@pytest.mark.parametrize("frame", [
    "Mayor Ines Kolb is confident that {}.", "Ines Kolb was adamant that {}.", "Ines Kolb remains hopeful that {}.",
    "Ines Kolb is convinced {}.", "Ines Kolb is convinced that {}.", "Ines Kolb was worried that {}.",
    "Ines Kolb is sure {}.",
])
def test_a_stance_with_a_clause_is_the_persons_view(frame):
    assert said(frame.format("the ferry will run again by June")) == [("Ines Kolb", "the ferry will run again by June")]


@pytest.mark.parametrize("text", [
    "Ines Kolb is aware that the ferry will run again by June.",      # knowing is no statement
    "Ines Kolb was glad that the ferry would run again by June.",
    "Ines Kolb is not convinced that the ferry will run again by June.",
    "Ines Kolb may be confident that the ferry will run again by June.",
    "Ines Kolb was so worried that she phoned the harbour master at once.",  # what followed
    "It is clear that the ferry will run again by June.",
])
def test_no_stance_is_read_where_none_is_stated(text):
    assert said(text) == []


def test_a_stance_after_a_pronoun_is_the_named_persons():
    text = "Anna Weber runs the harbour board. She is optimistic that the ferry will run again by June."
    assert said(text) == [("Anna Weber", "the ferry will run again by June")]


def test_an_organisation_stance_is_the_organisations_statement():
    facts = extract_facts("Norvel Energy is confident that the new plant will open on time.")
    assert facts.quotes == []
    assert [(s.organization, s.text) for s in facts.statements] == [
        ("Norvel Energy", "the new plant will open on time")]


def test_hoping_is_read_as_hope_not_hop():
    # the English rule lemmatizer reads "hopes" as "hop"; the rules key on lemmas
    assert [t.lemma_ for t in parse("She hopes, hoped and is hoping. He hops.") if t.pos_ == "VERB"] == [
        "hope", "hope", "hope", "hop"]
    assert said("Ines Kolb hopes the ferry will run again by June.") == [
        ("Ines Kolb", "the ferry will run again by June")]


def test_a_forecast_in_the_present_is_a_view_held():
    assert said("Ines Kolb, the harbour master, expects fares to rise by a third.") == [
        ("Ines Kolb", "fares to rise by a third")]
    assert said("Ines Kolb, the harbour master, expected her son to call.") == []  # a story, not a forecast
    assert said("Ines Kolb, the harbour master, expects to win the seat.") == []
