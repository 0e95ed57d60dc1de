"""The browser-remembers-me cookie of the sign-in throttle: a random browser id and the accounts
that signed in successfully on this browser, signed with the secret key so it cannot be forged.
Holding it never signs anyone in; it only gives those accounts their own failure count here, so
a classmate behind the same school address cannot lock a student out of their usual browser."""
from __future__ import annotations

import secrets

from flask import Response, current_app, request
from itsdangerous import BadSignature, URLSafeSerializer

COOKIE = "quizapp_device"
MAX_ACCOUNTS = 8  # a shared classroom computer: the last few students who signed in on it
MAX_AGE = 365 * 24 * 3600


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt="quizapp-device")


def _load() -> tuple[str | None, list[int]]:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return None, []
    try:
        data = _serializer().loads(raw)
        return str(data["d"]), [int(u) for u in data["u"]]
    except (BadSignature, KeyError, TypeError, ValueError):
        return None, []


def read_device() -> tuple[str | None, frozenset[int]]:
    """This browser's id and the accounts that signed in on it (None, empty without a valid cookie)."""
    device, users = _load()
    return device, frozenset(users)


def remember_device(response: Response, user_id: int) -> None:
    device, users = _load()
    users = [u for u in users if u != user_id] + [user_id]
    value = _serializer().dumps({"d": device or secrets.token_urlsafe(12), "u": users[-MAX_ACCOUNTS:]})
    response.set_cookie(COOKIE, value, max_age=MAX_AGE, httponly=True, samesite="Lax", path="/auth/",
                        secure=current_app.session_interface.get_cookie_secure(current_app))
