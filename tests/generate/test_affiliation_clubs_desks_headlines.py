"""Sports clubs NER takes for people, a newsroom desk in a journalist's title, and a headline in
title case, where a capitalised word after a title is no name. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_a_club_named_before_a_role_or_after_for_is_the_organisation():
    assert links("Kingsport Rovers manager David Clark said the pitch was poor.") == [
        ("David Clark", "Kingsport Rovers", "manager")]
    assert links("Sarah Miller, a striker for Milton Rovers, scored twice.") == [
        ("Sarah Miller", "Milton Rovers", "striker")]


def test_a_desk_is_part_of_a_journalists_title():
    assert links("By Laura Bennett, Business Correspondent\n\nPrices rose again on Monday.") == [
        ("Laura Bennett", None, "Business Correspondent")]
    assert links("Sarah Miller, BBC Business Correspondent, said rates would rise.") == [
        ("Sarah Miller", "BBC", "Business Correspondent")]


def test_a_title_case_headline_names_no_one_after_a_title():
    text = "Mayor Unveils Flood Plan\n\nThe mayor unveiled a flood plan on Monday."
    assert links(text) == []
    text = "Mayor Sarah Miller Unveils Flood Plan\n\nMayor Sarah Miller unveiled a flood plan on Monday."
    assert ("Sarah Miller", None, "Mayor") in links(text)


def test_a_roles_field_after_of_stays_in_the_role():
    assert links("Pellworth Bank's head of quality, Sarah Miller, said the part would be replaced.") == [
        ("Sarah Miller", "Pellworth Bank", "head of quality")]


def test_a_prefix_the_tokenizer_split_stays_on_the_role():
    assert ("John Smith", None, "co-author") in links(
        "Dr Sarah Miller led the study. Her co-author, Professor John Smith, said the benefits were clear.")


def test_a_towns_council_is_the_organisation_not_the_town():
    text = "A spokeswoman for the Ridgeport city council, Karen Hughes, said the council would seek talks."
    assert links(text) == [("Karen Hughes", "Ridgeport city council", "spokeswoman")]
