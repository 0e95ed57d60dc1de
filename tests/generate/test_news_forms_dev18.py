"""Forms found among the misses of a former held-out set (tests/data/dev18). The sentences are
invented."""
from __future__ import annotations

from extracted import figures, links, quotes


def test_a_fronted_clause_of_time_is_not_what_the_speaker_claimed():
    text = ("On Monday, minutes before the committee voted to refer the case to the court, Ada Lin "
            "formally claimed the papers were privileged.")
    assert quotes(text) == [("Ada Lin", "the papers were privileged")]


def test_a_title_spelled_out_in_brackets_before_a_name_belongs_to_that_name():
    text = ("Speakers included First Minister of Scotland Ada Lin, Labour MP (Member of Parliament) "
            "Tom Berg, and Karl Weiss.")
    assert links(text) == [("Ada Lin", None, "First Minister of Scotland"), ("Tom Berg", "Labour Party", "Labour MP")]


def test_calling_a_titled_persons_plan_something_is_no_nickname():
    text = "Tom Berg called Prime Minister Ada Lin's proposed deal \"lousy\"."
    assert links(text) == [("Ada Lin", None, "Prime Minister")]


def test_a_nickname_given_with_called_or_dubbed_is_no_title():
    assert links("Fans called the singer King Rho. Critics dubbed the mayor Captain Chaos.") == []


def test_belonging_to_a_party_is_membership():
    text = "Governor Ada Lin took office in 2017. She belongs to the ruling Harbour Party, which wants lower taxes."
    assert ("Ada Lin", "Harbour Party", None) in links(text)


def test_a_thing_belonging_to_an_organisation_or_a_denied_membership_is_no_link():
    assert links("Ada Lin owns a red car. The car belongs to the Harbour Trust. Lin does not belong to the Harbour Party.") == []


def test_every_name_of_a_list_the_parser_split_shares_the_membership():
    text = ("Pedro Ruiz was sworn in on Friday. Senate President Tom Rivera Berg sued. Governor Ada Lin resigned. "
            "Ruiz, Rivera Berg, and Lin are all members of the Harbour Party.")
    members = {person for person, org, _ in links(text) if org == "Harbour Party"}
    assert members == {"Pedro Ruiz", "Tom Rivera Berg", "Ada Lin"}


def test_a_sentence_about_two_people_leaves_the_next_she_to_its_main_subject():
    text = ("Ada Lin was sworn in on Friday. Governor Lin was appointed by Tom Berg as his deputy in 2017 and "
            "served until she became governor. She is a member of the Harbour Party.")
    assert ("Ada Lin", "Harbour Party", "member") in links(text)


def test_a_participle_of_writing_the_tagger_took_for_a_noun_still_introduces_the_quotation():
    text = ("Ada Lin was sworn in on Friday. In a statement posted to her account before being sworn in, "
            "then-Secretary Lin affirmed her willingness to accept the role, writing, "
            '"The island needs certainty and stability. Our actions will be directed at that purpose."')
    assert ("Ada Lin", "The island needs certainty and stability. Our actions will be directed at that purpose.") \
        in quotes(text)


def test_a_colon_after_speaking_when_she_made_an_announcement_introduces_her_words():
    text = ('Mayor Ada Lin, a member of the Harbour Party, spoke on the morning show when she made the '
            'announcement: "I feel like I have given all I can to this race, and it is clearly not my time."')
    assert quotes(text) == [("Ada Lin", "I feel like I have given all I can to this race, and it is clearly not my time.")]


def test_a_colon_after_two_clauses_none_of_speaking_introduces_nobodys_words():
    assert quotes('Ada Lin left the hall when she found a note: "We will be back tomorrow and we will win."') == []


def test_a_first_person_quotation_after_narration_about_a_speaker_is_hers():
    text = ('Ada Lin said the show had changed her life.\n\nUnderwhelmed with her role, she left the series '
            'after a year. "This is not what I wanted to become an actor for. I did not want to stand on the bridge."')
    assert ("Ada Lin", "This is not what I wanted to become an actor for. I did not want to stand on the bridge.") \
        in quotes(text)


def test_a_quotation_after_narration_naming_two_people_is_nobodys():
    text = ('Ada Lin said the show had changed her life.\n\nShe left the series after a year with Tom Berg. '
            '"This is not what I wanted to become an actor for. I did not want to stand on the bridge."')
    assert quotes(text) == [("Ada Lin", "the show had changed her life")]


def test_a_quotation_after_a_short_lead_in_goes_on_from_the_speaker_before():
    text = ('Lead Tom Berg talked about how the series has been underestimated. During the premiere, '
            '"I felt like a guest at the ball. I have been working as an actor for years, in small roles."')
    assert ("Tom Berg", "I felt like a guest at the ball. I have been working as an actor for years, in small roles.") \
        in quotes(text)


def test_a_moment_and_a_stretch_of_the_same_length_are_two_figures():
    text = ('Ada Lin said: "I got a second chance eight years ago, and I have been working seven days a week '
            'for the last eight years."')
    assert {"eight years", "the last eight years"} <= set(figures(text))


def test_a_hyphenated_vote_tally_after_party_lines_is_votes_for_and_against():
    assert figures("The vote passed primarily along party lines, 230-to-198.") == {
        "230-to-198": ("230–198", "votes for and against")}


def test_zero_percent_is_a_figure_but_zero_tolerance_is_not():
    assert figures("A recent poll rounded his number to zero percent.")["zero percent"][0] == "0 percent"
    assert figures("The firm has zero tolerance for waste.") == {}


def test_every_job_of_a_list_after_became_is_a_role():
    text = "Ada Lin died on Monday. She later also became a performer, artist, and designer of jeans."
    assert links(text) == [("Ada Lin", None, "performer"), ("Ada Lin", None, "artist"), ("Ada Lin", None, "designer of jeans")]


def test_the_last_two_jobs_of_a_list_after_is_are_two_roles():
    assert links("Ada Lin is a singer, actor and writer.") == [
        ("Ada Lin", None, "singer"), ("Ada Lin", None, "actor"), ("Ada Lin", None, "writer")]


def test_a_family_name_used_as_a_modifier_is_nobody_a_pronoun_could_mean():
    text = ("Tom Lin Sr. founded a shipping firm in 1900.\n\nAda Lin died on Monday. Scion of the wealthy Lin family, "
            "she later became a designer.")
    assert [person for person, _, role in links(text) if role == "designer"] in ([], ["Ada Lin"])


def test_a_bare_surname_shared_by_relatives_is_the_one_named_in_full_most_often_not_the_longest_name():
    text = ("Heiress Gloria Lin dies at 95\n\nGloria Lin died on Monday. Gloria Lin was an heiress.\n\n"
            "Her father, Reginald Tom Lin, died when she was one.\n\nGloria Lin wrote books.\n\n"
            "Lin was married to Karl Weiss and, later, to Ivo Petrov. She would later say her union with Petrov "
            "was her only happy marriage.")
    assert ("Gloria Lin", "her union with Petrov was her only happy marriage") in quotes(text)


def test_giving_condolences_is_a_speech_act_even_with_nothing_after_it():
    text = 'The mayor, Ada Lin, gave her condolences via Twitter, adding, "An urgent enquiry is needed."'
    assert [said for who, said in quotes(text) if who == "Ada Lin"][0].startswith("her condolences")


def test_stressing_the_need_for_something_says_it_but_stressing_an_engine_does_not():
    assert ("Ada Lin", "the need for boundaries") in quotes("Artist Ada Lin emphasized the need for boundaries.")
    assert quotes("Tom Berg stressed the engine. Ada Lin highlighted the route on a map.") == []


def test_an_affirmed_willingness_ends_before_the_participle_that_brings_in_a_quotation():
    text = 'Ada Lin affirmed her willingness to accept the role, writing, "The island needs certainty and stability."'
    assert quotes(text) == [("Ada Lin", "her willingness to accept the role"),
                            ("Ada Lin", "The island needs certainty and stability.")]


def test_according_to_her_memoirs_gives_the_clause_it_sits_in_to_her():
    text = "Ada Lin wrote books. She was married four times but, according to her memoirs, also had a romance with Tom Berg."
    assert quotes(text) == [("Ada Lin", "also had a romance with Tom Berg")]


def test_according_to_a_memo_posted_by_someone_is_that_persons_statement():
    text = "According to a memo posted online by Senator Ada Lin, the Senate cancelled its hearing because the governor did not attend."
    assert quotes(text) == [("Ada Lin", "the Senate cancelled its hearing because the governor did not attend")]


def test_according_to_someones_lawyer_or_biography_is_not_their_statement():
    assert quotes("According to Ada Lin's lawyer, the Senate cancelled its planned hearing.") == []
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
    text = "Ada Lin announced she would drop her bid, before reversing course the next day and pressing forward."
    assert quotes(text) == [("Ada Lin", "she would drop her bid")]
    assert quotes("Ada Lin said she would work hard before retiring.") == [("Ada Lin", "she would work hard before retiring")]
