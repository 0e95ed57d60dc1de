"""Organisations a role names in other ways: "the association's senior director" taken up from a
body named by its own word anywhere before, a portfolio word opening a body's name before the role
("an Energy Commission staffer"), and a company's name without the place it is based in or cut at
a founder's middle initial. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_the_associations_director_takes_up_an_association_named_paragraphs_before():
    text = ("The Westland Retailers Association opposes the plan.\n\nShops say costs would rise.\n\n"
            "Prices rose last year.\n\nThe council meets on Monday.\n\n"
            '"It will fail," said Doug Bray, the association\'s senior director for policy.')
    assert ("Doug Bray", "Westland Retailers Association", "senior director") in links(text)


def test_a_portfolio_word_may_open_a_bodys_name_before_the_role():
    text = '"It will work," said Harinder Gill, an Energy Commission staffer on the project.'
    assert links(text) == [("Harinder Gill", "Energy Commission", "staffer")]


def test_where_a_company_is_based_and_a_founders_initial_do_not_cut_its_name():
    text = ('"I was shocked," said Tyler Brennan, president of Marlow-based Dana F. Brennan Company, '
            "the largest buyer of halibut.")
    assert links(text) == [("Tyler Brennan", "Dana F. Brennan Company", "president")]


def test_a_degree_after_the_name_does_not_hide_the_post_after_it():
    text = ('"It resonates because it is scary," says Stephen Caldwell, MD, president of the Westland '
            'Society of Surgeons. It spreads fast, says Brian K. Combes, PhD, of Marlow University.')
    assert links(text) == [("Stephen Caldwell", "Westland Society of Surgeons", "president"),
                           ("Brian K. Combes", "Marlow University", None)]


def test_a_family_name_ner_took_for_a_people_stays_before_a_hyphenated_given_name():
    text = "Han Min-jun, the leader of the Harbour Party, urged the mayor to step down."
    assert links(text) == [("Han Min-jun", "Harbour Party", "leader")]
