"""Quotations a colon introduces after a clause that is not a verb of saying: "Ruiz was blunt:
“...”", "Ruiz opposed the plan: “...”", "Ruiz had a warning for the council: “...”". The clause
before the colon takes a stance, describes how its subject spoke or puts out a statement ("Ruiz
issued a statement: “...”"), so the quotation is the subject's words; a clause that finds,
reads or shows something ("Ruiz found a note: “...”") is not among these, and the words quoted
there may be anyone's. A lead-in with no verb at all that a name heads ("Ana Ruiz, the mayor, on
the closure: “...”") gives that person's words too."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from quizapp.generate.lexicon import STATEMENT_FRAME_NOUNS, STATEMENT_NOUNS
from quizapp.generate.quotes.common import Attribution, FINITE_TAGS, MIN_DIRECT_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.generate.quotemarks import Quotation

# Verbs of stance and of answering whose clause a colon may close before the words themselves
STANCE_VERBS = {
    "oppose", "defend", "react", "reply", "respond", "retort", "disagree", "agree", "object", "protest",
    "insist", "continue", "conclude", "explain", "elaborate", "summarise", "summarize", "reflect", "recall",
    "recount", "counter", "rebut", "dispute", "challenge", "question", "reject", "dismiss", "criticise",
    "criticize", "praise", "welcome", "concede", "admit", "acknowledge", "reassure", "assure", "appeal",
    "plead", "warn", "argue", "remark", "comment", "note", "add", "speak", "open", "weigh", "chime", "hit",
    "fire", "push", "sum", "put", "address", "describe",
}
# How someone spoke, after "was": "Ruiz was blunt: “...”"
MANNER_ADJECTIVES = {
    "blunt", "clear", "adamant", "defiant", "emphatic", "direct", "candid", "frank", "unequivocal",
    "unapologetic", "optimistic", "pessimistic", "confident", "firm", "categorical", "succinct", "brief",
    "upbeat", "philosophical", "diplomatic", "scathing", "critical", "dismissive", "cautious", "measured",
    "forthright", "outspoken", "unrepentant", "resolute", "realistic", "honest", "modest", "humble", "proud",
    "defensive", "apologetic", "sceptical", "skeptical", "hopeful", "angry", "furious", "emotional",
}
# What someone had for others: "Ruiz had a warning for the council: “...”"
MESSAGE_NOUNS = {
    "warning", "message", "advice", "word", "words", "response", "answer", "reply", "explanation", "plea",
    "verdict", "assessment", "prediction", "promise", "request", "suggestion", "reminder", "question",
}

# Verbs that answer someone else's words, and the words they answer: "Ruiz opposed Berg's
# suggestion: “...”" (not "recalled Berg's words: “...”", which may quote Berg)
ANSWERING_VERBS = {"oppose", "reject", "dismiss", "dispute", "challenge", "counter", "rebut", "criticise",
                   "criticize", "question", "welcome", "praise"}
ANSWERED_NOUNS = {"suggestion", "proposal", "remark", "remarks", "comment", "comments", "claim", "claims",
                  "statement", "plan", "idea", "offer", "criticism", "accusation", "accusations", "call"}

# Verbs of putting words out whose object is the words' vessel: "Ruiz issued a statement: “...”"
# (not "read" or "share": what one reads out or passes on may be another's)
ISSUING_VERBS = {"issue", "release", "give", "deliver", "send", "publish", "make"}


class ColonQuotationsMixin:
    def _introduced_by_stance(self, q: "Quotation") -> Attribution | None:
        if q.words(self.art.text) < MIN_DIRECT_WORDS:
            return None
        before = self.art.text[:q.open].rstrip()
        if not before or before[-1] != ":":
            return None
        i = bisect_right(self._token_starts, len(before) - 1) - 1
        mark = self.art.tokens[i]
        if mark.text != ":":
            return None
        clause = [t for t in self.doc[mark.sent.start: mark.i] if not self.art.in_quotation(t.idx)]
        if any(t.text in {".", ";", "!", "?", "\"", "“", "”"} for t in clause):
            return None
        verbs = [t for t in clause if t.pos_ in {"VERB", "AUX"} and t.tag_ in FINITE_TAGS
                 and any(c.dep_ == "nsubj" for c in t.children)]
        same = set()
        if len(verbs) > 1:
            # "Ruiz spoke on the radio when she made the announcement: “...”": a clause inside the
            # main one whose subject is a pronoun for the main subject; either verb may be the
            # one of speaking
            main = next((v for v in verbs if all(v in o.ancestors for o in verbs if o is not v)), None)
            inner = [c for o in verbs if o is not main for c in o.children if c.dep_ == "nsubj"]
            if main is None or not any(self._takes_a_stance(v) for v in verbs) or not all(
                    c.lower_ in {"he", "she", "they"} for c in inner):
                return None
            verbs, same = [main], {c.i for c in inner}
        elif not verbs:
            return self._named_lead_in(clause, mark)
        elif verbs[0].lemma_ == "be" and (message := self._possessed_message(
                next(c for c in verbs[0].children if c.dep_ == "nsubj"), clause, mark)) is not None:
            return message  # "Ana Ruiz's message was simple: “...”"
        elif not self._takes_a_stance(verbs[0]):
            return None
        verb = verbs[0]
        who = self._speaker(verb)
        answered = self._answered_person(verb)
        if who is None or any(t.dep_ in {"nsubj", "nsubjpass"} and t.i != who[1].i and t.i not in same for t in clause) or any(
                self.people.is_person(t) and t.i not in {x.i for x in who[1].subtree} and t.i not in answered
                for t in clause):
            return None  # someone else is named in the clause: whose words they are is unclear
        return Attribution(verb, who[0], who[1].i, verb.i, who[2])

    def _named_lead_in(self, clause: list, mark) -> Attribution | None:
        """"Ana Ruiz, the mayor, on the closure: “...”": a lead-in with no verb at all whose head is
        a person's name gives that person's words (never "A message for Ana Ruiz: “...”", whose
        head is the message, nor a lead-in naming two people)."""
        words = [t for t in clause if not t.is_punct]
        if not words or len(words) > 14 or any(t.pos_ in {"VERB", "AUX"} for t in words):
            return None
        ids = {t.i for t in clause}
        tops = [t for t in words if t.head.i not in ids or t.head.i == t.i]
        if len(tops) == 1 and not self.people.is_person(tops[0]):
            return self._possessed_message(tops[0], clause, mark)  # "Ana Ruiz's advice to parents: “...”"
        if len(tops) != 1:
            return None
        head = tops[0]
        name = self.people.person_name(head)
        if not name or any(self.people.is_person(t) and self.people.person_name(t) != name for t in words):
            return None
        return Attribution(mark, name, head.i, head.i, True)

    def _possessed_message(self, noun, clause: list, mark) -> Attribution | None:
        """"Ana Ruiz's message was simple: “...”", "Ana Ruiz's advice to parents: “...”": a
        person's message, reply or advice, introduced by a colon, is that person's words (only
        where no one else is named before the colon)."""
        if noun.lower_ not in MESSAGE_NOUNS:
            return None
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None or not self.people.is_person(poss):
            return None
        name = self.people.person_name(poss)
        if not name or any(self.people.is_person(t) and self.people.person_name(t) != name for t in clause):
            return None
        return Attribution(mark, name, poss.i, poss.i, True)

    @staticmethod
    def _answered_person(verb) -> set[int]:
        """"Ruiz opposed Berg's proposal: “...”": the person whose words the subject answers (the
        possessor of a statement the verb rejects, disputes or answers) is not the one quoted."""
        if verb.lemma_.lower() not in ANSWERING_VERBS:
            return set()
        out = set()
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in STATEMENT_NOUNS | ANSWERED_NOUNS:
                for poss in obj.children:
                    if poss.dep_ == "poss":
                        out.update(t.i for t in poss.subtree)
        return out

    @staticmethod
    def _takes_a_stance(verb) -> bool:
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        if lemma == "be":
            return any(c.dep_ == "acomp" and c.lower_ in MANNER_ADJECTIVES for c in verb.children)
        if lemma == "have":
            return any(c.dep_ == "dobj" and c.lower_ in MESSAGE_NOUNS for c in verb.children)
        if lemma in ISSUING_VERBS:  # "Ruiz issued a statement: “...”"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_FRAME_NOUNS | MESSAGE_NOUNS
                       and not any(p.lower_ in {"by", "from", "of"} for p in c.children) for c in verb.children)
        return lemma in STANCE_VERBS
