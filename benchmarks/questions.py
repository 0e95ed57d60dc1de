"""Speed of question generation from extracted facts (`generate_questions`), against the bank
loader's sentence splitter over the same text (a floor: generation splits the article once and
then works per fact).

Uses the seed article repeated N times with the hand-made facts of tests/data shifted to match,
so no spaCy is involved and the figures are about the generator alone.

    python benchmarks/questions.py [--copies 8] [--repeat 5]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quizapp.banks.sentences import sentence_spans
from quizapp.generate import evidence
from quizapp.generate.facts import Affiliation, Facts, Figure, Quote
from quizapp.generate.questions import generate_questions

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "question_banks" / "kursk-2024" / "article.txt"
FACTS = ROOT / "tests" / "data" / "kursk-2024.facts.json"


def long_article(copies: int) -> tuple[str, Facts]:
    text = ARTICLE.read_text(encoding="utf-8")
    data = json.loads(FACTS.read_text(encoding="utf-8"))
    facts, parts = Facts(), []
    for k in range(copies):
        off = k * (len(text) + 2)
        parts.append(text)
        facts.quotes += [Quote(**{**q, "start": q["start"] + off, "end": q["end"] + off}) for q in data["quotes"]]
        facts.affiliations += [Affiliation(**{**a, "start": a["start"] + off, "end": a["end"] + off})
                               for a in data["affiliations"]]
        facts.figures += [Figure(**{**f, "start": f["start"] + off, "end": f["end"] + off}) for f in data["figures"]]
    return "\n\n".join(parts), facts


def best(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        evidence.sentences.cache_clear()  # each run starts cold, as a new article does
        evidence._cleaned.cache_clear()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    text, facts = long_article(args.copies)
    words = len(text.split())
    questions: list = []
    split = best(args.repeat, lambda: sentence_spans(text))
    generate = best(args.repeat, lambda: questions.extend(generate_questions(text, facts)))
    per_run = len(questions) // args.repeat
    print(f"article: {words} words, {len(facts.quotes)} quotes, {len(facts.affiliations)} affiliations, "
          f"{len(facts.figures)} figures -> {per_run} questions")
    print(f"sentence split (floor): {split * 1000 / words * 1000:8.1f} ms per 1,000 words")
    print(f"generate_questions:     {generate * 1000 / words * 1000:8.1f} ms per 1,000 words "
          f"({generate / split:.0f}x the floor, {generate * 1000:.0f} ms in all)")


if __name__ == "__main__":
    main()
