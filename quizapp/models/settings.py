"""Facts every app server of one database must agree on, kept in that database."""
from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.models.base import Base


class ServerSetting(Base):
    """One named value. `secret_key_check`: a digest of the session-signing key the servers use,
    so a server started with another key is refused instead of rejecting every other server's
    sessions (see quizapp.web.security.check_shared_secret_key)."""
    __tablename__ = "server_setting"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
