"""Reading files a teacher uploads as if each were hostile: size, XML and zip limits.

Every refusal is an `InteropError` with one sentence a teacher can act on. Nothing here writes:
a refused file leaves everything already stored as it was.

- XML: DTDs are refused outright (defusedxml), so entity expansion ("billion laughs") and
  external entities never happen; our formats need no DTD.
- Size: a file above MAX_FILE_BYTES is refused before it is parsed.
- Zip: member names that leave the package (`../`, absolute paths, drive letters) are refused;
  members are read with a running byte count, so a zip bomb stops at MAX_UNZIPPED_BYTES whatever
  its headers claim.
"""
from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

MAX_FILE_BYTES = 10 * 1024 * 1024  # a bank of thousands of questions is well under 1 MB
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 5000
MAX_XML_DEPTH = 100  # a QTI item is about 10 levels deep


class InteropError(Exception):
    """A file that cannot be read or written in a format; `message` is for the teacher."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check_size(data: bytes, name: str) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise InteropError(f"{name}: the file is {len(data) / 1e6:.1f} MB; the limit is "
                           f"{MAX_FILE_BYTES // (1024 * 1024)} MB for an import")


class _TooDeep(Exception):
    pass


class _LineParser(DefusedXMLParser):
    """defusedxml's parser recording each element's line, so a skipped item can be named by line,
    and refusing nesting deeper than MAX_XML_DEPTH (walking such a tree would exhaust the stack)."""

    depth = 0

    def _start(self, *args):
        self.depth += 1
        if self.depth > MAX_XML_DEPTH:
            raise _TooDeep(self.parser.CurrentLineNumber)
        element = super()._start(*args)
        element.sourceline = self.parser.CurrentLineNumber
        return element

    def _end(self, *args):
        self.depth -= 1
        return super()._end(*args)


def parse_xml(data: bytes, name: str) -> Element:
    """The root element of `data`; elements carry `.sourceline`. Raises InteropError."""
    check_size(data, name)
    parser = _LineParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException:
        raise InteropError(f"{name}: the file declares a DTD or entities, which can expand without end "
                           "(\"billion laughs\") or read other files; export it again without a DOCTYPE") from None
    except _TooDeep as exc:
        raise InteropError(f"{name}:{exc.args[0]}: elements nested more than {MAX_XML_DEPTH} levels deep; "
                           "this is not a question file") from None
    except ParseError as exc:
        line, column = exc.position
        raise InteropError(f"{name}:{line}: not well-formed XML (column {column + 1})") from None


def line_of(element: Element) -> int | None:
    return getattr(element, "sourceline", None)


def _safe_member(member: str) -> bool:
    if member.startswith(("/", "\\")) or "\\" in member or (len(member) > 1 and member[1] == ":"):
        return False
    normal = posixpath.normpath(member)
    return not (normal == ".." or normal.startswith("../"))


def read_zip(data: bytes, name: str) -> dict[str, bytes]:
    """Every file of a zip package by its name. Raises InteropError for a broken or hostile zip."""
    check_size(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise InteropError(f"{name}: not a readable zip file") from None
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > MAX_ZIP_MEMBERS:
        raise InteropError(f"{name}: the package holds {len(members)} files; the limit is {MAX_ZIP_MEMBERS}")
    for member in members:
        if not _safe_member(member.filename):
            raise InteropError(f"{name}: the package holds a file named '{member.filename}', which points "
                               "outside the package; nothing was imported")
    files: dict[str, bytes] = {}
    total = 0
    limit_mb = MAX_UNZIPPED_BYTES // (1024 * 1024)
    for member in members:
        chunks = []
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(1024 * 1024):
                    total += len(chunk)
                    if total > MAX_UNZIPPED_BYTES:
                        raise InteropError(f"{name}: the package unpacks to more than {limit_mb} MB "
                                           "(a zip bomb, or not a question package); nothing was imported")
                    chunks.append(chunk)
        except RuntimeError:  # zipfile's word for an encrypted member
            raise InteropError(f"{name}: '{member.filename}' in the package is encrypted; export it without a password") from None
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, zlib.error):
            raise InteropError(f"{name}: '{member.filename}' in the package cannot be unpacked") from None
        files[posixpath.normpath(member.filename)] = b"".join(chunks)
    return files
