"""Questions a teacher would reject, on made-up sentences: impossible or give-away options, a
blank whose sentence tells the answer, a figure asked twice, a question that keeps no word of
which event it means."""
import random

from quizapp.generate import distractors as dis
from quizapp.generate import numbers
from quizapp.generate.facts import Affiliation, Facts, Figure, Quote
from quizapp.generate.extract import extract_facts
from quizapp.generate.questions import generate_questions
from quizapp.generate.questions.common import build_context
from quizapp.generate.questions.who_said import ask_true_false
from quizapp.generate.questions.figure_wording import ask
from quizapp.generate.questions.quote_wording import wording


def _fig(text, words, at=0):
    i = text.index(words, at)
    return Figure(words, "", "", i, i + len(words))


def _asked(text, *words):
    return generate_questions(text, Facts(figures=[_fig(text, w) for w in words]))


def _values(options):
    return [numbers.find_quantity(o).values[0] for o in options]


def test_an_age_has_ages_a_person_reaches_as_options():
    for text in ("The singer died on Tuesday at age 65 after a long illness.",
                 "The painter, reportedly aged about 68, had been ill for a year."):
        [q] = _asked(text, "65" if "65" in text else "about 68")
        assert all(50 <= v <= 85 for v in _values(q.options)), q.options


def test_no_option_is_a_simple_multiple_of_the_key():
    for seed in range(20):
        wrong = dis.numeric_distractors(numbers.find_quantity("235"), random.Random(seed))
        assert len(wrong) == 3
        assert not any(v / 235 in (0.5, 1.5, 2.0, 3.0) for v in _values(wrong)), wrong


def test_a_blank_is_not_asked_where_the_sentence_tells_it():
    text = ("The oil field is about 160 km (100 miles) east of the capital. "
            "They went into the break down by only two points, 12 points to 10. "
            "The band recorded only one studio album before it split up. "
            "The second blast hit the crowd; between the two blasts dozens of shops burned.")
    assert _asked(text, "about 160 km", "two points", "one studio album", "two blasts") == []


def test_a_number_that_stands_for_an_unsaid_noun_is_no_blank():
    text = ("The challenger, who held the seat for a decade, received 192. "
            "We turned the game around after their first two, the coach said.")
    assert _asked(text, "192", "two") == []


def test_a_definite_number_repeating_an_earlier_figure_is_not_asked_again():
    text = ("A fire killed five girls at an escape room in the town on Friday. "
            "Officials said all five deaths were caused by carbon monoxide poisoning.")
    facts = Facts(figures=[_fig(text, "five girls"), _fig(text, "five deaths")])
    assert [q.evidence[0].text.startswith("A fire") for q in generate_questions(text, facts)] == [True]


def test_a_bare_toll_is_not_asked_where_the_article_gives_another():
    text = ("The collapse of the building killed 39 residents, officials said on Monday. "
            "A bus exploded outside the town hall on Tuesday. Officials said three people died.")
    questions = _asked(text, "39 residents", "three people")
    assert not any(q.prompt.startswith("How many people died?") for q in questions)


def test_a_date_after_the_counted_noun_goes_to_the_end_and_a_capital_stays_on_a_name():
    [q] = _asked("Saudi officials said there were over 1,000 deaths on Wednesday.", "over 1,000 deaths")
    assert q.prompt.startswith("According to Saudi officials, how many deaths were there on Wednesday?")


def test_a_time_phrase_between_subject_and_verb_goes_to_the_end():
    [q] = _asked("Ana Ruiz on Tuesday admitted her guilt in eight frauds.", "eight frauds")
    assert q.prompt.startswith("In how many frauds did Ana Ruiz admit her guilt on Tuesday?")


def test_options_of_a_question_drop_the_capital_of_a_sentence_start():
    [q] = _asked("Three children were taken to hospital after the crash this morning.", "Three children")
    assert q.answer == "three" and all(o[:1].islower() for o in q.options)


# ---- who said, organisations, roles ----

def _quote(text, words, speaker):
    i = text.index(words)
    return Quote(speaker, words, i, i + len(words), True)


def test_one_name_spelled_two_ways_is_one_person_and_never_two_options():
    names = dis.fullest_names(["Jarosław Kowalczyk", "Jaroslaw Kowalczyk", "Kowalczyk", "Ana Ruiz"])
    assert names["Jaroslaw Kowalczyk"] == names["Kowalczyk"] == "Jarosław Kowalczyk"


def test_a_person_sharing_the_keys_surname_is_no_wrong_option():
    text = ('"We will rebuild the mill by spring," said Tom Berg. "The town needs the jobs," said Ana Ruiz. '
            '"Prices will rise again," said Lena Berg. "The river is safe now," said Omar Haddad. '
            '"Nobody told us about the plan," said Ivo Petrov.')
    facts = Facts(quotes=[_quote(text, q, s) for q, s in (
        ("We will rebuild the mill by spring,", "Tom Berg"), ("The town needs the jobs,", "Ana Ruiz"),
        ("Prices will rise again,", "Lena Berg"), ("The river is safe now,", "Omar Haddad"),
        ("Nobody told us about the plan,", "Ivo Petrov"))])
    for q in generate_questions(text, facts):
        if q.type == "single_choice" and q.answer in ("Tom Berg", "Lena Berg"):
            assert not {"Tom Berg", "Lena Berg"} <= set(q.options), q.options


def test_an_acronym_and_its_words_are_one_option():
    assert dis.same_organisation("U.S. President", "United States President")
    assert dis.same_organisation("UK Prime Minister", "United Kingdom Prime Minister")
    assert not dis.same_organisation("US Army", "United Nations")


def test_a_person_a_title_word_or_a_bare_noun_is_no_organisation():
    from quizapp.generate.questions.common import usable_organisation

    text = ("An attendee Om Verma said the food was good. Tom Hale, chief executive of the museum, said "
            "it was insured. Secretary of State Ana Ruiz and Supreme Leader Ali Navid met the agency.")
    for name in ("Om Verma", "Tom Hale", "State", "Supreme", "agency", "Detective"):
        assert not usable_organisation(name, text), name
    assert usable_organisation("Harbour Board", text) and usable_organisation("the island's power authority", text)


def test_a_role_that_a_loose_description_may_share_is_no_wrong_option():
    text = ("Rock drummer Tom Berg died. Fellow drummer Ivo Petrov praised him. "
            "Health Minister Lena Ott and Emergencies Minister Omar Haddad visited.")
    facts = Facts(affiliations=[Affiliation(p, None, r, text.index(p), text.index(p) + len(p)) for p, r in (
        ("Tom Berg", "rock drummer"), ("Ivo Petrov", "fellow drummer"),
        ("Lena Ott", "Health Minister"), ("Omar Haddad", "Emergencies Minister"))])
    for q in generate_questions(text, facts):
        assert not {"rock drummer", "fellow drummer"} <= set(q.options), q.options
    assert any({"Health Minister", "Emergencies Minister"} <= set(q.options) for q in generate_questions(text, facts))


def test_a_reported_statement_is_asked_only_as_a_whole_clause():
    from quizapp.generate.questions.quote_wording import wording

    text = ("Ana Ruiz announced the measure at the daily briefing. Tom Berg said unspecified foreign "
            "agents were involved in the riots. Lena Ott said it was done with the help of \"friends\".")
    def worded(words, speaker):
        i = text.index(words)
        return wording(Quote(speaker, words, i, i + len(words), False), text)
    assert worded("the measure at the daily briefing", "Ana Ruiz") is None
    assert worded("unspecified foreign agents were involved in the riots", "Tom Berg")[0] == "that"
    assert worded("it was done with the help of", "Lena Ott") is None


def test_two_wrong_options_never_share_a_surname():
    got = dis.choose("Ana Ruiz", [["Tom Berg", "Lena Berg", "Omar Haddad", "Ivo Petrov"]], random.Random(4),
                     people=True)
    assert not {"Tom Berg", "Lena Berg"} <= set(got)


def test_a_bare_or_cut_role_is_not_asked():
    from quizapp.generate.questions.affiliations import _usable_role

    assert not _usable_role("chief") and not _usable_role("Finance and Minister of Economy")
    assert not _usable_role("sister") and not _usable_role("Lord President of the court decided")
    assert _usable_role("Minister of Finance and Economy") and _usable_role("guitarist")


def test_an_aside_between_dashes_is_left_out_of_a_reported_statement():
    from quizapp.generate.questions.quote_wording import wording

    text = "According to the BBC, it is usual for new cabinets — Lin took office in May — to act fast."
    words = "it is usual for new cabinets — Lin took office in May — to act fast"
    i = text.index(words)
    assert wording(Quote("BBC", words, i, i + len(words), False), text) == (
        "that", "that it is usual for new cabinets to act fast")


def test_a_share_after_over_has_no_option_at_a_hundred_percent_or_above():
    for seed in range(20):
        wrong = dis.numeric_distractors(numbers.find_quantity("over 80%"), random.Random(seed), at_most=100)
        assert all(v < 100 for v in _values(wrong)), wrong


def test_an_alternative_or_a_spelled_conversion_gives_the_blank_away():
    text = ("The team has found several of the wrecks, three or four by some counts, near the coast. "
            "The survey placed the epicentre about eight kilometres (five miles) south of the town.")
    assert _asked(text, "three", "about eight kilometres") == []


def test_the_capital_of_a_sentence_start_leaves_the_options():
    [q] = _asked("At least eight more people were taken to hospital on Friday night.", "At least eight")
    assert q.answer == "at least eight" and all(o.startswith("at least") for o in q.options)


def test_a_joined_verb_keeps_its_own_tense_and_be_is_inverted_as_be():
    [q] = _asked("Tom Berg was convicted of fraud and served eight years of his sentence.", "eight years")
    assert "did Tom Berg serve?" in q.prompt and "was Tom Berg" not in q.prompt
    [q] = _asked("According to the report, the cleaning is complete in under five minutes.", "under five minutes")
    assert "is the cleaning complete" in q.prompt and " be " not in q.prompt


def test_a_title_before_a_name_gives_the_name_as_the_subject():
    [q] = _asked("The former mayor of the city, Ana Ruiz, won three races.", "three races")
    assert q.prompt.startswith("How many races did Ana Ruiz win?")


def test_a_number_word_after_that_is_lower_case_and_an_acronym_keeps_its_capitals():
    from quizapp.generate.questions.quote_wording import lower_first

    assert lower_first("Fourteen people were hurt", "Fourteen people were hurt.") == "fourteen people were hurt"
    [q] = _asked("ABS-CBN has been broadcasting for 65 years across the islands.", "65 years")
    assert "ABS-CBN" in q.prompt


def test_a_number_between_commas_after_a_person_has_ages_as_options():
    [q] = _asked("The eldest was found in the house. Another brother, 22, was still locked in a room.", "22")
    assert all(10 <= v <= 35 for v in _values(q.options)), q.options
    [q] = _asked("The new council has the most women, 102, and the most young members in its history.", "102")
    assert any(v < 80 or v > 125 for v in _values(q.options)), q.options  # a count, not an age


def test_a_long_statement_is_cut_before_a_hanging_clause_not_mid_phrase():
    from quizapp.generate.questions.quote_wording import trim

    text = ("the committee says it has found no trace of explosives in the flats on the third floor of "
            "the block despite a local paper claiming a source described one flat as a depot ahead of a plan")
    assert trim(text) == "the committee says it has found no trace of explosives in the flats on the third floor of the block…"


def test_a_long_quotation_is_cut_at_the_end_of_a_sentence():
    from quizapp.generate.questions.quote_wording import trim

    text = ("I told the board last night that its services are no longer needed at the harbour office. "
            "I disagreed strongly with many of its plans, as did others in the council, and so I asked it to go.")
    assert trim(text) == "I told the board last night that its services are no longer needed at the harbour office…"


def test_a_figure_in_a_question_the_article_quotes_gives_no_key():
    text = ("The coastguard received a call at 3 a.m. from the harbour. The dispatcher asked: \"And there's "
            "33 people on board the vessel, they can't get off?\" Crews reached the vessel within 40 minutes.")
    assert not any("33" in str(q.answer) for q in _asked(text, "33 people", "40 minutes"))


def test_a_contracted_there_is_becomes_are_in_a_how_many_question():
    sentence = "By noon there's 33 people on board the vessel in the harbour."
    at = sentence.index("33")
    asked = ask(sentence, at, at + 2, sentence)
    assert asked is not None and asked.prompt.startswith("How many people are there")


def test_a_party_is_asked_among_parties_and_a_body_never_among_parties():
    text = ("Ana Ruiz of the Harbour Council spoke first. Tom Berg of the Port Authority agreed. Lena Ott of the "
            "River Board left. Kai Moe of the Labour Party, Omar Haddad of the Green Party and Ivo Petrov of the "
            "Liberal Party and Eva Lund of the Farmers Party voted against.")
    facts = Facts(affiliations=[Affiliation(p, o, None, text.index(p), text.index(p) + len(p)) for p, o in (
        ("Ana Ruiz", "Harbour Council"), ("Tom Berg", "Port Authority"), ("Lena Ott", "River Board"),
        ("Kai Moe", "Labour Party"), ("Omar Haddad", "Green Party"), ("Ivo Petrov", "Liberal Party"),
        ("Eva Lund", "Farmers Party"))])
    asked = [q for q in generate_questions(text, facts) if q.id.startswith("affiliation-")]
    assert asked
    for q in asked:
        parties = [o.endswith("Party") for o in q.options]
        assert all(parties) or not any(parties), q.options
        assert ("which party" in q.prompt) == q.answer.endswith("Party"), q.prompt


def _asked_at(sentence, words):
    at = sentence.index(words)
    return ask(sentence, at, at + len(words), sentence)


def test_a_figure_in_a_relative_clause_is_not_asked_without_what_the_clause_is_about():
    assert _asked_at("A trial is underway in which eleven people have been charged with the murder.", "eleven") is None


def test_a_share_after_have_been_keeps_the_auxiliary_in_its_place():
    asked = _asked_at("Past outbreak mortality rates have been at least 25%, as high as 90%.", "at least 25")
    assert asked is not None and asked.prompt == "What have outbreak mortality rates been?"


def test_a_plural_title_over_two_names_is_asked_in_the_singular():
    text = "Foreign Ministers Ada Lin and Tom Berg met in Oslo. Mayor Ana Ruiz of Marlow welcomed them. Senator Joe Park spoke."
    facts = Facts(affiliations=[Affiliation("Ada Lin", None, "Foreign Ministers", 0, 39),
                                Affiliation("Tom Berg", None, "Foreign Ministers", 0, 39),
                                Affiliation("Ana Ruiz", None, "Mayor", 51, 65),
                                Affiliation("Joe Park", None, "Senator", 95, 111)])
    assert _described(generate_questions(text, facts))["Ada Lin"] == "Foreign Minister"


def test_one_of_a_groups_members_and_a_post_of_the_same_kind_are_not_both_offered():
    text = ("Lead author Tom Berg said the frogs were new. Ivo Petrov, one of the study's authors, agreed. "
            "Guitarist Ana Ruiz wept. Singer Kai Moe sang.")
    facts = Facts(affiliations=[Affiliation(p, None, r, text.index(p), text.index(p) + len(p)) for p, r in (
        ("Tom Berg", "Lead author"), ("Ivo Petrov", "one of the study's authors"), ("Ana Ruiz", "guitarist"),
        ("Kai Moe", "singer"))])
    questions = generate_questions(text, facts)
    assert {"Tom Berg", "Ivo Petrov"} & set(_described(questions))
    for q in questions:
        assert not {"Lead author", "one of the study's authors"} <= set(q.options), q.options


def test_a_relative_known_by_one_name_is_a_person_not_an_organisation():
    text = ("Singer dies at 41\n\nMonday, March 2, 2020\n\nHis wife, Amanda, told fans the singer had died of a rare "
            "lung disease that had kept him off the stage since October. Tom Berg, his manager, said the band would "
            "play one last concert in his memory. Ana Ruiz, the band's drummer, said the tour had been cancelled.\n")
    facts = Facts(quotes=[_quote(text, w, who) for w, who in [
        ("the singer had died of a rare lung disease that had kept him off the stage since October", "Amanda"),
        ("the band would play one last concert in his memory", "Tom Berg"),
        ("the tour had been cancelled", "Ana Ruiz")]])
    questions = generate_questions(text, facts)
    assert not any("organisation" in q.prompt for q in questions)
    assert any("Amanda" in (q.options or []) or "Amanda said" in q.prompt for q in questions)


FERRY = ("Ferry fire kills 12 on Lake Dunmore\n\nMonday, March 2, 2020\n\n"
         "A fire on a ferry killed 12 passengers on Lake Dunmore on Sunday. The ferry was carrying 340 people "
         "when the fire broke out in its engine room.\n")


def test_a_figure_the_headline_gives_is_not_asked():
    questions = generate_questions(FERRY, extract_facts(FERRY))
    assert questions and not any(q.answer in ("12", 12, "twelve") for q in questions)


def test_a_headline_figure_is_asked_where_the_article_offers_nothing_else():
    text = FERRY.replace(" The ferry was carrying 340 people when the fire broke out in its engine room.", "")
    assert [str(q.answer) for q in generate_questions(text, extract_facts(text))] == ["12"]


def test_true_and_false_statements_are_as_many_give_or_take_one():
    said = [("Ana Ruiz", "the port would close in May"), ("Tom Berg", "the council had run out of money"),
            ("Mia Holt", "the votes had been counted twice"), ("Ivo Petrov", "taxes would rise next year"),
            ("Lena Dahl", "the bridge would reopen on Friday"), ("Sam Cole", "the school would stay open")]
    text = " ".join(f"{who} said that {words}." for who, words in said)
    facts = Facts(quotes=[Quote(who, words, text.index(words), text.index(words) + len(words), False)
                          for who, words in said])
    answers = [q.answer for q in ask_true_false(build_context(text, facts), set())]
    assert len(answers) >= 3 and abs(answers.count(True) - answers.count(False)) <= 1


def test_words_that_can_only_be_true_are_not_asked_alone():
    said = [("Ana Ruiz", "she would close the port in May"), ("Tom Berg", "he had run out of money")]
    text = " ".join(f"{who} said that {words}." for who, words in said)
    facts = Facts(quotes=[Quote(who, words, text.index(words), text.index(words) + len(words), False)
                          for who, words in said])
    assert ask_true_false(build_context(text, facts), set()) == []


def test_reported_words_cut_inside_a_phrase_after_and_end_before_it():
    text = "Ana Ruiz said the plan must be cheap to run and, to win votes, it must not raise taxes."
    words = "the plan must be cheap to run and, to win votes"
    quote = Quote("Ana Ruiz", words, text.index(words), text.index(words) + len(words), False)
    assert wording(quote, text) == ("that", "that the plan must be cheap to run")


def test_one_sentence_is_not_asked_twice_as_who_said():
    said = [("Tom Berg", "the council had run out of money"), ("Maria Lopez", "the votes had been counted twice"),
            ("Peter Walsh", "taxes would rise next year")]
    text = "Harbour to close\n\n" + "\n\n".join(f"{who} said that {words}." for who, words in said)
    text += "\n\nAna Ruiz said the ferry would stop in June, and she said the harbour would be sold to a developer.\n"
    facts = Facts(quotes=[_reported(text, w, who) for who, w in said] + [
        _reported(text, "the ferry would stop in June", "Ana Ruiz"),
        _reported(text, "the harbour would be sold to a developer", "Ana Ruiz")])
    asked = [q.evidence[0].start for q in generate_questions(text, facts)
             if q.type == "single_choice" and q.answer == "Ana Ruiz"]
    assert len(asked) == 1


def _reported(text, words, speaker):
    i = text.index(words)
    return Quote(speaker, words, i, i + len(words), False)


def test_an_organisation_that_may_hold_the_key_is_no_wrong_option():
    text = ("Ana Ruiz of the House Oversight Committee spoke. Tom Berg of the House of Representatives spoke. "
            "Mia Lind of the Senate spoke. Ivo Petrov of the Dunmore Gazette spoke. Sam Cole of the Harbour Trust spoke.")
    def aff(person, org):
        i = text.index(person)
        return Affiliation(person, org, None, i, text.index(" spoke", i))
    facts = Facts(affiliations=[aff("Ana Ruiz", "House Oversight Committee"), aff("Tom Berg", "House of Representatives"),
                                aff("Mia Lind", "Senate"), aff("Ivo Petrov", "Dunmore Gazette"),
                                aff("Sam Cole", "Harbour Trust")])
    [question] = [q for q in generate_questions(text, facts) if q.answer == "House Oversight Committee"]
    assert "House of Representatives" not in question.options


def test_a_day_named_from_the_articles_date_goes_with_its_preposition():
    text = "By yesterday, the health agency had reported 1,204 confirmed cases across the region."
    [q] = _asked(text, "1,204 confirmed cases")
    assert "yesterday" not in q.prompt and not q.prompt.split("?")[0].endswith(" by"), q.prompt


def test_a_tie_the_article_dates_to_the_past_is_asked_in_the_past():
    text = ("Ana Ruiz had previously represented the town in the Harbour Assembly. Tom Berg of the Dunmore "
            "Gazette spoke. Mia Lind of the Lakeside Trust spoke. Ivo Petrov of the Coastal Union spoke.")
    def aff(person, org, words):
        i = text.index(words)
        return Affiliation(person, org, None, i, i + len(words))
    facts = Facts(affiliations=[
        aff("Ana Ruiz", "Harbour Assembly", "represented the town in the Harbour Assembly"),
        aff("Tom Berg", "Dunmore Gazette", "Tom Berg of the Dunmore Gazette"),
        aff("Mia Lind", "Lakeside Trust", "Mia Lind of the Lakeside Trust"),
        aff("Ivo Petrov", "Coastal Union", "Ivo Petrov of the Coastal Union")])
    prompts = {q.answer: q.prompt for q in generate_questions(text, facts)}
    assert "did Ana Ruiz belong to" in prompts["Harbour Assembly"]
    assert "does Tom Berg belong to" in prompts["Dunmore Gazette"]


def test_a_prompt_never_names_the_keys_own_head_word():
    text = ("Ana Ruiz, a council member of the Harbour Council, spoke. Tom Berg of the Dunmore Gazette spoke. "
            "Mia Lind of the Lakeside Trust spoke. Ivo Petrov of the Coastal Union spoke.")
    def aff(person, org, role, words):
        i = text.index(words)
        return Affiliation(person, org, role, i, i + len(words))
    facts = Facts(affiliations=[
        aff("Ana Ruiz", "Harbour Council", "council member", "Ana Ruiz, a council member of the Harbour Council"),
        aff("Tom Berg", "Dunmore Gazette", None, "Tom Berg of the Dunmore Gazette"),
        aff("Mia Lind", "Lakeside Trust", None, "Mia Lind of the Lakeside Trust"),
        aff("Ivo Petrov", "Coastal Union", None, "Ivo Petrov of the Coastal Union")])
    [q] = [q for q in generate_questions(text, facts) if q.answer == "Harbour Council"]
    assert "council" not in q.prompt.lower(), q.prompt


def test_descriptions_of_four_people_are_one_matching_question_with_a_label_left_over():
    text = ("Tom Berg, the mayor, opened the bridge. Ada Lin, an engineer, built it. "
            "Rosa Dunn, a surgeon, cut the ribbon. Ivo Petrov, a pilot, flew over it.")
    facts = Facts(affiliations=[Affiliation(p, None, r, text.index(p), text.index(p) + len(p)) for p, r in (
        ("Tom Berg", "mayor"), ("Ada Lin", "engineer"), ("Rosa Dunn", "surgeon"), ("Ivo Petrov", "pilot"))])
    roles = [q for q in generate_questions(text, facts) if q.skill == "affiliation"]
    assert [(q.type, q.extra["prompts"], q.answer, q.options) for q in roles] == [
        ("matching", ["Tom Berg", "Ada Lin", "Rosa Dunn"], ["mayor", "engineer", "surgeon"],
         ["engineer", "mayor", "pilot", "surgeon"])]


def test_a_person_with_two_descriptions_has_one_row():
    text = ("Tom Berg, the mayor and a former pilot, opened the bridge. Ada Lin, an engineer, built it. "
            "Rosa Dunn, the governor, paid for it. Ivo Petrov, a baker, fed the crowd. Kai Moe, a singer, sang.")
    facts = Facts(affiliations=[Affiliation(p, None, r, text.index(p), text.index(p) + len(p)) for p, r in (
        ("Tom Berg", "mayor"), ("Tom Berg", "former pilot"), ("Ada Lin", "engineer"), ("Rosa Dunn", "governor"),
        ("Ivo Petrov", "baker"), ("Kai Moe", "singer"))])
    for q in generate_questions(text, facts):
        if q.type == "matching":
            assert len(set(q.extra["prompts"])) == len(q.extra["prompts"]) and len(q.options) > len(q.answer)


def _described(questions) -> dict[str, str]:
    """Person -> the description a question keys, from single choices and matching pairs alike."""
    out = {}
    for q in questions:
        if q.type == "matching" and q.skill == "affiliation":
            out.update(zip(q.extra["prompts"], q.answer))
        elif q.prompt.startswith("How does the article describe "):
            out[q.prompt.removeprefix("How does the article describe ").rstrip("?")] = q.answer
    return out


def test_a_figure_of_history_named_only_in_the_past_is_no_wrong_speaker():
    text = ("Herd returns to the plains\n\nMonday, March 2, 2020\n\n"
            '"This will heal us," Ana Ruiz, a tribal elder, said. "We waited a long time," said Tom Berg, a ranger. '
            '"The grass is ready," said Ivo Petrov, a farmer.\n\n'
            "In the 1800s, many generals, including General Lena Ott, believed removing the herds would help them.")
    facts = extract_facts(text)
    assert "Lena Ott" in {a.person for a in facts.affiliations}
    for q in generate_questions(text, facts):
        if q.skill == "who_said":
            assert "Lena Ott" not in (q.options or []), q.prompt


def test_a_person_named_in_this_years_events_stays_a_wrong_speaker():
    text = ("Herd returns to the plains\n\nMonday, March 2, 2020\n\n"
            '"This will heal us," Ana Ruiz, a tribal elder, said. "We waited a long time," said Tom Berg, a ranger. '
            '"The grass is ready," said Ivo Petrov, a farmer.\n\n'
            "In January 2020, General Lena Ott, the park's director, approved the release.")
    options = _who_said_options(text)
    assert "Lena Ott" in options


def test_a_bare_head_of_state_office_or_a_description_the_headline_gives_is_not_asked():
    text = ("Eastport engineer Ada Lin wins award\n\nMonday, March 2, 2020\n\n"
            "President Tom Berg gave the award to Ada Lin, an engineer, on Monday. Rosa Dunn, a pilot, and "
            "Ivo Petrov, a baker, and Kai Moe, a singer, watched.")
    facts = Facts(affiliations=[Affiliation(p, None, r, text.index(p), text.index(p) + len(p)) for p, r in (
        ("Tom Berg", "President"), ("Ada Lin", "engineer"), ("Rosa Dunn", "pilot"), ("Ivo Petrov", "baker"),
        ("Kai Moe", "singer"))])
    described = _described(generate_questions(text, facts))
    assert "Tom Berg" not in described and "Ada Lin" not in described
    assert described


def test_the_dead_are_no_wrong_speakers_of_tributes():
    text = ("Harbour pilot dies\n\nMonday, March 2, 2020\n\n"
            "Tom Berg, a harbour pilot, died on Sunday. Lena Ott, the mayor, lowered the flags. "
            '"He was the best of us," Ana Ruiz, the harbour master, said. "He was a kind man and a good friend," '
            'said Kai Moe, his friend.')
    options = _who_said_options(text)
    assert "Tom Berg" not in options and {"Kai Moe", "Lena Ott"} <= options


def test_a_person_known_by_one_name_is_no_wrong_option_beside_full_names():
    text = ('"The sea was his life," Ana Ruiz, the harbour master, said. "He taught us all," said Ivo Petrov, '
            'a captain. "We will miss him," said Kai Moe, a sailor. "He was kind to everyone he met," said his wife, '
            'Mary. Lena Ott, the mayor, was at the funeral.')
    wrong = {o for q in generate_questions(text, extract_facts(text)) if q.skill == "who_said"
             for o in q.options or [] if o != q.answer}
    assert "Mary" not in wrong and "Lena Ott" in wrong


def test_a_post_that_needs_its_organisation_is_not_a_description_on_its_own():
    text = "Ana Ruiz spoke. Tom Berg, a pilot, flew. Ivo Petrov, a surgeon, cut. Kai Moe, a singer, sang."
    facts = Facts(affiliations=[Affiliation(p, o, r, text.index(p), text.index(p) + len(p)) for p, o, r in (
        ("Ana Ruiz", "Harbour University", "president"), ("Tom Berg", None, "pilot"), ("Ivo Petrov", None, "surgeon"),
        ("Kai Moe", None, "singer"))])
    questions = generate_questions(text, facts)
    assert "Ana Ruiz" not in _described(questions)
    assert not any("president" in (q.options or []) for q in questions)


def test_reported_words_whose_subject_points_back_are_not_asked_and_a_named_subject_is():
    text = ("Ana Ruiz, the minister, spoke on Monday. A boat sank in the port. Ruiz said that this too was "
            "unrelated to the explosion at the mill. Tom Berg, the mayor, said that these rules would keep the "
            "town safe from floods. Ivo Petrov, a farmer, said that the river had risen by two metres overnight.")
    facts = extract_facts(text)
    worded = [wording(q, text) for q in facts.quotes]
    assert ("that", "that these rules would keep the town safe from floods") in worded
    assert not any(w and w[1].startswith("that this too") for w in worded)


def test_a_description_the_article_also_gives_the_person_is_no_wrong_option_for_them():
    text = ("Former mayor Tom Berg dies at 90\n\nMonday, March 2, 2020\n\n"
            "Tom Berg, a career engineer, died on Sunday. Ana Ruiz, a former mayor, and Ivo Petrov, a surgeon, "
            "and Kai Moe, a pilot, spoke at the service.")
    body = text.index("Tom Berg, a career")
    facts = Facts(affiliations=[Affiliation(p, None, r, text.index(p, body), text.index(p, body) + len(p)) for p, r in (
        ("Tom Berg", "career engineer"), ("Ana Ruiz", "former mayor"), ("Ivo Petrov", "surgeon"), ("Kai Moe", "pilot"))])
    questions = generate_questions(text, facts)
    assert any(q.skill == "affiliation" for q in questions)
    for q in questions:
        if q.type == "matching":
            assert "Tom Berg" not in q.extra["prompts"] or "former mayor" not in q.options
        elif q.prompt == "How does the article describe Tom Berg?":
            assert "former mayor" not in q.options


def test_a_statement_matching_question_offers_one_person_more_than_its_rows():
    text = ('"The bridge will open in May," Ana Ruiz, the mayor, said. "It cost less than we feared," Ruiz added. '
            '"The river is wider than we thought," said Tom Berg, an engineer. "We checked every pillar twice," Berg said. '
            '"My shop will finally get more customers," said Ivo Petrov, a baker. "The detour cost me a lot," Petrov said. '
            'Lena Ott, the governor, cut the ribbon.')
    matching = [q for q in generate_questions(text, extract_facts(text)) if q.type == "matching" and q.skill == "who_said"]
    assert matching
    for q in matching:
        assert len(q.options) == len(q.answer) + 1 and set(q.answer) < set(q.options)


def test_who_agreed_in_the_next_sentence_is_no_wrong_option():
    text = ('"The rebels were behind the attack," Ana Ruiz, a police chief, said. Tom Berg, the mayor, agreed, saying '
            'no other group could have done it. "We will find them," said Ivo Petrov, a general. "The town is safe," '
            'said Kai Moe, a minister. Lena Ott, a nurse, treated the wounded.')
    for q in generate_questions(text, extract_facts(text)):
        if q.skill == "who_said" and "rebels" in q.prompt:
            assert "Tom Berg" not in (q.options or [])


def _who_said_options(text: str) -> set[str]:
    """Every option of the who-said questions generated for the text."""
    return {o for q in generate_questions(text, extract_facts(text)) if q.skill == "who_said" for o in q.options or []}


def test_someone_only_spoken_of_is_no_wrong_speaker_where_speakers_suffice():
    said = [("We will rebuild the mill by spring,", "Tom Berg"), ("The town needs the jobs,", "Ana Ruiz"),
            ("Nobody told us about the plan,", "Ivo Petrov")]
    text = " ".join(f'"{q}" said {s}.' for q, s in said) + " Petrov accused the firm of backing President Karl Weiss."
    facts = Facts(quotes=[_quote(text, q, s) for q, s in said],
                  affiliations=[Affiliation("Karl Weiss", None, "President", text.index("President"), len(text) - 1)])
    asked = [q for q in generate_questions(text, facts) if q.type == "single_choice" and q.skill == "who_said"]
    assert asked and all("Karl Weiss" not in q.options for q in asked)


def test_a_head_office_with_a_countrys_name_is_not_asked_as_a_description():
    from quizapp.generate.questions.affiliations import _bare_office

    assert _bare_office("German Chancellor") and _bare_office("former Philippine President")
    assert not _bare_office("Foreign Minister") and not _bare_office("Westfield University President")
    assert not _bare_office("Interior Minister") and not _bare_office("Police spokesman")


def test_a_label_naming_a_kind_the_key_is_is_no_wrong_description():
    from quizapp.generate.questions.affiliations import _fits_both

    assert _fits_both("jazz singer", "musician") and _fits_both("Senate President", "senator")
    assert not _fits_both("Fashion designer", "singer") and not _fits_both("mayor", "Secretary of Justice")
    text = ("Singer Ada Lin died on Monday. Guitarist Tom Berg, drummer Ivo Petrov and musician Karl Weiss "
            "played at her funeral. Producer Lena Ott and designer Omar Haddad spoke.")
    for q in generate_questions(text, extract_facts(text)):
        if q.answer == "Singer" or q.answer == "singer":
            assert "musician" not in q.options, q.options


def test_a_description_in_lower_case_among_capitalised_ones_does_not_stand_out_by_its_case():
    text = "Tom Berg, the mayor of Marlow, spoke. First Minister Ada Lin spoke. Labour MP Rosa Dunn spoke."
    facts = Facts(affiliations=[Affiliation(p, None, r, text.index(p), text.index(p) + len(p)) for p, r in (
        ("Tom Berg", "mayor of Marlow"), ("Ada Lin", "First Minister"), ("Rosa Dunn", "Labour MP"))])
    roles = [q for q in generate_questions(text, facts) if q.skill == "affiliation"]
    assert roles and all(label[:1].isupper() for q in roles for label in q.options)
    assert "Mayor of Marlow" in {a for q in roles for a in (q.answer if isinstance(q.answer, list) else [q.answer])}


def test_a_wrong_option_for_a_bound_lies_beyond_it_never_inside():
    """'at least 25%' makes 'at least 20%' true too; 'up to 40' makes 'up to 50' true."""
    for expression, beyond in (("at least 25%", lambda v: v > 25), ("up to 40 people", lambda v: v < 40),
                               ("more than 300 people", lambda v: v > 300)):
        wrong = dis.numeric_distractors(numbers.find_quantity(expression), random.Random(3))
        assert wrong and all(beyond(numbers.find_quantity(w).values[0]) for w in wrong), (expression, wrong)


def test_a_retired_agent_keeps_retired_and_is_asked_about_in_the_past():
    text = ("Retired FBI agent Tom Berg told the radio the bridge was unsafe. Ada Lin, a nurse at Marlow Hospital, "
            "agreed. Karl Weiss, a teacher at Harbour College, agreed.")
    facts = extract_facts(text)
    assert ("Tom Berg", "FBI", "Retired agent") in [(a.person, a.organization, a.role) for a in facts.affiliations]
    assert "According to the article, which organisation did Tom Berg belong to?" in [
        q.prompt for q in generate_questions(text, facts)]


def test_a_description_inside_a_speakers_quoted_words_is_not_asked_as_the_articles():
    text = ('Tom Berg, the mayor, said: "Ada Lin, the leader of the smuggling gang, was caught on Monday." '
            'Karl Weiss, a nurse at Marlow Hospital, spoke. Rosa Dunn, a teacher, spoke.')
    facts = Facts(affiliations=[Affiliation("Ada Lin", None, "leader of the smuggling gang", text.index("Ada Lin"),
                                            text.index("Ada Lin") + 7),
                                Affiliation("Karl Weiss", "Marlow Hospital", "nurse", text.index("Karl"), text.index("Karl") + 10),
                                Affiliation("Rosa Dunn", None, "teacher", text.index("Rosa"), text.index("Rosa") + 9)],
                  quotes=[Quote("Tom Berg", text[text.index("Ada Lin"): text.index("Monday.") + 7],
                                text.index("Ada Lin"), text.index("Monday.") + 7, True)])
    questions = generate_questions(text, facts)
    assert questions and not any(q.skill == "affiliation" and ("Ada Lin" in q.prompt or "Ada Lin" in (q.extra or {}).get("prompts", []))
                                 for q in questions)


def test_an_approximate_number_typed_is_marked_right_a_tenth_either_side_not_a_whole_step():
    text = "Tom Berg is about 20 years old and comes from Marlow."
    [q] = [q for q in generate_questions(text, extract_facts(text)) if q.type == "numeric"]
    assert q.answer == 20 and q.extra["tolerance"] == 2


def test_a_sum_that_describes_a_thing_is_not_asked_how_much():
    text = "The €3.5 million unit was opened on Monday by Health Minister Tom Jones."
    i = text.index("3.5 million")  # (the figure's number; the sign before it is read as its currency)
    assert ask(text, i, i + len("3.5 million"), text) is None


def test_according_to_names_the_person_not_her_relation():
    text = ("Ffion Harries, 16, waited 14 months for an assessment. Her mother, Delyth Harries, said the "
            "family had eventually paid £600 for a private assessment.")
    prompts = [q.prompt for q in generate_questions(text, extract_facts(text))]
    assert any(p.startswith("According to Delyth Harries, how much") for p in prompts)
    assert not any("According to Her" in p for p in prompts)


def test_a_quotation_ending_in_a_question_mark_ends_the_prompt():
    text = ('Coach Tom Jones was furious after the match. "Why would we stay in this league?" he said. '
            'Captain Sarah Miller said the team had played well. Referee Ana Ruiz said the match was fair. '
            'Manager David Clark said the pitch was poor.')
    prompts = [q.prompt for q in generate_questions(text, extract_facts(text))]
    assert "Who said “Why would we stay in this league?”" in prompts
