"""Points listed after a colon: "In the interview, Ruiz also said:" and then lines that are no
sentences (a bulleted list whose bullets the page kept or lost). Each line is the speaker's
reported words."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from quizapp.generate.quotes.common import Attribution

# A bullet a list item may open with
BULLET = re.compile(r"[ \t]*(?:[•·▪◦*\-–—][ \t]+)?")
MAX_POINTS = 12
# A point is a clause of a few words, not a heading of one or two nor a paragraph
MIN_POINT_WORDS, MAX_POINT_WORDS = 4, 40


class ListedPointsMixin:
    def _listed_points(self, atts: list["Attribution"]) -> Iterable[tuple[str, int, int, bool, bool, str]]:
        """Lines after an attribution whose colon ends its paragraph, up to the first line that is a
        sentence (ends with a full stop or a quotation) or a heading (every word capitalised). Two
        lines at least, unless they carry bullets: one bare line may be a subheading."""
        text = self.art.text
        for a in atts:
            if a.quoted_only:
                continue
            last = self.doc[a.last]
            colon = re.match(r"[ \t]*:[ \t]*\n", text[last.idx + len(last.text):])
            if colon is None:
                continue
            pos = last.idx + len(last.text) + colon.end()
            points, marked = [], False
            while len(points) < MAX_POINTS:
                while pos < len(text) and text[pos] in "\n \t":
                    pos += 1
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                bullet = BULLET.match(text, pos, end)
                start = bullet.end()
                line = text[start:end].rstrip()
                words = re.findall(r"[^\W_]+", line)
                if not MIN_POINT_WORDS <= len(words) <= MAX_POINT_WORDS or line[-1] in ".!?:\"”’'" \
                        or all(w[0].isupper() for w in words if w.isalpha()):
                    break
                marked = marked or bullet.end() > pos
                points.append((start, start + len(line)))
                pos = end
            if len(points) >= 2 or marked and points:
                for start, end in points:
                    yield a.speaker, start, end, False, a.organisation, a.stance
