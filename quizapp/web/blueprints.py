"""Every blueprint of the app, registered in one place (one line per area)."""
from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    pass
