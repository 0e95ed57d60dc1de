"""Numeric distractors are not exact multiples of the key, which would give it away as their
common divisor. Invented figures."""
from __future__ import annotations

import random

from quizapp.generate.numbers import distractor_values, find_quantity


def test_distractors_are_not_all_exact_multiples_of_the_key():
    q = find_quantity("6606 votes")
    for seed in range(5):
        values = [find_quantity(v).values[0] for v in distractor_values(q, random.Random(seed))]
        assert len(values) == 3
        assert not all((v / 6606) in {0.2, 0.3, 0.5, 0.75, 1.5, 2.0, 3.0, 4.0} for v in values), values
