import pytest

from quizapp.banks.errors import BankError
from quizapp.banks.loader import load_bank, validate_path


def messages(path):
    return [str(p) for p in validate_path(path)]


def test_mini_bank_loads_with_evidence_offsets(mini):
    bank = load_bank(mini / "bank.yaml")
    assert bank.id == "mini" and len(bank.questions) == 8
    for q in bank.questions:
        for ev in q.evidence:
            assert bank.article[ev.start:ev.end] == ev.text
    assert bank.corrections[0].reading == "Institute for the Study of War"
    assert bank.question("efanov-lines").line == 14


def test_evidence_selection_answer_is_derived_from_the_evidence(mini):
    q = load_bank(mini).question("find-resources")
    assert q.answer == ["“It has become more difficult, but we have the resources.”"]
    assert "Drones over the river" in q.options and len(q.options) == len(q.extra["option_spans"])


def test_key_not_in_options(make_bank, line_of):
    path = make_bank(("answer: Artem Efanov", "answer: Efanov"))
    assert messages(path) == [
        f"mini/bank.yaml:{line_of(path, 'answer: Efanov')}: question 'efanov-lines': answer 'Efanov' is not one of its options"]


def test_duplicate_id_names_the_first(make_bank, line_of):
    path = make_bank(("id: analysts", "id: efanov-lines"))
    assert messages(path) == [
        f"mini/bank.yaml:{line_of(path, 'id: efanov-lines', 2)}: question 'efanov-lines': duplicate id 'efanov-lines' (first used at line 14)"]


def test_evidence_with_straight_quotes_hints_at_the_article_text(make_bank, line_of):
    path = make_bank(('evidence: "“We are holding the lines,” Efanov said."', """evidence: '"We are holding the lines," Efanov said.'"""))
    [msg] = messages(path)
    assert msg.startswith(f"mini/bank.yaml:{line_of(path, 'Efanov said.')}: question 'efanov-lines': evidence")
    assert "is not in the article; the article has it as ““We are holding the lines,” Efanov said.”" in msg


def test_evidence_with_a_changed_word_hints_at_the_closest_passage(make_bank):
    path = make_bank(("destroyed more than 50 Russian vehicles", "destroyed more than 60 Russian tanks"))
    [msg] = messages(path)
    assert "evidence “destroyed more than 60 Russian tanks” is not in the article; closest passage: “" in msg


def test_evidence_nowhere_near_gets_no_hint(make_bank):
    path = make_bank(('evidence: "an analyst at Black Bird Group"', 'evidence: "Putin met Biden"'))
    assert messages(path)[0].endswith("evidence “Putin met Biden” is not in the article")


def test_evidence_in_a_list_points_at_its_own_line(make_bank, line_of):
    path = make_bank(("- \"George Barros, an analyst at the Institute\"", "- \"George Barros, analyst\""))
    [problem] = validate_path(path)
    assert problem.line == line_of(path, "George Barros, analyst")


def test_yaml_syntax_error_has_a_line(make_bank, line_of):
    path = make_bank(("    prompt: \"Which group", "    prompt: [\"Which group"))
    [msg] = messages(path)
    assert msg.startswith("mini/bank.yaml:") and "YAML syntax error" in msg
    assert int(msg.split(":")[1]) >= line_of(path, '["Which group')


@pytest.mark.parametrize("file", ["bank.yaml", "article.txt"])
def test_not_utf8(make_bank, file, line_of):
    path = make_bank()
    target = f"{path}/{file}"
    with open(target, "ab") as fh:
        fh.write("\nCaf\xe9\n".encode("latin-1"))
    [msg] = messages(path)
    assert "is not UTF-8 text (byte 0xe9 on line" in msg and "save it as UTF-8" in msg
    if file == "article.txt":
        assert msg.startswith(f"mini/bank.yaml:{line_of(path, 'file: article.txt')}: source file mini/article.txt")


def test_unknown_type_and_skill_list_the_known_ones(make_bank):
    path = make_bank(("type: true_false", "type: yes_no"), ("skill: figure", "skill: numbers"))
    first, second = messages(path)
    assert "question 'lee-negotiate': unknown type 'yes_no' (known types: single_choice, multiple_select, true_false," in first
    assert "question 'vehicles': unknown skill 'numbers' (known skills: who_said, affiliation, figure," in second


def test_missing_and_mistyped_fields(make_bank, line_of):
    path = make_bank(("    prompt: \"Which group does Pasi Paroinen work for?\"\n", ""), ("points: 2", "points: two"))
    assert messages(path) == [
        f"mini/bank.yaml:{line_of(path, 'points: two')}: question 'analysts': points must be a number above 0, not 'two'",
        f"mini/bank.yaml:{line_of(path, 'id: paroinen-group')}: question 'paroinen-group': 'prompt' is missing or empty",
    ]


def test_bad_id_and_duplicate_option(make_bank):
    path = make_bank(("id: lee-negotiate", "id: Lee_Negotiate"), ("[Pasi Paroinen, George Barros, Artem Efanov, Oleksandr]", "[Pasi Paroinen, George Barros, Artem Efanov, george barros]"))
    msgs = messages(path)
    assert any("duplicate option 'george barros' (same as item 2)" in m and "question 'analysts'" in m for m in msgs)
    assert any("id 'Lee_Negotiate' must be lower-case letters, digits and hyphens" in m for m in msgs)


@pytest.mark.parametrize("old, new, message", [
    ("tolerance: 0", "tolerance: -5", "question 'vehicles': tolerance must not be negative (got -5)"),
    ("range: [1000, 1500]", "range: [1500, 1000]", "question 'area': range minimum 1500 is greater than its maximum 1000"),
    ("range: [1000, 1500]", "range: [1000, 1500]\n    answer: 2000", "question 'area': answer 2000 is outside its range [1000, 1500]"),
])
def test_bad_numeric_keys(make_bank, old, new, message):
    path = make_bank((old, new))
    [msg] = messages(path)
    assert msg.endswith(message)


def test_matching_with_unequal_sides(make_bank):
    path = make_bank(("prompts: [Rob Lee, Pasi Paroinen]", "prompts: [Rob Lee, Pasi Paroinen, Oleksandr]"))
    [msg] = messages(path)
    assert msg.endswith("question 'who-works-where': matching has unequal sides: 3 prompts but 2 answers")


def test_source_file_missing(make_bank, line_of):
    path = make_bank(("file: article.txt", "file: missing.txt"))
    assert messages(path) == [f"mini/bank.yaml:{line_of(path, 'file: missing.txt')}: source file mini/missing.txt file not found"]


@pytest.mark.parametrize("outside", ["../secret.txt", "../../etc/hostname", "/etc/hostname"])
def test_source_file_outside_the_banks_folder_is_refused_unread(make_bank, line_of, tmp_path, outside):
    (tmp_path / "secret.txt").write_text("not an article", encoding="utf-8")
    path = make_bank(("file: article.txt", f"file: {outside}"))
    [first, *_] = messages(path)
    assert first.startswith(f"mini/bank.yaml:{line_of(path, 'file: ' + outside)}: 'source.file' '{outside}' is outside")
    assert "copy the article into mini" in first


def test_source_file_in_a_subfolder_of_the_bank_is_read(make_bank, tmp_path):
    path = make_bank(("file: article.txt", "file: texts/article.txt"))
    (tmp_path / "mini" / "texts").mkdir()
    (tmp_path / "mini" / "article.txt").rename(tmp_path / "mini" / "texts" / "article.txt")
    assert messages(path) == []


def test_typo_in_a_field_name_and_written_derived_answer(make_bank):
    path = make_bank(("tolerance: 0", "tolerence: 0"), ('evidence: "but we have the resources"', 'answer: x\n    evidence: "but we have the resources"'))
    first, second = messages(path)
    assert "question 'vehicles': unknown field 'tolerence' for a numeric question (known:" in first
    assert "question 'find-resources': a evidence_selection question's answer is derived from its evidence; remove 'answer'" in second


def test_duplicate_key_in_a_question(make_bank, line_of):
    path = make_bank(("answer: false", "answer: false\n    answer: true"))
    [msg] = messages(path)
    assert msg == f"mini/bank.yaml:{line_of(path, 'answer: true')}: key 'answer' appears twice (first at line {line_of(path, 'answer: false')}); the last one would win"


def test_evidence_occurrence_beyond_the_count(make_bank):
    path = make_bank(('evidence: "destroyed more than 50 Russian vehicles"', 'evidence: "destroyed more than 50 Russian vehicles"\n    evidence_occurrence: 2'))
    [msg] = messages(path)
    assert msg.endswith("evidence_occurrence 2: “destroyed more than 50 Russian vehicles” occurs only 1 time(s)")


def test_explicit_sentence_options_must_be_in_the_article(make_bank):
    path = make_bank(('evidence: "but we have the resources"',
                      'options: ["“We are holding the lines,” Efanov said.", "Efanov said it was hard."]\n    evidence: "but we have the resources"'))
    msgs = messages(path)
    assert any("option “Efanov said it was hard.” is not a sentence of the article" in m for m in msgs)


def test_every_problem_at_once_sorted_by_line(make_bank):
    path = make_bank(("answer: Artem Efanov", "answer: Efanov"), ("id: analysts", "id: efanov-lines"),
                     ("tolerance: 0", "tolerance: -1"), ("skill: affiliation", "skill: who"))
    problems = validate_path(path)
    assert len(problems) == 4
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_load_bank_raises_with_all_problems(make_bank):
    path = make_bank(("answer: Artem Efanov", "answer: Efanov"), ("tolerance: 0", "tolerance: -1"))
    with pytest.raises(BankError) as info:
        load_bank(path)
    assert len(info.value.problems) == 2 and "answer 'Efanov'" in str(info.value)


def test_folder_of_banks_and_duplicate_bank_ids(make_bank, tmp_path):
    make_bank(name="one")
    make_bank(name="two")
    assert messages(".") == ["two/bank.yaml: bank id 'mini' is also used by one/bank.yaml"]
    assert messages("nowhere") == ["nowhere: no such file or folder"]
    (tmp_path / "empty").mkdir()
    assert messages("empty") == ["empty: no bank.yaml found here or in its sub-folders"]


def test_date_must_be_iso(make_bank):
    path = make_bank(('date: "2024-11"', 'date: "November 2024"'))
    assert messages(path)[0].endswith("'source.date' must be an ISO date (2024-11-20) or YYYY-MM, not 'November 2024'")


def test_correction_original_must_be_in_the_article(make_bank):
    path = make_bank(('original: "Institute for the Kursk. Study of war"', 'original: "Institute for Kursk Study"'))
    assert "correction original “Institute for Kursk Study” is not in the article" in messages(path)[0]


def test_frozen_snapshot_scores_like_the_loaded_question(mini):
    from quizapp.banks.model import Question
    from quizapp.questions import get_type

    for q in load_bank(mini).questions:
        frozen = Question.from_dict(q.to_dict())
        qtype = get_type(q.type)
        assert frozen == Question(**{**q.to_dict(), "evidence": q.evidence})
        assert qtype.score(frozen, qtype.key(q)).correct, q.id


def test_windows_line_endings_give_the_same_offsets_as_read_text(make_bank):
    from pathlib import Path

    path = make_bank()
    article = Path(path, "article.txt")
    article.write_bytes(article.read_bytes().replace(b"\n", b"\r\n"))
    bank = load_bank(path)
    text = article.read_text(encoding="utf-8")
    assert all(text[e.start:e.end] == e.text for q in bank.questions for e in q.evidence)


def test_ordered_options_are_a_yes_or_no_setting(make_bank, line_of):
    path = make_bank(("answer: Artem Efanov", "answer: Artem Efanov\n    ordered: sometimes"))
    assert messages(path) == [
        f"mini/bank.yaml:{line_of(path, 'ordered: sometimes')}: question 'efanov-lines': ordered must be true or false, not 'sometimes'"]
    from quizapp.banks.loader import load_bank

    assert load_bank(make_bank(("answer: Artem Efanov", "answer: Artem Efanov\n    ordered: true"), name="ok")
                     ).questions[0].extra == {"ordered": True}


def test_a_billion_laughs_file_is_refused_at_its_first_alias(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "laughs").mkdir()
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{k}: &{k} [{', '.join([f'*{p}'] * 9)}]" for p, k in zip("abcdefgh", "bcdefghi")]
    (tmp_path / "laughs" / "bank.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert messages("laughs") == ["laughs/bank.yaml:2: YAML syntax error: aliases (*name) are not allowed in a bank file"]


def test_a_file_nested_fifty_thousand_deep_gets_one_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "bank.yaml").write_text("questions: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    [message] = messages("deep")
    assert message.startswith("deep/bank.yaml:1: YAML syntax error: nested more than")
