"""Candidate questions from an article and the facts extracted from it.

`generate_questions(text, facts)` turns quotations into who-said questions (single choice,
matching, true/false), affiliations into which-organisation and which-post questions, and
figures into fill-the-figure questions (single choice and typed numbers). Every question carries
its evidence: the sentence that holds the fact, as an exact span of `text`.

The same text and facts give the same questions: every random draw comes from a generator
seeded with a hash of the text and of the question's own key, never from global state.
Plain Python: no NLP, no Flask, no database.
"""
from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from quizapp.banks.model import Evidence, Question
from quizapp.generate import distractors as dis
from quizapp.generate import numbers
from quizapp.generate.evidence import evidence, readable, sentence_span
from quizapp.generate.facts import Affiliation, Facts, Figure, Quote

WHO_SAID, AFFILIATION, FIGURE = "who_said", "affiliation", "figure"
# A true/false "X said ..." statement tests the same reading as who-said, but its key is a truth
# value, not a person, so it is tagged with the neighbouring skill for attributing statements.
SOURCES = "sources"

MAX_CHOICE_PER_SPEAKER = 2      # who-said single choice questions per speaker
MAX_TRUE_FALSE = 8
MATCHING_SIZE = 4               # quotations per matching question
MAX_MATCHING = 2
QUOTE_MIN_WORDS, QUOTE_MAX_WORDS = 4, 24
CLOZE_CONTEXT_WORDS = 16        # words kept on each side of a figure's blank
BLANK = "_____"

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "someone", "officials", "analysts"}
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘\"'", "”’\"'"
# "he predicted that …" in a reported statement is the speaker reporting; other verbs after "he"
# may be about someone else ("he does not want" in a statement about a third person).
_REPORTING_VERBS = {"predicted", "warned", "claimed", "argued", "suggested", "insisted", "noted",
                    "added", "explained", "stressed", "estimated", "acknowledged", "admitted",
                    "denied", "said", "told", "recalled", "conceded", "cautioned"}
_UNIT_WORDS = {"brigade", "battalion", "regiment", "division", "corps", "army", "fleet", "squadron",
               "company", "platoon", "unit", "force", "guard"}


@dataclass
class _Context:
    text: str
    facts: Facts
    seed: str = ""
    names: dict[str, str] = field(default_factory=dict)     # any name -> fullest name
    quotes: list[Quote] = field(default_factory=list)        # usable, speaker set to the fullest name
    people: list[str] = field(default_factory=list)          # everyone named in the facts

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{self.seed}:{key}")

    def person(self, name: str) -> str:
        return self.names.get(name.strip(), name.strip())


def generate_questions(text: str, facts: Facts) -> list[Question]:
    """Candidate questions for `text`, each grounded in it. Facts whose offsets do not match the
    text are skipped, not trusted."""
    ctx = _context(text, facts)
    used: set[tuple[int, int]] = set()  # quotations already asked about, so other kinds vary
    questions = [
        *_who_said(ctx, used),
        *_matching(ctx, used),
        *_true_false(ctx, used),
        *_affiliations(ctx),
        *_figures(ctx),
    ]
    return _unique_ids(questions)


# ---- facts -------------------------------------------------------------------------------------

def _is_person(name: str | None) -> bool:
    if not name or not name.strip():
        return False
    words = name.split()
    return name.strip().lower() not in _PRONOUNS and any(w[:1].isupper() for w in words)


def _grounded(text: str, fact: Quote | Figure) -> bool:
    return 0 <= fact.start < fact.end <= len(text) and text[fact.start:fact.end] == fact.text


def _context(text: str, facts: Facts) -> _Context:
    ctx = _Context(text, facts, seed=hashlib.sha256(text.encode("utf-8")).hexdigest())
    named = [q.speaker for q in facts.quotes if _is_person(q.speaker)]
    named += [a.person for a in facts.affiliations if _is_person(a.person)]
    ctx.names = dis.fullest_names(named)
    ctx.people = sorted(set(ctx.names.values()))
    seen = set()
    for q in sorted(facts.quotes, key=lambda q: (q.start, q.end)):
        if not (_is_person(q.speaker) and _grounded(text, q)) or (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        ctx.quotes.append(Quote(ctx.person(q.speaker), q.text, q.start, q.end, q.direct))
    return ctx


def _name_words(name: str) -> list[str]:
    """The capitalised words of a name, as the article would write them ("Maria", "Lindqvist")."""
    return [w for w in re.findall(r"[\w’'-]+", name) if w[:1].isupper() and len(w) > 1]


def _in_passage(name: str, passage: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", passage) for w in _name_words(name))


# ---- wording -----------------------------------------------------------------------------------

def _slug(text: str, words: int = 4) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words]) or "item"


def _trim(text: str, max_words: int = QUOTE_MAX_WORDS) -> str:
    """A long quotation cut at a clause boundary (or a word) with an ellipsis."""
    words = text.split()
    if len(words) <= max_words:
        return text
    head = " ".join(words[:max_words])
    cut = max(head.rfind(sep) for sep in (",", ";", " —", " –", ":"))
    if cut >= len(" ".join(words[: max_words // 2])):
        head = head[:cut]
    return head.rstrip(" ,;:—–") + "…"


def _clean_quote(text: str) -> str:
    """The quotation without its outer quotation marks or the comma/full stop before the close."""
    q = text.strip()
    if not q:
        return q
    if q[0] == "“" or (q[0] in _OPEN_QUOTES and q.count(q[0]) % 2 == 1):
        q = q[1:]
    if q[-1:] in "”\"" and (q.count("“") < q.count("”") or q.count('"') % 2 == 1):
        q = q[:-1]
    q = q.strip()
    # ",’" or ".”" at the end: drop the punctuation, keep a closing quote that belongs inside.
    q = re.sub(r"[,.;:]+(?=[”’\"']*$)", "", q).strip()
    return q


def _lower_first(word_source: str, text: str) -> str:
    """Lower-case the first word where the article also writes it in lower case ("The" -> "the"),
    so a reported statement reads on after "said that"; names keep their capital."""
    m = re.match(r"([A-Z][a-z’']*)", word_source)
    if not m or m.group(1) == "I":
        return word_source
    lower = m.group(1).lower()
    if lower in _lower_case_words(text):
        return lower + word_source[len(lower):]
    return word_source


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w’'])[a-z][a-z’']*", text))


def _statement(quote: Quote, text: str) -> tuple[str, str] | None:
    """How a quotation reads in a question: ("quoted", "“…”"), ("that", "that …") or
    ("did", "appeared to …") for a reported verb phrase; None where it is too short or a fragment
    that cannot be asked about clearly."""
    q = _clean_quote(readable(text, quote.start, quote.end))
    if len(q.split()) < QUOTE_MIN_WORDS:
        return None
    q = _trim(q)
    inner_quotes = "“" in q or "”" in q
    if quote.direct and not inner_quotes:
        return "quoted", f"“{q}”"
    first = q.split()[0]
    clause_start = first[:1].isupper() or first.lower() in _PRONOUNS | {
        "the", "a", "an", "this", "that", "these", "those", "there", "his", "her", "their", "its",
        "our", "my", "some", "many", "most", "all", "no", "any", "every", "each", "both"}
    words = q.split()
    if first.lower() in ("he", "she") and len(words) > 2 and words[1] in _REPORTING_VERBS:
        return "did", " ".join(words[1:])  # "he predicted that …": the speaker's own report
    if clause_start:
        return "that", "that " + _lower_first(q, text)
    if re.fullmatch(r"[a-z]+ed", first):
        return "did", q  # "appeared to reject …": the speaker's own reported act
    return None


def _who_prompt(kind: str, words: str) -> str:
    if kind == "quoted":
        return f"Who said {words}?"
    if kind == "that":
        return f"According to the article, who said {words}?"
    return f"According to the article, who {words}?"


def _claim(kind: str, words: str, name: str) -> str:
    if kind == "did":
        return f"{name} {words}"
    return f"{name} said {words}"


# ---- who said what -----------------------------------------------------------------------------

def _quote_evidence(ctx: _Context, quote: Quote) -> Evidence:
    start, end = sentence_span(ctx.text, quote.start, quote.end, _name_words(quote.speaker))
    return evidence(ctx.text, start, end)


def _also_right(ctx: _Context, quote: Quote, ev: Evidence) -> list[str]:
    """People who must not be a wrong answer: those who also said something in the evidence, or
    are named in it (the words may be theirs, reported)."""
    out = [q.speaker for q in ctx.quotes
           if q.speaker != quote.speaker and q.start < ev.end and ev.start < q.end]
    out += [p for p in ctx.people if p != quote.speaker and _in_passage(p, ev.text)]
    return out


def _speaker_tiers(ctx: _Context, key: str) -> list[list[str]]:
    speakers = sorted({q.speaker for q in ctx.quotes} - {key})
    return [speakers, [p for p in ctx.people if p not in speakers and p != key]]


def _by_preference(quotes: Iterable[Quote], ctx: _Context) -> list[Quote]:
    """Direct quotations first, then in article order: they are what a reader remembers."""
    usable = [q for q in quotes if _statement(q, ctx.text)]
    return sorted(usable, key=lambda q: (not q.direct, q.start))


def _speakers(ctx: _Context) -> list[str]:
    order: dict[str, int] = {}
    for q in ctx.quotes:
        order.setdefault(q.speaker, q.start)
    return sorted(order, key=order.__getitem__)


def _who_said(ctx: _Context, used: set[tuple[int, int]]) -> list[Question]:
    out = []
    for speaker in _speakers(ctx):
        asked = 0
        for quote in _by_preference((q for q in ctx.quotes if q.speaker == speaker), ctx):
            if asked == MAX_CHOICE_PER_SPEAKER:
                break
            kind, words = _statement(quote, ctx.text)  # type: ignore[misc]
            ev = _quote_evidence(ctx, quote)
            rng = ctx.rng(f"who:{quote.start}")
            wrong = dis.choose(speaker, _speaker_tiers(ctx, speaker), rng, avoid=_also_right(ctx, quote, ev))
            if len(wrong) < 2:
                continue
            asked += 1
            used.add((quote.start, quote.end))
            out.append(Question(
                id=f"who-said-{_slug(speaker.split()[-1], 1)}-{_slug(_clean_quote(quote.text))}",
                type="single_choice", skill=WHO_SAID, prompt=_who_prompt(kind, words),
                options=dis.ordered(speaker, wrong), answer=speaker, evidence=[ev]))
    return out


def _matching(ctx: _Context, used: set[tuple[int, int]]) -> list[Question]:
    """Match quotations to speakers: one quotation per speaker, several speakers per question."""
    picks: list[Quote] = []
    for speaker in _speakers(ctx):
        mine = _by_preference((q for q in ctx.quotes if q.speaker == speaker), ctx)
        fresh = [q for q in mine if (q.start, q.end) not in used] or mine
        if fresh:
            picks.append(fresh[0])
    ctx.rng("matching").shuffle(picks)
    out = []
    for n in range(MAX_MATCHING):
        group = picks[n * MATCHING_SIZE:(n + 1) * MATCHING_SIZE]
        if len(group) < 3:
            break
        group.sort(key=lambda q: q.start)
        for q in group:
            used.add((q.start, q.end))
        prompts = [_statement(q, ctx.text)[1] for q in group]  # type: ignore[index]
        answer = [q.speaker for q in group]
        out.append(Question(
            id=f"match-speakers-{n + 1}", type="matching", skill=WHO_SAID,
            prompt="Match each statement from the article to the person who made it.",
            options=dis.ordered(answer, []), answer=answer,
            evidence=[_quote_evidence(ctx, q) for q in group], extra={"prompts": prompts}))
    return out


def _true_false(ctx: _Context, used: set[tuple[int, int]]) -> list[Question]:
    out = []
    for speaker in _speakers(ctx):
        if len(out) == MAX_TRUE_FALSE:
            break
        mine = _by_preference((q for q in ctx.quotes if q.speaker == speaker), ctx)
        fresh = [q for q in mine if (q.start, q.end) not in used]
        if not fresh:
            continue
        quote = fresh[0]
        kind, words = _statement(quote, ctx.text)  # type: ignore[misc]
        ev = _quote_evidence(ctx, quote)
        rng = ctx.rng(f"tf:{quote.start}")
        named, truth = speaker, True
        if rng.random() < 0.5:
            wrong = dis.choose(speaker, _speaker_tiers(ctx, speaker), rng, avoid=_also_right(ctx, quote, ev), count=1)
            if wrong:
                named, truth = wrong[0], False
        used.add((quote.start, quote.end))
        out.append(Question(
            id=f"true-false-{_slug(speaker.split()[-1], 1)}-{_slug(_clean_quote(quote.text))}",
            type="true_false", skill=SOURCES,
            prompt=f"True or false? According to the article, {_claim(kind, words, named)}.",
            answer=truth, evidence=[ev],
            feedback="" if truth else f"It was {speaker}."))
    return out


# ---- affiliations ------------------------------------------------------------------------------

def _clean_phrase(text: str | None) -> str:
    if not text:
        return ""
    t = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return re.sub(r"^(?:the|a|an)\s+", "", t, flags=re.I)


def _affiliation_evidence(ctx: _Context, aff: Affiliation) -> Evidence | None:
    if not 0 <= aff.start < aff.end <= len(ctx.text):
        return None
    start, end = sentence_span(ctx.text, aff.start, aff.end)
    return evidence(ctx.text, start, end)


def _varied(key: str, rng: random.Random) -> list[str]:
    """Organisations like the key with its number changed ("3rd Battalion" -> "7th Battalion"),
    for a unit whose article names no other unit."""
    quantity = numbers.find_quantity(key)
    if not quantity or quantity.is_year:
        return []
    return [key[:quantity.start] + v + key[quantity.end:] for v in numbers.distractor_values(quantity, rng)]


def _affiliations(ctx: _Context) -> list[Question]:
    facts = [a for a in ctx.facts.affiliations if _is_person(a.person)]
    orgs_of: dict[str, set[str]] = {}
    roles_of: dict[str, set[str]] = {}
    for a in facts:
        p = ctx.person(a.person)
        if _clean_phrase(a.organization):
            orgs_of.setdefault(p, set()).add(_clean_phrase(a.organization))
        if _clean_phrase(a.role):
            roles_of.setdefault(p, set()).add(_clean_phrase(a.role))
    all_orgs = sorted(set().union(*orgs_of.values())) if orgs_of else []
    all_roles = sorted(set().union(*roles_of.values())) if roles_of else []
    out, asked = [], set()
    for a in sorted(facts, key=lambda a: (a.start, a.end)):
        person = ctx.person(a.person)
        ev = _affiliation_evidence(ctx, a)
        if ev is None:
            continue
        for what, key, own, pool in (("org", _clean_phrase(a.organization), orgs_of, all_orgs),
                                     ("role", _clean_phrase(a.role), roles_of, all_roles)):
            if not key or (person, what, key.lower()) in asked:
                continue
            rng = ctx.rng(f"aff:{what}:{person}:{key}")
            mine = own.get(person, set())
            others = [o for o in pool if o not in mine]
            tiers = [others]
            if what == "org" and numbers.find_quantity(key):
                # A numbered unit ("3rd Battalion"): other units of the same kind first.
                same_kind = [o for o in others if o.split()[-1].lower() == key.split()[-1].lower()]
                tiers = [same_kind, _varied(key, rng), others]
            wrong = dis.choose(key, tiers, rng, avoid=[m for m in mine if m != key])
            if len(wrong) < 2:
                continue
            asked.add((person, what, key.lower()))
            if what == "org":
                unit = key.split()[-1].lower()
                prompt = (f"According to the article, which {unit} does {person} serve with?"
                          if unit in _UNIT_WORDS else
                          f"According to the article, which organisation is {person} part of?")
                qid = f"affiliation-{_slug(person.split()[-1], 1)}-{_slug(key, 3)}"
            else:
                prompt = f"How does the article describe {person}?"
                qid = f"role-{_slug(person.split()[-1], 1)}-{_slug(key, 3)}"
            out.append(Question(id=qid, type="single_choice", skill=AFFILIATION, prompt=prompt,
                                options=dis.ordered(key, wrong), answer=key, evidence=[ev]))
    return out


# ---- figures -----------------------------------------------------------------------------------

@dataclass
class _Blank:
    figure: Figure
    quantity: numbers.Quantity
    start: int          # the quantity's span in the article
    end: int


def _is_name(ctx: _Context, blank: _Blank) -> bool:
    """"3rd Battalion", "Highway 9": a number that is part of a name, not a count."""
    first, last = blank.quantity.numbers[0], blank.quantity.numbers[-1]
    ordinal_of_name = last.style == "ordinal-digits" and re.match(r" [A-Z]", ctx.text[blank.end:blank.end + 2])
    number_in_name = first.style == "digits" and re.search(r"[A-Z][a-z]+ $", ctx.text[max(0, blank.start - 30):blank.start])
    return bool(ordinal_of_name or number_in_name)


def _blanks(ctx: _Context) -> list[_Blank]:
    out, seen = [], set()
    for fig in sorted(ctx.facts.figures, key=lambda f: (f.start, f.end)):
        if not _grounded(ctx.text, fig):
            continue
        quantity = numbers.find_quantity(fig.text)
        if quantity is None or quantity.is_year:
            continue
        blank = _Blank(fig, quantity, fig.start + quantity.start, fig.start + quantity.end)
        if (blank.start, blank.end) in seen or _is_name(ctx, blank):
            continue
        seen.add((blank.start, blank.end))
        out.append(blank)
    return out


def _cloze(ctx: _Context, start: int, end: int) -> tuple[str, Evidence]:
    """The sentence around text[start:end] with that part blanked, cut to a readable window."""
    s, e = sentence_span(ctx.text, start, end)
    before_text, after_text = readable(ctx.text, s, start), readable(ctx.text, end, e)
    before, after = before_text.split(), after_text.split()
    lead = "… " if len(before) > CLOZE_CONTEXT_WORDS else ""
    tail = " …" if len(after) > CLOZE_CONTEXT_WORDS else ""
    before, after = before[-CLOZE_CONTEXT_WORDS:], after[:CLOZE_CONTEXT_WORDS]
    sep_b = " " if before and before_text[-1:].isspace() else ""
    sep_a = " " if after and after_text[:1].isspace() else ""
    sentence = f"{lead}{' '.join(before)}{sep_b}{BLANK}{sep_a}{' '.join(after)}{tail}"
    return sentence.strip(), evidence(ctx.text, s, e)


def _figure_slug(blank: _Blank) -> str:
    rest = blank.figure.text[blank.quantity.end:] or blank.figure.counts or blank.figure.text
    return _slug(rest, 3) if _slug(rest, 3) != "item" else _slug(blank.figure.counts or "figure", 3)


def _figures(ctx: _Context) -> list[Question]:
    blanks = _blanks(ctx)
    out = []
    for blank in blanks:
        q = blank.quantity
        rng = ctx.rng(f"figure:{blank.start}")
        others = [b.quantity for b in blanks if b is not blank]
        wrong = dis.numeric_distractors(q, rng, others)
        sentence, ev = _cloze(ctx, blank.start, blank.end)
        if re.search(rf"(?<!\w){re.escape(q.expression)}(?!\w)", sentence, re.I):
            continue  # the same words elsewhere in the sentence would give the answer away
        slug = _figure_slug(blank)
        if len(wrong) >= 2:
            out.append(Question(
                id=f"figure-{slug}", type="single_choice", skill=FIGURE,
                prompt=f"Which words complete this sentence from the article? “{sentence}”",
                options=dis.ordered(q.expression, wrong, numeric=True), answer=q.expression,
                evidence=[ev]))
        numeric = _numeric(ctx, blank, slug)
        if numeric:
            out.append(numeric)
    return out


def _numeric(ctx: _Context, blank: _Blank, slug: str) -> Question | None:
    """A typed number for figures written in digits: the exact number (or a little either side
    where the article says "about"), or any number inside a range the article gives."""
    q = blank.quantity
    if any(n.style != "digits" for n in q.numbers) or (q.kind != "range" and q.values[0] < 10):
        return None
    def plain(v: float) -> int | float:
        return int(v) if float(v).is_integer() else v
    if q.kind == "range":
        sentence, ev = _cloze(ctx, blank.start, blank.end)
        return Question(
            id=f"figure-number-{slug}", type="numeric", skill=FIGURE,
            prompt=f"The article gives a range here. Type any number inside it: “{sentence}”",
            answer=None, evidence=[ev], extra={"range": [plain(v) for v in q.values]})
    number = q.numbers[0]
    start = blank.start + number.start
    # "12 million": blank the digits and keep the word, so the student types 12, not 12000000.
    digits = re.match(r"[\d.,]+", ctx.text[start:blank.start + number.end])
    end = start + digits.end() if digits else blank.start + number.end
    unit = numbers.scale_of(number)
    sentence, ev = _cloze(ctx, start, end)
    tolerance: float = 0
    if q.kind in numbers.APPROXIMATE:
        step = numbers.precision(number)
        tolerance = max(step, numbers.round_to(q.values[0] * 0.1, step)) / unit
    return Question(
        id=f"figure-number-{slug}", type="numeric", skill=FIGURE,
        prompt=f"Type the missing number: “{sentence}”",
        answer=plain(q.values[0] / unit), evidence=[ev], extra={"tolerance": plain(tolerance)})


# ---- ids ---------------------------------------------------------------------------------------

def _unique_ids(questions: list[Question]) -> list[Question]:
    seen: dict[str, int] = {}
    for q in questions:
        base = re.sub(r"-+", "-", q.id).strip("-")[:60].rstrip("-")
        n = seen.get(base, 0) + 1
        seen[base] = n
        q.id = base if n == 1 else f"{base}-{n}"
    return questions
