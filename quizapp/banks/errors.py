"""Problems found in a bank file, rendered `file:line: question 'id': message` like a compiler."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def display_path(path: str | os.PathLike) -> str:
    """The path as the user gave it; absolute paths under the working directory shown relative."""
    p = Path(path)
    if p.is_absolute():
        try:
            return str(p.relative_to(Path.cwd()))
        except ValueError:
            return str(p)
    return str(p)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None  # 1-based
    message: str
    question: str | None = None  # "'efanov-lines'" or "3" (its position) when it has no usable id

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        about = f"question {self.question}: " if self.question else ""
        return f"{where}: {about}{self.message}"

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0)


class BankError(Exception):
    """A bank that cannot be loaded; `problems` lists every reason at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
