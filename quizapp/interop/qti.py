"""QTI 2.1 and QTI 3.0 content packages: export (import: quizapp/interop/qti_import.py).

A package is a zip: `imsmanifest.xml`, one item file per question under `items/`, and the article as
a shared passage (QTI 3.0: an assessment stimulus every item references; QTI 2.1, which has no
stimulus, an XHTML page the items depend on). An item's title is the question id and its label the
skill; MAXSCORE holds the points; modal feedback GENERAL holds the feedback and EVIDENCE the evidence
quotations. Items are built once in QTI 2.1's vocabulary; QTI 3.0 names are derived from it
(`choiceInteraction` -> `qti-choice-interaction`, `maxChoices` -> `max-choices`); qti_import.py reads
an imported QTI 3.0 item through the same names in reverse.
"""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile

from quizapp.banks.model import Bank, Question
from quizapp.interop.hostile import InteropError
from quizapp.interop.html_text import EVIDENCE_CLASS
from quizapp.interop.imported import number_text

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


def camel(name: str) -> str:
    """`max-choices` -> `maxChoices`: QTI 3.0's names back to QTI 2.1's."""
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
