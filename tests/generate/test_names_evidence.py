"""Names the small model calls persons that the article shows to be something else (a company after
"the company", a social network, a town after "Fort"), words it runs into a name (a sentence-opening
preposition, a broadcaster's acronym), and the full name a shorter mention stands for (a regnal
number, an Arabic article). Invented sentences; the model mislabels each as described."""
from __future__ import annotations

from quizapp.generate.article import Article


def names(text: str) -> set[str]:
    article = Article.read(text)
    return {article.people.person_name(t) for t in article.tokens} - {None}


def test_a_name_after_a_word_for_a_company_is_the_companys():
    # the model calls "Kestrel Therapeutics" a person
    assert names("The drug is now made by the Boston company Kestrel Therapeutics, which declined to "
                 "comment. Kestrel said it would appeal.") == set()
    # a person the company's name is followed by stays a person: "the company Tom Berg founded"
    assert names("He works for the company Tomas Berg founded in 1990.") == {"Tomas Berg"}


def test_a_social_network_is_no_person():
    assert names("Dana Holt said on Twitter that the vote was rigged. Her Twitter account has a million "
                 "followers.") == {"Dana Holt"}


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name():
    assert names("Following Brandt's ruling, the court of appeals issued a stay.") == {"Brandt"}


def test_a_broadcasters_acronym_before_a_name_is_no_part_of_it():
    assert names("Tomas Berg told NPR Ahmed Rahimi had been seen in Kabul.") == {"Tomas Berg", "Ahmed Rahimi"}


def test_a_fort_or_a_mount_is_a_place():
    assert names("Commuters from Fort Lee waited for hours. The mayor of Fort Lee said the delays were "
                 "deliberate.") == set()


def test_a_given_name_alone_is_the_monarch_with_the_regnal_number():
    assert names("Queen Margrethe II opened the session. Margrethe said the country was strong.") == {
        "Margrethe II"}


def test_a_surname_without_its_arabic_article_is_the_full_name():
    assert names("Gunmen shot al-Harbi outside his home. Karim Samir al-Harbi, a reporter, died later. "
                 "Colleagues praised Harbi's work.") == {"Karim Samir al-Harbi"}


def test_a_word_listed_with_places_is_a_place():
    assert names("The team visited Paris, Lyon and Nantes before meeting Tomas Berg.") == {"Tomas Berg"}
    assert names("Cases were reported in Lagos, Abuja, Kano and Okeke.") == set()


def test_a_plural_after_the_is_a_group():
    assert names("Aid is received by the Houthis, who control the port.") == set()


def test_an_acronym_opening_a_studios_name_stays_in_it():
    assert names("We recorded the album in his ARC Studio, Lagos, Nigeria, said Tomas Berg.") == {"Tomas Berg"}


def test_a_name_whose_words_report_he_or_she_is_a_person():
    # the model calls the first name a place and the second an organisation
    assert names("Dorota Kwiatkowska said she would resign. Kwiatkowska later denied it.") == {"Dorota Kwiatkowska"}
    assert names("Gáspár Maróth said he was pleased with the deal.") == {"Gáspár Maróth"}
    # the pronoun may mean a person named just before: the club stays no person
    assert names("Tom Berg was injured. Vale Rovers said he would miss the match.") == {"Tom Berg"}


def test_an_acronym_before_a_given_name_of_a_person_named_in_full_is_dropped():
    assert names("Tomas Berg told NPR Ahmed had been seen. Ahmed Rahimi was safe.") == {"Tomas Berg", "Ahmed Rahimi"}


def test_a_name_whose_words_report_his_or_her_thing_is_a_person():
    assert names("Gáspár Maróth said his ministry had bought the firm.") == {"Gáspár Maróth"}
    assert names("Harbour Holdings said its ministry had bought the firm.") == set()


def test_a_name_with_a_word_for_a_newspaper_is_a_paper():
    assert names("The sale, according to Gazeta Lubuska in May, is too big for one buyer. Corriere Adriatico "
                 "said the mayor would resign.") == set()


def test_a_surname_left_out_of_the_entity_is_a_surname_still():
    # the model labels "Superintendent Benigno" a person and leaves "Olivares" out
    text = ("According to Chief Superintendent Benigno Olivares of the police of the Eastern Region, the confirmed "
            "deaths are ten civilians. This revised downwards an earlier toll of 27 dead. Olivares further claimed "
            "90 civilians were wounded.")
    article = Article.read(text)
    bare = [t for t in article.tokens if t.text == "Olivares"][-1]
    assert article.people.person_name(bare) == "Benigno Olivares"


def test_he_or_she_after_a_place_or_a_body_speaking_of_someone_described_before_makes_no_person():
    assert names("A 30-year-old man was arrested on Monday. The raid ended at noon. Scotland Yard said he had "
                 "been charged.") == set()
    assert names("South Korea said he would be extradited.") == set()


def test_a_name_ending_in_a_plural_trade_word_or_a_landform_is_no_person():
    assert names("The Horizon was owned by Blue Aquatics and chartered by Worldwide Fishing Adventures.") == set()
    assert names("The base lies within the Nevada Test and Training Range.") == set()


def test_a_surname_ner_calls_a_nationality_is_the_person_as_a_subject():
    text = "The sculpture is by Maurizio Cattelan. \"Who would steal it?\" wrote Cattelan, the artist, in an e-mail."
    article = Article.read(text)
    bare = [t for t in article.tokens if t.text == "Cattelan"][-1]
    assert article.people.person_name(bare) == "Maurizio Cattelan"
