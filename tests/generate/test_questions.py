import json
import re
from pathlib import Path

import pytest

from quizapp.generate.distractors import restates
from quizapp.generate.facts import Affiliation, Facts, Figure, Quote
from quizapp.generate.questions import generate_questions

DATA = Path(__file__).parents[1] / "data"
ARTICLES = {
    "kursk": (Path(__file__).parents[2] / "question_banks/kursk-2024/article.txt", DATA / "kursk-2024.facts.json"),
    "harbour": (DATA / "generator/harbour.txt", DATA / "generator/harbour.facts.json"),
}


def load(name):
    article, facts_file = ARTICLES[name]
    data = json.loads(facts_file.read_text(encoding="utf-8"))
    facts = Facts([Quote(**q) for q in data["quotes"]], [Affiliation(**a) for a in data["affiliations"]],
                  [Figure(**f) for f in data["figures"]])
    return article.read_text(encoding="utf-8"), facts


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def generated(request):
    text, facts = load(request.param)
    return text, facts, generate_questions(text, facts)


def test_every_kind_of_question_is_generated(generated):
    _, _, questions = generated
    kinds = {(q.type, q.skill) for q in questions}
    assert {("single_choice", "who_said"), ("matching", "who_said"), ("single_choice", "affiliation"),
            ("single_choice", "figure"), ("numeric", "figure")} <= kinds


def test_evidence_is_an_exact_span_of_the_article(generated):
    text, _, questions = generated
    for q in questions:
        assert q.evidence
        for e in q.evidence:
            assert text[e.start:e.end] == e.text and e.text.strip() == e.text


def test_the_key_is_an_option_and_no_option_restates_another(generated):
    _, _, questions = generated
    for q in questions:
        if q.options is None:
            continue
        keys = q.answer if isinstance(q.answer, list) else [q.answer]
        assert set(keys) <= set(q.options), q.id
        assert len(q.options) >= (2 if q.type == "matching" else 3), q.id
        for i, a in enumerate(q.options):
            for b in q.options[i + 1:]:
                assert not restates(a, b), (q.id, a, b)


def test_ids_are_unique_kebab_case(generated):
    _, _, questions = generated
    ids = [q.id for q in questions]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


def test_a_who_said_key_is_the_speaker_whose_words_the_evidence_holds(generated):
    text, facts, questions = generated
    for q in questions:
        if q.type != "single_choice" or q.skill != "who_said":
            continue
        ev = q.evidence[0]
        inside = [f for f in facts.quotes if ev.start <= f.start and f.end <= ev.end]
        speakers = {f.speaker for f in inside}
        assert any(restates(q.answer, s) for s in speakers), q.id
        for wrong in set(q.options) - {q.answer}:
            assert not any(restates(wrong, s) for s in speakers), (q.id, wrong)


def test_the_same_text_gives_the_same_questions():
    text, facts = load("kursk")
    assert [q.to_dict() for q in generate_questions(text, facts)] == [
        q.to_dict() for q in generate_questions(text, facts)]


def test_true_false_statements_are_true_exactly_when_they_name_the_speaker():
    text, facts = load("kursk")
    statements = [q for q in generate_questions(text, facts) if q.type == "true_false"]
    assert {True, False} <= {q.answer for q in statements}
    for q in statements:
        ev = q.evidence[0]
        speaker = next(f.speaker for f in facts.quotes if ev.start <= f.start and f.end <= ev.end)
        named_speaker = speaker.split()[-1] in q.prompt.split(" said")[0]
        assert q.answer == named_speaker, q.prompt


def test_fewer_than_two_distractors_means_no_question():
    text = "“We will stay,” said Ana Ruiz. “We will go,” said Tomas Berg."
    facts = Facts(quotes=[Quote("Ana Ruiz", "We will stay", 1, 13, True),
                          Quote("Tomas Berg", "We will go", 32, 42, True)])
    assert text[1:13] == "We will stay" and text[32:42] == "We will go"
    assert [q for q in generate_questions(text, facts) if q.type == "single_choice"] == []


def test_facts_that_do_not_match_the_text_are_ignored():
    text, facts = load("harbour")
    wrong = Facts([Quote(q.speaker, q.text, q.start + 3, q.end + 3, q.direct) for q in facts.quotes])
    assert generate_questions(text, wrong) == []


def test_a_long_quotation_is_trimmed_at_a_clause_with_an_ellipsis():
    text, facts = load("harbour")
    long_quote = ("We cannot ask families to live behind a wall that we know will break, and we will not wait "
                  "for another winter of floods before we start the work that should have been done years ago")
    text = text.replace("We cannot ask families to live behind a wall that we know will break", long_quote)
    quotes = [Quote("Ana Ruiz", long_quote, 0, 0, True)]
    quotes += [q for q in facts.quotes if q.speaker not in ("Ana Ruiz", "Ruiz")]
    quotes = [Quote(q.speaker, q.text, text.index(q.text), text.index(q.text) + len(q.text), q.direct) for q in quotes]
    question = next(q for q in generate_questions(text, Facts(quotes=quotes)) if q.answer == "Ana Ruiz")
    assert question.prompt == "Who said “We cannot ask families to live behind a wall that we know will break…”?"


def test_a_figure_is_asked_as_a_question_from_its_clause():
    text, facts = load("harbour")
    q = next(q for q in generate_questions(text, facts) if "300 homes" in q.evidence[0].text and q.skill == "figure")
    # a bound typed as a number says it is one
    assert q.prompt in ("How many homes were flooded?", "More than how many homes were flooded? Type the number.")
    assert q.answer in ("more than 300", 300)


def test_matching_pairs_each_quotation_with_its_speaker():
    text, facts = load("harbour")
    match = next(q for q in generate_questions(text, facts) if q.type == "matching")
    assert len(match.extra["prompts"]) == len(match.answer) == len(match.evidence)
    for prompt, speaker, ev in zip(match.extra["prompts"], match.answer, match.evidence):
        quote = next(f for f in facts.quotes if ev.start <= f.start and f.end <= ev.end and f.text[:20] in prompt)
        assert restates(speaker, quote.speaker)


def test_without_quotations_only_other_questions_are_made():
    text, facts = load("harbour")
    questions = generate_questions(text, Facts(affiliations=facts.affiliations, figures=facts.figures))
    assert questions and {q.skill for q in questions} == {"affiliation", "figure"}


def test_a_pasted_web_page_gives_prompts_without_markup():
    text = ("<p><strong>More than 4,000</strong> dockworkers walked off the job on Tuesday.</p>\n"
            "<p>&ldquo;We will not accept this offer,&rdquo; said Maria Delgado, the union president.</p>\n"
            "<p>&ldquo;The port is losing money every day,&rdquo; said James Whitaker.</p>\n"
            "<p>&ldquo;Nobody here wants a strike at all,&rdquo; said Tom Becker.</p>\n")
    def at(words):
        return text.index(words), text.index(words) + len(words)
    quotes = [Quote(name, words, *at(words), True) for name, words in [
        ("Maria Delgado", "We will not accept this offer"), ("James Whitaker", "The port is losing money every day"),
        ("Tom Becker", "Nobody here wants a strike at all")]]
    figure = Figure("More than 4,000", "more than 4000", "dockworkers", *at("More than 4,000"))
    questions = generate_questions(text, Facts(quotes=quotes, figures=[figure]))
    assert {q.type for q in questions} >= {"single_choice", "numeric"}
    for q in questions:
        assert "<" not in q.prompt and "&" not in q.prompt, q.prompt
        assert all(text[e.start:e.end] == e.text and not e.text.startswith("<") for e in q.evidence)


def test_words_about_the_speaker_as_he_or_she_are_never_given_to_someone_else():
    said = [("Ana Ruiz", "she would close the port"), ("Tom Berg", "he had received threats over the plan"),
            ("Mia Holt", "she had counted the votes twice"), ("Ivo Petrov", "his taxes would rise")]
    text = " ".join(f"{who} said {words}." for who, words in said)
    facts = Facts(quotes=[Quote(who, words, text.index(words), text.index(words) + len(words), False)
                          for who, words in said])
    asked = [q for q in generate_questions(text, facts) if q.type == "true_false"]
    assert asked and all(q.answer is True for q in asked)


def test_no_figure_is_asked_whose_number_another_prompt_already_shows():
    text = ('Ana Ruiz said, "Within the next ten days, I will present a bill to the council." '
            "Tom Berg said the plan would fail. Mia Holt said the vote was fair. "
            "The council will vote on the bill in the next ten days, the clerk confirmed on Monday.")
    quotes = [Quote("Ana Ruiz", "Within the next ten days, I will present a bill to the council.",
                    text.index("Within"), text.index("council.") + 8, True),
              Quote("Tom Berg", "the plan would fail", text.index("the plan"), text.index("the plan") + 19, False),
              Quote("Mia Holt", "the vote was fair", text.index("the vote"), text.index("the vote") + 17, False)]
    ten = text.rindex("ten days")
    facts = Facts(quotes=quotes, figures=[Figure("ten days", "10", "days", ten, ten + 8)])
    questions = generate_questions(text, facts)
    shown = [q for q in questions if q.skill != "figure" and "ten days" in q.prompt]
    assert shown and not any(q.skill == "figure" for q in questions)


def test_of_two_figures_that_show_each_others_number_one_is_asked():
    text = ("The ferry carried 33 passengers and six crew members when it caught fire off the coast on Monday. "
            "Rescuers said that all 33 passengers on board the ferry were brought safely to the harbour by noon.")
    first, second = text.index("33 passengers"), text.rindex("33 passengers")
    six = text.index("six crew members")
    facts = Facts(figures=[Figure("33 passengers", "33", "passengers", first, first + 13),
                           Figure("six crew members", "6", "crew members", six, six + 16),
                           Figure("33 passengers", "33", "passengers", second, second + 13)])
    figures = [q for q in generate_questions(text, facts) if q.skill == "figure"]
    for q in figures:
        others = [o.prompt for o in figures if o is not q]
        assert not any(str(q.answer) in p for p in others), (q.prompt, others)
