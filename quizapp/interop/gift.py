"""GIFT, Moodle's plain-text question format: export and import.

What GIFT cannot say is written as `// name: value` comment lines above a question, which Moodle
skips and our importer reads back: points, evidence, unit, `ordered`, the evidence-selection
type, and a numeric range's own answer. Categories carry the skill
(`$CATEGORY: $course$/top/BANK/SKILL`). See docs/interop.md for what survives where.
"""
from __future__ import annotations

import re

from quizapp.banks.model import Bank, Question
from quizapp.interop.hostile import InteropError, check_size
from quizapp.interop.html_text import html_to_text
from quizapp.interop.imported import (
    ImportResult, Remark, entry, number_text, plain_number, question_id, read_number, skill_from,
)

# Moodle's own GIFT writer escapes exactly these (format/gift/format.php, repchar()).
_ESCAPES = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n"}
_META = ("points", "evidence", "unit", "ordered", "type", "answer")
# While parsing, an escaped character becomes a private-use code point so that plain string
# searches for ~ = # { } : never see it; `_restore` turns it back into the character.
_PRIVATE = 0xE000
_ESCAPABLE = "\\~=#{}:"


def escape(text: str) -> str:
    return "".join(_ESCAPES.get(c, c) for c in text.replace("\r\n", "\n").replace("\r", "\n"))


def _protect(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in _ESCAPABLE:
                out.append(chr(_PRIVATE + _ESCAPABLE.index(nxt)))
                i += 2
                continue
            if nxt == "n":
                out.append("\n")
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


def _restore(text: str) -> str:
    return "".join(_ESCAPABLE[ord(c) - _PRIVATE] if _PRIVATE <= ord(c) < _PRIVATE + len(_ESCAPABLE) else c
                   for c in text)


# -- export ------------------------------------------------------------------------------------

def export_gift(bank: Bank, questions: list[Question] | None = None) -> bytes:
    out = [f"// quizapp bank {bank.id}: {escape(bank.title)}", f"// article: {escape(bank.source.title)}", ""]
    skill = None
    for q in questions if questions is not None else bank.questions:
        if q.skill != skill:
            skill = q.skill
            out += [f"$CATEGORY: $course$/top/{bank.id}/{skill}", ""]
        out += _question(q) + [""]
    return "\n".join(out).encode("utf-8")


def _question(q: Question) -> list[str]:
    meta = []
    if q.points != 1:
        meta.append(("points", number_text(q.points)))
    meta += [("evidence", e.text) for e in q.evidence]
    if q.type == "evidence_selection":
        meta.append(("type", q.type))
    if q.extra.get("ordered"):
        meta.append(("ordered", "true"))
    if q.extra.get("unit"):
        meta.append(("unit", q.extra["unit"]))
    if q.type == "numeric" and q.extra.get("range") is not None and q.answer is not None:
        meta.append(("answer", number_text(q.answer)))
    lines = [f"// {name}: {escape(value)}" for name, value in meta]
    prompt = escape(q.prompt)
    if prompt.startswith("["):  # "[html]" and the like at the start would be read as a text format
        prompt = "[plain]" + prompt
    lines.append(f"::{escape(q.id)}::{prompt} {{")
    lines += _answers(q)
    if q.feedback:
        lines.append(f"####{escape(q.feedback)}")
    lines.append("}")
    return lines


def _answers(q: Question) -> list[str]:
    if q.type in ("single_choice", "evidence_selection"):
        key = q.answer if isinstance(q.answer, list) else [q.answer]
        return [f"{'=' if o in key else '~'}{escape(o)}" for o in q.options or []]
    if q.type == "multiple_select":
        share = 100 / len(q.answer)
        return [f"~%{'' if o in q.answer else '-'}{_weight(share)}%{escape(o)}" for o in q.options or []]
    if q.type == "true_false":
        return ["TRUE" if q.answer else "FALSE"]
    if q.type == "short_answer":
        return [f"={escape(a)}" for a in [q.answer, *(q.extra.get("accepted") or [])]]
    if q.type == "numeric":
        rng = q.extra.get("range")
        if rng is not None:
            return [f"#{number_text(rng[0])}..{number_text(rng[1])}"]
        tol = q.extra.get("tolerance")
        return [f"#{number_text(q.answer)}" + (f":{number_text(tol)}" if tol else "")]
    if q.type == "matching":
        prompts = q.extra["prompts"]
        for text in [*prompts, *q.answer]:
            if "->" in text:
                raise InteropError(f"question '{q.id}': GIFT cannot hold '->' inside a matching item ('{text}')")
        pairs = [f"={escape(p)} -> {escape(a)}" for p, a in zip(prompts, q.answer)]
        return pairs + [f"= -> {escape(o)}" for o in q.options or [] if o not in q.answer]
    raise InteropError(f"question '{q.id}': type {q.type} has no GIFT form")


def _weight(value: float) -> str:
    # Moodle's grade list has 5 decimals (33.33333); it matches the nearest grade on import.
    return f"{value:.5f}".rstrip("0").rstrip(".")


# -- import ------------------------------------------------------------------------------------

_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


def _blocks(text: str):
    """(first line, lines, meta) for each blank-line separated block; `//` lines become meta."""
    lines, meta, start = [], [], None
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            if lines:
                yield start, lines, meta
                meta = []
            lines, start = [], None
            continue
        if stripped.startswith("//"):
            match = re.match(r"//\s*(\w+):\s?(.*)$", stripped)
            if match and match[1] in _META:
                meta.append((match[1], _restore(_protect(match[2]))))
            continue
        if start is None:
            start = number
        lines.append(line)
    if lines:
        yield start, lines, meta


def import_gift(data: bytes, name: str) -> ImportResult:
    check_size(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InteropError(f"{name}:{line}: not UTF-8 text; save the GIFT file as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    result = ImportResult()
    taken: set[str] = set()
    skill = None
    for position, (line, lines, meta) in enumerate(_blocks(text), start=1):
        if lines[0].strip().startswith("$CATEGORY:"):
            path = lines[0].strip()[len("$CATEGORY:"):].strip()
            skill = skill_from(path.rstrip("/").rsplit("/", 1)[-1])
            lines, line = lines[1:], line + 1  # a question may follow on the next line
            if not lines:
                continue
        block = _protect("\n".join(lines)).strip()
        where = f"{name}:{line}"
        try:
            _read_question(block, meta, skill, where, position, taken, result)
        except _Skip as skip:
            result.skipped.append(Remark(skip.title or f"question {position}", where, skip.reason))
    return result


class _Skip(Exception):
    def __init__(self, title: str | None, reason: str):
        self.title, self.reason = title, reason


def _text(raw: str, fmt: str = "") -> str:
    text = _restore(raw).strip()
    return html_to_text(text) if fmt == "html" else text


def _read_question(block, meta, skill, where, position, taken, result: ImportResult) -> None:
    title = None
    if block.startswith("::"):
        end = block.find("::", 2)
        if end == -1:
            raise _Skip(None, "the title's closing '::' is missing")
        title, block = _text(block[2:end]), block[end + 2:].strip()
    fmt = ""
    match = re.match(r"\[(html|moodle|plain|markdown)\]", block)
    if match:
        fmt, block = match[1], block[match.end():]
    opening = block.find("{")
    if opening == -1:
        raise _Skip(title, "a description (text with no answer), not a question")
    closing = block.find("}", opening)
    if closing == -1:
        raise _Skip(title, "the answer's closing '}' is missing")
    before, inside, after = block[:opening], block[opening + 1:closing].strip(), block[closing + 1:]
    prompt = _text(before, fmt)
    if after.strip():  # "missing word": the answer stands inside the sentence
        prompt = f"{prompt} _____ {_text(after, fmt)}".strip()
    if not prompt:
        raise _Skip(title, "the question has no text")
    metadata: dict[str, list[str]] = {}
    for key, value in meta:
        metadata.setdefault(key, []).append(value)
    feedback = ""
    if "####" in inside:
        inside, general = inside.split("####", 1)
        feedback, inside = _text(general, fmt), inside.strip()
    points = read_number((metadata.get("points") or ["1"])[0]) or 1.0
    name = title or f"question {position}"
    changes: list[str] = []
    data = _answer_fields(inside, metadata, title, changes)
    right_feedback = data.pop("_right_feedback", "")
    if not feedback and right_feedback:
        feedback = right_feedback
        changes.append("the right answer's own feedback became the question's feedback")
    result.questions.append(entry(qid=question_id(title, taken, position), skill=skill, prompt=prompt,
                                  points=plain_number(points) if points > 0 else 1, feedback=feedback,
                                  evidence=metadata.get("evidence", []), **data))
    for change in changes:
        result.changed.append(Remark(name, where, change))


def _answer_fields(inside: str, metadata, title, changes: list[str]) -> dict:
    if not inside:
        raise _Skip(title, "an essay (free text): quizapp has no essay questions")
    if inside.startswith("#"):
        return _numeric(inside[1:].strip(), metadata, title, changes)
    head = inside.split("#", 1)[0].strip().upper()
    if head in ("T", "TRUE", "F", "FALSE"):
        return {"qtype": "true_false", "answer": head.startswith("T")}
    tokens = _tokens(inside)
    if not tokens:
        raise _Skip(title, "no answers could be read between { and }")
    if "->" in inside:
        return _matching(tokens, title)
    if any(mark == "~" for mark, *_ in tokens):
        return _choice(tokens, metadata, title, changes)
    return _short(tokens, title, changes)


def _tokens(inside: str) -> list[tuple[str, float | None, str, str]]:
    """(mark, weight or None, text, feedback) for each `=`/`~` answer."""
    tokens = []
    for part in re.split(r"(?=[=~])", inside):
        part = part.strip()
        if not part or part[0] not in "=~":
            continue
        mark, rest = part[0], part[1:].strip()
        weight = None
        match = _WEIGHT.match(rest)
        if match:
            weight, rest = float(match[1]), rest[match.end():]
        text, _, feedback = rest.partition("#")
        tokens.append((mark, weight, _text(text), _text(feedback)))
    return tokens


def _choice(tokens, metadata, title, changes) -> dict:
    options = [text for _, _, text, _ in tokens]
    if not all(options):
        raise _Skip(title, "an answer has no text")
    if len(set(options)) != len(options):
        raise _Skip(title, "two answers have the same text")
    ordered = True if metadata.get("ordered") == ["true"] else None
    right_feedback = next((fb for mark, w, _, fb in tokens if mark == "=" or (w or 0) >= 100), "")
    if metadata.get("type") == ["evidence_selection"]:
        evidence = metadata.get("evidence") or [t for mark, _, t, _ in tokens if mark == "="]
        if not metadata.get("evidence"):
            changes.append("no evidence given: the right sentences were taken as the evidence")
        metadata["evidence"] = evidence
        return {"qtype": "evidence_selection", "options": options, "_right_feedback": right_feedback}
    equals = [text for mark, _, text, _ in tokens if mark == "="]
    weighted = [(w, text) for mark, w, text, _ in tokens if mark == "~" and w is not None]
    if len(equals) == 1 and not any(w > 0 for w, _ in weighted):
        return {"qtype": "single_choice", "options": options, "answer": equals[0], "ordered": ordered,
                "_right_feedback": right_feedback}
    if equals:
        raise _Skip(title, "several answers marked right ('='): quizapp's single choice has one key")
    key = [text for w, text in weighted if w > 0]
    if not key:
        raise _Skip(title, "no answer has a positive weight, so there is no key")
    if len(key) == 1 and not any(w < 0 for w, _ in weighted):
        return {"qtype": "single_choice", "options": options, "answer": key[0], "ordered": ordered,
                "_right_feedback": right_feedback}
    share = 100 / len(key)
    if any(abs(w - (share if w > 0 else -share)) > 0.01 for w, _ in weighted):
        changes.append(f"answer weights replaced by quizapp's rule (each right option +{share:.4g}%, each wrong one −{share:.4g}%)")
    return {"qtype": "multiple_select", "options": options, "answer": key, "ordered": ordered,
            "_right_feedback": right_feedback}


def _short(tokens, title, changes) -> dict:
    full = [text for _, w, text, _ in tokens if (w is None or w >= 100) and text]
    if not full:
        raise _Skip(title, "no answer with text is worth full marks")
    if len(full) < len(tokens):
        changes.append("answers worth partial credit were left out (quizapp's short answer is right or wrong)")
    right_feedback = next((fb for _, w, _, fb in tokens if w is None or w >= 100), "")
    return {"qtype": "short_answer", "answer": full[0], "accepted": full[1:] or None,
            "_right_feedback": right_feedback}


def _matching(tokens, title) -> dict:
    prompts, answer, options = [], [], []
    for mark, _, text, _ in tokens:
        left, arrow, right = _restore(text).partition("->")
        if not arrow or mark != "=":
            raise _Skip(title, "a matching question where an item has no '->'")
        left, right = left.strip(), right.strip()
        if right not in options:
            options.append(right)
        if left:
            prompts.append(left)
            answer.append(right)
    if len(prompts) < 2:
        raise _Skip(title, "a matching question needs at least 2 pairs")
    return {"qtype": "matching", "prompts": prompts, "options": options, "answer": answer}


def _numeric(inside: str, metadata, title, changes) -> dict:
    unit = (metadata.get("unit") or [None])[0]
    parts = [p.strip() for p in re.split(r"(?==)", inside) if p.strip()]
    if not parts:
        raise _Skip(title, "a numeric question with no number")
    chosen = parts[0]
    if len(parts) > 1:
        full = [p for p in parts if not _WEIGHT.match(p[1:].strip()) or _WEIGHT.match(p[1:].strip())[1] in ("100", "100.0")]
        if not full:
            raise _Skip(title, "no numeric answer is worth full marks")
        chosen = full[0]
        changes.append("numeric answers worth partial credit were left out")
    chosen = chosen.lstrip("=").strip()
    chosen = _WEIGHT.sub("", chosen).split("#", 1)[0].strip()
    if ".." in chosen:
        low, high = (read_number(_restore(v)) for v in chosen.split("..", 1))
        if low is None or high is None or low > high:
            raise _Skip(title, f"the numeric range '{_restore(chosen)}' cannot be read")
        answer = read_number((metadata.get("answer") or [""])[0])
        return {"qtype": "numeric", "answer": None if answer is None else plain_number(answer),
                "range": [plain_number(low), plain_number(high)], "unit": unit}
    value, _, tol = chosen.partition(":")
    number, tolerance = read_number(_restore(value)), read_number(_restore(tol)) if tol else None
    if number is None or (tol and tolerance is None):
        raise _Skip(title, f"the number '{_restore(chosen)}' cannot be read")
    return {"qtype": "numeric", "answer": plain_number(number),
            "tolerance": plain_number(abs(tolerance)) if tolerance else None, "unit": unit}

