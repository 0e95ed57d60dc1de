"""Generator review: paste or upload an article, wait on the status page, edit/accept/reject the
candidates, save the accepted ones as a bank (database) or download them as bank.yaml."""
import io
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import make_teacher
from sqlalchemy import select

from quizapp.banks.loader import check_bank
from quizapp.models import BankVersion, GenerationJob
from quizapp.web.extensions import db

ARTICLE = (Path(__file__).parents[1] / "data/generator/harbour.txt").read_text(encoding="utf-8")


@pytest.fixture
def inline(app):
    app.config["GENERATOR_INLINE"] = True  # run in the request: no thread to wait for
    return app


@pytest.fixture
def threads(app):
    """The in-process runner (SQLite's; PostgreSQL's queue is tested with real workers in
    test_several_servers.py)."""
    app.config["GENERATOR_RUNNER"] = "thread"
    return app


def generate(client, text=ARTICLE, title="Harbour wall"):
    response = client.post("/generator/", data={"title": title, "article": text})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return int(re.search(r"/generator/jobs/(\d+)", response.headers["Location"]).group(1))


def candidates(job_id):
    db.session.expire_all()
    return db.session.get(GenerationJob, job_id).candidates


def index_of(job_id, type_):
    return next(i for i, c in enumerate(candidates(job_id)) if c["question"]["type"] == type_)


def test_only_teachers_may_use_the_generator(app, client, auth):
    assert client.get("/generator/").status_code == 302  # to the sign-in page
    auth.login_student()
    assert client.get("/generator/").status_code == 403


def test_pasted_article_gives_candidates_with_evidence_marked(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    page = client.get(f"/generator/jobs/{job_id}").get_data(as_text=True)
    assert "Candidate questions" in page and "<mark>" in page
    assert "The sea is rising faster than our budgets" in page
    assert len(candidates(job_id)) >= 10
    assert all(c["decision"] == "pending" for c in candidates(job_id))


def test_generation_runs_in_the_background_and_the_status_page_refreshes(threads, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    page = client.get(f"/generator/jobs/{job_id}").get_data(as_text=True)
    if "Candidate questions" not in page:
        assert '<meta http-equiv="refresh"' in page and "<script" not in page
    for _ in range(240):  # at most a minute: the first run loads the language model
        if "Candidate questions" in page:
            break
        time.sleep(0.25)
        page = client.get(f"/generator/jobs/{job_id}").get_data(as_text=True)
    assert "Candidate questions" in page and 'http-equiv="refresh"' not in page


def test_the_same_text_gives_the_same_questions(inline, client, auth):
    auth.login_teacher()
    first, second = generate(client), generate(client)
    assert candidates(first) == candidates(second)


@pytest.mark.parametrize("data, message", [
    ({"article": "   "}, "Paste an article or choose a file."),
    ({"file": (io.BytesIO(b"\x00\x01PK\x03\x04"), "story.docx")}, "binary data"),
    ({"file": (io.BytesIO(b"A long story. " * 1000 + b"\x00 and more."), "story.txt")}, "binary data"),
    ({"file": (io.BytesIO("café".encode("latin-1")), "story.txt")}, "not UTF-8"),
    ({"article": "word " * 13_000}, "characters long"),
])
def test_unusable_articles_are_refused_on_the_page(inline, client, auth, data, message):
    auth.login_teacher()
    response = client.post("/generator/", data={"title": "Mine", **data}, content_type="multipart/form-data")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page and 'value="Mine"' in page
    assert db.session.scalars(select(GenerationJob)).first() is None


def test_an_article_with_nothing_to_ask_fails_with_a_message(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client, text="It rained all day. The shops were closed.\n")
    page = client.get(f"/generator/jobs/{job_id}").get_data(as_text=True)
    assert "No questions could be generated" in page and 'http-equiv="refresh"' not in page


def test_an_edited_question_is_saved_and_accepted(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    i = index_of(job_id, "single_choice")
    q = candidates(job_id)[i]["question"]
    response = client.post(f"/generator/jobs/{job_id}/questions/{i}", data={
        f"q{i}-prompt": "Who said it first?", f"q{i}-options": "\n".join(q["options"]),
        f"q{i}-answer": q["answer"], f"q{i}-accept": "Save and accept"})
    assert response.status_code == 302
    item = candidates(job_id)[i]
    assert item["decision"] == "accepted" and item["question"]["prompt"] == "Who said it first?"


def test_an_edit_whose_key_is_not_an_option_is_refused_beside_the_field(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    i = index_of(job_id, "single_choice")
    q = candidates(job_id)[i]["question"]
    response = client.post(f"/generator/jobs/{job_id}/questions/{i}", data={
        f"q{i}-prompt": q["prompt"], f"q{i}-options": "\n".join(q["options"]),
        f"q{i}-answer": "Nobody at all", f"q{i}-accept": "Save and accept"})
    assert response.status_code == 400
    assert "Nobody at all" in response.get_data(as_text=True)  # what was typed is kept
    assert candidates(job_id)[i]["decision"] == "pending"


def test_a_rejected_question_is_left_out_of_the_bank(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    client.post(f"/generator/jobs/{job_id}/questions/0", data={"q0-reject": "Reject"})
    assert candidates(job_id)[0]["decision"] == "rejected"


def accept(client, job_id, i):
    q = candidates(job_id)[i]["question"]
    data = {f"q{i}-prompt": q["prompt"], f"q{i}-accept": "Save and accept"}
    if q["options"] is not None:
        data[f"q{i}-options"] = "\n".join(q["options"])
    if q["type"] == "matching":
        data[f"q{i}-prompts"] = "\n".join(q["extra"]["prompts"])
        data[f"q{i}-answer"] = "\n".join(q["answer"])
    elif q["type"] == "true_false":
        data[f"q{i}-truth"] = "true" if q["answer"] else "false"
    elif q["type"] == "numeric" and "range" in q["extra"]:
        data[f"q{i}-answer"] = "{} to {}".format(*q["extra"]["range"])
    else:
        data[f"q{i}-answer"] = str(q["answer"])
    assert client.post(f"/generator/jobs/{job_id}/questions/{i}", data=data).status_code == 302


def test_accepted_questions_are_saved_as_a_bank_of_the_teacher(inline, client, auth):
    teacher = auth.login_teacher()
    job_id = generate(client)
    for i in range(len(candidates(job_id))):
        accept(client, job_id, i)
    response = client.post(f"/generator/jobs/{job_id}/save", data={
        "title": "Harbour wall", "slug": "harbour-wall", "publication": "Coast Post", "date": "2025-03-04"})
    assert response.status_code == 302 and "/banks/versions/" in response.headers["Location"]
    version = db.session.scalars(select(BankVersion)).one()
    assert version.bank.owner_id == teacher.id and version.bank.slug == "harbour-wall"
    assert len(version.questions) == len(candidates(job_id))
    assert db.session.get(GenerationJob, job_id).bank_version_id == version.id


def test_saving_with_nothing_accepted_says_so(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    response = client.post(f"/generator/jobs/{job_id}/save", data={
        "title": "Harbour wall", "slug": "harbour-wall", "publication": "Coast Post", "date": "2025-03-04"})
    assert response.status_code == 400 and "Accept at least one question" in response.get_data(as_text=True)


def test_the_downloaded_bank_yaml_validates_with_its_article(inline, client, auth, tmp_path):
    auth.login_teacher()
    job_id = generate(client)
    accept(client, job_id, 0)
    accept(client, job_id, index_of(job_id, "numeric"))
    response = client.get(f"/generator/jobs/{job_id}/bank.yaml")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "bank.yaml").write_bytes(response.data)
    (folder / "article.txt").write_bytes(client.get(f"/generator/jobs/{job_id}/article.txt").data)
    bank, problems = check_bank(folder)
    assert problems == [] and len(bank.questions) == 2


def test_another_teachers_job_is_404(inline, client, auth):
    owner = make_teacher()
    auth.login_teacher(owner)
    job_id = generate(client)
    auth.login_teacher(make_teacher())
    assert client.get(f"/generator/jobs/{job_id}").status_code == 404
    assert client.post(f"/generator/jobs/{job_id}/questions/0", data={"q0-reject": "Reject"}).status_code == 404
    assert client.get(f"/generator/jobs/{job_id}/bank.yaml").status_code == 404


def test_posting_without_a_csrf_token_is_refused(csrf_app, csrf_client):
    teacher = make_teacher()
    with csrf_client.session_transaction() as session:
        session["_user_id"] = teacher.get_id()
    response = csrf_client.post("/generator/", data={"article": ARTICLE})
    assert response.status_code == 400
    assert db.session.scalars(select(GenerationJob)).first() is None


def test_the_web_app_starts_without_loading_spacy(tmp_path):
    code = (
        "import sys; from quizapp.web import create_app; "
        f"app = create_app({{'TESTING': True, 'SECRET_KEY': 'x', 'INSTANCE_PATH': {str(tmp_path)!r}, "
        f"'SQLALCHEMY_DATABASE_URI': 'sqlite:///{tmp_path}/t.sqlite'}}); "
        "app.test_client().get('/generator/'); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_run_cut_off_by_a_restart_can_be_started_again(inline, client, auth):
    from datetime import timedelta

    from quizapp.models import utcnow
    from quizapp.web.generator.operations import create_job

    teacher = auth.login_teacher()
    job = create_job(teacher.id, "Harbour", ARTICLE)
    job.status, job.started_at = "running", utcnow() - timedelta(hours=1)
    db.session.commit()
    page = client.get(f"/generator/jobs/{job.id}").get_data(as_text=True)
    assert "stopped before it finished" in page and 'http-equiv="refresh"' not in page
    assert client.post(f"/generator/jobs/{job.id}/retry").status_code == 302
    assert "Candidate questions" in client.get(f"/generator/jobs/{job.id}").get_data(as_text=True)


def test_a_crash_in_the_generator_ends_the_run_with_a_message(inline, client, auth, monkeypatch):
    def broken(text):
        raise RuntimeError("boom")

    monkeypatch.setattr("quizapp.generate.extract.extract_facts", broken)
    auth.login_teacher()
    job_id = generate(client)
    page = client.get(f"/generator/jobs/{job_id}").get_data(as_text=True)
    assert "stopped with an internal error" in page and "boom" not in page
    assert db.session.get(GenerationJob, job_id).status == "failed"


def test_accepting_the_rest_keeps_rejections(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    client.post(f"/generator/jobs/{job_id}/questions/0", data={"q0-reject": "Reject"})
    assert client.post(f"/generator/jobs/{job_id}/accept-pending").status_code == 302
    decisions = [c["decision"] for c in candidates(job_id)]
    assert decisions[0] == "rejected" and set(decisions[1:]) == {"accepted"}


RANGE_ARTICLE = ("Harbour wall to be rebuilt\n\nPort Ellis, March 3, 2025\n\nWork on the new harbour wall will "
                 "start in May and take between 18 and 24 months, the council said on Monday.\n")


def test_a_range_key_is_edited_as_two_numbers(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client, text=RANGE_ARTICLE)
    i = next(i for i, c in enumerate(candidates(job_id)) if "range" in c["question"]["extra"])
    q = candidates(job_id)[i]["question"]
    base = {f"q{i}-prompt": q["prompt"], f"q{i}-accept": "Save and accept"}
    assert client.post(f"/generator/jobs/{job_id}/questions/{i}", data={**base, f"q{i}-answer": "six"}).status_code == 400
    assert client.post(f"/generator/jobs/{job_id}/questions/{i}", data={**base, f"q{i}-answer": "6 to 3"}).status_code == 302
    assert candidates(job_id)[i]["question"]["extra"]["range"] == [3, 6]


def test_an_option_that_restates_the_key_is_refused(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    i = next(i for i, c in enumerate(candidates(job_id))
             if c["question"]["type"] == "single_choice" and c["question"]["answer"] == "Tomas Berg")
    q = candidates(job_id)[i]["question"]
    response = client.post(f"/generator/jobs/{job_id}/questions/{i}", data={
        f"q{i}-prompt": q["prompt"], f"q{i}-options": "\n".join([*q["options"], "Berg"]),
        f"q{i}-answer": "Tomas Berg", f"q{i}-accept": "Save and accept"})
    assert response.status_code == 400 and "says the same as the answer" in response.get_data(as_text=True)


def test_an_uploaded_file_name_with_control_characters_gives_a_clean_title(inline, client, auth):
    auth.login_teacher()
    upload = (io.BytesIO(ARTICLE.encode("utf-8")), "harbour\x01\t.txt")
    response = client.post("/generator/", data={"file": upload}, content_type="multipart/form-data")
    assert response.status_code == 302
    assert db.session.scalars(select(GenerationJob)).one().title == "harbour.txt"


def test_accept_and_reject_from_the_line_change_nothing_else_and_answer_a_script_with_204(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    before = candidates(job_id)[0]["question"]
    response = client.post(f"/generator/jobs/{job_id}/questions/0", data={"q0-keep": "Accept"})
    assert response.status_code == 302 and response.headers["Location"].endswith("#candidate-1")
    assert candidates(job_id)[0] == {"question": before, "decision": "accepted"}
    script = client.post(f"/generator/jobs/{job_id}/questions/1", data={"q1-reject": "Reject"},
                         headers={"X-Requested-With": "fetch"})
    assert script.status_code == 204 and candidates(job_id)[1]["decision"] == "rejected"


def test_two_candidates_on_the_same_fact_are_shown_together(inline, client, auth):
    auth.login_teacher()
    job_id = generate(client)
    job = db.session.get(GenerationJob, job_id)
    job.candidates = [*job.candidates, {"question": {**job.candidates[0]["question"], "id": "again"},
                                        "decision": "pending"}]
    db.session.commit()
    page = client.get(f"/generator/jobs/{job_id}").get_data(as_text=True)
    last = len(job.candidates)
    assert f'id="candidate-{last}"' in page and 'Asks about the same fact as <a href="#candidate-1">Q1</a>' in page


def test_a_teacher_with_two_articles_running_is_asked_to_wait_and_keeps_the_text(client, auth):
    teacher = auth.login_teacher()
    for n in range(2):
        db.session.add(GenerationJob(owner_id=teacher.id, title=f"Running {n}", article="x", status="running",
                                     step="Parsing", candidates=[]))
    db.session.commit()
    response = client.post("/generator/", data={"title": "Third", "article": ARTICLE})
    page = response.get_data(as_text=True)
    assert response.status_code == 429 and "You already have 2 articles" in page and "Harbour" in page
    assert db.session.scalars(select(GenerationJob).where(GenerationJob.title == "Third")).first() is None


def test_a_full_server_refuses_a_run_with_a_message_and_keeps_the_article(threads, app, client, auth, monkeypatch):
    import threading

    from quizapp.web.generator import jobs

    app.config.update(GENERATOR_MAX_RUNNING=1, GENERATOR_MAX_WAITING=0)
    release = threading.Event()
    monkeypatch.setattr(jobs, "run_job", lambda job_id: release.wait(10))
    auth.login_teacher()
    try:
        first = generate(client, title="First")
        second = generate(client, title="Second")
    finally:
        release.set()
    job = db.session.get(GenerationJob, second)
    assert first != second and job.status == "failed" and "busy" in job.error and job.article == ARTICLE
    assert "Try again in a few minutes" in client.get(f"/generator/jobs/{second}").get_data(as_text=True)


def test_quick_decisions_on_many_candidates_at_once_all_count(inline, app, client, auth):
    import threading

    teacher = auth.login_teacher()
    job_id = generate(client)
    count = len(candidates(job_id))
    barrier = threading.Barrier(count)
    statuses = []

    def decide(index):
        with app.app_context():
            browser = app.test_client()
            with browser.session_transaction() as session:
                session["_user_id"], session["_fresh"] = teacher.get_id(), True
            barrier.wait()
            statuses.append(browser.post(f"/generator/jobs/{job_id}/questions/{index}", data={f"q{index}-keep": "Accept"},
                                         headers={"X-Requested-With": "fetch"}).status_code)
            db.session.remove()

    threads = [threading.Thread(target=decide, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [204] * count
    db.session.rollback()  # this test's own read snapshot predates the threads' writes
    assert [c["decision"] for c in candidates(job_id)] == ["accepted"] * count


def test_two_retries_at_once_restart_a_failed_job_once(threads, app, client, auth, monkeypatch):
    import threading

    from quizapp.web.generator import jobs

    teacher = auth.login_teacher()
    job = GenerationJob(owner_id=teacher.id, title="Failed", article=ARTICLE, status="failed", step="", candidates=[])
    db.session.add(job)
    db.session.commit()
    started, barrier = [], threading.Barrier(2)
    monkeypatch.setattr(jobs, "start", lambda job_id: started.append(job_id))

    url = f"/generator/jobs/{job.id}/retry"

    def retry():
        with app.app_context():
            barrier.wait()
            client.post(url)

    pair = [threading.Thread(target=retry) for _ in range(2)]
    for thread in pair:
        thread.start()
    for thread in pair:
        thread.join()
    db.session.rollback()  # this test's own read snapshot predates the requests' writes
    assert started == [job.id] and db.session.get(GenerationJob, job.id).status == "queued"
