"""For every importable format, a bank exported and imported again gives the same questions:
ids, types, skills, prompts, options, keys, points, feedback and evidence (docs/interop.md)."""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from quizapp.banks.loader import load_bank
from quizapp.interop import IMPORTABLE
from generated_banks import banks, bounds_close, comparable
from round_trip import round_trip

KURSK = Path(__file__).parents[2] / "question_banks" / "kursk-2024"
# Moodle's numeric answer is a value ± tolerance: a range comes back as its middle ± half its width.
RANGE_AS_TOLERANCE = {"moodle-xml"}


def assert_same_questions(original, back, fmt):
    assert [q.id for q in back.questions] == [q.id for q in original.questions]
    for before, after in zip(original.questions, back.questions):
        want = comparable(before, range_as_tolerance=fmt in RANGE_AS_TOLERANCE)
        got = comparable(after, range_as_tolerance=fmt in RANGE_AS_TOLERANCE)
        if before.type == "numeric":
            assert bounds_close(want["extra"].pop("bounds"), got["extra"].pop("bounds")), before.id
        assert got == want, before.id


@pytest.mark.parametrize("fmt", IMPORTABLE)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(bank=banks())
def test_generated_bank_survives_the_round_trip(fmt, bank):
    back, problems, result = round_trip(bank, fmt)
    assert not result.skipped and not problems, (result.skipped, problems)
    assert_same_questions(bank, back, fmt)


@pytest.mark.parametrize("fmt", IMPORTABLE)
def test_kursk_bank_survives_the_round_trip(fmt):
    kursk = load_bank(KURSK)
    back, problems, result = round_trip(kursk, fmt)
    assert not result.skipped and not problems
    assert_same_questions(kursk, back, fmt)
