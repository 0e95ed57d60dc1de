"""A world for the audit sweeps (test_every_route, test_csrf_everywhere): every kind of object
the URL map names, owned by one teacher, plus everyone who must NOT reach them.

    audit = make_audit_world()
    for url, endpoint, method in concrete_requests(app, audit): ...

Objects get distinctive names (MARKERS) so a page shown to the wrong person can be recognised."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from factories import kursk_bank, make_assignment, make_class, make_teacher, students_of
from teacher_factories import hand_version

from quizapp.banks.model import Bank as LoadedBank
from quizapp.models import (
    Attempt,
    BankVersion,
    Classroom,
    GenerationJob,
    PendingImport,
    Quiz,
    QuizItem,
    User,
)
from quizapp.web.attempts import operations as ops
from quizapp.web.extensions import db
from quizapp.web.lti import operations as lti_ops
from quizapp.web.lti.keys import signing_key

# Names only the owning teacher (and the class, for their own things) may ever see.
CLASS_NAME = "Audit class Zebrafinch"
QUIZ_TITLE = "Audit quiz Quokka"
JOB_TITLE = "Audit job Axolotl"
IMPORT_TITLE = "Audit import Ibex"
STUDENT_NAMES = ["Amira Narwhal", "Ben Pangolin", "Chloé Wombat"]
MARKERS = (CLASS_NAME, QUIZ_TITLE, JOB_TITLE, IMPORT_TITLE, *STUDENT_NAMES)

# Pages anyone may open, signed in or not.
# The LTI protocol endpoints are called by an LMS and the browser it sends, signed in or not.
PUBLIC = {"static", "home.index", "auth.login", "auth.logout", "auth.signup", "auth.join", "auth.claim",
          "lti.login", "lti.launch", "lti.jwks", "lti.canvas_config"}
# Blueprints whose every page is the teacher's.
TEACHER_BLUEPRINTS = {"classes", "banks", "quizzes", "assignments", "gradebook", "generator", "regrade", "lti_admin"}
STUDENT_BLUEPRINTS = {"student"}

_PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")


@dataclass
class AuditWorld:
    teacher: User
    classroom: Classroom
    version: BankVersion  # the teacher's own bank: other teachers must not see it
    quiz: Quiz
    assignment_id: int
    student: User  # owns both attempts
    classmate: User  # same class, no attempt
    submitted_attempt_id: int
    in_progress_attempt_id: int
    job_id: int
    import_id: int
    other_teacher: User
    other_classroom: Classroom
    other_student: User
    ids: dict[str, list[int | str]] = field(default_factory=dict)


def done_job(owner: User, bank: LoadedBank) -> GenerationJob:
    """A finished generator run with candidates (no NLP: the candidates are the bank's questions)."""
    job = GenerationJob(owner_id=owner.id, title=JOB_TITLE, article=bank.article, status="done", step="done",
                        candidates=[{"question": q.to_dict(), "decision": "pending"} for q in bank.questions])
    db.session.add(job)
    db.session.commit()
    return job


def waiting_import(owner: User, bank: LoadedBank) -> PendingImport:
    """An imported file waiting for evidence: the bank's questions, the first without its evidence."""
    from quizapp.interop import import_file
    from quizapp.interop.gift import export_gift
    from quizapp.web.banks import pending

    result = import_file(export_gift(bank, None), "audit.gift")
    result.questions[0]["evidence"] = []
    row = pending.create(result, bank.article, IMPORT_TITLE, "audit.gift", owner.id)
    db.session.commit()
    return row


def make_audit_world() -> AuditWorld:
    teacher = make_teacher(name="Ms Audit")
    classroom = make_class(teacher, name=CLASS_NAME, students=STUDENT_NAMES)
    student, classmate = students_of(classroom)[:2]
    version = hand_version(teacher)
    quiz = Quiz(owner_id=teacher.id, bank_version_id=version.id, title=QUIZ_TITLE)
    quiz.items = [QuizItem(question_id=q.id, position=i) for i, q in enumerate(version.questions, start=1)]
    db.session.add(quiz)
    db.session.commit()
    assignment = make_assignment(quiz, classroom, title=QUIZ_TITLE, attempts_allowed=2)
    first = ops.start_attempt(assignment.id, student.id)
    db.session.commit()
    ops.submit_attempt(first.id, student.id)
    db.session.commit()
    second = ops.start_attempt(assignment.id, student.id)
    db.session.commit()
    job = done_job(teacher, kursk_bank())
    # A run in each other state: the review routes must answer 404, not fail on missing candidates.
    others = [GenerationJob(owner_id=teacher.id, title=JOB_TITLE, article="Short.", status=status, step="",
                            error="failed" if status == "failed" else "", candidates=None if status == "queued" else [])
              for status in ("failed", "running", "queued")]
    db.session.add_all(others)
    db.session.commit()
    waiting = waiting_import(teacher, kursk_bank())
    other_teacher = make_teacher(name="Mr Elsewhere")
    other_classroom = make_class(other_teacher, name="Elsewhere class", students=["Olga Elsewhere"])
    # The LMS the teacher registered, and quizapp's signing key (made on first need, as by the
    # first LTI request of a running site: the sweep must not count it as an outsider's change).
    lms = lti_ops.register_platform(teacher.id, lti_ops.PlatformFields(
        name=CLASS_NAME + " LMS", issuer="https://lms.audit.test", client_id=f"audit-{teacher.id}", deployment_ids=["d1"],
        auth_login_url="https://lms.audit.test/auth", token_url="https://lms.audit.test/token",
        jwks_url="https://lms.audit.test/jwks"))
    signing_key()
    world = AuditWorld(teacher, classroom, version, quiz, assignment.id, student, classmate, first.id, second.id,
                       job.id, waiting.id, other_teacher, other_classroom, students_of(other_classroom)[0])
    world.ids = {
        "class_id": [classroom.id], "student_id": [student.id], "assignment_id": [assignment.id],
        "quiz_id": [quiz.id], "version_id": [version.id], "bank_id": [version.bank_id],
        "question_id": [version.questions[0].id], "attempt_id": [first.id, second.id], "job_id": [job.id, *(o.id for o in others)],
        "index": [0], "code": [classroom.join_code], "import_id": [waiting.id], "platform_id": [lms.id],
    }
    assert db.session.get(Attempt, second.id).status == "in_progress"
    return world


def rules(app):
    """Every rule except static, with the methods a client would send."""
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
        if rule.endpoint == "static":
            continue
        yield rule, sorted(rule.methods - {"HEAD", "OPTIONS"})


def fill(rule_text: str, values: dict[str, object]) -> str:
    return _PARAM.sub(lambda m: str(values[m.group(2)]), rule_text)


def concrete_urls(rule, world: AuditWorld) -> list[str]:
    """The rule with its parameters filled with the world's ids (one URL per combination)."""
    names = sorted(rule.arguments)
    # KeyError: a new URL parameter the audit must learn about.
    return [fill(rule.rule, dict(zip(names, values))) for values in product(*(world.ids[n] for n in names))]


def blueprint_of(endpoint: str) -> str:
    return endpoint.split(".", 1)[0]


def sign_in(client, user: User | None) -> None:
    with client.session_transaction() as session:
        session.clear()
        if user is not None:
            session["_user_id"] = user.get_id()
            session["_fresh"] = True


def offender_table(rows: list[tuple]) -> str:
    header = ("who", "method", "url", "endpoint", "status", "problem")
    lines = [" | ".join(header)] + [" | ".join(str(c) for c in row) for row in rows]
    return f"{len(rows)} offenders:\n" + "\n".join(lines)
