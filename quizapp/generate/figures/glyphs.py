"""Figures: numbers written with a fraction sign ("2½ years", "a 3½-hour meeting", "½ mile"), as
British and sports pages print halves and quarters."""
from __future__ import annotations

import re

from quizapp.generate.figures.keys import _COMPOUND_UNIT_WORDS, _plural

_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
GLYPH_RE = re.compile(r"(?<![\w.,])(?P<n>\d{1,4})?(?P<f>[½¼¾⅓⅔⅕⅛])(?:-(?P<unit>[a-z]+))?(?![\w-])")


class GlyphsMixin:
    def _glyph_numbers(self):
        """Each (text, value, counts, start, end): the number with its fraction sign and the noun it
        counts, or its hyphenated unit ("a 3½-hour meeting")."""
        for m in GLYPH_RE.finditer(self.text):
            number = int(m.group("n") or 0) + _GLYPHS[m.group("f")]
            value = f"{number:.3f}".rstrip("0").rstrip(".")
            unit = (m.group("unit") or "").lower()
            if unit:
                if unit not in _COMPOUND_UNIT_WORDS:
                    continue
                yield m.group(0), f"{value} {unit}", _plural(unit), m.start(), m.end()
                continue
            noun = self._counted_noun(m.end())
            if noun:
                yield self.text[m.start():noun[1]], value, noun[0], m.start(), noun[1]
