"""Bank browsing: bundled and own banks, versions, questions with keys and highlighted evidence."""
from factories import kursk_bank, kursk_version, make_teacher

from quizapp.banks.model import Bank as LoadedBank
from quizapp.web.banks.highlight import Segment, marked_paragraphs
from quizapp.web.banks.operations import import_bank
from quizapp.web.extensions import db


def own_bank(teacher, title="My own bank"):
    loaded = kursk_bank()
    mine = LoadedBank(id="mine", title=title, source=loaded.source, article=loaded.article,
                      questions=loaded.questions[:2], path=loaded.path)
    version = import_bank(mine, owner_id=teacher.id)
    db.session.commit()
    return version


def test_list_shows_bundled_and_own_banks_only(app, client, auth):
    version = kursk_version()
    teacher = auth.login_teacher()
    own_bank(teacher)
    own_bank(make_teacher(), title="Somebody else's bank")
    page = client.get("/banks/").get_data(as_text=True)
    assert version.bank.title in page and "My own bank" in page
    assert "Somebody else" not in page


def test_version_page_shows_key_feedback_and_marked_evidence(app, client, auth):
    version = kursk_version()
    auth.login_teacher()
    page = client.get(f"/banks/versions/{version.id}").get_data(as_text=True)
    first = version.questions[0].data
    assert first["prompt"] in page.replace("&#34;", '"').replace("&#39;", "'")
    assert "(key)" in page
    assert f"<mark>{first['evidence'][0]['text']}</mark>" in page.replace("&#34;", '"').replace("&#39;", "'")


def test_question_page_marks_only_its_evidence(app, client, auth):
    version = kursk_version()
    auth.login_teacher()
    q = version.questions[1]
    page = client.get(f"/banks/versions/{version.id}/questions/{q.id}").get_data(as_text=True)
    assert page.count("<mark>") == len(q.data["evidence"])


def test_another_teachers_bank_is_404(app, client, auth):
    version = own_bank(make_teacher())
    auth.login_teacher()
    assert client.get(f"/banks/{version.bank_id}").status_code == 404
    assert client.get(f"/banks/versions/{version.id}").status_code == 404
    assert client.get(f"/banks/versions/{version.id}/questions/{version.questions[0].id}").status_code == 404


def test_question_of_another_version_is_404(app, client, auth):
    version = kursk_version()
    teacher = auth.login_teacher()
    other = own_bank(teacher)
    assert client.get(f"/banks/versions/{version.id}/questions/{other.questions[0].id}").status_code == 404


def test_marked_paragraphs_merge_overlaps_and_split_lines():
    article = "One two three.\n\nFour five."
    paragraphs = marked_paragraphs(article, [(4, 7), (6, 13), (21, 99), (-5, 0)])
    assert paragraphs == [
        [Segment("One ", False), Segment("two three", True), Segment(".", False)],
        [Segment("Four ", False), Segment("five.", True)],
    ]
