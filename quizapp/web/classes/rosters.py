"""Reading a roster pasted or uploaded as CSV, and making usernames from names. No database here.

A roster is one student per line: ``name`` and optionally ``username``, separated by a comma or a
tab (what a spreadsheet pastes). A header line naming the columns is optional. Blank lines are
skipped; every other line that cannot be used is reported with its line number.
"""
from __future__ import annotations

import csv
import io
import re
import secrets
from dataclasses import dataclass, field

from anyascii import anyascii

MAX_NAME = 120
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")
HEADER_WORDS = {"name", "names", "student", "student name", "full name", "display name"}


@dataclass
class RosterRow:
    line: int
    name: str
    username: str | None = None


@dataclass
class RosterProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ParsedRoster:
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)


def decode_upload(data: bytes) -> str:
    """Text of an uploaded CSV. Spreadsheets save UTF-8 (often with a BOM) or Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def clean_name(raw: str) -> str:
    return " ".join(raw.split())


def parse_roster(text: str) -> ParsedRoster:
    result = ParsedRoster()
    lines = text.splitlines()
    delimiter = "\t" if any("\t" in line for line in lines) else ","
    username_column: int | None = 1
    name_column = 0
    for number, cells in enumerate(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter), start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        lowered = [c.lower() for c in cells]
        if number == 1 and (lowered[0] in HEADER_WORDS or "username" in lowered):
            name_column = next((i for i, c in enumerate(lowered) if c in HEADER_WORDS), 0)
            username_column = lowered.index("username") if "username" in lowered else None
            continue
        name = clean_name(cells[name_column]) if name_column < len(cells) else ""
        username = cells[username_column].lower() if username_column is not None and username_column < len(cells) else ""
        extra = [c for i, c in enumerate(cells) if i not in (name_column, username_column) and c]
        if not name:
            result.problems.append(RosterProblem(number, "no name"))
        elif len(name) > MAX_NAME:
            result.problems.append(RosterProblem(number, f"the name is longer than {MAX_NAME} characters"))
        elif extra:
            result.problems.append(RosterProblem(
                number, f"{len(cells)} columns; expected a name and optionally a username "
                        "(put a name with a comma in quotes)"))
        elif username and not USERNAME_RE.match(username):
            result.problems.append(RosterProblem(
                number, f"username '{username}' must be 3-40 letters, digits, dots, dashes or underscores"))
        else:
            result.rows.append(RosterRow(number, name, username or None))
    return result


def username_base(name: str) -> str:
    """ "Amira Khan" -> "amira.k"; transliterated to ASCII (anyascii: "Łukasz" -> "lukasz", "Дмитрий"
    -> "dmitriy") so it can be typed on any keyboard and no letter is lost."""
    ascii_name = anyascii(name).lower()
    words = re.findall(r"[a-z0-9]+", ascii_name)
    if not words:
        return "student"
    base = words[0][:20]
    if len(words) > 1:
        base += "." + words[-1][0]
    return base if len(base) >= 3 else base + "x" * (3 - len(base))


def username_candidates(name: str, attempts: int = 50):
    """The base with two random digits, then three, and so on: short but not guessable in order."""
    base = username_base(name)
    for i in range(attempts):
        digits = 2 + i // 10
        yield f"{base}{secrets.randbelow(9 * 10 ** (digits - 1)) + 10 ** (digits - 1)}"
