"""Quizzes built from a bank version, and their assignment to classes."""
