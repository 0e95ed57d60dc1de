"""The banks bundled with quizapp must load cleanly: a teacher picks them without checking."""
from quizapp.banks.loader import check_path
from quizapp.paths import banks_dir


def test_bundled_banks_validate():
    report = check_path(banks_dir())
    assert [str(p) for p in report.problems] == []
    assert report.banks and all(bank.questions for bank in report.banks)


def test_bundled_evidence_is_exact_spans():
    for bank in check_path(banks_dir()).banks:
        for q in bank.questions:
            assert q.evidence, q.id
            assert all(bank.article[e.start:e.end] == e.text for e in q.evidence), q.id
