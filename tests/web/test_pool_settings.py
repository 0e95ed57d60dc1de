"""PostgreSQL's connection pool per worker process: sized from the environment (docs/deploy.md)."""
from __future__ import annotations

import pytest

from quizapp.web.database import engine_options

PG = "postgresql+psycopg://quizapp@db.example/quizapp"


def test_pool_sizes_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("QUIZAPP_DB_POOL_SIZE", "3")
    monkeypatch.setenv("QUIZAPP_DB_MAX_OVERFLOW", "0")
    assert engine_options(PG) == {"pool_recycle": 1800, "pool_size": 3, "max_overflow": 0}


def test_a_pool_size_that_is_not_a_number_names_the_setting(monkeypatch):
    monkeypatch.setenv("QUIZAPP_DB_POOL_SIZE", "five")
    with pytest.raises(ValueError, match="QUIZAPP_DB_POOL_SIZE must be a whole number"):
        engine_options(PG)


def test_without_settings_the_pool_is_sqlalchemys_default(monkeypatch):
    monkeypatch.delenv("QUIZAPP_DB_POOL_SIZE", raising=False)
    monkeypatch.delenv("QUIZAPP_DB_MAX_OVERFLOW", raising=False)
    assert engine_options(PG) == {"pool_recycle": 1800}
