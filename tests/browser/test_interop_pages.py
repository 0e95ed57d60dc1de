"""A teacher imports a question file in the browser, then downloads the bank again."""
import pytest
from playwright.sync_api import expect

from quizapp.banks.loader import load_bank
from quizapp.interop import export
from quizapp.paths import banks_dir

pytestmark = pytest.mark.browser


def sign_in(page, identifier: str, password: str) -> None:
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(identifier)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def test_import_a_gift_file_then_download_it_as_moodle_xml(browsing, classroom, assert_accessible, tmp_path):
    kursk = load_bank(banks_dir() / "kursk-2024")
    gift = tmp_path / "kursk.gift.txt"
    gift.write_bytes(export(kursk, "gift"))
    page = browsing.new_page()
    sign_in(page, classroom.teacher_email, classroom.teacher_password)
    page.goto("/banks/")
    page.get_by_role("link", name="Import questions from Moodle, Canvas or QTI").click()
    assert_accessible(page, "the import page")
    page.get_by_label("Question file").set_input_files(str(gift))
    page.get_by_label("Bank title").fill("Kursk from Moodle")
    page.get_by_label("The article the questions are about").fill(kursk.article)
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("Imported 83 questions into “Kursk from Moodle”.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Moodle XML").click()
    assert download.value.suggested_filename.endswith(".xml")


def test_a_foreign_file_gets_its_evidence_ticked_then_is_saved(browsing, classroom, assert_accessible, tmp_path):
    foreign = tmp_path / "other.gift"
    foreign.write_text("::Capital::What is the capital of Finland? {=Helsinki}\n\n::Essay::Discuss. {}\n", encoding="utf-8")
    page = browsing.new_page()
    sign_in(page, classroom.teacher_email, classroom.teacher_password)
    page.goto("/banks/import")
    page.get_by_label("Question file").set_input_files(str(foreign))
    page.get_by_label("Bank title").fill("Finland")
    page.get_by_label("The article the questions are about").fill(
        "Helsinki is the capital of Finland. Turku was the capital before 1812.")
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("1 still needs evidence")).to_be_visible()
    assert_accessible(page, "the evidence review of an import")
    page.get_by_role("button", name="Save the bank").click()
    expect(page.get_by_text("Choose the sentence (or sentences) of the article")).to_be_visible()
    assert_accessible(page, "the evidence review with an error")
    # The refused save is answered 400 on purpose (the form with its error); Chromium logs any 400.
    browsing.watch.console_errors[:] = [e for e in browsing.watch.console_errors if "status of 400" not in e]
    group = page.get_by_role("group", name="Evidence for question 1")
    group.get_by_label("Helsinki is the capital of Finland.").check()
    page.get_by_role("button", name="Save the bank").click()
    expect(page.get_by_text("Saved 1 questions as the bank “Finland”.")).to_be_visible()
    expect(page.locator("mark", has_text="Helsinki is the capital of Finland.").first).to_be_visible()
