"""Careers with an organisation: playing, performing or signing for it, election to a chamber,
and organisations listed one by one; "X, a nurse who works for Y" (the clause on the appositive).
Invented sentences."""
from __future__ import annotations

from extracted import links


def test_each_organisation_of_a_list_played_for():
    assert links("Tom Berg, who played for Ajax and Celtic, retired on Monday.") == [
        ("Tom Berg", "Ajax", None), ("Tom Berg", "Celtic", None)]


def test_signing_with_a_club_or_label():
    assert links("Tom Berg signed with Boca Juniors in 2019.") == [("Tom Berg", "Boca Juniors", None)]
    assert links("Tom Berg signed a deal with Boeing.") == []
    assert links("Tom Berg was signed for Chelsea in 2019.") == [("Tom Berg", "Chelsea", None)]
    assert links("Tom Berg was signed to Atlas Records in 2019.") == [("Tom Berg", "Atlas Records", None)]


def test_performing_for_a_promotion():
    assert links("Tom Berg, who performed for the Harbour Circus for a decade, died on Saturday.") == [
        ("Tom Berg", "Harbour Circus", None)]


def test_elected_to_a_chamber_but_not_the_electors():
    assert links("Tom Berg was elected to the Senate in 2004.") == [("Tom Berg", "Senate", None)]
    assert links("The voters elected Tom Berg to the Senate.") == []


def test_a_title_word_before_a_public_body_makes_no_person():
    assert links("Last year the General Roads Administration closed the old bridge.") == []


def test_a_person_named_beside_others_in_an_organisation_is_one_of_them():
    assert links("Tom Berg and others in the Green Party said the vote was unfair.") == [
        ("Tom Berg", "Green Party", None)]
    assert links("Ana Ruiz and other members of the Harbour Society said the plan failed.") == [
        ("Ana Ruiz", "Harbour Society", None)]
    assert links("Ana Ruiz and others from Oslo attended.") == []


def test_a_tie_to_a_person_is_no_post_but_a_partner_of_a_firm_is():
    assert links("Her colleague Ana Ruiz said the plan failed.") == []
    assert links("Tom Berg's business partner Ana Ruiz said the plan failed.") == []
    assert links("The firm's managing partner Ana Ruiz said the plan failed.") == [("Ana Ruiz", None, "managing partner")]


def test_a_post_held_before_is_a_former_one():
    assert links("Tom Berg, formerly a deputy administrator at the Harbour Agency, said the plan would fail.") == [
        ("Tom Berg", "Harbour Agency", "former deputy administrator")]
    assert links("Tom Berg, who was previously the chief executive of Norvel Energy, said the plan would fail.") == [
        ("Tom Berg", "Norvel Energy", "former chief executive")]
    assert links("Tom Berg, the chief executive of Norvel Energy, said the plan would fail.") == [
        ("Tom Berg", "Norvel Energy", "chief executive")]


def test_a_relative_clause_on_the_appositive_places_its_role_in_the_organisation():
    assert links("Ada Lin, a senior nurse who works for the Red Cross, said the ward was full.") == [
        ("Ada Lin", "Red Cross", "senior nurse")]
    assert links('"We hope for the best," said Ada Lin, a member of the Westland Tribal Council who works with '
                 'the Harbour Medic Council.') == [
        ("Ada Lin", "Westland Tribal Council", "member"), ("Ada Lin", "Harbour Medic Council", None)]
