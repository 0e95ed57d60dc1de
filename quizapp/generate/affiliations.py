"""Who belongs where (placeholder until the rules land)."""
from __future__ import annotations


def extract_affiliations(article):
    return []
