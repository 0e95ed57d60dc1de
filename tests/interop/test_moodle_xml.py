"""Moodle XML: what our export says to Moodle, and foreign Moodle files mapped to our types."""
import xml.etree.ElementTree as ET

from quizapp.interop.moodle_xml import export_moodle_xml, import_moodle_xml
from generated_banks import load_entries

EVIDENCE = "Drones over the river"
FOREIGN = b"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Reading/Figures</text></category></question>
  <question type="numerical">
    <name><text>Vehicles</text></name>
    <questiontext format="html"><text><![CDATA[<p>How many <b>vehicles</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Oleksandr said so.</p>]]></text></generalfeedback>
    <defaultgrade>2</defaultgrade>
    <answer fraction="100"><text>50</text><tolerance>5</tolerance></answer>
  </question>
  <question type="essay">
    <name><text>Opinion</text></name>
    <questiontext format="html"><text>Discuss.</text></questiontext>
  </question>
  <question type="calculated">
    <name><text>Formula</text></name>
    <questiontext format="html"><text>{a} + {b}?</text></questiontext>
  </question>
  <question type="ddwtos">
    <name><text>Drag words</text></name>
    <questiontext format="html"><text>[[1]] said</text></questiontext>
  </question>
</quiz>
"""


def test_foreign_numerical_keeps_tolerance_points_feedback_and_category_skill():
    result = import_moodle_xml(FOREIGN, "quiz.xml")
    assert result.questions == [{"id": "vehicles", "type": "numeric", "skill": "figure", "prompt": "How many vehicles?",
                                 "answer": 50, "tolerance": 5, "points": 2, "feedback": "Oleksandr said so.",
                                 "evidence": []}]


def test_unmappable_moodle_questions_are_listed_by_name_and_line():
    result = import_moodle_xml(FOREIGN, "quiz.xml")
    assert [(r.name, r.where) for r in result.skipped] == [
        ("Opinion", "quiz.xml:11"), ("Formula", "quiz.xml:15"), ("Drag words", "quiz.xml:19")]
    assert "calculated question" in result.skipped[1].reason and "drag-and-drop" in result.skipped[2].reason


def test_multiple_select_gets_partial_credit_fractions_and_no_shuffle_when_ordered():
    xml = export_moodle_xml(load_entries([{"id": "m", "type": "multiple_select", "skill": "detail", "prompt": "Which?",
                                           "options": ["a", "b", "c"], "answer": ["a", "b"], "ordered": True,
                                           "evidence": EVIDENCE}]))
    question = ET.fromstring(xml).find("question[@type='multichoice']")
    assert [a.get("fraction") for a in question.findall("answer")] == ["50", "50", "-50"]
    assert question.findtext("single") == "false" and question.findtext("shuffleanswers") == "false"


def test_matching_writes_subquestions_with_an_empty_one_per_distractor():
    xml = export_moodle_xml(load_entries([{"id": "m", "type": "matching", "skill": "affiliation", "prompt": "Match",
                                           "prompts": ["Lee", "Barros"], "options": ["FPRI", "ISW", "BBG"],
                                           "answer": ["FPRI", "ISW"], "evidence": EVIDENCE}]))
    subs = ET.fromstring(xml).findall("question/subquestion")
    assert [(s.findtext("text"), s.findtext("answer/text")) for s in subs] == [
        ("<p>Lee</p>", "FPRI"), ("<p>Barros</p>", "ISW"), ("", "BBG")]


def test_evidence_travels_in_the_general_feedback():
    xml = export_moodle_xml(load_entries([{"id": "t", "type": "true_false", "skill": "detail", "prompt": "True?",
                                           "answer": True, "feedback": "Yes & no", "evidence": EVIDENCE}]))
    feedback = ET.fromstring(xml).findtext("question[@type='truefalse']/generalfeedback/text")
    assert feedback == '<p>Yes &amp; no</p><blockquote class="quizapp-evidence">Drones over the river</blockquote>'
