"""Figures: finishing, lap and record times written with colons ("won in 2:08:36", "a lap of
1:21.456", "ran 3:41.2"), which sports pages give as amounts of time, not clocks; and durations
written short ("a 2hr 15min flight", "1h 59m 40s"); and race distances written onto the number ("the
400m", "the 4x100m relay").

A time of day is written "at 9:30", "9:30 a.m.", "21:15 local time (1915 UTC)": it takes "at",
"by", "until" or a clock word after it, and news seldom gives its seconds. So hours, minutes and
seconds ("2:05:45") or minutes and seconds with a decimal ("3:41.2") are a duration unless a clock
sign stands beside them; hours and minutes alone ("2:09") only after a word of a result ("a time
of 2:09", "clocked 3:59", "a record of 2:15", "won in 2:09").
"""
from __future__ import annotations

import re

from quizapp.generate.figures.patterns import QUAL_BEFORE_RE, TIME_AFTER_RE

# h:mm:ss, h:mm:ss.d, m:ss.d, each group of minutes and seconds under 60
_LONG = r"\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d{1,3})?|\d{1,2}:[0-5]\d\.\d{1,3}"
_SHORT = r"\d{1,2}:[0-5]\d"
RACE_TIME_RE = re.compile(rf"(?<![\w:.,/])(?:(?P<long>{_LONG})|(?P<short>{_SHORT}))(?![\w:/]|[.,]\d)")
# Durations written short: "2hr 15min", "1h 59m 40s", "45min", "3hrs" (hours with minutes, or a
# glued unit word that only times take).
SHORT_DURATION_RE = re.compile(
    r"(?<![\w.,/-])(?:\d{1,3}\s?(?:h|hrs?)\s?\d{1,2}\s?(?:m|mins?)(?:\s?\d{1,2}\s?(?:s|secs?))?"
    r"|\d{1,3}(?:hrs?|mins?|secs?))(?![\w/])")
# A race's distance in metres, written onto the number ("won the 400m", "the 4x100m relay", "the
# 1500m final"): a standard distance before an event word, or after "the" or a division ("women's")
# and before a stop; never a sum in millions ("$400m", "400m users").
RACE_DISTANCE_RE = re.compile(
    r"(?<![\w$€£¥.,/-])(?P<d>(?:\dx)?(?:50|60|100|110|200|400|800|1500|3000|5000|10,?000)\s?m)(?![\w/])"
    r"(?=(?P<event>\s+(?:relay|hurdles|freestyle|butterfly|breaststroke|backstroke|medley|individual|sprint|dash|"
    r"steeplechase|final|heats?|race|title|gold|silver|bronze)\b)?)")
# Words a result time follows: "a (winning) time of", "times of", "clocked", "a record of",
# "a personal best of", "finished in", "won in", "in".
_RESULT_BEFORE = re.compile(
    r"(?:\btimes?\s+of|\bclock(?:ed|ing|s)|\brecords?\s+of|\bbests?\s+of|\bmarks?\s+of|\bin)\s+(?:just\s+)?$", re.I)
# Words that make a number with colons a time of day (or a point in a recording) instead.
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|since|around|about|approximately|roughly|circa)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:\(?\s*(?:local|[A-Z]{2,4}\b)|in\s+the\s+(?:morning|afternoon|evening|night)|on\s+[A-Z])")
# Bounds a result time takes ("in under 2:01:40", "just over 3:50.2"); "around 10:32:15" is a clock.
_BOUNDS = {"under", "over", "just under", "just over", "less than", "more than", "below", "inside", "within"}


class RaceTimesMixin:
    def _race_times(self):
        """Each result time once: (text, value, counts, start, end); a qualifier before it stays
        in its value ("in under 2:01:40")."""
        text = self.text
        for m in RACE_TIME_RE.finditer(text):
            before = text[max(0, m.start() - 30): m.start()]
            after = text[m.end(): m.end() + 20]
            if TIME_AFTER_RE.match(after) or _CLOCK_AFTER.match(after):
                continue  # "2:05:30 p.m.", "10:32:15 local time": a clock
            qual = QUAL_BEFORE_RE.search(before)
            bare = before[: len(before) - len(qual.group(0))] if qual else before
            if _CLOCK_BEFORE.search(bare):
                continue  # "at 14:05:30", "around 10:32:15": a point in time
            if qual and qual.group("qual").lower() not in _BOUNDS and not _RESULT_BEFORE.search(bare):
                continue
            if m.group("short") and not _RESULT_BEFORE.search(bare):
                continue  # "9:30": a clock more often than a result
            start = m.start() - (len(qual.group(0)) if qual else 0)
            value = f"{qual.group('qual').lower()} {m.group(0)}" if qual else m.group(0)
            yield text[start:m.end()], value, "time", start, m.end()
        for m in RACE_DISTANCE_RE.finditer(text):
            before = text[max(0, m.start() - 12): m.start()]
            if m.group("event") or re.search(r"(?:\bthe|['’]s)\s+$", before) and re.match(r"\s*(?:[,.;]|and\b|in\b|at\b)", text[m.end():]):
                yield m.group("d"), m.group("d"), "race distance (metres)", m.start(), m.end()
        for m in SHORT_DURATION_RE.finditer(text):
            if TIME_AFTER_RE.match(text[m.end():]) or _CLOCK_BEFORE.search(text[max(0, m.start() - 12): m.start()]):
                continue
            qual = QUAL_BEFORE_RE.search(text[max(0, m.start() - 30): m.start()])
            start = m.start() - (len(qual.group(0)) if qual else 0)
            value = f"{qual.group('qual').lower()} {m.group(0)}" if qual else m.group(0)
            yield text[start:m.end()], value, "time", start, m.end()
