"""Figures: numbers that are not quantities (dates, years, names, phone numbers, radio bands)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    MONTHS, WEEKDAYS,
)
from quizapp.generate.figures.patterns import (
    TIME_AFTER_RE, PHONE_RE, SECOND_DAY_RE,
)
from quizapp.generate.figures.keys import (
    AMOUNT_UNITS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class LabelsMixin:
    def _is_date_or_name(self, start: int, end: int, number: str, qualified: bool = False) -> bool:
        before = self.text[max(0, start - 15): start].lower()
        after = self.text[end: end + 15].lower()
        # Only a month or weekday right beside the number makes a date: "June 8", "8 June",
        # "Monday 4"; "On June 21 — two days after the ruling" leaves "two days" a quantity.
        word_before = re.findall(r"([a-z]+)\.?\s*$", before)[-1:] or [""]
        word_after = re.findall(r"^(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?)([a-z]+)", after)[:1] or [""]
        # Months and weekdays are written with a capital: "the toll of 40 may rise" is no date.
        cap_before = re.search(r"([A-Za-z]+)\.?\s*$", self.text[max(0, start - 15): start])
        cap_after = re.match(r"(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?)([A-Za-z]+)", self.text[end: end + 15])
        # News writes the day of a date in digits: "In June three people were arrested", "on Friday
        # two more" count; so does "On Monday 12 workers walked out" (a weekday, digits, a plural noun).
        spelled = not re.match(r"\d", number)
        counted_after_weekday = word_before[0].rstrip(".") in WEEKDAYS and re.match(r"\s+[a-z]+s\b", self.text[end:]) \
            and self._next_token(end) is not None and self._next_token(end).tag_ == "NNS"
        if (word_before[0].rstrip(".") in MONTHS | WEEKDAYS and cap_before and cap_before.group(1)[0].isupper()
                and not spelled and not counted_after_weekday) \
                or word_after[0] in MONTHS | WEEKDAYS and cap_after and cap_after.group(1)[0].isupper():
            return True
        if counted_after_weekday and not re.fullmatch(r"(1[0-9]|20)\d\d", number):
            return False  # the weekday is no name the number labels
        if re.search(r"\d[-–]\d+[-–]$", self.text[max(0, start - 12): start]):
            return True  # the last of "4-4-2", "2024-05-03": a formation, a date or a code
        if re.fullmatch(r"\d+", number) and self._phone_number(start, end):
            return True
        if SECOND_DAY_RE.search(self.text[max(0, start - 25): start]) and re.match(r"\d", self.text[start:]):
            return True  # "on June 8 and 9": the second day of a date (news writes days in digits:
            # "until April 9, three days before the match" is a duration)
        first_day = re.match(r"\s*(?:,|and|or|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)", self.text[end: end + 25])
        if first_day and first_day.group(1).lower() in MONTHS and re.fullmatch(r"\d{1,2}", number):
            return True  # "on 8 and 9 June": the first day of a date
        time = TIME_AFTER_RE.match(self.text[end:])
        if time and not self._radio_band(end, time):
            return True
        if re.match(r"\s*:\d\d", self.text[end:]):
            return True
        if re.match(r"[:/]\d", self.text[end:]) or re.search(r"\d[:/]$", self.text[max(0, start - 2): start]):
            return True  # "9/11", "3:1", "5/6/2019": a date, a ratio or a fraction written with signs
        if re.fullmatch(r"[A-Z][a-z]+", number) and start >= self.art.headline_end \
                and re.search(r"[A-Za-z] +$", self.text[max(0, start - 3): start]):
            return True  # "the Group of Eight", "the Big Four": a capitalised number word inside a sentence names
        nxt = self._next_token(end)
        if re.fullmatch(r"\d+", number) and not qualified and (nxt is None or nxt.tag_ != "NNS") and re.search(
                r"(?:\bthe|[a-z,])\s+[A-Z][a-z]+\s+of\s+$", self.text[max(0, start - 30): start]):
            return True  # "the Group of 20", "the Gang of 4": a capitalised noun's "of N" names a body
        if re.search(r"\b(?:top|bottom)\s+$", self.text[max(0, start - 8): start], re.I) and not self._counted_noun(end):
            return True  # "finished top 10": a rank bracket, no count
        unit_after = re.match(r"\s+([a-z/]+)", self.text[end:])
        after_time_word = word_before[0] in {"in", "since", "by", "until", "till", "from", "during", "before", "after", "of"}
        # Outside the years news mostly names, a plural noun makes the number an amount ("carried 1800
        # passengers"); with a determiner it may still be a year ("the 1848 revolutions").
        plural_after = unit_after is not None and not re.fullmatch(r"(?:19|20[0-3])\d", number) \
            and not re.search(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s)\s+$", before) \
            and (self._next_token(end) is not None and self._next_token(end).tag_ == "NNS")
        if re.fullmatch(r"(1[0-9]|20)\d\d", number) and not (qualified or self._tally_value(start) or unit_after and (unit_after.group(1) in AMOUNT_UNITS or plural_after)
                                                             and not after_time_word):
            return True  # a year ("in 2019", "the 2018 election"), but "1500 km", "about 2000 people" count
        if re.search(r"[A-Za-z][-/]?$", self.text[max(0, start - 2): start]):
            return True  # "G7", "COVID-19"
        prev = re.search(r"([A-Z][\w.]*)\s+$", self.text[max(0, start - 30): start])
        if prev and re.match(r"\d", number) and not qualified \
                and not re.search(r"(?:[.!?:]\s+|\n|^)[A-Z][\w.]*\s+$", self.text[max(0, start - 32): start]) \
                and not re.match(r"\s+[a-z]+s\b", self.text[end:]):
            return True  # "Article 5", "Flight 17" (but "gave Israel 30 days" counts days)
        if prev and re.fullmatch(r"\d+", number) and not qualified and re.search(
                rf"(?:\b(?:the|of|by|for|from|with|and)|[a-z,])\s+{re.escape(prev.group(1))}\s+{number}\b", self.text):
            return True  # "Silent 52 sailed" at a sentence start, where "the Silent 52 Project" names it elsewhere
        return False

    def _tally_value(self, start: int) -> bool:
        """"the number of voters is 1850", "the death toll now stands at 1204": the value a count
        noun is given is a count, though it looks like a year."""
        tok = self._token_at(start)
        return tok is not None and self._tally_of(tok) is not None

    def _phone_number(self, start: int, end: int) -> bool:
        """A group of a telephone number ("call 020 7946 0958", "+44 161 496 0000"): digits in
        three or more groups of seven digits or more, a leading "+", or a group that starts with 0."""
        for m in PHONE_RE.finditer(self.text, max(0, start - 25), min(len(self.text), end + 25)):
            if m.start() <= start and end <= m.end():
                groups = re.findall(r"\d+", m.group(0))
                return len(groups) >= 2 and (m.group(0).startswith("+") or any(
                    len(g) > 1 and g.startswith("0") for g in groups) or (
                    len(groups) >= 3 and sum(map(len, groups)) >= 7))
        return False

    def _radio_band(self, end: int, time: re.Match) -> bool:
        """"four FM radio stations": AM and FM before the stations they name are no clock time."""
        word = time.group(0).strip()
        if word not in {"AM", "FM"}:
            return False
        nxt = self._next_token(end + time.end())
        return nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()

    def _nationality_of_words(self, tok: "Token", num: "Token | None") -> tuple[str, int] | None:
        """"three South Koreans", "two New Zealanders": a nationality of two or three capitalised words
        made plural, right after the number, counts people; (its text, its end) or None."""
        if num is None or tok.i != num.i + 1 or tok.ent_type_ != "NORP" or tok.ent_iob_ != "B":
            return None
        end = tok.i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I" and self.doc[end].ent_type_ == "NORP":
            end += 1
        span = self.doc[tok.i: end]
        last = span[-1]
        if not 2 <= len(span) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in span) \
                or not (last.text.endswith("s") and last.text[1:].islower()):
            return None
        return span.text, span.end_char

    def _capitalised_plural(self, tok: "Token", num: "Token | None") -> bool:
        """"all 7 Trustees", "the 27 Member States" (a capitalised plural after a determiner),
        "twelve Q-40s", "two F-35s" (a model designation made plural) and "three NGOs" are counts,
        not names."""
        if num is None or tok.i != num.i + 1 or not tok.text.endswith("s") or tok.text.endswith("'s"):
            return False
        if re.fullmatch(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?s", tok.text):
            return True
        if re.fullmatch(r"[A-Z]{2,}s", tok.text):
            return True  # "three NGOs", "two MPs": an abbreviation made plural counts what it stands for
        if tok.ent_type_ == "NORP" and tok.is_alpha and tok.text[1:].islower():
            return True  # "13 Danes", "45 Republicans": a plural of a nationality or party
        first = num
        while first.i > first.sent.start and first.nbor(-1).like_num:
            first = first.nbor(-1)
        det = first.nbor(-1) if first.i > first.sent.start else None
        return det is not None and det.lower_ in {"all", "the", "both", "its", "their", "these", "those", "our", "his", "her"} \
            and tok.tag_ in {"NNPS", "NNS"} and tok.is_alpha and tok.text[1:].islower() and tok.i + 1 < len(self.doc) \
            and not self.art.tokens[tok.i + 1].text[:1].isupper()
