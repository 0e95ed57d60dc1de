"""Speech acts whose words follow a preposition or an "as": admissions ("confessed to taking the
money"), calls for someone to act, and verbal attacks with a verdict; warnings against something
("cautioned against ..."), a plea issued for someone to act; "went so far as to call it ...", "was
quoted calling X a failure", "warned the board not to ..."; no organisation is named by a subject
the parser ran a clause into; a quoted term agreed as a deal is no one's words; a disputed claim
keeps its "that" clause, which is its owner's claim. Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_what_was_confessed_or_admitted_to():
    text = ("Tom Berg, the mayor, confessed to taking the money from the fund. "
            "Ada Lin, his deputy, admitted to the theft of the ledgers.")
    assert quotes(text) == [("Tom Berg", "taking the money from the fund"), ("Ada Lin", "the theft of the ledgers")]


def test_admitted_to_a_place_or_confessed_to_a_listener_says_nothing():
    text = "Tom Berg, the mayor, was admitted to hospital on Friday. Ada Lin, his deputy, confessed to a friend."
    assert quotes(text) == []


def test_a_call_for_someone_to_act():
    text = ("Ada Lin, the union leader, called for the harbour board to hold new elections. "
            "Tom Berg, the mayor, called for swift action to end the strike.")
    assert quotes(text) == [("Ada Lin", "the harbour board to hold new elections"),
                            ("Tom Berg", "swift action to end the strike")]


def test_an_attack_with_a_verdict_and_not_an_attack_as_part_of_something():
    text = ("Tom Berg, the mayor, attacked the plan as a reckless gamble. "
            "Ada Lin, a rebel commander, attacked the border post as part of a raid.")
    assert quotes(text) == [("Tom Berg", "a reckless gamble")]


def test_whom_a_request_was_made_of_is_part_of_it():
    text = "Ada Lin, the mayor's deputy, had asked the district court intervene in the criminal case."
    assert quotes(text) == [("Ada Lin", "the district court intervene in the criminal case")]


def test_a_statement_told_in_a_relative_clause_of_its_occasion():
    text = ("Tom Berg, the mayor, gave an interview in which he said the port would reopen in May. "
            "Ada Lin appeared at a news conference after her release in which she expressed no regret for the strike.")
    assert quotes(text) == [("Tom Berg", "the port would reopen in May"), ("Ada Lin", "no regret for the strike")]


def test_a_pronoun_in_such_a_clause_is_not_guessed_when_two_people_came_before():
    text = "Tom Berg, the mayor, met Ada Lin at a hearing in which she said the port would reopen in May."
    assert quotes(text) == []


def test_a_persons_statement_reads_their_words():
    text = ("Tom Berg, the mayor, spoke on Monday. "
            'Berg\'s statement read: "The harbour will reopen on Monday after the storm damage is repaired."')
    assert quotes(text) == [("Tom Berg", "The harbour will reopen on Monday after the storm damage is repaired.")]


def test_reading_a_statement_aloud_says_nothing():
    assert quotes("Tom Berg, the mayor, read the statement aloud to the crowd.") == []


def test_accepting_responsibility_is_a_statement_taking_it_for_someone_is_not():
    text = ("Tom Berg, the mayor, accepted responsibility for the collapse of the bridge. "
            "Ada Lin, his sister, took responsibility for the care of the children.")
    assert quotes(text) == [("Tom Berg", "responsibility for the collapse of the bridge")]


def test_directing_someone_to_act_is_an_instruction():
    text = ('Ada Lin, the speaker, was directing six of the town\'s committees to "proceed with their '
            'inquiries under one roof" this year. Tom Berg directed the film in 2010.')
    assert quotes(text) == [("Ada Lin", 'to "proceed with their inquiries under one roof" this year'),
                            ("Ada Lin", "proceed with their inquiries under one roof")]


def test_questioning_a_finding_is_a_statement_questioning_a_suspect_is_not():
    text = ("Tom Berg, a biologist at the college, questioned the findings of the survey. "
            "Ada Lin, a detective, questioned the suspect for three hours.")
    assert quotes(text) == [("Tom Berg", "the findings of the survey")]


def test_requests_proposals_and_endorsements_are_what_was_said():
    text = ("Tom Berg, the mayor, requested a recount of the votes. "
            "Ada Lin, his deputy, suggested a meeting with the union. "
            "Rosa Dunn, the governor, endorsed her former rival, Tom Berg.")
    assert quotes(text) == [("Tom Berg", "a recount of the votes"), ("Ada Lin", "a meeting with the union"),
                            ("Rosa Dunn", "her former rival, Tom Berg")]


def test_an_order_names_an_official_act_and_an_order_of_goods_says_nothing():
    text = ("Tom Berg, the mayor, ordered an investigation into the crash. "
            "Ada Lin, the transport chief, ordered forty new buses.")
    assert quotes(text) == [("Tom Berg", "an investigation into the crash")]


def test_claiming_victory_is_a_statement_claiming_a_title_is_not():
    text = ("Tom Berg, the mayor, claimed victory at the club vote. "
            "Ada Lin, the champion, claimed the title in Oslo.")
    assert quotes(text) == [("Tom Berg", "victory at the club vote")]


def test_a_declared_status_and_not_the_day_it_was_declared():
    text = ("Tom Berg, the mayor, declared Sunday a holiday for the town. "
            "Ada Lin, the governor, declared a curfew that night.")
    assert quotes(text) == [("Tom Berg", "Sunday a holiday for the town"), ("Ada Lin", "a curfew")]


def test_an_intention_voiced_or_concerns_raised_are_statements_raised_prices_are_not():
    text = ("Tom Berg, the mayor, expressed intent to run for governor. "
            "Ada Lin, the engineer, raised concerns about the safety of the dam. "
            "Rosa Dunn, the baker, raised prices in May.")
    assert quotes(text) == [("Tom Berg", "intent to run for governor"),
                            ("Ada Lin", "concerns about the safety of the dam")]


def test_condolences_offered_are_a_statement_and_support_offered_is_not():
    text = ("Tom Berg, the mayor, offered his condolences to the crew. "
            "Ada Lin, the banker, offered support to the families.")
    assert quotes(text) == [("Tom Berg", "his condolences to the crew")]


def test_what_a_speaker_warned_or_cautioned_against():
    text = ("Ana Ruiz, an analyst at the Marlow Institute, cautioned against hasty changes to a charter "
            "written in 1801. Tom Berg warned against a rushed vote on the budget.")
    assert quotes(text) == [("Ana Ruiz", "hasty changes to a charter written in 1801"),
                            ("Tom Berg", "a rushed vote on the budget")]


def test_a_plea_issued_for_people_to_act_holds_what_they_were_asked():
    text = "Lena Hart issued a plea for drivers to keep off the flooded coast road."
    assert quotes(text) == [("Lena Hart", "a plea for drivers to keep off the flooded coast road")]


def test_going_so_far_as_to_call_something_a_name_is_a_verdict_given():
    text = 'Marlow coach Tom Berg was far blunter, going so far as to call the tackle "reckless and dangerous."'
    assert ("Tom Berg", "reckless and dangerous.") in quotes(text)


def test_a_verdict_a_person_was_quoted_giving_is_that_persons():
    text = "Tom Berg, in a radio interview on Friday, was quoted calling the council budget a \u201creckless\u201d plan."
    assert quotes(text) == [("Tom Berg", "the council budget a \u201creckless\u201d plan")]


def test_what_a_speaker_warned_someone_to_do_or_not_to_do():
    text = ("Tom Berg, a priest, warned the council not to meddle with the library. "
            "Ana Ruiz warned residents to stay indoors on Friday.")
    assert quotes(text) == [("Tom Berg", "not to meddle with the library"), ("Ana Ruiz", "to stay indoors on Friday")]


def test_a_subject_the_parser_ran_a_clause_into_names_no_organisation():
    from quizapp.generate.extract import extract_facts

    text = ("Smoke filled the harbour on Tuesday. The station and a nearby school were both evacuated and local "
            "police told people in the area that they should keep their windows shut.")
    assert not any(" were " in s.organization for s in extract_facts(text).statements)


def test_a_quoted_term_agreed_as_a_deal_is_no_ones_words():
    text = ('Tom Berg, a trader, reached the coast in 1880. He got the land chiefly by agreeing so-called '
            '"land treaties," which gave the chiefs some protection. Ada Lin agreed that the treaties were unfair.')
    assert quotes(text) == [("Ada Lin", "the treaties were unfair")]


def test_a_that_clause_after_a_disputed_claim_is_the_claim_not_the_disputers_words():
    # the parser hangs the "that" clause on "disputes"; it says what Lin concluded, not what Berg said
    text = ('Ada Lin wrote the study. "The numbers look fine to me," Tom Berg writes. He also disputes Lin’s '
            'conclusions that recent port fees have substantially affected recent trade.')
    assert quotes(text) == [("Tom Berg", "The numbers look fine to me"), (
        "Tom Berg", "Lin’s conclusions that recent port fees have substantially affected recent trade"), (
        "Ada Lin", "recent port fees have substantially affected recent trade")]
