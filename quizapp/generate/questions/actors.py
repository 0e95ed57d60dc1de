"""Who takes part in an article's events: a person a sentence makes the subject of its verb ("Berg
resigned", "Berg was arrested"), outside anyone's quoted or reported words. Someone only mentioned
as the object of others' words or deeds ("by supporting President Berg", "played singer Ana Ruiz
in the film") is no plausible speaker to offer as a wrong answer: a reader rules them out without
reading."""
from __future__ import annotations

import re
from functools import lru_cache

from quizapp.generate.evidence import sentences
from quizapp.generate.questions.parsing import parse_sentences


@lru_cache(maxsize=512)
def acts_in_article(text: str, name: str, quoted: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether a sentence outside the `quoted` spans makes the person (by any word of their name)
    the subject of a verb."""
    words = [w for w in name.split() if w[:1].isupper()]
    if not words:
        return False
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    found = [s for s in sentences(text) if pattern.search(text[s.start: s.end])]
    docs = parse_sentences([text[s.start: s.end] for s in found])
    for s, doc in zip(found, docs):
        for tok in doc:
            if tok.text not in words:
                continue
            at = s.start + tok.idx
            if any(a <= at < b for a, b in quoted):
                continue
            head = tok
            while head.dep_ in {"compound", "flat", "appos"} and head.head.i != head.i:
                head = head.head
            if head.dep_ in {"nsubj", "nsubjpass"}:
                return True
    return False
