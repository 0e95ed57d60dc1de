"""The Content-Disposition of a download: the name as the teacher wrote it, accents kept.

Browsers that read RFC 6266 take `filename*` (RFC 5987, UTF-8, percent-encoded); older ones fall
back to `filename`, an ASCII transliteration ("Économie" -> "Economie"), never a name with letters lost.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from anyascii import anyascii

MAX_STEM = 80


def attachment(stem: str, extension: str) -> str:
    """`attachment; filename="..."; filename*=UTF-8''...` for `stem.extension`."""
    stem = re.sub(r"[\x00-\x1f\x7f/\\\"]+|\s+", "-", stem).strip("-.")[:MAX_STEM] or "export"
    fallback = re.sub(r"[^A-Za-z0-9._-]+", "-", anyascii(stem)).strip("-")[:MAX_STEM] or "export"
    return (f'attachment; filename="{fallback}.{extension}"; '
            f"filename*=UTF-8''{quote(stem, safe='')}.{extension}")
