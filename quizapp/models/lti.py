"""LTI 1.3: the platforms (LMSs) registered with quizapp, quizapp's own signing keys, who and what
a platform's ids stand for here (people, courses, resource links), and the score sends owed to
a platform's gradebook (an outbox: a send is a row until the platform has taken it)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.models.base import Base, utcnow


class LtiPlatform(Base):
    """One registration: an issuer and the client id it gave quizapp (one issuer may register
    quizapp more than once, e.g. a test and a live Canvas)."""

    __tablename__ = "lti_platform"
    __table_args__ = (UniqueConstraint("issuer", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    issuer: Mapped[str] = mapped_column(String(255))
    client_id: Mapped[str] = mapped_column(String(255))
    deployment_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    auth_login_url: Mapped[str] = mapped_column(String(500))
    token_url: Mapped[str] = mapped_column(String(500))
    jwks_url: Mapped[str] = mapped_column(String(500))
    # Where the LMS's pages are (https://school.instructure.com), when not at the issuer's address
    # (Canvas's issuer is https://canvas.instructure.com for every school): its iframe frames quizapp.
    lms_url: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LtiKey(Base):
    """quizapp's RSA key pairs. The newest unretired key signs; every unretired key is published
    in the JWKS, so a platform that cached the previous key still verifies during a rotation."""

    __tablename__ = "lti_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    kid: Mapped[str] = mapped_column(String(64), unique=True)
    private_pem: Mapped[str] = mapped_column(Text)  # never shown: no page or command prints it
    public_jwk: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)


class LtiLaunchValue(Base):
    """What the OIDC login leaves for the launch that follows it (the nonce, per browser), kept in
    the database because a Lax session cookie does not come back on the platform's cross-site POST."""

    __tablename__ = "lti_launch_value"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class LtiIdentity(Base):
    """A person of a platform: matched by the platform's `sub`, never by a name or an e-mail."""

    __tablename__ = "lti_identity"
    __table_args__ = (UniqueConstraint("platform_id", "sub"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"))
    sub: Mapped[str] = mapped_column(String(255))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)


class LtiContext(Base):
    """An LMS course and the quizapp class made for it on its first launch."""

    __tablename__ = "lti_context"
    __table_args__ = (UniqueConstraint("platform_id", "context_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"))
    context_id: Mapped[str] = mapped_column(String(255))
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), index=True)
    # Names and Role Provisioning: the course's roster URL, from the latest launch that gave one.
    memberships_url: Mapped[str | None] = mapped_column(String(500))
    roster_pulled_at: Mapped[datetime | None] = mapped_column(DateTime)


class LtiMembership(Base):
    """A student of an LMS course as the roster (NRPS) last said: active, or departed (gone from
    the roster or made inactive there). A departed student keeps their enrolment and grades; the
    teacher sees them marked."""

    __tablename__ = "lti_membership"
    __table_args__ = (UniqueConstraint("context_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    context_id: Mapped[int] = mapped_column(ForeignKey("lti_context.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LtiResourceLink(Base):
    """A placement of an assignment in an LMS course, with the gradebook column (AGS line item)
    its scores go to and how an assignment's attempts make one grade."""

    __tablename__ = "lti_resource_link"
    __table_args__ = (
        UniqueConstraint("platform_id", "resource_link_id"),
        CheckConstraint("score_policy IN ('highest', 'latest', 'first')", name="score_policy"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"))
    context_id: Mapped[int] = mapped_column(ForeignKey("lti_context.id", ondelete="CASCADE"))
    resource_link_id: Mapped[str] = mapped_column(String(255))
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"), index=True)
    lineitem_url: Mapped[str | None] = mapped_column(String(500))
    ags_scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    score_policy: Mapped[str] = mapped_column(String(10), default="highest")

    platform: Mapped[LtiPlatform] = relationship()


SEND_STATUSES = ("pending", "sent", "failed")


class LtiScoreSend(Base):
    """One score owed to a line item: keyed on (attempt, event), so an event is recorded once
    whatever retries, double clicks or crashes happen, and sent until the platform takes it."""

    __tablename__ = "lti_score_send"
    __table_args__ = (
        UniqueConstraint("attempt_id", "event"),
        CheckConstraint("status IN ('pending', 'sent', 'failed')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("lti_resource_link.id", ondelete="CASCADE"), index=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)  # the AGS score, fixed when the event happened
    status: Mapped[str] = mapped_column(String(10), default="pending")
    tries: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    link: Mapped[LtiResourceLink] = relationship()
