"""The student area: home, the quiz page, autosave, review-and-confirm, submission and review."""
