"""Regrades at the same moment as each other and as submissions, on a real database file (and
PostgreSQL when QUIZAPP_TEST_DATABASE_URL is set): totals stay the sum of their items, scored with
the key that ends up stored, and every re-marked attempt has its history row."""
from __future__ import annotations

import threading

from factories import make_teacher
from sqlalchemy import select
from test_concurrency_attempts import _burst, _count
from test_regrade import QIDS, question, setup
from teacher_factories import hand_bank, make_attempt

from quizapp.models import Attempt, BankQuestion, Regrade, RegradeAttempt, Response
from quizapp.regrade import ACCEPT_ANSWER, Change, Keyed, score_keyed
from quizapp.web.attempts import operations as attempt_ops
from quizapp.web.banks.operations import import_bank
from quizapp.web.extensions import db
from quizapp.web.regrade import operations as ops

NAMES = tuple(f"Student {i}" for i in range(8))


def consistent(app, attempt_ids, question_id, keyed):
    """Every attempt's total is the sum of its items and the question scores under `keyed`."""
    with app.app_context():
        for attempt in db.session.scalars(select(Attempt).where(Attempt.id.in_(attempt_ids))):
            rows = db.session.scalars(select(Response).where(Response.attempt_id == attempt.id)).all()
            assert attempt.score == round(sum(r.points for r in rows), 2)
            row = next(r for r in rows if r.question_id == question_id)
            assert row.points == score_keyed(keyed, row.answer).points


def test_two_tabs_applying_one_preview_at_once_apply_it_once(app):
    teacher, version, a, students = setup(names=NAMES)
    ids = [make_attempt(a, s, {"brigade": f"answer {i % 2}"}).id for i, s in enumerate(students)]
    qid = question(version, "brigade").id
    changes = [Change(ACCEPT_ANSWER, "answer 0"), Change(ACCEPT_ANSWER, "answer 1")]  # one per tab
    digests = [ops.preview_regrade(teacher.id, question(version, "brigade"), c).digest for c in changes]
    turn = iter(range(2))
    results = _burst(app, lambda: (lambda i: ops.apply_regrade(teacher.id, qid, changes[i], digests[i])[1])(next(turn)), 2)
    applied = [r for r in results if isinstance(r, ops.Plan)]
    assert len(applied) == 1 and sum(isinstance(r, ops.StalePreview) for r in results) == 1
    assert _count(app, Regrade) == 1
    assert _count(app, RegradeAttempt) == 4 == len(applied[0].changes)
    consistent(app, ids, qid, applied[0].after)


def test_two_teachers_regrading_one_bundled_question_at_once_each_re_mark_their_own(app):
    bundled = import_bank(hand_bank(), owner_id=None)
    db.session.commit()
    worlds = [setup(version=bundled, names=NAMES[:4]), setup(version=bundled, teacher=make_teacher(name="Mr B"), names=NAMES[4:])]
    ids = [[make_attempt(a, s, {"brigade": "82 brigade"}).id for s in students] for _, _, a, students in worlds]
    qid = question(bundled, "brigade").id
    change = Change(ACCEPT_ANSWER, "82 brigade")
    plans = [ops.preview_regrade(t.id, question(bundled, "brigade"), change) for t, *_ in worlds]
    turn = iter(range(2))
    results = _burst(app, lambda: (lambda i: ops.apply_regrade(worlds[i][0].id, qid, change, plans[i].digest)[1])(next(turn)), 2)
    assert all(isinstance(r, ops.Plan) for r in results), results
    assert _count(app, RegradeAttempt) == 8
    for attempt_ids in ids:
        consistent(app, attempt_ids, qid, plans[0].after)


def test_a_regrade_racing_submissions_leaves_every_submitted_attempt_scored_with_the_new_key(app):
    teacher, version, a, students = setup(names=NAMES)
    started = []
    for student in students:
        attempt = attempt_ops.start_attempt(a.id, student.id)
        attempt_ops.save_answers(attempt.id, student.id, {question(version, "brigade").id: "82 brigade"})
        started.append((attempt.id, student.id))
    qid = question(version, "brigade").id
    change = Change(ACCEPT_ANSWER, "82 brigade")
    jobs = iter([None, *started])

    def regrade_until_applied():
        for _ in range(20):  # a submission landing between preview and apply makes the preview stale
            plan = ops.preview_regrade(teacher.id, db.session.get(BankQuestion, qid), change)
            try:
                return ops.apply_regrade(teacher.id, qid, change, plan.digest)[1]
            except ops.StalePreview:
                continue
        raise AssertionError("never applied")

    def one():
        job = next(jobs)
        return regrade_until_applied() if job is None else attempt_ops.submit_attempt(*job).score

    results = _burst(app, one, len(started) + 1)
    assert [r for r in results if isinstance(r, Exception)] == []
    with app.app_context():
        keyed = Keyed.from_data(db.session.scalar(select(Regrade.question_data)))
        assert db.session.scalars(select(Attempt.score)).all() == [1.0] * len(started)
    consistent(app, [i for i, _ in started], qid, keyed)


def test_a_regrade_committing_while_a_submission_is_being_scored_still_counts(app, monkeypatch):
    teacher, version, a, (amira, *_) = setup()
    attempt = attempt_ops.start_attempt(a.id, amira.id)
    qid = question(version, "brigade").id
    attempt_ops.save_answers(attempt.id, amira.id, {qid: "82 brigade"})
    scored, regraded = threading.Event(), threading.Event()
    real = attempt_ops._score

    def score_then_wait(questions, answers, keys):
        if not scored.is_set():  # the scoring before the submission takes its lock: let a regrade in now
            result = real(questions, answers, keys)
            scored.set()
            regraded.wait(10)
            return result
        return real(questions, answers, keys)

    monkeypatch.setattr(attempt_ops, "_score", score_then_wait)
    change = Change(ACCEPT_ANSWER, "82 brigade")

    def regrade():
        scored.wait(10)
        with app.app_context():
            plan = ops.preview_regrade(teacher.id, db.session.get(BankQuestion, qid), change)
            ops.apply_regrade(teacher.id, qid, change, plan.digest)
        regraded.set()

    helper = threading.Thread(target=regrade)
    helper.start()
    with app.app_context():
        score = attempt_ops.submit_attempt(attempt.id, amira.id).score
    helper.join()
    assert score == 1.0
