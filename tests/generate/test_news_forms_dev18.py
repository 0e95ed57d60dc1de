"""Forms found among the misses of a former held-out set (tests/data/dev18). The sentences are
invented."""
from __future__ import annotations

from extracted import figures, links, quotes


def test_a_fronted_clause_of_time_is_not_what_the_speaker_claimed():
    text = ("On Friday, an hour before the board met to discuss the sale of the port, Ada Lin "
            "formally claimed the papers were privileged.")
    assert quotes(text) == [("Ada Lin", "the papers were privileged")]


def test_a_title_spelled_out_in_brackets_before_a_name_belongs_to_that_name():
    text = ("The guests were Police Chief Ada Lin, Labour MP (Member of Parliament) "
            "Tom Berg, and Karl Weiss.")
    assert links(text) == [("Ada Lin", None, "Police Chief"), ("Tom Berg", "Labour Party", "Labour MP")]


def test_calling_a_titled_persons_plan_something_is_no_nickname():
    text = "Tom Berg called Prime Minister Ada Lin's new tax plan \"a mess\"."
    assert links(text) == [("Ada Lin", None, "Prime Minister")]


def test_a_nickname_given_with_called_or_dubbed_is_no_title():
    assert links("Fans called the singer King Rho. Critics dubbed the mayor Captain Chaos.") == []


def test_belonging_to_a_party_is_membership():
    text = "Governor Ada Lin took office in 2017. She belongs to the Harbour Party, which wants lower taxes."
    assert ("Ada Lin", "Harbour Party", None) in links(text)


def test_a_thing_belonging_to_an_organisation_or_a_denied_membership_is_no_link():
    assert links("Ada Lin owns a red car. The car belongs to the Harbour Trust. Lin does not belong to the Harbour Party.") == []


def test_every_name_of_a_list_the_parser_split_shares_the_membership():
    text = ("Pedro Ruiz was sworn in on Friday. Senate President Tom Rivera Berg sued. Governor Ada Lin resigned. "
            "Ruiz, Rivera Berg, and Lin are members of the Harbour Party.")
    members = {person for person, org, _ in links(text) if org == "Harbour Party"}
    assert members == {"Pedro Ruiz", "Tom Rivera Berg", "Ada Lin"}


def test_a_sentence_about_two_people_leaves_the_next_she_to_its_main_subject():
    text = ("Ada Lin was sworn in on Friday. Governor Lin was hired by Tom Berg as his deputy in 2017 and "
            "stayed on after she ran for office. She is a member of the Harbour Party.")
    assert ("Ada Lin", "Harbour Party", "member") in links(text)


def test_a_participle_of_writing_the_tagger_took_for_a_noun_still_introduces_the_quotation():
    text = ("Ada Lin took office on Friday. In a message sent to her staff before taking office, "
            "then-Director Lin signalled her readiness to lead the agency, writing, "
            '"The agency needs calm and patience. Our work will go on as it always has."')
    assert ("Ada Lin", "The agency needs calm and patience. Our work will go on as it always has.") in quotes(text)


def test_a_colon_after_speaking_when_she_made_an_announcement_introduces_her_words():
    text = ('Mayor Ada Lin, a member of the Harbour Party, spoke on the radio when she made the '
            'announcement: "I have done what I came to do, and now the town needs someone new."')
    assert quotes(text) == [("Ada Lin", "I have done what I came to do, and now the town needs someone new.")]


def test_a_colon_after_two_clauses_none_of_speaking_introduces_nobodys_words():
    assert quotes('Ada Lin left the hall when she found a note: "We will be back tomorrow and we will win."') == []


def test_a_first_person_quotation_after_narration_about_a_speaker_is_hers():
    text = ('Ada Lin said the band had changed her life.\n\nTired of the tours, she left the band '
            'after a year. "I never wanted to live on a bus. I missed my garden and my dogs."')
    assert ("Ada Lin", "I never wanted to live on a bus. I missed my garden and my dogs.") in quotes(text)


def test_a_quotation_after_narration_naming_two_people_is_nobodys():
    text = ('Ada Lin said the band had changed her life.\n\nShe left the band after a year with Tom Berg. '
            '"I never wanted to live on a bus. I missed my garden and my dogs."')
    assert quotes(text) == [("Ada Lin", "the band had changed her life")]


def test_a_quotation_after_a_short_lead_in_goes_on_from_the_speaker_before():
    text = ('Coach Tom Berg talked about how the club has been written off. After the final, '
            '"I felt like a king for a day. I have been coaching small clubs for years, in small towns."')
    assert ("Tom Berg", "I felt like a king for a day. I have been coaching small clubs for years, in small towns.") \
        in quotes(text)


def test_a_moment_and_a_stretch_of_the_same_length_are_two_figures():
    text = ('Ada Lin said: "I opened the shop three years ago, and I have worked six days a week '
            'for the past three years."')
    assert {"three years", "the past three years"} <= set(figures(text))


def test_a_hyphenated_vote_tally_after_party_lines_is_votes_for_and_against():
    assert figures("The bill passed mostly along party lines, 61-to-39.") == {
        "61-to-39": ("61–39", "votes for and against")}


def test_zero_percent_is_a_figure_but_zero_tolerance_is_not():
    assert figures("A new survey put her support at zero percent.")["zero percent"][0] == "0 percent"
    assert figures("The firm has zero tolerance for waste.") == {}


def test_every_job_of_a_list_after_became_is_a_role():
    text = "Ada Lin retired on Monday. She later also became a performer, artist, and designer of hats."
    assert links(text) == [("Ada Lin", None, "performer"), ("Ada Lin", None, "artist"), ("Ada Lin", None, "designer of hats")]


def test_the_last_two_jobs_of_a_list_after_is_are_two_roles():
    assert links("Ada Lin is a singer, actor and writer.") == [
        ("Ada Lin", None, "singer"), ("Ada Lin", None, "actor"), ("Ada Lin", None, "writer")]


def test_a_family_name_used_as_a_modifier_is_nobody_a_pronoun_could_mean():
    text = ("Tom Lin Sr. founded a brewery in 1900.\n\nAda Lin retired on Monday. Heir to the old Lin family, "
            "she later became a designer.")
    assert [person for person, _, role in links(text) if role == "designer"] in ([], ["Ada Lin"])


def test_a_bare_surname_shared_by_relatives_is_the_one_named_in_full_most_often_not_the_longest_name():
    text = ("Painter Rosa Lin dies at 90\n\nRosa Lin died on Monday. Rosa Lin was a painter.\n\n"
            "Her uncle, Ernest Tom Lin, raised her in Oslo.\n\nRosa Lin wrote books.\n\n"
            "Lin was married to Karl Weiss and, later, to Ivo Petrov. She would later say her years with Petrov "
            "were the best of her life.")
    assert ("Rosa Lin", "her years with Petrov were the best of her life") in quotes(text)


def test_giving_condolences_is_a_speech_act_even_with_nothing_after_it():
    text = 'The harbour master, Ada Lin, gave her condolences by radio, adding, "We will find out what went wrong."'
    assert [said for who, said in quotes(text) if who == "Ada Lin"][0].startswith("her condolences")


def test_stressing_the_need_for_something_says_it_but_stressing_an_engine_does_not():
    assert ("Ada Lin", "the need for new rules") in quotes("Painter Ada Lin emphasised the need for new rules.")
    assert quotes("Tom Berg stressed the engine. Ada Lin highlighted the route on a map.") == []


def test_an_affirmed_willingness_ends_before_the_participle_that_brings_in_a_quotation():
    text = 'Ada Lin signalled her readiness to lead the agency, writing, "The agency needs calm and patience."'
    assert quotes(text) == [("Ada Lin", "her readiness to lead the agency"),
                            ("Ada Lin", "The agency needs calm and patience.")]


def test_according_to_her_diary_gives_the_clause_it_sits_in_to_her():
    text = "Ada Lin wrote books. She ran the shop for years but, according to her diary, also kept bees with Tom Berg."
    assert quotes(text) == [("Ada Lin", "also kept bees with Tom Berg")]


def test_according_to_a_letter_sent_by_someone_is_that_persons_statement():
    text = "According to a letter sent by Councillor Ada Lin, the council dropped its plan because the bank did not pay."
    assert quotes(text) == [("Ada Lin", "the council dropped its plan because the bank did not pay")]


def test_according_to_someones_lawyer_or_biography_is_not_their_statement():
    assert quotes("According to Ada Lin's lawyer, the council dropped its plan for the port.") == []
    assert quotes("Ada Lin wrote books. According to his biography, Tom Berg was born in Oslo.") == []


def test_a_party_before_a_candidacy_is_the_candidates_party_though_the_candidacy_is_no_post():
    assert links("Democratic presidential candidate Ada Lin said the plan would fail.") == [
        ("Ada Lin", "Democratic Party", None)]
    assert links("Presidential candidate Ada Lin said the plan would fail.") == []


def test_a_party_word_the_tagger_reads_as_an_adjective_stays_in_the_title():
    assert links("Labour leader Ada Lin said the plan would fail.") == [("Ada Lin", "Labour Party", "Labour leader")]


def test_representing_a_party_is_membership_but_representing_a_town_is_not():
    assert links("Ada Lin, who represents the Green Party in parliament, spoke.") == [("Ada Lin", "Green Party", None)]
    assert links("Ada Lin represented Marlow in parliament for ten years.") == []


def test_what_the_speaker_did_next_after_a_comma_is_not_what_was_said():
    text = "Ada Lin said she would sell the farm, before changing her mind a week later and keeping it."
    assert quotes(text) == [("Ada Lin", "she would sell the farm")]
    assert quotes("Ada Lin said she would work hard before retiring.") == [("Ada Lin", "she would work hard before retiring")]


def test_a_clause_a_person_expressed_is_a_clause_said():
    assert quotes("Ada Lin has expressed she has no wish to lead the party.") == [
        ("Ada Lin", "she has no wish to lead the party")]
    text = "Tom Berg has expressed he would stay on as coach, according to the Harbour Times."
    assert quotes(text) == [("Tom Berg", "he would stay on as coach")]


def test_taking_over_from_someone_as_a_post_is_holding_it_and_stepping_down_left_it():
    assert links("Ada Lin succeeded Tom Berg as chief executive of Norvel Energy.") == [
        ("Ada Lin", "Norvel Energy", "chief executive")]
    assert links("Tom Berg was replaced by Ada Lin as chief executive of Norvel Energy.") == [
        ("Tom Berg", "Norvel Energy", "former chief executive")]
    assert links("Ada Lin stepped down as chief executive of Norvel Energy.") == [
        ("Ada Lin", "Norvel Energy", "former chief executive")]
    assert links("The new engine replaced the old one as the main source of power.") == []


def test_appointing_someone_a_post_the_parser_made_the_object_gives_the_person_the_post():
    assert links("Norvel Energy appointed Ada Lin chief executive on Monday.") == [
        ("Ada Lin", "Norvel Energy", "chief executive")]
