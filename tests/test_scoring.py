import pytest

from quizapp.banks.model import Question
from quizapp.scoring import score_attempt


def q(qid, type_, answer, points=1.0, **extra):
    options = extra.pop("options", None)
    return Question(id=qid, type=type_, skill="detail", prompt="?", answer=answer, evidence=[],
                    points=points, options=options, extra=extra)


QUESTIONS = [
    q("who", "single_choice", "Rob Lee", options=["Rob Lee", "George Barros"]),
    q("which", "multiple_select", ["A", "B", "C"], points=1, options=["A", "B", "C", "D"]),
    q("area", "numeric", 1500, points=2, tolerance=0),
    q("tf", "true_false", True),
]


def test_totals_partial_credit_and_rounding():
    result = score_attempt(QUESTIONS, {"who": "Rob Lee", "which": ["A"], "area": "1,500"})
    assert [i.points for i in result.items] == [1.0, 0.33, 2.0, 0.0]
    assert result.total == 3.33 and result.max_total == 5.0
    assert [i.correct for i in result.items] == [True, False, True, False]


def test_total_is_sum_of_rounded_items():
    three = [q(f"m{n}", "multiple_select", ["A", "B", "C"], options=["A", "B", "C", "D"]) for n in range(3)]
    result = score_attempt(three, {f"m{n}": ["A"] for n in range(3)})
    assert result.total == pytest.approx(0.99)  # not 1.0: rows show 0.33 each


def test_unanswered_and_unreadable_score_zero_with_reason():
    result = score_attempt(QUESTIONS, {"area": "1.5k", "ghost": "ignored"})
    area = result.items[2]
    assert area.points == 0 and area.answer is None and "write the number in digits" in area.error
    assert result.total == 0 and result.items[0].answer is None and result.items[0].error is None


def test_normalised_answer_is_kept_for_review():
    result = score_attempt(QUESTIONS, {"area": "1 500", "tf": "yes"})
    assert result.items[2].answer == 1500.0 and result.items[3].answer is True
    assert result.percent == 60.0
