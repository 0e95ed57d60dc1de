"""Honorifics between a title and a name, party member nouns of other parties, a party's full name
before a plural title, a given name that is also a title word, hyphenated positions, a body taken up
only by a name of its kind, a headline's title-case words, a club after "the Spanish club", a
cafe's name and a post named before its holder ("The chief executive of Y is X"); a rank abbreviated
without a full stop ("army chief Gen X"); a party word before a title ("Republican Gov. X"); "vp"
in lower case; an abbreviated plural title ("Sens. X and Y"). Invented sentences."""
from __future__ import annotations

from extracted import links


def test_an_honorific_between_the_title_and_the_name_belongs_to_neither():
    assert links("Consultant surgeon Dr Sarah Miller, who will lead the unit, said it would open in May.") == [
        ("Sarah Miller", None, "Consultant surgeon")]
    assert links("The vicar, the Rev Sarah Miller, said the church would reopen.") == [
        ("Sarah Miller", None, "vicar")]


def test_the_right_reverend_is_no_part_of_the_bishops_name():
    assert ("Sarah Miller", "Halbury", "Bishop") in links(
        "The Bishop of Halbury, the Rt Rev Sarah Miller, has called for calm.")


def test_a_liberal_democrat_belongs_to_the_liberal_democrats():
    assert links("Sarah Miller, a Liberal Democrat, said the vote was close.") == [
        ("Sarah Miller", "Liberal Democrats", "Liberal Democrat")]
    assert links("Sarah Miller, a Social Democrat from Bonn, said the vote was close.") == []


def test_a_conservative_is_a_member_of_the_conservative_party():
    assert links("Sarah Miller, a Conservative, said the vote was close.") == [
        ("Sarah Miller", "Conservative Party", "Conservative")]


def test_a_party_of_three_words_before_a_plural_title_stays_whole():
    assert links("Social Democratic Party ministers Sarah Miller and David Clark kept their posts.") == [
        ("Sarah Miller", "Social Democratic Party", "ministers"),
        ("David Clark", "Social Democratic Party", "ministers")]


def test_a_given_name_that_is_a_title_word_after_another_title_is_the_name():
    assert links("Head coach Dean Smith resigned on Sunday.") == [("Dean Smith", None, "Head coach")]


def test_a_hyphenated_position_before_a_name_is_the_title():
    assert links("Harlow Rugby Club fly-half Sarah Miller thanked the fans.") == [
        ("Sarah Miller", "Harlow Rugby Club", "fly-half")]


def test_the_hospitals_chief_is_not_taken_from_a_clinic_named_since():
    text = ("Sarah Miller trained at the Harbour Clinic in Ohio. The hospital's chief executive, David "
            "Clark, said the unit was needed.")
    assert ("David Clark", "Harbour Clinic", "chief executive") not in links(text)


def test_the_councils_director_is_the_council_just_named():
    text = ("Westhaven City Council said on Monday it would cut jobs. The council's finance director, "
            "Sarah Miller, said the cuts were unavoidable.")
    assert links(text) == [("Sarah Miller", "Westhaven City Council", "finance director")]


def test_a_title_case_headline_word_after_a_title_is_no_person():
    text = "Judge Rejects Bid to Dismiss Fraud Case\n\nJudge Sarah Miller ruled on Monday that the case would go ahead."
    assert links(text) == [("Sarah Miller", None, "Judge")]


def test_a_club_after_a_peoples_adjective_and_its_kind_is_the_club():
    assert links("Sarah Miller, who plays for the Spanish club Real Oviedo, is injured.") == [
        ("Sarah Miller", "Real Oviedo", None)]


def test_a_cafes_name_is_no_person():
    assert links("Sarah Miller, the owner of the Little Acorn Cafe, welcomed the plan.") == [
        ("Sarah Miller", "Little Acorn Cafe", "owner")]


def test_the_post_as_subject_and_its_holder_after_be():
    assert links("The chief executive of Norvel Energy is Sarah Miller.") == [
        ("Sarah Miller", "Norvel Energy", "chief executive")]
    assert links("The director of the Harbour Trust is not Sarah Miller.") == []


def test_an_age_before_a_party_member_noun_keeps_the_party():
    assert links("Sarah Miller, 44, a Democrat, said the bill was flawed.") == [
        ("Sarah Miller", "Democratic Party", "Democrat")]


def test_a_party_written_with_a_lowercase_party_after_of():
    assert links("Sarah Miller of the Green Alliance party said the bill was flawed.") == [
        ("Sarah Miller", "Green Alliance party", None)]


def test_a_rank_abbreviated_without_a_full_stop_is_no_word_of_the_name():
    assert links("Westland army chief Gen Ada Lin is in Marlow for talks.") == [
        ("Ada Lin", None, "Westland army chief")]


def test_a_party_word_before_a_title_is_the_party_of_the_titled_person():
    assert links("Republican Gov. Sarah Miller said the budget was fair.") == [
        ("Sarah Miller", "Republican Party", "Gov.")]
    assert links("They cited Ohio GOP Sen. David Clark, who lost his seat.") == [("David Clark", "GOP", "Sen.")]
    assert links("The Republican leaders met Gov. Sarah Miller on Monday.") == [("Sarah Miller", None, "Gov.")]
    assert links("Pay is low. Republican state schools Superintendent Sarah Miller has pointed to a survey of pay.") == [
        ("Sarah Miller", "Republican Party", "Superintendent")]


def test_vice_president_abbreviated_in_lower_case_is_a_title():
    assert links("Ana Ruiz, a vp at Nordvik Games, said the studio was cautious.") == [
        ("Ana Ruiz", "Nordvik Games", "vp")]


def test_an_abbreviated_plural_title_gives_each_name_the_singular():
    assert links("Two candidates — Sens. Ana Ruiz and Tom Berg — have struggled.") == [
        ("Ana Ruiz", None, "Sen."), ("Tom Berg", None, "Sen.")]
