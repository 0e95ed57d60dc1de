"""Figures: changes, where one sentence gives a value before and after ("the toll rose from 9 to
14", "cases rose by 1,200 to 15,400")."""
from __future__ import annotations

import re

from quizapp.generate.figures.patterns import CHANGE_VERBS, _NUM
from quizapp.generate.figures.keys import _number, AMOUNT_UNITS


# Verbs of change that move a level ("rose by 12 to 40"); verbs of a vote or a match take a tally
# or a score ("passed 61 to 38", "won 3 to 1").
_LEVEL_VERBS = CHANGE_VERBS - {"win", "beat", "lead", "trail", "outnumber", "approve", "pass", "reject", "defeat", "exceed",
                               "lose", "gain"}


class ChangesMixin:
    def _changes(self):
        """"cut the number of bus routes from 40 to 12", "the toll rose from 9 to 14": a
        verb of change with "from A to B" and no noun after B gives two figures, the number before
        and the number after, counting what "the number of X", the verb's object or its subject names."""
        for m in re.finditer(rf"\bfrom\s+(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})\b(?!\s*(?:%|[-–]))", self.text):
            tok = self._token_at(m.start())
            if tok is None or not re.search(r"\d", m.group("a") + m.group("b")):
                continue
            nxt = self._next_token(m.end("b"))
            if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.lower_ in AMOUNT_UNITS):
                continue  # "from 12 to 15 dollars": the noun after says what, the regular rules read it
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is None or verb.lemma_.lower() not in CHANGE_VERBS or verb.i > tok.i:
                continue
            before = self.text[verb.sent.start_char: m.start()]
            number_of = re.search(r"\bnumber of ((?:[a-z-]+ ){0,2}[a-z-]+)\b", before)
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            # "the storm raised the death toll from 12 to 19": a transitive verb changes its object
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < tok.i), None)
            if obj is not None:
                subj = obj
            if number_of:
                what = number_of.group(1)
            elif subj is not None and subj.pos_ == "NOUN":
                what = " ".join(t.lower_ for t in subj.subtree if t.dep_ not in {"det", "poss", "punct"})
            else:
                continue
            a0, a1, b0, b1 = m.start(), m.end("a"), m.start("b") - 3, m.end("b")
            yield self.text[a0:a1], _number(m.group("a")), f"{what} (before)", a0, a1
            yield self.text[b0:b1], _number(m.group("b")), f"{what} (after)", b0, b1

    def _change_verb(self, pos: int) -> str | None:
        """For "from A to B" at `pos` under a verb of change before it: what changed (the verb's
        subject noun, "" where it has none); None where no verb of change governs it."""
        tok = self._token_at(pos)
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None) if tok is not None else None
        if verb is None or verb.lemma_.lower() not in CHANGE_VERBS or verb.i > tok.i:
            return None
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.pos_ != "NOUN":
            return ""
        return " ".join(t.lower_ for t in subj.subtree if t.dep_ not in {"det", "poss", "punct", "case"})

    def _change_and_level(self, m: re.Match):
        """"cases rose by 1,200 to 15,400", "the index fell 120 to 3,400": after a verb of change,
        "N to M" with nothing counted after it is the change and the new level, two figures, not a
        range ("rose 10 to 15 percent" stays a range). Each (text, value, counts, start, end)."""
        lo, hi = m.group("lo3"), m.group("hi3")
        sep = self.text[m.end("lo3"): m.start("hi3")]
        if not lo or m.group("qual") or sep.strip().lower() != "to":
            return None
        by = re.search(r"\bby\s+$", self.text[max(0, m.start() - 4): m.start()], re.I)
        verb_end = m.start() - (len(by.group(0)) if by else 0)
        verb = self._token_at(verb_end - 2) if verb_end >= 2 else None
        if float(_number(lo).replace(",", "")) >= float(_number(hi).replace(",", "")):
            return None  # "passed 61 to 38": a falling pair is a tally
        if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _LEVEL_VERBS \
                or self.text[verb.idx + len(verb.text): verb_end].strip():
            return None
        if not re.match(r"\s*(?:[,.;:)]|\b(?:on|in|at|after|since|from|during|last|this|over|as|and|but|while)\b|$)",
                        self.text[m.end():]):
            return None  # "rose 10 to 15 percent": a range of the change
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        what = " ".join(t.lower_ for t in subj.subtree if t.dep_ not in {"det", "poss", "punct"}) if subj is not None else verb.lower_
        a0 = m.start() - (len(by.group(0)) if by else 0)
        b0 = m.end("lo3") + len(sep) - len(sep.lstrip())  # "to 15,400"
        return [(self.text[a0:m.end("lo3")], _number(lo), f"{what} (change)", a0, m.end("lo3")),
                (self.text[b0:m.end()], _number(hi), f"{what} (after)", b0, m.end())]
