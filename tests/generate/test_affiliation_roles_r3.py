"""Roles of the media and public life, and their shapes beside a name. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_media_and_public_service_job_nouns_are_roles():
    assert links("Fashion model Maria Kovacs said the show was late.") == [("Maria Kovacs", None, "Fashion model")]
    assert links("Thomas Berger, a former civil servant, said the plan was fine.") == [
        ("Thomas Berger", None, "former civil servant")]
    assert links("Ana Ruiz, a UN rapporteur for the Office of the UN High Commissioner for Refugees, "
                 "said the camps were full.") == [
        ("Ana Ruiz", "Office of the UN High Commissioner for Refugees", "UN rapporteur")]


def test_an_election_candidacy_and_a_bare_professor_title_are_no_posts():
    assert links("Opposition presidential candidate Maria Lindqvist held a rally in the capital.") == []
    assert links("Professor Tomas Brandvik said the results were promising.") == []
    assert links("Daniel Perez, a PhD candidate at Westfield University, said the frogs were rare.") == [
        ("Daniel Perez", "Westfield University", "PhD candidate")]


def test_a_place_owning_the_organisation_is_not_part_of_its_name():
    assert links("Ana Ruiz, Director General of the country's National Institute of Health, said the drug "
                 "worked.") == [("Ana Ruiz", "National Institute of Health", "Director General")]
