"""Article cleanup that never loses track of where each character came from.

The extractor reads a cleaned copy of the article (tags, entities, Markdown marks, boilerplate
lines, doubled headlines and captions and photo credits removed) but every fact it reports
must point into the text exactly as the file was read. `CleanText` keeps, for each character
of the cleaned copy, the span of the original it stands for, so any span of the clean copy
maps back with `to_original`.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Single-line page furniture that scrapers copy along with the story: buttons, banners, widgets.
BOILERPLATE_LINES = {
    "close", "advertisement", "ad", "share", "share this article", "share on facebook",
    "share on twitter", "skip to content", "skip to main content", "read more", "continue reading",
    "subscribe", "sign in", "log in", "comments", "comment", "print", "email", "menu", "search",
    "story continues below advertisement", "scroll to continue", "listen to this article",
    "related", "related articles", "most read", "loading", "play", "video", "gift article",
}

# "Photo/Getty Images", "Photo: Reuters", "(AP Photo/Jane Doe)", "Credit: AFP via Getty Images".
CREDIT_TAIL = re.compile(
    r"""\s*[\(\[]?\s*(?:
          (?:[A-Z]{2,5}\s+)?(?:photo|photograph|image|picture|video|illustration)s?(?:\s+credit)?\s*[/:|]\s*[^\n]{1,80}
        | credit\s*:\s*[^\n]{1,80}
        | (?:getty\s+images|reuters|afp|ap|epa)(?:\s+via\s+getty\s+images)?
        )\s*[\)\]]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

BLOCK_TAGS = (
    "p|div|br|hr|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|aside|nav|"
    "blockquote|figure|figcaption|pre|title|main|dd|dt|dl"
)
HTML_HINT = re.compile(rf"<\s*/?\s*(?:html|body|{BLOCK_TAGS}|span|a|em|strong|b|i)\b[^>]*>", re.IGNORECASE)


@dataclass
class CleanText:
    original: str
    text: str
    starts: list[int]   # starts[i]: where text[i] begins in the original
    ends: list[int]     # ends[i]: where text[i] ends in the original

    @classmethod
    def identity(cls, original: str) -> "CleanText":
        n = len(original)
        return cls(original, original, list(range(n)), list(range(1, n + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of the clean text to the span of the original it came from."""
        return self.starts[start], self.ends[end - 1]

    def edit(self, edits: list[tuple[int, int, str]]) -> "CleanText":
        """Replace non-overlapping spans of the clean text; replacement characters stand for the
        whole replaced span, so a span that includes them maps back to all of it."""
        out, starts, ends, pos = [], [], [], 0
        for start, end, repl in sorted(edits):
            if start < pos:
                continue  # overlapping edit: the earlier one wins
            out.append(self.text[pos:start])
            starts.extend(self.starts[pos:start])
            ends.extend(self.ends[pos:start])
            if repl:
                o_start = self.starts[start] if start < len(self.text) else len(self.original)
                o_end = self.ends[end - 1] if end > start else o_start
                out.append(repl)
                starts.extend([o_start] * len(repl))
                ends.extend([o_end] * len(repl))
            pos = end
        out.append(self.text[pos:])
        starts.extend(self.starts[pos:])
        ends.extend(self.ends[pos:])
        return CleanText(self.original, "".join(out), starts, ends)


def looks_like_html(text: str) -> bool:
    return len(HTML_HINT.findall(text[:20000])) >= 2


def strip_html(doc: CleanText) -> CleanText:
    text = doc.text
    edits = []
    for m in re.finditer(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<![^>]*>|<\?[^>]*>",
                         text, re.IGNORECASE | re.DOTALL):
        edits.append((m.start(), m.end(), " "))
    for m in re.finditer(r"<\s*(/?)\s*([a-zA-Z][\w:-]*)[^>]*>", text):
        block = re.fullmatch(BLOCK_TAGS, m.group(2).lower()) is not None
        edits.append((m.start(), m.end(), "\n" if block else ""))
    doc = doc.edit(_drop_overlaps(edits))
    edits = []
    for m in re.finditer(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});", doc.text):
        decoded = html.unescape(m.group(0))
        if decoded != m.group(0):
            edits.append((m.start(), m.end(), decoded.replace("\xa0", " ")))
    return doc.edit(edits)


def _drop_overlaps(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept, end = [], -1
    for e in sorted(edits, key=lambda e: (e[0], -e[1])):  # at one start the wider edit wins
        if e[0] >= end:
            kept.append(e)
            end = e[1]
    return kept


def strip_markdown(doc: CleanText) -> CleanText:
    text, edits = doc.text, []
    for m in re.finditer(r"!\[[^\]\n]*\]\([^)\n]*\)", text):          # images
        edits.append((m.start(), m.end(), ""))
    for m in re.finditer(r"(?<!!)\[([^\]\n]+)\]\([^)\n]*\)", text):     # links keep their words
        edits.append((m.start(), m.start(1), ""))
        edits.append((m.end(1), m.end(), ""))
    for m in re.finditer(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)", text, re.MULTILINE):
        edits.append((m.start(), m.end(), ""))
    for m in re.finditer(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", text):      # bold
        edits.append((m.start(), m.start(2), ""))
        edits.append((m.end(2), m.end(), ""))
    for m in re.finditer(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", text):  # italics
        edits.append((m.start(), m.start(1), ""))
        edits.append((m.end(1), m.end(), ""))
    return doc.edit(_drop_overlaps(edits))


def _furniture(text: str):
    """(start, end, whole line?) of each stretch of `text` that is no part of the story: furniture
    lines, second copies of a line (doubled headline or caption), photo-credit lines, and
    (whole line False) a photo credit at the end of a line."""
    previous = None  # the last line kept: a line repeating it is a doubled headline or caption
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        key = re.sub(r"\s+", " ", line).strip()
        low = key.lower().strip(" .:|")
        if not key:
            continue
        if low in BOILERPLATE_LINES or re.fullmatch(r"[\W_]+", key):
            yield m.start(), m.end(), True
            continue
        credit = CREDIT_TAIL.search(line)
        if credit and credit.start() == 0:
            yield m.start(), m.end(), True
            continue
        body = re.sub(r"\s+", " ", line[: credit.start()]).strip() if credit else key
        if body == previous and len(body.split()) >= 3:
            yield m.start(), m.end(), True
            continue
        previous = body
        if credit:
            yield m.start() + credit.start(), m.end(), False


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the whole lines of `text` a reader never needs ("close", a doubled headline, a
    credit line): a reading view leaves them out and keeps every other offset as it is."""
    return [(start, end) for start, end, whole in _furniture(text) if whole]


def drop_boilerplate(doc: CleanText) -> CleanText:
    """Blank out furniture lines, second copies of a line (doubled headline or caption),
    photo credits at the end of a line and stray punctuation left by bad line breaks."""
    text = doc.text
    edits = [(start, end, "") for start, end, _ in _furniture(text)]
    # A lone mark after a finished sentence ("successfully. ." or "Lee said , a former"),
    # left behind by machine translation or a broken line.
    for m in re.finditer(r"(?<=[.!?])(\s+[.,;:]+)(?=\s|$)", text):
        edits.append((m.start(1), m.end(1), ""))
    for m in re.finditer(r"(?<=\w)( +)(?=[.,;:](?:\s|$))", text):
        edits.append((m.start(1), m.end(1), ""))
    return doc.edit(_drop_overlaps(edits))


def clean(original: str) -> CleanText:
    doc = CleanText.identity(original)
    doc = doc.edit([(m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", original)])
    if looks_like_html(doc.text):
        doc = strip_html(doc)
    else:
        doc = strip_markdown(doc)
    doc = doc.edit([(m.start(), m.end(), " ") for m in re.finditer(r"[\u00a0\u2009\u202f\t]", doc.text)])
    # Two apostrophes or backticks typed for a quotation mark ('“It was late,’’ she said', '``Yes,'''):
    # read as the mark they stand for (not after a digit: 5'10'' is a height)
    doc = doc.edit([(m.start(), m.end(), "“" if m.group(0) in {"‘‘", "``"} else "”")
                    for m in re.finditer(r"‘‘|``|’’|(?<![\d'])''(?!')", doc.text)])
    return drop_boilerplate(doc)
