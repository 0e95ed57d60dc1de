"""A sentence framed by the speaker's own statement or message is that speaker's words; a
capitalised title after "the" marks an appositive name as a person; "X's stance and his vow that
..." is X's vow; "X's threat to walk out" is X's, unless someone else reports it. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def said(text: str) -> list[tuple[str, str, bool]]:
    return [(q.speaker, q.text, q.direct) for q in extract_facts(text).quotes]


def test_in_his_statement_frames_the_rest_of_the_sentence():
    assert said("In his statement, Mayor Tomas Berg found the delay unacceptable and asked for "
                "patience.") == [("Tomas Berg", "the delay unacceptable and asked for patience", False)]
    assert said("In his speech, Tomas Berg walked to the stage.") == []


def test_a_quotation_after_a_colon_in_a_framed_sentence_is_the_speakers():
    text = ("Senator Ana Ruiz attended the funeral. In her message, she admired the late mayor's career: "
            "\"He was a fine teacher to all of us. He gave his whole life to this city.\"")
    assert ("Ana Ruiz", "He was a fine teacher to all of us. He gave his whole life to this city.", True) in said(text)


def test_a_capitalised_title_after_the_makes_an_unfamiliar_name_a_person():
    facts = extract_facts("Nuri Kamal-Said, the acting Prime Minister of Norway, spoke out against the plan.")
    assert [(a.person, a.role) for a in facts.affiliations] == [
        ("Nuri Kamal-Said", "acting Prime Minister of Norway")]


def test_a_view_or_an_account_framed_like_words_is_the_persons():
    tail = "the plan had failed from the very first day"
    assert said(f"In Ana Ruiz's view, {tail}.") == [("Ana Ruiz", tail, False)]
    assert said(f"By Ana Ruiz's account, {tail}.") == [("Ana Ruiz", tail, False)]
    assert said(f"In the view of the committee, {tail}.") == []  # a body's view is no person's


def test_a_vow_joined_to_a_named_persons_stance_is_that_persons_statement():
    text = ("Residents welcomed Tom Berg\u2019s firm line on housing and his vow last week that no park "
            "would be sold while he led the council.")
    quotes = [(q.speaker, q.text) for q in extract_facts(text).quotes]
    assert quotes == [("Tom Berg", "no park would be sold while he led the council")]


def test_a_possessed_threat_or_vow_gives_its_infinitive_unless_someone_else_reports_it():
    said = extract_facts("Tom Berg's threat to walk out of the talks worried the union.").quotes
    assert [(q.speaker, q.text) for q in said] == [("Tom Berg", "to walk out of the talks")]
    relayed = extract_facts("Ada Lin said Tom Berg's threat to walk out of the talks was a bluff.").quotes
    assert [(q.speaker, q.text) for q in relayed] == [
        ("Ada Lin", "Tom Berg's threat to walk out of the talks was a bluff")]


def test_his_vow_is_the_vow_of_the_named_subject_of_his_sentence():
    text = "Mayor Tom Berg faces criticism for breaking his vow that the bridge would reopen by May."
    said = [(q.speaker, q.text) for q in extract_facts(text).quotes]
    assert said == [("Tom Berg", "the bridge would reopen by May")]
    # another man named before "his": either may be meant
    text = ("Paul Dunn sat beside Mayor Tom Berg, who faces criticism for breaking his vow that the "
            "bridge would reopen by May.")
    assert extract_facts(text).quotes == []


def test_with_a_named_person_warning_of_something_the_participle_read_as_a_noun():
    text = 'Two neighbours criticised the plan, with Foreign Minister Ana Ruiz warning of "grave risks".'
    assert [(q.speaker, q.text) for q in extract_facts(text).quotes] == [("Ana Ruiz", "grave risks")]
