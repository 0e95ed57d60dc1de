from quizapp.questions import get_type
from quizapp.questions.short_answer import normalize

T = get_type("short_answer")
Q = {"id": "president", "type": "short_answer", "answer": "Volodymyr Zelenskyy", "accepted": ["Zelenskyy"]}


def test_ignores_case_spacing_punctuation_and_diacritics():
    assert T.score(Q, "  volodymyr   ZELENSKYY. ").correct
    assert T.score(Q, "Volodýmyr Zelenskyy").correct
    assert normalize("Jean-Luc  O’Brien!") == "jean luc obrien"


def test_spelling_variant_only_where_accepted():
    assert T.score(Q, "Zelenskyy").correct
    assert not T.score(Q, "Zelensky").correct
    assert T.score({**Q, "accepted": ["Zelenskyy", "Zelensky"]}, "zelensky").correct


def test_blank_and_punctuation_only_score_zero():
    assert T.parse_answer(Q, "   ") is None
    assert T.score(Q, None).points == 0 and T.score(Q, "...").points == 0


def test_check_flags_alias_that_is_not_text():
    issues = T.check({**Q, "accepted": ["Zelenskyy", 2024]})
    assert (issues[0].field, issues[0].index) == ("accepted", 1) and "is a number" in issues[0].message
