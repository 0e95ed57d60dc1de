import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.cli import main

MINI = Path(__file__).parents[1] / "data" / "banks" / "mini"


@pytest.fixture
def bank_copy(tmp_path, monkeypatch):
    """A copy of the mini bank in the working directory, edited by (old, new) replacements."""
    monkeypatch.chdir(tmp_path)

    def make(*replacements):
        shutil.copytree(MINI, tmp_path / "mini")
        path = tmp_path / "mini" / "bank.yaml"
        text = path.read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, old
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
        lines = text.splitlines()
        return lambda needle, nth=1: [n for n, line in enumerate(lines, 1) if needle in line][nth - 1]

    return make


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_validate_reports_three_problems_with_lines_and_fails(bank_copy):
    line = bank_copy(
        ("destroyed more than 50 Russian vehicles", "destroyed more than 60 Russian vehicles"),
        ("answer: Artem Efanov", "answer: Efanov"),
        ("id: analysts", "id: efanov-lines"),
    )
    result = run("validate", "mini")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"mini/bank.yaml:{line('answer: Efanov')}: question 'efanov-lines': answer 'Efanov' is not one of its options",
        f"mini/bank.yaml:{line('id: efanov-lines', 2)}: question 'efanov-lines': duplicate id 'efanov-lines' (first used at line 14)",
        f"mini/bank.yaml:{line('more than 60')}: question 'vehicles': evidence “destroyed more than 60 Russian vehicles” "
        "is not in the article; closest passage: “destroyed more than 50 Russian vehicles.”",
        "3 problems in 1 file",
    ]


def test_validate_ok_counts_banks_and_questions(bank_copy):
    bank_copy()
    result = run("validate", "mini", str(MINI))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "OK: 2 banks, 16 questions"


def test_validate_yaml_error_is_a_message_not_a_traceback(bank_copy):
    line = bank_copy(("  - id: vehicles", "  - id: vehicles\n   bad: [indent"))
    result = run("validate", "mini")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("mini/bank.yaml:") and "YAML syntax error" in result.output
    assert int(result.output.split(":")[1]) >= line("id: vehicles")


def test_show_sheet_marks_the_key_and_quotes_evidence_with_offsets():
    result = run("show", str(MINI))
    assert result.exit_code == 0
    sheet = result.output
    assert sheet.index("Corrections this bank relies on:") < sheet.index("1. efanov-lines")
    assert "   [x] Artem Efanov\n   [ ] Oleksandr" in sheet
    assert "Evidence [149:189]: “We are holding the lines,” Efanov said." in sheet
    assert "Key: between 1,000 and 1,500 square kilometers" in sheet
    assert "Feedback: Efanov, the drone operator, said it." in sheet


def test_show_json_has_resolved_evidence():
    data = json.loads(run("show", str(MINI), "--format", "json").output)
    q = data["questions"][0]
    assert (data["id"], q["id"], q["type"], q["answer"]) == ("mini", "efanov-lines", "single_choice", "Artem Efanov")
    assert q["evidence"] == [{"text": "“We are holding the lines,” Efanov said.", "start": 149, "end": 189}]
    assert data["questions"][4]["extra"] == {"range": [1000, 1500], "unit": "square kilometers"}


def test_show_broken_bank_lists_problems_and_fails(bank_copy):
    bank_copy(("answer: Artem Efanov", "answer: Efanov"))
    result = run("show", "mini")
    assert result.exit_code == 1
    assert "answer 'Efanov' is not one of its options" in result.output
    assert "Error: mini/bank.yaml has 1 problem; fix them first" in result.output


def test_show_unknown_bank_names_the_bundled_ones():
    result = run("show", "no-such-bank")
    assert result.exit_code == 1 and "no bank at 'no-such-bank'" in result.output


def test_score_prints_items_and_total(tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"efanov-lines": "artem efanov", "analysts": ["Pasi Paroinen"], "area": "1 200"}))
    result = run("score", str(MINI), str(answers))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "efanov-lines" in lines[0] and "1/1" in lines[0]
    assert "analysts" in lines[1] and "1/2" in lines[1]
    assert "(no answer)" in lines[2]
    assert lines[-1] == "Total: 3/9 (33.3%)"


def test_score_reports_unknown_ids_and_unreadable_answers(tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"vehicles": "1.5k", "ghost": "x"}))
    result = run("score", str(MINI), str(answers))
    assert result.exit_code == 1
    assert f"{answers}: unknown question id 'ghost' (not in bank mini)" in result.output
    assert "question 'vehicles': cannot read answer \"1.5k\": write the number in digits, e.g. 1500" in result.output
    assert "Total: 0/9" in result.output


def test_score_bad_json_file(tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text('{"vehicles": 50,\n}')
    result = run("score", str(MINI), str(answers))
    assert result.exit_code == 1 and f"{answers}:2: not valid JSON" in result.output
