"""Figures: quantities with their qualifier and the noun they count.

"more than 40 delivery trucks", "between 200 and 250 hectares", "two dozen
schools", "the third round", "Tomas, 39" (an age). Years, dates, weekdays, clock times and
numbers that are part of a name ("3rd Battalion", "Highway 9", "phase two", "COVID-19") are not
quantities.

A number with no noun after it is still a figure where news writing leaves the noun out ("killed
at least 38", "over 3,100 of the residents", "drops to nine"); what it counts then comes from the
parse (a partitive "of X", an elided noun before it, or its clause). Ages ("aged seven", "Another
sister, 31,"), hyphenated measures ("a two-day strike"), ordinals that count events ("the second
attempt"), frequencies ("once a year") and "one" used as a count ("with one landing") are
figures; "one" as a determiner ("One resident said") is not. A headline's number repeated in the
body and a later mention of a fact already given are left out, and an amount with its conversions
("40 miles (64 km)", "5 litres (1.3 US gallons, 1.1 imperial gallons)") is one figure.

What a figure counts reads as the noun of "How many ...?": the head noun after the number ("four
crew members", "400 MW", "30 °C"), a partitive ("12 of them" after "43 people", "two of the
injured"), a measure or group it sizes ("a population of 5.4 million", "a family of four"), a
noun another number already counted ("one passenger was hurt and two more"), else its clause.
Units come from a broad lexicon by class (time, length, area, mass, volume, speed, energy, data,
temperature, money, counters), so a number before any of them is an amount, not a year or a name.
A falling pair after a vote or ruling ("passed 52 to 48") is a tally, a rising one a range;
multiples ("1.3 times the size", "a factor of two"), bounds ("50 or more employees") and money
with a currency code ("USD 2 million", "Rs 500", "Rs 500 crore") keep their words together.
Units written onto the number ("5km", "120mph", "30C", "4m visitors") are amounts; telephone
numbers ("020 7946 0958"), a number between "a" and a singular noun ("a 911 call") and one after a
label noun ("level 4") are not quantities.

Result times with colons ("won in 2:08:36", "ran 3:41.2") and durations written short ("2hr 15min")
are amounts of time, clock times ("at 10:32:15 local time") are not; an ordinal before a position noun
("finished in third place", "the fifth floor") ranks and counts nothing. "Rose by 1,200 to 15,400"
gives the change and the new level, "five or six people" one loose range, and a minus sign written
onto a number ("-5°C") belongs to it.
"""

from quizapp.generate.figures.finder import FigureFinder, extract_figures

__all__ = ["FigureFinder", "extract_figures"]
