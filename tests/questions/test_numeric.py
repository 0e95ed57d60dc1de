import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.questions import AnswerError, get_type

T = get_type("numeric")
EXACT = {"id": "vehicles", "type": "numeric", "answer": 1500, "points": 1}
TOL = {**EXACT, "answer": 39, "tolerance": 1}
RANGE = {"id": "area", "type": "numeric", "answer": None, "range": [1000, 1500], "unit": "square kilometers"}


@pytest.mark.parametrize("raw", ["1,500", "1500", "1 500", "1500.0", "1\u00a0500", " 1500 "])
def test_reads_numbers_as_newspapers_print_them(raw):
    assert T.parse_answer(EXACT, raw) == 1500.0


def test_reads_negative_and_decimal():
    assert T.parse_answer(EXACT, "-2.5") == -2.5
    assert T.parse_answer(EXACT, "\u22121,000") == -1000.0


@pytest.mark.parametrize("raw, message", [
    ("1.5k", "write the number in digits, e.g. 1500"),
    ("abc", "'abc' is not a number"),
    ("1,50,0", "commas may only separate groups of three digits"),
    ("1,5", "write a decimal with a point (1.5)"),
    ("1000-1500", "write one number, not a range"),
])
def test_refuses_unreadable_input_with_a_message(raw, message):
    with pytest.raises(AnswerError, match=message.replace("(", r"\(").replace(")", r"\)")):
        T.parse_answer(EXACT, raw)


def test_blank_is_unanswered_and_scores_zero():
    assert T.parse_answer(EXACT, "  ") is None
    assert T.score(EXACT, None).points == 0


def test_exact_tolerance_and_range():
    assert T.score(EXACT, 1500.0).correct and not T.score(EXACT, 1501.0).correct
    assert T.score(TOL, 40.0).correct and T.score(TOL, 38.0).correct and not T.score(TOL, 40.5).correct
    assert T.score(RANGE, 1000.0).correct and T.score(RANGE, 1234.0).correct and not T.score(RANGE, 999.0).correct


def test_unit_typed_after_the_number_is_read():
    assert T.parse_answer(RANGE, "1,200 square kilometers") == 1200.0


def test_display_key_names_range_and_tolerance():
    assert T.display_key(RANGE) == "between 1,000 and 1,500 square kilometers"
    assert T.display_key(TOL) == "39 ± 1"


@pytest.mark.parametrize("fields, message", [
    ({"tolerance": -1}, "tolerance must not be negative"),
    ({"answer": None, "range": [1500, 1000]}, "range minimum 1500 is greater than its maximum 1000"),
    ({"answer": 2000, "range": [1000, 1500]}, "answer 2000 is outside its range"),
    ({"answer": "1,500"}, "answer must be a number, not '1,500'; write it as 1500"),
    ({"answer": None}, "'answer' is missing"),
])
def test_check_bad_keys(fields, message):
    assert any(message in i.message for i in T.check({**EXACT, **fields}))


@pytest.mark.parametrize("raw, value", [("3 days", 3.0), ("1,200 sq. km", 1200.0), ("1 500 km²", 1500.0), ("45%", 45.0)])
def test_a_unit_typed_after_the_number_is_ignored(raw, value):
    assert T.parse_answer(EXACT, raw) == value


@pytest.mark.parametrize("raw", ["2 million", "1.5 k", "more than 50", "two"])
def test_multipliers_and_words_are_still_refused(raw):
    with pytest.raises(AnswerError):
        T.parse_answer(EXACT, raw)


@given(st.integers(-10**9, 10**9))
def test_any_integer_printed_as_newspapers_do_reads_back(n):
    for text in (f"{n:,}", f"{n:,}".replace(",", " "), str(n), f"{n}.0"):
        assert T.parse_answer(EXACT, text) == n


@given(st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 3)))
def test_decimals_read_back(x):
    assert T.parse_answer(EXACT, f"{x:,.3f}") == pytest.approx(x)
