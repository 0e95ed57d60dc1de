"""What a validated LTI 1.3 id_token says, read into plain values (the signature, issuer,
audience, nonce and deployment are checked before, by pylti1p3)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
MESSAGE_TYPE = LTI + "message_type"
ROLES = LTI + "roles"
CONTEXT = LTI + "context"
RESOURCE_LINK = LTI + "resource_link"
CUSTOM = LTI + "custom"
DEPLOYMENT_ID = LTI + "deployment_id"
AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"

RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest"
DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest"

_MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#"
_INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#"
# Who teaches in a course. Institution roles count only for administrators: an institution-wide
# "Instructor" is a job title, not a role in this course.
TEACHING_ROLES = frozenset({
    _MEMBERSHIP + "Instructor", _MEMBERSHIP + "ContentDeveloper", _MEMBERSHIP + "Administrator",
    _MEMBERSHIP + "Instructor#TeachingAssistant", _INSTITUTION + "Administrator",
})
LEARNING_ROLES = frozenset({_MEMBERSHIP + "Learner", _MEMBERSHIP + "Learner#Learner"})


class ClaimError(Exception):
    """The token is valid but says something quizapp cannot act on; the message is for the person."""


def person_role(roles: list[str]) -> str:
    """'teacher' or 'student'. Teaching wins over learning (a teacher previewing as a learner
    keeps their own account); a launch with neither (a mentor, a guest) is refused."""
    given = set(roles or [])
    if given & TEACHING_ROLES:
        return "teacher"
    if given & LEARNING_ROLES:
        return "student"
    raise ClaimError("Your role in this course gives you no access to quizapp (only instructors and learners).")


@dataclass(frozen=True)
class Launch:
    issuer: str
    client_id: str
    deployment_id: str
    sub: str
    role: str  # teacher | student
    name: str
    message_type: str
    context_id: str
    context_title: str
    resource_link_id: str | None
    custom: dict[str, str] = field(default_factory=dict)
    lineitem_url: str | None = None
    ags_scopes: tuple[str, ...] = ()
    memberships_url: str | None = None
    deep_linking: dict[str, Any] | None = None


def _text(value: Any, limit: int = 255) -> str:
    return str(value).strip()[:limit] if value is not None else ""


def read_launch(body: dict[str, Any]) -> Launch:
    """The launch's people, course and services. Raises ClaimError for a launch outside a course
    or without a subject (an anonymous launch has no one to sign in)."""
    sub = _text(body.get("sub"))
    if not sub:
        raise ClaimError("The LMS sent this launch without a user id; quizapp needs to know who you are.")
    context = body.get(CONTEXT) or {}
    context_id = _text(context.get("id"))
    if not context_id:
        raise ClaimError("Launch quizapp from inside a course: this launch names no course.")
    aud = body.get("aud")
    client_id = aud[0] if isinstance(aud, list) and aud else _text(aud)
    name = _text(body.get("name"), 120) or " ".join(
        _text(body.get(part), 60) for part in ("given_name", "family_name") if body.get(part)).strip()
    ags = body.get(AGS_ENDPOINT) or {}
    nrps = body.get(NRPS) or {}
    custom = body.get(CUSTOM) or {}
    return Launch(
        issuer=_text(body.get("iss")), client_id=_text(client_id), deployment_id=_text(body.get(DEPLOYMENT_ID)),
        sub=sub, role=person_role(body.get(ROLES) or []), name=name or "LMS user",
        message_type=_text(body.get(MESSAGE_TYPE)), context_id=context_id,
        context_title=_text(context.get("title") or context.get("label") or "LMS course", 120),
        resource_link_id=_text((body.get(RESOURCE_LINK) or {}).get("id")) or None,
        custom={str(k): _text(v) for k, v in custom.items()} if isinstance(custom, dict) else {},
        lineitem_url=_text(ags.get("lineitem"), 500) or None,
        ags_scopes=tuple(str(s) for s in ags.get("scope") or []),
        memberships_url=_text(nrps.get("context_memberships_url"), 500) or None,
        deep_linking=body.get(DEEP_LINKING_SETTINGS),
    )
