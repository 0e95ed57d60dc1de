"""Round 4 affiliation classes: general constructions of news writing. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_a_title_before_a_name_with_an_arabic_article():
    assert links("President Omar al-Haddad visited the port on Monday.") == [("Omar al-Haddad", None, "President")]


def test_a_party_member_noun_is_the_party_and_the_role_as_written():
    # gold writes the noun as a role ("Democrat") or the party as the organisation: both are given
    assert links("Democrat Ada Lin, the Senate majority leader, said the bill would pass.") == [
        ("Ada Lin", "Senate", "majority leader"), ("Ada Lin", "Democratic Party", "Democrat")]


def test_a_road_user_in_a_reported_crash_holds_no_post():
    assert links("The crash killed motorcyclist Tom Berg on Monday.") == []
    assert links("Tom Berg, a 19-year-old pedestrian, was struck by a van.") == []
    assert links("Bus driver Tom Berg said the road was icy.") == [("Tom Berg", None, "Bus driver")]


def test_a_role_after_a_family_tie_in_an_appositive():
    assert links("Ada Lin, his wife and the current chairwoman of the Westland Green Party, said he worked hard.") == [
        ("Ada Lin", "Westland Green Party", "current chairwoman")]


def test_a_second_post_after_x_of_y_and():
    assert links("Ada Lin of Harbour University and contributor to the Daily Post wrote that it was wrong.") == [
        ("Ada Lin", "Harbour University", None), ("Ada Lin", "Daily Post", "contributor")]


def test_an_elder_is_a_title_but_the_elder_of_two_relatives_is_not():
    assert links("Elder Tom Berg provided a prayer.") == [("Tom Berg", None, "Elder")]
    assert links("The elder Berg said it was fine.") == []


def test_whose_role_is_x():
    assert links("The Harbour Football Club, whose chief executive is Ada Lin, cut jobs.") == [
        ("Ada Lin", "Harbour Football Club", "chief executive")]
    assert links("Chile, whose president is Ada Lin, cut taxes.") == []


def test_a_plural_job_over_named_subjects_is_each_ones_as_written():
    assert links("His parents, Tom Berg and Ada Berg, were sharecroppers.") == [
        ("Tom Berg", None, "sharecroppers"), ("Ada Berg", None, "sharecroppers")]
    assert links("Tom Berg and Ada Lin were members.") == []


def test_trades_and_callings_are_roles():
    assert links("Ada Lin, a cattle rancher, said the drought was the worst in years.") == [
        ("Ada Lin", None, "cattle rancher")]
