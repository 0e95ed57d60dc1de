"""Speed of the generator's extraction (`quizapp extract`), against the bare spaCy pipeline.

Prints the model load time, seconds per 1,000 words for the bare pipeline (one `nlp()` pass over
the same cleaned text: the floor no extractor built on it can beat) and for the full extraction
(cleanup + that pass + quotes, affiliations, figures), and peak memory. The bare pipeline is timed
twice: as the generator runs it, and with spaCy's own Matcher back in the attribute ruler (what
`quizapp.generate.attribute_index` replaces).

    python benchmarks/generator.py [--repeat 10] [ARTICLE]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "question_banks" / "kursk-2024" / "article.txt"


def best_of_interleaved(runs: int, *fns, clock=time.perf_counter) -> list[float]:
    """Best time of each function, run in turn so that load from other processes hits all alike."""
    best = [float("inf")] * len(fns)
    for _ in range(runs):
        for i, fn in enumerate(fns):
            t0 = clock()
            fn()
            best[i] = min(best[i], clock() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", default=str(SEED))
    ap.add_argument("--repeat", type=int, default=10, help="copies of the article in one text (default 10)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs; the best is reported (default 5)")
    args = ap.parse_args()

    from quizapp.generate import attribute_index
    from quizapp.generate.cleanup import clean
    from quizapp.generate.extract import extract_facts
    from quizapp.generate.nlp import pipeline

    one = Path(args.article).read_text(encoding="utf-8")
    text = "\n\n".join([one] * args.repeat)
    words = len(text.split())

    t0 = time.perf_counter()
    nlp = pipeline()
    load = time.perf_counter() - t0

    cleaned = clean(text).text
    nlp(cleaned[:2000])  # warm-up: first call allocates
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    indexed = ruler is not None and "match" in vars(ruler)

    def stock() -> None:  # the same pass with the ruler's own Matcher (the class's method)
        if indexed:
            del ruler.match
        try:
            nlp(cleaned)
        finally:
            if indexed:
                attribute_index.install(nlp)

    bare, full, stock_bare = best_of_interleaved(args.runs, lambda: nlp(cleaned), lambda: extract_facts(text),
                                                 stock)
    # CPU time of this process: less disturbed than wall time when other jobs share the machine
    bare_cpu, full_cpu = best_of_interleaved(args.runs, lambda: nlp(cleaned), lambda: extract_facts(text),
                                             clock=time.process_time)
    facts = extract_facts(text)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux

    per_k = 1000 / words
    print(f"article: {Path(args.article).name} x{args.repeat} = {words:,} words; best of {args.runs} runs")
    print(f"model load:                      {load:6.2f} s")
    print(f"baseline, bare spaCy pipeline:   {bare * per_k:6.3f} s per 1,000 words")
    if indexed:
        print(f"  with spaCy's Matcher in the attribute ruler: {stock_bare * per_k:.3f} s per 1,000 words")
    print(f"quizapp extract (full):          {full * per_k:6.3f} s per 1,000 words "
          f"({full / bare:.2f}x the baseline; target < 0.5 s)")
    print(f"extraction rules alone:          {(full - bare) * per_k:6.3f} s per 1,000 words")
    print(f"CPU time, baseline / full:       {bare_cpu * per_k:6.3f} / {full_cpu * per_k:.3f} s per 1,000 words")
    print(f"facts found: {len(facts.quotes)} quotes, {len(facts.affiliations)} affiliations, "
          f"{len(facts.figures)} figures")
    print(f"peak memory (ru_maxrss):         {peak_mb:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
