"""For every type: whatever a student gives, the score stays within [0, points], and the key earns full points."""
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.questions import TYPES, AnswerError, get_type

OPTIONS = ["Artem Efanov", "Oleksandr", "Rob Lee", "George Barros"]
QUESTIONS = {
    "single_choice": {"options": OPTIONS, "answer": "Rob Lee"},
    "multiple_select": {"options": OPTIONS, "answer": ["Rob Lee", "George Barros"]},
    "true_false": {"answer": True},
    "numeric": {"answer": 1500, "tolerance": 10},
    "short_answer": {"answer": "Zelenskyy", "accepted": ["Zelensky"]},
    "matching": {"prompts": ["Lee", "Barros"], "options": ["FPRI", "ISW", "Black Bird"], "answer": ["FPRI", "ISW"]},
    "evidence_selection": {"options": ["One.", "Two.", "Three."], "answer": ["Two."]},
}
assert set(QUESTIONS) == set(TYPES)

raw_answers = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20) | st.sampled_from(OPTIONS),
    lambda children: st.lists(children, max_size=5),
    max_leaves=8,
)


def question(name, points):
    return {"id": "q", "type": name, "skill": "detail", "prompt": "?", "points": points, **QUESTIONS[name]}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(TYPES)), raw_answers, st.sampled_from([1, 2, 0.5, 3]))
def test_any_answer_scores_within_bounds(name, raw, points):
    qtype, q = get_type(name), question(name, points)
    try:
        answer = qtype.parse_answer(q, raw)
    except AnswerError:
        answer = None
    score = qtype.score(q, answer)
    assert 0 <= score.points <= points and score.max_points == points
    # Raw, unparsed input never breaks scoring either.
    assert 0 <= qtype.score(q, raw if not isinstance(raw, float) else None).points <= points


@given(st.sampled_from(sorted(TYPES)), st.sampled_from([1, 2, 0.5, 3]))
def test_key_scores_full_points_and_reads_back(name, points):
    qtype, q = get_type(name), question(name, points)
    key = qtype.key(q)
    assert qtype.score(q, key).correct
    assert qtype.parse_answer(q, key) == key  # parse_answer is idempotent on answers
    assert qtype.display_answer(q, key)
