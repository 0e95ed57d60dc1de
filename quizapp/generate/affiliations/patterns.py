"""Word lists, patterns and small helpers the affiliation finders share."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    INSTITUTION_NOUNS, NON_ORGANISATION_THINGS, NON_PERSON_NOUNS, REPORTING_VERBS, ROLE_NOUNS, ROLE_PLURALS,
    SURNAME_OCCUPATIONS, WORK_NOUNS, SCIENCE_PREFIXES, FIELD_ROLE_NOUNS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

MAX_ROLE_WORDS = 7
# "Hale & Ward"; "Center for a New Y" (an article after "for" only before a capital)
CONNECTORS = r"(?:of|for(?:\s+an?(?=\s+[A-Z]))?|the|and|&|on|de|du|des|la|le|al|von|van)"
# A proper-noun organisation name: capitalised words (or "3rd"), joined by small connectors.
# (and a middle initial inside a founder's name, "Ruth K. Fenwick Company", where no new sentence starts)
NAME_ABBREVIATIONS = ("St", "Co", "Corp", "Inc", "Ltd", "Bros", "Dept", "Univ", "Mt", "Ft", "Intl")  # written with "."
ABBREVIATIONS = (r"(?:(?:" + "|".join(NAME_ABBREVIATIONS) + r")\.|"
                 r"(?:[A-Z]\.)+(?=\s(?!(?:The|A|An|He|She|It|They|We|I|In|On|But|And|This|That)\b)[A-Z][a-z]))")
_ORG_WORD = rf"(?:{ABBREVIATIONS}|[A-Z0-9][\w’'&–-]*)"  # "Lund–Harlow"
ORG_RE = re.compile(
    rf"(?:the\s+)?(?:(?:nonprofit|non-profit|advocacy|research|federal|state|private|public|independent|international|national|local|global)\s+(?=[A-Z]))?"
    # "the Spanish club Real Oviedo": a people's adjective and a word for the kind of body before its name
    rf"(?:[A-Z][a-z]+(?:an|ish|ese|ch|i)\s+(?:club|side|team|company|firm|charity|union|group|band|airline|agency)\s+(?=[A-Z]))?(?P<org>{_ORG_WORD}(?:(?:\s+{CONNECTORS})*\s+(?:{ABBREVIATIONS}|[A-Z][\w’'&–-]*))*)"
)
# A degree or qualification written after a name, before its appositive: "Ana Ruiz, PhD, of ...",
# "Tom Berg, MD, president of ..." (the comma after it is left for the appositive)
POST_NOMINAL = re.compile(r",\s+(?:MD|M\.D\.|PhD|Ph\.D\.|RN|DO|DDS|DVM|MPH|JD|PharmD|MBBS|FRCS|OBE|MBE|CBE|QC|KC)(?=,)")
# "a Ph.D. student", "an M.D. graduate": a degree abbreviated with full stops is a word of a role
DOTTED_DEGREE = re.compile(r"(?:[A-Z][a-z]?\.){2,3}")
ROLE_WORD_RE = re.compile(r"(?:[A-Z][a-z]?\.){2,3}|[a-z][a-z-]*|[A-Z][a-z]+(?:-[a-z]+|-[A-Z][a-z]+)?|[A-Z][A-Z&]{1,5}|[A-Z][a-z][A-Z]|\d{1,2}-year"
                          r"|(?:al|el|ad|ar|as|an|at|az)-[A-Z][a-z’']+")  # "Oslo-based", "CEO", "PhD", "20-year", "al-Shabaab"
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
# Participles of heading an organisation, with the role: "the Westland Party, led by Ada Lin,"
# ("directed by" is left out: films are directed)
HEADED_BY = {"lead": "leader", "head": "head", "chair": "chair", "own": "owner", "manage": "manager",
             "coach": "coach", "command": "commander"}
# Posts in a person's service ("Tom Berg's spokeswoman", "his chief of staff", "her lawyer")
PERSONAL_STAFF = re.compile(r"(?:(?:former|longtime|senior|chief|personal|top)\s+)?(?:spokesperson|spokesman|spokeswoman|"
                            r"lawyer|attorney|aide|adviser|advisor|chief of staff|press secretary|bodyguard|publicist|"
                            r"counsel|solicitor|barrister|physician|doctor)")
# Fields and portfolios written in capitals after a title ("Professor of Medicine", "Minister of
# Finance", "Head of Policy", "Vice President for Research"): the role's words, never an employer
FIELDS_OF_WORK = {
    "medicine", "law", "economics", "history", "physics", "chemistry", "biology", "mathematics", "engineering",
    "philosophy", "psychology", "sociology", "politics", "geography", "geology", "astronomy", "linguistics",
    "literature", "english", "music", "art", "arts", "architecture", "surgery", "nursing", "pharmacology",
    "epidemiology", "neuroscience", "genetics", "ecology", "statistics", "theology", "journalism", "education",
    "finance", "health", "defence", "defense", "justice", "transport", "agriculture", "energy", "environment",
    "trade", "labour", "labor", "culture", "tourism", "housing", "interior", "communications", "infrastructure",
    "policy", "research", "operations", "marketing", "sales", "security", "strategy", "technology", "science",
    "sciences", "innovation", "development", "planning", "safety", "compliance", "investigations", "affairs",
}
# Last words of the name of a place one stands at, not works for ("at the Harbour Hotel")
FACILITY_ENDINGS = {"hotel", "airport", "stadium", "arena", "park", "square", "street", "road", "avenue", "station",
                    "bridge", "mall", "plaza", "beach", "terminal", "pier", "market", "cemetery", "memorial"}
# Verbs that tie one to an organisation only through a preposition ("works for Y", "writes for Y");
# their object is never an employer ("wrote Harbour Lights", "reported Norvel Energy to the police")
# Last words of the names of political groupings one sits for ("represents the Green Party")
POLITICAL_GROUP_ENDINGS = {"party", "alliance", "coalition", "union", "league", "federation", "movement", "front",
                           "bloc", "caucus"}
PREPOSITION_ONLY_VERBS = {"work", "serve", "teach", "play", "write", "report", "perform", "wrestle", "race",
                          "compete", "sign", "elect", "belong"}
# Posts that are no post without the organisation they are held in ("they were members")
NEEDS_ORGANISATION = {"member", "partner", "leader", "owner", "representative", "official", "founder",
                      "co-founder", "employee", "staff", "head", "chief"}
# "a member of the public": a complement that makes the role no post at all
GENERAL_PUBLIC = {"public", "community", "audience", "crowd", "congregation", "household", "family", "jury"}
ORG_FOLLOWS = re.compile(r"\s+(?:at|with|of|for)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z]")
# "sheriff for the county of Westhaven", "sheriff of the county of Y": a post's place
PLACE_OF_POST = re.compile(r"\s+(?:of|for)\s+the\s+(?:city|town|county|state|province|region|district|municipality|"
                           r"borough|village|commonwealth|territory)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
# Bodies one sits "on" ("a member on the Harbour Board", "the top Republican on the Finance Committee")
SEATED_BODIES = {"committee", "subcommittee", "board", "council", "commission", "panel", "caucus", "taskforce"}
ON_SEATED_BODY = re.compile(rf"\s+on\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:{CONNECTORS})\s+)*){{0,6}}"
                            rf"(?:{'|'.join(w.title() for w in SEATED_BODIES)})\b")
BYLINE_ROLE_LINE = re.compile(
    r"^By\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3})[ \t]*\n[ \t]*(?P<role>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)[ \t]*$",
    re.MULTILINE)
LEGISLATIVE_TITLES = {"sen", "rep", "sens", "reps", "senator", "representative", "assemblyman", "assemblywoman"}
# "Sen. Ada Lin, D-Ore., said", "Sen. Ada Lin (R-Texas) said": a party and a state after the name
PARTY_TAG = re.compile(r"(?:,\s+|\s+\()(?P<tag>(?P<party>[DRI])-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)(?=,|\.|\s|$|\))")
PARTIES = {"D": "Democratic Party", "R": "Republican Party", "I": None}
REPRESENTING = re.compile(r",\s+(?:representing|speaking\s+(?:for|on\s+behalf\s+of))\s+")
# "Ada Lin, a Democrat from Texas, said", "Ada Lin, 44, a Democrat,": a member of a US party named by its member noun
# ("Ada Lin, a Texas Republican,": a state before the noun is the role's)
PARTY_MEMBER = re.compile(r"(?:,\s+\d{1,3})?,\s+an?\s+(?P<role>(?:[A-Z][a-z]+\s+){0,2}?(?P<p>Democrat|Republican|Conservative|Tory))"
                          r"(?=\s+(?:from|of|who)\b|\s*[,.;)])")
PARTY_OF_MEMBER = {"Democrat": "Democratic Party", "Republican": "Republican Party"}
# ("Ada Lin, a Conservative,", "a Tory": the British party; not before a name, where "Conservative
# X" may be a view rather than a party)
PARTY_OF_MEMBER_NOUN = {**PARTY_OF_MEMBER, "Conservative": "Conservative Party", "Tory": "Conservative Party"}
# A member's noun that a word before it makes another party's: "a Liberal Democrat", "a Social
# Democrat" (None: which party of that name is the article's country's)
QUALIFIED_MEMBERS = {"Liberal Democrat": "Liberal Democrats", "Social Democrat": None, "Christian Democrat": None,
                     "Free Democrat": None, "New Democrat": None}
# Last words of a legislature's name ("the Westland Assembly", "the House of Representatives")
LEGISLATURE_NOUNS = {"assembly", "parliament", "senate", "house", "congress", "council", "chamber", "legislature",
                     "representatives", "commons", "lords", "duma", "diet", "majlis", "knesset", "bundestag"}
# "Ada Lin (Labour)", "Tom Berg (Liberal Democrats)", "Ada Lin (Westland Party)": a party in brackets
# right after a name, the way British and Australian reports name a politician's party
BRACKETED_PARTY = re.compile(
    r"\s+\((?P<party>Labour|Conservatives?|Tory|Tories|Liberals?|Liberal Democrats?|Lib Dems?|Greens?|Democrats?|"
    r"Republicans?|Nationals?|Social Democrats?|Christian Democrats?|Socialists?|(?:[A-Z][\w'’-]*\s+){1,4}Party)\)")
# A party word that opens a title ("Liberal council member X", "Labour MP X") names the party.
PARTY_OF_TITLE = {"Democratic": "Democratic Party", "Democrat": "Democratic Party", "Republican": "Republican Party",
                  "Labour": "Labour Party", "Conservative": "Conservative Party", "Tory": "Conservative Party"}


def _job(word: str) -> bool:
    """A job noun: a listed role, or a job that is also a surname written in lower case ("singer X")."""
    low = word.lower()
    return low in ROLE_NOUNS or word.islower() and (low in SURNAME_OCCUPATIONS or _scientist(low))


def _field_role(tok: "Token") -> bool:
    """"porn star", "pop star", "tennis legend": a calling named by its field compounded before it."""
    return tok.lower_ in FIELD_ROLE_NOUNS and tok.is_lower and tok.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ in {"NOUN", "PROPN"} for c in tok.children)


def _scientist(low: str) -> bool:
    """"glaciologist", "volcanologist": a lowercase word for a student of a science is a job noun
    (a field closed up with "writer", "caster" or "keeper" too)."""
    if low.startswith(SCIENCE_PREFIXES) and low.isalpha():
        prefix = next(p for p in SCIENCE_PREFIXES if low.startswith(p))
        if low[len(prefix):] in ROLE_NOUNS and low[len(prefix):].endswith(("ist", "er")):
            return True  # "geochemist", "astrophysicist"
    if low.isalpha() and low.endswith(COMPOUND_JOB_HEADS) and len(low) >= 9:
        return True  # "sportswriter", "newscaster", "shopkeeper": a field closed up with a job noun
    return len(low) > 8 and low.endswith("ologist") and low.isalpha()


# Job nouns that close up with the field before them into one word
COMPOUND_JOB_HEADS = ("writer", "caster", "keeper")


# "Gov. Ada Lin", "Lt. Gov. X", "Det. Sgt. X": abbreviated titles of a post ("Sen."/"Rep." are
# _legislator's); honorifics that name no post ("Dr.", "Hon.", "Rev.", "Fr.") are left out
TITLE_ABBREVIATIONS = {"Gov.", "Lt.", "Gen.", "Col.", "Capt.", "Sgt.", "Det.", "Supt.", "Insp.", "Cmdr.", "Adm.",
                       "Prof.", "Maj.", "Cpl.", "Pvt.", "Brig.", "Atty.", "Pres.", "Amb.",
                       "Cmdt.", "Const.", "Msgr."}


PRONOUNS = {"he", "she", "his", "her", "him"}
# Relations of family, friendship and fellowship: no post ("Ada Lin, the daughter of Tom Berg", "a
# co-worker, Tom Berg,")
FAMILY_NOUNS = {"co-worker", "coworker", "colleague", "classmate", "roommate", "flatmate", "housemate",
                "daughter", "son", "mother", "father", "brother", "sister", "husband", "wife", "grandmother",
                "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "widow",
                "widower", "stepfather", "stepmother", "stepson", "stepdaughter", "sibling", "twin", "fiancé",
                "fiancee", "girlfriend", "boyfriend", "friend", "neighbour", "neighbor", "mum", "mom", "dad"}
# "She previously worked for Y as a planner": a post no longer held
# "X served as treasurer", "X acted as spokesperson", "X worked as a nurse at Y": a post held
SERVING_VERBS = {"serve", "act", "work"}
# "X held the post of treasurer", "X assumed the office of Registrar": a post named by its complement
HOLDING_VERBS = {"hold", "resume", "assume", "retain", "keep", "occupy"}
POST_NOUNS = {"post", "office", "position", "role"}
# "they were in the band Glass Harbour": words for a group whose members are "in" it
GROUP_NOUNS = {"band", "group", "supergroup", "trio", "quartet", "quintet", "duo", "orchestra", "choir", "ensemble"}
# "half back", "full back": the first word of a playing position written as two words
BACK_POSITIONS = {"half", "full", "fly", "wing", "centre", "center", "running", "quarter", "left", "right"}
# Playing positions of one word that are no job nouns elsewhere ("Harbour defenseman X", "the Rovers
# goalie X"): written before a name, in lower case, after a team's name
PLAYING_POSITIONS = {"defenseman", "defenceman", "goalie", "goaltender", "netminder", "winger", "center",
                     "centre", "linebacker", "cornerback", "shortstop", "outfielder", "infielder",
                     "fullback", "halfback", "wicketkeeper", "batsman", "playmaker"}
PAST_ADVERBS = {"previously", "formerly", "once", "earlier"}
# Verbs (lemma, particle) of a post taken up or left, named after "as"
TAKEN_POSTS = {("take", "over"), ("step", "in"), ("step", "up"), ("stay", "on"), ("return", None),
               ("continue", None), ("remain", None), ("sign", "on"), ("come", "in"), ("swear", "in"),
               ("inaugurate", None)}
LEFT_POSTS = {("step", "down"), ("step", "aside"), ("resign", None), ("retire", None), ("quit", None),
              ("oust", None), ("sack", None), ("fire", None), ("dismiss", None), ("remove", None),
              ("leave", None), ("depart", None)}
# Common nouns that refer back to an organisation just named ("the company's chief executive")
ORG_REFERENCE_NOUNS = {"company", "firm", "group", "bank", "airline", "carrier", "charity", "university", "club",
                       "agency", "organisation", "organization", "union", "newspaper", "broadcaster", "insurer",
                       "retailer", "manufacturer", "carmaker", "automaker", "utility", "startup"}
# "the party's leader", "the council's finance director": such a body is taken up only by a name
# that holds one of its words ("the Westland Party", "Westhaven City Council", "St Anne's Infirmary"),
# never by any organisation named before it ("trained at the Harbour Clinic. The hospital's chief")
NAMED_BY_HEAD = {
    "party": {"party"}, "hospital": {"hospital", "infirmary"}, "council": {"council"}, "museum": {"museum"},
    "school": {"school", "academy"}, "trust": {"trust"}, "foundation": {"foundation"}, "ministry": {"ministry"},
    "department": {"department"}, "institute": {"institute"}, "college": {"college"}, "board": {"board"},
    "church": {"church", "cathedral"}, "commission": {"commission"}, "committee": {"committee"},
    "association": {"association", "assn", "assn."}, "society": {"society"}, "federation": {"federation"},
}
ORG_REFERENCE_NOUNS = ORG_REFERENCE_NOUNS | set(NAMED_BY_HEAD)
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
TENURE_WORDS = {"former", "acting", "interim", "outgoing", "incoming", "retired", "late"}
GENDERS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
# "at Saint Anne's", "St. Mary's": an institution named after a saint, not a person
SAINTS = {"Saint", "St.", "St", "San", "Santa", "Sainte", "Santo", "São"}
# Words that start a clause or a new phrase, never a word of a role ("X, was a priest" is no appositive)
CLAUSE_WORDS = {"was", "is", "were", "are", "be", "been", "has", "had", "have", "will", "would", "a", "an", "the",
                "but", "not", "also", "who", "whose"}
# "player of the year", "best actor of the season": what one is named for a period is an award
AWARD_PERIODS = {"year", "month", "week", "season", "match", "game", "tournament", "decade", "century", "day",
                 # ("readers chose her as their favourite author": a vote of liking, no post)
                 "favourite", "favorite"}
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
# "Ada Lin of the Harbour Quartet also wrote", "Ada Lin of the Green Party and 40 other members",
# "Tom Berg of Glass Onion fame": more ways the "X of Y" phrase ends
OF_ORG_ENDS = re.compile(r"\s+(?:(?P<and>and)\s+(?:\d+|other|fellow)\b|fame\b)")
OF_ORG_ADVERB = re.compile(r"\s+(?:also|too|now|later|then|previously|recently|first|once)\b")
# 'Ada Lin of "Safe Harbour", a victim support charity, said': a quoted name that an appositive
# right after it calls an organisation
QUOTED_ORGANISATION = re.compile(
    rf"[\"“](?P<org>[A-Z][\w’' -]{{1,60}}?)[\"”],\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?(?:{_DESCRIPTORS})\b")
# "of the army's Northern Command": a common-noun owner before the organisation's name
COMMON_POSSESSOR = re.compile(r"the\s+[a-z]+['’]s\s+(?=[A-Z])")
# "of Westland's Coastal Fraud Office", "of Westland's Health Ministry": a place owning the organisation
PLACE_POSSESSOR = re.compile(r"(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])")
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# A lowercase description of a specific institution after "of the": "the regional police",
# "the city's water board", "the state health department" (at least one word before the noun).
_INSTITUTION = "|".join(sorted(INSTITUTION_NOUNS, key=len, reverse=True))
DESCRIBED_INSTITUTION = re.compile(
    rf"the\s+(?!(?:same|other|whole|entire|very|own|former|new|old)\s)"
    rf"(?P<org>(?:[A-Za-z][\w-]*['’]s\s+(?:[a-z][a-z-]*\s+){{0,2}}|(?:[a-z][a-z-]*\s+){{1,2}})(?P<noun>{_INSTITUTION}))\b")

# "of the Marlow district council": a place's own body, named by the place and a lowercase noun
PLACE_INSTITUTION = re.compile(
    rf"the\s+(?P<org>(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    rf"(?P<kind>(?:[a-z][a-z-]*\s+){{0,2}})(?P<noun>{_INSTITUTION}))\b")
# Words that make a body a place's government ("the Marlow provincial council"): the capitalised
# words before them are a place, whatever NER made of them
JURISDICTION_WORDS = {"regional", "provincial", "state", "county", "municipal", "city", "district", "local"}

# "One of the report's authors, [glaciologist] Ada Lin," (the text before the name, to its end)
ONE_OF_GROUP = re.compile(
    r"(?:^|(?<=\s))(?P<role>[Oo]ne of (?:(?:the|its|their|his|her)\s+(?:[A-Za-z-]+['’]s\s+)?(?:[a-z-]+\s+)?"
    r"(?P<noun>[a-z-]+)|(?P<place>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s)\s+(?:[A-Z][a-z-]+\s+)?(?P<cap>[A-Z][a-z-]+))),"
    r"\s+(?:[a-z][a-z-]*\s+){0,2}$")  # "One of Westland's Vice Presidents, X,"
ORG_OWNER = re.compile(rf"{ORG_RE.pattern}['’]s?\s+")  # "the Harbour Society's president"


def _is_reporting_form(word: str) -> bool:
    return word in {"said", "says", "added", "adds", "warned", "wrote", "noted", "told", "explained"} or (
        word.endswith("ed") and word[:-2] in REPORTING_VERBS
    )


WORK_TITLE = re.compile(rf"\b(?:{'|'.join(sorted(WORK_NOUNS))})\s+(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _works(text: str) -> set[str]:
    """Titles the article introduces as works ("the superhero film Harbour Lights")."""
    return {m.group("title") for m in WORK_TITLE.finditer(text)}


def singular_role(word: str) -> str | None:
    """"ministers" -> "minister": the singular of a plural role noun, None for anything else."""
    return ROLE_PLURALS.get(word) if word not in ROLE_NOUNS else None


def _split_roles(role: str) -> list[str]:
    """"chairperson and co-founder" is two roles; "boxer and broadcaster" too; but
    "Secretary of Health and Human Services" is one (its second part is no job noun)."""
    parts = [p.strip() for p in re.split(r"\s+and\s+", role)]
    if len(parts) > 1 and all(p and (p.split()[-1].lower() in ROLE_NOUNS or _scientist(p.split()[-1])) for p in parts):
        return parts
    return [role]


def _ancestors_to(tok: "Token", top: "Token"):
    while tok.i != top.i and tok.head.i != tok.i:
        yield tok
        tok = tok.head
