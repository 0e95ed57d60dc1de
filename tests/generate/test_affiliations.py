"""Person -> organisation/role links in the forms English news uses (affiliations.py).
The sentences are invented for these tests."""
from __future__ import annotations

from extracted import links


def test_a_title_before_the_name_and_the_organisation_after_it_are_one_link():
    text = ("Detective Constable Ada Lin of the provincial police said the car was stolen. "
            "Company meteorologist Tom Berg of Norvel Energy said the wind would rise.")
    assert links(text) == [("Ada Lin", "provincial police", "Detective Constable"),
                           ("Tom Berg", "Norvel Energy", "Company meteorologist")]


def test_a_nationality_or_country_goes_into_the_role():
    assert links("French inventor Ada Lin crossed the lake. US actor Tom Berg watched.") == [
        ("Ada Lin", None, "French inventor"), ("Tom Berg", None, "US actor")]


def test_an_organisation_after_of_with_its_short_form_or_as_a_description():
    text = ("Ada Lin of the Harbour Shipping Council (HSC) said the port would reopen. "
            "Tom Berg of the island's power authority observed that repairs may take a year.")
    assert links(text) == [("Ada Lin", "Harbour Shipping Council", None),
                           ("Tom Berg", "island's power authority", None)]


def test_stacked_titles_are_one_link_each():
    text = ("Ada Lin, chairperson and co-founder of the Harbour Society, said the port would reopen. "
            "Dr Tom Berg, the lead author of the study and an emergency medicine specialist, agreed.")
    assert links(text) == [("Ada Lin", "Harbour Society", "chairperson"), ("Ada Lin", "Harbour Society", "co-founder"),
                           ("Tom Berg", None, "lead author of the study"),
                           ("Tom Berg", None, "emergency medicine specialist")]


def test_a_plural_title_over_coordinated_names_gives_each_person_the_title_as_written():
    assert links("Foreign Ministers Ada Lin and Tom Berg met in Oslo on Monday.") == [
        ("Ada Lin", None, "Foreign Ministers"), ("Tom Berg", None, "Foreign Ministers")]


def test_a_list_of_titled_people_is_not_one_appositive():
    # "Ada Lin, Mayor Tom Berg": the mayor is Tom Berg, not Ada Lin
    assert links("Present were Ada Lin, Mayor Tom Berg and Senator Joe Park.") == [
        ("Tom Berg", None, "Mayor"), ("Joe Park", None, "Senator")]


def test_possessives_tie_a_person_to_an_organisation():
    text = ("The Harbour Society's Ada Lin said the port would reopen. "
            "Tom Strand's party, the Greens, won six seats. "
            "The Marlow Fire Department's Captain Joe Park said one firefighter was hurt.")
    assert links(text) == [("Ada Lin", "Harbour Society", None), ("Tom Strand", "Greens", None),
                           ("Joe Park", "Marlow Fire Department", "Captain")]


def test_a_role_noun_before_an_organisation_name_then_a_comma():
    text = "The executive director of the Harbour Society, Ada Lin, said the port would reopen."
    assert links(text) == [("Ada Lin", "Harbour Society", "executive director")]


def test_schools_attended_including_by_a_pronoun_subject():
    text = ("Ada Lin, who attended Harbour University, said the fees were high. "
            "Tom Berg was born in Oslo. He graduated from the University of Bergen in 1999. "
            "Joe Park attended a meeting at Westfield College on Monday.")
    assert links(text) == [("Ada Lin", "Harbour University", None), ("Tom Berg", "University of Bergen", None)]


def test_a_link_stated_inside_a_quotation_counts():
    text = 'Tom Berg said: "We will miss our colleague, senior engineer Ada Lin of Norvel Energy."'
    assert links(text) == [("Ada Lin", "Norvel Energy", "senior engineer")]


def test_names_of_things_groups_and_characters_get_no_role():
    text = ("The first film was Captain Rho: Dark Water. Ada Lin played the Panther, also known as King Okoro. "
            "The statement was posted to his official Twitter account. "
            "The Valley Tribes of Fort Marsh joined the suit. The shipping firm Norvel said it would appeal.")
    assert links(text) == []


def test_an_organisation_named_before_the_title_is_split_from_it():
    text = ("Harbour Observer editor Ada Lin wrote that the port would reopen. "
            "Halden HPD Constable Tom Berg said the car was stolen. TV presenter Joe Park agreed.")
    assert links(text) == [("Ada Lin", "Harbour Observer", "editor"), ("Tom Berg", "Halden HPD", "Constable"),
                           ("Joe Park", None, "TV presenter")]


def test_an_appointment_gives_a_role_but_an_award_does_not():
    text = ("Ada Lin was named chief executive of Harbour Bank in 2019. "
            "Tom Berg joined the Harbour Society as treasurer. "
            "Joe Park was named the best player of the tournament.")
    assert links(text) == [("Ada Lin", "Harbour Bank", "chief executive"), ("Tom Berg", "Harbour Society", "treasurer")]


def test_an_organisations_possessive_in_an_appositive_and_a_possessive_pronoun():
    text = ("Ada Lin, Harbour Bank's chief economist, said rates would rise. "
            "Tom Berg, its treasurer, agreed. Joe Park, Ada Lin's deputy, did not.")
    assert links(text) == [("Ada Lin", "Harbour Bank", "chief economist"), ("Tom Berg", None, "treasurer")]


def test_a_work_is_part_of_the_role_and_a_describing_adjective_is_not():
    text = ("Ada Lin starred in the thriller film Harbour Lights. "
            "Tom Berg, the director of Harbour Lights, said she was brilliant. "
            "Tributes were paid to the late actor Joe Park.")
    assert links(text) == [("Tom Berg", None, "director of Harbour Lights"), ("Joe Park", None, "actor")]


def test_a_name_that_only_modifies_a_noun_is_no_organisation():
    text = "Tom Berg, a line worker at the Westfield plant, said members would vote on a strike."
    assert links(text) == [("Tom Berg", None, "line worker")]


def test_a_verb_after_the_comma_starts_a_clause_not_an_appositive():
    text = "The club, whose founder, Father Tom Berg, was a priest, turned 100 this year."
    assert ("Father Tom Berg", None, "was a priest") not in links(text)


def test_a_shorter_title_of_the_same_person_later_is_not_a_second_link():
    text = ("Harbourian Prime Minister Ada Lin Moana opened the port. "
            "Prime Minister Lin Moana said it would bring jobs.")
    assert [role for _, _, role in links(text)] == ["Harbourian Prime Minister"]


def test_an_organisation_inside_or_before_an_appositive_role():
    text = ("Ada Lin, now a United Nations envoy, praised the vote. "
            "Tom Berg, chief executive of the turbine maker Nordwind Energy, agreed. "
            "The European Commission's climate chief, Joe Park, said others should follow.")
    assert links(text) == [("Ada Lin", "United Nations", "envoy"), ("Tom Berg", "Nordwind Energy", "chief executive"),
                           ("Joe Park", "European Commission", "climate chief")]


def test_a_job_noun_after_be_gives_a_role_with_its_organisation_and_a_pronoun_finds_its_person():
    text = "Ada Lin said the ice was thinning. Lin is Harbour College's Professor of Physics and a fellow of the Royal Society."
    assert links(text) == [("Ada Lin", "Harbour College", "Professor of Physics"), ("Ada Lin", "Royal Society", "fellow")]
    text = "Tom Berg was born in Oslo in 1950. In 1975 he moved to Bergen. He was a teacher at the Bergen Academy for a decade."
    assert links(text) == [("Tom Berg", "Bergen Academy", "teacher")]


def test_no_role_for_a_pronoun_in_reported_speech_for_a_superlative_or_for_someone_elses_post():
    text = ("Tom Berg said she is a great teacher. \"He was the finest doctor I have known,\" Eva Holm said. "
            "Ada Lin, whose father was a teacher at Westfield College, said nothing.")
    assert links(text) == []


def test_verbs_that_tie_their_subject_to_an_organisation():
    text = ("Ada Lin founded Norvel Energy in 1998. Tom Berg works for the Harbour Society. Eva Holm served in the "
            "Royal Navy. Jon Dahl and two friends started a company, Brightline Labs, in 2015.")
    assert links(text) == [("Ada Lin", "Norvel Energy", "founder"), ("Tom Berg", "Harbour Society", None),
                           ("Eva Holm", "Royal Navy", None), ("Jon Dahl", "Brightline Labs", None)]
    assert links("Tom Berg was hired by Norvel Energy in 2015.") == [("Tom Berg", "Norvel Energy", None)]
    assert links("Ada Lin ran the Boston Marathon. Tom Berg played Westfield United. Eva Holm served in Iraq.") == []


def test_a_post_held_and_a_degree_earned_name_the_place():
    text = ("Ada Lin moved to Oslo in 1990, taking a job at the Harbour Institute. "
            "Earning a PhD from Westfield University, she then taught.")
    assert links(text) == [("Ada Lin", "Harbour Institute", None), ("Ada Lin", "Westfield University", None)]


def test_a_possessive_before_an_appositive_role():
    text = "Ada Lin, the family's lawyer, said they would appeal. Tom Berg, Norway's health minister, agreed."
    assert links(text) == [("Ada Lin", None, "family's lawyer"), ("Tom Berg", None, "Norway's health minister")]


def test_jobs_beyond_the_usual_titles_and_a_surname_that_is_a_job():
    text = ("The visiting geologist Ada Lin died. Co-founder Tom Berg recounted the test. "
            "Eva Holm, an alderman, agreed. Former prime minister Ann Judge said the law was clear.")
    assert links(text) == [("Ada Lin", None, "visiting geologist"), ("Tom Berg", None, "Co-founder"),
                           ("Eva Holm", None, "alderman"), ("Ann Judge", None, "Former prime minister")]


def test_according_to_a_role_then_the_name_and_a_university_named_with_its_campus():
    text = ("According to the city's police chief, Ada Lin, ten people were aboard. "
            "\"It was a great loss,\" said the University of Nevada, Reno's chancellor, Tom Berg.")
    assert links(text) == [("Ada Lin", None, "police chief"), ("Tom Berg", "University of Nevada, Reno", "chancellor")]


def test_no_post_for_a_member_of_the_public_or_a_prize_winner_and_roles_in_capitals_or_with_then():
    text = "Ada Lin, a member of the public, said the crash was loud. Tom Berg, the winner of the Westfield Prize, was happy."
    assert links(text) == []
    text = ("Ada Lin, CEO of Norvel Energy, said the plant was safe. Tom Berg, then a reporter for the Westfield Times, "
            "saw it. Eva Holm, an Oslo-based lawyer, agreed.")
    assert links(text) == [("Ada Lin", "Norvel Energy", "CEO"), ("Tom Berg", "Westfield Times", "reporter"),
                           ("Eva Holm", None, "Oslo-based lawyer")]


def test_a_person_with_an_organisation_as_us_news_writes_it_but_not_a_place_or_a_companion():
    text = "Ada Lin with the Sierra Club said the river was polluted. Dr Tom Berg at Saint Anne said the ward was full."
    assert links(text) == [("Ada Lin", "Sierra Club", None), ("Tom Berg", "Saint Anne", None)]
    text = "They met Ada Lin at Heathrow Airport on Monday. Tom Berg with Eva Holm and Jon Dahl left Oslo."
    assert links(text) == []


def test_appointments_in_relative_clauses_time_with_an_organisation_and_a_date_after_the_role():
    text = ("Ada Lin, who was named chief executive of Norvel Energy in 2010, said the plant was safe. "
            "Tom Berg said it was not. He joined the Harbour Society as an engineer in 2012.")
    assert links(text) == [("Ada Lin", "Norvel Energy", "chief executive"), ("Tom Berg", "Harbour Society", "engineer")]
    text = ("Eva Holm said the plant was safe. Holm, 45, has been with Norvel Energy for ten years. "
            "Jon Dahl, who has spent 20 years at the Harbour Society, agreed.")
    assert links(text) == [("Eva Holm", "Norvel Energy", None), ("Jon Dahl", "Harbour Society", None)]


def test_abbreviated_titles_and_jobs_that_are_also_surnames_in_lower_case():
    text = "Gov. Ada Lin said the storm was bad. Actor Tom Berg and singer Eva Holm attended the gala."
    assert links(text) == [("Ada Lin", None, "Gov."), ("Tom Berg", None, "Actor"), ("Eva Holm", None, "singer")]
    assert links("Prof. Ada Lin of Westfield University said the storm was bad.") == [
        ("Ada Lin", "Westfield University", "Prof.")]


def test_a_shared_appositive_over_coordinated_names_and_a_pronouns_own_organisation():
    text = "Ada Lin and Tom Berg, both researchers at Westfield University, said the ice was melting."
    assert links(text) == [("Ada Lin", "Westfield University", "researcher"), ("Tom Berg", "Westfield University", "researcher")]
    text = "Eva Holm said the plant was safe. Her company, Norvel Energy, makes turbines."
    assert links(text) == [("Eva Holm", "Norvel Energy", None)]


def test_a_shared_appositive_over_names_with_nationalities_and_a_surname_read_as_a_date():
    text = ("Canadian Laura Brandt and Irish Gregory Weeks, both engineers at Norvel Energy, were freed on "
            "Monday.")
    assert links(text) == [("Laura Brandt", "Norvel Energy", "engineer"), ("Gregory Weeks", "Norvel Energy", "engineer")]


def test_a_bare_verb_of_work_is_no_role_and_an_indefinite_job_with_a_relative_clause_is_one():
    text = "Ada Lin, who works at Norvel Energy, said the port would reopen. Tom Berg, who teaches physics at Westfield College, agreed."
    assert links(text) == [("Ada Lin", "Norvel Energy", None), ("Tom Berg", "Westfield College", None)]
    assert links("Eva Holm said it was full. Holm is a retired teacher who taught there for years.") == [
        ("Eva Holm", None, "retired teacher")]


def test_one_name_after_a_capitalised_title_is_a_person_even_where_ner_missed_it():
    assert links("Chancellor Scholz said talks would resume.") == [("Scholz", None, "Chancellor")]
    assert links("The Prime Minister Office said talks would resume.") == []


def test_a_title_without_a_comma_is_one_link_not_two():
    assert links("Harbour Society Chairman Li-Wen Zhou said the port would reopen.") == [
        ("Li-Wen Zhou", "Harbour Society", "Chairman")]


def test_a_pronoun_is_nobodys_past_a_pronoun_of_the_other_gender_and_a_time_is_no_organisation():
    text = ("In 1980 she returned to Oslo with her husband, chemist Tom Berg. He died in 2005. "
            "She was also a member of the Harbour Society.")
    assert links(text) == [("Tom Berg", None, "chemist")]
    assert links("Ada Lin, who was a doctoral student in the 1990s, said the lab was small.") == [
        ("Ada Lin", None, "doctoral student")]


def test_a_school_after_the_subject_studied():
    assert links("Ada Lin was born in 1932. She studied physics at Westfield University.") == [
        ("Ada Lin", "Westfield University", None)]


def test_a_job_coordinated_after_something_that_is_no_job():
    assert links("Ada Lin said it was over. She is a Republican and a former state senator.") == [
        ("Ada Lin", None, "former state senator")]


def test_a_bare_generic_noun_before_a_title_is_part_of_the_title():
    assert links("The inquiry will be led by Board Member Ada Lin.") == [("Ada Lin", None, "Board Member")]


def test_a_title_of_a_place_before_the_name_keeps_the_place_out_of_the_name():
    text = ("\"We will rebuild,\" said Mayor of Denver Ada Lin on Monday. "
            "Former President of Portugal Tom Berg disagreed. "
            "Support came from Senator from Nebraska Carla Ruiz. Lin said the bridge would open.")
    assert links(text) == [("Ada Lin", None, "Mayor of Denver"), ("Tom Berg", None, "Former President of Portugal"),
                           ("Carla Ruiz", None, "Senator from Nebraska")]


def test_an_organisation_after_a_titles_of_is_the_organisation_even_when_ner_joins_the_name_to_it():
    assert links('"It is a start," director of Oxfam International Tom Berg said in a statement.') == [
        ("Tom Berg", "Oxfam International", "director")]
    # the small model reads "Greenpeace Wen-li Chao" as one organisation
    assert links('"This cannot stand," Asia director of Greenpeace Wen-li Chao said in a statement.') == [
        ("Wen-li Chao", "Greenpeace", "director")]


def test_a_degree_abbreviated_with_full_stops_and_a_scientist_noun_are_words_of_a_role():
    text = ("Ada Lin, a Ph.D. candidate at Westfield University, said the frogs were odd. "
            "On the ship, glaciologist Tom Berg told a magazine the ice was thin.")
    assert links(text) == [("Ada Lin", "Westfield University", "Ph.D. candidate"), ("Tom Berg", None, "glaciologist")]


def test_one_of_a_group_of_role_holders_before_the_name():
    text = ("One of the report's authors, glaciologist Tom Berg, told a magazine the ice was thin. "
            "One of the victims, Ada Lin, said she was cold.")
    assert links(text) == [("Tom Berg", None, "glaciologist"), ("Tom Berg", None, "one of the report's authors")]


def test_a_place_s_own_body_in_lower_case_after_of_is_the_persons_organisation():
    assert links("Ana Ruiz, of the Oslo district council, said the bridge was closed.") == [
        ("Ana Ruiz", "Oslo district council", None)]
    # a word for a local government makes the capitalised words before it a place, known or not
    assert links("Ana Ruiz, of the Marlow district council, said the bridge was closed.") == [
        ("Ana Ruiz", "Marlow district council", None)]
    assert links("Tom Berg of the Ada Lin campaign said the bridge was closed.") == []


def test_a_job_noun_closed_up_with_its_field_is_a_title():
    assert links("Wrestling sportswriter Tom Berg said the match was fixed.") == [
        ("Tom Berg", None, "Wrestling sportswriter")]
    assert links("Ana Ruiz, a veteran newscaster, said the station would close.") == [
        ("Ana Ruiz", None, "veteran newscaster")]


def test_names_ner_does_not_know_under_one_plural_title_are_people_with_that_title():
    text = ("The summit ended where on Sunday Presidents Olumide Adebayo of Norland and Kwabena Mensah of Westland "
            "signed the accord.")
    assert links(text) == [("Olumide Adebayo", None, "President of Norland"),
                           ("Kwabena Mensah", None, "President of Westland")]
    # a body named by its members is no person
    assert links("Ana Ruiz, executive director of the Marlow Retailers Association, said stock was low.") == [
        ("Ana Ruiz", "Marlow Retailers Association", "executive director")]


def test_an_organisation_written_before_the_role_noun_beside_the_name_is_the_employer():
    # the role and a comma before the name, or after it
    assert links("A Kestrel Capital spokesman, Ana Ruiz, said the offices would reopen.") == [
        ("Ana Ruiz", "Kestrel Capital", "spokesman")]
    assert links("The Ministry of Transport spokesman, Ana Ruiz, said the roads were closed.") == [
        ("Ana Ruiz", "Ministry of Transport", "spokesman")]
    assert links("Ana Ruiz, a Ministry of Transport official, said the roads were closed.") == [
        ("Ana Ruiz", "Ministry of Transport", "official")]
    # the role's own words hanging on one another
    assert links("Ana Ruiz, Ministry of Transport public information officer, said the roads were closed.") == [
        ("Ana Ruiz", "Ministry of Transport", "public information officer")]
    # a common noun before the role stays the role's
    assert links("A council spokesman, Ana Ruiz, said the roads were closed.") == [
        ("Ana Ruiz", None, "council spokesman")]


def test_a_rank_before_an_organisation_in_a_role_stays_the_roles():
    assert links("Ana Ruiz, a former Pellworth Bank trader, was jailed for four years.") == [
        ("Ana Ruiz", "Pellworth Bank", "former trader")]


def test_a_post_in_an_as_phrase_opening_the_sentence_is_the_subjects():
    assert links("As chief executive of Norvel Energy, Ana Ruiz cut hundreds of jobs.") == [
        ("Ana Ruiz", "Norvel Energy", "chief executive")]
    assert links("As a child, Ana Ruiz lived in Marlow.") == []
    assert links("As the storm hit the coast, Ana Ruiz closed the shop.") == []


def test_an_organisations_whole_name_with_an_ampersand_or_an_of_phrase():
    assert links("Ana Ruiz, a partner at the law firm Hale & Ward, represented the family.") == [
        ("Ana Ruiz", "Hale & Ward", "partner")]
    assert links("The Ministry of Transport's permanent secretary, Ana Ruiz, gave evidence.") == [
        ("Ana Ruiz", "Ministry of Transport", "permanent secretary")]


def test_an_abbreviated_rank_is_one_word_and_ends_no_sentence():
    assert links("Westland Army spokesperson Col. Ana Ruiz confirmed the exercise.") == [
        ("Ana Ruiz", "Westland Army", "spokesperson")]
    assert links("Lt. Col. Ana Ruiz said the exercise would end on Friday.") == [("Ana Ruiz", None, "Lt. Col.")]
