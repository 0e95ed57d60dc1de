"""GIFT: escaping as Moodle writes it, and foreign GIFT files mapped to our types."""
from quizapp.interop.gift import escape, export_gift, import_gift
from generated_banks import load_entries

EVIDENCE = "Drones over the river"


def bank_of(**fields):
    return load_entries([{"id": "q", "type": "short_answer", "skill": "detail", "prompt": "Who?",
                          "answer": "A", "evidence": EVIDENCE, **fields}])


def test_reserved_characters_are_escaped_as_moodle_does():
    assert escape("a~b=c#d{e}f:g\\h\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"


def test_export_writes_numeric_tolerance_range_and_feedback():
    text = export_gift(load_entries([
        {"id": "t", "type": "numeric", "skill": "figure", "prompt": "How many?", "answer": 1500, "tolerance": 10,
         "evidence": EVIDENCE, "feedback": "See {paragraph 2}"},
        {"id": "r", "type": "numeric", "skill": "figure", "prompt": "Area?", "range": [1000, 1500], "evidence": EVIDENCE},
    ])).decode()
    assert "::t::How many? {\n#1500:10\n####See \\{paragraph 2\\}\n}" in text
    assert "::r::Area? {\n#1000..1500\n}" in text


def test_matching_writes_pairs_and_distractors():
    text = export_gift(load_entries([{"id": "m", "type": "matching", "skill": "affiliation", "prompt": "Match",
                                      "prompts": ["Lee", "Barros"], "options": ["FPRI", "ISW", "Black Bird"],
                                      "answer": ["FPRI", "ISW"], "evidence": EVIDENCE}])).decode()
    assert "=Lee -> FPRI\n=Barros -> ISW\n= -> Black Bird\n" in text


def test_foreign_gift_maps_every_supported_type():
    source = """$CATEGORY: $course$/top/Figures
::Weeks::How many weeks? {#3:1}

::Sure::The sky is blue. {T}

::Pick::Which are cities? {~%50%Paris ~%50%Rome ~%-50%Nile ~%-50%Alps}

::Missing::Efanov is a {=drone ~tank ~ship} operator.
"""
    result = import_gift(source.encode(), "in.gift")
    by_id = {q["id"]: q for q in result.questions}
    assert by_id["weeks"] == {"id": "weeks", "type": "numeric", "skill": "figure", "prompt": "How many weeks?",
                              "answer": 3, "tolerance": 1, "points": 1, "evidence": []}
    assert by_id["sure"]["answer"] is True
    assert by_id["pick"]["type"] == "multiple_select" and by_id["pick"]["answer"] == ["Paris", "Rome"]
    assert by_id["missing"]["prompt"] == "Efanov is a _____ operator."
    assert not result.skipped


def test_unmappable_gift_items_are_listed_with_line_and_reason():
    source = "::Essay::Discuss. {}\n\n::Note::Just some text.\n\n::Two::Pick {=a =b ~c}\n"
    result = import_gift(source.encode(), "in.gift")
    assert [str(r) for r in result.skipped] == [
        "in.gift:1: 'Essay': an essay (free text): quizapp has no essay questions",
        "in.gift:3: 'Note': a description (text with no answer), not a question",
        "in.gift:5: 'Two': several answers marked right ('='): quizapp's single choice has one key",
    ]
    assert result.questions == []


def test_answer_feedback_and_unequal_weights_are_reported_as_changes():
    source = "::W::Pick {~%100%a#Right! ~%-25%b ~c}\n\n::X::Which? {~%70%a ~%30%b ~%-100%c}\n"
    result = import_gift(source.encode(), "in.gift")
    assert result.questions[0]["feedback"] == "Right!"
    assert any("weights replaced" in r.reason for r in result.changed)


def test_what_survives_when_our_comment_lines_are_dropped_as_moodle_drops_them():
    bank = load_entries([{"id": "n", "type": "numeric", "skill": "figure", "prompt": "How many km?", "answer": 1500,
                          "tolerance": 10, "unit": "km", "points": 2, "feedback": "Paragraph 3.", "evidence": EVIDENCE}])
    text = export_gift(bank).decode()
    as_moodle_reads_it = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    question = import_gift(as_moodle_reads_it.encode(), "in.gift").questions[0]
    assert (question["prompt"], question["answer"], question["tolerance"], question["feedback"]) == \
           ("How many km?", 1500, 10, "Paragraph 3.")
    assert question["points"] == 1 and question["evidence"] == [] and "unit" not in question
