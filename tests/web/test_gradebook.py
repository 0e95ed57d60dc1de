"""Gradebook and per-assignment results: statuses, scores, points per question, CSV exports,
reopening an attempt and granting an extra attempt."""
import csv
import io
import re
from datetime import timedelta

from factories import make_assignment, make_class, make_student, make_teacher, students_of
from sqlalchemy import select
from teacher_factories import hand_version, make_attempt, quiz_of

from quizapp.models import AssignmentStudent, Attempt, utcnow
from quizapp.web.extensions import db

QIDS = ["lavrov-worse", "paroinen-org", "zvinchuk-rybar"]
RIGHT = {"lavrov-worse": "Sergei Lavrov", "paroinen-org": "Black Bird Group", "zvinchuk-rybar": True}


def setup(names=("Amira", "Ben", "Chloé", "Dan"), **fields):
    teacher = make_teacher()
    classroom = make_class(teacher, students=list(names))
    quiz = quiz_of(teacher, hand_version(teacher), QIDS)
    assignment = make_assignment(quiz, classroom, **fields)
    return teacher, classroom, assignment, students_of(classroom)


def rows_of(response):
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")  # Excel needs the BOM to read UTF-8
    return list(csv.reader(io.StringIO(text[1:])))


def test_gradebook_statuses(app, client, auth):
    teacher, classroom, a, (amira, ben, chloe, dan) = setup(due_at=utcnow() + timedelta(days=1))
    past = make_assignment(a.quiz, classroom, title="Past", opens_at=utcnow() - timedelta(days=3),
                           due_at=utcnow() - timedelta(days=1))
    make_attempt(a, amira, RIGHT)
    make_attempt(a, ben, {"lavrov-worse": "Sergei Lavrov"}, status="in_progress")
    make_attempt(past, amira, RIGHT, submitted_at=utcnow() - timedelta(hours=2))  # after due: late
    make_attempt(past, ben, RIGHT, submitted_at=utcnow() - timedelta(days=2))
    auth.login_teacher(teacher)
    gb = client.get(f"/classes/{classroom.id}/gradebook")
    assert gb.status_code == 200
    rows = {r[0]: r for r in rows_of(client.get(f"/classes/{classroom.id}/gradebook.csv"))}
    # Columns in opening order: "Past" first.
    assert rows["Amira"][2:8] == ["3", "3", "Late", "3", "3", "Submitted"]
    assert rows["Ben"][2:8] == ["3", "3", "Submitted", "", "", "In progress"]
    assert rows["Chloé"][2:8] == ["", "", "Missing", "", "", "Not started"]
    page = gb.get_data(as_text=True)
    assert "What the statuses mean" in page
    assert re.search(r"Class mean \(scored attempts\)</th>\s*<td>100%</td>\s*<td>100%</td>", page)


def test_best_submitted_attempt_counts(app, client, auth):
    teacher, classroom, a, students = setup(attempts_allowed=2)
    make_attempt(a, students[0], RIGHT, number=1)
    make_attempt(a, students[0], {"lavrov-worse": "Olaf Scholz"}, number=2)
    auth.login_teacher(teacher)
    rows = rows_of(client.get(f"/assignments/{a.id}/results.csv"))
    assert rows[1][:7] == ["Amira", students[0].username, "Submitted", "1", rows[1][4], "3", "3"]


def test_chosen_students_assignment_marks_others_not_assigned(app, client, auth):
    teacher, classroom, a, students = setup()
    a.whole_class = False
    db.session.add(AssignmentStudent(assignment_id=a.id, student_id=students[0].id, selected=True))
    db.session.commit()
    auth.login_teacher(teacher)
    rows = {r[0]: r for r in rows_of(client.get(f"/classes/{classroom.id}/gradebook.csv"))}
    assert rows["Amira"][4] == "Not started" and rows["Ben"][4] == "Not assigned"
    results = rows_of(client.get(f"/assignments/{a.id}/results.csv"))
    assert [r[0] for r in results[1:]] == ["Amira"]


def test_results_show_points_per_question(app, client, auth):
    teacher, classroom, a, students = setup()
    make_attempt(a, students[0], {"lavrov-worse": "Sergei Lavrov", "paroinen-org": "Rybar", "zvinchuk-rybar": True})
    auth.login_teacher(teacher)
    page = client.get(f"/assignments/{a.id}/results").get_data(as_text=True)
    assert "<caption>" in page and 'scope="col"' in page and re.search(r'scope="row"><a href="/attempts/\d+">Amira', page)
    rows = rows_of(client.get(f"/assignments/{a.id}/results.csv"))
    assert rows[0][7:] == ["Q1 Who called the proposal to freeze the conflict…",
                          "Q2 Which organisation does Pasi Paroinen work for?", rows[0][9]]
    assert not any("lavrov-worse" in cell or "zvinchuk-rybar" in cell for cell in rows[0])
    assert rows[1][5:] == ["2", "3", "1", "0", "1"]
    assert rows[2][2:] == ["Not started", "", "", "", "", "", "", ""]


def test_csv_guards_against_formula_injection(app, client, auth):
    teacher, classroom, a, _ = setup(names=("=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "Plain"))
    a.title = "=cmd|' /C calc'!A0"
    db.session.commit()
    auth.login_teacher(teacher)
    rows = rows_of(client.get(f"/classes/{classroom.id}/gradebook.csv"))
    names = sorted(r[0] for r in rows[1:])
    assert names == ["'+1", "'-2", "'=HYPERLINK(\"http://evil\")", "'@SUM(A1)", "Plain"]
    assert rows[0][2].startswith("'=cmd")


def test_reopen_attempt_and_grant_extra_attempt(app, client, auth):
    teacher, classroom, a, students = setup()
    attempt = make_attempt(a, students[0], RIGHT)
    auth.login_teacher(teacher)
    page = client.get(f"/assignments/{a.id}/results").get_data(as_text=True)
    assert f'action="/attempts/{attempt.id}/reopen"' in page
    assert client.post(f"/attempts/{attempt.id}/reopen").status_code == 302
    db.session.refresh(attempt)
    assert attempt.status == "in_progress" and attempt.score is None
    url = f"/assignments/{a.id}/students/{students[1].id}/extra-attempt"
    assert client.post(url).status_code == 302 and client.post(url).status_code == 302
    row = db.session.scalars(select(AssignmentStudent).where(AssignmentStudent.student_id == students[1].id)).one()
    assert row.extra_attempts == 2


def test_actions_need_csrf(csrf_app, csrf_client):
    with csrf_app.app_context():
        teacher, classroom, a, students = setup()
        attempt = make_attempt(a, students[0], RIGHT)
        with csrf_client.session_transaction() as session:
            session["_user_id"], session["_fresh"] = teacher.get_id(), True
        assert csrf_client.post(f"/attempts/{attempt.id}/reopen").status_code == 400
        db.session.refresh(attempt)
        assert attempt.status == "submitted"


def test_actions_on_foreign_objects_are_404(app, client, auth):
    teacher, classroom, a, students = setup()
    attempt = make_attempt(a, students[0], RIGHT)
    stranger = make_student(make_class(make_teacher(), students=0))
    auth.login_teacher()
    assert client.post(f"/attempts/{attempt.id}/reopen").status_code == 404
    assert client.post(f"/assignments/{a.id}/students/{students[0].id}/extra-attempt").status_code == 404
    auth.login_teacher(teacher)
    assert client.post(f"/assignments/{a.id}/students/{stranger.id}/extra-attempt").status_code == 404
    assert db.session.get(Attempt, attempt.id).status == "submitted"


def test_attempt_page_shows_answers_keys_and_points(app, client, auth):
    teacher, classroom, a, students = setup()
    attempt = make_attempt(a, students[0], {"lavrov-worse": "Olaf Scholz", "zvinchuk-rybar": True})
    auth.login_teacher(teacher)
    assert f'href="/attempts/{attempt.id}"' in client.get(f"/assignments/{a.id}/results").get_data(as_text=True)
    page = client.get(f"/attempts/{attempt.id}").get_data(as_text=True)
    assert "Olaf Scholz" in page and "Sergei Lavrov" in page and "blank" in page
    assert "0 / 1" in page and "1 / 1" in page and "1 / 3" in page
    auth.login_teacher(make_teacher())
    assert client.get(f"/attempts/{attempt.id}").status_code == 404


def test_export_file_name_keeps_the_class_name_accents(app, client, auth):
    teacher = make_teacher()
    classroom = make_class(teacher, name="Économie 3ᵉ/B", students=("Amira",))
    auth.login_teacher(teacher)
    disposition = client.get(f"/classes/{classroom.id}/gradebook.csv").headers["Content-Disposition"]
    assert 'filename="gradebook-Economie-3e-B.csv"' in disposition
    assert "filename*=UTF-8''gradebook-%C3%89conomie-3%E1%B5%89-B.csv" in disposition
