"""Quotations a colon introduces after a clause of stance or manner, and a quotation paragraph after the one speaker of the paragraph before. Invented sentences."""
from __future__ import annotations

from extracted import quotes

WORDS = '"It is the only way to save the port from closure."'


def test_a_stance_before_a_colon_gives_the_quotation_to_its_subject():
    for clause in ("Tom Berg reacted angrily:", "Tom Berg had a warning for the council:", "Tom Berg put it simply:"):
        assert quotes(f"{clause} {WORDS}") == [("Tom Berg", WORDS.strip('"'))], clause
    # defending a plan is a speech act of its own too, as criticising one is
    assert quotes(f"Tom Berg defended the plan: {WORDS}") == [("Tom Berg", "the plan"), ("Tom Berg", WORDS.strip('"'))]


def test_how_someone_spoke_before_a_colon():
    assert quotes(f"Tom Berg, the mayor, was blunt: {WORDS}") == [("Tom Berg", WORDS.strip('"'))]


def test_a_paragraph_quotation_after_a_closing_colon():
    text = 'The judge, Ana Ruiz, rejected this argument:\n\n"The notion that the mayor is above the law has no basis."'
    assert quotes(text) == [("Ana Ruiz", "The notion that the mayor is above the law has no basis.")]


def test_words_found_or_shown_or_of_another_named_person_are_not_the_subjects():
    assert quotes(f"Tom Berg found a note on the door: {WORDS}") == []
    assert quotes(f"Tom Berg opposed the proposal of Ana Ruiz: {WORDS}") == []
    assert quotes(f"Tom Berg, the mayor, was tired: {WORDS}") == []


def test_a_quotation_paragraph_after_the_only_person_who_spoke_in_the_paragraph_before():
    said = "Ana Ruiz, the mayor, told the council the harbour would stay open. The vote is on Monday.\n\n"
    words = '"We will not give up this harbour without a fight."'
    assert ("Ana Ruiz", words.strip('"')) in quotes(said + words)
    two = "Ana Ruiz, the mayor, told the council the harbour would stay open. Tom Berg left early.\n\n"
    assert all(speaker != "Ana Ruiz" or not text.startswith("We will") for speaker, text in quotes(two + words))
    question = '"Will anyone save this harbour from the storm?"'
    assert not any(text.startswith("Will anyone") for _, text in quotes(said + question))


def test_a_verbless_lead_in_headed_by_a_name_gives_that_persons_words():
    words = "We had no choice but to shut it for the winter."
    assert quotes(f'Ana Ruiz, the mayor of Marlow, on the closure: "{words}"') == [("Ana Ruiz", words)]
    assert quotes(f'A message for Ana Ruiz: "{words}"') == []  # words addressed to her
    assert quotes(f'Ana Ruiz and Tom Berg on the closure: "{words}"') == []


def test_a_persons_message_or_advice_before_a_colon_gives_that_persons_words():
    assert quotes('Ana Ruiz\'s message was simple: "Pay your taxes on time or face a fine."') == [
        ("Ana Ruiz", "Pay your taxes on time or face a fine.")]
    assert quotes('Ana Ruiz\'s advice to parents: "Keep your children at home this week."') == [
        ("Ana Ruiz", "Keep your children at home this week.")]
    # a message for someone, or one naming a second person, is not clearly hers
    assert quotes('A message for Ana Ruiz: "Keep your children at home this week."') == []
    assert quotes('Ana Ruiz\'s message to Tom Berg was clear: "Stay indoors until the storm has passed."') == []


def test_a_short_answer_after_said_and_a_colon_is_the_speakers():
    text = 'Tomas Berg, the mayor, was asked whether the town was ready. He said: "No. Not even close."'
    assert ("Tomas Berg", "No. Not even close.") in quotes(text)
    assert quotes('The sign on the gate said: "Keep out."') == []
