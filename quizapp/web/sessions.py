"""Who is signed in: Flask-Login loads the user from "<id>:<session_version>" (User.get_id), so
bumping User.session_version (sign-out, password reset) ends every other session of that account."""
from __future__ import annotations

from flask import Flask
from sqlalchemy import bindparam, select
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.util import identity_key

from quizapp.models import User
from quizapp.web.extensions import db, login_manager

# Every request of a signed-in user runs this. The row is read with one Core statement (built once)
# and made the session's User as a load would make it, without the ORM's query path: 0.22 against
# 0.28-0.40 ms per call in process (benchmarks/README.md). The session version is still read from
# the database on every request, so a sign-out or password reset ends other sessions at once.
_USER_ROW = select(*User.__table__.c).where(User.__table__.c.id == bindparam("user_id"))


def load_user(user_id: str) -> User | None:
    raw_id, _, raw_version = user_id.partition(":")
    if not (raw_id.isdigit() and raw_version.isdigit()) or int(raw_id) > 2**31 - 1:
        return None
    if identity_key(User, int(raw_id)) in db.session.identity_map:  # already loaded: the same object
        user = db.session.get(User, int(raw_id))
        return user if user is not None and user.session_version == int(raw_version) else None
    row = db.session.execute(_USER_ROW, {"user_id": int(raw_id)}).mappings().first()
    if row is None or row["session_version"] != int(raw_version):
        return None
    user = User(**row)
    make_transient_to_detached(user)  # as if loaded: no pending changes, so nothing is written back
    db.session.add(user)
    return user


def init_login(app: Flask) -> None:
    login_manager.user_loader(load_user)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"
    # "basic": a session moved to another address or browser is marked not fresh, not dropped,
    # so a student whose school network changes address keeps working.
    login_manager.session_protection = "basic"
