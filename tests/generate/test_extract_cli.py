"""`quizapp extract`: JSON facts for a good article, one clear line and no traceback for a bad one."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.cli import main

DATA = Path(__file__).parents[1] / "data" / "extract"


def run(*args):
    return CliRunner().invoke(main, ["extract", *map(str, args)])


def assert_clean_failure(result, *phrases):
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:"), result.output
    for phrase in phrases:
        assert phrase in lines[0]


def test_json_facts_are_spans_of_the_file_as_read():
    article = DATA / "port-strike.txt"
    result = run(article, "--format", "json")
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)
    text = article.read_text(encoding="utf-8")
    assert set(facts) == {"quotes", "affiliations", "figures", "statements"}
    assert facts["quotes"] and facts["affiliations"] and facts["figures"]
    for item in facts["quotes"] + facts["figures"] + facts["statements"]:
        assert text[item["start"]:item["end"]] == item["text"]


def test_text_format_lists_each_fact_with_its_offsets():
    result = run(DATA / "port-strike.txt", "--format", "text")
    assert result.exit_code == 0, result.output
    assert "quote [" in result.output and "Maria Delgado" in result.output
    assert "figure [" in result.output and "more than 4,000" in result.output


@pytest.mark.parametrize("content, phrase", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("Caf\u00e9 owners said prices rose.".encode("latin-1"), "UTF-8"),
])
def test_unusable_files_get_one_line(tmp_path, content, phrase):
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    assert_clean_failure(run(article), phrase)


def test_a_missing_file_and_a_folder_get_one_line(tmp_path):
    assert_clean_failure(run(tmp_path / "nope.txt"))
    assert_clean_failure(run(tmp_path))


def test_a_5_mb_file_is_refused_before_parsing(tmp_path):
    article = tmp_path / "huge.txt"
    article.write_text("The council met again on Tuesday. " * 150_000, encoding="utf-8")
    assert_clean_failure(run(article), "MB")


def test_an_article_with_nothing_to_extract_fails_clearly(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The fog lifted slowly over the valley.\n\nBy noon the roads were clear.\n", encoding="utf-8")
    assert_clean_failure(run(article), "no quotations")


def test_an_article_without_quotations_still_gives_its_figures(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("More than 300 homes lost power after the storm, leaving about 900 people without heat.\n",
                       encoding="utf-8")
    result = run(article)
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)
    assert facts["quotes"] == [] and [f["value"] for f in facts["figures"]] == ["more than 300", "about 900"]
    assert "no attributed quotations" in result.stderr


def test_a_missing_spacy_model_is_named_in_one_line(monkeypatch):
    monkeypatch.setenv("QUIZAPP_SPACY_MODEL", "no_such_model_xyz")
    assert_clean_failure(run(DATA / "port-strike.txt"), "no_such_model_xyz")


def test_markdown_articles_are_read_through_their_marks(tmp_path):
    article = tmp_path / "article.md"
    text = ("# Dam vote\n\n**Voters** rejected the plan. \"We *will* try again next year,\" said "
            "[Ana Ruiz](https://example.org/ruiz), the mayor of Halden.\n")
    article.write_text(text, encoding="utf-8")
    result = run(article)
    assert result.exit_code == 0, result.output
    [quote] = json.loads(result.stdout)["quotes"]
    assert quote["speaker"] == "Ana Ruiz" and text[quote["start"]:quote["end"]] == "We *will* try again next year"
