"""The student's pages through the test client: the whole flow, what a page may show, and refusals."""
from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from factories import make_assignment, make_world
from sqlalchemy import func, select

from quizapp.models import Attempt, Quiz, QuizItem, Response, utcnow
from quizapp.questions import get_type
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db


def quiz_of(world, *types: str) -> Quiz:
    """A quiz with the first Kursk question of each given type, in that order."""
    picked = {}
    for question in world.version.questions:
        picked.setdefault(question.type, question)
    quiz = Quiz(owner_id=world.teacher.id, bank_version_id=world.version.id, title="Types")
    quiz.items = [QuizItem(question_id=picked[t].id, position=i) for i, t in enumerate(types)]
    db.session.add(quiz)
    db.session.commit()
    return quiz


@pytest.fixture
def world(app):
    return make_world()


def start(client, assignment) -> Attempt:
    response = client.post(f"/student/assignments/{assignment.id}/start")
    assert response.status_code == 302, response.text
    attempt_id = int(response.location.rsplit("/", 1)[1])
    return db.session.get(Attempt, attempt_id)


def questions(attempt):
    return {q.type: q for q in ops.attempt_questions(db.session, attempt)}


def post(client, attempt, data, path=""):
    """Post the quiz form as the page does: with the hidden list of the questions it shows."""
    return client.post(f"/student/attempts/{attempt.id}{path}",
                       data={"shown": ",".join(map(str, attempt.question_order)), **data})


def is_checked(html: str, name: str, value: str) -> bool:
    tags = re.findall(rf'<input[^>]*name="{name}"[^>]*>', html)
    return any("checked" in tag and f'value="{value}"' in tag for tag in tags)


def form_part(html: str) -> str:
    return html[html.index('id="quiz-form"'):html.index("</form>", html.index('id="quiz-form"'))]


def test_whole_flow_start_save_reload_submit_review(world, client, auth):
    auth.login_as(world.student)
    assignment = make_assignment(quiz_of(world, "single_choice", "numeric", "multiple_select", "matching"),
                                 world.classroom, shuffle_questions=True)
    attempt = start(client, assignment)
    q = questions(attempt)
    choice, numeric = q["single_choice"], q["numeric"]
    saved = post(client, attempt, data={f"q{choice.id}": choice.data["answer"], f"q{numeric.id}": "1,500"})
    assert saved.status_code == 302 and saved.location.endswith(f"/student/attempts/{attempt.id}")
    page = client.get(f"/student/attempts/{attempt.id}").text
    assert is_checked(page, f"q{choice.id}", choice.data["answer"])
    assert 'value="1,500"' in page and "Answered <span id=\"answered-count\">2</span> of" in page
    order = [int(n) for n in re.findall(r'data-question="(\d+)"', page)]
    assert order == attempt.question_order == [int(n) for n in re.findall(
        r'data-question="(\d+)"', client.get(f"/student/attempts/{attempt.id}").text)]
    confirm = client.get(f"/student/attempts/{attempt.id}/confirm").text
    assert "2 questions not answered" in confirm
    assert client.post(f"/student/attempts/{attempt.id}/submit").location.endswith("/submitted")
    done = db.session.get(Attempt, attempt.id)
    assert done.status == "submitted" and done.score == 1.0
    review = client.get(f"/student/attempts/{attempt.id}/review").text
    assert "Correct answer" in review and "<mark" in review
    assert '<a href="#answers-heading">Go to your answers</a>' in review  # a phone shows the article first


def test_double_submit_neither_adds_an_attempt_nor_changes_the_score(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, world.assignment)
    first = client.post(f"/student/attempts/{attempt.id}/submit")
    db.session.refresh(attempt)
    before = (attempt.score, attempt.submitted_at)
    second = client.post(f"/student/attempts/{attempt.id}/submit")
    assert first.location == second.location
    db.session.refresh(attempt)
    assert (attempt.score, attempt.submitted_at) == before
    assert db.session.scalar(select(func.count()).select_from(Attempt)) == 1


def test_keys_and_feedback_never_reach_the_quiz_page(world, client, auth):
    auth.login_as(world.student)
    assignment = make_assignment(quiz_of(world, "short_answer", "numeric"), world.classroom, review_policy="never")
    attempt = start(client, assignment)
    q = questions(attempt)
    secrets = [*([q["short_answer"].data["answer"]] + list(q["short_answer"].data["extra"].get("accepted") or [])),
               get_type("numeric").display_key(q["numeric"].data)]
    page = client.get(f"/student/attempts/{attempt.id}").text
    for secret in secrets:
        assert secret not in form_part(page)
    client.post(f"/student/attempts/{attempt.id}/submit")
    pages = [page, client.get(f"/student/attempts/{attempt.id}/submitted").text,
             client.get(f"/student/attempts/{attempt.id}/review").text]
    for text in pages:
        for question in q.values():
            assert question.data["feedback"] and question.data["feedback"] not in text
        assert "<mark" not in text and "Correct answer" not in text


@pytest.mark.parametrize("policy, shown", [("immediately", True), ("after_due", False), ("never", False)])
def test_review_shows_key_feedback_and_evidence_only_when_allowed(world, client, auth, policy, shown):
    auth.login_as(world.student)
    assignment = make_assignment(quiz_of(world, "short_answer"), world.classroom, review_policy=policy)
    attempt = start(client, assignment)
    client.post(f"/student/attempts/{attempt.id}/submit")
    page = client.get(f"/student/attempts/{attempt.id}/review").text
    feedback = questions(attempt)["short_answer"].data["feedback"]
    assert (feedback in page, 'id="evidence-1"' in page, 'href="#evidence-1"' in page) == (shown, shown, shown)


def test_after_due_review_opens_once_the_due_date_has_passed(world, client, auth):
    auth.login_as(world.student)
    assignment = make_assignment(quiz_of(world, "short_answer"), world.classroom, review_policy="after_due")
    attempt = start(client, assignment)
    client.post(f"/student/attempts/{attempt.id}/submit")
    assignment.due_at = utcnow() - timedelta(minutes=1)
    assignment.opens_at = utcnow() - timedelta(hours=1)
    db.session.commit()
    assert "Correct answer" in client.get(f"/student/attempts/{attempt.id}/review").text


def test_numeric_bad_input_shows_the_message_and_keeps_the_text(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, "numeric"), world.classroom))
    numeric = questions(attempt)["numeric"]
    page = post(client, attempt, data={f"q{numeric.id}": "1.5k"})
    assert page.status_code == 200
    error = re.search(rf'id="error-q{numeric.id}"[^>]*>([^<]*)<', page.text).group(1)
    assert "digits" in error and 'value="1.5k"' in page.text and 'aria-invalid="true"' in page.text
    again = client.get(f"/student/attempts/{attempt.id}").text  # stored raw, message recomputed
    assert 'value="1.5k"' in again and "digits" in again
    row = db.session.scalar(select(Response).where(Response.attempt_id == attempt.id))
    assert (row.answer, row.raw) == (None, "1.5k")


def test_autosave_returns_json_progress_and_messages(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, "numeric", "true_false"), world.classroom))
    q = questions(attempt)
    response = post(client, attempt, path="/autosave",
                    data={f"q{q['numeric'].id}": "about twelve", f"q{q['true_false'].id}": "true"})
    assert response.status_code == 200
    body = response.get_json()
    assert (body["status"], body["answered"], body["total"]) == ("saved", 1, 2)
    assert list(body["errors"]) == [f"q{q['numeric'].id}"]


def test_autosave_message_of_a_matching_question_names_its_first_select(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, "matching"), world.classroom))
    qid = attempt.question_order[0]
    body = post(client, attempt, path="/autosave", data={f"q{qid}-1": "Nobody at all"}).get_json()
    assert list(body["errors"]) == [f"q{qid}-0"] and "not one of the options" in body["errors"][f"q{qid}-0"]
    page = client.get(f"/student/attempts/{attempt.id}").text
    assert re.search(rf'id="error-q{qid}-0"[^>]*>[^<]*not one of the options', page)


def test_autosave_needs_the_csrf_token(app, csrf_client):
    world = make_world()
    attempt = ops.start_attempt(world.assignment.id, world.student.id)
    with csrf_client.session_transaction() as session:
        session["_user_id"] = world.student.get_id()
    refused = csrf_client.post(f"/student/attempts/{attempt.id}/autosave", data={})
    assert refused.status_code == 400
    page = csrf_client.get(f"/student/attempts/{attempt.id}").text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    ok = csrf_client.post(f"/student/attempts/{attempt.id}/autosave", data={}, headers={"X-CSRFToken": token})
    assert ok.status_code == 200


def test_a_post_without_the_question_list_blanks_nothing(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, "short_answer"), world.classroom))
    qid = attempt.question_order[0]
    post(client, attempt, path="/autosave", data={f"q{qid}": "my answer"})
    assert client.post(f"/student/attempts/{attempt.id}/autosave", data={}).status_code == 200
    assert db.session.scalar(select(Response.raw).where(Response.attempt_id == attempt.id)) == "my answer"


def test_deadline_passed_auto_submits_with_saved_answers(world, client, auth):
    auth.login_as(world.student)
    assignment = make_assignment(quiz_of(world, "true_false"), world.classroom, time_limit_minutes=5)
    attempt = start(client, assignment)
    tf = questions(attempt)["true_false"]
    post(client, attempt, path="/autosave", data={f"q{tf.id}": str(tf.data["answer"]).lower()})
    attempt.deadline_at = utcnow() - timedelta(minutes=2)
    db.session.commit()
    late = post(client, attempt, path="/autosave", data={f"q{tf.id}": "x"})
    assert late.status_code == 409 and late.get_json()["status"] == "submitted"
    db.session.refresh(attempt)
    assert attempt.status == "submitted" and attempt.score == 1.0
    assert client.get(f"/student/attempts/{attempt.id}").location.endswith("/submitted")


def test_reading_an_expired_attempt_submits_it(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(world.quiz, world.classroom, time_limit_minutes=5))
    attempt.deadline_at = utcnow() - timedelta(minutes=2)
    db.session.commit()
    response = client.get(f"/student/attempts/{attempt.id}")
    assert "Time is up" in client.get(response.location).text
    assert db.session.get(Attempt, attempt.id).status == "submitted"


def test_attempt_limit_and_extra_attempt_through_the_pages(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, world.assignment)
    client.post(f"/student/attempts/{attempt.id}/submit")
    refused = client.post(f"/student/assignments/{world.assignment.id}/start")
    assert "used all 1 attempt" in client.get(refused.location).text
    ops.grant_extra_attempt(world.assignment.id, world.student.id)
    assert start(client, world.assignment).number == 2


def test_home_lists_my_assignments_and_only_my_attempts(world, client, auth):
    other = ops.start_attempt(world.assignment.id, world.students[1].id)
    ops.submit_attempt(other.id, world.students[1].id)
    auth.login_as(world.student)
    mine = start(client, world.assignment)
    client.post(f"/student/attempts/{mine.id}/submit")
    page = client.get("/student/").text
    assert world.assignment.title in page
    assert f"/student/attempts/{mine.id}/review" in page
    assert f"/student/attempts/{other.id}/" not in page


def test_home_shows_resume_for_an_attempt_in_progress(world, client, auth):
    auth.login_as(world.student)
    start(client, world.assignment)
    assert "Resume" in client.get("/student/").text


ALL_TYPES = ("single_choice", "multiple_select", "true_false", "numeric", "short_answer", "matching",
             "evidence_selection")


def test_every_input_is_labelled_and_every_question_is_a_fieldset_with_a_legend(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, *ALL_TYPES), world.classroom))
    page = client.get(f"/student/attempts/{attempt.id}").text
    controls = re.findall(r'<(?:input|select)\b[^>]*\bid="([^"]+)"', page)
    visible = [c for c in controls if c != "csrf_token"]
    assert len(visible) >= len(ALL_TYPES)
    for control_id in visible:
        assert f'<label for="{control_id}"' in page, control_id
    assert page.count("<fieldset class=\"question") == page.count("<legend>") == len(ALL_TYPES)
    assert 'inputmode="decimal"' in page


def test_shuffled_option_order_is_the_same_on_every_reload(world, client, auth):
    auth.login_as(world.student)
    assignment = make_assignment(quiz_of(world, "single_choice", "multiple_select", "matching"), world.classroom)
    attempt = start(client, assignment)
    loads = [[html.unescape(v) for v in re.findall(r'<input[^>]*type="(?:radio|checkbox)"[^>]*value="([^"]*)"', client.get(
        f"/student/attempts/{attempt.id}").text)] for _ in range(2)]
    expected = [o for q in ops.attempt_questions(db.session, attempt) if q.type != "matching"
                for o in ops.ordered_options(q, attempt)]
    assert loads[0] == loads[1] == expected


def test_time_left_is_shown_from_the_server_deadline(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(world.quiz, world.classroom, time_limit_minutes=20))
    page = client.get(f"/student/attempts/{attempt.id}").text
    seconds, text = re.search(r'id="time-left" data-seconds="(\d+)">([^<]+)<', page).groups()
    assert 1150 < int(seconds) <= 1200 and re.fullmatch(r"(19|20) min \d+ s", text)
    assert attempt.deadline_at.strftime("%H:%M") in page


def test_the_loaded_page_shows_answers_exactly_as_the_wtforms_form_does(world, client, auth, app):
    # A page load renders from page_form (no bound WTForms form); a post is re-shown through the
    # WTForms form. The same answers, shuffled options and messages must give the same markup.
    from quizapp.web.student.quizforms import apply_errors, build_quiz_form
    from quizapp.web.student.quizview import page_form
    from quizapp.web.student.views import quiz_page, stored_errors

    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, *ALL_TYPES), world.classroom))
    q = questions(attempt)
    options = {t: ops.ordered_options(q[t], attempt) for t in q}
    post(client, attempt, path="/autosave", data={
        f"q{q['single_choice'].id}": options["single_choice"][1], f"q{q['true_false'].id}": "false",
        f"q{q['numeric'].id}": "1.5k", f"q{q['short_answer'].id}": "Rob <Lee>",
        f"q{q['multiple_select'].id}": options["multiple_select"][:2], f"q{q['matching'].id}-1": options["matching"][0]})
    attempt = db.session.get(Attempt, attempt.id)
    rows, responses = ops.attempt_questions(db.session, attempt), ops.saved_answers(db.session, attempt)
    errors = stored_errors(rows, responses)
    assert list(errors) == [q["numeric"].id]
    with app.test_request_context(f"/student/attempts/{attempt.id}"):
        wtforms = build_quiz_form(attempt, rows, responses=responses)
        apply_errors(wtforms, errors)
        from_wtforms = quiz_page(attempt, rows, wtforms, responses=responses)[0]
        from_view = quiz_page(attempt, rows, page_form(attempt, rows, responses, errors), responses=responses)[0]
    assert form_part(from_view) == form_part(from_wtforms)
    assert 'value="Rob &lt;Lee&gt;"' in from_view and "digits" in from_view


def test_the_confirm_page_shows_answers_as_the_student_gave_them(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, "true_false"), world.classroom))
    q = questions(attempt)
    post(client, attempt, path="/autosave", data={f"q{q['true_false'].id}": "false"})
    page = client.get(f"/student/attempts/{attempt.id}/confirm").text
    assert '<span class="answer-given">False</span>' in page


@pytest.mark.parametrize("policy, show_score, shown", [
    ("immediately", False, True), ("never", False, False), ("after_due", False, False), ("never", True, True)])
def test_a_score_is_shown_only_with_the_review_or_where_the_teacher_chose(world, client, auth, policy, show_score,
                                                                          shown):
    auth.login_as(world.student)
    assignment = make_assignment(quiz_of(world, "single_choice"), world.classroom, review_policy=policy,
                                 due_at=utcnow() + timedelta(days=1), attempts_allowed=3, show_score=show_score)
    attempt = start(client, assignment)
    client.post(f"/student/attempts/{attempt.id}/submit")
    pages = [client.get(f"/student/attempts/{attempt.id}/{p}").text for p in ("submitted", "review")]
    pages.append(client.get("/student/").text.split("My past attempts")[1])
    assert ["0 of 1" in page for page in pages] == [shown] * 3


def test_the_reading_text_leaves_out_page_furniture_and_keeps_evidence_marks(world, client, auth):
    auth.login_as(world.student)
    attempt = start(client, make_assignment(quiz_of(world, "single_choice"), world.classroom))
    headline = "Russia wants the Ukrainians to take back territory in Kursk before negotiating an end to the war"
    page = client.get(f"/student/attempts/{attempt.id}").text
    assert "<p>close</p>" not in page and page.count(headline) == 1
    client.post(f"/student/attempts/{attempt.id}/submit")
    review = client.get(f"/student/attempts/{attempt.id}/review").text
    assert ">close<" not in review and review.count(headline) == 1 and "<mark" in review


def test_a_not_yet_open_assignment_says_when_in_the_students_time_zone(world, client, auth):
    from datetime import datetime

    world.student.time_zone = "Asia/Tokyo"
    db.session.commit()
    auth.login_as(world.student)
    make_assignment(quiz_of(world, "single_choice"), world.classroom, title="Later",
                    opens_at=datetime(2031, 1, 10, 8, 0), due_at=datetime(2031, 1, 20, 8, 0))
    page = client.get("/student/").text
    assert "Opens Fri 10 Jan 2031, 17:00 JST" in page and "UTC" not in page
