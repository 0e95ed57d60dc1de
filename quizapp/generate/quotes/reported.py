"""Reported speech: the clause an attribution reports, split at quotation marks."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    CARRY_ON_VERBS, REPORTING_VERBS, SPEECH_VERBS, WEEKDAYS,
)
from quizapp.generate.quotes.acts import OCCASION_NOUNS, bare_request_object
from quizapp.generate.quotes.misparsed import listener_clause, misread_clause, unmarked_clause
from quizapp.generate.quotes.common import (
    _urged_infinitive,
    _title_case, MIN_DIRECT_WORDS,
    Attribution, FINITE_TAGS, MIN_CLAUSE_WORDS, MIN_CONTENT_WORDS, RELATIVE_PRONOUNS, _clause_on_medium,
    _not_said, _complementiser, _speakers_second_verb, _subjunctive, set_off_in_clause,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from quizapp.generate.quotemarks import Quotation

class ReportedMixin:
    def _reported(self, atts: list[Attribution]):
        for a in atts:
            if a.quoted_only:
                continue
            sent = a.verb.sent
            spans = self._content(a, sent)
            head = self._inserted_head(a, sent)
            if head is not None and not a.organisation and not any(lo < head[1] and head[0] < hi for lo, hi in spans) \
                    and not self._overlaps_direct(*head):
                yield a.speaker, head[0], head[1], False, False, a.stance
            for span in spans:
                start, end = span
                if not a.organisation:
                    yield from ((a.speaker, q.start, q.end, True, False, a.stance)
                                for q in self._short_quoted_passages(start, end, a.speaker))
                tail = self._tail_of_quotation(start, end, self.doc[a.first].idx)
                if tail is not None and not a.organisation:
                    yield a.speaker, tail[0], tail[1], False, False, a.stance
                if self._overlaps_direct(start, end):
                    if (not a.organisation and self._holds_quotations(start, end)
                            and self._before_other_source(a, atts, start, end) == end):
                        yield a.speaker, start, end, False, a.organisation, a.stance
                    end = self._before_quotation(start, end, after_verb=self.doc[a.last].idx < start)
                    if end is None:
                        continue  # the quotation itself carries the statement
                end = self._before_other_source(a, atts, start, end)
                if end is None or self._quotation_then_narration(start, end):
                    continue
                yield a.speaker, start, end, False, a.organisation, a.stance

    def _before_other_source(self, a: Attribution, atts: list[Attribution], start: int, end: int) -> int | None:
        """'said the mayor needed surgery; Channel 4 reported he ...', 'said a badge was used,
        reported by the Herald as ..., to gain entry': another source brought in after a semicolon,
        or by a participle of reporting with its own agent after a comma, is not the speaker's; the
        speaker's words end before it (None where too little is left)."""
        span = self.doc.char_span(start, end, alignment_mode="expand") or []
        cuts = [t.idx for t in span if t.text == ";" and any(
            v.lemma_.lower() in REPORTING_VERBS and v.tag_ in FINITE_TAGS and v.i > t.i
            and any(c.dep_ == "nsubj" and c.i > t.i for c in v.children) for v in span)]
        cuts += [t.idx for t in span if t.tag_ == "VBN" and t.lemma_.lower() in REPORTING_VERBS and t.i > 0
                 and self.doc[t.i - 1].text == "," and any(c.dep_ == "agent" for c in t.children)]
        if not cuts:
            return end
        head = re.sub(r"[\s,;:]+$", "", self.art.text[start: min(cuts)])
        if len(re.findall(r"[^\W_]+", head)) < MIN_CONTENT_WORDS:
            return None
        return start + len(head)

    def _holds_quotations(self, start: int, end: int) -> bool:
        """'said it was “the worst flood in memory” for the valley': reported words that a quotation
        sits inside are the speaker's statement whole, the words before, the quotation and the words
        after it (the quotation is also given on its own, as the speaker's exact words). Not where a
        quotation opens after a comma or colon ('replied on the radio, “...”'): that quotation is
        words of its own, and the words before it are no clause."""
        qs = [q for q in self.direct_quotes if q.open < end and start < q.close]
        text = self.art.text
        return all(start < q.open and q.close <= end + 1 and text[:q.open].rstrip()[-1:] not in {",", ":", ";"}
                   for q in qs) and not self._quotation_then_narration(start, end)

    def _tail_of_quotation(self, start: int, end: int, attribution: int) -> tuple[int, int] | None:
        """'“We checked every figure twice” before the vote was held, Ruiz said': words
        that run on from a quotation, with no comma between, up to the attribution after them are
        the speaker's reported words (news gold splits them from the quotation); not narration
        after a comma ('“...,” and the hall is closed') and not a bare connective."""
        text = self.art.text
        if end > attribution or not re.match(r"\s*,", text[end: attribution]):
            return None  # the words must end at the comma before the attribution
        for q in self.direct_quotes:
            if q.open <= start < q.close < end and not text[q.open: start].strip(" \"“‘'"):
                tail = text[q.close + 1: end]
                if not re.match(r" [a-z]", tail) or any(c in tail for c in "\"“”"):
                    return None
                lo = q.close + 1 + len(tail) - len(tail.lstrip())
                if len(re.findall(r"[^\W_]+", tail)) < MIN_CONTENT_WORDS \
                        or re.match(r"(?:and|but|or)\b", text[lo: end]):
                    return None
                return lo, end
        return None

    def _quotation_then_narration(self, start: int, end: int) -> bool:
        """'said “We did all we could,” and the town hall is closed': reported words that open with a
        whole quotation and go on with "and" after it are the quotation (attributed as such) and
        then the writer's own words."""
        for q in self.art.quotations:
            if q.open <= start < q.close < end and not self.art.text[q.open: start].strip(" \"“‘'"):
                if re.match(r"[\"”’']?\s*,?\s*[\"”’']?\s*(?:and|but)\s", self.art.text[q.close: end]):
                    return True
        return False

    def _short_quoted_passages(self, start: int, end: int, speaker: str) -> list["Quotation"]:
        """'Ruiz said the flood was an "appalling tragedy" for the town': a quoted passage of two to
        four words inside a person's reported words is that person's wording (a single quoted word
        is a scare quote and stays inside its phrase; a title is no wording). Not where another
        person speaks between: 'said Hill had told him he was "not scared at all"' relays Hill's words."""
        out = []
        for q in self.art.quotations:
            if start <= q.start and q.end <= end + 1 and 2 <= q.words(self.art.text) < MIN_DIRECT_WORDS \
                    and not _title_case(self.art.text[q.start: q.end]) and self.art.text[q.open] in "\"“" \
                    and not self._named_by_quotation(q):
                lo = bisect_right(self._token_starts, start) - 1
                if not self._another_speaker_between(lo, bisect_right(self._token_starts, q.open - 1), speaker):
                    out.append(q)
        return out

    def _before_quotation(self, start: int, end: int, after_verb: bool = False) -> int | None:
        """'said he told them to stop worrying and “play ...”': the reported words before a
        quotation that the statement runs into are a statement of their own."""
        opens = [q.open for q in self.direct_quotes if start < q.open < end]
        if not opens or any(q.open <= start < q.close for q in self.direct_quotes):
            return None
        head = self.art.text[start: min(opens)]
        if re.search(r":\s*$", head):
            # 'Ruiz told reporters the plan had failed: “...”': a colon ends the reported clause and
            # introduces the quotation as words of their own
            head = re.sub(r"[\s:]+$", "", head)
            words = self.doc.char_span(start, start + len(head), alignment_mode="expand") or []
            if len(re.findall(r"[^\W_]+", head)) < 2 * MIN_CONTENT_WORDS or not any(
                    t.tag_ in FINITE_TAGS for t in words):
                return None
            return start + len(head)
        if not re.search(r"\s(?:and|but)\s*$", head):
            # where the quotation opens a clause of its own ("he would not appeal because they had
            # “...”") the reported words end where that clause begins; the words a quotation
            # completes are an item of their own only after the verb of saying and where they say
            # something by themselves (eight words or more with a finite verb: 'said the ruling was
            # a victory for shoppers who had been “...”'); before a fronted quotation ('Much will
            # depend on “...,” she said') they are the reporter's lead-in, and "the plan hinges on
            # “...”" is too little
            cut = self._clause_of_quotation(start, min(opens))
            if cut is None and not after_verb:
                return None
            if cut is None:
                cut = min(opens)
            head = self.art.text[start: cut]
            head = re.sub(r"(?:[\s,;:]|\b(?:and|but|or|because|since|as|while|when|if|after|before)\b)+$", "", head)
            words = [t for t in self.doc.char_span(start, start + len(head), alignment_mode="expand") or []]
            # 'said the museum represented a “comment on ...”': after the verb of saying, a clause
            # with its subject and finite verb that the quotation completes is the speaker's too
            least = MIN_CONTENT_WORDS if after_verb and _subject_and_verb(words) else 2 * MIN_CONTENT_WORDS
            if len(re.findall(r"[^\W_]+", head)) < least or not any(
                    t.tag_ in FINITE_TAGS for t in words):
                return None
            k = len(words)
            while k > 0 and (words[k - 1].tag_ == "MD" or words[k - 1].pos_ == "AUX" and words[k - 1].head.i >= words[k - 1].i):
                k -= 1
            if k < len(words) and not any(t.tag_ in FINITE_TAGS for t in words[:k]):
                return None  # 'alleged the firm had “contributed to ...”': the clause's verb is the quotation's
            return start + len(head)
        head = re.sub(r"(?:[\s,;:]|\b(?:and|but|or|to|that)\b)+$", "", head)
        if len(re.findall(r"[^\W_]+", head)) < 2 * MIN_CONTENT_WORDS:
            return None
        return start + len(head)

    def _clause_of_quotation(self, start: int, open_at: int) -> int | None:
        """Where the adverbial clause ("because they had “...”") that holds the quotation opening at
        `open_at` begins, when it begins after `start`."""
        tok = self._token_at_or_after(open_at + 1)
        if tok is None:
            return None
        chain = [tok, *tok.ancestors]
        clause = None
        for t in chain:
            if min(x.idx for x in t.subtree) < start:
                break
            if t.dep_ == "advcl" and t.pos_ in {"VERB", "AUX"}:
                clause = t
        if clause is None:
            return None
        first = min(x.idx for x in clause.subtree)
        return first if first > start else None

    def _content(self, a: Attribution, sent: "Span") -> list[tuple[int, int]]:
        """The spans a reporting verb attributes: its clause, or the words on the far side of an
        attribution ('..., X said.'), or both sides of one set inside the sentence ("The plan, X
        said, will fail"), or a speech act's object."""
        doc = self.doc
        clauses = [c for c in a.verb.children if c.dep_ == "ccomp" and not _not_said(c, a.verb)]
        target = clauses[0] if clauses else None
        if target is not None and target.i < a.verb.i and clauses[-1].i > a.verb.i and (
                target.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS
                and any(c.dep_ == "nsubj" for c in target.children)
                or doc[a.last + 1].text != "," and min(t.i for t in clauses[-1].subtree) <= a.last + 2):
            # '“...,” Ruiz said; her rival, Berg, said the referee was biased': the parser may hang the
            # first report on the second verb; the second speaker's words are the clause after it. So
            # may a clause of time before the attribution ("Shortly after the board met, Ruiz said she
            # would ..."): a verb of saying with its clause right after it reports that clause only.
            target = clauses[-1]
        if target is not None and _own_report(target):
            return []  # '... “for the town[.]” She then added, “...”': the parser ran the next report into this one
        if target is None:
            target = _clause_on_medium(a.verb) or unmarked_clause(a.verb) or listener_clause(a.verb)
        if target is None and a.verb.dep_ in {"parataxis", "advcl"} and a.verb.head.i != a.verb.i and not (
                a.verb.dep_ == "advcl" and a.verb.head.i < a.first) and not (
                a.verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" or c.dep_ == "advmod" and c.tag_ == "WRB"
                                               for c in a.verb.children)):
            # (not "Although Ruiz denied the claims, the board voted ...", "When Ruiz announced her
            # resignation, Berg joined the race": the main clause is no one's words)
            target = a.verb.head
            if target.i > a.last and (target.tag_ in {"VBG", "VBN"} and any(c.dep_ == "nsubj" for c in target.children)
                                      and not any(c.dep_ in {"aux", "auxpass"} for c in target.children)
                                      or target.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBG"
                                                                       for c in target.children)):
                target = None  # '"...," Ruiz said, her voice breaking': how she said it, not what
        left = (sent.start, a.first)
        right_start = a.last + 1
        while right_start < sent.end and (doc[right_start].is_punct or doc[right_start].lower_ == "that"):
            right_start += 1
        for t in doc[right_start: min(right_start + 5, sent.end)]:
            if _complementiser(t) and not (target is not None and t.dep_ == "mark" and a.last < target.i < t.i and any(
                    x.i == t.head.head.i for x in target.subtree)):  # "told investors on a call that ..."
                # (not "said workers wanted guarantees that ...": a "that" inside the reported
                # clause opens no clause of the verb of saying)
                right_start = t.i + 1
                break
        right = (right_start, sent.end)
        misread = misread_clause(a.verb)  # "maintained the bridge is what the town needs"
        if misread is not None:
            span = self._trim(misread)
            return [span] if span else []
        act = self._speech_content(a.verb) if a.verb.lower_ != "according" else None
        if act is not None and (target is None or target.i < a.verb.i or self.art.in_quotation(target.idx)):
            span = self._trim(act)
            return [span] if span else []
        out = []
        if target is not None and target.i > a.last:
            sub = [t.i for t in target.subtree]
            asked = bare_request_object(target, a.verb)
            if asked is not None:  # "asked the court intervene": whom was asked, and to do what
                sub += [t.i for t in asked.subtree]
            other = [c for c in target.children if c.dep_ == "conj" and c.i > target.i and (
                self._own_speaker(c) or _speakers_second_verb(c))] + [
                t for t in target.subtree if t.i > target.i and self._contrasted_speaker(t)]
            if other:  # "..., but Y disputed that": the statement ends where Y's clause begins
                cut = min(min(t.i for t in c.subtree) for c in other)
                cut = min([cut] + [c.i for c in target.children if c.dep_ == "cc" and c.i < cut and c.i > target.i])
                sub = [i for i in sub if i < cut]
            # "said she would sell the farm, before changing her mind a week later": a participle
            # of time set off by a comma at the end tells what the speaker did next, not what was said
            after = [i for i in sub if i > target.i and doc[i].text == "," and i + 2 < len(doc)
                     and doc[i + 1].lower_ in {"before", "after"} and doc[i + 2].tag_ == "VBG"]
            if after:
                sub = [i for i in sub if i < min(after)]
            # "told investors on a call that ...": the statement starts where its clause does
            right = (max(right_start, min(sub)), max(sub) + 1)
            if right[0] == right_start:
                right = (_after_time_of_saying(doc, right[0], right[1]), right[1])
            side = right
            out += self._between_quotations(a, sent)
            # 'he said he remained “hopeful” a deal would be reached': the parser splits a clause
            # that runs through a quotation into two complements; the second is said too
            for more in a.verb.children:
                if more.dep_ == "ccomp" and more.i > max(sub):
                    extra = (min(t.i for t in more.subtree), max(t.i for t in more.subtree) + 1)
                    if self._words(extra) >= MIN_CONTENT_WORDS and any(
                            t.tag_ in FINITE_TAGS for t in self.doc[extra[0]: extra[1]]) and not any(
                            t.text in {".", "!", "?", ";"} for t in self.doc[max(sub): extra[0]]):
                        span = self._trim(extra)
                        if span:
                            out.append(span)
        elif target is not None and target.i < a.first:
            if _asked_first(doc, left[0]):
                return []
            side = left
            rest = self._inserted_rest(a, sent)
            if rest:
                out.append(rest)
        elif a.verb.lower_ == "according" and a.verb.dep_ == "prep" and a.verb.head.i > a.last \
                and a.verb.head.pos_ in {"VERB", "AUX"} and a.verb.head.dep_ == "conj":
            # "... ran the shop for years but, according to his diary, also kept ...": the clause
            # the source is set in is the source's
            side = (right_start, a.verb.head.right_edge.i + 1)
        elif a.verb.lower_ == "according" and a.first >= sent.start + 2 and (
                doc[a.first - 1].lower_ in {"but", "and"} or doc[a.first - 1].text == "," and doc[a.first - 2].lower_ in {"but", "and"}) \
                and any(t.tag_ in FINITE_TAGS for t in doc[right[0]: right[1]]):
            side = right  # (the same where the parser hangs the source on the first clause)
        elif a.verb.lower_ == "according" and a.first > sent.start and self._words(left) >= MIN_CONTENT_WORDS and any(
                t.tag_ in FINITE_TAGS for t in doc[left[0]: left[1]]):
            side = left  # "46 people have died, according to X, most of them ...": the source follows its claim
        else:
            words = [self._words(left), self._words(right)]
            if right[0] + 1 < right[1] and doc[right[0]].lower_ in {"while", "when", "after", "before"} \
                    and doc[right[0] + 1].tag_ == "VBG":
                words[1] = 0  # "..., Ruiz said while visiting the plant": when she said it, nothing she said
            subordinate = a.verb.dep_ == "advcl" and any(
                c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in a.verb.children if c.i < a.first)
            if words[0] >= MIN_CONTENT_WORDS and words[1] < MIN_CONTENT_WORDS and (a.verb.dep_ != "conj" or a.first == a.verb.i) and \
                    doc[a.first - 1].text in {",", "”", '"', "’", "'", ":", "—"} and not _asked_first(doc, left[0]) \
                    and not subordinate:
                # "The dam will hold, Ruiz said.": not "Ruiz left, and Berg promised ...", nor "The
                # clip was cut to show Ruiz stalling, when, in fact, she replied at once"
                side = left
            elif words[1] >= MIN_CONTENT_WORDS and words[0] < MIN_CONTENT_WORDS:
                side = right
            else:
                return []
            if a.verb.lower_ != "according" and not self._has_own_clause(side):
                # "Ruiz wrote three books before she turned forty", "Berg posted the letters after
                # the meeting ended": the verb's own object, with a clause that only qualifies it
                return []
        if self._words(side) < (MIN_CLAUSE_WORDS if side is right and target is not None and self._has_own_clause(side)
                                else MIN_CONTENT_WORDS):
            return []  # a clause the parse shows ("he said he was innocent") may be short
        if not any(t.tag_ in FINITE_TAGS or _subjunctive(t, a.verb) or _past_read_as_participle(t)
                   for t in doc[side[0]: side[1]]) and not (
                target is not None and (_urged_infinitive(target, a.verb) or bare_request_object(target, a.verb))):
            return []  # "declared a curfew": an act, not a statement
        if a.verb.lower_ == "according" and any(
                b.verb.lower_ != "according" and side[0] <= b.verb.i < side[1] and b.named and not b.organisation
                and b.speaker != a.speaker and b.verb.dep_ in {"ROOT", "conj"} for b in self.attributions()):
            return []  # "according to X, Y wrote that ...": Y's statement, which X relays
        span = self._trim(side)
        out += self._second_that_clause(a)
        return [span, *out] if span else out

    def _second_that_clause(self, a: Attribution) -> list[tuple[int, int]]:
        """"Ruiz said the road was closed, and that it would reopen on Friday": the parser hangs the
        second "that"-clause on the verb of saying as a conjunct; it is said too."""
        out = []
        for c in a.verb.children:
            if c.dep_ != "conj" or c.i <= a.last or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                continue
            if not any(m.dep_ in {"nsubj", "nsubjpass"} for m in c.children) or c.lemma_.lower() in SPEECH_VERBS:
                continue
            sub = [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)]
            side = (min(t.i for t in sub), max(t.i for t in sub) + 1)
            if self._words(side) >= MIN_CLAUSE_WORDS:
                span = self._trim(side)
                if span:
                    out.append(span)
        return out

    def _has_own_clause(self, side: tuple[int, int]) -> bool:
        """Whether the words hold a clause of their own: a finite verb with its subject among them,
        not a relative clause ("the boat that her father built") and not one a conjunction makes
        a circumstance ("before she turned forty", "when the war began")."""
        lo, hi = side
        for t in self.doc[lo: hi]:
            if t.tag_ not in FINITE_TAGS and not _past_read_as_participle(t) or t.pos_ not in {"VERB", "AUX"}:
                continue
            if t.tag_ == "MD" or t.dep_ in {"aux", "auxpass"}:
                t = t.head  # "would fail": the clause is its verb's
                if not lo <= t.i < hi:
                    continue
            subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and lo <= c.i < hi]
            if not subj or any(c.lower_ in RELATIVE_PRONOUNS | {"whom", "whose"} for c in subj):
                continue
            chain = [t]
            x = t
            while x.head.i != x.i and lo <= x.head.i < hi:
                x = x.head
                chain.append(x)
            if any(c.dep_ in {"relcl", "acl"} and not any(_complementiser(m) for m in c.children)
                   or c.dep_ in {"pcomp", "pobj"} or any(
                    m.dep_ == "mark" and m.lower_ != "that" or m.dep_ == "advmod" and m.tag_ == "WRB"
                    for m in c.children) for c in chain) or chain[-1].dep_ in {"advcl", "conj"}:
                continue
            return True
        return False

    def _between_quotations(self, a: Attribution, sent: "Span") -> list[tuple[int, int]]:
        """'X said they had “...” by pleading guilty early and “...”': a statement that runs on
        through quotations; the reported words between two of its quotations are its too."""
        after = self.doc[a.last].idx
        qs = [q for q in self.direct_quotes if after < q.open and q.close <= sent.end_char]
        out = []
        for q1, q2 in zip(qs, qs[1:]):
            gap = [t for t in sent if q1.close < t.idx < q2.open]
            if not gap or any(t.is_sent_start for t in gap) or any(
                    b.verb.i in {t.i for t in gap} for b in self.attributions()):
                continue
            side = (gap[0].i, gap[-1].i + 1)
            if self._words(side) > MIN_CONTENT_WORDS:
                span = self._trim(side)
                if span:
                    out.append(span)
        return out

    def _inserted_head(self, a: Attribution, sent: "Span") -> tuple[int, int] | None:
        """"Within a month of the sale, Ruiz said, the shop was selling cheaper bread", "The
        problem, Ruiz said, was that ...": an attribution set between commas inside its statement
        splits it, and the words before it are the statement's first part. Not two words or
        fewer ("However, Ruiz said, ...", "On Monday, Ruiz said, ...": maybe when she said it), the
        speaker's own description ("A member of the board, Ana Ruiz, said, ..."), the occasion ("In an
        interview, ...", "Speaking to reporters, ..."), nor words another source or a question holds."""
        doc = self.doc
        if a.first - 1 <= sent.start or doc[a.first - 1].text != "," or a.last + 1 >= sent.end \
                or doc[a.last + 1].text != "," or a.verb.lower_ == "according":
            return None
        if set_off_in_clause(a.verb):
            return None  # "The town bought tools, which, Ruiz says, are ...": the words before the clause are the writer's
        head = (sent.start, a.first - 1)
        words = [t for t in doc[head[0]: head[1]] if t.is_alpha or t.like_num]
        if len(words) < 3:
            return None  # ("By the end of next year, Ruiz said, ..." is the statement's own time)
        if _asked_first(doc, head[0]) or any(t.text in {'"', "“", "”", ":", ";"} for t in doc[head[0]: head[1]]):
            return None
        if any(t.tag_ == "VBG" and t.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS for t in words) or any(
                t.lemma_.lower() in OCCASION_NOUNS or t.lower_ in OCCASION_NOUNS for t in words):
            return None
        if a.verb.lemma_.lower() == "write" and doc[head[0]].lower_ == "in" and not any(
                t.pos_ in {"VERB", "AUX"} for t in doc[head[0]: head[1]]):
            return None  # "In the book's preface, Ruiz wrote, “...”": where she wrote it
        span = range(head[0], head[1])
        if any(t.head.i in span for t in doc[a.first: a.last + 1]) or any(
                t.head.i == a.verb.i and t.dep_ in {"nsubj", "nsubjpass"} for t in doc[head[0]: head[1]]):
            return None  # "The judge in the case, Ana Ruiz, said, ...": the speaker's own description
        if any(head[0] <= b.verb.i < head[1] for b in self.attributions()):
            return None
        return self._trim(head)

    def _inserted_rest(self, a: Attribution, sent: "Span") -> tuple[int, int] | None:
        """"The bridge would be inspected, Ruiz said, to see if it was safe": an attribution set
        between commas inside its statement; the words after it are the statement's second part."""
        doc = self.doc
        if a.first == sent.start or a.last + 1 >= sent.end or doc[a.first - 1].text != "," \
                or doc[a.last + 1].text != ",":
            return None
        rest = (a.last + 2, sent.end)
        if self._words(rest) < MIN_CONTENT_WORDS or any(
                b.verb.i >= rest[0] and b.verb.i < rest[1] for b in self.attributions()):
            return None
        if any(t.lemma_.lower() in SPEECH_VERBS and t.tag_ == "VBG" for t in doc[rest[0]: rest[0] + 1]):
            return None  # "..., Ruiz said, adding that ...": the participle reports on its own
        if doc[rest[0]].lower_ in {"although", "though", "whereas"}:
            return None  # "..., Ruiz added, although storms are common here": the writer's aside
        if not any(t.tag_ in FINITE_TAGS for t in doc[rest[0]: rest[1]]):
            return None  # "..., he said, such as skipping meals": an example, no statement of its own
        return self._trim(rest)

    def _words(self, side: tuple[int, int]) -> int:
        return sum(1 for t in self.art.tokens[side[0]: side[1]] if t.is_alpha or t.like_num)

    def _trim(self, side: tuple[int, int]) -> tuple[int, int] | None:
        lo, hi = side
        doc = self.doc
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ in {"and", "but"}
                           or doc[lo].lower_ == "that" and not (doc[lo].dep_ == "nsubj" and doc[lo].tag_ == "DT")):
            # "..., Ruiz said, but hopes are fading": the connecting word is no one's words (not "That
            # creates an opening, according to X", whose "That" is the clause's subject)
            lo += 1
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].lower_ in {"and", "but"}):
            hi -= 1
        if hi <= lo:
            return None
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        inside = self.art.text[start:end]
        first_mark = re.search(r"[\"“”]", inside)
        if start > 0 and self.art.text[start - 1] in "\"“" and first_mark is not None and first_mark.group() != "“" \
                and first_mark.start() > 0 and not inside[first_mark.start() - 1].isspace():
            # 'urged the council "not to act" on it': the words run on past the quotation they open
            # with, so its opening mark is kept with them (no closing mark without its opening one)
            start -= 1
            inside = self.art.text[start:end]
        if inside.count('"') % 2 or inside.count("“") > inside.count("”"):
            closing = re.match(r"[.,]?[\"”]", self.art.text[end:end + 2])
            if closing:
                end += closing.end()  # keep the quotation's closing mark with its words
        return start, end


# Days that, right after a reporting verb, tell when the words were said: "said Tuesday ...".
SAYING_DAYS = WEEKDAYS | {"today", "yesterday", "tonight"}


def _after_time_of_saying(doc, lo: int, hi: int) -> int:
    """Where the reported words start past the day they were said on: "said Tuesday the plan had
    failed", "said on Monday she would resign" (not "said Monday was the worst day", where the day
    is the clause's subject, nor "said Tuesday's vote ...")."""
    if lo >= hi:
        return lo
    k = lo + 1 if doc[lo].lower_ == "on" and doc[lo].dep_ == "prep" else lo
    j = k
    while j < hi and doc[j].ent_type_ in {"DATE", "TIME"} \
            and doc[j].dep_ not in {"nsubj", "nsubjpass", "poss", "case"} \
            and not (j + 1 < hi and doc[j + 1].tag_ == "POS"):
        j += 1
    if j == k or j >= hi or not any(doc[x].lower_ in SAYING_DAYS for x in range(k, j)):
        return lo
    if k > lo and not any(doc[x].head.i == lo for x in range(k, j)):
        return lo  # "on" is not the day's own preposition
    return j


def _past_read_as_participle(t: "Token") -> bool:
    """"said the board needed to act": a past tense the tagger took for a participle (VBN)
    heading a reported clause with its own subject and no auxiliary is that clause's finite verb."""
    return t.tag_ == "VBN" and t.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in t.children) and not any(
        c.dep_ in {"aux", "auxpass"} for c in t.children)


def _subject_and_verb(words: list) -> bool:
    """Whether the words hold a finite verb together with its subject ("the museum represented")."""
    at = {t.i for t in words}
    for t in words:
        verb = t.head if t.tag_ == "MD" or t.dep_ in {"aux", "auxpass"} else t
        if (t.tag_ in FINITE_TAGS and verb.pos_ in {"VERB", "AUX"}
                and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in at for c in verb.children)):
            return True
    return False


def _asked_first(doc, i: int) -> bool:
    """"Asked by the presenter whether she would resign, Clark said no": the words before the
    attribution are the question put to the speaker, not the speaker's."""
    k = i + 1 if doc[i].lower_ in {"when", "if", "once"} else i
    return k < len(doc) and doc[k].lower_ == "asked"


def _own_report(clause: "Token") -> bool:
    """A complement that is a report of its own, with its own subject: "He went on to say, ...",
    "She added ...": another attribution, never the first one's words."""
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma in CARRY_ON_VERBS:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS for c in clause.children)
    return False
