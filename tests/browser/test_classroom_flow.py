"""The whole classroom story in a real browser: a teacher signs up, makes a class from a CSV file,
assigns the Kursk quiz; a student signs in with the login card, answers, reloads, submits, sees the
score and the evidence; the teacher sees it in the gradebook and its CSV."""
from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ROSTER_CSV = "name,username\nAmira Khan,\nBen Lee,\nChloé Dubois,\n"
# One question of each type a student answers by clicking, choosing or typing.
TYPES = ("single_choice", "true_false", "numeric", "short_answer", "multiple_select", "matching")
WRONG = "true_false"  # the student gets this one wrong, every other one right


def sign_up_teacher(page, email: str) -> None:
    page.goto("/auth/signup")
    page.get_by_label("Your name").fill("Ms Rivera")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password", exact=True).fill("correct-horse-battery")
    page.get_by_label("Password again").fill("correct-horse-battery")
    page.get_by_role("button", name="Create teacher account").click()
    expect(page.locator(".flash-success")).to_contain_text("Your teacher account is ready")


def create_class_from_csv(page, name: str) -> tuple[int, dict[str, tuple[str, str]]]:
    """Returns the class id and {student name: (username, password)} read off the login cards."""
    page.goto("/classes/new")
    page.get_by_label("Class name").fill(name)
    page.get_by_role("button", name="Create class").click()
    class_id = int(re.search(r"/classes/(\d+)", page.url).group(1))
    page.get_by_label("Or upload a CSV file").set_input_files(
        files=[{"name": "roster.csv", "mimeType": "text/csv", "buffer": ROSTER_CSV.encode("utf-8")}]
    )
    page.get_by_role("button", name="Preview the accounts").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Check the list")
    page.get_by_role("button", name="Create 3 accounts").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("3 students added")
    logins = {}
    for card in page.locator(".login-card").all():
        name_text = card.locator("h2").inner_text().strip()
        username = card.locator("dt:text-is('Username') + dd").inner_text().strip()
        password = card.locator("dd.secret").inner_text().strip()
        logins[name_text] = (username, password)
    return class_id, logins


def pick_questions(live_server) -> list[dict]:
    """The first question of each type in the loaded Kursk bank, with what a right answer is."""
    from sqlalchemy import select

    from quizapp.models import Bank, BankQuestion, BankVersion
    from quizapp.web.extensions import db

    with live_server.app.app_context():
        version = db.session.scalars(
            select(BankVersion).join(Bank).where(Bank.slug == "kursk-2024").order_by(BankVersion.number.desc())
        ).first()
        assert version is not None, "the Kursk bank is not loaded"
        chosen: dict[str, dict] = {}
        for q in db.session.scalars(select(BankQuestion).where(BankQuestion.version_id == version.id)
                                    .order_by(BankQuestion.position)):
            if q.type in TYPES and q.type not in chosen:
                chosen[q.type] = {"id": q.id, "type": q.type, "data": q.data, "version_id": version.id}
        db.session.remove()
    assert set(chosen) == set(TYPES), f"the Kursk bank lacks some types: {set(TYPES) - set(chosen)}"
    return [chosen[t] for t in TYPES]


def build_and_assign_quiz(page, questions: list[dict], class_name: str) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Quizzes").click()
    page.locator(f"a[href$='/quizzes/new/{questions[0]['version_id']}/pick']").click()
    page.get_by_label("Quiz title").fill("Kursk: who said what")
    for q in questions:
        page.locator(f"#question-{q['id']}").check()
    page.get_by_role("button", name="Create quiz").click()
    expect(page.locator(".flash-success")).to_contain_text(f"created with {len(questions)} questions")
    page.get_by_role("link", name=f"Assign to {class_name}").click()
    page.get_by_role("button", name="Save assignment").click()
    expect(page.locator(".flash-success")).to_contain_text(f"assigned to {class_name}")


def answer(page, q: dict, right: bool = True) -> None:
    """Answer one question the way a student does; `right=False` gives a wrong answer."""
    data, name = q["data"], f"q{q['id']}"
    key = data["answer"]
    if q["type"] == "single_choice":
        value = key if right else next(o for o in data["options"] if o != key)
        page.locator(f"input[name='{name}']").and_(page.locator(f"[value={_css(value)}]")).check()
    elif q["type"] == "true_false":
        value = key if right else (not key)
        page.locator(f"input[name='{name}'][value='{'true' if value else 'false'}']").check()
    elif q["type"] in ("numeric", "short_answer"):
        page.locator(f"input[name='{name}']").fill(str(key))
    elif q["type"] == "multiple_select":
        for option in key:
            page.locator(f"input[name='{name}']").and_(page.locator(f"[value={_css(option)}]")).check()
    elif q["type"] == "matching":
        for part, option in enumerate(key):
            page.locator(f"select[name='{name}-{part}']").select_option(value=option)


def _css(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def expect_answer_kept(page, q: dict, right: bool = True) -> None:
    data, name = q["data"], f"q{q['id']}"
    if q["type"] == "single_choice":
        value = data["answer"] if right else next(o for o in data["options"] if o != data["answer"])
        expect(page.locator(f"input[name='{name}']:checked")).to_have_value(value)
    elif q["type"] == "true_false":
        value = data["answer"] if right else not data["answer"]
        expect(page.locator(f"input[name='{name}']:checked")).to_have_value("true" if value else "false")
    elif q["type"] in ("numeric", "short_answer"):
        expect(page.locator(f"input[name='{name}']")).to_have_value(str(data["answer"]))
    elif q["type"] == "multiple_select":
        expect(page.locator(f"input[name='{name}']:checked")).to_have_count(len(data["answer"]))
    elif q["type"] == "matching":
        for part, option in enumerate(data["answer"]):
            expect(page.locator(f"select[name='{name}-{part}']")).to_have_value(option)


def wait_saved(page) -> None:
    expect(page.locator("#save-status")).to_contain_text("Saved", timeout=10_000)


def sign_in(page, identifier: str, password: str) -> None:
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(identifier)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_label("E-mail or username")).to_have_count(0)


def test_teacher_assigns_student_takes_teacher_grades(browsing, live_server, assert_accessible):
    teacher = browsing.new_page()
    sign_up_teacher(teacher, "rivera@school.example")
    class_id, logins = create_class_from_csv(teacher, "Year 10 English")
    assert set(logins) == {"Amira Khan", "Ben Lee", "Chloé Dubois"}
    assert all(username and len(password) >= 8 for username, password in logins.values())
    questions = pick_questions(live_server)
    build_and_assign_quiz(teacher, questions, "Year 10 English")

    student = browsing.new_page()  # another browser context: the student's own cookies
    sign_in(student, *logins["Amira Khan"])
    student.goto("/student/")
    student.get_by_role("button", name="Start Kursk: who said what").click()
    expect(student.locator("fieldset.question")).to_have_count(len(questions))
    student.wait_for_load_state("load")  # quiz.js (deferred) listens before the first answer
    assert_accessible(student, "the quiz page")

    half, rest = questions[: len(questions) // 2], questions[len(questions) // 2:]
    for q in half:
        answer(student, q, right=q["type"] != WRONG)
    wait_saved(student)
    student.reload()
    for q in half:
        expect_answer_kept(student, q, right=q["type"] != WRONG)
    expect(student.locator("#answered-count")).to_have_text(str(len(half)))

    for q in rest:
        answer(student, q, right=q["type"] != WRONG)
    wait_saved(student)
    student.get_by_role("button", name="Save and review before submitting").click()
    expect(student.locator(".notice-success")).to_contain_text("Every question has an answer")
    student.get_by_role("button", name="Submit my answers").click()

    total = sum(float(q["data"].get("points", 1)) for q in questions)
    lost = float(next(q for q in questions if q["type"] == WRONG)["data"].get("points", 1))
    expect(student.locator(".score")).to_have_text(f"Score: {total - lost:g} of {total:g}")
    student.get_by_role("link", name="Review your answers with the correct ones").click()
    expect(student.locator(".review-item.is-correct")).to_have_count(len(questions) - 1)
    expect(student.locator(".review-item.is-wrong")).to_have_count(1)
    # The evidence of each question is highlighted in the article, and its link lands on it.
    expect(student.locator(".article-text mark").first).to_be_visible()
    first_evidence = questions[0]["data"]["evidence"][0]["text"]
    link = student.locator("#question-1").get_by_role("link", name="Show the evidence in the article")
    anchor = link.get_attribute("href")
    link.click()
    expect(student.locator(f"mark{anchor}")).to_contain_text(first_evidence[:40])
    assert_accessible(student, "the review page")

    teacher.goto(f"/classes/{class_id}")
    teacher.get_by_role("link", name="Gradebook").click()
    row = teacher.get_by_role("row").filter(has=teacher.get_by_role("rowheader", name="Amira Khan"))
    expect(row).to_contain_text(re.compile(rf"\b{total - lost:g}(\.0+)? / {total:g}(\.0+)?\s+Submitted"))
    assert_accessible(teacher, "the gradebook")
    with teacher.expect_download() as download_info:
        teacher.get_by_role("link", name="Download CSV").click()
    text = download_info.value.path().read_text(encoding="utf-8-sig")
    rows = {r["Student"]: r for r in csv.DictReader(io.StringIO(text))}
    assert set(rows) == {"Amira Khan", "Ben Lee", "Chloé Dubois"}
    amira = rows["Amira Khan"]
    assert amira["Username"] == logins["Amira Khan"][0]
    assert float(amira["Kursk: who said what: score"]) == total - lost
    assert float(amira["Kursk: who said what: max"]) == total
    assert rows["Ben Lee"]["Kursk: who said what: score"] == ""
