"""What a person's name looks like: honorifics, suffixes, particles and initials, the shapes of
name words, and the word classes that tell a name from a street, a company or a body."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    CLUB_NAME_ENDINGS, LEGAL_FORMS, MILITARY_RANKS, NAME_TITLES, ROLE_NOUNS, ROLE_PLURALS, TITLE_MODIFIERS,
)
from quizapp.generate.names.given import GIVEN_NAMES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# Ranks abbreviated without a full stop, as British and South Asian papers write them ("army chief Gen
# Ana Ruiz", "Lt Col Tom Berg"): no word of the name
RANKS_WITHOUT_STOP = {"Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Brig", "Adm", "Cdr"}
HONORIFICS = NAME_TITLES | MILITARY_RANKS | RANKS_WITHOUT_STOP | {"Sir", "Dame", "Rev.", "Sen.", "Rep.", "Gov.", "Rev",
                                                                  "Revd", "Reverend", "Prof", "Rt", "Rt."}
# Honorifics written between a title and a name, with their "the" ("Consultant surgeon Dr Ana Ruiz",
# "the Bishop of Y, the Rt Rev Ana Ruiz,")
HONORIFICS_AFTER_TITLES = HONORIFICS | {"Hon", "Hon.", "Right", "Honourable", "Very", "Most", "the"}


# A word of a name: letters, with inner apostrophes or hyphens ("O'Neill", "D’Souza", "Brandt-Okafor").
NAME_SHAPE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Generational suffixes that belong to the name before them ("Carl Dunn Jr.").
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


# Lowercase particles inside a person's name ("Ana de la Cruz", "Jan van der Berg", "Omar bin Said").
NAME_PARTICLES = {"de", "da", "di", "del", "della", "dela", "delos", "la", "van", "von", "der", "den", "ter",
                  "du", "dos", "das", "bin", "binti", "ibn", "al", "el"}
# "R.": a middle initial.
INITIAL = re.compile(r"[A-Z]\.")

# "Brandt-Okafor": capitalised halves joined by a hyphen; the tagger guesses anything for an unseen one.
DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
# "O'Neill", "D’Souza": an Irish, Italian or French surname prefix the tagger may call a noun.
PREFIXED_SURNAME = re.compile(r"[A-Z]['’][A-Z][^\W\d_]+")
# "Giscard d'Estaing", "dell'Acqua": a surname after an elided lowercase particle
ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|nell)['’][A-Z][^\W\d_]+")


def _name_word(tok: "Token") -> bool:
    return _plain_name_word(tok) or _surname_like_title(tok)


def _surname_like_title(tok: "Token") -> bool:
    """A surname that is also a title word ("Ada Major", "Ann Judge", "Tom Marshal"): a title
    stands before a name, never right after a given name inside the same person's entity."""
    if tok.i == 0 or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I" or tok.pos_ != "PROPN":
        return False
    prev = tok.doc[tok.i - 1]
    return (tok.lower_ in ROLE_NOUNS and tok.text[:1].isupper() and tok.text[1:].islower()
            and prev.ent_type_ == "PERSON" and prev.whitespace_ and _plain_name_word(prev)
            and not (tok.i + 1 < len(tok.doc) and _plain_name_word(tok.doc[tok.i + 1])))


def _plain_name_word(tok: "Token") -> bool:
    text = tok.text
    elided = False
    if not text[:1].isupper():
        # most words of an article; the first test, since this runs for every word several times
        elided = ELIDED_PARTICLE.fullmatch(text) is not None
        if not elided:
            return False
    low = text.lower()
    if low in {"lady", "gentleman"}:
        # "Lady Ana Ruiz" is her name with an honorific; "First Lady Ana Ruiz" a title before it
        prev = tok.doc[tok.i - 1] if tok.i else None
        return tok.pos_ == "PROPN" and (prev is None or prev.text != "First")
    return (
        (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" and tok.pos_ in {"NOUN", "ADV", "VERB", "ADJ", "AUX"}
         or PREFIXED_SURNAME.fullmatch(text) is not None or DOUBLE_BARRELLED.fullmatch(text) is not None
         or elided)
        and NAME_SHAPE.fullmatch(text) is not None
        and text not in NAME_SUFFIXES
        and low not in ROLE_NOUNS
        and low not in ROLE_PLURALS  # "Ministers Ada Lin and Tom Berg": a plural title is no name either
        and low not in TITLE_MODIFIERS
        and (tok.ent_type_ not in {"NORP", "DATE", "TIME"} or _barrelled_not_a_date(tok)
             or _family_name_before_syllabic_given_name(tok) or _surname_read_as_date(tok))
    )


def _surname_read_as_date(tok: "Token") -> bool:
    """"Gregory Weeks", "Ana May": a surname NER takes for a date, right after a given name (no
    calendar word: "Victoria Day" is a holiday)."""
    if tok.ent_type_ != "DATE" or tok.pos_ != "PROPN" or tok.i == 0 or tok.lower_ in _CALENDAR_WORDS | {
            "day", "days", "eve", "night", "week", "weekend", "month", "season"}:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.pos_ == "PROPN" and prev.whitespace_ and prev.text in GIVEN_NAMES and prev.ent_type_ in {"", "DATE", "PERSON"}


def _barrelled_not_a_date(tok: "Token") -> bool:
    """"Whitfield-Soto", which NER may take for a date or a time: two capitalised words joined by a
    hyphen, neither a month or a day ("Mid-July" is a date)."""
    return tok.ent_type_ in {"DATE", "TIME"} and DOUBLE_BARRELLED.fullmatch(tok.text) is not None and not any(
        part.lower() in _CALENDAR_WORDS for part in tok.text.split("-"))


_CALENDAR_WORDS = {"mid", "early", "late", "january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                   "friday", "saturday", "sunday", "christmas", "easter", "new", "year"}


def _given_name_as_noun(tok: "Token") -> bool:
    """An unfamiliar given name the tagger calls a common noun, right before a surname: a
    capitalised singular noun that is neither a role nor part of a title."""
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text[:1].isupper() and tok.text[1:].islower()
            and tok.is_alpha and tok.lower_ not in ROLE_NOUNS and tok.lower_ not in TITLE_MODIFIERS)


# Bodies whose members are people ("Ana Ruiz of the city council", "Tom Berg of the Green party").
MEMBER_BODIES = {"assembly", "parliament", "senate", "congress", "council", "legislature", "party", "committee",
                 "cabinet", "court", "house", "chamber", "opposition"}


# Last words of names of streets, buildings, companies and places that are no one's surname
# ("Harold Berg Avenue", "Mira Lund Studios"): a run ending in one names no person, whatever NER says.
PLACE_AND_COMPANY_ENDINGS = {
    "avenue", "boulevard", "road", "airport", "station", "building", "centre", "center", "stadium", "arena",
    "museum", "gallery", "theatre", "theater", "cathedral", "mosque", "hospital", "clinic", "university",
    "college", "school", "institute", "ministry", "council", "committee", "commission", "agency", "inc",
    "inc.", "ltd", "ltd.", "corp", "corp.", "plc", "llc", "holdings", "airlines", "airways", "motors",
    "studio", "studios", "records", "pictures", "films", "industries", "technologies", "systems",
    "island", "islands", "county", "city", "province", "region", "district", "republic", "kingdom",
    "foundation", "association", "society", "party", "union", "federation", "league", "trust",
    # plural trade words that end company names ("Harbour Diving Adventures", "Kestrel Therapeutics")
    "adventures", "solutions", "services", "enterprises", "partners", "resources", "therapeutics",
    "pharmaceuticals", "laboratories", "labs", "networks", "logistics", "dynamics", "electronics",
    "communications", "productions", "brands", "foods", "biotherapeutics", "biosciences", "sciences",
    "works", "games", "interactive", "entertainment", "software", "ventures",
    # landforms and waters ("the Westland Firing Range", "Harlan Creek")
    "range", "mountains", "canyon", "desert", "creek", "lagoon", "peninsula", "reservoir", "glacier", "strait",
    "gulf",
    # places of research ("the Westmark Astronomical Observatory", "Harlan National Laboratory")
    "observatory", "laboratory", "lab", "planetarium", "aquarium", "zoo",
    # trade words that end company names ("Harbour Homes", "Norvel Energy", "Kestrel Ventures")
    "homes", "properties", "estates", "developments", "construction", "builders", "farms", "hotels", "resorts",
    "energy", "oil", "gas", "mining", "media", "pharma", "capital", "ventures", "investments", "insurance",
    "telecom", "software", "games", "entertainment", "transit", "transport", "freight", "shipping", "railway",
    "railways", "biologics", "biotech", "bank",
    # shops and places to eat or stay ("the Little Acorn Cafe", "Harbour Street Bakery")
    "cafe", "café", "restaurant", "bakery", "bistro", "diner", "pub", "inn", "brewery", "winery", "shop",
    "store", "stores", "supermarket", "supermarkets", "pharmacy", "salon", "garage",
    # the heads of public bodies' and alliances' names ("the Federal Roads Administration", "the
    # Harbour Tourism Partnership"): a title word before them ("General") makes no person of them
    "administration", "authority", "department", "directorate", "secretariat", "bureau", "partnership",
    "alliance", "coalition", "organisation", "organization", "corporation", "company", "assembly",
    "parliament", "tribunal", "academy", "institution", "forces", "corps",
} | LEGAL_FORMS | CLUB_NAME_ENDINGS


# Role nouns a company or a group can be as well as a person ("a leader in solar panels").
ORGANISATION_ROLES = {"leader", "member", "partner", "owner", "operator", "producer", "founder", "co-founder",
                      "manager", "specialist", "pioneer", "employer", "adviser", "advisor", "consultant",
                      # "Harbour Games, developer of ...", "Lund & Berg, auditor of the bank,"
                      "developer", "publisher", "retailer", "contractor", "supplier", "provider", "trader",
                      "broker", "investor", "creator", "host", "organiser", "organizer", "regulator",
                      "administrator", "auditor", "trustee", "counsel", "representative", "agent", "designer",
                      "architect", "planner", "observer", "monitor", "mediator", "negotiator", "co-owner",
                      "sponsor", "builder", "candidate", "nominee", "head", "champion", "co-host"}


def chosen_post(tokens, i: int) -> bool:
    """Whether token `i` ends a post one is chosen for but has not taken, "President-elect",
    "Minister-designate", which the tokenizer splits in three; the title word is token `i - 2`."""
    return i >= 2 and tokens[i].lower_ in {"elect", "designate"} and tokens[i - 1].text == "-" \
        and not tokens[i - 1].whitespace_ and not tokens[i - 2].whitespace_


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(full[i: i + n] == part for i in range(len(full) - n + 1))


# A given name of two syllables joined by a hyphen, as Korean names are written ("Min-jun")
SYLLABIC_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def _family_name_before_syllabic_given_name(tok: "Token") -> bool:
    """"Han Min-jun": a short family name NER took for a people's name ("Han") right before a
    hyphenated two-syllable given name is the first word of the person's name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "NORP" and len(tok.text) <= 5 and tok.whitespace_ != "" and nxt is not None \
        and SYLLABIC_GIVEN_NAME.fullmatch(nxt.text) is not None
