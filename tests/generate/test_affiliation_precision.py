"""Affiliations: precision rules (headline links, roles of another person, title-only entities) and
forms of posts, titles and memberships.
The sentences are invented for these tests."""
from __future__ import annotations

from extracted import links


def test_a_headline_title_is_not_a_second_link_when_the_body_names_the_person():
    text = ("UK Health Minister Lena Ford resigns\n\n"
            "United Kingdom Health Minister Lena Ford resigned on Monday after a vote in parliament.")
    assert links(text) == [("Lena Ford", None, "United Kingdom Health Minister")]


def test_a_headline_title_stays_when_the_body_does_not_mention_the_person_again():
    text = ("Harbour mayor Lena Ford resigns\n\n"
            "The city council accepted the resignation on Monday after a vote.")
    assert links(text) == [("Lena Ford", None, "Harbour mayor")]


def test_a_title_after_a_fronted_phrase_is_the_clause_subject_not_an_appositive():
    text = ("At the request of Norland Prime Minister Oskar Lind, the King dissolved the assembly "
            "for two weeks yesterday.")
    assert links(text) == [("Oskar Lind", "Norland", "Prime Minister")]


def test_a_title_the_tagger_calls_an_organisation_is_still_the_title():
    text = ('"We have made a second arrest in connection with it. Our priority is to find the stolen item, '
            'and I would urge anyone with any information to contact police by calling 101", said '
            'Detective Inspector Daniel Hughes.\n\nThe vase is an artwork.')
    assert links(text) == [("Daniel Hughes", None, "Detective Inspector")]


def test_name_of_organisation_with_an_owner_an_adverb_a_dash_or_fame():
    text = ("On Monday, Pia Lund of the navy's Northern Fleet Command said the ship was lost. "
            "Mark Evans of the Harbour Quartet also reacted on Twitter. "
            '"It is sad," said Vera Kim of the Oslo–Bergen Institute for Physics, who studied the wreck. '
            "The song was recorded with Tom Hale of Glass Onion fame.")
    assert links(text) == [("Pia Lund", "Northern Fleet Command", None), ("Mark Evans", "Harbour Quartet", None),
                           ("Vera Kim", "Oslo–Bergen Institute for Physics", None), ("Tom Hale", "Glass Onion", None)]


def test_name_of_party_and_others_but_not_a_town_and_family():
    assert links("A petition by Joanna Berg of the Scottish National Party and 78 co-petitioners was filed.") == [
        ("Joanna Berg", "Scottish National Party", None)]
    assert links("The son of Mark Evans of Marlow and his wife came.") == []


def test_a_group_the_tagger_calls_a_person_is_still_a_group_after_of():
    assert links("Omar Haddad of Velvet Harbour likened it to a storm.") == [("Omar Haddad", "Velvet Harbour", None)]


def test_a_title_with_an_of_or_for_complement_before_the_name():
    assert links("In a letter, speaker of the assembly Lena Ford wrote that the vote was final.") == [
        ("Lena Ford", None, "speaker of the assembly")]
    assert ("Dina Farah", None, "head of rural and coastal affairs") in links(
        "Officials including deputy trade minister Omar Said and head of rural and coastal affairs Dina Farah "
        "were infected.")


def test_two_coordinated_titles_before_one_name_are_two_links():
    text = ("After Deputy Prime Minister for Finance and Minister of Economy Richard Sulik failed to buy kits, "
            "the Prime Minister apologised.")
    assert links(text) == [("Richard Sulik", None, "Deputy Prime Minister for Finance"),
                           ("Richard Sulik", None, "Minister of Economy")]


def test_a_kinship_or_friend_before_a_title_is_no_complement():
    assert links("He met the wife of the minister Ana Ruiz.") == [("Ana Ruiz", None, "minister")]


def test_a_post_served_in_or_held():
    assert links("Mark Evans served as treasurer of the Harbour Council for ten years.") == [
        ("Mark Evans", "Harbour Council", "treasurer")]
    assert links("Tom Hale, who held the post of Chair last year, lost the vote.") == [("Tom Hale", None, "Chair")]
    assert links("Vera Kim resumed the office of President of the Senate on Monday.") == [
        ("Vera Kim", None, "President of the Senate")]
    assert links("Mark Evans served as a reminder of the past.") == []
    assert links("Tom Hale played the role of Hamlet in the play.") == []


def test_known_as_a_job_but_not_a_nickname():
    assert links("Mark Evans is known as the drummer and co-founder of the rock band Glass Owls.") == [
        ("Mark Evans", "Glass Owls", "drummer"), ("Mark Evans", "Glass Owls", "co-founder")]
    assert links("Mark Evans is known as the King of Pop.") == []


def test_more_job_nouns_science_prefixes_and_hyphenated_titles():
    assert links("Study co-author and geochemist Mark Evans remarked that the bloom was rare.") == [
        ("Mark Evans", None, "co-author"), ("Mark Evans", None, "geochemist")]
    assert links("Astrophysicist Lena Ford said the star was young.") == [("Lena Ford", None, "Astrophysicist")]
    assert links('"It is serious," said Tom Hale, the Director-General of the Harbour League.') == [
        ("Tom Hale", "Harbour League", "Director-General")]
    assert links("The deal was signed with Taoiseach Sean Byrne on Monday.") == [("Sean Byrne", None, "Taoiseach")]


def test_a_party_noun_before_the_name_and_speaking_for_an_owned_organisation():
    assert links("Republican Mark Evans, who led the minority, lost the vote.") == [
        ("Mark Evans", "Republican Party", "Republican")]
    assert links("Republican senator Mark Evans lost.") == [("Mark Evans", "Republican Party", "Republican senator")]
    assert links("Mark Evans, speaking for the country's Health Ministry, reported 40 new cases.") == [
        ("Mark Evans", "Health Ministry", None)]


def test_who_is_right_after_a_name_without_a_comma_is_about_that_name():
    assert links("The president had disagreements with Mark Evans who is the secretary of state.") == [
        ("Mark Evans", None, "secretary of state")]
    assert links("The book about Mark Evans who is a hero sold well.") == []


def test_a_role_before_the_comma_with_a_title_between_and_one_of_a_places_titled_group():
    assert ("Anton Kell", "Northern Church", "head") in links(
        "On Monday, the head of the Northern Church, Bishop Anton Kell, imposed a rule.")
    assert links("One of Norland's Deputy Mayors, Sara Moen, also commented.") == [
        ("Sara Moen", None, "one of Norland's Deputy Mayors")]


def test_coordinated_subjects_that_are_members_of_a_named_body():
    assert links("Mark Evans and Lena Ford are members of the Westland Assembly.") == [
        ("Mark Evans", "Westland Assembly", "member"), ("Lena Ford", "Westland Assembly", "member")]
    # a profession over named subjects is each one's, as written (like "Mark Evans was a teacher")
    assert links("Mark Evans and Lena Ford were teachers.") == [
        ("Mark Evans", None, "teachers"), ("Lena Ford", None, "teachers")]


def test_people_who_formed_a_named_group_are_its_members():
    assert links("In 1990, Lena Ford, Mark Evans and drummer Tom Hale formed Night Harbour.")[1:] == [
        ("Lena Ford", "Night Harbour", None), ("Mark Evans", "Night Harbour", None), ("Tom Hale", "Night Harbour", None)]
    assert links("Mark Evans formed Glass Owls with his brother Tom Evans in 1972.") == [
        ("Mark Evans", "Glass Owls", None), ("Tom Evans", "Glass Owls", None)]
    assert links("Mark Evans formed a committee with Lena Ford.") == []


def test_people_in_a_named_band_with_others_are_its_members():
    assert links("Lena Ford and Mark Evans were subsequently in another supergroup Glass Owls with Tom Hale.") == [
        ("Lena Ford", "Glass Owls", None), ("Mark Evans", "Glass Owls", None), ("Tom Hale", "Glass Owls", None)]
    assert links("Lena Ford was in the band with Tom Hale.") == []


def test_the_one_who_met_someone_in_a_named_band_and_the_one_met_are_its_members():
    assert links("Mark Evans found early success with the jazz band The Harbour Lights Trio where he met "
                 "bassist Tom Hale.") == [("Mark Evans", "The Harbour Lights Trio", None),
                                          ("Tom Hale", "The Harbour Lights Trio", "bassist")]
    assert links("Mark Evans went to the city of Oslo where he met Tom Hale.") == []


def test_a_name_after_a_job_noun_in_a_subject_list_the_parser_hangs_in_apposition():
    text = "In 1966, Ford, Evans and singer/guitarist Rick Stone, who was known from The Owls, formed Cream."
    assert ("Rick Stone", "Cream", None) in links(text)


def test_plural_members_of_a_place_named_institution():
    assert links("Mark Evans and Lena Ford are members of UK parliament.") == [
        ("Mark Evans", "UK parliament", "member"), ("Lena Ford", "UK parliament", "member")]


def test_a_two_word_playing_position_before_the_name_with_the_team_before_it():
    assert links("On Saturday, Westport half back Tom Hale scored a try.") == [("Tom Hale", "Westport", "half back")]
    assert links("He turned his back Tom Hale said.") == []


def test_first_lady_the_tagger_splits_into_a_number_and_a_first_name():
    assert links("The president said he and his wife First Lady Rosa Dane tested positive.") == [
        ("Rosa Dane", None, "First Lady")]


def test_a_quoted_organisation_name_after_of_that_an_appositive_calls_an_organisation():
    assert links('Calling it an insult, Omar Haddad of "Safe Streets", a victim support charity, told reporters '
                 'it was late.') == [("Omar Haddad", "Safe Streets", None)]
    assert links('Mark Evans of "Hamlet", a play by Shakespeare, said hello.') == []


def test_served_as_one_of_a_group_of_post_holders():
    assert links("Mark Evans served as one of the advisers of the Harbour Council.") == [
        ("Mark Evans", None, "one of the advisers of the Harbour Council")]
    assert links("Mark Evans served as one of the reasons for the change.") == []


def test_a_job_noun_that_ends_an_organisations_words_is_a_title_not_part_of_its_name():
    assert links("Harbour Guard Commandant Admiral Tom Berg ordered the search.") == [
        ("Tom Berg", "Harbour Guard", "Admiral")]


def test_a_place_before_a_regional_or_local_title_is_where_the_post_is_held_not_an_organisation():
    assert links("Westmark regional Deputy Governor Tom Berg said 40 people were unaccounted for.") == [
        ("Tom Berg", None, "Westmark regional Deputy Governor")]



def test_a_surname_that_is_also_a_title_names_the_person_in_a_list():
    text = ("Tom Berg led the board. Ana Dean was his deputy. Later the mayor joined a call that "
            "included Berg, Dean, Lin and Police Chief Earl Moss.")
    assert set(links(text)) == {("Ana Dean", None, "deputy"), ("Earl Moss", None, "Police Chief")}


def test_hosts_is_a_plural_title_over_names_after_a_broadcaster():
    text = "On Monday he attacked the NBC hosts Ana Ruiz and Tom Berg in personal terms."
    assert links(text) == [("Ana Ruiz", "NBC", "hosts"), ("Tom Berg", "NBC", "hosts")]


def test_a_role_and_name_after_a_preposition_of_time_is_an_apposition():
    text = "Shortly after the FBI director, Tom A. Berg, issued a report, Ana Ruiz resigned."
    assert links(text) == [("Tom A. Berg", "FBI", "director")]


def test_a_president_elect_is_a_person_whatever_ner_makes_of_the_surname():
    text = ("Board chairman Tom Wheel said he would step down from the board once President-elect "
            "Coldwell is sworn in. The incoming Coldwell administration will pick a new chairman. Coldwell "
            "named two advisers.")
    assert ("Coldwell", None, "President-elect") in links(text)


def test_a_peers_place_is_part_of_the_title_not_an_organisation():
    text = "The exams came in 1986 with Tom Berg, now Lord Berg of Coldwell, as education secretary."
    assert links(text) == []


def test_leading_a_league_in_a_tally_is_no_post_in_it():
    text = ("Since he joined the NHL in 2011, Tom Berg has scored often, and he is leading the NHL this season "
            "with 31 goals.")
    assert all(role != "leader" for _, _, role in links(text))


def test_a_name_opening_a_clause_about_a_job_noun_does_not_bear_that_job():
    text = "Lund, a rich developer Berg picked as his envoy to the board, faces more questions than anyone else."
    assert links(text) == []


def test_becoming_the_first_to_do_something_is_a_feat_not_a_post():
    text = "Tom Berg became the first skater in league history to score against every team."
    assert links(text) == []
    assert links("Ana Ruiz became the first president of the Harbour Trust in 1990.") == [
        ("Ana Ruiz", "Harbour Trust", "first president")]


def test_a_name_listed_with_things_after_a_job_noun_is_no_appositive_of_it():
    text = "The box, on sale in May, contains a controller, Streamcast Ultra and six weeks of Nova Pro."
    assert links(text) == []
    assert links("The guests were the mayor, Tom Berg and his wife.") == [("Tom Berg", None, "mayor")]


def test_a_studio_whose_name_ends_in_a_trade_word_is_no_person_whatever_ner_says():
    text = "Just one of the new games is sold only on the platform, indie developer Cerveza Works' Drift, while the rest are old."
    assert links(text) == []
    assert links("The only new game is from indie developer Cerveza Interactive, which has six staff.") == []


def test_the_party_a_possessive_names_is_the_persons_party():
    text = "Prime Minister Tom Berg won the vote. Critics said Berg’s Labour Party tried to rally support."
    assert ("Tom Berg", "Labour Party", None) in links(text)


def test_an_organisation_named_for_a_cause_keeps_its_article():
    text = "Tom Berg, a fellow of the Center for a Safer Coast, said the plan was late."
    assert links(text) == [("Tom Berg", "Center for a Safer Coast", "fellow")]


def test_a_co_worker_or_colleague_is_a_relation_not_a_post():
    text = ("Crews from the Marlow Water Board stood by a flooded trench while a co-worker, Obadiah Ferreira, "
            "tried to fit a new valve on the broken main.")
    assert not any(role in {"co-worker", "colleague"} for _, _, role in links(text))


def test_a_prefect_for_a_council_is_a_post_in_it():
    text = "Ana Ruiz, the prefect for the Council of Coastal Affairs, turned the request down."
    assert links(text) == [("Ana Ruiz", "Council of Coastal Affairs", "prefect")]


def test_reverend_is_a_courtesy_title_not_a_post():
    text = 'The Rev. Tom Berg, a pastor at Marlow Chapel, said the vigil would go on. "We will pray," said the Rev. Ana Ruiz.'
    assert links(text) == [("Tom Berg", "Marlow Chapel", "pastor")]


def test_a_lone_name_that_modifies_common_nouns_is_a_service_not_a_person():
    # NER calls "Kelby" a person throughout; "Kelby web addresses", "Kelby users" say it is a service
    text = ("Norvel's Kelby blocked in Westland\n\nThousands of Kelby web addresses went dark in Westland on "
            "Friday, a rights group said. Until last week Kelby users could still read their mail. "
            "Ada Lin, a spokeswoman for Norvel, said the firm was looking into it.")
    assert links(text) == [("Ada Lin", "Norvel", "spokeswoman")]


def test_a_lone_name_that_speaks_stays_a_person_whatever_it_modifies():
    text = ("Kelby supporters rallied on Friday. The Kelby campaign raised money. "
            "Kelby, a lawyer for Norvel, said the vote was fair.")
    assert ("Kelby", "Norvel", "lawyer") in links(text)


def test_a_research_institutions_name_after_a_title_is_no_person():
    text = "Researchers can apply, says Tom Berg, director of the Westmark Astronomical Observatory."
    assert links(text) == [("Tom Berg", "Westmark Astronomical Observatory", "director")]


def test_a_run_opened_by_an_acronym_names_an_organisation_not_a_person():
    # NER calls "WSTU Strategic" a person: the acronym opens an organisation's name
    text = "Adjunct Professor WSTU Strategic Health Policy Consultant Ada Lin said on Twitter the ad should go."
    assert links(text) == [("Ada Lin", None, "Health Policy Consultant")]
