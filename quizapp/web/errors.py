"""Friendly error pages. A client can cause 400/403/404/405/413 but never a 500 page with a trace."""
from __future__ import annotations

from flask import Flask, render_template
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
            body, code = render_error(405)
            response = app.make_response((body, code))
            response.headers.update(error.get_headers())
            response.headers["Content-Type"] = "text/html; charset=utf-8"
            return response
        return render_error(error.code)

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError):
        return render_error(500)
