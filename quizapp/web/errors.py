"""Friendly error pages. A client can cause 400/403/404/405/413 but never a 500 page with a trace.

A database that cannot take a request (PostgreSQL restarting or unreachable, a SQLite file that is
read-only, a full disk, a lock held past the busy timeout) is a 503, not a 500: nothing was saved,
nothing is half-saved (the request's transaction was rolled back), and the request can simply be
sent again. quiz.js's autosave gets JSON and keeps retrying; a page gets a "try again" page that
sends the same form again by itself (static/js/retry.js), so what a student typed is not lost.
"""
from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

MESSAGES = {
    400: ("Bad request", "The page could not understand what was sent. Go back, reload the page and try again."),
    403: ("Not allowed", "Your account cannot open this page."),
    404: ("Page not found", "There is nothing here. It may have been removed, or the link is wrong."),
    405: ("Not allowed", "This page cannot be used that way."),
    413: ("File too large", "The upload is larger than the app accepts (2 MB). Send a smaller file."),
    429: ("Too many tries", "Please wait a little and try again."),
    500: ("Something went wrong", "The app hit an error. Your saved work is safe; please try again."),
    503: ("Not saved yet: please wait", "The app cannot reach its database for a moment. "
          "Nothing from this request was saved; it will be sent again by itself in a few seconds."),
}

# Seconds a client should wait before sending a refused request again (the Retry-After header).
RETRY_AFTER_SECONDS = 5

# Form fields never written back into the retry page (it would put a password into the HTML).
_SECRET_FIELD_MARKERS = ("password",)


def render_error(code: int, message: str | None = None):
    title, default = MESSAGES.get(code, ("Error", "Something went wrong."))
    try:
        return render_template("errors/error.html", code=code, title=title, message=message or default), code
    except DBAPIError as error:
        # The page's navigation loads the signed-in user; with the database down that fails too,
        # and the honest answer is the outage's, not a bare 500 from the server.
        if database_unavailable(error):
            return unavailable_response(error)
        raise


# SQLite's result codes (extended ones folded: SQLITE_IOERR_WRITE is SQLITE_IOERR) that say the
# file could not take the request now, rather than that the request was wrong.
_SQLITE_UNAVAILABLE = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY", "SQLITE_FULL",
                                 "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PROTOCOL", "SQLITE_NOMEM"})


def database_unavailable(error: DBAPIError) -> bool:
    """The database could not do the request's work, and the same request may succeed later: a
    dropped or refused connection, a server shutting down or starting, a read-only or full SQLite
    file, a lock held past the timeout. Other DBAPI errors (a constraint, bad SQL, a missing
    table) are bugs: 500, so that retries never hide them."""
    if error.connection_invalidated:
        return True
    if not isinstance(error, OperationalError):
        return False
    name = getattr(error.orig, "sqlite_errorname", None)
    if name is not None:
        return "_".join(name.split("_")[:2]) in _SQLITE_UNAVAILABLE
    # psycopg raises OperationalError for connection failures and the server's shutdown, resource
    # and system errors (SQLSTATE classes 08, 53, 57, 58): all pass.
    return True


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "application/json" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]


def _resendable_form() -> list[tuple[str, str]] | None:
    """The fields of a POST that the retry page can send again as they were, or None when it
    cannot (a file upload, or a password that must not be echoed into a page)."""
    if request.method != "POST" or request.files:
        return None
    fields = list(request.form.items(multi=True))
    if any(marker in name.lower() for name, _ in fields for marker in _SECRET_FIELD_MARKERS):
        return None
    return fields


def unavailable_response(error: DBAPIError):
    first_line = (str(error.orig) if error.orig is not None else str(error)).strip().splitlines()
    current_app.logger.warning("503 for %s %s: database unavailable: %s: %s", request.method, request.path,
                               type(error.orig or error).__name__, first_line[0] if first_line else "")
    if _wants_json():
        response = jsonify(status="not_saved", retry_after=RETRY_AFTER_SECONDS,
                           message="Not saved: the app cannot reach its database. It will be tried again.")
        response.status_code = 503
    else:
        title, message = MESSAGES[503]
        resend = _resendable_form()
        if request.method not in ("POST", "PUT", "PATCH", "DELETE"):
            title, message = "Please wait a moment", ("The app cannot reach its database for a moment. "
                                                      "Everything saved before is safe.")
        elif resend is None:
            message = ("The app cannot reach its database for a moment. Nothing from this request was "
                       "saved. Go back and send it again in a minute.")
        # Rendered without the app's context processors: Flask-Login's would load the signed-in
        # user from the database that just failed.
        page = request.script_root + (request.full_path if request.query_string else request.path)
        body = current_app.jinja_env.get_template("errors/unavailable.html").render(
            title=title, message=message, resend=resend, retry_after=RETRY_AFTER_SECONDS,
            method=request.method, page=page)
        response = current_app.make_response((body, 503))
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response.headers["Cache-Control"] = "no-store"
    return response


def register_error_handlers(app: Flask) -> None:
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
            response = app.make_response(render_error(405))
            if response.status_code == 405:
                response.headers.update(error.get_headers())
                response.headers["Content-Type"] = "text/html; charset=utf-8"
            return response
        return render_error(error.code)

    @app.teardown_appcontext
    def release_session(_error):
        """Close the request's session before Flask-SQLAlchemy's own teardown does (teardowns run
        last-registered first). Closing rolls back; on a connection the server dropped mid-request
        (PostgreSQL restarting) that rollback raises after the response was chosen, and the server
        would answer 500 in place of the 503 or the page already made. A broken connection is
        discarded instead: nothing on it was committed."""
        from quizapp.web.extensions import db

        try:
            db.session.remove()
        except DBAPIError as error:
            app.logger.warning("discarding a database connection that failed to close: %s",
                               type(error.orig).__name__)
            try:
                db.session.registry().invalidate()
            except DBAPIError:
                pass
            db.session.registry.clear()

    @app.errorhandler(DBAPIError)
    def database_error(error: DBAPIError):
        if database_unavailable(error):
            return unavailable_response(error)
        # Flask logs only the exceptions it turns into a 500 itself; this one is handled here.
        app.logger.error("Exception on %s [%s]", request.path, request.method, exc_info=error)
        return render_error(500)

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError):
        return render_error(500)
