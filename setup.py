"""Only what pyproject.toml cannot say: map the top-level templates/ and question_banks/ folders
into the wheel as `quizapp._templates` and `quizapp._banks` (see quizapp/paths.py)."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["quizapp", "quizapp.*"]) + ["quizapp._templates", "quizapp._banks"],
    package_dir={"quizapp._templates": "templates", "quizapp._banks": "question_banks"},
)
