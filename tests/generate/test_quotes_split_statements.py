"""A statement an attribution splits: the words before an attribution set between commas, and the
words that run on from a quotation up to its attribution, are the speaker's too (news gold lists
each side as an item of its own). Invented sentences."""
from __future__ import annotations

from extracted import quotes

from quizapp.generate.article import Article
from quizapp.generate.quotes.finder import QuoteFinder


def test_the_words_before_an_inserted_attribution_are_the_statements_first_part():
    text = ("Ana Ruiz is the mayor. Within a month of the sale, Ruiz said, the shop was selling "
            "cheaper bread.")
    assert quotes(text) == [("Ana Ruiz", "Within a month of the sale"),
                            ("Ana Ruiz", "the shop was selling cheaper bread")]


def test_the_first_part_comes_before_a_quotation_too():
    text = ("Tom Berg runs the ferry company. Under the new timetable, Berg said, \u201cNobody will "
            "wait more than ten minutes.\u201d")
    assert quotes(text) == [("Tom Berg", "Under the new timetable"),
                            ("Tom Berg", "Nobody will wait more than ten minutes.")]


def test_a_connective_a_short_time_or_the_occasion_is_no_first_part():
    text = ("Ana Ruiz is the mayor. However, Ruiz said, the bridge will stay shut. On Monday, Ruiz "
            "said, the ferry was cancelled. In a radio interview, Ruiz said, the plan had failed.")
    assert quotes(text) == [("Ana Ruiz", "the bridge will stay shut"),
                            ("Ana Ruiz", "the ferry was cancelled"), ("Ana Ruiz", "the plan had failed")]


def test_the_speakers_own_description_is_no_first_part():
    text = ('The judge hearing the appeal, Maria Lindqvist, said, "The evidence was never tested in '
            'court."')
    assert quotes(text) == [("Maria Lindqvist", "The evidence was never tested in court.")]


def test_words_running_on_from_a_quotation_to_its_attribution_are_reported():
    text = ("Lena Okafor is a councillor in Marlow. \u201cThe council is to blame for the delays, "
            "because it ignored the warnings\u201d while it was in charge of the project, Okafor said.")
    assert quotes(text) == [
        ("Lena Okafor", "The council is to blame for the delays, because it ignored the warnings"),
        ("Lena Okafor", "while it was in charge of the project")]


def test_narration_after_a_comma_or_a_short_tail_is_not_run_on():
    text = ("Lena Okafor is a councillor. \u201cWe read every page,\u201d and the hearing is closed, "
            "Okafor said. \u201cWe checked every figure\u201d in the report, Okafor said.")
    assert ("Lena Okafor", "and the hearing is closed") not in quotes(text)
    assert ("Lena Okafor", "in the report") not in quotes(text)


def test_a_main_verb_the_parser_hangs_on_a_described_subject_still_reports():
    text = ("The leader of the Harbour Party, Rachid Benali, condemned Tuesday\u2019s arson, saying in a "
            "statement that it \u201cwill only make this town stronger.\u201d")
    assert quotes(text) == [("Rachid Benali", "Tuesday\u2019s arson"),
                            ("Rachid Benali", "will only make this town stronger.")]


def test_a_role_word_before_a_name_that_qualifies_a_noun_makes_no_person():
    text = ("\u201cNobody here is afraid,\u201d Sami Haddad said of himself and fellow Tajdeed members. "
            "Tajdeed said on Friday that the ban would be challenged.")
    assert quotes(text) == [("Sami Haddad", "Nobody here is afraid")]


def test_a_quotation_paragraph_goes_on_from_the_speaker_not_whom_he_spoke_of():
    # (the parser cuts "satellite." off as a sentence of its own; the attribution before it counts)
    text = ("Tom Becker, a founder of the company, told reporters the crash was a blow.\n\n"
            '"That week was painful," he said, adding that Anna Lindqvist was hit by a "perfect storm" '
            "of a flooded depot and losing a client's (very costly!) cargo.\n\n"
            '"Setbacks like that take years to repair," he said.')
    assert ("Tom Becker", "Setbacks like that take years to repair") in quotes(text)


def test_a_he_beside_a_known_she_is_the_other_person():
    text = ("Dmitri Sokolov and Hillary Lindqvist met in 2011. Sokolov hoped Lindqvist would lose if she "
            "ran, and he said so.")
    finder = QuoteFinder(Article.read(text))
    assert finder._genders()["Dmitri Sokolov"] == "m"


def test_the_mayor_is_the_mayor_titled_last_with_a_leading_initial():
    text = ("Mayor Tom Berg said residents should stay calm.\n\n"
            "Later that night, the police found a bag near the station.\n\n"
            "The bag held five bombs.\n\n"
            "Mayor J. Christian Lund of Marlow, speaking at a news conference, described the family's past.\n\n"
            "The bakery on Mill Street closed two years ago, the mayor said.")
    assert quotes(text)[-1] == ("J. Christian Lund", "The bakery on Mill Street closed two years ago")


def test_the_mayor_stays_open_where_the_other_mayor_was_named_since():
    text = ("Mayor Tom Berg said residents should stay calm.\n\n"
            "Mayor J. Christian Lund of Marlow described the family's past. Mr. Berg disagreed.\n\n"
            "The bakery on Mill Street closed two years ago, the mayor said.")
    assert ("J. Christian Lund", "The bakery on Mill Street closed two years ago") not in quotes(text)
    assert ("Tom Berg", "The bakery on Mill Street closed two years ago") not in quotes(text)


def test_she_after_a_man_named_between_is_the_main_subject():
    text = ("With Mr. Hale refusing to criticise President Dmitri Sokolov, officials felt she was right.\n\n"
            "Last month, Ms. Lindqvist clashed with Mr. Brandt after she said that Mr. Hale would "
            "chair the harbour summit.")
    assert ("Dmitri Sokolov", "Mr. Hale would chair the harbour summit") not in quotes(text)
    assert quotes(text)[-1][0] == "Lindqvist"


def test_mr_and_a_title_are_not_the_daughter_brought_in_later():
    text = ("President Lund praised Ms. Lindqvist on Tuesday.\n\n"
            "\u201cShe has served the city well,\u201d Mr. Lund said.\n\n"
            "Earlier he said that his daughter Greta Lund would be a fine choice.")
    found = quotes(text)
    assert found[0] == ("Lund", "She has served the city well")
    assert not any(speaker == "Greta Lund" for speaker, _ in found)
