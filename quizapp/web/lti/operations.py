"""LTI state changes, taking plain data: registering a platform, and what a validated launch
does here (the person's account, the course's class, the resource link's assignment)."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from quizapp.lti.claims import ClaimError, Launch
from quizapp.models import (
    Assignment, BankQuestion, Classroom, Enrollment, LtiContext, LtiIdentity, LtiPlatform, LtiResourceLink, User,
)
from quizapp.web.classes.operations import new_join_code
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db
from quizapp.web.quizzes.drawing import draw_per_skill, new_seed
from quizapp.web.quizzes.operations import build_quiz

# Accounts made by a launch sign in through their LMS only: no password matches this (it is not a
# hash werkzeug can read, so check_password_hash answers False).
NO_PASSWORD = "lti-launch-only"


class PlatformError(Exception):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message, self.field = message, field


@dataclass
class PlatformFields:
    name: str
    issuer: str
    client_id: str
    deployment_ids: list[str]
    auth_login_url: str
    token_url: str
    jwks_url: str
    lms_url: str = ""


def _check_url(value: str, field: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    # http only for a platform on this machine (a test LMS); a real platform is always HTTPS.
    local = parts.hostname in ("localhost", "127.0.0.1", "::1")
    if parts.scheme != "https" and not (parts.scheme == "http" and local) or not parts.netloc:
        raise PlatformError("Give the full https:// address the LMS shows for this.", field)
    return value


def parse_deployment_ids(text: str) -> list[str]:
    ids = [part.strip() for part in text.replace(",", "\n").splitlines() if part.strip()]
    return list(dict.fromkeys(ids))


def _checked(fields: PlatformFields) -> dict:
    """The platform's columns from the fields (raises PlatformError naming the field at fault)."""
    issuer = fields.issuer.strip()
    if not issuer:
        raise PlatformError("Give the platform's issuer (its https:// address, e.g. https://canvas.instructure.com).", "issuer")
    client_id = fields.client_id.strip()
    if not client_id:
        raise PlatformError("Give the client id the LMS generated for quizapp.", "client_id")
    if not fields.deployment_ids:
        raise PlatformError("Give at least one deployment id.", "deployment_ids")
    if len(issuer) > 255 or len(client_id) > 255 or any(len(d) > 255 for d in fields.deployment_ids):
        raise PlatformError("That is longer than any LMS id (255 characters at most).", "issuer")
    return dict(
        name=(fields.name.strip() or issuer)[:120], issuer=issuer, client_id=client_id,
        deployment_ids=list(fields.deployment_ids),
        auth_login_url=_check_url(fields.auth_login_url, "auth_login_url"),
        token_url=_check_url(fields.token_url, "token_url"), jwks_url=_check_url(fields.jwks_url, "jwks_url"),
        lms_url=_check_url(fields.lms_url, "lms_url") if fields.lms_url.strip() else None)


def _taken(issuer: str, client_id: str, other_than: int | None = None) -> bool:
    query = select(LtiPlatform.id).where(LtiPlatform.issuer == issuer, LtiPlatform.client_id == client_id)
    if other_than is not None:
        query = query.where(LtiPlatform.id != other_than)
    return db.session.scalar(query) is not None


def register_platform(owner_id: int | None, fields: PlatformFields) -> LtiPlatform:
    """Add a platform (raises PlatformError naming the field at fault)."""
    platform = LtiPlatform(owner_id=owner_id, **_checked(fields))
    if _taken(platform.issuer, platform.client_id):
        raise PlatformError("This issuer and client id are registered already.", "client_id")
    try:
        with write_transaction() as session:
            session.add(platform)
    except IntegrityError:
        raise PlatformError("This issuer and client id are registered already.", "client_id") from None
    return platform


def platform_fields(platform: LtiPlatform) -> PlatformFields:
    """A registration as the fields that made it (what the edit form and the CLI start from)."""
    return PlatformFields(name=platform.name, issuer=platform.issuer, client_id=platform.client_id,
                          deployment_ids=list(platform.deployment_ids), auth_login_url=platform.auth_login_url,
                          token_url=platform.token_url, jwks_url=platform.jwks_url, lms_url=platform.lms_url or "")


def update_platform(platform_id: int, fields: PlatformFields) -> LtiPlatform:
    """Change a registration's ids and addresses (raises PlatformError naming the field at fault).
    Its people, courses and links stay: they hang on the registration, not on its issuer."""
    values = _checked(fields)
    if _taken(values["issuer"], values["client_id"], other_than=platform_id):
        raise PlatformError("This issuer and client id are registered already.", "client_id")
    try:
        with write_transaction() as session:
            platform = session.get(LtiPlatform, platform_id)
            for name, value in values.items():
                setattr(platform, name, value)
    except IntegrityError:
        raise PlatformError("This issuer and client id are registered already.", "client_id") from None
    return platform


@dataclass
class PlatformUse:
    """What came from a platform: what its removal would cut off."""

    classes: list[str]
    people: int
    links: int

    @property
    def empty(self) -> bool:
        return not (self.classes or self.people or self.links)

    def explain(self) -> str:
        parts = []
        if self.classes:
            parts.append(f"{len(self.classes)} LMS course{'s' if len(self.classes) != 1 else ''} "
                         f"({', '.join(self.classes)})")
        if self.people:
            parts.append(f"{self.people} {'person who signs' if self.people == 1 else 'people who sign'} in through it")
        if self.links:
            parts.append(f"{self.links} assignment link{'s' if self.links != 1 else ''} in its gradebook")
        return ("quizapp keeps this LMS: " + ", ".join(parts) + " came from it. Removed, its students could no "
                "longer sign in and their grades could no longer reach the LMS. To change where it is, edit it "
                "instead; it can be removed once none of this is left (delete its classes first).")


def platform_use(platform_id: int) -> PlatformUse:
    classes = list(db.session.scalars(
        select(Classroom.name).join(LtiContext, LtiContext.classroom_id == Classroom.id)
        .where(LtiContext.platform_id == platform_id).order_by(Classroom.name)))
    people = db.session.scalar(select(func.count()).select_from(LtiIdentity).where(LtiIdentity.platform_id == platform_id))
    links = db.session.scalar(select(func.count()).select_from(LtiResourceLink)
                              .where(LtiResourceLink.platform_id == platform_id))
    return PlatformUse(classes, people or 0, links or 0)


def remove_platform(platform_id: int) -> str:
    """Remove a registration nothing came from yet (a mistyped one, a test LMS never used); else
    PlatformError saying what depends on it. Returns the removed platform's name."""
    with write_transaction() as session:
        use = platform_use(platform_id)
        if not use.empty:
            raise PlatformError(use.explain())
        platform = session.get(LtiPlatform, platform_id)
        name = platform.name
        session.delete(platform)
    return name


def platform_origins() -> list[str]:
    """The scheme://host[:port] of every registered platform, for the LTI pages' frame-ancestors."""
    origins = set()
    for issuer, login_url, lms_url in db.session.execute(
            select(LtiPlatform.issuer, LtiPlatform.auth_login_url, LtiPlatform.lms_url)):
        for url in (issuer, login_url, lms_url or ""):
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.netloc:
                origins.add(f"{parts.scheme}://{parts.netloc}")
    return sorted(origins)


# --- a launch ----------------------------------------------------------------------------------

@dataclass
class LaunchResult:
    user: User
    classroom: Classroom
    link: LtiResourceLink | None


def _account_name(platform: LtiPlatform, sub: str) -> str:
    # The sub is opaque and may be long: a digest keeps the username short, stable and unique.
    return f"lti{platform.id}-{hashlib.sha256(sub.encode()).hexdigest()[:16]}"


def person(session, platform: LtiPlatform, sub: str, role: str, name: str) -> User:
    """The account of the platform's `sub`, made on first sight. The role is fixed once made: a
    learner is never turned into a teacher by a later token."""
    identity = session.scalar(select(LtiIdentity).where(
        LtiIdentity.platform_id == platform.id, LtiIdentity.sub == sub))
    if identity is not None:
        user = session.get(User, identity.user_id)
        if user.role != role:
            raise ClaimError(f"You are known here as a {user.role}, and this launch says {role}: "
                             "ask your school's LMS administrator.")
        if name and user.display_name != name:
            user.display_name = name
        return user
    handle = _account_name(platform, sub)
    user = User(role=role, display_name=name, password_hash=NO_PASSWORD, session_version=1,
                username=handle if role == "student" else None,
                email=f"{handle}@lti.invalid" if role == "teacher" else None)
    session.add(user)
    session.flush()
    session.add(LtiIdentity(platform_id=platform.id, sub=sub, user_id=user.id))
    return user


def enrol(session, context: LtiContext, classroom_id: int, student_id: int, now=None) -> bool:
    """Enrol the student in the course's class and mark them active in the course; True when
    they were not enrolled before."""
    from quizapp.models import LtiMembership, utcnow

    new = session.scalar(select(Enrollment).where(
        Enrollment.classroom_id == classroom_id, Enrollment.student_id == student_id)) is None
    if new:
        session.add(Enrollment(classroom_id=classroom_id, student_id=student_id, claimed=True))
    membership = session.scalar(select(LtiMembership).where(
        LtiMembership.context_id == context.id, LtiMembership.user_id == student_id))
    if membership is None:
        session.add(LtiMembership(context_id=context.id, user_id=student_id, active=True, updated_at=now or utcnow()))
    elif not membership.active:
        membership.active, membership.updated_at = True, now or utcnow()
    return new


def _course(session, platform: LtiPlatform, launch: Launch, user: User) -> tuple[LtiContext | None, Classroom | None]:
    context = session.scalar(select(LtiContext).where(
        LtiContext.platform_id == platform.id, LtiContext.context_id == launch.context_id))
    if context is not None:
        return context, session.get(Classroom, context.classroom_id)
    if launch.role != "teacher":
        return None, None
    classroom = Classroom(teacher_id=user.id, name=launch.context_title, join_code=new_join_code())
    session.add(classroom)
    session.flush()
    context = LtiContext(platform_id=platform.id, context_id=launch.context_id, classroom_id=classroom.id)
    session.add(context)
    return context, classroom


def _link(session, platform: LtiPlatform, context: LtiContext, launch: Launch) -> LtiResourceLink | None:
    if not launch.resource_link_id:
        return None
    link = session.scalar(select(LtiResourceLink).where(
        LtiResourceLink.platform_id == platform.id, LtiResourceLink.resource_link_id == launch.resource_link_id))
    if link is None:
        wanted = launch.custom.get("assignment_id", "")
        if not wanted.isdigit():
            return None
        assignment = session.get(Assignment, int(wanted))
        # The assignment must be this course's: a link placed in one course never opens another's.
        if assignment is None or assignment.classroom_id != context.classroom_id:
            raise ClaimError("This link points at an assignment of another course.")
        link = LtiResourceLink(platform_id=platform.id, context_id=context.id,
                               resource_link_id=launch.resource_link_id, assignment_id=assignment.id,
                               ags_scopes=[], score_policy=_policy(launch))
        session.add(link)
    elif link.context_id != context.id:
        raise ClaimError("This link belongs to another course.")
    if launch.lineitem_url:
        link.lineitem_url = launch.lineitem_url
        link.ags_scopes = list(launch.ags_scopes)
    return link


def _policy(launch: Launch) -> str:
    policy = launch.custom.get("score_policy", "highest")
    return policy if policy in ("highest", "latest", "first") else "highest"


def apply_launch(platform_id: int, launch: Launch) -> LaunchResult:
    """The launch's person (made on first launch, matched by the platform's sub), the course's
    class (made on an instructor's first launch) with the person enrolled, and the resource link.
    Raises ClaimError, writing nothing, when the launch may not go on."""
    for _ in range(2):  # the second round only after losing a race to create the same rows
        try:
            with write_transaction() as session:
                platform = session.get(LtiPlatform, platform_id)
                user = person(session, platform, launch.sub, launch.role, launch.name)
                context, classroom = _course(session, platform, launch, user)
                if classroom is None:
                    raise ClaimError("Your teacher has not opened quizapp in this course yet: "
                                     "try again once they have.")
                if launch.memberships_url:
                    context.memberships_url = launch.memberships_url
                if launch.role == "student":
                    enrol(session, context, classroom.id, user.id)
                elif classroom.teacher_id != user.id:
                    # quizapp classes have one teacher: a co-teacher signs in but does not own the class.
                    raise ClaimError("This course's quizapp class belongs to another teacher; "
                                     "ask them to share the quizzes.")
                link = _link(session, platform, context, launch)
                session.flush()
                return LaunchResult(user, classroom, link)
        except IntegrityError:
            continue
    raise ClaimError("Two launches crossed; please launch again.")


# --- deep linking ------------------------------------------------------------------------------

def quiz_max_points(quiz_id: int) -> float:
    """The most a quiz's attempt can score (the line item's scoreMaximum)."""
    from quizapp.questions import as_question
    from quizapp.scoring import score_attempt
    from quizapp.web.attempts.frozen import frozen_questions, quiz_question_ids

    ids = quiz_question_ids(db.session, quiz_id)
    questions = [as_question(q.data) for q in frozen_questions(db.session, ids).values()]
    return score_attempt(questions, {}).max_total


def _new_assignment(session, classroom_id: int, quiz_id: int, title: str, attempts_allowed: int,
                    review_policy: str) -> Assignment:
    from quizapp.models import utcnow

    assignment = Assignment(quiz_id=quiz_id, classroom_id=classroom_id, title=title[:300], whole_class=True,
                            opens_at=utcnow(), attempts_allowed=attempts_allowed, review_policy=review_policy)
    session.add(assignment)
    session.flush()
    return assignment


def assignment_for_link(classroom_id: int, quiz_id: int, title: str, attempts_allowed: int,
                        review_policy: str) -> Assignment:
    """The assignment a deep link places in the LMS: the whole class of the course, open now (the
    LMS holds the due date; the teacher may add one in quizapp)."""
    with write_transaction() as session:
        return _new_assignment(session, classroom_id, quiz_id, title, attempts_allowed, review_policy)


def assignment_from_bank(owner_id: int, classroom_id: int, version_id: int, per_skill: int | None, title: str,
                         attempts_allowed: int, review_policy: str) -> Assignment:
    """A new quiz of a bank version (every question, or `per_skill` drawn at random from each
    skill, fewer where a skill has fewer) and the course's assignment of it, in one transaction.
    The caller has checked the teacher may use the version. Raises QuizError, writing nothing."""
    with write_transaction() as session:
        pool = list(session.execute(select(BankQuestion.id, BankQuestion.skill)
                                    .where(BankQuestion.version_id == version_id).order_by(BankQuestion.position)))
        if per_skill:
            available = Counter(skill for _, skill in pool)
            counts = {skill: min(per_skill, n) for skill, n in sorted(available.items())}
            seed = new_seed()
            ids, draw = draw_per_skill(pool, counts, seed), {"seed": seed, "counts": counts}
        else:
            ids, draw = [qid for qid, _ in pool], None
        quiz = build_quiz(owner_id, version_id, title, ids, draw)
        session.flush()
        return _new_assignment(session, classroom_id, quiz.id, quiz.title, attempts_allowed, review_policy)
