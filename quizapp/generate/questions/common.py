"""What every kind of question shares: the facts made ready (people and organisations told apart,
names mapped to their fullest form), seeded draws, slugs, and how a quotation reads in a prompt."""
from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from quizapp.generate import distractors as dis
from quizapp.generate.facts import DENIED, SAID, Facts, Quote, Statement

WHO_SAID, AFFILIATION, FIGURE = "who_said", "affiliation", "figure"
# A true/false "X said ..." statement tests the same reading as who-said, but its key is a truth
# value, not a person, so it is tagged with the neighbouring skill for attributing statements.
SOURCES = "sources"
BLANK = "_____"
QUOTE_MIN_WORDS, QUOTE_MAX_WORDS = 4, 24

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "someone", "officials", "analysts"}
_OPEN_QUOTES = "“‘\"'"
# "he predicted that …" in a reported statement is the speaker reporting; other verbs after "he"
# may be about someone else ("he does not want" in a statement about a third person).
_REPORTING_VERBS = {"predicted", "warned", "claimed", "argued", "suggested", "insisted", "noted",
                    "added", "explained", "stressed", "estimated", "acknowledged", "admitted",
                    "denied", "said", "told", "recalled", "conceded", "cautioned"}
# Head nouns that make a name an organisation, not a person: "the Coroners Service said",
# "the Geological Survey said", "Kamloops Police said".
ORGANISATION_HEADS = {
    "office", "service", "services", "police", "ministry", "department", "agency", "company",
    "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "government", "council", "committee",
    "commission", "institute", "institution", "university", "college", "school", "organization",
    "organisation", "survey", "association", "union", "party", "group", "foundation", "bureau",
    "court", "army", "navy", "forces", "force", "authority", "board", "administration", "network",
    "bank", "fund", "center", "centre", "centers", "centres", "program", "programme", "news",
    "times", "post", "press", "tribune", "herald", "journal", "channel", "club", "team", "league",
    "federation", "hospital", "clinic", "church", "infobase", "parliament", "senate", "congress",
    "assembly", "brigade", "battalion", "regiment", "division", "corps", "fleet", "squadron",
    "unit", "guard", "guards", "airlines", "airways", "railway", "railways", "media", "radio",
    "television", "tv", "magazine", "newspaper", "observer", "reuters", "trust", "alliance",
    "coalition", "cabinet", "council", "society", "laboratory", "labs", "secretariat",
    "prosecutors", "firm", "studios", "systems", "industries", "holdings", "partners", "tribes",
    "tribe", "nation", "nations", "department", "sheriff's", "department's", "office's",
}
_NAME_WORD = re.compile(r"[\w’'&.-]+")


@dataclass
class Context:
    text: str
    facts: Facts
    seed: str = ""
    names: dict[str, str] = field(default_factory=dict)     # any person's name -> fullest name
    quotes: list[Quote] = field(default_factory=list)        # people's, speaker set to the fullest name
    statements: list[Statement] = field(default_factory=list)  # organisations'
    people: list[str] = field(default_factory=list)          # everyone named in the facts
    organisations: list[str] = field(default_factory=list)   # every organisation named in the facts

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{self.seed}:{key}")

    def person(self, name: str) -> str:
        return self.names.get(name.strip(), name.strip())


def is_person(name: str | None) -> bool:
    if not name or not name.strip():
        return False
    words = name.split()
    return name.strip().lower() not in PRONOUNS and any(w[:1].isupper() for w in words)


def looks_like_organisation(name: str, known: set[str] = frozenset()) -> bool:
    """An organisation, by what the article says of it elsewhere (`known` names) or by its form:
    an acronym ("UNICEF", "PG&E") or a name ending in an organisation noun ("Kamloops Police")."""
    words = _NAME_WORD.findall(name)
    if not words:
        return False
    if any(dis.same_organisation(name, k) for k in known):
        return True
    letters = re.sub(r"[^A-Za-z]", "", name)
    if len(words) == 1 and len(letters) >= 2 and letters.isupper():
        return True
    return words[-1].lower().strip(".") in ORGANISATION_HEADS


_PARSED: dict[tuple[str, bool], object] = {}


def parse_sentences(sentences: list[str], entities: bool = False) -> list:
    """Sentences parsed in one batch (several times faster than one by one), each once per
    process; without the entity recogniser unless `entities` is asked for."""
    from quizapp.generate.nlp import pipeline

    todo = list(dict.fromkeys(s for s in sentences if (s, entities) not in _PARSED))
    if todo:
        if len(_PARSED) > 2000:
            _PARSED.clear()
        nlp = pipeline()
        # Without entities, the lemmatizer is left out too: `lemmas(doc)` adds lemmas on demand.
        disable = [] if entities else [p for p in ("ner", "lemmatizer") if p in nlp.pipe_names]
        for sentence, doc in zip(todo, nlp.pipe(todo, disable=disable)):
            _PARSED[(sentence, entities)] = doc
    return [_PARSED[(s, entities)] for s in sentences]


def parse_sentence(sentence: str, entities: bool = False):
    return parse_sentences([sentence], entities)[0]


def lemmas(doc):
    """`doc` with lemmas, for the few parses that need a verb's base form ("did … kill")."""
    from quizapp.generate.nlp import pipeline

    nlp = pipeline()
    if "lemmatizer" in nlp.pipe_names and not all(t.lemma_ for t in doc if t.pos_ in ("VERB", "AUX")):
        nlp.get_pipe("lemmatizer")(doc)
    return doc


def _first_mention(text: str, name: str):
    """(start, end) of the sentence of the name's first mention, and the match; or None."""
    from quizapp.generate.evidence import covering

    at = re.search(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])", text)
    if not at:
        return None
    found = covering(text, at.start(), at.end())
    if not found:
        return None
    # A window of the sentence around the name is enough context for its label, and quicker.
    start = max(found[0].start, at.start() - 50)
    end = min(found[-1].end, at.end() + 50)
    while start > found[0].start and not text[start - 1].isspace():
        start -= 1
    while end < found[-1].end and not text[end].isspace():
        end += 1
    return start, end, at


def named_as_organisation(text: str, name: str) -> bool:
    """Where the name's form says nothing ("Coles said", "Halvorsen announced"), the parser's
    entity label of its first mention in the article: an organisation, not a person."""

    from quizapp.generate.lexicon import ROLE_NOUNS

    if any(w.lower() in ROLE_NOUNS for w in name.split()[:-1]):
        return False  # "Detective Constable Ana Ruiz": a title makes a person
    mention = _first_mention(text, name)
    if mention is None:
        return False
    s, e, at = mention
    doc = parse_sentence(text[s:e], entities=True)
    for ent in doc.ents:
        if ent.start_char < at.end() - s and at.start() - s < ent.end_char:
            return ent.label_ in ("ORG", "NORP", "GPE", "FAC", "PRODUCT")
    return False


def grounded(text: str, fact) -> bool:
    return 0 <= fact.start < fact.end <= len(text) and text[fact.start:fact.end] == fact.text


def clean_phrase(text: str | None) -> str:
    if not text:
        return ""
    t = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return re.sub(r"^(?:the|a|an)\s+", "", t, flags=re.I)


def build_context(text: str, facts: Facts) -> Context:
    """Facts made ready: quotations whose speaker is an organisation are that organisation's
    statements, so people and organisations never share an option list."""
    ctx = Context(text, facts, seed=hashlib.sha256(text.encode("utf-8")).hexdigest())
    orgs = {clean_phrase(s.organization) for s in facts.statements if s.organization}
    orgs |= {clean_phrase(a.organization) for a in facts.affiliations if a.organization}
    orgs.discard("")
    affiliated = {a.person.strip() for a in facts.affiliations if is_person(a.person)}
    people_quotes, org_statements = [], []
    # The sentences the entity recogniser must read, parsed in one batch.
    unsure = {q.speaker.strip() for q in facts.quotes if is_person(q.speaker)} - affiliated
    mentions = [m for m in (_first_mention(text, n) for n in sorted(unsure)) if m]
    parse_sentences([text[s:e] for s, e, _ in mentions], entities=True)
    for q in facts.quotes:
        if not is_person(q.speaker):
            continue
        name = q.speaker.strip()
        if name not in affiliated and (looks_like_organisation(name, orgs) or (
                not re.search(r"^(?:Dr|Mr|Mrs|Ms|Prof)\b", name) and named_as_organisation(text, name))):
            org_statements.append(Statement(clean_phrase(q.speaker), q.text, q.start, q.end, q.direct,
                                            getattr(q, "stance", SAID)))
        else:
            people_quotes.append(q)
    named = [q.speaker for q in people_quotes] + sorted(affiliated)
    ctx.names = dis.fullest_names(named)
    ctx.people = sorted(set(ctx.names.values()))
    seen: set[tuple[int, int]] = set()
    for q in sorted(people_quotes, key=lambda q: (q.start, q.end)):
        if not grounded(text, q) or (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        ctx.quotes.append(Quote(ctx.person(q.speaker), q.text, q.start, q.end, q.direct,
                                getattr(q, "stance", SAID)))
    for s in sorted([*facts.statements, *org_statements], key=lambda s: (s.start, s.end)):
        org = clean_phrase(s.organization)
        if not org or not grounded(text, s) or (s.start, s.end) in seen:
            continue
        seen.add((s.start, s.end))
        ctx.statements.append(Statement(org, s.text, s.start, s.end, s.direct, s.stance))
    all_orgs = orgs | {s.organization for s in ctx.statements}
    ctx.organisations = sorted(o for o in all_orgs if o and not any(
        dis.tokens(o) == dis.tokens(p) for p in ctx.people))
    return ctx


def name_words(name: str) -> list[str]:
    """The capitalised words of a name, as the article would write them ("Maria", "Lindqvist")."""
    return [w for w in re.findall(r"[\w’'&-]+", name) if w[:1].isupper() and len(w) > 1]


def in_passage(name: str, passage: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", passage) for w in name_words(name))


# ---- wording -----------------------------------------------------------------------------------

def slug(text: str, words: int = 4) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words]) or "item"


def trim(text: str, max_words: int = QUOTE_MAX_WORDS) -> str:
    """A long quotation cut at a clause boundary (or a word) with an ellipsis."""
    words = text.split()
    if len(words) <= max_words:
        return text
    head = " ".join(words[:max_words])
    cut = max(head.rfind(sep) for sep in (",", ";", " —", " –", ":"))
    if cut >= len(" ".join(words[: max_words // 2])):
        head = head[:cut]
    return head.rstrip(" ,;:—–") + "…"


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
    return q


def lower_first(word_source: str, text: str) -> str:
    """Lower-case the first word where the article also writes it in lower case ("The" -> "the"),
    so a reported statement reads on after "said that"; names keep their capital."""
    m = re.match(r"([A-Z][a-z’']*)(?=[\s,;:]|$)", word_source)
    if not m or m.group(1) == "I":
        return word_source
    lower = m.group(1).lower()
    if lower in _FUNCTION_WORDS or lower in _lower_case_words(text):
        return lower + word_source[len(lower):]
    return word_source


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
    """How a quotation reads in a question: ("quoted", "“…”"), ("that", "that …") or
    ("did", "appeared to …") for a reported verb phrase; None where it is too short or a fragment
    that cannot be asked about clearly."""
    from quizapp.generate.evidence import readable

    q = clean_quote(readable(text, fact.start, fact.end))
    if len(q.split()) < QUOTE_MIN_WORDS or q.endswith(("…", "...")) and len(q.split()) < 6:
        return None
    q = trim(q)
    inner_quotes = "“" in q or "”" in q
    if fact.direct and not inner_quotes:
        return "quoted", f"“{q}”"
    first = q.split()[0]
    clause_start = first[:1].isupper() or first.lower() in PRONOUNS | {
        "the", "a", "an", "this", "that", "these", "those", "there", "his", "her", "their", "its",
        "our", "my", "some", "many", "most", "all", "no", "any", "every", "each", "both"}
    words = q.split()
    # "taxes would rise …": a bare noun phrase and then a finite auxiliary is a clause too.
    clause_start = clause_start or any(w.lower() in _AUXILIARIES for w in words[1:4])
    if clause_start and not fact.direct and not _reported_clause(fact, text):
        # Words after another verb ("threatened the renewal", "declared a state of emergency")
        # are its object, not a clause: "who said that a state of emergency?" is no question.
        return None
    if fact.stance == DENIED:
        # "denied that the plant leaked": asked as a denial; a verb phrase after "denied" is not
        # a clause a question can restate safely.
        return ("that", "that " + lower_first(q, text)) if clause_start else None
    if first.lower() in ("he", "she") and len(words) > 2 and words[1] in _REPORTING_VERBS:
        return "did", " ".join(words[1:])  # "he predicted that …": the speaker's own report
    if clause_start:
        return "that", "that " + lower_first(q, text)
    if re.fullmatch(r"[a-z]+ed", first):
        return "did", q  # "appeared to reject …": the speaker's own reported act
    return None


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
    r"^[”\"’]?[,.]?\s*(?:[\w’'&.-]+\s+){0,6}?(?:said|says|stated|told|added|announced|reported|"
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
    after = re.split(r"[.!?;]", text[fact.end:fact.end + 60].lstrip(".!?"))[0]
    for word in re.findall(r"[A-Za-z’'&-]+", after)[:5]:
        if word in _PROMPT_VERBS:
            return word
        if word in ("said", "says", "told", "added", "wrote", "tweeted"):
            break
    return "said"


def who_prompt(kind: str, words: str, verb: str = "said", who: str = "who") -> str:
    """"Who said “…”?", "According to the article, who warned that …?"; `who` is "which
    organisation" for statements."""
    if kind == "quoted":
        if verb == "denied":
            return f"{who[:1].upper()}{who[1:]} issued this denial: {words}?"
        return f"{who[:1].upper()}{who[1:]} said {words}?"
    if kind == "that":
        return f"According to the article, {who} {verb} {words}?"
    return f"According to the article, {who} {words}?"


def claim(kind: str, words: str, name: str, verb: str = "said") -> str:
    if kind == "did":
        return f"{name} {words}"
    return f"{name} {verb} {words}"
