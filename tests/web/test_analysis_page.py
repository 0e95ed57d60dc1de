"""Item analysis on a hand-made set of four scored attempts (numbers worked out by hand):

            lavrov  paroinen  zvinchuk   total
    Amira     1        1         1         3
    Ben       1        1         0         2
    Chloé     1        0         0         1
    Dan       0        0         0         0

facility: 0.75, 0.50, 0.25. Discrimination = r(item, total - item):
paroinen: x = 1,1,0,0, rest = 2,1,1,0 -> r = 1/sqrt(2) = 0.71;
lavrov:   x = 1,1,1,0, rest = 2,1,0,0 -> r = 0.75/sqrt(0.75*2.75) = 0.52;
zvinchuk: x = 1,0,0,0, rest = 2,2,1,0 -> r = 0.75/sqrt(0.75*2.75) = 0.52.
"""
import re

from factories import make_assignment, make_class, make_teacher, students_of
from teacher_factories import hand_version, make_attempt, quiz_of

from quizapp.models import utcnow
from quizapp.web.gradebook import queries
from quizapp.web.gradebook.item_analysis import item_reports

QIDS = ["lavrov-worse", "paroinen-org", "zvinchuk-rybar"]


def scored_class():
    teacher = make_teacher()
    classroom = make_class(teacher, students=["Amira", "Ben", "Chloé", "Dan"])
    assignment = make_assignment(quiz_of(teacher, hand_version(teacher), QIDS), classroom)
    amira, ben, chloe, dan = students_of(classroom)
    make_attempt(assignment, amira, {"lavrov-worse": "Sergei Lavrov", "paroinen-org": "Black Bird Group", "zvinchuk-rybar": True})
    make_attempt(assignment, ben, {"lavrov-worse": "Sergei Lavrov", "paroinen-org": "Black Bird Group", "zvinchuk-rybar": False})
    make_attempt(assignment, chloe, {"lavrov-worse": "Sergei Lavrov", "paroinen-org": "Rybar", "zvinchuk-rybar": False})
    make_attempt(assignment, dan, {"lavrov-worse": "Olaf Scholz", "paroinen-org": "Rybar"})
    return teacher, assignment


def reports_of(assignment):
    data = queries.results(assignment, utcnow())
    return item_reports(data.questions, [(r.standing.counted, r.responses) for r in data.rows])


def test_facility_and_discrimination(app):
    _, assignment = scored_class()
    reports = reports_of(assignment)
    assert [r.stats.facility for r in reports] == [0.75, 0.5, 0.25]
    assert [round(r.stats.discrimination, 2) for r in reports] == [0.52, 0.71, 0.52]
    assert [r.flags for r in reports] == [[], [], ["hard"]]


def test_option_counts_and_most_chosen_wrong_answer(app):
    _, assignment = scored_class()
    lavrov, paroinen, zvinchuk = reports_of(assignment)
    assert [(o.label, o.count, o.is_key) for o in paroinen.options] == [
        ("Black Bird Group", 2, True), ("Rybar", 2, False), ("82nd Brigade", 0, False),
        ("Institute for the Study of War", 0, False)]
    assert (paroinen.stats.top_wrong, paroinen.stats.top_wrong_count) == ("Rybar", 2)
    assert (lavrov.stats.top_wrong, lavrov.stats.top_wrong_count) == ("Olaf Scholz", 1)
    assert [(o.label, o.count, o.is_key) for o in zvinchuk.options] == [("True", 1, True), ("False", 2, False)]
    assert zvinchuk.blanks == 1 and zvinchuk.stats.top_wrong == "False"


def test_page_shows_numbers_and_svg_charts(app, client, auth):
    teacher, assignment = scored_class()
    auth.login_teacher(teacher)
    response = client.get(f"/assignments/{assignment.id}/analysis")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "0.71" in page and "0.52" in page and "Rybar (2)" in page
    assert page.count("<svg") == 4  # facility overview + one per question
    assert "style=" not in page.split("<main", 1)[1]  # the CSP blocks style attributes
    widths = re.findall(r'<rect x="\d+" y="\d+" width="(\d+)" height="18" fill="#1a7f37"', page)
    # Key bars (green) scale to the most-given answer: lavrov 3 of 3 and paroinen 2 of 2 fill the
    # 240-pixel area, zvinchuk's "true" (1 of 2) half of it.
    assert widths == ["240", "240", "120"]


def test_page_without_attempts(app, client, auth):
    teacher = make_teacher()
    classroom = make_class(teacher, students=1)
    assignment = make_assignment(quiz_of(teacher, hand_version(teacher), QIDS), classroom)
    auth.login_teacher(teacher)
    page = client.get(f"/assignments/{assignment.id}/analysis").get_data(as_text=True)
    assert "No submitted attempts yet." in page


def test_typed_answers_are_counted_as_given(app):
    teacher = make_teacher()
    classroom = make_class(teacher, students=["Amira", "Ben", "Chloé"])
    assignment = make_assignment(quiz_of(teacher, hand_version(teacher), ["brigade", "captured-area"]), classroom)
    amira, ben, chloe = students_of(classroom)
    make_attempt(assignment, amira, {"brigade": "82nd Brigade", "captured-area": 1500})
    make_attempt(assignment, ben, {"brigade": "Rybar", "captured-area": 1000})
    make_attempt(assignment, chloe, {"brigade": "Rybar"})
    brigade, area = reports_of(assignment)
    assert [(o.label, o.count, o.is_key) for o in brigade.options] == [("Rybar", 2, False), ("82nd Brigade", 1, True)]
    assert [(o.count, o.is_key) for o in area.options] == [(1, False), (1, True)] and area.blanks == 1


def test_flags_point_at_questions_worth_a_look():
    from quizapp.analysis import ItemStats
    from quizapp.web.gradebook.item_analysis import ItemReport

    def flags(facility, discrimination):
        return ItemReport(None, ItemStats("q", 10, facility, facility, discrimination)).flags

    assert flags(0.95, 0.5) == ["very easy"]
    assert flags(0.6, -0.3) == ["stronger readers did worse: check the key"]
    assert flags(0.6, 0.1) == ["low discrimination"]
    assert flags(0.6, None) == []


def test_blanks_are_shown_apart_from_answers_and_as_the_results_legend_says(app, client, auth):
    teacher, assignment = scored_class()  # Dan left the third question blank
    auth.login_teacher(teacher)
    page = client.get(f"/assignments/{assignment.id}/analysis").get_data(as_text=True)
    rows = re.findall(r'<th scope="row"><a href="#item-[^"]+">(Q\d)</a>.*?</th>\s*<td class="num">(\d+)</td>\s*'
                      r'<td class="num">(\d+)</td>', page, re.S)
    assert rows == [("Q1", "4", "0"), ("Q2", "4", "0"), ("Q3", "3", "1")]
    results = client.get(f"/assignments/{assignment.id}/results").get_data(as_text=True)
    dan = results.split(">Dan</a>", 1)[1].split("</tr>", 1)[0]
    assert "— : no answer" in results and re.findall(r'<td class="num">([^<]*)</td>', dan)[1:] == ["0", "0", "—"]
