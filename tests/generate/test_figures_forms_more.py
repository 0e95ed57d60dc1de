"""Forms of figures news writing uses: ages in months, group sizes, exception counts, changes of
an object. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def figures(text: str):
    return extract_facts(text).figures


def test_an_age_in_months_or_weeks():
    figs = figures("Rescuers pulled an eleven-month-old boy from the rubble. A six-week-old puppy was also saved.")
    assert [(f.text, f.value, f.counts) for f in figs] == [
        ("eleven-month-old", "11", "age in months"), ("six-week-old", "6", "age in weeks")]


def test_a_number_word_and_a_person_noun_size_a_group():
    figs = figures("A three-judge court heard the appeal on Friday.")
    assert [(f.text, f.counts) for f in figs] == [("A three-judge court", "judges (court)")]


def test_an_idiom_with_a_number_word_is_no_group():
    assert figures("The two-way radio and a three-dimensional model were shown.") == []


def test_all_but_n_is_an_exception_count():
    figs = figures("Smith and all but one of the senators voted for the bill on Monday.")
    assert [(f.text, f.value) for f in figs] == [("all but one", "all but 1")]
    assert figs[0].counts == "senators"


def test_a_transitive_change_verb_changes_its_object():
    figs = figures("Divers found more bodies on Wednesday, raising the official death toll from 12 to 19.")
    assert [(f.value, f.counts) for f in figs] == [
        ("12", "official death toll (before)"), ("19", "official death toll (after)")]


def test_a_list_of_results_gives_every_score():
    figs = figures("In other results, Rovers beat City 3–1, and United saw off Town 2–0.")
    assert [(f.text, f.counts) for f in figs] == [("3–1", "score"), ("2–0", "score")]


def test_a_range_after_a_score_stays_a_range():
    figs = figures("Rovers beat City 3–1 and sold 4–5 tickets.")
    assert [(f.text, f.counts) for f in figs] == [("3–1", "score"), ("4–5 tickets", "tickets")]


def test_twice_before_its_verb_counts_events():
    figs = figures("The suspect was twice interviewed by police during the inquiry.")
    assert [(f.text, f.value) for f in figs] == [("twice", "2 times")]


def test_a_count_given_to_a_tally_noun_is_no_year():
    figs = figures("Officials said the number of registered voters is 1850 this spring.")
    assert [(f.text, f.counts) for f in figs] == [("1850", "registered voters")]


def test_a_year_after_be_stays_a_year():
    assert figures("The best season for the club was 1998.") == []


def test_the_value_a_toll_stands_at_is_a_count():
    figs = figures("The death toll now stands at 56 after rescuers found more bodies.")
    assert [(f.text, f.counts) for f in figs] == [("56", "death toll")]


def test_the_number_of_a_single_thing_is_a_label():
    assert figures("The number of the house is 2015, a neighbour said.") == []


def test_a_hyphenated_count_of_people_takes_the_right_plural():
    figs = figures("A two-man crew sailed the yacht across the bay.")
    assert [f.counts for f in figs] == ["men (crew)"]


def test_a_hyphenated_twice_is_a_description():
    assert figures("Her twice-married father lives nearby.") == []


def test_a_score_after_a_sports_verb_of_result():
    figs = figures("United downed City 2–0 on Saturday.")
    assert [(f.text, f.counts) for f in figs] == [("2–0", "score")]


def test_a_falling_pair_after_the_object_of_a_vote_is_its_tally():
    figs = figures("The Senate passed the bill 52 to 48 on Tuesday.")
    assert [(f.text, f.counts) for f in figs] == [("52 to 48", "votes for and against")]


def test_a_comparison_in_words_is_a_ratio_and_a_clock_time_is_not():
    figs = figures("Women outnumber men three to one in the college. The staff met at ten to one.")
    assert [(f.text, f.value) for f in figs] == [("three to one", "3:1")]
