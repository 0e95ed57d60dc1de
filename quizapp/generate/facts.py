"""The facts the generator extracts from an article (the contract of `quizapp extract`).

Offsets are Python string indices into the article text as read; `text == article[start:end]`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


# What a reporting verb says of its clause. "The agency denies that X" is not "the agency said X":
# a denial is kept as one, and questions ask "who denied ...", never "who said ...".
SAID, DENIED = "said", "denied"


@dataclass
class Quote:
    speaker: str          # fullest name of the speaker in the article (a person)
    text: str             # the quotation (direct) or the reported statement
    start: int
    end: int
    direct: bool
    stance: str = SAID    # SAID or DENIED


@dataclass
class Statement:
    """Words an organisation states ("The ministry said ...", "according to the agency"): a kind of
    its own, never a person's quote, so no question mixes people and organisations in one option list."""
    organization: str     # the organisation as the article names it
    text: str
    start: int
    end: int
    direct: bool
    stance: str = SAID


@dataclass
class Affiliation:
    person: str           # fullest name in the article
    organization: str | None
    role: str | None
    start: int            # span of the phrase that states the affiliation
    end: int


@dataclass
class Figure:
    text: str             # e.g. "between 300 and 450 hectares"
    value: str            # e.g. "300–450", "more than 70", "41"
    counts: str           # what it counts, e.g. "hectares", "fishing boats"
    start: int
    end: int


@dataclass
class Facts:
    quotes: list[Quote] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
