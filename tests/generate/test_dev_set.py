"""The generator on twelve real news articles (tests/data/dev: Wikinews, CC BY 2.5, gold facts made
for the project's evaluation). Development data: rules have been written while reading these
articles, so the floors below hold what was reached, they do not measure generalisation."""
from __future__ import annotations

import json

import pytest
from extraction_gold import DATA, facts_for, pooled, question_problems, tallies

from quizapp.generate.export import questions_json
from quizapp.generate.extract import extract_facts
from quizapp.generate.questions import generate_questions

DEV = DATA / "dev"
GOLD = sorted(p for p in DEV.glob("*.json"))
# Pooled over the twelve articles when the floors were last raised, less a small margin:
# see benchmarks/extraction.py for the figures themselves.
FLOOR = {"quotes": (0.95, 0.60), "affiliations": (0.80, 0.58), "figures": (0.88, 0.60)}


def _article(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return DEV / gold["article"], gold


def test_the_dev_set_is_complete():
    assert len(GOLD) == 12 and all(_article(g)[0].exists() for g in GOLD)


def test_dev_set_pooled_extraction_meets_the_floor():
    results = []
    for gold_path in GOLD:
        path, gold = _article(gold_path)
        results.append(tallies(path.read_text(encoding="utf-8"), gold, facts_for(str(path))))
    for kind, (precision, recall) in pooled(results).items():
        floor_p, floor_r = FLOOR[kind]
        assert precision >= floor_p, (kind, precision)
        assert recall >= floor_r, (kind, recall)


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_every_generated_question_on_a_dev_article_is_valid(gold_path):
    path, gold = _article(gold_path)
    text = path.read_text(encoding="utf-8")
    questions = questions_json(generate_questions(text, extract_facts(text)))["questions"]
    assert questions
    assert question_problems(text, gold, questions) == []
