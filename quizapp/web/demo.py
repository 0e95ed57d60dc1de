"""Demo data for `quizapp demo`: a teacher, a class with known logins, a quiz of the Kursk bank and
an assignment open now. Made once; running the demo again finds it and changes nothing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from quizapp.models import Assignment, Bank, Classroom, Enrollment, Quiz, QuizItem, User, utcnow
from quizapp.web.auth.passwords import hash_password
from quizapp.web.classes.operations import create_classroom
from quizapp.web.extensions import db

DEMO_TEACHER_EMAIL = "teacher@example.com"
DEMO_TEACHER_PASSWORD = "demo-teacher-2024"
DEMO_TEACHER_NAME = "Ms Rivera (demo)"
DEMO_CLASS = "Year 10 English"
DEMO_BANK_SLUG = "kursk-2024"
# (name, username, password): fixed so the README and the printed banner can give them.
DEMO_STUDENTS = (
    ("Amira Khan", "amira.k", "otter-maple-11"),
    ("Ben Lee", "ben.l", "river-apple-22"),
    ("Chloé Dubois", "chloe.d", "comet-lilac-33"),
    ("Daniel Okafor", "daniel.o", "tiger-cedar-44"),
    ("Eva Novak", "eva.n", "pearl-frost-55"),
    ("Farid Haddad", "farid.h", "koala-bloom-66"),
)


@dataclass
class DemoResult:
    created: bool
    teacher: User
    classroom: Classroom | None
    message: str = ""


def ensure_demo_data() -> DemoResult:
    """Create the demo data unless the demo teacher exists. Needs the Kursk bank imported (it is
    bundled); without it the class is still made and the message says why there is no quiz."""
    teacher = db.session.scalars(select(User).where(User.email == DEMO_TEACHER_EMAIL)).first()
    if teacher is not None:
        classroom = db.session.scalars(
            select(Classroom).where(Classroom.teacher_id == teacher.id, Classroom.name == DEMO_CLASS)
        ).first()
        return DemoResult(False, teacher, classroom, "demo data already present (unchanged)")

    teacher = User(role="teacher", email=DEMO_TEACHER_EMAIL, display_name=DEMO_TEACHER_NAME,
                   password_hash=hash_password(DEMO_TEACHER_PASSWORD), session_version=1)
    db.session.add(teacher)
    db.session.flush()
    classroom = create_classroom(teacher.id, DEMO_CLASS)
    for name, username, password in DEMO_STUDENTS:
        if db.session.scalars(select(User).where(User.username == username)).first() is not None:
            continue  # someone took the name in this database; the banner still lists the rest
        student = User(role="student", username=username, display_name=name,
                       password_hash=hash_password(password, "student"), session_version=1)
        db.session.add(student)
        db.session.flush()
        db.session.add(Enrollment(classroom_id=classroom.id, student_id=student.id, claimed=True))

    bank = db.session.scalars(select(Bank).where(Bank.slug == DEMO_BANK_SLUG, Bank.owner_id.is_(None))).first()
    message = "demo data created"
    if bank is not None and bank.versions:
        version = bank.versions[-1]
        quiz = Quiz(owner_id=teacher.id, bank_version_id=version.id, title="Kursk, November 2024: who said what")
        quiz.items = [QuizItem(question_id=q.id, position=i) for i, q in enumerate(demo_questions(version), start=1)]
        db.session.add(quiz)
        db.session.flush()
        now = utcnow()
        db.session.add(Assignment(
            quiz_id=quiz.id, classroom_id=classroom.id, title="Kursk: who said what (demo)", whole_class=True,
            opens_at=now - timedelta(minutes=1), due_at=now + timedelta(days=7), time_limit_minutes=None,
            attempts_allowed=2, review_policy="immediately",
        ))
    else:
        message += f" without a quiz: the bank '{DEMO_BANK_SLUG}' is not loaded"
    db.session.flush()
    return DemoResult(True, teacher, classroom, message)


def demo_questions(version, per_skill: int = 2) -> list:
    """A short quiz that still shows every skill and question type: the first two questions of each
    skill, then the first of any type not yet included, in bank order."""
    chosen, per, types = [], {}, set()
    for question in version.questions:
        if per.get(question.skill, 0) < per_skill:
            chosen.append(question)
            per[question.skill] = per.get(question.skill, 0) + 1
            types.add(question.type)
    for question in version.questions:
        if question.type not in types:
            chosen.append(question)
            types.add(question.type)
    return sorted(chosen, key=lambda q: q.position)


def demo_banner(url: str, classroom: Classroom | None) -> str:
    lines = [
        f"quizapp demo running at {url}",
        "",
        f"  Teacher:  {DEMO_TEACHER_EMAIL}  password: {DEMO_TEACHER_PASSWORD}",
        "  Students (sign in with username and password):",
    ]
    lines += [f"    {username:<10} {password:<16} {name}" for name, username, password in DEMO_STUDENTS]
    if classroom is not None:
        lines.append(f"  Class code of {classroom.name}: {classroom.join_code}")
    return "\n".join(lines)


def published_logins_present() -> list[str]:
    """The demo accounts that still have the passwords printed in the README: anyone could sign in
    with them, so `quizapp serve` refuses such a database unless told otherwise."""
    from sqlalchemy import or_

    from quizapp.web.auth.passwords import check_password

    published = {DEMO_TEACHER_EMAIL: DEMO_TEACHER_PASSWORD, **{u: pw for _, u, pw in DEMO_STUDENTS}}
    users = db.session.scalars(select(User).where(or_(User.email == DEMO_TEACHER_EMAIL,
                                                       User.username.in_([u for _, u, _ in DEMO_STUDENTS]))))
    return sorted(login for user in users
                  if check_password(user.password_hash, published[login := (user.email or user.username)]))
