import pytest

from quizapp.analysis import item_statistics, pearson

# Four students, three questions. Totals: s1=3, s2=2, s3=1, s4=0.
ROWS = [
    ("s1", "q1", 1, 1, "Efanov"), ("s1", "q2", 1, 1, "1500"), ("s1", "q3", 1, 1, "true"),
    ("s2", "q1", 1, 1, "Efanov"), ("s2", "q2", 1, 1, "1500"), ("s2", "q3", 0, 1, "false"),
    ("s3", "q1", 1, 1, "Efanov"), ("s3", "q2", 0, 1, "1000"), ("s3", "q3", 0, 1, "false"),
    ("s4", "q1", 0, 1, "Lee"),    ("s4", "q2", 0, 1, ""),     ("s4", "q3", 0, 1, "false"),
]


def by_qid(rows):
    return {s.qid: s for s in item_statistics(rows)}


def test_facility_and_option_counts():
    stats = by_qid(ROWS)
    assert stats["q1"].facility == 0.75 and stats["q3"].facility == 0.25
    assert stats["q2"].option_counts == {"1500": 2, "": 1, "1000": 1}


def test_discrimination_against_the_rest_of_the_test():
    # q1: item [1,1,1,0], rest [2,1,0,0]; means 0.75, 0.75; sxy = 0.75, sxx = 0.75, syy = 2.75.
    assert by_qid(ROWS)["q1"].discrimination == pytest.approx(0.75 / (0.75 * 2.75) ** 0.5)  # 0.522
    # q2: item [1,1,0,0], rest [2,1,1,0]; means 0.5, 1.0; sxy = 1.0, sxx = 1.0, syy = 2.0.
    assert by_qid(ROWS)["q2"].discrimination == pytest.approx(1.0 / (1.0 * 2.0) ** 0.5)  # 0.707


def test_zero_variance_gives_none_not_zero():
    rows = [("a", "easy", 1, 1, "x"), ("b", "easy", 1, 1, "x"), ("a", "h", 1, 1, "y"), ("b", "h", 0, 1, "z")]
    assert by_qid(rows)["easy"].discrimination is None
    # "h" varies but its rest-of-test ("easy": 1 and 1) does not.
    assert by_qid(rows)["h"].discrimination is None


def test_most_chosen_wrong_answer_ignores_blanks_and_breaks_ties_alphabetically():
    stats = by_qid(ROWS)
    assert (stats["q3"].top_wrong, stats["q3"].top_wrong_count) == ("false", 3)
    assert stats["q2"].top_wrong == "1000"
    rows = [("a", "q", 0, 1, "Lee"), ("b", "q", 0, 1, "Barros"), ("c", "q", 1, 1, "Efanov")]
    assert by_qid(rows)["q"].top_wrong == "Barros"


def test_partial_credit_counts_in_mean_not_facility_and_mappings_are_accepted():
    rows = [{"student_id": 1, "qid": "m", "points": 1, "max_points": 2, "answer": "A"},
            {"student_id": 2, "qid": "m", "points": 2, "max_points": 2, "answer": "A; B"}]
    [m] = item_statistics(rows)
    assert m.facility == 0.5 and m.mean_score == 0.75 and m.top_wrong == "A"


def test_pearson_edges():
    assert pearson([1], [2]) is None
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
