"""Who is signed in: Flask-Login loads the user from "<id>:<session_version>" (User.get_id), so
bumping User.session_version (sign-out, password reset) ends every other session of that account."""
from __future__ import annotations

from flask import Flask

from quizapp.models import User
from quizapp.web.extensions import db, login_manager


def load_user(user_id: str) -> User | None:
    raw_id, _, raw_version = user_id.partition(":")
    if not (raw_id.isdigit() and raw_version.isdigit()):
        return None
    user = db.session.get(User, int(raw_id))
    if user is None or user.session_version != int(raw_version):
        return None
    return user


def init_login(app: Flask) -> None:
    login_manager.user_loader(load_user)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"
    # "basic": a session moved to another address or browser is marked not fresh, not dropped,
    # so a student whose school network changes address keeps working.
    login_manager.session_protection = "basic"
