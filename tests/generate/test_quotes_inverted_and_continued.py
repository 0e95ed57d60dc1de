"""Who said what in further constructions of English news: a speaker named after a verb of
saying that follows the quotation (the parser often misreads such a tail), and the quotation that
goes on in the next sentence; "..., reported X" inverted like "..., said X", and "X Y of Z Radio"
a person of an organisation however NER lumps it. The sentences are invented."""
from __future__ import annotations

from extracted import links, quotes


def test_a_verb_of_saying_after_the_quotation_with_a_title_and_name_after_it():
    text = ('The flood reached the old town on Sunday.\n'
            '"I am proud of everyone who helped their neighbours through the night" tweeted the town\'s mayor, '
            'Sarah Mitchell (no relation to the minister). "We will rebuild every street."')
    got = quotes(text)
    assert ("Sarah Mitchell", "I am proud of everyone who helped their neighbours through the night") in got
    assert ("Sarah Mitchell", "We will rebuild every street.") in got


def test_an_unnamed_description_after_the_verb_names_nobody():
    text = ('"The water came in faster than anyone expected," said a resident of the old town.')
    assert quotes(text) == []


def test_the_same_pronoun_speaking_in_the_next_sentence_is_the_same_person():
    text = ("Governor Sarah Mitchell closed the schools on Monday.\n"
            'In a statement read out by her aide Tom Baker, she wrote, "We cannot ask teachers to take this risk today." '
            'She continued by announcing, "The schools will stay closed until the end of the month."')
    got = quotes(text)
    assert ("Sarah Mitchell", "We cannot ask teachers to take this risk today.") in got
    assert ("Sarah Mitchell", "The schools will stay closed until the end of the month.") in got
    assert all(s == "Sarah Mitchell" for s, _ in got)


def test_a_quotation_that_goes_on_after_an_attribution_with_an_abbreviated_title():
    # the parser makes the lone opening mark of the second quotation a sentence of its own
    text = ('"[T]he bacteria in the river [found in fish], were not the ones we found in the hospital", said '
            'Dr. Collins. "[...] Rather — and worryingly — the likeliest source is the water that the farms use."')
    got = quotes(text)
    assert len(got) == 2 and got[0][0] == got[1][0] and got[0][0].endswith("Collins")
    assert got[1][1].startswith("[...] Rather")


def test_a_reported_clause_that_ends_in_a_colon_before_a_quotation_is_a_statement_of_its_own():
    text = ('Biologist Karen Walsh told the newspaper the spread of the disease showed a pattern that farmers '
            'knew well: "Somehow, these weeds come back every spring, whatever we do."')
    got = quotes(text)
    assert ("Karen Walsh", "the spread of the disease showed a pattern that farmers knew well") in got
    assert ("Karen Walsh", "Somehow, these weeds come back every spring, whatever we do.") in got


def test_citing_a_reason_is_a_speech_act():
    text = ("Finance minister Sarah Mitchell resigned on Friday, citing the rising pressure on her family.\n"
            "The fire was put out by farmer Tom Baker, 52, who cited his long experience of forest fires.")
    got = quotes(text)
    assert ("Sarah Mitchell", "the rising pressure on her family") in got
    assert ("Tom Baker", "his long experience of forest fires") in got


def test_a_speech_act_before_a_colon_and_its_quotation_are_both_kept():
    # the parser takes the quotation for the verb's clause; the quoted words are attributed apart
    text = ('Tom Baker of the water board spoke of the talks between his agency and the farmers: "It\'s fun '
            'working with a new partner that approaches the problem in a different way. They don\'t carry the '
            'same background."')
    got = quotes(text)
    assert ("Tom Baker", "the talks between his agency and the farmers") in got
    assert len(got) == 2 and all(s == "Tom Baker" for s, _ in got)


def test_a_person_named_inside_the_phrase_after_the_verb_is_not_the_speaker():
    text = ('Sarah Mitchell was arrested on Monday.\n'
            '"She has done nothing wrong and we will prove it in court" said a lawyer for Sarah Mitchell.')
    assert quotes(text) == []


def test_a_reporter_named_after_reported_inverted_gives_the_account():
    text = "As the verdict was read, Tom Berg stood still, reported Ada Lin of Westland Radio, who was in court."
    assert quotes(text) == [("Ada Lin", "As the verdict was read, Tom Berg stood still")]


def test_a_name_ner_ran_into_the_organisation_after_of_is_the_persons():
    text = ("As the verdict was read, Tom Berg stood still, reported Alexandra Morrow of North Carolina Public "
            "Radio, who covered the trial.")
    assert quotes(text) == [("Alexandra Morrow", "As the verdict was read, Tom Berg stood still")]
    assert links(text) == [("Alexandra Morrow", "North Carolina Public Radio", None)]
