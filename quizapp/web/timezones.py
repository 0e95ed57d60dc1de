"""Times as each person reads them.

The database keeps naive UTC. Every user has a time zone (an IANA name such as "Europe/Paris"):
the browser's, sent by the sign-up and sign-in forms (static/js/timezone.js), until a teacher picks
another on the account page. Every date and time a page shows is in the reader's zone, in one
format ("Mon 07 Dec 2026, 09:30 CET"), and the times a teacher types are read in the teacher's zone.
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from flask import has_request_context
from flask_login import current_user

UTC = ZoneInfo("UTC")
DISPLAY_FORMAT = "%a %d %b %Y, %H:%M"


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def valid_zone(name: str | None) -> str | None:
    """The name when it is a real IANA zone, else None (what a browser sends is not trusted)."""
    if not name or len(name) > 64 or "." in name:
        return None
    return name if _zone(name) is not None else None


@lru_cache(maxsize=1)
def zone_names() -> list[str]:
    return sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/"))) + ["UTC"]


def reader_zone() -> ZoneInfo:
    """The signed-in reader's zone; UTC outside a request (a command, a background job)."""
    if not has_request_context():
        return UTC
    name = getattr(current_user, "time_zone", None)
    return (_zone(name) if name else None) or UTC


def to_local(value: datetime, tz: ZoneInfo | None = None) -> datetime:
    """A naive-UTC datetime in the reader's zone (aware)."""
    return value.replace(tzinfo=timezone.utc).astimezone(tz or reader_zone())


def to_utc(value: datetime | None, tz: ZoneInfo | None = None) -> datetime | None:
    """A naive local time typed by the reader, as naive UTC (a time a clock change skips or repeats
    is read as the earlier one: fold 0)."""
    if value is None:
        return None
    return value.replace(tzinfo=tz or reader_zone()).astimezone(timezone.utc).replace(tzinfo=None)


def local_text(value: datetime | None, empty: str = "") -> str:
    if value is None:
        return empty
    local = to_local(value)
    return f"{local.strftime(DISPLAY_FORMAT)} {local.tzname()}"
