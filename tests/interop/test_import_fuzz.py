"""Whatever a file holds, an import answers with questions, a list of what it skipped, or one
InteropError message - never a traceback."""
import io
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.banks.loader import load_bank
from quizapp.interop import InteropError, export, import_file

KURSK = load_bank(Path(__file__).parents[2] / "question_banks" / "kursk-2024")
KURSK.questions = KURSK.questions[:12]
TEXTS = {fmt: export(KURSK, fmt) for fmt in ("gift", "moodle-xml")}
ITEM = zipfile.ZipFile(io.BytesIO(export(KURSK, "qti3"))).read(f"items/{KURSK.questions[0].id}.xml")
SAMPLES = {**TEXTS, "qti-item": ITEM}
CUTS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 40), st.binary(max_size=8)), min_size=1, max_size=4)


def mutate(data: bytes, cuts) -> bytes:
    for at, length, insert in cuts:
        at %= len(data) + 1
        data = data[:at] + insert + data[at + length:]
    return data


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(SAMPLES)), CUTS)
def test_a_damaged_file_gives_questions_or_one_message(kind, cuts):
    data = mutate(SAMPLES[kind], cuts)
    try:
        result = import_file(data, "upload")
    except InteropError as error:
        assert error.message.startswith("upload")
        return
    for remark in result.skipped + result.changed:
        assert remark.where.startswith("upload") and remark.reason
    for question in result.questions:
        assert question["id"] and question["type"] and question["prompt"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="{}=~#:->%.\\/\n $[]abT1", max_size=80))
def test_any_gift_text_gives_questions_or_one_message(text):
    try:
        result = import_file(text.encode(), "upload.gift", "gift")
    except InteropError as error:
        assert error.message.startswith("upload.gift")
        return
    assert all(r.where.startswith("upload.gift:") for r in result.skipped)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="=~#%:.->12aT \\", max_size=20))
def test_any_answer_part_of_a_gift_question_gives_a_question_or_a_reason(inside):
    result = import_file(f"::Q::Prompt {{{inside}}}\n".encode(), "upload.gift", "gift")
    assert len(result.questions) + len(result.skipped) == 1
    for question in result.questions:
        assert question.get("answer") != "" and all(question.get("options") or ["x"])
