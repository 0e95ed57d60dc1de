"""Quality of the generator against hand-made gold facts: pooled precision and recall per kind
(quotes, affiliations, figures) over a folder of gold files, questions checked, and the speed.

Each gold file (`NAME.json`) names its article in its `article` field, as in `tests/data/dev/`.
The scoring rules are the project's evaluation rules (`tests/generate/extraction_gold.py`):
quotes by span coverage and speaker, affiliations by person plus organisation or role, figures
by overlap. The baseline printed beside the figures is the targets of the generator issue.

    python benchmarks/extraction.py [FOLDER_OR_GOLD ...] [--verbose]   (default: tests/data/dev)

Say which set a figure comes from: tests/data/dev is development data (rules were written from
it); only articles no rule was written from measure how the generator generalises.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "generate"))
TARGET = (0.95, 0.85)  # precision, recall per kind


def gold_files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(q for q in p.glob("*.json") if "article" in json.loads(q.read_text("utf-8"))) \
            if p.is_dir() else [p]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "tests" / "data" / "dev")])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and false hit")
    args = ap.parse_args()

    from extraction_gold import keys_supported, pooled, question_problems, quote_misses, tallies

    from quizapp.generate.export import questions_json
    from quizapp.generate.extract import extract_facts
    from quizapp.generate.nlp import pipeline
    from quizapp.generate.questions import generate_questions

    pipeline()  # the model load is not the generator's time
    results, valid, total, words, seconds = [], 0, 0, 0, 0.0
    misses = [0, 0, 0]  # named quotes with no covering extraction, of those with a known speaker, given to another
    keys: dict[str, list[int]] = {}  # skill -> [keys the gold gives, keys judged]
    for gold_path in gold_files(args.paths):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (gold_path.parent / gold["article"]).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        facts = extract_facts(text)
        questions = questions_json(generate_questions(text, facts))["questions"]
        seconds += time.perf_counter() - t0
        words += len(text.split())
        log: list[str] = []
        result = tallies(text, gold, facts.to_dict(), log)
        misses = [a + b for a, b in zip(misses, quote_misses(text, gold, facts.to_dict()))]
        problems = question_problems(text, gold, questions)
        for q in questions:
            for judged in keys_supported(text, gold, q):  # a matching question: one per pair
                keys.setdefault(q["skill"], [0, 0])[0] += judged
                keys[q["skill"]][1] += 1
                if not judged:
                    log.append(f"key    UNSUPPORTED  {q['skill']}: {q['prompt'][:60]!r} -> {q['answer']!r}")
        results.append(result)
        valid += len(questions) - len(problems)
        total += len(questions)
        line = "  ".join(f"{k} {a}/{b} {c}/{d}" for k, (a, b, c, d) in result.items())
        print(f"{gold_path.stem:40s} {line}  questions {len(questions) - len(problems)}/{len(questions)}")
        if args.verbose:
            for row in sorted(log) + [f"question INVALID {p}" for p in problems]:
                print("    " + row)
    if not results:
        print("no gold files found", file=sys.stderr)
        return 2
    print(f"\npooled over {len(results)} articles (target: P >= {TARGET[0]}, R >= {TARGET[1]} per kind):")
    for kind, (p, r) in pooled(results).items():
        a, b, c, d = (sum(x[kind][i] for x in results) for i in range(4))
        miss = "" if p >= TARGET[0] and r >= TARGET[1] else "  below target"
        print(f"  {kind:13s} P={p:.2f} ({a}/{b})  R={r:.2f} ({c}/{d}){miss}")
    print(f"  named quotes missed: {misses[0]} with nothing extracted over them ({misses[1]} of them by a speaker "
          f"the generator knows from elsewhere), {misses[2]} extracted for someone else or an organisation")
    print(f"  questions valid {valid}/{total}")
    print("  answer keys the gold gives: " + ", ".join(f"{skill} {a}/{b}" for skill, (a, b) in sorted(keys.items())))
    print(f"  speed: {seconds / words * 1000:.3f} s per 1,000 words, extract + generate, model loaded "
          f"(target < 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
