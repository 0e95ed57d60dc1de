"""A file from another system (no evidence) finished in the web app: the teacher ticks each
question's evidence among the article's sentences, then saves the bank."""
import io

from factories import make_teacher
from sqlalchemy import func, select

from quizapp.banks.sentences import sentence_spans
from quizapp.models import Bank, PendingImport
from quizapp.web.extensions import db

ARTICLE = ("Helsinki is the capital of Finland. About 660,000 people live there.\n\n"
           "The city was founded in 1550. It became the capital in 1812.")
FOREIGN = (b"::Capital::What is the capital of Finland? {=Helsinki ~Turku}\n\n"
           b"::Founded::When was the city founded? {#1550}\n\n"
           b"::Essay::Discuss the city. {}\n")


def start(client, article=ARTICLE):
    response = client.post("/banks/import", content_type="multipart/form-data", data={
        "file": (io.BytesIO(FOREIGN), "city.gift"), "title": "Helsinki", "article": article})
    assert response.status_code == 302
    return response.headers["Location"]


def sentence(text):
    """(index among the review's choices, span) of a sentence of ARTICLE."""
    spans = sentence_spans(ARTICLE)
    index = [ARTICLE[s:e] for s, e in spans].index(text)
    return str(index), spans[index]


def banks_count():
    return db.session.scalar(select(func.count()).select_from(Bank))


def test_a_foreign_file_waits_for_evidence_and_lists_what_was_skipped(client, auth):
    auth.login_teacher()
    before = banks_count()
    url = start(client)
    page = client.get(url).get_data(as_text=True)
    assert url.startswith("/banks/imports/") and banks_count() == before
    assert "2 still need evidence" in page and "Evidence for question 2" in page
    assert "city.gift:5: &#39;Essay&#39;: an essay" in page
    assert "The city was founded in 1550." in page  # the article's sentences are offered


def test_the_sentences_naming_the_key_are_marked_but_not_ticked(client, auth):
    auth.login_teacher()
    page = client.get(start(client)).get_data(as_text=True)
    capital, _ = sentence("Helsinki is the capital of Finland.")
    founded, _ = sentence("The city was founded in 1550.")
    assert f'for="evidence_0-{capital}">Helsinki is the capital of Finland. <span class="badge">names the key' in page
    assert f'for="evidence_1-{founded}">The city was founded in 1550. <span class="badge">names the key' in page
    assert page.count("names the key</span>") == 2 and " checked " not in page


def test_evidence_chosen_for_each_question_is_stored_with_its_offsets(client, auth):
    teacher = auth.login_teacher()
    url = start(client)
    capital, capital_span = sentence("Helsinki is the capital of Finland.")
    founded, founded_span = sentence("The city was founded in 1550.")
    again, again_span = sentence("It became the capital in 1812.")
    response = client.post(url, data={"evidence_0": [capital, again], "evidence_1": founded})
    assert response.status_code == 302 and "/banks/versions/" in response.headers["Location"]
    bank = db.session.scalar(select(Bank).where(Bank.owner_id == teacher.id))
    stored = {q.qid: q.data["evidence"] for q in bank.versions[-1].questions}
    assert [(e["start"], e["end"]) for e in stored["capital"]] == [capital_span, again_span]
    assert [(e["text"], e["start"], e["end"]) for e in stored["founded"]] == [
        ("The city was founded in 1550.", *founded_span)]
    assert db.session.scalar(select(PendingImport)).bank_version_id == bank.versions[-1].id


def test_a_save_with_a_question_lacking_evidence_is_refused_beside_it_and_keeps_the_rest(client, auth):
    auth.login_teacher()
    url = start(client)
    founded, _ = sentence("The city was founded in 1550.")
    response = client.post(url, data={"evidence_1": founded})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and banks_count() == 0
    assert 'id="question-1-error">Choose the sentence (or sentences)' in page
    assert f'id="evidence_1-{founded}" name="evidence_1" type="checkbox" value="{founded}"' in page
    # Kept server-side too: a reload shows the choice.
    assert 'checked id="evidence_1-' + founded + '"' in client.get(url).get_data(as_text=True)


def test_a_question_left_out_needs_no_evidence(client, auth):
    teacher = auth.login_teacher()
    url = start(client)
    founded, _ = sentence("The city was founded in 1550.")
    response = client.post(url, data={"drop_0": "y", "evidence_1": founded})
    assert response.status_code == 302
    bank = db.session.scalar(select(Bank).where(Bank.owner_id == teacher.id))
    assert [q.qid for q in bank.versions[-1].questions] == ["founded"]


def test_leaving_every_question_out_saves_nothing(client, auth):
    auth.login_teacher()
    url = start(client)
    response = client.post(url, data={"drop_0": "y", "drop_1": "y"})
    assert response.status_code == 400 and banks_count() == 0
    assert "Every question is left out" in response.get_data(as_text=True)


def test_another_teacher_gets_404(client, auth):
    auth.login_teacher()
    url = start(client)
    auth.login_teacher(make_teacher())
    founded, _ = sentence("The city was founded in 1550.")
    assert client.get(url).status_code == 404
    assert client.post(url, data={"drop_0": "y", "evidence_1": founded}).status_code == 404
    assert banks_count() == 0


def test_an_id_that_names_nothing_is_404(client, auth):
    auth.login_teacher()
    assert client.get("/banks/imports/999999").status_code == 404
    assert client.post("/banks/imports/999999").status_code == 404


def test_a_sentence_that_also_occurs_inside_an_earlier_one_keeps_its_own_offsets(client, auth):
    teacher = auth.login_teacher()
    article = "Tom told us: Helsinki was founded in 1550. Then he left.\n\nHelsinki was founded in 1550."
    url = start(client, article)
    last = len(sentence_spans(article)) - 1  # the repeated sentence, on its own line
    response = client.post(url, data={"evidence_1": str(last), "drop_0": "y"})
    assert response.status_code == 302
    bank = db.session.scalar(select(Bank).where(Bank.owner_id == teacher.id))
    evidence = bank.versions[-1].questions[0].data["evidence"]
    assert [(e["start"], e["end"]) for e in evidence] == [sentence_spans(article)[last]]


def test_a_discarded_import_is_gone_and_no_longer_waits(client, auth):
    auth.login_teacher()
    url = start(client)
    assert "Imports waiting for evidence" in client.get("/banks/import").get_data(as_text=True)
    response = client.post(f"{url}/remove")
    assert response.status_code == 302 and response.headers["Location"].endswith("/banks/import")
    assert db.session.scalar(select(func.count()).select_from(PendingImport)) == 0
    assert client.get(url).status_code == 404
    assert "Imports waiting for evidence" not in client.get("/banks/import").get_data(as_text=True)


def test_another_teacher_cannot_discard_an_import(client, auth):
    auth.login_teacher()
    url = start(client)
    auth.login_teacher(make_teacher())
    assert client.post(f"{url}/remove").status_code == 404
    assert db.session.scalar(select(func.count()).select_from(PendingImport)) == 1


def test_saving_twice_stores_the_bank_once(client, auth):
    teacher = auth.login_teacher()
    url = start(client)
    founded, _ = sentence("The city was founded in 1550.")
    first = client.post(url, data={"drop_0": "y", "evidence_1": founded})
    second = client.post(url, data={"drop_0": "y", "evidence_1": founded})
    assert second.status_code == 302 and second.headers["Location"] == first.headers["Location"]
    bank = db.session.scalar(select(Bank).where(Bank.owner_id == teacher.id))
    assert len(bank.versions) == 1
