"""The quiz builder: pick questions by skill, or draw N per skill with a recorded seed."""
from collections import Counter

from factories import kursk_version, make_quiz, make_teacher
from markupsafe import escape
from sqlalchemy import select

from quizapp.banks.loader import skill_label
from quizapp.models import Quiz
from quizapp.web.extensions import db
from quizapp.web.quizzes.drawing import draw_per_skill


def only_quiz(teacher):
    return db.session.scalars(select(Quiz).where(Quiz.owner_id == teacher.id)).one()


def test_pick_questions_makes_a_quiz_in_bank_order(app, client, auth):
    version = kursk_version()
    teacher = auth.login_teacher()
    chosen = [version.questions[2].id, version.questions[0].id]
    response = client.post(f"/quizzes/new/{version.id}/pick", data={"title": "Week 1", "questions": chosen})
    quiz = only_quiz(teacher)
    assert response.status_code == 302 and response.location.endswith(f"/quizzes/{quiz.id}")
    assert quiz.title == "Week 1"
    assert [i.question_id for i in quiz.items] == sorted(chosen, key=lambda q: [x.id for x in version.questions].index(q))


def test_pick_page_groups_questions_by_skill(app, client, auth):
    version = kursk_version()
    auth.login_teacher()
    page = client.get(f"/quizzes/new/{version.id}/pick").get_data(as_text=True)
    for skill in {q.skill for q in version.questions}:
        assert f"<legend>{escape(skill_label(skill))} (" in page and f"<legend>{skill} (" not in page
    assert page.count('type="checkbox" name="questions"') == len(version.questions)


def test_pick_without_questions_keeps_title_and_explains(app, client, auth):
    version = kursk_version()
    teacher = auth.login_teacher()
    response = client.post(f"/quizzes/new/{version.id}/pick", data={"title": "Typed title"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Choose at least one question." in page
    assert 'value="Typed title"' in page
    assert db.session.scalars(select(Quiz).where(Quiz.owner_id == teacher.id)).first() is None


def test_pick_rejects_question_of_another_version(app, client, auth):
    version = kursk_version()
    other = kursk_version(owner_id=make_teacher().id)
    auth.login_teacher()
    response = client.post(f"/quizzes/new/{version.id}/pick",
                           data={"title": "x", "questions": [other.questions[0].id]})
    assert response.status_code == 200 and "this bank version only" in response.get_data(as_text=True)


def skill_counts(version):
    return sorted(Counter(q.skill for q in version.questions).items())


def test_draw_preview_shows_seed_and_save_keeps_that_draw(app, client, auth):
    version = kursk_version()
    teacher = auth.login_teacher()
    data = {"title": "Random", "count_0": 1, "count_1": 1, "seed": "", "preview": "Draw"}
    page = client.post(f"/quizzes/new/{version.id}/draw", data=data).get_data(as_text=True)
    seed = int(page.split("Drawn with seed ")[1].split(":")[0])
    assert f'value="{seed}"' in page
    data.update(seed=seed, save="Create")
    del data["preview"]
    assert client.post(f"/quizzes/new/{version.id}/draw", data=data).status_code == 302
    expected = draw_per_skill([(q.id, q.skill) for q in version.questions],
                              {skill_counts(version)[0][0]: 1, skill_counts(version)[1][0]: 1}, seed)
    quiz = only_quiz(teacher)
    assert [i.question_id for i in quiz.items] == expected
    assert quiz.draw == {"seed": seed, "counts": {skill_counts(version)[0][0]: 1, skill_counts(version)[1][0]: 1}}
    assert f"seed <strong>{seed}</strong>" in client.get(f"/quizzes/{quiz.id}").get_data(as_text=True)


def test_draw_respects_n_per_skill(app, client, auth):
    version = kursk_version()
    teacher = auth.login_teacher()
    skills = skill_counts(version)
    data = {"title": "Per skill", "seed": 42, "save": "Create"}
    wanted = {skill: min(2, available) for skill, available in skills}
    data.update({f"count_{i}": wanted[skill] for i, (skill, _) in enumerate(skills)})
    assert client.post(f"/quizzes/new/{version.id}/draw", data=data).status_code == 302
    drawn = Counter(item.question.skill for item in only_quiz(teacher).items)
    assert dict(drawn) == {s: n for s, n in wanted.items() if n}


def test_draw_more_than_available_is_an_error_beside_the_field(app, client, auth):
    version = kursk_version()
    auth.login_teacher()
    skill, available = skill_counts(version)[0]
    response = client.post(f"/quizzes/new/{version.id}/draw",
                           data={"title": "Too many", "count_0": available + 1, "preview": "Draw"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and f"Between 0 and {available}" in page
    assert f'value="{available + 1}"' in page


def test_draw_is_deterministic_per_seed():
    questions = [(i, "ab"[i % 3 == 0]) for i in range(1, 30)]
    first = draw_per_skill(questions, {"a": 4, "b": 3}, 7)
    assert first == draw_per_skill(list(questions), {"b": 3, "a": 4}, 7)
    assert Counter(dict(questions)[i] for i in first) == {"a": 4, "b": 3}
    assert any(draw_per_skill(questions, {"a": 4, "b": 3}, s) != first for s in range(8, 20))


def test_quiz_page_lists_questions_with_keys(app, client, auth):
    teacher = auth.login_teacher()
    quiz = make_quiz(teacher, n=2)
    page = client.get(f"/quizzes/{quiz.id}").get_data(as_text=True)
    assert page.count('class="question"') == 2 and "Key" in page
    assert quiz.title in client.get("/quizzes/").get_data(as_text=True)
