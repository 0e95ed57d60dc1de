"""QTI 1.2 as Canvas imports it (export only): a zip with `imsmanifest.xml`, the quiz as
`QUIZ/QUIZ.xml` (<questestinterop>) and `QUIZ/assessment_meta.xml` holding the article as the
quiz description. Canvas's question types are named in each item's metadata (`question_type`),
points in `points_possible`; SCORE runs 0-100 as Canvas expects. The feedback and the evidence
quotations are the item's general feedback. Canvas has no skill field: the skill is lost."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from quizapp.banks.model import Bank, Question
from quizapp.interop.hostile import InteropError
from quizapp.interop.html_text import feedback_html, paragraph
from quizapp.interop.imported import number_text

NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
SCHEMA_LOCATION = f"{NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_TYPE = {
    "single_choice": "multiple_choice_question", "evidence_selection": "multiple_choice_question",
    "multiple_select": "multiple_answers_question", "true_false": "true_false_question",
    "numeric": "numerical_question", "short_answer": "short_answer_question", "matching": "matching_question",
}


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _mattext(parent: ET.Element, text: str, html: bool = False) -> None:
    _sub(_sub(parent, "material"), "mattext", text, texttype="text/html" if html else "text/plain")


def _meta(parent: ET.Element, fields: dict[str, str]) -> None:
    metadata = _sub(parent, "qtimetadata")
    for label, value in fields.items():
        field = _sub(metadata, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", value)


def _item(section: ET.Element, q: Question) -> None:
    item = _sub(section, "item", ident=f"q-{q.id}", title=q.id)
    _meta(_sub(item, "itemmetadata"), {"question_type": CANVAS_TYPE[q.type], "points_possible": number_text(q.points)})
    presentation = _sub(item, "presentation")
    _mattext(presentation, paragraph(q.prompt), html=True)
    processing = _sub(item, "resprocessing")
    _sub(_sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if q.feedback or q.evidence:
        general = _sub(processing, "respcondition", **{"continue": "Yes"})
        _sub(_sub(general, "conditionvar"), "other")
        _sub(general, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    _interaction(q, presentation, processing)
    if q.feedback or q.evidence:
        feedback = _sub(item, "itemfeedback", ident="general_fb")
        _mattext(_sub(feedback, "flow_mat"), feedback_html(q.feedback, [e.text for e in q.evidence]), html=True)


def _fill_in(presentation: ET.Element, kind: str) -> None:
    # The box Canvas's own exports describe: one response label inside render_fib.
    fib = _sub(_sub(presentation, "response_str", ident="response1", rcardinality="Single"), "render_fib", fibtype=kind)
    _sub(fib, "response_label", ident="answer1", rshuffle="No")


def _set(parent: ET.Element, value: float, action: str = "Set") -> None:
    _sub(parent, "setvar", f"{value:g}", action=action, varname="SCORE")


def _interaction(q: Question, presentation: ET.Element, processing: ET.Element) -> None:
    if q.type in ("single_choice", "multiple_select", "evidence_selection", "true_false"):
        options = ["True", "False"] if q.type == "true_false" else list(q.options or [])
        if q.type == "true_false":
            key = ["True" if q.answer else "False"]
        else:
            key = q.answer if isinstance(q.answer, list) else [q.answer]
        ids = {option: str(i) for i, option in enumerate(options, start=1)}
        lid = _sub(presentation, "response_lid", ident="response1",
                   rcardinality="Multiple" if q.type == "multiple_select" else "Single")
        render = _sub(lid, "render_choice")
        for option in options:
            _mattext(_sub(render, "response_label", ident=ids[option]), option)
        if q.type == "multiple_select":
            # Canvas gives partial credit on multiple-answers questions itself; the condition
            # below states the full-marks combination, as Canvas's own exports do.
            condition = _sub(processing, "respcondition", **{"continue": "No"})
            both = _sub(_sub(condition, "conditionvar"), "and")
            for option in options:
                target = both if option in key else _sub(both, "not")
                _sub(target, "varequal", ids[option], respident="response1")
            _set(condition, 100)
        else:
            for option in key:
                condition = _sub(processing, "respcondition", **{"continue": "No"})
                _sub(_sub(condition, "conditionvar"), "varequal", ids[option], respident="response1")
                _set(condition, 100)
    elif q.type == "short_answer":
        _fill_in(presentation, "String")
        condition = _sub(processing, "respcondition", **{"continue": "No"})
        conditions = _sub(condition, "conditionvar")
        for text in [q.answer, *(q.extra.get("accepted") or [])]:
            _sub(conditions, "varequal", text, respident="response1")
        _set(condition, 100)
    elif q.type == "numeric":
        _fill_in(presentation, "Decimal")
        condition = _sub(processing, "respcondition", **{"continue": "No"})
        rng = q.extra.get("range")
        if rng is not None:
            low, high = rng
        else:
            tol = q.extra.get("tolerance") or 0
            low, high = q.answer - tol, q.answer + tol
        either = _sub(_sub(condition, "conditionvar"), "or")
        if q.answer is not None:
            _sub(either, "varequal", number_text(q.answer), respident="response1")
        both = _sub(either, "and")
        _sub(both, "vargte", number_text(low), respident="response1")
        _sub(both, "varlte", number_text(high), respident="response1")
        _set(condition, 100)
    elif q.type == "matching":
        option_ids = {o: str(100 + i) for i, o in enumerate(q.options or [], start=1)}
        prompts = q.extra["prompts"]
        share = 100 / len(prompts)
        for i, (prompt, option) in enumerate(zip(prompts, q.answer), start=1):
            lid = _sub(presentation, "response_lid", ident=f"response_{i}")
            _mattext(lid, prompt)
            render = _sub(lid, "render_choice")
            for choice in q.options or []:
                _mattext(_sub(render, "response_label", ident=option_ids[choice]), choice)
            condition = _sub(processing, "respcondition")
            _sub(_sub(condition, "conditionvar"), "varequal", option_ids[option], respident=f"response_{i}")
            _set(condition, round(share, 4), action="Add")
    else:
        raise InteropError(f"question '{q.id}': type {q.type} has no QTI 1.2 form")


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def export_qti12(bank: Bank, questions: list[Question] | None = None) -> bytes:
    questions = questions if questions is not None else bank.questions
    quiz_id = f"quiz-{bank.id}"
    root = ET.Element("questestinterop", {"xmlns": NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                                          "xsi:schemaLocation": SCHEMA_LOCATION})
    assessment = _sub(root, "assessment", ident=quiz_id, title=bank.title)
    _meta(assessment, {"cc_maxattempts": "1"})
    section = _sub(assessment, "section", ident="root_section")
    for q in questions:
        _item(section, q)
    meta = ET.Element("quiz", {"identifier": quiz_id, "xmlns": CANVAS_NS})
    _sub(meta, "title", bank.title)
    _sub(meta, "description", "".join(paragraph(p.strip()) for p in bank.article.split("\n") if p.strip()))
    _sub(meta, "shuffle_answers", "true")
    _sub(meta, "quiz_type", "assignment")
    _sub(meta, "points_possible", number_text(sum(q.points for q in questions)))
    manifest = ET.Element("manifest", {"identifier": f"MANIFEST-{bank.id}", "xmlns": CP_NS})
    metadata = _sub(manifest, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(manifest, "organizations")
    resources = _sub(manifest, "resources")
    quiz_file, meta_file = f"{quiz_id}/{quiz_id}.xml", f"{quiz_id}/assessment_meta.xml"
    resource = _sub(resources, "resource", identifier=quiz_id, type="imsqti_xmlv1p2")
    _sub(resource, "file", href=quiz_file)
    _sub(resource, "dependency", identifierref=f"{quiz_id}-meta")
    meta_resource = _sub(resources, "resource", identifier=f"{quiz_id}-meta", type="associatedcontent/imscc_xmlv1p1/learning-application-resource", href=meta_file)
    _sub(meta_resource, "file", href=meta_file)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in (("imsmanifest.xml", _xml(manifest)), (quiz_file, _xml(root)), (meta_file, _xml(meta))):
            archive.writestr(zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
