"""The student picks the sentence of the article that supports a statement.

The bank gives the evidence quotation(s); the loader splits the article into sentences (or
takes the question's own `options`, each an exact sentence of the article), keeps their spans in
`extra["option_spans"]` and derives `answer`: every option whose span overlaps an evidence span.
So the frozen question scores on its own, without the article.
"""
from __future__ import annotations

from typing import Any

from quizapp.questions.base import AnswerError, Issue, QuestionType, Score, as_question, check_options, match_option


class EvidenceSelection(QuestionType):
    name = "evidence_selection"
    label = "Find the sentence"
    fields = frozenset({"options", "option_spans"})
    answer_written = False

    def check(self, question) -> list[Issue]:
        q = as_question(question)
        issues: list[Issue] = []
        if q.options is not None:
            issues += check_options(q.options)
        if q.answer is not None:  # derived by the loader; present in snapshots
            if not isinstance(q.answer, list) or not q.answer:
                issues.append(Issue("answer must be the non-empty list of sentences that hold the evidence", "answer"))
            elif isinstance(q.options, list):
                for i, item in enumerate(q.answer):
                    if item not in q.options:
                        issues.append(Issue(f"answer '{item}' is not one of its options", "answer", i))
        return issues

    def parse_answer(self, question, raw: Any) -> str | None:
        if raw is None or raw == "":
            return None
        if isinstance(raw, list):
            raise AnswerError("choose one sentence")
        try:
            return match_option(as_question(question).options or [], raw)
        except AnswerError:
            raise AnswerError("choose one of the sentences of the article") from None

    def score(self, question, answer) -> Score:
        q = as_question(question)
        right = isinstance(answer, str) and answer in (q.answer or [])
        return Score(float(q.points) if right else 0.0, float(q.points))

    def key(self, question) -> str | None:
        q = as_question(question)
        return q.answer[0] if q.answer else None

    def display_key(self, question) -> str:
        q = as_question(question)
        return " / ".join(q.answer or [])

    def options_for_student(self, question) -> list[str]:
        return list(as_question(question).options or [])


TYPE = EvidenceSelection()
