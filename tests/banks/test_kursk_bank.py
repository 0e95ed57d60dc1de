"""The curated kursk-2024 bank keeps the coverage the teachers asked for: every named speaker,
every affiliation and every quantity of the hand-made gold facts has a question grounded in the
text, and every question type is practised more than once."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from quizapp.banks.loader import load_bank
from quizapp.questions import get_type

ROOT = Path(__file__).parents[2]
GOLD = json.loads((ROOT / "tests" / "data" / "kursk-2024.gold.json").read_text(encoding="utf-8"))
TYPES = ("single_choice", "multiple_select", "true_false", "numeric", "short_answer", "matching",
         "evidence_selection")


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "question_banks" / "kursk-2024")


def _names(entry: dict, key: str) -> list[str]:
    return [entry[key], *entry.get("aliases", [])]


def _mentions(text: str, names: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def _keys(question) -> list[str]:
    return question.answer if isinstance(question.answer, list) else [question.answer]


def test_bank_size_and_every_type_at_least_twice(bank):
    assert len(bank.questions) >= 48
    counts = Counter(q.type for q in bank.questions)
    assert {t: counts[t] for t in TYPES if counts[t] < 2} == {}


@pytest.mark.parametrize("speaker", sorted({q["speaker"] for q in GOLD["quotes"] if q["speaker"]}))
def test_every_named_speaker_is_the_key_of_a_who_said_question(bank, speaker):
    keys = {k for q in bank.questions if q.skill == "who_said" and q.type != "multiple_select" for k in _keys(q)}
    assert speaker in keys


@pytest.mark.parametrize("aff", GOLD["affiliations"], ids=lambda a: f"{a['person']}-{a['organization'] or a['role']}")
def test_every_gold_affiliation_has_a_grounded_question(bank, aff):
    """Some affiliation question names the person and cites a quotation stating that very link."""
    person = _names(aff, "person")
    link = [x for x in (aff["organization"], *aff["organization_aliases"], aff["role"]) if x]
    covered = [
        q.id for q in bank.questions if q.skill == "affiliation"
        and _mentions(" ".join([q.prompt, *q.extra.get("prompts", []), *map(str, _keys(q))]), person)
        and any(_mentions(e.text, person) and any(x.casefold() in e.text.casefold() for x in link)
                for e in q.evidence)
    ]
    assert covered, aff


@pytest.mark.parametrize("figure", [f for f in GOLD["figures"] if f["kind"] == "quantity"], ids=lambda f: f["text"])
def test_every_gold_quantity_is_asked_about(bank, figure):
    article = bank.article
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(figure["text"]), article)]
    assert spans, f"gold figure not in the article: {figure['text']}"
    evidence = [e for q in bank.questions if q.skill == "figure" for e in q.evidence]
    assert any(s < e.end and e.start < t for s, t in spans for e in evidence)


def test_who_said_distractors_never_name_the_key_person(bank):
    for q in bank.questions:
        if q.skill == "who_said" and q.type == "single_choice":
            surname = q.answer.split()[-1]
            assert [o for o in q.options if o != q.answer and surname in o] == [], q.id


def test_evidence_selection_has_exactly_one_right_sentence_among_few(bank):
    for q in bank.questions:
        if q.type == "evidence_selection":
            assert 4 <= len(q.options) <= 6, q.id
            assert len(q.answer) == 1, q.id


def test_known_garbles_are_recorded_as_corrections(bank):
    originals = " | ".join(c.original for c in bank.corrections)
    for garble in ("Institute for the Kursk. Study of war", "European Union Council for Foreign Affairs. Relations",
                   "The mail", "Gerard Araud said ,", "swamps, swamps", "Remchukov added"):
        assert garble in originals, garble


def test_points_and_feedback_follow_the_house_rules(bank):
    for q in bank.questions:
        assert q.points == (2 if q.type in ("matching", "multiple_select") else 1), q.id
        assert q.feedback.strip(), q.id


def test_key_of_every_question_scores_full_marks(bank):
    """The bank's own key, fed back as a student's answer, is right: no key is unreachable."""
    for q in bank.questions:
        qtype = get_type(q.type)
        if q.type == "numeric":
            low, high = q.extra.get("range") or (q.answer, q.answer)
            answer = qtype.parse_answer(q, str(low))
            assert qtype.score(q, qtype.parse_answer(q, str(high))).correct, q.id
        elif q.type == "evidence_selection":
            answer = q.answer[0]
        else:
            answer = q.answer
        assert qtype.score(q, answer).correct, q.id


def test_zelensky_spelling_variant_is_accepted(bank):
    q = bank.question("zelenskyy-in-caption")
    qtype = get_type(q.type)
    assert qtype.score(q, "zelensky").correct
    assert not qtype.score(q, "Scholz").correct
