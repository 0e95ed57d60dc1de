"""The Kursk quiz printed to PDF by Chromium: the student copy (article, then the questions from a
new page, no question split over a page break, no key) and the teacher's key sheet."""
import io
import re

import pytest
from test_accessibility import sign_in

pytestmark = pytest.mark.browser


def squash(text: str) -> str:
    # PDF text comes back with its own line breaks: compare without any whitespace.
    return re.sub(r"\s+", "", text).casefold()


@pytest.fixture
def kursk_quiz(live_server, classroom) -> dict:
    """The demo's Kursk quiz (two questions per skill, every type) made by the classroom's teacher."""
    from sqlalchemy import select

    from quizapp.models import BankVersion, User
    from quizapp.web.demo import demo_questions
    from quizapp.web.extensions import db
    from quizapp.web.quizzes.operations import create_quiz

    with live_server.app.app_context():
        teacher = db.session.scalars(select(User).where(User.email == classroom.teacher_email)).one()
        questions = demo_questions(db.session.get(BankVersion, classroom.version_id))
        quiz = create_quiz(teacher.id, classroom.version_id, "Kursk on paper", [q.id for q in questions])
        result = {"id": quiz.id, "questions": [{"type": q.type, "data": q.data} for q in questions]}
        db.session.remove()
    return result


def pdf_pages(page) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    return [squash(p.extract_text() or "") for p in reader.pages]


def test_the_student_copy_and_the_key_sheet_print_as_sensible_pdfs(browsing, classroom, kursk_quiz, assert_accessible):
    page = browsing.new_page()
    sign_in(page, classroom.teacher_email, classroom.teacher_password)
    assert page.goto(f"/quizzes/{kursk_quiz['id']}/print").status == 200
    assert_accessible(page, "the student copy")
    ends = [(squash(t)[:40], squash(t)[-40:]) for t in page.locator(".paper-question").all_inner_texts()]
    copy = pdf_pages(page)
    assert page.goto(f"/quizzes/{kursk_quiz['id']}/print/key").status == 200
    assert_accessible(page, "the key sheet")
    key = pdf_pages(page)

    assert 2 <= len(copy) <= 20 and 1 <= len(key) <= 20, (len(copy), len(key))
    first = next(i for i, text in enumerate(copy) if text.startswith("questions"))  # a page of its own
    assert first >= 1 and len(ends) == len(kursk_quiz["questions"])
    assert all(any(start in text and end in text for text in copy[first:]) for start, end in ends)

    shown = squash(" ".join(str(v) for q in kursk_quiz["questions"] for v in
                            [q["data"]["prompt"], *(q["data"].get("options") or []),
                             *(q["data"].get("extra") or {}).get("prompts", [])]))
    keys = [squash(str(q["data"]["answer"])) for q in kursk_quiz["questions"] if q["type"] == "short_answer"]
    keys = [k for k in keys if k not in shown]  # a key the copy has no reason to print
    questions_text, key_text = "".join(copy[first:]), "".join(key)
    assert keys and all(k in key_text for k in keys)
    assert not any(k in questions_text for k in keys)
    assert "key:" in key_text and "key:" not in "".join(copy)
