import pytest

from quizapp.questions import AnswerError, get_type

T = get_type("evidence_selection")
Q = {"id": "holding", "type": "evidence_selection", "options": ["A one.", "B two.", "C three."],
     "answer": ["B two."], "option_spans": [[0, 6], [7, 13], [14, 22]]}


def test_one_sentence_right():
    assert T.score(Q, "B two.").correct
    assert not T.score(Q, "A one.").correct
    assert T.score(Q, None).points == 0


def test_parse_refuses_text_that_is_not_a_sentence():
    with pytest.raises(AnswerError, match="choose one of the sentences"):
        T.parse_answer(Q, "B")
    assert T.key(Q) == "B two."
