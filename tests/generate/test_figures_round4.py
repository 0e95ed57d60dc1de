"""Figures: result times written with colons, ordinals that rank, currency signs beyond $ € £ ¥
(made-up sentences)."""
from __future__ import annotations

from extracted import figures_after_dateline as figs


def test_result_times_with_colons_are_amounts_of_time():
    got = figs("Ann Lee won the marathon in 2:08:36, ahead of Bo Park, 2:08:41. "
               "The swimmer clocked 3:59 and the skater ran 1:21.45 in the heats.")
    assert got["2:08:36"] == ("2:08:36", "time") and "2:08:41" in got
    assert "3:59" in got and "1:21.45" in got


def test_a_result_time_is_its_seconds_when_mentions_are_compared():
    got = figs("Lee won in 2:08:36 and Park set a record of 2:09:10. The two records still stand.")
    assert "two records" in got and "2:09:10" in got


def test_clock_times_with_colons_stay_out():
    got = figs("The quake struck at 10:32:15 local time. The shop opens 9:30 and the bus left around 11:05:20.")
    assert got == {}


def test_an_ordinal_before_a_position_noun_ranks_and_counts_nothing():
    got = figs("Second and third place went to Ann Lee and Bo Park. Lee now lives on the fifth floor.")
    assert got == {}
    assert "the third attempt" in figs("Park crossed the strait on the third attempt.")
    # a part of a game, a place in a text
    assert figs("Park scored in the third period. Lee's name is in the second paragraph of the letter.") == {}


def test_currency_signs_and_codes_beyond_the_dollar():
    got = figs("He paid ₿12 for the files. The port cost NT$5 billion and AED 40 million; rent is NIS 12,000.")
    assert got["₿12"] == ("₿12", "bitcoin")
    assert "NT$5 billion" in got and "AED 40 million" in got and "NIS 12,000" in got


def test_a_bare_one_in_a_breakdown_after_a_count_is_a_count():
    got = figs("Two riders were hurt in Leeds and one in York.")
    assert got["one"] == ("1", "riders (hurt)")
    assert figs("She keeps a spare key and one in the car.") == {}


def test_a_minus_sign_written_onto_a_number_is_part_of_it():
    got = figs("The town froze at -12°C on Sunday, and output grew by −0.4% in the quarter.")
    assert got["-12°C"][0] == "-12" and got["−0.4%"][0].startswith("-0.4")


def test_an_age_with_a_scale_word_is_the_whole_number():
    got = figs("Divers found a 99-million-year-old shell and a 4.5 billion-year-old rock.")
    assert got["99-million-year-old"][0] == "99 million"
    assert got["4.5 billion-year-old"][0] == "4.5 billion"


def test_a_word_ratio_before_margin_or_majority_is_one_figure():
    got = figs("The bill passed by a two-to-one margin, and a three-to-one majority backed it.")
    assert got["two-to-one margin"] == ("2:1", "margin") and "three-to-one majority" in got


def test_one_as_the_unit_of_a_rate_is_a_count():
    got = figs("On Friday one euro was worth about $1.10.")
    assert "one euro" in got


def test_an_ordinal_after_a_possessive_counts_a_named_feat():
    assert "20th Grand Slam title" in figs("Lee won 6-4, 6-3 to claim her 20th Grand Slam title.")
    assert figs("Lee and his 3rd Battalion colleagues came home.") == {}


def test_a_count_right_after_a_weekday_or_month_is_no_date():
    got = figs("In June three people were arrested, and on Friday two more were held. On Monday 12 guards quit.")
    assert "three people" in got and "two more" in got and "12 guards" in got
    assert figs("The vote is on June 12 and Monday 4 May; Friday 13 was unlucky.") == {}


def test_one_before_a_unit_of_time_is_a_duration():
    got = figs("The clerk served one year in prison. The law took effect one month later.")
    assert "one year" in got and "one month" in got
    assert figs("One day, the clerk left for Paris.") == {}


def test_an_ed_compound_of_a_part_noun_counts_the_parts():
    got = figs("The lab built a two-legged robot and a four-engined drone.")
    assert got["a two-legged"] == ("2 legs", "legs") and "a four-engined" in got
    assert figs("It was a one-sided game and a two-pronged plan.") == {}


def test_a_bare_earlier_value_after_down_from_is_a_count():
    got = figs("The party won 54 seats, down from 61.")
    assert got["61"] == ("61", "seats (won)")


def test_a_change_and_a_new_level_after_a_verb_of_change_are_two_figures():
    got = figs("Cases rose by 1,200 to 15,400. The index fell 120 to 3,400 on Friday.")
    assert got["by 1,200"][0] == "1,200" and got["to 15,400"][0] == "15,400"
    assert got["120"][0] == "120" and got["to 3,400"][0] == "3,400"
    assert "10 to 15 percent" in figs("Prices rose 10 to 15 percent.")


def test_an_ordinal_before_straight_or_consecutive_counts_the_noun_after():
    got = figs("Prices fell for a third straight month. It was the club's fourth consecutive win.")
    assert "third straight month" in got and "fourth consecutive win" in got


def test_a_rate_as_the_subject_of_its_clause_is_one_figure():
    got = figs("Of 2,000 adults polled, one in three had borrowed money.")
    assert got["one in three"][0] == "1 in 3" and "three" not in got


def test_a_rate_with_out_of_at_the_end_of_its_clause_is_one_figure():
    got = figs("Most voters, or seven out of ten, agreed.")
    assert "seven out of ten" in got and "seven" not in got


def test_on_one_occasion_counts_occasions():
    assert "one occasion" in figs("The clerk was late twice and, on one occasion, absent.")


def test_a_hyphenated_rate_before_its_noun_is_one_figure():
    got = figs("There is a 1-in-10,000 chance of impact and a one-in-five risk of rain.")
    assert "1-in-10,000 chance" in got and "one-in-five risk" in got


def test_durations_written_short_are_amounts_of_time():
    got = figs("The flight takes 2hr 15min; she ran 1h 59m 40s. The shop opens at 9h30.")
    assert "2hr 15min" in got and "1h 59m 40s" in got and len(got) == 2


def test_a_year_before_and_a_third_is_no_mixed_number():
    got = figs("She won a second term in 2016 and a third term in 2020.")
    assert "third term" in got and not any(k.startswith("2016") for k in got)


def test_rand_and_shillings_signs_with_a_scale_or_thousands_are_money():
    got = figs("The club paid R500 million and Sh2bn, about R5,000 a seat. Take the R40 road.")
    assert got["R500 million"] == ("R500 million", "rand") and "Sh2bn" in got and "about R5,000" in got
    assert not any("R40" in k for k in got)


def test_an_ordinal_before_hole_is_a_position():
    assert figs("Lee holed out on the 18th hole.") == {}


def test_a_capitalised_noun_of_a_number_names_a_body():
    assert figs("The leaders of the Group of 20 discussed trade.") == {}
    assert "40" in figs("The population of the town is 40.")


def test_an_n_time_count_before_a_named_title_counts_it():
    assert "20-time Grand Slam champion" in figs("Lee, the 20-time Grand Slam champion, lost.")


def test_race_distances_written_onto_the_number_are_measures():
    got = figs("She won the 400m and the 4x100m relay. The firm raised the 100m needed.")
    assert "400m" in got and "4x100m" in got and "100m" not in got


def test_a_spelled_number_with_and_after_hundred_is_one_number():
    got = figs("One hundred and twenty-five guests came.")
    assert got["One hundred and twenty-five guests"][0] == "125"
    assert figs("A hundred and fifty guests came.")["A hundred and fifty guests"][0] == "150"


def test_two_near_numbers_joined_by_or_are_one_loose_range():
    got = figs("Five or six riders were hurt over two or three days.")
    assert got["Five or six riders"][0] == "5 or 6" and got["two or three days"][0] == "2 or 3"
    assert "two or more guards" in figs("It needs two or more guards.")
    assert figs("Up to one or two hundred fans came.")["Up to one or two hundred fans"][0] == "up to 100 or 200"


def test_numbers_with_a_fraction_sign_are_amounts():
    got = figs("The clerk served 2½ years after a 3½-hour hearing.")
    assert got["2½ years"] == ("2.5", "years") and got["3½-hour"][0] == "3.5 hour"


def test_a_rate_per_head_is_one_figure():
    got = figs("Cases rose to 45 per 100,000 people. Prices rose 3 per cent.")
    assert got["45 per 100,000 people"][0] == "45 per 100,000" and "100,000 people" not in got
    assert "3 per cent" in got
