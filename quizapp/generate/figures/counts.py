"""Figures: what a number counts (the noun after it, a partitive, an elided noun, its clause)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    CURRENCY_WORDS, FRACTION_WORDS, MEASURE_NOUNS, MEASURE_UNITS, SCALE_WORDS, WEEKDAYS,
)
from quizapp.generate.figures.patterns import (
    CHANGE_VERBS, _NUM, _QUAL, MAX_NOUN_TOKENS, LABEL_NOUNS, VAGUE_NOUNS,
)
from quizapp.generate.figures.keys import (
    _number, _plural, CASED_UNITS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# "a mother of four", "a father of two": the number counts children
PARENT_NOUNS = {"mother", "mom", "mum", "father", "dad", "parent", "grandmother", "grandfather", "grandparent"}


class CountsMixin:
    def _counted_noun(self, end: int) -> tuple[str, int] | None:
        """The noun phrase right after a number: ("fishing boats", end) or None."""
        tok = self._next_token(end)
        if tok is None or tok.sent != self._token_at(max(end - 1, 0)).sent:
            return None
        if tok.lower_ == "percent" or tok.text == "%":
            return tok.text, tok.idx + len(tok.text)
        per_cent = re.match(r"per\s+cent\b", self.text[tok.idx:], re.I)
        if per_cent:  # "3 per cent", as British papers write it
            return "percent", tok.idx + per_cent.end()
        if tok.lower_ in CURRENCY_WORDS:  # "2 billion rupees"
            return tok.text, tok.idx + len(tok.text)
        hyph = re.match(r"\s+([a-z]+-[a-z]+)\b", self.text[end:])
        if hyph and (hyph.group(1) in MEASURE_UNITS or hyph.group(1).rstrip("s") in MEASURE_UNITS):
            return hyph.group(1), end + hyph.end()  # "40 light-years", "300 kilowatt-hours"
        rate = re.match(r"\s?((?:km|m|mi|ft|kg|g|cm|mm)/(?:h|hr|s|sec|min|day|yr))\b", self.text[end:])
        if rate:  # "120 km/h", "9.8 m/s"
            return rate.group(1), end + rate.end()
        deg = re.match(r"\s?[°º]\s?([CF])?(?![A-Za-z])", self.text[end:])
        if deg:  # "30 °C", "86°F", "a 5° slope"
            return ("degrees " + {"C": "Celsius", "F": "Fahrenheit"}[deg.group(1)] if deg.group(1) else "degrees"), end + deg.end()
        scale = re.match(r"\s+(degrees?\s+(?:Celsius|Fahrenheit|centigrade|Kelvin))\b", self.text[end:])
        if scale:  # "40 degrees Celsius": the scale's capital name is part of the unit, not a name
            return scale.group(1), end + scale.end()
        if tok.text in CASED_UNITS and self.text[end:tok.idx].strip() == "":  # "400 MW", "16 GB", "30 °C"
            return tok.text, tok.idx + len(tok.text)
        start_tok = self._token_at(max(end - 1, 0))
        people = self._nationality_of_words(tok, start_tok)
        if people is not None:
            return people
        if self._capitalised_plural(tok, start_tok):
            return tok.text, tok.idx + len(tok.text)
        toks = []
        for t in self.art.tokens[tok.i: tok.i + MAX_NOUN_TOKENS]:
            if t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"} and (t.is_alpha or re.fullmatch(r"(?:[A-Z]\.){2,}", t.text)) \
                    or "-" in t.text and t.pos_ in {"NOUN", "ADJ"}:  # "12 billion U.S. gallons"
                toks.append(t)
                nxt2 = self.art.tokens[t.i + 1: t.i + 3]
                related = len(nxt2) == 2 and nxt2[0].tag_ == "VBN" and nxt2[1].pos_ == "NOUN"  # "flu related absences"
                if t.pos_ == "NOUN" and not (nxt2 and nxt2[0].pos_ == "NOUN" or related):
                    break
            else:
                break
        while toks and toks[-1].pos_ != "NOUN":
            toks.pop()
        days = {"tonight", "today", "tomorrow", "yesterday", "midnight", "noon", "overnight"}
        while len(toks) > 1 and toks[-1].lower_ in days and toks[-2].pos_ == "NOUN":
            toks.pop()  # "closed it for three weeks yesterday": the time of the clause follows the counted noun
        if toks and (toks[0].lower_ in {"last", "next", "previous", "past", "this", "every", "each"}
                     or toks[-1].lower_ in days):
            return None  # "rose by 12 last year", "by 5 tonight": a time of the clause, not what the number counts
        if not toks and tok.tag_ == "VBG" and tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}:
            toks = [tok]  # "with one landing": a gerund counted like a noun
        if not toks or toks[-1].lower_ in VAGUE_NOUNS:
            return None
        if toks[-1].lower_ == "thanks" and re.match(r"\s+to\b", self.text[toks[-1].idx + 6:]):
            return None  # "won 2-1 thanks to a late goal": a compound preposition, nothing counted
        if not toks[-1].text.islower():
            return None  # "12 Downing Street", a name; "12 Northern mayors" counts mayors
        if toks[0].text[:1].isupper() and toks[0].i == toks[0].sent.start:
            return None
        return self.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)], toks[-1].idx + len(toks[-1].text)

    def _without_noun(self, m: re.Match, start: int, end: int):
        """A number with no noun after it: "killed at least 38", "over 3,100 of the residents",
        "drops to nine", "214 recorded". What it counts comes from the parse (a partitive "of X",
        numbers sharing a noun, or the clause before it). A number right after a noun is a label
        ("phase two", "film 12") and one right before a capitalised word part of a name."""
        if m.group("dozen") or m.group("half") or m.group("one"):
            return None  # vague, or an article: "a dozen", "half a dozen" with nothing counted
        if m.group("num") and m.group("num").lower() in SCALE_WORDS:
            return None  # "half a million": "million" alone is no number
        qual = (m.group("qual") or "").lower()
        first = next(g for g in ("num", "lo1", "lo2", "lo3", "lo4", "halfscale", "quarterscale", "ascale") if m.group(g))
        num_start = m.start(first)
        tok = self._token_at(num_start)
        if tok is None:
            return None
        opening = self._token_at(start) or tok
        prev = self.art.tokens[opening.i - 1] if opening.i > tok.sent.start else None
        after = self.text[end:]
        shared = re.match(rf"(?P<mod>\s+[A-Z]{{2,}}|\s+[a-z]+)?\s+(?:and|or)\s+(?P<n2>{_NUM})\b", after, re.I)
        if shared and not re.fullmatch(r"\s+(?:and|or|to|of|in|at|by|for|from)", shared.group("mod") or "x", re.I):
            noun = self._counted_noun(end + shared.end())
            if noun:
                e = end + (shared.end("mod") if shared.group("mod") else 0)
                mod = (shared.group("mod") or "").strip()
                # "12 Dutch and 9 Belgian shops": the first number counts Dutch shops
                mod_tok = self._token_at(end + shared.start("mod") + len(shared.group("mod")) - len(mod)) if mod else None
                adjective = mod and (mod.isupper() or mod_tok is not None and mod_tok.pos_ in {"ADJ", "PROPN"})
                words = noun[0].split()
                counts = f"{mod} {' '.join(words[1:] if len(words) > 1 else words)}" if adjective else noun[0]
                return self.text[start:e], self._value(m), counts, start, e
        lo, hi = m.group("lo3") or m.group("lo4"), m.group("hi3") or m.group("hi4")
        falling = lo and hi and float(_number(lo).replace(",", "")) > float(_number(hi).replace(",", ""))
        vote = falling and re.search(r"\b(?:vot|pass|approv|reject|adopt|ballot|endors|back|rul|decid|split)\w*\W+(?:\w+\W+){0,3}$"
                                     r"|\b(?:vot|pass)\w*\s+(?:\w+\s+){0,2}along\s+(?:\w+\s+){0,2}lines,\s+$",
                                     self.text[max(0, start - 60): start], re.I)
        if prev is not None and (prev.pos_ in {"NOUN", "PROPN"} or prev.text in {"No.", "#"} or prev.lower_ in LABEL_NOUNS) \
                and not prev.is_punct and prev.lower_ not in WEEKDAYS \
                and not qual and not (vote and prev.pos_ == "NOUN" and prev.text.islower()):
            # ("passed the bill 52 to 48": a falling pair after the object of a vote is its tally)
            return None  # "phase two", "Route 31", "Act No. 12": a label (a label takes no "over")
        nxt = self._next_token(end)
        if nxt is not None and nxt.sent == tok.sent and nxt.text[:1].isupper() and nxt.is_alpha:
            return None  # "104 FM", "7 Eleven": part of a name
        if re.match(r"\s*(?:[-–—/+]|\.\w)", after) and not (
                re.match(r"\s+[—–]\s", after) and re.search(r"[—–]\s+$", self.text[max(0, start - 3): start])):
            # (not a number set off by a pair of spaced dashes: "the trees planted — more than 900 —")
            return None
        if not qual and re.search(r"\(\s*$", self.text[max(0, start - 2): start]) and re.match(r"\s*\)", after):
            return None  # "O'Sullivan (9)": a shirt number, a reference, a list mark
        par_start = self.text.rfind("\n", 0, start) + 1
        if not self.text[par_start:start].strip() and re.match(r"[.)]", after):
            return None  # "1." "2)": a numbered list
        if not qual:
            if first == "num" and _number(m.group("num")) == "0":
                return None
            if prev is not None and prev.lower_ == "at" and prev.head.lemma_ in {"die", "retire"} \
                    and re.fullmatch(r"\d{2,3}", m.group(first) or "") and 0 < int(m.group(first)) < 120 \
                    and not re.match(r"\s*(?:[ap]\.?m\b|o'clock|:)", after, re.I):
                who = next((c for c in prev.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                name = self.art.people.person_name(who) if who is not None and who.pos_ == "PROPN" else None
                counts = f"{name}'s age" if name else f"age ({who.lower_})" if who is not None and who.pos_ == "PRON" else "age"
                return self.text[start:end], self._value(m), counts, start, end  # "died at 87", "retired at 65"
            # "the death toll stands at 56": the value a count noun is given, no clock time
            # "won 54 seats, down from 61": the earlier value of a change, never a clock time
            earlier = prev is not None and prev.lower_ == "from" and prev.i > prev.sent.start \
                and self.art.tokens[prev.i - 1].lower_ in {"down", "up"}
            change = prev is not None and (prev.lower_ == "by" and prev.head.lemma_ in CHANGE_VERBS
                                           or prev.lower_ == "at" and tok is not None and self._tally_of(tok) is not None) \
                or earlier
            if prev is not None and prev.lower_ in {"at", "by", "until", "till", "before", "after", "around", "from"} \
                    and re.fullmatch(r"\d{1,2}", m.group(first) or "") and not change and not re.match(r"\s+of\b", after):
                return None  # "at 5", "until 11": a clock time (but "rose by 5", "by 21 of 23 members")
            if prev is not None and prev.lower_ in {"'s", "’s"}:
                return None
        if m.group("more"):
            # "one passenger was badly hurt and two more slightly": "more" of a noun already counted
            counted = self._elided_noun(tok, counted_only=True)
            if not counted:
                return None
            return self.text[start:end], self._value(m), f"{counted} (more)", start, end
        age = self._predicate_age(tok, m, qual)
        if age:
            return self.text[start:end], self._value(m), age, start, end
        if falling:
            # "passed 52 to 48": a range runs from low to high, so a falling pair is a tally
            return self.text[start:end], self._value(m), "votes for and against" if vote else "score", start, end
        counts = self._counts_from_parse(tok, end)
        if not counts:
            return None
        return self.text[start:end], self._value(m), counts, start, end

    def _counts_from_parse(self, tok: "Token", end: int) -> str | None:
        """What a number without a noun counts: "of the X" after it, else the words of its clause
        before it ("the outbreak killed", "that total falls to", "the population of the state is")."""
        of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|these\s+|those\s+|all\s+)?", self.text[end:])
        if of:
            if re.match(r"them|us|those|these\b", self.text[end + of.end():]):
                # "43 people died, 12 of them in the city": them are the people already counted
                return self._elided_noun(tok, counted_only=True) or self._counted_before(tok) \
                    or "of " + re.match(r"\w+", self.text[end + of.end():]).group(0)
            noun = self._partitive(end + of.end())
            if noun:
                return noun
        tally = self._tally_of(tok)
        if tally:
            return tally
        # "killed three and injured 12 people": the noun of the next number of the coordination
        coord = re.match(rf"\s+and\s+[a-z]+\s+(?:{_QUAL}\s+)?(?:{_NUM})\b", self.text[end:], re.I)
        if coord:
            noun = self._counted_noun(end + coord.end())
            if noun:
                return noun[0]
        top = tok
        while top.dep_ in {"nummod", "compound", "quantmod"} and top.head.like_num and top.head.i > top.i:
            top = top.head  # "5.4" of "5.4 million"
        verb_at = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "at" else None
        obj = next((c for c in verb_at.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) \
            if verb_at is not None and verb_at.pos_ == "VERB" else None
        if obj is None and verb_at is not None and verb_at.dep_ == "acl" and verb_at.head.pos_ == "NOUN" \
                and verb_at.head.text.islower() and verb_at.head.i < top.i:
            obj = verb_at.head  # "a crowd estimated at 50,000": the noun the participle describes is measured
        if obj is not None and obj.i < top.i:
            # "estimated the population at 1.1 million", "put the crowd at 5,000": the object is measured
            first = obj
            while first.i > first.sent.start and first.nbor(-1).dep_ in {"compound", "amod"} and first.nbor(-1).text.islower():
                first = first.nbor(-1)
            return self.text[first.idx: obj.idx + len(obj.text)]
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN" and top.head.i == tok.i - 1 \
                and top.head.head.i == top.head.i - 1 and top.head.head.text.islower():
            head = top.head.head
            first = head
            while first.i > first.sent.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).text.islower():
                first = first.nbor(-1)  # "the death toll of 40"
            noun = self.text[first.idx: head.idx + len(head.text)]
            if head.lower_ in {"total", "tally", "sum", "count", "number"}:
                # "won 60 seats; her rival ended with a total of 45": a total of what another number counted
                elided = self._elided_noun(tok, counted_only=True)
                for t in reversed(self.art.tokens[tok.sent.start: first.i]) if not elided else ():
                    counted = self._counted_noun(t.idx + len(t.text)) if t.like_num else None
                    if counted:  # the noun an earlier number of the sentence counts, however it was parsed
                        elided = counted[0].split()[-1]
                        break
                if elided:
                    return f"{noun} of {elided}"
            # "a population of 5.4 million" gives the population; "a family of four" the family's size;
            # "a mother of four" counts her children
            if head.lower_ in PARENT_NOUNS:
                return "children"
            return noun if head.lower_ in MEASURE_NOUNS else f"size of the {noun}"
        sent = tok.sent
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and abs(verb.i - tok.i) < 12:
            verb = verb.head
        verb_text = f" ({verb.text})" if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i else ""
        # An elided noun: "2,415 cases were reported, with 214 recorded on Sunday" counts cases; a
        # noun some number already counts comes first ("Of 600 residents, two thirds backed it; 150
        # opposed it" counts residents, not thirds).
        elided = self._elided_noun(tok)
        if elided:
            return f"{elided}{verb_text}"
        # Else its clause: "the storm killed", "prices rose from", "the population of the state is".
        if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i:
            if verb.i > tok.i:
                return verb.text  # "Over 4,200 were evacuated": the number is the subject
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
            left = subj[0].left_edge.i if subj and verb.i - subj[0].left_edge.i <= 8 else verb.i
            prep = tok.head if tok.dep_ == "pobj" and tok.head.head.i == verb.i else None
            words = [t for t in self.art.tokens[left: verb.i + 1] if not t.is_punct]
            if subj and (len(words) > 8 or any(t.is_punct for t in self.art.tokens[left: verb.i])):
                # "The last comparable flood, in 2002, killed": the subject's head and its verb
                words = [t for t in self.art.tokens[left: subj[0].i + 1]
                         if t.i == subj[0].i or t.head.i == subj[0].i and t.dep_ in {"det", "compound"}] + \
                    [t for t in self.art.tokens[subj[0].i + 1: verb.i + 1] if t.pos_ in {"AUX", "VERB", "PART"} and t.head.i == verb.i or t.i == verb.i]
            return " ".join([t.text for t in words] + ([prep.text] if prep is not None else []))
        words = [t.text for t in self.art.tokens[max(sent.start, tok.i - 6): min(sent.end, tok.i + 4)]
                 if t.is_alpha and t.i != tok.i]
        return " ".join(words) or None

    def _tally_of(self, tok: "Token") -> str | None:
        """"the number of those infected is 1501", "the death toll stands at 40": the value given
        to a count noun counts what the count noun counts ("those infected", "death toll")."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "at" else tok.head if tok.dep_ == "attr" else None
        if verb is None or verb.lemma_.lower() not in {"be", "stand", "reach"}:
            return None
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
        if subj is None or subj.lemma_.lower() not in {"number", "total", "tally", "count", "toll"}:
            return None
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if what is None:
            if of is not None:
                return None
            head, left = subj, subj.i
        elif what.pos_ == "PRON":  # "those infected"
            head = next((c for c in what.children if c.dep_ in {"acl", "amod"} and c.i == what.i + 1), None)
            if head is None:
                return None
            left = what.i
        elif what.tag_ in {"NNS", "NNPS"}:
            head, left = what, what.i
        else:
            return None  # "the number of the house is 12": a label, not a count
        while left > tok.sent.start and self.art.tokens[left - 1].dep_ in {"compound", "amod"} \
                and self.art.tokens[left - 1].head.i == (what or subj).i and self.art.tokens[left - 1].text.islower():
            left -= 1  # "registered voters", "death toll"
        return self.text[self.art.tokens[left].idx: head.idx + len(head.text)]

    def _elided_noun(self, tok: "Token", counted_only: bool = False) -> str | None:
        """The noun a number leaves out, from earlier in its sentence: a noun another number
        counts ("debated three bills and passed the two backed by the cabinet"; "one passenger
        was hurt and two more"), else with counted_only False a plural noun close before it."""
        sent = tok.sent
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        # "Police arrested 23": the subject of the verb a number is the object of is not what it counts
        obj = tok.dep_ in {"dobj", "attr"} and tok.head.i == verb.i
        before = [t for t in reversed(self.art.tokens[max(sent.start, tok.i - 40): tok.i])
                  if not (obj and t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == verb.i)]
        for t in before:
            if t.pos_ != "NOUN" or t.lower_ in FRACTION_WORDS | VAGUE_NOUNS or not t.text.islower():
                continue
            nums = [c for c in t.children if c.dep_ == "nummod" and c.i < t.i and not re.fullmatch(r"(1[0-9]|20)\d\d", c.text)]
            if t.tag_ == "NNS" and nums:
                return t.text
            if t.tag_ == "NN" and any(c.lower_ == "one" for c in nums):
                return _plural(t.text)  # "one passenger was badly hurt and two more slightly"
        if counted_only:
            return None
        for t in before[:20]:
            if t.tag_ in {"NNS", "NNPS"} and t.pos_ == "NOUN" and t.lower_ not in FRACTION_WORDS | VAGUE_NOUNS:
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.tag_ == "NNS" and t.head.head.i == t.i - 2:
                    return t.head.head.text  # "cases of mumps, including 140" counts cases
                return t.text
        return None

    def _counted_before(self, tok: "Token") -> str | None:
        """"Nine people were hurt. Three of them ...": a sentence that opens with "N of them" takes the
        last noun a number counts in the sentence before it, in the same paragraph."""
        sent = tok.sent
        if tok.i - sent.start > 1 or sent.start == 0:
            return None
        prev = self.art.tokens[sent.start - 1].sent
        if "\n" in self.text[prev.end_char: sent.start_char]:
            return None
        for t in reversed(list(prev)):
            if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.text.islower() and t.lower_ not in VAGUE_NOUNS \
                    and any(c.dep_ == "nummod" and c.i < t.i for c in t.children):
                return t.text
        return None

    def _partitive(self, pos: int) -> str | None:
        """The noun phrase of "of the X": its words up to the head noun ("region's counties")."""
        tok = self._token_at(pos)
        if tok is None:
            return None
        toks = []
        for t in self.art.tokens[tok.i: tok.i + 9]:
            if toks and toks[-1].text in {"'s", "’s"}:
                toks = []  # "the island's roughly 9,000 residents": the possessed noun is counted
                if t.pos_ == "ADV":
                    continue
            # "six of these safety and fire inspections": modifiers joined by "and" before the head
            joined = toks and t.pos_ == "CCONJ" and toks[-1].dep_ in {"nmod", "compound", "amod"} \
                and toks[-1].head.i > t.i and toks[-1].head.pos_ == "NOUN"
            if joined:
                toks.append(t)
                continue
            if t.pos_ in {"NOUN", "ADJ", "PROPN", "PART", "NUM"} or t.text in {"'s", "’s"} or (t.pos_ == "VERB" and t.tag_ in {"VBN", "VBG"}):
                toks.append(t)
                nxt = self.art.tokens[t.i + 1] if t.i + 1 < len(self.doc) else None
                if t.pos_ == "NOUN" and not (nxt is not None and (nxt.pos_ in {"NOUN", "PART"} or nxt.pos_ == "CCONJ"
                                                                   and t.dep_ in {"nmod", "compound", "amod"}
                                                                   and t.head.i > nxt.i and t.head.pos_ == "NOUN")):
                    break
            else:
                break
        while toks and toks[-1].pos_ != "NOUN":
            toks.pop()
        while toks and toks[0].pos_ == "NUM":
            toks.pop(0)  # "two of its six depots" counts depots
        if not toks and (tok.tag_ in {"JJ", "VBN"}) and tok.i > 0 and self.art.tokens[tok.i - 1].lower_ == "the" \
                and not (tok.i + 1 < len(self.doc) and self.art.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}):
            return tok.text  # "two of the injured", "most of the dead": an adjective as a noun of people
        if not toks:
            return None
        return self.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
