import pytest

from quizapp.questions import AnswerError, get_type

T = get_type("matching")
Q = {"id": "who-is-who", "type": "matching", "points": 3,
     "prompts": ["Rob Lee", "George Barros", "Pasi Paroinen"],
     "options": ["Foreign Policy Research Institute", "Institute for the Study of War", "Black Bird Group"],
     "answer": ["Foreign Policy Research Institute", "Institute for the Study of War", "Black Bird Group"]}


def test_credit_per_pair():
    assert T.score(Q, Q["answer"]).points == 3
    assert T.score(Q, ["Foreign Policy Research Institute", None, "Institute for the Study of War"]).points == 1
    assert T.score(Q, None).points == 0


def test_parse_list_or_mapping_and_blank():
    assert T.parse_answer(Q, {"Rob Lee": "black bird group"}) == ["Black Bird Group", None, None]
    assert T.parse_answer(Q, [None, "", None]) is None
    with pytest.raises(AnswerError, match="one choice for each of the 3 prompts"):
        T.parse_answer(Q, ["Black Bird Group"])


def test_check_unequal_sides():
    issues = T.check({**Q, "answer": Q["answer"][:2]})
    assert [i.message for i in issues] == ["matching has unequal sides: 3 prompts but 2 answers"]
