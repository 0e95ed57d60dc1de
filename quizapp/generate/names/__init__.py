"""People named in an article: which proper nouns are persons (people.py; things.py for the evidence
that a name is no one's), the words of their names where they stand and their fullest names
(runs.py), and what a name looks like (shapes.py)."""
from quizapp.generate.names.people import People
from quizapp.generate.names.shapes import HONORIFICS, HONORIFICS_AFTER_TITLES, NAME_SUFFIXES

__all__ = ["HONORIFICS", "HONORIFICS_AFTER_TITLES", "NAME_SUFFIXES", "People"]
