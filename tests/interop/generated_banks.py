"""Hypothesis strategies for whole banks of every question type, loaded through the bank loader
(so every generated bank is one `quizapp validate` accepts), and the comparison a round trip is
judged by."""
from __future__ import annotations

import math
import tempfile
from pathlib import Path

import yaml
from hypothesis import assume
from hypothesis import strategies as st

from quizapp.banks.loader import SKILLS, check_bank
from quizapp.banks.model import Bank, Question
from quizapp.banks.sentences import sentence_spans
from quizapp.questions import TYPES

ARTICLE = (Path(__file__).parents[1] / "data" / "banks" / "mini" / "article.txt").read_text(encoding="utf-8")
SENTENCES = [ARTICLE[s:e] for s, e in sentence_spans(ARTICLE) if "\n" not in ARTICLE[s:e]]
# Every character the formats escape or mark up: GIFT's ~ = # { } : \, XML's < > & " ', Moodle's *.
ALPHABET = "abcXYZ 019~=#{}:\\<>&\"'*%-.,é’“”"


def _clean(text: str) -> bool:
    # Formats trim the ends of a text; GIFT reads a leading %n% as a weight and "->" as a pair.
    return bool(text) and text == text.strip() and not text.startswith("%") and "->" not in text


texts = st.text(alphabet=ALPHABET, min_size=1, max_size=14).filter(_clean)


def distinct(min_size: int, max_size: int):
    return st.lists(texts, min_size=min_size, max_size=max_size, unique_by=lambda s: " ".join(s.split()).casefold())


numbers = st.one_of(st.integers(-10**6, 10**6), st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 3)))


@st.composite
def question_fields(draw, qtype: str) -> dict:
    if qtype == "single_choice":
        options = draw(distinct(2, 5))
        return {"options": options, "answer": draw(st.sampled_from(options)), "ordered": draw(st.booleans())}
    if qtype == "multiple_select":
        options = draw(distinct(2, 6))
        key = [o for o in options if draw(st.booleans())] or options[:1]
        return {"options": options, "answer": key}
    if qtype == "true_false":
        return {"answer": draw(st.booleans())}
    if qtype == "numeric":
        unit = draw(st.none() | texts.filter(lambda t: not any(c.isdigit() for c in t)))
        fields = {"unit": unit} if unit else {}
        if draw(st.booleans()):
            low, high = sorted([draw(numbers), draw(numbers)])
            fields["range"] = [low, high]
            if draw(st.booleans()):
                fields["answer"] = low
            return fields
        fields["answer"] = draw(numbers)
        tolerance = draw(st.none() | st.sampled_from([0, 0.5, 10, 2.25]))
        if tolerance is not None:
            fields["tolerance"] = tolerance
        return fields
    if qtype == "short_answer":
        answer = draw(texts.filter(lambda t: any(c.isalnum() for c in t)))
        accepted = draw(st.lists(texts, max_size=3, unique=True).map(lambda xs: [x for x in xs if x != answer]))
        return {"answer": answer, **({"accepted": accepted} if accepted else {})}
    if qtype == "matching":
        prompts = draw(distinct(2, 4))
        options = draw(distinct(2, 5))
        return {"prompts": prompts, "options": options, "answer": [draw(st.sampled_from(options)) for _ in prompts]}
    options = draw(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4, unique=True))
    return {"options": options, "evidence": draw(st.sampled_from(options))}


@st.composite
def question_entries(draw, index: int, qtype: str | None = None) -> dict:
    qtype = qtype or draw(st.sampled_from(sorted(TYPES)))
    data = {"id": f"q{index}-{qtype.replace('_', '-')}", "type": qtype, "skill": draw(st.sampled_from(SKILLS)),
            "prompt": draw(texts), "points": draw(st.sampled_from([1, 2, 0.5, 1.5, 3]))}
    feedback = draw(st.none() | texts)
    if feedback:
        data["feedback"] = feedback
    data["evidence"] = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=2, unique=True))
    data.update(draw(question_fields(qtype)))
    return data


@st.composite
def banks(draw) -> Bank:
    # One question of every type, in a drawn order, and a few more of any type.
    types = draw(st.permutations(sorted(TYPES))) + draw(st.lists(st.sampled_from(sorted(TYPES)), max_size=3))
    entries = [draw(question_entries(i, qtype)) for i, qtype in enumerate(types)]
    bank = load_entries(entries)
    assume(bank is not None)  # e.g. a generated option list the loader refuses
    return bank


def load_entries(entries: list[dict]) -> Bank | None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "generated"
        folder.mkdir()
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        head = {"format": 1, "id": "generated", "title": "Generated: {a} ~b = #c",
                "source": {"title": "Drones", "publication": "Test", "date": "2024-11-20", "file": "article.txt"}}
        (folder / "bank.yaml").write_text(yaml.safe_dump({**head, "questions": entries}, allow_unicode=True),
                                          encoding="utf-8")
        bank, _ = check_bank(folder)
    return bank


def comparable(q: Question, *, range_as_tolerance: bool = False) -> dict:
    """What must survive a round trip. Equivalent forms compare equal: a tolerance of 0 and none,
    an alias repeated as the answer, the order of a matching question's right-hand options (students
    see them shuffled), and - where a format writes a range as value ± tolerance - the range's bounds."""
    data = q.to_dict()
    extra = dict(data.pop("extra"))
    data["evidence"] = [e["text"] for e in data["evidence"]]
    if q.type == "numeric":
        low, high = TYPES["numeric"]._bounds(q)
        extra.pop("tolerance", None), extra.pop("range", None)
        extra["bounds"] = (round(low, 6), round(high, 6))
        if range_as_tolerance:  # the bounds are the key; a range's own answer is not kept
            data["answer"] = None
        extra["unit"] = extra.get("unit") or None
    if q.type == "short_answer":
        extra["accepted"] = sorted(set(extra.get("accepted") or []) - {q.answer})
    if q.type == "matching":
        data["options"] = sorted(data["options"])
    if not extra.get("ordered"):
        extra.pop("ordered", None)
    data["extra"] = extra
    return data


def bounds_close(a: tuple, b: tuple) -> bool:
    return all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-6) for x, y in zip(a, b))
