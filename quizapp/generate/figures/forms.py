"""Figures: whole forms read at once (changes "from A to B", ranges, scores, fractions, money)."""
from __future__ import annotations

import re

from quizapp.generate.lexicon import (
    FREQUENCY_UNITS, MULTIPLIER_VERBS, ROLE_NOUNS, PERSON_NOUNS_MORE, CURRENCY_PREFIXES, SCORE_WORDS, ORDINAL_WORDS,
)
from quizapp.generate.figures.patterns import (
    CHANGE_VERBS, NUMBER_WORDS, LEFT_MODIFIER_RE, FRACTION_RE, MONEY_RANGE_RE, RATIO_RE, SCORE_RE, COMPOUND_RE, FREQUENCY_RE, TIMES_RE, MAGNITUDE_RE, QUAL_BEFORE_RE, MULTIPLE_RE, CODE_MONEY_RE, LETTER_MONEY_RE, OR_PAIR_RE, PENCE_RE, FACTOR_RE, SUSPENDED_AGES_RE, AGE_DECADE_RE, TIME_COUNT_RE, FOLD_RE, MULTIPLIER_RE, AGE_BOUND_RE, MIXED_RE, SCALE_HALF_RE, _FRACTION_VALUES, VAGUE_NOUNS,
)
from quizapp.generate.figures.changes import ChangesMixin
from quizapp.generate.figures.keys import (
    _number, _plural, _COMPOUND_UNIT_WORDS, _counted_part, TIME_UNIT_WORDS,
)

# People a hyphenated number word can count as members of a group ("a three-judge panel"); words
# that also make idioms or ranks ("two-head", "four-star general") stay out.
_GROUP_MEMBERS = (ROLE_NOUNS | PERSON_NOUNS_MORE) - {"head", "vice", "chief", "major", "general", "forward", "monitor",
                                                     "chair", "host", "guard", "fellow", "partner", "marine", "king",
                                                     "queen", "youth", "staff", "justice"}

# Sports reports' verbs of a result before a score ("United downed City 2-0", "knocked off the
# leaders 3-1", "outscored them 28-20").
_SCORE_VERBS = SCORE_WORDS | {"knocked", "downed", "overcame", "outscored", "crushed", "hammered", "thumped",
                              "edging", "routing", "thrashing", "crushing", "downing", "overpowered"}


class FormsMixin(ChangesMixin):
    def _or_pairs(self):
        """"five or six people were hurt", "over two or three days": two near numbers joined by "or"
        are one loose range ("two or more" is a bound, "2 or 20" no range)."""
        for m in OR_PAIR_RE.finditer(self.text):
            lo, hi = (int(_number(m.group(g)).replace(",", "")) if _number(m.group(g)).replace(",", "").isdigit() else 0
                      for g in ("lo", "hi"))
            if not 0 < lo < hi <= max(3 * lo, lo + 2) or re.match(r"\s+(?:more|fewer|less|so|over|under|above|older|younger)\b",
                                                                self.text[m.end():], re.I):
                continue
            if self._is_date_or_name(m.start("lo"), m.end("lo"), m.group("lo")) \
                    or self._is_date_or_name(m.start("hi"), m.end(), m.group("hi")):
                continue
            first = self._token_at(m.start("lo"))
            prev = self.art.tokens[first.i - 1] if first is not None and first.i > first.sent.start else None
            if prev is not None and prev.pos_ in {"NOUN", "PROPN"} and not m.group("qual"):
                continue  # "Section 5 or 6", "options two or three": labels
            noun = self._counted_noun(m.end())
            tok = self._token_at(m.start("scale") if m.group("scale") else m.start("hi"))
            counts, end = noun if noun else (self._counts_from_parse(tok, m.end()) if tok is not None else None, m.end())
            if not counts:
                continue
            qual = (m.group("qual") or "").lower()
            start = m.start() if qual and not (qual == "over" and noun and noun[0].lower() in TIME_UNIT_WORDS) else m.start("lo")
            qual = qual if start == m.start() else ""
            scale = NUMBER_WORDS[m.group("scale").lower()] if m.group("scale") else 1  # "three or four hundred"
            yield self.text[start:end], f"{qual} {lo * scale:,} or {hi * scale:,}".strip(), counts, start, end

    def _whole_forms(self):
        """Figures whose words must stay together: ratios, fractions, scores, numbers joined to
        a unit, multiples and age bounds. Each yields (text, value, counts, start, end)."""
        text = self.text
        yield from self._race_times()
        yield from self._glyph_numbers()
        yield from self._mixed_numbers()
        yield from self._changes()
        for m in MONEY_RANGE_RE.finditer(text):
            unit = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}[m.group("cur")]
            change = self._change_verb(m.start()) if m.group(0)[:4].lower() == "from" else None
            if change is not None:
                # "profit fell from $1.2 billion to $310 million": a value before and one after, no range
                to = re.search(r"\s+to\s+", m.group(0)).end() + m.start() - 3
                what = change or unit
                yield text[m.start():m.end("lo")], f"{m.group('cur')}{m.group('lo')}", f"{what} (before)", m.start(), m.end("lo")
                cur2 = text[to + 3:m.start("hi")].strip() or m.group("cur")
                yield text[to:m.end()], f"{cur2}{m.group('hi')}", f"{what} (after)", to, m.end()
                continue
            value = f"{m.group('cur')}{m.group('lo')}–{m.group('cur')}{m.group('hi')}"
            yield m.group(0), value, unit, m.start(), m.end()
        for m in CODE_MONEY_RE.finditer(text):
            qb = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            s0 = m.start() - (len(qb.group(0)) if qb else 0)
            sep = "" if len(m.group("cur")) == 1 else " "  # "₹1,200", "Rs 500"
            value = f"{qb.group('qual').lower() + ' ' if qb else ''}{m.group('cur')}{sep}{m.group('money')}"
            yield text[s0:m.end()], value, CURRENCY_PREFIXES[m.group("cur")], s0, m.end()
        for m in LETTER_MONEY_RE.finditer(text):
            qb = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            s0 = m.start() - (len(qb.group(0)) if qb else 0)
            value = f"{qb.group('qual').lower() + ' ' if qb else ''}{m.group('cur')}{m.group('money')}"
            yield text[s0:m.end()], value, "rand" if m.group("cur") == "R" else "shillings", s0, m.end()
        yield from self._or_pairs()
        for m in PENCE_RE.finditer(text):
            yield m.group(0), f"{m.group('n')}p", "pence", m.start(), m.end()
        for m in MAGNITUDE_RE.finditer(text):
            q = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            qual = q.group("qual").lower() if q else ""
            s = m.start() - len(q.group(0)) if q else \
                m.start() - len(re.search(r"(?:\ban?\s+)?$", text[max(0, m.start() - 4):m.start()]).group(0))
            noun = self._next_token(m.end())
            e = m.end()
            if noun is not None and noun.pos_ == "NOUN" and noun.text.islower() and noun.lower_ not in VAGUE_NOUNS:
                e = noun.idx + len(noun.text)  # "a magnitude 3.8 earthquake"
            yield text[s:e], f"{qual} {m.group('n')}".strip(), "magnitude", s, e
        yield from self._ages()
        for m in FREQUENCY_RE.finditer(text):
            if m.group("u") and m.group("u").lower() not in FREQUENCY_UNITS:
                continue
            value = m.group(0).lower() if not m.group("f") else m.group(0)
            yield m.group(0), value, "frequency", m.start(), m.end()
        for m in TIMES_RE.finditer(text):
            last = self._token_at(m.end("t") - 1)
            first = self._token_at(m.start("t"))
            # "was twice elected", "has three times won": an adverb of frequency before its verb
            # ("a twice-married actor" is a description, no count of events)
            before_verb = last is not None and last.dep_ in {"advmod", "npadvmod"} and 0 < last.head.i - last.i <= 3 \
                and not text[m.end("t"): m.end("t") + 1] == "-"
            # "has three times won", "was three times elected": between an auxiliary and its participle
            # (the parser may take "times" for the subject or object)
            nxt = self.art.tokens[last.i + 1] if last is not None and last.i + 1 < len(self.art.tokens) else None
            between = first is not None and first.i > first.sent.start and nxt is not None \
                and self.art.tokens[first.i - 1].lemma_ in {"have", "be"} and self.art.tokens[first.i - 1].pos_ == "AUX" \
                and nxt.tag_ in {"VBN", "VBD"} and nxt.sent == first.sent
            if between:
                n = {"twice": "2", "thrice": "3"}.get(m.group("t").lower()) or _number(m.group("n"))
                qual = (m.group("qual") or "").lower()
                yield m.group(0), f"{qual} {n} times".strip(), f"times ({nxt.text})", m.start(), m.end()
                continue
            if last is None or first is None or last.head.pos_ != "VERB" or last.head.i > first.i and not before_verb:
                continue  # "the three times he won", "twice the size": no count of events
            if first.i > first.sent.start and self.art.tokens[first.i - 1].pos_ == "DET":
                continue
            n = {"twice": "2", "thrice": "3"}.get(m.group("t").lower()) or _number(m.group("n"))
            qual = (m.group("qual") or "").lower()
            yield m.group(0), f"{qual} {n} times".strip(), f"times ({last.head.text})", m.start(), m.end()
        for m in RATIO_RE.finditer(text):
            noun = self._counted_noun(m.end())
            if not noun:  # "11 out of 12 of the wards"
                of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", text[m.end():])
                part = self._partitive(m.end() + of.end()) if of and "out" in m.group(0) else None
                noun = (part, m.end()) if part else None
            a, b = _number(m.group("a")), _number(m.group("b"))
            after_tok = self._next_token(m.end())
            # "one in three had borrowed money": a rate as the subject of its clause
            subject = after_tok is not None and after_tok.pos_ in {"VERB", "AUX"} and text[m.end():after_tok.idx] == " "
            if not noun and ({"in", "out"} & set(m.group(0).lower().split())) and (re.match(r"\s*[.,;]", text[m.end():]) or subject) \
                    and re.fullmatch(r"\d+", a.replace(",", "")) and re.fullmatch(r"\d+", b.replace(",", "")) \
                    and 0 < int(a.replace(",", "")) < int(b.replace(",", "")) <= 1000:
                # "Turnout was one in three.": a rate that ends its clause counts what the clause names
                tok = self._token_at(m.start("b"))
                counts = self._counts_from_parse(tok, m.end()) if tok is not None else None
                noun = (counts, m.end()) if counts else None
            if noun and a != "0" and not self._is_date_or_name(m.start("a"), m.end(), m.group("b")):
                qual = (m.group("qual") or "").lower()
                per = "per" if "per" in m.group(0).lower().split() else "in"
                value = f"{qual} {a} {per} {b}".strip()
                yield text[m.start(): noun[1]], value, noun[0], m.start(), noun[1]
        for m in FRACTION_RE.finditer(text):
            frac = m.group("frac").lower()
            after = text[m.end(): m.end() + 40]
            of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", after)
            if frac == "half" and not (of or m.group("qual") or self._opens_clause(m.start())):
                continue  # "half a sandwich", "the second half": no share of anything counted
            if of and re.match(r"\s+of\s+an?\s+(?:thousand|million|billion|trillion)\b", after, re.I):
                continue  # "a quarter of a million people": one number (FIGURE_RE)
            nxt = self._next_token(m.end())
            # "a two-thirds majority", "a three-quarters share": a hyphenated fraction before its noun
            modifier = "-" in m.group("frac") and not of and nxt is not None and nxt.pos_ == "NOUN" \
                and nxt.text.islower() and self.text[m.end():nxt.idx].strip() == ""
            if frac != "half" and not (of or m.group("qual") or modifier):
                continue  # "a third straight day": an ordinal, not a fraction
            end = m.end()
            counts = "share"
            if modifier:
                counts, end = f"share ({nxt.text})", nxt.idx + len(nxt.text)
            if of:
                noun = self._counted_noun(m.end() + of.end() - 1)
                owner = noun and re.match(r"['’]s?\s", text[noun[1]:])
                if owner:  # "a quarter of the city's homes": the share is of the homes, not the city
                    noun = self._counted_noun(noun[1] + owner.end() - 1) or noun
                if noun:
                    counts, end = f"share of {noun[0]}", noun[1]
            yield text[m.start(): end], text[m.start(): m.end()].lower(), counts, m.start(), end
        scored: set[int] = set()  # sentences (by start) that gave a score
        for m in SCORE_RE.finditer(text):
            # "won 3-1", "beat the visiting Lions 3-1": the verb may stand a few words before the score
            before = text[max(0, m.start() - 45): m.start()]
            before = re.split(r"[.;!?]", before)[-1]
            words = re.findall(r"[a-z]+", before.lower())[-4:]
            nxt = re.findall(r"[a-z]+", text[m.end(): m.end() + 20].lower())[:1]
            boxed = text[m.start()] == "(" and text[m.end() - 1] == ")"
            tok = self._token_at(m.start("score"))
            sent = tok.sent.start if tok is not None else -1
            # "Rovers beat City 3-1, and United saw off Town 2-0": a list of results, each with its
            # own verb, after a first score the sentence already gave
            listed = sent in scored and re.search(r"(?:,|\band\b)", text[tok.sent.start_char if tok is not None else 0: m.start()])
            if not (boxed and m.group("score").count("-") == 2 or set(words) & _SCORE_VERBS or set(nxt) & _SCORE_VERBS
                    or listed):
                continue
            if not boxed and not set(nxt) & _SCORE_VERBS and (
                    re.match(r"\s*(?:%|percent\b|per\s+cent\b)", text[m.end():], re.I)
                    or re.search(r"\b(?:between|from)\s+$", text[max(0, m.start() - 9): m.start()], re.I)
                    or self._counted_noun(m.end())):
                continue  # "fell 10-15%", "between 3-5 percent", "5-10 people": a range, not a score
            s, e = m.start("score"), m.end("score")
            tally = "vote" in " ".join(words + nxt) or set(words) & {"passed", "approved", "rejected", "cleared", "upheld",
                                                                       "overturned"}
            scored.add(sent)
            yield text[s:e], m.group("score"), "vote" if tally else "score", s, e
        for m in COMPOUND_RE.finditer(text):
            unit = m.group("unit").lower()
            if unit in {"year", "years"} and text[m.end(): m.end() + 4] == "-old":
                continue
            if unit in NUMBER_WORDS or unit in ORDINAL_WORDS or unit in {"st", "nd", "rd", "th", "second"}:
                continue  # "twenty-five", "twenty-third" are one number
            known = unit in _COMPOUND_UNIT_WORDS or unit.rstrip("s") in _COMPOUND_UNIT_WORDS
            words = not m.group("n")[0].isdigit()
            part = _counted_part(unit) if m.group("n").lower() != "one" else None
            if part:  # "a two-legged robot", "a four-engined jet": the parts counted
                s = m.start() - len(re.search(r"(?:\ban?\s+)?$", text[:m.start()], re.I).group(0))
                yield text[s: m.end()], f"{_number(m.group('n'))} {_plural(part)}", _plural(part), s, m.end()
                continue
            nxt = self._next_token(m.end())
            noun_next = nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()
            # "a three-judge court", "a nine-officer team": a number word and a person noun before
            # another noun size a group (digits already pass: "a 12-judge panel")
            group = words and noun_next and m.group("n").lower() != "one" and unit in _GROUP_MEMBERS
            if words and not known and not group:
                continue  # "one-sided", "two-way": a word of its own, no measure
            if not known and (not noun_next or not unit.isalpha()):
                continue
            if not words and self._is_date_or_name(m.start(), m.end(), m.group("n")):
                continue
            s = m.start() - len(re.search(r"(?:\ban?\s+)?$", text[:m.start()], re.I).group(0)) if words else m.start()
            e = nxt.idx + len(nxt.text) if noun_next else m.end()
            counts = f"{unit if unit.endswith('s') else _plural(unit)} ({nxt.text})" if noun_next else unit
            if unit == "strong" and noun_next:  # "a 2,000-strong crowd": the crowd's size
                counts = f"size of the {nxt.text}"
            if unit == "odd":  # "40-odd people", "20-odd years": about that many
                yield text[s: e], f"about {_number(m.group('n'))}", nxt.text if noun_next else "odd", s, e
                continue
            yield text[s: e], f"{_number(m.group('n'))} {unit}", counts, s, e
        for m in MULTIPLE_RE.finditer(text):
            q = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            qual = q.group("qual").lower() if q else ""
            n = _number(m.group("n"))
            s0 = m.start() - (len(q.group(0)) if q else 0)
            what = m.group("what").lower()
            noun = self._counted_noun(m.end("what")) if what == "the" else None
            if noun:  # "1.3 times the size", "twice the national average": a multiple of it
                e, counts = noun[1], f"multiple of the {noun[0]}"
            else:  # "three times as many", "twice more"
                e, counts = m.end("t"), f"multiple ({what})"
            yield text[s0:e], f"{qual} ×{n}".strip(), counts, s0, e
        for m in FACTOR_RE.finditer(text):
            q = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            qual = (q.group("qual") if q else m.group("q2") or "").lower()
            value = f"{qual} ×{_number(m.group('n'))}".strip()
            s0 = m.start() - (len(q.group(0)) if q else 0)
            tok = self._token_at(m.start())
            verb = tok.head if tok is not None else None
            while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            counts = f"multiple ({verb.text})" if verb is not None and verb.pos_ in {"VERB", "AUX"} else "multiple"
            yield text[s0:m.end()], value, counts, s0, m.end()
        for m in SUSPENDED_AGES_RE.finditer(text):  # "18- to 24-year-olds": a range of ages
            yield m.group(0), f"{m.group('a')}–{m.group('b')}", "ages", m.start(), m.end()
        for m in AGE_DECADE_RE.finditer(text):  # "a man in his 50s", "both in their early twenties"
            yield m.group(0), m.group("d").lower(), f"age ({m.group('who').lower()})", m.start(), m.end()
        for m in TIME_COUNT_RE.finditer(text):  # "a four-time champion", "the 12-time winner"
            n = _number(m.group("n"))
            nxt = self._next_token(m.end("t"))
            toks = self.art.tokens
            # "the 20-time Grand Slam champion", "a seven-time Tour de France winner": a name between
            for _ in range(5):
                if nxt is None or not (nxt.text[:1].isupper() or nxt.lower_ in {"de", "du", "of"}) or nxt.i + 1 >= len(toks):
                    break
                nxt = toks[nxt.i + 1]
            if n.isdigit() and int(n) > 1 and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower():
                e = nxt.idx + len(nxt.text)
                yield text[m.start():e], f"{n} time", f"times ({nxt.text})", m.start(), e
        for m in FOLD_RE.finditer(text):  # "a fivefold increase", "a 10-fold rise"
            n = _number(m.group("n"))
            if n.isdigit() and int(n) > 1:
                yield m.group(0), f"×{n}", "multiple", m.start(), m.end()
        for m in MULTIPLIER_RE.finditer(text):
            tok = self._token_at(m.start())
            if tok is not None and tok.pos_ == "VERB":
                yield m.group(0), f"×{MULTIPLIER_VERBS[m.group('verb').lower()]}", "multiple", m.start(), m.end()
        for m in AGE_BOUND_RE.finditer(text):
            if not (m.group("q") or m.group("aged")):
                continue
            n = _number(m.group("n"))
            if not n.isdigit() or not 0 < int(n) < 120 or self._counted_noun(m.end()):
                continue  # "people over 300 miles away": a bound on something else
            s = m.start("aged") if m.group("aged") else m.start("fig")
            yield text[s: m.end("fig")], text[m.start("fig"): m.end("fig")].lower(), f"age of {m.group('who').lower()}", s, m.end("fig")

    def _mixed_numbers(self):
        """"two and a half hours" (2.5 hours), "over the last year and a half" (1.5 years): the whole
        and its fraction are one amount of the unit that follows or precedes the "and"."""
        text = self.text
        for m in MIXED_RE.finditer(text):
            qual = (m.group("qual") or "").lower()
            times = re.match(r"\s+times\b(?:\s+the\b)?", text[m.end():], re.I) if m.group("n") else None
            if m.group("n"):
                whole = _number(m.group("n"))
                frac = re.split(r"[\s-]+", m.group("f").lower())
                noun = self._counted_noun(m.end() + times.end()) if times and times.group(0).lower().endswith("the") \
                    else None if times else self._counted_noun(m.end())
                if times:  # "two and a half times the size", "rose one and a half times": a multiple
                    counts, end = (f"multiple of the {noun[0]}", noun[1]) if noun else ("multiple", m.end() + len(
                        re.match(r"\s+times", text[m.end():], re.I).group(0)))
                elif noun is None or not whole.isdigit():
                    continue  # "one and a half" alone: no amount of anything stated
                elif re.fullmatch(r"(?:1[0-9]|20)\d\d", m.group("n")) and not qual:
                    continue  # "in 2016 and a third term in 2020": a year, then an ordinal
                else:
                    counts, end = noun
                if not whole.isdigit():
                    continue
            else:
                whole = "1" if (m.group("a") or "a").lower() in {"a", "an"} else _number(m.group("a"))
                if not whole.isdigit():
                    continue
                frac = ["a", "half"]
                counts, end = _plural(m.group("unit").lower()), m.end()
            part = _FRACTION_VALUES.get(frac[-1], 0) * (1 if frac[0] in {"a", "an"} else NUMBER_WORDS.get(frac[0], 1))
            number = int(whole) + part
            value = f"{number:g}" if part in {0.5, 0.25, 0.75} or (number * 10) % 1 == 0 else f"{whole} {' '.join(frac)}"
            left = LEFT_MODIFIER_RE.search(text[max(0, m.start() - 20): m.start()]) if not qual else None
            start = m.start() - (len(left.group(0)) if left else 0)
            value = f"×{value}" if times else value
            yield text[start:end], f"{qual} {value}".strip(), counts, start, end
        for m in SCALE_HALF_RE.finditer(text):
            value = f"{(m.group('qual') or '').lower()} 1.5 {m.group('scale').lower()}".strip()
            nxt = self._next_token(m.end())
            verb = nxt is not None and nxt.pos_ in {"VERB", "AUX"} and nxt.dep_ != "amod"
            noun = self._counted_noun(m.end()) if nxt is not None and not verb else None
            if noun is None and verb:
                # "an extra million and a half signed up": the subject of its verb, what the clause says
                tok = self._token_at(m.start("scale"))
                counts = self._counts_from_parse(tok, m.end()) if tok is not None else None
                noun = (counts, m.end()) if counts else None
            if noun:
                yield text[m.start():noun[1]], value, noun[0], m.start(), noun[1]

    def _money(self, m: re.Match):
        cur = m.group("cur")
        unit = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}[cur[-1]]
        if len(cur) > 1:
            unit = f"{cur[:-1]} {unit}"  # "US$500": US dollars
        end = m.end()
        rate = re.match(r"\s+(?:a|an|per)\s+([a-z]+)\b", self.text[end:])
        unit_tok = self._token_at(end + rate.start(1)) if rate else None
        if rate and re.match(r"\s+(?:earlier|ago|before|later|on)\b", self.text[end + rate.end():]):
            rate = None  # "$310 million a year earlier" is a time, not a price per year
        if rate and unit_tok is not None and unit_tok.pos_ == "NOUN":  # "$81 a barrel", "$40 million a day"
            unit += rate.group(0).rstrip()
            end += rate.end()
        qual = (m.group("qual") or "").lower()
        value = f"{qual} {m.group('cur')}{m.group('money')}".strip()
        return self.text[m.start():end], value, unit, m.start(), end

    def _percent_of(self, end: int, unit: str) -> tuple[str, int]:
        """"30 percent of the goods" counts goods; "a 9 percent raise" counts the raise."""
        unit = "percent" if unit == "%" else unit
        of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", self.text[end:])
        noun = self._counted_noun(end + of.end() - 1) if of else self._counted_noun(end)
        if of and not noun:  # "70 per cent of the 1,000 respondents"
            part = self._partitive(end + of.end())
            noun = (part, end) if part else None
        if noun:
            return f"{unit} of {noun[0]}" if of else f"{unit} ({noun[0]})", end
        tok = self._token_at(max(end - 1, 0))
        num = self.art.tokens[tok.i - 1] if tok is not None and tok.i > 0 and self.text[end - 1] == "%" else tok
        while num is not None and num.i > 0 and not num.like_num and num.nbor(-1).like_num:
            num = num.nbor(-1)  # "3 per cent": the number, not "cent"
        clause = self._counts_from_parse(num, end) if num is not None and not of else None
        verb = num.head if num is not None else None
        while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        # "58% came out against": the share of whatever its clause says; "Shares fell 4%": a change
        if verb is not None and verb.lemma_ in CHANGE_VERBS and not of:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:  # "The Dow fell 3,000 points, or 12.9%"
                words = [t.text for t in self.art.tokens[subj.i: verb.i + 1]
                         if t.i in {subj.i, verb.i} or t.head.i == verb.i and t.dep_ in {"aux", "auxpass", "neg"}]
                return f"percent ({' '.join(words)})", end
            if clause and " (" in clause:
                noun, _, rest = clause.partition(" (")
                return f"percent ({noun} {rest.rstrip(')')})", end
        if clause and " (" in clause:  # an elided noun and its verb: "percent of voters (came)"
            return f"percent of {clause[0].lower() + clause[1:]}", end
        return (f"percent ({clause})" if clause and len(clause.split()) <= 4 else unit), end
