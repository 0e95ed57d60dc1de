"""Reported clauses the small parser misreads as a verb's object: "maintained the bridge is what
the town needs" (object + a clause with no subject), "said a rule allowing the sale marked a turning
point" (object + a participle whose clause holds the real verb)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.lexicon import REPORTING_VERBS, SPEECH_VERBS
from quizapp.generate.quotes.common import FINITE_TAGS, RELATIVE_PRONOUNS
from quizapp.generate.quotes.objects import told_listener

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Verbs of saying that take a clause and hardly ever a noun phrase for what was said; their object
# followed by a finite verb is the subject of a clause the parser split.
CLAUSE_ONLY_VERBS = {"say", "maintain", "insist", "claim", "argue", "contend", "assert", "stress", "caution"}

# Verbs of saying that take a noun phrase or a clause: their object is a clause's subject only where
# a finite verb with no subject of its own follows it ("promised a new ward would open by May"; not
# "warn", whose object is mostly the one warned: "warned the firm he had hired would sue")
OBJECT_OR_CLAUSE_VERBS = {"promise", "predict", "announce", "reveal", "confirm", "admit", "acknowledge",
                          "concede", "suggest", "estimate", "forecast", "pledge", "vow", "guarantee"}


def _finite(tok: "Token") -> bool:
    return tok.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in tok.children)


def misread_clause(verb: "Token") -> tuple[int, int] | None:
    """Token range of the clause a verb of saying reports where the parser took the clause's
    subject for the verb's object."""
    lemma = verb.lemma_.lower()
    if lemma not in CLAUSE_ONLY_VERBS | OBJECT_OR_CLAUSE_VERBS or any(c.dep_ == "ccomp" and any(
            s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children) for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.left_edge.i > verb.i + 2:
        return None
    end = obj.right_edge.i
    # "maintained the bridge is what the town needs": a subjectless finite verb right after the object
    rest = next((c for c in verb.children if c.dep_ in {"ccomp", "conj"} and c.left_edge.i == end + 1 and _finite(c)
                 and not any(s.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for s in c.children)), None)
    if rest is not None and not any(c.dep_ == "cc" and end < c.i < rest.i for c in verb.children):
        return obj.left_edge.i, rest.right_edge.i + 1
    if lemma not in CLAUSE_ONLY_VERBS:
        return None
    # "said a rule allowing the sale marked a turning point": the real verb hangs under a participle
    for acl in obj.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBG":
            continue
        inner = next((c for c in acl.children if c.dep_ == "ccomp" and _finite(c) and not any(
            m.dep_ == "mark" for m in c.children)), None)
        subj = next((s for s in inner.children if s.dep_ in {"nsubj", "nsubjpass"}), None) if inner is not None else None
        if subj is not None and subj.i < inner.i and subj.left_edge.i > acl.i:
            return obj.left_edge.i, obj.right_edge.i + 1
    return None


def unmarked_clause(verb: "Token") -> "Token | None":
    """"he said in his youth he was sent to work on a farm": a clause right after a verb of saying,
    with its own subject and no conjunction, that the parser took for an adverbial clause (misled
    by a fronted phrase) is what was said."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.left_edge.i != verb.i + 1 or not _finite(c):
            continue
        if any(m.dep_ == "mark" or m.dep_ == "advmod" and m.tag_ in {"WRB", "WDT"} for m in c.children):
            continue
        if any(s.dep_ in {"nsubj", "nsubjpass", "expl"} and s.lower_ not in {"who", "which", "that"} for s in c.children):
            return c
    return None


def said_of_the_antecedent(verb: "Token") -> "Token | None":
    """"..., which her brother said was down to fatigue": in a clause set off by a comma, a verb
    of saying with its own subject whose complement's subject is the relative pronoun says that
    complement of the noun before; the complement's verb, or None."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in {"which", "who", "that"} for c in verb.children):
        return None
    for c in verb.children:
        rel = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "who"}
                    and s.i < verb.i), None) if c.dep_ == "ccomp" and c.i > verb.i else None
        if rel is not None and rel.i > 0 and verb.doc[rel.i - 1].text == ",":
            return c
    return None


# What a clause's verb needs to be whole: an object, a complement or a phrase after it. "the firm
# she had hired" lacks the object it shares with its noun; "she had the papers" does not.
COMPLETING_DEPS = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "dative", "agent"}


def listener_clause(verb: "Token") -> "Token | None":
    """"informed the court she had immunity": after a verb of telling, a whole clause with its own
    subject that the parser hung on the listener as a relative clause is what was told; the
    clause's verb, or None. ("told the story she had heard as a child" names no listener.)"""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not told_listener(verb, obj, strict=True):
        return None
    for c in obj.children:
        if c.dep_ != "relcl" or c.left_edge.i != obj.i + 1 or not _finite(c):
            continue
        subj = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.i < c.i), None)
        if subj is None or subj.lower_ in RELATIVE_PRONOUNS | {"whom", "whose"}:
            continue
        if any(k.dep_ in COMPLETING_DEPS and k.i > c.i for k in c.children):
            return c
    return _clause_after_listeners_clause(obj)


# Verbs beyond those of saying that take an object and a "that" clause of their own ("who
# showed the board that ...")
_OBJECT_AND_CLAUSE_VERBS = {"show", "convince", "persuade", "teach", "bet"}


def _clause_after_listeners_clause(obj: "Token") -> "Token | None":
    """"told the nurses who filled the square that the hospital should hire more": a "that"
    clause the parser hung on the relative clause about the listeners, whose verb already has its
    object and takes no clause, is what was told (the clause's verb, or None)."""
    for c in obj.children:
        if c.dep_ != "relcl" or c.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS | _OBJECT_AND_CLAUSE_VERBS:
            continue
        done = next((k for k in c.children if k.dep_ == "dobj" and k.i > c.i), None)
        if done is None:
            continue
        for k in c.children:
            if k.dep_ == "ccomp" and k.i > done.right_edge.i and _finite(k) and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == k.left_edge.i for m in k.children):
                return k
    return None


def main_verb_read_as_modifier(verb: "Token") -> bool:
    """"The leader of the party, Ana Ruiz, condemned the attack": the sentence's root is a noun and
    its only verb, with an object of its own, hangs on that noun as a participle ("the leader
    condemned ..."): a misreading of the main verb (a true reduced relative, "the plan condemned by
    the board", has no object)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or head.dep_ != "ROOT" \
            or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    # (the words of a participle after it, "..., saying it “will not ...”", are no other main verb)
    inside = {t.i for c in head.children if c.dep_ == "acl" and c.i >= verb.i for t in c.subtree}
    return not any(t.i not in inside and t.pos_ in {"VERB", "AUX"} and t.tag_ in FINITE_TAGS for t in verb.sent)


def participle_of_misread_main_verb(verb: "Token") -> "Token | None":
    """"The leader of the party, Ana Ruiz, condemned the attack, saying ...": a participle after
    a misread main verb (see main_verb_read_as_modifier), hung on that verb or on the same noun;
    the noun it returns is the participle's subject."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ in {"advcl", "acl"} and main_verb_read_as_modifier(verb.head):
        return verb.head.head
    if verb.dep_ == "acl" and any(main_verb_read_as_modifier(c) for c in verb.head.children if c.i < verb.i):
        return verb.head
    return None


# A quotation's last words before its closing mark: a comma (or a question or exclamation mark)
_CLOSING = {"”", '"'}
_BEFORE_CLOSING = {",", "?", "!"}


def closes_quotation(verb: "Token") -> bool:
    """'“..., since a poll we ran found that it was so,” Ruiz said.': a verb of saying whose one-word
    subject stands right after a quotation's closing mark (a comma or a question mark before it) and
    which ends the sentence is that quotation's attribution, wherever the parser hung it (as a clause
    of "found", inside the quotation, in one real-news story)."""
    # (a past the tagger read as a participle too, with no auxiliary: '”, Ruiz tweeted soon after ...')
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.tag_ not in {"VBD", "VBZ", "VBN"} \
            or verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doc = verb.doc
    if subj is None or subj.i != verb.i - 1 or subj.i < 2 or subj.pos_ not in {"PROPN", "PRON"}:
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    # the sentence ends, or goes on with when or where it was said ("soon after ...", "on Monday")
    return doc[subj.i - 1].text in _CLOSING and doc[subj.i - 2].text in _BEFORE_CLOSING \
        and (after is None or after.text in {".", ","} or after.is_space
             or after.head.i == verb.i and after.dep_ in {"advmod", "prep", "npadvmod"})
