"""The Flask application factory. The web layer is thin: routes load objects, check access and call
operations; rules live in the domain core (quizapp.banks, quizapp.questions, quizapp.scoring).

Configuration (environment):
    DATABASE_URL          PostgreSQL (postgres://, postgresql://) or any SQLAlchemy URL; default a
                          SQLite file in the instance folder (see quizapp.web.database).
    QUIZAPP_SECRET_KEY    the session signing key; default a generated instance/secret_key.
    QUIZAPP_PROXY_FIX     number of trusted proxies in front (honours X-Forwarded-Proto/-For).
    QUIZAPP_SECURE_COOKIES=1  always mark the session cookie Secure (else: Secure over HTTPS).
    QUIZAPP_INSTANCE_PATH where the instance folder is (database, secret key).
    QUIZAPP_SIGNUP        teacher sign-up: open (default), invite (asks for QUIZAPP_SIGNUP_CODE) or closed.
    QUIZAPP_GENERATOR_RUNNER  on PostgreSQL: worker (default; `quizapp worker` runs generator jobs)
                          or thread (in the web process, as always on SQLite).
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask

from quizapp.paths import templates_dir
from quizapp.web.extensions import csrf, db, login_manager, migrate


def create_app(test_config: dict | None = None) -> Flask:
    instance_path = os.environ.get("QUIZAPP_INSTANCE_PATH") or None
    if test_config and test_config.get("INSTANCE_PATH"):
        instance_path = test_config["INSTANCE_PATH"]
    app = Flask(
        __name__,
        instance_path=str(Path(instance_path).resolve()) if instance_path else None,
        instance_relative_config=True,
        template_folder=str(templates_dir()),
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    from quizapp.web.database import (
        configure_engine, engine_options, migrations_dir, normalize_database_url,
    )
    from quizapp.web.security import env_flag, init_security, load_secret_key

    url = normalize_database_url(
        os.environ.get("DATABASE_URL") or f"sqlite:///{Path(app.instance_path) / 'quizapp.sqlite'}"
    )
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=url,
        WTF_CSRF_TIME_LIMIT=None,  # the token must outlive the longest quiz; the session bounds it
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=env_flag("QUIZAPP_SECURE_COOKIES"),
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        # Sign-in failures per (account, client address) before a lock, the window they count in,
        # and how long the lock lasts.
        LOGIN_MAX_FAILURES=5,
        LOGIN_WINDOW_MINUTES=15,
        LOGIN_LOCK_MINUTES=15,
        # Budgets of password checks (each a slow hash): per client address per 10 minutes (a school
        # behind one address signing in together fits), and for the whole site per minute.
        LOGIN_ADDRESS_BUDGET=900,
        LOGIN_GLOBAL_BUDGET=600,
        # Teacher sign-up: "open", "invite" (QUIZAPP_SIGNUP_CODE asked for) or "closed".
        SIGNUP=os.environ.get("QUIZAPP_SIGNUP", "open"),
        SIGNUP_CODE=os.environ.get("QUIZAPP_SIGNUP_CODE", ""),
        # Generator jobs on PostgreSQL: "worker" (the queue, run by `quizapp worker`) or "thread"
        # (inside the web process, as on SQLite).
        GENERATOR_RUNNER=os.environ.get("QUIZAPP_GENERATOR_RUNNER", "worker"),
    )
    if test_config is not None:
        app.config.update(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = normalize_database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", engine_options(app.config["SQLALCHEMY_DATABASE_URI"]))
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = load_secret_key(app.instance_path)

    db.init_app(app)
    with app.app_context():
        configure_engine(db.engine)
    migrate.init_app(app, db, directory=str(migrations_dir()))
    csrf.init_app(app)
    login_manager.init_app(app)
    init_security(app)

    from quizapp.web.errors import register_error_handlers
    from quizapp.web.sessions import init_login

    init_login(app)
    register_error_handlers(app)

    from quizapp.web.blueprints import register_blueprints

    register_blueprints(app)
    return app
