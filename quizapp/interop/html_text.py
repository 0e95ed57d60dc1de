"""Text in and out of the HTML that Moodle XML and QTI carry.

We write every text as escaped HTML in one paragraph, so reading it back gives exactly the text
written; HTML written by other tools is read as its visible text, blocks separated by newlines.
Evidence travels inside feedback as `<blockquote class="quizapp-evidence">`: a teacher in another
system still sees it after the student answers, and our importer reads it back as evidence."""
from __future__ import annotations

import html
from html.parser import HTMLParser

EVIDENCE_CLASS = "quizapp-evidence"
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table"}


def paragraph(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def feedback_html(feedback: str, evidence: list[str]) -> str:
    parts = [paragraph(feedback)] if feedback else []
    parts += [f'<blockquote class="{EVIDENCE_CLASS}">{html.escape(text, quote=False)}</blockquote>' for text in evidence]
    return "".join(parts)


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.evidence: list[str] = []
        self.in_evidence = 0  # depth inside an evidence blockquote

    def _flush(self) -> None:
        text = "".join(self.current).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag == "blockquote" and EVIDENCE_CLASS in (dict(attrs).get("class") or "").split():
            self._flush()
            self.in_evidence += 1
            self.evidence.append("")
            return
        if self.in_evidence:
            if tag == "blockquote":
                self.in_evidence += 1
            return
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if self.in_evidence and tag == "blockquote":
            self.in_evidence -= 1
            return
        if not self.in_evidence and tag in _BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self.in_evidence:
            self.evidence[-1] += data
        else:
            self.current.append(data)


def read_html(text: str) -> tuple[str, list[str]]:
    """(visible text outside evidence quotations, the evidence quotations)."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader._flush()
    return "\n\n".join(reader.blocks), [e for e in reader.evidence if e.strip()]


def html_to_text(text: str) -> str:
    return read_html(text)[0]
