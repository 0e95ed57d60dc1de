"""Imported questions written as a bank folder (bank.yaml + article.txt) that `quizapp validate`
checks like any other.

The decision (docs/interop.md): a bank needs evidence for every question, and most files from
other systems carry none. We never invent it. A question whose file carried evidence (ours do)
keeps it; one without is written with a comment where the evidence goes, so `quizapp validate`
names each of them by line until the teacher quotes the sentence from the article. The folder is
written whole or not at all, and never over an existing one."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from quizapp.banks.sentences import sentence_spans
from quizapp.generate.export import bank_id as slug
from quizapp.generate.export import first_line
from quizapp.interop.hostile import InteropError
from quizapp.interop.imported import ImportResult

_ORDER = ("id", "type", "skill", "prompt", "prompts", "options", "ordered", "answer", "accepted", "tolerance",
          "range", "unit", "points", "feedback", "evidence")
MISSING_EVIDENCE = "# evidence: quote the sentence of article.txt that supports the key (the imported file had none)"


def _default_sentences(article: str) -> list[str]:
    seen, options = set(), []
    for start, end in sentence_spans(article):
        if article[start:end] not in seen:
            seen.add(article[start:end])
            options.append(article[start:end])
    return options


def _entry(question: dict[str, Any], sentences: list[str]) -> dict[str, Any]:
    data = dict(question)
    if data.get("type") == "evidence_selection" and data.get("options") == sentences:
        del data["options"]  # every sentence of the article: the loader's default
    if data.get("points") == 1:
        del data["points"]
    evidence = data.pop("evidence", [])
    if evidence:
        data["evidence"] = evidence[0] if len(evidence) == 1 else evidence
    return {k: data[k] for k in sorted(data, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))}


def bank_yaml(result: ImportResult, article: str, *, bank: str, title: str, source_title: str,
              imported_from: str) -> str:
    head = {
        "format": 1, "id": bank, "title": title,
        "source": {"title": source_title, "publication": f"imported from {imported_from}",
                   "date": dt.date.today().isoformat(), "file": "article.txt"},
    }
    out = [yaml.safe_dump(head, allow_unicode=True, sort_keys=False, width=100).rstrip(), "questions:"]
    sentences = _default_sentences(article)
    for question in result.questions:
        data = _entry(question, sentences)
        text = yaml.safe_dump([data], allow_unicode=True, sort_keys=False, width=100).rstrip()
        out += ["  " + line for line in text.split("\n")]
        if "evidence" not in data:
            out.append("    " + MISSING_EVIDENCE)
    return "\n".join(out) + "\n"


def write_bank(result: ImportResult, article_path: Path, out_dir: Path, *, imported_from: str,
               title: str | None = None) -> Path:
    """Write the bank folder `out_dir`; returns its bank.yaml. Raises InteropError and leaves
    nothing behind when it cannot."""
    if not result.questions:
        raise InteropError("no question could be imported, so no bank was written")
    try:
        article = article_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InteropError(f"{article_path}: article file not found") from None
    except UnicodeDecodeError:
        raise InteropError(f"{article_path}: the article is not UTF-8 text") from None
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise InteropError(f"{out_dir} already exists and is not empty; choose a new folder (nothing was changed)")
    headline = first_line(article)  # the first line that reads like a headline, not a stray "close"
    title = title or result.title or headline
    text = bank_yaml(result, article, bank=slug(out_dir.name), title=title, source_title=headline,
                     imported_from=imported_from)
    parent = out_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=parent))
    try:
        shutil.copyfile(article_path, staging / "article.txt")
        (staging / "bank.yaml").write_text(text, encoding="utf-8")
        if out_dir.exists():
            out_dir.rmdir()  # empty, checked above
        os.replace(staging, out_dir)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise InteropError(f"{out_dir}: cannot write the bank: {exc.strerror}") from None
    return out_dir / "bank.yaml"
