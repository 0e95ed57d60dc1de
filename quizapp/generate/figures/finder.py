"""Figures: the finder, which runs every form over the article and keeps the quantities."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.facts import Figure
from quizapp.generate.lexicon import (
    ACHIEVEMENT_NOUNS, EVENT_NOUNS, ORDINAL_WORDS, RANK_NOUNS, SCALE_WORDS, SINGULAR_UNITS,
)
from quizapp.generate.figures.patterns import (
    NUMBER_WORDS, FIGURE_RE, SCALED_COUNT_RE, PC_RE, GLUED_UNIT_RE, ORDINAL_RE, YEAR_OLD_RE, LEFT_MODIFIER_RE, VAGUE_SCALE_RE, VAGUE_NOUNS,
)
from quizapp.generate.figures.keys import (
    _number, AMOUNT_UNITS, TIME_UNIT_WORDS, _suffix,
)
from quizapp.generate.figures.labels import LabelsMixin
from quizapp.generate.figures.counts import CountsMixin
from quizapp.generate.figures.ones import OnesMixin
from quizapp.generate.figures.repeats import RepeatsMixin
from quizapp.generate.figures.forms import FormsMixin
from quizapp.generate.figures.ages import AgesMixin
from quizapp.generate.figures.race_times import RaceTimesMixin
from quizapp.generate.figures.glyphs import GlyphsMixin

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from quizapp.generate.article import Article


# Words that introduce a name in quotation marks: 'the term "big four"', 'dubbed "the three sisters"'
_NAMING_WORDS = {"term", "phrase", "name", "nickname", "label", "slogan", "title", "dubbed", "nicknamed",
                 "called", "named", "so-called", "as", "the"}

class FigureFinder(LabelsMixin, CountsMixin, OnesMixin, RepeatsMixin, FormsMixin, AgesMixin, RaceTimesMixin,
                  GlyphsMixin):
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

    def find(self):
        """Every figure once: the raw finds, less a headline's repeat of a body figure and a later
        mention of a fact already found, with an amount and its conversion joined into one."""
        figs = sorted((self._signed(f) for f in self._find_raw() if not self._quoted_label(f)
                       and not _counting_idiom(f[0])), key=lambda f: (f[3], f[4]))
        figs = self._join_conversions(figs)
        yield from self._drop_repeats(figs)

    def _quoted_label(self, fig) -> bool:
        """'"19" stands for the year', 'the code "112"': a number that is a whole quotation by itself
        is a label being talked about, not an amount; and so is a number with its noun that is all a
        quotation holds ('known as the "Three Musketeers."', 'the term "big four"'): a nickname."""
        text, _, counts, start, end = fig
        if not (0 < start and end < len(self.text) and self.text[start - 1] in "\"“"):
            return False
        if re.fullmatch(r"[\d.,]+", text) is not None:
            return self.text[end] in "\"”"
        if not counts or re.match(r"[.,!?]?[\"”]", self.text[end:end + 2]) is None:
            return False
        # a name, not a count quoted from a source ('said "three men" were held'): capitalised, or
        # after a word that introduces a name
        before = re.search(r"([\w-]+)\s*$", self.text[max(0, start - 40):start - 1])
        return text.split()[-1][:1].isupper() or before is not None and before.group(1).lower() in _NAMING_WORDS

    def _signed(self, fig):
        """"fell to -5°C", "a wind chill of −30 degrees", "growth of -0.3%": a minus sign written
        onto the number (after a space or a bracket) is part of it, value and text."""
        text, value, counts, start, end = fig
        if start > 0 and self.text[start - 1] in "-−" and text[:1].isdigit() and value[:1].isdigit() \
                and (start == 1 or self.text[start - 2] in " \t\n(["):
            return self.text[start - 1:end], f"-{value}", counts, start - 1, end
        return fig

    def _find_raw(self):
        taken: list[tuple[int, int]] = []
        for fig in self._whole_forms():
            if not any(s < fig[4] and fig[3] < e for s, e in taken):
                taken.append((fig[3], fig[4]))
                yield fig
        for m in FIGURE_RE.finditer(self.text):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if m.group("lo3") and re.fullmatch(r"\d{3}", m.group("lo3")) and re.fullmatch(r"\d{3}[1-9]", m.group("hi3")) \
                    and "-" in m.group(0):
                continue  # "555-1234": a telephone number, not a range
            # ("one to two hundred", "seven to eight thousand": a range whose scale word the two share)
            if m.group("lo4") and (m.group("lo4").lower() == "one" and not m.group("scale4")
                                   or NUMBER_WORDS.get(m.group("lo4").lower(), 0) >= NUMBER_WORDS.get(m.group("hi4").lower(), 0)):
                ratio = self._word_ratio(m)
                if ratio:
                    taken.append((ratio[3], ratio[4]))
                    yield ratio
                continue  # "one to one", "ten to one": not a range
            pair = self._change_and_level(m)
            if pair:
                taken.append((pair[0][3], pair[1][4]))
                yield from pair
                continue
            number_text = m.group("num") or m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4") or ""
            qual = (m.group("qual") or "").lower()
            if m.group("num") and m.group("num").lower() == "one" and not self._one_counts(m, qual):
                continue  # "one nurse said", "one of them": a pronoun or an indefinite far more than a count
            if m.group("one") and not qual:
                continue  # a bare article is no figure
            if qual in {"some", "over", "under", "only"} and m.group("one"):
                continue
            unit_word = re.match(r"\s+([a-z]+)", self.text[end:], re.I) if m.group("one") else None
            if unit_word and unit_word.group(1).lower() in TIME_UNIT_WORDS:
                continue  # "ran for about a week", "took roughly a month": a duration with no number word
            if m.group("num") and m.group("num").lower() in SCALE_WORDS \
                    and VAGUE_SCALE_RE.search(self.text[max(0, start - 12): start]):
                continue  # "several thousand marchers": vague, the size is not given
            if m.group("num") and m.group("num").lower() == "zero" and not qual \
                    and not re.match(r"\s+(?:percent|per\s+cent)\b", self.text[end:], re.I):  # ("to zero percent")
                continue  # "zero tolerance": a figure only as "almost zero", "down to nearly zero"
            if self._is_date_or_name(m.start("num") if m.group("num") else start, end, number_text.strip(),
                                     qualified=bool(qual)):
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
            bound = re.match(r"\s+(?:or|and)\s+(?P<b>more|fewer|less|over|above|older|younger|up)\b", self.text[end:]) \
                if not noun and (m.group("num") or "").lower() not in SCALE_WORDS else None
            bound_noun = self._counted_noun(end + bound.end()) if bound else None
            if bound_noun:  # "firms with 50 or more employees": a bound, with its noun after it
                value = f"{self._value(m)} or {bound.group('b').lower()}"
                taken.append((start, bound_noun[1]))
                yield self.text[start:bound_noun[1]], value, bound_noun[0], start, bound_noun[1]
                continue
            if not noun:
                bare = self._without_noun(m, start, end)
                if bare:
                    taken.append((bare[3], bare[4]))
                    yield bare
                continue
            counts, noun_end = noun
            last = self._token_at(noun_end - 1)
            if not qual and m.group("num") and re.fullmatch(r"\d+", m.group("num")) and int(m.group("num")) > 1 \
                    and last is not None and last.tag_ == "NN" and last.is_alpha and counts.lower() not in AMOUNT_UNITS \
                    and counts.lower() not in {"percent", "per cent"} \
                    and counts.lower() not in SINGULAR_UNITS and " " not in counts \
                    and re.search(r"\b(?:a|an)\s+$", self.text[max(0, start - 4):start], re.I):
                continue  # "a 911 call", "a 737 jet": a number before a singular noun after "a" names it
            counts, noun_end = noun
            if qual == "over" and m.group("num") and counts.lower() in TIME_UNIT_WORDS or qual and self._particle(start):
                start = m.start("num")  # "over three years" is a duration: the preposition stays out
            if counts.lower() in {"percent", "%"}:
                counts, noun_end = self._percent_of(noun_end, counts)
            if counts.lower().startswith("strong "):  # "its 40 strong fleet", unhyphenated: the fleet's size
                counts = f"size of the {counts[len('strong '):]}"
            left = LEFT_MODIFIER_RE.search(self.text[max(0, start - 20): start])
            fig_start = start - (len(left.group(0)) if left and not m.group("qual") else 0)
            value = self._value(m)
            if counts.lower() in {"cents", "cent", "pence", "p"}:
                value = f"{value} {counts.lower()}"  # "37 cents" is not 37 of the currency
            taken.append((fig_start, noun_end))
            yield self.text[fig_start:noun_end], value, counts, fig_start, noun_end
        for m in SCALED_COUNT_RE.finditer(self.text):  # "4m visitors", "1.2bn people": a scale written short
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            nxt = self._next_token(m.end())
            if nxt is None or nxt.tag_ != "NNS" or not nxt.text.islower() or nxt.lower_ in AMOUNT_UNITS \
                    or self.text[m.end():nxt.idx] != " ":
                continue  # "a 4m wall" (metres), "4m high": no count
            qual = (m.group("qual") or "").lower()
            start = m.start() if qual else m.start("n")
            e = nxt.idx + len(nxt.text)
            value = self.text[start:m.end()]
            taken.append((start, e))
            yield self.text[start:e], value[:1].lower() + value[1:] if qual else value, nxt.text, start, e
        for m in PC_RE.finditer(self.text):  # "grew 3.1pc", as British papers abbreviate per cent
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                yield m.group(0), f"{m.group('n')} percent", "percent", m.start(), m.end()
        for m in GLUED_UNIT_RE.finditer(self.text):  # "ran 5km", "a 20kg bag": the unit written onto the number
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            unit = m.group("unit")
            if unit in {"C", "F"}:
                if not re.search(r"(?:^|[^\w])(?:minus\s+|[a-z]+\s+)$", self.text[max(0, m.start() - 20):m.start()]):
                    continue  # "Flat 30C", "Room 12F": a label after a name, not degrees
                unit = "degrees Celsius" if unit == "C" else "degrees Fahrenheit"
            qual = (m.group("qual") or "").lower()
            start = m.start() if qual else m.start("n")
            minus = re.search(r"\bminus\s+$", self.text[max(0, start - 6):start])
            if minus and not qual:
                start -= len(minus.group(0))
            value = self.text[start:m.start("unit")].strip()
            value = value[:1].lower() + value[1:]
            taken.append((start, m.end()))
            yield self.text[start:m.end()], value, re.sub(r"\s\d.*", "", unit), start, m.end()
        for m in YEAR_OLD_RE.finditer(self.text):  # "a 34-year-old teacher", "a nine-year-old girl"
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            age = re.sub(r"(?<=\d)-", " ", m.group("age"))
            yield m.group(0), _number(age), f"age in {m.group('unit').lower()}s", m.start(), m.end()
        for m in ORDINAL_RE.finditer(self.text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            word = m.group("ord").lower()
            if word == "second":
                fig = self._second(m)
                if fig:
                    taken.append((fig[3], fig[4]))
                    yield fig
                continue
            if self._is_date_or_name(m.start(), m.end(), word):
                continue
            nxt = self._next_token(m.end())
            # "for the third time" counts occurrences (the first time is a position, never asked)
            repeat = nxt is not None and nxt.lower_ == "time" and word not in {"first", "1st", "last"}
            if nxt is not None and nxt.lower_ in {"quarter", "quarters", "half", "period", "inning", "innings"}:
                continue  # "the third quarter", "the third period": a part of the year or of a game, a date more than a count
            if nxt is not None and nxt.lower_ in RANK_NOUNS:
                continue  # "finished in third place", "the fifth floor": a position, no count
            if nxt is not None and nxt.lower_ in {"straight", "consecutive", "successive"} and nxt.i + 1 < len(self.art.tokens):
                nxt = self.art.tokens[nxt.i + 1]  # "for a third straight month": the months counted
            named = self._owned_named(m, nxt)
            if named is not None:
                nxt = named  # "her 20th Grand Slam title": the owner's titles counted, a name between
            if nxt is None or nxt.pos_ != "NOUN" or not nxt.text.islower() or nxt.lower_ in VAGUE_NOUNS and not repeat:
                continue  # "3rd Battalion" is a name, "the 3rd of May" a date
            value = f"{ORDINAL_WORDS[word]}{_suffix(ORDINAL_WORDS[word])}" if word in ORDINAL_WORDS else word
            det = re.search(r"\bthe\s+$", self.text[max(0, m.start() - 5): m.start()])
            s = m.start() - (len(det.group(0)) if det else 0)
            e = nxt.idx + len(nxt.text)
            taken.append((s, e))
            yield self.text[s:e], value, nxt.text, s, e

    def _owned_named(self, m: re.Match, nxt: "Token | None") -> "Token | None":
        """"his 20th Grand Slam title", "the club's fifth Premier League win": after a possessive,
        an ordinal, a name of up to three words and a noun of an event or a feat count the owner's
        feats ("his 3rd Battalion colleagues" names a unit); the noun, or None."""
        if nxt is None or nxt.pos_ != "PROPN" or not re.search(
                r"(?:\b(?:his|her|their|its|our)|['’]s?)\s+$", self.text[max(0, m.start() - 8): m.start()], re.I):
            return None
        toks = self.art.tokens
        i = nxt.i
        while i < min(nxt.i + 3, len(toks)) and toks[i].pos_ == "PROPN" and toks[i].text[:1].isupper():
            i += 1
        noun = toks[i] if i < len(toks) and i > nxt.i else None
        if noun is None or noun.pos_ != "NOUN" or not noun.text.islower() or noun.sent != nxt.sent \
                or noun.lemma_.lower() not in EVENT_NOUNS | ACHIEVEMENT_NOUNS:
            return None
        return noun

    def _word_ratio(self, m: re.Match):
        """"backed it by a margin of two to one", "women outnumber men three to one": a falling pair
        of number words after a margin or a comparison is a ratio ("ten to one" alone may be odds
        or a clock time, and stays out)."""
        a, b = (NUMBER_WORDS.get(m.group(g).lower(), 0) for g in ("lo4", "hi4"))
        if m.group("qual") or not a > b > 0:
            return None
        before = self.text[max(0, m.start() - 40): m.start()]
        noun = re.match(r"\s+(margin|majority|ratio|split)\b", self.text[m.end():], re.I)
        if noun:  # "by a two-to-one margin", "a three-to-one majority": the noun says it is a ratio
            e = m.end() + noun.end()
            return self.text[m.start(): e], f"{a}:{b}", noun.group(1).lower(), m.start(), e
        cue = re.search(r"\b(?:(?P<margin>margin\s+of|by)|(?P<more>outnumber\w*|odds\s+of))\s+(?:\w+\s+){0,2}$", before, re.I)
        if cue is None or cue.group("margin") and not re.search(r"\bmargin\s+of\s+$|\bby\s+$", before, re.I):
            return None
        counts = "margin" if cue.group("margin") else cue.group("more").split()[0].lower()
        return self.text[m.start(): m.end()], f"{a}:{b}", counts, m.start(), m.end()

    def _second(self, m: re.Match):
        """"a second truck" (one more) and "the third attempt" (an event counted) are counts;
        "the second floor", "the second half" are positions, and "in a second" a time."""
        det = re.search(r"\b(a|an|the|its|his|her|their|our|my)\s+$", self.text[max(0, m.start() - 8): m.start()], re.I)
        nxt = self._next_token(m.end())
        if det is None or nxt is None or self.text[m.end(): m.end() + 1] == "-":
            return None
        toks = self.art.tokens
        noun = None
        for t in toks[nxt.i: nxt.i + 3]:
            if t.pos_ == "NOUN" and t.text.islower():
                noun = t
                if not (t.i + 1 < len(toks) and toks[t.i + 1].pos_ == "NOUN"):
                    break
            elif t.pos_ in {"ADJ", "NOUN"} and t.text.islower():
                continue
            else:
                break
        repeat = noun is not None and noun.lower_ == "time" and noun.i == nxt.i  # "for the second time"
        if noun is None or noun.lower_ in VAGUE_NOUNS | {"half"} and not repeat:
            return None
        indefinite = det.group(1).lower() in {"a", "an"}
        if not indefinite and not repeat and noun.lemma_.lower() not in EVENT_NOUNS and nxt.lemma_.lower() not in EVENT_NOUNS:
            return None
        s = m.start() - len(det.group(0))
        e = noun.idx + len(noun.text)
        return self.text[s:e], "2nd", self.text[m.end():e].strip(), s, e

    def _particle(self, pos: int) -> bool:
        """"took over", "handed over": a qualifier word that the parse reads as a verb's particle."""
        tok = self._token_at(pos)
        return tok is not None and tok.dep_ == "prt" and tok.lower_ in {"over", "under", "around", "about"}

    def _value(self, m: re.Match) -> str:
        qual = (m.group("qual") or "").lower()
        if m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4"):
            lo = m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("lo4")
            hi = m.group("hi1") or m.group("hi2") or m.group("hi3") or m.group("hi4")
            scale = f" {m.group('scale4')}" if m.group("scale4") else ""
            shared = re.search(r"\s+(hundred|thousand|million|billion|trillion)$", hi, re.I)
            if shared and re.fullmatch(r"[a-z]+(?:[\s-][a-z]+)*", lo.strip(), re.I) and not re.search(
                    r"(?:hundred|thousand|million|billion|trillion)$", lo.strip(), re.I):
                bare_hi = _number(hi[:shared.start()]).replace(",", "")
                low = _number(lo).replace(",", "")
                if re.fullmatch(r"[\d.]+", bare_hi) and re.fullmatch(r"[\d.]+", low) and float(low) < float(bare_hi):
                    lo = f"{lo} {shared.group(1)}"  # "between two and three million": both are millions, as words
            core = f"{_number(lo + scale)}–{_number(hi + scale)}"
        elif m.group("half"):
            core = "6"
        elif m.group("dozen"):
            core = "12"
        elif m.group("halfscale"):  # "half a million"
            core = f"{NUMBER_WORDS[m.group('halfscale').lower()] // 2:,}"
        elif m.group("quarterscale"):  # "a quarter of a million", "three-quarters of a million"
            part = re.sub(r"[\s-]+", " ", m.group("part").lower()).split()
            share = {"quarter": 1, "quarters": 3, "third": 1, "thirds": 2}[part[1]]
            core = f"{round(NUMBER_WORDS[m.group('quarterscale').lower()] * share / (4 if 'quarter' in part[1] else 3)):,}"
        elif m.group("ascale"):  # "a million people", "a hundred and fifty people"
            core = _number(f"one {m.group('ascale')} {m.group('arest') or ''}")
        elif m.group("one"):
            core = "1"
        else:
            core = _number(m.group("num"))
        unit = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?\b", self.text[m.end():])
        if qual == "over" and unit and (unit.group(1) in TIME_UNIT_WORDS or unit.group(2) in TIME_UNIT_WORDS):
            qual = ""  # "over three years" is a duration, not a lower bound ("in under an hour" is a bound)
        if qual and m.group("qual") and self._particle(m.start("qual")):
            qual = ""  # "took over 18 months ago", "handed over 20": a verb's particle, no qualifier
        if re.match(r"\s*(?:percent|per cent|%)(?!age)", self.text[m.end():]):
            core += " percent"
        return f"{qual} {core}".strip()


def _counting_idiom(text: str) -> bool:
    """"a one-two punch", "a one-two-three finish": number words counting up by one, hyphenated,
    make a word of their own, not an amount."""
    for m in re.finditer(r"\b([A-Za-z]+)-([A-Za-z]+)\b", text):
        a, b = (NUMBER_WORDS.get(w.lower()) for w in m.groups())
        if a is not None and b is not None and b == a + 1:
            return True
    return False


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
