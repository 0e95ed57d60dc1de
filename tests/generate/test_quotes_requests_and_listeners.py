"""Statements without "that": bare subjunctives after verbs of urging, the words of someone a
paper quotes, quoted words as the object of a verb of saying, and the verbs of
telling and judging beyond "say". Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_a_bare_subjunctive_after_a_verb_of_urging():
    text = ("Tom Berg, the mayor, ordered the harbour gates be closed at night. "
            "Ada Lin, his deputy, urged the ban be lifted before the summer.")
    assert quotes(text) == [("Tom Berg", "the harbour gates be closed at night"),
                            ("Ada Lin", "the ban be lifted before the summer")]


def test_the_person_a_paper_quotes_as_saying_speaks_not_the_paper():
    text = "The Harbour Herald quoted Ada Lin, the port's director, as saying that the docks would reopen in May."
    assert quotes(text) == [("Ada Lin", "the docks would reopen in May")]


def test_quoted_words_as_the_object_of_a_verb_of_saying_but_not_a_quoted_title():
    text = ('Senator Ada Lin stressed the "urgent and overdue" reform of the courts. '
            'Deputy Mayor Tom Berg mentioned the "Summer of Light" festival.')
    assert ("Ada Lin", "urgent and overdue") in quotes(text)
    assert not any(speaker == "Tom Berg" for speaker, _ in quotes(text))


def test_telling_and_commending_verbs_report():
    text = ("Ada Lin, the harbour master, informed the council she would retire in May. "
            "Tom Berg, the mayor, commended the crews for their courage during the storm.")
    assert quotes(text) == [("Ada Lin", "she would retire in May"),
                            ("Tom Berg", "the crews for their courage during the storm")]


def test_a_pronoun_and_a_name_speaking_together_is_nobodys_own_statement():
    text = ("Ada Lin, the harbour master, wrote to the ministry. "
            "Both she and the mayor Tom Berg said the port would have to close for a month.")
    assert quotes(text) == []


def test_what_a_listener_was_told_even_where_the_parser_hangs_it_on_the_listener():
    text = ("Mayor Ana Ruiz informed the court she had diplomatic immunity. "
            "Senator Tom Berg reminded journalists he had voted against the bill.")
    assert quotes(text) == [("Ana Ruiz", "she had diplomatic immunity"), ("Tom Berg", "he had voted against the bill")]


def test_a_clause_on_a_thing_told_or_on_a_listener_with_a_gap_is_no_statement():
    text = ("Mayor Ana Ruiz told the story she had heard as a child. "
            "Senator Tom Berg warned the company he had hired would sue.")
    assert quotes(text) == []


def test_a_saying_that_is_the_means_of_the_main_verb():
    text = "Senator Ana Ruiz responded by saying the claims against her were false."
    assert quotes(text) == [("Ana Ruiz", "the claims against her were false")]


def test_a_gerund_denied_or_suggested_and_thanks_for_something():
    text = ("Senator Ana Ruiz denied taking bribes from the firm. Mayor Tom Berg suggested delaying the vote until May. "
            "Governor Ada Lin thanked the nurses for their work during the outbreak.")
    assert quotes(text) == [("Ana Ruiz", "taking bribes from the firm"), ("Tom Berg", "delaying the vote until May"),
                            ("Ada Lin", "the nurses for their work")]


def test_thanks_to_someone_without_a_reason_says_nothing():
    assert quotes("Governor Ada Lin thanked the nurses at the hospital on Monday.") == []


def test_a_participle_set_off_by_commas_is_no_verb_of_saying():
    text = "Tom Berg, declared the winner of the race on Monday, will take office in May."
    assert quotes(text) == []


def test_the_suspect_is_the_one_person_arrested_before():
    text = "Tom Berg, 45, was arrested on Monday. The suspect told police he had acted alone."
    assert quotes(text) == [("Tom Berg", "he had acted alone")]


def test_the_suspect_is_nobody_after_two_arrests_or_an_unnamed_one():
    text = ("Police arrested Tom Berg and Ana Ruiz on Monday. The suspect told police he had acted alone.\n\n"
            "Police arrested a man on Tuesday. The suspect said he was innocent.")
    assert quotes(text) == []


def test_the_ceo_is_the_person_introduced_as_chief_executive_and_back():
    assert ("Tom Berg", "the merger would save money") in quotes(
        "Acme chief executive Tom Berg announced the deal on Monday. The CEO said the merger would save money.")
    assert ("Ana Ruiz", "the port would grow") in quotes(
        "Harbourline CEO Ana Ruiz spoke on Tuesday. The chief executive said the port would grow.")


def test_a_that_clause_after_a_relative_clause_about_the_listeners_is_what_was_told():
    text = ("Union leader Maya Brandt told the nurses who filled the square that the hospital "
            "should hire more staff before winter.")
    assert quotes(text) == [("Maya Brandt", "the hospital should hire more staff before winter")]


def test_a_that_clause_of_the_listeners_own_verb_of_saying_is_theirs():
    text = "Maya Brandt met nurses who told the board that the wards were unsafe."
    assert not any(s == "Maya Brandt" for s, _ in quotes(text))
