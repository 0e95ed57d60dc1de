"""Figures: conversions joined to their amount, and repeated mentions of a fact dropped."""
from __future__ import annotations

import re

from quizapp.generate.lexicon import (
    MEASURE_UNIT_KEYS,
)
from quizapp.generate.figures.keys import (
    _value_key, _unit_key, _head_key,
)


class RepeatsMixin:
    def _join_conversions(self, figs: list) -> list:
        """"40 miles (64 km)", "15-mile (24-km)", "5 litres (1.3 US gallons, 1.1 imperial
        gallons)": an amount and its conversions in brackets are one figure."""
        out: list = []
        i = 0
        while i < len(figs):
            fig = figs[i]
            j = i + 1
            if j < len(figs) and re.fullmatch(r"\s*\(\s*", self.text[fig[4]: figs[j][3]]):
                k = j  # the conversions: figures in the brackets, one after another
                while k + 1 < len(figs) and re.fullmatch(r"\s*(?:[,;]|\bor\b|\band\b)\s*", self.text[figs[k][4]: figs[k + 1][3]]):
                    k += 1
                close = re.match(r"[\w/.]*\)", self.text[figs[k][4]:])
                if close and not re.match(r"\s*[-–—]", self.text[figs[k][4]:]):
                    e = figs[k][4] + close.end()
                    out.append((self.text[fig[3]:e], fig[1], fig[2], fig[3], e))
                    i = k + 1
                    continue
            out.append(fig)
            i += 1
        return out

    def _drop_repeats(self, figs: list):
        """A headline's number that a body figure repeats ("3.8 quake" over "a magnitude 3.8
        earthquake") is covered by the body item; so is a later mention of a fact already given
        ("the three-day strike" after "a planned three-day strike", "About 4.6 million people"
        after "more than 4.6 million"): the same value counting the same thing, or the same
        number with decimals, which no two facts of one article share by chance."""
        head_end = self._headline_end()
        keys = [(_value_key(f[1]), _unit_key(f[0])) for f in figs]
        seen: list[tuple] = []
        heads: list[tuple] = []
        for i, (fig, (value, unit)) in enumerate(zip(figs, keys)):
            if value is None:
                yield fig
                continue
            if fig[4] <= head_end and any(v == value for v, _ in keys[i + 1:]):
                continue
            number, decimal = value
            decimal = decimal and bool(re.search(r"\d\.\d", fig[0]))  # "1.5" from "a year and a half" is no rare decimal
            new = re.search(r"\b(?:more|another|other|further|additional|extra)\b", fig[0], re.I)
            definite = re.search(r"(?:\b(?:the|this|that|these|those|its|their|his|her)|['’]s)\s+(?:\w+\s+)?$",
                                 self.text[max(0, fig[3] - 25): fig[3]], re.I) or re.match(r"(?:the|its|their)\b", fig[0], re.I)
            anaphoric = definite or self.art.in_quotation(fig[3])
            # "the 12 victims" after "killed 12 people": the article right before a number of ten or more
            # points back to it, whatever noun it now takes
            pointing = number >= 10 and re.search(r"\b(?:the|these|those)\s+$", self.text[max(0, fig[3] - 7): fig[3]], re.I)
            repeat = not new and any(v == value and (u == unit and unit is not None and anaphoric or decimal or pointing
                                                     or unit is None and number >= 100
                                                     or u == unit and unit in MEASURE_UNIT_KEYS and number >= 100)
                                     for v, u in seen)
            # "the four home matches" after "won all four matches": a definite number with the same
            # head noun; "all four of those games": "all N of these/those/them" points back
            # to a set of that size already counted ("two of them" alone may be a part of a larger set)
            head = _head_key(fig[0])
            whole_set = re.search(r"\ball\s+$", self.text[max(0, fig[3] - 5): fig[3]], re.I) \
                and re.match(r"\s+of\s+(?:these|those|them)\b", self.text[fig[4]:], re.I)
            repeat = repeat or not new and (
                definite and head is not None and (value, head) in heads
                or whole_set and any(v == value for v, _ in seen))
            if fig[3] >= head_end:
                seen.append((value, unit))
                heads.append((value, head))
            if repeat:
                continue
            yield fig

    def _headline_end(self) -> int:
        """End of the headline: a first line with no closing full stop, with more text after it."""
        text = self.text
        first = len(text) - len(text.lstrip())
        nl = text.find("\n", first)
        if nl < 0:
            return 0
        line = text[first:nl].strip()
        if not line or re.search(r"[.!?\"”’]$", line) or len(line.split()) > 25 or not text[nl:].strip():
            return 0
        return nl
