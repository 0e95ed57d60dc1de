import shutil
from pathlib import Path

import pytest

MINI = Path(__file__).parents[1] / "data" / "banks" / "mini"


@pytest.fixture
def make_bank(tmp_path, monkeypatch):
    """Copy the mini bank into tmp_path (the working directory), apply text replacements to
    bank.yaml, and return the relative folder path, so messages read `mini/bank.yaml:N: ...`."""
    monkeypatch.chdir(tmp_path)

    def make(*replacements: tuple[str, str], name: str = "mini") -> str:
        folder = tmp_path / name
        shutil.copytree(MINI, folder)
        text = (folder / "bank.yaml").read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, old
            text = text.replace(old, new, 1)
        (folder / "bank.yaml").write_text(text, encoding="utf-8")
        return name

    return make


@pytest.fixture
def mini() -> Path:
    return MINI


@pytest.fixture
def line_of():
    def line_of(folder: str, needle: str, nth: int = 1) -> int:
        """1-based line of the nth line containing needle in folder/bank.yaml."""
        text = Path(folder, "bank.yaml").read_text(encoding="utf-8")
        return [n for n, line in enumerate(text.splitlines(), 1) if needle in line][nth - 1]

    return line_of
