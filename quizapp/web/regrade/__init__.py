"""Regrading a question: preview, apply, history (teachers only)."""
