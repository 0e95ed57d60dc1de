"""Names the small model misreads as organisations or buildings, and title words it misreads as an
organisation: the article's own evidence (a word for a person before the name, a post in apposition)
decides who is a person; a name run that NER reads as a person but that goes on with "&" and more
capitalised words ("the Ann Berg Music & Arts Centre") opens an organisation's name. Invented
sentences; the names are ones the model labels ORG here (and one hand-labelled parse)."""
from __future__ import annotations

from quizapp.generate.extract import extract_facts

from extracted import links, quotes


def test_a_word_for_a_person_before_a_misread_name_makes_it_a_speaker():
    facts = extract_facts("Speaking to reporters, the senior archbishop Dominik Falk said, \"I am deeply "
                          "troubled by what I read in the report.\"")
    assert [q.speaker for q in facts.quotes] == ["Dominik Falk"]
    assert facts.statements == []  # not an organisation's statement
    assert [(a.person, a.role) for a in facts.affiliations] == [("Dominik Falk", "senior archbishop")]


def test_a_post_in_apposition_without_an_article_makes_a_misread_name_a_person():
    facts = extract_facts("Suman Kolar, chief executive of the museum, put the value of the painting at two "
                          "million dollars.")
    assert [(a.person, a.role) for a in facts.affiliations] == [("Suman Kolar", "chief executive of the museum")]


def test_a_company_in_apposition_to_a_job_a_company_can_do_stays_a_company():
    facts = extract_facts("Nordvik Interactive, developer of the game, said the update was \"a mistake\".")
    assert [q.speaker for q in facts.quotes] == []
    assert [s.organization for s in facts.statements] == ["Nordvik Interactive"]
    assert facts.affiliations == []


def test_a_club_after_a_job_noun_is_no_person():
    facts = extract_facts("The striker Real Madrid signed last year scored twice. The club Vale Rovers said, "
                          "\"We are delighted with the result tonight.\"")
    assert facts.quotes == []
    assert facts.affiliations == []


def test_title_words_labelled_as_an_organisation_are_the_persons_role():
    facts = extract_facts("\"Anyone with information should call us,\" said Detective Inspector Paul Grant. "
                          "He later met Taoiseach Sean Byrne.")
    assert [(a.person, a.organization, a.role) for a in facts.affiliations] == [
        ("Paul Grant", None, "Detective Inspector"), ("Sean Byrne", None, "Taoiseach")]


def test_a_town_run_into_the_name_after_mayor_of_stays_a_place():
    from quizapp.generate.article import Article

    text = ("A fire broke out in Koszewo on Friday. Mayor of Koszewo Piotr Malecki has declared a day of "
            "mourning. \"We grieve together,\" Malecki said.")
    facts = extract_facts(text)
    assert [(a.person, a.role) for a in facts.affiliations] == [("Piotr Malecki", "Mayor of Koszewo")]
    assert {q.speaker for q in facts.quotes} == {"Piotr Malecki"}
    article = Article.read(text)
    town = next(t for t in article.tokens if t.text == "Koszewo")  # "in Koszewo"
    assert not article.people.is_person(town)


def test_a_middle_initial_is_part_of_the_name():
    facts = extract_facts("The envoy served under former president Harold K. Brandt. \"We never met,\" said Brandt.")
    assert [(a.person, a.role) for a in facts.affiliations] == [("Harold K. Brandt", "former president")]
    assert [q.speaker for q in facts.quotes] == ["Harold K. Brandt"]


def test_first_lady_is_a_title_and_the_bare_surname_is_the_principal():
    from quizapp.generate.article import Article

    text = ("Governor Tomas Lindqvist said he and his wife First Lady Ana Lindqvist had tested positive. "
            "The Lindqvists' son tested negative, as did his aide Maria Lindqvist.\n\n\"We are fine,\" "
            "Lindqvist said.")
    article = Article.read(text)
    names = {article.people.person_name(t) for t in article.tokens} - {None}
    assert names == {"Tomas Lindqvist", "Ana Lindqvist", "Maria Lindqvist"}  # no "Lady Ana ...", no family
    assert [q.speaker for q in extract_facts(text).quotes if q.direct] == ["Tomas Lindqvist"]


def test_a_misread_name_of_a_member_of_a_party_who_speaks_is_a_person():
    facts = extract_facts("Dominik Stone of the Labour party said the vote was \"a disgrace to the town\".")
    assert {q.speaker for q in facts.quotes} == {"Dominik Stone"}  # the reported clause and its quoted words
    assert facts.statements == []
    facts = extract_facts("Nordvik Interactive of the Harbour league said the match was \"a farce\".")
    assert facts.quotes == []


def test_a_surname_mistyped_by_one_letter_is_still_the_speaker():
    text = ("Houthi spokesman Yusuf Barakat said the strikes would go on. \"Our targets will keep growing,\" "
            "Barakit said.")
    assert [q.speaker for q in extract_facts(text).quotes if q.direct] == ["Yusuf Barakat"]
    # two surnames one letter away: no guess
    text = ("Aid worker Lena Brandt and her colleague Ola Brandl met the press. \"We need water,\" Brando said.")
    assert "Lena Brandt" not in {q.speaker for q in extract_facts(text).quotes if q.direct}
    assert "Ola Brandl" not in {q.speaker for q in extract_facts(text).quotes if q.direct}


def test_a_lowercase_particle_is_part_of_the_name():
    from quizapp.generate.article import Article

    text = "Colonel Ramon dela Cruz said the road was closed. Officials in La Paz agreed."
    assert [q.speaker for q in extract_facts(text).quotes] == ["Ramon dela Cruz"]
    article = Article.read(text)
    assert {article.people.person_name(t) for t in article.tokens} - {None} == {"Ramon dela Cruz"}


def test_a_regnal_number_is_part_of_the_name():
    facts = extract_facts("The prime minister asked Queen Margrethe II to dissolve the parliament.")
    assert [(a.person, a.role) for a in facts.affiliations] == [("Margrethe II", "Queen")]


def test_an_arabic_article_joined_by_a_hyphen_is_part_of_the_name():
    from quizapp.generate.article import Article

    text = ("The convoy was met by Ahmed Karim al-Tamimi, who was also hurt. Militia spokesman Omar "
            "al-Sayed said the group would respond.")
    article = Article.read(text)
    names = {article.people.person_name(t) for t in article.tokens} - {None}
    assert names == {"Ahmed Karim al-Tamimi", "Omar al-Sayed"}


def test_streets_hospitals_and_studios_named_after_people_are_no_people():
    from quizapp.generate.article import Article

    text = ("The injured were taken to Saint Francis Hospital. Police closed Harold Berg Avenue. Dr. Ana Ruiz "
            "at Saint Francis said, \"We are ready.\" The album was made at Mira Lund Studios.")
    article = Article.read(text)
    assert {article.people.person_name(t) for t in article.tokens} - {None} == {"Ana Ruiz"}
    assert [q.speaker for q in extract_facts(text).quotes] == ["Ana Ruiz"]


def test_a_capitalised_common_word_or_a_possessed_word_is_no_person():
    from quizapp.generate.article import Article

    for text in ("Lava reaches the sea\n\nLava from the volcano reached the sea on Monday. The lava boiled the "
                 "water, said Tomas Berg, a geologist.",
                 "Tomas Berg said that he was retiring. He thanked his Majesty and his fans."):
        article = Article.read(text)
        assert {article.people.person_name(t) for t in article.tokens} - {None} == {"Tomas Berg"}


def test_a_birth_name_is_not_the_name_a_later_surname_means():
    text = ("Ginny Lund was born Virginia Mae Lund in 1950. Lund said, \"I started singing in church.\"")
    assert [q.speaker for q in extract_facts(text).quotes] == ["Ginny Lund"]


def test_first_lady_is_a_role_and_lady_alone_an_honorific():
    facts = extract_facts("President Tom Berg and his wife First Lady Ana Berg tested positive.")
    assert [(a.person, a.role) for a in facts.affiliations] == [("Tom Berg", "President"), ("Ana Berg", "First Lady")]
    facts = extract_facts("Lady Gaga said the show was \"a dream\". An elderly lady said the bus was late.")
    # her reported words and the quoted "a dream" inside them are both hers; the lady is nobody named
    assert {q.speaker for q in facts.quotes} == {"Lady Gaga"}
    assert facts.affiliations == []


def test_a_post_after_the_in_apposition_makes_a_misread_name_a_person_and_a_speaker():
    # the model calls "Zsombor Ráthó" an organisation at both mentions
    facts = extract_facts("The weekly interviewed Zsombor Ráthó, the national police commissioner. "
                          "Ráthó said the case was closed.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [("Zsombor Ráthó", "the case was closed")]
    assert [(a.person, a.role) for a in facts.affiliations] == [("Zsombor Ráthó", "national police commissioner")]


def test_a_name_ending_in_a_companys_legal_form_is_no_speaker():
    # the model calls "Dunavölgy Gépipari Kft" a person
    facts = extract_facts("Dunavölgy Gépipari Kft. said on Monday that the sale was final.")
    assert facts.quotes == []


def test_a_company_word_after_a_name_makes_it_the_companys():
    assert quotes("The developer, Acme Energy, says the turbines will power 9,000 homes.") == []


def test_a_portfolio_of_two_words_is_the_titles_not_the_name():
    text = "Minister of Mineral Resources Sarah Miller said her inspectors would visit the mine."
    assert quotes(text) == [("Sarah Miller", "her inspectors would visit the mine")]
    assert links(text) == [("Sarah Miller", None, "Minister of Mineral Resources")]


def test_a_given_name_and_a_particle_make_a_name_ner_missed():
    assert quotes("Ana de la Cruz said the two companies had discussed a merger.") == [
        ("Ana de la Cruz", "the two companies had discussed a merger")]


def test_a_state_broadcasters_name_is_no_person():
    text = "Sarah Miller told the state broadcaster ATV that she was disappointed."
    assert quotes(text) == [("Sarah Miller", "she was disappointed")]
    assert links(text) == []


def test_a_double_barrelled_surname_ner_took_for_a_date_is_the_persons():
    text = ('The school board approved a budget on Monday.\n\nSuperintendent Angela Whitfield-Soto told board '
            'members the district had few options.\n\n"Nobody wanted this," Whitfield-Soto said.')
    assert quotes(text) == [("Angela Whitfield-Soto", "the district had few options"),
                            ("Angela Whitfield-Soto", "Nobody wanted this")]


def test_a_nickname_in_quotation_marks_stays_inside_the_name():
    text = 'Commission Chairwoman Sarah "Sally" Miller said the vote would be held in May.'
    assert quotes(text) == [("Sarah Miller", "the vote would be held in May")]
    assert links(text) == [("Sarah Miller", None, "Commission Chairwoman")]


def test_a_headlines_capitalised_word_before_a_given_name_is_no_part_of_the_name():
    from quizapp.generate.article import Article

    text = ("A Chastened Tom Berg Tries a Different Message: Staying on Topic\n\nMonday, May 4, 2020\n\n"
            "After weeks of delays, Tom A. Berg has begun to rebuild his campaign. Mr. Berg said the "
            "bridge would open in June.")
    article = Article.read(text)
    assert {article.people.person_name(t) for t in article.tokens} - {None} == {"Tom Berg", "Tom A. Berg"}
    assert [q.speaker for q in extract_facts(text).quotes] == ["Tom A. Berg"]


def test_a_place_ner_once_calls_a_person_stays_a_place():
    text = ("Dallas sweltered again on Monday. \u201cIt is not just hot, it is humid too,\u201d said weather "
            "expert Tom Berg of the University of Dallas. The storms of last spring, which closed Zoo Dallas "
            "for a week, came with a strong drought. Dallas schools closed early, and Dallas has had its "
            "warmest year on record, the Dallas Herald reported.\n\nThis year\u2019s heat is much more "
            "local, he said.")
    assert [q.speaker for q in extract_facts(text).quotes] == ["Tom Berg", "Tom Berg"]


def test_a_name_always_written_after_an_article_is_a_things():
    text = ("Tom Berg studies the weather. The dry spell came with a fierce La Sequ\u00eda spreading "
            "summer across the coast. This spring\u2019s drought is milder, he said.\n\nAcross the region, "
            "the La Sequ\u00eda ended in March.")
    assert [q.speaker for q in extract_facts(text).quotes] == ["Tom Berg"]


def test_a_lone_name_always_written_after_the_is_no_speaker():
    # the model reads the newspaper as a person; "he said, according to" it relays Berg's words
    text = ("In May, Tom Berg toured the docks at Dunmore. Ferry crews \"say we need a bigger pier for the "
            "boats by next summer,\" he said Tuesday, according to the Chronicler of Dunmore.")
    assert {q.speaker for q in extract_facts(text).quotes} == {"Tom Berg"}


def test_a_person_run_that_goes_on_with_an_ampersand_opens_an_organisations_name():
    # NER reads a facility named for people as a person; hand-labelled so the test does not hang
    # on what the model makes of one sentence
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from quizapp.generate.names.people import People

    words = ["Lena", "Hart", "opened", "the", "Ann", "Berg", "Music", "&", "Arts", "Centre", "on", "Friday", "."]
    spaces = [True] * 11 + [False, False]
    tags = ["NNP", "NNP", "VBD", "DT", "NNP", "NNP", "NNP", "CC", "NNP", "NNP", "IN", "NNP", "."]
    pos = ["PROPN", "PROPN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP", "PROPN",
           "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O",
            "B-DATE", "O"]
    doc = Doc(Vocab(), words=words, spaces=spaces, tags=tags, pos=pos, ents=ents)
    people = People(doc)
    assert people.is_person(doc[1]) and not people.is_person(doc[6])


def test_an_abbreviated_post_inside_a_name_run_is_no_part_of_the_name():
    text = "The Rovers lost. Rovers DL Marcus Whitfield said the referee ought to face a ban next season."
    quotes = [(q.speaker, q.text) for q in extract_facts(text).quotes]
    assert quotes == [("Marcus Whitfield", "the referee ought to face a ban next season")]


def test_a_given_name_and_surname_read_as_a_place_speak_as_i_later():
    text = ("Argentina beat Chile 3-0, with Carlos Mendez beating Tomas Ruiz 7-5, 6-2 and Lucas Feldstein "
            "defeating Luis Mora 6-2, 6-2.\n\n"
            '"I served better than I have all year," the 20th-ranked Feldstein said.')
    quotes = [(q.speaker, q.text) for q in extract_facts(text).quotes]
    assert quotes == [("Lucas Feldstein", "I served better than I have all year")]


def test_a_lowercase_job_between_an_outlet_and_a_given_name_makes_a_person():
    facts = extract_facts("The senator linked the attack to Channel Nine host Megan Darrow’s comments on the ban.")
    assert [(a.person, a.organization, a.role) for a in facts.affiliations] == [
        ("Megan Darrow", "Channel Nine", "host")]


def test_an_outlet_and_acronym_titles_before_a_person_ner_starts_later_are_not_the_name():
    text = "Harbour Radio NFL Insider Jason La Marca has reported that the league will fine the coach."
    quotes = [(q.speaker, q.text) for q in extract_facts(text).quotes]
    assert quotes == [("Jason La Marca", "the league will fine the coach")]


def test_a_given_name_the_tagger_reads_as_a_modal_still_names_the_speaker():
    text = ('"It was a plain effort to fool the public," Will Danby, chief executive of the charity Clear Facts, '
            'told the BBC.')
    quotes = [(q.speaker, q.text) for q in extract_facts(text).quotes]
    assert quotes == [("Will Danby", "It was a plain effort to fool the public")]


def test_a_given_name_in_brackets_before_a_surname_makes_the_full_name():
    # NER calls the bare surname an organisation once; the bracketed given name says it is a person's
    text = ("“Coach (Frank) Hollis walked in and told us, 'Well done,' and I figured he was kidding,” Ruiz said.\n\n"
            "Hollis has given Ruiz the ball all season, and the Harbour Hawks have won five straight.\n\n"
            "“She’s simply playing great hockey,” Hollis said. “There’s no reason she can’t keep it up.”\n\n"
            "Hollis gave the starters Monday off before the trip to Marlow.")
    assert [q.speaker for q in extract_facts(text).quotes] == ["Ruiz", "Frank Hollis", "Frank Hollis"]


def test_a_hyphenated_given_name_opens_a_persons_name():
    facts = extract_facts("The bridge was closed for two days, according to Mei-Ann Tso of the Harbour Post.")
    assert [(q.speaker, q.text) for q in facts.quotes] == [("Mei-Ann Tso", "The bridge was closed for two days")]
    assert [(a.person, a.organization) for a in facts.affiliations] == [("Mei-Ann Tso", "Harbour Post")]
