"""Secret key, response headers and session-cookie policy.

* The secret key comes from ``QUIZAPP_SECRET_KEY``, else from ``instance/secret_key`` (generated on
  first run, mode 0600), so it is never in the repository and survives restarts and workers.
* Every response carries the CSP of the web contract (no inline script or style anywhere, no plugins), nosniff,
  frame-ancestors 'none' (plus X-Frame-Options for old browsers) and Referrer-Policy same-origin; the
  LTI routes alone set their own CSP, framable by the registered LMSs (quizapp.web.lti.routes).
* Session cookies are HttpOnly and SameSite=Lax always, and Secure whenever the request came over
  HTTPS. Behind a TLS-terminating proxy set ``QUIZAPP_PROXY_FIX=1`` (number of trusted proxies) so
  X-Forwarded-Proto is honoured; ``QUIZAPP_SECURE_COOKIES=1`` forces Secure regardless.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask, Response, current_app, has_request_context, request
from flask.sessions import SecureCookieSessionInterface

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def load_secret_key(instance_path: str) -> str:
    from_env = os.environ.get("QUIZAPP_SECRET_KEY")
    if from_env:
        return from_env
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        Path(instance_path).mkdir(parents=True, exist_ok=True)
        # O_EXCL: two workers starting at once must not write two different keys.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
    key = path.read_text().strip()
    if not key:
        raise RuntimeError(f"{path} is empty: delete it to have a new secret key generated")
    return key


def set_security_headers(response: Response) -> Response:
    own_csp = "Content-Security-Policy" in response.headers
    for name, value in SECURITY_HEADERS.items():
        # A route that set its own CSP (the LTI pages, framed by the registered LMSs) set its own
        # frame-ancestors; X-Frame-Options DENY would contradict it.
        if name == "X-Frame-Options" and own_csp:
            continue
        response.headers.setdefault(name, value)
    # QUIZAPP_SECURE_COOKIES says the site is served over HTTPS even where this process sees plain
    # HTTP (a TLS proxy without QUIZAPP_PROXY_FIX): browsers must then keep to HTTPS too.
    if request.is_secure or current_app.config["SESSION_COOKIE_SECURE"]:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    # A signed-in page must not come back from the cache after sign-out on a shared computer.
    if request.endpoint != "static" and _signed_in():
        response.headers.setdefault("Cache-Control", "private, no-store")
    return response


def _signed_in() -> bool:
    from flask import g

    # Only when the request already loaded the user: never load it here just for a header.
    user = g.get("_login_user")
    return bool(user is not None and getattr(user, "is_authenticated", False))


# Set in the session by an LTI launch: {"user": the signed-in id, "origin": the LMS whose iframe
# shows this session's pages}. It holds only while that same person is signed in.
LTI_FRAME_KEY = "lti_frame"


def lti_frame_origin() -> str | None:
    """The LMS origin framing this session, if it was begun by an LTI launch of who is signed in."""
    from flask import session

    marker = session.get(LTI_FRAME_KEY)
    if isinstance(marker, dict) and marker.get("user") and marker.get("user") == session.get("_user_id"):
        return marker.get("origin")
    return None


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, with the Secure flag following the request's scheme.

    A session begun by an LTI launch over HTTPS lives in the LMS's iframe, a third-party context
    where a Lax cookie is never sent: its cookie is SameSite=None; Secure; Partitioned (CHIPS:
    kept per LMS site, so it cannot follow the person across sites). Every other session stays Lax."""

    def get_cookie_secure(self, app: Flask) -> bool:
        if app.config["SESSION_COOKIE_SECURE"]:
            return True
        return has_request_context() and request.is_secure

    def _framed(self, app: Flask) -> bool:
        return has_request_context() and self.get_cookie_secure(app) and bool(lti_frame_origin())

    def get_cookie_samesite(self, app: Flask) -> str | None:
        return "None" if self._framed(app) else super().get_cookie_samesite(app)

    def get_cookie_partitioned(self, app: Flask) -> bool:
        return self._framed(app) or super().get_cookie_partitioned(app)


def reject_nul_bytes() -> None:
    """A NUL character is never meaningful in a form or a query, and PostgreSQL refuses to store
    one (a 500 for whoever sends it): answer 400 for the whole request instead."""
    from flask import abort

    values = list(request.args.values())
    if request.method in ("POST", "PUT", "PATCH") and request.mimetype in (
        "application/x-www-form-urlencoded", "multipart/form-data"
    ):
        values += list(request.form.values())
    if any("\x00" in value for value in values) or "\x00" in request.path:
        abort(400)


# The only file inputs of the app (the roster CSV and the generator's article) are named "file".
UPLOAD_FIELDS = frozenset({"file"})


def reject_unexpected_bodies() -> None:
    """Flask-WTF reads a JSON body, and uploaded files, as form data: a text field would receive a
    number, a list or a file and its validators fail with a TypeError (a 500). No route takes JSON,
    and files only come in the upload fields: anything else is refused before a form sees it."""
    from flask import abort

    if request.method not in ("POST", "PUT", "PATCH"):
        return
    if request.is_json:
        abort(400)
    if request.mimetype == "multipart/form-data" and any(name not in UPLOAD_FIELDS for name in request.files):
        abort(400)


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def init_security(app: Flask) -> None:
    app.session_interface = SessionInterface()
    app.after_request(set_security_headers)
    app.before_request(reject_nul_bytes)
    app.before_request(reject_unexpected_bodies)
    proxies = os.environ.get("QUIZAPP_PROXY_FIX", "").strip()
    if proxies:
        from werkzeug.middleware.proxy_fix import ProxyFix

        count = int(proxies) if proxies.isdigit() else 1
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)  # type: ignore[method-assign]
