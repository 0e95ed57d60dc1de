"""Only what pyproject.toml cannot say: map the top-level templates/ and question_banks/ folders
into the wheel as `quizapp._templates` and `quizapp._banks`
(and migrations/ as `quizapp._migrations`, see quizapp/web/database.py) (see quizapp/paths.py)."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["quizapp", "quizapp.*"]) + ["quizapp._templates", "quizapp._banks", "quizapp._migrations"],
    package_dir={"quizapp._templates": "templates", "quizapp._banks": "question_banks",
                 "quizapp._migrations": "migrations"},
)
