"""The measuring stick's own rules: how a missed quote is classed (tests/generate/extraction_gold.py)."""
from __future__ import annotations

from extraction_gold import quote_misses

TEXT = "Ana Ruiz said the dam would hold. Tom Berg praised the crews. Ruiz later hailed the rescue."


def _gold(*items):
    return {"quotes": [{"speaker": s, "aliases": [], "quote": q, "direct": False} for s, q in items]}


def _facts(*quotes):
    return {"quotes": [{"speaker": s, "text": q, "start": TEXT.index(q), "end": TEXT.index(q) + len(q)} for s, q in quotes],
            "statements": [], "affiliations": []}


def test_a_miss_with_nothing_extracted_counts_whether_the_speaker_is_known():
    gold = _gold(("Ana Ruiz", "the dam would hold"), ("Ana Ruiz", "the rescue"), ("Tom Berg", "the crews"))
    assert quote_misses(TEXT, gold, _facts(("Ana Ruiz", "the dam would hold"))) == (2, 1, 0)


def test_a_miss_extracted_for_someone_else_is_a_wrong_speaker():
    gold = _gold(("Ana Ruiz", "the dam would hold"))
    assert quote_misses(TEXT, gold, _facts(("Tom Berg", "the dam would hold"))) == (0, 0, 1)
