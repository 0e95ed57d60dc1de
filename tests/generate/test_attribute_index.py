"""The attribute ruler matched through an index gives exactly the annotations spaCy's Matcher gives."""
from __future__ import annotations

import pytest

from quizapp.generate import attribute_index
from quizapp.generate.nlp import pipeline

# Invented text with what the ruler's special patterns look for: contractions, "y'all", "ain't",
# "nothin'", an expletive "there is", auxiliaries, spaces and line breaks, and plain prose.
TEXT = (
    "There is a ferry at dawn, and y'all ain't seen nothin' yet.\n\n"
    "The council's treasurer, Mira Olsen, said on Tuesday that 14 of the 20 buses had been "
    "repaired.  \"We don't know why it's late,\" she told reporters. Gets better, got worse.\n"
    "Was it ever going to work? It wasn't, and they're sure of that."
)


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def _before_the_ruler(nlp):
    later = ["attribute_ruler", "lemmatizer", "quizapp_lemma_fixes", "ner"]
    return nlp(TEXT, disable=[name for name in later if name in nlp.pipe_names])


def test_the_index_finds_the_matchers_matches_in_the_rulers_order(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    doc = _before_the_ruler(nlp)
    stock = type(ruler).match(ruler, doc)  # the class's method: spaCy's Matcher
    assert attribute_index.IndexedRules(ruler)(doc) == stock
    assert len(stock) > len(doc)  # tags, and the word-specific rules on top


def test_the_pipeline_annotates_as_the_stock_ruler_does(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, attribute_index.IndexedRules)
    indexed = [(t.pos_, t.morph, t.lemma_, t.dep_) for t in nlp(TEXT)]
    del ruler.match
    try:
        stock = [(t.pos_, t.morph, t.lemma_, t.dep_) for t in nlp(TEXT)]
    finally:
        assert attribute_index.install(nlp)
    assert indexed == stock


def test_a_pattern_the_index_cannot_read_keeps_spacys_matcher(nlp):
    from spacy.lang.en import English

    blank = English()
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ferry", "OP": "+"}]], {"TAG": "NN"})
    assert not attribute_index.install(blank)
    assert "match" not in vars(ruler)
