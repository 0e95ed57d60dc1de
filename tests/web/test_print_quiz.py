"""A quiz on paper: the student copy (article, numbered questions, boxes and lines, no key) and the
teacher's key sheet (key with the copy's letters, evidence), for the quiz's owner only."""
import re
from html import unescape

from factories import kursk_version, make_quiz, make_teacher
from test_draw_per_attempt import drawn_quiz

from quizapp.questions import get_type


def paper(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return unescape(response.get_data(as_text=True))


def test_the_student_copy_has_the_article_and_every_question_but_no_key(app, client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, kursk_version(), n=20)
    page = paper(client, f"/quizzes/{quiz.id}/print")
    questions = [item.question for item in quiz.items]
    assert all(q.data["prompt"] in page for q in questions)
    assert page.count('class="paper-question"') == len(questions)
    assert "The article" in page and "Key:" not in page and "is-key" not in page
    feedback = [q.data["feedback"] for q in questions if q.data.get("feedback")]
    assert feedback and not any(f in page for f in feedback)


def test_the_key_sheet_letters_are_those_of_the_student_copy(app, client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, kursk_version(), n=30)
    page = paper(client, f"/quizzes/{quiz.id}/print")
    key = paper(client, f"/quizzes/{quiz.id}/print/key")
    single = [item.question for item in quiz.items if item.question.type == "single_choice"]
    assert single
    for q in single:
        letter = re.search(r"<strong>Key:</strong> ([A-Z]): " + re.escape(q.data["answer"]), key).group(1)
        assert re.search(rf'<span class="option-letter">{letter}</span> {re.escape(q.data["answer"])}</li>', page)


def test_a_matching_key_names_the_letters_the_student_copy_gives(app, client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, kursk_version())
    page = paper(client, f"/quizzes/{quiz.id}/print")
    key = paper(client, f"/quizzes/{quiz.id}/print/key")
    matching = next(item.question for item in quiz.items if item.question.type == "matching")
    for n, answer in enumerate(matching.data["answer"], start=1):
        letter = re.search(rf"<li>{n}\. ([A-Z]): {re.escape(answer)}</li>", key).group(1)
        assert f'<span class="option-letter">{letter}</span> {answer}</li>' in page


def test_the_key_sheet_gives_each_key_and_evidence_sentence(app, client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, kursk_version(), n=30)
    key = paper(client, f"/quizzes/{quiz.id}/print/key")
    for item in quiz.items:
        q = item.question
        if q.type in ("numeric", "short_answer", "true_false"):
            assert f"<strong>Key:</strong> {get_type(q.type).display_key(q.data)}" in key
        assert all(e["text"] in key for e in q.data.get("evidence") or [])


def test_options_are_printed_shuffled_and_the_same_on_every_reprint(app, client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, kursk_version(), n=30)
    first = paper(client, f"/quizzes/{quiz.id}/print")
    assert first == paper(client, f"/quizzes/{quiz.id}/print")
    printed = [re.findall(r'option-letter">[A-Z]</span> (.*?)</li>', block)
               for block in first.split('class="paper-question"')[1:]]
    bank = [[str(o) for o in item.question.data.get("options") or []] for item in quiz.items]
    assert any(p and p != b for p, b in zip(printed, bank))  # not the bank's order (keys often come first)


def test_a_quiz_drawn_per_attempt_prints_one_named_draw_and_its_key(app, client, auth):
    teacher = auth.login_teacher()
    quiz = drawn_quiz(teacher, kursk_version())
    response = client.get(f"/quizzes/{quiz.id}/print")
    assert response.status_code == 302 and "seed=" in response.location
    seed = int(response.location.split("seed=")[1])
    page = paper(client, f"/quizzes/{quiz.id}/print?seed={seed}")
    assert page.count('class="paper-question"') == sum(quiz.draw["counts"].values())
    assert f"version {seed}" in paper(client, f"/quizzes/{quiz.id}/print/key?seed={seed}")


def test_another_teacher_gets_404_and_a_student_no_paper(app, client, auth):
    owner = make_teacher()
    quiz = make_quiz(owner, kursk_version(), n=3)
    auth.login_teacher()
    assert client.get(f"/quizzes/{quiz.id}/print").status_code == 404
    assert client.get(f"/quizzes/{quiz.id}/print/key").status_code == 404
    auth.login_student()
    assert client.get(f"/quizzes/{quiz.id}/print/key").status_code in (403, 404)
