"""No key before the review may show it. A class takes the whole Kursk bank under review policies
'never' and 'after_due' (before the due date); every page a student can open for those attempts
(quiz page, autosave answer, confirm, submitted, review, home) must carry no feedback, no key
markup, and no mark on a choice question's key. A control with the due date passed shows that
the same checks do see a key when the review is allowed.

And no page may load anything from another host: templates and static files only name this site."""
from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path

import pytest
from factories import (
    kursk_version,
    make_assignment,
    make_class,
    make_quiz,
    make_teacher,
    students_of,
)
from werkzeug.datastructures import MultiDict

from quizapp.models import Assignment, Attempt, utcnow
from quizapp.questions import get_type
from quizapp.web.extensions import db
from quizapp.web.student.quizforms import SHOWN_FIELD

ROOT = Path(__file__).resolve().parents[2]

# Markup the teacher's pages and the allowed review use for keys, feedback and evidence.
REVEALING = ["is-correct", "is-wrong", "is-key", "(key)", "Correct answer:", "Partly correct", "Not correct",
             'class="feedback"', 'class="key"', "Feedback:", "Show the evidence", "<mark", "Evidence for question",
             "data-key", "data-answer", "data-correct", "key:"]
CHOICE_TYPES = ("single_choice", "evidence_selection", "true_false")


def sign_in(client, user):
    with client.session_transaction() as session:
        session.clear()
        session["_user_id"] = user.get_id()
        session["_fresh"] = True


def start(client, assignment: Assignment) -> int:
    response = client.post(f"/student/assignments/{assignment.id}/start")
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    return int(re.search(r"/student/attempts/(\d+)", response.headers["Location"]).group(1))


def questions_of(attempt_id: int):
    attempt = db.session.get(Attempt, attempt_id)
    return [item.question for item in attempt.assignment.quiz.items]


def as_value(qtype: str, value) -> str:
    if qtype == "true_false":
        return "true" if value else "false"
    return str(value)


def answers(questions, right: bool) -> MultiDict:
    """Form data answering every choice question with its key (right) or another option (wrong)."""
    data = MultiDict({SHOWN_FIELD: ",".join(str(q.id) for q in questions)})  # the page's list of its questions
    for q in questions:
        key = get_type(q.type).key(q.data)
        if q.type in CHOICE_TYPES:
            options = ([True, False] if q.type == "true_false"
                       else get_type(q.type).options_for_student(q.data))
            choice = key if right else next(o for o in options if as_value(q.type, o) != as_value(q.type, key))
            data.add(f"q{q.id}", as_value(q.type, choice))
        elif right and q.type == "multiple_select":
            for value in key:
                data.add(f"q{q.id}", value)
        elif right and q.type == "matching":
            for part, value in enumerate(key):
                data.add(f"q{q.id}-{part}", value)
    return data


def leaks(page: str, questions) -> list[str]:
    found = [marker for marker in REVEALING if marker in page]
    text = html.unescape(page)
    found += [f"feedback of {q.qid}" for q in questions if q.data.get("feedback") and q.data["feedback"] in text]
    return found


def key_marked(page: str, questions) -> list[str]:
    """Choice questions whose key option is rendered differently from the other unchosen options."""
    found = []
    for q in questions:
        if q.type not in CHOICE_TYPES:
            continue
        fieldset = re.search(rf'<fieldset[^>]*data-question="{q.id}".*?</fieldset>', page, re.DOTALL)
        if fieldset is None:
            found.append(f"{q.qid}: no fieldset")
            continue
        key = html.escape(as_value(q.type, get_type(q.type).key(q.data)))
        shapes = {}
        for item in re.findall(r"<li\b[^>]*>.*?</li>", fieldset.group(0), re.DOTALL):
            value = re.search(r'value="([^"]*)"', item).group(1)
            if "checked" in item:
                continue  # the student's own choice
            label = re.sub(r"<[^>]+>", "", item).strip()
            shape = re.sub(r'\s(id|value|for)="[^"]*"', "", item).replace(label, "LABEL")
            shapes[value] = shape
        if key not in shapes:
            found.append(f"{q.qid}: key option missing or pre-selected")
        elif any(shape != shapes[key] for value, shape in shapes.items() if value != key):
            found.append(f"{q.qid}: key option rendered differently")
    return found


@pytest.fixture
def kursk_class(app):
    teacher = make_teacher()
    classroom = make_class(teacher, students=2)
    quiz = make_quiz(teacher, kursk_version())
    return teacher, classroom, quiz


@pytest.mark.parametrize("policy", ["never", "after_due"])
def test_no_student_page_shows_a_key_before_the_review_is_allowed(kursk_class, client, policy):
    _, classroom, quiz = kursk_class
    assignment = make_assignment(quiz, classroom, review_policy=policy)
    working, finished = students_of(classroom)
    problems = []

    sign_in(client, working)
    attempt_id = start(client, assignment)
    questions = questions_of(attempt_id)
    unreadable = MultiDict({SHOWN_FIELD: ",".join(str(q.id) for q in questions)})
    for q in questions:
        unreadable.add(f"q{q.id}-0" if q.type == "matching" else f"q{q.id}", "zzz 12 ~~ not an answer")
    response = client.post(f"/student/attempts/{attempt_id}/autosave", data=unreadable)
    errors = response.json["errors"]
    assert len(errors) > len(questions) // 2  # the messages are there to be read
    problems += [f"autosave error: {p}" for p in leaks(response.get_data(as_text=True), questions)]
    problems += [f"autosave error names the key of {q.qid}: {errors[f'q{q.id}']}" for q in questions
                 if q.type == "short_answer" and f"q{q.id}" in errors
                 and get_type(q.type).display_key(q.data).lower() in errors[f"q{q.id}"].lower()]
    response = client.post(f"/student/attempts/{attempt_id}/autosave", data=answers(questions, right=False))
    assert response.status_code == 200 and response.json["answered"] == sum(q.type in CHOICE_TYPES for q in questions)
    problems += [f"autosave: {p}" for p in leaks(response.get_data(as_text=True), questions)]
    for page in ("", "/confirm"):
        text = client.get(f"/student/attempts/{attempt_id}{page}").get_data(as_text=True)
        problems += [f"quiz{page}: {p}" for p in leaks(text, questions)]
    quiz_page = client.get(f"/student/attempts/{attempt_id}").get_data(as_text=True)
    assert quiz_page.count("<fieldset") == len(questions)
    problems += [f"quiz: {p}" for p in key_marked(quiz_page, questions)]

    sign_in(client, finished)
    attempt_id = start(client, assignment)
    response = client.post(f"/student/attempts/{attempt_id}/autosave", data=answers(questions, right=True))
    assert response.status_code == 200 and response.json["answered"] > len(questions) // 2
    assert client.post(f"/student/attempts/{attempt_id}/submit").status_code == 302
    for page in (f"/student/attempts/{attempt_id}/submitted", f"/student/attempts/{attempt_id}/review", "/student/"):
        response = client.get(page)
        assert response.status_code == 200, page
        problems += [f"{page}: {p}" for p in leaks(response.get_data(as_text=True), questions)]
    assert not problems, "\n".join(problems)


def test_the_checks_see_the_key_once_the_review_is_allowed(kursk_class, client):
    """Control: the same attempt after the due date shows key and feedback, and the checks catch it."""
    _, classroom, quiz = kursk_class
    assignment = make_assignment(quiz, classroom, review_policy="after_due")
    student = students_of(classroom)[0]
    sign_in(client, student)
    attempt_id = start(client, assignment)
    questions = questions_of(attempt_id)
    client.post(f"/student/attempts/{attempt_id}/autosave", data=answers(questions, right=True))
    client.post(f"/student/attempts/{attempt_id}/submit")
    assignment.due_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    page = client.get(f"/student/attempts/{attempt_id}/review").get_data(as_text=True)
    found = leaks(page, questions)
    assert "Correct answer:" in found and "is-correct" in found
    assert sum(f.startswith("feedback of") for f in found) == sum(bool(q.data.get("feedback")) for q in questions)


THIRD_PARTY = re.compile(r"""(?:https?:)?//(?!localhost\b|127\.0\.0\.1\b)[a-z0-9.-]+\.[a-z]{2,}""", re.IGNORECASE)
# Text that names another site without loading anything from it (the SVG namespace is a name, not a URL
# a browser fetches).
ALLOWED_NAMES = {"http://www.w3.org/2000/svg"}


def test_no_template_or_static_file_loads_from_another_host():
    files = [p for base in (ROOT / "templates", ROOT / "quizapp" / "web" / "static") for p in base.rglob("*")
             if p.is_file() and p.suffix in {".html", ".css", ".js", ".svg", ".txt", ".json", ".xml"}]
    assert len(files) > 20
    offenders = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"/\*.*?\*/|\{#.*?#\}", "", text, flags=re.DOTALL)  # comments load nothing
        text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
        for match in THIRD_PARTY.finditer(text):
            url = match.group(0)
            if not any(name.startswith(url) for name in ALLOWED_NAMES):
                offenders.append(f"{path.relative_to(ROOT)}: {url}")
    assert not offenders, "\n".join(offenders)
