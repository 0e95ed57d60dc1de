"""Round 4 affiliation classes: general constructions of news writing. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_a_title_before_a_name_with_an_arabic_article():
    assert links("President Omar al-Haddad visited the port on Monday.") == [("Omar al-Haddad", None, "President")]


def test_a_party_member_noun_is_the_party_and_the_role_as_written():
    # gold writes the noun as a role ("Democrat") or the party as the organisation: both are given
    assert links("Democrat Ada Lin, the Senate majority leader, said the bill would pass.") == [
        ("Ada Lin", "Senate", "majority leader"), ("Ada Lin", "Democratic Party", "Democrat")]


def test_a_road_user_in_a_reported_crash_holds_no_post():
    assert links("The crash killed motorcyclist Tom Berg on Monday.") == []
    assert links("Tom Berg, a 19-year-old pedestrian, was struck by a van.") == []
    assert links("Bus driver Tom Berg said the road was icy.") == [("Tom Berg", None, "Bus driver")]


def test_a_role_after_a_family_tie_in_an_appositive():
    assert links("Ada Lin, his wife and the current chairwoman of the Westland Green Party, said he worked hard.") == [
        ("Ada Lin", "Westland Green Party", "current chairwoman")]


def test_a_second_post_after_x_of_y_and():
    assert links("Ada Lin of Harbour University and contributor to the Daily Post wrote that it was wrong.") == [
        ("Ada Lin", "Harbour University", None), ("Ada Lin", "Daily Post", "contributor")]


def test_an_elder_is_a_title_but_the_elder_of_two_relatives_is_not():
    assert links("Elder Tom Berg provided a prayer.") == [("Tom Berg", None, "Elder")]
    assert links("The elder Berg said it was fine.") == []


def test_whose_role_is_x():
    assert links("The Harbour Football Club, whose chief executive is Ada Lin, cut jobs.") == [
        ("Ada Lin", "Harbour Football Club", "chief executive")]
    assert links("Chile, whose president is Ada Lin, cut taxes.") == []


def test_a_plural_job_over_named_subjects_is_each_ones_as_written():
    assert links("His parents, Tom Berg and Ada Berg, were sharecroppers.") == [
        ("Tom Berg", None, "sharecroppers"), ("Ada Berg", None, "sharecroppers")]
    assert links("Tom Berg and Ada Lin were members.") == []


def test_trades_and_callings_are_roles():
    assert links("Ada Lin, a cattle rancher, said the drought was the worst in years.") == [
        ("Ada Lin", None, "cattle rancher")]


def test_a_name_of_a_country_owned_organisation_is_a_person_and_the_country_no_part_of_it():
    # the model takes the surname for a town here
    assert links("Ana Paris of the UK's National Fraud Agency (NFA) said the site was closed.") == [
        ("Ana Paris", "National Fraud Agency", None)]


def test_a_title_of_a_place_glued_to_the_name_after_it():
    from spacy.tokens import Span

    from quizapp.generate.names import People
    from quizapp.generate.nlp import pipeline

    doc = pipeline()("Chief Executive of Westhaven Mei Lam spoke. Crowds in Westhaven cheered as Lam spoke.")
    # the model's misreading, forced: the place and the name as one place
    doc.ents = [Span(doc, 3, 6, label="GPE"), Span(doc, 10, 11, label="GPE"), Span(doc, 13, 14, label="PERSON")]
    people = People(doc)
    assert people.person_name(doc[5]) == "Mei Lam" and not people.is_person(doc[3])


def test_a_title_of_a_place_before_a_name_the_model_left_unlabelled():
    assert links("Today, Governor of Sao Paulo Ana Ruiz gave her speech. Protesters in Sao Paulo jeered as "
                 "Ruiz spoke.") == [("Ana Ruiz", None, "Governor of Sao Paulo")]


def test_a_calling_named_by_its_field():
    assert links("The lawyer represented pop star Crystal Vance in her lawsuit.") == [
        ("Crystal Vance", None, "pop star")]
    assert links("The star Vega is bright.") == []


def test_a_seat_on_a_named_body():
    assert links("Tom Berg, the top Republican on the Senate Finance Committee, said it was fine.") == [
        ("Tom Berg", "Senate Finance Committee", "top Republican")]
    assert links("Tom Berg, a member on the Harbour Board, said it was fine.") == [("Tom Berg", "Harbour Board", "member")]
    assert links("Tom Berg, a spokesman on the Harbour project, said it was fine.") == [("Tom Berg", None, "spokesman")]


def test_a_subject_pronoun_takes_up_the_main_clause_subject_of_the_sentence_before():
    text = ("When Representative Tom Berg announced his resignation, Ivo Lund joined the race to replace him. "
            "He was also a member of the Harbour Trust.")
    assert ("Ivo Lund", "Harbour Trust", "member") in links(text)
    assert links("Tom Berg met Ivo Lund in Oslo. He was a member of the Harbour Trust.") == []


def test_a_place_after_a_post_completes_the_role():
    assert links("Ada Lin, the sheriff of the county of Westhaven, said it was fine.") == [
        ("Ada Lin", None, "sheriff of the county of Westhaven")]


def test_a_post_one_is_chosen_for():
    assert links("President-elect Tom Berg said the plan failed.") == [("Tom Berg", None, "President-elect")]


def test_a_partys_candidate_for_an_office_in_lower_case():
    assert links("Tom Berg, the Westland Party's candidate for mayor, lost.") == [
        ("Tom Berg", "Westland Party", "candidate for mayor")]
    assert links("Tom Berg, a candidate for mayor, lost.") == []


def test_plural_jobs_keep_their_complement_and_road_users_stay_out():
    assert links("Tom Berg and Ada Lin are co-authors of the study.") == [
        ("Tom Berg", None, "co-authors of the study"), ("Ada Lin", None, "co-authors of the study")]
    assert links("The suspects, Tom Berg and Ivo Lund, were drivers.") == []


def test_a_seat_or_a_town_before_a_comma_and_name_is_the_roles():
    assert links("Conservative MP for Marlow, Tom Berg, said the plan failed.") == [
        ("Tom Berg", "Conservative Party", "Conservative MP for Marlow")]


def test_a_date_after_an_organisations_name_is_no_part_of_it():
    assert links("Ada Lin resigned as chief executive of Norvel Energy on Monday.") == [
        ("Ada Lin", "Norvel Energy", "former chief executive")]


def test_an_ex_post_and_a_job_after_a_parent_of_n():
    assert links("Tom Berg, ex-chairman of Norvel Energy, said the plan failed.") == [
        ("Tom Berg", "Norvel Energy", "ex-chairman")]
    assert links("Ada Lin, a mother of three and a teacher at Harbour School, said it.") == [
        ("Ada Lin", "Harbour School", "teacher")]


def test_a_graduate_of_a_named_school():
    assert links("Tom Berg, a graduate of Harbour University, said it.") == [("Tom Berg", "Harbour University", "graduate")]
    assert links("Tom Berg, a recent graduate, said it.") == []


def test_stacked_titles_with_a_noun_compound_in_the_second():
    assert links("On Monday, amateur researcher and systems engineer Tom Berg found the records.") == [
        ("Tom Berg", None, "amateur researcher"), ("Tom Berg", None, "systems engineer")]


def test_a_sentence_opening_name_with_an_arabic_article_is_the_subject():
    assert ("Omar al-Haddad", "Harbour Brigade", "deputy commander") in links(
        "Officials named Omar al-Haddad as one of the dead. al-Haddad was the deputy commander of the Harbour "
        "Brigade.")


def test_a_party_in_brackets_after_a_name():
    assert links("Tom Berg (Labour) said the plan failed.") == [("Tom Berg", "Labour", None)]
    assert links("Tom Berg (pictured) said it.") == []


def test_a_boss_of_a_named_organisation_and_not_someones_boss():
    assert links("Norvel Energy boss Tom Berg said the plan failed.") == [("Tom Berg", "Norvel Energy", "boss")]
    assert links("Her boss, Tom Berg, said it.") == []


def test_the_partys_post_takes_up_the_party_named_before():
    assert links("The Westland Party lost six seats. Tom Berg, the party's deputy leader, said it was a bad "
                 "night.") == [("Tom Berg", "Westland Party", "deputy leader")]


def test_one_who_represents_a_place_in_a_legislature_sits_in_it():
    assert links("Tom Berg, who represents Marlow in the Westland Assembly, said it.") == [
        ("Tom Berg", "Westland Assembly", None)]
    assert links("Ada Lin represented Norvel Energy in the lawsuit.") == []


def test_a_colleague_work_or_object_is_no_employer():
    assert links("Tom Berg, who works with Ada Lin, said it.") == []
    assert links("Tom Berg, who wrote Harbour Lights, said it.") == []
    assert links("Tom Berg, who reported Norvel Energy to the police, said it.") == []


def test_one_who_writes_for_an_outlet():
    assert links("Tom Berg, who writes for the Harbour Post, said it.") == [("Tom Berg", "Harbour Post", None)]


def test_an_organisation_headed_by_a_person():
    assert links("The Westland Party, led by Tom Berg, lost six seats.") == [("Tom Berg", "Westland Party", "leader")]
    assert links("The protest, led by Tom Berg, was peaceful.") == []


def test_a_facility_one_stands_at_is_no_employer():
    assert links("Tom Berg at the Harbour Hotel said it.") == []


def test_a_profession_in_a_persons_service():
    assert links("Ada Lin, Tom Berg's spokesperson, said it.") == [("Ada Lin", None, "spokesperson")]
    assert links("Joe Park, Ada Lin's deputy, did not.") == []


def test_one_of_the_post_holders_of_a_named_organisation():
    assert links("Ada Lin, one of the founders of the Harbour Trust, said it.") == [
        ("Ada Lin", "Harbour Trust", "one of the founders")]
    assert links("Ada Lin, one of the victims, said it.") == []


def test_a_seat_on_a_board():
    assert links("Ada Lin, who sits on the board of Norvel Energy, said it.") == [
        ("Ada Lin", "Norvel Energy", "board member")]
    assert links("Ada Lin sat on the bench.") == []


def test_a_capitalised_field_or_portfolio_is_the_roles_not_an_employer():
    assert links("Ada Lin, Head of Policy at the Harbour Trust, said it.") == [
        ("Ada Lin", "Harbour Trust", "Head of Policy")]
    assert links("Ada Lin, a Professor of Medicine, said it.") == [("Ada Lin", None, "Professor of Medicine")]
    assert links("Ada Lin, Minister of Finance of Westland, said it.") == [
        ("Ada Lin", None, "Minister of Finance of Westland")]
    assert links("Ada Lin, a spokesman for Transport for London, said it.") == [
        ("Ada Lin", "Transport for London", "spokesman")]


def test_a_hyphenated_description_is_no_employer():
    assert links("Ada Lin, a Norvel Energy-funded researcher, said it.") == [
        ("Ada Lin", None, "Norvel Energy-funded researcher")]


def test_whose_role_set_beside_the_name_and_a_clause_after_an_age():
    assert links("Norvik Construction, whose chief executive, Peter Hallan, testified against him.") == [
        ("Peter Hallan", "Norvik Construction", "chief executive")]
    assert links("Tom Berg, 61, served as minister in the government.") == [("Tom Berg", None, "minister")]


def test_a_courtesy_title_between_the_job_and_the_name():
    assert links("The study was led by marine biologist Dr. Priya Raman.") == [("Priya Raman", None, "marine biologist")]


def test_an_organisation_owned_by_a_common_noun_after_the_roles_preposition():
    assert links("Ada Lin, a sergeant at the army's Northern Command, said it.") == [
        ("Ada Lin", "Northern Command", "sergeant")]


def test_a_party_tag_after_any_title_and_a_state_before_the_party_noun():
    assert links("Minority Leader Carla Shumway (D-NY) said the bill was bad.") == [
        ("Carla Shumway", None, "Minority Leader"), ("Carla Shumway", "Democratic Party", None)]
    assert ("Thomas Massey", "Republican Party", "Kentucky Republican") in links(
        "Representative Thomas Massey, a Kentucky Republican, said he might object.")


def test_an_age_before_a_title_and_a_company_beside_a_post_a_company_holds():
    assert links("The victims included 34-year-old nurse Hannah Cole.") == [("Hannah Cole", None, "nurse")]
    assert links("The building's owner, Harbour Homes, said it was devastated.") == []


def test_an_organisations_post_in_a_place_before_the_name():
    assert links("Oxfam's country director in Westland, Jane Ochieng, said it.") == [
        ("Jane Ochieng", "Oxfam", "country director")]


def test_a_pronoun_takes_up_the_same_pronoun_opening_the_sentence_before():
    assert links("Ada Lin moved to Oslo in 1958. She later formed a trio with Tom Berg and Ivo Lund. She taught at "
                 "the Harbour College of Music from 1980 to 1995.") == [("Ada Lin", "Harbour College of Music", None)]
    assert links("Ada Lin moved to Oslo in 1958. She met Tom Berg there. He taught at the Harbour College of "
                 "Music.") == []


def test_co_founded_split_by_the_tokenizer():
    assert links("Tom Berg, who co-founded Norvik Systems with Ada Lin in 2009, said it.") == [
        ("Tom Berg", "Norvik Systems", "co-founder"), ("Ada Lin", "Norvik Systems", "co-founder")]


def test_a_described_organisation_the_model_calls_a_person():
    assert links("Tom Berg works for cybersecurity firm Redline Labs.") == [("Tom Berg", "Redline Labs", None)]


def test_another_partys_member_noun_is_no_us_party():
    assert links("On Monday, Social Democrat Ada Lin said it.") == []
