"""Teachers download a bank version or a quiz in the interchange formats (docs/interop.md)."""
import io
import zipfile

from factories import kursk_version, make_quiz, make_teacher

from quizapp.interop import import_file


def test_bank_version_downloads_as_gift_that_imports_again(client, auth):
    version = kursk_version()
    auth.login_teacher()
    response = client.get(f"/banks/versions/{version.id}/export?format=gift")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="kursk-2024-v1.gift.txt"')
    result = import_file(response.data, "download.gift.txt")
    assert [q["id"] for q in result.questions] == [q.qid for q in version.questions]


def test_quiz_downloads_only_its_own_questions(client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, n=3, title="Kursk starter")
    response = client.get(f"/quizzes/{quiz.id}/export?format=qti3")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert sorted(n for n in names if n.startswith("items/")) == sorted(f"items/{i.question.qid}.xml" for i in quiz.items)


def test_the_pages_offer_every_format(client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, n=2)
    page = client.get(f"/banks/versions/{quiz.bank_version_id}").get_data(as_text=True)
    assert all(f"export?format={name}" in page for name in ("qti3", "qti21", "qti12", "moodle-xml", "gift"))
    assert f"/quizzes/{quiz.id}/export?format=moodle-xml" in client.get(f"/quizzes/{quiz.id}").get_data(as_text=True)


def test_unknown_format_and_another_teachers_quiz_are_404(client, auth):
    quiz = make_quiz(make_teacher(name="Someone else"), n=2)
    auth.login_teacher()
    assert client.get(f"/banks/versions/{quiz.bank_version_id}/export?format=docx").status_code == 404
    assert client.get(f"/quizzes/{quiz.id}/export?format=gift").status_code == 404


def test_a_student_cannot_download_a_bank_with_its_keys(client, auth):
    version = kursk_version()
    auth.login_student()
    response = client.get(f"/banks/versions/{version.id}/export?format=moodle-xml")
    assert response.status_code in (302, 403, 404)
    assert b"<quiz>" not in response.data
