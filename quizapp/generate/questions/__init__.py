"""Candidate questions from an article and the facts extracted from it.

`generate_questions(text, facts)` asks, one module per kind of fact:
- `who_said`: people's quotations (single choice among people, matching, true/false);
- `statements`: organisations' statements (single choice among organisations);
- `affiliations`: which organisation a person belongs to, how the article describes them;
- `figures`: figures asked as questions ("How many …?", "How old is …?"), some typed, some
  fill-in-the-blank.
Every question carries its evidence: the sentence that holds the fact, as an exact span of `text`.
Each kind is capped so a quiz is balanced, no fact is asked twice and no two prompts are the same.

The same text and facts give the same questions: every random draw comes from a generator
seeded with a hash of the text and of the question's own key, never from global state.
No Flask, no database; spaCy only to parse a figure's sentence.
"""
from __future__ import annotations

import re

from quizapp.banks.model import Question
from quizapp.generate.facts import Facts
from quizapp.generate.lexicon import NUMBER_WORDS
from quizapp.generate.questions.affiliations import ask_affiliations
from quizapp.generate.questions.common import (
    AFFILIATION, FIGURE, SOURCES, WHO_SAID, Context, build_context, headline,
)
from quizapp.generate.questions.figures import ask_figures
from quizapp.generate.questions.statements import ask_statements
from quizapp.generate.questions.who_said import MAX_CHOICE, ask_matching, ask_true_false, ask_who_said

__all__ = ["generate_questions", "WHO_SAID", "AFFILIATION", "FIGURE", "SOURCES"]


def generate_questions(text: str, facts: Facts) -> list[Question]:
    """Candidate questions for `text`, each grounded in it. Facts whose offsets do not match the
    text are skipped, not trusted. Two rules keep a bank fair but may leave an article with nothing
    (a figure its headline gives, a true statement with no false one beside it); such an article
    gets those questions after all: easy ones are better than a quiz of nothing."""
    ctx = build_context(text, facts)
    return _questions(ctx, text, strict=True) or _questions(ctx, text, strict=False)


def _questions(ctx: Context, text: str, strict: bool) -> list[Question]:
    used: set[tuple[int, int]] = set()  # quotations already asked about, so other kinds vary
    # Each speaker's first quotation as a who-said question, then matching, then the rest: so a
    # speaker with two quotations appears in both forms and no quotation is asked twice.
    first = ask_who_said(ctx, used)
    matching = ask_matching(ctx, used)
    second = ask_who_said(ctx, used, limit=MAX_CHOICE - len(first))
    questions = [
        *sorted(first + second, key=lambda q: q.evidence[0].start),
        *ask_statements(ctx, used),
        *matching,
        *ask_true_false(ctx, used, balanced=strict),
        *ask_affiliations(ctx),
        *ask_figures(ctx, used),
    ]
    questions = _no_speaker_given_away(_distinct_prompts(questions))
    return _unique_ids(_no_answer_given_away(questions, headline(text) if strict else ""))


def _distinct_prompts(questions: list[Question]) -> list[Question]:
    seen: set[str] = set()
    out = []
    for q in questions:
        key = re.sub(r"\W+", " ", q.prompt.lower()).strip()
        if q.type == "matching":
            key += " " + " ".join(q.extra.get("prompts", []))
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out


def _no_answer_given_away(questions: list[Question], headline: str = "") -> list[Question]:
    """A figure whose number another question's prompt already shows ("Who said “Within the next 14
    days, we will ...”?" beside "... in the next _____ days ...", or another fill-in-the-blank that
    shows it), or the headline does ("... dies at 80": a quiz's title by default), is no question:
    the quiz would answer it for the student."""
    out = list(questions)
    for q in questions:
        if q.skill == FIGURE and q.answer is not None:
            forms = _number_forms(str(q.answer))
            # against the questions still kept, so of two that show each other's number one stays
            others = [o.prompt for o in out if o is not q] + [headline]
            if forms and any(re.search(rf"(?<![\w.,]){re.escape(f)}(?![\w])", p, re.I) for p in others for f in forms):
                out.remove(q)
    return out


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[\w’'-]+", text.lower())
    return {tuple(words[i: i + n]) for i in range(len(words) - n + 1)}


def _no_speaker_given_away(questions: list[Question]) -> list[Question]:
    """A figure's sentence that shows a who-said question's words beside its speaker's name ("…
    Berg quit the race, saying “the path to victory is closed” …" as a fill-in-the-blank beside "Who
    said “the path to victory is closed”?") answers that question: the figure is not asked."""
    shown = []  # (speaker's last name, the asked words' five-word runs)
    for q in questions:
        if q.skill in {WHO_SAID, SOURCES} and isinstance(q.answer, str) and q.answer.split():
            words = re.findall(r"“([^”]+)”", q.prompt)
            if words:
                shown.append((q.answer.split()[-1], _shingles(" ".join(words))))
    out = []
    for q in questions:
        if q.skill == FIGURE and any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", q.prompt)
                                     and runs & _shingles(q.prompt) for name, runs in shown):
            continue
        out.append(q)
    return out


# Small whole numbers by value, to see "ten" in a prompt as the answer "10" and the other way round
_WORD_OF = {v: w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and v <= 20}


def _number_forms(answer: str) -> set[str]:
    """The answer as written and, for a small whole number, in the other form ("10" and "ten")."""
    answer = answer.strip()
    if not re.search(r"\d|[a-z]", answer, re.I):
        return set()
    forms = {answer}
    if answer.isdigit() and int(answer) in _WORD_OF:
        forms.add(_WORD_OF[int(answer)])
    elif answer.lower() in NUMBER_WORDS and isinstance(NUMBER_WORDS[answer.lower()], int):
        forms.add(str(NUMBER_WORDS[answer.lower()]))
    return forms


def _unique_ids(questions: list[Question]) -> list[Question]:
    seen: dict[str, int] = {}
    for q in questions:
        base = re.sub(r"-+", "-", q.id).strip("-")[:60].rstrip("-")
        n = seen.get(base, 0) + 1
        seen[base] = n
        q.id = base if n == 1 else f"{base}-{n}"
    return questions
