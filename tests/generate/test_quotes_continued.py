"""A quotation that makes up a sentence or a paragraph of its own, right after a sentence in which
one person reports or speaks, goes on with that person's words, even where it ends in a capitalised
quotation of its own (no title for being in title case). Invented texts."""
from __future__ import annotations

from extracted import quotes


def test_a_quotation_after_a_reported_statement_in_the_same_paragraph():
    text = ('Mayor Ana Ruiz said the bridge would be rebuilt. "It will take two years, but we will do it." '
            'The council meets on Friday.')
    assert ("Ana Ruiz", "It will take two years, but we will do it.") in quotes(text)


def test_a_quotation_paragraph_after_someone_spoke():
    text = ('Mayor Ana Ruiz spoke to reporters on Monday.\n\n"It will take two years, but we will do it."\n\n'
            'The council meets on Friday.')
    assert quotes(text) == [("Ana Ruiz", "It will take two years, but we will do it.")]


def test_after_two_people_spoke_the_quotation_is_nobodys():
    text = ('Mayor Ana Ruiz spoke to Tom Berg on Monday.\n\n"It will take two years, but we will do it."\n\n'
            'The council meets on Friday.')
    assert quotes(text) == []


def test_a_quotation_with_more_after_it_in_its_paragraph_is_not_continued():
    text = ('Mayor Ana Ruiz spoke to reporters on Monday.\n\n"It will take two years, but we will do it," '
            'a resident said.')
    assert not any(speaker == "Ana Ruiz" for speaker, _ in quotes(text))


def test_a_short_second_part_of_an_interrupted_quotation_is_the_speakers_too():
    text = ('"It is too dear," Ana Ruiz, the mayor, said, "and nobody wants it." '
            '"We will see," said Tom Berg, "what the board says."')
    assert quotes(text) == [("Ana Ruiz", "It is too dear"), ("Ana Ruiz", "and nobody wants it."),
                            ("Tom Berg", "We will see"), ("Tom Berg", "what the board says.")]


def test_a_question_with_its_own_unnamed_speaker_is_not_the_last_speakers():
    text = ('Sarah Miller told a newspaper she supported the idea. "Am I supposed to ask every teenager '
            'for an ID card?" the officer said.')
    assert quotes(text) == [("Sarah Miller", "she supported the idea")]


def test_a_sentence_quoted_whole_that_ends_in_a_nested_capitalised_quotation_is_still_said():
    text = "\u201cNot at all,\u201d Mr. Berg said as he locked the gate. \u201cIt\u2019s \u2018Opening Night at the Palace.\u2019\u201d"
    assert ("Berg", "It\u2019s \u2018Opening Night at the Palace.\u2019") in quotes(text)
