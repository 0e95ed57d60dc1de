"""Figures asked as a teacher asks them: "How many homes were flooded?" (single choice or a typed
number), with fill-in-the-blank as one form among others for a figure no clean question fits.

One question per fact and per sentence (a figure repeated in the headline, or given in two units,
is one fact), never a blank inside a number phrase ("two _____ thirds", "virus-_____") or a name
("Highway _____"), never a prompt cut mid-sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.banks.model import Evidence, Question
from quizapp.generate import distractors as dis
from quizapp.generate import numbers
from quizapp.generate.evidence import covering, evidence, readable
from quizapp.generate.facts import Figure
from quizapp.generate.questions.common import BLANK, FIGURE, Context, grounded, slug
from quizapp.generate.questions.parsing import parse_sentence, parse_sentences
from quizapp.generate.questions.figure_wording import Asked, ask
from quizapp.generate.distractors import MAX_AGE

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


@dataclass
class _Blank:
    figure: Figure
    quantity: numbers.Quantity
    start: int          # the quantity's span in the article
    end: int
    sentence: tuple[int, int]


def _counted(blank: _Blank) -> str:
    """The counted thing as a comparable key ("children" for "five children in a bus")."""
    words = re.findall(r"[a-z]+", (blank.figure.counts or blank.figure.text[blank.quantity.end:]).lower())
    return words[-1].rstrip("s") if words else ""


def _part_of_a_longer_phrase(text: str, start: int, end: int) -> bool:
    after, before = text[end:end + 12], text[max(0, start - 12):start]
    if _FRACTION_AFTER.match(after) or _TIME_AFTER.match(after) or re.match(
            r"^[-–/+:]\w|^[-–]?\d|^\.\d|^,\d|^\s+(?:hundred|thousand|million|billion|trillion|dozen)\b", after, re.I):
        return True
    return bool(_NAME_BEFORE.search(before))


# A converted amount in brackets beside the figure ("160 km (100 miles)", "100 miles (160 km)"):
# the reader who knows the conversion needs no article.
_CONVERSION_AFTER = re.compile(r"^\s*[^\s(),.;]*\s*\(\s*(?:about|around|some|approximately|nearly|over|almost)?\s*(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)", re.I)
_CONVERSION_BEFORE = re.compile(r"\d[\d,.]*\s*[^\s(),.;\d]*\s*\(\s*(?:about|around|some|approximately|nearly|over|almost)?\s*[$€£]?$", re.I)
_NUMBER_IN_TEXT = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                             r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", re.I)
_ORDINAL_OF = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
               9: "ninth", 10: "tenth"}
# Before a number that names things already counted: "the five weeks", "all five deaths", "of the eight".
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|all|both)\s+(?:other\s+)?$", re.I)


def _values_in(text: str) -> list[float]:
    out = []
    for m in _NUMBER_IN_TEXT.finditer(text):
        found = numbers.find_quantity(m.group(0))
        if found is not None:
            out.append(found.values[0])
    return out


def _gives_itself_away(text: str, blank: _Blank) -> bool:
    """The sentence tells the figure without the article's fact: a conversion in brackets
    ("_____ km (100 miles)"), a sum or difference of two numbers beside it ("down by _____ points,
    12 to 10"), an ordinal that counts to it ("the second blast … between the _____ blasts"), or
    "one" before a singular noun ("recorded only _____ album")."""
    s, e = blank.sentence
    if _CONVERSION_AFTER.match(text[blank.end:blank.end + 30]) or _CONVERSION_BEFORE.search(text[max(s, blank.start - 30):blank.start]):
        return True
    q = blank.quantity
    if q.kind == "range":
        return False
    key = q.values[0]
    # "one" is as often a pronoun ("the one posed by …") as a number: no sum is made with it.
    rest = [v for v in _values_in(text[s:blank.start] + " " + text[blank.end:e]) if v != 1]
    if any(abs(a - b) == key or a + b == key for i, a in enumerate(rest) for b in rest[i + 1:]):
        return True
    sentence = text[s:e].lower()
    if key in _ORDINAL_OF and re.search(rf"\b{_ORDINAL_OF[key]}\b", sentence):
        return True
    if key == 2 and re.search(r"\bbetween\s+(?:the\s+|these\s+|those\s+)?$", text[max(s, blank.start - 20):blank.start], re.I):
        return True
    # "three or four", "two to three": the neighbour of an alternative tells the figure within one.
    if re.match(r"\s+or\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b", text[blank.end:blank.end + 12], re.I) \
            or re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+$", text[max(s, blank.start - 12):blank.start], re.I):
        return True
    return key == 1 and not re.match(r"\s+(?:of|in|out|per)\b", text[blank.end:blank.end + 8])


def _repeats_an_earlier_figure(ctx: Context, blank: _Blank) -> bool:
    """"the five weeks", "all five deaths", "the first victim of the eight": a definite number
    names things the article has counted before, so its question would ask that figure twice."""
    if not _DEFINITE_BEFORE.search(ctx.text[max(0, blank.start - 24):blank.start]):
        return False
    for fig in ctx.facts.figures:
        if fig.start >= blank.start or not grounded(ctx.text, fig):
            continue
        other = numbers.find_quantity(fig.text)
        if other is not None and not other.is_year and other.values == blank.quantity.values:
            return True
    return False


def _blanks(ctx: Context) -> list[_Blank]:
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
        out.append(_Blank(fig, quantity, start, end, (sentences[0].start, sentences[-1].end)))
    return out


def _is_sentence(text: str) -> bool:
    """A whole sentence of running text: not a headline or caption, quotation marks balanced."""
    t = text.strip()
    if not re.search(r"[.!?][”’\"')]*$", t) or len(t.split()) > CLOZE_MAX_WORDS:
        return False
    if t.count("“") != t.count("”") or t.count('"') % 2 or t.count("(") != t.count(")"):
        return False
    return t[:1].isupper() or t[:1] in "“\"‘"


def _one_per_fact(ctx: Context, blanks: list[_Blank]) -> list[_Blank]:
    """One figure per sentence and per fact: the same value of the same thing twice (a headline
    and its lead) is asked once, from the longer sentence."""
    by_fact: dict[tuple, _Blank] = {}
    for b in blanks:
        key = (tuple(b.quantity.values), _counted(b))
        old = by_fact.get(key)
        if old is None or (old.sentence[1] - old.sentence[0]) < (b.sentence[1] - b.sentence[0]):
            by_fact[key] = b
    kept = sorted(by_fact.values(), key=lambda b: b.start)
    return kept


def _share(text: str, blank: _Blank) -> bool:
    """A percentage of a whole ("80% of the seats", "turnout was 71 percent"): never above 100.
    A change ("a 64% increase", "up 150 percent") may be."""
    after = text[blank.end:blank.end + 40]
    if re.search(r"(?:%|percent|per cent)$", blank.quantity.expression):
        after = "%" + after  # "over 80%": the sign inside the figure's words
    return bool(re.match(r"\s?(?:%|percent\b|per cent\b)", after)) and max(blank.quantity.values) <= 100 and not re.match(
        r"\s?(?:%|percent|per cent)\s+(?:increase|rise|jump|growth|higher|more|up|increases|gain)", after)


# A person's age: "aged 25", "died at age 65", "at the age of 80", "a 40-year-old", "39 years old".
_AGE_BEFORE = re.compile(r"\b(?:aged|age|age of)\s+$", re.I)
_AGE_AFTER = re.compile(r"^(?:[- ]years?[- ]old\b|-year\b)", re.I)


def _one_person_nouns() -> set[str]:
    from quizapp.generate.lexicon import KIN_NOUNS, PERSON_NOUNS, ROLE_NOUNS

    return {w for w in KIN_NOUNS | PERSON_NOUNS | ROLE_NOUNS if not w.endswith("s")} - {"people", "children"}


_ONE_PERSON = _one_person_nouns()


def _is_age(text: str, blank: _Blank, asked: Asked | None) -> bool:
    if asked is not None and " how old " in f" {asked.prompt.lower()}":
        return True
    before = re.search(r"(\w+),\s$", text[max(0, blank.start - 30):blank.start])
    if before and text[blank.end:blank.end + 1] == "," and re.fullmatch(r"\d{1,3}", blank.quantity.expression) \
            and blank.quantity.values[0] <= MAX_AGE and before.group(1).lower() in _ONE_PERSON:
        return True  # "Another brother, 22, was found": a number between commas after a person is an age
    return bool(_AGE_BEFORE.search(text[max(0, blank.start - 20):blank.start])
                or _AGE_AFTER.match(text[blank.end:blank.end + 12]))


# Words of a toll: a bare "How many people died?" cannot say which toll where the article gives two.
_TOLL_WORDS = {"die", "died", "dies", "dead", "death", "deaths", "kill", "killed", "kills", "injured", "injuries",
               "wounded", "hurt", "casualties", "fatalities", "victims", "missing"}


def _ambiguous_toll(ctx: Context, blank: _Blank, blanks: list[_Blank], asked: Asked) -> bool:
    """"Officials said three people died" after a collapse that killed 39: the question keeps no
    word of which event (where, when, what), so another toll of the article answers it too."""
    clause = asked.prompt.split(", ", 1)[1] if asked.prompt.startswith("According to ") else asked.prompt
    words = re.findall(r"[a-z]+", clause.lower())
    if len(words) > 5 or not _TOLL_WORDS & set(words):
        return False
    for other in blanks:
        if other is blank or other.quantity.values == blank.quantity.values:
            continue
        sentence = ctx.text[other.sentence[0]:other.sentence[1]].lower()
        if _TOLL_WORDS & set(re.findall(r"[a-z]+", sentence)):
            return True
    return False


def _options(blank: _Blank, asked: Asked | None, ctx: Context, others: list[numbers.Quantity]) -> tuple[str, list[str]]:
    q = blank.quantity
    rng = ctx.rng(f"figure:{blank.start}")
    sentence = ctx.text[blank.sentence[0]:blank.sentence[1]]
    # Another number of the same sentence is no wrong answer: the reader sees it right there.
    others = [o for o in others if not re.search(rf"(?<![\w.,]){re.escape(o.expression)}(?![\w])", sentence)]
    wrong = dis.numeric_distractors(q, rng, others, at_most=100 if _share(ctx.text, blank) else None,
                                    age=_is_age(ctx.text, blank, asked))
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


def _cloze(ctx: Context, blank: _Blank) -> tuple[str, Evidence] | None:
    s, e = blank.sentence
    sentence = readable(ctx.text, s, blank.start) + BLANK + readable(ctx.text, blank.end, e)
    if not _is_sentence(sentence) or "<" in sentence:
        return None
    q = blank.quantity
    if re.search(rf"(?<!\w){re.escape(q.expression)}(?!\w)", sentence, re.I):
        return None  # the same words elsewhere in the sentence would give the answer away
    if len(re.findall(r"(?<![\w.,])\d[\d,.]*(?![\w])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|thirteen|fourteen|fifteen|twenty)\b", sentence, re.I)) >= 3:
        return None  # a list of numbers: which blank is which would be a guess
    if _counted_noun_elided(ctx.text[s:e], blank.start - s, blank.end - s):
        return None
    return sentence.strip(), evidence(ctx.text, s, e)


def _counted_noun_elided(sentence: str, start: int, end: int) -> bool:
    """"McCarthy received _____." (votes), "after their first _____" (tries): the number stands
    for a noun the sentence leaves out, so the blank does not say what it counts."""
    if _AGE_BEFORE.search(sentence[max(0, start - 20):start]):
        return False  # "aged _____,": the age is what is counted
    doc = parse_sentence(sentence)
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return False
    last = max(inside, key=lambda t: t.i)
    if last.dep_ in ("nummod", "quantmod", "compound"):
        return False
    if any(c.dep_ in ("amod", "poss", "det") and c.i < last.i and c.idx < start for c in last.children):
        return True  # "their first _____ (or so)": a determiner or adjective with no noun after
    return last.dep_ == "dobj" and bool(re.match(r"\s*(?:[.,;:!?\"”’)]|$)", sentence[end:]))


# A bound as a question fronts it: "More than how many countries …?" reads as English, "Over how
# many countries …?" does not; other qualifiers leave the figure to a choice question.
_BOUND_WORDING = {"over": "more than", "above": "more than", "upwards of": "more than", "in excess of": "more than",
                  "just over": "more than", "under": "fewer than", "below": "fewer than", "just under": "fewer than",
                  "less than": "less than", "fewer than": "fewer than", "as many as": "up to", "as much as": "up to",
                  "no fewer than": "at least", "no less than": "at least", "no more than": "at most"}
_BOUNDS_ASKED = {"at least", "at most", "more than", "fewer than", "less than", "up to", "nearly", "almost"}


def _plain(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def _typed(blank: _Blank, prompt: str, qid: str, ev: Evidence, unit_words: str = "") -> Question | None:
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
        step = numbers.precision(number)
        tolerance = max(step, numbers.round_to(q.values[0] * 0.1, step)) / unit
    return Question(id=f"{qid}-number", type="numeric", skill=FIGURE,
                    prompt=f"{prompt} Type the number{note}.",
                    answer=_plain(q.values[0] / unit), evidence=[ev], extra={"tolerance": _plain(tolerance)})


def _question_id(blank: _Blank) -> str:
    rest = blank.figure.counts or blank.figure.text[blank.quantity.end:] or blank.figure.text
    return f"figure-{slug(rest, 3) if slug(rest, 3) != 'item' else 'figure'}"


def ask_figures(ctx: Context, used: set[tuple[int, int]] = frozenset()) -> list[Question]:
    """`used`: quotations and statements already asked about; a figure inside one is left out,
    since "According to Ada Lin, how many …?" would answer "Who said …?"."""
    every = _blanks(ctx)
    blanks = [b for b in _one_per_fact(ctx, every)
              if not any(s <= b.start and b.end <= e for s, e in used)
              and not _gives_itself_away(ctx.text, b) and not _repeats_an_earlier_figure(ctx, b)]
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
        if not asked or asked.prompt.lower() in asked_prompts or _ambiguous_toll(ctx, blank, every, asked):
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
