"""Forms found among the misses of two former held-out sets (tests/data/dev16, dev17): state
legislators' titles, a pronoun subject carried over from the sentence before. The sentences are
invented."""
from __future__ import annotations

from extracted import links, quotes
from extraction_gold import DATA


def test_an_assemblywoman_is_a_person_with_a_title_not_an_organisation():
    text = 'Newly elected Assemblywoman Rosa Delgado said, "We finally have the votes we need."'
    assert quotes(text) == [("Rosa Delgado", "We finally have the votes we need.")]
    assert links(text) == [("Rosa Delgado", None, "Assemblywoman")]


def test_a_pronoun_subject_carried_over_from_the_sentence_before_is_the_same_person():
    text = ("Ada Lin retired on Monday.\n\nLin had a son with her first husband, Tom Berg. She was later "
            "married to Karl Weiss and Paul Brandt, whom she left in 1990. She said Berg had lied to her about money.")
    assert ("Ada Lin", "Berg had lied to her about money") in quotes(text)


def test_a_carried_over_pronoun_is_not_taken_from_a_sentence_with_another_named_subject():
    text = "Ada Lin met Tom Berg on Monday. Berg was tired. He said the talks had failed."
    assert quotes(text) == [("Tom Berg", "the talks had failed")]


def test_a_quotation_after_addressing_an_audience_and_a_colon_is_the_speakers():
    text = 'Governor Ada Lin addressed reporters: "Nobody should underestimate this flood. The river keeps rising."'
    assert ("Ada Lin", "Nobody should underestimate this flood. The river keeps rising.") in quotes(text)


def test_describing_a_person_before_a_colon_gives_the_describers_words():
    text = ('Tom Berg is a famous singer.\n\nDesigner Ada Lin described Berg to the radio in 2002: '
            '"He was a kind man. He was everything a singer should be."')
    assert ("Ada Lin", "He was a kind man. He was everything a singer should be.") in quotes(text)


def test_telling_what_one_lived_through_with_a_gerund_is_a_statement():
    assert quotes("Tom Berg, of the district council, described seeing twenty wounded people at the clinic.") == [
        ("Tom Berg", "seeing twenty wounded people at the clinic")]
    assert quotes("Ada Lin described being held in a small cell for a week.") == [
        ("Ada Lin", "being held in a small cell for a week")]


def test_a_gerund_that_is_not_an_account_is_no_statement():
    assert quotes("Ada Lin enjoyed seeing her friends. The firm reported rising profits.") == []


def test_saying_after_a_preposition_of_time_is_the_main_subjects():
    text = "Ada Lin resigned on Friday after saying the company had lied."
    assert quotes(text) == [("Ada Lin", "the company had lied")]


def test_an_ambassador_to_a_country_before_the_name_is_a_title():
    text = "US Ambassador to Norway Tom Berg said the ban was overdue."
    assert quotes(text) == [("Tom Berg", "the ban was overdue")]
    assert links(text) == [("Tom Berg", None, "US Ambassador to Norway")]


def test_reported_words_whose_verb_is_quoted_are_one_statement_with_the_quoted_words_apart():
    text = ('Ada Lin claimed, for instance, the firm had "paid the militia for many years across the '
            'region," by routing money through a bank.')
    assert quotes(text) == [
        ("Ada Lin", 'for instance, the firm had "paid the militia for many years across the region," by routing money through a bank'),
        ("Ada Lin", "paid the militia for many years across the region")]


def test_a_plural_title_over_names_each_of_a_place_gives_each_the_title_of_that_place():
    text = "At the summit Presidents Tom Berg of Norland and Karl Weiss of Westland signed a pact."
    assert links(text) == [("Tom Berg", None, "President of Norland"), ("Karl Weiss", None, "President of Westland")]


def test_sworn_in_as_a_post_gives_the_post_without_the_date_after_it():
    assert links("Tom Berg was sworn in as mayor of Marlow on Tuesday.") == [("Tom Berg", None, "mayor of Marlow")]
    assert links("Tom Berg took over as mayor of Marlow on Friday.") == [("Tom Berg", None, "mayor of Marlow")]


def test_a_draftsman_is_a_job():
    text = "Tom Berg retired last week. He worked as a draftsman at a shipyard for ten years."
    assert links(text) == [("Tom Berg", None, "draftsman")]


def test_an_assurance_or_warning_with_a_that_clause_is_what_the_subject_said():
    assert quotes("Ada Lin gave an assurance that no jobs would be lost.") == [("Ada Lin", "no jobs would be lost")]
    assert quotes("Ada Lin issued a warning that the river could flood by Friday.") == [
        ("Ada Lin", "the river could flood by Friday")]
    assert quotes("Ada Lin repeated her claim that the count was wrong.") == [("Ada Lin", "the count was wrong")]


def test_a_bare_point_or_warning_says_nothing_the_article_gives():
    assert quotes("Ada Lin made the point. Tom Berg issued a warning.") == []


def test_the_holder_of_a_post_of_a_place_named_later_speaks_for_the_description_before():
    text = ("The governor of Westland announced a ban on fishing on Thursday.\n\n"
            'Governor Tom Berg addressed reporters: "The ban will protect the coast. It will last a year."')
    assert ("Tom Berg", "a ban on fishing on Thursday") in quotes(text)


def test_a_description_with_an_age_beside_it_is_the_person_so_titled():
    text = "Princess Ada Lin arrived on Friday.\n\nOn Sunday the princess, 58, announced her support for the new law."
    assert quotes(text) == [("Ada Lin", "her support for the new law")]


def test_a_colon_quotation_after_opposing_someone_elses_statement_is_the_opposers():
    text = ('President Ada Lin opposed Tom Berg\'s statement: "His suggestion that we be left out of the '
            'talks is simply wrong."')
    assert quotes(text) == [("Ada Lin", "His suggestion that we be left out of the talks is simply wrong.")]


def test_a_ships_name_after_its_prefix_is_no_person_even_with_a_title_inside():
    assert links("Their boat, MV Ada Lin, was formerly MV Professor Tom Berg.") == []


def test_titles_listed_with_commas_before_a_name_are_each_the_persons():
    text = "Dutch sculptor, writer, and climate campaigner Ada Lin opened a show in Leiden on Friday."
    assert sorted(links(text)) == [("Ada Lin", None, "Dutch sculptor"), ("Ada Lin", None, "climate campaigner"),
                                   ("Ada Lin", None, "writer")]


def test_a_title_joined_by_and_alone_before_a_titled_name_is_the_persons_too():
    text = "“It is fun,” Nova chemist and study co-author Ada Lin said."
    assert links(text) == [("Ada Lin", None, "co-author"), ("Ada Lin", None, "chemist")]
    text = "“We found water,” mission engineer and Harbour Space geologist Ada Lin said on Monday."
    assert links(text) == [("Ada Lin", "Harbour Space", "geologist"), ("Ada Lin", None, "mission engineer")]


def test_people_listed_before_a_titled_name_are_not_its_titles():
    assert links("He met the actor, and director Ada Lin said so.") == [("Ada Lin", None, "director")]


def test_no_statement_runs_into_another_sources_report_or_the_writers_narration():
    """On a development article (dev16): a report by a broadcaster after a semicolon, and the writer's
    own words after "and" following a quotation, were given to the speaker before them."""
    words = [text for _, text in quotes((DATA / "dev16" / "gdansk_mayor_stabbed.txt").read_text(encoding="utf-8"))]
    assert any(w.startswith("Adamowicz required resuscitation") for w in words)
    assert not any("TVN24" in w or "half-mast" in w for w in words)


def test_reported_words_end_before_a_participle_bringing_in_another_source():
    text = ("Police spokesman Ada Lin said a forged pass was shown by the intruder, reported by the Herald as "
            "a former guard, to enter the hall.")
    assert quotes(text) == [("Ada Lin", "a forged pass was shown by the intruder")]


def test_a_lone_word_that_only_reports_is_an_outlet_not_a_person():
    text = "Korvan reports the director, Tom Berg, has ties to the army. Ada Lin said the ban was overdue."
    assert "Korvan" not in [who for who, _ in quotes(text)]


def test_a_bare_participle_after_a_quotation_of_two_sentences_goes_on_with_its_speaker():
    text = ('State Senator Ada Lin remarked, "It has been a long, hard fight. I am starting to see the fruits '
            'of my labor," further remarking, "Women in this state have waited for this day."')
    assert ("Ada Lin", "Women in this state have waited for this day.") in quotes(text)


def test_a_sentence_starts_on_a_line_only_after_a_mark_that_may_end_one():
    from quizapp.generate.nlp import parse

    doc = parse("News\n\nHarbour University President Ada Lin said the campus would close. \"It is sad,\" she said.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["News", "Harbour", '"']
    assert links("Harbour University President Ada Lin said the campus would close.") == [
        ("Ada Lin", "Harbour University", "President")]


def test_a_place_after_a_titles_of_is_where_it_is_held_not_an_employer():
    assert links("The Archbishop of Westmark, Tom Hale, visited the hospital in Westmark.") == [
        ("Tom Hale", None, "Archbishop of Westmark")]
    assert links("The director of Norvel Energy, Tom Berg, visited the ward.") == [("Tom Berg", "Norvel Energy", "director")]
