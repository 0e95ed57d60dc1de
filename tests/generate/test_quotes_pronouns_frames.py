"""Who said what: participles whose quotation opens right after the mark, pronouns in the same
sentence as their speaker, clause structures the parser misreads, and verbs of characterising.
The sentences are invented."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_facts(text).quotes]


def test_a_quotation_carried_by_saying_after_a_verb_of_doing_is_the_subjects():
    got = quotes('Mayor Maria Lopez thanked the volunteers, saying, "without you the shelter would have '
                 'closed long ago."')
    assert ("Maria Lopez", "without you the shelter would have closed long ago.") in got
