"""Several app servers on one database must sign sessions and CSRF tokens with one key, or each
rejects the others' (a student signed in on one server is signed out by the next request that the
proxy sends to another). The database keeps a digest of the key in use; a server whose key differs
is refused at start, unless its key was set explicitly (QUIZAPP_SECRET_KEY), which then becomes the
shared one (a key rotation)."""
from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any

from sqlalchemy.exc import IntegrityError

SETTING = "secret_key_check"

MISMATCH = (
    "another app server of this database signs sessions with a different secret key (this one "
    "generated its own in {instance}). Every server must use the same key, or students are signed "
    "out whenever the proxy switches server: set QUIZAPP_SECRET_KEY to one long random value (e.g. the "
    "output of `python -c \"import secrets; print(secrets.token_hex(32))\"`) in the environment of every "
    "server, then start them again.")


def _digest(key: str) -> str:
    # A keyed digest of a fixed message: reveals nothing of the key.
    return hmac.new(key.encode(), b"quizapp shared secret key check", hashlib.sha256).hexdigest()


def check_shared_secret_key(app: Any) -> str | None:
    """On PostgreSQL: record the server's key digest, or return why it must not start."""
    from quizapp.models import ServerSetting
    from quizapp.web.extensions import db

    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        return None  # SQLite: one machine, one instance folder, one key
    digest, explicit = _digest(app.config["SECRET_KEY"]), bool(os.environ.get("QUIZAPP_SECRET_KEY"))
    with app.app_context():
        for _ in range(2):  # a second round when another server recorded its key at the same moment
            setting = db.session.get(ServerSetting, SETTING, with_for_update=True)
            if setting is not None and setting.value != digest and not explicit:
                db.session.rollback()
                return MISMATCH.format(instance=app.instance_path)
            if setting is None:
                db.session.add(ServerSetting(name=SETTING, value=digest))
            else:
                setting.value = digest
            try:
                db.session.commit()
                return None
            except IntegrityError:
                db.session.rollback()
        return None
