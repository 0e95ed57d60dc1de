"""A quiz drawn per attempt: every attempt draws the same numbers per skill from the quiz's pool with
a seed of its own, kept with the attempt; scores, results, CSV and item analysis follow each
attempt's own questions."""
import csv
import io
from collections import Counter

import pytest
from factories import kursk_version, make_assignment, make_class, make_teacher, students_of
from sqlalchemy import select

from quizapp.models import Attempt, Quiz, Response
from quizapp.questions import get_type
from quizapp.web.attempts.operations import save_answers, start_attempt, submit_attempt
from quizapp.web.extensions import db
from quizapp.web.gradebook import queries
from quizapp.web.gradebook.item_analysis import item_reports
from quizapp.web.gradebook.status import counted_attempt
from quizapp.web.quizzes.drawing import draw_per_skill
from quizapp.web.quizzes.operations import QuizError, create_quiz

STUDENTS = 6


def two_skills(version):
    """The two skills with the most questions, and a count of 2 each."""
    common = Counter(q.skill for q in version.questions).most_common(2)
    return {skill: 2 for skill, _ in common}


def drawn_quiz(teacher, version):
    counts = two_skills(version)
    pool = [q.id for q in version.questions if q.skill in counts]
    return create_quiz(teacher.id, version.id, "Drawn per student", pool, draw={"counts": counts},
                       draw_per_attempt=True)


@pytest.fixture
def started(app):
    """A class of six, each with an attempt started on a quiz drawn per attempt."""
    teacher = make_teacher()
    classroom = make_class(teacher, students=STUDENTS)
    quiz = drawn_quiz(teacher, kursk_version())
    assignment = make_assignment(quiz, classroom)
    attempts = [start_attempt(assignment.id, s.id) for s in students_of(classroom)]
    db.session.commit()
    return teacher, quiz, assignment, attempts


def skills_of(quiz, attempt):
    skill = {item.question_id: item.question.skill for item in quiz.items}
    return Counter(skill[qid] for qid in attempt.question_order)


def answer_all_right(attempt):
    """The key of every question the attempt drew, saved and submitted."""
    by_id = {item.question_id: item.question for item in attempt.assignment.quiz.items}
    keys = {qid: get_type(by_id[qid].type).key(by_id[qid].data) for qid in attempt.question_order}
    save_answers(attempt.id, attempt.student_id, keys)
    return submit_attempt(attempt.id, attempt.student_id)


def test_the_draw_form_with_per_student_ticked_keeps_the_whole_pool(app, client, auth):
    version = kursk_version()
    teacher = auth.login_teacher()
    skills = sorted(Counter(q.skill for q in version.questions).items())
    data = {"title": "Per student", "count_0": 1, "count_1": 2, "per_attempt": "y", "save": "1"}
    assert client.post(f"/quizzes/new/{version.id}/draw", data=data).status_code == 302
    quiz = db.session.scalars(select(Quiz).where(Quiz.owner_id == teacher.id)).one()
    assert quiz.draw_per_attempt and quiz.draw == {"counts": {skills[0][0]: 1, skills[1][0]: 2}}
    assert len(quiz.items) == skills[0][1] + skills[1][1]
    assert "each attempt draws 3 of them" in client.get(f"/quizzes/{quiz.id}").get_data(as_text=True)


def test_a_per_attempt_draw_larger_than_its_pool_is_refused(app):
    teacher, version = make_teacher(), kursk_version()
    skill = version.questions[0].skill
    with pytest.raises(QuizError, match="Too few questions"):
        create_quiz(teacher.id, version.id, "Short", [version.questions[0].id], draw={"counts": {skill: 2}},
                    draw_per_attempt=True)


def test_neighbours_get_different_sets_of_the_same_size_per_skill(started):
    _, quiz, _, attempts = started
    assert all(skills_of(quiz, a) == Counter(quiz.draw["counts"]) for a in attempts)
    assert len({frozenset(a.question_order) for a in attempts}) > 1
    assert len({a.draw_seed for a in attempts}) == STUDENTS


def test_the_stored_seed_draws_the_stored_set_again(started):
    _, quiz, _, attempts = started
    pool = [(item.question_id, item.question.skill) for item in quiz.items]
    for attempt in attempts:
        db.session.expire(attempt)  # as stored, not as held in memory
        assert draw_per_skill(pool, quiz.draw["counts"], attempt.draw_seed) == attempt.question_order


def test_a_shuffling_assignment_shuffles_the_drawn_set_only(app):
    teacher = make_teacher()
    classroom = make_class(teacher, students=2)
    quiz = drawn_quiz(teacher, kursk_version())
    assignment = make_assignment(quiz, classroom, shuffle_questions=True)
    pool = [(item.question_id, item.question.skill) for item in quiz.items]
    for student in students_of(classroom):
        attempt = start_attempt(assignment.id, student.id)
        assert sorted(draw_per_skill(pool, quiz.draw["counts"], attempt.draw_seed)) == sorted(attempt.question_order)


def test_score_and_max_cover_only_the_drawn_questions(started):
    _, quiz, _, attempts = started
    attempt = answer_all_right(attempts[0])
    points = {item.question_id: float(item.question.data.get("points", 1)) for item in quiz.items}
    assert attempt.max_score == sum(points[qid] for qid in attempt.question_order)
    assert attempt.score == attempt.max_score
    stored = set(db.session.scalars(select(Response.question_id).where(Response.attempt_id == attempt.id)))
    assert stored == set(attempt.question_order)


def test_item_analysis_counts_only_the_students_shown_a_question(started):
    _, quiz, assignment, attempts = started
    for attempt in attempts[:3]:
        answer_all_right(attempt)
    for attempt in attempts[3:]:
        submit_attempt(attempt.id, attempt.student_id)  # all blank
    data = queries.results(assignment, attempts[0].started_at)
    counted = [(row.standing.counted, row.responses) for row in data.rows]
    for report in item_reports(data.questions, counted):
        shown = [a for a in attempts if report.question.id in a.question_order]
        right = sum(1 for a in shown if a in attempts[:3])
        assert (report.stats.responses if report.stats else 0) == len(shown)
        if shown:
            assert report.stats.facility == pytest.approx(right / len(shown))


def test_results_page_and_csv_tell_a_question_not_drawn_from_a_blank(started, client, auth):
    teacher, quiz, assignment, attempts = started
    submit_attempt(attempts[0].id, attempts[0].student_id)  # all blank: 0 points each
    auth.login_teacher(teacher)
    page = client.get(f"/assignments/{assignment.id}/results").get_data(as_text=True)
    assert 'title="Not drawn for this student">n/a' in page
    rows = list(csv.reader(io.StringIO(client.get(f"/assignments/{assignment.id}/results.csv").get_data(as_text=True)[1:])))
    student = next(r for r in rows if r[0] == db.session.get(type(teacher), attempts[0].student_id).display_name)
    cells = dict(zip([item.question_id for item in quiz.items], student[7:]))
    assert {cells[qid] for qid in attempts[0].question_order} == {"0"}
    assert {v for qid, v in cells.items() if qid not in attempts[0].question_order} == {""}


def test_the_review_and_the_teachers_attempt_page_show_the_drawn_questions(started, client, auth):
    teacher, quiz, _, attempts = started
    attempt = answer_all_right(attempts[0])
    prompts = {item.question_id: item.question.data["prompt"] for item in quiz.items}
    student = db.session.get(type(teacher), attempt.student_id)
    auth.login_as(student)
    review = client.get(f"/student/attempts/{attempt.id}/review").get_data(as_text=True)
    assert review.count('class="review-item') == len(attempt.question_order)
    auth.login_as(teacher)
    response = client.get(f"/attempts/{attempt.id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    not_drawn = [qid for qid in prompts if qid not in attempt.question_order]
    assert not any(prompts[qid] in page for qid in not_drawn)


def test_the_best_attempt_is_the_best_share_of_its_own_maximum():
    first = Attempt(number=1, status="submitted", score=2.0, max_score=3.0)
    second = Attempt(number=2, status="submitted", score=3.0, max_score=5.0)
    assert counted_attempt([first, second]) is first
