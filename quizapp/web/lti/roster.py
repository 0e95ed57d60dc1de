"""Names and Role Provisioning: a teacher pulls the LMS course's roster into its class. Students
are matched by the platform's user id (their `sub`), so a pull never makes a duplicate of a
student who launched before, nor of one pulled before; students gone from the roster (or made
inactive there) are marked departed, keeping their enrolment and grades."""
from __future__ import annotations

from dataclasses import dataclass

from pylti1p3.exception import LtiException
from pylti1p3.names_roles import NamesRolesProvisioningService
from requests import RequestException
from sqlalchemy import select

from quizapp.lti.claims import ClaimError, person_role
from quizapp.models import LtiContext, LtiMembership, LtiPlatform, utcnow
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db
from quizapp.web.lti.operations import enrol, person
from quizapp.web.lti.tool import service_connector


class RosterError(Exception):
    pass


@dataclass
class RosterResult:
    added: int
    departed: int
    active: int


def _learners(members: list[dict]) -> dict[str, str]:
    """sub -> name of the roster's active learners."""
    learners = {}
    for member in members:
        if member.get("status", "Active") != "Active" or not member.get("user_id"):
            continue
        try:
            role = person_role(member.get("roles") or [])
        except ClaimError:
            continue
        if role == "student":
            name = member.get("name") or " ".join(
                str(member[p]) for p in ("given_name", "family_name") if member.get(p)) or "LMS user"
            learners[str(member["user_id"])[:255]] = str(name)[:120]
    return learners


def pull_roster(context_id: int) -> RosterResult:
    context = db.session.get(LtiContext, context_id)
    if context is None or not context.memberships_url:
        raise RosterError("The LMS has not offered this course's roster: launch quizapp from the course once "
                          "(the LMS must allow the Names and Role Provisioning service).")
    platform = db.session.get(LtiPlatform, context.platform_id)
    service = NamesRolesProvisioningService(service_connector(platform),
                                            {"context_memberships_url": context.memberships_url})
    try:
        members = service.get_members()  # over HTTP, before any lock
    except (LtiException, RequestException, ValueError) as error:
        raise RosterError(f"The LMS did not give the roster ({error.__class__.__name__}); try again later.") from None
    learners = _learners(members)
    now = utcnow()
    with write_transaction() as session:
        context = session.get(LtiContext, context_id)
        platform = session.get(LtiPlatform, context.platform_id)
        added, present = 0, set()
        for sub, name in learners.items():
            try:
                student = person(session, platform, sub, "student", name)
            except ClaimError:
                continue  # known here as a teacher: not a student of the class
            added += enrol(session, context, context.classroom_id, student.id, now)
            present.add(student.id)
        departed = 0
        for membership in session.scalars(select(LtiMembership).where(
                LtiMembership.context_id == context_id, LtiMembership.active.is_(True))):
            if membership.user_id not in present:
                membership.active, membership.updated_at = False, now
                departed += 1
        context.roster_pulled_at = now
    return RosterResult(added=added, departed=departed, active=len(present))


def courses_of(teacher_id: int) -> list[tuple[LtiContext, str, list[str]]]:
    """The teacher's LMS courses: (context, class name, names of departed students)."""
    from quizapp.models import Classroom, User

    rows = []
    for context, class_name in db.session.execute(
            select(LtiContext, Classroom.name).join(Classroom, Classroom.id == LtiContext.classroom_id)
            .where(Classroom.teacher_id == teacher_id).order_by(Classroom.name)):
        departed = list(db.session.scalars(
            select(User.display_name).join(LtiMembership, LtiMembership.user_id == User.id)
            .where(LtiMembership.context_id == context.id, LtiMembership.active.is_(False))
            .order_by(User.display_name)))
        rows.append((context, class_name, departed))
    return rows
