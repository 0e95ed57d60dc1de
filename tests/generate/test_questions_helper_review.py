"""Questions a reviewing teacher flagged: a key taken from a name in a misparsed subject, a
headline taken for a person, a prompt that borrows the next sentence's verb, and one quotation
asked twice. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts
from quizapp.generate.questions import generate_questions


def _questions(text):
    return generate_questions(text, extract_facts(text))


def test_a_name_set_off_right_before_the_verb_leaves_the_speaker_open():
    text = ("John Smith, a midfielder for Ashford United, was cleared of assault. His lawyer, David Jones, said "
            "his client was relieved. The man Smith was accused of hitting, Mark Taylor, told reporters he was "
            "disappointed by the verdict.")
    assert all(q.speaker != "John Smith" for q in extract_facts(text).quotes)


def test_a_title_case_headline_is_no_speaker():
    text = ("Reid Wins Marathon in Course Record\n\nRunner Anna Brown won the city marathon on Sunday, while "
            "Sarah Reid finished second.\n\nReid, a member of Eastside Harriers, said she was thrilled with her time.")
    assert [(q.speaker, q.text) for q in extract_facts(text).quotes] == [("Sarah Reid", "she was thrilled with her time")]


def test_a_prompt_does_not_borrow_the_verb_of_the_next_sentence():
    text = ("Prime Minister Sarah Miller said the opposition had no plan. Opposition leader John Smith said his "
            "party would repeal the law. Finance Minister David Jones said the reform would save 4 billion crowns "
            "a year. The minister acknowledged that the first years would be hard.")
    prompts = [q.prompt for q in _questions(text)]
    assert "According to the article, who said that the reform would save 4 billion crowns a year?" in prompts
    assert not any("acknowledged that the reform" in p for p in prompts)


def test_one_quotation_is_asked_about_once():
    text = ('Sarah Miller, an analyst at Corbel Securities, said the cut "raises real questions about management". '
            "Chief Executive John Smith said the brand was healthy. Chief Financial Officer David Jones said "
            "the company had no plans to cut jobs.")
    asked = [q.prompt for q in _questions(text) if "raises real questions" in q.prompt]
    assert len(asked) == 1


def test_an_age_question_names_the_person_not_the_description_before_the_name():
    text = 'Sheriff John Smith said two people were killed. Resident Luis Garcia, 43, waded out of his flooded street.'
    prompts = [q.prompt for q in _questions(text)]
    assert any("how old is Luis Garcia?" in p for p in prompts)
    assert not any("Resident Luis Garcia" in p for p in prompts)


def test_a_party_members_noun_is_no_wrong_option_for_a_member_of_that_party():
    text = ("Senator John Mitchell (D-Ohio) said the bill would help small family farms survive. Senator Linda "
            "Foster (R-Kansas) said she would offer amendments. Press secretary Amanda Young said the president "
            "was following the debate. Representative Kevin Morris, a Democrat from Iowa, introduced a similar bill.")
    for q in _questions(text):
        if q.prompt == "How does the article describe John Mitchell?":
            assert "Democrat" not in q.options
