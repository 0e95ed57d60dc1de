"""Friendly error pages. A client can cause 400/403/404/405/413 but never a 500 page with a trace."""
from __future__ import annotations

import logging

from flask import Flask, current_app, jsonify, render_template, request
from sqlalchemy.exc import InterfaceError, OperationalError
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

MESSAGES = {
    400: ("Bad request", "The page could not understand what was sent. Go back, reload the page and try again."),
    403: ("Not allowed", "Your account cannot open this page."),
    404: ("Page not found", "There is nothing here. It may have been removed, or the link is wrong."),
    405: ("Not allowed", "This page cannot be used that way."),
    413: ("File too large", "The upload is larger than the app accepts (2 MB). Send a smaller file."),
    429: ("Too many tries", "Please wait a little and try again."),
    500: ("Something went wrong", "The app hit an error. Your saved work is safe; please try again."),
}


def render_error(code: int, message: str | None = None):
    title, default = MESSAGES.get(code, ("Error", "Something went wrong."))
    return render_template("errors/error.html", code=code, title=title, message=message or default), code


log = logging.getLogger(__name__)

# Seconds after which a page (or quiz.js) tries again when the database is away.
RETRY_AFTER = 5

UNAVAILABLE = ("The app cannot reach its database right now (it may be restarting). Everything saved before "
               "is safe.")


def database_unavailable(error: Exception):
    """The database is away (restarting, unreachable, or a SQLite file that cannot be written:
    disk full, read-only): a 503 that says so and retries, never a 500. The request's transaction
    is rolled back whole, so nothing is half-written; SQLAlchemy has already dropped the pool's
    dead connections, so the app recovers by itself once the database is back."""
    from quizapp.web.extensions import db

    log.warning("database unavailable on %s %s: %s", request.method, request.path, str(error).splitlines()[0])
    try:
        db.session.rollback()
    except Exception:  # noqa: BLE001 - the connection is gone already; the session resets anyway
        db.session.close()
    if request.accept_mimetypes.best == "application/json":  # quiz.js: it retries a failed save itself
        response = jsonify(status="unavailable", message=UNAVAILABLE)
    else:
        # Straight from the Jinja environment: render_template's context processors would ask
        # Flask-Login who is signed in, which needs the database.
        page = current_app.jinja_env.get_template("errors/unavailable.html").render(
            message=UNAVAILABLE, refresh=RETRY_AFTER if request.method == "GET" else None)
        response = current_app.make_response(page)
    response.status_code = 503
    response.headers["Retry-After"] = str(RETRY_AFTER)
    response.headers["Cache-Control"] = "no-store"
    return response


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(InterfaceError, database_unavailable)

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return render_error(
            400, "The form had expired or came from elsewhere. Go back, reload the page and submit again."
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code is None or error.code < 400:
            return error
        if error.code == 405:
            # Keep the Allow header werkzeug computed.
            body, code = render_error(405)
            response = app.make_response((body, code))
            response.headers.update(error.get_headers())
            response.headers["Content-Type"] = "text/html; charset=utf-8"
            return response
        return render_error(error.code)

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError):
        return render_error(500)
