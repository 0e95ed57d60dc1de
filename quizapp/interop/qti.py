"""QTI 2.1 and QTI 3.0 content packages: export and import.

A package is a zip: `imsmanifest.xml`, one item file per question under `items/`, and the article as
a shared passage (QTI 3.0: an assessment stimulus every item references; QTI 2.1, which has no
stimulus, an XHTML page the items depend on). An item's title is the question id and its label the
skill; MAXSCORE holds the points; modal feedback GENERAL holds the feedback and EVIDENCE the evidence
quotations. Items are built once in QTI 2.1's vocabulary; QTI 3.0 names are derived from it
(`choiceInteraction` -> `qti-choice-interaction`, `maxChoices` -> `max-choices`), and an imported
QTI 3.0 item is read through the same names in reverse.
"""
from __future__ import annotations

import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile

from quizapp.banks.model import Bank, Question
from quizapp.interop.hostile import InteropError, line_of, parse_xml, read_zip
from quizapp.interop.html_text import EVIDENCE_CLASS
from quizapp.interop.imported import (
    ImportResult, Remark, entry, number_text, plain_number, question_id, read_number, skill_from,
)

NS = {"qti21": "http://www.imsglobal.org/xsd/imsqti_v2p1", "qti3": "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"}
CP_NS = {"qti21": "http://www.imsglobal.org/xsd/imscp_v1p1", "qti3": "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"}
SCHEMA_LOCATION = {
    "qti21": "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd",
    "qti3": "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd",
}
CP_SCHEMA_LOCATION = {
    "qti21": "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd",
    "qti3": "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd",
}
ITEM_TYPE = {"qti21": "imsqti_item_xmlv2p1", "qti3": "imsqti_item_xmlv3p0"}
XSI = "http://www.w3.org/2001/XMLSchema-instance"
STIMULUS_ID = "article"
EVIDENCE_SELECTION_CLASS = "quizapp-evidence-selection"
UNIT_CLASS = "quizapp-unit"
# Body elements that are (X)HTML in both versions, so they keep their names in QTI 3.0.
_HTML = {"p", "div", "span", "blockquote", "object", "br", "em", "strong", "ul", "ol", "li", "img", "table",
         "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "a", "b", "i", "sub", "sup", "pre",
         "code", "hr", "figure", "figcaption", "section", "article", "header", "footer", "label"}


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", name).lower()


def _camel(name: str) -> str:
    head, *rest = name.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _v3_tag(tag: str) -> str:
    return tag if tag in _HTML else "qti-" + _kebab(tag)


def _to_v3(element: ET.Element) -> None:
    element.tag = _v3_tag(element.tag)
    if element.tag not in _HTML:
        element.attrib = {(_kebab(k) if not k.startswith("{") and k != "class" else k): v
                          for k, v in element.attrib.items()}
    for child in element:
        _to_v3(child)


# -- building items (QTI 2.1 vocabulary) ---------------------------------------------------------

def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def _identifier(qid: str) -> str:
    # Item identifiers are XML names: a bank id may start with a digit, an XML name may not.
    return f"q-{qid}"


def _base(parent: ET.Element, base_type: str, value: str) -> ET.Element:
    return _sub(parent, "baseValue", value, baseType=base_type)


def _set_score(parent: ET.Element, expression: ET.Element | None, value: float | None = None) -> None:
    setter = _sub(parent, "setOutcomeValue", identifier="SCORE")
    if expression is not None:
        setter.append(expression)
    else:
        _base(setter, "float", number_text(value or 0))


def _make(tag: str, *children: ET.Element, **attrs: str) -> ET.Element:
    element = ET.Element(tag, {k: v for k, v in attrs.items() if v is not None})
    element.extend(children)
    return element


def _leaf(tag: str, **attrs: str) -> ET.Element:
    return _make(tag, **attrs)


def _base_value(base_type: str, value: str) -> ET.Element:
    element = ET.Element("baseValue", {"baseType": base_type})
    element.text = value
    return element


def build_item(q: Question, version: str) -> ET.Element:
    item = ET.Element("assessmentItem", {
        "identifier": _identifier(q.id), "title": q.id, "label": q.skill, "adaptive": "false",
        "timeDependent": "false", "xml:lang": "en",
    })
    response = _sub(item, "responseDeclaration", identifier="RESPONSE")
    _sub(_sub(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float"),
         "defaultValue").append(_value("0"))
    _sub(_sub(item, "outcomeDeclaration", identifier="MAXSCORE", cardinality="single", baseType="float"),
         "defaultValue").append(_value(number_text(q.points)))
    _sub(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="multiple", baseType="identifier")
    if version == "qti3":
        _sub(item, "assessmentStimulusRef", identifier=STIMULUS_ID, href="../article.xml", title="Article")
    body = _sub(item, "itemBody")
    if version == "qti21":
        obj = _sub(_sub(body, "div", **{"class": "quizapp-article"}), "object", data="../article.html", type="text/html")
        obj.text = "The article"
    processing = _sub(item, "responseProcessing")
    _interaction(q, response, body, processing)
    feedback_ids = []
    if q.feedback:
        feedback_ids.append("GENERAL")
    if q.evidence:
        feedback_ids.append("EVIDENCE")
    if feedback_ids:
        # Shown once the response is processed, right or wrong: the feedback and evidence explain the key.
        setter = _sub(processing, "setOutcomeValue", identifier="FEEDBACK")
        multiple = _sub(setter, "multiple")
        for ident in feedback_ids:
            _base(multiple, "identifier", ident)
    if q.feedback:
        _sub(_modal(item, "GENERAL", version), "p", q.feedback)
    if q.evidence:
        modal = _modal(item, "EVIDENCE", version)
        for e in q.evidence:  # a QTI blockquote holds blocks, not bare text
            _sub(_sub(modal, "blockquote", **{"class": EVIDENCE_CLASS}), "p", e.text)
    if version == "qti3":
        _to_v3(item)
    return item


def _modal(item: ET.Element, identifier: str, version: str) -> ET.Element:
    """A modal feedback shown once FEEDBACK holds `identifier`; QTI 3.0 wraps its content in a content body."""
    modal = _sub(item, "modalFeedback", outcomeIdentifier="FEEDBACK", identifier=identifier, showHide="show")
    return _sub(modal, "contentBody") if version == "qti3" else modal


def _value(text: str) -> ET.Element:
    element = ET.Element("value")
    element.text = text
    return element


def _choice_ids(options: list[str]) -> dict[str, str]:
    return {option: f"C{i}" for i, option in enumerate(options, start=1)}


def _interaction(q: Question, response: ET.Element, body: ET.Element, processing: ET.Element):
    points = number_text(q.points)
    if q.type in ("single_choice", "multiple_select", "evidence_selection", "true_false"):
        if q.type == "true_false":
            ids = {"true": "true", "false": "false"}
            key = ["true" if q.answer else "false"]
            options = ["true", "false"]
        else:
            options = list(q.options or [])
            ids = _choice_ids(options)
            key = q.answer if isinstance(q.answer, list) else [q.answer]
        multiple = q.type == "multiple_select"
        response.attrib.update(cardinality="multiple" if multiple else "single", baseType="identifier")
        correct = _sub(response, "correctResponse")
        for option in key[: None if multiple else 1]:
            _sub(correct, "value", ids[option])
        shuffle = "false" if q.type == "true_false" or q.extra.get("ordered") else "true"
        interaction = _sub(body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle=shuffle,
                           maxChoices="0" if multiple else "1",
                           **({"class": EVIDENCE_SELECTION_CLASS} if q.type == "evidence_selection" else {}))
        _sub(interaction, "prompt", q.prompt)
        for option in options:
            _sub(interaction, "simpleChoice", option.capitalize() if q.type == "true_false" else option,
                 identifier=ids[option])
        if multiple or q.type == "evidence_selection":
            share = q.points / len(key)
            mapping = _sub(response, "mapping", defaultValue="0",
                           **({"lowerBound": "0", "upperBound": points} if multiple else {}))
            for option in options:
                if option in key:
                    _sub(mapping, "mapEntry", mapKey=ids[option], mappedValue=number_text(share if multiple else q.points),
                         caseSensitive="true")
                elif multiple:
                    _sub(mapping, "mapEntry", mapKey=ids[option], mappedValue=number_text(-share), caseSensitive="true")
            _map_score(processing)
        else:
            _match_score(processing, q.points)
    elif q.type == "short_answer":
        response.attrib.update(cardinality="single", baseType="string")
        _sub(_sub(response, "correctResponse"), "value", q.answer)
        mapping = _sub(response, "mapping", defaultValue="0")
        seen = set()
        for text in [q.answer, *(q.extra.get("accepted") or [])]:
            if text not in seen:  # a map key may appear once
                seen.add(text)
                _sub(mapping, "mapEntry", mapKey=text, mappedValue=points, caseSensitive="false")
        _sub(body, "p", q.prompt)
        _sub(_sub(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="40")
        _map_score(processing)
    elif q.type == "numeric":
        response.attrib.update(cardinality="single", baseType="float")
        rng = q.extra.get("range")
        if q.answer is not None:
            _sub(_sub(response, "correctResponse"), "value", number_text(q.answer))
        _sub(body, "p", q.prompt)
        line = _sub(body, "p")
        entry_point = _sub(line, "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="15")
        if q.extra.get("unit"):
            entry_point.tail = " "
            _sub(line, "span", q.extra["unit"], **{"class": UNIT_CLASS})
        variable = _leaf("variable", identifier="RESPONSE")
        if rng is not None:
            test = _make("and",
                         _make("gte", variable, _base_value("float", number_text(rng[0]))),
                         _make("lte", _leaf("variable", identifier="RESPONSE"), _base_value("float", number_text(rng[1]))))
        else:
            tol = q.extra.get("tolerance") or 0
            attrs = ({"toleranceMode": "absolute", "tolerance": f"{number_text(tol)} {number_text(tol)}"}
                     if tol else {"toleranceMode": "exact"})
            test = _make("equal", variable, _leaf("correct", identifier="RESPONSE"), **attrs)
        condition = _sub(processing, "responseCondition")
        branch = _sub(condition, "responseIf")
        branch.append(test)
        _set_score(branch, None, q.points)
        _set_score(_sub(condition, "responseElse"), None, 0)
    elif q.type == "matching":
        prompts = q.extra["prompts"]
        response.attrib.update(cardinality="multiple", baseType="directedPair")
        prompt_ids = {p: f"P{i}" for i, p in enumerate(prompts, start=1)}
        option_ids = {o: f"O{i}" for i, o in enumerate(q.options or [], start=1)}
        correct = _sub(response, "correctResponse")
        mapping = _sub(response, "mapping", defaultValue="0", lowerBound="0", upperBound=points)
        for prompt, option in zip(prompts, q.answer):
            pair = f"{prompt_ids[prompt]} {option_ids[option]}"
            _sub(correct, "value", pair)
            _sub(mapping, "mapEntry", mapKey=pair, mappedValue=number_text(q.points / len(prompts)), caseSensitive="true")
        interaction = _sub(body, "matchInteraction", responseIdentifier="RESPONSE", shuffle="true",
                           maxAssociations=str(len(prompts)))
        _sub(interaction, "prompt", q.prompt)
        left = _sub(interaction, "simpleMatchSet")
        for prompt in prompts:
            _sub(left, "simpleAssociableChoice", prompt, identifier=prompt_ids[prompt], matchMax="1")
        right = _sub(interaction, "simpleMatchSet")
        for option in q.options or []:
            _sub(right, "simpleAssociableChoice", option, identifier=option_ids[option], matchMax="0")
        _map_score(processing)
    else:
        raise InteropError(f"question '{q.id}': type {q.type} has no QTI form")


def _map_score(processing: ET.Element) -> None:
    _set_score(processing, _make("mapResponse", identifier="RESPONSE"))


def _match_score(processing: ET.Element, points: float) -> None:
    condition = _sub(processing, "responseCondition")
    branch = _sub(condition, "responseIf")
    branch.append(_make("match", _leaf("variable", identifier="RESPONSE"), _leaf("correct", identifier="RESPONSE")))
    _set_score(branch, None, points)
    _set_score(_sub(condition, "responseElse"), None, 0)


def _document(root: ET.Element, namespace: str, schema_location: str) -> bytes:
    root.set("xmlns", namespace)
    root.set("xmlns:xsi", XSI)
    root.set("xsi:schemaLocation", schema_location)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _stimulus(bank: Bank, version: str) -> tuple[str, bytes]:
    paragraphs = [p.strip() for p in bank.article.split("\n") if p.strip()]
    if version == "qti3":
        root = ET.Element("qti-assessment-stimulus", {"identifier": STIMULUS_ID, "title": bank.source.title or bank.title,
                                                      "xml:lang": "en"})
        body = _sub(root, "qti-stimulus-body")
        for text in paragraphs:
            _sub(body, "p", text)
        return "article.xml", _document(root, NS["qti3"], SCHEMA_LOCATION["qti3"])
    page = ET.Element("html", {"xmlns": "http://www.w3.org/1999/xhtml"})
    _sub(_sub(page, "head"), "title", bank.source.title or bank.title)
    body = _sub(page, "body")
    for text in paragraphs:
        _sub(body, "p", text)
    ET.indent(page)
    return "article.html", b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(page, encoding="utf-8") + b"\n"


def export_qti(bank: Bank, version: str, questions: list[Question] | None = None) -> bytes:
    """A QTI content package (zip bytes); `version` is "qti21" or "qti3"."""
    questions = questions if questions is not None else bank.questions
    files: dict[str, bytes] = {}
    stimulus_file, stimulus = _stimulus(bank, version)
    files[stimulus_file] = stimulus
    for q in questions:
        files[f"items/{q.id}.xml"] = _document(build_item(q, version), NS[version], SCHEMA_LOCATION[version])
    files = {"imsmanifest.xml": _manifest(bank, questions, version, stimulus_file), **files}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))  # same bank, same bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _manifest(bank: Bank, questions: list[Question], version: str, stimulus_file: str) -> bytes:
    root = ET.Element("manifest", {"identifier": f"MANIFEST-{bank.id}"})
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "QTI Package" if version == "qti3" else "QTIv2.1 Package")
    _sub(metadata, "schemaversion", "3.0.0" if version == "qti3" else "2.1.0")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    for q in questions:
        href = f"items/{q.id}.xml"
        resource = _sub(resources, "resource", identifier=_identifier(q.id), type=ITEM_TYPE[version], href=href)
        _sub(resource, "file", href=href)
        _sub(resource, "dependency", identifierref=STIMULUS_ID)
    stimulus = _sub(resources, "resource", identifier=STIMULUS_ID,
                    type="imsqti_stimulus_xmlv3p0" if version == "qti3" else "webcontent", href=stimulus_file)
    _sub(stimulus, "file", href=stimulus_file)
    return _document(root, CP_NS[version], CP_SCHEMA_LOCATION[version])


# -- import ------------------------------------------------------------------------------------

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
            node.tag = _camel(name[4:])
            node.attrib = {(_camel(k) if "-" in k and not k.startswith("{") else k): v for k, v in node.attrib.items()}
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
        raise _Skip(f"no response declaration for '{response_id}'")
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
    if len(options) < 2 or len(set(options)) != len(options):
        raise _Skip("a choice needs at least two choices with different texts")
    text_of = dict(choices)
    ordered = True if interaction.get("shuffle") == "false" else None
    if "quizapp-evidence-selection" in (interaction.get("class") or "").split():
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

