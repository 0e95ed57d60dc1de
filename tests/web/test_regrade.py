"""Regrading a question: the preview changes nothing, applying re-marks exactly the attempts it
showed (with a history row each), a stale preview is shown again, other teachers' classes and
unregraded questions keep their scores, later submissions score with the corrected key."""
import re

from factories import make_assignment, make_class, make_teacher, students_of
from sqlalchemy import func, select
from teacher_factories import hand_bank, hand_version, make_attempt, quiz_of

from quizapp.models import Attempt, Regrade, RegradeAttempt, Response
from quizapp.web.attempts import operations as attempt_ops
from quizapp.web.banks.operations import import_bank
from quizapp.web.extensions import db

QIDS = ["lavrov-worse", "captured-area", "brigade"]


def setup(version=None, teacher=None, names=("Amira", "Ben", "Chloé")):
    teacher = teacher or make_teacher()
    version = version or hand_version(teacher)
    classroom = make_class(teacher, name=f"Class of {teacher.display_name}", students=list(names))
    assignment = make_assignment(quiz_of(teacher, version, QIDS), classroom)
    return teacher, version, assignment, students_of(classroom)


def question(version, qid):
    return next(q for q in version.questions if q.qid == qid)


def url(version, qid, tail=""):
    return f"/banks/versions/{version.id}/questions/{question(version, qid).id}/regrade{tail}"


def digest_of(page: str) -> str:
    return re.search(r'name="digest" value="([0-9a-f]+)"', page).group(1)


def scores(*attempts):
    db.session.expire_all()
    return [db.session.get(Attempt, a.id).score for a in attempts]


ACCEPT = {"action": "accept_answer", "text": "82 brigade"}


def test_preview_lists_the_attempts_that_change_and_changes_nothing(app, client, auth):
    teacher, version, a, (amira, ben, chloe) = setup()
    make_attempt(a, amira, {"brigade": "82 Brigade", "lavrov-worse": "Sergei Lavrov"})
    make_attempt(a, ben, {"brigade": "82nd"})
    auth.login_teacher(teacher)
    page = client.post(url(version, "brigade"), data=ACCEPT).get_data(as_text=True)
    assert "Amira" in page and "Ben" not in page
    assert "1 / 3 (33%)" in page and "2 / 3 (67%)" in page and "+1" in page
    assert db.session.scalar(select(func.count()).select_from(Regrade)) == 0


def test_apply_re_marks_exactly_the_previewed_attempts_with_a_history_row_each(app, client, auth):
    teacher, version, a, (amira, ben, chloe) = setup()
    first = make_attempt(a, amira, {"brigade": "82 brigade"})
    second = make_attempt(a, ben, {"brigade": "82nd"})
    third = make_attempt(a, chloe, {"brigade": "Rybar"})
    auth.login_teacher(teacher)
    digest = digest_of(client.post(url(version, "brigade"), data=ACCEPT).get_data(as_text=True))
    response = client.post(url(version, "brigade", "/apply"), data={**ACCEPT, "digest": digest})
    assert response.status_code == 302
    assert scores(first, second, third) == [1.0, 1.0, 0.0]
    history = db.session.scalars(select(RegradeAttempt)).all()
    assert [(h.attempt_id, h.old_score, h.new_score) for h in history] == [(first.id, 0.0, 1.0)]
    history_page = client.get(url(version, "brigade")).get_data(as_text=True)
    assert "now “82nd Brigade (also accepted: 82nd, the 82nd Brigade, 82 brigade)”" in history_page
    assert "Amira" in history_page and "Ben" not in history_page


def test_an_attempt_submitted_after_the_preview_makes_the_confirm_preview_again(app, client, auth):
    teacher, version, a, (amira, ben, chloe) = setup()
    make_attempt(a, amira, {"brigade": "82 brigade"})
    auth.login_teacher(teacher)
    digest = digest_of(client.post(url(version, "brigade"), data=ACCEPT).get_data(as_text=True))
    late = make_attempt(a, ben, {"brigade": "82 Brigade"})
    response = client.post(url(version, "brigade", "/apply"), data={**ACCEPT, "digest": digest})
    assert response.status_code == 409
    assert "Something changed since your preview" in response.get_data(as_text=True)
    assert scores(late) == [0.0] and db.session.scalar(select(func.count()).select_from(Regrade)) == 0
    again = client.post(url(version, "brigade", "/apply"), data={**ACCEPT, "digest": digest_of(response.get_data(as_text=True))})
    assert again.status_code == 302 and scores(late) == [1.0]


def test_drop_removes_the_question_from_everyones_maximum(app, client, auth):
    teacher, version, a, (amira, ben, chloe) = setup()
    right = make_attempt(a, amira, {"captured-area": 1500, "brigade": "82nd"})
    wrong = make_attempt(a, ben, {"captured-area": 1000})
    auth.login_teacher(teacher)
    data = {"action": "drop"}
    digest = digest_of(client.post(url(version, "captured-area"), data=data).get_data(as_text=True))
    client.post(url(version, "captured-area", "/apply"), data={**data, "digest": digest})
    db.session.expire_all()
    assert [(x.score, x.max_score) for x in (db.session.get(Attempt, right.id), db.session.get(Attempt, wrong.id))] \
        == [(1.0, 2.0), (0.0, 2.0)]


def test_another_teachers_classes_keep_their_scores_and_their_key(app, client, auth):
    bundled = import_bank(hand_bank(), owner_id=None)  # a bank every teacher uses
    db.session.commit()
    me, _, mine, (amira, *_) = setup(version=bundled)
    other, _, theirs, (olga, *_) = setup(version=bundled, teacher=make_teacher(name="Mr Other"), names=("Olga",))
    my_attempt = make_attempt(mine, amira, {"brigade": "82 brigade"})
    their_attempt = make_attempt(theirs, olga, {"brigade": "82 brigade"})
    auth.login_teacher(me)
    digest = digest_of(client.post(url(bundled, "brigade"), data=ACCEPT).get_data(as_text=True))
    client.post(url(bundled, "brigade", "/apply"), data={**ACCEPT, "digest": digest})
    assert scores(my_attempt, their_attempt) == [1.0, 0.0]
    auth.login_teacher(other)  # their page and preview of the same question show only their classes
    assert "has not been regraded in your classes" in client.get(url(bundled, "brigade")).get_data(as_text=True)
    preview = client.post(url(bundled, "brigade"), data=ACCEPT).get_data(as_text=True)
    assert "Olga" in preview and "Amira" not in preview


def test_an_attempt_submitted_after_the_regrade_scores_with_the_corrected_key(app, client, auth):
    teacher, version, a, (amira, ben, chloe) = setup()
    auth.login_teacher(teacher)
    digest = digest_of(client.post(url(version, "brigade"), data=ACCEPT).get_data(as_text=True))
    client.post(url(version, "brigade", "/apply"), data={**ACCEPT, "digest": digest})
    attempt = attempt_ops.start_attempt(a.id, amira.id)
    attempt_ops.save_answers(attempt.id, amira.id, {question(version, "brigade").id: "82 Brigade"})
    assert attempt_ops.submit_attempt(attempt.id, amira.id).score == 1.0


def test_a_changed_bank_without_a_regrade_leaves_stored_scores_alone(app, client, auth):
    teacher, version, a, (amira, *_) = setup()
    attempt = make_attempt(a, amira, {"brigade": "82 brigade"})
    changed = hand_bank()
    changed.question("brigade").extra["accepted"].append("82 brigade")
    assert import_bank(changed, owner_id=teacher.id).id != version.id  # a new version, the old one kept
    db.session.commit()
    assert scores(attempt) == [0.0]
    assert db.session.scalar(select(Response.points).where(Response.attempt_id == attempt.id,
                                                           Response.question_id == question(version, "brigade").id)) == 0.0


def test_a_bad_change_is_shown_beside_its_field_and_keeps_what_was_typed(app, client, auth):
    teacher, version, *_ = setup()
    auth.login_teacher(teacher)
    response = client.post(url(version, "captured-area"), data={"action": "set_number", "number": "fifteen", "tolerance": "0"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Write the number as a number" in page and 'value="fifteen"' in page


def test_the_results_and_item_analysis_read_the_regraded_scores(app, client, auth):
    teacher, version, a, (amira, ben, chloe) = setup()
    make_attempt(a, amira, {"brigade": "82 brigade"})
    auth.login_teacher(teacher)
    amira_row = lambda: client.get(f"/assignments/{a.id}/results.csv").get_data(as_text=True).splitlines()[1]
    assert amira_row().split(",")[5:] == ["0", "3", "0", "0", "0"]  # score, max, then points per question
    digest = digest_of(client.post(url(version, "brigade"), data=ACCEPT).get_data(as_text=True))
    client.post(url(version, "brigade", "/apply"), data={**ACCEPT, "digest": digest})
    assert amira_row().split(",")[5:] == ["1", "3", "0", "0", "1"]
    assert "Regrade this question" in client.get(f"/assignments/{a.id}/analysis").get_data(as_text=True)


def test_the_review_and_the_item_analysis_show_the_key_the_points_were_given_by(app, client, auth):
    teacher, version, a, (amira, *_) = setup()
    attempt = make_attempt(a, amira, {"lavrov-worse": "Olaf Scholz"})
    auth.login_teacher(teacher)
    data = {"action": "mark_correct", "option": "Olaf Scholz"}
    digest = digest_of(client.post(url(version, "lavrov-worse"), data=data).get_data(as_text=True))
    client.post(url(version, "lavrov-worse", "/apply"), data={**data, "digest": digest})
    analysis = client.get(f"/assignments/{a.id}/analysis").get_data(as_text=True)
    assert "Olaf Scholz <strong>(key)</strong>" in analysis and "Sergei Lavrov <strong>(key)</strong>" not in analysis
    auth.login_student(amira)
    review = client.get(f"/student/attempts/{attempt.id}/review").get_data(as_text=True)
    assert "Correct answer: <strong>Olaf Scholz</strong>" in review and "Sergei Lavrov</strong>" not in review


def test_with_csrf_on_the_form_and_the_preview_carry_their_tokens(csrf_app, csrf_client):
    from audit_world import sign_in

    teacher, version, a, (amira, *_) = setup()
    attempt = make_attempt(a, amira, {"brigade": "82 brigade"})
    sign_in(csrf_client, teacher)
    token = lambda page: re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)
    form = csrf_client.get(url(version, "brigade")).get_data(as_text=True)
    preview = csrf_client.post(url(version, "brigade"), data={**ACCEPT, "csrf_token": token(form)}).get_data(as_text=True)
    applied = csrf_client.post(url(version, "brigade", "/apply"),
                               data={**ACCEPT, "digest": digest_of(preview), "csrf_token": token(preview)})
    assert applied.status_code == 302 and scores(attempt) == [1.0]


def test_full_credit_reaches_a_submitted_attempt_that_has_no_row_for_the_question(app):
    from quizapp.regrade import FULL_CREDIT, Change
    from quizapp.web.regrade import operations as ops

    teacher, version, a, (amira, *_) = setup()
    attempt = make_attempt(a, amira, {"lavrov-worse": "Sergei Lavrov"})
    brigade = question(version, "brigade")
    db.session.delete(db.session.scalar(select(Response).where(Response.attempt_id == attempt.id,
                                                               Response.question_id == brigade.id)))
    db.session.commit()
    plan = ops.preview_regrade(teacher.id, brigade, Change(FULL_CREDIT))
    ops.apply_regrade(teacher.id, brigade.id, Change(FULL_CREDIT), plan.digest)
    assert scores(attempt) == [2.0]
    assert db.session.scalar(select(Response.points).where(Response.attempt_id == attempt.id,
                                                           Response.question_id == brigade.id)) == 1.0
