"""Where an attribution's words and speaker are, beside what the parser makes of it: a clause of time
before "X said" when X's own clause follows, a writer's account of what someone thinks, a bare
infinitive the parser joined to a passive, a saying under a shared modal (none of them said); what
someone was described as, complaining aloud, a name and its description before a closing "said", "the
president-elect", "an interview with X in which he said" (said, and by whom). Invented sentences."""
from __future__ import annotations

from extracted import quotes


def test_a_clause_of_time_before_the_attribution_is_not_said_when_the_said_clause_follows():
    text = ("Ana Ruiz is the treasurer. At a forum last spring, soon after the city auditor, Tom Lang, "
            "released a sharp report on the museum's spending, Ms. Ruiz said she would \u201ccut the "
            "museum budget by a third.\u201d")
    assert quotes(text) == [("Ana Ruiz", "she would \u201ccut the museum budget by a third.\u201d"),
                            ("Ana Ruiz", "cut the museum budget by a third.")]


def test_what_someone_sees_another_as_is_the_writers_account_not_a_statement():
    text = ("Tom Berg leads the party. Mr. Berg sees Ms. Ruiz as a calm and capable deputy who can help "
            "him win over young voters.")
    assert quotes(text) == []


def test_a_bare_infinitive_joined_to_a_passive_does_not_take_its_subject():
    text = ("Ana Ruiz runs the schools. The audit does not say when Ruiz was first told or explain why "
            "nobody, not even her deputy, tried to phone her.")
    assert quotes(text) == []


def test_a_saying_under_a_shared_modal_leaves_the_quotation_to_the_attribution_after_it():
    text = ("Ana Ruiz studies city councils. Tom Berg runs the building firm. Once the vote is held, "
            "Berg may meet with the builders and say, \u201cWe need more time to look at this,\u201d "
            "Ruiz said.")
    assert quotes(text) == [("Ana Ruiz", "We need more time to look at this")]


def test_what_someone_is_described_as_in_a_clause_of_its_own_is_the_statement():
    text = ("Mr. Berg spoke in Marlow last week. Describing the town as cut off and short of money, he asked, "
            "\u201cWhat is there to fear from a change?\u201d")
    assert quotes(text) == [("Berg", "cut off and short of money"), ("Berg", "What is there to fear from a change?")]


def test_fretting_that_is_complaining_aloud():
    text = "Tom Berg is the chief. In an interview he fretted that the plan could cost the town its bridge."
    assert quotes(text) == [("Tom Berg", "the plan could cost the town its bridge")]


def test_a_name_and_its_description_before_a_closing_said_is_the_speaker():
    text = ("Ana Ruiz is the mayor. Police officers arrested the two men on the highway on their way to "
            "Marlow, Tom Berg, an inspector with the state attorney's office, said.")
    assert quotes(text) == [("Tom Berg", "Police officers arrested the two men on the highway on their way to Marlow")]


def test_the_president_elect_is_the_person_so_titled():
    text = ("President-elect Ana Ruiz named her team on Monday. \u201cLena stood by me all along,\u201d "
            "the president-elect said on Tuesday.")
    assert quotes(text) == [("Ana Ruiz", "Lena stood by me all along")]


def test_in_an_interview_with_someone_in_which_she_said_is_that_persons_words():
    text = ("Tom Berg posted a message on Monday. An hour before Berg's post, the Marlow Herald published an "
            "interview with Acme chief executive Tim Ruiz during which he fretted that Berg's plan could cost the "
            "firm its orders.")
    assert quotes(text) == [("Tim Ruiz", "Berg's plan could cost the firm its orders")]


def test_a_supposed_saying_inside_the_quotation_leaves_it_to_the_attribution_after_it():
    text = ("\u201cThe town has run out of time,\u201d said Tom Berg, a planner at the Harbour Institute.\n\n"
            "Once she is sworn in, the council may meet with the builders and say, \u201c\u2018Hey, the "
            "mayor\u2019s talking about scrapping this thing; let\u2019s see if we can trim the bill a "
            "little,\u2019\u201d Berg said.")
    assert quotes(text)[1] == ("Tom Berg", "\u2018Hey, the mayor\u2019s talking about scrapping this thing; let\u2019s "
                                           "see if we can trim the bill a little,\u2019")


def test_a_recalled_thought_is_the_quotation_not_the_gerund():
    text = ("Ana Ruiz teaches physics. \u201cGoodness \u2026 who is Tom Lang?\u201d Ruiz remembers wondering "
            "that night. \u201cIt changed how we teach the subject,\u201d she said.")
    assert quotes(text) == [("Ana Ruiz", "Goodness \u2026 who is Tom Lang?"),
                            ("Ana Ruiz", "It changed how we teach the subject")]


def test_where_something_was_written_is_no_first_part_of_it():
    text = ("Ana Ruiz teaches physics. In the book\u2019s preface, Ruiz had written, \u201cMy warm thanks go "
            "to Miss Ada Lin for running every one of the long calculations.\u201d")
    assert quotes(text) == [("Ana Ruiz", "My warm thanks go to Miss Ada Lin for running every one of the long "
                                         "calculations.")]


def test_she_goes_on_with_the_same_pronoun_when_everyone_named_since_is_a_man():
    text = ("Mrs Ruiz led the party. However in late May she yielded to Mr Lang\u2019s insistence that the "
            "council should keep its plan, agreeing with Tom Berg, another of her advisers, that to give in "
            "would \u201clook like siding with the landlords\u201d. \u201cFine - we have to press on,\u201d "
            "she said.")
    assert quotes(text) == [("Lang", "the council should keep its plan"), ("Ruiz", "Fine - we have to press on")]


def test_a_participle_after_a_claim_is_no_part_of_it_nor_is_its_subject_found():
    text = ("Mrs Ruiz led the party. In April she gave way to Mr Lang's insistence that the party should stick "
            "to its plan, agreeing with Mr Berg that a retreat would look weak.")
    assert quotes(text) == [("Lang", "the party should stick to its plan")]
