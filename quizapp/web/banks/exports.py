"""A stored bank version (or a quiz's questions of it) as a download in an interchange format:
the stored rows become the domain's `Bank`, and quizapp.interop does the rest."""
from __future__ import annotations

from flask import Response, abort, request

from quizapp.banks.model import Bank, Correction, Source
from quizapp.interop import FORMATS, InteropError, export
from quizapp.models import BankQuestion, BankVersion
from quizapp.questions import as_question
from quizapp.web.downloads import attachment

# The order the download links are offered in, with what a teacher knows them by.
CHOICES = [(name, f.label) for name, f in FORMATS.items()]


def loaded_bank(version: BankVersion) -> Bank:
    source = version.source or {}
    return Bank(
        id=version.bank.slug, title=version.title,
        source=Source(title=str(source.get("title", "")), publication=str(source.get("publication", "")),
                      date=str(source.get("date", "")), file=str(source.get("file", ""))),
        # as_question, not Question.from_dict: a version stored by an older app may hold other keys.
        article=version.article, questions=[as_question(q.data) for q in version.questions],
        corrections=[Correction(str(c.get("original", "")), str(c.get("reading", "")), str(c.get("note", "")))
                     for c in version.corrections or [] if isinstance(c, dict)],
    )


def export_response(version: BankVersion, stem: str, questions: list[BankQuestion] | None = None) -> Response:
    """The download for `?format=NAME`; an unknown format names no download, so it is a 404."""
    fmt = request.args.get("format", "")
    if fmt not in FORMATS:
        abort(404)
    bank = loaded_bank(version)
    chosen = None if questions is None else [as_question(q.data) for q in questions]
    try:
        data = export(bank, fmt, chosen)
    except InteropError as exc:
        return Response(exc.message, status=422, mimetype="text/plain; charset=utf-8")
    name = f"{stem}-{fmt}" if FORMATS[fmt].extension == "zip" else stem
    return Response(data, mimetype=FORMATS[fmt].mimetype,
                    headers={"Content-Disposition": attachment(name, FORMATS[fmt].extension)})
