"""Block quotations without quotation marks, signed on the next line ("– Judge Ana Ruiz, ruling").
Invented articles."""
from __future__ import annotations

from extracted import quotes

WORDS = "The notion that the board may close the port without notice cuts across the grain of the law."


def test_the_paragraph_before_a_signature_line_is_the_signers():
    text = (f"Court rules on port\n\nJudge Ada Lin ruled on Monday against the harbour board.\n\n{WORDS}\n\n"
            '– Judge Ada Lin, "Decision and Order"\n\nThe board will appeal.\n')
    assert ("Ada Lin", WORDS) in quotes(text)


def test_a_signature_without_a_person_gives_nothing():
    text = f"Court rules on port\n\nThe harbour board lost on Monday.\n\n{WORDS}\n\n– a court clerk, local radio\n"
    assert quotes(text) == []
