"""Moodle XML: export and import.

Moodle XML has no official schema; the structure follows Moodle's own writer
(question/format/xml/format.php). Categories carry the skill (`$course$/top/BANK/SKILL`), feedback is
the general feedback with the evidence in it as `<blockquote class="quizapp-evidence">`, points are
`defaultgrade`. What cannot be mapped on import is listed with its name, line and reason.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from quizapp.banks.model import Bank, Question
from quizapp.interop.hostile import InteropError, line_of, parse_xml
from quizapp.interop.html_text import feedback_html, paragraph, read_html
from quizapp.interop.imported import (
    ImportResult, Remark, entry, number_text, plain_number, question_id, read_number, skill_from,
)

EVIDENCE_SELECTION_TAG = "quizapp-evidence-selection"
_UNSUPPORTED = {
    "essay": "an essay (free text): quizapp has no essay questions",
    "calculated": "a calculated question (numbers drawn from formulas): quizapp's numbers are fixed",
    "calculatedsimple": "a calculated question (numbers drawn from formulas): quizapp's numbers are fixed",
    "calculatedmulti": "a calculated question (numbers drawn from formulas): quizapp's numbers are fixed",
    "ddwtos": "drag-and-drop into text: quizapp has no drag-and-drop",
    "ddimageortext": "drag-and-drop onto an image: quizapp has no images to drop on",
    "ddmarker": "drag-and-drop markers: quizapp has no images to drop on",
    "gapselect": "select missing words: quizapp has no gap questions",
    "multianswer": "an embedded-answers (Cloze) question: quizapp has one answer field per question",
    "description": "a description (text with no answer), not a question",
    "randomsamatch": "a random short-answer matching: its pairs are drawn from other questions",
    "random": "a random question: it stands for a question drawn from a category",
    "ordering": "an ordering question: quizapp has no ordering type",
}


# -- export ------------------------------------------------------------------------------------

def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _text_in(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    element = _sub(parent, tag, **({"format": fmt} if fmt else {}))
    _sub(element, "text", text)
    return element


def export_moodle_xml(bank: Bank, questions: list[Question] | None = None) -> bytes:
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(f" quizapp bank {bank.id}: {bank.title.replace('--', '- -')} "))
    skill = None
    for q in questions if questions is not None else bank.questions:
        if q.skill != skill:
            skill = q.skill
            category = _sub(quiz, "question", type="category")
            _text_in(category, "category", f"$course$/top/{bank.id}/{skill}", None)
            _text_in(category, "info", "", "html")
        _question(quiz, q)
    ET.indent(quiz)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="utf-8", xml_declaration=False) + b"\n"


_MOODLE_TYPE = {"single_choice": "multichoice", "multiple_select": "multichoice", "evidence_selection": "multichoice",
                "true_false": "truefalse", "numeric": "numerical", "short_answer": "shortanswer", "matching": "matching"}


def _question(quiz: ET.Element, q: Question) -> None:
    element = _sub(quiz, "question", type=_MOODLE_TYPE[q.type])
    _text_in(element, "name", q.id, None)
    _text_in(element, "questiontext", paragraph(q.prompt))
    _text_in(element, "generalfeedback", feedback_html(q.feedback, [e.text for e in q.evidence]))
    _sub(element, "defaultgrade", number_text(q.points))
    _sub(element, "penalty", "0")
    _sub(element, "hidden", "0")
    _sub(element, "idnumber", q.id)
    if q.type in ("single_choice", "multiple_select", "evidence_selection"):
        _sub(element, "single", "false" if q.type == "multiple_select" else "true")
        _sub(element, "shuffleanswers", "false" if q.extra.get("ordered") else "true")
        _sub(element, "answernumbering", "none")
        key = q.answer if isinstance(q.answer, list) else [q.answer]
        share = 100 / len(key)
        for option in q.options or []:
            if q.type == "multiple_select":
                fraction = _fraction(share if option in key else -share)
            else:
                fraction = "100" if option in key else "0"
            _answer(element, fraction, paragraph(option))
    elif q.type == "true_false":
        _answer(element, "100" if q.answer else "0", "true", "moodle_auto_format")
        _answer(element, "0" if q.answer else "100", "false", "moodle_auto_format")
    elif q.type == "short_answer":
        _sub(element, "usecase", "0")
        for text in [q.answer, *(q.extra.get("accepted") or [])]:
            # Moodle reads * in a short answer as a wildcard; \* is a literal asterisk.
            _answer(element, "100", text.replace("*", "\\*"), "moodle_auto_format")
    elif q.type == "numeric":
        rng = q.extra.get("range")
        if rng is not None:  # Moodle's numeric answer is a value ± tolerance: the range's middle
            value, tolerance = (rng[0] + rng[1]) / 2, (rng[1] - rng[0]) / 2
        else:
            value, tolerance = q.answer, q.extra.get("tolerance") or 0
        answer = _answer(element, "100", number_text(value), "moodle_auto_format")
        _sub(answer, "tolerance", number_text(tolerance))
        if q.extra.get("unit"):
            _sub(element, "unitgradingtype", "0")
            _sub(element, "unitpenalty", "0")
            _sub(element, "showunits", "3")
            _sub(element, "unitsleft", "0")
            unit = _sub(_sub(element, "units"), "unit")
            _sub(unit, "multiplier", "1")
            _sub(unit, "unit_name", q.extra["unit"])
    elif q.type == "matching":
        _sub(element, "shuffleanswers", "true")
        pairs = list(zip(q.extra["prompts"], q.answer))
        pairs += [("", o) for o in q.options or [] if o not in q.answer]  # an empty question: a distractor
        for prompt, option in pairs:
            sub = _text_in(element, "subquestion", paragraph(prompt) if prompt else "")
            _text_in(sub, "answer", option, None)
    if q.type == "evidence_selection":
        _text_in(_sub(element, "tags"), "tag", EVIDENCE_SELECTION_TAG, None)


def _answer(parent: ET.Element, fraction: str, text: str, fmt: str = "html") -> ET.Element:
    answer = _text_in(parent, "answer", text, fmt)
    answer.set("fraction", fraction)
    _text_in(answer, "feedback", "", "html")
    return answer


def _fraction(value: float) -> str:
    # Moodle's grade list has 5 decimals (33.33333); it matches the nearest grade on import.
    return f"{value:.5f}".rstrip("0").rstrip(".")


# -- import ------------------------------------------------------------------------------------

def _child_text(element: ET.Element, path: str) -> str:
    found = element.find(path)
    return (found.text or "") if found is not None else ""


def _formatted(element: ET.Element | None) -> tuple[str, list[str]]:
    """(text, evidence) of a Moodle text element, read according to its format attribute."""
    if element is None:
        return "", []
    raw = _child_text(element, "text")
    if element.get("format", "html") == "html":
        return read_html(raw)
    return raw.strip(), []


def import_moodle_xml(data: bytes, name: str) -> ImportResult:
    root = parse_xml(data, name)
    if root.tag != "quiz":
        raise InteropError(f"{name}:{line_of(root)}: not Moodle XML (the root element is <{root.tag}>, not <quiz>)")
    result = ImportResult()
    taken: set[str] = set()
    skill = None
    for position, element in enumerate(root.findall("question"), start=1):
        qtype = element.get("type", "")
        where = f"{name}:{line_of(element)}"
        title = _child_text(element, "name/text").strip() or None
        label = title or f"question {position}"
        if qtype == "category":
            path = _child_text(element, "category/text").strip()
            skill = skill_from(path.rstrip("/").rsplit("/", 1)[-1])
            continue
        if qtype in _UNSUPPORTED or qtype not in ("multichoice", "truefalse", "shortanswer", "numerical", "matching"):
            reason = _UNSUPPORTED.get(qtype, f"question type '{qtype}' has no quizapp equivalent")
            result.skipped.append(Remark(label, where, reason))
            continue
        changes: list[str] = []
        try:
            fields = _fields(element, qtype, changes)
        except _Skip as skip:
            result.skipped.append(Remark(label, where, skip.reason))
            continue
        prompt, _ = _formatted(element.find("questiontext"))
        if not prompt:
            result.skipped.append(Remark(label, where, "the question has no text"))
            continue
        feedback, evidence = _formatted(element.find("generalfeedback"))
        fallback = fields.pop("_evidence", None)
        if fallback and not evidence:
            evidence = fallback
            changes.append("no evidence given: the right sentences were taken as the evidence")
        points = read_number(_child_text(element, "defaultgrade")) or 1.0
        result.questions.append(entry(
            qid=question_id(title, taken, position), skill=skill, prompt=prompt,
            points=plain_number(points) if points > 0 else 1, feedback=feedback, evidence=evidence, **fields))
        result.changed += [Remark(label, where, change) for change in changes]
    return result


class _Skip(Exception):
    def __init__(self, reason: str):
        self.reason = reason


def _answers(element: ET.Element) -> list[tuple[float, str]]:
    answers = []
    for answer in element.findall("answer"):
        fraction = read_number(answer.get("fraction", "0"))
        text = _child_text(answer, "text")
        if answer.get("format", "moodle_auto_format") == "html":
            text = read_html(text)[0]
        answers.append((fraction or 0.0, text.strip()))
    return answers


def _fields(element: ET.Element, qtype: str, changes: list[str]) -> dict:
    answers = _answers(element)
    if qtype == "truefalse":
        right = [text.lower() for fraction, text in answers if fraction >= 100]
        if right not in (["true"], ["false"]):
            raise _Skip("a true/false question whose right answer is neither true nor false")
        return {"qtype": "true_false", "answer": right[0] == "true"}
    if qtype == "multichoice":
        options = [text for _, text in answers]
        if len(options) < 2 or len(set(options)) != len(options) or not all(options):
            raise _Skip("a choice needs at least two answers, each with its own text")
        ordered = True if _child_text(element, "shuffleanswers").strip() in ("false", "0") else None
        tags = {t.text for t in element.findall("tags/tag/text")}
        right = [text for fraction, text in answers if fraction > 0]
        if EVIDENCE_SELECTION_TAG in tags:
            return {"qtype": "evidence_selection", "options": options, "_evidence": right}
        if _child_text(element, "single").strip() in ("true", "1"):
            full = [text for fraction, text in answers if fraction >= 100]
            if len(full) != 1:
                raise _Skip("a single-answer choice without exactly one answer worth 100%")
            if any(0 < fraction < 100 for fraction, _ in answers):
                changes.append("answers worth partial credit now score 0 (quizapp's single choice is right or wrong)")
            return {"qtype": "single_choice", "options": options, "answer": full[0], "ordered": ordered}
        if not right:
            raise _Skip("no answer has a positive grade, so there is no key")
        share = 100 / len(right)
        if any(abs(f - (share if f > 0 else -share)) > 0.01 for f, _ in answers):
            changes.append(f"answer grades replaced by quizapp's rule (each right option +{share:.4g}%, each wrong one −{share:.4g}%)")
        return {"qtype": "multiple_select", "options": options, "answer": right, "ordered": ordered}
    if qtype == "shortanswer":
        full = [text for fraction, text in answers if fraction >= 100 and text]
        if not full:
            raise _Skip("no answer is worth 100%")
        if any(re.search(r"(?<!\\)\*", text) for text in full):
            raise _Skip("answers with '*' wildcards: quizapp compares whole answers")
        full = [text.replace("\\*", "*") for text in full]
        if len(full) < len([a for a in answers if a[0] > 0]):
            changes.append("answers worth partial credit were left out (quizapp's short answer is right or wrong)")
        if _child_text(element, "usecase").strip() == "1":
            changes.append("case-sensitive in Moodle; quizapp ignores case")
        return {"qtype": "short_answer", "answer": full[0], "accepted": full[1:] or None}
    if qtype == "numerical":
        return _numerical(element, changes)
    return _matching(element)


def _numerical(element: ET.Element, changes: list[str]) -> dict:
    full = [a for a in element.findall("answer") if (read_number(a.get("fraction", "0")) or 0) >= 100]
    if not full:
        raise _Skip("no numeric answer is worth 100%")
    if len(full) < len(element.findall("answer")) or len(full) > 1:
        changes.append("only the first answer worth 100% was kept")
    value = read_number(_child_text(full[0], "text"))
    if value is None:
        raise _Skip(f"the answer '{_child_text(full[0], 'text')}' is not a number")
    tolerance = abs(read_number(_child_text(full[0], "tolerance")) or 0)
    units = element.findall("units/unit")
    unit = None
    if units:
        base = [u for u in units if read_number(_child_text(u, "multiplier")) == 1]
        unit = _child_text(base[0] if base else units[0], "unit_name").strip() or None
        if len(units) > 1:
            changes.append(f"only the unit '{unit}' was kept; quizapp reads one unit")
    return {"qtype": "numeric", "answer": plain_number(value),
            "tolerance": plain_number(tolerance) if tolerance else None, "unit": unit}


def _matching(element: ET.Element) -> dict:
    prompts, answer, options = [], [], []
    for sub in element.findall("subquestion"):
        prompt, _ = _formatted(sub)
        option = _child_text(sub, "answer/text").strip()
        if option and option not in options:
            options.append(option)
        if prompt:
            prompts.append(prompt)
            answer.append(option)
    if len(prompts) < 2:
        raise _Skip("a matching question needs at least 2 pairs")
    return {"qtype": "matching", "prompts": prompts, "options": options, "answer": answer}
