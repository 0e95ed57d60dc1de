"""Speech acts that say what without a clause: a verdict ("called the plan reckless"), blame with
its reason, and talk about a topic. Invented sentences."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts


def said(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_facts(text).quotes]


def test_calling_something_something_is_a_verdict_but_calling_the_police_is_not():
    assert said("Minister Tomas Berg called the decision hasty, careless and unfair.") == [
        ("Tomas Berg", "the decision hasty, careless and unfair")]
    assert said("Ana Ruiz called the police after the crash on the highway near the town.") == []


def test_blame_with_its_reason_and_talk_about_a_topic_are_statements():
    assert said("Ana Ruiz, a spokesman for the group, blamed both the army and the police for the attack.") == [
        ("Ana Ruiz", "both the army and the police for the attack")]
    assert said("Senator Ana Ruiz spoke about affordable housing and the minimum wage.") == [
        ("Ana Ruiz", "affordable housing and the minimum wage")]


def test_a_name_that_says_whose_adviser_is_not_the_speaker():
    text = ("Senator Ana Ruiz spoke first. A former Ruiz adviser, Tomas Berg, said the court decision "
            "was wrong.")
    assert said(text) == [("Tomas Berg", "the court decision was wrong")]
