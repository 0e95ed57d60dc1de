"""Speech acts whose words follow a preposition or an "as": "confessed to taking the money",
"called for the board to resign", "attacked the ruling as a stunt"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    CLAIM_OBJECT_NOUNS, COMMUNICATION_VERBS, SPEECH_PREPOSITIONS, STATEMENT_CARRIER_NOUNS, STATEMENT_FRAME_NOUNS,
    TIME_UNITS, WEEKDAYS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Verbs of verbal attack whose "as" phrase is a verdict on their object ("attacked the ruling as a
# political stunt", "derided the plan as “a fantasy”"); without "as" they tell of an act, not words.
ATTACKING_AS_VERBS = {"attack", "deride", "ridicule", "mock", "disparage", "assail"}
# "as" phrases that give a purpose, a cause or a part, no verdict: "attacked the post as a reprisal".
NOT_VERDICT_NOUNS = {"part", "result", "revenge", "retaliation", "reprisal", "punishment", "warning", "response",
                     "well", "consequence", "protest", "means", "way", "pretext"}
# Verbs of admission whose "to" phrase is what was admitted ("confessed to taking the money",
# "admitted to the killing").
ADMISSION_VERBS = {"admit", "confess"}
# Wrongs one admits to by a noun ("confessed to the murder"), besides the claims and stances of
# CLAIM_OBJECT_NOUNS; a place or a listener ("admitted to hospital", "confessed to a friend") is none.
WRONGDOING_NOUNS = {"murder", "killing", "killings", "crime", "crimes", "affair", "theft", "fraud", "offence",
                    "offense", "offences", "offenses", "assault", "abuse", "cheating", "doping", "bribery",
                    "corruption", "wrongdoing", "misconduct", "lie", "lies", "lying", "charge", "charges",
                    "shooting", "stabbing", "robbery", "burglary", "rape", "arson", "attack", "attacks",
                    "bombing", "hacking", "leak", "plagiarism", "negligence", "manslaughter", "embezzlement"}


def verdict_as(verb: "Token") -> "Token | None":
    """The "as" phrase of a verb of attack that gives a verdict on the verb's object: "attacked
    the ruling as a political stunt" (not "attacked the post as part of a raid")."""
    if verb.lemma_.lower() not in ATTACKING_AS_VERBS or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    asp = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None and asp is None:
        return None
    if asp is None:
        asp = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or asp is None or asp.i < obj.i:
        return None
    what = next((c for c in asp.children if c.dep_ == "pobj"), None)
    if what is None or what.lemma_.lower() in NOT_VERDICT_NOUNS or what.pos_ == "PRON":
        return None
    return asp


def admitted_to(verb: "Token") -> tuple[int, int] | None:
    """Token range of what was admitted in "confessed to taking the money", "admitted to the
    killing": a gerund, or a noun for a wrong or a claim, after "to"."""
    if verb.lemma_.lower() not in ADMISSION_VERBS:
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    obj = next((c for c in to.children if c.dep_ in {"pcomp", "pobj"}), None) if to is not None else None
    if obj is None:
        return None
    if not (obj.dep_ == "pcomp" and obj.tag_ == "VBG" or obj.pos_ == "NOUN" and obj.lemma_.lower() in (
            WRONGDOING_NOUNS | CLAIM_OBJECT_NOUNS) and obj.ent_type_ == ""):
        return None
    sub = list(obj.subtree)
    return sub[0].i, sub[-1].i + 1


# Verbs of saying whose gerund complement is what was said: "denied taking bribes", "admitted
# lying", "suggested delaying the vote"; and of telling what one lived through: "described seeing
# bodies", "recalled hearing shots", "reported seeing a light" (not "remembered", a thought).
GERUND_SPEECH_VERBS = {"admit", "deny", "acknowledge", "confess", "concede", "suggest", "recommend", "propose",
                       "describe", "recall", "recount", "report", "mention"}


def gerund_act(verb: "Token") -> tuple[int, int] | None:
    """Token range of the gerund clause in "denied taking bribes from the firm"."""
    if verb.lemma_.lower() not in GERUND_SPEECH_VERBS:
        return None
    ger = next((c for c in verb.children if c.dep_ in {"xcomp", "dobj"} and c.i > verb.i and _gerund(c)), None)
    if ger is None or thought_recalled(ger):
        return None
    sub = list(ger.subtree)
    return sub[0].i, sub[-1].i + 1


# Gerunds of a thought a speaker recalls having had ("remembers wondering that night", "recalls
# thinking"): the thought is the quotation beside them, the gerund itself says nothing.
THOUGHT_GERUNDS = {"think", "wonder", "feel", "ask"}


def thought_recalled(ger: "Token") -> bool:
    """"wondering that night" in "“Who is she?” Ruiz remembers wondering that night": a gerund of
    thought with no clause of its own."""
    return ger.tag_ == "VBG" and ger.lemma_.lower() in THOUGHT_GERUNDS and not any(
        c.dep_ in {"ccomp", "dobj"} for c in ger.children)


def _gerund(c: "Token") -> bool:
    """"taking bribes", "being held", "having met": a gerund with no subject of its own."""
    if any(a.dep_ == "nsubj" for a in c.children):
        return False
    aux = [a for a in c.children if a.dep_ in {"aux", "auxpass"}]
    if c.tag_ == "VBG":
        return not any(a.dep_ == "aux" for a in aux)
    return c.tag_ == "VBN" and bool(aux) and all(a.lower_ in {"being", "having"} for a in aux)


def called_for_to(verb: "Token") -> tuple[int, int] | None:
    """Token range of what was called for in "called for the board to resign", "called for swift
    action to end the strike": the noun and its infinitive, which the parser makes either a
    "for" clause or a "for" phrase with the infinitive hung on the verb beside it."""
    if SPEECH_PREPOSITIONS.get(verb.lemma_.lower()) != "for" or verb.lemma_.lower().startswith("apolog"):
        return None
    for c in verb.children:
        if c.dep_ in {"advcl", "ccomp", "xcomp"} and c.i > verb.i and any(a.dep_ in {"aux", "auxpass"} and a.lower_ == "to"
                                                                       for a in c.children):
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i > verb.i), None)
            if mark is not None and any(s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON" for s in c.children):
                return mark.i + 1, max(t.i for t in c.subtree) + 1
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
    if prep is None or not any(c.dep_ == "pobj" for c in prep.children):
        return None
    end = max(t.i for t in prep.subtree)
    inf = next((c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and min(t.i for t in c.subtree) == end + 1
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if inf is None:
        return None
    return prep.i + 1, max(t.i for t in inf.subtree) + 1


def bare_request_object(clause: "Token", verb: "Token") -> "Token | None":
    """"asked the court intervene in the case": a verb of urging whose object is followed by a bare
    infinitive (the parser makes the infinitive a clause without a subject); the object is the
    one asked to act, and part of what was asked."""
    if verb.lemma_.lower() not in COMMUNICATION_VERBS["urge"] or clause.head.i != verb.i:
        return None
    # "urged the ban be lifted": a passive bare infinitive, "be" before the participle
    passive = clause.tag_ == "VBN" and [c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}] == ["be"]
    if clause.tag_ != "VB" and not passive:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} or c.dep_ in {"aux", "auxpass"} and not passive
           for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.pos_ == "PRON" or any(t.i >= clause.i for t in obj.subtree):
        return None
    return obj


# Occasions a statement is made at or in: "a press briefing in which she said ...".
OCCASION_NOUNS = STATEMENT_FRAME_NOUNS | STATEMENT_CARRIER_NOUNS | {
    "conference", "briefing", "hearing", "meeting", "appearance", "broadcast", "session", "debate", "rally",
    "podcast", "documentary", "programme", "program", "show", "call", "summit"}


def said_at_an_occasion(verb: "Token") -> bool:
    """"a press briefing in which she voiced regret", "an interview during which he said the
    talks had failed": a relative clause that sets a statement at an occasion tells the statement
    (unlike "a plan that she insists will ...", which qualifies its noun)."""
    if verb.dep_ != "relcl":
        return False
    # the parser may hang the clause on a nearer noun: "a press briefing after her release in which ..."
    near = verb.doc[max(verb.head.i - 6, verb.sent.start): verb.head.i + 1]
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() in OCCASION_NOUNS for t in near):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"} for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "during", "at", "on"} and c.i < verb.i and any(
        p.dep_ == "pobj" and p.lower_ == "which" for p in c.children) for c in verb.children)


# Verbs that give what a written statement says: "Ruiz's statement read: “...”".
WRITTEN_SAYING_VERBS = {"read", "say", "state"}


def authored_statement(verb: "Token") -> "Token | None":
    """"Ruiz's statement read: “...”", "Her tweet said ...": a statement, message or letter that says
    or reads something speaks for its author; the possessor token, when the verb is one of those."""
    if verb.lemma_.lower() not in WRITTEN_SAYING_VERBS or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lemma_.lower() not in STATEMENT_CARRIER_NOUNS | STATEMENT_FRAME_NOUNS:
        return None
    return next((c for c in subj.children if c.dep_ == "poss"), None)


# Taking or claiming responsibility is a statement: "accepted blame for a billing error",
# "claimed responsibility for sabotaging a dam" (the nouns of blame, with those verbs only).
RESPONSIBILITY_VERBS = {"accept", "claim"}  # not "take": "took responsibility for the children" is care
RESPONSIBILITY_NOUNS = {"responsibility", "blame", "liability"}


def took_responsibility(verb: "Token") -> tuple[int, int] | None:
    """Token range of "blame for a billing error" in "accepted blame for a billing error"."""
    if verb.lemma_.lower() not in RESPONSIBILITY_VERBS or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in RESPONSIBILITY_NOUNS:
        return None
    hi = obj.right_edge.i + 1
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == hi), None)
    if prep is not None:
        hi = prep.right_edge.i + 1  # the parser may hang "for ..." on the verb
    return obj.left_edge.i, hi



# Verbs of declaring whose object is given a new status in the same breath: "declared Friday a day of
# mourning", "proclaimed him the winner".
DECLARING_VERBS = {"declare", "proclaim", "pronounce"}


def declared_status(verb: "Token") -> tuple[int, int] | None:
    """Token range of "Sunday a holiday for the town" in "declared Sunday a holiday for the town": two noun
    phrases in a row after a verb of declaring (the parser hangs both on the verb)."""
    if verb.lemma_.lower() not in DECLARING_VERBS:
        return None
    nps = [c for c in verb.children if c.i > verb.i and c.dep_ in {"dobj", "npadvmod", "oprd", "attr"}
           and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    if len(nps) != 2 or nps[0].right_edge.i + 1 != nps[1].left_edge.i or nps[1].pos_ == "PRON":
        return None
    if (nps[1].ent_type_ in {"DATE", "TIME"} or nps[1].lemma_.lower() in TIME_UNITS | WEEKDAYS) \
            and not any(c.dep_ == "prep" for c in nps[1].children):
        return None  # "declared a curfew that night": the second phrase says when
    return nps[0].left_edge.i, nps[1].right_edge.i + 1
