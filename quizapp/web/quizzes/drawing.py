"""Drawing N questions at random per skill. Deterministic for a given seed, so a teacher who
writes down the seed (or reuses the one the page recorded) draws the same set again, and an
attempt of a quiz drawn per attempt is drawn again from the seed stored with it."""
from __future__ import annotations

import random
import secrets
from typing import Mapping, Sequence

MAX_SEED = 2**31 - 1


def new_seed() -> int:
    return secrets.randbelow(MAX_SEED) + 1


def draw_per_skill(
    questions: Sequence[tuple[int, str]], counts: Mapping[str, int], seed: int
) -> list[int]:
    """`questions` are (id, skill) in bank order; returns the drawn ids in bank order.

    Skills are visited in sorted order and each pool is sorted by id, so the result depends only
    on the seed and the set of questions, not on dict or query order. A count larger than a
    skill's pool is an error the form catches first; here it is clipped to the pool.
    """
    rng = random.Random(seed)
    pools: dict[str, list[int]] = {}
    for qid, skill in questions:
        pools.setdefault(skill, []).append(qid)
    chosen: set[int] = set()
    for skill in sorted(counts):
        pool = sorted(pools.get(skill, []))
        n = max(0, min(int(counts[skill]), len(pool)))
        chosen.update(rng.sample(pool, n))
    return [qid for qid, _ in questions if qid in chosen]


def short_skills(questions: Sequence[tuple[int, str]], counts: Mapping[str, int]) -> list[str]:
    """The skills asking for more questions than the pool has: a draw per attempt from such a
    pool would give some students fewer questions than others."""
    available: dict[str, int] = {}
    for _, skill in questions:
        available[skill] = available.get(skill, 0) + 1
    return sorted(skill for skill, n in counts.items() if int(n) > available.get(skill, 0))
