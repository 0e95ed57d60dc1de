"""What organisations said: "Which organisation announced that …?", options only organisations
the article names (never a person), the article's own reporting verb where it is a plain one,
and "denied" for a denial."""
from __future__ import annotations

from quizapp.banks.model import Question
from quizapp.generate import distractors as dis
from quizapp.generate.questions.common import WHO_SAID, Context, slug
from quizapp.generate.questions.quote_wording import (
    clean_quote, gives_away, reporting_verb, who_prompt, wording,
)
from quizapp.generate.questions.who_said import quote_evidence

MAX_PER_ORGANISATION = 2
MAX_STATEMENTS = 5


def _also_right(ctx: Context, statement, ev) -> list[str]:
    """Organisations that must not be a wrong answer: another that states something in the
    evidence, or is named in it (it may have said the same, or be the one reported)."""
    out = [s.organization for s in ctx.statements
           if s.organization != statement.organization and s.start < ev.end and ev.start < s.end]
    out += [o for o in ctx.organisations if o != statement.organization and o in ev.text]
    return out


def ask_statements(ctx: Context, used: set[tuple[int, int]]) -> list[Question]:
    usable = [s for s in ctx.statements
              if wording(s, ctx.text) and not gives_away(s.organization, wording(s, ctx.text)[1])]
    usable.sort(key=lambda s: (not s.direct, s.start))
    rounds: list[list[Question]] = [[] for _ in range(MAX_PER_ORGANISATION)]
    asked: dict[str, int] = {}
    for s in usable:
        org = s.organization
        n = next((asked[o] for o in asked if dis.same_organisation(o, org)), 0)
        if n == MAX_PER_ORGANISATION:
            continue
        kind, words = wording(s, ctx.text)  # type: ignore[misc]
        ev = quote_evidence(ctx, s)
        rng = ctx.rng(f"statement:{s.start}")
        others = [o for o in ctx.organisations if not dis.same_organisation(o, org)]
        wrong = dis.choose(org, [others], rng, avoid=_also_right(ctx, s, ev))
        if len(wrong) < 2:
            continue
        asked[org] = n + 1
        used.add((s.start, s.end))
        verb = reporting_verb(s, ctx.text)
        rounds[n].append(Question(
            id=f"statement-{slug(org, 2)}-{slug(clean_quote(s.text))}", type="single_choice",
            skill=WHO_SAID, prompt=who_prompt(kind, words, verb, who="which organisation"),
            options=dis.ordered(org, wrong), answer=org, evidence=[ev]))
    out = [q for r in rounds for q in r][:MAX_STATEMENTS]
    return sorted(out, key=lambda q: q.evidence[0].start)
