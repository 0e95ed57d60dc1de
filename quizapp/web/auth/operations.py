"""Account operations: plain data in, database changes out (the caller's request commits)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from quizapp.models import Classroom, Enrollment, LoginThrottle, User, utcnow
from quizapp.web.auth.passwords import check_against_dummy, check_password, hash_password
from quizapp.web.classes.rosters import USERNAME_RE
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_TEACHER_PASSWORD = 10
MIN_STUDENT_PASSWORD = 6
# zxcvbn's guessability score, 0 (a top-10 password, "aaaaaaaaaa") to 4: a teacher's account
# guards a whole class's data; a student's needs only to be no common password.
MIN_SCORE = {"teacher": 2, "student": 1}


def check_new_password(password: str, role: str, *context: str) -> None:
    """Refuse a password that is too short or easy to guess (common, repeated, a keyboard row, or
    the person's own name or e-mail: `context`), with zxcvbn's advice as the message."""
    from zxcvbn import zxcvbn  # loads its word lists: only when a password is being chosen

    minimum = MIN_TEACHER_PASSWORD if role == "teacher" else MIN_STUDENT_PASSWORD
    if len(password) < minimum:
        raise AccountError(f"Use at least {minimum} characters.", "password")
    result = zxcvbn(password[:100], user_inputs=[c for c in context if c])
    if result["score"] < MIN_SCORE[role]:
        advice = result["feedback"]["warning"] or "This password is easy to guess."
        raise AccountError(f"{advice.rstrip('.')}. Choose a less common password: a few unrelated words work well.",
                           "password")


class AccountError(ValueError):
    """A rule broken by the data given; `field` names the form field it belongs beside."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_user(identifier: str) -> User | None:
    """A teacher by e-mail or a student by username (both case-insensitive)."""
    ident = identifier.strip().lower()
    if not ident or len(ident) > 254 or "\x00" in ident:
        return None
    column = User.email if "@" in ident else User.username
    return db.session.scalars(select(User).where(func.lower(column) == ident)).first()


def create_teacher(email: str, password: str, display_name: str) -> User:
    email = normalize_email(email)
    if not EMAIL_RE.match(email):
        raise AccountError("Enter an e-mail address like name@school.org.", "email")
    check_new_password(password, "teacher", email, display_name)
    if find_user(email) is not None:
        # As slow as making the account: a quick answer would tell who has one.
        check_against_dummy(password, "teacher")
        raise AccountError("An account with this e-mail already exists. Sign in instead.", "email")
    user = User(role="teacher", email=email, display_name=display_name.strip() or email,
                password_hash=hash_password(password), session_version=1)
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError:  # signed up twice at once
        db.session.rollback()
        raise AccountError("An account with this e-mail already exists. Sign in instead.", "email") from None
    return user


ADDRESS_WINDOW = timedelta(minutes=10)  # the per-address budget of password checks counts over this
GLOBAL_WINDOW = timedelta(minutes=1)    # the site-wide budget counts over this (and refuses for this long)
SIGNUPS_ALLOWED = 10                 # per address and window: a school's staff, not a script
SIGNUPS_WINDOW = timedelta(hours=1)


def signup_refused(client_address: str | None, now: datetime | None = None) -> datetime | None:
    """Count a sign-up try from this address; until when it may not try again, or None."""
    now = now or utcnow()
    return _count_try(f"signup|{client_address or '-'}", now, SIGNUPS_ALLOWED, SIGNUPS_WINDOW, SIGNUPS_WINDOW)


def end_sessions(user: User) -> None:
    """Every session of this account (this browser's included) stops being signed in."""
    user.session_version = (user.session_version or 1) + 1


def set_password(user: User, password: str) -> None:
    user.password_hash = hash_password(password, user.role)
    end_sessions(user)


def change_password(user: User, current: str, new: str) -> None:
    """The account holder changes their own password; every other session of the account ends."""
    if not check_password(user.password_hash, current):
        raise AccountError("That is not your current password.", "current")
    check_new_password(new, user.role, user.email or "", user.username or "", user.display_name)
    set_password(user, new)


# --- sign-in throttle --------------------------------------------------------------------------

@dataclass
class SignInResult:
    user: User | None = None
    error: str | None = None
    locked_until: datetime | None = None


def throttle_key(identifier: str, client_address: str | None, device: str | None = None) -> str:
    # Per account AND address: a student mistyping (or a classmate trying) someone else's name
    # from another machine cannot lock the owner out of their own. A browser where this account
    # has signed in before counts on its own (device), so behind a school's shared address the
    # owner's own browser still works while a classmate's attempts lock only the address.
    where = f"device:{device}" if device else (client_address or "-")
    return f"{identifier.strip().lower()[:300]}|{where[:90]}"


def _minutes(config: dict, name: str, default: int) -> timedelta:
    return timedelta(minutes=int(config.get(name, default)))


def sign_in(identifier: str, password: str, client_address: str | None, config: dict,
            now: datetime | None = None, device: str | None = None,
            device_user_ids: frozenset[int] = frozenset()) -> SignInResult:
    """Check a password, counting failures per (account, address) in the database so the limit
    holds across worker processes. Commits (a failure must be recorded even though the request fails).
    device / device_user_ids: this browser's id and the accounts that signed in on it before (a
    signed cookie); for those accounts failures count per browser instead of per address."""
    now = now or utcnow()
    max_failures = int(config.get("LOGIN_MAX_FAILURES", 5))
    window = _minutes(config, "LOGIN_WINDOW_MINUTES", 15)
    lock = _minutes(config, "LOGIN_LOCK_MINUTES", 15)
    user = find_user(identifier)
    known_here = device if (device and user is not None and user.id in device_user_ids) else None
    key = throttle_key(identifier, client_address, known_here)

    # The try is counted before the password is checked, in one locked transaction: a burst of
    # parallel tries can check no more passwords than the limit allows (counting after the check
    # let 40 parallel tries check 12, and a right password inside the burst sign in).
    locked_until = _count_try(key, now, max_failures, window, lock)
    if locked_until is not None:
        return _locked(locked_until, now)
    if user is None and not could_name_an_account(identifier):
        # No account can have this name (the rules for names are public), so answering at once
        # tells nothing, and a flood of junk names costs no hash and spends no budget.
        return SignInResult(error=WRONG_NAME_OR_PASSWORD)
    # Every password check costs a slow hash: one address gets a budget of them (a whole school
    # signing in behind one address fits it), so random names cannot keep the workers busy.
    budget = int(config.get("LOGIN_ADDRESS_BUDGET", 900))
    busy_until = _count_try(f"address|{client_address or '-'}", now, budget, ADDRESS_WINDOW, ADDRESS_WINDOW)
    if busy_until is not None:
        return _busy(busy_until, now, "from this network")
    # And the whole site gets one, so tries spread over many addresses cannot either. A browser
    # this account has signed in on before is not counted: a flood by strangers must not keep a
    # student out on their own computer.
    if known_here is None:
        site_budget = int(config.get("LOGIN_GLOBAL_BUDGET", 600))
        busy_until = _count_try("site", now, site_budget, GLOBAL_WINDOW, GLOBAL_WINDOW)
        if busy_until is not None:
            return _busy(busy_until, now, "on this site")

    if user is not None:
        ok = check_password(user.password_hash, password, user.role)
    else:
        # The same time as a real check (students' names have no "@": the student cost).
        check_against_dummy(password, "teacher" if "@" in identifier else "student")
        ok = False
    if ok:
        with write_transaction() as session:
            session.execute(LoginThrottle.__table__.delete().where(LoginThrottle.key == key))
        return SignInResult(user=db.session.get(User, user.id))

    locked_until = _lock_when_spent(key, now, max_failures, lock)
    if locked_until is not None:
        return _locked(locked_until, now)
    return SignInResult(error=WRONG_NAME_OR_PASSWORD)


WRONG_NAME_OR_PASSWORD = "That sign-in name and password do not match. Check them and try again."


def could_name_an_account(identifier: str) -> bool:
    """Whether some account could have this sign-in name: teachers sign in with an e-mail address,
    students with a username of the roster's form."""
    ident = identifier.strip().lower()
    return bool(EMAIL_RE.match(ident) if "@" in ident else USERNAME_RE.match(ident))


def _busy(until: datetime, now: datetime, where: str) -> SignInResult:
    minutes = max(1, int((until - now).total_seconds() + 59) // 60)
    return SignInResult(error=f"Too many sign-ins {where} right now. Try again in {minutes} "
                              f"minute{'s' if minutes != 1 else ''}.", locked_until=until)


def _count_try(key: str, now: datetime, max_failures: int, window: timedelta,
               lock: timedelta) -> datetime | None:
    """Count one try for `key`; the lock's end where the key is locked or its tries are spent."""
    for _ in range(2):  # the second pass wins a race with a concurrent first try
        try:
            with write_transaction() as session:
                row = session.scalars(
                    select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()
                ).first()
                if row is None:
                    row = LoginThrottle(key=key, failures=0, window_start=now)
                    session.add(row)
                if row.locked_until is not None and row.locked_until > now:
                    return row.locked_until
                if row.window_start is None or now - row.window_start > window or row.locked_until is not None:
                    row.failures, row.window_start, row.locked_until = 0, now, None
                if row.failures >= max_failures:
                    row.locked_until = now + lock
                    return row.locked_until
                row.failures += 1
                # Forget stale counts (anyone can make rows by typing names): a row matters only
                # while its window or its lock lasts.
                session.execute(LoginThrottle.__table__.delete().where(
                    LoginThrottle.key != key,
                    LoginThrottle.window_start < now - window,
                    (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until < now),
                ))
                return None
        except IntegrityError:
            continue
    return None


def _lock_when_spent(key: str, now: datetime, max_failures: int, lock: timedelta) -> datetime | None:
    """After a wrong password: lock the key once its tries are all spent."""
    with write_transaction() as session:
        row = session.scalars(select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()).first()
        if row is None or row.failures < max_failures:
            return None
        if row.locked_until is None or row.locked_until <= now:
            row.locked_until = now + lock
        return row.locked_until


def _locked(until: datetime, now: datetime) -> SignInResult:
    minutes = max(1, int((until - now).total_seconds() + 59) // 60)
    return SignInResult(
        error=f"Too many failed sign-ins. This account is locked on this computer for {minutes} "
              f"more minute{'s' if minutes != 1 else ''}. Ask your teacher if you forgot your password.",
        locked_until=until,
    )


# --- claiming a seat with a join code ----------------------------------------------------------

WRONG_CODES_ALLOWED = 25          # per address and window: a class's typos, not a guessing script
WRONG_CODES_WINDOW = timedelta(minutes=15)


def join_code_locked(client_address: str | None, now: datetime | None = None) -> datetime | None:
    """Until when this address may not try class codes (it typed too many wrong ones), or None."""
    row = db.session.get(LoginThrottle, f"join-code|{client_address or '-'}")
    now = now or utcnow()
    return row.locked_until if row is not None and row.locked_until and row.locked_until > now else None


def record_wrong_join_code(client_address: str | None, now: datetime | None = None) -> datetime | None:
    """Count a wrong class code from this address; the lock's end once they are too many. Codes
    have 31^8 values, so a lock after 25 wrong ones leaves guessing hopeless."""
    now = now or utcnow()
    key = f"join-code|{client_address or '-'}"
    locked = _count_try(key, now, WRONG_CODES_ALLOWED, WRONG_CODES_WINDOW, WRONG_CODES_WINDOW)
    return locked or _lock_when_spent(key, now, WRONG_CODES_ALLOWED, WRONG_CODES_WINDOW)


def classroom_by_join_code(code: str) -> Classroom | None:
    code = re.sub(r"[\s-]", "", code or "").upper()
    if not re.fullmatch(r"[A-Z0-9]{1,16}", code):
        return None
    return db.session.scalars(select(Classroom).where(Classroom.join_code == code)).first()


def unclaimed_seats(classroom: Classroom) -> list[Enrollment]:
    return list(db.session.scalars(
        select(Enrollment).join(Enrollment.student)
        .where(Enrollment.classroom_id == classroom.id, Enrollment.claimed.is_(False))
        .order_by(User.display_name)
    ))


def claim_seat_as(classroom: Classroom, enrollment_id: int, student: User) -> None:
    """A signed-in student takes an unclaimed seat with the account they have, so one student
    keeps one username across classes. The account the teacher's list made for the seat was
    never used (no password was ever set on it) and goes."""
    with write_transaction() as session:
        seat = session.scalars(select(Enrollment).where(
            Enrollment.id == enrollment_id, Enrollment.classroom_id == classroom.id).with_for_update()).first()
        if seat is None or seat.claimed:
            raise AccountError("That name has already been claimed. Pick your own name, or ask your teacher.", "seat")
        if session.scalar(select(Enrollment.id).where(Enrollment.classroom_id == classroom.id,
                                                      Enrollment.student_id == student.id)) is not None:
            raise AccountError(f"You are already in {classroom.name}.", "seat")
        placeholder = seat.student
        seat.student, seat.claimed = session.merge(student), True
        session.flush()
        others = session.scalar(select(Enrollment.id).where(Enrollment.student_id == placeholder.id).limit(1))
        if others is None:
            session.delete(placeholder)


def claim_seat(classroom: Classroom, enrollment_id: int, password: str) -> User:
    """The student of an unclaimed seat sets a password; the seat is then theirs."""
    check_new_password(password, "student")
    with write_transaction() as session:
        seat = session.scalars(
            select(Enrollment).where(
                Enrollment.id == enrollment_id, Enrollment.classroom_id == classroom.id
            ).with_for_update()
        ).first()
        if seat is None or seat.claimed:
            raise AccountError("That name has already been claimed. Pick your own name, or ask your teacher.", "seat")
        seat.claimed = True
        set_password(seat.student, password)
        student = seat.student
    return student
