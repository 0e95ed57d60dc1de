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
