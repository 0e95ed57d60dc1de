"""Teachers import a question file from another system into a new bank of their own."""
import io

from factories import kursk_bank
from sqlalchemy import func, select

from quizapp.interop import export
from quizapp.models import Bank, BankQuestion
from quizapp.web.extensions import db

FOREIGN = b"::Capital::What is the capital of Finland? {=Helsinki}\n\n::Essay::Discuss. {}\n"
BILLION_LAUGHS = b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><quiz>&b;</quiz>'


def upload(client, data: bytes, name="questions.gift", title="Imported Kursk", article=None):
    return client.post("/banks/import", content_type="multipart/form-data", data={
        "file": (io.BytesIO(data), name), "title": title,
        "article": kursk_bank().article if article is None else article})


def banks_count():
    return db.session.scalar(select(func.count()).select_from(Bank))


def test_a_file_exported_from_quizapp_becomes_the_teachers_bank(client, auth):
    teacher = auth.login_teacher()
    response = upload(client, export(kursk_bank(), "moodle-xml"), "kursk.xml")
    assert response.status_code == 302 and "/banks/versions/" in response.headers["Location"]
    bank = db.session.scalar(select(Bank).where(Bank.owner_id == teacher.id))
    assert bank.title == "Imported Kursk"
    stored = db.session.scalar(select(func.count()).select_from(BankQuestion))
    assert stored == len(kursk_bank().questions)


def test_questions_without_evidence_go_to_the_evidence_review_and_nothing_is_stored(client, auth):
    auth.login_teacher()
    before = banks_count()
    response = upload(client, FOREIGN, article="Helsinki is the capital of Finland.")
    assert response.status_code == 302 and "/banks/imports/" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "1 still needs evidence" in page
    assert "questions.gift:3: &#39;Essay&#39;: an essay" in page
    assert banks_count() == before


def test_a_file_with_no_importable_question_is_a_report_and_keeps_what_was_typed(client, auth):
    auth.login_teacher()
    response = upload(client, b"::Essay::Discuss. {}\n", article="Helsinki is the capital of Finland.")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "No question in the file could be imported." in page
    assert "Helsinki is the capital of Finland.</textarea>" in page


def test_a_hostile_file_gets_its_message_beside_the_field(client, auth):
    auth.login_teacher()
    before = banks_count()
    response = upload(client, BILLION_LAUGHS, "evil.xml")
    assert response.status_code == 400
    assert "billion laughs" in response.get_data(as_text=True)
    assert banks_count() == before


def test_no_file_chosen_is_an_error_beside_the_field(client, auth):
    auth.login_teacher()
    response = client.post("/banks/import", data={"title": "T", "article": "Some text."})
    assert response.status_code == 400 and "Choose the file to import." in response.get_data(as_text=True)


def test_students_cannot_import(client, auth):
    auth.login_student()
    before = banks_count()
    response = upload(client, export(kursk_bank(), "gift"))
    assert response.status_code in (302, 403, 404) and banks_count() == before
