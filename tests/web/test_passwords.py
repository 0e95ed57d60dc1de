"""Password checks under a class signing in at once (quizapp.web.auth.passwords)."""
import threading
import time

from quizapp.web.auth import passwords


def test_a_worker_runs_one_password_hash_at_a_time(monkeypatch):
    # Each scrypt holds 16-32 MiB while it runs: a worker's threads must take turns, or a class
    # signing in at once multiplies the worker's memory (benchmarks/README.md).
    running, most = [0], [0]
    guard = threading.Lock()

    def slow_check(stored, given):
        with guard:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        with guard:
            running[0] -= 1
        return stored == given

    monkeypatch.setattr(passwords, "check_password_hash", slow_check)
    results = []
    threads = [threading.Thread(target=lambda n=n: results.append(passwords.check_password(f"pw{n % 2}", "pw0")))
               for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1
    assert sorted(results) == [False] * 3 + [True] * 3


def test_a_malformed_stored_hash_is_a_refusal_not_an_error():
    assert passwords.check_password("not-a-hash", "anything") is False
    assert passwords.check_password(passwords.unusable_password_hash(), "") is False


def test_a_wrong_password_for_an_unclaimed_seat_costs_a_real_check(app, monkeypatch):
    from quizapp.web.auth import passwords

    calls = []
    real = passwords.check_password_hash
    monkeypatch.setattr(passwords, "check_password_hash", lambda h, p: calls.append(h) or real(h, p))
    assert passwords.check_password(passwords.unusable_password_hash(), "guess", "student") is False
    assert len(calls) == 1 and not calls[0].startswith("!")  # the KDF ran, on the dummy hash


def test_a_login_card_password_has_at_least_30_bits_and_reads_as_words():
    import re

    from quizapp.web.auth.passwords import PASSWORD_BITS, readable_password

    assert PASSWORD_BITS >= 30
    assert re.fullmatch(r"[a-z]+-[a-z]+-[a-z]+-\d{3}", readable_password())


def test_a_rosters_passwords_are_hashed_at_low_priority_and_the_request_keeps_its_own(monkeypatch):
    import os

    seen = []
    monkeypatch.setattr(passwords, "generate_password_hash", lambda password, method: (
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())) or f"hash:{password}"))
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert passwords.hash_passwords(["a-b-c-1", "d-e-f-2"]) == ["hash:a-b-c-1", "hash:d-e-f-2"]
    assert seen == [max(before, passwords.BULK_NICENESS)] * 2  # hashed in a thread of lower priority
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before  # this thread unchanged
