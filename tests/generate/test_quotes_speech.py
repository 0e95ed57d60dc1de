"""Who said what beyond "X said": verbs of communication by class, speech acts with an object,
speakers named by a title, an appositive, a description or a relative clause, and organisations'
words kept apart as statements with a stance. The sentences are invented for these tests."""
from __future__ import annotations

from extracted import quotes

from quizapp.generate.extract import extract_facts
from quizapp.generate.facts import DENIED, SAID




def statements(text: str) -> list[tuple[str, str, str]]:
    return [(s.organization, s.text, s.stance) for s in extract_facts(text).statements]


def test_the_person_of_a_title_not_the_possessor_or_bank_before_it():
    text = ("Mayor Ana Ruiz opened the fair. Ruiz's deputy, Tom Berg, said the fair would move to the harbour. "
            "Bank governor Ada Lin said rates would stay at three percent for the rest of the year.")
    assert [s for s, _ in quotes(text)] == ["Tom Berg", "Ada Lin"]


def test_an_appositive_name_after_an_organisation_is_the_speaker():
    text = ("The chief executive of the Harbour Trust, Mira Kovacs, told reporters that the new cranes "
            "would arrive before the winter storms.")
    assert quotes(text) == [("Mira Kovacs", "the new cranes would arrive before the winter storms")]


def test_speech_acts_give_their_object_as_the_statement():
    text = ("The governor of the province, Lena Ostrova, declared a state of emergency. "
            "Another witness, Tom Berg, described deep skid marks and a strong smell of fuel. "
            "Nurse Ana Ruiz disagreed with the link between the outbreak and the festival.")
    assert quotes(text) == [("Lena Ostrova", "a state of emergency"),
                            ("Tom Berg", "deep skid marks and a strong smell of fuel"),
                            ("Ana Ruiz", "the link between the outbreak and the festival")]


def test_went_on_to_say_a_relative_who_and_a_passive_agent():
    text = ("Judge Carl Dunn went on to say the sentence reflected the harm done to the families. "
            "The crowd cheered outside the home of Mayor Ines Vaal, who told the press her office would reopen the park. "
            "The council was told by Omar Haddad that the bridge could not carry heavy lorries.")
    got = quotes(text)
    assert ("Carl Dunn", "the sentence reflected the harm done to the families") in got
    assert ("Ines Vaal", "her office would reopen the park") in got
    assert ("Omar Haddad", "the bridge could not carry heavy lorries") in got


def test_an_inserted_attribution_splits_its_statement_and_adding_reports_too():
    text = ("The dam would be inspected, engineer Rosa Lind said, to find out whether the spillway had failed. "
            "Heavy rain slowed the work, Lind said, adding that the crews had worked through the night.")
    got = quotes(text)
    assert ("Rosa Lind", "The dam would be inspected") in got
    assert ("Rosa Lind", "to find out whether the spillway had failed") in got
    assert ("Rosa Lind", "the crews had worked through the night") in got


def test_urging_and_accusing_give_what_was_asked_and_alleged():
    text = ("Senator Paul Odum called on the ministry to publish the full report on the spill. "
            "Prosecutor Lea Marsh filed charges on Monday, accusing the firm of hiding the leak from inspectors.")
    got = quotes(text)
    assert ("Paul Odum", "to publish the full report on the spill") in got
    assert ("Lea Marsh", "the firm of hiding the leak from inspectors") in got


def test_a_role_description_is_the_person_the_article_gave_that_role():
    text = ("Finance Minister Ada Lin opened the session on the budget on Monday morning.\n"
            "The minister said the deficit would shrink by half over the coming two years.\n"
            "The father said the school had never warned the parents about the flooding.")
    got = quotes(text)
    assert ("Ada Lin", "the deficit would shrink by half over the coming two years") in got
    assert not any(t.startswith("the school had never") for _, t in got)  # nobody was called the father


def test_a_quotation_after_a_reported_statement_goes_on_with_its_speaker():
    text = ('The crossing was slow because of the wind, pilot Jon Aas said. "It burns your legs, it is really hard '
            'work up there."\nThe boat waited nearby.')
    assert ("Jon Aas", "It burns your legs, it is really hard work up there.") in quotes(text)


def test_organisations_make_statements_and_a_denial_keeps_its_stance():
    text = ("The ministry said the new rules would take effect in the first week of March. "
            "The Harbourline Shipping Company denied that its ships had dumped fuel near the coast. "
            "Opposition leader Ana Ruiz denied that she had seen the letter before the vote in parliament.")
    got = statements(text)
    assert ("The ministry", "the new rules would take effect in the first week of March", SAID) in got
    assert ("Harbourline Shipping Company", "its ships had dumped fuel near the coast", DENIED) in got
    assert [(q.speaker, q.stance) for q in extract_facts(text).quotes] == [("Ana Ruiz", DENIED)]


def test_a_word_ner_also_reads_as_a_place_is_no_speaker_and_joint_statements_are_nobodys():
    text = ("Officials in Kiev met on Monday. Kiev rejects any talks about the border regions this year. "
            "Ana Ruiz and Tom Berg said the deal would collapse before the end of the month.")
    assert quotes(text) == []


def test_no_statement_from_refusals_plans_or_circumstances():
    text = ("Mayor Ines Vaal declined to say whether the bridge would reopen before the summer. "
            "Coach Tom Berg will announce the squad for the final on Friday morning. "
            "When announcing the closure of the port, Minister Ada Lin wore a yellow raincoat. "
            "Farmer Omar Haddad called the police after the storm damaged the barn.")
    assert quotes(text) == []


def test_a_pronoun_means_the_main_clauses_subject_not_one_inside_it():
    text = ("Coach Ana Ruiz believes striker Tom Berg was the best player of the season. "
            "She said the club would offer him a new contract.")
    got = quotes(text)  # her present-tense view ("believes ...") is hers too: lexicon.OPINION_VERBS
    assert ("Ana Ruiz", "the club would offer him a new contract") in got
    assert all(s == "Ana Ruiz" for s, _ in got)


def test_any_verb_of_communication_with_a_clause_reports_and_with_x_describing():
    text = ("Minister Ada Lin reaffirmed that the border would stay open during the holidays. "
            "Doctor Tom Berg indicated the patients would be discharged by Friday afternoon. "
            "The council approved the plan, with Mayor Ines Vaal describing it as the best deal the city had made.")
    assert quotes(text) == [("Ada Lin", "the border would stay open during the holidays"),
                            ("Tom Berg", "the patients would be discharged by Friday afternoon"),
                            ("Ines Vaal", "the best deal the city had made")]


def test_a_reported_clause_running_through_quotations_is_one_statement_with_its_quotations_apart():
    text = ('Judge Carl Dunn went on to say he was not giving them the longest sentence because they had '
            '"owned up to the harm at an early stage" by pleading guilty to all of the charges and "spared '
            'the victims the pain of a long trial."')
    got = quotes(text)
    assert got == [("Carl Dunn", 'he was not giving them the longest sentence because they had "owned up to the harm '
                                 'at an early stage" by pleading guilty to all of the charges and "spared the victims '
                                 'the pain of a long trial."'),
                   ("Carl Dunn", "owned up to the harm at an early stage"),
                   ("Carl Dunn", "spared the victims the pain of a long trial.")]


def test_the_suspect_is_the_person_called_the_suspect_and_two_ministers_leave_the_minister_unnamed():
    text = ("Police arrested the suspect, Tom Berg, on Friday night near the station. "
            "The suspect told police he had been at home all evening with his brother.")
    assert quotes(text) == [("Tom Berg", "he had been at home all evening with his brother")]
    two = ("Ana Ruiz, the finance minister, presented the budget. Tom Berg, the health minister, opened a "
           "hospital. The minister said the deficit would fall.")
    assert quotes(two) == []


def test_a_company_ner_never_calls_a_person_states_rather_than_quotes():
    text = ("Work on the Harbourline project began in May. "
            "Harbourline said the first ships would dock in the new terminal next spring.")
    assert quotes(text) == []
    assert statements(text) == [("Harbourline", "the first ships would dock in the new terminal next spring", SAID)]


def test_rejecting_a_thing_is_no_statement_but_rejecting_allegations_is_a_denial():
    assert quotes("Union leader Ana Ruiz rejected the offer on Monday evening after a long meeting.") == []
    got = extract_facts("Union leader Ana Ruiz rejected the allegations of fraud made by the company.").quotes
    assert [(q.speaker, q.text, q.stance) for q in got] == [
        ("Ana Ruiz", "the allegations of fraud made by the company", DENIED)]
    assert quotes("Engineer Tom Berg estimated the damage at five million dollars after the flood.") == [
        ("Tom Berg", "the damage at five million dollars")]


def test_a_name_ner_ran_into_a_title_or_an_organisation_is_still_a_person():
    text = ("In Ontario, provincial police Detective Constable Daniel Moreau stated to reporters that the "
            "border closure drove up the prices of illicit drugs. "
            "The Northern Rivers Trust's Jacqueline Moreau said the river had never been so low in June.")
    assert [s for s, _ in quotes(text)] == ["Daniel Moreau", "Jacqueline Moreau"]
    assert statements(text) == []


def test_a_quotation_with_a_speaker_of_its_own_does_not_continue_the_last_one():
    text = '"The plan will fail," Ana Ruiz said. "We need a better plan for the town," one resident said.'
    assert quotes(text) == [("Ana Ruiz", "The plan will fail")]


def test_reported_words_around_a_quotation_are_one_statement_with_the_quoted_words_apart():
    # every part of the clause is the speaker's: the words before, the quotation and the words after it
    got = quotes('Ana Ruiz said it was "the worst flood in living memory" for the farmers of the valley.')
    assert got == [("Ana Ruiz", 'it was "the worst flood in living memory" for the farmers of the valley'),
                   ("Ana Ruiz", "the worst flood in living memory")]


def test_a_quotation_opened_after_a_comma_or_colon_is_words_of_its_own_not_part_of_a_clause():
    got = quotes('Tom Berg replied on the radio, "We will open the bridge again as soon as the water falls."')
    assert got == [("Tom Berg", "We will open the bridge again as soon as the water falls.")]
    got = quotes('Tom Berg said the cuts were "a blow to every school in the county," adding, "We will fight them in court."')
    assert ("Tom Berg", "We will fight them in court.") in got
    assert not any("adding" in t for _, t in got)


def test_telling_of_something_is_a_statement_being_told_of_it_is_not():
    assert quotes("Ana Ruiz told of having to sleep in her car for a month after the fire.") == [
        ("Ana Ruiz", "having to sleep in her car for a month after the fire")]
    assert quotes("Ana Ruiz was told of the decision by her lawyer on Monday.") == []


def test_condemning_a_single_abstract_noun_or_a_hyphenated_one_is_a_statement():
    assert quotes("Mayor Tom Berg condemned racism.") == [("Tom Berg", "racism")]
    assert quotes("Mayor Tom Berg condemned anti-semitism after graffiti was sprayed on a chapel in the town.") == [
        ("Tom Berg", "anti-semitism")]
    assert quotes("Mayor Tom Berg disputed that claim.") == []


def test_descriptions_set_before_a_name_with_a_comma_are_that_persons_not_a_second_speaker():
    text = ('Her son, and a member of the club, Tom Berg wrote, "Last spring was one of the proudest '
            'times for me as my mother won the cup."')
    assert quotes(text) == [("Tom Berg", "Last spring was one of the proudest times for me as my mother won the cup.")]
    assert quotes("The minister and Ana Ruiz said the plan was sound.") == []  # a joint statement


def test_a_tag_of_how_the_words_came_out_after_a_quotation_gives_its_speaker():
    words = "The plan had failed from the very first day,"
    for verb in ("laughed", "sighed", "remembered", "reflected"):
        assert quotes(f'"{words}" Ana Ruiz {verb}.') == [("Ana Ruiz", words.rstrip(","))]


def test_the_day_words_were_said_on_is_not_part_of_them():
    assert quotes("Ana Ruiz said Tuesday the bridge would reopen in May.") == [
        ("Ana Ruiz", "the bridge would reopen in May")]
    assert quotes("Ana Ruiz told reporters on Friday she would not stand again.") == [
        ("Ana Ruiz", "she would not stand again")]
    # the day as the clause's subject, or as an owner, is what was said
    assert quotes("Ana Ruiz said Monday was the hardest day of the strike.") == [
        ("Ana Ruiz", "Monday was the hardest day of the strike")]
    assert quotes("Ana Ruiz said Sunday's vote was a mistake.") == [("Ana Ruiz", "Sunday's vote was a mistake")]


def test_a_participle_with_its_own_subject_is_that_subjects_words():
    text = "The vote was close, with Ana Ruiz saying the plan was a disgrace and Tom Berg calling it a triumph."
    assert quotes(text) == [("Ana Ruiz", "the plan was a disgrace"), ("Tom Berg", "it a triumph")]


def test_a_quoted_word_a_person_called_something_is_that_persons_however_short():
    assert quotes('The board dropped the plan, which Ana Ruiz has referred to as "theatre" and a "sideshow".') == [
        ("Ana Ruiz", "theatre"), ("Ana Ruiz", "sideshow")]
    assert quotes('The plan, which Ana Ruiz called "reckless", was dropped.') == [("Ana Ruiz", "reckless")]
    # a name given to a thing, or a verdict denied, is nobody's words
    assert quotes('The ship, called "Sea Star", sank.') == []
    assert quotes('The plan, which Ana Ruiz did not call "reckless", was dropped.') == []


def test_a_second_report_after_a_semicolon_is_the_second_speakers():
    text = '"We won fair and square," Ana Ruiz said; her rival, Tom Berg, said the referee had been biased.'
    assert quotes(text) == [("Ana Ruiz", "We won fair and square"), ("Tom Berg", "the referee had been biased")]


def test_another_persons_words_in_a_relative_clause_are_not_part_of_a_speech_acts_object():
    text = ('Tom Berg chairs the board. Ana Ruiz criticised the board\'s decision, which Berg has referred to as '
            '"theatre" and a "sideshow".')
    assert quotes(text) == [("Ana Ruiz", "the board's decision"), ("Tom Berg", "theatre"), ("Tom Berg", "sideshow")]
    # a relative clause about the thing itself stays in what was criticised
    assert quotes("Ana Ruiz criticised the decision, which came after months of talks.") == [
        ("Ana Ruiz", "the decision, which came after months of talks")]


def test_a_reporting_verb_at_the_very_end_of_the_text_reports_nothing():
    # the words after "that" are missing: nothing to report, and no error looking for the day said on
    assert quotes("said Ana Ruiz, told Peter Lang that ") == []


def test_tried_to_argue_a_clause_is_saying_it_but_trying_to_add_a_thing_is_not():
    text = ("Ada Lindqvist has tried to suggest that she barely knows the mayor. Tom Berg sought to argue "
            "that the budget was too small. The council has been trying to add the question, \"Is the "
            "ferry late?\", to the survey. Karl Weiss refused to say whether the mayor was wrong.")
    assert quotes(text) == [("Ada Lindqvist", "she barely knows the mayor"),
                            ("Tom Berg", "the budget was too small")]


def test_begging_someone_to_act_is_a_request_made():
    text = 'Tom Berg spoke for an hour on Monday. He begged the council "not to forget" the flooded farms.'
    assert ("Tom Berg", "not to forget") in quotes(text)
    assert quotes("Ada Lindqvist begged the council to keep the library open.") == [
        ("Ada Lindqvist", "to keep the library open")]


def test_telling_someone_to_act_is_a_directive_given():
    assert quotes("Ada Lindqvist told the players to “believe in yourselves” before the game.") == [
        ("Ada Lindqvist", "to “believe in yourselves” before the game"), ("Ada Lindqvist", "believe in yourselves")]
    assert quotes("Ada Lindqvist told reporters that the library would stay open.") == [
        ("Ada Lindqvist", "the library would stay open")]


def test_reported_words_that_open_with_a_quotation_keep_its_opening_mark():
    text = 'Tom Berg spoke for an hour on Monday. He urged the council "not to forget" the flooded farms.'
    assert quotes(text) == [("Tom Berg", '"not to forget" the flooded farms'), ("Tom Berg", "not to forget")]


def test_according_to_a_description_is_the_one_person_so_described():
    text = ("In a report on Tuesday, Harbour Bank analyst Ada Lindqvist said the market had misread the results. "
            "That makes the shares cheap, according to the analyst.")
    assert quotes(text) == [("Ada Lindqvist", "the market had misread the results"),
                            ("Ada Lindqvist", "That makes the shares cheap")]


def test_comparing_attributing_and_linking_a_thing_to_another_are_verdicts():
    assert quotes("Ada Lindqvist attributed the jump in grain prices to the court's ruling.") == [
        ("Ada Lindqvist", "the jump in grain prices to the court's ruling")]
    assert quotes("Tom Berg linked the attack to the host's comments on the plan.") == [
        ("Tom Berg", "the attack to the host's comments on the plan")]
    assert quotes("Tom Berg spoke on Monday. The fire was attributed to an electrical fault.") == []
