"""Figures: durations without a number word, "one" as a share or in a breakdown, hyphenated forms,
and a set already counted told again (made-up sentences)."""
from __future__ import annotations

from extracted import figures_after_dateline as figs


def test_a_qualified_duration_without_a_number_word_is_no_figure():
    got = figs("The blackout lasted about an hour. Within roughly a day, the road was open. "
               "The tower is more than a kilometre tall.")
    assert list(got) == ["more than a kilometre"]


def test_one_percent_is_a_share():
    got = figs("The mayor said even one percent of fans arriving would swamp the town.")
    assert got["one percent"][0] == "1 percent"


def test_one_beside_a_later_count_of_the_same_verb_is_a_count():
    got = figs("Guards detained one man for theft, a minor offence. They detained four for fighting.")
    assert "one man" in got and "four" in got
    got = figs("She met one person at the door. She met the others later.")
    assert got == {}


def test_hyphenated_mixed_numbers_and_long_compounds_are_amounts():
    got = figs("The clerk quit the firm a week-and-a-half ago. The singer is serving a two-year-long jail term.")
    assert got["a week-and-a-half"] == ("1.5", "weeks")
    assert got["a two-year-long jail"][0] == "2 year"
    got = figs("The prison term is four-and-a-half years. Some 40-odd people attended.")
    assert got["four-and-a-half years"] == ("4.5", "years")
    assert got["40-odd people"] == ("about 40", "people")


def test_a_set_counted_again_is_no_new_figure():
    got = figs("The storm sank all 14 boats in the bay. The harbour held 14 boats before it.")
    assert list(got) == ["14 boats"]
    got = figs("Two of the riders were young women. Medics said the two riders were bruised.")
    assert list(got) == ["Two"]
    got = figs("Four crew died and two guards were hurt. The cause is unknown. The four dead were pilots.")
    assert list(got) == ["Four crew", "two guards"]


def test_a_word_range_shares_its_scale_word():
    got = figs("Officials said two to three thousand fans came. An estimated one-to-two hundred guards watched.")
    assert got["two to three thousand fans"] == ("2000–3000", "fans")
    assert got["An estimated one-to-two hundred guards"][0].endswith("100–200")
    assert "thousand fans" not in got
    got = figs("Between two and three million people were affected.")
    assert got["Between two and three million people"][0] == "2,000,000–3,000,000"


def test_a_scale_word_and_its_half_are_one_amount():
    got = figs("Nearly two million fans signed up and an extra million-and-a-half applied. "
               "A million and a half displaced people fled.")
    assert got["an extra million-and-a-half"][0] == "1.5 million"
    assert got["A million and a half displaced people"] == ("1.5 million", "displaced people")


def test_a_number_word_after_a_date_is_no_second_day():
    got = figs("The court will sit again on June 3, two weeks before the deadline. The talks ran on May 8 and 9.")
    assert list(got) == ["two weeks"]


def test_a_capitalised_number_word_in_a_name_is_no_count():
    got = figs("The G8, or the Group of Eight, is a club of eight nations. The Big Four audit firms agreed.")
    assert list(got) == ["eight nations"]


def test_an_ordinal_before_a_debate_counts_debates():
    got = figs("The board cancelled the second mayoral debate between the rivals.")
    assert got["the second mayoral debate"][0] == "2nd"


def test_a_bound_restating_an_estimates_upper_end_is_no_new_figure():
    got = figs("An estimated two to three hundred people marched on Sunday. Police said fewer than three hundred marched.")
    assert list(got) == ["An estimated two to three hundred people"]


def test_one_more_of_something_is_a_count():
    got = figs("The agency hired one additional inspector. One more thing: the mayor resigned.")
    assert list(got) == ["one additional inspector"]


def test_one_listener_a_reporter_spoke_to_is_no_count():
    assert figs("The paper spoke to one father, who said his son was on the site.") == {}
    assert list(figs("The law limited families to one child.")) == ["one child"]


def test_one_as_the_object_of_a_verb_news_counts_is_a_count():
    got = figs("The blast killed one worker and hurt nobody else. One resident said the noise was loud.")
    assert list(got) == ["one worker"]


def test_an_uneven_number_of_people_told_again_is_no_new_figure():
    got = figs("The ferry carried 37 passengers. A caller said there are 37 people on board. "
               "Police sent 100 officers and 100 people marched.")
    assert list(got) == ["37 passengers", "100 officers", "100 people"]
