"""Who belongs where: a person's role and organisation as the article states them.

Patterns: a title before the name ("Russian Foreign Minister X", "NATO chief X"), an appositive
after it ("X, a senior fellow at the Y Institute, ..."; "X said, a former ambassador to Y"),
a second appositive joined by "and" ("... of Y and now a fellow at Z"), and a relative clause
("X, who founded Y", "X, 39, who works on logistics for Y").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.facts import Affiliation
from quizapp.generate.names import NAME_SUFFIXES
from quizapp.generate.lexicon import AFFILIATION_VERBS, REPORTING_VERBS, ROLE_NOUNS, TITLE_MODIFIERS

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
ROLE_WORD_RE = re.compile(r"[a-z][a-z-]*|[A-Z][a-z]+")
ORG_PREPS = {"at", "with", "of", "for", "in"}
AGENT_NOUN = re.compile(r"(?:ist|ian|er|or|eer)$")
NOT_AGENT_NOUNS = {"number", "letter", "matter", "quarter", "corner", "center", "centre", "border", "water",
                   "winter", "summer", "error", "sector", "factor", "mirror", "favor", "favour", "honor", "honour",
                   # people outside the organisation: its customers, voters and fans are not its staff
                   "supporter", "customer", "voter", "viewer", "reader", "listener", "follower", "admirer",
                   "subscriber", "borrower", "shareholder", "passenger", "visitor", "user"}
ORG_FOLLOWS = re.compile(r"\s+(?:at|with|of|for)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z]")
BYLINE_ROLE_LINE = re.compile(
    r"^By\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3})[ \t]*\n[ \t]*(?P<role>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)[ \t]*$",
    re.MULTILINE)
LEGISLATIVE_TITLES = {"sen", "rep", "sens", "reps", "senator", "representative", "assemblyman", "assemblywoman"}
PARTY_TAG = re.compile(r",\s+(?P<tag>(?P<party>[DRI])-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)(?=,|\.|\s|$)")
PARTIES = {"D": "Democratic Party", "R": "Republican Party", "I": None}


class AffiliationFinder:
    def __init__(self, article: "Article"):
        self.art = article
        self.doc = article.doc
        self.people = article.people
        self.norp = {t.i for e in self.doc.ents if e.label_ == "NORP" for t in e}

    def find(self):
        for tok in self.art.tokens:
            if not self.people.is_person(tok):
                continue
            if tok.i + 1 < len(self.doc) and self.people.is_person(self.art.tokens[tok.i + 1]) and tok.whitespace_:
                continue  # not the last word of the name
            if self.art.in_quotation(tok.idx):
                continue
            name = self.people.person_name(tok)
            run = self.people.name_run(tok)
            first = tok.i - len(run) + 1
            if run and run[-1] in NAME_SUFFIXES:  # "Carl Dunn Jr., a ...": the suffix ends the name
                first += 1
                tok = self.art.tokens[tok.i + 1]
            yield from self._title_before(name, first, tok)
            yield from self._appositives(name, self.art.tokens[first], tok)
            yield from self._relative_clause(name, self.art.tokens[first], tok)
            yield from self._role_before_comma(name, self.art.tokens[first], tok)
            yield from self._legislator(name, first, tok)
        yield from self._byline_role_line()

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
            role = f"{title.text}, {tag.group('tag')}"
            org = PARTIES.get(tag.group("party"))
            end = tag.end("tag")
        yield name, org, role, title.idx, end

    # "Canadian Trade Minister Ana Ruiz", "military blogger and propagandist X"
    def _title_before(self, name: str, first: int, last: "Token"):
        doc, i = self.art.tokens, first - 1
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i].text[:1].isupper() and doc[i - 2].lower_ in ROLE_NOUNS:
            i -= 2  # "Secretary of State Antony Blinken", "Minister of Defence X"
        elif i < 0 or doc[i].lower_ not in ROLE_NOUNS:
            return
        lo = i
        while lo - 1 >= doc[first].sent.start and self._title_word(doc[lo - 1]):
            lo -= 1
        while lo < i and (doc[lo].lower_ in {"and", "of", "the"} or doc[lo].ent_type_ == "ORG"):
            lo += 1  # "Associated Press writer": a title word inside an organisation's name is the name's
        org = None
        if lo - 1 >= 0:
            prev = doc[lo - 1]
            if prev.ent_type_ == "ORG" and prev.pos_ == "PROPN":
                ent_start = prev.i
                while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                    ent_start -= 1
                org, lo = self.doc[ent_start: lo].text, ent_start
        role_toks = [t for t in doc[lo: first] if org is None or t.i >= lo]
        role = " ".join(t.text for t in role_toks if not (org and t.ent_type_ == "ORG"))
        start = doc[lo].idx
        yield name, org, role, start, last.idx + len(last.text)

    def _title_word(self, tok: "Token") -> bool:
        low = tok.lower_
        if low in ROLE_NOUNS or low in TITLE_MODIFIERS:
            return True
        if tok.i in self.norp:
            return True
        if tok.text[:1].isupper() and tok.pos_ == "PROPN" and not tok.ent_type_ and not self.people.is_person(tok):
            return True  # "Chief Financial Officer", "Majority Leader": capitalised words of the title
        return tok.pos_ == "ADJ" and tok.is_alpha and tok.text.islower()

    # "X, a radio operator with the 3rd Battalion", "X said, a former ambassador to Y"
    def _appositives(self, name: str, first: "Token", last: "Token"):
        text = self.art.text
        pos = last.idx + len(last.text)
        after = text[pos: pos + 400]
        of = re.match(r"\s+(?:of|from|at)\s+", after)
        if of:  # "Tom Becker of the Pacific Shippers Council said"
            org_m = ORG_RE.match(text, pos + of.end())
            if org_m and not self._is_place(org_m.start("org"), org_m.end("org")) and re.match(
                    r"\s*(?:,|\.|;|\)|\s(?:said|says|told|added|warned|wrote|who)\b)", text[org_m.end():]):
                yield name, org_m.group("org"), None, first.idx, org_m.end()
            return
        m = re.match(r"(?:\s+(?P<verb>[a-z]+))?\s*,\s+(?:\d{1,3},\s+)?", after)  # "X, 52, a farmer"
        if not m or (m.group("verb") and not _is_reporting_form(m.group("verb"))):
            return
        pos += m.end()
        while True:
            found = self._role_and_org(pos)
            if not found:
                return
            role, org, end = found
            yield name, org, role, first.idx, end
            nxt = re.match(r"\s+and\s+(?:now|later|also|currently|formerly)?\s*(?=(?:a|an|the)\s)", text[end: end + 40])
            if not nxt:
                return
            pos = end + nxt.end()

    def _role_and_org(self, pos: int) -> tuple[str, str | None, int] | None:
        """At `pos` stands "a/an/the ROLE [prep ORG]": the role, the organisation, the end."""
        text = self.art.text
        m = re.match(r"(?:(?:a|an|the)\s+)?", text[pos:])
        i = pos + m.end()
        words: list[tuple[str, int, int]] = []
        for wm in re.finditer(r"\S+", text[i: i + 200]):
            word = wm.group(0)
            bare = word.rstrip(",.;:")
            if not ROLE_WORD_RE.fullmatch(bare) or len(words) >= MAX_ROLE_WORDS:
                break
            if bare.lower() in ORG_PREPS | {"to", "who", "which", "that", "said"}:
                break
            words.append((bare, i + wm.start(), i + wm.start() + len(bare)))
            if bare != word:
                break
        while words and not self._role_head(words[-1][0], words[-1][2]):
            words.pop()
        if not words:
            return None
        role_end = words[-1][2]
        # "a professor of computer security at Delft University": a lowercase complement
        # belongs to the role, and the organisation may follow it
        complement = re.match(r"\s+(?:of|for|in|on)\s+(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*(?=\s+(?:at|with|for)\s+[A-Z])",
                              text[role_end: role_end + 120])
        if complement:
            role_end += complement.end()
        rest = text[role_end: role_end + 200]
        prep = re.match(r"\s+(?P<p>at|with|of|for|in|to)\s+", rest)
        role = text[words[0][1]: role_end]
        if prep:
            org_m = ORG_RE.match(rest, prep.end())
            if org_m:
                org = org_m.group("org")
                end = role_end + org_m.end()
                # "director of the Middle East program at Chatham House": the unit is part of
                # the role, the organisation comes after it
                unit = re.match(r"\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:at|of)\s+", text[end: end + 80])
                if unit and prep.group("p") == "of":
                    outer = ORG_RE.match(text, end + unit.end())
                    if outer and not self._is_place(outer.start("org"), outer.end("org")):
                        role_text = re.sub(r"\s+(?:at|of)$", "", text[words[0][1]: end + unit.end()].rstrip())
                        return role_text, outer.group("org"), outer.end()
                if prep.group("p") == "to" or self._is_place(role_end + org_m.start("org"), end):
                    # "ambassador to Washington": a place completes the role, it is no employer
                    return text[words[0][1]: end], None, end
                return role, org, end
        return role, None, role_end

    def _role_head(self, word: str, end: int) -> bool:
        """A job noun: a listed one, or an agent noun ("epidemiologist", "geriatrician", "organiser")
        that a named organisation follows ("an epidemiologist at the University of X")."""
        low = word.lower()
        if low in ROLE_NOUNS:
            return True
        return (len(low) > 5 and AGENT_NOUN.search(low) is not None and low not in NOT_AGENT_NOUNS
                and ORG_FOLLOWS.match(self.art.text, end) is not None)

    def _is_place(self, start: int, end: int) -> bool:
        """True where the whole name is a place ("Washington", not "Washington-based X")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and all(t.ent_type_ in {"GPE", "LOC"} for t in span)

    # "The company's chief executive, Daniel Mercer, ...", "the head of intelligence at Y, X"
    def _role_before_comma(self, name: str, first: "Token", last: "Token"):
        head = last.head
        if last.dep_ != "appos" or head.i >= first.i or head.lower_ not in ROLE_NOUNS:
            return
        mods = [t for t in head.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha]
        role_toks = mods + [head]
        role = " ".join(t.text for t in role_toks)
        org = None
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at", "for", "with"} and prep.i < first.i:
                m = ORG_RE.match(self.art.text, prep.idx + len(prep.text) + 1)
                if m and m.end() <= first.idx and not self._is_place(m.start("org"), m.end("org")):
                    org = m.group("org")
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
        start = role_toks[0].idx
        yield name, org, role, start, last.idx + len(last.text)

    # "X, who founded Y", "X, 39, who works on intelligence for Y"
    def _relative_clause(self, name: str, first: "Token", last: "Token"):
        for clause in last.children:
            if clause.dep_ == "relcl" and clause.lemma_ == "be":
                attr = next((c for c in clause.children if c.dep_ == "attr" and c.lower_ in ROLE_NOUNS), None)
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
                                role = self._as_role(clause) or self.art.text[clause.idx: prep.idx].strip() or None
                            break
            if org:
                yield name, org, role, first.idx, end


    def _as_role(self, clause: "Token") -> str | None:
        """"works as a crane operator": the role after "as"."""
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.lower_ in ROLE_NOUNS:
                    words = [t for t in obj.lefts if t.dep_ in {"compound", "amod"}] + [obj]
                    return " ".join(t.text for t in words)
        return None


def _is_reporting_form(word: str) -> bool:
    return word in {"said", "says", "added", "adds", "warned", "wrote", "noted", "told", "explained"} or (
        word.endswith("ed") and word[:-2] in REPORTING_VERBS
    )


def extract_affiliations(article: "Article") -> list[Affiliation]:
    out: list[Affiliation] = []
    seen: set[tuple] = set()
    for person, org, role, start, end in AffiliationFinder(article).find():
        key = (person, (org or "").lower(), (role or "").lower())
        if key in seen:
            continue
        seen.add(key)
        o_start, o_end, _ = article.original_span(start, end)
        out.append(Affiliation(person=person, organization=org, role=role, start=o_start, end=o_end))
    return out
