"""`quizapp` commands for the generate area."""
from quizapp.cli import main  # noqa: F401
