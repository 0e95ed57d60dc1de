"""Assignments: to a class or chosen students, times, limits, accommodations, later edits."""
from datetime import datetime, timedelta

from factories import make_class, make_quiz, make_world, students_of
from sqlalchemy import select

from quizapp.models import Assignment, AssignmentStudent
from quizapp.web.extensions import db


def form(**overrides):
    data = {"title": "Kursk quiz", "audience": "class", "opens_at": "2030-01-10T09:00",
            "due_at": "2030-01-17T09:00", "time_limit_minutes": "20", "attempts_allowed": "2",
            "shuffle_questions": "y", "review_policy": "after_due", "show_score": "y"}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def new_url(world, classroom=None):
    return f"/assignments/new?quiz={world.quiz.id}&class={(classroom or world.classroom).id}"


def latest(classroom):
    return db.session.scalars(select(Assignment).where(Assignment.classroom_id == classroom.id)
                              .order_by(Assignment.id.desc())).first()


def test_assign_to_whole_class_with_all_options(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    extra = world.students[1]
    response = client.post(new_url(world), data=form(**{f"extra_{extra.id}": "10"}))
    a = latest(world.classroom)
    assert response.status_code == 302 and response.location.endswith(f"/assignments/{a.id}")
    assert (a.opens_at, a.due_at) == (datetime(2030, 1, 10, 9), datetime(2030, 1, 17, 9))
    assert (a.time_limit_minutes, a.attempts_allowed, a.shuffle_questions) == (20, 2, True)
    assert a.review_policy == "after_due" and a.show_score and a.whole_class
    assert [(s.student_id, s.extra_minutes) for s in a.students] == [(extra.id, 10)]


def test_assign_to_chosen_students(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    chosen = world.students[2]
    client.post(new_url(world), data=form(audience="chosen", **{f"chosen_{chosen.id}": "y"}))
    a = latest(world.classroom)
    assert not a.whole_class
    assert [(s.student_id, s.selected) for s in a.students] == [(chosen.id, True)]


def test_chosen_without_students_is_refused(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    before = latest(world.classroom).id
    page = client.post(new_url(world), data=form(audience="chosen", title="Kept title")).get_data(as_text=True)
    assert "Tick at least one student" in page and 'value="Kept title"' in page
    assert latest(world.classroom).id == before


def test_due_before_open_is_an_error_beside_due(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    response = client.post(new_url(world), data=form(due_at="2030-01-09T09:00", time_limit_minutes="0"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="due_at-error">The due time must be after the opening time.' in page
    assert 'id="time_limit_minutes-error"' in page and 'value="2030-01-09T09:00"' in page


def test_extra_minutes_negative_is_refused(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    sid = world.students[0].id
    page = client.post(new_url(world), data=form(**{f"extra_{sid}": "-5"})).get_data(as_text=True)
    assert f'id="extra_{sid}-error"' in page and 'value="-5"' in page


def test_edit_changes_settings_and_keeps_granted_attempts(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    a = world.assignment
    sid = world.students[0].id
    db.session.add(AssignmentStudent(assignment_id=a.id, student_id=sid, extra_attempts=2))
    db.session.commit()
    assert 'value="' + a.title + '"' in client.get(f"/assignments/{a.id}/edit").get_data(as_text=True)
    response = client.post(f"/assignments/{a.id}/edit", data=form(title="Renamed", **{f"extra_{sid}": "15"}))
    assert response.status_code == 302
    db.session.refresh(a)
    row = db.session.scalars(select(AssignmentStudent).where(AssignmentStudent.assignment_id == a.id)).one()
    assert a.title == "Renamed" and a.attempts_allowed == 2
    assert (row.extra_minutes, row.extra_attempts) == (15, 2)


def test_foreign_quiz_or_class_is_404(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    other_quiz = make_quiz(world.other_teacher, world.version)
    assert client.get(new_url(world, world.other_classroom)).status_code == 404
    assert client.post(new_url(world, world.other_classroom), data=form()).status_code == 404
    assert client.get(f"/assignments/new?quiz={other_quiz.id}&class={world.classroom.id}").status_code == 404
    assert client.get("/assignments/new?quiz=abc&class=1").status_code == 404
    assert client.get(f"/assignments/new?quiz={world.quiz.id}&class=99999999999").status_code == 404


def test_class_chooser_lists_only_my_classes(app, client, auth):
    world = make_world()
    make_class(world.teacher, name="Second class", students=0)
    auth.login_teacher(world.teacher)
    page = client.get(f"/assignments/new?quiz={world.quiz.id}").get_data(as_text=True)
    assert "Second class" in page and "Year 10 English" in page and "Other class" not in page


def test_assignment_page_and_list(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    assert world.assignment.title in client.get("/assignments/").get_data(as_text=True)
    page = client.get(f"/assignments/{world.assignment.id}").get_data(as_text=True)
    assert all(s.display_name in page for s in students_of(world.classroom))


def test_assign_from_the_class_page_chooses_a_quiz_first(app, client, auth):
    world = make_world()
    auth.login_teacher(world.teacher)
    page = client.get(f"/assignments/new?class_id={world.classroom.id}").get_data(as_text=True)
    assert f'href="/assignments/new?quiz={world.quiz.id}&amp;class={world.classroom.id}"' in page
    assert client.get("/assignments/new").status_code == 200


def test_edit_of_the_time_limit_moves_the_deadline_of_an_attempt_in_progress(app, client, auth):
    from quizapp.web.attempts.operations import start_attempt

    world = make_world()
    a, student = world.assignment, world.students[0]
    attempt = start_attempt(a.id, student.id, now=a.opens_at)
    before = attempt.deadline_at
    auth.login_teacher(world.teacher)
    client.post(f"/assignments/{a.id}/edit", data=form(
        title=a.title, opens_at=a.opens_at.strftime("%Y-%m-%dT%H:%M"), due_at=None,
        time_limit_minutes="90", **{f"extra_{student.id}": "30"}))
    db.session.refresh(attempt)
    assert attempt.deadline_at == attempt.started_at + timedelta(minutes=120)
    assert attempt.deadline_at != before


def test_times_are_typed_and_shown_in_the_teachers_time_zone(app, client, auth):
    world = make_world()
    world.teacher.time_zone = "Europe/Paris"
    db.session.commit()
    auth.login_teacher(world.teacher)
    client.post(new_url(world), data=form(opens_at="2030-01-10T09:00", due_at="2030-07-17T09:00"))
    a = latest(world.classroom)
    assert (a.opens_at, a.due_at) == (datetime(2030, 1, 10, 8), datetime(2030, 7, 17, 7))  # CET, then CEST
    page = client.get(f"/assignments/{a.id}").get_data(as_text=True)
    assert "Thu 10 Jan 2030, 09:00 CET" in page and "Wed 17 Jul 2030, 09:00 CEST" in page
    edit = client.get(f"/assignments/{a.id}/edit").get_data(as_text=True)
    assert 'value="2030-01-10T09:00"' in edit and "times in Europe/Paris" in edit
