"""Regrading in the core: a teacher's change gives the next keyed question, stored answers score under it."""
import pytest

from quizapp.banks.model import Question
from quizapp.regrade import (
    ACCEPT_ANSWER, DROP, FULL_CREDIT, MARK_CORRECT, MARK_INCORRECT, RESTORE, SET_NUMBER, Change, ChangeError, Keyed,
    apply_change, describe, score_keyed, score_keyed_attempt,
)

BRIGADE = Keyed(Question("brigade", "short_answer", "detail", "Which brigade?", "82nd Brigade", [],
                         extra={"accepted": ["82nd"]}))
AREA = Keyed(Question("area", "numeric", "figure", "How many km²?", 1500, [], extra={"tolerance": 0}))
WHO = Keyed(Question("who", "multiple_select", "who_said", "Who?", ["Lee"], [], points=2,
                     options=["Lee", "Barros", "Kofman"]))
TF = Keyed(Question("tf", "true_false", "detail", "Zvinchuk founded Rybar.", True, []))


def test_an_accepted_answer_turns_a_wrong_answer_right():
    assert score_keyed(BRIGADE, "eighty-second").points == 0
    after = apply_change(BRIGADE, Change(ACCEPT_ANSWER, "Eighty-second"))
    assert score_keyed(after, "eighty second").points == 1.0
    assert "Eighty-second" in describe(after)


def test_accepting_an_answer_already_accepted_is_refused():
    with pytest.raises(ChangeError, match="already accepted"):
        apply_change(BRIGADE, Change(ACCEPT_ANSWER, "82ND"))


def test_a_new_number_and_tolerance():
    after = apply_change(AREA, Change(SET_NUMBER, 1000, 500.0))
    assert score_keyed(AREA, 1200.0).points == 0
    assert score_keyed(after, 1200.0).points == 1.0


def test_marking_an_option_right_and_no_longer_right_in_multiple_select():
    both = apply_change(WHO, Change(MARK_CORRECT, "Barros"))
    assert score_keyed(both, ["Lee", "Barros"]).points == 2.0
    assert score_keyed(WHO, ["Lee", "Barros"]).points == 0.0  # the wrong tick cost the right one
    with pytest.raises(ChangeError, match="must stay right"):
        apply_change(WHO, Change(MARK_INCORRECT, "Lee"))


def test_true_false_key_flipped():
    assert score_keyed(apply_change(TF, Change(MARK_CORRECT, "False")), False).correct


def test_dropped_is_worth_nothing_out_of_nothing_and_full_credit_gives_blanks_full_marks():
    dropped = apply_change(WHO, Change(DROP))
    assert (score_keyed(dropped, ["Lee"]).points, score_keyed(dropped, ["Lee"]).max_points) == (0.0, 0.0)
    full = apply_change(WHO, Change(FULL_CREDIT))
    assert score_keyed(full, None).points == 2.0
    assert score_keyed_attempt([dropped, AREA], {"area": 1500}).max_total == 1.0
    assert apply_change(dropped, Change(RESTORE)) == WHO


def test_a_change_that_changes_nothing_or_does_not_fit_the_type_is_refused():
    with pytest.raises(ChangeError):
        apply_change(TF, Change(MARK_CORRECT, "True"))
    with pytest.raises(ChangeError, match="does not apply"):
        apply_change(AREA, Change(ACCEPT_ANSWER, "1,400"))
    with pytest.raises(ChangeError):
        apply_change(WHO, Change(MARK_CORRECT, "Somebody else"))
