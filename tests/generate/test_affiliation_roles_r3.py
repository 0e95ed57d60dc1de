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


def test_a_bracketed_short_form_between_title_and_name():
    assert links("Chief Executive Officer (CEO) Thomas Berger said the firm was sound.") == [
        ("Thomas Berger", None, "Chief Executive Officer")]


def test_a_figure_at_an_organisation_holds_a_post_and_a_bare_one_none():
    assert links("Thomas Berger, a senior figure at the Harbour Union, said it was fine.") == [
        ("Thomas Berger", "Harbour Union", "senior figure")]
    assert links("Thomas Berger, a public figure, said it was fine.") == []


def test_an_arabic_article_name_inside_a_role():
    assert links("Omar Haddad, a senior al-Shabaab commander, was killed in the raid.") == [
        ("Omar Haddad", None, "senior al-Shabaab commander")]


def test_a_party_nominee_for_an_office():
    assert links("Ana Ruiz, the Harbour Party's nominee for Vice President, said the race was close.") == [
        ("Ana Ruiz", "Harbour Party", "nominee for Vice President")]
    assert links("Tom Berg became the Harbour Party's presumptive nominee for the 2030 Westland presidential "
                 "election.") == [("Tom Berg", "Harbour Party", "presumptive nominee")]


def test_before_becoming_gives_the_main_subject_a_second_post():
    assert links("Ada Lin worked as a nurse before becoming a lawyer.") == [
        ("Ada Lin", None, "lawyer"), ("Ada Lin", None, "nurse")]


def test_a_ruler_is_a_post():
    assert links("Omar Haddad is the de facto Westland ruler.") == [("Omar Haddad", None, "de facto Westland ruler")]


def test_a_post_on_an_office_holders_staff_names_no_organisation():
    assert links("Ada Lin, then-Westland Governor Tom Berg's chief of staff, said the bridge was closed.") == [
        ("Ada Lin", None, "chief of staff"), ("Tom Berg", None, "Westland Governor")]


def test_a_role_fronted_before_the_subject():
    assert links("A former nurse at Harbour Hospital, Ada Lin now runs the clinic.") == [
        ("Ada Lin", "Harbour Hospital", "former nurse")]
    assert links("Tom Berg spoke first. A teacher, he said, must be patient.") == []


def test_making_someone_a_partys_candidate_for_an_office():
    assert links("Maria Lopez won the vote on Monday, making her the Liberal Party's first female candidate for "
                 "Governor.") == [("Maria Lopez", "Liberal Party", "first female candidate for Governor")]
    assert links("The board made Ada Lin its chair in 2010.") == [("Ada Lin", None, "chair")]
    assert links("Ana Ruiz, a candidate for Governor, spoke at the rally.") == []


def test_records_and_role_models_are_no_posts():
    assert links("Maria Lopez scored twice on Sunday, making her the club's first player to score in ten games.") == []
    assert links("Maria Lopez scored twice on Sunday, making her the club's youngest player.") == []
    assert links("Maria Lopez said her role model, Serena Williams, inspired her.") == []


def test_award_nominees_and_character_are_no_posts():
    assert links("Maria Lopez, a Grammy nominee, attended the gala.") == []
    assert links("Maria Lopez, a colourful personality, attended the gala.") == []


def test_an_outlook_after_a_title_is_left_out():
    assert links("Omar Haddad, brother of social media personality and feminist Leila Haddad, was sentenced.") == [
        ("Leila Haddad", None, "social media personality")]


def test_a_title_with_its_short_form_and_an_organisation_after_the_name_keeps_its_words():
    assert links("Member of Parliament (MP) Yvette Moore of the Labour Party said the vote was unfair.") == [
        ("Yvette Moore", "Labour Party", "Member of Parliament")]


def test_a_counted_plural_role_before_as_many_names():
    assert links("Two officers, Tom Berg and Ada Lin, were injured in the crash.") == [
        ("Tom Berg", None, "officers"), ("Ada Lin", None, "officers")]
    assert links("Two students were hurt: Tom Berg, Ada Lin and Maria Lopez.") == []
