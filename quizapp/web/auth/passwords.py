"""Password hashing and the readable passwords given to students.

Hashes use werkzeug's scrypt (a memory-hard KDF). Tests may set PASSWORD_HASH_METHOD to a cheap
method so a roster of 30 does not take seconds; production never sets it.
"""
from __future__ import annotations

import functools
import math
import os
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor

from flask import current_app, has_app_context
from werkzeug.security import check_password_hash, generate_password_hash

# Short, common, unambiguous words a 12-year-old can read off a card and type.
WORDS = (
    "apple acorn amber anchor arrow badge baker basil beach berry birch bison blade bloom board brave "
    "brick bride brook brush cabin camel candy cargo cedar chalk charm chess chief cider cloud clover "
    "coast comet coral crane creek crisp crown daisy delta dingo diver dream drift eagle earth ember "
    "fable feast fern field flame flint float flute forest fox frost fruit gecko giant ginger glade "
    "globe grape grass gravel green grove harbor hazel heron honey horse house husky igloo island ivory "
    "jelly jewel judge kayak kettle kiwi koala ladder lake lemon lilac lion lotus lucky lunar mango "
    "maple marble meadow melon metal mint moose mossy music noble north oasis ocean olive onion orbit "
    "otter owl paddle panda paper pearl pepper piano pilot plum polar pond prism puzzle quail quartz "
    "quiet rabbit radio raven reef ridge river robin rocket rose ruby saddle salmon sandy scout shell "
    "silver sky slate snow solar spark spice spruce star stone storm sugar sunny swan table tango "
    "thunder tiger toast topaz tower trail tulip tundra turtle valley velvet violet wagon walrus water "
    "whale wheat willow windy winter wolf yacht zebra"
).split()

DUMMY_HASH_SOURCE = "not-a-real-password"


# scrypt's cost per role. Teachers: werkzeug's default (N=2**15). Students: N=2**14, a quarter of
# the time and memory, because a class signs in all at once and a roster of 30 is hashed in one
# request; their passwords are given out on paper and reset by the teacher, not reused elsewhere.
METHODS = {"teacher": "scrypt", "student": "scrypt:16384:8:1"}


# One scrypt at a time per process. Each one holds 128 * r * N bytes (16 MiB for a student, 32 MiB
# for a teacher) while it runs and releases the GIL, so a worker's threads would otherwise hash side by
# side when a class signs in at once: 4 threads took a worker from 71 to 154 MB (benchmarks/README.md).
# Serialising costs no throughput: each hash keeps a core busy, and the workers already fill the cores.
_KDF_LOCK = threading.Lock()


def _method(role: str) -> str:
    if has_app_context() and current_app.config.get("PASSWORD_HASH_METHOD"):
        return current_app.config["PASSWORD_HASH_METHOD"]
    return METHODS[role]


def hash_password(password: str, role: str = "teacher") -> str:
    method = _method(role)
    with _KDF_LOCK:
        return generate_password_hash(password, method=method)


# A roster's passwords are hashed at this niceness (Linux: per thread), so a 200-name upload takes
# only the CPU that students' autosaves and sign-ins leave over: under load it was the hashing, not
# the database, that held autosaves up (benchmarks/classroom_load.py).
BULK_NICENESS = 10


def hash_passwords(passwords: list[str], role: str = "student") -> list[str]:
    """Hash many passwords in a short-lived thread of low CPU priority (a raised niceness cannot be
    lowered again without privileges, so it must not be the request's own thread). Without
    _KDF_LOCK: one roster's hashing beside one sign-in's costs 16 MiB more, and a low-priority
    thread holding the lock would keep sign-ins waiting."""
    method = _method(role)

    def work() -> list[str]:
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BULK_NICENESS)
        except (AttributeError, OSError):  # not Linux, or not allowed: hash at normal priority
            pass
        return [generate_password_hash(password, method=method) for password in passwords]

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="roster-hash") as pool:
        return pool.submit(work).result()


@functools.lru_cache(maxsize=8)
def _dummy_hash(method: str) -> str:
    with _KDF_LOCK:
        return generate_password_hash(DUMMY_HASH_SOURCE, method=method)


def check_against_dummy(password: str, role: str = "teacher") -> None:
    """Spend the time a real check would, so an unknown name answers as slowly as a known one."""
    check_password(_dummy_hash(_method(role)), password)


def check_password(password_hash: str, password: str, role: str = "teacher") -> bool:
    """Whether `password` matches. An unusable hash (a seat nobody has claimed) costs a real
    check too: a quick "no" would tell which usernames are unclaimed seats."""
    if password_hash.startswith("!"):
        check_against_dummy(password, role)
        return False
    try:
        with _KDF_LOCK:
            return check_password_hash(password_hash, password)
    except (ValueError, TypeError):
        return False


PASSWORD_WORDS = 3


def readable_password() -> str:
    """Three words and three digits, e.g. "otter-maple-river-472": 3 x log2(183) + log2(900) = 32.4
    bits (PASSWORD_BITS), so even without the sign-in throttle a stolen hash is no quick guess;
    short common words, easy to copy from a printed card."""
    words = "-".join(secrets.choice(WORDS) for _ in range(PASSWORD_WORDS))
    return f"{words}-{secrets.randbelow(900) + 100}"


PASSWORD_BITS = PASSWORD_WORDS * math.log2(len(set(WORDS))) + math.log2(900)


def unusable_password_hash() -> str:
    """For a seat nobody has claimed yet: no password can match it."""
    return "!" + secrets.token_hex(16)
