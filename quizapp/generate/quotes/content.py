"""What a verb of saying says beyond a clause: a speech act's object ("declared a curfew"), "called
on X to Y", "described it as Y", "accused X of Y", quoted words as its object."""
from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.lexicon import (
    CLAIM_OBJECT_NOUNS, COMMUNICATION_VERBS, DEAL_OBJECT_VERBS, DENIAL_VERBS, LIKENING_VERBS,
    OBJECT_BOUND_SPEECH_VERBS, ORGANISATION_NOUNS,
    SPEECH_ABOUT_VERBS,
    SPEECH_ACT_VERBS,
    SPEECH_AGAINST_VERBS, SPEECH_PREPOSITIONS, SPEECH_VERBS, THING_OBJECT_SPEECH_VERBS,
)
from quizapp.generate.quotes.acts import (
    admitted_to, called_for_to, declared_status, gerund_act, took_responsibility, verdict_as,
)
from quizapp.generate.quotes.common import (
    AGENCY_NOUNS, CHARACTERISING_VERBS, JUDGING_VERBS, PEOPLE_GROUP_NOUNS, PERSON_WORDS, REFUSED_NOUNS,
    VERDICT_AS_VERBS, _expressed_attitude, _not_said, for_clause_after, object_clause, that_clause,
)
from quizapp.generate.quotes.direct import _PARTICIPLE_FORMS
from quizapp.generate.quotes.objects import quoted_object

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


class SpeechContentMixin:
    def _speech_content(self, verb: "Token") -> tuple[int, int] | None:
        """Token range [lo, hi) of what a verb of speech says beyond a clause: a speech act's object
        ("declared a curfew"), "disagreed with the finding", "called on X to Y",
        "described it as Y", "accused X of Y"."""
        lemma = verb.lemma_.lower()
        kids = list(verb.children)
        attitude = _expressed_attitude(verb)
        if attitude is not None:
            # "expressed concern that the rules were too strict": the attitude's clause; "expressed
            # his sympathy to the crew": the attitude and whom it was for
            clause = that_clause(attitude)
            if clause is not None:
                sub = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
            else:
                sub = list(attitude.subtree)
                sub += [t for c in kids if c.dep_ == "prep" and c.i > attitude.i for t in c.subtree]
                after = for_clause_after(attitude)  # "issued a plea for drivers to slow down"
                sub += list(after.subtree) if after is not None else []
                # "signalled his readiness to lead, writing, “...”": the participle that brings in a
                # quotation is not part of the attitude
                cut = next((t.i for t in sub if t.i > attitude.i and t.text == "," and t.i + 1 < len(self.doc)
                            and self.doc[t.i + 1].lower_ in _PARTICIPLE_FORMS), None)
                if cut is not None:
                    sub = [t for t in sub if t.i < cut]
            return min(t.i for t in sub), max(t.i for t in sub) + 1
        asp = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as"), None)
        if asp is None and lemma in CHARACTERISING_VERBS | VERDICT_AS_VERBS:
            # "described the raids as a “shameful act”": the parser may hang the "as" on the object
            asp = next((c for k in kids if k.dep_ == "dobj" for c in k.children if c.dep_ == "prep" and c.lower_ == "as"),
                       None)
        if asp is not None and verb.dep_ == "relcl" and lemma in SPEECH_ACT_VERBS | CHARACTERISING_VERBS | VERDICT_AS_VERBS \
                and verb.left_edge.lower_ in {"that", "which"}:
            # "a bonus that Ruiz blasted as “plainly greedy”": the relative pronoun (which the parser
            # may take for a determiner) stands for the thing judged; what it was judged as is what
            # she said of it
            comp = [t for c in asp.children for t in c.subtree]
            if comp:
                return min(t.i for t in comp), max(t.i for t in comp) + 1
        # a clause inside a quotation is the quoted words, attributed on their own: 'spoke of the
        # new rules: “They will help.”' still speaks of the rules
        if any(c.dep_ == "ccomp" and (asp is None or c.i > verb.i) and not self.art.in_quotation(c.idx)
               and not _not_said(c, verb) for c in kids):
            return None
        # "a polymer that Ruiz described as resembling hair": what it was described as is the
        # verdict, whatever clause before it the parser took for the verb's complement
        if asp is not None and (lemma in CHARACTERISING_VERBS | VERDICT_AS_VERBS or getattr(verdict_as(verb), "i", None) == asp.i):
            comp = [t for c in asp.children for t in c.subtree]
            return (min(t.i for t in comp), max(t.i for t in comp) + 1) if comp else None
        if lemma in CHARACTERISING_VERBS:
            # "describing the town as cut off and short of money": the parser may read what it was
            # described as for a clause of its own, brought in by "as"
            # (not "called the race for Ruiz, as did the Herald": a clause with its own subject)
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            clause = next((c for c in kids if c.dep_ == "advcl" and obj is not None and any(
                m.dep_ == "mark" and m.lower_ == "as" and m.i == obj.right_edge.i + 1 for m in c.children)
                and not any(n.dep_ in {"nsubj", "nsubjpass", "expl"} for n in c.children)), None)
            if clause is not None:
                comp = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
                return min(t.i for t in comp), max(t.i for t in comp) + 1
        if lemma in LIKENING_VERBS:
            # "likened the storm to a freight train": the thing and what it was likened to
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            to = [t for t in verb.subtree if t.lower_ == "to" and t.dep_ == "prep" and obj is not None and t.i > obj.i]
            if not to:
                return None
            hi = max(t.i for t in verb.subtree if not t.is_punct) + 1
            return obj.left_edge.i, hi
        xcomp = next((c for c in kids if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
        if xcomp is None:  # "directed the committees to proceed": the parser may make the infinitive adverbial
            xcomp = next((c for c in kids if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                          and any(o.dep_ == "dobj" and o.right_edge.i + 1 == c.left_edge.i for o in kids)), None)
        if xcomp is not None and (COMMUNICATION_VERBS["urge"] | COMMUNICATION_VERBS["promise"] | {
                "threaten", "agree", "claim", "profess", "warn", "caution"}) & {
                lemma} and (lemma != "call" or any(c.dep_ == "prep" and c.lower_ == "on" for c in kids)):
            # "urged the council to act", "called on voters to stay home", "vowed to appeal",
            # "claimed to have seen the driver", "warned the board not to sell"
            sub = list(xcomp.subtree)
            return sub[0].i, sub[-1].i + 1
        # "confessed to lying", "called for X to resign", "accepted blame for a billing error",
        # "declared Sunday a holiday for the town"
        act = admitted_to(verb) or called_for_to(verb) or took_responsibility(verb) or gerund_act(verb) \
            or declared_status(verb)
        if act is not None:
            return act
        wanted = {SPEECH_PREPOSITIONS.get(lemma)} | ({"about"} if lemma in SPEECH_ABOUT_VERBS else set()) \
            | ({"against"} if lemma in SPEECH_AGAINST_VERBS else set())
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in wanted), None)
        if prep is not None:
            obj = [t for c in prep.children if c.dep_ in {"pobj", "pcomp"} for t in c.subtree]
            if sum(1 for t in obj if t.is_alpha) >= 2:  # "called for an inquiry", not "called for calm"
                return min(t.i for t in obj), max(t.i for t in obj) + 1
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is None and any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "agent" for c in kids):
            # "The plan was announced by Ana Ruiz": the passive's subject is what its agent said
            obj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if lemma in CHARACTERISING_VERBS and obj is not None and asp is None:
            # "Ruiz called the plan reckless", "called her rival a decent man": the object and what
            # it was called are the verdict ("called the police" has no such complement)
            comp = [c for c in kids if c.dep_ == "oprd" and c.i > obj.i] or [
                c for c in obj.children if c.dep_ in {"amod", "acl"} and c.pos_ == "ADJ" and c.i > obj.i]
            if comp:
                return obj.left_edge.i, max(t.i for c in comp for t in c.subtree) + 1
        accused = lemma == "accuse" and any(c.dep_ == "prep" and c.lower_ == "of" for c in [*kids, *(
            obj.children if obj is not None else [])])
        quoted = obj is not None and lemma in SPEECH_VERBS - DEAL_OBJECT_VERBS and quoted_object(self.art, obj)
        if obj is None or lemma not in SPEECH_ACT_VERBS and not quoted \
                or obj.pos_ == "PRON" and obj.lower_ not in {"this"} and not accused:
            return None  # "accused them of lying" says what of them; "denied it" says nothing here
        if lemma in JUDGING_VERBS and not any(c.dep_ == "prep" and c.lower_ == "for" for c in [*kids, *obj.children]) \
                and (obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or obj.pos_ in {"PRON", "PROPN"}
                     or obj.lemma_.lower() in PERSON_WORDS | ORGANISATION_NOUNS | AGENCY_NOUNS | PEOPLE_GROUP_NOUNS):
            # "praised his players", "criticised the council" name whom; "praised the crews for
            # their courage" and "condemned the attack" say what
            return None
        if lemma in DENIAL_VERBS and obj.lemma_.lower() in REFUSED_NOUNS:
            return None  # "rejected the plan" refuses it; "rejected the claim" denies words
        if lemma in OBJECT_BOUND_SPEECH_VERBS and obj.lower_ not in OBJECT_BOUND_SPEECH_VERBS[lemma] and not quoted:
            return None  # "ordered new buses", "claimed the title" do things; "ordered an inquiry" speaks
        if lemma in THING_OBJECT_SPEECH_VERBS and obj.lemma_.lower() not in CLAIM_OBJECT_NOUNS and not quoted:
            # "rejected the offer", "admitted three patients" do things; "rejected the allegations"
            # and "admitted the mistake" speak
            return None
        sub = list(obj.subtree)
        hi = sub[-1].i + 1
        other = [c for c in obj.children if c.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and self.people.is_person(s) for s in c.children)]
        if other:
            # "criticised the decision, which Berg has called “a stunt”": the relative clause is
            # another person's account, no part of what the subject said
            hi = min(t.i for t in other[0].subtree)
            while hi > sub[0].i and self.doc[hi - 1].is_punct:
                hi -= 1
        while hi < len(self.doc) and self.doc[hi].dep_ == "dobj" and self.doc[hi].head.i == verb.i:
            # "condemned anti-semitism": the parser may make each piece of a hyphenated word an object
            hi = max(t.i for t in self.doc[hi].subtree) + 1
        told = object_clause(obj) if obj.lemma_.lower() in CLAIM_OBJECT_NOUNS else None
        if told is not None and told.left_edge.i == hi:
            # "disputes Lin's conclusions that the rules raised prices": the claim in full
            hi = told.right_edge.i + 1
        at = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "at" and c.i == hi), None)
        if at is not None and lemma in COMMUNICATION_VERBS["estimate"]:
            hi = max(t.i for t in at.subtree) + 1  # "estimated the damage at $5 million"
        if asp is not None and asp.i == hi:
            hi = max(t.i for t in asp.subtree) + 1  # "named Ana Ruiz as her pick for treasurer"
        of = next((c for c in [*kids, *obj.children] if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
        if of is not None and (lemma == "accuse" or of.lower_ == "for"):
            # "accused the board of breaking its charter", "praised the crews for their courage"
            hi = max(hi, max(t.i for t in of.subtree) + 1)
        elif lemma == "accuse":
            return None
        words = sum(1 for t in self.doc[sub[0].i: hi]
                    if t.is_alpha and t.lower_ not in {"that", "this", "these", "those"})
        if words < 2 and not (words == 1 and lemma in JUDGING_VERBS and obj.tag_ == "NN" and hi == obj.i + 1
                              and not any(c.dep_ == "det" for c in obj.children)):
            # "disputed that claim": what was disputed is said elsewhere; "condemned racism" says it
            return None
        return sub[0].i, hi
