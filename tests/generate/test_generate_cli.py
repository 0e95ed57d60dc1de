import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.banks.loader import check_bank
from quizapp.cli import main

DATA = Path(__file__).parents[1] / "data/generator"
ARTICLE, FACTS = DATA / "harbour.txt", DATA / "harbour.facts.json"


def run(*args):
    return CliRunner().invoke(main, ["generate", *map(str, args)])


def test_json_lists_questions_with_one_evidence_span_each():
    result = run(ARTICLE, "--facts", FACTS, "--format", "json")
    assert result.exit_code == 0, result.output
    text = ARTICLE.read_text(encoding="utf-8")
    questions = json.loads(result.stdout)["questions"]
    assert len(questions) >= 10
    for q in questions:
        assert {"id", "type", "skill", "prompt", "options", "answer", "evidence"} <= set(q)
        ev = q["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_out_writes_a_bank_folder_the_loader_accepts(tmp_path):
    result = run(ARTICLE, "--facts", FACTS, "--format", "yaml", "--out", tmp_path / "harbour-wall",
                 "--date", "2025-03-04", "--publication", "Coast Post")
    assert result.exit_code == 0, result.output
    bank, problems = check_bank(tmp_path / "harbour-wall")
    assert problems == [] and bank.id == "harbour-wall" and bank.source.date == "2025-03-04"
    assert len(bank.questions) >= 10


def test_printed_yaml_validates_when_saved_beside_the_article(tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(Path(ARTICLE).read_text(encoding="utf-8"), encoding="utf-8")
    result = run(article, "--facts", FACTS, "--format", "yaml")
    assert result.exit_code == 0, result.output
    (tmp_path / "bank.yaml").write_text(result.stdout, encoding="utf-8")
    bank, problems = check_bank(tmp_path / "bank.yaml")
    assert problems == []
    assert {q.type for q in bank.questions} >= {"single_choice", "matching", "numeric"}


def test_out_does_not_overwrite_a_bank_without_force(tmp_path):
    assert run(ARTICLE, "--facts", FACTS, "--format", "yaml", "--out", tmp_path).exit_code == 0
    again = run(ARTICLE, "--facts", FACTS, "--format", "yaml", "--out", tmp_path)
    assert again.exit_code == 1 and "already exists" in again.output


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"  \n\n ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("caf\u00e9 news".encode("latin-1"), "not UTF-8"),
])
def test_an_unusable_article_gets_one_line_and_no_traceback(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = run(path, "--facts", FACTS)
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an error escaping


def test_a_missing_article_is_named(tmp_path):
    result = run(tmp_path / "nope.txt", "--facts", FACTS)
    assert result.exit_code != 0 and "nope.txt" in result.output and "Traceback" not in result.output


def test_without_quotations_other_questions_are_still_printed_with_a_note(tmp_path):
    facts = json.loads(FACTS.read_text(encoding="utf-8"))
    facts["quotes"] = []
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    result = run(ARTICLE, "--facts", path)
    assert result.exit_code == 0
    assert "no quotations" in result.stderr
    assert all(q["skill"] != "who_said" for q in json.loads(result.stdout)["questions"])


def test_nothing_to_ask_about_exits_non_zero_with_a_message(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"quotes": [], "affiliations": [], "figures": []}), encoding="utf-8")
    result = run(ARTICLE, "--facts", path)
    assert result.exit_code == 1 and "no questions could be generated" in result.output


def test_a_broken_facts_file_is_reported(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text('{"quotes": [{"who": 1}]}', encoding="utf-8")
    result = run(ARTICLE, "--facts", path)
    assert result.exit_code == 1 and "not a facts file" in result.output


def test_extraction_runs_when_no_facts_are_given(tmp_path):
    shutil.copy(ARTICLE, tmp_path / "article.txt")
    result = run(tmp_path / "article.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    questions = json.loads(result.stdout)["questions"]
    assert any(q["skill"] == "who_said" and q["answer"] == "Tomas Berg" for q in questions)


def test_output_is_the_same_in_another_process_with_another_hash_seed():
    import os
    import subprocess
    import sys

    def once(seed):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", "from quizapp.cli import main; main()", "generate",
                               str(ARTICLE), "--facts", str(FACTS)], env=env, capture_output=True, check=True).stdout

    assert once("1") == once("2")
