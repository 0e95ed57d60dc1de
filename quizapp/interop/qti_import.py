"""QTI 2.1 and 3.0 items and content packages read into bank-file entries (export: qti.py).

A QTI 3.0 item is first renamed into QTI 2.1's vocabulary (`qti-choice-interaction` ->
`choiceInteraction`), so one reader serves both. Choice, text-entry and match interactions map to our
types; every other interaction is listed by item title, file, line and reason."""
from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET

from quizapp.interop.hostile import InteropError, line_of, parse_xml, read_zip
from quizapp.interop.imported import ImportResult, Remark, entry, plain_number, question_id, read_number, skill_from
from quizapp.interop.qti import EVIDENCE_SELECTION_CLASS, NS, UNIT_CLASS, camel


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _normalise(element: ET.Element) -> str | None:
    """Strip namespaces and turn QTI 3.0 names into QTI 2.1 ones in place; returns the version."""
    version = None
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag.startswith("{"):
            ns = node.tag[1:].split("}", 1)[0]
            version = version or ("qti3" if ns == NS["qti3"] else "qti21" if ns == NS["qti21"] else None)
        name = _local(node.tag)
        if name.startswith("qti-"):
            node.tag = camel(name[4:])
            node.attrib = {(camel(k) if "-" in k and not k.startswith("{") else k): v for k, v in node.attrib.items()}
        else:
            node.tag = name
    return version


def _collect(node: ET.Element, parts: list[str], top: bool) -> None:
    if not top and ((node.get("class") or "") == UNIT_CLASS or node.tag == "object"):
        pass
    elif not top and node.tag in ("textEntryInteraction", "inlineChoiceInteraction"):
        parts.append("_____")
    else:
        if node.tag in ("p", "div", "br", "li") and parts:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            _collect(child, parts, False)
    if not top and node.tail:
        parts.append(node.tail)


def _text(element: ET.Element | None) -> str:
    """The visible text of an element; a text entry inside it reads as _____."""
    if element is None:
        return ""
    parts: list[str] = []
    _collect(element, parts, True)
    return "\n".join(line.strip() for line in "".join(parts).strip().splitlines() if line.strip())


def _body_prompt(body: ET.Element) -> str:
    """The item text around the interaction: each block of the body that says something besides
    holding the interaction (a paragraph holding only the entry box is left out)."""
    blocks = [body.text.strip()] if body.text and body.text.strip() else []
    for child in body:
        if child.tag.endswith("Interaction") and child.tag != "textEntryInteraction":
            continue
        if "quizapp-article" in (child.get("class") or "").split() or child.tag == "object":
            continue
        text = _text(child)
        if text.replace("_____", "").strip():
            blocks.append(text)
        if child.tail and child.tail.strip():
            blocks.append(child.tail.strip())
    return "\n".join(blocks)


_SUPPORTED = ("choiceInteraction", "textEntryInteraction", "matchInteraction")
_UNSUPPORTED = {
    "extendedTextInteraction": "an essay (extended text): quizapp has no essay questions",
    "gapMatchInteraction": "drag-and-drop into gaps: quizapp has no drag-and-drop",
    "graphicGapMatchInteraction": "drag-and-drop onto an image: quizapp has no drag-and-drop",
    "orderInteraction": "an ordering question: quizapp has no ordering type",
    "graphicOrderInteraction": "an ordering question on an image: quizapp has no ordering type",
    "hotspotInteraction": "a hotspot on an image: quizapp has no image questions",
    "hottextInteraction": "a hot-text selection: quizapp has no such type",
    "associateInteraction": "an association question: quizapp has no such type",
    "inlineChoiceInteraction": "an inline choice: quizapp has no gap questions",
    "sliderInteraction": "a slider: quizapp has no such type",
    "uploadInteraction": "a file upload: quizapp has no such type",
    "drawingInteraction": "a drawing: quizapp has no such type",
    "mediaInteraction": "a media interaction: quizapp has no such type",
    "customInteraction": "a custom interaction: it cannot be read",
    "portableCustomInteraction": "a portable custom interaction: it cannot be read",
    "positionObjectInteraction": "positioning objects: quizapp has no such type",
    "selectPointInteraction": "selecting a point on an image: quizapp has no such type",
    "graphicAssociateInteraction": "associating points on an image: quizapp has no such type",
    "endAttemptInteraction": "an end-attempt button, not a question",
}


class _Skip(Exception):
    def __init__(self, reason: str):
        self.reason = reason


def import_qti(data: bytes, name: str) -> ImportResult:
    """Items of a QTI 2.1/3.0 package (zip) or of one item file."""
    result = ImportResult()
    taken: set[str] = set()
    if data[:2] == b"PK":
        files = read_zip(data, name)
        if "imsmanifest.xml" not in files:
            raise InteropError(f"{name}: no imsmanifest.xml in the package, so it is not a QTI content package")
        manifest = parse_xml(files["imsmanifest.xml"], f"{name}/imsmanifest.xml")
        _normalise(manifest)
        hrefs = []
        for resource in manifest.iter("resource"):
            kind = resource.get("type", "")
            if kind.startswith("imsqti_item_xmlv2p") or kind.startswith("imsqti_item_xmlv3p"):
                href = posixpath.normpath(resource.get("href", ""))
                if href not in files:
                    result.skipped.append(Remark(resource.get("identifier", href), f"{name}/imsmanifest.xml:{line_of(resource)}",
                                                 f"the manifest names '{href}', which is not in the package"))
                    continue
                hrefs.append(href)
        if not hrefs:
            raise InteropError(f"{name}: the manifest lists no QTI 2.1 or 3.0 items")
        for position, href in enumerate(hrefs, start=1):
            _read_item(files[href], f"{name}/{href}", position, taken, result)
    else:
        _read_item(data, name, 1, taken, result)
    return result


def _read_item(data: bytes, name: str, position: int, taken: set[str], result: ImportResult) -> None:
    root = parse_xml(data, name)
    version = _normalise(root)
    where = f"{name}:{line_of(root)}"
    if root.tag != "assessmentItem" or version is None:
        raise InteropError(f"{where}: not a QTI 2.1 or 3.0 item (root element <{root.tag}>)")
    title = root.get("title") or root.get("identifier") or f"item {position}"
    changes: list[str] = []
    try:
        fields = _item_fields(root, changes)
    except _Skip as skip:
        result.skipped.append(Remark(title, where, skip.reason))
        return
    feedback, evidence = [], []
    for modal in root.findall("modalFeedback"):
        if modal.get("identifier") == "EVIDENCE":
            evidence += [_text(b) for b in modal.iter("blockquote") if _text(b)]
        elif _text(modal):
            feedback.append(_text(modal))
    fallback = fields.pop("_evidence", None)
    if fallback and not evidence:
        evidence = fallback
        changes.append("no evidence given: the right sentences were taken as the evidence")
    points = None
    for outcome in root.findall("outcomeDeclaration"):
        if outcome.get("identifier") == "MAXSCORE":
            points = read_number(outcome.findtext("defaultValue/value"))
    if points is None or points <= 0:
        points = 1.0  # what QTI's response-processing templates score a right answer
    qid = question_id(title, taken, position)
    result.questions.append(entry(qid=qid, skill=skill_from(root.get("label")), points=plain_number(points),
                                  feedback="\n\n".join(feedback), evidence=evidence, **fields))
    result.changed += [Remark(title, where, change) for change in changes]


def _item_fields(root: ET.Element, changes: list[str]) -> dict:
    body = root.find("itemBody")
    if body is None:
        raise _Skip("the item has no body")
    interactions = [node for node in body.iter() if node.tag.endswith("Interaction")]
    for node in interactions:
        if node.tag not in _SUPPORTED:
            raise _Skip(_UNSUPPORTED.get(node.tag, f"<{node.tag}> has no quizapp equivalent"))
    if len(interactions) != 1:
        raise _Skip("an item with several interactions: a quizapp question has one answer" if interactions
                    else "an item with no interaction, not a question")
    interaction = interactions[0]
    response_id = interaction.get("responseIdentifier")
    declaration = next((d for d in root.findall("responseDeclaration") if d.get("identifier") == response_id), None)
    if declaration is None:
        raise _Skip(f"no response declaration for '{response_id}'" if response_id
                    else "the interaction names no response")
    correct = [v.text or "" for v in declaration.findall("correctResponse/value")]
    mapping = {e.get("mapKey"): read_number(e.get("mappedValue")) or 0.0 for e in declaration.findall("mapping/mapEntry")}
    prompt = _text(interaction.find("prompt")) or _body_prompt(body)
    if not prompt:
        raise _Skip("the item has no text")
    if interaction.tag == "choiceInteraction":
        return _choice(interaction, declaration, correct, mapping, prompt, changes)
    if interaction.tag == "matchInteraction":
        return _match(interaction, correct, mapping, prompt)
    return _text_entry(root, body, declaration, correct, mapping, prompt, changes)


def _choice(interaction, declaration, correct, mapping, prompt, changes) -> dict:
    choices = [(c.get("identifier"), _text(c)) for c in interaction.findall("simpleChoice")]
    options = [text for _, text in choices]
    if len(options) < 2 or len(set(options)) != len(options) or not all(options):
        raise _Skip("a choice needs at least two choices, each with its own text")
    text_of = dict(choices)
    ordered = True if interaction.get("shuffle") == "false" else None
    if EVIDENCE_SELECTION_CLASS in (interaction.get("class") or "").split():
        right = [text_of[k] for k, v in mapping.items() if v > 0 and k in text_of] or [text_of[c] for c in correct if c in text_of]
        return {"qtype": "evidence_selection", "prompt": prompt, "options": options, "_evidence": right}
    if set(text_of) == {"true", "false"} and len(correct) == 1:
        return {"qtype": "true_false", "prompt": prompt, "answer": correct[0] == "true"}
    if not correct:
        raise _Skip("no correct response is declared")
    unknown = [c for c in correct if c not in text_of]
    if unknown:
        raise _Skip(f"the correct response '{unknown[0]}' is not one of the choices")
    if declaration.get("cardinality") == "single":
        return {"qtype": "single_choice", "prompt": prompt, "options": options, "answer": text_of[correct[0]],
                "ordered": ordered}
    key = [text_of[c] for c in correct]
    if mapping:
        share = max(mapping.values())
        if any(abs(abs(v) - share) > 1e-6 for v in mapping.values()) or len(mapping) < len(options):
            changes.append("choice scores replaced by quizapp's rule (each right option +share, each wrong one −share)")
    return {"qtype": "multiple_select", "prompt": prompt, "options": options, "answer": key, "ordered": ordered}


def _match(interaction, correct, mapping, prompt) -> dict:
    sets = interaction.findall("simpleMatchSet")
    if len(sets) != 2:
        raise _Skip("a match interaction without two sets")
    left = [(c.get("identifier"), _text(c)) for c in sets[0].findall("simpleAssociableChoice")]
    right = dict((c.get("identifier"), _text(c)) for c in sets[1].findall("simpleAssociableChoice"))
    pairs = dict(value.split(" ", 1) for value in correct if " " in value)
    answer = []
    for ident, _ in left:
        if pairs.get(ident) not in right:
            raise _Skip(f"no correct match is declared for '{ident}'")
        answer.append(right[pairs[ident]])
    if len(left) < 2:
        raise _Skip("a matching question needs at least 2 pairs")
    return {"qtype": "matching", "prompt": prompt, "prompts": [t for _, t in left],
            "options": list(right.values()), "answer": answer}


def _text_entry(root, body, declaration, correct, mapping, prompt, changes) -> dict:
    base_type = declaration.get("baseType")
    if base_type == "string":
        accepted = [k for k, v in mapping.items() if k and v > 0]
        answer = correct[0] if correct else (accepted[0] if accepted else None)
        if not answer:
            raise _Skip("no correct response is declared")
        accepted = [a for a in accepted if a != answer]
        if any(e.get("caseSensitive") == "true" for e in declaration.findall("mapping/mapEntry")):
            changes.append("case-sensitive in QTI; quizapp ignores case")
        return {"qtype": "short_answer", "prompt": prompt, "answer": answer, "accepted": accepted or None}
    if base_type not in ("float", "integer"):
        raise _Skip(f"a text entry of type '{base_type}' has no quizapp equivalent")
    unit = next((_text(s) for s in body.iter("span") if (s.get("class") or "") == UNIT_CLASS), None)
    answer = read_number(correct[0]) if correct else None
    processing = root.find("responseProcessing")
    low = high = None
    tolerance = None
    if processing is not None:
        gte, lte = processing.find(".//and/gte/baseValue"), processing.find(".//and/lte/baseValue")
        if gte is not None and lte is not None:
            low, high = read_number(gte.text), read_number(lte.text)
        equal = processing.find(".//equal")
        if equal is not None and equal.get("toleranceMode") == "absolute":
            bounds = [read_number(t) for t in (equal.get("tolerance") or "").split()]
            if bounds and all(b is not None for b in bounds):
                if len(bounds) == 2 and bounds[0] != bounds[1] and answer is not None:
                    low, high = answer - bounds[0], answer + bounds[1]
                else:
                    tolerance = bounds[0]
        elif equal is not None and equal.get("toleranceMode") == "relative":
            changes.append("a relative tolerance was dropped: quizapp's tolerance is absolute")
    if low is not None and high is not None and low <= high:
        return {"qtype": "numeric", "prompt": prompt, "answer": None if answer is None else plain_number(answer),
                "range": [plain_number(low), plain_number(high)], "unit": unit}
    if answer is None:
        raise _Skip("no correct number is declared")
    return {"qtype": "numeric", "prompt": prompt, "answer": plain_number(answer),
            "tolerance": plain_number(abs(tolerance)) if tolerance else None, "unit": unit}

