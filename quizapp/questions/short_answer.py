"""A word or name the student types; compared after normalising case, spacing, punctuation and
diacritics. Spelling variants count only when the bank lists them in `accepted`, so a teacher
decides whether `Zelensky` is as good as `Zelenskyy`."""
from __future__ import annotations

import unicodedata
from typing import Any

from quizapp.questions.base import AnswerError, Issue, QuestionType, Score, as_question, describe_value, is_text, strip_accents


def normalize(text: str) -> str:
    """Casefolded, accents dropped, punctuation and symbols read as spaces, spaces squashed."""
    text = strip_accents(text).casefold()
    # Apostrophes join (O'Brien = OBrien); other punctuation separates words (Jean-Luc = Jean Luc).
    text = text.replace("'", "").replace("\u2019", "")
    text = "".join(" " if unicodedata.category(c)[0] in "PSZ" else c for c in text)
    return " ".join(text.split())


class ShortAnswer(QuestionType):
    name = "short_answer"
    label = "Short answer"
    fields = frozenset({"accepted"})

    def check(self, question) -> list[Issue]:
        q = as_question(question)
        issues: list[Issue] = []
        if q.options is not None:
            issues.append(Issue("a short_answer question has no 'options'; list spelling variants in 'accepted'", "options"))
        if q.answer is None:
            issues.append(Issue("'answer' is missing (the expected text)"))
        elif not is_text(q.answer):
            issues.append(Issue(f"answer: {describe_value(q.answer)}", "answer"))
        elif not normalize(q.answer):
            issues.append(Issue("answer has no letters or digits", "answer"))
        accepted = q.extra.get("accepted")
        if accepted is not None:
            if not isinstance(accepted, list):
                issues.append(Issue("accepted must be a list of alternative answers", "accepted"))
            else:
                # Aliases equal to the answer after normalising are harmless (teachers list
                # spellings to document them), so they are not reported.
                for i, alias in enumerate(accepted):
                    if not is_text(alias):
                        issues.append(Issue(f"accepted item {i + 1}: {describe_value(alias)}", "accepted", i))
        return issues

    def parse_answer(self, question, raw: Any) -> str | None:
        if raw is None:
            return None
        if not isinstance(raw, str):
            raise AnswerError("type your answer as text")
        text = " ".join(raw.split())
        return text or None

    def accepted(self, question) -> list[str]:
        q = as_question(question)
        return [q.answer, *(q.extra.get("accepted") or [])]

    def score(self, question, answer) -> Score:
        q = as_question(question)
        points = float(q.points)
        if not isinstance(answer, str) or not normalize(answer):
            return Score(0.0, points)
        right = normalize(answer) in {normalize(a) for a in self.accepted(q)}
        return Score(points if right else 0.0, points)

    def display_key(self, question) -> str:
        q = as_question(question)
        others = q.extra.get("accepted") or []
        return f"{q.answer} (also accepted: {', '.join(others)})" if others else str(q.answer)


TYPE = ShortAnswer()
