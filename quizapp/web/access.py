"""Who may open what. Every route: load the object, check role and ownership, then act.

    @bp.get("/<int:class_id>")
    @teacher_required
    def show(class_id):
        classroom = owned_or_404(Classroom, class_id)          # teacher_id == current_user.id
        quiz = owned_or_404(Quiz, quiz_id, owner_attr="owner_id")

A foreign object answers 404, exactly like a missing one, so ids leak nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort, redirect, request, url_for
from flask_login import current_user

from quizapp.web.extensions import db

F = TypeVar("F", bound=Callable[..., Any])
M = TypeVar("M")

# The attribute naming the owning teacher, per model; others pass owner_attr.
OWNER_ATTRS = ("teacher_id", "owner_id")


def _require_role(role: str) -> Callable[[F], F]:
    def decorator(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return redirect(url_for("auth.login", next=_safe_next()))
            if current_user.role != role:
                abort(403)
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator


def _safe_next() -> str | None:
    # Only a path on this site, so a sign-in link can never send someone elsewhere. None after a
    # POST: its URL takes no GET, so signing in would end on a 405.
    if request.method != "GET":
        return None
    return request.full_path if request.query_string else request.path


teacher_required = _require_role("teacher")
teacher_required.__doc__ = "Signed-in teachers only: anonymous -> sign-in page, students -> 403."
student_required = _require_role("student")
student_required.__doc__ = "Signed-in students only: anonymous -> sign-in page, teachers -> 403."


def owned_or_404(model: type[M], object_id: Any, owner_attr: str | None = None, owner_id: int | None = None) -> M:
    """The object with this id owned by `owner_id` (default: the current user), else 404."""
    obj = get_or_404(model, object_id)
    if owner_attr is None:
        owner_attr = next((name for name in OWNER_ATTRS if hasattr(model, name)), None)
        if owner_attr is None:
            raise TypeError(f"{model.__name__} has no owner column; pass owner_attr")
    wanted = owner_id if owner_id is not None else getattr(current_user, "id", None)
    if wanted is None or getattr(obj, owner_attr) != wanted:
        abort(404)
    return obj


MAX_ID = 2**31 - 1  # PostgreSQL integer: a larger id in a URL must be 404, not a DataError


def get_or_404(model: type[M], object_id: Any) -> M:
    """The object with this id, or 404 (also for ids that are not ids at all)."""
    try:
        key = int(object_id)
    except (TypeError, ValueError):
        abort(404)
    if not 0 < key <= MAX_ID:
        abort(404)
    obj = db.session.get(model, key)
    if obj is None:
        abort(404)
    return obj
