"""What a figure counts in its sentence: the counted noun, the words that say what it counts, and
a date phrase after it that a question puts at its end."""
from __future__ import annotations

from quizapp.generate.questions.parsing import DATE_WORDS, has_number, subtree, words_of


def counted_head(doc, q_tokens):
    """The noun the quantity counts ("homes" in "more than 300 homes") or, where the number is
    the head itself ("$40 billion"), the number."""
    t = max(q_tokens, key=lambda t: t.i)
    while t.dep_ == "conj" and t.head in q_tokens:  # "between 40 and 50": from the first number
        t = t.head
    while t.dep_ in ("nummod", "quantmod", "compound", "advmod", "nmod") and t.head.i > t.i and t.head.i - t.i <= 4:
        t = t.head
    return t


def noun_phrase(head, q_tokens) -> str | None:
    """The counted noun with the words that say what is counted ("armoured vehicles", "counts of
    fraud", "suspected poisonings"), without the quantity, determiners or clauses."""
    q_ids = {t.i for t in q_tokens}
    inside = {t.i for t in head.subtree}
    left = [t for t in head.doc[max(q_ids) + 1:head.i] if t.i in inside]
    if any(t.is_punct or t.like_num for t in left):
        return None
    right = []
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "on", "at", "from", "for") and child.i == head.i + 1:
            phrase = subtree(child)
            if (len(phrase) <= 5 and not any(t.is_punct for t in phrase) and not has_number(phrase)
                    and not _date_phrase(phrase)):
                right += phrase
        break
    return words_of([*left, head, *right]) or None


def _date_phrase(phrase) -> bool:
    """"on Wednesday", "in May": when, not what is counted."""
    return len(phrase) >= 2 and phrase[0].dep_ == "prep" and any(t.lower_ in DATE_WORDS for t in phrase[1:])


def date_after(head) -> str:
    """The date phrase right after the counted noun ("deaths on Wednesday"), which a question
    puts at its end: "How many deaths were there on Wednesday?"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.i == head.i + 1:
            phrase = subtree(child)
            if _date_phrase(phrase) and len(phrase) <= 4 and not has_number(phrase):
                return " " + words_of(phrase)
        break
    return ""
