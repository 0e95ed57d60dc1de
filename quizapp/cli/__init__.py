"""The `quizapp` console script. Each area registers its commands in its own module below."""
from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quizapp")
def main() -> None:
    """quizapp: reading-comprehension quizzes from news articles."""


# Imported for their side effect of adding commands to `main`; each stays cheap to import
# (no spaCy, no Flask app) so `quizapp --help` is instant.
from quizapp.cli import backup, banks, generate, interop, lti, web  # noqa: E402,F401
