from hypothesis import given
from hypothesis import strategies as st

from quizapp.banks.sentences import sentence_spans, sentences


def test_quote_after_the_period_stays_with_its_sentence():
    text = "“We are holding the lines,” Efanov said. “It has become more difficult.” Then he left."
    assert sentences(text) == ["“We are holding the lines,” Efanov said.", "“It has become more difficult.”", "Then he left."]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    assert sentences("Mr. Putin met Dr. Smith and George W. Bush in the U.S. Army base. It rained.") == [
        "Mr. Putin met Dr. Smith and George W. Bush in the U.S. Army base.", "It rained."]


def test_blank_line_ends_a_heading_and_a_paragraph():
    assert sentences("Not smooth sailing\n\nBut the attack did not go smoothly\n\nDespite it, they held.") == [
        "Not smooth sailing", "But the attack did not go smoothly", "Despite it, they held."]


def test_garbles_stray_marks_and_lowercase_continuation():
    text = "It was difficult to advance successfully. .\n\nThose from Minsk. agreements that followed. Next?"
    assert sentences(text) == ["It was difficult to advance successfully. .",
                               "Those from Minsk. agreements that followed.", "Next?"]


def test_single_line_break_before_lowercase_joins_a_wrapped_sentence():
    assert sentences("The drone hit the\nvehicle twice.\nSoldiers ran.") == ["The drone hit the\nvehicle twice.", "Soldiers ran."]


@given(st.text(alphabet=st.sampled_from(list("ab A.?!”“\n '")), max_size=60))
def test_spans_are_ordered_trimmed_and_cover_every_word(text):
    spans = sentence_spans(text)
    covered = set()
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        last_end = end
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def test_number_abbreviations_only_before_a_number():
    assert sentences("He lives at No. 5 Main Street. The answer was no. Then he left.") == [
        "He lives at No. 5 Main Street.", "The answer was no.", "Then he left."]
