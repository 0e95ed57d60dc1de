"""Servers of one PostgreSQL database must share the session-signing key (quizapp.web.shared_key)."""
import pytest
from conftest import TEST_DATABASE_URL

from quizapp.web.shared_key import check_shared_secret_key

pytestmark = pytest.mark.skipif(not (TEST_DATABASE_URL or "").startswith("postgresql"),
                                reason="SQLite serves from one machine and one key: nothing to check")


def test_a_server_with_another_generated_key_is_refused(app, monkeypatch):
    monkeypatch.delenv("QUIZAPP_SECRET_KEY", raising=False)
    assert check_shared_secret_key(app) is None  # the first server records its key
    assert check_shared_secret_key(app) is None  # and may start again
    app.config["SECRET_KEY"] = "generated-elsewhere"
    refusal = check_shared_secret_key(app)
    assert refusal is not None and "set QUIZAPP_SECRET_KEY" in refusal and "generated-elsewhere" not in refusal


def test_an_explicit_key_becomes_the_shared_one(app, monkeypatch):
    monkeypatch.delenv("QUIZAPP_SECRET_KEY", raising=False)
    check_shared_secret_key(app)
    app.config["SECRET_KEY"] = "rotated"
    monkeypatch.setenv("QUIZAPP_SECRET_KEY", "rotated")
    assert check_shared_secret_key(app) is None
    monkeypatch.delenv("QUIZAPP_SECRET_KEY")
    assert check_shared_secret_key(app) is None  # a server restarted with the new key from a file
