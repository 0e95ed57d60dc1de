"""Every blueprint of the app, registered in one place (one line per area)."""
from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from quizapp.web import home
    from quizapp.web.auth import routes as auth
    from quizapp.web.classes import routes as classes
    from quizapp.web.student import routes as student
    from quizapp.web.banks import routes as banks
    from quizapp.web.quizzes import assignment_routes as assignments, routes as quizzes
    from quizapp.web.gradebook import routes as gradebook
    from quizapp.web.generator import routes as generator
    from quizapp.web.lti import routes as lti
    from quizapp.web.regrade import routes as regrade

    app.register_blueprint(home.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(classes.bp)
    app.register_blueprint(student.bp)
    app.register_blueprint(banks.bp)
    app.register_blueprint(quizzes.bp)
    app.register_blueprint(assignments.bp)
    app.register_blueprint(gradebook.bp)
    app.register_blueprint(generator.bp)
    app.register_blueprint(regrade.bp)
    app.register_blueprint(lti.bp)
    app.register_blueprint(lti.admin_bp)
