"""An organisation taken up by "the company's" or "its" further back in the paragraph, and a party
word over a plural title. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_its_chair_two_sentences_after_the_organisation_is_named():
    text = ("Halden Energy was fined on Monday. The company's spokesman, Peter Lang, said it would appeal. "
            "Its chairman, Mark Stone, declined to comment.")
    assert links(text) == [("Peter Lang", "Halden Energy", "spokesman"), ("Mark Stone", "Halden Energy", "chairman")]


def test_the_reference_does_not_reach_into_another_paragraph():
    text = "Halden Energy was fined on Monday.\n\nThe report came out on Friday. Its author, Jane Fox, was praised."
    assert links(text) == [("Jane Fox", None, "author")]


def test_the_nearest_sentence_naming_two_organisations_leaves_the_reference_open():
    text = ("Halden Energy signed a deal with Pellworth Bank. Talks had lasted a year. The weather was fine. "
            "Its chairman, Mark Stone, declined to comment.")
    assert links(text) == [("Mark Stone", None, "chairman")]


def test_a_party_word_over_a_plural_title_names_the_party_of_each():
    assert links("Labour MPs Sarah Miller and David Brown signed the letter.") == [
        ("Sarah Miller", "Labour Party", "Labour MPs"), ("David Brown", "Labour Party", "Labour MPs")]


def test_the_company_is_not_the_employer_of_someone_else_named_in_between():
    text = ("Halden Energy said it would cut 400 jobs. Emily Carter, an analyst at Pellworth Bank, said the cuts "
            "were expected. The company's finance director, Peter Walsh, said savings would follow.")
    assert links(text) == [("Emily Carter", "Pellworth Bank", "analyst"),
                           ("Peter Walsh", "Halden Energy", "finance director")]


def test_a_title_opened_by_a_common_noun_for_an_organisation_takes_up_the_one_just_named():
    text = "Customers have sued Halden Energy. \"We take security seriously,\" said company spokesman Jason Hunt."
    assert links(text) == [("Jason Hunt", "Halden Energy", "company spokesman")]


def test_a_post_an_organisation_chose_someone_for():
    assert links("The Conservative Party has chosen Margaret Lloyd as its new leader.") == [
        ("Margaret Lloyd", "Conservative Party", "leader")]
    assert links("Readers chose Margaret Lloyd as their favourite author.") == []


def test_the_company_is_not_a_place_named_after_near():
    text = ("Halden Energy bought land near Ashby last year. "
            '"The plans are ready," said Andrew Walker, the company\'s director.')
    assert ("Andrew Walker", "Ashby", "company's director") not in links(text)
    assert all(org != "Ashby" for _, org, _ in links(text))
