"""Roles set beside a name: appositives ("X, a director at Y,"); a role before a comma ("the
company's chief executive, X,") is fronted_roles.py's, relative clauses are references.py's."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    CANDIDACY_NOUNS, GROUP_NAME_ENDINGS, INSTITUTION_NOUNS, ORG_BOUND_ROLE_NOUNS, ROLE_NOUNS, ROLE_PLURALS,
)
from quizapp.generate.affiliations.patterns import (
    AGENT_NOUN, CLAUSE_WORDS, COMMON_OWNER, COMMON_POSSESSOR, DESCRIBED_AS, FINITE_TAGS, DOTTED_DEGREE, FAMILY_NOUNS,
    GENERAL_PUBLIC, MAX_ROLE_WORDS, NOT_AGENT_NOUNS, ORG_FOLLOWS, ORG_OWNER, ORG_PREPS, ORG_RE, FIELDS_OF_WORK,
    POST_NOMINAL,
    ON_SEATED_BODY, PERSONAL_STAFF, PLACE_OF_POST, PARTY_OF_MEMBER, PLACE_HEADS, SEATED_BODIES, ROLE_WORD_RE,
    SEAT_TITLES, TENURE_WORDS, _ACRONYM, _INSTITUTION, _is_reporting_form, _job, _split_roles,
)

# Rank written before an organisation's name in a role: "a senior Norvel Energy engineer"
RANK_WORDS = {"senior", "junior", "veteran", "longtime", "long-time", "top", "leading", "chief"}

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class AppositivesMixin:
    # "X, a radio operator with the 3rd Battalion", "X said, a former ambassador to Y"
    def _appositives(self, name: str, first: "Token", last: "Token"):
        text = self.art.text
        pos = last.idx + len(last.text)
        degree = POST_NOMINAL.match(text, pos)
        if degree:
            pos = degree.end()  # "Ana Ruiz, MD, president of the society": her degree comes first
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
        verb = self._token_after(pos)
        if verb is not None and verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} and verb.pos_ in {"VERB", "AUX"} and m.group(0).strip():
            return  # "Ada Lin, 61, served as minister": the clause goes on, no appositive
        kin = re.match(r"(?:(?:his|her|their)\s+(?:late\s+)?(?P<kin>[a-z-]+)|(?:a|the)\s+(?P<parent>[a-z]+)(?:\s+|-)of(?:\s+|-)"
                       r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+and\s+(?=(?:a|an|the)\s)", text[pos: pos + 60])
        if kin and kin.group("parent") in FAMILY_NOUNS:
            pos += kin.end()  # "X, a mother of two and a nurse at Y,": the family is no post, the job after it is
        if kin and kin.group("kin") in FAMILY_NOUNS:
            pos += kin.end()  # "X, her husband and the chair of Y,": the family tie is no post, the role after it is
        one = re.match(r"one of (?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:of|at|with|for)\s)", text[pos: pos + 80])
        if one:
            found = self._role_and_org(pos + len("one of "), plural=True)
            if found and found[1] and not self._person_follows(found[2]):
                # "X, one of the founders of the Harbour Trust,": one of a group of post-holders, as written
                yield name, found[1], one.group(0), first.idx, found[2]
            return
        while True:
            found = self._role_and_org(pos) or self._modified_role(pos, last)
            if not found:
                return
            role, org, end = found
            if self._person_follows(end):
                return  # "Ada Lin, Mayor Tom Berg and ...": a list of titled people, not an appositive
            opening = self._token_after(pos)
            if opening is not None and opening.text[:1].isupper() and opening.idx + len(opening.text) == end \
                    and self.people.is_person(opening):
                return  # "included Lin, Dean, Berg and ...": the surname of someone the article names, no title
            if self._fronted_subject(last, end):
                return  # "At the request of Mayor Ada Lin, the Governor opened it": the clause's subject
            for part in _split_roles(role):
                yield name, org, part, first.idx, end
            # "a researcher at Y and chair of the review panel": a second role, with or without an article
            nxt = re.match(r"\s+and\s+(?:now|later|also|currently|formerly)?\s*(?=(?:a|an|the)\s|[a-z])", text[end: end + 40])
            if not nxt:
                return
            pos = end + nxt.end()

    def _modified_role(self, pos: int, last: "Token") -> tuple[str, str, int] | None:
        """"X, a Ministry of Transport official,": an organisation's name written before the role
        noun, where reading the words one by one stops at its "of". The parse gives the role noun,
        set beside the name, and the name it carries (`_organisation_modifier`)."""
        tok = self._token_after(pos)
        if tok is None or tok.i <= last.i:
            return None
        head = tok
        while head.dep_ != "appos" and head.head.i != head.i and head.head.i > last.i:
            head = head.head
        if head.dep_ != "appos" or head.head.i != last.i or not head.is_lower or not _job(head.text):
            return None
        named = self._organisation_modifier(head)
        if named is None:
            return None
        org, start = named
        words = self.art.tokens[start: head.i + 1]
        return " ".join(t.text for t in words), org, head.idx + len(head.text)

    def _fronted_subject(self, last: "Token", end: int) -> bool:
        """"At the request of Mayor Ada Lin, the Governor opened the bridge": the name sits in a
        phrase before the clause, and the role-like words after its comma are the clause's subject
        (a finite verb follows them at once, and that verb has no other subject)."""
        verb = self._token_after(end)
        if verb is None or verb.tag_ not in FINITE_TAGS or verb.i <= last.i:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i and c.i > last.i + 1 for c in verb.children) \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < last.i for c in verb.children):
            return True
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return False
        tok = last
        while tok.head.i != tok.i and tok.head.i != verb.i:
            tok = tok.head
        return tok.head.i == verb.i and tok.dep_ == "prep" and tok.i < last.i

    def _role_and_org(self, pos: int, of_complement: bool = False, plural: bool = False) -> tuple[str, str | None, int] | None:
        """At `pos` stands "a/an/the ROLE [prep ORG]": the role, the organisation, the end."""
        text = self.art.text
        # "a 34-year-old teacher at Y": the age is no word of the role
        m = re.match(r"(?:(?:now|currently|formerly|later|also|still|then)(?:\s+|-(?=[A-Z])))?(?:(?:a|an|the|its|his|her|their)\s+)?"
                     r"(?:\d{1,3}-year-old\s+)?", text[pos:])
        i = pos + m.end()
        owner = ORG_OWNER.match(text[i: i + 120])
        if owner and re.match(r"\S+(?:\s+\S+)?\s+of\s", owner.group("org")) and _job(owner.group("org").split()[0]) \
                and ORG_RE.match(text, i + owner.end()):
            # "Director General of the Westland's Health Institute": a titled role with its place-owned
            # organisation, not an organisation's role
            owner = None
        if owner:  # "Ada Lin, the Harbour Society's president": an organisation's role
            tok = self._token_after(i + owner.start("org"))
            span = self.doc.char_span(i + owner.start("org"), i + owner.end("org"), alignment_mode="expand")
            held = span is not None and next((k for k, t in enumerate(span) if self.people.is_person(t)), None)
            if tok is not None and held and any(_job(t.text) and t.text[:1].isupper() for t in span[:held]):
                # "Ada Lin, Governor Tom Berg's chief of staff": a post in an office holder's staff, whom no
                # organisation is named for
                found = self._role_and_org(i + owner.end(), of_complement=True)
                return (found[0], None, found[2]) if found and found[1] is None else None
            if tok is not None and self.people.is_person(tok):
                # "Ada Lin, Tom Berg's spokeswoman,": a profession in someone's service is a post; "Tom
                # Berg's deputy" or "manager" says only who stands above whom
                found = self._role_and_org(i + owner.end(), of_complement=True)
                if found and found[1] is None and PERSONAL_STAFF.fullmatch(found[0].lower()):
                    return found[0], None, found[2]
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
            if bare.lower() in ORG_PREPS | {"to", "from", "on", "who", "which", "that", "said"} | CLAUSE_WORDS:
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
            if org_m:  # "members of the Westland parliament": a place before a word for an institution
                end = role_end + org_m.end()
                unit = re.match(rf"(?:\s+[a-z][a-z-]*){{0,2}}\s+(?:{_INSTITUTION})\b", self.art.text[end: end + 60])
                name_tok, head = self._token_before(end), unit and self._token_before(end + unit.end())
                if unit and head is not None and name_tok is not None and head.pos_ == "NOUN" and name_tok.head.i == head.i:
                    return role, org_m.group("org") + self.art.text[end: end + unit.end()], end + unit.end()
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
        seat = PLACE_OF_POST.match(rest)
        if seat:  # "sheriff for the county of Westhaven": the place completes the role
            return text[words[0][1]: role_end + seat.end()], None, role_end + seat.end()
        prep = re.match(r"\s+(?P<p>at|with|of|for|in|to|from|on)\s+", rest)
        role = text[words[0][1]: role_end]
        office = prep and re.match(r"(?:Vice\s+|Deputy\s+)?(?P<t>[A-Z][a-z]+)\b", rest[prep.end():])
        lower_office = prep and re.match(r"(?:(?:vice|deputy)[\s-]+)?(?P<t>[a-z]+)(?=\s*[,.;])", rest[prep.end():])
        if prep and prep.group("p") == "for" and words[-1][0].lower() in CANDIDACY_NOUNS and of_complement \
                and lower_office and lower_office.group("t") in ROLE_NOUNS:
            # "the Westland Party's candidate for mayor": the office, written in lower case, is the role's
            end = role_end + prep.end() + lower_office.end()
            return text[words[0][1]: end], None, end
        if prep and prep.group("p") == "for" and words[-1][0].lower() in CANDIDACY_NOUNS and not (
                of_complement and office and office.group("t").lower() in ROLE_NOUNS):
            # "a hopeful for the alliance's ticket": a candidacy, not a post; but a party's
            # "candidate for Deputy Mayor" holds its nomination
            return None
        if prep:
            org_from = prep.end() + self._place_owner(role_end + prep.end())
            if (owned := COMMON_POSSESSOR.match(rest, org_from)) is not None:
                org_from = owned.end()  # "at the university's School of Medicine": the owner is a common noun
            described_as = DESCRIBED_AS.match(rest, org_from)  # "chief executive of the turbine maker Nordwind"
            org_m = ORG_RE.match(rest, described_as.end() if described_as else org_from)
            if org_m:  # "a professor at Westfield University and Tom Berg, a nurse": the name stops before him
                cut = self._cut_at_person(ORG_RE.match(text, role_end + org_m.start()))
                org_m = cut and ORG_RE.match(rest, org_m.start(), cut.end() - role_end)
            if org_m and not described_as and self._names_person(role_end + org_m.start("org"), role_end + org_m.end("org")):
                return role, None, role_end  # "a spokeswoman for Prime Minister Tom Berg": a person, no organisation
            if org_m and prep.group("p") == "on" and org_m.group("org").split()[-1].lower() not in SEATED_BODIES:
                # "a spokesman on the Harbour project": a topic, no employer (but "a Harbour Trust
                # staffer on the project" names the employer before the role)
                return self._organisation_led_role(words, role_end) or (role, None, role_end)
            if org_m:
                org = org_m.group("org")
                end = role_end + org_m.end()
                if of_complement and prep.group("p") == "of":
                    return text[words[0][1]: end], None, end  # "Y's Professor of Engineering": the field is the role's
                first_word = org.split()[0].lower()
                if prep.group("p") in {"of", "for"} and not org_m.group(0).startswith("the ") \
                        and first_word in FIELDS_OF_WORK and (len(org.split()) == 1 or org.split()[1] in {"of", "and"}):
                    # "a Professor of Medicine", "Minister of Finance of Westland": a field or a portfolio is
                    # the role's; a name after it is a place (the role's) or the employer
                    tail = re.match(r"\S+(?:\s+and\s+\S+)?(?:\s+(?P<p>of)\s+(?P<rest>.+))?$", org)
                    if tail is None:  # "Minister of Health and Social Affairs": the portfolio runs on
                        return text[words[0][1]: end], None, end
                    if tail.group("rest"):
                        rs = role_end + org_m.start("org") + tail.start("rest")
                        if self._is_place(rs, end) or not self._organisation_like(rs, end):
                            return text[words[0][1]: end], None, end
                        return text[words[0][1]: rs - len(tail.group("p")) - 2], tail.group("rest").removeprefix("the "), end
                    if not re.match(r"\s+(?:at|of|for|with)\s+(?:the\s+)?(?=[A-Z])", text[end: end + 12]):
                        return text[words[0][1]: end], None, end
                field = re.match(r"\s+(?:at|of|for|with)\s+(?:the\s+)?(?=[A-Z])", text[end: end + 12])
                if field and prep.group("p") in {"of", "for"} and not org_m.group(0).startswith("the "):
                    # "Head of Policy at the Harbour Trust", "Minister of Finance of Westland": a capitalised
                    # field or portfolio is the role's; the name after it is the employer, or a place
                    outer = ORG_RE.match(text, end + field.end())
                    if outer is None:
                        return text[words[0][1]: end], None, end
                    if self._is_place(outer.start("org"), outer.end("org")) \
                            or self._names_person(outer.start("org"), outer.end("org")):
                        return text[words[0][1]: outer.end("org")], None, outer.end("org")
                    return text[words[0][1]: end], outer.group("org"), outer.end("org")
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
                office = self._token_after(role_end + org_m.start("org"))
                if prep.group("p") == "for" and org.split()[0].lower() in ROLE_NOUNS and office is not None \
                        and office.ent_type_ != "ORG":
                    return text[words[0][1]: end], None, end  # "the nominee for Vice President": an office, no employer
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
        named = self._organisation_led_role(words, role_end)
        if named is not None:
            return named
        # "the chief editor of the report and a sleep specialist": a lowercase complement
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

    def _organisation_led_role(self, words: list[tuple[str, int, int]], role_end: int) -> tuple[str, str, int] | None:
        """"a United Nations envoy", "a former Google engineer": the organisation's name leads the
        role's words (words of tenure or rank before it stay the role's)."""
        text = self.art.text
        lead = 0
        while lead < len(words) - 2 and words[lead][0] in TENURE_WORDS | RANK_WORDS:
            lead += 1
        named = self._organisation_prefix(words[lead:])
        if named is None:
            return None
        org_end, role_start = named
        before = text[words[0][1]: words[lead - 1][2]] + " " if lead else ""
        return before + text[role_start: role_end], text[words[lead][1]: org_end], role_end

    def _role_head(self, word: str, end: int, plural: bool = False) -> bool:
        """A job noun: a listed one, or an agent noun ("epidemiologist", "geriatrician", "organiser")
        that a named organisation follows ("an epidemiologist at the University of X")."""
        low = word.lower()
        if low in FAMILY_NOUNS:
            return False  # "the daughter of Tom Berg", "the mother of a pupil at Y": family, no post
        if plural:
            return low in ROLE_PLURALS
        if low.startswith("ex-") and _job(word[3:]):
            return True  # "ex-chairman of Norvel Energy": a post once held
        if _job(word) or word in PARTY_OF_MEMBER and ON_SEATED_BODY.match(self.art.text, end):
            return True  # "the ranking Democrat on the Finance Committee": a member's seat on a body
        # "a senior figure at the Westland Party": a word that is a post only where an organisation follows
        return (low in ORG_BOUND_ROLE_NOUNS or len(low) > 5 and AGENT_NOUN.search(low) is not None
                and low not in NOT_AGENT_NOUNS) and ORG_FOLLOWS.match(self.art.text, end) is not None
