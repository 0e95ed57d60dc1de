"""Objects the web tests need, made through the real operations (so they obey the same rules).

Every helper needs an app context (the `app` fixture's tests run inside one) and commits, so a
request made afterwards with the test client sees the rows. Known passwords:
TEACHER_PASSWORD for teachers, STUDENT_PASSWORD for students made here.

    teacher = make_teacher()
    classroom = make_class(teacher, students=["Amira Khan", "Ben Lee"])
    version = kursk_version()                 # the Kursk bank imported (bundled, owner None)
    quiz = make_quiz(teacher, version, n=5)   # first 5 questions
    assignment = make_assignment(quiz, classroom, time_limit_minutes=20)
    world = make_world()                      # all of the above plus a second teacher and class
"""
from __future__ import annotations

import copy
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import timedelta
from html import unescape
from pathlib import Path

from sqlalchemy import select

from quizapp.banks.model import Bank as LoadedBank
from quizapp.banks.model import Evidence, Question, Source
from quizapp.models import Assignment, AssignmentStudent, Classroom, Enrollment, Quiz, QuizItem, User, utcnow
from quizapp.models import BankVersion
from quizapp.paths import banks_dir
from quizapp.web.auth.passwords import hash_password
from quizapp.web.banks.operations import import_bank
from quizapp.web.classes.operations import create_classroom
from quizapp.web.extensions import db

TEACHER_PASSWORD = "teacher-pass-123"
STUDENT_PASSWORD = "otter-maple-47"
DEFAULT_STUDENTS = ("Amira Khan", "Ben Lee", "Chloé Dubois")

_serial = itertools.count(1)


def make_teacher(email: str | None = None, name: str | None = None, password: str = TEACHER_PASSWORD) -> User:
    n = next(_serial)
    user = User(role="teacher", email=email or f"teacher{n}@example.com", display_name=name or f"Teacher {n}",
                password_hash=hash_password(password), session_version=1)
    db.session.add(user)
    db.session.commit()
    return user


def make_student(classroom: Classroom | None = None, name: str | None = None, username: str | None = None,
                 password: str = STUDENT_PASSWORD, claimed: bool = True) -> User:
    """A student with a known password, enrolled in `classroom` when given."""
    n = next(_serial)
    user = User(role="student", username=username or f"student{n}", display_name=name or f"Student {n}",
                password_hash=hash_password(password), session_version=1)
    db.session.add(user)
    db.session.flush()
    if classroom is not None:
        db.session.add(Enrollment(classroom_id=classroom.id, student_id=user.id, claimed=claimed))
    db.session.commit()
    return user


def make_class(teacher: User, name: str = "Year 10 English", students=DEFAULT_STUDENTS) -> Classroom:
    """A class of `teacher` (with a real join code) holding students with STUDENT_PASSWORD.
    students: names, or a number of students to make up."""
    classroom = create_classroom(teacher.id, name)
    db.session.commit()
    names = [None] * students if isinstance(students, int) else list(students)
    for student_name in names:
        make_student(classroom, name=student_name)
    db.session.refresh(classroom)
    return classroom


def students_of(classroom: Classroom) -> list[User]:
    return list(db.session.scalars(
        select(User).join(Enrollment, Enrollment.student_id == User.id)
        .where(Enrollment.classroom_id == classroom.id).order_by(User.id)
    ))


KURSK = banks_dir() / "kursk-2024"


def kursk_bank() -> LoadedBank:
    """The bundled Kursk bank, loaded by the real loader (once per run; each caller gets its own
    copy to change); a small hand-made bank over the same article if bank.yaml is missing or broken."""
    return copy.deepcopy(_kursk_bank_cached())


@functools.cache
def _kursk_bank_cached() -> LoadedBank:
    if (KURSK / "bank.yaml").is_file():
        from quizapp.banks.errors import BankError
        from quizapp.banks.loader import load_bank

        try:
            return load_bank(KURSK)
        except BankError:
            pass  # mid-edit; tests/banks reports it. The web tests need a bank, not this one.
    return hand_bank()


def hand_bank() -> LoadedBank:
    article = (KURSK / "article.txt").read_text(encoding="utf-8")

    def ev(quote: str) -> list[Evidence]:
        start = article.index(quote)
        return [Evidence(quote, start, start + len(quote))]

    questions = [
        Question("lavrov-worse", "single_choice", "who_said",
                 'Who called the proposal to freeze the conflict "even worse" than Minsk?',
                 "Sergei Lavrov", ev("Russian Foreign Minister Sergei Lavrov"),
                 options=["Sergei Lavrov", "Mikhail Zvinchuk", "Pasi Paroinen", "Olaf Scholz"]),
        Question("paroinen-org", "single_choice", "affiliation",
                 "Which organisation does Pasi Paroinen work for?", "Black Bird Group",
                 ev("Pasi Paroinen, an analyst at Black Bird Group"),
                 options=["Black Bird Group", "Rybar", "82nd Brigade", "Institute for the Study of War"]),
        Question("zvinchuk-rybar", "true_false", "affiliation",
                 "Mikhail Zvinchuk founded the Telegram channel Rybar.", True,
                 ev("Mikhail Zvinchuk, who founded the Telegram channel Rybar")),
        Question("captured-area", "numeric", "figure",
                 "At most how many square kilometres did Ukrainian forces capture in the first two weeks?",
                 1500, ev("between 1,000 and 1,500 square kilometers"), extra={"tolerance": 0}),
        Question("brigade", "short_answer", "detail",
                 "Which brigade does Oleksandr work for? (number and word)", "82nd Brigade",
                 ev("the 82nd Brigade"), extra={"accepted": ["82nd", "the 82nd Brigade"]}),
    ]
    source = Source(title="Russia wants the Ukrainians to take back territory in Kursk",
                    publication="The Washington Post (machine translation)", date="2024-11", file="article.txt")
    return LoadedBank(id="kursk-2024", title="Kursk, November 2024: who said what", source=source,
                      article=article, questions=questions, path=str(KURSK / "bank.yaml"))


def kursk_version(owner_id: int | None = None) -> BankVersion:
    version = import_bank(kursk_bank(), owner_id=owner_id)
    db.session.commit()
    return version


def make_quiz(teacher: User, version: BankVersion | None = None, n: int | None = None,
              title: str = "Kursk: who said what") -> Quiz:
    """A quiz of the first `n` questions of `version` (all when None), in bank order."""
    version = version or kursk_version()
    questions = version.questions[:n] if n else version.questions
    quiz = Quiz(owner_id=teacher.id, bank_version_id=version.id, title=title)
    quiz.items = [QuizItem(question_id=q.id, position=i) for i, q in enumerate(questions, start=1)]
    db.session.add(quiz)
    db.session.commit()
    return quiz


def make_assignment(quiz: Quiz, classroom: Classroom, students: list[User] | None = None, **fields) -> Assignment:
    """Open since a minute ago, due in 7 days, whole class unless `students` are chosen.
    fields: any Assignment column (time_limit_minutes, attempts_allowed, review_policy, ...)."""
    now = utcnow()
    values = dict(title=quiz.title, opens_at=now - timedelta(minutes=1), due_at=now + timedelta(days=7),
                  attempts_allowed=1, review_policy="immediately", whole_class=students is None)
    values.update(fields)
    assignment = Assignment(quiz_id=quiz.id, classroom_id=classroom.id, **values)
    for student in students or []:
        assignment.students.append(AssignmentStudent(student_id=student.id, selected=True))
    db.session.add(assignment)
    db.session.commit()
    return assignment


@dataclass
class World:
    """Two teachers, each with a class; the first teacher's class has a quiz assigned."""

    teacher: User
    classroom: Classroom
    students: list[User]
    version: BankVersion
    quiz: Quiz
    assignment: Assignment
    other_teacher: User
    other_classroom: Classroom
    other_student: User

    @property
    def student(self) -> User:
        return self.students[0]


def make_world() -> World:
    teacher = make_teacher(name="Ms Rivera")
    classroom = make_class(teacher)
    version = kursk_version()
    quiz = make_quiz(teacher, version)
    assignment = make_assignment(quiz, classroom)
    other_teacher = make_teacher(name="Mr Other")
    other_classroom = make_class(other_teacher, name="Other class", students=["Olga Other"])
    return World(teacher, classroom, students_of(classroom), version, quiz, assignment,
                 other_teacher, other_classroom, students_of(other_classroom)[0])


def data_path(name: str) -> Path:
    return Path(__file__).resolve().parents[1] / "data" / name


def signed_in_client(app, user_id: int):
    """A test client of its own (not the fixture's, which works inside the test's app context),
    signed in as the user: for requests made from other threads."""
    from flask.testing import FlaskClient

    client = FlaskClient(app, app.response_class, use_cookies=True)
    with app.app_context():
        session_id = db.session.get(User, user_id).get_id()
    with client.session_transaction() as session:
        session["_user_id"] = session_id
    return client


def import_roster(client, classroom, **data):
    """Preview a roster (nothing created yet), then confirm it as the teacher would."""
    kwargs = {"content_type": "multipart/form-data"} if "file" in data else {}
    url = f"/classes/{classroom.id}/students/import"
    preview = client.post(url, data=data, **kwargs)
    if preview.status_code != 200 or "Check the list" not in (page := preview.get_data(as_text=True)):
        return preview
    assert "file" not in data or students_of(classroom) == []
    digest = re.search(r'name="previewed" type="hidden" value="([0-9a-f]+)"', page).group(1)
    text = re.search(r'<textarea[^>]*name="roster"[^>]*>\r?\n?(.*?)</textarea>', page, re.S).group(1)  # as a browser reads it
    confirm = {"roster": unescape(text), "previewed": digest, "confirm": "Create"}
    if data.get("self_claim"):
        confirm["self_claim"] = "y"
    return client.post(url, data=confirm)
