"""QTI packages have the structure the specifications require. The 1EdTech XSDs could not be had
here (docs/interop.md), so this checks what they would: root elements and namespaces, required
attributes, element order, identifiers that are XML names and that resolve, and every file the
manifest names present in the zip."""
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from generated_banks import load_entries

from quizapp.banks.loader import load_bank
from quizapp.interop import export
from quizapp.interop.qti import CP_NS, NS
from quizapp.interop.qti_import import import_qti

KURSK = load_bank(Path(__file__).parents[2] / "question_banks" / "kursk-2024")
NCNAME = re.compile(r"[A-Za-z_][\w.-]*")
ORDER = {"qti21": ["responseDeclaration", "outcomeDeclaration", "itemBody", "responseProcessing", "modalFeedback"],
         "qti3": ["qti-response-declaration", "qti-outcome-declaration", "qti-assessment-stimulus-ref",
                  "qti-item-body", "qti-response-processing", "qti-modal-feedback"]}


def package(fmt):
    archive = zipfile.ZipFile(io.BytesIO(export(KURSK, fmt)))
    return {name: archive.read(name) for name in archive.namelist()}


def local(tag):
    return tag.split("}", 1)[1]


@pytest.mark.parametrize("fmt", ["qti21", "qti3"])
def test_manifest_names_only_files_in_the_package_and_resolvable_ids(fmt):
    files = package(fmt)
    manifest = ET.fromstring(files["imsmanifest.xml"])
    assert manifest.tag == f"{{{CP_NS[fmt]}}}manifest"
    resources = manifest.findall(f".//{{{CP_NS[fmt]}}}resource")
    ids = [r.get("identifier") for r in resources]
    assert len(ids) == len(set(ids)) == len(KURSK.questions) + 1 and all(NCNAME.fullmatch(i) for i in ids)
    for resource in resources:
        assert resource.get("href") in files
        assert all(f.get("href") in files for f in resource.findall(f"{{{CP_NS[fmt]}}}file"))
        assert all(d.get("identifierref") in ids for d in resource.findall(f"{{{CP_NS[fmt]}}}dependency"))


@pytest.mark.parametrize("fmt", ["qti21", "qti3"])
def test_every_item_has_the_required_root_attributes_and_element_order(fmt):
    files = package(fmt)
    manifest = ET.fromstring(files["imsmanifest.xml"])
    items = [r for r in manifest.iter(f"{{{CP_NS[fmt]}}}resource") if r.get("type").startswith("imsqti_item")]
    for resource in items:
        item = ET.fromstring(files[resource.get("href")])
        prefix = "qti-" if fmt == "qti3" else ""
        assert item.tag == f"{{{NS[fmt]}}}{prefix}assessment{'-item' if fmt == 'qti3' else 'Item'}"
        assert item.get("identifier") == resource.get("identifier")
        required = ("identifier", "title", "adaptive", "time-dependent" if fmt == "qti3" else "timeDependent")
        assert all(item.get(name) for name in required)
        children = [local(child.tag) for child in item]
        assert children == sorted(children, key=ORDER[fmt].index)


def attr(element, name):
    return element.get(name) or element.get(re.sub(r"([A-Z])", lambda m: "-" + m[1].lower(), name))


def named(item, *names):
    return [e for e in item.iter() if local(e.tag).removeprefix("qti-").replace("-", "").lower() in names]


@pytest.mark.parametrize("fmt", ["qti21", "qti3"])
def test_interactions_answer_to_declared_responses_and_keys_name_real_choices(fmt):
    for name, data in package(fmt).items():
        if not name.startswith("items/"):
            continue
        item = ET.fromstring(data)
        declarations = {d.get("identifier"): d for d in named(item, "responsedeclaration")}
        interactions = [e for e in item.iter() if local(e.tag).lower().endswith("interaction")]
        assert len(interactions) == 1, name
        declaration = declarations[attr(interactions[0], "responseIdentifier")]
        assert attr(declaration, "cardinality") and attr(declaration, "baseType")
        if attr(declaration, "baseType") == "identifier":
            choices = {c.get("identifier") for c in named(item, "simplechoice")}
            keys = {v.text for v in named(declaration, "value")} | {attr(e, "mapKey") for e in named(declaration, "mapentry")}
            assert keys and keys <= choices, name


def test_qti3_items_reference_the_shared_article_stimulus():
    files = package("qti3")
    stimulus = ET.fromstring(files["article.xml"])
    assert stimulus.tag == f"{{{NS['qti3']}}}qti-assessment-stimulus" and stimulus.get("identifier") == "article"
    item = ET.fromstring(files[f"items/{KURSK.questions[0].id}.xml"])
    ref = item.find(f"{{{NS['qti3']}}}qti-assessment-stimulus-ref")
    assert ref.get("identifier") == "article" and ref.get("href") == "../article.xml"


def test_qti12_package_is_what_canvas_reads():
    archive = zipfile.ZipFile(io.BytesIO(export(KURSK, "qti12")))
    quiz = ET.fromstring(archive.read("quiz-kursk-2024/quiz-kursk-2024.xml"))
    ns = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    assert quiz.tag == f"{ns}questestinterop"
    items = quiz.findall(f".//{ns}item")
    assert len(items) == len(KURSK.questions)
    for item in items:
        fields = {f.findtext(f"{ns}fieldlabel"): f.findtext(f"{ns}fieldentry") for f in item.iter(f"{ns}qtimetadatafield")}
        assert fields["question_type"].endswith("_question") and float(fields["points_possible"]) > 0
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    hrefs = [f.get("href") for f in manifest.iter("{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}file")]
    assert hrefs and all(h in archive.namelist() for h in hrefs)


FOREIGN_ESSAY = b"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="essay1" title="Your view"
    adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>
  <itemBody>
    <extendedTextInteraction responseIdentifier="RESPONSE"><prompt>Discuss.</prompt></extendedTextInteraction>
  </itemBody>
</assessmentItem>
"""


def test_a_foreign_essay_item_is_listed_not_dropped():
    result = import_qti(FOREIGN_ESSAY, "essay.xml")
    assert result.questions == []
    assert [str(r) for r in result.skipped] == [
        "essay.xml:2: 'Your view': an essay (extended text): quizapp has no essay questions"]


FOREIGN_QTI3_CHOICE = b"""<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="item-1"
    title="Capital of Finland" adaptive="false" time-dependent="false">
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>B</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-item-body>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>Which city is the capital of <em>Finland</em>?</qti-prompt>
      <qti-simple-choice identifier="A">Turku</qti-simple-choice>
      <qti-simple-choice identifier="B">Helsinki</qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct"/>
</qti-assessment-item>
"""


def test_a_foreign_qti3_choice_item_becomes_a_single_choice_question():
    result = import_qti(FOREIGN_QTI3_CHOICE, "item.xml")
    assert result.questions == [{"id": "capital-of-finland", "type": "single_choice", "skill": "detail",
                                 "prompt": "Which city is the capital of Finland?", "options": ["Turku", "Helsinki"],
                                 "answer": "Helsinki", "points": 1, "evidence": []}]
    assert not result.skipped and not result.changed


def test_qti12_numeric_and_matching_keys_are_what_canvas_scores():
    bank = load_entries([
        {"id": "n", "type": "numeric", "skill": "figure", "prompt": "How many?", "answer": 1500, "tolerance": 10,
         "evidence": "Drones over the river"},
        {"id": "m", "type": "matching", "skill": "affiliation", "prompt": "Match", "prompts": ["Lee", "Barros"],
         "options": ["FPRI", "ISW", "BBG"], "answer": ["FPRI", "ISW"], "evidence": "Drones over the river"}])
    archive = zipfile.ZipFile(io.BytesIO(export(bank, "qti12")))
    quiz = ET.fromstring(archive.read("quiz-generated/quiz-generated.xml"))
    ns = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    numeric, matching = quiz.findall(f".//{ns}item")
    assert [e.text for e in numeric.iter() if e.tag in (f"{ns}vargte", f"{ns}varlte", f"{ns}varequal")] == ["1500", "1490", "1510"]
    added = [(c.find(f".//{ns}varequal").get("respident"), c.find(f"{ns}setvar").text)
             for c in matching.iter(f"{ns}respcondition") if c.find(f"{ns}setvar") is not None]
    assert added == [("response_1", "50"), ("response_2", "50")]
