"""Where the bundled templates and question banks are, in a checkout and in an installed wheel."""
from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent
_CHECKOUT = _PKG.parent


def _first_existing(*candidates: Path) -> Path:
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[0]


def templates_dir() -> Path:
    """The top-level templates/ of a checkout, or its copy shipped in the wheel."""
    return _first_existing(_CHECKOUT / "templates", _PKG / "_templates")


def banks_dir() -> Path:
    """The top-level question_banks/ of a checkout, or its copy shipped in the wheel."""
    return _first_existing(_CHECKOUT / "question_banks", _PKG / "_banks")
