"""Later mentions of a number already given are not new figures ("six of these inspections" after
"six inspections" too); a partitive counts its noun after modifiers joined by "and". Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def figures(text: str):
    return extract_facts(text).figures


def test_a_time_word_after_the_counted_noun_keeps_the_noun():
    text = ("The council closed the pool for three weeks yesterday. During these three weeks of repairs, "
            "swimmers used the river.")
    figs = figures(text)
    assert [f.text for f in figs] == ["three weeks"]
    assert figs[0].counts == "weeks"


def test_a_bare_number_after_the_article_points_back_to_the_set():
    text = "Police charged six men with fraud on Monday. The first of the six appeared in court today."
    assert [f.text for f in figures(text)] == ["six men"]


def test_a_bare_number_with_a_modifier_picks_out_a_new_part():
    text = ("The board read four offers for the club. It chose the one from a local bank over the three "
            "made by foreign investors.")
    assert "three" in [f.text for f in figures(text)]


def test_all_n_after_a_count_of_the_same_number_is_a_repeat():
    text = "A crash on the motorway injured four cyclists on Sunday. All four injuries were minor, doctors said."
    assert [f.text for f in figures(text)] == ["four cyclists"]


def test_all_n_on_a_first_mention_is_a_figure():
    text = "The senator won all three elections she contested."
    assert [f.text for f in figures(text)] == ["three elections"]


def test_the_same_number_noun_and_verb_told_twice_is_one_figure():
    text = ("The ferry hit a rock and split into three sections. Divers said on Friday that the ferry "
            "split into three sections within minutes.")
    assert [f.text for f in figures(text)] == ["three sections"]


def test_an_ordinal_repeated_as_the_noun_of_its_verb():
    text = ("Police arrested a third suspect on Monday. A spokesman said: \"We have made a third arrest "
            "and enquiries continue.\"")
    assert [f.text for f in figures(text)] == ["third suspect"]


def test_a_headline_ordinal_repeating_a_body_label():
    text = ("Rovers win third round of county cup\n\nRovers beat City 2-0 on Saturday in their Round 3 "
            "county cup match at home.")
    assert [f.text for f in figures(text)] == ["2-0"]


def test_the_same_number_twice_in_one_sentence_is_two_facts():
    text = "Smith scored two goals in the first half and two goals in the second half."
    assert [f.text for f in figures(text)] == ["two goals", "two goals"]


def test_a_partitive_of_these_with_the_same_number_points_back_to_the_set():
    text = ("The plant had six fire inspections in May. By Friday, the owners had passed only six "
            "of these safety and fire inspections.")
    assert [(f.text, f.counts) for f in figures(text)] == [("six fire inspections", "fire inspections")]


def test_a_partitive_counts_the_noun_after_its_joined_modifiers():
    got = [(f.text, f.counts) for f in figures("Three of the fishing and hunting boats sank on Monday.")]
    assert got == [("Three", "fishing and hunting boats")]
