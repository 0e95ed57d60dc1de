"""The PostgreSQL job queue's upkeep (the queue itself is exercised with real workers in
test_several_servers.py)."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import procrastinate
import pytest
from conftest import TEST_DATABASE_URL
from sqlalchemy import text

from quizapp.web import jobqueue
from quizapp.web.extensions import db

pytestmark = pytest.mark.skipif(not (TEST_DATABASE_URL or "").startswith("postgresql"),
                                reason="the job queue is PostgreSQL's (procrastinate)")


def _finished_job(status: str, days_ago: int) -> int:
    """A job that went todo -> doing -> `status` (procrastinate's triggers log each step as an
    event), its events moved `days_ago` days back."""
    with db.engine.begin() as connection:
        job_id = connection.execute(text(
            "INSERT INTO procrastinate_jobs (queue_name, task_name, args) "
            "VALUES ('default', :task, '{}') RETURNING id"), {"task": jobqueue.GENERATOR_TASK}).scalar_one()
        for step in ("doing", status):
            connection.execute(text("UPDATE procrastinate_jobs SET status = CAST(:step AS procrastinate_job_status) "
                                    "WHERE id = :id"), {"step": step, "id": job_id})
        connection.execute(text("UPDATE procrastinate_events SET at = now() - make_interval(days => :days) "
                                "WHERE job_id = :id"), {"days": days_ago, "id": job_id})
    return job_id


def test_the_worker_deletes_finished_queue_rows_once_they_are_old(app):
    with app.app_context():
        old_done, new_done = _finished_job("succeeded", 8), _finished_job("succeeded", 1)
        old_failed, older_failed = _finished_job("failed", 8), _finished_job("failed", 31)

        async def prune() -> None:
            connector = procrastinate.PsycopgConnector(conninfo=jobqueue.conninfo(TEST_DATABASE_URL))
            with jobqueue.queue.replace_connector(connector) as queue:
                async with queue.open_async():
                    await jobqueue.prune_finished_jobs(queue)

        # in a thread of its own: after the browser tests, Playwright's loop runs in this one
        with ThreadPoolExecutor(1) as pool:
            pool.submit(lambda: asyncio.run(prune())).result()
        with db.engine.connect() as connection:
            left = set(connection.execute(text("SELECT id FROM procrastinate_jobs")).scalars())
    assert left == {new_done, old_failed}
    assert not {old_done, older_failed} & left
