"""Attempts: the state changes a student's work goes through (start, save, submit, reopen)."""
