"""Who said what: direct quotations and reported speech, each with its speaker; organisations'
words are kept apart as statements ("The ministry said ..." is never a person's quote).

Rules, in order of evidence:
- a verb of communication (lexicon.COMMUNICATION_VERBS: say/tell, assert, explain, announce,
  warn, urge, criticise, admit, deny, describe, estimate, confirm, agree, promise; manners of
  speaking, informing) whose subject names a person ("X said", "said X", "X, a ..., warned that"),
  also inverted after its statement where the parser took the speaker for an object ("...,
  argued the union's lawyer, Ana Ruiz"), whose passive agent does ("was told by X that", "X was
  quoted as saying"), whose relative pronoun does ("the home of X, who told reporters ..."), or
  whose carrier verb's subject does ("X went on to say"); the statement is its clause (ccomp or
  "that"-clause, also a second complement the parser split off at a quotation; a clause a
  quotation sits inside is reported whole, the quotation also on its own), else the words
  on the far side of an attribution ("..., X said.") when they hold a clause of their own (not
  the verb's object with a relative or "when" clause: "wrote three books before she turned
  forty"), both parts where the attribution stands inside the statement, or a speech act's
  object ("declared a curfew", "disagreed with the finding", "called on X to Y",
  "vowed to appeal", "described it as Y", "hailed her as Y", "talked of “...”"); verbs with an everyday sense say
  nothing with a thing for object ("admitted three patients", "rejected the plan", "praised his
  players");
- the speaker phrase is read for its person: the head's name, an appositive name ("the director
  of the Trust, Ana Ruiz,"), never a possessor ("Ruiz's deputy"), a joint subject ("X and Y
  said", "X, along with Y, said"; a conjunct without "and" is a misread comma) or a name set
  beside an outlet ("the newspaper Publico"); a pronoun stands for the person most recently named as speaker or
  main-clause subject, unless someone unnamed came in between ("A police officer was hurt. He
  said ..."); a description ("the minister said") for the one person the article gave that role;
- "according to X" (and "according to a statement by X"), read from the words where the parse of
  the phrase is broken ("According to Senator X, ...", "According to the town's clerk, X, ...");
- a participle that reports ("..., adding that ...", "..., calling the plan a failure", "...,
  writing that he was “...”") speaks for its clause's subject, quotations included;
- "X's statements that ..." reports X;
- a quotation with no attribution that makes up the sentence right after an attributed one
  continues it; an attribution standing alone after a quotation that ends in "!" or "?" is its;
  an attribution ending in a colon introduces the quotation that opens the next sentence.
- also: a present-tense verb of opinion with a clause ("X believes the slump will be short"), an
  expressed attitude ("expressed concern that ..."), "issued a statement saying ...", "made (it)
  clear that ...", "As X put it, ...", "In X's words (view), ...", a subjunctive after a verb of urging
  ("recommended that the school be closed"), "the 61-year-old said" for the person of that age;
- never: a modal or conditional verb of saying ("may say", "if asked, would say"), a question
  ("Did X say ...?"); "a spokesperson for <organisation>" and a bare "Police said" are the body's.
A quotation in title case ("A Song for the Lost") is a title, not words said. The object of
"told" is the listener and never becomes a speaker. Denials keep their stance (facts.DENIED).
Anything weaker is skipped.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generate.facts import Quote, Statement
from quizapp.generate.quotes.common import MIN_CLAUSE_WORDS, MIN_CONTENT_WORDS, MIN_DIRECT_WORDS, Attribution
from quizapp.generate.quotes.finder import QuoteFinder

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.generate.article import Article

__all__ = ["Attribution", "MIN_CLAUSE_WORDS", "MIN_CONTENT_WORDS", "MIN_DIRECT_WORDS", "QuoteFinder",
           "extract_quotes", "extract_statements"]


def _authored_by_a_person(article: "Article", start: int) -> bool:
    """"The agency announced an order by its director Ana Ruiz telling staff to "stay home"": the
    quoted words are the order's, and a person is named as its author ("by" + a person) before
    them in the sentence; whose wording it is stays unclear, so the agency is not given it."""
    doc = article.doc
    tok = next((t for t in doc if t.idx >= start), None)
    if tok is None:
        return False
    for t in tok.sent:
        if t.idx >= start:
            break
        if t.lower_ == "by" and t.dep_ == "agent" or t.lower_ == "by" and t.dep_ == "prep":
            if any(article.people.is_person(w) for w in t.subtree if w is not t):
                return True
    return False


def extract_statements(article: "Article") -> tuple[list[Quote], list[Statement]]:
    """People's quotes and organisations' statements, each once, in text order. An organisation
    is never a quote's speaker: "The ministry said ..." is a `Statement`."""
    seen: set[tuple[int, int]] = set()
    quotes: list[Quote] = []
    statements: list[Statement] = []
    for speaker, start, end, direct, organisation, stance in QuoteFinder(article).quotes():
        if start < article.headline_end:
            # "Ruiz announces inquiry into port deal": a headline restates in short what the body
            # reports in full, and names its speaker only loosely; the body's statement is the one kept
            continue
        o_start, o_end, text = article.original_span(start, end)
        if (o_start, o_end) in seen or not text.strip():
            continue
        seen.add((o_start, o_end))
        if organisation:
            if direct and _authored_by_a_person(article, start):
                continue
            statements.append(Statement(speaker, text, o_start, o_end, direct, stance))
        else:
            quotes.append(Quote(speaker=speaker, text=text, start=o_start, end=o_end, direct=direct, stance=stance))
    # A statement inside a longer one by the same speaker adds nothing the longer one lacks, except
    # quoted wording inside reported words, which the speaker's own words are kept apart from.
    quotes = [q for q in quotes if not any(o is not q and o.speaker == q.speaker and o.start <= q.start
                                           and q.end <= o.end and (o.end - o.start) > (q.end - q.start)
                                           and (o.direct or not q.direct) for o in quotes)]
    # A few quoted words inside what someone else is reported to have said ("Berg's claim that the
    # deal must reflect “the facts on the ground” shows ..., Ruiz said") are not surely either's.
    quotes = [q for q in quotes if not (q.direct and len(re.findall(r"\w+", q.text)) < MIN_DIRECT_WORDS and any(
        o.speaker != q.speaker and o.start <= q.start and q.end <= o.end for o in quotes))]
    statements = [q for q in statements if not any(
        o is not q and o.organization == q.organization and o.start <= q.start and q.end <= o.end
        and (o.end - o.start) > (q.end - q.start) for o in statements)]
    quotes.sort(key=lambda q: q.start)
    # "She announced a curfew the same day": a speech act told again, with the same
    # words for the same person, is one statement, kept where it is first told
    said: set[tuple[str, str]] = set()
    kept = []
    for q in quotes:
        key = (q.speaker, " ".join(q.text.lower().split()).strip(" .,"))
        if q.direct or key not in said:
            kept.append(q)
        said.add(key)
    quotes = kept
    statements.sort(key=lambda q: q.start)
    return quotes, statements


def extract_quotes(article: "Article") -> list[Quote]:
    return extract_statements(article)[0]
