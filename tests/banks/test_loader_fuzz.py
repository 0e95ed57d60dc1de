"""Whatever a teacher does to a bank file, validation answers with problems, never a traceback."""
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.banks.loader import check_bank

MINI = Path(__file__).parents[1] / "data" / "banks" / "mini"
LINES = (MINI / "bank.yaml").read_text(encoding="utf-8").splitlines()
ARTICLE = (MINI / "article.txt").read_text(encoding="utf-8")
VALUES = ["", "null", "-1", "0", "2.5", "yes", "[]", "[a, b]", "[1, [2]]", "{x: 1}", "'text'", "[Efanov, Efanov]",
          "\"We are holding\"", "[1000]", "[b, a, 3]", "{", "'unclosed", "true", "2024-11-31", "!!binary aGk="]

mutation = st.tuples(st.integers(0, len(LINES) - 1), st.sampled_from(["value", "delete", "duplicate", "dedent"]),
                     st.sampled_from(VALUES))


def mutate(lines, changes):
    lines = list(lines)
    for index, kind, value in changes:
        index %= len(lines)
        line = lines[index]
        if kind == "value" and ":" in line:
            lines[index] = line[: line.index(":") + 1] + " " + value
        elif kind == "delete":
            del lines[index]
        elif kind == "duplicate":
            lines.insert(index, line)
        elif kind == "dedent":
            lines[index] = line.lstrip()
        if not lines:
            lines = [""]
    return "\n".join(lines) + "\n"


@settings(max_examples=250, deadline=None)
@given(st.lists(mutation, min_size=1, max_size=3))
def test_mutated_bank_gives_problems_or_a_bank_never_an_exception(changes):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        (folder / "bank.yaml").write_text(mutate(LINES, changes), encoding="utf-8")
        bank, problems = check_bank(folder)
    assert (bank is None) == bool(problems)
    for problem in problems:
        assert problem.message and (problem.line is None or problem.line >= 1)
