"""Whose words: relatives sharing a surname told apart by a courtesy title, words one person relays
from another, and the question put to a speaker; a relative clause on an appositive speaks for the
person the appositive describes. Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_mrs_and_mr_tell_a_couple_apart():
    text = ("John Parker says he is retiring because of his knees. His wife, Mary Parker, tells a different "
            "story.\n\nMrs Parker said the hardest year had been 2008.")
    assert ("Mary Parker", "the hardest year had been 2008") in quotes(text)
    text = text.replace("Mrs Parker", "Mr Parker")
    assert ("John Parker", "the hardest year had been 2008") in quotes(text)


def test_words_another_person_told_the_speaker_are_not_the_speakers():
    text = "Vicar Simon Bell said Robert Harris had told him a week before he died that he was \"not scared, just curious\"."
    assert ("Simon Bell", "not scared, just curious") not in quotes(text)
    text = 'Maria Lopez said her father, James Wilson, used to tell her: "Work hard and be kind to everyone you meet."'
    assert ("Maria Lopez", "Work hard and be kind to everyone you meet.") not in quotes(text)
    text = ('The director Robert Evans praised Margaret Hill. Evans recalled that Hill once told a young actor, '
            '"Forget the audience and listen to the person in front of you."')
    assert ("Robert Evans", "Forget the audience and listen to the person in front of you.") not in quotes(text)


def test_the_speakers_own_characterisation_stays_the_speakers():
    text = ('Sarah Miller said on her podcast, "I have thought about this for months", calling it a '
            '"hard and lonely choice".')
    assert ("Sarah Miller", "hard and lonely choice") in quotes(text)


def test_the_question_put_to_a_speaker_is_not_the_speakers_words():
    text = ("Headteacher Susan Clark said the ban had worked. Asked by the presenter, Kevin Brown, whether she "
            "would ever lift the ban, Clark said no.")
    assert quotes(text) == [("Susan Clark", "the ban had worked")]


def test_he_added_after_another_man_is_named_is_not_that_mans():
    text = ('David Clark, the union leader, spoke first. "We will not back down," he said.\n\n'
            'The company\'s chief executive, James Wilson, was in the room.\n\n'
            '"Our members deserve better than this offer," he added.')
    assert ("James Wilson", "Our members deserve better than this offer") not in quotes(text)


def test_a_relative_clause_on_an_appositive_speaks_for_the_person_it_describes():
    text = ("Tom Berg, a Marlow official who said the deficit was too high, voted for the budget anyway. "
            "Ana Ruiz, a senator who warned of rising rents last year, backed it too.")
    assert quotes(text) == [("Tom Berg", "the deficit was too high"), ("Ana Ruiz", "rising rents")]


def test_an_attribution_set_off_inside_a_relative_clause_is_the_speakers():
    text = ('Rosa Marsh teaches geology at Kelham College. Field trips build habits, which, Marsh says, are '
            '"worth more than any textbook chapter we could assign."')
    assert ("Rosa Marsh", "worth more than any textbook chapter we could assign.") in quotes(text)
    # the words before the relative clause are the writer's, not hers
    assert not any(t.startswith("Field trips") for _, t in quotes(text))


def test_a_relative_clause_with_no_commas_round_the_verb_still_qualifies_a_noun():
    text = "Rosa Marsh teaches geology at Kelham College. She backs a plan that she insists will cut costs."
    assert quotes(text) == []


def test_a_named_person_after_an_opening_phrase_about_a_website_speaks():
    text = ("In a post on Norvel's website, Peter Okafor, head of the company's mapping team, explained why "
            "the launch had slipped to the spring.")
    assert ("Peter Okafor", "why the launch had slipped to the spring") in quotes(text)
