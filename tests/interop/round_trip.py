"""Export a bank, import the file again against the same article, load the result as a bank."""
from __future__ import annotations

import tempfile
from pathlib import Path

from quizapp.banks.loader import check_bank
from quizapp.banks.model import Bank
from quizapp.interop import export, import_file
from quizapp.interop.bank_writer import write_bank


def round_trip(bank: Bank, fmt: str) -> tuple[Bank | None, list, object]:
    """(the bank read back, its problems, the ImportResult)."""
    data = export(bank, fmt)
    result = import_file(data, f"exported.{fmt}")
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(bank.article, encoding="utf-8")
        out = Path(tmp) / "bank"
        write_bank(result, article, out, imported_from=f"exported.{fmt}")
        back, problems = check_bank(out)
    return back, problems, result
