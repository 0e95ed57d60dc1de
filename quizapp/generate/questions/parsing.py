"""The parse a question needs: sentences parsed in batches (once per process), and small
helpers over spaCy tokens shared by the templates."""
from __future__ import annotations

import re

_PARSED: dict[tuple[str, bool], object] = {}


def parse_sentences(sentences: list[str], entities: bool = False) -> list:
    """Sentences parsed in one batch (several times faster than one by one), each once per
    process; without the entity recogniser unless `entities` is asked for."""
    from quizapp.generate.nlp import pipeline

    todo = list(dict.fromkeys(s for s in sentences if (s, entities) not in _PARSED))
    if todo:
        if len(_PARSED) > 2000:
            _PARSED.clear()
        nlp = pipeline()
        # Without entities, the lemmatizer is left out too: `lemmas(doc)` adds lemmas on demand.
        disable = [] if entities else [p for p in ("ner", "lemmatizer") if p in nlp.pipe_names]
        for sentence, doc in zip(todo, nlp.pipe(todo, disable=disable)):
            _PARSED[(sentence, entities)] = doc
    return [_PARSED[(s, entities)] for s in sentences]


def parse_sentence(sentence: str, entities: bool = False):
    return parse_sentences([sentence], entities)[0]


def lemmas(doc):
    """`doc` with lemmas, for the few parses that need a verb's base form ("did … kill")."""
    from quizapp.generate.nlp import pipeline

    nlp = pipeline()
    if "lemmatizer" in nlp.pipe_names and not all(t.lemma_ for t in doc if t.pos_ in ("VERB", "AUX")):
        nlp.get_pipe("lemmatizer")(doc)
    return doc



# Inside kept phrases, clauses that hang off a noun are dropped ("the wall that failed").
_DROP_INSIDE = {"relcl", "acl", "appos", "advcl", "parataxis", "ccomp", "conj", "cc"}
_DROP_PUNCT = set(",;:()[]{}—–\"“”‘’'")
REPORTING = {"say", "tell", "report", "estimate", "announce", "claim", "add", "state", "confirm",
              "predict", "warn", "write", "note", "explain"}


def words_of(tokens) -> str:
    out, prev = "", None
    for t in sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i):
        if prev is not None:
            out += prev.whitespace_ if t.i == prev.i + 1 else " "
        out += t.text
        prev = t
    return re.sub(r"\s+", " ", out).strip(" ,;:")


def has_number(tokens) -> bool:
    """A number other than a year: a question holding it would ask two figures at once."""
    return any(t.like_num and not in_date(t) for t in tokens)


DATE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
               "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday", "second", "seconds", "minute", "minutes", "hour",
               "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
               "decade", "decades", "a.m.", "p.m.", "am", "pm", "spring", "summer", "autumn",
               "fall", "winter", "weekend", "night", "morning", "afternoon", "evening", "today",
               "yesterday", "tonight", "season"}


def in_date(tok) -> bool:
    """A number of a date or a time span ("14 Feb 2021", "the first six hours", "in 2027")."""
    if re.fullmatch(r"1[89]\d\d|20\d\d", tok.text):
        return True
    near = tok.doc[max(0, tok.i - 1):tok.i + 3]
    return any(t.lower_ in DATE_WORDS for t in near if t.i != tok.i)


def subtree(tok, drop=_DROP_INSIDE) -> list:
    """The phrase under `tok` without the clauses that hang off its nouns."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in drop or (drop and child.dep_ == "punct" and child.text in _DROP_PUNCT):
            continue
        out += subtree(child, drop)
    return out


def first_of(tok):
    return min(subtree(tok), key=lambda t: t.i)


_BE = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re"}


def base_form(tok) -> str:
    """The verb's base form for "did ... <verb>": the lemmatizer's, except that a one-syllable
    lemma ending vowel-consonant whose past is written with a single consonant ("staged" read as
    "stag", whose past would be "stagged") stands for the word with a silent "e" ("stage")."""
    lemma = lemmas(tok.doc)[tok.i].lemma_
    if tok.tag_ in {"VBD", "VBN"} and tok.lower_ == lemma.lower() + "ed" \
            and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma.lower()):
        return lemma + "e"
    return lemma


def lemma_of(tok) -> str:
    """The base form of a verb, from the lemmatizer where it ran, else of "be" and the reporting
    verbs by their forms (the batch parse leaves the lemmatizer out for speed)."""
    if tok.lemma_:
        return tok.lemma_
    low = tok.lower_
    if low in _BE:
        return "be"
    for verb in REPORTING:
        if low in (verb, verb + "s", verb + "ed", verb + "d", verb[:-1] + "ied") or (verb, low) in (
                ("say", "said"), ("tell", "told"), ("write", "wrote"), ("say", "says")):
            return verb
    return low


