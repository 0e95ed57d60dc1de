"""Reading an article file for the generator, with one clear message for each way it can be unusable."""
from __future__ import annotations

import os
from pathlib import Path


class ArticleError(ValueError):
    """An article that cannot be read as text; the message is one line for the user."""


def decode_article(data: bytes, name: str = "the article") -> str:
    """The text of an article from its bytes: UTF-8, with line endings read as Python's text mode
    reads them, so offsets match `Path.read_text(encoding="utf-8")` (what the evaluation uses)."""
    # Anywhere, not only near the start: a NUL deep in a text file still cannot be stored
    # (PostgreSQL refuses it in text columns) nor read by a student.
    if b"\x00" in data:
        raise ArticleError(f"{name} is not a text file (it holds binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{name} is not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{name} is empty: there is nothing to generate questions from")
    return text


def read_article(path: str | os.PathLike) -> str:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{p} is a folder, not an article file") from None
    except OSError as exc:
        raise ArticleError(f"{p}: cannot be read ({exc.strerror})") from None
    return decode_article(data, str(p))
