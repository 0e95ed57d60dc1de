"""Class and roster operations: plain data in, database rows out. The caller commits once."""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from sqlalchemy import func, select

from quizapp.models import Assignment, Attempt, Classroom, Enrollment, User
from quizapp.web.access import MAX_ID
from quizapp.web.auth.operations import AccountError, end_sessions
from quizapp.web.auth.passwords import hash_password, hash_passwords, readable_password, unusable_password_hash
from quizapp.web.classes.rosters import (
    MAX_NAME, USERNAME_RE, RosterProblem, RosterRow, clean_name, username_candidates,
)
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db

# No 0/O, 1/I/L: a code read off a projector must not be mistyped.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8
MAX_IMPORT = 200  # students added by one roster upload (each password costs a slow hash)


@dataclass
class NewLogin:
    """A student's sign-in details, shown once on the page the creating request returns."""

    student: User
    password: str | None  # None: an unclaimed seat, the student sets it with the join code


@dataclass
class RosterResult:
    planned: list[RosterRow] = field(default_factory=list)
    added: list[NewLogin] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)


def new_join_code() -> str:
    while True:
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        if db.session.scalar(select(Classroom.id).where(Classroom.join_code == code)) is None:
            return code


def create_classroom(teacher_id: int, name: str) -> Classroom:
    name = clean_name(name)
    if not name:
        raise AccountError("Give the class a name.", "name")
    classroom = Classroom(teacher_id=teacher_id, name=name[:MAX_NAME], join_code=new_join_code())
    db.session.add(classroom)
    db.session.flush()
    return classroom


def rename_classroom(classroom: Classroom, name: str) -> None:
    name = clean_name(name)
    if not name:
        raise AccountError("Give the class a name.", "name")
    classroom.name = name[:MAX_NAME]


@dataclass
class ClassContents:
    """What deleting a class takes with it, for the page that asks first."""

    students: int
    assignments: int
    submitted: int
    only_here: list[int]  # students enrolled in no other class: their accounts go too


def class_contents(classroom: Classroom) -> ClassContents:
    students = list(db.session.scalars(select(Enrollment.student_id).where(Enrollment.classroom_id == classroom.id)))
    elsewhere = set(db.session.scalars(select(Enrollment.student_id).where(
        Enrollment.student_id.in_(students), Enrollment.classroom_id != classroom.id)))
    assignments = db.session.scalar(select(func.count(Assignment.id)).where(Assignment.classroom_id == classroom.id))
    submitted = db.session.scalar(select(func.count(Attempt.id)).join(Assignment).where(
        Assignment.classroom_id == classroom.id, Attempt.status == "submitted"))
    return ClassContents(len(students), assignments or 0, submitted or 0, [s for s in students if s not in elsewhere])


def delete_classroom(classroom: Classroom) -> None:
    """The class, its assignments with their attempts (the database cascades), and the accounts
    of students who are in no other class (nobody could ever use them again)."""
    only_here = class_contents(classroom).only_here
    db.session.delete(classroom)
    db.session.flush()
    for user in db.session.scalars(select(User).where(User.id.in_(only_here), User.role == "student")):
        db.session.delete(user)
    db.session.flush()


def regenerate_join_code(classroom: Classroom) -> str:
    classroom.join_code = new_join_code()
    return classroom.join_code


def roster(classroom: Classroom) -> list[Enrollment]:
    return list(db.session.scalars(
        select(Enrollment).join(Enrollment.student)
        .where(Enrollment.classroom_id == classroom.id).order_by(func.lower(User.display_name), User.id)
    ))


def _username_taken(username: str) -> bool:
    return db.session.scalar(select(User.id).where(func.lower(User.username) == username.lower())) is not None


def _free_username(name: str, reserved: set[str]) -> str:
    for candidate in username_candidates(name):
        if candidate not in reserved and not _username_taken(candidate):
            return candidate
    raise RuntimeError("no free username found")  # 50 random tries of a growing number space


def plan_students(classroom: Classroom, rows: list[RosterRow]) -> RosterResult:
    """What `add_students` would do, without writing: the rows it would add (in `planned`) and,
    by line, the ones it could not (username taken or not allowed, name already on this roster).
    The roster preview shows this before any account exists."""
    result = RosterResult()
    on_roster = {e.student.display_name.lower() for e in roster(classroom)}
    reserved: set[str] = set()
    for row in rows:
        name = clean_name(row.name)
        if not name or len(name) > MAX_NAME:
            result.problems.append(RosterProblem(row.line, "no name" if not name else "the name is too long"))
            continue
        if name.lower() in on_roster and not row.username:
            # Most often the same list sent twice; a second student of the same name needs a
            # username of their own so the two cards can be told apart.
            result.problems.append(RosterProblem(
                row.line, f"{name} is already on this roster (give a username to add a second student "
                          "with the same name)"))
            continue
        username = None
        if row.username:
            username = row.username.lower()
            if not USERNAME_RE.match(username):
                result.problems.append(RosterProblem(row.line, f"username '{row.username}' is not allowed"))
                continue
            if username in reserved or _username_taken(username):
                result.problems.append(RosterProblem(row.line, f"username '{username}' is already taken"))
                continue
            reserved.add(username)
        on_roster.add(name.lower())
        result.planned.append(RosterRow(row.line, name, username))
    return result


def add_students(classroom: Classroom, rows: list[RosterRow], self_claim: bool = False) -> RosterResult:
    """Create a student account and a seat in `classroom` for each row. Rows that cannot be added
    (see `plan_students`) are reported by line and the others still added.
    self_claim: no password yet; the student claims the seat with the class join code."""
    result = plan_students(classroom, rows)
    reserved = {row.username for row in result.planned if row.username}
    # Every password is hashed (a deliberately slow KDF: 200 of them take many seconds) before the
    # write lock is taken and at low CPU priority (passwords.hash_passwords), so students' autosaves
    # never wait on a roster upload; the writes themselves are one short transaction.
    planned = []
    for row in result.planned:
        username = row.username or _free_username(row.name, reserved)
        reserved.add(username)
        planned.append((row, username, None if self_claim else readable_password()))
    hashes = iter(hash_passwords([password for _, _, password in planned if password is not None], "student"))
    prepared = [(row, username, password, unusable_password_hash() if password is None else next(hashes))
                for row, username, password in planned]
    with write_transaction(db.session):
        for row, username, password, password_hash in prepared:
            student = User(role="student", username=username, display_name=row.name, session_version=1,
                           password_hash=password_hash)
            db.session.add(student)
            db.session.flush()
            db.session.add(Enrollment(classroom_id=classroom.id, student_id=student.id, claimed=not self_claim))
            result.added.append(NewLogin(student, password))
    return result


def add_student(classroom: Classroom, name: str, username: str | None = None,
                self_claim: bool = False) -> NewLogin:
    """One student; raises AccountError (field "name" or "username") when they cannot be added."""
    result = add_students(classroom, [RosterRow(1, name, (username or "").strip() or None)], self_claim)
    if result.problems:
        message = result.problems[0].message
        raise AccountError(message[:1].upper() + message[1:] + ".", "username" if "username" in message else "name")
    return result.added[0]


def enrollment_or_none(classroom: Classroom, student_id: int) -> Enrollment | None:
    if not 0 < student_id <= MAX_ID:  # names nothing; SQLite cannot even bind a larger integer
        return None
    return db.session.scalars(
        select(Enrollment).where(Enrollment.classroom_id == classroom.id, Enrollment.student_id == student_id)
    ).first()


def reset_password(student: User) -> str:
    """A new readable password; every session of the student ends. Returned to show once."""
    password = readable_password()
    student.password_hash = hash_password(password, "student")
    end_sessions(student)
    return password


def remove_student(enrollment: Enrollment) -> None:
    """Take the student off this roster. The account and its past attempts stay (another class may
    hold them, and results must not vanish); the student's sessions end."""
    end_sessions(enrollment.student)
    db.session.delete(enrollment)
