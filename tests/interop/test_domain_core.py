"""The interop package is domain core: the CLI and other tools use it without the web app."""
import subprocess
import sys


def test_interop_imports_neither_flask_nor_the_database():
    code = ("import sys, quizapp.interop, quizapp.interop.bank_writer; "
            "print(sorted(m for m in ('flask', 'sqlalchemy', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
