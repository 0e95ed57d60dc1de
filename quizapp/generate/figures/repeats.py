"""Figures: conversions joined to their amount, and repeated mentions of a fact dropped."""
from __future__ import annotations

import re

from quizapp.generate.lexicon import (
    MEASURE_UNIT_KEYS, ORDINAL_WORDS, PERSON_NOUNS,
)
from quizapp.generate.figures.patterns import NUMBER_WORDS
from quizapp.generate.figures.keys import (
    _value_key, _unit_key, _head_key,
)


# Nouns that count people, as `_unit_key` gives them ("people", "passenger", "resident").
_PEOPLE = {"people", "person", "persons"} | {n[:-1] if n.endswith("s") and len(n) > 3 else n for n in PERSON_NOUNS}


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
        head_end = self.art.headline_end
        # "three years ago" is a moment and "for the past three years" a stretch of time: two facts
        keys = [(_value_key(f[1]), (lambda u, f=f: f"{u} ago" if u and re.match(r"\s+ago\b", self.text[f[4]:]) else u)(
            _unit_key(f[0]))) for f in figs]
        seen: list[tuple] = []
        heads: list[tuple] = []
        acts: list[tuple] = []  # (value, unit, lemma of the governing verb, sentence) of body figures
        sent_no = {sent.start: k for k, sent in enumerate(self.doc.sents)}
        near: list[tuple] = []  # (value, unit, sentence number) of body figures
        uppers: list[tuple] = []  # (upper end, verb, sentence) of body ranges
        wholes: list[tuple] = []  # (value, unit) of body figures that count a whole set ("all 12 miners")
        for i, (fig, (value, unit)) in enumerate(zip(figs, keys)):
            if value is None:
                yield fig
                continue
            if fig[4] <= head_end and (any(v == value for v, _ in keys[i + 1:])
                                       or self._labelled_in_body(value[0], unit, head_end)):
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
            if head and re.match(r"\s+ago\b", self.text[fig[4]:]):
                head = f"{head} ago"
            whole_set = re.search(r"\ball\s+$", self.text[max(0, fig[3] - 5): fig[3]], re.I) \
                and re.match(r"\s+of\s+(?:these|those|them)\b", self.text[fig[4]:], re.I)
            # "the first of the six" after "charged six men": a bare number after the article, with
            # no noun of its own, is the set already counted; so is "all four rescues" after "rescued
            # four hikers" (a first "all N" counts a whole set nothing named before)
            before = self.text[max(0, fig[3] - 8): fig[3]]
            bare = unit is None and re.search(r"\b(?:the|these|those)\s+$", before, re.I) and self._ends_phrase(fig[4])
            whole = re.search(r"\ball\s+$", before, re.I)
            # "split into three sections" told twice, or "arrested a third man" then "made a third
            # arrest": the same number with the same noun and verb, or as the noun of that verb
            # ("scored two goals in the first half and two goals in the second" are two facts of one sentence)
            verb = self._governing_verb(fig)
            tok = self._token_at(fig[3])
            sent = tok.sent.start if tok is not None else -1
            retold = any(v == value and (unit is not None and u == unit and verb is not None and w == verb and z != sent
                                         or unit is not None and unit == w)
                         for v, u, w, z in acts)
            # "200 to 300 people marched" ... "fewer than 300 marched": a bound with no noun of its own,
            # under the same verb, restating an estimate's upper end
            retold = retold or unit is None and verb is not None and any(
                v == value and w == verb and z != sent for v, w, z in uppers)
            # "Two miners died. The two men were ...": the article right before a number the same or
            # the previous sentence counted with no noun of its own ("Four of the climbers") or the same
            # one points back to it ("within two hours" is no set that "the two fires" names)
            k = sent_no.get(sent, -9)
            close = re.search(r"\b(?:the|these|those)\s+$", self.text[max(0, fig[3] - 7): fig[3]], re.I) \
                and any(v == value and 0 <= k - z <= 1 and (u is None or u == unit) for v, u, z in near)
            # "carried 12 miners" after "all 12 miners": the whole set is that many, told again; so is
            # "there are 37 people aboard" after "37 passengers": the same uneven number of people, which
            # two groups of one report seldom share (round numbers may: "100 police for 100 marchers")
            told = unit is not None and (value, unit) in wholes \
                or unit in _PEOPLE and number >= 10 and number % 10 and number.is_integer() and any(
                    v == value and u in _PEOPLE and z != sent for v, u, _, z in acts)
            # "six of these safety inspections" after "six inspections": a partitive of a set the
            # article already named, with the same number, points back to it
            of_these = unit is None and fig[2] and re.match(r"\s+of\s+(?:these|those|the)\s", self.text[fig[4]:], re.I) \
                and (value, _head_key(fig[2])) in heads
            repeat = repeat or not new and (
                definite and head is not None and (value, head) in heads or of_these
                or (whole_set or bare or whole) and any(v == value for v, _ in seen)
                or retold or close or told)
            if fig[3] >= head_end:
                seen.append((value, unit))
                heads.append((value, head))
                acts.append((value, unit, verb, sent))
                upper = re.search(r"–\D*([\d,.]+)", fig[1])
                if upper:
                    uppers.append((_value_key(upper.group(1)), verb, sent))
                near.append((value, unit, k))
                if whole:
                    wholes.append((value, unit))
            if repeat:
                continue
            yield fig

    def _governing_verb(self, fig) -> str | None:
        """The lemma of the verb a figure's noun (or number) hangs from: "break" for "broke into
        two pieces", "hire" for "hired a second guard"."""
        tok = self._token_at(max(fig[4] - 1, 0))
        for _ in range(4):
            if tok is None or tok.pos_ in {"VERB", "AUX"} or tok.head is tok:
                break
            tok = tok.head
        return tok.lemma_.lower() if tok is not None and tok.pos_ == "VERB" else None

    def _ends_phrase(self, end: int) -> bool:
        """Nothing modifies the number: a finite verb or a punctuation mark follows ("the six
        appeared", "of the nine was", "of the six."), not a phrase that picks out a new part of
        a set ("the two posed by the opposition", "the two who stayed")."""
        tok = self._next_token(end)
        if tok is not None and tok.tag_ in {"JJ", "VBN"} and tok.i + 1 < len(self.doc):
            tok = self.doc[tok.i + 1]  # "the three injured were", "the two dead remain": an adjective as the noun
            return tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        return tok is None or tok.is_punct or tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}

    def _labelled_in_body(self, number: float, unit: str | None, head_end: int) -> bool:
        """A headline's "third round" repeats the body's "Round 3": the same number next to the
        same noun in the body, though the body's label is no figure of its own."""
        if unit is None or not number.is_integer() or not re.fullmatch(r"[a-z]+", unit):
            return False
        n = int(number)
        words = [w for w, v in {**NUMBER_WORDS, **ORDINAL_WORDS, "first": 1, "second": 2}.items() if v == n]
        num = "|".join([str(n) + r"(?:st|nd|rd|th)?", *words])
        pattern = rf"\b{unit}s?\s+(?:{num})\b|\b(?:{num})\s+{unit}s?\b"
        return re.search(pattern, self.text[head_end:], re.I) is not None
