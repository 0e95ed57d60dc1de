"""Sign-up, sign-in, sign-out, join codes: the flows teachers and students go through."""
import pytest
from sqlalchemy import select

from factories import STUDENT_PASSWORD, TEACHER_PASSWORD, make_class, make_student, make_teacher, students_of
from quizapp.models import Enrollment, LoginThrottle, User
from quizapp.web.extensions import db


def account_throttles():
    """The per-account rows of the sign-in throttle (the per-address and site budgets keep rows of their own)."""
    return select(LoginThrottle).where(LoginThrottle.key.not_like("address|%"), LoginThrottle.key != "site")


def signup(client, **fields):
    data = {"display_name": "Ms Rivera", "email": "rivera@school.org", "password": "long-enough-pw",
            "confirm": "long-enough-pw"}
    data.update(fields)
    return client.post("/auth/signup", data=data)


def test_signup_creates_teacher_and_signs_in(client):
    response = signup(client, email="Rivera@School.org")
    assert response.status_code == 302
    teacher = db.session.scalars(select(User).where(User.email == "rivera@school.org")).one()
    assert teacher.role == "teacher" and teacher.password_hash.startswith("pbkdf2:")
    assert client.get("/classes/").status_code == 200


def test_signup_errors_are_beside_fields_and_typed_values_kept(client):
    response = signup(client, email="not-an-email", password="short", confirm="other")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="password-error"' in page and "at least 10 characters" in page
    assert 'value="Ms Rivera"' in page and 'value="not-an-email"' in page
    assert db.session.scalars(select(User)).first() is None


def test_signup_bad_email_and_duplicate_email_reported_on_email_field(client):
    page = signup(client, email="nobody-at-all").get_data(as_text=True)
    assert 'id="email-error"' in page and "e-mail address like" in page
    make_teacher(email="taken@school.org")
    page = signup(client, email="TAKEN@school.org").get_data(as_text=True)
    assert 'id="email-error"' in page and "already exists" in page


def test_teacher_signs_in_with_email_any_case(client, auth):
    make_teacher(email="t@school.org")
    response = auth.login("T@School.org", TEACHER_PASSWORD)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.get("/classes/").status_code == 200


def test_student_signs_in_with_username(client, auth):
    student = make_student(make_class(make_teacher(), students=0), username="amira.k12")
    assert auth.login("Amira.K12", STUDENT_PASSWORD).status_code == 302
    assert client.get("/classes/").status_code == 403  # signed in, but not a teacher


def test_wrong_password_is_refused_with_message_and_identifier_kept(client, auth):
    make_teacher(email="t@school.org")
    response = auth.login("t@school.org", "wrong password")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "do not match" in page and 'value="t@school.org"' in page
    assert client.get("/classes/").status_code == 302


def test_unknown_account_gets_the_same_message(client, auth):
    page = auth.login("ghost@school.org", "whatever").get_data(as_text=True)
    assert "do not match" in page


def test_next_only_redirects_within_the_site(client, auth):
    make_teacher(email="t@school.org")
    data = {"identifier": "t@school.org", "password": TEACHER_PASSWORD}
    assert client.post("/auth/login", data={**data, "next": "/classes/"}).headers["Location"] == "/classes/"
    for evil in ("//evil.example/", "https://evil.example/", "/\\evil.example", "/classes/\r\nSet-Cookie: a=b",
                 "/\t/evil.example"):
        assert client.post("/auth/login", data={**data, "next": evil}).headers["Location"] == "/"


def test_anonymous_teacher_page_sends_to_sign_in_with_next(client):
    response = client.get("/classes/")
    assert response.status_code == 302 and "/auth/login?next=/classes/" in response.headers["Location"]


def test_logout_ends_every_session_of_the_account(app, auth):
    teacher = make_teacher(email="t@school.org")
    laptop, phone = app.test_client(), app.test_client()
    for c in (laptop, phone):
        c.post("/auth/login", data={"identifier": "t@school.org", "password": TEACHER_PASSWORD})
        assert c.get("/classes/").status_code == 200
    laptop.post("/auth/logout")
    assert laptop.get("/classes/").status_code == 302
    assert phone.get("/classes/").status_code == 302
    assert db.session.get(User, teacher.id).session_version == 2


def test_logout_is_post_only(client, auth):
    auth.login_teacher()
    assert client.get("/auth/logout").status_code == 405
    assert client.get("/classes/").status_code == 200


def failures(auth, identifier, n, **kwargs):
    return [auth.login(identifier, "wrong", **kwargs).status_code for _ in range(n)]


def test_five_failures_lock_the_account_on_that_address(client, auth):
    make_teacher(email="t@school.org")
    assert failures(auth, "t@school.org", 5) == [200, 200, 200, 200, 429]
    response = auth.login("t@school.org", TEACHER_PASSWORD)
    assert response.status_code == 429 and "locked" in response.get_data(as_text=True)
    assert client.get("/classes/").status_code == 302
    row = db.session.scalars(account_throttles()).one()
    assert row.failures == 5 and row.locked_until is not None


def test_lock_is_per_address_so_nobody_can_lock_a_classmate_out(client, auth):
    make_teacher(email="t@school.org")
    failures(auth, "t@school.org", 6, environ_base={"REMOTE_ADDR": "10.0.0.66"})
    response = auth.login("t@school.org", TEACHER_PASSWORD, environ_base={"REMOTE_ADDR": "10.0.0.7"})
    assert response.status_code == 302


def test_lock_expires_and_success_clears_the_count(client, auth):
    from datetime import timedelta

    from quizapp.models import utcnow

    make_teacher(email="t@school.org")
    failures(auth, "t@school.org", 5)
    row = db.session.scalars(account_throttles()).one()
    row.locked_until = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert auth.login("t@school.org", TEACHER_PASSWORD).status_code == 302
    assert db.session.scalars(account_throttles()).first() is None


def test_failures_outside_the_window_do_not_add_up(client, auth):
    from datetime import timedelta

    from quizapp.models import utcnow

    make_teacher(email="t@school.org")
    failures(auth, "t@school.org", 4)
    row = db.session.scalars(account_throttles()).one()
    row.window_start = utcnow() - timedelta(minutes=16)
    db.session.commit()
    assert failures(auth, "t@school.org", 1) == [200]
    assert db.session.scalars(account_throttles()).one().failures == 1


def test_password_reset_by_teacher_ends_the_students_sessions(app, client, auth):
    teacher = make_teacher()
    classroom = make_class(teacher, students=["Amira Khan"])
    student = students_of(classroom)[0]
    student_browser = app.test_client()
    student_browser.post("/auth/login", data={"identifier": student.username, "password": STUDENT_PASSWORD})
    assert student_browser.get("/").status_code == 302  # signed in: sent to the student area
    auth.login_teacher(teacher)
    response = client.post(f"/classes/{classroom.id}/students/{student.id}/reset-password")
    assert response.status_code == 200
    assert student_browser.get("/").status_code == 200  # anonymous again: the start page
    assert student_browser.post("/auth/login", data={"identifier": student.username,
                                                      "password": STUDENT_PASSWORD}).status_code == 200


def unclaimed_class():
    classroom = make_class(make_teacher(), students=0)
    seat_owner = make_student(classroom, name="Ben Lee", claimed=False)
    return classroom, seat_owner


def test_join_code_leads_to_the_class_seats(client):
    classroom, _ = unclaimed_class()
    response = client.get(f"/auth/join?code={classroom.join_code.lower()}")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/auth/join/{classroom.join_code}")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "B. L." in page and "Ben" not in page and "Lee" not in page  # initials until claimed


def test_seats_that_would_read_alike_get_just_enough_letters_to_tell_apart(client):
    classroom = make_class(make_teacher(), students=0)
    for name in ("Ana Ruiz", "Alex Roe", "Ana Rios", "Ben Lee"):
        make_student(classroom, name=name, claimed=False)
    page = client.get(f"/auth/join/{classroom.join_code}").get_data(as_text=True)
    for label in ("Ana Ru.", "Al. R.", "Ana Ri.", "B. L."):
        assert f"{label}</label>" in page
    assert "Ruiz" not in page and "Alex" not in page


def test_unknown_join_code_is_reported_beside_the_field(client):
    page = client.get("/auth/join?code=NOPE1234").get_data(as_text=True)
    assert 'id="code-error"' in page and "No class has this code" in page
    assert client.get("/auth/join/NOPE1234").status_code == 404


def test_student_claims_a_seat_sets_password_and_is_signed_in(client, auth):
    classroom, student = unclaimed_class()
    seat = db.session.scalars(select(Enrollment).where(Enrollment.student_id == student.id)).one()
    response = client.post(f"/auth/join/{classroom.join_code}",
                           data={"seat": seat.id, "password": "my-secret", "confirm": "my-secret"})
    assert response.status_code == 302
    assert db.session.get(Enrollment, seat.id).claimed is True
    auth.logout()
    assert auth.login(student.username, "my-secret").status_code == 302


def test_claimed_seat_cannot_be_claimed_again(client):
    classroom, student = unclaimed_class()
    seat = db.session.scalars(select(Enrollment).where(Enrollment.student_id == student.id)).one()
    data = {"seat": seat.id, "password": "my-secret", "confirm": "my-secret"}
    client.post(f"/auth/join/{classroom.join_code}", data=data)
    client.post("/auth/logout")
    response = client.post(f"/auth/join/{classroom.join_code}", data={**data, "password": "x-takeover", "confirm": "x-takeover"})
    assert response.status_code == 200 and "Every name in this class has been claimed" in response.get_data(as_text=True)
    assert client.post("/auth/login", data={"identifier": student.username, "password": "x-takeover"}).status_code == 200


def test_a_signed_in_student_joins_another_class_with_the_same_account(client, auth):
    ben = auth.login_student()
    classroom, placeholder = unclaimed_class()
    placeholder_id = placeholder.id
    seat = db.session.scalars(select(Enrollment).where(Enrollment.student_id == placeholder_id)).one()
    page = client.get(f"/auth/join/{classroom.join_code}").get_data(as_text=True)
    assert "Join with my account" in page and 'name="password"' not in page
    assert client.post(f"/auth/join/{classroom.join_code}", data={"seat": seat.id}).status_code == 302
    seat = db.session.get(Enrollment, seat.id)
    assert (seat.student_id, seat.claimed) == (ben.id, True)
    assert db.session.get(User, placeholder_id) is None  # the unused second account is gone


def test_claim_errors_beside_fields(client):
    classroom, student = unclaimed_class()
    page = client.post(f"/auth/join/{classroom.join_code}",
                       data={"seat": "999999", "password": "abc", "confirm": "abd"}).get_data(as_text=True)
    assert 'id="seat-error"' in page and 'id="password-error"' in page
    assert db.session.scalars(select(Enrollment)).one().claimed is False


def test_stale_throttle_rows_are_forgotten(client, auth):
    from datetime import timedelta

    from quizapp.models import utcnow

    db.session.add(LoginThrottle(key="old|1.2.3.4", failures=3, window_start=utcnow() - timedelta(hours=2)))
    db.session.commit()
    auth.login("someone@school.org", "wrong")
    assert [row.key for row in db.session.scalars(account_throttles())] == ["someone@school.org|127.0.0.1"]


def test_sign_in_link_keeps_the_query_but_no_stray_question_mark(client):
    assert client.get("/classes/").headers["Location"].endswith("/auth/login?next=/classes/")
    assert "next=/classes/?x%3D1" in client.get("/classes/?x=1").headers["Location"]


def test_signup_shows_every_field_error_at_once(client):
    page = signup(client, email="nope", password="", confirm="").get_data(as_text=True)
    assert 'id="email-error"' in page and 'id="password-error"' in page and 'id="confirm-error"' in page


def test_signup_trims_spaces_around_the_email(client):
    assert signup(client, email="  spaced@school.org ").status_code == 302
    assert db.session.scalars(select(User.email)).one() == "spaced@school.org"


def test_changing_my_password_keeps_me_signed_in_and_ends_my_other_sessions(app, client, auth):
    make_teacher(email="t@school.org")
    other = app.test_client()
    for c in (client, other):
        c.post("/auth/login", data={"identifier": "t@school.org", "password": TEACHER_PASSWORD})
    response = client.post("/auth/password", data={"current": TEACHER_PASSWORD, "password": "a-new-password-1",
                                                   "confirm": "a-new-password-1"})
    assert response.status_code == 302
    assert client.get("/classes/").status_code == 200
    assert other.get("/classes/").status_code == 302
    assert other.post("/auth/login", data={"identifier": "t@school.org", "password": "a-new-password-1"}).status_code == 302


def test_changing_password_needs_the_current_one_and_a_long_enough_new_one(client, auth):
    auth.login_teacher()
    page = client.post("/auth/password", data={"current": "wrong", "password": "a-new-password-1",
                                               "confirm": "a-new-password-1"}).get_data(as_text=True)
    assert 'id="current-error"' in page
    page = client.post("/auth/password", data={"current": TEACHER_PASSWORD, "password": "short12",
                                               "confirm": "short12"}).get_data(as_text=True)
    assert 'id="password-error"' in page and "10 characters" in page
    assert client.get("/auth/password").status_code == 200


def test_change_password_page_needs_sign_in(client):
    assert client.get("/auth/password").headers["Location"].startswith("/auth/login")


def test_the_limit_holds_across_worker_processes(app, tmp_path, auth):
    """Two app instances on one database stand for two gunicorn workers: failures add up."""
    from conftest import _config
    from quizapp.web import create_app

    make_teacher(email="t@school.org")
    db.session.commit()
    second = create_app(_config(tmp_path, SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"]))
    worker_b = second.test_client()
    statuses = []
    for i in range(5):
        if i % 2:
            statuses.append(worker_b.post("/auth/login", data={"identifier": "t@school.org", "password": "x"}).status_code)
        else:
            statuses.append(auth.login("t@school.org", "x").status_code)
    assert statuses[-1] == 429
    assert worker_b.post("/auth/login", data={"identifier": "t@school.org",
                                              "password": TEACHER_PASSWORD}).status_code == 429
    with second.app_context():
        db.engine.dispose()


def test_two_students_claiming_one_seat_at_once_one_wins(app):
    import threading

    classroom, student = unclaimed_class()
    seat_id = db.session.scalars(select(Enrollment.id).where(Enrollment.student_id == student.id)).one()
    url, username = f"/auth/join/{classroom.join_code}", student.username
    db.session.commit()
    results = {}
    barrier = threading.Barrier(2)

    def claim(password):
        client = app.test_client()
        barrier.wait()
        results[password] = client.post(url, data={"seat": seat_id, "password": password,
                                                   "confirm": password}).status_code

    threads = [threading.Thread(target=claim, args=(pw,)) for pw in ("first-secret", "second-secret")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [pw for pw, status in results.items() if status == 302]
    assert len(winners) == 1 and sorted(results.values()) == [200, 302]
    check = app.test_client()
    assert check.post("/auth/login", data={"identifier": username, "password": winners[0]}).status_code == 302


def test_an_anonymous_post_goes_to_sign_in_without_a_next_it_could_not_reopen(client):
    location = client.post("/classes/1/join-code").headers["Location"]
    assert location == "/auth/login"


def test_behind_one_school_address_a_classmate_cannot_lock_the_owners_own_browser(app, auth):
    make_teacher(email="t@school.org")
    owners_browser = app.test_client()
    data = {"identifier": "t@school.org", "password": TEACHER_PASSWORD}
    assert owners_browser.post("/auth/login", data=data).status_code == 302  # known here from now on
    owners_browser.post("/auth/logout")
    failures(auth, "t@school.org", 6)  # a classmate, same address, another browser
    assert auth.login("t@school.org", TEACHER_PASSWORD).status_code == 429  # that browser is locked
    assert owners_browser.post("/auth/login", data=data).status_code == 302


def test_a_known_browser_is_still_limited(app):
    make_teacher(email="t@school.org")
    browser = app.test_client()
    data = {"identifier": "t@school.org", "password": TEACHER_PASSWORD}
    browser.post("/auth/login", data=data)
    browser.post("/auth/logout")
    statuses = [browser.post("/auth/login", data={**data, "password": "wrong"}).status_code for _ in range(5)]
    assert statuses[-1] == 429 and browser.post("/auth/login", data=data).status_code == 429


def test_a_forged_device_cookie_counts_as_no_cookie(client, auth):
    make_teacher(email="t@school.org")
    client.set_cookie("quizapp_device", "forged.value", path="/auth/")
    failures(auth, "t@school.org", 5)
    assert auth.login("t@school.org", TEACHER_PASSWORD).status_code == 429


def test_sign_in_takes_the_browsers_time_zone_once_and_ignores_a_made_up_one(client):
    teacher = make_teacher(email="t@school.org")
    data = {"identifier": "t@school.org", "password": TEACHER_PASSWORD}
    client.post("/auth/login", data={**data, "time_zone": "Mars/Olympus"})
    assert db.session.get(User, teacher.id).time_zone is None
    client.post("/auth/logout")
    client.post("/auth/login", data={**data, "time_zone": "Europe/Paris"})
    client.post("/auth/logout")
    client.post("/auth/login", data={**data, "time_zone": "Asia/Tokyo"})  # a trip: the chosen zone stays
    assert db.session.get(User, teacher.id).time_zone == "Europe/Paris"


def test_the_time_zone_page_changes_the_zone_and_refuses_an_unknown_one(client, auth):
    teacher = auth.login_teacher()
    assert client.post("/auth/time-zone", data={"time_zone": "Nowhere/Land"}).status_code == 400
    assert client.post("/auth/time-zone", data={"time_zone": "America/Chicago"}).status_code == 302
    assert db.session.get(User, teacher.id).time_zone == "America/Chicago"


@pytest.mark.parametrize("weak", ["aaaaaaaaaa", "1234567890", "qwertyuiop", "password12"])
def test_sign_up_refuses_a_common_or_repeated_password_beside_its_field(client, weak):
    data = {"display_name": "Ada Lin", "email": "ada@school.org", "password": weak, "confirm": weak}
    page = client.post("/auth/signup", data=data)
    assert page.status_code == 200 and 'id="password-error"' in page.get_data(as_text=True)
    assert db.session.scalars(select(User)).first() is None


def test_a_student_cannot_claim_a_seat_with_a_top_ten_password(client):
    classroom, student = unclaimed_class()
    seat = db.session.scalars(select(Enrollment).where(Enrollment.student_id == student.id)).one()
    page = client.post(f"/auth/join/{classroom.join_code}", data={"seat": seat.id, "password": "123456", "confirm": "123456"})
    assert 'id="password-error"' in page.get_data(as_text=True) and db.session.get(Enrollment, seat.id).claimed is False


def test_guessing_class_codes_is_stopped_after_a_classs_worth_of_typos(client):
    from quizapp.web.auth.operations import WRONG_CODES_ALLOWED

    classroom, _ = unclaimed_class()
    for i in range(WRONG_CODES_ALLOWED):
        assert client.get(f"/auth/join?code=WRONG{i:03d}").status_code == 200
    response = client.get(f"/auth/join?code={classroom.join_code}")
    assert response.status_code == 429 and "Too many wrong class codes" in response.get_data(as_text=True)
    assert client.get(f"/auth/join/{classroom.join_code}").status_code == 429


def test_sign_up_can_be_closed_or_by_invitation(app, client):
    app.config["SIGNUP"] = "closed"
    assert client.get("/auth/signup").status_code == 404
    assert signup(client).status_code == 404 and db.session.scalars(select(User)).first() is None
    app.config.update(SIGNUP="invite", SIGNUP_CODE="harbour-school-2026")
    page = signup(client, invitation="guess").get_data(as_text=True)
    assert 'id="invitation-error"' in page and db.session.scalars(select(User)).first() is None
    assert signup(client, invitation="harbour-school-2026").status_code == 302


def test_sign_ups_from_one_address_are_limited(client):
    from quizapp.web.auth.operations import SIGNUPS_ALLOWED

    for n in range(SIGNUPS_ALLOWED):
        client.post("/auth/logout")
        assert signup(client, email=f"t{n}@school.org").status_code == 302
    client.post("/auth/logout")
    response = signup(client, email="one-more@school.org")
    assert response.status_code == 429 and db.session.scalars(select(User).where(User.email == "one-more@school.org")).first() is None


def test_a_taken_e_mail_costs_a_password_hash_like_a_new_one(client, monkeypatch):
    from quizapp.web.auth import operations

    make_teacher(email="taken@school.org")
    spent = []
    monkeypatch.setattr(operations, "check_against_dummy", lambda password, role: spent.append(role))
    signup(client, email="taken@school.org")
    assert spent == ["teacher"]


def test_one_address_has_a_budget_of_password_checks_that_a_class_fits(app, client):
    from quizapp.web.auth.operations import sign_in

    app.config["LOGIN_ADDRESS_BUDGET"] = 30  # the default (900 per 10 minutes) scaled down
    classroom = make_class(make_teacher(), students=0)
    for n in range(30):
        assert sign_in(f"nobody{n}", "guess-guess", "10.1.1.1", app.config).error
    make_student(classroom, name="Ana Ruiz", username="ana.r")
    refused = sign_in("ana.r", STUDENT_PASSWORD, "10.1.1.1", app.config)
    assert refused.user is None and "Too many sign-ins from this network" in refused.error
    assert sign_in("ana.r", STUDENT_PASSWORD, "10.2.2.2", app.config).user is not None  # another school


def test_the_site_has_a_budget_of_password_checks_over_all_addresses(app):
    from quizapp.web.auth.operations import sign_in

    app.config["LOGIN_GLOBAL_BUDGET"] = 20  # the default (600 a minute) scaled down
    classroom = make_class(make_teacher(), students=0)
    make_student(classroom, name="Ana Ruiz", username="ana.r")
    for n in range(20):  # a flood spread over twenty addresses
        assert "do not match" in sign_in(f"nobody{n}", "guess-guess", f"10.9.0.{n}", app.config).error
    refused = sign_in("ana.r", STUDENT_PASSWORD, "10.1.1.1", app.config)
    assert refused.user is None and "Too many sign-ins on this site" in refused.error


def test_a_browser_the_student_used_before_gets_in_during_a_site_wide_flood(app):
    app.config["LOGIN_GLOBAL_BUDGET"] = 3
    classroom = make_class(make_teacher(), students=0)
    make_student(classroom, name="Ana Ruiz", username="ana.r")
    own_browser, data = app.test_client(), {"identifier": "ana.r", "password": STUDENT_PASSWORD}
    assert own_browser.post("/auth/login", data=data).status_code == 302
    own_browser.post("/auth/logout")
    for n in range(3):
        app.test_client().post("/auth/login", data={"identifier": f"nobody{n}", "password": "guess-guess"})
    assert app.test_client().post("/auth/login", data=data).status_code == 429  # a new browser waits
    assert own_browser.post("/auth/login", data=data).status_code == 302


def test_a_name_no_account_can_have_costs_no_hash_and_no_budget(app, monkeypatch):
    from quizapp.web.auth import operations

    app.config["LOGIN_GLOBAL_BUDGET"] = 1
    spent = []
    monkeypatch.setattr(operations, "check_against_dummy", lambda password, role: spent.append(role))
    for junk in ("x", "<script>", "a b c", "no@domain", "!" * 40):
        assert operations.sign_in(junk, "guess-guess", "10.1.1.1", app.config).error == operations.WRONG_NAME_OR_PASSWORD
    assert spent == []
    operations.sign_in("well.formed", "guess-guess", "10.1.1.1", app.config)  # could be a student's
    assert spent == ["student"]
