"""A figure asked as a teacher asks it, from the parse of its sentence: the counted noun and its
verb give "How many homes were flooded?", "How many workers will the project employ?", "How many
deaths were there in May?"; a share or a sum with a copula gives "What was the turnout?"; a
person's age beside the name gives "How old is Ada Lin?". Where the parse does not give a clean
clause, nothing is returned and the caller asks the figure another way (or not at all).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.lexicon import PERSON_NOUNS
from quizapp.generate.questions.parsing import (
    DATE_WORDS, REPORTING, base_form, first_of, has_number, lemma_of, lemmas, parse_sentence, subtree, words_of,
)
from quizapp.generate.questions.counted import counted_head, date_after, noun_phrase
from quizapp.generate.questions.quote_wording import lower_first


# Children of the verb whose words a question keeps; the rest (subordinate and parallel clauses,
# parentheticals, punctuation) would make it long or ask two things at once.
_KEEP = {"aux", "auxpass", "neg", "prt", "dobj", "dative", "attr", "acomp", "xcomp", "prep",
         "agent", "advmod", "npadvmod", "oprd"}
# Prepositions a question may front with its figure ("In how many films …?"); "including …",
# "such as …" and the like only add an example.
_FRONTED_PREPS = {"in", "on", "at", "by", "to", "for", "from", "among", "into", "over"}
# Units of a distance or duration that a verb takes without a preposition ("travelled 700 miles").
_MEASURES = {"miles", "kilometers", "kilometres", "km", "meters", "metres", "feet", "yards",
             "hours", "minutes", "days", "weeks", "months", "years", "seconds", "laps", "rounds"}
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_CURRENCY_SIGNS = {"$", "€", "£", "¥", "₹"}
_CURRENCY_WORDS = {"dollars", "euros", "pounds", "yen", "yuan", "rupees", "pesos", "cents", "pence",
                   "francs", "rubles", "roubles", "taka", "rand", "won", "dinars", "shillings"}
_PERCENT = {"%", "percent", "per cent"}
_NO_SUBJECT = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who", "these",
               "those", "there", "one", "half", "all", "some", "many", "most", "each", "none", "both",
               "several", "few", "others", "another", "either", "neither"}
_DEMONSTRATIVES = {"this", "that", "these", "those"}
MAX_WORDS = 28


@dataclass
class Asked:
    prompt: str          # the question
    suffix: str = ""     # unit words each option carries ("%", " cents"), after the quantity
    prefix: str = ""     # currency sign before the quantity ("$")


# "By reports, …", "By most accounts, …": where the article has it from, no part of the question.
_SOURCE_PHRASE = re.compile(r"by (?:\w+ )?(?:reports?|accounts?|estimates?)")


def _rest(verb, skip_ids: set[int], subject_at: int, tail=()) -> tuple[list, list] | None:
    """The verb's words a question keeps: (in place, moved to the end). A phrase fronted before
    the subject ("As of 2020, …", "On Monday …") moves to the end; a fronted sentence adverb
    ("Specifically, …") is dropped. None where a kept phrase holds another number."""
    out, moved = [verb, *tail], []
    for child in verb.children:
        if child.i in skip_ids or child.dep_ not in _KEEP:
            continue
        if child.dep_ == "prep" and child.lower_ == "according":
            continue
        if child.dep_ == "advmod" and child.i < verb.i:
            continue  # "also", "reportedly" before the verb: no place for them in a question
        phrase = [t for t in subtree(child) if t.i not in skip_ids]
        if _vague(phrase):
            return None
        if child.dep_ == "npadvmod" and child.lower_ not in DATE_WORDS:
            # "last week", "Monday" stay; a loose noun phrase after the verb does not, even one
            # holding a date ("… Central European Time on April 4": a time cut from its clause).
            continue
        if has_number(phrase):
            return None
        if child.dep_ == "advmod" and child.lower_ in ("more", "less", "fewer"):
            return None  # "collected 2,460 signatures, more than required": the comparison is the figure's
        if any(t.text in ("—", "–") for t in verb.doc[min(verb.i, child.i):max(verb.i, child.i)]):
            continue  # "… long enough — at least ten minutes a side": an aside after a dash
        if child.i < subject_at:
            if child.dep_ in ("prep", "npadvmod") and len(phrase) > 1 and not _SOURCE_PHRASE.fullmatch(
                    " ".join(t.lower_ for t in phrase)):
                moved += phrase
            continue
        if child.dep_ in ("prep", "npadvmod") and child.i < verb.i and verb.dep_ != "conj":
            # "Lin on Monday signed the lease": "did Lin sign the lease on Monday?", not
            # "did Lin sign on Monday the lease?".
            moved += phrase
            continue
        out += phrase
    return out, moved


def _moved_words(moved) -> str:
    if not moved:
        return ""
    first = min(moved, key=lambda t: t.i)
    words = words_of(moved)
    if first.pos_ != "PROPN" and words[:1].isupper():
        words = words[:1].lower() + words[1:]
    return " " + words


_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch|ic)")


def _attribution(verb, sentence_doc, article_text: str = "") -> str:
    """"According to Ada Lin, " where the clause is what a named person or body said; "" where
    the article states it itself."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            return words_of(subtree(child)).rstrip(",") + ", "
    head = verb
    while head.dep_ in ("conj", "xcomp") and head.head is not head:
        head = head.head
    if head.dep_ == "ccomp" and lemma_of(head.head) in REPORTING:
        # "Unions called a strike and said ...": a reporting verb joined to another shares its subject
        subj = [_subject(head.head)[0]] if _subject(head.head)[0] is not None else []
        if subj and subj[0].dep_ == "nsubj" and subj[0].pos_ in ("PROPN", "NOUN"):
            phrase = subtree(subj[0])
            words = words_of(phrase)
            first = first_of(subj[0])
            if first.tag_ == "PRP$":
                # "Her mother, Ana Ruiz, said ...": whose mother the question cannot say; her name can
                named = [c for c in subj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                return f"According to {words_of(subtree(named[0]))}, " if named else "According to the article, "
            if first.pos_ == "DET" or first.pos_ in ("NOUN", "ADJ") and first.i == 0 and not first.ent_type_:
                # "Danish officials said …" keeps the capital of a people's adjective.
                if not (first.pos_ == "ADJ" and _PEOPLE_ADJECTIVE.fullmatch(first.text)):
                    words = words[:1].lower() + words[1:]
            return f"According to {words}, "
        return "According to the article, "
    if head.dep_ not in ("ROOT",):
        return ""
    return ""


def _subject(verb):
    head = verb
    while True:
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0], head
        if head.dep_ == "conj" and head.head is not head:
            head = head.head
            continue
        return None, head


def _clean_subject(subj, text: str) -> str | None:
    """The subject as a question repeats it; None for a pronoun, a bare quantifier ("half"), a
    demonstrative ("that event": which one?), a dateline word ("LONDON") or a long phrase."""
    if subj is None or subj.lower_ in _NO_SUBJECT or subj.tag_ in ("PRP", "WP", "WDT", "EX"):
        return None
    phrase = subtree(subj)
    if any(t.lower_ in _DEMONSTRATIVES and t.dep_ == "det" for t in phrase):
        return None
    if any(t.dep_ == "poss" and t.lower_ in ("his", "her", "their", "its") for t in phrase):
        return None  # "his announcement": whose, the question alone does not say
    if any(t.dep_ in ("nsubj", "nsubjpass") and t is not subj for t in phrase):
        return None  # "the party awards delegates to how candidates fare": a clause, misread as a subject
    from quizapp.generate.lexicon import ROLE_NOUNS

    names = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i]
    titled = bool(names) and (subj.pos_ != "PROPN" or subj.lower_ in ROLE_NOUNS)
    if titled:
        # "former Deputy Mayor of Westland Tom Berg": the name is who is meant.
        phrase = [t for t in names[0].subtree if not t.is_punct]
    words = words_of(phrase)
    if not words or len(words.split()) > 10 or re.search(r"\d", words) or re.fullmatch(r"[A-Z]{3,}", subj.text):
        return None
    first = first_of(subj) if not titled else phrase[0]
    if all(t.is_space or t.is_punct for t in first.doc[:first.i]):
        # A sentence's capital is no name's: "Work will take ..." -> "how long will work take?"
        if re.match(r"\w[A-Z]", words):
            return words  # "KTV-ONE", "eBay": no capital to take away
        if first.pos_ == "DET" or (first.pos_ in ("NOUN", "ADJ", "NUM") and not first.ent_type_):
            return words[:1].lower() + words[1:]
        return lower_first(words, text)
    return words


def _vague(tokens) -> bool:
    """A pronoun the question cannot resolve ("how many adults take it?")."""
    return any(t.tag_ == "PRP" and t.lower_ not in ("i", "we") for t in tokens)


# Days named from the article's own date ("yesterday", "on the day"): out of the article they
# point nowhere, so a question leaves them out ("How many people were killed yesterday?"), with the
# preposition that led them ("reported by yesterday")
_RELATIVE_DAY = re.compile(r"\s+(?:(?:by|until|since|before|after|as of)\s+)?(?:yesterday|today|tonight|last night|"
                           r"earlier today|on the day|this (?:morning|afternoon|evening))(?=\s*$|\s*,)", re.I)


def _finish(question: str) -> str | None:
    question = re.sub(r"\s+", " ", question).strip(" ,;:")
    question = _RELATIVE_DAY.sub("", question).strip(" ,;:")
    if len(question.split()) > MAX_WORDS or question.count("(") != question.count(")"):
        return None
    if re.search(r"[“”\"]", question) or "…" in question:
        return None
    return question[:1].upper() + question[1:] + "?"


def _inverted(verb, subject: str, skip: set[int], subj_tok, tail=()) -> str | None:
    """The clause after a fronted question phrase: "did the fire kill …", "had the rebel forces
    destroyed …", "was the inventor escorted by"; None where English needs more than inversion."""
    governor = verb
    while governor.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children):
        governor = governor.head
    auxes = [c for c in governor.children if c.dep_ in ("aux", "auxpass") and c.i < governor.i]
    if verb is not governor:
        own = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        # "was convicted and served eight years": the second verb has its own tense, not "was".
        auxes = own if own or verb.tag_ in _DO else auxes + own
    neg = [c for c in verb.children if c.dep_ == "neg"]
    skip = skip | {t.i for t in subtree(subj_tok, drop=set())} | {a.i for a in auxes} | {n.i for n in neg}
    kept = _rest(verb, skip, first_of(subj_tok).i, tail)
    if kept is None:
        return None
    rest = words_of([t for t in kept[0] if t.i != verb.i]) + _moved_words(kept[1])
    nots = " ".join(n.text for n in neg)
    if auxes:
        if any(a.lower_ == "to" for a in auxes):
            return None
        first, others = auxes[0].text.lower(), " ".join(a.text for a in auxes[1:])
        return f"{first} {subject} {others} {nots} {verb.text} {rest}"
    if verb.tag_ in _DO and lemmas(verb.doc)[verb.i].lemma_ == "be":
        return f"{verb.text.lower()} {subject} {nots} {rest}"  # "is the process complete", not "does … be"
    if verb.tag_ in _DO:
        return f"{_DO[verb.tag_]} {subject} {nots} {base_form(verb)} {rest}"
    return None


def ask(sentence: str, q_start: int, q_end: int, article_text: str) -> Asked | None:
    """The question for the quantity at sentence[q_start:q_end], or None."""
    if "<" in sentence or "&" in sentence or len(sentence.split()) > 45:
        return None
    age = _age(sentence, q_start, q_end)
    if age:
        return age
    doc = parse_sentence(sentence)
    q_tokens = [t for t in doc if t.idx < q_end and q_start < t.idx + len(t.text)]
    if not q_tokens:
        return None
    age = _years_old(doc, q_tokens, article_text)
    if age:
        return age
    head = counted_head(doc, q_tokens)
    before = doc[q_tokens[0].i - 1] if q_tokens[0].i > 0 else None
    money = head.text in _CURRENCY_SIGNS or head.lower_ in _CURRENCY_WORDS or (
        before is not None and before.text in _CURRENCY_SIGNS)
    percent = head.text.lower() in _PERCENT
    if money and re.match(r"\s*(?:an?|each)\s+(?:hour|day|week|month|year|night|shift)\b", sentence[q_end:], re.I):
        return None  # "earn $15 an hour": "How much do they earn?" would drop the rate
    head_in_quantity = head in q_tokens
    if head_in_quantity and not money:
        return None
    if money and not head_in_quantity and head.text not in _CURRENCY_SIGNS and head.lower_ not in _CURRENCY_WORDS:
        # "the €3.5 million unit was opened": the sum describes a thing; "How much was opened?" asks nothing
        return None
    if head.tag_ in ("NN", "NNP") and not money and not percent:
        # "a magnitude 3.8 earthquake", "a 24-can crate": a measure, not a count; and "one
        # pack" makes no "how many" question.
        return None
    prep = None
    as_object = head.dep_ == "pobj" and head.head in q_tokens  # "between 40 and 50 homes"
    if any(c.dep_ == "advmod" and c.i > head.i for c in head.children):
        return None  # "eight kilometers southwest of the town": the rest of the measure matters
    if head.dep_ == "npadvmod" and (head.lower_ not in _MEASURES or any(
            c.dep_ == "dobj" for c in head.head.children)):
        return None  # "placed the epicentre eight kilometres …": a distance from something
    if as_object:
        verb = head.head.head
    elif (head.dep_ == "pobj" and head.head.dep_ in ("prep", "agent") and head.head.lower_ in _FRONTED_PREPS
            and head.head.head.pos_ in ("VERB", "AUX") and not money):
        prep = head.head  # "in four films", "by two tugboats": the preposition goes along
        verb = prep.head
    else:
        verb = head.head
    if verb is head or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "relcl":
        return None  # "a trial in which eleven people were charged": the question would need the trial
    if prep is not None and lemma_of(verb) == "be":
        return None  # "were among nine hikers who died": "Among how many hikers were they?" says nothing
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.dep_ == head.dep_ and not money:
        return None  # "two people smugglers" read as two objects: the counted noun goes on past the parse's
    if any(c.dep_ in ("ccomp", "csubj") for c in verb.children):
        return None  # "… signalled they would …": the question would drop what was said
    if any(c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX") and has_number(subtree(c)) for c in verb.children):
        return None  # "61% voted yes and 39% no": a second figure shares the verb; one question would blur them
    prefix = before.text if before is not None and before.text in _CURRENCY_SIGNS else ""
    suffix = ""
    if not head_in_quantity and (money or percent):
        suffix = sentence[q_end:head.idx + len(head.text)]
        if len(suffix.split()) > 1:
            return None
    if money:
        what = "how much"
    elif percent:
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        if any(c.dep_ == "prep" and c.lower_ != "of" and c.i > head.i for c in head.children):
            return None  # "16 percent of exports go to neighbouring states": the part would be lost
        what = "what percentage" + (" " + words_of(subtree(of[0])) if of else "")
    else:
        noun = noun_phrase(head, q_tokens)
        if not noun:
            return None
        what = f"how many {noun}"
    skip = {t.i for t in subtree(head.head if as_object else prep if prep is not None else head, drop=set())}
    # "spend €12 million on the wall": what the sum is for stays in the question.
    tail = [t for c in head.children if c.dep_ == "prep" and c.i > head.i and c.lower_ != "of" and money
            for t in subtree(c)]
    skip -= {t.i for t in tail}
    attribution = _attribution(verb, doc, article_text)

    when = date_after(head) if not money and not percent else ""

    def finish(question: str, form: Asked | None = None) -> Asked | None:
        question += when
        prompt = _finish(f"{attribution}{question}" if attribution else question)
        return Asked(prompt, suffix, prefix) if prompt else None

    if head.dep_ in ("nsubj", "nsubjpass") and prep is None:
        if percent and " of " not in what:
            return None
        if lemma_of(verb) == "be" and any(c.dep_ == "acomp" for c in verb.children):
            return None  # "three days are vital": no question a reader could answer
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children):
            return None  # "expect 300 families to be moved": the subject of an infinitive
        kept = _rest(verb, skip, first_of(head).i, tail)
        if kept is None:
            return None
        return finish(f"{what} {words_of(kept[0])}{_moved_words(kept[1])}")
    if head.dep_ == "attr" and lemma_of(verb) == "be" and prep is None:
        expl = [c for c in verb.children if c.dep_ == "expl"]
        if expl and not (money or percent):
            kept = _rest(verb, skip | {expl[0].i}, expl[0].i)
            if kept is None:
                return None
            rest = words_of([t for t in kept[0] if t.i != verb.i])
            # "there's 14 guests inside": "how many" asks in the plural, and never contracted
            be = {"'s": "are", "’s": "are", "is": "are", "'re": "are", "’re": "are", "was": "were"}.get(
                verb.lower_, verb.text)
            return finish(f"{what} {be} there {rest}{_moved_words(kept[1])}")
        if money or percent:
            subj, _ = _subject(verb)
            subject = _clean_subject(subj, article_text)
            if not subject:
                return None
            aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
            if aux:  # "fees have been about 12%": "What have fees been?"
                return finish(f"what {' '.join(a.text for a in aux[:1])} {subject} {' '.join(a.text for a in aux[1:])} {verb.text}")
            return finish(f"what {verb.text} {subject}")
        return None
    if head.dep_ in ("dobj", "npadvmod") or prep is not None or as_object:
        if percent and " of " not in what and prep is None:
            return None
        subj, _ = _subject(verb)
        subject = _clean_subject(subj, article_text)
        if subject is None:
            return None
        clause = _inverted(verb, subject, skip, subj, tail)
        if clause is None:
            return None
        lead = f"{prep.lower_} {what}" if prep is not None else what
        return finish(f"{lead} {clause}")
    return None


def _years_old(doc, q_tokens, article_text: str) -> Asked | None:
    """"Ada Lin was 39 years old" -> "How old was Ada Lin?"."""
    last = max(q_tokens, key=lambda t: t.i)
    nxt = doc[last.i + 1:last.i + 3]
    if len(nxt) < 2 or nxt[0].lower_ not in ("years", "year") or nxt[1].lower_ != "old":
        return None
    be = nxt[1].head
    if nxt[1].dep_ != "acomp" or lemma_of(be) != "be":
        return None
    subj, _ = _subject(be)
    subject = _clean_subject(subj, article_text)
    if subject is None or subj.pos_ != "PROPN":
        return None
    return Asked(f"According to the article, how old {be.text} {subject}?")


_AGE = re.compile(r"(?P<name>(?:[A-Z][\w’'-]+\s){0,3}[A-Z][\w’'-]+),\s$")


def _age(sentence: str, q_start: int, q_end: int) -> Asked | None:
    """"Ada Lin, 39, said …": the number between commas after a name is the person's age."""
    m = _AGE.search(sentence[:q_start])
    if not m or not re.match(r",\s", sentence[q_end:q_end + 2]):
        return None
    if not re.fullmatch(r"\d{1,3}", sentence[q_start:q_end]) or not 1 <= int(sentence[q_start:q_end]) <= 115:
        return None
    name = m.group("name")
    if name.split()[0] in ("The", "A", "An", "In", "On", "At", "By", "Since", "Of"):
        return None
    words = name.split()
    while len(words) > 2 and words[0].lower() in PERSON_NOUNS:
        words = words[1:]  # "Resident Luis Garcia, 43,": a description opening the sentence, no title
    return Asked(f"According to the article, how old is {' '.join(words)}?")
