"""The wording of generated questions, on made-up sentences: figures asked as a teacher asks
them, organisations' statements among organisations only, denials asked as denials; the verb's base
form right where the lemmatizer drops a silent "e" ("staged" is "stage", not "stag"); an abbreviated
title keeps its full stop ("Sen.", not "Sen")."""
import random

from quizapp.generate import distractors as dis
from quizapp.generate import numbers
from quizapp.generate.extract import extract_facts
from quizapp.generate.facts import DENIED, Affiliation, Facts, Figure, Quote, Statement
from quizapp.generate.questions import generate_questions
from quizapp.generate.questions.quote_wording import trim


def _fig(text, words):
    i = text.index(words)
    return Figure(words, "", "", i, i + len(words))


def _only(text, words):
    return generate_questions(text, Facts(figures=[_fig(text, words)]))


def test_a_counted_object_is_asked_with_how_many_and_its_verb():
    [q] = _only("The storm destroyed 300 homes along the coast on Monday.", "300 homes")
    assert q.prompt.startswith("How many homes did the storm destroy")
    assert q.answer in (300, "300")


def test_a_sum_keeps_what_it_is_for_and_a_typed_figure_says_its_unit():
    [q] = _only("The council will spend about 12 million euros on the new wall.", "about 12 million euros")
    assert q.prompt == "How much will the council spend on the new wall? Type the number (in million euros)."
    assert q.type == "numeric" and q.answer == 12 and q.extra["tolerance"] > 0


def test_an_age_beside_a_name_is_asked_as_how_old():
    [q] = _only("Ada Lin, 39, said the bank would act.", "39")
    assert q.prompt.startswith("According to the article, how old is Ada Lin?")


def test_a_share_is_asked_with_what_and_never_has_options_above_a_hundred_percent():
    [q] = _only("The turnout was about 71%, the highest in years.", "about 71%")
    assert q.prompt.startswith("What was the turnout?")
    for seed in range(20):
        options = dis.numeric_distractors(numbers.find_quantity("about 71"), random.Random(seed), at_most=100)
        assert len(options) == 3 and all(numbers.find_quantity(o).values[0] <= 100 for o in options)


def test_no_blank_splits_a_number_phrase_or_a_name():
    text = ("Roughly two thirds of the island was without power. Pilots flew F-16 jets. "
            "Nine in 10 villages are flooded.")
    facts = Facts(figures=[_fig(text, "Roughly two thirds"), _fig(text, "16"), _fig(text, "Nine in 10")])
    assert generate_questions(text, facts) == []


def test_the_same_figure_in_headline_and_lead_is_asked_once():
    text = ("Fire kills five children\n\nA fire in a school bus killed five children on Thursday, "
            "officials said.")
    first, second = [m.start() for m in __import__("re").finditer("five children", text)]
    facts = Facts(figures=[Figure("five children", "5", "children", s, s + 13) for s in (first, second)])
    questions = generate_questions(text, facts)
    assert len(questions) == 1 and questions[0].evidence[0].start > first


def test_a_fill_in_the_blank_prompt_is_a_whole_sentence():
    text = "Officials counted, in a long and careful survey of the valley, 41 damaged bridges."
    for q in _only(text, "41 damaged bridges"):
        assert "…" not in q.prompt and q.prompt.endswith("bridges.”")


TEXT = ("The Central Bank said that interest rates would stay unchanged. The Finance Ministry "
        "announced that taxes would rise in May. The Port Authority denied that the harbour had "
        "been closed. Ada Lin, the governor of the Central Bank (CB), said that prices were stable this year. "
        "Tom Berg, who heads the Port Authority, said that the ships were safe in port. “We are ready for the vote,” said "
        "Mia Holt of the Finance Ministry.")


def _statement(org, words, stance="said"):
    i = TEXT.index(words)
    return Statement(org, words, i, i + len(words), False, stance)


def _quote(who, words):
    i = TEXT.index(words)
    return Quote(who, words, i, i + len(words), words.startswith("We"))


def _facts():
    return Facts(
        quotes=[_quote("Ada Lin", "prices were stable this year"), _quote("Tom Berg", "the ships were safe in port"),
                _quote("Mia Holt", "We are ready for the vote")],
        statements=[_statement("Central Bank", "interest rates would stay unchanged"),
                    _statement("Finance Ministry", "taxes would rise in May"),
                    _statement("Port Authority", "the harbour had been closed", DENIED)],
        affiliations=[Affiliation("Ada Lin", "Central Bank", "governor", TEXT.index("Ada Lin"), TEXT.index("(CB)") + 4),
                      Affiliation("Tom Berg", "Port Authority", None, TEXT.index("Tom Berg"), TEXT.index("Port Authority,") + 14),
                      Affiliation("Mia Holt", "Finance Ministry", None, TEXT.index("Mia Holt"), len(TEXT) - 1)])


def test_organisations_statements_are_asked_among_organisations_only():
    questions = generate_questions(TEXT, _facts())
    orgs, people = {"Central Bank", "Finance Ministry", "Port Authority"}, {"Ada Lin", "Tom Berg", "Mia Holt"}
    by_org = [q for q in questions if q.prompt.startswith("According to the article, which organisation")]
    assert {q.answer for q in by_org} == orgs
    assert any("announced that taxes would rise in May" in q.prompt for q in by_org)
    for q in questions:
        if q.skill == "who_said" and q.options:
            assert set(q.options) <= orgs or set(q.options) <= people, q.options


def test_a_denial_is_asked_as_a_denial():
    [q] = [q for q in generate_questions(TEXT, _facts()) if "harbour" in q.prompt]
    assert q.prompt == "According to the article, which organisation denied that the harbour had been closed?"


def test_an_affiliation_question_names_the_role_and_offers_organisations():
    q = next(q for q in generate_questions(TEXT, _facts()) if q.answer == "Central Bank" and q.skill == "affiliation")
    assert q.prompt == "According to the article, Ada Lin is the governor of which organisation?"
    assert "CB" not in q.options and not {"Ada Lin", "Tom Berg", "Mia Holt"} & set(q.options)


def test_a_quoted_organisation_is_not_among_people():
    text = "“Stock is low,” said Brightmart Group. “Buy less,” said Ana Ruiz. “We wait,” said Tom Berg. “No,” said Mia Holt."
    quotes = [Quote(w, q, text.index(q), text.index(q) + len(q), True) for w, q in [
        ("Brightmart Group", "Stock is low"), ("Ana Ruiz", "Buy less"), ("Tom Berg", "We wait"), ("Mia Holt", "No")]]
    for q in generate_questions(text, Facts(quotes=quotes)):
        assert "Brightmart Group" not in (q.options or []) or q.answer == "Brightmart Group"


def test_a_person_who_denied_is_asked_who_denied_and_a_plain_reporting_verb_is_kept():
    text = ("Ana Ruiz denied that the council had sold the pier. Tom Berg warned that the wall "
            "would fail in a storm. Mia Holt said that the fleet would stay in port. Ruiz, Berg and "
            "Holt will meet again in May.")
    quotes = [Quote(w, q, text.index(q), text.index(q) + len(q), False, s) for w, q, s in [
        ("Ana Ruiz", "the council had sold the pier", DENIED), ("Tom Berg", "the wall would fail in a storm", "said"),
        ("Mia Holt", "the fleet would stay in port", "said")]]
    prompts = {q.answer: q.prompt for q in generate_questions(text, Facts(quotes=quotes)) if q.type == "single_choice"}
    assert prompts["Ana Ruiz"] == "According to the article, who denied that the council had sold the pier?"
    assert prompts["Tom Berg"] == "According to the article, who warned that the wall would fail in a storm?"


def test_words_after_a_verb_that_reports_nothing_are_not_asked_as_said():
    text = ("The governor declared a state of emergency on Monday. Ana Ruiz said the roads were closed. "
            "Tom Berg said the power was out.")
    quotes = [Quote(w, q, text.index(q), text.index(q) + len(q), False) for w, q in [
        ("Mia Holt", "a state of emergency on Monday"), ("Ana Ruiz", "the roads were closed"),
        ("Tom Berg", "the power was out")]]
    assert not any("state of emergency" in q.prompt for q in generate_questions(text, Facts(quotes=quotes)))


def test_a_pledged_or_claimed_infinitive_is_asked_with_its_own_verb():
    from quizapp.generate.questions.quote_wording import wording

    text = "Ana Ruiz vowed to rebuild the old school before the winter. Tom Berg claimed to have seen the driver."
    for words, asked in [("to rebuild the old school before the winter", "vowed to rebuild the old school before the winter"),
                         ("to have seen the driver", "claimed to have seen the driver")]:
        i = text.index(words)
        assert wording(Quote("X", words, i, i + len(words), False), text) == ("did", asked)
    odd = "Ana Ruiz went to see the old school before the winter."
    words = "to see the old school before the winter"
    assert wording(Quote("X", words, odd.index(words), odd.index(words) + len(words), False), odd) is None


def test_quoted_words_that_are_no_sentence_are_asked_as_words_used():
    from quizapp.generate.questions.quote_wording import claim, who_prompt, wording

    text = 'Ana Ruiz called it "a matter of public health for every town". She said, "We will act now on this."'
    words = "a matter of public health for every town"
    i = text.index(words)
    kind, asked = wording(Quote("Ana Ruiz", words, i, i + len(words), True), text)
    assert who_prompt(kind, asked) == "Who used the words “a matter of public health for every town”?"
    assert claim(kind, asked, "Tom Berg") == "Tom Berg used the words “a matter of public health for every town”"
    sentence = "We will act now on this."
    j = text.index(sentence)
    kind, asked = wording(Quote("Ana Ruiz", sentence, j, j + len(sentence), True), text)
    assert who_prompt(kind, asked) == "Who said “We will act now on this”?"


def test_an_editors_bracketed_letter_or_mark_reads_as_itself():
    from quizapp.generate.questions.quote_wording import clean_quote

    assert clean_quote("[W]ithin ten days, we will act[,] and") == "Within ten days, we will act, and"
    assert clean_quote("He won [the] hearts of everyone [...] in the end") == "He won [the] hearts of everyone [...] in the end"


def test_a_sentence_about_he_or_she_is_no_fill_in_the_blank():
    text = "Ana Ruiz, the former mayor of Westfield, died on Monday. He was 86. She had served the town for 30 years as its mayor."
    prompts = [q.prompt for q in _only(text, "86")] + [q.prompt for q in _only(text, "30 years")]
    assert not any(p.startswith("Which words complete") and "He was" in p for p in prompts)
    assert not any("She had served" in p and p.startswith("Which words complete") for p in prompts)


def test_a_small_bare_number_is_not_always_the_lowest_option():
    two = numbers.find_quantity("two")
    drawn = [numbers.distractor_values(two, random.Random(seed)) for seed in range(20)]
    assert any("one" in d for d in drawn)


def test_a_day_named_from_the_articles_date_is_left_out_of_a_question():
    [q] = _only("Three people were killed in the blast yesterday, the fire service said.", "Three people")
    assert "yesterday" not in q.prompt and q.prompt.endswith("killed in the blast?")


def test_a_small_decimal_is_not_stepped_by_one():
    share = numbers.find_quantity("1.15%")
    for seed in range(5):
        values = [numbers.find_quantity(v).values[0] for v in numbers.distractor_values(share, random.Random(seed))]
        assert not {2.15, 3.15, 4.15} & set(values)


def test_a_long_quotation_is_never_cut_after_a_word_that_needs_the_next():
    from quizapp.generate.questions.quote_wording import trim

    for words in ("Within the next ten days I will present a bill for the voluntary interruption of pregnancy "
                  "that legalises abortion at the initial time of pregnancy and allows women to decide",
                  "In 2017 and 2018 we had a lot of fires in the forests of the north and the south of the "
                  "country and in the hills of the west of the region too"):
        cut = trim(words)
        assert cut.endswith("…") and cut[:-1].split()[-1].lower() not in {"a", "the", "of", "and", "in"}, cut


def test_no_figure_question_that_loses_what_the_figure_is_of():
    from quizapp.generate.questions.figure_wording import ask

    def asked(sentence, figure):
        i = sentence.index(figure)
        return ask(sentence, i, i + len(figure), sentence)
    for sentence in ("About 16 percent of the trade occurs between neighbours.",
                     "Currently about 16–17 percent of regional trade occurs between neighbouring countries."):
        got = asked(sentence, "16–17" if "16–17" in sentence else "16")
        assert got is None or "between" in got.prompt
    assert asked("Lin and her cousin were among nine climbers who died on the ridge.", "nine") is None
    for sentence in ("The court sentenced two people traffickers to prison.",
                     "Greece sentenced three people smugglers to five years in jail for their part in the deaths."):
        got = asked(sentence, "two" if "two" in sentence else "three")
        assert got is None or "people smugglers" in got.prompt or "people traffickers" in got.prompt
    assert asked("About 40 percent of the voters supported the plan.", "40").prompt == \
        "What percentage of the voters supported the plan?"


def test_a_figure_that_shares_its_verb_with_a_second_figure_is_not_asked_as_one_question():
    """'61% voted yes and 39% no': "What percentage voted yes no?" would blur the two."""
    text = "About 61% of the members voted to strike and 39% to wait."
    questions = generate_questions(text, extract_facts(text))
    assert questions and not any("strike to wait" in q.prompt for q in questions)


def test_a_long_quotation_cut_after_a_whole_sentence_keeps_its_last_word():
    text = ("That is the small fishing town on the coast that I was born and raised in. I didn't want to sit "
            "in the office and just say 'yes sir, no sir,' you know, and never go out. I asked them for a boat")
    assert trim(text) == "That is the small fishing town on the coast that I was born and raised in…"


def test_a_figure_question_never_asks_about_his_or_her_something_without_saying_whose():
    text = "Tom Berg resigned on Monday. His announcement followed two weeks of protests in the capital."
    assert not any(q.prompt.lower().startswith("how many") and " his " in q.prompt
                   for q in generate_questions(text, extract_facts(text)))


def test_a_past_tense_with_a_silent_e_is_asked_with_its_own_base_form():
    for text, words, asked in [
            ("The crew taped three windows before the storm.", "three windows", "did the crew tape"),
            ("The court fined four companies last year.", "four companies", "did the court fine"),
            ("In 1998 the town staged three concerts on the quay.", "three concerts", "did the town stage")]:
        [q] = _only(text, words)
        assert asked in q.prompt


def test_an_abbreviated_title_keeps_its_full_stop_in_options():
    text = ("Marlow passes housing bill\n\nMonday, May 4, 2020\n\nA co-author of the bill, Republican Sen. Tom Berg, "
            "said he expected delays. Ana Ruiz, a tomato farmer, said she had lost workers. Lena Hart, the mayor "
            "of Marlow, said the town would cope. Gov. Sam Cole signed the bill on Friday.")
    options = [o for q in generate_questions(text, extract_facts(text)) if q.skill == "affiliation" for o in q.options]
    assert "Sen." in options and "Sen" not in options
