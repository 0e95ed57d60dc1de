"""`quizapp export` and `quizapp import` from a teacher's shell."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.banks.loader import load_bank
from quizapp.cli import main

ROOT = Path(__file__).parents[2]
KURSK = ROOT / "question_banks" / "kursk-2024"
FACTS = ROOT / "tests" / "data" / "kursk-2024.facts.json"

FOREIGN_GIFT = """// from another teacher
::capital::What is the capital of Finland? {=Helsinki =Helsingfors}

::essay-1::Explain the war in your own words. {}

::area::How many square kilometres? {#1000..1500}
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("fmt", ["qti3", "qti21", "moodle-xml", "gift"])
def test_exported_kursk_bank_imports_into_a_bank_that_validates(tmp_path, fmt):
    exported = tmp_path / f"kursk.{fmt}"
    assert run("export", "kursk-2024", "--format", fmt, "--out", exported).exit_code == 0
    result = run("import", exported, "--article", KURSK / "article.txt", "--out", tmp_path / "back")
    assert result.exit_code == 0, result.output
    assert "83 questions imported, 0 not imported" in result.output
    assert len(load_bank(tmp_path / "back").questions) == 83


def test_export_writes_a_qti12_package_for_canvas(tmp_path):
    result = run("export", "kursk-2024", "--format", "qti12", "--out", tmp_path / "canvas.zip")
    assert result.exit_code == 0 and "83 questions" in result.output
    assert (tmp_path / "canvas.zip").read_bytes()[:2] == b"PK"


def test_generated_bank_survives_export_and_import(tmp_path):
    generated = tmp_path / "generated"
    assert run("generate", KURSK / "article.txt", "--format", "yaml", "--out", generated, "--facts", FACTS).exit_code == 0
    original = load_bank(generated)
    for fmt in ("qti3", "moodle-xml", "gift"):
        assert run("export", generated, "--format", fmt, "--out", tmp_path / f"g.{fmt}").exit_code == 0
        assert run("import", tmp_path / f"g.{fmt}", "--article", generated / "article.txt",
                   "--out", tmp_path / f"back-{fmt}").exit_code == 0
        back = load_bank(tmp_path / f"back-{fmt}")
        assert [(q.id, q.type, q.answer, q.points) for q in back.questions] == \
               [(q.id, q.type, q.answer, q.points) for q in original.questions]


def test_import_lists_what_it_could_not_map_and_the_missing_evidence(tmp_path):
    source = tmp_path / "other.gift"
    source.write_text(FOREIGN_GIFT, encoding="utf-8")
    result = run("import", source, "--article", KURSK / "article.txt", "--out", tmp_path / "bank")
    assert result.exit_code == 0
    assert "other.gift:4: 'essay-1': an essay (free text)" in result.output
    assert "2 questions imported, 1 not imported" in result.output
    assert "2 of them questions without evidence" in result.output


def test_import_never_writes_over_an_existing_folder(tmp_path):
    source = tmp_path / "other.gift"
    source.write_text(FOREIGN_GIFT, encoding="utf-8")
    (tmp_path / "bank").mkdir()
    (tmp_path / "bank" / "bank.yaml").write_text("mine", encoding="utf-8")
    result = run("import", source, "--article", KURSK / "article.txt", "--out", tmp_path / "bank")
    assert result.exit_code == 1 and "already exists" in result.output
    assert (tmp_path / "bank" / "bank.yaml").read_text(encoding="utf-8") == "mine"


def test_a_hostile_file_leaves_no_folder_behind(tmp_path):
    bomb = tmp_path / "laughs.xml"
    bomb.write_bytes(b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]><quiz>&b;</quiz>')
    result = run("import", bomb, "--article", KURSK / "article.txt", "--out", tmp_path / "bank")
    assert result.exit_code == 1 and "billion laughs" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laughs.xml"]
