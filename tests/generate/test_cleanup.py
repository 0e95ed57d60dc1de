"""Cleanup removes page furniture and markup but every character still points into the original."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.generate.cleanup import clean


def assert_maps_back(original: str) -> str:
    doc = clean(original)
    for i, ch in enumerate(doc.text):
        start, end = doc.to_original(i, i + 1)
        if original[start:end] == ch:
            continue
        # a decoded entity or a line break standing in for a tag maps to the markup it replaced
        assert original[start:end].startswith(("&", "<", "\r")), (i, ch, original[start:end])
    return doc.text


def test_furniture_doubled_headline_and_caption_and_credits_go():
    original = ("close\nclose\n\nTown votes on dam\n\nTown votes on dam\n\n"
                "The mayor speaks at the dam. Photo/Getty Images\nThe mayor speaks at the dam. Photo/Getty Images\n\n"
                "Voters rejected the plan.\n")
    text = assert_maps_back(original)
    assert text.split() == "Town votes on dam The mayor speaks at the dam. Voters rejected the plan.".split()


def test_stray_punctuation_after_a_sentence_goes():
    text = assert_maps_back("They could not advance. .\nLee said , a former envoy.")
    assert text == "They could not advance.\nLee said, a former envoy."


def test_html_tags_scripts_and_entities_go_but_offsets_stay_in_the_html():
    original = ('<html><head><script>var x = "<p>";</script></head><body><h1>Port strike</h1>'
                '<p>&ldquo;We won&rsquo;t move,&rdquo; said <a href="/x">Ana&nbsp;Ruiz</a>.</p></body></html>')
    doc = clean(original)
    assert doc.text.split() == ["Port", "strike", "“We", "won’t", "move,”", "said", "Ana", "Ruiz."]
    at = doc.text.index("Ana")
    start, end = doc.to_original(at, at + len("Ana Ruiz"))
    assert original[start:end] == "Ana&nbsp;Ruiz"


def test_markdown_marks_go_and_link_words_stay():
    text = assert_maps_back("# Dam vote\n\n**Voters** said *no* to the [new dam](https://example.org/dam).\n")
    assert text.split() == ["Dam", "vote", "Voters", "said", "no", "to", "the", "new", "dam."]


def test_doubled_apostrophes_typed_for_quotation_marks_read_as_marks_and_map_back():
    original = "\u201cThe plan was a trick,\u2019\u2019 Ana Ruiz said. ``Never,'' he said. He is 5'10'' tall."
    doc = clean(original)
    assert doc.text == "\u201cThe plan was a trick,\u201d Ana Ruiz said. \u201cNever,\u201d he said. He is 5'10'' tall."
    at = doc.text.index("\u201d")
    assert original[slice(*doc.to_original(at, at + 1))] == "\u2019\u2019"


def test_windows_line_endings_map_back():
    assert assert_maps_back("One line.\r\nAnother line.\r\n").splitlines() == ["One line.", "Another line."]


@given(st.text(alphabet=st.sampled_from(list("ab <>/p&;#x\"“”’\n.,*[]()close")), max_size=80))
def test_any_input_maps_back_without_error(original):
    doc = clean(original)
    assert len(doc.starts) == len(doc.text) == len(doc.ends)
    for i in range(len(doc.text)):
        start, end = doc.to_original(i, i + 1)
        assert 0 <= start <= end <= len(original)


def test_furniture_lines_are_whole_lines_a_reader_never_needs():
    from quizapp.generate.cleanup import furniture_lines

    text = "close\nHarbour wall to be rebuilt\n\nHarbour wall to be rebuilt\n\nThe council met.\nShare\n"
    assert [text[s:e] for s, e in furniture_lines(text)] == ["close", "Harbour wall to be rebuilt", "Share"]
    assert furniture_lines(text)[1][0] == text.index("\n\nHarbour") + 2  # the second copy, not the first
