"""A who-said prompt whose words say "he" or "she" must not give its answer away: every option is
someone the article itself calls the same."""
from quizapp.generate.extract import extract_facts
from quizapp.generate.facts import Affiliation
from quizapp.generate.questions import generate_questions
from quizapp.generate.questions.pronouns import pronoun_in, referred_as

HEAD = "Harbour plan divides council\n\nMonday, March 2, 2020\n\n"
# Ana Ruiz's words say "her"; the article calls Lena Holt a spokeswoman and Carla Dunn "Ms Dunn".
ARTICLE = HEAD + (
    "Ana Ruiz, the mayor of Dunmore, said her plan for the harbour would create new jobs for the town. "
    "Tom Berg, a councillor, said the plan was far too expensive for a town of its size.\n\n"
    "Paul Lind, the council's treasurer, said the budget could not cover the works this year. "
    "Lena Holt, a spokeswoman for the harbour board, said the board had not been consulted about the works.\n\n"
    "Ms Carla Dunn, a local shop owner, said the works would keep customers away for months.\n")


def _her_plan_questions(text):
    return [q for q in generate_questions(text, extract_facts(text))
            if q.type == "single_choice" and "her plan" in q.prompt]


def test_a_courtesy_title_or_a_role_word_says_how_the_article_refers_to_a_person():
    text = "Ms Ruiz opened the meeting. Arvo Berg spoke next."
    said = referred_as(text, ["Sanne Ruiz", "Arvo Berg"], [Affiliation("Arvo Berg", None, "council spokesman", 0, 1)])
    assert said == {"Sanne Ruiz": "she", "Arvo Berg": "he"}


def test_a_sentence_opening_with_a_pronoun_refers_to_the_person_who_opened_the_one_before():
    text = "Arvo Berg thanked the crew. He said the boat was safe. She thanked Sanne Ruiz. He left early."
    assert referred_as(text, ["Arvo Berg", "Sanne Ruiz"]) == {"Arvo Berg": "he"}


def test_pronouns_in_quotations_and_contradicting_evidence_settle_nothing():
    quoted = 'Arvo Berg spoke. "She will win," Sanne Ruiz said.'
    both = "Mr Berg spoke. Arvo Berg left. She was tired."
    assert referred_as(quoted, ["Arvo Berg", "Sanne Ruiz"]) == {}
    assert referred_as(both, ["Arvo Berg"]) == {}


def test_a_given_name_counts_only_where_the_article_says_nothing():
    assert referred_as("Tom Berg spoke.", ["Tom Berg", "Sanne Ruiz"]) == {"Tom Berg": "he"}
    assert referred_as("Ms Berg spoke.", ["Tom Berg"]) == {"Tom Berg": "she"}
    assert referred_as("Ms Berg spoke. Mr Berg left.", ["Tom Berg"]) == {}


def test_only_words_with_one_kind_of_pronoun_point_at_their_speaker():
    assert pronoun_in("that her plan would work") == "she"
    assert pronoun_in("that he would resign") == "he"
    assert pronoun_in("that he had warned her") is None
    assert pronoun_in("that the plan would work") is None


def test_words_saying_her_are_asked_among_women_only():
    [question] = _her_plan_questions(ARTICLE)
    assert question.answer == "Ana Ruiz"
    assert set(question.options) == {"Ana Ruiz", "Lena Holt", "Carla Dunn"}


def test_words_saying_her_are_not_asked_where_too_few_options_could_be_her():
    text = ARTICLE.replace("Ms Carla Dunn, a local shop owner", "Carl Dunn, a local shop owner")
    assert _her_plan_questions(text) == []


def test_matching_never_shows_reported_words_with_a_pronoun():
    text = ARTICLE
    for q in generate_questions(text, extract_facts(text)):
        if q.type == "matching":
            assert all(pronoun_in(p) is None for p in q.extra["prompts"]), q.extra["prompts"]
