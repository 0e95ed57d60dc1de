"""Questions that travel: export of banks and quizzes to QTI 3.0, QTI 2.1, QTI 1.2 (Canvas),
Moodle XML and GIFT, and import of GIFT, Moodle XML and QTI 2.1/3.0 into a bank file.

No Flask, no database: the web layer and the CLI hand in a loaded `Bank` (and, for a quiz, its
questions) and get bytes back; imports take bytes and give bank-file entries
(docs/interop.md says what each format carries and loses)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from quizapp.banks.model import Bank, Question
from quizapp.interop import gift, moodle_xml, qti, qti12, qti_import
from quizapp.interop.hostile import InteropError
from quizapp.interop.imported import ImportResult


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    extension: str
    mimetype: str
    export: Callable[[Bank, list[Question] | None], bytes]
    read: Callable[[bytes, str], ImportResult] | None = None  # None: export only


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("qti3", "QTI 3.0 package", "zip", "application/zip", lambda b, qs=None: qti.export_qti(b, "qti3", qs),
           qti_import.import_qti),
    Format("qti21", "QTI 2.1 package", "zip", "application/zip", lambda b, qs=None: qti.export_qti(b, "qti21", qs),
           qti_import.import_qti),
    Format("qti12", "QTI 1.2 package for Canvas", "zip", "application/zip", qti12.export_qti12),
    Format("moodle-xml", "Moodle XML", "xml", "application/xml", moodle_xml.export_moodle_xml,
           moodle_xml.import_moodle_xml),
    Format("gift", "GIFT (Moodle text)", "gift.txt", "text/plain; charset=utf-8", gift.export_gift, gift.import_gift),
)}
IMPORTABLE = [name for name, f in FORMATS.items() if f.read is not None]


def export(bank: Bank, fmt: str, questions: list[Question] | None = None) -> bytes:
    """`bank` (or only `questions` of it, e.g. a quiz's) in format `fmt`. Raises InteropError."""
    return FORMATS[fmt].export(bank, questions)


def detect(data: bytes, name: str) -> str:
    """The import format of a file, from its content (a teacher's file names are not reliable)."""
    if data[:2] == b"PK":
        return "qti3"  # QTI 2.1 and 3.0 packages are read by the same importer
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        if b"<quiz" in head:
            return "moodle-xml"
        if b"assessmentItem" in head or b"qti-assessment-item" in head:
            return "qti3"
        raise InteropError(f"{name}: an XML file that is neither Moodle XML (<quiz>) nor a QTI item")
    return "gift"


def import_file(data: bytes, name: str, fmt: str | None = None) -> ImportResult:
    fmt = fmt or detect(data, name)
    reader = FORMATS[fmt].read
    if reader is None:
        raise InteropError(f"{fmt} files can be exported but not imported")
    return reader(data, name)


__all__ = ["FORMATS", "IMPORTABLE", "Format", "ImportResult", "InteropError", "detect", "export", "import_file"]
