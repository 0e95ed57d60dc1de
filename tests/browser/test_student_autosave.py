"""The quiz page's autosave in a real browser: a failed save is retried and shown as such, and
answers the server has not confirmed survive a reload in localStorage."""
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def sign_in(browsing, classroom):
    """A student signed in, on the student home."""
    page = browsing.new_page()
    page.on("dialog", lambda dialog: dialog.accept())  # "leave the page?" while a save is pending
    username = next(iter(classroom.students))
    page.goto("/auth/login")
    page.get_by_label("E-mail or username").fill(username)
    page.get_by_label("Password").fill(classroom.students[username])
    page.get_by_role("button", name="Sign in").click()
    page.goto("/student/")
    return page


def sign_in_and_start(browsing, classroom):
    page = sign_in(browsing, classroom)
    page.get_by_role("button", name="Start Kursk").click()
    expect(page.locator("fieldset.question")).to_have_count(len(classroom.questions))
    page.wait_for_load_state("load")  # quiz.js (deferred) listens before the first answer
    return page


def short_answer_field(page, classroom):
    question = next(q for q in classroom.questions if q["type"] == "short_answer")
    return page.locator(f"input[name='q{question['id']}']")


def forget_expected_failures(browsing):
    # The aborted autosave requests are logged by Chromium as failed loads: expected here.
    browsing.watch.console_errors[:] = [e for e in browsing.watch.console_errors if "Failed to load" not in e]


def test_a_failed_save_is_retried_until_it_goes_through(browsing, classroom):
    page = sign_in_and_start(browsing, classroom)
    page.route("**/autosave", lambda route: route.abort())
    short_answer_field(page, classroom).fill("Rob Lee")
    expect(page.locator("#save-status")).to_contain_text("Not saved — retrying", timeout=10_000)
    page.unroute("**/autosave")
    expect(page.locator("#save-status")).to_contain_text("Saved", timeout=15_000)
    page.reload()
    expect(short_answer_field(page, classroom)).to_have_value("Rob Lee")
    forget_expected_failures(browsing)


def test_unconfirmed_answers_come_back_after_a_reload(browsing, classroom):
    page = sign_in_and_start(browsing, classroom)
    page.route("**/autosave", lambda route: route.abort())
    short_answer_field(page, classroom).fill("Pasi Paroinen")
    expect(page.locator("#save-status")).to_contain_text("Not saved", timeout=10_000)
    page.unroute("**/autosave")
    page.reload()  # the server never got the answer; this browser kept it
    expect(short_answer_field(page, classroom)).to_have_value("Pasi Paroinen")
    expect(page.locator("#save-status")).to_contain_text("Saved", timeout=10_000)
    page.reload()  # now from the server
    expect(short_answer_field(page, classroom)).to_have_value("Pasi Paroinen")
    forget_expected_failures(browsing)


def test_an_answer_typed_before_the_script_arrived_is_saved_when_it_does(browsing, classroom):
    # On a slow connection the page is readable (and answerable) before quiz.js has loaded.
    page = sign_in(browsing, classroom)
    held = []
    page.route("**/quiz.js", lambda route: held.append(route))
    page.get_by_role("button", name="Start Kursk").click()
    short_answer_field(page, classroom).fill("Artem Efanov")
    assert held, "quiz.js was requested"
    held[0].continue_()
    page.unroute("**/quiz.js")
    expect(page.locator("#save-status")).to_contain_text("Saved", timeout=10_000)
    page.route("**/quiz.js", lambda route: route.abort())  # what the server sends, no script
    page.reload()
    expect(short_answer_field(page, classroom)).to_have_value("Artem Efanov")
    forget_expected_failures(browsing)
