"""How a quotation or statement reads in a question: trimmed, its marks cleaned, a reported
clause after "that", a denial as a denial, the article's own reporting verb where it is a plain
one ("Which organisation announced that …?")."""
from __future__ import annotations

import re
from functools import lru_cache

from quizapp.generate import distractors as dis
from quizapp.generate.facts import DENIED, Quote, Statement
from quizapp.generate.questions.common import PRONOUNS, QUOTE_MAX_WORDS, QUOTE_MIN_WORDS, name_words

_OPEN_QUOTES = "“‘\"'"
# "he predicted that …" in a reported statement is the speaker reporting; other verbs after "he"
# may be about someone else ("he does not expect" in a statement about a third person).
_REPORTING_VERBS = {"predicted", "warned", "claimed", "argued", "suggested", "insisted", "noted",
                    "added", "explained", "stressed", "estimated", "acknowledged", "admitted",
                    "denied", "said", "told", "recalled", "conceded", "cautioned"}


def trim(text: str, max_words: int = QUOTE_MAX_WORDS) -> str:
    """A long quotation cut at a clause boundary (or a word) with an ellipsis."""
    words = text.split()
    if len(words) <= max_words:
        return text
    head = " ".join(words[:max_words])
    half, least = len(" ".join(words[: max_words // 2])), len(" ".join(words[:7]))
    # The end of a sentence, else a clause boundary, late enough; else the start of a clause that
    # hangs on the main one ("… no sign of damage despite claims that …"); never after
    # whatever word comes 24th where a boundary is there.
    ends = [m.start() + 1 for m in re.finditer(r"[.!?](?=\s+[A-Z“\"'\[])", head)]
    marks = [head.rfind(sep) for sep in (",", ";", " —", " –", ":")]
    links = [head.rfind(f" {w} ") for w in _CLAUSE_LINKS]
    for cuts, at_least in ((ends, half), (marks, half), (links, least), (ends, least)):
        cut = max(cuts, default=-1)
        if cut >= at_least:
            if cuts is ends:
                # a whole sentence ends there: its last word is no dangling one ("… the town I
                # was born in.")
                return head[:cut].rstrip(" ,;:—–.!?") + "…"
            return _no_dangling(head[:cut].rstrip(" ,;:—–.!?")) + "…"
    return _no_dangling(head.rstrip(" ,;:—–")) + "…"


def _no_loose_tail(text: str) -> str:
    """"the plan must be cheap to run and, to win votes": where the words stop inside a phrase set
    off after "and" (the clause it leads was cut away), they end before the "and"."""
    m = re.search(r"\s+(?:and|but|or),\s+(?:to|in|on|at|for|with|by|from|as|after|before|despite|given)\s[^,]*$",
                  text)
    return text[:m.start()] if m and len(text[:m.start()].split()) >= QUOTE_MIN_WORDS else text


def _no_dangling(text: str) -> str:
    """A cut never ends on a word that needs the next one ("we had a…", "at the time of…")."""
    words = text.split()
    while len(words) > 7 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:—–")


# Words that open a clause or phrase hanging on what comes before: a long statement is cut there.
_CLAUSE_LINKS = ("despite", "because", "while", "although", "though", "whereas", "after", "before", "since",
                 "which", "who", "where", "when", "unless", "until", "but")


def clean_quote(text: str) -> str:
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
    # An editor's bracketed letter or mark reads as the letter or mark itself in a question ("[W]e
    # will stay" -> "We will stay", "heal us[,]" -> "heal us,"); bracketed words and "[...]" stay
    q = re.sub(r"\[([A-Za-z]|[,.;:!?])\](?=\w|\s|$|[”’\"'])", r"\1", q)
    q = re.sub(r"[,.;:]+(?=[”’\"']*$)", "", q).strip()
    return q


def lower_first(word_source: str, text: str) -> str:
    """Lower-case the first word where the article also writes it in lower case ("The" -> "the"),
    so a reported statement reads on after "said that"; names keep their capital."""
    m = re.match(r"([A-Z][a-z’']*)(?=[\s,;:]|$)", word_source)
    if not m or m.group(1) == "I":
        return word_source
    lower = m.group(1).lower()
    if lower in _FUNCTION_WORDS or lower in _NUMBER_WORDS or lower in _lower_case_words(text):
        return lower + word_source[len(lower):]
    return word_source


# "Eleven guests were hurt" reads on after "said that" as "eleven guests".
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                 "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                 "hundreds", "thousands", "millions", "dozens", "several", "few"}


# Words that are never a name: lower case after "that" whatever the article happens to use.
_FUNCTION_WORDS = {
    "a", "an", "the", "this", "that", "these", "those", "there", "it", "its", "they", "their", "he",
    "his", "she", "her", "we", "our", "some", "many", "most", "all", "no", "every", "each", "both",
    "before", "after", "in", "on", "at", "since", "during", "despite", "although", "because",
    "while", "when", "if", "as", "by", "for", "from", "with", "without", "according", "about",
    "among", "under", "over", "between", "until", "unless", "once", "though", "even", "only"}


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w’'])[a-z][a-z’']*", text))


def wording(fact: Quote | Statement, text: str) -> tuple[str, str] | None:
    """How a quotation reads in a question: ("quoted", "“…”") for a quoted sentence, ("words", "“…”")
    for quoted words that are no sentence, ("that", "that …") or
    ("did", "appeared to …") for a reported verb phrase; None where it is too short or a fragment
    that cannot be asked about clearly."""
    from quizapp.generate.evidence import readable

    q = clean_quote(readable(text, fact.start, fact.end))
    if len(q.split()) < QUOTE_MIN_WORDS or q.endswith(("…", "...")) and len(q.split()) < 6:
        return None
    q = _no_loose_tail(trim(q))
    inner_quotes = "“" in q or "”" in q
    if fact.direct and not inner_quotes:
        # "Who said “We will rebuild the bridge”?" for a sentence; "Who used the words “a question of
        # basic fairness”?" for quoted words that are no sentence of their own
        opening = re.search(r"[^\W\d_]", q)
        return ("quoted" if opening is None or opening.group().isupper() else "words"), f"“{q}”"
    first = q.split()[0]
    if first.lower() == "to":
        # "vowed to rebuild the school": the verb of the pledge or claim leads the reported act;
        # an infinitive after any other word is no clause a question can restate
        m = _INFINITIVE_VERB.search(text[max(0, fact.start - 40):fact.start])
        return ("did", f"{m.group(1).lower()} {m.group(2) or ''}{q}") if m else None
    clause_start = first[:1].isupper() or first.lower() in PRONOUNS | {
        "the", "a", "an", "this", "that", "these", "those", "there", "his", "her", "their", "its",
        "our", "my", "some", "many", "most", "all", "no", "any", "every", "each", "both"}
    words = q.split()
    # "taxes would rise …": a bare noun phrase and then a finite auxiliary is a clause too.
    clause_start = clause_start or any(w.lower() in _AUXILIARIES for w in words[1:4])
    if clause_start and not fact.direct and not _reported_clause(fact, text):
        # Words after another verb ("threatened the renewal", "declared a curfew")
        # are its object, not a clause: "who said that a state of emergency?" is no question.
        return None
    if fact.stance == DENIED:
        # "denied that the plant leaked": asked as a denial; a verb phrase after "denied" is not
        # a clause a question can restate safely.
        return ("that", "that " + lower_first(q, text)) if clause_start else None
    if first.lower() in ("he", "she") and len(words) > 2 and words[1] in _REPORTING_VERBS:
        return "did", " ".join(words[1:])  # "he predicted that …": the speaker's own report
    if _cut_short(q):
        return None  # "… with the help of": the rest was a quotation the fact left out
    if re.fullmatch(r"[a-z]+ed", first) and any(w.lower() in _AUXILIARIES for w in words[1:7]):
        clause_start = True  # "unspecified foreign forces were involved": a clause, not a verb phrase
    if clause_start:
        if not _finite(q):
            return None  # "unveiled the plan at the meeting": an object, no clause after "that"
        if _pointing_subject(words, isinstance(fact, Quote)):
            return None  # "… said that this also had nothing to do with it": "this" stands in another sentence
        # "new governments — Lin took office in May — often …": the aside between dashes is the
        # article's, not part of what was said.
        q = re.sub(r"\s+[—–]\s+[^—–]{1,100}?\s+[—–]\s+", " ", q)
        return "that", "that " + lower_first(q, text)
    if re.fullmatch(r"[a-z]+ed", first):
        return "did", q  # "appeared to reject …": the speaker's own reported act
    return None


# Subjects that point back to something the reported clause does not name: asked on its own, "who
# said that this also had nothing to do with it?" leaves the reader to guess what "this" was. A person's "it" and
# "they" point the same way; an organisation's "it" and "they" are mostly the organisation itself.
_POINTING = {"this", "these", "those", "that"}
_POINTING_FOR_PEOPLE = _POINTING | {"it", "they"}
# "it is usual for a new board to ...", "it was likely that ...": an "it" that stands for
# the clause after it, no referent.
_ANTICIPATORY_IT = re.compile(r"(?i)it (?:is|was|has been|had been|will be|would be|remains|seemed|seems) "
                              r"(?:\w+ ){0,2}?(?:\w+ )(?:to|for|that)\b")


def _pointing_subject(words: list[str], person: bool) -> bool:
    first = words[0].lower()
    if first not in (_POINTING_FOR_PEOPLE if person else _POINTING) or len(words) < 2:
        return False
    if first in {"this", "these", "those", "that"} and words[1].lower() not in _AUXILIARIES | {"too", "also"} \
            and not re.fullmatch(r"[a-z]+ed", words[1].lower()):
        return False  # "this year's budget …", "these rules would …": a determiner before a noun names it
    return not (first == "it" and _ANTICIPATORY_IT.match(" ".join(words)))


# Verbs whose infinitive a statement may be ("vowed to ...", "claimed to have ..."), right before it
_INFINITIVE_VERB = re.compile(
    r"\b(vowed|pledged|promised|threatened|claimed|agreed|offered|refused|professed|swore|volunteered)"
    r"\s+(not\s+)?$", re.I)


# Words a statement cannot end on: it was cut before the rest ("… with the help of").
_DANGLING = {"of", "with", "to", "for", "by", "from", "in", "on", "at", "the", "a", "an", "and", "or",
             "but", "as", "that", "than", "into", "about", "its", "their", "his", "her"}


def _cut_short(q: str) -> bool:
    last = re.findall(r"[\w’'-]+|…", q)
    return bool(last) and last[-1].lower() in _DANGLING


def _finite(q: str) -> bool:
    """A clause has a finite verb ("the plant leaked", "taxes would rise"); a noun phrase ("the
    measure at the briefing") has none."""
    from quizapp.generate.questions.parsing import parse_sentence

    if any(w.lower() in _AUXILIARIES for w in q.split()):
        return True  # "was", "would", "has": no parse needed
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in parse_sentence(q.rstrip("…")))


_AUXILIARIES = {"would", "will", "could", "can", "may", "might", "should", "must", "had", "has",
                "have", "was", "were", "is", "are", "did", "does", "do"}


# What stands before a reported clause ("said that …", "told reporters …", "According to X, …")
# or after it ("…, the agency said").
_CLAUSE_BEFORE = re.compile(
    r"(?:\b(?:said|says|say|stated|states|told(?:\s+[\w’'-]+){1,3}?|tells(?:\s+[\w’'-]+){1,3}?|announced|"
    r"announces|added|adds|warned|warns|confirmed|confirms|claimed|claims|argued|argues|noted|notes|"
    r"reported|reports|explained|explains|estimated|estimates|predicted|predicts|insisted|insists|"
    r"denied|denies|admitted|admits|acknowledged|believes|believed|thinks|thought|wrote|writes|"
    r"tweeted|posted|stressed|suggested|suggests|cautioned|conceded|concluded|agreed|"
    r"emphasized|emphasised|maintained|contended|asserted|said\s+on\s+\w+)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?|\bthat\s+|\baccording\s+to\s+[^,.]{1,60},\s*|[,:]\s*)[“\"‘]?$", re.I)
_CLAUSE_AFTER = re.compile(
    r"^[”\"’]?,\s*(?:[\w’'&.-]+\s+){0,6}?(?:said|says|stated|told|added|announced|reported|"
    r"wrote|tweeted|estimated|warned|explained|noted|claimed|according)\b", re.I)


def _reported_clause(fact, text: str) -> bool:
    before = text[max(0, fact.start - 80):fact.start]
    after = text[fact.end:fact.end + 80]
    return bool(_CLAUSE_BEFORE.search(before) or _CLAUSE_AFTER.match(after))


def gives_away(name: str, words: str) -> bool:
    """The prompt names the key ("Who said that Lin's bank …?" for Lin): no question."""
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", words)
               for w in name_words(name) if w.lower() not in dis.STOP and len(w) > 2)


# Reporting verbs a prompt may reuse from the evidence ("the ministry announced that ..." ->
# "Which organisation announced that ...?"); others read as "said".
_PROMPT_VERBS = {"announced", "warned", "confirmed", "reported", "predicted", "estimated",
                 "claimed", "insisted", "argued", "stated", "admitted", "acknowledged"}


def reporting_verb(fact: Quote | Statement, text: str) -> str:
    """The verb a prompt uses for a statement: "denied" for a denial, else the article's own
    verb right before or after the statement where it is a plain reporting verb, else "said"."""
    if fact.stance == DENIED:
        return "denied"
    before = text[max(0, fact.start - 60):fact.start]
    before = re.split(r"[.!?;]\s", before)[-1]
    m = re.search(r"\b([a-z]+)\s+(?:that\s+)?[“\"]?$", before)
    if m and m.group(1) in _PROMPT_VERBS:
        return "stated" if m.group(1) == "stated" else m.group(1)
    # "…,” the agency announced.": the first reporting verb in the next few words of the sentence.
    # (past a quotation's own closing mark and final stop only: "… a year. The minister
    # acknowledged …" is another sentence's verb)
    after = text[fact.end:fact.end + 60]
    closing = re.match(r"[.!?]?\s*[”\"’']", after)
    after = re.split(r"[.!?;]", after[closing.end():] if closing else after)[0]
    for word in re.findall(r"[A-Za-z’'&-]+", after)[:5]:
        if word in _PROMPT_VERBS:
            return word
        if word in ("said", "says", "told", "added", "wrote", "tweeted"):
            break
    return "said"


def who_prompt(kind: str, words: str, verb: str = "said", who: str = "who") -> str:
    """"Who said “…”?", "According to the article, who warned that …?"; `who` is "which
    organisation" for statements."""
    if kind in ("quoted", "words"):
        # (a quotation that ends in its own "?" or "!" ends the question: "Who said “Why stay?”")
        mark = "" if re.search(r"[?!][”\"’']*$", words) else "?"
        if verb == "denied":
            return f"{who[:1].upper()}{who[1:]} issued this denial: {words}{mark}"
        return f"{who[:1].upper()}{who[1:]} {'said' if kind == 'quoted' else 'used the words'} {words}{mark}"
    if kind == "that":
        return f"According to the article, {who} {verb} {words}?"
    return f"According to the article, {who} {words}?"


def claim(kind: str, words: str, name: str, verb: str = "said") -> str:
    if kind == "did":
        return f"{name} {words}"
    if kind == "words" and verb != "denied":
        return f"{name} used the words {words}"
    return f"{name} {verb} {words}"
