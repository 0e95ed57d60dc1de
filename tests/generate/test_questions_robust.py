"""Whatever an extractor hands over (partial spans, odd names, overlapping facts), the generator
stays within its rules: no exception, evidence grounded, the key among distinct options."""
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.generate.distractors import restates
from quizapp.generate.facts import Affiliation, Facts, Figure, Quote, Statement
from quizapp.generate.questions import generate_questions

TEXT = (Path(__file__).parents[1] / "data/generator/harbour.txt").read_text(encoding="utf-8")
NAMES = ["Ana Ruiz", "Ruiz", "Tomas Berg", "Berg", "Lena Ostrova", "Peter Wahl", "he", "", "the council"]


@st.composite
def spans(draw):
    start = draw(st.integers(0, len(TEXT) - 2))
    end = draw(st.integers(start + 1, min(len(TEXT), start + 160)))
    return start, end


@st.composite
def facts(draw):
    quotes = [Quote(draw(st.sampled_from(NAMES)), TEXT[s:e], s, e, draw(st.booleans()))
              for s, e in draw(st.lists(spans(), max_size=8))]
    affiliations = [Affiliation(draw(st.sampled_from(NAMES)), draw(st.sampled_from([None, "Coastal Safety Agency", "3rd Unit", ""])),
                                draw(st.sampled_from([None, "engineer", "mayor", "chief engineer"])), s, e)
                    for s, e in draw(st.lists(spans(), max_size=5))]
    figures = [Figure(TEXT[s:e], "", "", s, e) for s, e in draw(st.lists(spans(), max_size=6))]
    statements = [Statement(draw(st.sampled_from(["Coastal Safety Agency", "the council", "CSA", ""])), TEXT[s:e], s, e,
                            draw(st.booleans()), draw(st.sampled_from(["said", "denied"])))
                  for s, e in draw(st.lists(spans(), max_size=4))]
    return Facts(quotes, affiliations, figures, statements)


@settings(max_examples=60, deadline=None)
@given(facts())
def test_generation_keeps_its_rules_on_any_facts(f):
    for q in generate_questions(TEXT, f):
        assert all(TEXT[e.start:e.end] == e.text for e in q.evidence)
        if q.options is not None:
            keys = q.answer if isinstance(q.answer, list) else [q.answer]
            assert set(keys) <= set(q.options)
            assert not any(restates(a, b) for i, a in enumerate(q.options) for b in q.options[i + 1:])


def test_a_fill_in_sentence_that_shows_who_said_the_asked_words_is_not_asked():
    from quizapp.banks.model import Question
    from quizapp.generate.questions import _no_speaker_given_away

    who = Question(id="w", type="single_choice", skill="who_said", evidence=[],
                   prompt="Who said “the road to the nomination is now closed”?", answer="Tom Berg",
                   options=["Ada Lin", "Ivo Petrov", "Tom Berg"])
    leak = Question(id="f", type="single_choice", skill="figure", evidence=[], answer="310",
                    prompt="Which words complete this sentence from the article? “Berg, who won _____ delegates, "
                           "quit, saying the road to the nomination is now closed.”", options=["210", "310", "410"])
    other = Question(id="g", type="single_choice", skill="figure", evidence=[], answer="900",
                     prompt="Which words complete this sentence from the article? “Lin has _____ delegates.”",
                     options=["700", "900", "1100"])
    assert _no_speaker_given_away([who, leak, other]) == [who, other]
