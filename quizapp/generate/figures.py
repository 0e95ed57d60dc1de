"""Figures (placeholder until the rules land)."""
from __future__ import annotations


def extract_figures(article):
    return []
