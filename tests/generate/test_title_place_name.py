"""A title, its place after "of"/"from", then the holder's name ("Senator from Oregon Ana Ruiz"):
the place belongs to the title, not to the name. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def test_the_place_after_a_title_is_not_part_of_the_name():
    facts = extract_facts("On Monday, Senator from Oregon Maria Lindqvist ended her campaign. "
                          "\"We fought hard,\" Lindqvist said.")
    assert [(a.person, a.role) for a in facts.affiliations] == [("Maria Lindqvist", "Senator from Oregon")]
    assert {q.speaker for q in facts.quotes} == {"Maria Lindqvist"}


def test_the_holder_of_a_title_of_a_country_is_the_speaker():
    facts = extract_facts("President of Portugal Tomas Brandvik said, \"We want a quick inquiry into "
                          "the fire at the port.\"")
    assert [(q.speaker, q.direct) for q in facts.quotes] == [("Tomas Brandvik", True)]
    assert [(a.person, a.role) for a in facts.affiliations] == [("Tomas Brandvik", "President of Portugal")]


def test_the_employer_after_a_title_is_not_part_of_the_name():
    facts = extract_facts("\"The ruling cannot change the facts on the ground,\" the regional director of Oxfam "
                          "International Ji-woo Seo said in a statement.")
    assert [(a.person, a.organization) for a in facts.affiliations] == [("Ji-woo Seo", "Oxfam International")]
    assert [q.speaker for q in facts.quotes] == ["Ji-woo Seo"]
    assert [q.speaker for q in extract_facts("The lawyer of Ana Ruiz said the trial would start soon.").quotes] == []
