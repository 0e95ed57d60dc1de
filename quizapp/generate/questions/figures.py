"""Figures asked as a teacher asks them: "How many homes were flooded?" (single choice or a typed
number), with fill-in-the-blank as one form among others for a figure no clean question fits.

One question per fact and per sentence (a figure repeated in the headline, or given in two units,
is one fact), never a blank inside a number phrase ("two _____ thirds", "virus-_____") or a name
("Highway _____"), never a prompt cut mid-sentence.
"""
from __future__ import annotations

import re

from quizapp.banks.model import Evidence, Question
from quizapp.generate import distractors as dis
from quizapp.generate import numbers
from quizapp.generate.evidence import covering, evidence, readable
from quizapp.generate.questions.common import BLANK, FIGURE, Context, grounded, slug
from quizapp.generate.questions.parsing import parse_sentences
from quizapp.generate.questions.figure_checks import (
    Blank, ambiguous_toll, asked_in_the_article, counted_noun_elided, gives_itself_away, is_age,
    repeats_an_earlier_figure,
)
from quizapp.generate.questions.figure_wording import Asked, ask

MAX_FIGURES = 8
MIN_CLOZE = 3                   # fill-in-the-blank questions allowed whatever the others
CLOZE_MAX_WORDS = 40
# Words after a number that make it part of a longer number phrase: a fraction ("two thirds"),
# a ratio ("nine in 10", "one out of five").
_FRACTION_AFTER = re.compile(r"^\s+and\s+(?:a|one)\s+(?:half|quarter|third)\b|^\s+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b|^\s+in\s+(?:\d|ten\b|a\s)|^\s+out\s+of\b", re.I)
# Before a number: part of a name, a code or a label ("H5N1-2", "Highway 9", "KTVB 7", "F-16",
# "phase two", "Category 4").
_NAME_BEFORE = re.compile(
    r"(?:[A-Za-z]-|[A-Z][A-Za-z]*\s|#|No\.\s?|\b(?i:phase|stage|level|category|grade|number|round|"
    r"section|article|chapter|page|room|flight|route|channel|episode|version|class|type|step|gate|"
    r"platform|terminal|lane|exit|code|item|line|unit|size|model|game|week|day|year|act|scene)\s)$")
# After a number: a time of day ("8 a.m.", "0900 UTC"), not a count.
_TIME_AFTER = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|UTC|GMT|o['’]clock|hrs\b|h\b)", re.I)


def _counted(blank: Blank) -> str:
    """The counted thing as a comparable key ("children" for "five children in a bus")."""
    words = re.findall(r"[a-z]+", (blank.figure.counts or blank.figure.text[blank.quantity.end:]).lower())
    return words[-1].rstrip("s") if words else ""


def _part_of_a_longer_phrase(text: str, start: int, end: int) -> bool:
    after, before = text[end:end + 12], text[max(0, start - 12):start]
    if _FRACTION_AFTER.match(after) or _TIME_AFTER.match(after) or re.match(
            r"^[-–/+:]\w|^[-–]?\d|^\.\d|^,\d|^\s+(?:hundred|thousand|million|billion|trillion|dozen)\b", after, re.I):
        return True
    return bool(_NAME_BEFORE.search(before))


def _blanks(ctx: Context) -> list[Blank]:
    out, seen = [], set()
    for fig in sorted(ctx.facts.figures, key=lambda f: (f.start, f.end)):
        if not grounded(ctx.text, fig):
            continue
        quantity = numbers.find_quantity(fig.text)
        if quantity is None or quantity.is_year:
            continue
        if any(n.style in ("ordinal", "ordinal-digits") for n in quantity.numbers):
            continue  # "the fifth vehicle" ranks, it does not count
        if "–" in fig.value and quantity.kind != "range":
            continue  # "between $5 million and $7 million": one end alone is no answer
        start, end = fig.start + quantity.start, fig.start + quantity.end
        if (start, end) in seen or _part_of_a_longer_phrase(ctx.text, start, end):
            continue
        sentences = covering(ctx.text, start, end)
        if not sentences:
            continue
        seen.add((start, end))
        out.append(Blank(fig, quantity, start, end, (sentences[0].start, sentences[-1].end)))
    return out


def _is_sentence(text: str) -> bool:
    """A whole sentence of running text: not a headline or caption, quotation marks balanced."""
    t = text.strip()
    if not re.search(r"[.!?][”’\"')]*$", t) or len(t.split()) > CLOZE_MAX_WORDS:
        return False
    if t.count("“") != t.count("”") or t.count('"') % 2 or t.count("(") != t.count(")"):
        return False
    return t[:1].isupper() or t[:1] in "“\"‘"


def _one_per_fact(ctx: Context, blanks: list[Blank]) -> list[Blank]:
    """One figure per sentence and per fact: the same value of the same thing twice (a headline
    and its lead) is asked once, from the longer sentence."""
    by_fact: dict[tuple, Blank] = {}
    for b in blanks:
        key = (tuple(b.quantity.values), _counted(b))
        old = by_fact.get(key)
        if old is None or (old.sentence[1] - old.sentence[0]) < (b.sentence[1] - b.sentence[0]):
            by_fact[key] = b
    kept = sorted(by_fact.values(), key=lambda b: b.start)
    return kept


def _share(text: str, blank: Blank) -> bool:
    """A percentage of a whole ("80% of the seats", "turnout was 71 percent"): never above 100.
    A change ("a 64% increase", "up 150 percent") may be."""
    after = text[blank.end:blank.end + 40]
    if re.search(r"(?:%|percent|per cent)$", blank.quantity.expression):
        after = "%" + after  # "over 80%": the sign inside the figure's words
    return bool(re.match(r"\s?(?:%|percent\b|per cent\b)", after)) and max(blank.quantity.values) <= 100 and not re.match(
        r"\s?(?:%|percent|per cent)\s+(?:increase|rise|jump|growth|higher|more|up|increases|gain)", after)


def _options(blank: Blank, asked: Asked | None, ctx: Context, others: list[numbers.Quantity]) -> tuple[str, list[str]]:
    q = blank.quantity
    rng = ctx.rng(f"figure:{blank.start}")
    sentence = ctx.text[blank.sentence[0]:blank.sentence[1]]
    # Another number of the same sentence is no wrong answer: the reader sees it right there.
    others = [o for o in others if not re.search(rf"(?<![\w.,]){re.escape(o.expression)}(?![\w])", sentence)]
    wrong = dis.numeric_distractors(q, rng, others, at_most=100 if _share(ctx.text, blank) else None,
                                    age=is_age(ctx.text, blank, asked))
    wrong = [w for w in wrong if not re.search(rf"(?<![\w.,]){re.escape(w)}(?![\w])", sentence, re.I)]
    if asked is None:
        return q.expression, wrong
    if re.match(r"[A-Z][a-z]", q.expression):
        # "Three children were hurt", "At least eight …": the capital of the sentence start is no option's.
        wrong = [w[:1].lower() + w[1:] for w in wrong]
        q = numbers.find_quantity(q.expression[:1].lower() + q.expression[1:]) or q
    def dress(expr: str) -> str:
        return f"{asked.prefix}{expr}{asked.suffix}" if not asked.prefix or expr[:1].isdigit() else expr
    key = dress(q.expression)
    if asked.prefix and not q.expression[:1].isdigit():
        # "about $40 billion": the sign sits inside the qualifier.
        key = q.expression.replace(" ", f" {asked.prefix}", 1) + asked.suffix
        wrong = [w.replace(" ", f" {asked.prefix}", 1) + asked.suffix for w in wrong]
        return key, wrong
    return key, [dress(w) for w in wrong]


# Words that open a sentence about someone or something named before it: out of the article, a
# fill-in-the-blank that starts with them leaves the student guessing who is meant
_UNCLEAR_OPENERS = {"he", "she", "they", "it", "this", "these", "those", "his", "her", "their", "its"}


def _cloze(ctx: Context, blank: Blank) -> tuple[str, Evidence] | None:
    s, e = blank.sentence
    sentence = readable(ctx.text, s, blank.start) + BLANK + readable(ctx.text, blank.end, e)
    if not _is_sentence(sentence) or "<" in sentence:
        return None
    words = sentence.split()
    if len(words) < 8 or words[0].strip("“\"‘'").lower() in _UNCLEAR_OPENERS:
        return None  # "He was _____.": who or what the sentence is about must be in it
    q = blank.quantity
    if re.search(rf"(?<!\w){re.escape(q.expression)}(?!\w)", sentence, re.I):
        return None  # the same words elsewhere in the sentence would give the answer away
    if len(re.findall(r"(?<![\w.,])\d[\d,.]*(?![\w])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|thirteen|fourteen|fifteen|twenty)\b", sentence, re.I)) >= 3:
        return None  # a list of numbers: which blank is which would be a guess
    if counted_noun_elided(ctx.text[s:e], blank.start - s, blank.end - s):
        return None
    return sentence.strip(), evidence(ctx.text, s, e)


# A bound as a question fronts it: "More than how many countries …?" reads as English, "Over how
# many countries …?" does not; other qualifiers leave the figure to a choice question.
_BOUND_WORDING = {"over": "more than", "above": "more than", "upwards of": "more than", "in excess of": "more than",
                  "just over": "more than", "under": "fewer than", "below": "fewer than", "just under": "fewer than",
                  "less than": "less than", "fewer than": "fewer than", "as many as": "up to", "as much as": "up to",
                  "no fewer than": "at least", "no less than": "at least", "no more than": "at most"}
_BOUNDS_ASKED = {"at least", "at most", "more than", "fewer than", "less than", "up to", "nearly", "almost"}


def _plain(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def _typed(blank: Blank, prompt: str, qid: str, ev: Evidence, unit_words: str = "") -> Question | None:
    """A typed number for a figure written in digits: the exact number (a little either side
    after "about"), or any number inside a range the article gives."""
    q = blank.quantity
    if any(n.style != "digits" for n in q.numbers) or (q.kind != "range" and q.values[0] < 10):
        return None
    if q.kind not in ("exact", "range") and q.kind not in numbers.APPROXIMATE:
        # "more than 70": the bound is what is typed, and the question says it is a bound.
        if not re.match(r"How (?:many|much)\b", prompt) or not re.fullmatch(r"[a-z ]+", q.kind):
            return None
        bound = _BOUND_WORDING.get(q.kind, q.kind)
        if bound in ("fewer than", "less than"):
            bound = "fewer than" if prompt.startswith("How many") else "less than"
        if bound not in _BOUNDS_ASKED:
            return None
        prompt = f"{bound[:1].upper()}{bound[1:]} h{prompt[1:]}"
    number = q.numbers[0]
    unit = numbers.scale_of(number)
    note = f" (in {number.scale}s)" if number.scale else ""
    if unit_words:
        note = f" (in {number.scale} {unit_words})" if number.scale else (
            " (a percentage)" if unit_words == "%" else f" (in {unit_words})")
    if q.kind == "range":
        return Question(id=f"{qid}-number", type="numeric", skill=FIGURE,
                        prompt=f"{prompt} The article gives a range: type any number inside it{note}.",
                        answer=None, evidence=[ev], extra={"range": [_plain(v / unit) for v in q.values]})
    tolerance: float = 0
    if q.kind in numbers.APPROXIMATE:
        # a tenth either side, rounded a place finer than the number is written ("about 20" takes
        # 18 to 22, not 10 to 30)
        fine = numbers.finer(numbers.precision(number))
        tolerance = max(fine, numbers.round_to(q.values[0] * 0.1, fine)) / unit
    return Question(id=f"{qid}-number", type="numeric", skill=FIGURE,
                    prompt=f"{prompt} Type the number{note}.",
                    answer=_plain(q.values[0] / unit), evidence=[ev], extra={"tolerance": _plain(tolerance)})


def _question_id(blank: Blank) -> str:
    rest = blank.figure.counts or blank.figure.text[blank.quantity.end:] or blank.figure.text
    return f"figure-{slug(rest, 3) if slug(rest, 3) != 'item' else 'figure'}"


def ask_figures(ctx: Context, used: set[tuple[int, int]] = frozenset()) -> list[Question]:
    """`used`: quotations and statements already asked about; a figure inside one is left out,
    since "According to Ada Lin, how many …?" would answer "Who said …?"."""
    every = _blanks(ctx)
    blanks = [b for b in _one_per_fact(ctx, every)
              if not any(s <= b.start and b.end <= e for s, e in used)
              and not gives_itself_away(ctx.text, b) and not repeats_an_earlier_figure(ctx, b)
              and not asked_in_the_article(ctx.text, b)]
    quantities = [b.quantity for b in blanks]
    per_sentence: set[tuple[int, int]] = set()
    asked_prompts: set[str] = set()
    # One batch for all the sentences a question may come from (long ones give no clean question).
    parse_sentences([r for r in (readable(ctx.text, *b.sentence) for b in blanks) if len(r.split()) <= 45])
    wh: list[Question] = []
    typeable = 0  # every second figure that can be typed is typed, the others are chosen
    cloze: list[Question] = []
    for blank in blanks:  # questions first: a sentence's cloze must not take a question's place
        if blank.sentence in per_sentence:
            continue
        s, e = blank.sentence
        ev = evidence(ctx.text, s, e)
        others = [q for q in quantities if q is not blank.quantity]
        qid = _question_id(blank)
        # The sentence as a reader sees it (tags and entities of a pasted page cleaned away).
        q_start = len(readable(ctx.text, s, blank.start))
        q_end = q_start + len(readable(ctx.text, blank.start, blank.end))
        asked = ask(readable(ctx.text, s, e), q_start, q_end, ctx.text)
        if not asked or asked.prompt.lower() in asked_prompts or ambiguous_toll(ctx, blank, every, asked):
            continue
        key, wrong = _options(blank, asked, ctx, others)
        if len(wrong) < 2:
            continue
        per_sentence.add(blank.sentence)
        asked_prompts.add(asked.prompt.lower())
        typed = None
        if typeable % 2 == 0 and not asked.prefix:
            typed = _typed(blank, asked.prompt, qid, ev, asked.suffix.strip())
        typeable += _typed(blank, "", qid, ev) is not None
        wh.append(typed or Question(
            id=qid, type="single_choice", skill=FIGURE, prompt=asked.prompt,
            options=dis.ordered(key, wrong, numeric=True), answer=key, evidence=[ev]))
    for blank in blanks:
        if blank.sentence in per_sentence:
            continue
        made = _cloze(ctx, blank)
        if made is None:
            continue
        sentence, ev = made
        key, wrong = _options(blank, None, ctx, [q for q in quantities if q is not blank.quantity])
        if len(wrong) < 2:
            continue
        per_sentence.add(blank.sentence)
        cloze.append(Question(
            id=_question_id(blank), type="single_choice", skill=FIGURE,
            prompt=f"Which words complete this sentence from the article? “{sentence}”",
            options=dis.ordered(key, wrong, numeric=True), answer=key, evidence=[ev]))
    # Fill-in-the-blank never outnumbers the figures asked as questions (two at least, for an
    # article whose sentences give no clean question).
    n_cloze = min(len(cloze), max(MIN_CLOZE, len(wh)), MAX_FIGURES - min(len(wh), MAX_FIGURES - MIN_CLOZE))
    chosen = _spread(wh, MAX_FIGURES - n_cloze) + _spread(cloze, n_cloze)
    return sorted(chosen, key=lambda q: q.evidence[0].start)


def _spread(items: list[Question], n: int) -> list[Question]:
    """`n` of `items` spread over the article, not the first n."""
    if n <= 0:
        return []
    if n >= len(items):
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]
