"""Block quotations signed on the line after them: a paragraph of someone's words set off without
quotation marks, followed by a line such as "– Judge Ana Ruiz, ruling of 3 May"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from quizapp.generate.facts import SAID

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.generate.article import Article

# A signature line: a dash, then the speaker and, after a comma, where the words come from.
SIGNATURE = re.compile(r"^[ \t]*[–—][ \t]*([^\n]+?)[ \t]*$", re.M)


def signed_blocks(article: "Article") -> Iterable[tuple[str, int, int, bool, bool, str]]:
    """The paragraph right before a signature line that names one person is that person's words
    (only that paragraph: where a longer block began, the layout does not show)."""
    text = article.text
    for m in SIGNATURE.finditer(text):
        who = m.group(1).split(",")[0]
        lo, hi = m.start(1), m.start(1) + len(who)
        names = {article.people.person_name(t) for t in article.tokens if lo <= t.idx < hi and article.people.is_person(t)}
        names.discard(None)
        if len(names) != 1:
            continue
        before = text[: m.start()].rstrip()
        start = before.rfind("\n") + 1
        block = before[start:]
        lead = len(block) - len(block.lstrip())
        start += lead
        block = block.strip()
        if len(block.split()) < 8 or re.search(r"[\"“”]", block) or start < article.headline_end:
            continue  # a quotation with marks is read by the other rules
        yield names.pop(), start, start + len(block), True, False, SAID
