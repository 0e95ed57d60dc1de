"""`quizapp` commands for the banks area."""
from quizapp.cli import main  # noqa: F401
