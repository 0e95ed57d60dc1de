import pytest

from quizapp.questions import AnswerError, get_type

Q = {"id": "efanov-lines", "type": "single_choice", "skill": "who_said", "prompt": "Who said it?",
     "options": ["Artem Efanov", "Oleksandr", "Rob Lee"], "answer": "Artem Efanov", "points": 2}
TF = {"id": "tf", "type": "true_false", "answer": False, "points": 1}


def test_single_choice_right_wrong_blank():
    t = get_type("single_choice")
    assert t.score(Q, "Artem Efanov").points == 2
    assert t.score(Q, "Rob Lee").points == 0
    assert t.score(Q, None).points == 0 and not t.score(Q, None).correct


def test_single_choice_reads_case_and_spacing_but_refuses_strangers():
    t = get_type("single_choice")
    assert t.parse_answer(Q, "  artem   efanov ") == "Artem Efanov"
    with pytest.raises(AnswerError, match="'Putin' is not one of the options"):
        t.parse_answer(Q, "Putin")


def test_single_choice_check_key_not_in_options_and_duplicates():
    t = get_type("single_choice")
    issues = t.check({**Q, "answer": "Efanov", "options": ["Artem Efanov", "artem efanov"]})
    messages = [i.message for i in issues]
    assert "answer 'Efanov' is not one of its options" in messages
    assert any("duplicate option 'artem efanov'" in m for m in messages)


def test_single_choice_option_read_as_bool_by_yaml_is_reported():
    issues = get_type("single_choice").check({**Q, "options": ["Artem Efanov", True]})
    assert issues[0].field == "options" and issues[0].index == 1
    assert "put it in quotes" in issues[0].message


def test_true_false_reads_words_and_scores():
    t = get_type("true_false")
    assert t.parse_answer(TF, "False") is False and t.parse_answer(TF, "yes") is True
    assert t.score(TF, False).correct and not t.score(TF, True).correct
    assert t.score(TF, None).points == 0
    with pytest.raises(AnswerError):
        t.parse_answer(TF, "maybe")


def test_true_false_answer_must_be_bool():
    assert get_type("true_false").check({**TF, "answer": "false"})[0].field == "answer"
