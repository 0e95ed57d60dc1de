"""Figures: quantities with their qualifier and the noun they count.

"more than 40 delivery trucks", "between 200 and 250 hectares", "two dozen
schools", "the third round", "Tomas, 39" (an age). Years, dates, weekdays, clock times and
numbers that are part of a name ("3rd Battalion", "Highway 9") are not quantities. A number
that counts nothing nameable is skipped.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.facts import Figure
from quizapp.generate.lexicon import (
    CURRENCY_WORDS, FRACTION_WORDS, MULTIPLIER_VERBS, PEOPLE_NOUNS, SCORE_WORDS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, QUALIFIERS, SCALE_WORDS, SINGULAR_UNITS, WEEKDAYS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from quizapp.generate.article import Article

_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS}|(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*)(?:\s+(?:hundred|thousand|million|billion|trillion))?"
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_UNITS = "|".join(SINGULAR_UNITS)
FIGURE_RE = re.compile(
    rf"""(?<![\w$€£¥.,])(?:(?P<qual>{_QUAL})\s+)?
        (?: between\s+(?P<lo1>{_NUM})\s+and\s+(?P<hi1>{_NUM})
          | from\s+(?P<lo2>{_NUM})\s+to\s+(?P<hi2>{_NUM})
          | (?P<lo3>{_DIGITS})\s*(?:-|–|—|to)\s*(?P<hi3>{_DIGITS})(?![\d,])
          | (?P<lo4>{_WORDS})\s+to\s+(?P<hi4>{_WORDS})
          | (?P<cur>[$€£¥])\s?(?P<money>{_NUM}(?:bn|tn|m|k)?)(?![\d.,]\d)
          | (?P<half>half\s+a\s+dozen)
          | (?P<dozen>a\s+dozen)
          | (?P<num>{_NUM})
          | (?P<one>an?)(?=\s+(?:{_UNITS})\b)
        )\b(?P<more>\s+more)?""",
    re.IGNORECASE | re.VERBOSE,
)
ORDINAL_RE = re.compile(
    rf"\b(?P<ord>{'|'.join(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)
YEAR_OLD_RE = re.compile(r"\b(?P<age>\d{1,3})-year-old\b")
LEFT_MODIFIER_RE = re.compile(r"(?:\bthe\s+)?\b(?:first|last|past|next|previous|coming|final|latest)\s+$", re.IGNORECASE)
TIME_AFTER_RE = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|[ap]\.?m\b)", re.IGNORECASE)
_FRACTIONS = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
# "about a third of revenue", "nearly a fifth", "two thirds of voters", "Half were given"
FRACTION_RE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?(?P<frac>(?:(?:a|one|two|three)\s+)(?:{_FRACTIONS})|half(?!\s+an?\s+(?:dozen|hour|mile|century|day))\b)(?!-)",
    re.IGNORECASE)
_MONEY = rf"(?:{_NUM})(?:bn|tn|m|k)?"
# "between $350 million and $400 million", "$2-$3 billion": one range, not two sums
MONEY_RANGE_RE = re.compile(
    rf"(?<![\w.,])(?:between|from)\s+(?P<cur>[$€£¥])\s?(?P<lo>{_MONEY})\s+(?:and|to)\s+[$€£¥]?\s?(?P<hi>{_MONEY})\b",
    re.IGNORECASE)
# "one in eight participants", "nine in 10 villages": one figure, never "eight participants"
RATIO_RE = re.compile(rf"(?<![\w$.,])(?:(?P<qual>{_QUAL})\s+)?(?P<a>{_NUM})\s+(?:in|out\s+of)\s+(?P<b>{_NUM})\b", re.IGNORECASE)
SCORE_RE = re.compile(r"(?<![\w.,/-])\(?(?P<score>\d{1,3}-\d{1,3}(?:-\d{1,3})?)\)?(?![\w/-]|[.,]\d)")
# "a 200-acre farm", "a 10-day trial": a number joined to its unit before a noun
COMPOUND_RE = re.compile(r"(?<![\w.,$-])(?P<n>\d[\d,]*(?:\.\d+)?)-(?P<unit>[a-z]+)\b(?!-)")
MULTIPLIER_RE = re.compile(rf"\b(?P<verb>{'|'.join(MULTIPLIER_VERBS)})\b", re.IGNORECASE)
AGE_BOUND_RE = re.compile(
    rf"\b(?P<who>{'|'.join(PEOPLE_NOUNS)})\s+(?:(?P<aged>aged)\s+)?(?P<fig>(?:(?P<q>over|under|older\s+than|younger\s+than)\s+)?"
    rf"(?P<n>\d{{1,3}}|{_WORDS})(?:\s+(?:and|or)\s+(?:over|older|above|under|younger|up))?)\b",
    re.IGNORECASE)
MAX_NOUN_TOKENS = 4
VAGUE_NOUNS = {"time", "times", "one", "ones", "other", "others", "century", "centuries"}


class FigureFinder:
    def __init__(self, article: "Article"):
        self.art = article
        self.doc = article.doc
        self.text = article.text

    def _token_at(self, pos: int) -> "Token | None":
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _next_token(self, end: int) -> "Token | None":
        m = re.match(r"\s*", self.text[end:])
        pos = end + m.end()
        return self._token_at(pos) if pos < len(self.text) else None

    def _counted_noun(self, end: int) -> tuple[str, int] | None:
        """The noun phrase right after a number: ("Russian vehicles", end) or None."""
        tok = self._next_token(end)
        if tok is None or tok.sent != self._token_at(max(end - 1, 0)).sent:
            return None
        if tok.lower_ == "percent" or tok.text == "%":
            return tok.text, tok.idx + len(tok.text)
        if tok.lower_ in CURRENCY_WORDS:  # "2 billion rupees"
            return tok.text, tok.idx + len(tok.text)
        toks = []
        for t in self.art.tokens[tok.i: tok.i + MAX_NOUN_TOKENS]:
            if t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"} and t.is_alpha or "-" in t.text and t.pos_ in {"NOUN", "ADJ"}:
                toks.append(t)
                if t.pos_ == "NOUN" and not (t.i + 1 < len(self.doc) and self.art.tokens[t.i + 1].pos_ == "NOUN"):
                    break
            else:
                break
        while toks and toks[-1].pos_ != "NOUN":
            toks.pop()
        if not toks or toks[-1].lower_ in VAGUE_NOUNS:
            return None
        if not toks[-1].text.islower():
            return None  # "12 Downing Street", a name; "12 Western governors" counts governors
        if toks[0].text[:1].isupper() and toks[0].i == toks[0].sent.start:
            return None
        return self.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)], toks[-1].idx + len(toks[-1].text)

    def _is_date_or_name(self, start: int, end: int, number: str) -> bool:
        before = self.text[max(0, start - 15): start].lower()
        after = self.text[end: end + 15].lower()
        word_before = re.findall(r"[a-z]+\.?", before)[-1:] or [""]
        word_after = re.findall(r"[a-z]+", after)[:1] or [""]
        if word_before[0].rstrip(".") in MONTHS | WEEKDAYS or word_after[0] in MONTHS | WEEKDAYS:
            return True
        if TIME_AFTER_RE.match(self.text[end:]) or re.match(r"\s*:\d\d", self.text[end:]):
            return True
        if re.fullmatch(r"(1[0-9]|20)\d\d", number):
            return True  # a year
        if re.search(r"[A-Za-z][-/]?$", self.text[max(0, start - 1): start]):
            return True  # "G7", "COVID-19"
        prev = re.search(r"([A-Z][\w.]*)\s+$", self.text[max(0, start - 30): start])
        if prev and re.match(r"\d", number) and not re.search(r"[.!?:]\s+[A-Z][\w.]*\s+$", self.text[max(0, start - 32): start]) \
                and not re.match(r"\s+[a-z]+s\b", self.text[end:]):
            return True  # "Article 5", "Flight 17" (but "gave Israel 30 days" counts days)
        return False

    def find(self):
        taken: list[tuple[int, int]] = []
        for fig in self._whole_forms():
            if not any(s < fig[4] and fig[3] < e for s, e in taken):
                taken.append((fig[3], fig[4]))
                yield fig
        for m in FIGURE_RE.finditer(self.text):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if m.group("lo4") and (m.group("lo4").lower() == "one" or NUMBER_WORDS.get(m.group("lo4").lower(), 0)
                                   >= NUMBER_WORDS.get(m.group("hi4").lower(), 0)):
                continue  # "one to one", "ten to one": not a range
            number_text = m.group("num") or m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4") or ""
            if m.group("num") and m.group("num").lower() == "one" and not m.group("qual"):
                continue  # "one nurse said", "one of them": a pronoun or an indefinite far more than a count
            if m.group("one") and not m.group("qual"):
                continue  # a bare article is no figure
            if m.group("qual") and m.group("qual").lower() in {"some", "over", "under", "only"} and m.group("one"):
                continue
            if self._is_date_or_name(m.start("num") if m.group("num") else start, end, number_text.strip()):
                continue
            age = self._age(start, end, m)
            if age:
                taken.append((age[3], age[4]))
                yield age
                continue
            if m.group("cur"):
                yield self._money(m)
                taken.append((start, end))
                continue
            noun = self._counted_noun(end)
            if not noun:
                continue
            counts, noun_end = noun
            qual = (m.group("qual") or "").lower()
            if qual in {"over", "under"} and m.group("num") and counts.lower().rstrip("s") in SINGULAR_UNITS:
                start = m.start("num")  # "over three years" is a duration: the preposition stays out
            if counts.lower() in {"percent", "%"}:
                counts, noun_end = self._percent_of(noun_end, counts)
            left = LEFT_MODIFIER_RE.search(self.text[max(0, start - 20): start])
            fig_start = start - (len(left.group(0)) if left and not m.group("qual") else 0)
            value = self._value(m)
            if counts.lower() in {"cents", "cent", "pence", "p"}:
                value = f"{value} {counts.lower()}"  # "48 cents" is not 48 of the currency
            taken.append((fig_start, noun_end))
            yield self.text[fig_start:noun_end], value, counts, fig_start, noun_end
        for m in YEAR_OLD_RE.finditer(self.text):  # "a 34-year-old teacher"
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            yield m.group(0), m.group("age"), "age in years", m.start(), m.end()
        for m in ORDINAL_RE.finditer(self.text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            word = m.group("ord").lower()
            if self._is_date_or_name(m.start(), m.end(), word):
                continue
            nxt = self._next_token(m.end())
            if nxt is None or nxt.pos_ != "NOUN" or not nxt.text.islower() or nxt.lower_ in VAGUE_NOUNS:
                continue  # "3rd Battalion" is a name, "the 3rd of May" a date
            value = f"{ORDINAL_WORDS[word]}{_suffix(ORDINAL_WORDS[word])}" if word in ORDINAL_WORDS else word
            det = re.search(r"\bthe\s+$", self.text[max(0, m.start() - 5): m.start()])
            s = m.start() - (len(det.group(0)) if det else 0)
            e = nxt.idx + len(nxt.text)
            yield self.text[s:e], value, nxt.text, s, e

    def _whole_forms(self):
        """Figures whose words must stay together: ratios, fractions, scores, numbers joined to
        a unit, multiples and age bounds. Each yields (text, value, counts, start, end)."""
        text = self.text
        for m in MONEY_RANGE_RE.finditer(text):
            unit = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}[m.group("cur")]
            value = f"{m.group('cur')}{m.group('lo')}–{m.group('cur')}{m.group('hi')}"
            yield m.group(0), value, unit, m.start(), m.end()
        for m in RATIO_RE.finditer(text):
            noun = self._counted_noun(m.end())
            if noun and _number(m.group("a")) != "0" and not self._is_date_or_name(m.start("a"), m.end(), m.group("b")):
                qual = (m.group("qual") or "").lower()
                value = f"{qual} {_number(m.group('a'))} in {_number(m.group('b'))}".strip()
                yield text[m.start(): noun[1]], value, noun[0], m.start(), noun[1]
        for m in FRACTION_RE.finditer(text):
            frac = m.group("frac").lower()
            after = text[m.end(): m.end() + 40]
            of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", after)
            if frac == "half" and not (of or m.group("qual") or self._opens_clause(m.start())):
                continue  # "half a dummy pill", "the second half": no share of anything counted
            if frac != "half" and not (of or m.group("qual")):
                continue  # "a third straight day": an ordinal, not a fraction
            end = m.end()
            counts = "share"
            if of:
                noun = self._counted_noun(m.end() + of.end() - 1)
                if noun:
                    counts, end = f"share of {noun[0]}", noun[1]
            yield text[m.start(): end], text[m.start(): m.end()].lower(), counts, m.start(), end
        for m in SCORE_RE.finditer(text):
            words = re.findall(r"[a-z]+", text[max(0, m.start() - 25): m.start()].lower())[-2:]
            nxt = re.findall(r"[a-z]+", text[m.end(): m.end() + 20].lower())[:1]
            boxed = text[m.start()] == "(" and text[m.end() - 1] == ")"
            if not (boxed and m.group("score").count("-") == 2 or set(words) & SCORE_WORDS or set(nxt) & SCORE_WORDS):
                continue
            s, e = m.start("score"), m.end("score")
            yield text[s:e], m.group("score"), "score" if "vote" not in " ".join(words + nxt) else "vote", s, e
        for m in COMPOUND_RE.finditer(text):
            if m.group("unit") in {"year", "years"} and text[m.end(): m.end() + 4] == "-old":
                continue
            nxt = self._next_token(m.end())
            if nxt is None or nxt.pos_ != "NOUN" or not m.group("unit").isalpha():
                continue
            if self._is_date_or_name(m.start(), m.end(), m.group("n")):
                continue
            e = nxt.idx + len(nxt.text)
            yield text[m.start(): e], f"{m.group('n')} {m.group('unit')}", f"{m.group('unit')}s ({nxt.text})", m.start(), e
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

    def _opens_clause(self, pos: int) -> bool:
        """"Half were given the vitamin": a bare "half" as the subject of its sentence."""
        tok = self._token_at(pos)
        return tok is not None and tok.dep_ in {"nsubj", "nsubjpass"}

    def _money(self, m: re.Match):
        unit = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}[m.group("cur")]
        end = m.end()
        rate = re.match(r"\s+(?:a|an|per)\s+([a-z]+)\b", self.text[end:])
        unit_tok = self._token_at(end + rate.start(1)) if rate else None
        if rate and re.match(r"\s+(?:earlier|ago|before|later|on)\b", self.text[end + rate.end():]):
            rate = None  # "$529 million a year earlier" is a time, not a price per year
        if rate and unit_tok is not None and unit_tok.pos_ == "NOUN":  # "$81 a barrel", "$40 million a day"
            unit += rate.group(0).rstrip()
            end += rate.end()
        qual = (m.group("qual") or "").lower()
        value = f"{qual} {m.group('cur')}{m.group('money')}".strip()
        return self.text[m.start():end], value, unit, m.start(), end

    def _percent_of(self, end: int, unit: str) -> tuple[str, int]:
        """"30 percent of the goods" counts goods; "a 9 percent raise" counts the raise."""
        of = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?", self.text[end:])
        noun = self._counted_noun(end + of.end() - 1) if of else self._counted_noun(end)
        if noun:
            return f"{unit} of {noun[0]}" if of else f"{unit} ({noun[0]})", end
        return unit, end

    def _age(self, start: int, end: int, m: re.Match):
        """"Tomas, 39, who ..." or "Tomas, 39." : an age after a person's name."""
        if not m.group("num") or m.group("qual") or not re.fullmatch(r"\d{1,3}", m.group("num")):
            return None
        if not re.match(r"\s*(?:,|\.|\)|;)", self.text[end:]):
            return None
        window = max(0, start - 60)
        before = re.search(r"(\w+)\s*,\s*$", self.text[window:start])
        if not before:
            return None
        tok = self._token_at(window + before.start(1))
        if tok is None or not self.art.people.is_person(tok):
            return None
        name = self.art.people.person_name(tok)
        first = tok
        while first.i > first.sent.start and first.nbor(-1).text in self.art.people.name_run(tok):
            first = first.nbor(-1)
        s = first.idx
        return self.text[s:end], m.group("num"), f"{name}'s age", s, end

    def _value(self, m: re.Match) -> str:
        qual = (m.group("qual") or "").lower()
        if m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4"):
            lo = m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4")
            hi = m.group("hi1") or m.group("hi2") or m.group("hi3") or m.group("hi4")
            core = f"{_number(lo)}–{_number(hi)}"
        elif m.group("half"):
            core = "6"
        elif m.group("dozen"):
            core = "12"
        elif m.group("one"):
            core = "1"
        else:
            core = _number(m.group("num"))
        if qual in {"over", "under"} and re.match(r"\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)\b", self.text[m.end():]):
            qual = ""  # "over three years" is a duration, not a lower bound
        if re.match(r"\s*(?:percent|per cent|%)(?!age)", self.text[m.end():]):
            core += " percent"
        return f"{qual} {core}".strip()


def _number(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    if re.fullmatch(_DIGITS, text) or re.fullmatch(rf"(?:{_DIGITS}) (?:million|billion|trillion)", text, re.IGNORECASE):
        return text  # "1,500", "7.6 million" read best as written
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in SCALE_WORDS:
            current = max(current, 1) * NUMBER_WORDS[word]
            if NUMBER_WORDS[word] >= 1000:
                total, current = total + current, 0
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif re.fullmatch(_DIGITS, word):
            current += float(word.replace(",", "")) if "." in word else int(word.replace(",", ""))
    value = total + current
    return f"{value:,}" if isinstance(value, int) and value >= 10000 else str(value)


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def extract_figures(article: "Article") -> list[Figure]:
    out, seen = [], set()
    for text, value, counts, start, end in FigureFinder(article).find():
        o_start, o_end, o_text = article.original_span(start, end)
        if (o_start, o_end) in seen:
            continue
        seen.add((o_start, o_end))
        out.append(Figure(text=o_text, value=value, counts=counts, start=o_start, end=o_end))
    out.sort(key=lambda f: f.start)
    return out
