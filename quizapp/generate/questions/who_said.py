"""Who said what, for people: single choice (options only people), matching quotations to their
speakers, and true/false attributions. Organisations' statements are asked in `statements`."""
from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.banks.model import Evidence, Question
from quizapp.generate import distractors as dis
from quizapp.generate.evidence import evidence, sentence_span, sentences
from quizapp.generate.facts import Quote
from quizapp.generate.questions.actors import acts_in_article
from quizapp.generate.questions.pronouns import pronoun_in
from quizapp.generate.questions.timeframe import of_the_past, reported_dead
from quizapp.generate.questions.common import SOURCES, WHO_SAID, Context, in_passage, name_words, slug
from quizapp.generate.questions.quote_wording import (
    claim, clean_quote, gives_away, reporting_verb, who_prompt, wording,
)

MAX_CHOICE_PER_SPEAKER = 2      # who-said single choice questions per speaker
MAX_CHOICE = 10
MAX_TRUE_FALSE = 4
MATCHING_SIZE = 4               # quotations per matching question
MAX_MATCHING = 2


def quote_evidence(ctx: Context, quote) -> Evidence:
    who = getattr(quote, "speaker", None) or getattr(quote, "organization", "")
    start, end = sentence_span(ctx.text, quote.start, quote.end, name_words(who))
    return evidence(ctx.text, start, end)


def _also_right(ctx: Context, quote: Quote, ev: Evidence) -> list[str]:
    """People who must not be a wrong answer: those who also said something in the evidence, or
    are named in it (the words may be theirs, reported)."""
    out = [q.speaker for q in ctx.quotes
           if q.speaker != quote.speaker and q.start < ev.end and ev.start < q.end]
    out += [p for p in ctx.people if p != quote.speaker and in_passage(p, ev.text)]
    # "… the group was behind the attack, Lin said. Governor Tom Berg agreed, …": who agreed said it too
    after = next((s for s in sentences(ctx.text) if s.start >= ev.end), None)
    if after is not None and _AGREEING.search(ctx.text[after.start: after.end]):
        out += [p for p in ctx.people if p != quote.speaker and in_passage(p, ctx.text[after.start: after.end])]
    return out


# Words by which the next sentence makes another person say the same thing.
_AGREEING = re.compile(r"\b(?:agreed|agrees|concurred|concurs|echoed|echoes|seconded|likewise|also said|also says)\b",
                       re.I)


def _speaker_tiers(ctx: Context, key: str) -> list[list[str]]:
    """Other speakers, then other people who act in the article's events, then the rest (people
    only spoken of, who `ask_who_said` offers only where too few others are left); never one who
    shares the key's surname ("Tom Berg"
    beside "Ana Berg"): a reader who remembers "Berg said" could take either; never one the article
    places only in a time long before its own or reports dead (no one quotes the dead on their
    own death)."""
    def fair(p: str) -> bool:
        # (a one-word name, "Mary", beside full names stands out as the one that cannot be meant)
        return p != key and not dis.same_surname(p, key) and not reported_dead(ctx.text, p, tuple(ctx.people)) \
            and (len(p.split()) > 1 or len(key.split()) == 1)
    speakers = sorted(p for p in {q.speaker for q in ctx.quotes} if fair(p))
    # (not a figure of history the article names only in its past: "In the 1800s, President Grant ...";
    # not someone only spoken of or acted on: "by supporting President Berg")
    quoted = tuple(sorted((q.start, q.end) for q in ctx.quotes))
    others = [p for p in ctx.people if p not in speakers and fair(p) and not of_the_past(ctx.text, p)]
    acting = [p for p in others if acts_in_article(ctx.text, p, quoted)]
    return [speakers, acting, [p for p in others if p not in acting]]


def _by_preference(quotes: Iterable[Quote], ctx: Context) -> list[Quote]:
    """Direct quotations first, then in article order: they are what a reader remembers. A
    quotation that names its own speaker cannot be asked about."""
    usable = [q for q in quotes if wording(q, ctx.text) and not gives_away(q.speaker, wording(q, ctx.text)[1])]
    return sorted(usable, key=lambda q: (not q.direct, q.start))


def _speakers(ctx: Context) -> list[str]:
    order: dict[str, int] = {}
    for q in ctx.quotes:
        order.setdefault(q.speaker, q.start)
    return sorted(order, key=order.__getitem__)


def ask_who_said(ctx: Context, used: set[tuple[int, int]], per_speaker: int = 1,
                 limit: int = MAX_CHOICE) -> list[Question]:
    """Up to `per_speaker` new questions for each speaker (quotations in `used` are skipped), at
    most `limit` in all, everyone's first before anyone's second so the speakers vary."""
    rounds: list[list[tuple[Quote, Question]]] = [[] for _ in range(per_speaker)]
    for speaker in _speakers(ctx):
        asked = 0
        for quote in _by_preference((q for q in ctx.quotes if q.speaker == speaker), ctx):
            if asked == per_speaker:
                break
            if _asked_already(quote, used):
                continue
            kind, words = wording(quote, ctx.text)  # type: ignore[misc]
            if gives_away(speaker, words):
                continue
            ev = quote_evidence(ctx, quote)
            if any(ev.start <= s and e <= ev.end for s, e in used):
                continue  # its sentence is asked about already: two questions, one answer, one place
            rng = ctx.rng(f"who:{quote.start}")
            tiers = _speaker_tiers(ctx, speaker)
            # "Who said that her plans ...?": in reported words "he" or "she" is most often the speaker
            # (quoted words say "I"), so every option must be someone who is "she" to the reader
            pronoun = pronoun_in(words) if kind not in {"quoted", "words"} else None
            if pronoun and ctx.pronouns.get(speaker, pronoun) == pronoun:
                tiers = [[p for p in tier if ctx.pronouns.get(p) == pronoun] for tier in tiers]
            avoid = _also_right(ctx, quote, ev)
            wrong = dis.choose(speaker, tiers[:2], rng, avoid=avoid, people=True)
            if len(wrong) < 2:  # someone only spoken of, rather than no question
                wrong = dis.choose(speaker, tiers, ctx.rng(f"who:{quote.start}"), avoid=avoid, people=True)
            if len(wrong) < 2:
                continue
            rounds[asked].append((quote, Question(
                id=f"who-said-{slug(speaker.split()[-1], 1)}-{slug(clean_quote(quote.text))}",
                type="single_choice", skill=WHO_SAID,
                prompt=who_prompt(kind, words, reporting_verb(quote, ctx.text)),
                options=dis.ordered(speaker, wrong), answer=speaker, evidence=[ev])))
            asked += 1
    out = []
    for quote, question in [pair for r in rounds for pair in r][:max(0, limit)]:
        used.add((quote.start, quote.end))
        out.append(question)
    return sorted(out, key=lambda q: q.evidence[0].start)


def ask_matching(ctx: Context, used: set[tuple[int, int]]) -> list[Question]:
    """Match quotations to speakers: one quotation per speaker, several speakers per question."""
    picks: list[Quote] = []
    for speaker in _speakers(ctx):
        mine = _by_preference((q for q in ctx.quotes if q.speaker == speaker), ctx)
        # (not reported words with "he" or "she" in them: among a mixed set of people they tell whose they are)
        fresh = [q for q in mine if not _asked_already(q, used)
                 and (q.direct or pronoun_in(wording(q, ctx.text)[1]) is None)]  # type: ignore[index]
        if fresh:
            picks.append(fresh[0])
    ctx.rng("matching").shuffle(picks)
    out = []
    for n in range(MAX_MATCHING):
        group = picks[n * MATCHING_SIZE:(n + 1) * MATCHING_SIZE]
        if len(group) < 3:
            break
        group.sort(key=lambda q: q.start)
        prompts = []
        for q in group:
            kind, words = wording(q, ctx.text)  # type: ignore[misc]
            prompts.append(f"denied {words}" if q.stance == "denied" else words)
        answer = [q.speaker for q in group]
        evidence_of = [quote_evidence(ctx, q) for q in group]
        # one person more than the rows, so the last row is not given: someone who made none of
        # these statements and is not named beside them
        spare = [p for tier in _speaker_tiers(ctx, answer[0]) for p in tier
                 if p not in answer and not any(in_passage(p, ev.text) for ev in evidence_of)
                 and all(not dis.same_surname(p, a) for a in answer)]
        if not spare:
            continue
        for q in group:
            used.add((q.start, q.end))
        out.append(Question(
            id=f"match-speakers-{n + 1}", type="matching", skill=WHO_SAID,
            prompt="Match each statement from the article to the person who made it. Not everyone is used.",
            options=dis.ordered(answer, spare[:1]), answer=answer,
            evidence=evidence_of, extra={"prompts": prompts}))
    return out


def ask_true_false(ctx: Context, used: set[tuple[int, int]], balanced: bool = True) -> list[Question]:
    """Each speaker's next quotation as a statement to judge, false ones naming someone else. As
    many are false as true, or one more of either drawn at random, so "always true" does not pay:
    words that can only be asked as true ("that she ...") are asked only beside a false one."""
    cands = []  # (speaker, quote, kind, words, evidence, wrong person or None)
    for speaker in _speakers(ctx):
        mine = _by_preference((q for q in ctx.quotes if q.speaker == speaker), ctx)
        fresh = [q for q in mine if not _asked_already(q, used)]
        if not fresh:
            continue
        quote = fresh[0]
        kind, words = wording(quote, ctx.text)  # type: ignore[misc]
        ev = quote_evidence(ctx, quote)
        wrong = [] if _speaks_of_self(words) else dis.choose(
            speaker, _speaker_tiers(ctx, speaker), ctx.rng(f"tf:{quote.start}"), avoid=_also_right(ctx, quote, ev), count=1)
        cands.append((speaker, quote, kind, words, ev, wrong[0] if wrong else None))
    can_be_false = sum(1 for c in cands if c[5])
    rng = ctx.rng("tf")
    falses = min(can_be_false, len(cands) // 2, MAX_TRUE_FALSE // 2)
    trues = min(falses, len(cands) - falses)
    if not balanced and falses + trues == 0 and cands:
        trues = 1  # (a lone true statement where nothing else can be asked: see generate_questions)
    elif len(cands) > falses + trues and can_be_false > falses and falses + trues < MAX_TRUE_FALSE:
        # one more, true or false at random, only where it could be false: otherwise "true" would
        # be the likelier answer across a bank
        if rng.random() < 0.5:
            falses += 1
        else:
            trues += 1
    truth_of = dict.fromkeys(rng.sample([k for k, c in enumerate(cands) if c[5]], falses), False)
    rest = [k for k in range(len(cands)) if k not in truth_of]
    truth_of.update(dict.fromkeys(rng.sample(rest, min(trues, len(rest))), True))
    out: list[Question] = []
    for k in sorted(truth_of):
        speaker, quote, kind, words, ev, wrong = cands[k]
        truth = truth_of[k]
        named = speaker if truth else wrong
        used.add((quote.start, quote.end))
        out.append(Question(
            id=f"true-false-{slug(speaker.split()[-1], 1)}-{slug(clean_quote(quote.text))}",
            type="true_false", skill=SOURCES,
            prompt=_sentence(f"True or false? According to the article, {claim(kind, words, named, reporting_verb(quote, ctx.text))}"),
            answer=truth, evidence=[ev],
            feedback="" if truth else f"It was {speaker}."))
    return out


def _asked_already(quote: Quote, used: set[tuple[int, int]]) -> bool:
    """Whether a question already asks about these words or words they overlap (the quoted passage
    "raises real questions" inside the reported 'said the cut "raises real questions"')."""
    return any(s < quote.end and quote.start < e for s, e in used)


def _speaks_of_self(words: str) -> bool:
    """"that she had been warned twice": words with "he" or "she" in them most often
    mean the speaker, so another name before them ("Tom Berg claimed that she ...") reads as a
    slip, not a statement to judge; such words are only ever asked as true."""
    return re.search(r"\b(?:he|she|him|his|her|himself|herself)\b", words, re.I) is not None


def _sentence(text: str) -> str:
    """A full stop, unless the words already end on one or on an ellipsis ("… under…" not "under….")."""
    return text if text.endswith(("…", ".", "!", "?")) else text + "."
