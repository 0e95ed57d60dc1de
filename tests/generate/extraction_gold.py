"""A compact scorer for extracted facts against a hand-made gold file (tests/data/*.gold.json),
with the matching rules of the project's evaluation: quotes by span coverage and speaker name,
affiliations by person plus organisation or role, figures by any overlap with a gold figure."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "question_banks" / "kursk-2024" / "article.txt"
STOP = {"the", "a", "an", "of", "at", "for", "and", "in", "on", "to", "with"}


def words(s: str | None) -> set[str]:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return set(re.sub(r"[^\w\s]", " ", s.lower()).split()) - STOP


def same_name(gold: str, got: str, aliases=()) -> bool:
    x = words(got)
    return bool(x) and any(g and (g <= x or x <= g) for g in map(words, (gold, *aliases)))


def same_phrase(gold: str, got: str, aliases=()) -> bool:
    x = words(got)
    return bool(x) and any(g and (len(g & x) / len(g) >= 0.6 or x <= g) for g in map(words, (gold, *aliases)) if gold)


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)]


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def grounded(text: str, item: dict) -> bool:
    s, e = item.get("start"), item.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text) and text[s:e] == item.get("text")


def score(text: str, gold: dict, facts: dict) -> dict[str, tuple[float, float]]:
    """{kind: (precision, recall)}."""
    out = {}
    # quotes
    golds = [(g, sp) for g in gold["quotes"] for sp in spans(text, g["quote"])]
    right, counted, hit = 0, 0, set()
    for x in facts["quotes"]:
        xs = (x["start"], x["end"])
        near = [(g, sp) for g, sp in golds if grounded(text, x) and (
            overlap(sp, xs) >= 0.5 * (sp[1] - sp[0]) or overlap(sp, xs) >= 0.5 * (xs[1] - xs[0]))]
        if near and all(g["speaker"] is None for g, _ in near):
            continue
        counted += 1
        named = [(g, sp) for g, sp in near if g["speaker"]]
        ok = [g for g, sp in named if same_name(g["speaker"], x["speaker"], g["aliases"])]
        bad = [g for g, sp in named if not same_name(g["speaker"], x["speaker"], g["aliases"])
               and overlap(sp, xs) >= 0.5 * (xs[1] - xs[0])]
        if ok and not bad:
            right += 1
            hit.update(id(g) for g in ok)
    named_gold = [g for g in gold["quotes"] if g["speaker"]]
    out["quotes"] = (_ratio(right, counted), _ratio(sum(id(g) in hit for g in named_gold), len(named_gold)))
    # affiliations
    def matches(g, x):
        return same_name(g["person"], x["person"], g["aliases"]) and (
            bool(g["organization"] and x["organization"]
                 and same_phrase(g["organization"], x["organization"], g["organization_aliases"]))
            or bool(g["role"] and x["role"] and same_phrase(g["role"], x["role"])))
    right, hit = 0, set()
    for x in facts["affiliations"]:
        ms = [g for g in gold["affiliations"] if matches(g, x)]
        right += bool(ms)
        hit.update(id(g) for g in ms)
    out["affiliations"] = (_ratio(right, len(facts["affiliations"])), _ratio(len(hit), len(gold["affiliations"])))
    # figures
    golds = [(g, sp) for g in gold["figures"] for sp in spans(text, g["text"])]
    right, hit = 0, set()
    for x in facts["figures"]:
        near = [g for g, sp in golds if grounded(text, x) and overlap(sp, (x["start"], x["end"])) > 0]
        right += bool(near)
        hit.update(id(g) for g in near)
    qty = [g for g in gold["figures"] if g.get("kind", "quantity") == "quantity"]
    out["figures"] = (_ratio(right, len(facts["figures"])), _ratio(sum(id(g) in hit for g in qty), len(qty)))
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def load_gold(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def facts_for(path: str) -> dict:
    """Facts for an article file, extracted once per test session."""
    from quizapp.generate.extract import extract_facts

    return extract_facts(Path(path).read_text(encoding="utf-8")).to_dict()
