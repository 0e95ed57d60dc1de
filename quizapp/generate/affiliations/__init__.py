"""Who belongs where: a person's role and organisation as the article states them.

Patterns: a title before the name ("Maltese Fisheries Minister X", "UN chief X", "US actor X"),
with the organisation after it ("Detective X of the regional police"), an appositive after it
("X, a research director at the Y Institute, ..."; "X said, a former ambassador to Y"), a second
appositive joined by "and" ("... of Y and now a fellow at Z"), "X of Y", a possessive ("Y's X",
"X's party, Y"), a relative clause ("X, who founded Y", "X, 39, who works on logistics for Y"),
a school attended ("X attended Y", "his studies at Y") and a plural title over several names
("Ministers X and Z"). Stacked titles ("chairperson and co-founder") are one link each.
A title with a place or an organisation after "of"/"from" before the name ("Governor of Westland X",
"Representative from Westland X", "director of the Harbour Trust X"), the place kept out of the name,
and a group member before the name ("One of the report's authors, X,").

Links stated by a clause, with a name or he/she as subject: a job noun after "be" ("X is Y's
Professor of Z and a fellow of W", "He was a teacher at Y"), verbs that tie their subject to an
organisation ("X founded/heads/runs/works for/served in/joined Y", "X started a company, Y",
"X was hired by Y", "X has been with Y", "X spent 20 years at Y"), a post held ("taking a job at
Y", "her tenure at Y"), a degree earned ("a PhD from Y University"), and appointments (named,
elected, became). Also: abbreviated titles ("Lt. Gov. X"), "According to ROLE, X,", a shared
appositive ("X and Y, both researchers at Z"), "X with Y said" (US style), an owner's possessive
before an appositive role ("the family's lawyer"; a place's goes into the role), a pronoun's own
organisation ("Her company, Y,"). A pronoun in reported speech or a quotation is nobody's.

Also: a title with an "of"/"for" complement before the name ("speaker of the assembly X") and two
titles joined by "and" ("Minister for Energy and Minister of Transport X"), a post served in or held
("served as treasurer", "held the post of Chair"), a party noun before the name ("Republican X"),
a two-word playing position ("Westport half back X"), and group membership stated by a clause
("X and Y formed Z", "X was in the band Z with Y", "the band Z, where he met bassist Y",
"X and Y are members of Z").

Also: "Y, whose chair is X," and "Y, whose chair, X,", "Y, led/chaired/owned by X", a seat on a
board or a legislature ("sits on the board of Y", "represents Marlow in the Y Assembly", "the top
Republican on the Y Committee"), a party in brackets or as a member's noun ("X (Labour)", "Democrat
X", "X, a Texas Republican,"), "one of the founders of Y", a profession over coordinated names ("His
parents, X and Z, were farmers"), a second post after "X of Y and", a field written in capitals
("Head of Policy at Y"). No post: a road user in a reported crash ("killed motorcyclist X"), "the
elder X", someone's boss or deputy, a colleague ("who works with X"), a place one stands at.

Only people get links: names of groups, works, characters and names used as modifiers do not.
A headline's link goes when the body links the same person (one link, not two spellings).

The finders live in modules by concern: persons (who is a person), titles (titles before names,
plural titles), organisations (what an organisation name is, "X of Y"), appositives (roles beside
a name), references (possessives, pronouns), appointments and clauses (links stated by a verb).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from quizapp.generate.facts import Affiliation
from quizapp.generate.lexicon import (
    CANDIDACY_NOUNS, CLUB_NAME_ENDINGS, MILITARY_RANKS, MONTHS, NAME_TITLES, ROAD_USER_NOUNS, ROLE_PLURALS,
    WEEKDAYS, DEGREE_NOUNS, PERSONALITY_MEDIA, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS,
)
from quizapp.generate.affiliations.patterns import (
    _ACRONYM, _job, JURISDICTION_WORDS, ORG_REFERENCE_NOUNS, PARTY_OF_TITLE, PLACE_HEADS, QUALIFIED_MEMBERS, _works,
)
from quizapp.generate.affiliations.persons import PersonsMixin, _tokens_in
from quizapp.generate.affiliations.titles import TitlesMixin
from quizapp.generate.affiliations.legislators import LegislatorsMixin
from quizapp.generate.affiliations.plural_titles import PluralTitlesMixin
from quizapp.generate.affiliations.organisations import OrganisationsMixin
from quizapp.generate.affiliations.appositives import AppositivesMixin
from quizapp.generate.affiliations.fronted_roles import FrontedRolesMixin
from quizapp.generate.affiliations.references import ReferencesMixin
from quizapp.generate.affiliations.appointments import AppointmentsMixin
from quizapp.generate.affiliations.clauses import ClausesMixin

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.generate.article import Article


class AffiliationFinder(PersonsMixin, TitlesMixin, LegislatorsMixin, PluralTitlesMixin, OrganisationsMixin,
                        AppositivesMixin, FrontedRolesMixin, ReferencesMixin, AppointmentsMixin, ClausesMixin):
    def __init__(self, article: "Article"):
        self.art = article
        self.doc = article.doc
        self.people = article.people
        self.norp = {t.i for e in self.doc.ents if e.label_ == "NORP" for t in e}
        # words NER calls a person somewhere in the article ("Zola" in one sentence, "Zola, 19," in another)
        self.person_labelled = {t.text for t in self.art.tokens if t.ent_type_ == "PERSON"}
        self._standalone: dict[str, bool] = {}
        self._starts = [t.idx for t in self.art.tokens]
        # "Governor of Harbourton Ada Lin": the tagger may glue the place of a title onto the name
        # after it; such a full name is read without the place wherever it recurs
        self._renamed: dict[str, str] = {}
        for at, run in self.people.full_mentions:
            k = bisect_left(self._starts, at)
            if k < len(self.art.tokens) and self.art.tokens[k].text == run[-1]:
                cut = self._place_before_name(k - _tokens_in(run, self.art.tokens, k) + 1, k)
                if cut is not None:
                    self._renamed[" ".join(run)] = " ".join(t.text for t in self.art.tokens[cut: k + 1])

    def find(self):
        for tok in self.art.tokens:
            found = self._person_at(tok)
            if found is None:
                continue
            name, first, tok = found
            if not self._real_person(name, first, tok):
                continue
            if name.startswith("Lady ") and first >= 1 and self.art.tokens[first - 1].text == "First" \
                    and self.art.tokens[first].text == "Lady" and len(name.split()) >= 3:
                # "First Lady Rosa Dane": the tagger reads "Lady" as her first name and "First" as a number
                yield name[len("Lady "):], None, "First Lady", self.art.tokens[first - 1].idx, tok.idx + len(tok.text)
                continue
            # "Member of parliament (MP) Ada Lin", "Chief Executive Officer (CEO) Tom Berg": the title's
            # short form in brackets stands between the title and the name
            at = first - 3 if self._bracketed_short_form(first) else first - 2 if self._outlook_after_title(first) \
                else first - 1 if self._courtesy_after_title(first) else first
            titled = list(self._title_before(name, at, tok))
            complemented = list(self._complement_title(name, at, tok))
            if complemented and (not titled or len(complemented) > 1):
                titled = complemented  # "Minister for Energy and Minister of Transport X": two titles, not one
            titled = titled or list(self._playing_position(name, at, tok))
            of_org = self._of_organisation(name, self.art.tokens[first], tok)
            if of_org and titled and all((role or "").split()[-1:] and role.split()[-1].lower() in PLACE_HEADS
                                         for _, _, role, *_ in titled) \
                    and of_org[1].split()[-1].lower() not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                of_org = None  # "Mayor Ada Lin of Marlow": her town, no organisation
            if of_org and titled and all(org is None for _, org, *_ in titled):
                # "Detective Ada Lin of the regional police": one link, the title and the organisation
                titled = [(n, of_org[1], role, start, of_org[4]) for n, _, role, start, _ in titled]
                of_org = None
            titled = [self._organisation_of_common_title(*link) for link in titled]
            yield from titled
            if of_org:
                yield of_org
                if (second := self._and_role_at(of_org[4])) is not None:
                    # "X of Y and adviser to Z said": a second post, with its own organisation
                    yield name, second[1], second[0], of_org[3], second[2]
            yield from self._appositives(name, self.art.tokens[first], tok)
            yield from self._relative_clause(name, self.art.tokens[first], tok)
            yield from self._role_before_comma(name, self.art.tokens[first], tok)
            yield from self._role_named(name, self.art.tokens[first], tok)
            yield from self._legislator(name, first, tok)
            yield from self._party_member(name, first, tok)
            yield from self._representing(name, first, tok)
            yield from self._possessive_organisation(name, first, tok)
            yield from self._possessed_group(name, self.art.tokens[first], tok)
            yield from self._possessed_party(name, self.art.tokens[first], tok)
            yield from self._one_of_group(name, first, tok)
        yield from self._byline_role_line()
        yield from self._plural_titles()
        yield from self._counted_group()
        yield from self._shared_appositive()
        yield from self._pronoun_group()
        yield from self._whose_roles()
        yield from self._seats_held()
        yield from self._board_seats()
        yield from self._fronted_roles()
        yield from self._schools()
        yield from self._appointments()
        yield from self._clause_links()
        yield from self._group_memberships()
        yield from self._others_in()
        yield from self._met_in_group()
        yield from self._as_posts()
        yield from self._fronted_as_posts()
        yield from self._fronted_at_organisation()
        yield from self._founded_by()
        yield from self._employment()
        yield from self._degrees()

    def _bracketed_short_form(self, first: int) -> bool:
        """"(MP)" or "(CEO)" right before a name, after a title word: the title's short form."""
        doc = self.art.tokens
        return first >= 4 and doc[first - 1].text == ")" and doc[first - 3].text == "(" \
            and _ACRONYM.fullmatch(doc[first - 2].text) is not None and doc[first - 4].is_alpha \
            and doc[first - 4].sent.start == doc[first].sent.start

    def _organisation_of_common_title(self, name: str, org: str | None, role: str | None, start: int, end: int):
        """"said company spokesman X" after "... has sued Norvel Energy": a title opened by a common
        noun for an organisation takes up the one the text has just named, as "the company's" does."""
        words = (role or "").split()
        if org is None and len(words) > 1 and words[0] in ORG_REFERENCE_NOUNS:
            org = self._antecedent_organisation(start, f"the {words[0]}'s ")
        return name, org, role, start, end

    def _courtesy_after_title(self, first: int) -> bool:
        """"marine biologist Dr. Ada Lin", "party leader Mr Tom Berg": a courtesy title between a job
        noun and the name; the job is the title."""
        doc = self.art.tokens
        # (a military rank there too: "army spokesperson Col. Ada Lin" speaks for the army)
        return first >= 2 and doc[first - 1].text in NAME_TITLES | MILITARY_RANKS \
            and _job(doc[first - 2].text) and doc[first - 2].pos_ == "NOUN" \
            and doc[first - 2].sent.start == doc[first].sent.start

    def _outlook_after_title(self, first: int) -> bool:
        """"radio presenter and activist X", "painter and father-of-three X": a lowercase word
        that is no job, joined by "and" to a job noun before the name; the title ends at the job."""
        doc = self.art.tokens
        return first >= 3 and doc[first - 2].lower_ == "and" and doc[first - 1].is_lower \
            and doc[first - 1].pos_ in {"NOUN", "ADJ"} and not _job(doc[first - 1].text) \
            and doc[first - 3].is_lower and _job(doc[first - 3].text)


# Party words that can stand before a title and the name ("Republican Gov. X", "GOP Sen. X")
_PARTY_WORDS = {"Republican", "Democratic", "Democrat", "GOP"}


def _party_before_title(article: "Article", start: int) -> str | None:
    """"Republican Gov. X", "Kentucky GOP Gov. X", "Republican state schools Superintendent X": a
    party's word before the title that starts at `start` (the post's lower-case modifiers between),
    which the title left out, is the person's party."""
    tokens = article.tokens
    span = article.doc.char_span(start, start + 1, alignment_mode="expand")
    first = span[0] if span is not None and len(span) and span[0].idx == start else None
    if first is None or first.i == 0:
        return None
    k = first.i - 1
    while k > 0 and tokens[k].is_lower and tokens[k].pos_ in {"NOUN", "ADJ", "PROPN"} \
            and tokens[k].dep_ in {"compound", "amod", "nmod", "npadvmod"} and tokens[k].head.i > k:
        k -= 1  # "state schools": words of the post the title left out (the parser may hang them on the verb)
    word = tokens[k]
    if word.text not in _PARTY_WORDS or word.head.i <= k or not word.whitespace_ \
            or k > 0 and f"{tokens[k - 1].text} {word.text}" in QUALIFIED_MEMBERS:
        return None  # (not "Social Democrat Sen. X": another party's member)
    return PARTY_OF_TITLE.get(word.text, word.text)


_HELD_BEFORE = re.compile(r"\b(?:formerly|previously|once)\s+(?:(?:a|an|the)\s+)?$", re.I)


def _held_before(text: str, role: str, start: int, end: int) -> bool:
    """The role, where the link's words give it, comes right after "formerly", "previously" or
    "once" ("X, previously the chief executive of Y", "who was formerly its treasurer")."""
    if re.match(r"(?i)(?:former|ex-|then|past)\b", role):
        return False
    at = text.find(role, start, max(end, start + len(role)))
    return at != -1 and _HELD_BEFORE.search(text[max(start, at - 30): at]) is not None


def extract_affiliations(article: "Article") -> list[Affiliation]:
    out: list[Affiliation] = []
    seen: set[tuple] = set()
    works = _works(article.text)
    found = []
    for person, org, role, start, end in AffiliationFinder(article).find():
        org, role = org or None, (role or "").strip() or None
        if org:  # "resigned as chief of Norvel Energy on Monday": a date after the name is no word of it
            org = TRAILING_DATE.sub("", org) or None
        if org:  # "president of Lisbon-based Harbour Foods": where it is based is no word of its name
            org = BASED_IN.sub("", org) or None
        if role:  # "took over as mayor of Marlow on Friday": nor of a title
            role = TRAILING_DATE.sub("", role) or None
        if org and re.search(r"\w-[a-z]+$", org) and role:
            org, role = None, f"{org} {role}"  # "a Norvel Energy-funded researcher": a description, no employer
        org, role = _title_out_of_organisation(org, role)
        org, role = _desk_out_of_organisation(org, role)
        org, role = _place_out_of_organisation(article, org, role, start, end)
        if org is None and role is None:
            continue  # a reading that kept neither half links nothing
        if role and _held_before(article.text, role, start, end):
            role = f"former {role}"  # "X, formerly a deputy director at Y": a post no longer held
        if _no_post(org, role):
            party = PARTY_OF_TITLE.get(role.split()[0]) if org is None and role and len(role.split()) > 1 else None
            if party and role.split()[-1].lower() in CANDIDACY_NOUNS:
                # "Democratic presidential candidate X": no post, but the party is hers
                found.append((person, party, None, start, end))
            continue
        if org in works:  # "the director of Harbour Lights" where that is a film: a role, no employer
            if not role:
                continue
            org, role = None, f"{role} of {org}"
        party = PARTY_OF_TITLE.get(role.split()[0]) if org is None and role and len(role.split()) > 1 else None
        if party:
            # "Labour council member X": the party is her organisation; the title stays as written
            org = party
        elif org is None and role and article.text.startswith(role, start):
            org = _party_before_title(article, start)
        found.append((person, org, role, start, end))
    found = _without_headline_repeats(article, found)
    # one link found twice, once whole and once in part ("senior engineer Ada Lin of Norvel"
    # read with and without its organisation): the part goes
    whole_roles = {(p, (r or "").lower()) for p, o, r, *_ in found if o and r}
    whole_orgs = {(p, (o or "").lower()) for p, o, r, *_ in found if o and r}
    # "Maltese Prime Minister X" and later "Prime Minister X": the fuller title stands for both
    fuller = {(p, (o or "").lower(), (r or "").lower()) for p, o, r, *_ in found for q, o2, r2, *_ in found
              if p == q and ((o or "").lower() == (o2 or "").lower() or o is None) and r and r2
              and len(r2.split()) > len(r.split()) and r2.lower().endswith(" " + r.lower())}
    # "President Ada Lin of Norland": the place in the title ("President of Norland") is no employer
    titled_of = {(p, r.lower().rsplit(" of ", 1)[1]) for p, o, r, *_ in found if o is None and r and " of " in r}
    for person, org, role, start, end in found:
        if (person, (org or "").lower(), (role or "").lower()) in fuller:
            continue
        if role is None and (person, (org or "").lower()) in titled_of:
            continue
        if org is None and (person, (role or "").lower()) in whole_roles:
            continue
        if role is None and (person, (org or "").lower()) in whole_orgs:
            continue
        key = (person, (org or "").lower(), (role or "").lower())
        if key in seen:
            continue
        seen.add(key)
        o_start, o_end, _ = article.original_span(start, end)
        out.append(Affiliation(person=person, organization=org, role=role, start=o_start, end=o_end))
    return out


# JURISDICTION_WORDS make a title a post of a place's government ("Westland regional governor",
# "Marlow municipal councillor"): the place before them is where the post is held, no organisation.


# Titles of those who head an organisation, as they follow its name ("Harbour Guard Commandant",
# "Harbour Trust Director"); a name never ends in them.
HEAD_TITLES = {"commandant", "commander", "chief", "director", "president", "chairman", "chairwoman", "chair",
               "secretary", "minister", "governor", "administrator", "commissioner", "superintendent", "principal",
               "dean", "rector", "chancellor", "ceo", "spokesman", "spokeswoman", "spokesperson"}


def _title_out_of_organisation(org: str | None, role: str | None) -> tuple[str | None, str | None]:
    """"Harbour Guard Commandant Admiral X": a job noun that ends the organisation's words is a title
    of its own; the organisation is the words before it ("Harbour Guard")."""
    words = (org or "").split()
    if len(words) < 2 or " of " in f" {org} " or not words[-1][:1].isupper():
        return org, role
    if words[-1].lower() not in HEAD_TITLES:  # ("Harbour Observer": a paper, whatever "observer" also is)
        return org, role
    return " ".join(words[:-1]), role or words[-1]


# A newsroom's desks ("Business Correspondent", "Political Editor"): part of a journalist's title
DESKS = {"business", "political", "politics", "science", "health", "sports", "sport", "foreign", "economics",
         "economic", "education", "environment", "technology", "arts", "diplomatic", "defence", "defense",
         "transport", "legal", "crime", "security", "home", "world", "culture", "media", "energy", "finance"}
NEWSROOM_ROLES = {"correspondent", "editor", "reporter", "writer", "columnist", "analyst", "producer"}


def _desk_out_of_organisation(org: str | None, role: str | None) -> tuple[str | None, str | None]:
    """"By Ada Lin, Business Correspondent", "Ada Lin, BBC Business Correspondent,": a desk before a
    newsroom title is the title's, not the organisation's."""
    words = (org or "").split()
    if words and role and words[-1].lower() in DESKS and role.split()[-1].lower() in NEWSROOM_ROLES:
        return " ".join(words[:-1]) or None, f"{words[-1]} {role}"
    return org, role


# A place a company is based in, written before its name: "Marlow Hill-based", "Oslo-based"
BASED_IN = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’']*-based\s+(?=[A-Z])")


def _place_out_of_organisation(article: "Article", org: str | None, role: str | None, start: int,
                               end: int) -> tuple[str | None, str | None]:
    """"Westmark regional Deputy Governor X", "Harbour Falls' first selectman, X": a place
    before a title says where the post is held; the written words are the role and there is no
    organisation (a place is none). A place is a name the title calls regional, provincial, ...,
    or one the entity recogniser calls a place somewhere in the article."""
    if not org or not role:
        return org, role
    span = article.text[start: end]
    m = re.search(re.escape(org) + r"(?:[’']s?)?\s+" + re.escape(role), span)
    if m is None:
        # "the Archbishop of Westmark, Ana Ruiz": a place after the title's "of" is where it is held
        if re.search(re.escape(role) + r"\s+of\s+(?:the\s+)?" + re.escape(org) + r"\b", span) \
                and org.split()[-1].lower() not in INSTITUTION_NOUNS | GROUP_NAME_ENDINGS \
                and any(e.label_ in {"GPE", "LOC"} and e.text == org for e in article.doc.ents) \
                and not any(e.label_ == "ORG" and e.text == org for e in article.doc.ents):
            return None, f"{role} of {org}"
        return org, role
    regional = role.split()[0].lower() in JURISDICTION_WORDS
    place = regional or any(e.label_ in {"GPE", "LOC"} and e.text == org for e in article.doc.ents)
    if not place or org.split()[-1].lower() in INSTITUTION_NOUNS | GROUP_NAME_ENDINGS | CLUB_NAME_ENDINGS:
        return org, role
    return None, m.group(0)


def _no_post(org: str | None, role: str | None) -> bool:
    """Words beside a name that hold no post: a candidacy in a race ("presidential candidate X",
    "X, a potential mayoral contender"; a student's "PhD candidate" is a post at a university), and
    "Professor" alone before a name with no institution, an academic courtesy title like "Dr", and a
    "role model"; a nominee with no party or organisation named (an award's: "Oscar nominee X")."""
    words = (role or "").split()
    if words and words[-1].lower() in CANDIDACY_NOUNS and not any(w.lower() in DEGREE_NOUNS for w in words) \
            and not any(w.lower() in {"former", "ex-", "one-time", "onetime"} for w in words):
        # (a former candidacy is settled and describes the person: "former presidential candidate X")
        return True
    if words and words[-1].lower() == "nominee" and org is None:
        return True  # "Oscar nominee X", "a Grammy nominee": an award's; a party's nominee names the party
    if words and words[-1].lower() == "personality" and not any(w.lower() in PERSONALITY_MEDIA for w in words):
        return True  # "a colourful personality": character, no post ("TV personality X" is one)
    if (role or "").lower().endswith("role model"):
        return True  # "her role model, Ada Lin": someone admired, no post
    if org is None and words and ROLE_PLURALS.get(words[-1].lower(), words[-1].lower()) in ROAD_USER_NOUNS \
            and all(ROAD_USER_MODIFIER.fullmatch(w.lower()) for w in words[:-1]):
        return True  # "killed motorcyclist X", "X, a 19-year-old pedestrian": a part in the event
    if org is None and (role or "").lower() in {"boss", "former boss"}:
        return True  # "her boss, Tom Berg": someone's superior; "Norvel boss Tom Berg" names the organisation
    if org is None and role == "elder":
        return True  # "the elder Berg": the older of two relatives; a title is "Elder X", "tribal elder X"
    return org is None and (role or "").lower() in {"professor", "prof.", "prof"}


TRAILING_DATE = re.compile(r"\s+(?:on|in|of|since|until|from|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:"
                           + "|".join(w.title() for w in MONTHS | WEEKDAYS) + r")\b.*$")
# Words that leave a road user's part in an event no profession ("a local motorist", "the young driver")
ROAD_USER_MODIFIER = re.compile(r"\d+-year-old|young|local|teenage|elderly|male|female|lone|other|fellow|injured")


def _without_headline_repeats(article: "Article", found: list[tuple]) -> list[tuple]:
    """A headline restates the story in short ("UK Health Minister Ada Lin resigns"; the body has
    "United Kingdom Health Minister Ada Lin resigned on Monday"): a link read in the headline goes
    when the body links the same person, so one link is not counted twice in two spellings."""
    end = article.headline_end
    if not end:
        return found
    in_body = {person for person, _, _, start, _ in found if start > end}
    return [item for item in found if item[3] > end or item[0] not in in_body]
