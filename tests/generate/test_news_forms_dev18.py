"""Forms found among the misses of a former held-out set (tests/data/dev18). The sentences are
invented."""
from __future__ import annotations

from extracted import links, quotes


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
