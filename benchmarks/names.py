"""Person detection against hand-made gold: how many mentions of the gold persons People accepts as
persons, and which names it accepts as persons that are no gold person (organisations, places,
products that end up as speakers or affiliation persons).

Every gold person is a quote speaker or an affiliation person of a gold file, with its aliases.
Each mention of such a name in the text (longest names first, no overlaps; aliases that are
descriptions such as "the French president" are left out) counts as found when People.is_person
accepts its last word and
names the gold person by it (a bare surname taken for another person of that surname is a miss). False persons are the speakers and affiliation persons of the extraction
that match no gold person (a real person the gold leaves out shows up here too: read the list).
With --verbose, every other name People accepts as a person is listed too, unscored.

    python benchmarks/names.py [FOLDER ...] [--verbose]
    (default: dev..dev8 and dev9..dev11, pooled separately)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "generate"))
DATA = ROOT / "tests" / "data"
OLD = [DATA / d for d in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")]
NEW = [DATA / d for d in ("dev9", "dev10", "dev11")]
LEADING = {"the", "a", "an", "his", "her", "their", "its", "former", "then"}


def gold_files(folders: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in folders:
        out += sorted(q for q in p.glob("*.json") if "article" in json.loads(q.read_text("utf-8"))) \
            if p.is_dir() else [p]
    return out


def gold_persons(gold: dict) -> list[tuple[str, list[str]]]:
    """(name, aliases) of every person the gold names, once each."""
    persons: dict[str, set[str]] = {}
    for q in gold.get("quotes", []):
        if q.get("speaker"):
            persons.setdefault(q["speaker"], set()).update(q.get("aliases", []))
    for a in gold.get("affiliations", []):
        if a.get("person"):
            persons.setdefault(a["person"], set()).update(a.get("aliases", []))
    return [(name, sorted(aliases)) for name, aliases in persons.items()]


def name_like(s: str) -> bool:
    """A name, not a description: every word capitalised, no leading article or possessive, and
    not titles only ("Detective Inspector")."""
    from quizapp.generate.lexicon import ROLE_NOUNS, TITLE_MODIFIERS

    words = s.split()
    return (bool(words) and words[0].lower() not in LEADING and all(w[:1].isupper() for w in words)
            and any(w.lower() not in ROLE_NOUNS | TITLE_MODIFIERS for w in words))


def mentions(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Where the names stand in `text`, longest first, whole words, no overlaps."""
    taken: list[tuple[int, int, str]] = []
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), name))
    return sorted(taken)


def check(gold_path: Path, verbose: bool) -> tuple[int, int, list[str], list[str]]:
    from extraction_gold import same_name

    from quizapp.generate.affiliations import extract_affiliations
    from quizapp.generate.article import Article
    from quizapp.generate.names import NAME_SUFFIXES
    from quizapp.generate.quotes import extract_statements

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["article"]).read_text(encoding="utf-8")
    article = Article.read(text)
    people = article.people
    persons = gold_persons(gold)
    names = [n for name, aliases in persons for n in (name, *aliases) if name_like(n)]
    person = {n: name for name, aliases in persons for n in (name, *aliases)}
    found, total, missed = 0, 0, []
    by_start = {t.idx: t for t in article.tokens}
    for start, end, name in mentions(article.text, names):
        toks = [t for t in article.tokens if start <= t.idx < end and t.is_alpha and t.text not in NAME_SUFFIXES]
        if not toks or toks[0].idx not in by_start or article.text[start - 1: start] == "-":
            continue  # inside a longer word ("pro-Berg"): not a mention of the person
        total += 1
        t = toks[-1]
        line = article.text[max(0, start - 50): end + 40].replace("\n", " ")
        got = people.person_name(t)
        if got is not None and any(same_name(n, got, a) for n, a in persons if n == person[name]):
            found += 1
        elif got is not None:
            missed.append(f"{name!r} NAMED {got!r} ...{line}...")
        else:
            missed.append(f"{name!r} [{t.ent_type_ or '-'}/{t.pos_}/{t.dep_}] ...{line}...")
    if verbose:  # every other name People accepts: real people the gold leaves out, or false persons
        others = {people.person_name(t) for t in article.tokens} - {None}
        others = sorted(n for n in others if not any(same_name(g, n, a) for g, a in persons))
        if others:
            missed.append(f"(other names accepted as persons, not scored: {', '.join(others)})")
    quotes, _ = extract_statements(article)
    got = [q.speaker for q in quotes] + [a.person for a in extract_affiliations(article)]
    false = sorted({g for g in got if g and not any(same_name(n, g, a) for n, a in persons)})
    return found, total, missed, false


def report(label: str, folders: list[Path], verbose: bool) -> None:
    found = total = 0
    false_all: list[str] = []
    for path in gold_files(folders):
        f, t, missed, false = check(path, verbose)
        found, total = found + f, total + t
        false_all += [f"{path.stem}: {x}" for x in false]
        print(f"{path.parent.name + '/' + path.stem:48s} persons {f}/{t}  false {len(false)}")
        if verbose:
            for m in missed:
                print(f"    {'' if m.startswith('(') else 'MISS '}{m}")
            for x in false:
                print(f"    FALSE {x}")
    rate = found / total if total else 1.0
    print(f"== {label}: person recall {rate:.3f} ({found}/{total}), false persons {len(false_all)}\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every missed mention and false person")
    args = ap.parse_args()
    from quizapp.generate.nlp import pipeline

    pipeline()
    if args.paths:
        report("given", [Path(p) for p in args.paths], args.verbose)
    else:
        report("dev..dev8", OLD, args.verbose)
        report("dev9..dev11", NEW, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
