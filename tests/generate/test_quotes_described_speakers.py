"""A speaker named by description: the noun an abbreviated title stands for, a role with an age
before it, a post that is not a prime minister's, and words for age, sex or nationality that go on
about the person the sentence before was about. Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_the_governor_is_the_person_titled_gov():
    text = ("Sen. Sarah Miller and Gov. David Brown met on Friday. "
            "The governor said the bill had no chance of passing.")
    assert quotes(text) == [("David Brown", "the bill had no chance of passing")]


def test_an_age_before_the_role_still_names_the_role_holder():
    text = 'Guard Sarah Miller scored 34 points.\n\n"Coach drew that play up for me," the 24-year-old guard said.'
    assert quotes(text) == [("Sarah Miller", "Coach drew that play up for me")]


def test_two_holders_of_the_role_leave_the_speaker_open():
    text = ('Guard Sarah Miller scored 34 points and guard Emma Jones scored 20.\n\n'
            '"Coach drew that play up for me," the 24-year-old guard said.')
    assert quotes(text) == []


def test_the_minister_is_not_the_prime_minister():
    text = ("Prime Minister Elsa Thorvik welcomed the vote. Finance Minister Henrik Solbakk said the "
            "reform would save money. The minister acknowledged that the first years would be painful.")
    assert ("Henrik Solbakk", "the first years would be painful") in quotes(text)


def test_a_life_stage_word_goes_on_about_the_last_sentences_subject():
    text = ('Sarah Miller started the petition in May. The teenager said she had not expected so many '
            'people to sign.\n\n"I thought maybe a couple of hundred," she said.')
    assert quotes(text) == [("Sarah Miller", "she had not expected so many people to sign"),
                            ("Sarah Miller", "I thought maybe a couple of hundred")]


def test_a_nationality_stands_for_the_last_sentences_subject():
    text = ("Rovers boss Marco Bellini was left to rue a missed penalty. "
            "The Italian said his side had deserved at least a point.")
    assert quotes(text) == [("Marco Bellini", "his side had deserved at least a point")]


def test_a_description_after_two_people_names_neither():
    text = "Tom Berg met Sarah Miller at the station. The woman said she was tired of waiting."
    assert quotes(text) == []


def test_a_description_does_not_reach_a_person_who_was_only_an_object():
    text = "Police arrested Tom Berg on Monday. The man said he had done nothing wrong."
    assert quotes(text) == []


def test_a_description_of_the_other_sex_names_nobody():
    text = "Ms. Sarah Miller opened the shop in 2019. The man said trade had been slow."
    assert quotes(text) == []


def test_an_age_after_an_inverted_verb_names_the_person_of_that_age():
    text = ('Sarah Miller, 38, plays the tuba in a brass band. "People think it is a joke '
            'instrument," says the 38-year-old, who grew up by the sea.')
    assert quotes(text) == [("Sarah Miller", "People think it is a joke instrument")]
