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


def _folded(s: str | None) -> str:
    """Lower case, accents and punctuation dropped, words single-spaced."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def words(s: str | None) -> set[str]:
    return set(_folded(s).split()) - STOP


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
    return {kind: (_ratio(a, b), _ratio(c, d)) for kind, (a, b, c, d) in tallies(text, gold, facts).items()}


def pooled(results: list[dict[str, tuple[int, int, int, int]]]) -> dict[str, tuple[float, float]]:
    """{kind: (precision, recall)} over several articles' tallies taken together."""
    out = {}
    for kind in results[0]:
        a, b, c, d = (sum(r[kind][i] for r in results) for i in range(4))
        out[kind] = (_ratio(a, b), _ratio(c, d))
    return out


def _covers(gold_span, got_span) -> bool:
    """An extracted span is about a gold quote's words when it covers half of them, or they half of it."""
    ov = overlap(gold_span, got_span)
    return ov >= 0.5 * (gold_span[1] - gold_span[0]) or ov >= 0.5 * (got_span[1] - got_span[0])


def tallies(text: str, gold: dict, facts: dict, log: list[str] | None = None) -> dict[str, tuple[int, int, int, int]]:
    """{kind: (right, extracted, gold found, gold)}: precision is right/extracted, recall found/gold.
    Each false hit and miss is appended to `log` when one is given."""
    out = {}
    # quotes
    golds = [(g, sp) for g in gold["quotes"] for sp in spans(text, g["quote"])]
    right, counted, hit = 0, 0, set()
    for x in facts["quotes"]:
        xs = (x["start"], x["end"])
        near = [(g, sp) for g, sp in golds if grounded(text, x) and _covers(sp, xs)]
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
        elif log is not None:
            who = named[0][0]["speaker"] if named else "nobody"
            log.append(f"quote  FALSE   said by {x['speaker']!r} (gold: {who!r}): {x['text'][:70]!r}")
    named_gold = [g for g in gold["quotes"] if g["speaker"]]
    if log is not None:
        log += [f"quote  MISSED  {g['speaker']!r}: {g['quote'][:70]!r}" for g in named_gold if id(g) not in hit]
    out["quotes"] = (right, counted, sum(id(g) in hit for g in named_gold), len(named_gold))
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
        if log is not None and not ms:
            log.append(f"affil  FALSE   {x['person']!r}: org={x['organization']!r} role={x['role']!r}")
    if log is not None:
        log += [f"affil  MISSED  {g['person']!r}: org={g['organization']!r} role={g['role']!r}"
                for g in gold["affiliations"] if id(g) not in hit]
    out["affiliations"] = (right, len(facts["affiliations"]), len(hit), len(gold["affiliations"]))
    # figures
    golds = [(g, sp) for g in gold["figures"] for sp in spans(text, g["text"])]
    right, hit = 0, set()
    for x in facts["figures"]:
        near = [g for g, sp in golds if grounded(text, x) and overlap(sp, (x["start"], x["end"])) > 0]
        right += bool(near)
        hit.update(id(g) for g in near)
        if log is not None and not near:
            log.append(f"figure FALSE   {x['text'][:60]!r}")
    qty = [g for g in gold["figures"] if g.get("kind", "quantity") == "quantity"]
    if log is not None:
        log += [f"figure MISSED  {g['text']!r} ({g['counts']})" for g in qty if id(g) not in hit]
    out["figures"] = (right, len(facts["figures"]), sum(id(g) in hit for g in qty), len(qty))
    return out


def quote_misses(text: str, gold: dict, facts: dict) -> tuple[int, int, int]:
    """Why named gold quotes are missed: (no extracted quote or statement covers the words at all,
    of those the ones whose speaker the generator knows from another quote or an affiliation, a
    covering quote given to someone else or to an organisation). Tells a missing construction from
    a wrong speaker."""
    found = [(x["start"], x["end"], x["speaker"]) for x in facts["quotes"]] + [
        (x["start"], x["end"], None) for x in facts.get("statements", [])]
    known = {x["speaker"] for x in facts["quotes"]} | {x["person"] for x in facts["affiliations"]}
    none = none_known = other = 0
    for g in gold["quotes"]:
        if not g["speaker"]:
            continue
        near = [x for sp in spans(text, g["quote"]) for x in found if _covers(sp, x[:2])]
        if not near:
            none += 1
            none_known += any(same_name(g["speaker"], k, g["aliases"]) for k in known)
        elif not any(x[2] and same_name(g["speaker"], x[2], g["aliases"]) for x in near):
            other += 1
    return none, none_known, other


def question_problems(text: str, gold: dict, questions: list[dict]) -> list[str]:
    """Why each invalid question is invalid: evidence not an exact span, key not among the
    options, options that repeat or restate the key, a who-said key that is not the gold speaker."""
    problems = []
    for q in questions:
        ev, opts = q["evidence"], [str(o) for o in q.get("options") or []]
        keys = [str(a) for a in (q["answer"] if isinstance(q["answer"], list) else [q["answer"]])]
        why = []
        if not grounded(text, ev):
            why.append("evidence not grounded")
        if opts:
            if any(k not in opts for k in keys):
                why.append("key not among options")
            if len({_folded(o) for o in opts}) != len(opts):
                why.append("duplicate options")
            why += [f"{o!r} restates {k!r}" for o in opts if o not in keys for k in keys
                    if words(o) and words(k) and (words(o) <= words(k) or words(k) <= words(o))]
        if q["skill"] == "who_said" and not why:
            xs = (ev["start"], ev["end"])
            named = [g for g in gold["quotes"] if g["speaker"] and any(
                overlap(sp, xs) >= 0.5 * (sp[1] - sp[0]) for sp in spans(text, g["quote"]))]
            if named and not any(same_name(g["speaker"], k, g["aliases"]) for g in named for k in keys):
                why.append(f"key {keys}, gold speaker {named[0]['speaker']!r}")
        if why:
            problems.append(f"{q['id']}: {'; '.join(why)}")
    return problems


_ASKED_PERSON = [re.compile(p) for p in (
    r"which (?:organisation|party|\w+) (?:does|did) (.+?) (?:belong to|serve with)\?$",
    r"^How does the article describe (.+?)\?$",
    r"^According to the article, (.+?) (?:is|was) (?:the|an?) .+ which organisation\?$",
)]


def _singular(role: str) -> str:
    """"Senior Advisors" -> "Senior Advisor": a plural title over several names, as annotators
    write it, describes each of them; the question asks it in the singular."""
    from quizapp.generate.lexicon import ROLE_PLURALS

    return " ".join(ROLE_PLURALS.get(w.lower(), w) for w in role.split())


def key_supported(text: str, gold: dict, q: dict) -> bool | None:
    """Whether the gold gives a question's answer key: a who-said key is the gold speaker of the
    evidence, an affiliation key a gold organisation or role of the person asked about, a figure key
    a gold figure inside the evidence. None where the check does not apply (true/false, matching,
    organisations' statements). A key the gold does not give is not surely wrong (the gold may lack
    the item), but every wrong key is among them."""
    ev = q["evidence"]
    xs = (ev["start"], ev["end"])
    key = q["answer"]
    if q["type"] != "single_choice" and q["type"] != "numeric" or isinstance(key, list):
        return None
    if q["skill"] == "who_said":
        near = [g for g in gold["quotes"] if any(overlap(sp, xs) >= 0.5 * (sp[1] - sp[0]) for sp in spans(text, g["quote"]))]
        if near and all(g["speaker"] is None for g in near):
            return None
        return any(g["speaker"] and same_name(g["speaker"], str(key), g.get("aliases", [])) for g in near)
    if q["skill"] == "affiliation":
        person = next((m.group(1) for r in _ASKED_PERSON for m in [r.search(q["prompt"])] if m), None)
        if person is None:
            return None
        return any(same_name(g["person"], person, g.get("aliases", [])) and (
            g.get("organization") and same_phrase(g["organization"], str(key), g.get("organization_aliases", []))
            or g.get("role") and (same_phrase(g["role"], str(key)) or same_phrase(_singular(g["role"]), str(key))))
            for g in gold["affiliations"])
    if q["skill"] == "figure":
        shown = str(key) if key is not None else " ".join(str(v) for v in q.get("range") or [])
        want = {w.strip(".,").replace(",", "") for w in re.findall(r"[\w.,]+", shown.lower())} - {"about", "around", "over", "more",
                                                                                       "than", "at", "least", "nearly"}
        return any(overlap(sp, xs) > 0 and want & {w.strip(".,").replace(",", "") for w in re.findall(r"[\w.,]+", g["text"].lower())}
                   for g in gold["figures"] for sp in spans(text, g["text"]))
    return None


def keys_supported(text: str, gold: dict, q: dict) -> list[bool]:
    """`key_supported` for each key a question gives: one for a single choice, one per pair of a
    matching question of people and their descriptions (each pair asked as "How does the article
    describe X?" with its own evidence); none where the check does not apply."""
    if q["type"] == "matching" and q["skill"] == "affiliation" and q.get("prompts"):
        evs = q.get("evidence_all") or [q["evidence"]] * len(q["prompts"])
        pairs = [{"type": "single_choice", "skill": "affiliation", "prompt": f"How does the article describe {person}?",
                  "answer": role, "evidence": ev} for person, role, ev in zip(q["prompts"], q["answer"], evs)]
        return [bool(key_supported(text, gold, p)) for p in pairs]
    judged = key_supported(text, gold, q)
    return [] if judged is None else [judged]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def load_gold(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def facts_for(path: str) -> dict:
    """Facts for an article file, extracted once per test session."""
    from quizapp.generate.extract import extract_facts

    return extract_facts(Path(path).read_text(encoding="utf-8")).to_dict()
