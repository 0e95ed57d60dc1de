"""Resolving evidence quotations to offsets in the article, and hinting at near misses.

A quotation must occur verbatim. When it does not, the teacher most often typed straight quotes
for curly ones, a hyphen for a dash, or different spacing, so we look again with those
normalised and show the exact text to paste; failing that, the closest passage.
"""
from __future__ import annotations

import difflib

_FOLD = {
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "`": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "…": "...",
}


def occurrences(article: str, quote: str) -> list[int]:
    found, i = [], article.find(quote)
    while i != -1:
        found.append(i)
        i = article.find(quote, i + 1)
    return found


def _normalise(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each of its characters, the index of the original character."""
    out: list[str] = []
    where: list[int] = []
    last_space = True
    for i, ch in enumerate(text):
        if ch.isspace():
            if not last_space:
                out.append(" ")
                where.append(i)
            last_space = True
            continue
        last_space = False
        for c in _FOLD.get(ch, ch).casefold():
            out.append(c)
            where.append(i)
    return "".join(out), where


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def near_match(article: str, quote: str) -> str | None:
    """A hint for a quotation not found verbatim, or None when nothing is close."""
    norm_article, where = _normalise(article)
    norm_quote = _normalise(quote)[0].strip()
    if not norm_quote:
        return None
    i = norm_article.find(norm_quote)
    if i != -1:
        start, end = where[i], where[i + len(norm_quote) - 1] + 1
        return f"the article has it as “{shorten(article[start:end], 200)}” (quotes, dashes, case or spacing differ)"
    matcher = difflib.SequenceMatcher(None, norm_article, norm_quote, autojunk=False)
    a, b, size = matcher.find_longest_match(0, len(norm_article), 0, len(norm_quote))
    if size < max(12, len(norm_quote) // 3):
        return None
    lo = max(0, a - b)
    hi = min(len(norm_article), lo + len(norm_quote)) - 1
    start, end = where[lo], where[hi] + 1
    # Widen to whole words so the hint is readable.
    while start > 0 and not article[start - 1].isspace():
        start -= 1
    while end < len(article) and not article[end].isspace():
        end += 1
    return f"closest passage: “{shorten(article[start:end])}”"
