"""The generator review in a real browser: a teacher pastes an article, waits for the candidate
questions, accepts some, rejects one and saves the accepted ones as a bank of their own."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "written" / "acme-layoffs.txt"


def saved_bank(live_server, slug: str) -> tuple[int | None, list[str]]:
    from sqlalchemy import select

    from quizapp.models import Bank, BankVersion
    from quizapp.web.extensions import db

    with live_server.app.app_context():
        bank = db.session.scalars(select(Bank).where(Bank.slug == slug)).first()
        if bank is None:
            return None, []
        version = db.session.scalars(select(BankVersion).where(BankVersion.bank_id == bank.id)).first()
        result = bank.owner_id, [q.data["prompt"] for q in version.questions]
        db.session.remove()
    return result


def test_a_teacher_turns_a_pasted_article_into_a_bank(browsing, live_server, classroom, assert_accessible):
    page = browsing.new_page()
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(classroom.teacher_email)
    page.get_by_label("Password").fill(classroom.teacher_password)
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Generator").click()
    page.get_by_label("Title").fill("Acme layoffs")
    page.get_by_label("Paste the article").fill(ARTICLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Generate questions").click()
    # The status page refreshes itself until the candidates are ready (spaCy loads on the first run).
    expect(page.get_by_role("heading", level=1)).to_have_text("Review: Acme layoffs", timeout=120_000)
    candidates = page.locator("li.candidate")
    assert candidates.count() >= 3, "the generator proposed fewer than 3 questions for a full article"
    assert_accessible(page, "the generator review page")

    prompts = [page.locator(f"#candidate-{n}").get_by_label("Question").input_value() for n in (1, 2)]
    # Q1 through its edit form (a full post), Q2 and Q3 from their lines, in place: no reload.
    page.locator("#candidate-1 summary").click()
    page.locator("#candidate-1").get_by_role("button", name="Save changes and accept").click()
    expect(page.locator("#candidate-1")).to_contain_text("accepted")
    page.evaluate("() => { window.stillThisPage = true; }")
    page.locator("#candidate-2").get_by_role("button", name="Accept Q2").click()
    expect(page.locator("#candidate-2")).to_contain_text("accepted")
    page.locator("#candidate-3").get_by_role("button", name="Reject Q3").click()
    expect(page.locator("#candidate-3")).to_contain_text("rejected")
    expect(page.locator(".lead")).to_contain_text("2 accepted, 1 rejected")
    assert page.evaluate("() => window.stillThisPage") is True
    assert_accessible(page, "the generator review page after decisions")

    page.get_by_label("Bank title").fill("Acme layoffs (reviewed)")
    page.get_by_label("Bank id").fill("acme-layoffs-reviewed")
    page.get_by_role("button", name="Save accepted questions as a bank").click()
    expect(page.locator(".flash-success")).to_contain_text("Saved 2 questions as the bank")

    owner, saved = saved_bank(live_server, "acme-layoffs-reviewed")
    assert owner is not None, "the bank must belong to the teacher, not be a bundled one"
    assert saved == prompts
