"""Classes and rosters: students added one by one or from CSV, login cards, resets, join codes."""
import io
import re

from sqlalchemy import select

from factories import STUDENT_PASSWORD, import_roster, make_class, make_student, make_teacher, students_of
from quizapp.models import Classroom, Enrollment, User
from quizapp.web.extensions import db


def teacher_with_class(auth, students=()):
    teacher = auth.login_teacher()
    return teacher, make_class(teacher, students=list(students))


def card_password(page: str, username: str) -> str:
    match = re.search(re.escape(username) + r'</dd>\s*<dt>Password</dt><dd class="secret">([^<]+)</dd>', page)
    assert match, f"no password card for {username}"
    return match.group(1)


def test_a_class_is_renamed_and_a_blank_name_is_refused_beside_the_field(client, auth):
    _, classroom = teacher_with_class(auth)
    response = client.post(f"/classes/{classroom.id}/rename", data={"rename-name": "  Year 11   English "})
    assert response.status_code == 302 and db.session.get(Classroom, classroom.id).name == "Year 11 English"
    page = client.post(f"/classes/{classroom.id}/rename", data={"rename-name": "   "})
    assert page.status_code == 400 and 'id="rename-name-error"' in page.get_data(as_text=True)
    assert db.session.get(Classroom, classroom.id).name == "Year 11 English"


def test_deleting_a_class_with_results_needs_its_name_and_takes_its_only_here_students(client, auth):
    from teacher_factories import hand_version, make_attempt, quiz_of

    from factories import make_assignment

    teacher, classroom = teacher_with_class(auth, students=["Amira Khan", "Ben Lee"])
    amira, ben = students_of(classroom)
    other = make_class(teacher, name="Other class", students=0)
    db.session.add(Enrollment(classroom_id=other.id, student_id=ben.id))
    db.session.commit()
    assignment = make_assignment(quiz_of(teacher, hand_version(teacher), ["lavrov-worse"]), classroom)
    make_attempt(assignment, amira, {})
    page = client.get(f"/classes/{classroom.id}/delete").get_data(as_text=True)
    assert "1 submitted attempt" in page and "accounts of 1 student" in page
    refused = client.post(f"/classes/{classroom.id}/delete", data={"name": "Year 10"})
    assert refused.status_code == 400 and db.session.get(Classroom, classroom.id) is not None
    ids = (classroom.id, amira.id, ben.id)
    assert client.post(f"/classes/{ids[0]}/delete", data={"name": classroom.name}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Classroom, ids[0]) is None and db.session.get(User, ids[1]) is None
    assert db.session.get(User, ids[2]) is not None  # still in the other class


def test_teacher_creates_a_class_with_a_join_code(client, auth):
    teacher = auth.login_teacher()
    response = client.post("/classes/new", data={"name": "  Year 9   History "})
    classroom = db.session.scalars(select(Classroom)).one()
    assert response.status_code == 302 and response.headers["Location"] == f"/classes/{classroom.id}"
    assert classroom.name == "Year 9 History" and classroom.teacher_id == teacher.id
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{8}", classroom.join_code)


def test_class_name_is_required(client, auth):
    auth.login_teacher()
    page = client.post("/classes/new", data={"name": "   "}).get_data(as_text=True)
    assert 'id="name-error"' in page and db.session.scalars(select(Classroom)).first() is None


def test_a_username_keeps_every_letter_of_the_name_transliterated(app, client, auth):
    _, classroom = teacher_with_class(auth)
    client.post(f"/classes/{classroom.id}/students", data={"name": "Łukasz Wójcik-Ñúñez"})
    student = db.session.scalars(select(User).where(User.role == "student")).one()
    assert student.display_name == "Łukasz Wójcik-Ñúñez"
    assert re.fullmatch(r"lukasz\.n\d{2}", student.username)


def test_add_one_student_shows_the_password_once_and_it_works(app, client, auth):
    _, classroom = teacher_with_class(auth)
    response = client.post(f"/classes/{classroom.id}/students", data={"name": "Amira Khan"})
    page = response.get_data(as_text=True)
    student = db.session.scalars(select(User).where(User.role == "student")).one()
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    assert re.fullmatch(r"amira\.k\d{2}", student.username)
    password = card_password(page, student.username)
    assert password not in student.password_hash
    assert password not in client.get(f"/classes/{classroom.id}/cards").get_data(as_text=True)
    other = app.test_client()
    assert other.post("/auth/login", data={"identifier": student.username, "password": password}).status_code == 302


def test_add_student_with_chosen_username_and_errors_beside_fields(client, auth):
    _, classroom = teacher_with_class(auth)
    make_student(username="taken.name")
    page = client.post(f"/classes/{classroom.id}/students",
                       data={"name": "Ben Lee", "username": "taken.name"}).get_data(as_text=True)
    assert 'id="username-error"' in page and "already taken" in page and 'value="Ben Lee"' in page
    client.post(f"/classes/{classroom.id}/students", data={"name": "Ben Lee", "username": "Ben.Lee"})
    assert [s.username for s in students_of(classroom)] == ["ben.lee"]


def test_csv_paste_adds_good_lines_and_reports_bad_ones_by_line(client, auth):
    _, classroom = teacher_with_class(auth, students=["Dana Old"])
    roster = "name,username\nAmira Khan\n,nobody\nBen Lee,bad user!\nChloé Dubois,chloe.d\nDana Old\n\nEd Ng,ed.ng,extra\n"
    response = import_roster(client, classroom, roster=roster)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "4 lines not added" in page
    for line in ("Line 3: no name", "Line 4: username", "Line 6: Dana Old is already on this roster", "Line 8: 3 columns"):
        assert line in page
    names = sorted(s.display_name for s in students_of(classroom))
    assert names == ["Amira Khan", "Chloé Dubois", "Dana Old"]
    assert "chloe.d" in page and card_password(page, "chloe.d")


def test_csv_upload_with_bom_and_tabs(client, auth):
    _, classroom = teacher_with_class(auth)
    data = "\ufeffName\tUsername\nAmira Khan\tamira.k\nBen Lee\t\n".encode("utf-8")
    response = import_roster(client, classroom, file=(io.BytesIO(data), "roster.csv"))
    assert response.status_code == 200 and "2 students added" in response.get_data(as_text=True)
    assert sorted(s.username[:5] for s in students_of(classroom)) == ["amira", "ben.l"]


def test_a_roster_file_with_binary_data_past_its_start_adds_nobody(client, auth):
    _, classroom = teacher_with_class(auth)
    data = b"Amira Khan\n" * 1000 + b"Ben\x00Lee\n"
    response = client.post(f"/classes/{classroom.id}/students/import",
                           data={"file": (io.BytesIO(data), "roster.csv")}, content_type="multipart/form-data")
    assert response.status_code == 400 and "binary data" in response.get_data(as_text=True)
    assert students_of(classroom) == []


def test_a_preview_creates_nothing_and_shows_the_accounts_to_be_made(client, auth):
    _, classroom = teacher_with_class(auth)
    response = client.post(f"/classes/{classroom.id}/students/import", data={"roster": "Amira Khan\nBen Lee,ben.l"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "2 accounts to create" in page and "ben.l" in page
    assert students_of(classroom) == []


def test_a_list_edited_after_its_preview_is_previewed_again_not_created(client, auth):
    _, classroom = teacher_with_class(auth)
    page = client.post(f"/classes/{classroom.id}/students/import", data={"roster": "Amira Khan"}).get_data(as_text=True)
    digest = re.search(r'name="previewed" type="hidden" value="([0-9a-f]+)"', page).group(1)
    response = client.post(f"/classes/{classroom.id}/students/import",
                           data={"roster": "Amira Khan\nIntruder", "previewed": digest, "confirm": "Create"})
    assert "The list changed since its preview" in response.get_data(as_text=True)
    assert students_of(classroom) == []


def test_an_excel_semicolon_roster_in_windows_1252_is_read_right(client, auth):
    _, classroom = teacher_with_class(auth)
    data = "Nom;Identifiant\r\nAmélie Poulain;\r\nBéa Durand;bea.d\r\n".encode("cp1252")
    page = client.post(f"/classes/{classroom.id}/students/import", data={"file": (io.BytesIO(data), "classe.csv")},
                       content_type="multipart/form-data").get_data(as_text=True)
    assert "separated by semicolons" in page and "2 accounts to create" in page
    import_roster(client, classroom, file=(io.BytesIO(data), "classe.csv"))
    assert sorted((s.display_name, s.username[:5]) for s in students_of(classroom)) == [
        ("Amélie Poulain", "ameli"), ("Béa Durand", "bea.d")]


def test_first_and_last_name_columns_are_joined(client, auth):
    _, classroom = teacher_with_class(auth)
    import_roster(client, classroom, roster="First name,Last name,Username\nAmira,Khan,\nBen,Lee,ben.lee\n")
    assert sorted((s.display_name, s.username[:6]) for s in students_of(classroom)) == [
        ("Amira Khan", "amira."), ("Ben Lee", "ben.le")]


def test_csv_with_only_bad_lines_adds_nothing_and_keeps_the_text(client, auth):
    _, classroom = teacher_with_class(auth)
    response = client.post(f"/classes/{classroom.id}/students/import", data={"roster": "name,username\n,x\n"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "No student can be added" in page and "Line 2: no name" in page
    assert ",x" in page and students_of(classroom) == []


def test_import_needs_text_or_file(client, auth):
    _, classroom = teacher_with_class(auth)
    response = client.post(f"/classes/{classroom.id}/students/import", data={"roster": "  "})
    assert response.status_code == 400 and "Paste some names" in response.get_data(as_text=True)


def test_self_claim_seats_have_no_password_and_show_the_join_code(client, auth):
    _, classroom = teacher_with_class(auth)
    page = import_roster(client, classroom, roster="Amira Khan\nBen Lee", self_claim="y").get_data(as_text=True)
    assert "Password</dt>" not in page and classroom.join_code in page
    seats = db.session.scalars(select(Enrollment).where(Enrollment.classroom_id == classroom.id)).all()
    assert len(seats) == 2 and not any(s.claimed for s in seats)


def test_cards_page_is_printable_and_lists_every_student(client, auth):
    _, classroom = teacher_with_class(auth, students=["Amira Khan", "Ben Lee"])
    page = client.get(f"/classes/{classroom.id}/cards").get_data(as_text=True)
    assert page.count('class="login-card"') == 2 and "Password</dt>" not in page
    with client.get("/static/app.css") as response:  # a file response: close it
        assert "@media print" in response.get_data(as_text=True)


def test_reset_password_shows_a_new_one_and_the_old_one_stops_working(app, client, auth):
    _, classroom = teacher_with_class(auth, students=["Amira Khan"])
    student = students_of(classroom)[0]
    page = client.post(f"/classes/{classroom.id}/students/{student.id}/reset-password").get_data(as_text=True)
    new = card_password(page, student.username)
    other = app.test_client()
    assert other.post("/auth/login", data={"identifier": student.username, "password": STUDENT_PASSWORD}).status_code == 200
    assert other.post("/auth/login", data={"identifier": student.username, "password": new}).status_code == 302


def test_reset_password_asks_first_and_the_question_changes_nothing(client, auth):
    _, classroom = teacher_with_class(auth, students=["Amira Khan"])
    student = students_of(classroom)[0]
    before = student.password_hash
    url = f"/classes/{classroom.id}/students/{student.id}/reset-password"
    class_page = client.get(f"/classes/{classroom.id}").get_data(as_text=True)
    assert f'<a class="btn btn-secondary btn-small" href="{url}">' in class_page  # a link, not a one-click form
    assert f'action="{url}"' not in class_page
    page = client.get(f"/classes/{classroom.id}/students/{student.id}/reset-password").get_data(as_text=True)
    assert "signed out on every device" in page and 'method="post"' in page
    db.session.refresh(student)
    assert student.password_hash == before


def test_remove_student_keeps_the_account(client, auth):
    _, classroom = teacher_with_class(auth, students=["Amira Khan", "Ben Lee"])
    student = students_of(classroom)[0]
    response = client.post(f"/classes/{classroom.id}/students/{student.id}/remove")
    assert response.status_code == 302
    assert [s.display_name for s in students_of(classroom)] == ["Ben Lee"]
    assert db.session.get(User, student.id) is not None


def test_new_join_code_replaces_the_old(client, auth):
    _, classroom = teacher_with_class(auth)
    old = classroom.join_code
    client.post(f"/classes/{classroom.id}/join-code")
    assert db.session.get(Classroom, classroom.id).join_code != old
    assert client.get(f"/auth/join/{old}").status_code == 404


def test_class_page_lists_roster_and_code(client, auth):
    _, classroom = teacher_with_class(auth, students=["Amira Khan"])
    page = client.get(f"/classes/{classroom.id}").get_data(as_text=True)
    assert "Amira Khan" in page and classroom.join_code in page


def test_student_of_another_class_cannot_be_reset_through_my_class(client, auth):
    _, classroom = teacher_with_class(auth)
    stranger = students_of(make_class(make_teacher(), students=1))[0]
    assert client.post(f"/classes/{classroom.id}/students/{stranger.id}/reset-password").status_code == 404
    assert client.post(f"/classes/{classroom.id}/students/{stranger.id}/remove").status_code == 404


def test_a_second_student_of_the_same_name_needs_a_username(client, auth):
    _, classroom = teacher_with_class(auth, students=["Sam Lee"])
    page = import_roster(client, classroom, roster="Sam Lee\nSam Lee,sam.lee.b").get_data(as_text=True)
    assert "Line 1: Sam Lee is already on this roster" in page
    assert "sam.lee.b" in {s.username for s in students_of(classroom)} and len(students_of(classroom)) == 2


def test_a_roster_larger_than_one_upload_takes_is_refused_whole(client, auth):
    from quizapp.web.classes.operations import MAX_IMPORT

    _, classroom = teacher_with_class(auth)
    roster = "\n".join(f"Student {i}" for i in range(MAX_IMPORT + 1))
    response = client.post(f"/classes/{classroom.id}/students/import", data={"roster": roster})
    assert response.status_code == 400 and "nothing was added" in response.get_data(as_text=True)
    assert students_of(classroom) == []


def test_student_passwords_use_the_student_cost_and_teachers_the_default(app):
    from quizapp.web.auth.passwords import hash_password

    app.config.pop("PASSWORD_HASH_METHOD")
    assert hash_password("x", "student").startswith("scrypt:16384:8:1$")
    assert hash_password("x").startswith("scrypt:32768:8:1$")


def test_removing_asks_first_on_its_own_page(client, auth):
    _, classroom = teacher_with_class(auth, students=["Amira Khan"])
    student = students_of(classroom)[0]
    page = client.get(f"/classes/{classroom.id}").get_data(as_text=True)
    confirm_url = f"/classes/{classroom.id}/students/{student.id}/remove"
    assert f'href="{confirm_url}"' in page
    confirm = client.get(confirm_url).get_data(as_text=True)
    assert "Remove Amira Khan from" in confirm and f'action="{confirm_url}"' in confirm
    assert len(students_of(classroom)) == 1  # nothing removed by looking


def test_a_roster_is_hashed_before_the_write_lock_is_taken(app, monkeypatch):
    from sqlalchemy import event

    from quizapp.web.classes import operations
    from quizapp.web.classes.rosters import RosterRow

    classroom = make_class(make_teacher(), students=0)
    real_hash, steps = operations.hash_passwords, []
    monkeypatch.setattr(operations, "hash_passwords", lambda pws, role: steps.extend(["hash"] * len(pws)) or real_hash(pws, role))
    listener = lambda *_: steps.append("write")  # noqa: E731 - the session's first write takes the lock
    event.listen(db.session(), "before_flush", listener)
    try:
        result = operations.add_students(classroom, [RosterRow(i, f"Student {i}") for i in range(1, 6)])
    finally:
        event.remove(db.session(), "before_flush", listener)
    assert len(result.added) == 5 and steps.count("hash") == 5
    assert steps.index("write") > max(i for i, s in enumerate(steps) if s == "hash")
