"""Figures a news article writes without a noun after the number, as ages, hyphenated compounds,
ordinal counts, frequencies and conversions; and the numbers that are not figures (a name like
COVID-19, a headline repeating the body, a later mention of the same fact, a determiner "one")."""
from __future__ import annotations

from extracted import figures as figs

from quizapp.generate import numbers


def test_a_number_without_a_noun_counts_what_its_clause_or_partitive_says():
    got = figs("The outbreak infected over 4,200 of the island's residents and killed at least 62. "
               "Under the new rule, that number drops to six.")
    assert got["over 4,200"] == ("over 4,200", "residents")
    assert got["at least 62"][0] == "at least 62" and "killed" in got["at least 62"][1]
    assert "six" in got


def test_an_elided_noun_is_the_one_a_number_already_counted():
    got = figs("Of the 600 residents who spoke, roughly two thirds backed the plan and 150 opposed it.")
    assert got["150"] == ("150", "residents (opposed)")


def test_labels_and_clock_times_without_a_noun_are_not_figures():
    assert figs("Phase two starts at 5 on Route 66, and Chapter 11 follows.") == {}


def test_ages_in_a_list_after_aged_and_after_a_person_noun():
    got = figs("The victims were aged nine, ten, two aged fourteen, and 59. Another brother, 22, was found. "
               "The oldest, age 29, was weak.")
    assert {t: v for t, (v, _) in got.items()} == {
        "aged nine": "9", "ten": "10", "two": "2", "aged fourteen": "14", "59": "59",
        "Another brother, 22": "22", "age 29": "29"}
    assert got["Another brother, 22"][1] == "age of another brother"
    assert figs("Voters aged 18 to 24 turned out.")["aged 18 to 24"][0] == "18–24"


def test_hyphenated_compounds_with_number_words_and_a_year_with_a_unit():
    got = figs("A twelve-storey block, a nine-year-old girl and a 4.7-magnitude quake. "
               "The workers began a two-day strike after a 1500 km march in 2019.")
    assert set(got) == {"A twelve-storey block", "nine-year-old", "4.7-magnitude quake", "a two-day strike", "1500 km march"}


def test_ordinals_that_count_events_count_and_positions_do_not():
    got = figs("It was the second attempt. A second truck hit the bus. The first bidder won, "
               "and the second floor was closed in the second half.")
    assert set(got) == {"the second attempt", "A second truck"}


def test_money_with_a_country_prefix_scores_ratios_and_qualified_totals():
    got = figs("The fine is US$500. The team won 3–1. The party took 17 out of 18 of the city's districts. "
               "The population is about 7.5 million, up from just over one million.")
    assert got["US$500"] == ("US$500", "US dollars")
    assert "3–1" in got and got["17 out of 18"][1] == "districts"
    assert "about 7.5 million" in got and "just over one million" in got


def test_frequencies_and_around_the_clock():
    assert set(figs("Prisoners could wash once a year while guards worked 24/7.")) == {"once a year", "24/7"}
    assert numbers.find_quantity("working 24/7") is None  # no "12/7" distractor


def test_one_as_a_count_and_one_as_a_determiner():
    got = figs("One resident said the flight took 22 minutes with one refueling. One of the pilots left. "
               "Shops set a one-pack limit and cut sales to two and one package per order. "
               "The blast killed one and injured eight people. We did not find one.")
    assert "one refueling" in got and "a one-pack limit" in got and "one package" in got and "one" in got
    assert not any(t.lower().startswith("one resident") or t.lower().startswith("one of") for t in got)
    assert list(got).count("one") == 1  # "did not find one" is a pronoun


def test_an_amount_and_its_conversion_are_one_figure():
    got = figs("The home lies 70 miles (112 km) away. The 22-mile (35-km) journey was hard.")
    assert set(got) == {"70 miles (112 km)", "22-mile (35-km)"}


def test_names_headline_repeats_and_repeated_mentions_are_left_out():
    text = ("Quake of 5.2 shakes island\n\nA magnitude 5.2 earthquake hit on Monday during the COVID-19 "
            "pandemic. Staff began a planned two-day shutdown. Officials said the two-day shutdown worked. "
            "Cases fell in the first half of the year.")
    assert set(figs(text)) == {"magnitude 5.2 earthquake", "two-day shutdown"}


def test_how_many_times_something_happened():
    got = figs("Reyes scored twice and was booked three times. The new hall is twice the size of the old one.")
    assert got["twice"] == ("2 times", "times (scored)") and got["three times"][0] == "3 times"
    assert len(got) == 2  # "twice the size" is a comparison, not a count of events
