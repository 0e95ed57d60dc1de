"""`quizapp` commands for the web area."""
from quizapp.cli import main  # noqa: F401
