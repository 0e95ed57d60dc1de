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


def test_what_a_possessed_speech_act_noun_says_after_its_preposition():
    assert quotes("The court rejected Ana Ruiz's claims of widespread fraud.") == [("Ana Ruiz", "widespread fraud")]
    assert quotes("Ana Ruiz's call for an independent inquiry was backed by the council.") == [
        ("Ana Ruiz", "an independent inquiry")]
    assert quotes("Ana Ruiz's call for calm went unheard.") == []  # one word says too little
    assert quotes("Ana Ruiz's criticism of Tom Berg was sharp.") == []  # whom, not what


def test_an_active_verb_joined_to_a_passive_one_shares_its_subject():
    assert quotes("Tom Berg was arrested on Monday and told police he had acted alone.") == [
        ("Tom Berg", "he had acted alone")]
    assert quotes("Ana Ruiz was elected in 2012 and served a full term, but did not seek reelection, "
                  "citing age and health concerns.") == [("Ana Ruiz", "age and health concerns")]


def test_a_given_name_beside_a_word_for_a_person_is_that_person():
    assert quotes("According to his wife, Amanda, Tom Berg died of a lung disorder.") == [
        ("Amanda", "Tom Berg died of a lung disorder")]


def test_what_someone_described_as_is_their_verdict():
    assert quotes("He listened to what Ana Ruiz described as her plan for the harbour.") == [
        ("Ana Ruiz", "her plan for the harbour")]
    assert quotes("What Ana Ruiz said was never recorded.") == []


def test_a_pronoun_deep_in_a_sentence_goes_back_to_its_main_subject_unless_someone_comes_between():
    assert quotes("Ana Ruiz sent a letter to the council, giving it access to what she described as "
                  "emergency resources for the town.") == [("Ana Ruiz", "emergency resources for the town")]
    assert quotes("Ana Ruiz sent a letter to Tom Berg, giving him access to what she described as "
                  "emergency resources for the town.") == []


def test_a_report_run_into_the_previous_one_is_not_its_words():
    text = ('Tom Berg said calling it a fraud would place "a great burden on the people who are the victims[.]" '
            'He went on to say, "People forget how close it came to ruin."')
    assert quotes(text) == [("Tom Berg", "a great burden on the people who are the victims[.]"),
                            ("Tom Berg", "People forget how close it came to ruin.")]


def test_a_verb_of_saying_in_a_when_clause_claims_nothing_before_it():
    text = ("The party posted a clip of an interview with Ana Ruiz. The clip had been cut to show Ruiz stalling "
            "over a question on taxes, when, in fact, she replied at once.")
    assert quotes(text) == []
