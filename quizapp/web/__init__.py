"""The Flask application factory. The web layer is thin: routes load objects, check access and call
operations; rules live in the domain core (quizapp.banks, quizapp.questions, quizapp.scoring)."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask

from quizapp.paths import templates_dir
from quizapp.web.extensions import csrf, db, login_manager, migrate


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True, template_folder=str(templates_dir()))
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL")
        or f"sqlite:///{Path(app.instance_path) / 'quizapp.sqlite'}",
        WTF_CSRF_TIME_LIMIT=None,  # the token must outlive the longest quiz; the session bounds it
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
    )
    if test_config is not None:
        app.config.update(test_config)

    db.init_app(app)
    migrate.init_app(app, db)
    csrf.init_app(app)
    login_manager.init_app(app)

    from quizapp.web.blueprints import register_blueprints

    register_blueprints(app)
    return app
