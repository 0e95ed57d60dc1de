"""The generator on real news articles with hand-made gold facts: tests/data/dev (twelve Wikinews
articles, the project's shared evaluation), tests/data/dev2 (five more), tests/data/dev3 and
tests/data/dev4 (eight more each), tests/data/dev5-dev8 (eight, eight, six and eight more, of
2019 and 2020), tests/data/dev9-dev11 (eight each; dev11 was the third held-out set) and dev12, dev14, dev15
(dev14 and dev15 were the first two held-out sets until the sixth session), dev16 and dev17 (the
fourth and fifth held-out sets until the ninth session) and dev18 (the eighth held-out set until the
tenth session), annotated blind for
this project, measured, then developed on. Development data: rules were written while reading these articles'
misses, so the floors hold what was reached; they do not measure generalisation (see
benchmarks/heldout6 and later, and the README, for that)."""
from __future__ import annotations

import json

import pytest
from extraction_gold import DATA, facts_for, keys_supported, pooled, question_problems, tallies

from quizapp.generate.export import questions_json
from quizapp.generate.extract import extract_facts
from quizapp.generate.questions import generate_questions

SETS = {"dev": 12, "dev2": 5, "dev3": 8, "dev4": 8, "dev5": 8, "dev6": 8, "dev7": 6, "dev8": 8,
        "dev9": 8, "dev10": 8, "dev11": 8, "dev12": 8, "dev14": 5, "dev15": 8, "dev16": 8, "dev17": 8, "dev18": 8}
# Pooled when the floors were last raised (2026-11-30): dev quotes P 1.00 R 0.97, affiliations and
# figures P 1.00 R 1.00; dev2 all P 1.00 R 1.00; dev3 quotes P 1.00 R 0.89, affiliations P 1.00
# R 0.82, figures P 1.00 R 1.00; dev4 (after the rules written from its blind misses) quotes P 1.00
# R 0.90, affiliations P 1.00 R 0.88, figures P 1.00 R 0.98. The floors leave a small margin for
# changes elsewhere.
FLOOR = {"quotes": (0.95, 0.92), "affiliations": (0.95, 0.95), "figures": (0.95, 0.95)}
FLOOR_DEV3 = {"quotes": (0.95, 0.85), "affiliations": (0.95, 0.78), "figures": (0.95, 0.95)}
FLOOR_DEV4 = {"quotes": (0.95, 0.86), "affiliations": (0.95, 0.85), "figures": (0.95, 0.95)}
# dev5-dev8 after the rules written from their blind misses (2026-11-30, training scores): quotes
# P 1.00 and R 0.79 / 0.88 / 0.97 / 0.97, affiliations P 1.00 and R 0.97 / 0.92 / 0.85 / 0.88,
# figures P 1.00 R 1.00 on all four.
FLOOR_DEV5_8 = {"quotes": (0.95, 0.75), "affiliations": (0.95, 0.80), "figures": (0.95, 0.95)}
# dev9-dev11 after the rules written from their misses (2026-11-30, fourth session; training scores):
# quotes P 1.00 and R 0.92 / 0.88 / 0.91, affiliations P 1.00 and R 1.00 / 0.89 / 1.00, figures P 0.98 /
# 1.00 / 1.00 and R 0.98 / 0.96 / 0.91.
FLOOR_DEV9_11 = {"quotes": (0.95, 0.85), "affiliations": (0.95, 0.85), "figures": (0.95, 0.88)}
# dev12, dev14 and dev15 in the sixth session (training scores; dev14 and dev15 were held out until
# then): quotes P 1.00 / 1.00 / 0.97 and R 0.81 / 0.79 / 0.90, affiliations P 1.00 / 0.95 / 0.94 and
# R 0.96 / 0.73 / 0.88, figures P 1.00 / 0.94 / 0.97 and R 1.00 / 0.84 / 0.85. dev13 holds no floor: one
# of its figure keys ("two candidates") is a repeat its annotator and the generator count differently.
FLOOR_DEV12_15 = {"quotes": (0.95, 0.75), "affiliations": (0.90, 0.70), "figures": (0.90, 0.80)}
# dev16 and dev17 in the ninth session (held out as heldout4 and heldout5 until then; training scores
# after the rules written from their misses): quotes P 0.97 / 0.97 and R 0.71 / 0.97, affiliations
# P 0.97 / 1.00 and R 0.82 / 0.76, figures P 1.00 / 1.00 and R 0.93 / 0.96.
FLOOR_DEV16_17 = {"quotes": (0.95, 0.68), "affiliations": (0.95, 0.72), "figures": (0.95, 0.90)}
# dev18 in the tenth session (held out as heldout8 until then, at quotes 0.94 / 0.61, affiliations 0.95 /
# 0.73, figures 0.91 / 0.70; training scores after the rules written from its misses): quotes P 0.98 R 0.86,
# affiliations P 0.98 R 0.84, figures P 0.92 R 0.83 (two figures its gold leaves out: an age inside a
# quotation and a partitive "two of her sons").
FLOOR_DEV18 = {"quotes": (0.95, 0.82), "affiliations": (0.95, 0.80), "figures": (0.90, 0.80)}


def _gold_files(name: str):
    return sorted((DATA / name).glob("*.json"))


def _article(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold_path.parent / gold["article"], gold


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_complete(name):
    files = _gold_files(name)
    assert len(files) == SETS[name] and all(_article(g)[0].exists() for g in files)


@pytest.mark.parametrize("name", SETS)
def test_pooled_extraction_meets_the_floor(name):
    results = []
    for gold_path in _gold_files(name):
        path, gold = _article(gold_path)
        results.append(tallies(path.read_text(encoding="utf-8"), gold, facts_for(str(path))))
    for kind, (precision, recall) in pooled(results).items():
        floor_p, floor_r = {"dev3": FLOOR_DEV3, "dev4": FLOOR_DEV4, "dev5": FLOOR_DEV5_8, "dev6": FLOOR_DEV5_8,
                              "dev7": FLOOR_DEV5_8, "dev8": FLOOR_DEV5_8, "dev9": FLOOR_DEV9_11, "dev10": FLOOR_DEV9_11,
                              "dev11": FLOOR_DEV9_11, "dev12": FLOOR_DEV12_15, "dev14": FLOOR_DEV12_15,
                              "dev15": FLOOR_DEV12_15, "dev16": FLOOR_DEV16_17, "dev17": FLOOR_DEV16_17,
                              "dev18": FLOOR_DEV18}.get(name, FLOOR)[kind]
        assert precision >= floor_p, (name, kind, precision)
        assert recall >= floor_r, (name, kind, recall)


@pytest.mark.parametrize("gold_path", [g for name in SETS for g in _gold_files(name)],
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_generated_question_on_a_dev_article_is_valid(gold_path):
    path, gold = _article(gold_path)
    text = path.read_text(encoding="utf-8")
    questions = questions_json(generate_questions(text, extract_facts(text)))["questions"]
    assert question_problems(text, gold, questions) == []
    # every answer key the gold can judge is one it gives (a student who read right is marked right)
    assert [q["id"] for q in questions if not all(keys_supported(text, gold, q))] == []


def test_nearly_every_dev_article_gets_questions():
    """A thin article may offer nothing the rules can ask fairly (its one quotation an
    organisation's, its people's descriptions restating each other): better no question than a
    wrong one. But nearly all do."""
    empty = []
    for name in SETS:
        for gold_path in _gold_files(name):
            path, _ = _article(gold_path)
            text = path.read_text(encoding="utf-8")
            if not generate_questions(text, extract_facts(text)):
                empty.append(gold_path.stem)
    assert len(empty) <= 2, empty
