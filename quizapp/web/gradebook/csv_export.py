"""CSV files of the gradebook and of an assignment's results.

Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula, so a
student named "=HYPERLINK(...)" could attack the teacher who opens the file: such text cells get a
leading apostrophe, which spreadsheets show as plain text. Numbers are written as numbers."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable

from quizapp.web.gradebook.queries import Gradebook, Results
from quizapp.web.timezones import reader_zone, to_local

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PROMPT_WORDS = 8  # of a question's prompt in its column header


def question_header(number: int, prompt: str) -> str:
    """"Q3 Who said that the bridge was a bargaining…": the number the results page shows and the
    prompt's start, never an internal id."""
    words = " ".join(prompt.split()).split(" ")
    short = " ".join(words[:PROMPT_WORDS]) + ("…" if len(words) > PROMPT_WORDS else "")
    return f"Q{number} {short}".strip()


def safe_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return _number(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def to_csv(rows: Iterable[list[Any]]) -> str:
    """CSV text starting with a byte-order mark: without it Excel reads UTF-8 as a legacy code
    page and "Chloé" arrives as "ChloÃ©"."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def gradebook_rows(gb: Gradebook) -> list[list[Any]]:
    """One row per student; per assignment a score, a maximum and a status column."""
    header: list[Any] = ["Student", "Username"]
    for a in gb.assignments:
        header += [f"{a.title}: score", f"{a.title}: max", f"{a.title}: status"]
    rows = [header]
    for s in gb.students:
        row: list[Any] = [s.display_name, s.username or ""]
        for a in gb.assignments:
            cell = gb.cell(s.id, a.id)
            row += [cell.score, cell.max_score, cell.label]
        rows.append(row)
    return rows


def results_rows(results: Results) -> list[list[Any]]:
    """One row per student: status, attempt, score, then the points of each question."""
    zone = reader_zone()
    header: list[Any] = ["Student", "Username", "Status", "Attempt", f"Submitted ({zone.key})", "Score", "Max"]
    header += [question_header(i, q.data.get("prompt", "")) for i, q in enumerate(results.questions, start=1)]
    rows = [header]
    for row in results.rows:
        attempt = row.standing.counted
        line: list[Any] = [
            row.student.display_name, row.student.username or "", row.standing.label,
            attempt.number if attempt else None,
            to_local(attempt.submitted_at, zone).strftime("%Y-%m-%d %H:%M") if attempt and attempt.submitted_at else None,
            row.standing.score, row.standing.max_score,
        ]
        for q in results.questions:
            response = row.responses.get(q.id) if attempt else None
            line.append(response.points if response is not None else None)
        rows.append(line)
    return rows
