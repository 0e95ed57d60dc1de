import pytest

from quizapp.questions import AnswerError, get_type

T = get_type("multiple_select")
Q = {"id": "analysts", "type": "multiple_select", "options": ["Rob Lee", "George Barros", "Artem Efanov", "Oleksandr"],
     "answer": ["Rob Lee", "George Barros"], "points": 2}


@pytest.mark.parametrize("chosen, points", [
    (["Rob Lee", "George Barros"], 2.0),                 # exact
    (["Rob Lee"], 1.0),                                  # half the keys
    (["Rob Lee", "Artem Efanov"], 0.0),                  # one right, one wrong cancel out
    (["Rob Lee", "George Barros", "Artem Efanov"], 1.0),  # all right plus one wrong
    (["Artem Efanov", "Oleksandr"], 0.0),                # floored at 0, not -2
    (Q["options"], 0.0),                                 # ticking everything earns nothing
    (None, 0.0),
])
def test_multiple_select_partial_credit(chosen, points):
    assert T.score(Q, chosen).points == pytest.approx(points)


def test_only_exact_set_is_correct():
    assert T.score(Q, ["George Barros", "Rob Lee"]).correct
    assert not T.score(Q, ["Rob Lee"]).correct


def test_parse_orders_by_options_and_drops_repeats():
    assert T.parse_answer(Q, ["george barros", "Rob Lee", "Rob Lee"]) == ["Rob Lee", "George Barros"]
    assert T.parse_answer(Q, []) is None
    with pytest.raises(AnswerError, match="not one of the options"):
        T.parse_answer(Q, ["Rob Lee", "Putin"])


def test_check_reports_each_bad_key_with_its_index():
    issues = T.check({**Q, "answer": ["Rob Lee", "Barros", "Rob Lee"]})
    assert [(i.index, i.message) for i in issues] == [
        (1, "answer 'Barros' is not one of its options"), (2, "answer 'Rob Lee' is listed twice")]


def test_sentence_options_are_shown_joined_without_a_stray_full_stop():
    chosen = ["Talks have stalled.", "Russia wants a buffer zone."]
    assert T.display_answer(Q, chosen) == "Talks have stalled; Russia wants a buffer zone."
    assert T.display_answer(Q, []) == ""
