"""Bar charts as plain geometry for an inline <svg>: the template draws rects and text with SVG
presentation attributes (fill, width...), which the CSP allows, unlike style attributes. No
JavaScript and no image requests."""
from __future__ import annotations

from dataclasses import dataclass

LABEL_WIDTH = 190  # room for the option text left of the bars
BAR_AREA = 240
VALUE_WIDTH = 70
BAR_HEIGHT = 18
GAP = 6
MAX_LABEL = 28


@dataclass
class Bar:
    label: str  # shortened to fit; `full` in the <title>
    full: str
    value_text: str
    y: int
    width: int
    highlight: bool

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 5


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar]
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT
    bar_area: int = BAR_AREA

    @property
    def value_x(self) -> int:
        return self.label_width + self.bar_area + 6


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def bar_chart(items: list[tuple], maximum: float) -> Chart:
    """items: (label, value, value as text, highlighted[, full label for the tooltip]); bars
    scale to `maximum` (>0)."""
    bars = []
    scale = BAR_AREA / maximum if maximum > 0 else 0
    for i, (label, value, value_text, highlight, *full) in enumerate(items):
        width = max(0, round(value * scale))
        if value > 0:
            width = max(width, 2)  # a tiny non-zero count stays visible
        bars.append(Bar(_shorten(label) or "(blank)", (full[0] if full else label) or "(blank)", value_text,
                        GAP + i * (BAR_HEIGHT + GAP),
                        min(width, BAR_AREA), highlight))
    height = GAP + len(items) * (BAR_HEIGHT + GAP)
    return Chart(LABEL_WIDTH + BAR_AREA + VALUE_WIDTH, height, bars)
