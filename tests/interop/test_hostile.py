"""Every uploaded file is treated as hostile: each of these gets one clear message, nothing else."""
import io
import zipfile

import pytest

from quizapp.interop import import_file
from quizapp.interop.hostile import MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, InteropError, read_zip

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<quiz><question type="shortanswer"><name><text>&lol9;</text></name></question></quiz>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="category"><category><text>&secret;</text></category></question></quiz>"""


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def message(data: bytes, name: str = "upload.xml") -> str:
    with pytest.raises(InteropError) as caught:
        import_file(data, name)
    return caught.value.message


def test_billion_laughs_is_refused_before_any_entity_expands():
    assert "billion laughs" in message(BILLION_LAUGHS)


def test_external_entity_is_refused_and_reads_no_file():
    text = message(EXTERNAL_ENTITY)
    assert "DTD or entities" in text and "root:" not in text


def test_a_50_mb_file_is_refused_by_its_size():
    text = message(b"<quiz>" + b" " * (50 * 1024 * 1024) + b"</quiz>", "huge.xml")
    assert text.startswith("huge.xml: the file is 52.4 MB; the limit is 10 MB")


def test_zip_with_a_path_leaving_the_package_is_refused():
    data = zipped({"imsmanifest.xml": b"<manifest/>", "../../etc/cron.d/evil": b"x"})
    assert "'../../etc/cron.d/evil', which points outside the package" in message(data, "evil.zip")


def test_zip_bomb_stops_at_the_unpacked_limit():
    # 60 MB of zeros compresses to about 60 KB: well under the upload limit, far over the unpacked one.
    data = zipped({"imsmanifest.xml": b"<manifest/>", "items/bomb.xml": b"\0" * (MAX_UNZIPPED_BYTES + 10 * 1024 * 1024)})
    assert len(data) < MAX_FILE_BYTES
    assert "unpacks to more than 50 MB (a zip bomb" in message(data, "bomb.zip")


def test_broken_xml_names_the_line():
    assert message(b"<quiz>\n<question type='truefalse'>\n</quiz>", "broken.xml").startswith("broken.xml:3: not well-formed XML")


def test_a_zip_that_is_not_a_package_says_so():
    assert "no imsmanifest.xml" in message(zipped({"notes.txt": b"hello"}), "notes.zip")
    with pytest.raises(InteropError, match="not a readable zip"):
        read_zip(b"PK\x03\x04 truncated", "cut.zip")


def test_nesting_deeper_than_any_question_file_is_refused():
    deep = b"<quiz>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</quiz>"
    assert message(deep, "deep.xml") == ("deep.xml:1: elements nested more than 100 levels deep; "
                                         "this is not a question file")
