"""The English pipeline's attribute ruler, matched through an index instead of spaCy's Matcher.

The ruler maps fine tags (and a few words) to coarse parts of speech, morphology and lemmas with
some 180 one- and two-token patterns. spaCy's Matcher tries every pattern at every token, which
made this table lookup a fifth of the whole pipeline's time. `IndexedRules` files each pattern
under the tag or word its first token requires, so a token is tried only against the patterns
that could match it, and returns exactly the matches the Matcher returns, in the ruler's order;
the ruler's own `set_annotations` then writes them as before.

Only the pattern shapes the ruler is built from are indexed (token attributes TAG, LOWER, DEP,
IS_SPACE, each equal to a value, IN / NOT_IN a list or matching a REGEX; no operators). A pipeline
whose ruler holds anything else keeps spaCy's Matcher (`install` returns False).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# Where each attribute's value sits in the row `_rows` builds for a token
_COLUMN = {name: i for i, name in enumerate(_ATTRS)}

Test = Callable[[tuple], bool]


class Unsupported(ValueError):
    """A pattern shape the index does not handle."""


def _value_test(column: int, spec: Any) -> Test:
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            allowed = frozenset(spec["IN"])
            return lambda row: row[column] in allowed
        if set(spec) == {"NOT_IN"}:
            barred = frozenset(spec["NOT_IN"])
            return lambda row: row[column] not in barred
        if set(spec) == {"REGEX"}:  # the Matcher searches the value, as `re.search` does
            search = re.compile(spec["REGEX"]).search
            return lambda row: search(row[column]) is not None
        raise Unsupported(spec)
    if isinstance(spec, (str, bool)):
        return lambda row: row[column] == spec
    raise Unsupported(spec)


def _token_test(token_spec: dict) -> Test:
    tests = []
    for name, spec in token_spec.items():
        if name not in _COLUMN:
            raise Unsupported(name)
        tests.append(_value_test(_COLUMN[name], spec))
    return lambda row: all(test(row) for test in tests)


class IndexedRules:
    """The matches of an AttributeRuler's patterns, found through an index of their first token."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        # one index per attribute, in the order a pattern is filed by: a word is rarer than a tag
        self._indexes: list[dict] = [{} for _ in _ATTRS]
        self._anywhere: list = []
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            _, patterns = ruler.matcher.get(key)
            for pattern in patterns:
                entry = (rule, strings[key], len(pattern), tuple(_token_test(spec) for spec in pattern))
                self._file(pattern[0], entry)

    def _file(self, first: dict, entry: tuple) -> None:
        for name in ("LOWER", "TAG", "DEP", "IS_SPACE"):
            value, index = first.get(name), self._indexes[_COLUMN[name]]
            if isinstance(value, (str, bool)):
                index.setdefault(value, []).append(entry)
                return
            if isinstance(value, dict) and set(value) == {"IN"}:
                for one in value["IN"]:
                    index.setdefault(one, []).append(entry)
                return
        self._anywhere.append(entry)

    @staticmethod
    def _rows(doc: "Doc") -> list[tuple]:
        return [(tok.tag_, tok.lower_, tok.dep_, tok.is_space) for tok in doc]

    def __call__(self, doc: "Doc") -> list[tuple[int, int, int, int]]:
        """(rule, match id, start, end) of every match, sorted as AttributeRuler.match sorts them:
        by rule, so that a later rule overrides an earlier one."""
        rows = self._rows(doc)
        n = len(rows)
        # Whether a pattern's first token matches depends only on the token's row, and an article
        # repeats the same few hundred rows (words, punctuation): each row is tried once
        seen: dict[tuple, tuple[list, list]] = {}
        found = set()  # the Matcher too reports a span once per rule, whichever pattern matched
        for start, row in enumerate(rows):
            first = seen.get(row)
            if first is None:
                first = seen[row] = self._first_token(row)
            whole, longer = first
            for rule, match_id in whole:
                found.add((rule, match_id, start, start + 1))
            for rule, match_id, length, tests in longer:
                end = start + length
                if end <= n and all(tests[k](rows[start + k]) for k in range(1, length)):
                    found.add((rule, match_id, start, end))
        return sorted(found)

    def _first_token(self, row: tuple) -> tuple[list, list]:
        """The one-token patterns that match this row, and the longer ones whose first token does."""
        candidates = list(self._anywhere)
        for column, index in enumerate(self._indexes):
            candidates.extend(index.get(row[column], ()))
        whole, longer = [], []
        for rule, match_id, length, tests in candidates:
            if tests[0](row):
                if length == 1:
                    whole.append((rule, match_id))
                else:
                    longer.append((rule, match_id, length, tests))
        return whole, longer


def install(nlp: "Language") -> bool:
    """Match the pipeline's attribute ruler through the index; False if it has none or holds a
    pattern the index does not handle (the ruler then keeps spaCy's Matcher)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedRules(ruler)
    except Unsupported:
        return False
    return True
