"""What every kind of question shares: the facts made ready (people and organisations told apart,
names mapped to their fullest form), seeded draws, slugs, and how a quotation reads in a prompt."""
from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass, field, replace

from quizapp.generate import distractors as dis
from quizapp.generate.affiliations.patterns import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS
from quizapp.generate.facts import SAID, Facts, Quote, Statement
from quizapp.generate.questions.parsing import parse_sentence, parse_sentences

WHO_SAID, AFFILIATION, FIGURE = "who_said", "affiliation", "figure"
# A true/false "X said ..." statement tests the same reading as who-said, but its key is a truth
# value, not a person, so it is tagged with the neighbouring skill for attributing statements.
SOURCES = "sources"
BLANK = "_____"
QUOTE_MIN_WORDS, QUOTE_MAX_WORDS = 4, 24

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "someone", "officials", "analysts"}
# Head nouns that make a name an organisation, not a person: "the Water Service said",
# "the Coastal Survey said", "Riverton Police said".
ORGANISATION_HEADS = {
    "office", "service", "services", "police", "ministry", "department", "agency", "company",
    "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "government", "council", "committee",
    "commission", "institute", "institution", "university", "college", "school", "organization",
    "organisation", "survey", "association", "union", "party", "group", "foundation", "bureau",
    "court", "army", "navy", "forces", "force", "authority", "board", "administration", "network",
    "bank", "fund", "center", "centre", "centers", "centres", "program", "programme", "news",
    "times", "post", "press", "tribune", "herald", "journal", "channel", "club", "team", "league",
    "federation", "hospital", "clinic", "church", "parliament", "senate", "congress",
    "assembly", "brigade", "battalion", "regiment", "division", "corps", "fleet", "squadron",
    "unit", "guard", "guards", "airlines", "airways", "railway", "railways", "media", "radio",
    "television", "tv", "magazine", "newspaper", "observer", "trust", "alliance",
    "coalition", "cabinet", "council", "society", "laboratory", "labs", "secretariat",
    "prosecutors", "firm", "studios", "systems", "industries", "holdings", "partners",
    "nation", "nations", "sheriff's", "department's", "office's",
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
    pronouns: dict[str, str] = field(default_factory=dict)   # person -> "he"/"she", where known (pronouns.py)

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
    an acronym ("WHO", "HSBC") or a name ending in an organisation noun ("Riverton Police")."""
    words = _NAME_WORD.findall(name)
    if not words:
        return False
    if any(dis.same_organisation(name, k) for k in known):
        return True
    letters = re.sub(r"[^A-Za-z]", "", name)
    if len(words) == 1 and len(letters) >= 2 and letters.isupper():
        return True
    return words[-1].lower().strip(".") in ORGANISATION_HEADS


def _surname_alone(text: str, name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    before = re.escape(words[-2])
    return bool(re.search(rf"(?<!{before} )(?<![\w-]){re.escape(words[-1])}(?![\w-])", text))


def _first_mention(text: str, name: str):
    """(start, end) of the sentence of the name's first mention, and the match; or None."""
    from quizapp.generate.evidence import covering

    at = re.search(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])", text)
    if not at:
        return None
    found = covering(text, at.start(), at.end())
    if not found:
        return None
    return found[0].start, found[-1].end, at


def named_as_organisation(text: str, name: str) -> bool:
    """Where the name's form says nothing ("Brightmart said", "Norvale announced"), the parser's
    entity label of its first mention in the article: an organisation, not a person."""

    from quizapp.generate.lexicon import ROLE_NOUNS

    if any(w.lower() in ROLE_NOUNS for w in name.split()[:-1]):
        return False  # "Detective Constable Ana Ruiz": a title makes a person
    if introduced_as_person(text, name):
        return False
    mention = _first_mention(text, name)
    if mention is None:
        return False
    s, e, at = mention
    doc = parse_sentence(text[s:e], entities=True)
    for ent in doc.ents:
        if ent.start_char < at.end() - s and at.start() - s < ent.end_char:
            return ent.label_ in ("ORG", "NORP", "GPE", "FAC", "PRODUCT")
    return False


# Nouns that introduce a person, not an organisation: "an attendee Ana Ruiz said".
_PARTICIPANT_NOUNS = {"attendee", "participant", "witness", "visitor", "protester", "spectator", "bystander",
                      "volunteer", "voter", "customer", "patient", "student", "fan", "worker", "employee"}


def introduced_as_person(text: str, name: str) -> bool:
    """A name the article introduces as a person, whatever a parser's entity label says: after a
    person noun ("an attendee Ana Ruiz", "spokesman Tom Berg"), with a role in apposition ("Tom
    Berg, chief executive of the port,"), or as a member of a body ("Ana Ruiz of the city council")."""
    from quizapp.generate.lexicon import KIN_NOUNS, PERSON_NOUNS, ROLE_NOUNS

    words = name.split()
    n = re.escape(name)
    if len(words) == 1 and not looks_like_organisation(name):
        # "his wife, Amanda,": a relative is a person, even known by one name only
        return re.search(rf"\b(?i:his|her|their)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(KIN_NOUNS))}),?\s+{n}\b", text) is not None
    if len(words) < 2 or looks_like_organisation(name):
        return False
    person_nouns = ROLE_NOUNS | PERSON_NOUNS | KIN_NOUNS | _PARTICIPANT_NOUNS
    for m in re.finditer(rf"\b([a-z][\w-]*)\s+{n}(?![\w-])", text):
        if m.group(1) in person_nouns:
            return True
    for m in re.finditer(rf"(?<![\w-]){n},\s+(?:the\s+|an?\s+)?((?:[a-z][\w-]*\s+){{1,3}})(?:of|at|for|with)\s", text):
        if any(w in ROLE_NOUNS for w in m.group(1).split()):
            return True
    return bool(re.search(rf"(?<![\w-]){n}\s+of\s+the\s+[A-Z]", text))


# Plain nouns for a body that news writing uses in place of its name.
_GENERIC_BODIES = {"authorities", "officials", "police", "government", "officers", "investigators",
                   "prosecutors", "organisers", "organizers", "agency", "ministry", "military", "army",
                   "court", "council", "committee", "company", "firm", "state", "regime", "administration"}


def usable_organisation(name: str, text: str, people: list[str] = ()) -> bool:
    """An organisation a question may name as a key or an option: a name or a description (not a
    bare "agency", "authorities"), not a title's word ("Detective", or "State" of "Secretary of State", "Supreme"
    of "Supreme Leader"), not a person ("Grand Mufti Ana Ruiz", or one introduced as a person)."""
    from quizapp.generate.lexicon import ROLE_NOUNS, TITLE_MODIFIERS

    name = (name or "").strip()
    if not name or (" " not in name and not re.search(r"[A-Z]", name)):
        return False  # "agency", "authorities"; "the region's water authority" names one
    words = [w.lower().strip(".,") for w in name.split()]
    if len(words) == 1 and words[0] in _GENERIC_BODIES:
        return False  # "Authorities said", "Police said": no name a reader could tell apart
    if all(w in ROLE_NOUNS or w in TITLE_MODIFIERS for w in words) and not looks_like_organisation(name):
        return False
    if any(dis.tokens(p) and dis.tokens(p) <= dis.tokens(name) for p in people):
        return False
    if len(words) == 1 and not (len(name) >= 2 and re.sub(r"[^A-Za-z]", "", name).isupper()):
        # A single word every mention of which sits inside a longer capitalised name or title.
        mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        if mentions and all(re.search(r"(?<![\w.])(?!The\s|A\s|An\s)[A-Z][\w.’']*\s+(?:of\s+(?:the\s+)?)?$", text[max(0, m.start() - 30):m.start()])
                            or re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]) for m in mentions):
            return False
    return not introduced_as_person(text, name)


def grounded(text: str, fact) -> bool:
    return 0 <= fact.start < fact.end <= len(text) and text[fact.start:fact.end] == fact.text


# Words written with a full stop that is part of the word, not the end of a sentence: the
# abbreviated titles and name words the affiliations read, the legislators' and courtesy titles
_ABBREVIATED = TITLE_ABBREVIATIONS | {f"{w}." for w in NAME_ABBREVIATIONS} | {"Sen.", "Rep.", "Rev.", "Fr.", "Jr.", "Sr."}


def clean_phrase(text: str | None) -> str:
    """A fact's organisation or role as an option shows it: no leading article, no stray
    punctuation, but an abbreviation keeps its full stop ("Sen.", "Gen.", "Norvel Inc.")."""
    if not text:
        return ""
    t = re.sub(r"\s+", " ", text).strip(" ,;:")
    if not t or t.split()[-1] not in _ABBREVIATED:
        t = t.strip(" ,.;:")
    return re.sub(r"^(?:the|a|an)\s+", "", t.lstrip("."), flags=re.I)


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
    # A name whose form says nothing is left to the entity recogniser, unless the article also
    # calls it by its last word alone ("Ana Ruiz said …" then "Ruiz added"): news writing does so
    # for people, not for organisations.
    all_names = {q.speaker.strip() for q in facts.quotes if is_person(q.speaker)} | affiliated
    unsure = {n for n in all_names - affiliated
              if not any(dis.tokens(n) < dis.tokens(o) for o in all_names) and not _surname_alone(text, n)}
    mentions = [m for m in (_first_mention(text, n) for n in sorted(unsure)) if m]
    parse_sentences([text[s:e] for s, e, _ in mentions], entities=True)
    for q in facts.quotes:
        if not is_person(q.speaker):
            continue
        name = q.speaker.strip()
        if name not in affiliated and (looks_like_organisation(name, orgs) or (
                name in unsure and named_as_organisation(text, name))):
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
        if not usable_organisation(org, text, ctx.people):
            continue  # "which organisation said …?" cannot have a person or "authorities" as its answer
        seen.add((s.start, s.end))
        ctx.statements.append(Statement(org, s.text, s.start, s.end, s.direct, s.stance))
    all_orgs = orgs | {s.organization for s in ctx.statements}
    ctx.organisations = sorted(o for o in all_orgs if o and not any(
        dis.tokens(o) == dis.tokens(p) for p in ctx.people) and usable_organisation(o, text, ctx.people))
    from quizapp.generate.questions.pronouns import referred_as  # (it reads this module's name helpers)

    ctx.pronouns = referred_as(text, ctx.people, [replace(a, person=ctx.person(a.person)) for a in facts.affiliations])
    return ctx


def name_words(name: str) -> list[str]:
    """The capitalised words of a name, as the article would write them ("Maria", "Lindqvist")."""
    return [w for w in re.findall(r"[\w’'&-]+", name) if w[:1].isupper() and len(w) > 1]


def in_passage(name: str, passage: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", passage) for w in name_words(name))


def headline(text: str) -> str:
    """The article's first line where it is a headline: short, no sentence, and text after it."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or len(first.split()) > 25 or re.search(r"[.!?\"”’]$", first):
        return ""
    return first


# ---- ids ----

def slug(text: str, words: int = 4) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words]) or "item"
