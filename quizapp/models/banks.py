"""Banks in the database. A version is immutable once written: attempts point at its questions,
so re-importing a changed bank creates a new version and never rewrites a past score."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.models.base import Base, utcnow


class Bank(Base):
    __tablename__ = "bank"
    __table_args__ = (UniqueConstraint("owner_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # None: a bank bundled with the app (question_banks/), visible to every teacher.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    versions: Mapped[list["BankVersion"]] = relationship(
        back_populates="bank", order_by="BankVersion.number", cascade="all, delete-orphan"
    )


class BankVersion(Base):
    __tablename__ = "bank_version"
    __table_args__ = (
        UniqueConstraint("bank_id", "number"),
        UniqueConstraint("bank_id", "content_hash"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("bank.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    article: Mapped[str] = mapped_column(Text)
    source: Mapped[dict[str, Any]] = mapped_column(JSON)
    corrections: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    bank: Mapped[Bank] = relationship(back_populates="versions")
    questions: Mapped[list["BankQuestion"]] = relationship(
        back_populates="version", order_by="BankQuestion.position", cascade="all, delete-orphan"
    )


class BankQuestion(Base):
    __tablename__ = "bank_question"
    __table_args__ = (UniqueConstraint("version_id", "qid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("bank_version.id", ondelete="CASCADE"), index=True)
    qid: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer)
    skill: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(40))
    # quizapp.banks.model.Question.to_dict(): the frozen question, key included. Never sent to a
    # student's page as is.
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    version: Mapped[BankVersion] = relationship(back_populates="questions")
