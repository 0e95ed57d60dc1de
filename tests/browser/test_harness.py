"""The watchers the browser tests rely on really catch what they promise to catch."""
import pytest

pytestmark = pytest.mark.browser


def test_a_request_to_another_host_is_caught_and_blocked(browsing):
    from playwright.sync_api import Error

    page = browsing.new_page()
    page.goto("/auth/login")
    # A navigation: the app's CSP does not govern it, so only the route watch stands in the way.
    with pytest.raises(Error):
        page.goto("https://cdn.example.com/lib.js")
    assert browsing.watch.third_party == ["https://cdn.example.com/lib.js"]
    browsing.watch.third_party.clear()  # seen and blocked: this test's own request, not the app's


def test_a_console_error_is_caught(browsing):
    page = browsing.new_page()
    page.goto("/auth/login")
    page.evaluate("console.error('boom')")
    page.wait_for_timeout(100)
    assert any("boom" in text for text in browsing.watch.console_errors)
    browsing.watch.console_errors.clear()


def test_a_script_fetching_another_host_is_refused_by_the_csp_and_reported(browsing):
    page = browsing.new_page()
    page.goto("/auth/login")
    page.evaluate("fetch('https://cdn.example.com/lib.js').catch(() => null)")
    page.wait_for_timeout(200)
    assert any("Content Security Policy" in text for text in browsing.watch.console_errors)
    browsing.watch.console_errors.clear()


def test_an_inline_script_is_refused_by_the_csp_and_reported(browsing, live_server):
    page = browsing.new_page()
    response = page.goto("/auth/login")
    csp = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in csp, f"no CSP on the sign-in page: {response.headers}"
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        " document.body.appendChild(s); }"
    )
    page.wait_for_timeout(100)
    assert page.evaluate("window.ran") is None
    assert any("Content Security Policy" in text for text in browsing.watch.console_errors)
    browsing.watch.console_errors.clear()
