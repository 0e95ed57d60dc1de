"""Quotation marks: direct quotations and the attributions they belong to."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    KIN_NOUNS, PERSON_NOUNS, REPORTING_VERBS, SPEECH_ABOUT_VERBS, SPEECH_VERBS,
)
from quizapp.generate.nlp import NAMING_DETERMINERS
from quizapp.generate.quotes.acts import thought_recalled
from quizapp.generate.quotes.colon import MANNER_ADJECTIVES
from quizapp.generate.quotes.common import (
    Attribution, CHARACTERISED, FINITE_TAGS, MIN_DIRECT_WORDS, _title_case,
)

# An attribution set inside a quotation, between its two parts: '“Frankly,” she added, “...'.
INTERRUPTING = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,3}(?:he|she|they|[A-Z][\w’'-]+)\s+"
                          r"(?:said|says|added|adds|continued|continues|went on|explained|wrote|noted|told \w+)\s*,\s*[“\"]")
# The attribution between the two parts of one quotation, as the text between them: ' Ruiz said, ',
# ' said Ruiz, ', ' she added, '.
_VERBS_BETWEEN = r"(?:said|says|added|adds|continued|explained|wrote|noted|insisted|argued|warned|told \w+)"
SECOND_PART = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*\s+){0,3}(?:he|she|they|[A-Z][\w’'-]+)(?:,\s+[^,“”\"]{1,40},)?\s+"
                         + _VERBS_BETWEEN
                         + r"|" + _VERBS_BETWEEN + r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s*,\s*")
# Where words are put out ("reacted on Twitter, “...”") and participles of putting them out
# ("..., also writing via Facebook: “...”"), which make the clause before a quotation its attribution.
MEDIUM_NOUNS = {"twitter", "facebook", "instagram", "x", "media", "youtube", "tiktok", "telegram", "weibo",
                "radio", "television", "tv", "livestream", "blog", "website"}
INTRODUCING_PARTICIPLES = {"say", "speak", "write", "post", "tweet", "comment", "reply", "respond", "add",
                           "state", "declare", "announce", "remark", "note", "explain", "continue", "insist"}

# Their -ing forms, as written ("say" -> "saying", "note" -> "noting")
_PARTICIPLE_FORMS = {(v[:-1] if v.endswith("e") else v) + "ing" for v in INTRODUCING_PARTICIPLES}

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from quizapp.generate.quotemarks import Quotation

# Words for a person that can be a subject who speaks ("her father used to tell her")
_PEOPLE_WORDS = PERSON_NOUNS | KIN_NOUNS


class DirectMixin:
    # ---- quotations ------------------------------------------------------------------------
    def _is_direct(self, q: "Quotation") -> bool:
        if _title_case(self.art.text[q.start: q.end]):
            return False  # 'her novel "The House at the End of the Lane"': a title, not words said
        if self._named_by_quotation(q):
            return False  # 'the “Go. Now.” campaign': a slogan naming the noun after it
        if q.words(self.art.text) >= MIN_DIRECT_WORDS:
            return True
        if q.words(self.art.text) >= 3 and CHARACTERISED.search(self.art.text[max(0, q.open - 60): q.open]):
            return True  # 'the union called the offer "an insult to workers"': a quoted verdict
        sent_start = self._sentence_at(q.open).start_char
        opens = not self.art.text[sent_start: q.open].strip(" “\"‘'")
        if opens and q.words(self.art.text) >= 1 and self.art.text[q.start: q.close].rstrip().endswith(",") \
                and INTERRUPTING.match(self.art.text, q.close + 1):
            return True  # '“Frankly,” she added, “the council has no money left.”': the first part of one quotation
        if q.words(self.art.text) >= 2 and self._second_part(q):
            return True  # '“It is too dear,” she said, “and nobody wants it.”': the rest of one quotation
        if q.words(self.art.text) >= 2 and self._after_said_colon(q):
            return True  # 'Asked if the town was ready, he said: “Not even close.”': an answer, however short
        return q.words(self.art.text) >= 2 and opens

    def _named_by_quotation(self, q: "Quotation") -> bool:
        """Whether the quotation stands between a determiner and the noun it names ('the “Go. Now.”
        campaign', 'its “Buy local” drive'): a slogan or a label, nobody's words here."""
        i = bisect_right(self._token_starts, q.open) - 1
        j = bisect_right(self._token_starts, q.close)
        toks = self.art.tokens
        if i < 0 or j >= len(toks) or toks[i].text not in {"“", '"'}:
            return False
        before = toks[i - 1] if i >= 1 else None
        after = toks[j] if toks[j].idx > q.close else None
        return before is not None and after is not None and before.lower_ in NAMING_DETERMINERS \
            and after.is_lower and after.pos_ == "NOUN" and after.dep_ != "dobj"

    def _after_said_colon(self, q: "Quotation") -> bool:
        """Whether the quotation opens right after "said:" (a verb of saying and a colon)."""
        before = self.art.text[:q.open].rstrip()
        if not before.endswith(":"):
            return False
        i = bisect_right(self._token_starts, len(before) - 1) - 1
        return i >= 1 and self.art.tokens[i].text == ":" and self.art.tokens[i - 1].pos_ == "VERB" \
            and self.art.tokens[i - 1].lemma_.lower() in REPORTING_VERBS

    def _relayed_by_another(self, a: Attribution, q: "Quotation") -> bool:
        """Whether, between the attribution's verb and the quotation it introduces, another person
        is the subject of a verb of saying ("said Hill once told a young actor, “...”")."""
        if a.verb.idx > q.open:
            return False
        return self._another_speaker_between(a.verb.i + 1, bisect_right(self._token_starts, q.open - 1), a.speaker)

    def _another_speaker_between(self, lo: int, hi: int, speaker: str) -> bool:
        """Whether a verb of saying among tokens lo..hi (outside quotations) has for subject a person
        other than `speaker` (named, or a word for a person: "her father used to tell her"). Not in a
        relative clause ("which the radio station remarked on"), nor with a thing for subject ("the data
        suggested")."""
        for t in self.doc[lo: hi]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in SPEECH_VERBS or self.art.in_quotation(t.idx):
                continue
            holder = t.head if t.dep_ == "xcomp" else t  # "used to tell her": the subject of "used"
            if holder.dep_ == "relcl":
                continue
            for c in holder.children:
                if c.dep_ == "nsubj" and (self.people.is_person(c) and self.people.person_name(c) != speaker
                                          or c.pos_ == "NOUN" and c.lemma_.lower() in _PEOPLE_WORDS):
                    return True
        return False

    def _second_part(self, q: "Quotation") -> bool:
        """Whether a quotation goes on with the one before it across an attribution between commas:
        '“...,” Ruiz said, “...”', '“...,” said Ruiz, “...”'."""
        before = next((p for p in reversed(self.art.quotations) if p.close < q.open), None)
        if before is None or not self.art.text[before.start: before.close].rstrip().endswith(","):
            return False
        return SECOND_PART.fullmatch(self.art.text[before.close + 1: q.open]) is not None

    def _sentence_at(self, pos: int) -> "Span":
        """The sentence of the token at (or last before) clean position `pos`."""
        i = max(0, bisect_right(self._token_starts, pos) - 1)
        return self.art.tokens[i].sent

    def _overlaps_direct(self, start: int, end: int) -> bool:
        return any(q.open < end and start < q.close for q in self.direct_quotes)

    def _direct(self, atts: list[Attribution]):
        previous: tuple[Attribution, int] | None = None  # attribution and index of the last sentence
        sents = list(self.doc.sents)
        index = {s.start: i for i, s in enumerate(sents)}
        # a sentence that reports a person's words, by index: a quotation that makes up the next
        # sentence on its own goes on with that person's words ("..., Ruiz said. “...”")
        reported = {index[a.verb.sent.start]: a for a in atts if not a.organisation and not a.quoted_only
                    and a.verb.lemma_.lower() in REPORTING_VERBS | SPEECH_ABOUT_VERBS | {"according"}}
        for k, a in self._spoke_to(sents).items():
            reported.setdefault(k, a)
        for q in self.direct_quotes:
            first_sent = self._sentence_at(q.start)
            last_sent = self._sentence_at(max(q.start, q.end - 1))
            close_sent = self._sentence_at(min(q.close, len(self.art.text) - 1))
            lo = min(first_sent.start, last_sent.start)
            hi = max(last_sent.end, close_sent.end)
            near = [a for a in atts if lo <= a.verb.i < hi and not self.art.in_quotation(a.verb.idx)]
            if not near:
                near = self._trailing_attribution(q, hi, atts)
                if not near and self._said_by_someone_unnamed(q, hi):
                    previous = None
                    continue  # '“Why wait?” the officer asked.': someone else's, whom no rule can name
            who: Attribution | None = None
            # '“...,” one resident said.': a speaker the rules cannot name is still someone else
            opens_sentence = not self.art.text[first_sent.start_char: q.open].strip(" “\"‘'") and not any(
                t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and not self.art.in_quotation(t.idx)
                for t in self.doc[lo: hi])
            # 'During the premiere, “...”': a short lead-in of time or place before the quotation
            # (no verb in it) leaves the sentence the quotation's as much as one it opens
            lead = self.art.text[first_sent.start_char: q.open]
            opens_after_lead = opens_sentence or re.fullmatch(r"[A-Z][^,.;:\"“”\n]{0,40},\s*", lead) is not None and not any(
                t.pos_ in {"VERB", "AUX"} for t in self.doc[first_sent.start: first_sent.start + 9]
                if t.idx < q.open) and not any(t.lemma_.lower() in REPORTING_VERBS and not self.art.in_quotation(t.idx)
                                               for t in self.doc[lo: hi])
            if near:
                def distance(a: Attribution) -> int:
                    pos = a.verb.idx
                    return q.open - pos if pos < q.open else pos - q.close
                who = min(near, key=distance)
                if self._relayed_by_another(who, q):
                    continue  # 'Ruiz said her father used to tell her: “...”': the father's words, not hers
            elif previous and self._wordless_between(sents, previous[1], index[first_sent.start]) and opens_sentence:
                who = previous[0]  # the quotation goes on after its attribution
            elif opens_after_lead and index[first_sent.start] - 1 in reported and (self.art.paragraph_of(
                    q.open) == self.art.paragraph_of(reported[index[first_sent.start] - 1].verb.idx) or
                    self._paragraph_after(q, sents[index[first_sent.start] - 1])) and \
                    self._ends_its_sentence(q, first_sent):
                who = reported[index[first_sent.start] - 1]
            if who is None and opens_sentence and index[first_sent.start] > 0:
                # 'She told the council:\n\n“...”': an attribution ending in a colon introduces the
                # quotation that opens the next sentence, even in the next paragraph
                before = sents[index[first_sent.start] - 1]
                ends = [t for t in before if not (t.is_space or t.text in {"\n"})]
                own = [a for a in atts if before.start <= a.verb.i < before.end and not a.quoted_only]
                if ends and ends[-1].text == ":" and len(own) == 1 and not self.art.text[ends[-1].idx + 1: q.open].strip():
                    who = own[0]
            if who is None and not near:
                who = self._introduced_on_medium(q) or self._introduced_by_stance(q) or self._only_speaker_before(q, atts)
            if who is None and not near and opens_sentence and index[first_sent.start] > 0:
                who = self._narrated_subject_before(q, sents[index[first_sent.start] - 1], atts)
            if who:
                yield who.speaker, q.start, q.end, True, who.organisation, who.stance
                previous = (who, index[max(last_sent.start, close_sent.start)])
            else:
                previous = None

    def _introduced_on_medium(self, q: "Quotation") -> Attribution | None:
        """'Ruiz reacted on Twitter, “...”', 'Ruiz replied, also writing via Facebook: “...”': a
        quotation opened right after a comma or colon that ends a clause saying where or how its
        subject put words out (a medium, or a participle of speaking or posting) is the subject's."""
        if q.words(self.art.text) < MIN_DIRECT_WORDS:
            return None
        before = self.art.text[:q.open].rstrip()
        if not before or before[-1] not in ",:":
            return None
        i = bisect_right(self._token_starts, len(before) - 1) - 1
        mark = self.art.tokens[i]
        if mark.text not in {",", ":"}:
            return None
        clause = [t for t in self.doc[mark.sent.start: mark.i] if not self.art.in_quotation(t.idx)]
        medium = any(t.dep_ == "pobj" and t.head.lower_ in {"on", "via", "through"} and t.lower_ in MEDIUM_NOUNS
                     for t in clause)
        participle = any(t.tag_ == "VBG" and t.lemma_.lower() in INTRODUCING_PARTICIPLES for t in clause)
        # ("..., writing, “...”": the tagger may take the participle right before the mark for a noun)
        participle = participle or mark.i >= 2 and self.doc[mark.i - 1].lower_ in _PARTICIPLE_FORMS \
            and self.doc[mark.i - 2].text == ","
        words = [t for t in clause if not t.is_punct]
        # (the tagger may take a participle with no clause of its own for a noun: "further remarking")
        bare = [t for t in words if t.lower_ in _PARTICIPLE_FORMS]
        if len(bare) == 1 and all(t in bare or t.lower_ in {"further", "also", "then", "later"} for t in words) \
                and self.art.in_quotation(self.doc[mark.sent.start].idx):
            # 'Ruiz remarked, “... I am starting to see it,” further remarking, “...”': a bare participle
            # right after a quotation's close goes on with that quotation's speaker
            return self._speaker_of_quotation_before(words[0].idx)
        if not (medium or participle) or any(t.text in {".", ";", "!", "?", "\"", "“", "”"} for t in clause):
            return None
        verb = next((t for t in clause if t.pos_ in {"VERB", "AUX"} and t.tag_ in FINITE_TAGS
                     and any(c.dep_ == "nsubj" for c in t.children)), None)
        if verb is None:
            return None
        who = self._speaker(verb)
        if who is None or any(t.dep_ in {"nsubj", "nsubjpass"} and t.i != who[1].i for t in clause):
            return None  # someone else is a subject in the clause: whose words they are is unclear
        return Attribution(verb, who[0], who[1].i, verb.i, who[2])

    def _speaker_of_quotation_before(self, at: int) -> Attribution | None:
        """The attribution of the quotation that closes right before offset `at` (nothing but a comma
        between): the verb of saying before its opening mark, in the sentence where it opens."""
        q = next((q for q in self.art.quotations if q.close < at and not self.art.text[q.close + 1: at].strip(" ,")), None)
        if q is None:
            return None
        i = bisect_right(self._token_starts, q.open) - 1
        opening = self.art.tokens[i].sent
        for a in self.attributions():
            if opening.start <= a.verb.i < i and not a.organisation and not a.quoted_only:
                return a
        return None

    def _spoke_to(self, sents: list["Span"]) -> dict[int, Attribution]:
        """Sentences whose only person speaks ("Ruiz spoke to reporters on Monday.") or is said to
        speak in some manner ("Ruiz was defiant."), by index: a quotation that makes up the next
        sentence gives what was said."""
        out = {}
        for k, sent in enumerate(sents):
            verbs = [t for t in sent if (t.lemma_.lower() in SPEECH_ABOUT_VERBS and t.pos_ == "VERB" or _spoke_so(t))
                     and t.dep_ in {"ROOT", "conj"} and not self.art.in_quotation(t.idx)]
            if len(verbs) != 1 or any(self.art.in_quotation(t.idx) for t in sent):
                continue
            who = self._speaker(verbs[0])
            people = {self.people.person_name(t) for t in sent if self.people.is_person(t)} - {None}
            if who is not None and who[2] and people <= {who[0]}:
                out[k] = Attribution(verbs[0], who[0], who[1].i, verbs[0].i, who[2])
        return out

    def _paragraph_after(self, q: "Quotation", sent: "Span") -> bool:
        """'Ruiz said the bridge would reopen.\n\n“It will take two years.”': the quotation is a
        paragraph of its own right after the paragraph that `sent` ends."""
        between = self.art.text[sent.start_char + len(sent.text.rstrip()): q.open]
        rest = self.art.text[q.close + 1:].split("\n", 1)[0]
        return "\n" in between and not between.strip() and not rest.strip()

    def _ends_its_sentence(self, q: "Quotation", sent: "Span") -> bool:
        """Nothing of `sent` follows the quotation: the next words (if any) are a new sentence."""
        after = re.search(r"\S", self.art.text[q.close + 1:])
        return after is None or self._sentence_at(q.close + 1 + after.start()).start != sent.start

    @staticmethod
    def _wordless_between(sents: list["Span"], earlier: int, later: int) -> bool:
        """Sentence `later` follows sentence `earlier` with nothing but punctuation between (the
        parser can make a lone opening quotation mark a sentence of its own)."""
        return later > earlier and all(not any(c.isalnum() for c in sents[k].text) for k in range(earlier + 1, later))

    def _trailing_attribution(self, q: "Quotation", hi: int, atts: list[Attribution]) -> list[Attribution]:
        """'“Get out of the water!” Ruiz shouted.': a quotation that ends in "!" or "?" ends the
        parser's sentence; the attribution right after it, a sentence of nothing else, is its."""
        if hi >= len(self.doc) or not re.search(r"[!?]\W*$", self.art.text[q.start: q.close + 1]):
            return []
        nxt = self.doc[hi].sent
        if self.art.text[q.close + 1: nxt.start_char].strip():
            return []
        own = [a for a in atts if nxt.start <= a.verb.i < nxt.end and not a.organisation]
        if len(own) != 1:
            return []
        a = own[0]
        rest = [t for t in nxt if (t.i < a.first or t.i > a.last) and not (t.is_punct or t.is_space)]
        # '“Why wait?” Ruiz asked the crowd.': whom a question is put to is no part of a new statement
        listeners = {t.i for t in a.verb.children if t.dep_ in {"dobj", "dative"} and a.verb.lemma_ in {"ask", "tell"}}
        # '“Who is she?” Ruiz remembers wondering that night.': the thought she recalls is the quotation
        listeners |= {t.i for c in a.verb.children if c.dep_ == "xcomp" and thought_recalled(c) for t in c.subtree}
        # '“Can I stay?” Ruiz asked before apologising to the judges.': what she did next is no statement
        after = {t.i for c in a.verb.children if c.dep_ == "prep" and c.i > a.last and c.lower_ in {"before", "after"}
                 and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children) for t in c.subtree}
        rest = [t for t in rest if t.i not in after]
        return [a] if not rest or all((t.dep_ in {"appos", "punct", "det", "amod", "compound", "prep", "pobj", "npadvmod"}
                                       or t.i in listeners or t.head.i in listeners)
                                      and t.i > a.last for t in rest) and len(rest) <= 6 else []

    def _said_by_someone_unnamed(self, q: "Quotation", hi: int) -> bool:
        """'“Why wait?” the officer asked.': a quotation ending in "!" or "?" whose own attribution
        follows as a short sentence with a subject the rules could not name (no attribution was
        made of it)."""
        if hi >= len(self.doc) or not re.search(r"[!?]\W*$", self.art.text[q.start: q.close + 1]):
            return False
        nxt = self.doc[hi].sent
        if self.art.text[q.close + 1: nxt.start_char].strip():
            return False
        words = [t for t in nxt if not (t.is_punct or t.is_space)]
        return len(words) <= 8 and any(
            t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children)
            for t in words[:5])


def _spoke_so(verb: "Token") -> bool:
    """"Ruiz was defiant": a manner of speaking, said of the subject, and nothing more."""
    return verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "acomp" and c.lower_ in MANNER_ADJECTIVES and not list(c.children) for c in verb.children)
