"""A question file a teacher imported whose questions still need their evidence.

Files from other systems carry no evidence sentence, and a bank question must have one
(docs/interop.md). The import waits here, owned by the teacher, until every question has its
evidence (or was left out) and it is saved as a bank; then `bank_version_id` names the bank."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.models.base import Base, utcnow


class PendingImport(Base):
    __tablename__ = "pending_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    filename: Mapped[str] = mapped_column(String(300))
    article: Mapped[str] = mapped_column(Text)
    # One dict per imported question: {"question": bank-file entry (evidence as quotation texts),
    # "dropped": bool}. The teacher's chosen sentences are written into the entry's evidence.
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # What the file held that did not come across ("skipped") or came across changed ("changed"), as text.
    remarks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    bank_version_id: Mapped[int | None] = mapped_column(ForeignKey("bank_version.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
