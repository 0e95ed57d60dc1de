"""Reported clauses the parser misreads ("Sun Belt states" read as a verb), and reported words a quotation
completes. Invented sentences."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extracted import quotes
from quizapp.generate.quotes.misparsed import closes_quotation


def test_a_clause_whose_subject_the_parser_took_for_an_object():
    text = ("Ada Lin, the mayor, has repeatedly maintained the new bridge is what the town needs. "
            "Tom Berg, her deputy, said a rule allowing the sale of the land marked a turning point.")
    assert quotes(text) == [("Ada Lin", "the new bridge is what the town needs"),
                            ("Tom Berg", "a rule allowing the sale of the land marked a turning point")]


def test_saying_goodbye_and_leaving_says_nothing():
    assert quotes("Ada Lin, the mayor, said goodbye and left the room.") == []


def test_reported_words_that_a_quotation_completes_are_the_speakers_too():
    text = 'Tom Berg, the curator, said the statue represented a "comment on greed in our time".'
    assert quotes(text) == [("Tom Berg", 'the statue represented a "comment on greed in our time"'),
                            ("Tom Berg", "comment on greed in our time")]


def test_the_main_clause_after_a_conceded_statement_is_no_ones_words():
    text = ("Although Tom Berg, the mayor, denied the allegations, the council voted to remove him from office. "
            "Even though Ada Lin confessed to acting alone, three of her friends were tried by the same court.")
    assert quotes(text) == [("Tom Berg", "the allegations"), ("Ada Lin", "acting alone")]


def test_a_clause_after_a_fronted_phrase_that_the_parser_made_adverbial():
    text = "In an interview with Ruth, Ada Lin said as a child she was sent to a harsh boarding school by her father."
    assert quotes(text) == [("Ada Lin", "as a child she was sent to a harsh boarding school by her father")]


def test_what_someone_said_of_the_noun_before_a_comma_and_which():
    text = ("Tom Berg, the mayor, had not made public appearances since 2014, which his wife Ada Lin said "
            "was due to a long illness. Tom Berg backed an offensive that he claims will end the war.")
    assert quotes(text) == [("Ada Lin", "was due to a long illness")]


def test_a_verb_of_saying_the_parser_tagged_as_an_adjective():
    text = ("Another former adviser, Tom Berg, also spoke at the rally and encouraged supporters to remain "
            "hopeful after the recent court decision. The announced closure of the port will last until May.")
    assert quotes(text) == [("Tom Berg", "supporters to remain hopeful after the recent court decision")]


def test_a_verb_of_saying_the_parser_hung_on_its_subject():
    text = ("The city's security chief, Tom Berg, announced on Facebook on Tuesday there were suspects in custody. "
            "The report, published on Monday, shows the port lost money.")
    assert quotes(text) == [("Tom Berg", "there were suspects in custody")]


def test_a_clause_after_promised_or_predicted_keeps_its_subject():
    assert quotes("Chief executive Sarah Miller promised a new discharge lounge would open by the spring.") == [
        ("Sarah Miller", "a new discharge lounge would open by the spring")]
    assert quotes("Sarah Miller predicted the new bridge would cost twice as much as planned.") == [
        ("Sarah Miller", "the new bridge would cost twice as much as planned")]


def test_said_after_the_closing_mark_attributes_the_quotation_where_the_parser_hung_it_inside():
    # '“We did research that showed it worked,” Ruiz said.' parsed as a real-news story's was:
    # "said" a clause of "worked", inside the quotation's relative clause
    words = ["\u201c", "We", "did", "research", "that", "showed", "it", "worked", ",", "\u201d", "Ruiz", "said", "."]
    heads = [2, 2, 2, 2, 5, 3, 7, 5, 11, 11, 11, 7, 2]
    deps = ["punct", "nsubj", "ROOT", "dobj", "nsubj", "relcl", "nsubj", "ccomp", "punct", "punct", "nsubj",
            "ccomp", "punct"]
    tags = ["``", "PRP", "VBD", "NN", "WDT", "VBD", "PRP", "VBD", ",", "''", "NNP", "VBD", "."]
    pos = ["PUNCT", "PRON", "VERB", "NOUN", "PRON", "VERB", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    lemmas = ["\u201c", "we", "do", "research", "that", "show", "it", "work", ",", "\u201d", "Ruiz", "say", "."]
    spaces = [False, True, True, True, True, True, True, False, False, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert closes_quotation(doc[11])
    assert not closes_quotation(doc[5])  # "showed", inside the quotation, attributes nothing


def test_a_past_tagged_as_a_participle_after_the_closing_mark_attributes_the_quotation():
    # '“We will win and save the town,” Ruiz tweeted soon after the vote.' parsed as a real-news story's
    # was: "tweeted" a participle joined to "win" inside the quotation, and the sentence going on
    words = ["\u201c", "We", "will", "win", "and", "save", "the", "town", ",", "\u201d", "Ruiz", "tweeted", "soon",
             "after", "the", "vote", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 5, 11, 11, 11, 3, 11, 11, 15, 13, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "cc", "conj", "det", "dobj", "punct", "punct", "nsubj", "conj",
            "advmod", "prep", "det", "pobj", "punct"]
    tags = ["``", "PRP", "MD", "VB", "CC", "VB", "DT", "NN", ",", "''", "NNP", "VBN", "RB", "IN", "DT", "NN", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "CCONJ", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "ADV",
           "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["\u201c", "we", "will", "win", "and", "save", "the", "town", ",", "\u201d", "Ruiz", "tweet", "soon",
              "after", "the", "vote", "."]
    spaces = [False, True, True, True, True, True, True, False, False, True, True, True, True, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert closes_quotation(doc[11])
    assert not closes_quotation(doc[5])  # "save", inside the quotation, attributes nothing


def test_a_plural_noun_after_a_name_in_an_open_relative_clause_is_no_verb_of_saying():
    # the parser reads "states" as the verb of "Ada Lin" and what the analysts thought as her words
    text = ("Ada Lin, who won the race by carrying Sun Belt states analysts thought would go solidly "
            "Republican, will chair the committee. Tom Berg says the vote was fair.")
    assert quotes(text) == [("Tom Berg", "the vote was fair")]
