"""Reading a roster pasted or uploaded as CSV, and making usernames from names. No database here.

A roster is one student per line: a name and optionally a username. Columns are separated by a
tab, a semicolon (what Excel saves in locales whose decimal mark is a comma) or a comma, whichever
the first line uses. A header line naming the columns is optional and may be worded in several
common ways and languages ("Name", "Student name", "Nom", "Identifiant", "First name;Last name");
separate first- and last-name columns are joined. Blank lines and empty trailing cells are
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
# Header cells, compared lower-cased and transliterated ("Élève" -> "eleve", "Schüler" -> "schuler").
NAME_HEADERS = {
    "name", "names", "student", "students", "student name", "full name", "display name", "pupil", "learner",
    "nom", "nom complet", "eleve", "nombre", "nombre completo", "alumno", "alumna", "estudiante", "schuler",
    "schulerin", "nome", "studente", "naam", "leerling",
}
FIRST_NAME_HEADERS = {"first name", "firstname", "first", "given name", "forename", "prenom", "vorname",
                      "nombre de pila", "voornaam"}
LAST_NAME_HEADERS = {"last name", "lastname", "last", "surname", "family name", "nom de famille", "nachname",
                     "apellido", "apellidos", "cognome", "achternaam"}
USERNAME_HEADERS = {"username", "user name", "user", "login", "login name", "identifiant", "benutzername",
                    "usuario", "nome utente", "gebruikersnaam", "user id", "userid"}
DELIMITERS = ("\t", ";", ",")


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
    delimiter: str = ","
    header: list[str] | None = None  # the header line's cells, when the first line was one

    @property
    def delimiter_name(self) -> str:
        return {"\t": "tabs", ";": "semicolons", ",": "commas"}[self.delimiter]


def decode_upload(data: bytes) -> str:
    """Text of an uploaded CSV. Spreadsheets save UTF-8 (often with a BOM) or Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def clean_name(raw: str) -> str:
    return " ".join(raw.split())


def _header_key(cell: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", anyascii(cell).lower()).split())


def _delimiter(lines: list[str]) -> str:
    """The separator the first non-blank line uses: a spreadsheet writes the same one on every line."""
    first = next((line for line in lines if line.strip()), "")
    return next((d for d in DELIMITERS if d in first), ",")


@dataclass
class _Columns:
    name: int | None = 0
    first: int | None = None
    last: int | None = None
    username: int | None = 1

    @classmethod
    def from_header(cls, cells: list[str]) -> "_Columns | None":
        keys = [_header_key(c) for c in cells]

        def find(words: set[str]) -> int | None:
            return next((i for i, k in enumerate(keys) if k in words), None)

        cols = cls(find(NAME_HEADERS), find(FIRST_NAME_HEADERS), find(LAST_NAME_HEADERS), find(USERNAME_HEADERS))
        if cols.name is None and cols.first is None and cols.last is None and cols.username is None:
            return None  # not a header: the first student
        if cols.name is None and cols.first is None and cols.last is None:
            cols.name = next(i for i in range(len(keys)) if i != cols.username) if len(keys) > 1 else None
        return cols

    def used(self) -> set[int]:
        return {i for i in (self.name, self.first, self.last, self.username) if i is not None}

    def name_of(self, cells: list[str]) -> str:
        def cell(i: int | None) -> str:
            return cells[i] if i is not None and i < len(cells) else ""

        if self.first is not None or self.last is not None:
            return clean_name(f"{cell(self.first)} {cell(self.last)}") or clean_name(cell(self.name))
        return clean_name(cell(self.name))


def parse_roster(text: str) -> ParsedRoster:
    lines = text.splitlines()
    result = ParsedRoster(delimiter=_delimiter(lines))
    columns = _Columns()
    seen_first = False
    for number, cells in enumerate(csv.reader(io.StringIO("\n".join(lines)), delimiter=result.delimiter), start=1):
        cells = [c.strip() for c in cells]
        while cells and not cells[-1]:
            cells.pop()  # Excel pads every line to the widest one: "Amélie Poulain;"
        if not cells:
            continue
        if not seen_first:
            seen_first = True
            header = _Columns.from_header(cells)
            if header is not None:
                columns, result.header = header, cells
                continue
        name = columns.name_of(cells)
        u = columns.username
        username = cells[u].lower() if u is not None and u < len(cells) else ""
        extra = [c for i, c in enumerate(cells) if i not in columns.used() and c]
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
