"""Shared constants, the Attribution record and parse helpers of the quote finder."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizapp.generate.facts import SAID
from quizapp.generate.lexicon import (
    ATTEMPT_VERBS, ATTITUDE_NOUNS, BOUND_EXPRESSING_VERBS, CARRY_ON_VERBS, CLAIM_OBJECT_NOUNS, COMMUNICATION_VERBS,
    EXPRESSING_VERBS,
    GREETING_NOUNS, MEDIA_AND_THING_NOUNS,
    STATEMENT_CARRIER_NOUNS, PERSON_NOUNS, REPORTING_VERBS, ROLE_NOUNS, STATED_NOUN_VERBS, STATEMENT_FRAME_NOUNS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

MIN_CONTENT_WORDS = 4
MIN_CLAUSE_WORDS = 3          # a reported clause with its own subject and verb: "she was innocent"
MIN_DIRECT_WORDS = 5          # shorter quoted words are scare quotes unless they open a sentence
PRONOUN_REACH_PARAGRAPHS = 3  # how far back a "he said" may look for its person
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
CHARACTERISED = re.compile(
    r"\b(?:called|calls|describe[sd]?|characteri[sz]e[sd]?|labell?ed|labels|dubbed|termed|branded)\s+(?:[\w’'-]+\s+){1,4}(?:as\s+)?$")
CHARACTERISING_VERBS = {"call", "describe", "characterise", "characterize", "label", "dub", "term", "brand"}
# Verbs whose "as" phrase is a verdict on someone ("hailed her as a pioneer", "remembered him as a
# giant of the stage"), besides the verbs of naming. Not "sees her as" or "regards it as": what the
# writer says someone thinks, which he need not have said.
VERDICT_AS_VERBS = {"cite", "hail", "praise", "remember", "recall", "celebrate", "mourn", "condemn", "denounce"}
# Verbs of praise and blame: with a person for object and no "for" phrase they say whom, not what.
# What one refuses rather than denies: "rejected the plan", "dismissed the offer".
REFUSED_NOUNS = {"plan", "decision", "intention", "need", "offer", "proposal", "deal", "bid", "request", "appeal",
                 "application", "bill", "motion", "amendment", "candidate", "nomination", "invitation"}
JUDGING_VERBS = {"praise", "criticise", "criticize", "condemn", "denounce", "slam", "blast", "lambast", "rebuke",
                 "blame", "thank", "hail", "applaud", "commend", "laud", "castigate", "chastise", "berate", "scold",
                 "assail", "fault"}
# Groups of people a judgement is passed on: "praised the cabin crew" names whom, as "praised his
# players" does, not what was said.
PEOPLE_GROUP_NOUNS = {"crew", "staff", "squad", "side", "team", "family", "colleague", "rescuer", "volunteer",
                      "responder", "people", "public", "community", "fan", "supporter"}
# People who work with a named person and speak through her: "Ana Ruiz and her colleagues estimated ..."
COMPANION_NOUNS = {"colleague", "co-author", "coauthor", "collaborator", "team", "teammate", "researcher",
                   "student", "co-worker", "coworker"}
# Words that describe a person by sex or stage of life, with the sex they tell: "Ana Ruiz started the
# petition. The teenager said ..." goes on about the person the sentence before was about.
LIFE_STAGE_NOUNS = {
    "teenager": None, "youngster": None, "pensioner": None, "retiree": None, "woman": "f", "man": "m",
    "girl": "f", "boy": "m", "grandmother": "f", "grandfather": "m",
}
CORE_SPEECH_VERBS = {"say", "tell", "add", "warn", "explain", "insist", "argue"}
# Verbs of saying that stand inverted after their statement ("..., said the mayor"); never
# "tell" or "ask", whose object after them is the listener.
# Modals that make a verb of saying a possibility, not a report: "X may say", "X could argue".
HYPOTHETICAL_MODALS = {"may", "might", "could", "can", "should", "must", "ca"}
# "would" is conditional ("if asked, X would say") except in narrated sequence ("X would later say").
LATER_ADVERBS = {"later", "subsequently", "eventually", "afterwards", "afterward", "again", "often", "repeatedly"}
INVERTING_VERBS = {"say", "add", "argue", "explain", "insist", "warn", "note", "claim", "write", "state",
                   "continue", "observe", "remark", "reply", "respond", "comment", "counter", "conclude",
                   "recall", "admit", "concede", "announce", "declare", "report"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
PERSON_WORDS = ROLE_NOUNS | PERSON_NOUNS
# Common nouns for a body that speaks as one: "the ministry said", "the agency denied".
AGENCY_NOUNS = {"government", "police", "court", "ministry", "agency", "company", "firm", "military", "army",
                "department", "council", "commission", "authority", "authorities", "board", "administration",
                "regulator", "bank", "utility", "embassy", "prosecutors", "service"}
# Bodies that news names by a bare plural or mass noun: "Police said", "Authorities said".
BARE_AGENCY_NOUNS = {"police", "authorities", "prosecutors"}
# A spokesperson speaks for a body: "a spokesperson for the ministry said" is the ministry's statement.
SPOKESPERSON_NOUNS = {"spokesperson", "spokesman", "spokeswoman"}
# Nouns for a written report a statement comes from: "according to a report by X".
# Words that point to a view stated elsewhere: "voiced a like opinion", "shared the same concern".
POINTING_MODIFIERS = {"similar", "same", "such", "different", "opposite", "contrary", "this", "that", "these", "those"}
# Marks of a clause of purpose or reason, which no verb of saying takes as what was said.
PURPOSE_MARKS = {"so", "because", "although", "though", "unless"}
# Words that make a title a different post from the bare one: "the governor" is not the deputy
# governor, and "the minister" is not the prime minister.
OTHER_POST_MODIFIERS = {"deputy", "vice", "acting", "former", "assistant", "lieutenant", "ex", "interim", "associate",
                        "prime", "first"}
REPORT_NOUNS = {"report", "study", "survey", "analysis", "release", "post", "tweet", "interview", "filing"}


@dataclass
class Attribution:
    verb: "Token"
    speaker: str
    first: int   # token range [first, last] that states the attribution
    last: int
    named: bool  # a name, not a pronoun
    organisation: bool = False  # a named organisation speaks: never a "he"/"she" antecedent
    quoted_only: bool = False   # "X called the plan “...”": attributes the quotation, states nothing else
    stance: str = SAID


def carried_on(verb: "Token") -> bool:
    """The verb's infinitive is said as done by its head's subject: "went on to say", "tried to
    suggest that ...", "went so far as to call" (see CARRY_ON_VERBS, ATTEMPT_VERBS)."""
    head = verb.head.lemma_.lower()
    return head in CARRY_ON_VERBS or head in ATTEMPT_VERBS and any(c.dep_ == "ccomp" for c in verb.children) \
        or went_so_far(verb) is not None or quoted_doing(verb)


def quoted_doing(verb: "Token") -> bool:
    """"X was quoted calling the plan a failure": a participle of judging under a passive "quoted"
    is what its subject said (one of saying, "was quoted saying", the quoting verb reports)."""
    return verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"quote", "cite"} \
        and any(c.dep_ == "auxpass" for c in verb.head.children) and verb.lemma_.lower() not in REPORTING_VERBS


def went_so_far(verb: "Token") -> "Token | None":
    """The "go" of "went so far as to call it reckless", which the parser makes a clause of "far"."""
    far = verb.head
    if verb.dep_ == "advcl" and far.lower_ == "far" and far.head.lemma_.lower() == "go" \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return far.head
    return None


def _speakers_second_verb(tok: "Token") -> bool:
    """"Ruiz said the team was tired and added that the pitch was poor": the parser hangs the
    speaker's second verb of saying on the first statement's verb; it has no subject of its own,
    the same tense as the first, "and" before it and a clause of its own, so it is the speaker's."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or tok.lemma_.lower() not in REPORTING_VERBS:
        return False
    first = head.head
    return (first.lemma_.lower() in REPORTING_VERBS and first.i < head.i and tok.tag_ == first.tag_
            and tok.tag_ in FINITE_TAGS
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
            and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
            and any(c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < tok.i for c in head.children))


def _as_put_it(verb: "Token") -> bool:
    """"As Ana Ruiz put it, the town has run out of money": the idiom reports the main clause."""
    return (verb.lemma_.lower() == "put" and verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children))


# Verbs that say something only with their particle ("weighed in", "chimed in", "piped up")
PHRASAL_SAYING = {("weigh", "in"), ("chime", "in"), ("pipe", "up")}


def phrasal_saying(verb: "Token") -> bool:
    """'“...,” Ruiz weighed in': a verb with the particle that makes it one of saying, its subject
    right after a quotation's closing mark."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or (verb.lemma_.lower(), doc[verb.i + 1].lower_) not in PHRASAL_SAYING:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj is not None and subj.left_edge.i >= 1 and doc[subj.left_edge.i - 1].text in {"”", '"', "’", "'"}


def _clause_on_medium(verb: "Token") -> "Token | None":
    """"wrote in a letter to the minister that ...", "said in a video posted online that ...": the
    parser hangs the "that" clause on the medium's noun; after a verb of saying it is what was said."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in STATEMENT_CARRIER_NOUNS | STATEMENT_FRAME_NOUNS | REPORT_NOUNS:
            continue
        for t in noun.subtree:
            if t.dep_ in {"acl", "relcl"} and t.i > noun.i and any(
                    m.lower_ == "that" and (m.dep_ == "mark" or _complementiser(m)) for m in t.children) and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in t.children):
                return t
    return None


def _subjunctive(tok: "Token", verb: "Token") -> bool:
    """"recommended that the school be closed", "demanded that he resign", "ordered the gates be
    shut": after a verb of urging, a clause's verb stands in its base form (with or without
    "that") and is a statement all the same."""
    if tok.tag_ != "VB":
        return False
    clause = tok.head if tok.dep_ in {"aux", "auxpass"} and tok.lower_ == "be" else tok  # "be closed"
    return (clause.head.i == verb.i and clause.dep_ == "ccomp"
            and verb.lemma_.lower() in COMMUNICATION_VERBS["urge"] | {"insist"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children))


def _expressed_attitude(verb: "Token") -> "Token | None":
    """The attitude noun of "expressed concern", "voiced hope", "reiterated his support"."""
    lemma = verb.lemma_.lower()
    if lemma not in EXPRESSING_VERBS and lemma not in BOUND_EXPRESSING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in BOUND_EXPRESSING_VERBS:  # "raised concerns", "offered condolences"; not "raised prices"
        if obj is None or obj.lower_ not in BOUND_EXPRESSING_VERBS[lemma]:
            return None
        if lemma in STATED_NOUN_VERBS and obj.lower_ not in GREETING_NOUNS and that_clause(obj) is None and not any(
                c.dep_ == "prep" and c.lower_ in {"for", "to", "against", "about", "on", "of"} for c in obj.children) \
                and for_clause_after(obj) is None:
            return None  # "made the point", "issued a warning" alone say nothing the article gives
        return obj
    if obj is not None and any(c.lower_ in POINTING_MODIFIERS and c.dep_ in {"amod", "det"} for c in obj.children) \
            and not any(c.dep_ in {"acl", "ccomp", "prep"} for c in obj.children):
        return None  # "expressed a similar view", "voiced the same concern": the view is stated elsewhere
    return obj if obj is not None and obj.lemma_.lower() in ATTITUDE_NOUNS | {o.rstrip("s") for o in ATTITUDE_NOUNS} \
        and obj.lower_ in ATTITUDE_NOUNS else None


def for_clause_after(noun: "Token") -> "Token | None":
    """The "for X to Y" clause right after an object noun ("issued a plea for drivers to slow
    down"), which the parser hangs on the verb rather than on the noun."""
    return next((c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def that_clause(noun: "Token") -> "Token | None":
    """The "that"-clause after a noun ("concern that the rules were too strict"), which the parser
    may also take for a relative clause ("a warning that the river could flood")."""
    return next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > noun.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _purpose_clause(clause: "Token") -> bool:
    """"declared an emergency so he could fund the wall": a clause of purpose or reason tells why
    the speaker acted, not what was said."""
    return any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in clause.children)


def _carried_statement(participle: "Token") -> bool:
    """"X issued a statement saying ...", "posted a message claiming ...": a participle of saying
    on the object noun of a statement's medium speaks for the subject of the verb that put it out."""
    noun = participle.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in STATEMENT_CARRIER_NOUNS:
        noun = noun.head.head  # "shared a message on Facebook blaming ...": the parser hangs it on the medium
    # what it says: a clause, or a charge ("blaming the council for the delay", "accusing X of Y")
    says = any(c.dep_ == "ccomp" for c in participle.children) or any(c.dep_ == "dobj" for c in participle.children) \
        and any(c.dep_ == "prep" and c.lower_ in {"for", "of"} for c in participle.children)
    return (participle.tag_ == "VBG" and noun.lemma_.lower() in STATEMENT_CARRIER_NOUNS and noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB" and says)


def _along_with(tok: "Token") -> bool:
    """"X, along with Y, said", "X, together with Y, said": someone else speaks too."""
    return any(c.dep_ in {"prep", "advmod"} and c.lower_ in {"along", "together"}
               and any(g.lower_ == "with" for g in c.children) for c in tok.children)


def _complementiser(tok: "Token") -> bool:
    """"that" opening a reported clause. The parser may read it as a relative pronoun ("told the
    jury during the trial that Ruiz had met the builders"), but a relative pronoun fills a gap, and
    a clause that already has its subject and its object has none."""
    if tok.lower_ != "that":
        return False
    if tok.dep_ == "mark":
        return True
    if tok.dep_ == "dobj" and _said_in_a_statement(tok.head):
        return True
    return tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and any(
        c.i != tok.i and c.dep_ == tok.dep_ for c in tok.head.children)


def _said_in_a_statement(clause: "Token") -> bool:
    """"Ruiz said in a press release that the plant would close": the parser takes the clause for
    a relative one on the medium's noun, with "that" as its object; after a verb of saying and
    "in a <statement>", a clause with a subject of its own is what was said. The medium may carry
    phrases of its own before the clause ("wrote in a letter to the council that ...")."""
    if clause.dep_ != "relcl" or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that"
                                         for c in clause.children):
        return False
    # "said in the letter that the mayor wrote": a relative clause's verb still lacks the object
    # "that" fills; a reported clause is whole without it (an auxiliary, a passive, a complement)
    whole = {"aux", "nsubjpass", "auxpass", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "agent"}
    if not any(c.dep_ in whole or c.dep_ == "dobj" and c.lower_ != "that" for c in clause.children):
        return False
    noun = clause.head
    for _ in range(3):  # the medium, and at most two phrases hung on it
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        prep = noun.head
        if prep.lower_ == "in" and prep.head.lemma_.lower() in REPORTING_VERBS:
            return noun.lemma_.lower() in STATEMENT_FRAME_NOUNS | REPORT_NOUNS | {"email", "memo", "note"}
        noun = prep.head
    return False


def _title_case(quoted: str) -> bool:
    """"A Song for the Lost and the Found": every longer word capitalised and no closing stop, as
    titles of books, films, songs and headlines are written; said words are in sentence case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    longer = [w for w in words if len(w) >= 4]
    return len(words) >= 2 and words[0][0].isupper() and len(longer) >= 2 and all(w[0].isupper() for w in longer) \
        and not quoted.rstrip().rstrip("’'\"”").endswith((".", "!", "?", ","))  # ("It’s ‘Show Time.’" too)


def _named_thing(tok: "Token") -> bool:
    """A name set beside a common noun for an outlet or a thing ("the newspaper Publico", "the band
    Kestrel"): the name is that thing's."""
    first = tok.i
    while first > 0 and tok.doc[first - 1].pos_ == "PROPN" and tok.doc[first - 1].head.i == tok.i:
        first -= 1  # the start of the name: "the band Blue River"
    # only the word right before the name: "union leader Ana Ruiz" is a person
    return (tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.lower_ in MEDIA_AND_THING_NOUNS
            and tok.head.i == first - 1) or any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and c.lower_ in MEDIA_AND_THING_NOUNS and c.i == first - 1
        for c in tok.children)


def _quoted_as_saying(tok: "Token") -> bool:
    """"Ana Ruiz was quoted as saying ...", "was cited as saying": the saying is the subject's;
    "The Herald quoted Ana Ruiz as saying ...": the object's (see quoted_as_saying_speaker)."""
    return quoted_as_saying_speaker(tok) is not None


# Prepositions before a gerund of saying whose subject is the main clause's: "responded by saying",
# "was applauded upon announcing", "resigned after saying"
SAYING_PREPOSITIONS = {"by", "after", "upon", "on", "before", "while"}


def by_saying(tok: "Token") -> bool:
    """"Ruiz responded by saying the claims were false", "ended the speech by warning that ...",
    "Ruiz was applauded upon announcing that ...": a saying that is the means or the occasion of
    the main verb is its subject's."""
    return (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.lemma_.lower() in REPORTING_VERBS
            and tok.head.lower_ in SAYING_PREPOSITIONS and tok.head.head.pos_ in {"VERB", "AUX"}
            and tok.head.head.i < tok.i and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.head.head.children))


def quoted_as_saying_speaker(tok: "Token") -> "Token | None":
    """The one who says in "X was quoted as saying" (X, the passive's subject) or in "the paper
    quoted X as saying" (X, the object, never the paper that quotes)."""
    if not (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.lemma_.lower() in REPORTING_VERBS
            and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in {"quote", "cite", "report"}):
        return None
    quoting = tok.head.head
    return next((c for c in quoting.children if c.dep_ == "nsubjpass"), None) or next(
        (c for c in quoting.children if c.dep_ == "dobj" and c.i < tok.i), None)


def _another_party(tok: "Token") -> bool:
    """A conjunct naming another speaker ("and Tom Berg", "and the council"), not a second title of
    the same one ("blogger and commentator Ana Ruiz")."""
    # a conjunct with no "and"/"or" is the parser's misreading of a comma: "said the
    # university's chancellor, Ana Ruiz" is one person, not the university and its chancellor
    return tok.dep_ == "conj" and _a_party(tok) and any(
        c.dep_ == "cc" for c in [*tok.children, *tok.head.children]) and not _unnamed_companions(tok)



def _unnamed_companions(tok: "Token") -> bool:
    """"and her colleagues", "and his team": the named person's unnamed companions, whose joint
    words are hers (a study's lead author speaks for it), not another party's."""
    return tok.tag_ in {"NNS", "NN"} and tok.lemma_.lower() in COMPANION_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in tok.children)


def _a_party(tok: "Token") -> bool:
    return tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} for c in tok.children)


def _joint_or_thing(subj: "Token") -> bool:
    """"Ana Ruiz and Tom Berg said": a joint statement, nobody's own; "Harbourline, which runs
    the port, said": "which" stands for a thing, never for a person; "She and Tom Berg said" is
    joint too."""
    return (_a_party(subj) or subj.pos_ == "PRON") and any(_another_party(c) for c in subj.children) or any(
        c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in subj.children)


def _ancestors_until(tok: "Token", top: "Token") -> list["Token"]:
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _not_said(clause: "Token", verb: "Token") -> bool:
    """A complement the parser gave a verb of saying that is not what was said: a clause of
    purpose or reason (see _purpose_clause), or, in "Traders were nervous; analyst Ana Ruiz said
    prices would fall", a clause before the verb cut off from it by a semicolon (a sentence of
    its own)."""
    if _purpose_clause(clause):
        return True
    if clause.i > verb.i:
        # "Ana Ruiz spoke, who chairs the trust": a relative clause the parser took for a
        # complement describes the speaker; nothing was said in it
        first = min(t.i for t in clause.subtree)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first), None)
        said = object_clause(obj) if obj is not None and obj.lemma_.lower() in CLAIM_OBJECT_NOUNS else None
        if said is not None and said.i == clause.i:
            # "disputes Lin's conclusions that the rules raised prices": the clause says what the claim
            # is, whoever made it; the verb's subject did not
            return True
        return (clause.doc[first].lower_ in {"who", "which", "whose", "whom"}
                and clause.doc[first - 1].text == "," and verb.i < first <= verb.i + 2)
    end = max(t.i for t in clause.subtree)
    opener = clause.doc[min(t.i for t in clause.subtree)]
    if any(m.dep_ == "mark" and m.lower_ in CIRCUMSTANCE_MARKS for m in clause.children) \
            or opener.dep_ == "mark" and opener.lower_ in CIRCUMSTANCE_MARKS:
        # "Before the committee voted, Ruiz claimed the papers were privileged": a fronted clause
        # of time or reason the parser took for a complement is the circumstance, not the claim
        # (the parser may hang the mark on an auxiliary: "While the coat was not stolen, X admitted")
        return True
    return any(t.text == ";" for t in clause.doc[end + 1: verb.i])


def object_clause(obj: "Token") -> "Token | None":
    """"disputes Lin's conclusions that the rules raised prices": the parser may hang a noun's "that"
    clause on the verb whose object the noun is; that clause, where it follows the object right away."""
    if obj.dep_ != "dobj":
        return None
    return next((c for c in obj.head.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"
                 and c.left_edge.i == obj.right_edge.i + 1), None)


# conjunctions that make a clause a circumstance (time, reason, condition), never what was said
CIRCUMSTANCE_MARKS = {"before", "after", "when", "while", "because", "since", "if", "until", "once", "as", "although",
                      "though", "whereas", "unless"}


def _head_after_named_and(subj: "Token") -> "Token":
    """"The Institute of Soil and Water Science's director, Ana Ruiz, said": the parser
    may read the "and" inside an organisation's name as joining two subjects; an "and" inside a
    named entity joins nothing, and the noun after it is the subject's head."""
    cc = next((c for c in subj.children if c.dep_ == "cc" and c.ent_iob_ == "I"), None)
    conj = next((c for c in subj.children if c.dep_ == "conj" and cc is not None and c.i > cc.i
                 and c.pos_ == "NOUN" and c.ent_type_ == ""), None)
    return conj if conj is not None else subj


def _urged_infinitive(clause: "Token", verb: "Token") -> bool:
    """"Ruiz recommended Berg to be her successor", "Ruiz expects prices to fall": a verb of urging or
    of predicting whose complement is an infinitive with its own subject says what was urged or
    foreseen (the parser makes it a clause)."""
    lemma = verb.lemma_.lower()
    # (a forecast in the present only: "expected her son to call" tells a story)
    return (lemma in COMMUNICATION_VERBS["urge"] or lemma in COMMUNICATION_VERBS["estimate"] and verb.tag_ in {"VBZ", "VBP"}) \
        and clause.head.i == verb.i and clause.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def set_off_in_clause(verb: "Token") -> bool:
    """"tools which, Ruiz says, are “...”": a subject and its verb of saying set off by commas on
    both sides inside a relative clause comment on that clause; they are the speaker's, not a
    qualification of a noun ("a plan that she insists will work" has no commas around "she insists")."""
    if verb.dep_ != "parataxis" or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].text != ",":
        return False
    if not any(a.dep_ == "relcl" for a in verb.ancestors):
        return False
    left = [c for c in verb.children if c.i < verb.i and c.dep_ != "punct"]
    if len(left) != 1 or left[0].dep_ != "nsubj":
        return False
    first = left[0].left_edge.i
    return first > 0 and verb.doc[first - 1].text == ","
