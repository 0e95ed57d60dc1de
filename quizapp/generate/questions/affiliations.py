"""Who belongs where: "Ada Lin is the governor of which organisation?", "Which organisation does
Ada Lin belong to?" (options only organisations), and "How does the article describe Ada Lin?"
(options only roles)."""
from __future__ import annotations

import random
import re
from dataclasses import replace
from functools import lru_cache

from quizapp.banks.model import Evidence, Question
from quizapp.generate import distractors as dis
from quizapp.generate import numbers
from quizapp.generate.evidence import evidence, sentence_span, sentences
from quizapp.generate.facts import Affiliation
from quizapp.generate.affiliations.patterns import PARTY_OF_MEMBER, singular_role
from quizapp.generate.lexicon import DESCRIPTIVE_ADJECTIVES, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS
from quizapp.generate.questions.common import (
    AFFILIATION, ORGANISATION_HEADS, Context, clean_phrase, headline, is_person, slug, usable_organisation,
)

MAX_ORGANISATION = 5
MAX_ROLE = 4
MATCH_ROLES_FROM = 3    # descriptions of this many people are one matching question
MATCH_ROWS = 4          # at most, in one matching question
_UNIT_WORDS = {"brigade", "battalion", "regiment", "division", "corps", "army", "fleet", "squadron",
               "company", "platoon", "unit", "force", "guard"}
# Heads of a role that leads what it names: "the president of the club" -> "which organisation
# does she lead?" would be as right as "... is the president of which organisation?".
_ONE_OF_A_KIND = {"president", "chairman", "chairwoman", "chair", "ceo", "head", "director",
                  "founder", "co-founder", "leader", "chief", "governor", "mayor", "editor",
                  "secretary-general", "commander", "owner", "dean", "principal", "coach",
                  "spokesman", "spokeswoman", "spokesperson", "minister", "chancellor"}


def _evidence(ctx: Context, aff: Affiliation) -> Evidence | None:
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


def _role_link(ctx: Context, aff: Affiliation, role: str, org: str) -> str | None:
    """"research fellow at" where the article writes the role, a preposition and the organisation
    ("a visiting lecturer at the Institute"), so the prompt can say "… is a visiting lecturer at which
    organisation?"; None where the article does not link them so."""
    span = ctx.text[max(0, aff.start - 80):aff.end + 80]
    m = re.search(rf"{re.escape(role)}\s+(at|of|with|for)\s+(?:the\s+)?{re.escape(org)}", span, re.I)
    if not m or not re.fullmatch(r"[a-z][a-z -]*", role):
        return None
    if org.split()[-1].lower() in role.lower().split():
        return None  # "a board member of which organisation?" would point at the one Board
    head = role.split()[-1].lower()
    det = "the" if head in _ONE_OF_A_KIND else ("an" if role[0] in "aeiou" else "a")
    return f"{det} {role} {m.group(1)}"


def _party(org: str) -> bool:
    """A political party, named so by its last word ("Labour Party", "Sozialdemokratische Partei")."""
    return org.split()[-1].lower() in {"party", "partei", "parti", "partido", "partito"}


def _org_prompt(ctx: Context, aff: Affiliation, person: str, org: str, role: str) -> str:
    unit = org.split()[-1].lower()
    former = bool(re.search(r"\b(?:former|ex-|retired|late|then-)\b", role, re.I)) if role else False
    # "X had previously represented Y in the Assembly": a tie the linking words date to the past
    former = former or not role and re.search(r"\b(?:previously|formerly|once|used to|until)\b",
                                              ctx.text[max(0, aff.start - 25):aff.end]) is not None
    if _party(org):
        return f"According to the article, which party {'did' if former else 'does'} {person} belong to?"
    if unit in _UNIT_WORDS:
        return f"According to the article, which {unit} does {person} serve with?"
    link = _role_link(ctx, aff, role, org) if role else None
    if link:
        verb = "was" if former else "is"
        return f"According to the article, {person} {verb} {link} which organisation?"
    return f"According to the article, which organisation {'did' if former else 'does'} {person} belong to?"


def _head(role: str) -> str:
    """The noun a role names ("cellist" in "jazz cellist", "minister" in "minister of health")."""
    first, _, rest = role.lower().partition(" of ")
    if first.strip() == "one" and rest:
        # "one of the report's editors" is an editor: the noun of the group, in the singular
        last = rest.split()[-1]
        return singular_role(last) or (last[:-1] if last.endswith("s") else last)
    words = first.split()
    return words[-1] if words else ""


def _usable_role(role: str) -> bool:
    """A role a question may ask: not a family tie ("sister" of someone is no post in an
    organisation), not a bare "chief" or "head", not a title cut in two, and not a phrase that
    runs on into a verb ("chair of the panel decided")."""
    words = role.split()
    if not words or _head(role) in KIN_NOUNS or role.lower() in _INCOMPLETE_ROLES:
        return False
    if re.match(r"[\w-]+ and [A-Z]", role):
        return False  # "Trade and Minister of Tourism": a title cut out of "Minister of Trade and Tourism"
    return not (len(words) >= 3 and re.fullmatch(r"[a-z]+ed", words[-1]))


# Family ties: "the sister of Ana Ruiz" names no post in an organisation.
KIN_NOUNS = {"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "mom", "dad", "aunt",
             "uncle", "niece", "nephew", "cousin", "grandfather", "grandmother", "grandson", "granddaughter",
             "sibling", "twin", "widow", "widower", "fiancee", "fiancé", "stepfather", "stepmother", "stepson",
             "stepdaughter", "girlfriend", "boyfriend"}
# A bare word that needs "of what" to describe anyone ("chief" of the council, "head" of the unit,
# "director" of the agency, "founder" of the firm): the teacher review found "president" keyed for
# the president of a university, cut short of what the article says.
_INCOMPLETE_ROLES = {"chief", "head", "member", "leader", "official", "representative", "director", "president",
                     "vice president", "chairman", "chairwoman", "chair", "chairperson", "secretary", "treasurer",
                     "commissioner", "administrator", "contributor", "founder", "co-founder", "cofounder",
                     "fellow", "adviser", "advisor", "alumnus", "alumna", "developer", "co-developer", "editor",
                     "manager", "executive", "partner", "deputy", "assistant", "spokesman", "spokeswoman",
                     "spokesperson", "owner", "employee", "staffer", "trustee", "governor", "speaker"}


# Words before a role that describe the person, not the post: "a fellow cellist", "a great
# cellist", "a Westlandic minister" may be as true of the Fisheries Minister.
_LOOSE_MODIFIERS = DESCRIPTIVE_ADJECTIVES | {"fellow", "great", "top", "leading", "veteran", "longtime", "former",
                                             "senior", "well-known", "noted", "star", "lifelong"}
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ian|i|ch|ic)$")


def _loose(role: str) -> bool:
    """A role whose words before its noun only describe ("fellow cellist", "Westlandic
    politician", "minister")."""
    words = role.split(" of ")[0].split()[:-1]
    return all(w.lower() in _LOOSE_MODIFIERS or _NATIONALITY.fullmatch(w) or w in ("South", "North", "New")
               for w in words)


def _also_true(key: str, cand: str) -> bool:
    """Two descriptions of the same kind of person, one of them a loose one ("jazz cellist"
    beside "fellow cellist", "Fisheries Minister" beside "Westlandic minister"): the wrong
    one may be as true of the person as the right one. Two posts ("Housing Minister", "Tourism
    Minister", "culture secretary", "party secretary") stay apart."""
    return _head(key) == _head(cand) and (_loose(key) or _loose(cand))


def _one_person(role: str | None) -> str | None:
    """"Foreign Ministers" -> "Foreign Minister": a title the article writes in the plural over
    several names (the fact keeps it as written) describes each of them in the singular."""
    if not role:
        return role
    head, sep, rest = role.partition(" of ")
    words = head.split()
    single = singular_role(words[-1].lower()) if words else None
    if single is None:
        return role
    words[-1] = single.capitalize() if words[-1][:1].isupper() else single
    return " ".join(words) + sep + rest


def _shares_a_name_word(a: str, b: str) -> bool:
    """Two organisations' names share a distinctive word ("House", not "Party" or "National")."""
    def words(name: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Z][\w’'-]{3,}", name)
                if w.lower() not in ORGANISATION_HEADS | _GENERIC_NAME_WORDS}
    return bool(words(a) & words(b))


_GENERIC_NAME_WORDS = {"national", "international", "united", "states", "american", "british", "european",
                       "federal", "royal", "general", "central", "public", "social", "democratic", "republican",
                       "people's", "world", "global", "new", "north", "south", "east", "west", "city", "state"}


def ask_affiliations(ctx: Context) -> list[Question]:
    facts = [replace(a, role=_one_person(a.role)) for a in ctx.facts.affiliations]
    facts = [a for a in facts if is_person(a.person)
             and not (clean_phrase(a.role) and _head(clean_phrase(a.role)) in KIN_NOUNS)]
    orgs_of: dict[str, set[str]] = {}
    roles_of: dict[str, set[str]] = {}
    for a in facts:
        p = ctx.person(a.person)
        if clean_phrase(a.organization) and usable_organisation(clean_phrase(a.organization), ctx.text, ctx.people):
            orgs_of.setdefault(p, set()).add(clean_phrase(a.organization))
        if clean_phrase(a.role) and _usable_role(clean_phrase(a.role)):
            roles_of.setdefault(p, set()).add(clean_phrase(a.role))
    aff_orgs = sorted(set().union(*orgs_of.values())) if orgs_of else []
    all_roles = sorted(set().union(*roles_of.values())) if roles_of else []
    # Organisations the article quotes are organisations too: wrong options after the affiliated ones.
    stated_orgs = [o for o in ctx.organisations if o not in aff_orgs]
    org_questions, role_questions, asked = [], [], set()
    described: dict[str, str] = {}  # role question id -> the person it describes
    # a description inside someone's quoted words is theirs, not the article's ("How does the
    # article describe X?" must not be answered from a speaker's “X, the leader of the gang, ...”)
    quoted = [(q.start, q.end) for q in ctx.facts.quotes if q.direct]
    for a in sorted(facts, key=lambda a: (a.start, a.end)):
        if any(lo <= a.start < hi for lo, hi in quoted):
            continue
        person = ctx.person(a.person)
        ev = _evidence(ctx, a)
        if ev is None:
            continue
        org, role = clean_phrase(a.organization), clean_phrase(a.role)
        org = org if org in orgs_of.get(person, ()) else ""
        said_role = role  # "the leader of which organisation?" may use a role not asked itself
        role = role if role in roles_of.get(person, ()) else ""
        for what, key, own, pool in (("org", org, orgs_of, aff_orgs), ("role", role, roles_of, all_roles)):
            if not key or (person, what, key.lower()) in asked:
                continue
            if what == "role" and (_bare_office(key) or _in_headline(ctx.text, key)):
                continue  # "Putin: President", "Boseman: US actor" beside a headline that says so
            rng = ctx.rng(f"aff:{what}:{person}:{key}")
            mine = own.get(person, set())
            others = [o for o in pool if o not in mine]
            if what == "role":
                owners = {r: {p for p, rs in roles_of.items() if r in rs} for r in others}
                # (nor "musician" beside "singer", nor "senator" beside "Senate President": also true)
                others = [o for o in others if not _also_true(key, o) and not _said_of(ctx.text, person, o, owners[o])
                          and not any(_kind_of(m, o) for m in mine)
                          and PARTY_OF_MEMBER.get(o.split()[-1]) not in orgs_of.get(person, ())]
                # (nor "Democrat" for a senator of the Democratic Party, "(D-Ohio)": also true)
            tiers = [others]
            if what == "org":
                tiers.append(stated_orgs)
                # A party and a body are not either-or: a member of parliament belongs to both. A
                # party is asked among parties only, and a body never among parties.
                tiers = [[o for o in tier if _party(o) == _party(key)] for tier in tiers]
                # "House of Representatives" beside "House Oversight Committee": one may be part of
                # the other, and a member of the one sits in the other too
                tiers = [[o for o in tier if not _shares_a_name_word(o, key)] for tier in tiers]
                if numbers.find_quantity(key) and key.split()[-1].lower() in _UNIT_WORDS:
                    # A numbered unit ("3rd Battalion"): other units of the same kind first.
                    same_kind = [o for o in others if o.split()[-1].lower() == key.split()[-1].lower()]
                    tiers = [same_kind, _varied(key, rng), others]
            wrong = dis.choose(key, tiers, rng, avoid=[m for m in mine if m != key])
            if len(wrong) < 2:
                continue
            asked.add((person, what, key.lower()))
            if what == "org":
                prompt = _org_prompt(ctx, a, person, key, said_role if _head(said_role) not in KIN_NOUNS else "")
                if role and role in prompt:
                    asked.add((person, "role", role.lower()))  # the prompt gives the role away
                org_questions.append(Question(
                    id=f"affiliation-{slug(person.split()[-1], 1)}-{slug(key, 3)}", type="single_choice",
                    skill=AFFILIATION, prompt=prompt,
                    options=dis.ordered(key, wrong), answer=key, evidence=[ev]))
            else:
                qid = f"role-{slug(person.split()[-1], 1)}-{slug(key, 3)}"
                described[qid] = person
                key, wrong = _one_case(key, wrong)
                role_questions.append(Question(
                    id=qid, type="single_choice",
                    skill=AFFILIATION, prompt=f"How does the article describe {person}?",
                    options=dis.ordered(key, wrong), answer=key, evidence=[ev]))
    # A person asked about their organisation is not asked about their role too, unless there is room.
    with_org = {q.id.split("-")[1] for q in org_questions[:MAX_ORGANISATION]}
    roles = sorted(role_questions, key=lambda q: q.id.split("-")[1] in with_org)
    out = org_questions[:MAX_ORGANISATION] + _roles_matched(ctx.text, roles[:MAX_ROLE + 2], described, roles_of,
                                                            ctx.rng("aff:match"))[:MAX_ROLE]
    return sorted(out, key=lambda q: q.evidence[0].start)


def _roles_matched(text: str, roles: list[Question], described: dict[str, str], roles_of: dict[str, set[str]],
                   rng: random.Random) -> list[Question]:
    """Descriptions of three or more people, asked one by one, share one list of options in which
    every other question's key is a wrong option: the last is got by elimination and the one before
    by a coin. They are asked as one matching question, one row per person (a person's second
    description would fit either row), with one or two descriptions of no one in it among the
    options so that the last row is not given. Where the article has no such description, the
    first two stay single choice."""
    group: list[Question] = []
    for q in sorted(roles, key=lambda q: q.evidence[0].start):
        # "President" beside "Russian president" fits both people: one of them stays single choice
        person = described[q.id]
        if person in {described[g.id] for g in group} or any(
                _fits_both(str(q.answer), str(g.answer))
                or _said_of(text, person, str(g.answer), {described[g.id]})
                or _said_of(text, described[g.id], str(q.answer), {person}) for g in group):
            continue
        group.append(q)
    # a row fewer than there are people, so another's description is left over as a wrong label
    group = group[:min(MATCH_ROWS, len({described[q.id] for q in roles}) - 1)]
    if len(group) < MATCH_ROLES_FROM:
        return sorted(roles, key=lambda q: q.evidence[0].start)[:2]
    answer = [str(q.answer) for q in group]
    rows = {described[q.id] for q in group}
    # wrong labels: other people's descriptions that fit no one in the rows
    spare = sorted({r for p, rs in roles_of.items() if p not in rows for r in rs} - set(answer))
    spare = [r for r in spare if not any(_fits_both(r, k) for k in answer + [x for p in rows for x in roles_of.get(p, ())])
             and not any(_said_of(text, p, r, {o for o, rs in roles_of.items() if r in rs}) for p in rows)]
    if not spare:
        return sorted(roles, key=lambda q: q.evidence[0].start)[:2]
    rng.shuffle(spare)
    answer, labels = _one_case(answer, spare[:2])
    # (the other descriptions are not asked one by one beside it: their options would be its labels)
    return [Question(
        id="match-roles-1", type="matching", skill=AFFILIATION,
        prompt="Match each person to how the article describes them. Not every description is used.",
        options=dis.ordered(answer, labels), answer=answer,
        evidence=[q.evidence[0] for q in group], extra={"prompts": [described[q.id] for q in group]})]


def _one_case(key, wrong: list[str]):
    """(key, wrong options) with one case for their first letters: where the article writes one
    label before a name ("Police Chief X") and another in lower case ("the harbour master, X"),
    the odd one out must not give the key away by its case alone; so where the first letters mix
    cases, every label starts with a capital (labels all in lower case, or all capitalised, stay)."""
    keys = key if isinstance(key, list) else [key]
    firsts = {label[:1].isupper() for label in [*keys, *wrong] if label[:1].isalpha()}
    if len(firsts) < 2:
        return key, wrong

    def upper(label: str) -> str:
        return label[:1].upper() + label[1:]
    return ([upper(k) for k in keys] if isinstance(key, list) else upper(key)), [upper(w) for w in wrong]


def _fits_both(a: str, b: str) -> bool:
    """Two labels a reader may not tell apart in one matching question: one restates the other
    ("Senator" and "Westland Senator from the North"), describes the same kind of person, or names
    a kind the other is ("musician" and "singer"; "Senate President" and "senator")."""
    return a.lower() == b.lower() or _also_true(a, b) or _also_true(b, a) or dis.restates(a, b) \
        or _kind_of(a, b) or _kind_of(b, a)


# Words for a kind of person and the kinds within it: a singer is a musician, a senator a lawmaker
_KINDS = {
    "musician": {"singer", "guitarist", "drummer", "pianist", "violinist", "cellist", "bassist", "rapper", "composer",
                 "vocalist", "songwriter", "trumpeter", "saxophonist", "conductor", "singer-songwriter"},
    "artist": {"painter", "sculptor", "singer", "musician", "photographer", "illustrator", "rapper", "actor", "actress"},
    "performer": {"singer", "actor", "actress", "dancer", "comedian", "musician", "rapper"},
    "journalist": {"reporter", "correspondent", "editor", "columnist", "anchor", "presenter", "broadcaster"},
    "scientist": {"biologist", "physicist", "chemist", "geologist", "astronomer", "researcher", "epidemiologist",
                  "virologist", "ecologist", "archaeologist", "anthropologist", "seismologist", "meteorologist"},
    "lawmaker": {"senator", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
                 "assemblymember", "legislator", "mp", "councillor", "councilor", "councilman", "councilwoman"},
    "politician": {"senator", "representative", "mayor", "governor", "minister", "lawmaker", "legislator", "mp",
                   "councillor", "congressman", "congresswoman", "assemblyman", "assemblywoman", "president"},
    "writer": {"author", "novelist", "poet", "journalist", "columnist", "playwright", "screenwriter"},
    "author": {"novelist", "poet", "writer"},
    "doctor": {"surgeon", "physician", "paediatrician", "pediatrician", "psychiatrist"},
    "physician": {"surgeon", "paediatrician", "pediatrician", "psychiatrist"},
    "athlete": {"player", "runner", "swimmer", "cyclist", "boxer", "footballer", "sprinter", "skier", "wrestler"},
    "actor": {"actress"},
}
_KINDS["legislator"] = _KINDS["lawmaker"]
# A chamber's word in a title and the word for its members: a "Senate President" is a senator
_CHAMBERS = {"senate": {"senator"}, "assembly": {"assemblyman", "assemblywoman", "assemblymember"},
             "parliament": {"mp"}, "congress": {"congressman", "congresswoman"},
             "council": {"councillor", "councilor", "councilman", "councilwoman", "councilmember"}}


def _kind_of(a: str, b: str) -> bool:
    """Whether label `b` names a kind of person that label `a` is too: its head is a kind within
    `a`'s head, or `a` holds a post in the chamber whose members `b` names."""
    head_a, head_b = _head(a), _head(b)
    if head_a in _KINDS.get(head_b, ()):
        return True
    words = set(a.lower().split())
    return any(head_b in members for chamber, members in _CHAMBERS.items() if chamber in words)


# Offices of heads of state, government and churches: as a bare description ("President", "Queen",
# "Pope") they test general knowledge of famous people more than reading, and fit many.
HEAD_OFFICES = {"president", "prime minister", "premier", "chancellor", "queen", "king", "pope", "emperor",
                "empress", "monarch", "prince", "princess", "sultan", "emir", "dictator"}


# The offices of a country's head that readers know their holders by ("Ruritanian Chancellor Ana
# Ruiz", "Westlandic President"): with only a country's name before them, a general-knowledge question
NATIONAL_OFFICES = HEAD_OFFICES | {"secretary-general", "secretary general", "vice president", "vice-president"}


def _bare_office(role: str) -> bool:
    """"President", "Ruritanian Chancellor", "former Westlandic President": a head office with at most
    a country's name (and "former") before it."""
    words = role.split()
    while words and (words[0].lower() == "former" or words[0][:1].isupper() and words[0].lower() not in _OFFICE_WORDS):
        words = words[1:]
    rest = " ".join(words).lower()
    before = [w.lower() for w in role.split()[:len(role.split()) - len(words)] if w.lower() != "former"]
    return rest in NATIONAL_OFFICES and len(before) <= 2 and not set(before) & (GROUP_NAME_ENDINGS | INSTITUTION_NOUNS)


_OFFICE_WORDS = {w for office in NATIONAL_OFFICES for w in office.split()}


def _in_headline(text: str, role: str) -> bool:
    """Whether the headline gives the description: every word of it."""
    words = dis.tokens(role)
    return bool(words) and words <= dis.tokens(headline(text))


def _said_of(text: str, person: str, label: str, owners: set[str]) -> bool:
    """Whether the article says the label of the person too: a sentence (the headline among them) that
    names the person and holds every word of the label, without naming whoever it was found for
    ("Former harbour master Ana Ruiz retires" makes "former harbour master", found for another
    woman, no wrong option for Ruiz)."""
    words = dis.tokens(label)
    if not words or not person.split():
        return False
    return any(_names(person, sentence) and words <= sentence_words and not any(
        _names(o, sentence) for o in owners if o != person) for sentence, sentence_words in _sentence_words(text))


def _names(name: str, sentence: str) -> bool:
    """Whether the sentence names the person by their last name."""
    return bool(name.split()) and re.search(r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])", sentence) is not None


@lru_cache(maxsize=8)
def _sentence_words(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The article's sentences with their content words, found once per article."""
    return tuple((text[s.start: s.end], frozenset(dis.tokens(text[s.start: s.end]))) for s in sentences(text))
