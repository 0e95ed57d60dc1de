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

Only people get links: names of groups, works, characters and names used as modifiers do not.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from quizapp.generate.facts import Affiliation
from quizapp.generate.names import HONORIFICS, NAME_SUFFIXES
from quizapp.generate.lexicon import (
    MONTHS, WEEKDAYS,
    AFFILIATION_VERBS, ALIAS_MARKERS, APPOINTMENT_VERBS, DESCRIPTIVE_ADJECTIVES, COMMON_ACRONYMS, EDUCATION_NOUNS, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS,
    FOUNDING_VERBS, MEDIA_NOUNS, NON_ORGANISATION_THINGS, NON_PERSON_NOUNS, REPORTING_VERBS, ROLE_NOUNS, ROLE_PLURALS, STUDY_NOUNS,
    STUDY_VERBS, SURNAME_OCCUPATIONS, DEGREE_NOUNS, EMPLOYMENT_NOUNS, TITLE_MODIFIERS, WORK_NOUNS,
    CANDIDACY_NOUNS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from quizapp.generate.article import Article

MAX_ROLE_WORDS = 7
CONNECTORS = r"(?:of|for|the|and|on|de|du|des|la|le|al|von|van)"
# A proper-noun organisation name: capitalised words (or "3rd"), joined by small connectors.
ABBREVIATIONS = r"(?:St|Co|Corp|Inc|Ltd|Bros|Dept|Univ|Mt|Ft|Intl)\."
_ORG_WORD = rf"(?:{ABBREVIATIONS}|[A-Z0-9][\w’'&-]*)"
ORG_RE = re.compile(
    rf"(?:the\s+)?(?:(?:nonprofit|non-profit|advocacy|research|federal|state|private|public|independent|international|national|local|global)\s+(?=[A-Z]))?(?P<org>{_ORG_WORD}(?:(?:\s+{CONNECTORS})*\s+(?:{ABBREVIATIONS}|[A-Z][\w’'&-]*))*)"
)
# "a Ph.D. student", "an M.D. graduate": a degree abbreviated with full stops is a word of a role
DOTTED_DEGREE = re.compile(r"(?:[A-Z][a-z]?\.){2,3}")
ROLE_WORD_RE = re.compile(r"(?:[A-Z][a-z]?\.){2,3}|[a-z][a-z-]*|[A-Z][a-z]+(?:-[a-z]+)?|[A-Z][A-Z&]{1,5}|[A-Z][a-z][A-Z]|\d{1,2}-year")  # "Oslo-based", "CEO", "PhD", "20-year"
# "the family's lawyer", "the city's chief planner": a common noun's possessive before a role
COMMON_OWNER = re.compile(r"(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*['’]s?\s+(?=[a-z])")
ORG_PREPS = {"at", "with", "of", "for", "in"}
AGENT_NOUN = re.compile(r"(?:ist|ian|er|or|eer)$")
NOT_AGENT_NOUNS = {"number", "letter", "matter", "quarter", "corner", "center", "centre", "border", "water",
                   "winter", "summer", "error", "sector", "factor", "mirror", "favor", "favour", "honor", "honour",
                   # people outside the organisation: its customers, voters and fans are not its staff
                   "supporter", "customer", "voter", "viewer", "reader", "listener", "follower", "admirer",
                   "subscriber", "borrower", "shareholder", "passenger", "visitor", "user",
                   # what one won or holds is no post: "the winner of the X Prize", "a record holder"
                   "winner", "runner-up", "holder", "finalist", "nominee", "recipient"}
# "a member of the public": a complement that makes the role no post at all
GENERAL_PUBLIC = {"public", "community", "audience", "crowd", "congregation", "household", "family", "jury"}
ORG_FOLLOWS = re.compile(r"\s+(?:at|with|of|for)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z]")
BYLINE_ROLE_LINE = re.compile(
    r"^By\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3})[ \t]*\n[ \t]*(?P<role>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)[ \t]*$",
    re.MULTILINE)
LEGISLATIVE_TITLES = {"sen", "rep", "sens", "reps", "senator", "representative", "assemblyman", "assemblywoman"}
# "Sen. Ada Lin, D-Ore., said", "Sen. Ada Lin (R-Texas) said": a party and a state after the name
PARTY_TAG = re.compile(r"(?:,\s+|\s+\()(?P<tag>(?P<party>[DRI])-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)(?=,|\.|\s|$|\))")
PARTIES = {"D": "Democratic Party", "R": "Republican Party", "I": None}
REPRESENTING = re.compile(r",\s+(?:representing|speaking\s+(?:for|on\s+behalf\s+of))\s+")
# "Ada Lin, a Democrat from Texas, said": a member of a US party named by its member noun
PARTY_MEMBER = re.compile(r",\s+an?\s+(?P<p>Democrat|Republican)(?=\s+(?:from|of|who)\b|\s*[,.;)])")
PARTY_OF_MEMBER = {"Democrat": "Democratic Party", "Republican": "Republican Party"}


def _job(word: str) -> bool:
    """A job noun: a listed role, or a job that is also a surname written in lower case ("singer X")."""
    low = word.lower()
    return low in ROLE_NOUNS or word.islower() and (low in SURNAME_OCCUPATIONS or _scientist(low))


def _scientist(low: str) -> bool:
    """"glaciologist", "volcanologist": a lowercase word for a student of a science is a job noun."""
    return len(low) > 8 and low.endswith("ologist") and low.isalpha()


# "Gov. Ada Lin", "Lt. Gov. X", "Det. Sgt. X": abbreviated titles of a post ("Sen."/"Rep." are
# _legislator's); honorifics that name no post ("Dr.", "Hon.") are left out
TITLE_ABBREVIATIONS = {"Gov.", "Lt.", "Gen.", "Col.", "Capt.", "Sgt.", "Det.", "Supt.", "Insp.", "Cmdr.", "Adm.",
                       "Rev.", "Fr.", "Prof.", "Maj.", "Cpl.", "Pvt.", "Brig.", "Atty.", "Pres.", "Amb.",
                       "Cmdt.", "Const.", "Msgr."}


PRONOUNS = {"he", "she", "his", "her", "him"}
# Relations of family and friendship: no post ("Ada Lin, the daughter of Tom Berg")
FAMILY_NOUNS = {"daughter", "son", "mother", "father", "brother", "sister", "husband", "wife", "grandmother",
                "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "widow",
                "widower", "stepfather", "stepmother", "stepson", "stepdaughter", "sibling", "twin", "fiancé",
                "fiancee", "girlfriend", "boyfriend", "friend", "neighbour", "neighbor", "mum", "mom", "dad"}
# "She previously worked for Y as a planner": a post no longer held
PAST_ADVERBS = {"previously", "formerly", "once", "earlier"}
# Verbs (lemma, particle) of a post taken up or left, named after "as"
TAKEN_POSTS = {("take", "over"), ("step", "in"), ("step", "up"), ("stay", "on"), ("return", None),
               ("continue", None), ("remain", None), ("sign", "on"), ("come", "in")}
LEFT_POSTS = {("step", "down"), ("step", "aside"), ("resign", None), ("retire", None), ("quit", None),
              ("oust", None), ("sack", None), ("fire", None), ("dismiss", None), ("remove", None),
              ("leave", None), ("depart", None)}
# Common nouns that refer back to an organisation just named ("the company's chief executive")
ORG_REFERENCE_NOUNS = {"company", "firm", "group", "bank", "airline", "carrier", "charity", "university", "club",
                       "agency", "organisation", "organization", "union", "newspaper", "broadcaster", "insurer",
                       "retailer", "manufacturer", "carmaker", "automaker", "utility", "startup", "hospital"}
# Elected members who sit "for" a constituency ("MP for Marlow", "senator for Westland")
SEAT_TITLES = {"mp", "mps", "msp", "mla", "mep", "senator", "congressman", "congresswoman", "representative",
               "councillor", "councilor", "assemblyman", "assemblywoman", "deputy"}
# "could become its chair", "might be named", "wants to join": a post not held
HYPOTHETICAL_MODALS = {"could", "might", "may", "would", "should", "can"}
WISH_VERBS = {"want", "hope", "seek", "aim", "plan", "try", "wish", "aspire", "expect", "like", "refuse", "decline"}
# Heads of a town or a province: what follows "of" is a place ("the mayor of Marlow")
PLACE_HEADS = {"mayor", "premier"}
# Words that date a post, standing before an organisation's name in front of a title
# ("former Harbour Society president X", "acting Norvel Energy chief X")
TENURE_WORDS = {"former", "acting", "interim", "outgoing", "incoming"}
GENDERS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
# "at Saint Anne's", "St. Mary's": an institution named after a saint, not a person
SAINTS = {"Saint", "St.", "St", "San", "Santa", "Sainte", "Santo", "São"}
# Words that start a clause or a new phrase, never a word of a role ("X, was a priest" is no appositive)
CLAUSE_WORDS = {"was", "is", "were", "are", "be", "been", "has", "had", "have", "will", "would", "a", "an", "the",
                "but", "not", "also", "who", "whose"}
# "player of the year", "best actor of the season": what one is named for a period is an award
AWARD_PERIODS = {"year", "month", "week", "season", "match", "game", "tournament", "decade", "century", "day"}
_DESCRIPTORS = "|".join(sorted(NON_PERSON_NOUNS - NON_ORGANISATION_THINGS, key=len, reverse=True))
# "of the anti-poverty organisation The Harbour House": a description before the name
# "leader of the opposition Harbour Party": a word for a party's place in politics before its name
_POLITICAL_STANDING = r"(?:opposition|ruling|governing|main\s+opposition)"
DESCRIBED_AS = re.compile(
    rf"(?:the\s+|an?\s+)?(?:(?:[A-Za-z-]+\s+){{0,3}}?(?:{_DESCRIPTORS})|{_POLITICAL_STANDING})\s+(?=[A-Z])")
_ACRONYM = re.compile(r"[A-Z][A-Z&]*[A-Z]")
# "the logistics firm Norvel Freight": a name introduced by a word for an organisation
DESCRIBED_NAME = re.compile(rf"\b(?:{_DESCRIPTORS})\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")
# What may follow "X of ORG" for ORG to be X's organisation: punctuation, "who", or a verb of
# X's clause ("Ada Lin of the Harbour Society said", "... observed", "... is").
OF_ORG_FOLLOWS = re.compile(r"\s*(?:,|\.|;|:|\)|\s(?:who)\b|\sin\s+(?:the\s+)?[A-Z0-9])")  # "... of Y in Oslo"
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# A lowercase description of a specific institution after "of the": "the regional police",
# "the city's water board", "the state health department" (at least one word before the noun).
_INSTITUTION = "|".join(sorted(INSTITUTION_NOUNS, key=len, reverse=True))
DESCRIBED_INSTITUTION = re.compile(
    rf"the\s+(?!(?:same|other|whole|entire|very|own|former|new|old)\s)"
    rf"(?P<org>(?:[A-Za-z][\w-]*['’]s\s+(?:[a-z][a-z-]*\s+){{0,2}}|(?:[a-z][a-z-]*\s+){{1,2}})(?P<noun>{_INSTITUTION}))\b")


# "One of the report's authors, [glaciologist] Ada Lin," (the text before the name, to its end)
ONE_OF_GROUP = re.compile(
    r"(?:^|(?<=\s))(?P<role>[Oo]ne of (?:the|its|their|his|her)\s+(?:[A-Za-z-]+['’]s\s+)?(?:[a-z-]+\s+)?"
    r"(?P<noun>[a-z-]+)),\s+(?:[a-z][a-z-]*\s+){0,2}$")
ORG_OWNER = re.compile(rf"{ORG_RE.pattern}['’]s?\s+")  # "the Harbour Society's president"


class AffiliationFinder:
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
                cut = self._place_before_name(k - len(run) + 1, k)
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
            titled = list(self._title_before(name, first, tok))
            of_org = self._of_organisation(name, self.art.tokens[first], tok)
            if of_org and titled and all((role or "").split()[-1:] and role.split()[-1].lower() in PLACE_HEADS
                                         for _, _, role, *_ in titled) \
                    and of_org[1].split()[-1].lower() not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                of_org = None  # "Mayor Ada Lin of Marlow": her town, no organisation
            if of_org and titled and all(org is None for _, org, *_ in titled):
                # "Detective Ada Lin of the regional police": one link, the title and the organisation
                titled = [(n, of_org[1], role, start, of_org[4]) for n, _, role, start, _ in titled]
                of_org = None
            yield from titled
            if of_org:
                yield of_org
            yield from self._appositives(name, self.art.tokens[first], tok)
            yield from self._relative_clause(name, self.art.tokens[first], tok)
            yield from self._role_before_comma(name, self.art.tokens[first], tok)
            yield from self._legislator(name, first, tok)
            yield from self._party_member(name, first, tok)
            yield from self._representing(name, first, tok)
            yield from self._possessive_organisation(name, first, tok)
            yield from self._possessed_group(name, self.art.tokens[first], tok)
            yield from self._one_of_group(name, first, tok)
        yield from self._byline_role_line()
        yield from self._plural_titles()
        yield from self._shared_appositive()
        yield from self._pronoun_group()
        yield from self._schools()
        yield from self._appointments()
        yield from self._clause_links()
        yield from self._as_posts()
        yield from self._founded_by()
        yield from self._employment()
        yield from self._degrees()

    # ---- who is a person -----------------------------------------------------------------------

    def _person_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """(fullest name, index of its first token, its last token) where `tok` ends a person's name."""
        toks = self.art.tokens
        if not self.people.is_person(tok):
            return self._unlabelled_person_at(tok)
        if tok.i + 1 < len(self.doc) and self.people.is_person(toks[tok.i + 1]) and tok.whitespace_:
            return None  # not the last word of the name
        name = self.people.person_name(tok)
        run = self.people.name_run(tok)
        if not run:  # "Ann Judge", "Carl King": a surname that is also a job noun ends the name
            return self._surname_job_person_at(tok)
        first = tok.i - len(run) + 1
        if run and run[-1] in NAME_SUFFIXES:  # "Carl Dunn Jr., a ...": the suffix ends the name
            first += 1
            tok = toks[tok.i + 1]
        cut = self._place_before_name(first, tok.i)
        if cut is not None:
            return " ".join(t.text for t in toks[cut: tok.i + 1]), cut, tok
        return self._renamed.get(name, name), first, tok

    def _place_before_name(self, first: int, last: int) -> int | None:
        """"the Governor of Westland Ada Lin", "Representative from Westland Ada Lin": where a run of
        capitalised words after "ROLE of/from" starts with a place (or an organisation) the tagger
        labels apart from the person's name, the name starts after it. None where it does not."""
        toks = self.art.tokens
        label = toks[first].ent_type_
        if label not in {"GPE", "LOC", "ORG"}:
            return None
        k = first + 1
        while k < last and toks[k].ent_type_ == label and toks[k].ent_iob_ == "I":
            k += 1
        if last - k < 1 or toks[k].ent_type_ not in {"PERSON", ""}:
            return None  # a name of two words at least must remain
        j = first - 1
        if j >= 0 and toks[j].lower_ == "the" and toks[j].ent_type_ in {label, ""}:
            j -= 1
        if j < 1 or not self._of_place_title(j):
            return None
        return k

    def _of_place_title(self, j: int) -> bool:
        """Token j is the "of" of "Governor of X" or the "from" of "Representative from X"."""
        toks = self.art.tokens
        word, title = toks[j].lower_, toks[j - 1]
        if word == "of":
            return _job(title.text)
        return word == "from" and title.text[:1].isupper() and title.lower_ in ROLE_NOUNS

    def _surname_job_person_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """A person entity whose last word is a job noun in capitals ("Former prime minister
        Ann Judge said"): the whole entity is the name, its last word the surname."""
        toks = self.art.tokens
        if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
            return None
        hi = tok.i
        while hi + 1 < len(toks) and toks[hi + 1].ent_iob_ == "I" and toks[hi + 1].ent_type_ == "PERSON":
            hi += 1
        if hi == tok.i or hi - tok.i > 2 or toks[hi].lower_ not in ROLE_NOUNS | SURNAME_OCCUPATIONS:
            return None
        if hi + 1 < len(toks) and toks[hi + 1].text[:1].isupper() and toks[hi].whitespace_:
            return None  # "Ada Lin Professor Emeritus": a title goes on
        words = [t.text for t in toks[tok.i: hi + 1]]
        if not all(w[:1].isupper() and w.isalpha() for w in words):
            return None
        return " ".join(words), tok.i, toks[hi]

    def _unlabelled_person_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """NER may swallow a titled or possessed name into an organisation ("the Presidential
        Spokesperson Ada Lin", "the Harbour Society's Ada Lin"). Such a two- or three-word name
        after a job title or an organisation's "'s" is a person when the model, shown the name
        on its own, calls it one."""
        if tok.pos_ != "PROPN":
            return None
        if not tok.ent_type_:
            return self._titled_unlabelled_at(tok)
        if tok.ent_type_ != "ORG":
            return None
        toks = self.art.tokens
        run = self.people.name_run(tok)
        lumped = self._lumped_after_title(tok, run)
        if lumped is not None:
            return lumped
        if not 2 <= len(run) <= 3 or tok.text != run[-1]:
            return None
        first = tok.i - len(run) + 1
        if first < 2 or run[-1].lower() in GROUP_NAME_ENDINGS:
            return None
        before = toks[first - 1]
        titled = before.lower_ in ROLE_NOUNS and before.pos_ in {"NOUN", "PROPN"}
        possessed = before.tag_ == "POS" and toks[first - 2].ent_type_ == "ORG"
        of_org = tok.i + 1 < len(toks) and toks[tok.i + 1].lower_ == "of" and toks[tok.i + 1].ent_type_ != "ORG"
        if not (titled or possessed or of_org) or not self._named_person(" ".join(run)):
            return None
        return self.people.fullest(run, tok.idx), first, tok

    def _lumped_after_title(self, tok: "Token", run: tuple[str, ...]) -> tuple[str, int, "Token"] | None:
        """"the director of the Harbour Trust Ada Lin said", "Representative from Westland Ada Lin": NER
        may make one organisation of the title's complement and the name after it. The entity's
        last two words are the name when it follows "ROLE of/from" and the model, shown those two
        words on their own, calls them a person."""
        toks = self.art.tokens
        if len(run) < 3 or tok.text != run[-1] or tok.i + 1 < len(toks) and toks[tok.i + 1].ent_iob_ == "I":
            return None
        ent_start = tok.i
        while ent_start > 0 and toks[ent_start].ent_iob_ == "I":
            ent_start -= 1
        first = tok.i - 1
        if first - ent_start < 1 or toks[first].is_sent_start or not toks[first].text[:1].isupper():
            return None  # the organisation keeps a word of its own
        j = ent_start - 1
        if toks[ent_start].lower_ == "the":
            j = ent_start - 1
        elif j >= 0 and toks[j].lower_ == "the":
            j -= 1
        if j < 1 or not self._of_place_title(j):
            return None
        name = f"{toks[first].text} {tok.text}"
        if not self._named_person(name):
            return None
        return name, first, tok

    def _titled_unlabelled_at(self, tok: "Token") -> tuple[str, int, "Token"] | None:
        """"the university's chancellor, Ravi Menon.": a two- or three-word name NER left
        unlabelled, in apposition to a job noun before it and closed by punctuation, is a person
        (the small model often misses names it has not seen; the job noun is the evidence)."""
        run = self.people.name_run(tok)
        if not 2 <= len(run) <= 3 or tok.text != run[-1] or tok.dep_ != "appos":
            return None
        head = tok.head
        if head.i >= tok.i or head.lower_ not in ROLE_NOUNS | SURNAME_OCCUPATIONS or head.pos_ != "NOUN":
            return None
        first = tok.i - len(run) + 1
        if self.art.tokens[first - 1].text != "," or run[-1].lower() in GROUP_NAME_ENDINGS:
            return None
        nxt = self.art.tokens[tok.i + 1] if tok.i + 1 < len(self.art.tokens) else None
        if nxt is not None and nxt.text not in {",", ".", ";"}:
            return None  # "the mayor, Ada Lin and ...": a list, not an apposition
        return " ".join(run), first, tok

    def _named_person(self, name: str) -> bool:
        if name not in self._standalone:
            from quizapp.generate.nlp import pipeline

            nlp = pipeline()
            doc = nlp(f"{name} said.", disable=[p for p in nlp.pipe_names if p != "ner"])
            self._standalone[name] = any(e.label_ == "PERSON" and e.text == name for e in doc.ents)
        return self._standalone[name]

    def _real_person(self, name: str, first: int, last: "Token") -> bool:
        """Only people get affiliations: not a group ("Valley Tribes"), not a name used as a
        modifier ("her personal Instagram account"), not a work or a character ("also known as King
        Rho", "the film Captain Rho"), and a one-word name only where NER calls it a person."""
        toks = self.art.tokens
        words = name.split()
        if words[-1].lower() in GROUP_NAME_ENDINGS:
            return False
        if last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN":
            return False
        after = toks[last.i + 1: last.i + 3]
        if len(after) == 2 and after[0].text == ":" and after[1].text[:1].isupper() and after[0].whitespace_:
            return False  # "Captain Rho: Dark Water": the title of a work
        if len(words) == 1 and not (last.text in self.person_labelled or self._aged(last) or self._titled_single(first)):
            return False
        j = first - 1
        sent_start = toks[first].sent.start
        while j >= sent_start and toks[j].text[:1].isupper():
            j -= 1  # past a capitalised title ("also known as King Rho")
        if j >= sent_start:
            low = toks[j].lower_
            if low in ALIAS_MARKERS or low == "as" and j > 0 and toks[j - 1].lower_ in {"known", "referred"}:
                return False
            if low in NON_PERSON_NOUNS and j == first - 1 and not (
                    low in ROLE_NOUNS and toks[first].ent_type_ == "PERSON"):  # "the shipping firm Norvel"
                return False  # but "software developer Ada Lin" is a person
        return True

    def _titled_single(self, first: int) -> bool:
        """"Chancellor Scholz said": one name after a capitalised title is a person's surname,
        whatever NER made of it (but not a place: "Governor California")."""
        toks = self.art.tokens
        if first < 1 or toks[first].ent_type_ in {"GPE", "LOC", "NORP", "FAC"}:
            return False
        title = toks[first - 1]
        return title.text[:1].isupper() and (title.lower_ in ROLE_NOUNS or title.text in TITLE_ABBREVIATIONS)

    def _aged(self, tok: "Token") -> bool:
        nxt = self.art.tokens[tok.i + 1: tok.i + 4]
        return len(nxt) == 3 and nxt[0].text == "," and nxt[1].text.isdigit() and nxt[2].text == ","

    def _byline_role_line(self):
        """"By Lena Hart" with the next line "Science Editor": a byline's role on a line of its own."""
        for m in BYLINE_ROLE_LINE.finditer(self.art.text):
            if m.group("role").split()[-1].lower() in ROLE_NOUNS:
                yield m.group("name"), None, m.group("role"), m.start("name"), m.end("role")

    # "Sen. Ana Ruiz, D-Ore.", "Rep. Tom Hale, R-Texas": US style names a legislator's party and state
    def _legislator(self, name: str, first: int, last: "Token"):
        if first < 1 or self.art.tokens[first - 1].text.rstrip(".").lower() not in LEGISLATIVE_TITLES:
            return
        title = self.art.tokens[first - 1]
        end = last.idx + len(last.text)
        tag = PARTY_TAG.match(self.art.text, end)
        role, org = title.text, None
        if tag:
            # "Sen. X, D-Ore.," reads as one title; in "Senator X (D-NY)" the bracket is an aside
            role = title.text if self.art.text[tag.start("tag") - 1] == "(" else f"{title.text}, {tag.group('tag')}"
            org = PARTIES.get(tag.group("party"))
            end = tag.end("tag")
        yield name, org, role, title.idx, end

    def _representing(self, name: str, first: int, last: "Token"):
        """"Ada Lin, representing the Harbour Society, said", "X, speaking on behalf of Y,": one who
        speaks for an organisation belongs to it (the role is not named)."""
        text = self.art.text
        m = REPRESENTING.match(text, last.idx + len(last.text))
        if not m:
            return
        at = m.end()
        described = DESCRIBED_AS.match(text[at: at + 80])
        org_m = ORG_RE.match(text, at + (described.end() if described else 0))
        org_m = org_m and self._cut_at_person(org_m)
        if org_m is None or not re.match(r"\s*[,.;]", text[org_m.end(): org_m.end() + 3]):
            return
        start, end = org_m.start("org"), org_m.end("org")
        if self._is_place(start, end) or self._names_person(start, end) \
                or not (described or self._organisation_like(start, end)):
            return
        yield name, org_m.group("org"), None, self.art.tokens[first].idx, end

    def _portfolio(self, tok: "Token") -> bool:
        """"Defence Secretary X", "Health Minister X": a one-word "organisation" NER finds before a
        title is the title's portfolio."""
        doc = self.art.tokens
        return tok.lower_ in TITLE_MODIFIERS and tok.ent_iob_ == "B" and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].ent_iob_ != "I" and doc[tok.i + 1].lower_ in ROLE_NOUNS

    def _party_member(self, name: str, first: int, last: "Token"):
        m = PARTY_MEMBER.match(self.art.text, last.idx + len(last.text))
        if m:
            yield name, PARTY_OF_MEMBER[m.group("p")], None, self.art.tokens[first].idx, m.end("p")

    # "Canadian Trade Minister Ana Ruiz", "former boxer and broadcaster X", "US actor X"
    def _title_before(self, name: str, first: int, last: "Token"):
        doc, i = self.art.tokens, first - 1
        place = self._place_title_at(first)
        if place is not None:
            i = place  # "Governor of the Westland Province Ada Lin", "Representative from Westland Ada Lin"
        elif i >= 2 and doc[i - 1].lower_ == "of" and doc[i].text[:1].isupper() and doc[i - 2].lower_ in ROLE_NOUNS:
            i -= 2  # "Secretary of State Antony Blinken", "Minister of Defence X"
        elif i >= 0 and doc[i].text in TITLE_ABBREVIATIONS:
            lo = i
            while lo - 1 >= doc[first].sent.start and doc[lo - 1].text in TITLE_ABBREVIATIONS:
                lo -= 1
            # "Lt. Gov. Ada Lin": the abbreviations as written are the role
            yield name, None, " ".join(t.text for t in doc[lo: first]), doc[lo].idx, last.idx + len(last.text)
            return
        elif i < 0 or not _job(doc[i].text):
            return
        if doc[i].pos_ == "ADJ" and doc[i].head.i > last.i:
            return  # "her personal Instagram account": an adjective of a later noun, not a title
        lumped = self._lumped(first)
        lo = i
        while lo - 1 >= doc[first].sent.start and (self._title_word(doc[lo - 1], lumped)
                                                   or self._noun_of_title(doc[lo - 1], first)):
            lo -= 1
        if lo == i and lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ \
                and not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha and doc[lo - 2].lower_ in {"co", "vice", "ex"}:
            lo -= 2  # "Co-founder X", "Vice-chair X" split by the tokenizer
        while lo < i and (doc[lo].lower_ in {"and", "of", "the"} or doc[lo].ent_type_ == "ORG" and doc[lo].i not in lumped
                          and not self._portfolio(doc[lo])):
            lo += 1  # "Associated Press writer": a title word inside an organisation's name is the name's
        org, start = None, doc[lo].idx
        named_before = None
        if lo < i and lo >= 1 and doc[lo].ent_iob_ == "I" and doc[lo].text[:1].isupper() and doc[lo - 1].ent_type_:
            # "Norvel Energy spokesperson X" where NER took "Norvel Energy" for a person: a word that
            # continues a name begun before the title is the name's, never the title's
            ent_start = lo - 1
            while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            while lo < i and doc[lo].ent_iob_ == "I":
                lo += 1
            if doc[lo - 1].lower_ in TITLE_MODIFIERS | GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                named_before = (self.doc[ent_start: lo].text, doc[ent_start].idx)
            start = doc[lo].idx
        role_toks = list(doc[lo: first])
        if lo - 1 >= 0:
            prev = doc[lo - 1]
            if prev.ent_type_ == "ORG" and prev.pos_ == "PROPN" and prev.i not in lumped and not self._portfolio(prev):
                ent_start = prev.i
                while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                    ent_start -= 1
                # capitalised words between the entity and the title finish the organisation's name,
                # even a job noun before a lowercase title ("Harbour Observer editor X": a newspaper)
                while lo < i and (self._name_word_of_org(doc[lo]) or doc[i].is_lower and doc[lo].pos_ == "PROPN"
                                  and doc[lo].lower_ in ROLE_NOUNS and doc[lo].lower_ not in TITLE_MODIFIERS):
                    lo += 1
                org, start = self.doc[ent_start: lo].text, doc[ent_start].idx
                role_toks = [t for t in doc[lo: first] if not (t.ent_type_ == "ORG" and t.i not in lumped)]
                if ent_start >= 1 and doc[ent_start - 1].lower_ in TENURE_WORDS and role_toks:
                    # "Former Norvel Energy president X": the word before the organisation dates the post
                    role_toks.insert(0, doc[ent_start - 1])
                    start = doc[ent_start - 1].idx
            elif (acronym := self._acronym_prefix(self._hyphen_start(lo), i)) is not None:
                lo = self._hyphen_start(lo)
                # "Port Ellis PEPD Constable X", "RTB-TV CEO X": an organisation's short name before the title
                org, role_toks = self.doc[lo: acronym + 1].text, list(doc[acronym + 1: first])
                start = doc[lo].idx
            elif prev.tag_ == "POS" and prev.i >= 1 and doc[prev.i - 1].ent_type_ == "ORG" \
                    and doc[prev.i - 1].pos_ == "PROPN" and not self.people.is_person(doc[prev.i - 1]):
                # "the Harbour Fire Department's Captain X": the organisation owns the title
                ent_start = prev.i - 1
                while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                    ent_start -= 1
                if doc[ent_start].lower_ == "the":
                    ent_start += 1
                org, start = self.doc[ent_start: prev.i].text, doc[ent_start].idx
            elif prev.text == ")" and prev.i >= 3 and doc[prev.i - 2].text == "(" \
                    and _ACRONYM.fullmatch(doc[prev.i - 1].text) and doc[prev.i - 3].pos_ == "PROPN" \
                    and doc[prev.i - 3].text[:1].isupper() and not self.people.is_person(doc[prev.i - 3]):
                # "the World Fisheries Organisation (WFO) Director-General X": the name before its short form
                ent_start = prev.i - 3
                while ent_start > 0 and doc[ent_start - 1].text[:1].isupper() and doc[ent_start - 1].pos_ == "PROPN" \
                        or ent_start > 1 and doc[ent_start - 1].lower_ in {"of", "for", "and"} and doc[ent_start - 2].pos_ == "PROPN":
                    ent_start -= 1
                if self._organisation_like(doc[ent_start].idx, doc[prev.i - 3].idx + len(doc[prev.i - 3].text)):
                    org, start = self.doc[ent_start: prev.i - 2].text, doc[ent_start].idx
            else:
                described = self._described_institution(prev)
                if described is not None:  # "county police Sergeant X"
                    org, start = self.doc[described: prev.i + 1].text, doc[described].idx
        if place is not None and org is None and doc[place + 1].lower_ == "of":
            named = self._organisation_of_title(place + 2, first)
            if named is not None:  # "director of the Harbour Trust Ada Lin": the organisation apart
                org = named
                role_toks = [t for t in role_toks if t.i <= place]
        if org is not None and role_toks and role_toks[-1].lower_ in PLACE_HEADS and " " not in org \
                and org.lower() not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
            # "former Marlow mayor X": a mayor's town, whatever NER calls it
            org, role_toks = None, [t for t in doc[self._token_after(start).i: first]]
        if org is None and named_before is not None:
            org, start = named_before
        if org is None and place is None:
            # "Harbour Society spokesperson X", "former Westfield Council leader X": capitalised words
            # ending in a word for an organisation lead the title even where NER missed the name
            s0 = lo
            while s0 < i and doc[s0].lower_ in TENURE_WORDS:
                s0 += 1
            k = s0
            while k < i and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if k - s0 >= 2 and doc[k - 1].lower_ in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS \
                    and not any(self.people.is_person(t) for t in doc[s0:k]):
                org = self.doc[s0:k].text
                role_toks = list(doc[lo:s0]) + [t for t in role_toks if t.i >= k]
        role = " ".join(t.text for t in role_toks).replace(" - ", "-")
        if org is not None and org.lower() in INSTITUTION_NOUNS | GROUP_NAME_ENDINGS:
            # "Board Member X", "Council Leader X": a bare generic noun names no organisation
            org, role = None, f"{org} {role}"
        for part in _split_roles(role):
            yield name, org, part, start, last.idx + len(last.text)

    def _place_title_at(self, first: int) -> int | None:
        """The title noun of "ROLE of [the] PLACE NAME" / "ROLE from PLACE NAME" where the place
        is a named entity of up to four words right before the name; None where there is none."""
        doc = self.art.tokens
        lo, k = doc[first].sent.start, first - 1
        if k < lo or doc[k].ent_type_ not in {"GPE", "LOC", "ORG"} or not doc[k].text[:1].isupper():
            return None
        label = doc[k].ent_type_
        while k > lo and first - k <= 4 and doc[k].ent_type_ == label and doc[k].ent_iob_ == "I":
            k -= 1
        if doc[k].ent_type_ != label or not (doc[k].text[:1].isupper() or doc[k].lower_ == "the"):
            return None
        if doc[k].lower_ != "the":  # NER may take "the" into the place's name
            k -= 1
        if k > lo and doc[k].lower_ == "the":
            k -= 1
        if k < lo + 1 or doc[k].lower_ not in {"of", "from"} or not self._of_place_title(k):
            return None
        return k - 1

    def _organisation_of_title(self, lo: int, hi: int) -> str | None:
        """The tokens [lo, hi) after a title's "of" as an organisation's name: an entity NER calls
        an organisation and nowhere in the article a place ("of the Harbour Trust", not "of the
        United Provinces" nor "of Westland")."""
        doc = self.art.tokens
        if lo < hi and doc[lo].lower_ == "the":
            lo += 1
        span = doc[lo: hi]
        if not span or any(t.ent_type_ != "ORG" for t in span):
            return None
        if len(span) == 1 and (span[0].lower_ in TITLE_MODIFIERS | {"state"} or span[0].lower_ in ROLE_NOUNS):
            return None  # "Secretary of State X", "Minister of Defence X": the portfolio is the title's
        text = " ".join(t.text for t in span)
        if not hasattr(self, "_place_names"):
            self._place_names = {e.text.removeprefix("the ").removeprefix("The ")
                                 for e in self.doc.ents if e.label_ in {"GPE", "LOC"}}
        return None if text in self._place_names else text

    def _one_of_group(self, name: str, first: int, last: "Token"):
        """"One of the report's authors, Ada Lin, said": a member of a group of role-holders
        put before the name (with perhaps a job noun of its own) is that member."""
        toks = self.art.tokens
        if last.i + 1 >= len(toks) or toks[last.i + 1].text != ",":
            return
        sent = toks[first].sent
        m = ONE_OF_GROUP.search(self.art.text[sent.start_char: toks[first].idx])
        if m is None or m.group("noun") not in ROLE_PLURALS:
            return
        role = m.group("role")
        start = sent.start_char + m.start("role")
        yield name, None, role[0].lower() + role[1:], start, last.idx + len(last.text)

    def _noun_of_title(self, tok: "Token", first: int) -> bool:
        """"outreach manager", "Events and outreach manager": a noun compounded into the title."""
        return (tok.pos_ == "NOUN" and tok.dep_ in {"compound", "nmod"} and tok.i < tok.head.i < first
                and tok.is_alpha and self._described_institution(tok) is None)

    def _name_word_of_org(self, tok: "Token") -> bool:
        low = tok.lower_
        return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and low not in ROLE_NOUNS and low not in TITLE_MODIFIERS
                and tok.i not in self.norp and not tok.ent_type_)

    def _hyphen_start(self, lo: int) -> int:
        """"RTB-TV": the tagger may leave the first half of a hyphenated short name out of the title."""
        doc = self.art.tokens
        while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
                and _ACRONYM.fullmatch(doc[lo - 2].text):
            lo -= 2
        return lo

    def _acronym_prefix(self, lo: int, i: int) -> int | None:
        """The last token of a short name in capitals ("PEPD", "RTB-TV") at the head of the title
        span [lo, i], with only capitalised words before it; None where there is none."""
        doc = self.art.tokens
        k, last = lo, None
        while k < i:
            tok = doc[k]
            low = tok.lower_
            if tok.text in {"-", "&"} and not doc[k - 1].whitespace_ and k > lo:
                k += 1
                continue
            if not tok.text[:1].isupper() or low in ROLE_NOUNS or low in TITLE_MODIFIERS or tok.i in self.norp:
                break
            if _ACRONYM.fullmatch(tok.text) and tok.ent_type_ not in {"GPE", "NORP", "LOC"} \
                    and tok.text.upper() not in COMMON_ACRONYMS:
                last = k
            k += 1
        return last

    def _described_institution(self, noun: "Token") -> int | None:
        """Where a lowercase institution noun with its modifiers starts ("regional police",
        "the state's health department"); None for a bare noun ("police officer X")."""
        if noun.pos_ != "NOUN" or noun.lower_ not in INSTITUTION_NOUNS or noun.text[:1].isupper():
            return None
        mods = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        if not mods:
            return None
        lo = min(t.left_edge.i for t in mods)
        while self.art.tokens[lo].pos_ == "DET":
            lo += 1
        return lo if lo < noun.i else None

    def _lumped(self, first: int) -> set[int]:
        """Tokens of the organisation entity NER made of a title and the name after it."""
        tok = self.art.tokens[first]
        if tok.ent_type_ != "ORG":
            return set()
        lo = first
        while lo > 0 and self.art.tokens[lo].ent_iob_ == "I":
            lo -= 1
        return set(range(lo, first))

    def _title_word(self, tok: "Token", lumped: set[int] = frozenset()) -> bool:
        low = tok.lower_
        if low in DESCRIPTIVE_ADJECTIVES:
            return False
        if low in ROLE_NOUNS or low in TITLE_MODIFIERS:
            return True
        if tok.i in self.norp:
            return True
        if tok.ent_type_ == "GPE" and tok.pos_ == "PROPN":
            return True  # "US actor X": a country goes into the role
        if tok.text[:1].isupper() and tok.pos_ == "PROPN" and (not tok.ent_type_ or tok.i in lumped) \
                and not self.people.is_person(tok):
            return True  # "Chief Financial Officer", "Majority Leader": capitalised words of the title
        if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.is_alpha and tok.text.islower():
            return True  # "visiting professor", "founding member", "leading geologist"
        # "Amateur astronomer X" opening a sentence: an adjective capitalised only by its place
        return tok.pos_ == "ADJ" and tok.is_alpha and (tok.text.islower() or tok.i == tok.sent.start and tok.text[1:].islower())

    # "Tom Becker of the Pacific Shippers Council said", "Ada Lin of the city's water board",
    # "Ada Lin of WXYZ 7 news,", "Ada Lin of the Harbour Society (HS) observed"
    def _of_organisation(self, name: str, first: "Token", last: "Token"):
        text = self.art.text
        pos = last.idx + len(last.text)
        # "with" as US news uses it: "Ada Lin with the Sierra Club said" (no comma before it)
        of = re.match(r",?\s+(?:of|from|at)\s+|\s+with\s+(?=(?:the\s+)?[A-Z])", text[pos: pos + 20])
        if not of:
            return None
        at = pos + of.end()
        # "of the anti-poverty organisation The Harbour House": a description before the name
        described_as = DESCRIBED_AS.match(text[at: at + 80])
        if described_as:
            at += described_as.end()
        org_m = ORG_RE.match(text, at)
        org = end = None
        if org_m:
            org_m = self._trim_date(self._cut_at_person(org_m))
            head_tok = self._token_after(org_m.start("org")) if org_m else None
            if head_tok is not None and self.people.is_person(head_tok) and head_tok.text not in SAINTS \
                    and not self._organisation_like(org_m.start("org"), org_m.end("org")):
                org_m = None  # "Ada Lin with Tom Berg": a companion; not "of the Ada Lin Foundation"
        preposition = of.group(0).strip(", ")
        if org_m and preposition in {"from", "with"} and not self._organisation_like(org_m.start("org"), org_m.end("org")):
            org_m = None  # "Ada Lin from Oslo": where she comes from, unless the name is an organisation's
        if org_m and preposition == "from" and not described_as and " " not in org_m.group("org") \
                and not _ACRONYM.fullmatch(org_m.group("org")):
            org_m = None  # "Sam Reed, from Marlow,": one plain word after "from" is far more often a town
        if org_m and not self._is_place(org_m.start("org"), org_m.end("org")):
            org, end = org_m.group("org"), org_m.end()
            media = re.match(r"\s+\d{1,3}(?:\s+(?P<noun>[a-z]+))?", text[end: end + 20])
            if media and (media.group("noun") in MEDIA_NOUNS or not media.group("noun")):
                org, end = text[org_m.start("org"): end + media.end()], end + media.end()  # "WXYZ 7 news"
            elif (noun := re.match(r"\s+(?P<noun>[a-z]+)", text[end: end + 20])) and noun.group("noun") in MEDIA_NOUNS:
                org, end = text[org_m.start("org"): end + noun.end()], end + noun.end()
        else:
            described = DESCRIBED_INSTITUTION.match(text, at)
            if described:
                org, end = described.group("org"), described.end()
        if org is None:
            return None
        acronym = re.match(r"\s+\([A-Z][A-Za-z&.]*[A-Z]\.?\)", text[end: end + 20])
        if acronym:  # "the Harbour Society (HS)": the short name is an alias
            end += acronym.end()
        if not (OF_ORG_FOLLOWS.match(text, end) or self._verb_at(end) or self._next_person(end)):
            return None
        if preposition in {"at", "with"} and last.dep_ not in {"nsubj", "nsubjpass"}:
            return None  # "They met Ada Lin at Heathrow Airport": where, not for whom; "Dr Ada Lin at Y said"
        return name, org, None, first.idx, end

    def _trim_date(self, org_m: "re.Match | None") -> "re.Match | None":
        """"Heathrow Airport on Monday": a date joined by a connector is no word of the name."""
        if org_m is None:
            return None
        cut = re.search(r"\s+(?:on|in|of)\s+(?:[A-Z][a-z]+\s+)?(?P<w>[A-Z][a-z]+)$", org_m.group("org"))
        if cut and cut.group("w").lower() in WEEKDAYS | MONTHS:
            return ORG_RE.match(self.art.text[: org_m.start("org") + cut.start()], org_m.start())
        return org_m

    def _organisation_like(self, start: int, end: int) -> bool:
        """The name is an organisation's: NER says so, or it ends in a word for one ("Westfield College")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        return any(t.ent_type_ in {"ORG", "FAC"} and not self.people.is_person(t) for t in span) or span[-1].lower_ in (
            GROUP_NAME_ENDINGS | INSTITUTION_NOUNS | EDUCATION_NOUNS)

    def _cut_at_person(self, org_m: "re.Match") -> "re.Match | None":
        """"Norvel Energy and Ada Lin of Harbour Bank": a name pattern runs over "and" into the
        next person; the organisation ends before the connector that joins them."""
        tok = self._token_after(org_m.start("org"))
        while tok is not None and tok.idx < org_m.end("org"):
            prev = self.art.tokens[tok.i - 1]
            continued = prev.idx >= org_m.start("org") and prev.text in self.people.name_run(tok)
            if self.people.is_person(tok) and tok.idx > org_m.start("org") and not continued:
                cut = re.search(rf"(?:\s+{CONNECTORS})+\s*$", self.art.text[org_m.start("org"): tok.idx])
                if not cut or cut.start() == 0:
                    return None
                return ORG_RE.match(self.art.text[: org_m.start("org") + cut.start()], org_m.start())
            tok = self.art.tokens[tok.i + 1] if tok.i + 1 < len(self.art.tokens) else None
        return org_m

    def _next_person(self, pos: int) -> bool:
        """"... of Norvel and Ada Lin of ...": "and" then another person."""
        m = re.match(r"\s+and\s+", self.art.text[pos: pos + 10])
        return bool(m) and self._person_follows(pos + m.end() - 1)

    def _token_before(self, pos: int) -> "Token | None":
        """The last token ending at or before `pos`."""
        k = bisect_left(self._starts, pos) - 1
        return self.art.tokens[k] if k >= 0 else None

    def _token_after(self, pos: int) -> "Token | None":
        """The first token starting at or after `pos`."""
        k = bisect_left(self._starts, pos)
        while k < len(self._starts) and self.art.tokens[k].is_space:
            k += 1
        return self.art.tokens[k] if k < len(self._starts) else None

    def _verb_at(self, pos: int) -> bool:
        """A finite verb is the next word after `pos` ("... of the Harbour Society observed")."""
        tok = self._token_after(pos)
        return tok is not None and tok.tag_ in FINITE_TAGS

    def _person_follows(self, pos: int) -> bool:
        tok = self._token_after(pos)
        return tok is not None and self.art.text[pos: tok.idx] == " " and self.people.is_person(tok)

    # "X, a radio operator with the 3rd Battalion", "X said, a former ambassador to Y"
    def _appositives(self, name: str, first: "Token", last: "Token"):
        text = self.art.text
        pos = last.idx + len(last.text)
        after = text[pos: pos + 400]
        if re.match(r",?\s+(?:of|from|at)\s+|\s+with\s+(?=(?:the\s+)?[A-Z])", after):
            return  # "Tom Becker of the Pacific Shippers Council said": _of_organisation
        # "X, 52, a farmer", "X (pictured), a farmer", "X — a farmer —"
        m = re.match(r"(?:\s+\((?:pictured|left|right|centre|center|above|below|top|inset)\))?"
                     r"(?:\s+(?P<verb>[a-z]+))?\s*(?:,|\s[—–]|\s--)\s+(?:\d{1,3},\s+)?"
                     r"(?:(?<=\d, )(?:of|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},\s+)?", after)  # "X, 45, of Marlow, a nurse"
        if not m or (m.group("verb") and not _is_reporting_form(m.group("verb"))):
            return
        pos += m.end()
        while True:
            found = self._role_and_org(pos)
            if not found:
                return
            role, org, end = found
            if self._person_follows(end):
                return  # "Ada Lin, Mayor Tom Berg and ...": a list of titled people, not an appositive
            for part in _split_roles(role):
                yield name, org, part, first.idx, end
            # "a researcher at Y and lead author of the study": a second role, with or without an article
            nxt = re.match(r"\s+and\s+(?:now|later|also|currently|formerly)?\s*(?=(?:a|an|the)\s|[a-z])", text[end: end + 40])
            if not nxt:
                return
            pos = end + nxt.end()

    def _role_and_org(self, pos: int, of_complement: bool = False, plural: bool = False) -> tuple[str, str | None, int] | None:
        """At `pos` stands "a/an/the ROLE [prep ORG]": the role, the organisation, the end."""
        text = self.art.text
        # "a 34-year-old teacher at Y": the age is no word of the role
        m = re.match(r"(?:(?:now|currently|formerly|later|also|still|then)\s+)?(?:(?:a|an|the|its|his|her|their)\s+)?"
                     r"(?:\d{1,3}-year-old\s+)?", text[pos:])
        i = pos + m.end()
        owner = ORG_OWNER.match(text[i: i + 120])
        if owner:  # "Ada Lin, the Harbour Society's president": an organisation's role
            tok = self._token_after(i + owner.start("org"))
            if tok is not None and not self.people.is_person(tok):  # "Tom Berg's deputy": left out
                found = self._role_and_org(i + owner.end(), of_complement=True)
                if found and found[1] is not None and self._is_place(i + owner.start("org"), i + owner.end("org")):
                    # "Norway's ambassador to the United Nations": the place is the role's, the organisation named
                    return text[i + owner.start("org"): i + owner.end()].strip() + " " + found[0], found[1], found[2]
                if found and found[1] is None:
                    if self._is_place(i + owner.start("org"), i + owner.end("org")):
                        # "Norway's health minister": a place goes into the role
                        return text[i + owner.start("org"): i + owner.end()].strip() + " " + found[0], None, found[2]
                    return found[0], owner.group("org"), found[2]
            return None
        common = COMMON_OWNER.match(text[i: i + 80])
        if common and not any(w in CLAUSE_WORDS for w in common.group(0).split()):
            # "Ada Lin, the family's lawyer": a role of an unnamed owner
            found = self._role_and_org(i + common.end(), of_complement=True)
            if found and found[1] is None:
                named = self._antecedent_organisation(i, m.group(0) + common.group(0))
                if named is not None:  # "Norvel Energy cut jobs. The company's chief executive, X, ..."
                    return found[0], named, found[2]
                return common.group(0).strip() + " " + found[0], None, found[2]
            return found
        words: list[tuple[str, int, int]] = []
        for wm in re.finditer(r"\S+", text[i: i + 200]):
            word = wm.group(0)
            bare = word.rstrip(",.;:")
            if DOTTED_DEGREE.fullmatch(word.rstrip(",;:")) and word[-1:] not in {",", ";", ":"}:
                bare = word  # "Ph.D." keeps its full stop and the role goes on
            if not ROLE_WORD_RE.fullmatch(bare) or len(words) >= MAX_ROLE_WORDS:
                break
            if bare.lower() in ORG_PREPS | {"to", "from", "who", "which", "that", "said"} | CLAUSE_WORDS:
                break
            words.append((bare, i + wm.start(), i + wm.start() + len(bare)))
            if bare != word:
                break
        while words and not self._role_head(words[-1][0], words[-1][2], plural):
            words.pop()
        if not words:
            return None
        role_end = words[-1][2]
        if plural:  # "both researchers at Y": each is a researcher
            single = ROLE_PLURALS.get(words[-1][0].lower())
            if single is None:
                return None
            text = text[:words[-1][1]] + single + text[words[-1][2]:]
            role = text[words[0][1]: words[-1][1] + len(single)]
            rest = self.art.text[role_end:]
            prep = re.match(r"\s+(?:at|with|of|for)\s+(?:the\s+)?", rest)
            org_m = ORG_RE.match(rest, prep.end()) if prep else None
            if org_m and not self._is_place(role_end + org_m.start("org"), role_end + org_m.end("org")):
                return role, org_m.group("org"), role_end + org_m.end()
            return role, None, role_end
        # "a professor of computer security at Delft University": a lowercase complement
        # belongs to the role, and the organisation may follow it
        complement = re.match(r"\s+(?:of|for|in|on)\s+(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*(?=\s+(?:at|with|for)\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}[A-Z])",
                              text[role_end: role_end + 120])
        # "chairman of the board of Norvel Energy": the board is the role's, the organisation follows
        board = re.match(r"\s+of\s+(?:the\s+|its\s+)?board(?:\s+of\s+(?:directors|trustees|governors))?(?=\s+(?:of|at)\s+(?:the\s+)?[A-Z])",
                         text[role_end: role_end + 80])
        if complement:
            role_end += complement.end()
        elif board:
            role_end += board.end()
        rest = text[role_end: role_end + 200]
        prep = re.match(r"\s+(?P<p>at|with|of|for|in|to|from)\s+", rest)
        role = text[words[0][1]: role_end]
        if prep and prep.group("p") == "for" and words[-1][0].lower() in CANDIDACY_NOUNS:
            return None  # "a contender for the party's nomination": a candidacy, not a post
        if prep:
            described_as = DESCRIBED_AS.match(rest, prep.end())  # "chief executive of the turbine maker Nordwind"
            org_m = ORG_RE.match(rest, described_as.end() if described_as else prep.end())
            if org_m:  # "a professor at Westfield University and Tom Berg, a nurse": the name stops before him
                cut = self._cut_at_person(ORG_RE.match(text, role_end + org_m.start()))
                org_m = cut and ORG_RE.match(rest, org_m.start(), cut.end() - role_end)
            if org_m and not described_as and self._names_person(role_end + org_m.start("org"), role_end + org_m.end("org")):
                return role, None, role_end  # "a spokeswoman for Prime Minister Tom Berg": a person, no organisation
            if org_m:
                org = org_m.group("org")
                end = role_end + org_m.end()
                if of_complement and prep.group("p") == "of":
                    return text[words[0][1]: end], None, end  # "Y's Professor of Engineering": the field is the role's
                # "director of the Middle East program at Chatham House": the unit is part of
                # the role, the organisation comes after it
                unit = re.match(r"\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:at|of)\s+", text[end: end + 80])
                if unit and prep.group("p") == "of":
                    outer = ORG_RE.match(text, end + unit.end())
                    if outer and not self._is_place(outer.start("org"), outer.end("org")):
                        role_text = re.sub(r"\s+(?:at|of)$", "", text[words[0][1]: end + unit.end()].rstrip())
                        return role_text, outer.group("org"), outer.end()
                unit = re.match(rf"(?:\s+[a-z][a-z-]*){{0,2}}\s+(?:{_INSTITUTION})\b", text[end: end + 60])
                name_tok, head = self._token_before(end), unit and self._token_before(end + unit.end())
                if name_tok is not None and name_tok.dep_ == "case" and name_tok.i >= 1:
                    name_tok = self.art.tokens[name_tok.i - 1]  # "of Westland's foreign ministry": the owner
                if unit and head is not None and name_tok is not None and head.pos_ == "NOUN" \
                        and name_tok.head.i == head.i:
                    # "a spokesman for the Westland police", "an official at the Westland health ministry":
                    # a place or a name before a word for an institution names that institution
                    return role, org + text[end: end + unit.end()], end + unit.end()
                if self._modifies_noun(end) or re.search(r"['’]s$", org):
                    # "a line worker at the Bergen plant", "an adviser on the council's budget": the
                    # name only modifies or owns a noun
                    return role, None, role_end
                if prep.group("p") == "from" and not described_as and (
                        self._is_place(role_end + org_m.start("org"), end)
                        or not self._organisation_like(role_end + org_m.start("org"), end)
                        or " " not in org and not _ACRONYM.fullmatch(org)):
                    # "a lawyer from Boston", "a fisherman from Marlow": where she comes from, no employer
                    # (one plain word after "from" is far more often a town than a firm)
                    return role, None, role_end
                if self._is_time(role_end + org_m.start("org"), end):
                    return role, None, role_end  # "a student in the 1990s": when, not where
                if prep.group("p") == "for" and words[-1][0].lower() in SEAT_TITLES \
                        and org.split()[-1].lower() not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                    return text[words[0][1]: end], None, end  # "MP for Marlow East": a constituency, no employer
                if prep.group("p") == "of" and words[-1][0].lower() in PLACE_HEADS \
                        and org.split()[-1].lower() not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                    return text[words[0][1]: end], None, end  # "the mayor of Marlow": a town, even one NER missed
                # "at the think tank Westbridge": a described organisation is no place, whatever NER says
                place = not described_as and self._is_place(role_end + org_m.start("org"), end)
                after = self._token_after(end)
                if place and prep.group("p") in {"at", "with", "for", "in"} and after is not None \
                        and after.pos_ == "NOUN" and after.is_lower and self.art.text[end: after.idx] == " ":
                    return role, None, role_end  # "an official at the Westland health ministry": the place modifies
                if prep.group("p") == "to" and not place and self._organisation_like(role_end + org_m.start("org"), end):
                    return role, org, end  # "an adviser to the Harbour Society": whom she advises employs her
                if prep.group("p") == "to" or place:
                    # "ambassador to Lisbon": a place completes the role, it is no employer
                    return text[words[0][1]: end], None, end
                return role, org, end
        named = self._organisation_prefix(words)
        if named is not None:  # "a United Nations envoy": the organisation's name leads the role
            org_end, role_start = named
            return text[role_start: role_end], text[words[0][1]: org_end], role_end
        # "the lead author of the study and an addiction specialist": a lowercase complement
        # with no organisation after it is part of the role
        low = re.match(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*(?=\s*[,.;]|\s+and\s+(?:a|an|the)\s)",
                       rest)
        public = re.match(r"\s+of\s+(?:the|a|an|their|his|her)\s+(?P<noun>[a-z]+)\b", rest)
        if public and public.group("noun") in GENERAL_PUBLIC:
            return None
        if low:
            role_end += low.end()
            return text[words[0][1]: role_end], None, role_end
        return role, None, role_end

    def _organisation_prefix(self, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        """(end of the organisation, start of the role) where the role's first capitalised words
        are all one organisation entity ("United Nations envoy"); None otherwise."""
        k = 0
        while k < len(words) - 1 and words[k][0][:1].isupper() and words[k][0].lower() not in ROLE_NOUNS \
                and (words[k][0].lower() not in TITLE_MODIFIERS or self._inside_org(words[k][1])):
            k += 1
        if k == 0:
            return None
        toks = [self._token_after(w[1]) for w in words[:k]]
        if any(t is None for t in toks):
            return None
        # "a Harbour Society volunteer": a name ending in a word for an organisation, where NER missed it
        named = k >= 2 and words[k - 1][0].lower() in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS \
            and all(t.pos_ == "PROPN" and not self.people.is_person(t) for t in toks)
        if not named and any(t.ent_type_ != "ORG" for t in toks):
            return None
        return words[k - 1][2], words[k][1]

    def _names_person(self, start: int, end: int) -> bool:
        """The capitalised words hold a person's name and are no organisation named after one."""
        if not hasattr(self, "_work_titles"):
            self._work_titles = _works(self.art.text)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(self.people.is_person(t) and t.text not in SAINTS for t in span) \
            and not self._organisation_like(start, end) and self.art.text[start:end] not in self._work_titles

    def _inside_org(self, start: int) -> bool:
        """The word at `start` continues an organisation entity begun before it: "a Harbour Party
        MP", "a Norvel Energy employee" ("Party", "Energy" are no title modifiers there)."""
        tok = self._token_after(start)
        return tok is not None and tok.ent_type_ == "ORG" and tok.ent_iob_ == "I"

    def _modifies_noun(self, end: int) -> bool:
        """The name ending at `end` is followed by a common noun it modifies ("the Bergen plant")."""
        tok = self._token_after(end)
        return (tok is not None and self.art.text[end: tok.idx] == " " and tok.pos_ == "NOUN" and tok.is_lower
                and tok.lower_ not in MEDIA_NOUNS and self.art.tokens[tok.i - 1].head.i == tok.i)

    def _role_head(self, word: str, end: int, plural: bool = False) -> bool:
        """A job noun: a listed one, or an agent noun ("epidemiologist", "geriatrician", "organiser")
        that a named organisation follows ("an epidemiologist at the University of X")."""
        low = word.lower()
        if low in FAMILY_NOUNS:
            return False  # "the daughter of Tom Berg", "the mother of a pupil at Y": family, no post
        if plural:
            return low in ROLE_PLURALS
        if _job(word):
            return True
        return (len(low) > 5 and AGENT_NOUN.search(low) is not None and low not in NOT_AGENT_NOUNS
                and ORG_FOLLOWS.match(self.art.text, end) is not None)

    def _is_time(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and all(t.ent_type_ in {"DATE", "TIME"} for t in span)

    def _is_place(self, start: int, end: int) -> bool:
        """True where the whole name is a place ("Washington", not "Washington-based X"), or a
        time ("a student in the 1990s"): no organisation either way."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and (all(t.ent_type_ in {"GPE", "LOC"} for t in span)
                                     or all(t.ent_type_ in {"DATE", "TIME"} for t in span))

    # "The company's chief executive, Daniel Mercer, ...", "the head of intelligence at Y, X"
    def _role_before_comma(self, name: str, first: "Token", last: "Token"):
        head = last.head
        if last.dep_ == "appos" and head.lower_ not in ROLE_NOUNS and head.dep_ == "pobj" \
                and head.head.lower_ in {"of", "at", "for", "with"} and head.head.head.lower_ in ROLE_NOUNS:
            head = head.head.head  # "The executive director of the Harbour Society, Ada Lin, said"
        appos = last.dep_ == "appos"
        if not appos and self._according_to_role(first) is not None:
            head, appos = self._according_to_role(first), True
        if not appos or head.i >= first.i or not _job(head.text):
            return
        k = first.i - 1
        while k > 0 and self.art.tokens[k].text in HONORIFICS:
            k -= 1  # "the director of Y, Dr Ada Lin,": a courtesy title between the comma and the name
        if first.i < 1 or self.art.tokens[k].text not in {",", "—", "–", ":"}:
            return  # no comma: the title before the name is _title_before's
        mods = [t for t in head.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha
                and t.lower_ not in DESCRIPTIVE_ADJECTIVES]
        # "top human rights official": a modifier keeps its own modifiers ("human" of "rights")
        mods = sorted({d for t in mods for d in t.subtree if d.is_alpha and d.dep_ in {"amod", "compound"}
                       and d.lower_ not in DESCRIPTIVE_ADJECTIVES}, key=lambda d: d.i)
        role_toks = mods + [head]
        role = " ".join(t.text for t in role_toks)
        owner = self._possessor_organisation(head)  # "the European Commission's climate chief, X"
        org = owner[0] if owner else None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if org is None and poss is not None and poss.pos_ == "NOUN" and any(d.lower_ == "the" for d in poss.children):
            # "Norvel Energy cut jobs. The company's chief executive, X, said": the company just named
            org = self._antecedent_organisation(poss.idx, f"the {poss.lower_}'s ")
        elif org is None and poss is not None and poss.lower_ == "its":
            org = self._antecedent_organisation(poss.idx, "its")  # "Its chairman, X, said"
        for prep in head.rights if org is None else ():
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at", "for", "with"} and prep.i < first.i:
                m = ORG_RE.match(self.art.text, prep.idx + len(prep.text) + 1)
                if m and m.end() <= first.idx and not self._is_place(m.start("org"), m.end("org")):
                    org = m.group("org")
                elif m and m.end() <= first.idx and prep.lower_ == "of" and prep.i == head.i + 1:
                    role = f"{role} of {m.group('org')}"  # "the governor of Harbour State, X": the place is the role's
                elif prep.lower_ == "of":  # "head of military intelligence at Y"
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None and obj.is_lower:
                        role = f"{role} of {' '.join(t.text for t in obj.lefts if t.dep_ in {'amod', 'compound'})} {obj.text}".replace("  ", " ")
                        inner = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in {"at", "of", "for"}), None)
                        if inner is not None:
                            m = ORG_RE.match(self.art.text, inner.idx + len(inner.text) + 1)
                            if m and m.end() <= first.idx and not self._is_place(m.start("org"), m.end("org")):
                                org = m.group("org")
                if org:
                    break
        start = min(role_toks[0].idx, owner[1]) if owner else role_toks[0].idx
        yield name, org, role, start, last.idx + len(last.text)

    def _according_to_role(self, first: "Token") -> "Token | None":
        """"According to the city's police chief, Ada Lin, ...": the parser may miss the
        apposition after "according to"; a job noun ending its object, then a comma, then the
        name, then a comma, is one."""
        toks = self.art.tokens
        if first.i < 4 or toks[first.i - 1].text != ",":
            return None
        head = toks[first.i - 2]
        if head.lower_ not in ROLE_NOUNS or head.pos_ != "NOUN":
            return None
        end = first.i + len(self.people.name_run(first)) if self.people.name_run(first) else first.i + 1
        if end >= len(toks) or toks[end].text != ",":
            return None
        prep = head.head
        if prep.lower_ == "to" and prep.head.lower_ == "according" and head.dep_ == "pobj":
            return head
        return None

    def _described_organisations(self) -> set[str]:
        """Names the article introduces with a word for an organisation ("the logistics firm Norvel
        Freight"): organisations wherever they recur, even where NER calls them people."""
        if not hasattr(self, "_described_orgs"):
            self._described_orgs = set()
            for m in DESCRIBED_NAME.finditer(self.art.text):
                last, noun = self._token_before(m.end("name")), self._token_before(m.start("name") - 1)
                # the word and the name stand in apposition ("the firm Norvel Freight"), not in a
                # clause ("the party Ada Lin founded")
                if last is not None and noun is not None and (
                        last.dep_ == "appos" and last.head.i == noun.i or noun.dep_ == "compound" and noun.head.i == last.i):
                    self._described_orgs.add(m.group("name"))
        return self._described_orgs

    def _possessor_organisation(self, head: "Token") -> tuple[str, int] | None:
        """The organisation that owns a role noun: "the Harbour Society's president"."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and poss.ent_type_ == "GPE":
            return self._campus(poss)
        if poss is not None and poss.pos_ == "PROPN":
            run = self.people.name_run(poss) if self.people.is_person(poss) else ()
            if " ".join(run) in self._described_organisations():
                # "Norvel Freight's managing director, X," after "the logistics firm Norvel Freight"
                first_tok = self.art.tokens[poss.i - len(run) + 1]
                return " ".join(run), first_tok.idx
        if poss is None or poss.ent_type_ != "ORG" or poss.pos_ != "PROPN" or self.people.is_person(poss):
            return None
        lo = poss.i
        while lo > 0 and self.art.tokens[lo].ent_iob_ == "I":
            lo -= 1
        if self.art.tokens[lo].lower_ == "the":
            lo += 1
        return self.doc[lo: poss.i + 1].text, self.art.tokens[lo].idx

    def _campus(self, place: "Token") -> tuple[str, int] | None:
        """"the University of Nevada, Reno's chancellor": a university named with its
        campus after a comma; the place is part of the name."""
        toks = self.art.tokens
        lo = place.i
        while lo > 0 and toks[lo].ent_iob_ == "I":
            lo -= 1
        if lo < 2 or toks[lo - 1].text != "," or toks[lo - 2].ent_type_ != "ORG":
            return None
        start = lo - 2
        while start > 0 and toks[start].ent_iob_ == "I":
            start -= 1
        if toks[start].lower_ == "the":
            start += 1
        if not any(t.lower_ in EDUCATION_NOUNS for t in toks[start: lo - 1]):
            return None
        end = place.i + 1 if place.tag_ != "POS" else place.i
        return self.doc[start: end].text, toks[start].idx

    # "X, who founded Y", "X, 52, who works on logistics for Y"
    def _relative_clause(self, name: str, first: "Token", last: "Token"):
        for clause in last.children:
            if clause.dep_ == "relcl" and clause.lemma_ == "be":
                if any(c.dep_ == "nsubj" and c.lower_ not in {"who", "that"} for c in clause.children):
                    continue  # "X, whose father was a teacher": someone else's post
                attr = next((c for c in clause.children if c.dep_ == "attr" and _job(c.text)), None)
                if attr is not None:  # "who is the director of the Halden Museum"
                    found = self._role_and_org(attr.left_edge.idx)
                    if found:
                        role, org, end = found
                        yield name, org, role, first.idx, end
                continue
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in AFFILIATION_VERBS:
                continue
            if not any(c.lower_ in {"who", "whom"} for c in clause.children):
                continue
            role = AFFILIATION_VERBS[clause.lemma_.lower()]
            org, end = None, None
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ == "PROPN":  # a named object: "who founded Brightline", not "a bakery"
                sub = list(obj.subtree)
                org_start = sub[1].idx if sub[0].lower_ == "the" and len(sub) > 1 else sub[0].idx
                end = sub[-1].idx + len(sub[-1].text)
                org = self.art.text[org_start:end]
            else:
                for prep in clause.subtree:
                    if prep.dep_ == "prep" and prep.lower_ in {"for", "at", "with"} and prep.i > clause.i:
                        m = ORG_RE.match(self.art.text, prep.idx + len(prep.text) + 1)
                        if m and not self._is_place(m.start("org"), m.end("org")):
                            org, end = m.group("org"), m.end()
                            if role is None:
                                # "who works on logistics for Y": what the work is; one who teaches or
                                # plays somewhere has no role stated
                                what = self.art.text[clause.idx: prep.idx].strip()
                                role = self._as_role(clause) or (what if clause.lemma_.lower() in {"work", "serve"}
                                                                 and len(what.split()) > 1 else None)
                            break
            if org:
                yield name, org, role, first.idx, end


    def _as_role(self, clause: "Token") -> str | None:
        """"works as a crane operator": the role after "as"."""
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _job(obj.text):
                    words = [t for t in obj.lefts if t.dep_ in {"compound", "amod"}] + [obj]
                    return " ".join(t.text for t in words)
        return None


    # "The Harbour Society's Ada Lin said": an organisation's person
    def _possessive_organisation(self, name: str, first: int, last: "Token"):
        toks = self.art.tokens
        if first < 2 or toks[first - 1].tag_ != "POS":
            return
        end_tok = toks[first - 2]
        if end_tok.ent_type_ != "ORG" or end_tok.pos_ != "PROPN" or self.people.is_person(end_tok):
            return
        if not self._acts_as_person(name, last):
            return  # "Harbour Motors' Galaxy Note sold well": NER calls a product a person
        lo = end_tok.i
        while lo > 0 and toks[lo].ent_iob_ == "I":
            lo -= 1
        if toks[lo].lower_ == "the":
            lo += 1
        yield name, self.doc[lo: end_tok.i + 1].text, None, toks[lo].idx, last.idx + len(last.text)

    def _acts_as_person(self, name: str, last: "Token") -> bool:
        """The name speaks ("... Ada Lin said") or is named elsewhere by the surname alone."""
        head = last.head
        if last.dep_ == "nsubj" and head.lemma_.lower() in REPORTING_VERBS:
            return True
        surname = name.split()[-1]
        return any(t.text == surname and t.i != last.i and self.people.is_person(t)
                   and self.people.name_run(t) == (surname,) for t in self.art.tokens)

    # "Ada Lin's party, the Greens, ...", "Lin's company, Norvel": a person's own organisation
    def _possessed_group(self, name: str, first: "Token", last: "Token"):
        m = re.match(r"(?:['’]s?)\s+(?:new\s+|own\s+|former\s+)?(?P<noun>party|company|firm|team|club|union|band|charity|"
                     r"organisation|organization|newspaper|foundation|group|campaign|start-up|startup)\s*,\s+",
                     self.art.text[last.idx + len(last.text): last.idx + len(last.text) + 60])
        if not m:
            return
        at = last.idx + len(last.text) + m.end()
        org_m = ORG_RE.match(self.art.text, at)
        if not org_m or self._is_place(org_m.start("org"), org_m.end("org")):
            return
        org_tok = self._token_after(org_m.start("org"))
        if org_tok is None or self.people.is_person(org_tok) or not re.match(r"\s*[,.;)]", self.art.text[org_m.end():]):
            return
        yield name, org_m.group("org"), None, first.idx, org_m.end()

    # "Ada Lin and Tom Berg, both researchers at Y", "X, Y and Z, all members of Y": one link each
    def _shared_appositive(self):
        toks = self.art.tokens
        for tok in toks:
            if tok.lower_ not in {"both", "all"} or tok.i < 4 or toks[tok.i - 1].text != ",":
                continue
            names, k = [], tok.i - 2
            while k >= 0:
                found = self._person_at(toks[k]) if self.people.is_person(toks[k]) or toks[k].ent_type_ else None
                if found is None or not self._real_person(*found):
                    break
                names.append(found)
                k = found[1] - 1
                if k >= 0 and toks[k].lower_ in {"and", "&"}:
                    k -= 1
                    if names and len(names) == 1 and k >= 0 and toks[k].text == ",":
                        k -= 1  # the serial comma
                elif k >= 0 and toks[k].text == "," and len(names) >= 1 and k - 1 >= 0 and self.people.is_person(toks[k - 1]):
                    k -= 1
                else:
                    break
            if len(names) < 2:
                continue
            found = self._role_and_org(tok.idx + len(tok.text) + 1, plural=True)
            if not found:
                continue
            role, org, end = found
            for name, first, _last in reversed(names):
                yield name, org, role, toks[first].idx, end

    # "Ada Lin said ... Her company, Norvel Energy, ...": a pronoun's own organisation
    def _pronoun_group(self):
        for tok in self.art.tokens:
            if tok.lower_ not in {"his", "her"} or tok.dep_ != "poss":
                continue
            noun = tok.head
            if noun.lower_ not in {"company", "firm", "party", "team", "club", "union", "band", "charity", "organisation",
                                   "organization", "newspaper", "foundation", "start-up", "startup", "employer"}:
                continue
            named = self._named_organisation(noun)
            person = self._who(tok) if named else None
            if person and not self.art.in_quotation(tok.idx):
                yield person, named[0], None, tok.idx, named[2]

    # "Foreign Ministers Ada Lin and Tom Berg": a plural title over coordinated names, one each
    def _plural_titles(self):
        toks = self.art.tokens
        for tok in toks:
            single = _singular_role(tok.lower_)
            # "NASA astronauts X and Y": the tagger may read a plural title after a name as a verb
            misread = tok.pos_ == "VERB" and tok.i >= 1 and (toks[tok.i - 1].ent_type_ == "ORG" or toks[tok.i - 1].pos_ == "DET")
            if single is None or (tok.pos_ not in {"NOUN", "PROPN"} and not misread) or tok.i + 1 >= len(toks):
                continue
            names, k = [], tok.i + 1
            while k < len(toks):
                found = self._person_at_run(k)
                if found is None:
                    break
                names.append(found)
                k = found[2].i + 1
                if k < len(toks) and toks[k].text == ",":
                    k += 1
                if k < len(toks) and toks[k].lower_ in {"and", "&"}:
                    k += 1
            if len(names) < 2:
                continue
            lo = tok.i
            while lo - 1 >= tok.sent.start and self._title_word(toks[lo - 1]):
                lo -= 1
            while lo < tok.i and toks[lo].lower_ in {"and", "of", "the"}:
                lo += 1
            written = single.capitalize() if tok.text[:1].isupper() else single
            role = " ".join([t.text for t in toks[lo: tok.i]] + [written])
            org = self._organisation_before(lo)  # "Harbour Society astronauts X and Y"
            start = toks[lo].idx if org is None else org[1]
            if org is None:  # "Researchers X and Y of Westfield University": the organisation of all
                name, first_i, last = names[-1]
                of_org = self._of_organisation(name, toks[first_i], last)
                if of_org is not None:
                    org = (of_org[1], start)
            for name, _first, last in names:
                yield name, org and org[0], role, start, last.idx + len(last.text)

    def _organisation_before(self, lo: int) -> tuple[str, int] | None:
        """The organisation named right before the title at token `lo`: an ORG entity, or capitalised
        words that end in a word for an organisation ("Harbour Society"); (name, offset) or None."""
        toks = self.art.tokens
        k = lo - 1
        if k < 0 or toks[k].pos_ != "PROPN" or not toks[k].text[:1].isupper() or self.people.is_person(toks[k]):
            return None
        if toks[k].ent_type_ == "ORG":
            s0 = k
            while s0 > 0 and toks[s0].ent_iob_ == "I":
                s0 -= 1
        else:
            s0 = k
            while s0 > 0 and toks[s0 - 1].pos_ == "PROPN" and toks[s0 - 1].text[:1].isupper() and toks[s0 - 1].is_alpha:
                s0 -= 1
            if s0 == k or toks[k].lower_ not in GROUP_NAME_ENDINGS | INSTITUTION_NOUNS:
                return None
        if toks[s0].lower_ == "the":
            s0 += 1
        if s0 > k or any(self.people.is_person(t) for t in toks[s0: k + 1]):
            return None
        return self.doc[s0: k + 1].text, toks[s0].idx

    def _person_at_run(self, k: int) -> tuple[str, int, "Token"] | None:
        """The person whose name starts at token k."""
        toks = self.art.tokens
        run = self.people.name_run(toks[k]) if self.people.is_person(toks[k]) else ()
        if not run or toks[k].text != run[0]:
            return None
        last = toks[k + len(run) - 1]
        if not self.people.is_person(last):
            return None
        found = self._person_at(last)
        if found is None or not self._real_person(*found):
            return None
        return found

    # "Ada Lin attended the Harbour Academy", "She graduated from the University of Y",
    # "X, who studied at Y", "after her studies at Y": a person and a school
    def _schools(self):
        for tok in self.art.tokens:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in STUDY_VERBS:
                subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
                    subj = tok.head
                # "attended X", "graduated from X", "studied (law) at X"; not "attended a meeting at X"
                preps = {"attend": set(), "graduate": {"from"}}.get(lemma, {"at", "in"})
                objs = [c for c in tok.children if c.dep_ == "dobj"] if lemma == "attend" else []
                heads = [tok] + ([d for d in tok.children if d.dep_ == "dobj"] if lemma != "attend" else [])
                # "studied physics at Y": the parser may hang the school on the subject studied
                objs += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                         for o in p.children if o.dep_ == "pobj"]
            elif tok.pos_ == "NOUN" and tok.lower_ in STUDY_NOUNS:
                subj = next((c for c in tok.children if c.dep_ == "poss"), None)
                objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"at", "of", "from"}
                        for o in p.children if o.dep_ == "pobj"]
            else:
                continue
            if subj is None or not objs:
                continue
            person = self._who(subj)
            if person is None:
                continue
            for obj in objs:
                org = self._school_name(obj)
                if org:
                    lo = min(subj.left_edge.idx, org[1])
                    yield person, org[0], None, lo, max(org[2], tok.idx + len(tok.text))

    # "Ada Lin was named chief executive of Norvel", "She became mayor of Westfield",
    # "Tom Berg joined the Harbour Society as treasurer"
    def _appointments(self):
        for verb in self.art.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in {"VERB", "AUX"} or lemma not in APPOINTMENT_VERBS:
                continue
            if self._hypothetical(verb):
                continue  # "she could become its president", "he wants to join Y as its coach"
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.dep_ == "nsubj" and lemma not in {"become", "join"}:
                yield from self._appointed_object(verb, subj)
                continue
            if subj is None or (subj.dep_ == "nsubj") != (lemma in {"become", "join"}):
                continue  # "the board named X": the subject is the one who appoints
            if subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                subj = verb.head  # "Ada Lin, who was named chief executive of Y"
            if subj.lower_ in PRONOUNS and self._reported_pronoun(verb):
                continue
            if lemma == "join":
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                                 for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
                if obj is None or obj.pos_ != "PROPN" or self.people.is_person(obj) or role_tok is None:
                    continue
                org_m = ORG_RE.match(self.art.text, obj.left_edge.idx)
                org = org_m.group("org") if org_m and not self._is_place(org_m.start("org"), org_m.end("org")) else None
            else:
                role_tok = next((c for c in verb.children if c.dep_ in {"oprd", "attr"} and _job(c.text)), None)
                if role_tok is None and lemma != "become":  # "was elected as a Fellow of Y", "appointed as its chair"
                    role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i == verb.i + 1
                                     for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
                if role_tok is None:
                    continue
                org = None
            if any(t.tag_ == "JJS" or t.lower_ in AWARD_PERIODS or t.ent_type_ == "DATE"
                   and any(a.lower_ == "of" for a in _ancestors_to(t, role_tok)) for t in role_tok.subtree):
                continue  # "was named the best player of the year": an award, not a post
            person = self._who(subj)
            if person is None:
                continue
            found = self._role_and_org(min(t.idx for t in role_tok.subtree))
            if found is None:
                continue
            role, role_org, end = found
            yield person, org or role_org, role, subj.left_edge.idx, max(end, verb.idx + len(verb.text))

    def _as_posts(self):
        """"X took over as chief executive of Y", "X stepped down as Y's president": a post taken up
        or left, named after "as" (a post left is a former one)."""
        for verb in self.art.tokens:
            if verb.pos_ != "VERB" or self._hypothetical(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            lemma = verb.lemma_.lower()
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
            if (lemma, particle) in TAKEN_POSTS:
                former = False
            elif (lemma, particle) in LEFT_POSTS or (lemma, None) in LEFT_POSTS:
                former = True
            else:
                continue
            role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                             for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
            if role_tok is None:
                continue
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None:
                continue
            if subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                subj = verb.head
            if subj.lower_ in PRONOUNS and self._reported_pronoun(verb):
                continue
            person = self._who(subj)
            found = self._role_and_org(min(t.idx for t in role_tok.subtree)) if person else None
            if found is None:
                continue
            role, org, end = found
            if former and not role.lower().startswith("former"):
                role = f"former {role}"
            yield person, org, role, min(subj.idx, verb.idx), end

    def _antecedent_organisation(self, pos: int, owner: str) -> str | None:
        """"the company's", "the charity's" at `pos`: the one organisation named in this sentence
        before it or in the sentence before, if exactly one is named there; None otherwise."""
        m = re.search(r"(?:^|\s)the\s+(?P<noun>[a-z]+)['’]s?\s+$", owner.lower())
        if owner.lower().strip() != "its" and (not m or m.group("noun") not in ORG_REFERENCE_NOUNS):
            return None  # "its chairman": "its" stands for an organisation (or a thing), never a person
        tok = self._token_after(pos)
        if tok is None:
            return None
        sent = tok.sent
        lo = self.art.tokens[sent.start - 1].sent.start if sent.start > 0 else sent.start
        names = set()
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or ent.start < lo or ent.end_char > pos:
                continue
            text = ent.text.removeprefix("the ").removeprefix("The ")
            if any(self.people.is_person(t) for t in ent) or self._is_place(ent.start_char, ent.end_char):
                continue
            names.add(text)
        return names.pop() if len(names) == 1 else None

    def _founded_by(self):
        """"Norvel Energy was founded by Ada Lin", "the Harbour Trust, a charity founded by X": the
        founder of an organisation named as the passive's subject or the noun the participle describes."""
        toks = self.art.tokens
        for verb in toks:
            role = FOUNDING_VERBS.get(verb.lemma_.lower())
            if verb.pos_ != "VERB" or role is None or verb.tag_ != "VBN" or self._hypothetical(verb):
                continue
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is None or not self.people.is_person(by):
                continue
            target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if target is not None and target.lower_ in {"which", "that"} and verb.dep_ == "relcl":
                target = verb.head
            elif target is None and verb.dep_ == "acl":
                target = verb.head
                if target.pos_ == "NOUN" and target.dep_ == "appos" and target.head.pos_ == "PROPN":
                    target = target.head  # "the Harbour Trust, a charity founded by X"
            if target is None or target.pos_ != "PROPN" or self.people.is_person(target):
                continue
            left = target.left_edge.idx + (4 if target.left_edge.text == "The" else 0)
            org_m = ORG_RE.match(self.art.text, left)
            if not org_m or org_m.end("org") != target.idx + len(target.text) \
                    or not self._organisation_like(org_m.start("org"), org_m.end("org")) \
                    or self._is_place(org_m.start("org"), org_m.end("org")):
                continue
            person = self._who(by)
            if person is not None:
                yield person, org_m.group("org"), role, min(org_m.start("org"), verb.idx), by.idx + len(by.text)

    def _hypothetical(self, verb: "Token") -> bool:
        """"could become", "might be named", "wants to join": a post not (yet) held."""
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISH_VERBS

    def _appointed_object(self, verb: "Token", subj: "Token"):
        """"Norvel Energy appointed Ada Lin as its chief executive", "the council named her its
        chair", "Y hired X as chief engineer": the object holds the post, the subject (where it is
        an organisation) is the employer."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not (self.people.is_person(obj) or obj.lower_ in {"him", "her"}):
            return
        role_tok = next((c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.i > obj.i and _job(c.text)), None)
        if role_tok is None:
            role_tok = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i
                             for o in p.children if o.dep_ == "pobj" and _job(o.text)), None)
        if role_tok is None:
            role_tok = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and _job(c.text)
                             and any(d.dep_ == "poss" and d.lower_ in {"its", "their"} for d in c.children)), None)
        if role_tok is None or any(t.tag_ == "JJS" or t.lower_ in AWARD_PERIODS for t in role_tok.subtree):
            return
        person = self._who(obj)
        if person is None and verb.lemma_.lower() == "name" and obj.lower_ not in PRONOUNS:
            # "Y named Ada Lin its chair": "named" here appoints, it does not give an alias
            at = self._person_at(obj)
            person = at[0] if at else None
        if person is None:
            return
        found = self._role_and_org(min(t.idx for t in role_tok.subtree))
        if found is None:
            return
        role, org, end = found
        role = re.sub(r"^new\s+", "", role)  # "appointed X as its new chair": the post is "chair"
        if org is None and subj.pos_ == "PROPN" and not self.people.is_person(subj):
            left = subj.left_edge.idx + (4 if subj.left_edge.text == "The" else 0)
            org_m = ORG_RE.match(self.art.text, left)
            if org_m and org_m.end("org") == subj.idx + len(subj.text) \
                    and self._organisation_like(org_m.start("org"), org_m.end("org")) \
                    and not self._is_place(org_m.start("org"), org_m.end("org")):
                org = org_m.group("org")
        yield person, org, role, min(subj.left_edge.idx, obj.left_edge.idx), max(end, verb.idx + len(verb.text))

    # ---- links stated by a clause: "X is a professor at Y", "X founded Y", "X works for Y" ---------

    def _clause_subjects(self, verb: "Token") -> list[str]:
        """The people a verb's clause is about: its subject named or as he/she, each name of a
        coordinated subject ("Ada Lin and two friends started ..."), the subject of the clause a
        participle hangs on ("..., he stayed, taking a job at Y"), or of the verb it is
        coordinated with ("He moved to Oslo and worked for Y")."""
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X is not a member of Y"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i != verb.head.i:
                return self._clause_subjects(verb.head)
            if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.i != verb.head.i:
                return self._clause_subjects(verb.head)
            return []
        if subj.lower_ in {"who"} and verb.dep_ == "relcl":
            subj = verb.head
        people = []
        named = [subj, *subj.conjuncts]
        if not self.people.is_person(subj) and subj.lower_ not in PRONOUNS:
            # "Her husband, Leif Dahl, is a professor at Y": the name in apposition to the subject
            named += [c for c in subj.children if c.dep_ == "appos" and self.people.is_person(c)]
        for tok in named:
            if tok.lower_ in PRONOUNS or self.people.is_person(tok):
                person = self._who(tok)
                if person and person not in people:
                    people.append(person)
        return people

    def _clause_links(self):
        for verb in self.art.tokens:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = verb.lemma_.lower()
            if self._hypothetical(verb):
                continue  # "X could be the next president of Y", "X hopes to work for Y"
            if lemma == "be":
                if verb.dep_ == "relcl":
                    continue  # "who is the director of Y": _relative_clause
                found = list(self._copular_roles(verb))
            elif lemma in AFFILIATION_VERBS or lemma in FOUNDING_VERBS or lemma == "join":
                found = list(self._verb_organisation(verb, lemma))
            elif lemma == "spend":
                found = list(self._years_at(verb))
            elif lemma in {"hire", "employ", "recruit"}:
                yield from self._hired_by(verb)
                continue
            else:
                continue
            if not found or self._reported_pronoun(verb):
                continue
            past = any(c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS for c in verb.children)
            for person in self._clause_subjects(verb):
                for org, role, start, end in found:
                    if past and role and not role.lower().startswith("former"):
                        role = f"former {role}"  # "she previously worked for Y as a planner"
                    yield person, org, role, min(start, verb.idx), end

    def _reported_pronoun(self, verb: "Token") -> bool:
        """"Tom Berg said she is a teacher", ""He is a doctor," she said": a pronoun in reported
        speech or in a quotation may be anyone, not the one named last."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in PRONOUNS:
            return False
        if self.art.in_quotation(subj.idx):
            return True
        return any(a.dep_ == "ccomp" for a in [verb, *verb.ancestors])

    def _copular_roles(self, verb: "Token"):
        """"X is a professor at Y", "She was the director of Y", "X is Y's chief executive and a
        fellow of Z": a job noun after "be" gives a role, with the organisation it names."""
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is None:  # "She has been with Norvel Energy since 2010": with an organisation
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i == verb.i + 1), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            named = self._named_organisation(pobj) if pobj is not None else None
            if named:
                yield named[0], None, prep.idx, named[2]
            return
        if attr.pos_ not in {"NOUN", "PROPN"} or attr.i < verb.i:
            return
        if any(t.tag_ in {"JJS", "RBS"} or t.lower_ in {"one", "some", "many", "none", "most", "such"}
               for t in attr.subtree if t.i <= attr.i):
            return  # "X was the finest engineer", "X is one of the founders": no post
        pos, done = attr.left_edge.idx, set()
        while True:
            found = self._role_and_org(pos)
            if not found:
                break
            role, org, end = found
            if org is None and any(c.dep_ in {"relcl", "acl"} for c in attr.children) \
                    and any(c.lower_ == "the" for c in attr.children):
                return  # "the scientist I have ever known": a description, not a post ("a teacher who ..." is one)
            done.add(pos)
            yield org, role, pos, end
            nxt = re.match(r"\s+and\s+(?:also\s+)?(?=(?:a|an|the)\s)", self.art.text[end: end + 20])
            if not nxt:
                break
            pos = end + nxt.end()
        # "He is a Republican and a former state senator": a coordinated job after something else
        for conj in attr.conjuncts:
            if conj.i > attr.i and conj.pos_ == "NOUN" and _job(conj.text) and conj.left_edge.idx not in done \
                    and not any(t.tag_ in {"JJS", "RBS"} for t in conj.subtree):
                found = self._role_and_org(conj.left_edge.idx)
                if found:
                    done.add(conj.left_edge.idx)
                    yield found[1], found[0], conj.left_edge.idx, found[2]

    def _named_organisation(self, tok: "Token", unlabelled_ok: bool = False) -> tuple[str, int, int] | None:
        """The organisation a proper-noun object names ("the Harbour Society", "Norvel Energy"),
        or the name in apposition to a common organisation noun ("a company, Norvel Energy,")."""
        described = tok.pos_ == "NOUN" and tok.lower_ in NON_PERSON_NOUNS - NON_ORGANISATION_THINGS
        if described:  # "a company, Brightline Labs,": the noun says what the name is, whatever NER guessed
            tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if tok is None or tok.ent_type_ in {"GPE", "LOC", "NORP"}:
                return None
        elif tok.pos_ != "PROPN" or tok.ent_type_ not in {"ORG", "FAC"} and not (unlabelled_ok and not tok.ent_type_):
            return None
        elif self.people.is_person(tok) or tok.ent_type_ in {"GPE", "LOC", "PERSON", "NORP"}:
            return None
        start = tok.left_edge.idx if tok.left_edge.i >= tok.i - 4 else tok.idx
        m = ORG_RE.match(self.art.text, start)
        if m and m.end("org") >= tok.idx + len(tok.text):
            org, start, end = m.group("org"), m.start("org"), m.end("org")
        else:  # "eBay", "iRobot Labs": a name in mixed case
            words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in {"compound", "flat"} or t.i == tok.i]
            if not words or words[-1].i - words[0].i + 1 != len(words) or \
                    not all(any(c.isupper() for c in t.text) for t in words):
                return None
            start, end = words[0].idx, tok.idx + len(tok.text)
            org = self.art.text[start:end]
        if self._is_place(start, end):
            return None
        return org, start, end

    def _verb_organisation(self, verb: "Token", lemma: str):
        """"X founded Y", "X heads Y", "X works for Y", "X served in the Y", "X joined Y",
        "X started a company, Y": the organisation and the role the verb gives."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if lemma == "join" or lemma in FOUNDING_VERBS:
            if obj is None or any(p.dep_ == "prep" and p.lower_ == "as" for p in verb.children):
                return  # "joined Y as treasurer": _appointments
            if FOUNDING_VERBS.get(lemma, "") is None and (obj.pos_ != "NOUN" or lemma == "set" and not any(
                    c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
                return  # "started a company, Y": only a common organisation noun with its name
            named = self._named_organisation(obj)
            if named:
                yield named[0], FOUNDING_VERBS.get(lemma), named[1], named[2]
            return
        role = AFFILIATION_VERBS[lemma]
        if obj is not None and lemma not in {"work", "serve", "teach", "play"}:
            # only an organisation is run, owned, founded or chaired; one may lead or direct a film
            named = self._named_organisation(obj, unlabelled_ok=lemma in {"run", "own", "found", "head", "manage", "chair"})
            if named:
                yield named[0], role, named[1], named[2]
            return
        preps = {"work": {"for", "at", "with"}, "serve": {"in", "with", "on", "for"}, "teach": {"at"},
                 "play": {"for"}}.get(lemma, set())
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and lemma in {"work", "serve"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ in ROLE_NOUNS | SURNAME_OCCUPATIONS:
                    found = self._role_and_org(pobj.left_edge.idx)  # "served as mayor of Y"
                    if found and (found[1] or not any(p.dep_ == "prep" and p.lower_ in preps for p in verb.children)):
                        yield found[1], found[0], prep.idx, found[2]
                        return
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = self._named_organisation(pobj) if pobj is not None else None
            if named:
                yield named[0], self._as_role(verb) or role, prep.idx, named[2]
                return

    def _years_at(self, verb: "Token"):
        """"X spent 20 years at Y", "spent her career with Y": time spent with an organisation."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in {"years", "decades", "months", "career", "decade", "year"}:
            return
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in {"at", "with"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                named = self._named_organisation(pobj) if pobj is not None else None
                if named:
                    yield named[0], None, prep.idx, named[2]
                    return

    def _hired_by(self, verb: "Token"):
        """"Ada Lin was hired by Norvel Energy in 2015", "She is employed by Y": the agent employs."""
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if subj is None or agent is None or any(c.dep_ == "neg" for c in verb.children):
            return
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        named = self._named_organisation(pobj) if pobj is not None else None
        person = self._who(subj) if subj.lower_ in PRONOUNS or self.people.is_person(subj) else None
        if named and person and not (subj.lower_ in PRONOUNS and self.art.in_quotation(subj.idx)):
            yield person, named[0], self._as_role(verb), min(subj.idx, verb.idx), named[2]

    def _employment(self):
        """"taking a job at Y", "her tenure at Y", "his time with Y": a post held somewhere."""
        for noun in self.art.tokens:
            if noun.pos_ != "NOUN" or noun.lower_ not in EMPLOYMENT_NOUNS:
                continue
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"at", "with", "in"}), None)
            if prep is None and noun.dep_ == "dobj":
                prep = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in {"at", "with"}), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            named = self._named_organisation(pobj) if pobj is not None else None
            if not named:
                continue
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None:
                people = [p for p in [self._who(poss)] if p]
            elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                people = self._clause_subjects(noun.head)
            else:
                people = []
            for person in people:
                yield person, named[0], None, min(noun.idx, named[1]), named[2]

    def _degrees(self):
        """"X earned a PhD from Y", "Earning a doctorate at Y, X ...", "her degree from Y": a school."""
        for noun in self.art.tokens:
            if noun.lower_ not in DEGREE_NOUNS or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            verb = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
            scope = verb if verb is not None else noun
            schools = []
            for prep in scope.subtree:
                if prep.dep_ == "prep" and prep.lower_ in {"from", "at"} and \
                        not any(a.pos_ == "VERB" for a in _ancestors_to(prep.head, scope) if a.i != scope.i):
                    schools += [self._school_name(o) for o in prep.children if o.dep_ == "pobj"]
            schools = [s for s in schools if s]
            if not schools:
                continue
            if poss is not None:
                people = [p for p in [self._who(poss)] if p]
            elif verb is not None:
                people = self._clause_subjects(verb)
            else:
                people = []
            for person in people:
                for org, start, end in schools:
                    yield person, org, None, min(noun.idx, start), end

    def _school_name(self, obj: "Token") -> tuple[str, int, int] | None:
        """The proper name of a school headed by `obj` ("Port Ellis University", "University of Oslo")."""
        if obj.pos_ != "PROPN":
            return None
        toks = [t for t in obj.subtree if t.dep_ not in {"punct", "appos", "relcl", "acl"}
                and not any(a.dep_ in {"appos", "relcl", "acl"} and a.i != obj.i for a in _ancestors_to(t, obj))]
        while toks and toks[0].pos_ == "DET":
            toks.pop(0)
        if not toks or not any(t.lower_ in EDUCATION_NOUNS for t in toks) or not toks[-1].text[:1].isupper():
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if self._is_place(start, end):
            return None
        return self.art.text[start:end], start, end

    def _who(self, tok: "Token") -> str | None:
        """The person a subject or possessor names: a name, or "he"/"she"/"his"/"her" for the one
        person named in the sentence before it or in the previous sentence of the paragraph."""
        if tok.lower_ not in PRONOUNS:
            if not self.people.is_person(tok) and tok.lower_ in ROLE_NOUNS and tok.text[:1].isupper():
                # "President of Y Ada Lin became ...": the parser makes the title the subject and
                # hangs the name on it in apposition
                held = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children
                        if o.dep_ == "pobj" and self.people.is_person(o) and o.i - len(self.people.name_run(o)) > p.i]
                tok = next((c for c in tok.children if c.dep_ == "appos" and self.people.is_person(c)),
                           held[0] if held else tok)  # "Governor of Y Ada Lin became ...": the place between
            if not self.people.is_person(tok):
                return None
            found = self._person_at(tok)
            return found[0] if found and self._real_person(*found) else None
        sent = tok.sent
        here = {self.people.person_name(t) for t in sent if t.i < tok.i and self.people.is_person(t)} - {None}
        if here:
            return here.pop() if len(here) == 1 else None
        subj = next((t for t in sent if t.i < tok.i and t.lower_ in PRONOUNS and t.dep_ == "nsubj"), None)
        if subj is not None and subj.i != tok.i:
            return self._who(subj)
        # the last sentence of the paragraph before it that names anyone, if it names one person
        # ("Ada Lin was born in Oslo. In 1990 she moved. She worked for Y.")
        # A sentence on the way with "he" for a "she" (or the other way round) is about someone
        # else; so is a named sentence whose own "she" comes before the name ("In 1980 she
        # returned with her husband, Erik Lind. She was a member of Y": not Erik Lind).
        gender = GENDERS[tok.lower_]
        for _ in range(3):
            if sent.start == 0:
                return None
            prev = self.art.tokens[sent.start - 1].sent
            if self.art.paragraph_of(prev.start_char) != self.art.paragraph_of(tok.idx):
                return None
            pronouns = [t for t in prev if t.lower_ in GENDERS]
            if any(GENDERS[t.lower_] != gender for t in pronouns):
                return None
            persons = [t for t in prev if self.people.is_person(t)]
            named = {self.people.person_name(t) for t in persons} - {None}
            if named:
                if len(named) != 1 or any(p.i < persons[0].i for p in pronouns):
                    return None
                return named.pop()
            sent = prev
        return None


def _is_reporting_form(word: str) -> bool:
    return word in {"said", "says", "added", "adds", "warned", "wrote", "noted", "told", "explained"} or (
        word.endswith("ed") and word[:-2] in REPORTING_VERBS
    )


WORK_TITLE = re.compile(rf"\b(?:{'|'.join(sorted(WORK_NOUNS))})\s+(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _works(text: str) -> set[str]:
    """Titles the article introduces as works ("the superhero film Harbour Lights")."""
    return {m.group("title") for m in WORK_TITLE.finditer(text)}


def extract_affiliations(article: "Article") -> list[Affiliation]:
    out: list[Affiliation] = []
    seen: set[tuple] = set()
    works = _works(article.text)
    found = []
    for person, org, role, start, end in AffiliationFinder(article).find():
        if org in works:  # "the director of Harbour Lights" where that is a film: a role, no employer
            if not role:
                continue
            org, role = None, f"{role} of {org}"
        found.append((person, org, role, start, end))
    # one link found twice, once whole and once in part ("senior engineer Ada Lin of Norvel"
    # read with and without its organisation): the part goes
    whole_roles = {(p, (r or "").lower()) for p, o, r, *_ in found if o and r}
    whole_orgs = {(p, (o or "").lower()) for p, o, r, *_ in found if o and r}
    # "Maltese Prime Minister X" and later "Prime Minister X": the fuller title stands for both
    fuller = {(p, (o or "").lower(), (r or "").lower()) for p, o, r, *_ in found for q, o2, r2, *_ in found
              if p == q and (o or "").lower() == (o2 or "").lower() and r and r2
              and len(r2.split()) > len(r.split()) and r2.lower().endswith(" " + r.lower())}
    for person, org, role, start, end in found:
        if (person, (org or "").lower(), (role or "").lower()) in fuller:
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


def _singular_role(word: str) -> str | None:
    """"ministers" -> "minister": the singular of a plural role noun, None for anything else."""
    return ROLE_PLURALS.get(word) if word not in ROLE_NOUNS else None


def _split_roles(role: str) -> list[str]:
    """"chairperson and co-founder" is two roles; "boxer and broadcaster" too; but
    "Secretary of Health and Human Services" is one (its second part is no job noun)."""
    parts = [p.strip() for p in re.split(r"\s+and\s+", role)]
    if len(parts) > 1 and all(p and p.split()[-1].lower() in ROLE_NOUNS for p in parts):
        return parts
    return [role]


def _ancestors_to(tok: "Token", top: "Token"):
    while tok.i != top.i and tok.head.i != tok.i:
        yield tok
        tok = tok.head
