"""A catalogue of the figure constructions of English news writing, each in a made-up sentence with
the figure a teacher expects (its words, its value and what it counts), the things that must not be
taken for a quantity (phone numbers, names with numbers, page and section numbers, dates), and the
figure questions made from such sentences. Cases the rules cannot do yet are strict xfails, so the
file documents the limits honestly and fails once a limit is lifted."""
from __future__ import annotations

import re

import pytest

from quizapp.generate.export import questions_json
from quizapp.generate.extract import extract_facts
from quizapp.generate.questions import generate_questions


def figures(text: str) -> dict[str, tuple[str, str]]:
    return {f.text: (f.value, f.counts) for f in extract_facts(text).figures}


def limit(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, figure text, value, a word of what it counts)
FOUND = [
    # counts with a noun, approximate and bounded
    ("At least 14 people were killed when the bus overturned near Tarvel.", "At least 14 people", "at least 14", "people"),
    ("About 300 people attended the vigil in the square.", "About 300 people", "about 300", "people"),
    ("More than 1,000 homes lost power during the storm.", "More than 1,000 homes", "more than 1,000", "homes"),
    ("Over 60 countries signed the treaty on Friday.", "Over 60 countries", "over 60", "countries"),
    ("The firm employs fewer than 50 staff at the plant.", "fewer than 50 staff", "fewer than 50", "staff"),
    ("The tanker spilled an estimated 3,000 barrels of oil.", "an estimated 3,000 barrels", "an estimated 3,000", "barrels"),
    # a number with no noun after it
    ("Only 14 have signed the petition so far, the council said.", "Only 14", "only 14", "signed"),
    ("Gunmen killed at least 38 in the raid on the village.", "at least 38", "at least 38", "killed"),
    ("The death toll rose from nine to 22 overnight, officials said.", "to 22", "22", "death toll"),
    ("The death toll rose from nine to 22 overnight, officials said.", "from nine", "9", "death toll"),
    ("Police arrested 23 people, 11 of whom were later released.", "11", "11", "people"),
    ("Of the 120 passengers, 97 were rescued by the coastguard.", "97", "97", "passengers"),
    ("A crowd estimated at 50,000 gathered outside.", "50,000", "50,000", "crowd"),
    # partitives
    ("Nine people were hurt in the fire. Three of them were taken to hospital.", "Three", "3", "people"),
    ("Two of the five judges dissented from the ruling.", "Two", "2", "judges"),
    ("Nine of the company's 40 stores will close next year.", "Nine", "9", "stores"),
    ("The committee has 15 members, five of them women.", "15 members", "15", "members"),
    # hyphenated compounds
    ("Firefighters battled the blaze in a twelve-storey tower.", "a twelve-storey tower", "12 storey", "storey"),
    ("A nine-year-old boy was rescued from the river.", "nine-year-old", "9", "age"),
    ("Passengers faced a 30-minute delay after the signal failure.", "30-minute delay", "30 minute", "minute"),
    ("Teachers began a two-day strike on Wednesday.", "a two-day strike", "2 day", "day"),
    ("A 10,000-strong crowd filled the square.", "10,000-strong crowd", "10,000 strong", "crowd"),
    # a 1000-2099 number with a unit is an amount, not a year
    ("The pipeline will run for 1500 km across the desert.", "1500 km", "1500", "km"),
    ("The ship was carrying 2000 tonnes of grain when it sank.", "2000 tonnes", "2000", "tonnes"),
    # counting ordinals
    ("Leaders gathered in Velmora for the fifth summit on water.", "the fifth summit", "5th", "summit"),
    ("The town marked the 110th anniversary of the flood.", "the 110th anniversary", "110th", "anniversary"),
    # money
    ("The company paid US$40 for each share.", "US$40", "US$40", "dollars"),
    ("The city spent $2.5 million on the new bridge.", "$2.5 million", "$2.5 million", "dollars"),
    ("The club agreed a €300m deal for the stadium.", "€300m", "€300m", "euros"),
    ("The bank reported a profit of £1.2bn for the year.", "£1.2bn", "£1.2bn", "pounds"),
    ("The state set aside Rs 500 crore for flood relief.", "Rs 500 crore", "Rs 500 crore", "rupees"),
    ("Nearly 5 lakh people were moved to shelters.", "Nearly 5 lakh people", "nearly 5 lakh", "people"),
    ("The bank injected ¥500 billion into the market.", "¥500 billion", "¥500 billion", "yen"),
    ("Shares fell to a record low of 2.3 cents.", "2.3 cents", "2.3 cents", "cents"),
    # percentages
    ("Turnout was 45 per cent, down from last time.", "45 per cent", "45 percent", "percent"),
    ("About 45% of voters backed the measure.", "About 45%", "about 45 percent", "voters"),
    ("Prices showed a 3.2 percent rise in March.", "3.2 percent", "3.2 percent", "percent"),
    ("Sixty-five percent of respondents said they were worried.", "Sixty-five percent", "65 percent", "respondents"),
    # ranges
    ("Temperatures of 35–40 degrees are expected this week.", "35–40 degrees", "35–40", "degrees"),
    ("The project will cost between $5 million and $7 million.", "between $5 million and $7 million",
     "$5 million–$7 million", "dollars"),
    ("Officials expect 200 to 300 families to be moved.", "200 to 300 families", "200–300", "families"),
    ("Between 1500-2000 tonnes of grain were lost.", "1500-2000 tonnes", "1500–2000", "tonnes"),
    ("Its net profit fell from $1.2 billion to $310 million.", "to $310 million", "$310 million", "profit"),
    ("Its net profit fell from $1.2 billion to $310 million.", "from $1.2 billion", "$1.2 billion", "profit"),
    # scores
    ("Rovers won 3–1 at home on Saturday.", "3–1", "3–1", "score"),
    ("Athletic beat them 2-0 in the final.", "2-0", "2-0", "score"),
    ("City won 1-0 thanks to a late goal.", "1-0", "1-0", "score"),
    ("The bill cleared the Senate 68-32.", "68-32", "68-32", "vote"),
    # ages
    ("The driver, Marta Kellen, 45, was arrested at the scene.", "Marta Kellen, 45", "45", "age"),
    ("A man aged 22 was charged with assault.", "aged 22", "22", "age"),
    ("Volunteers aged 18 to 25 can apply.", "aged 18 to 25", "18–25", "ages"),
    ("The 26-year-old striker signed a new contract.", "26-year-old", "26", "age"),
    ("Turnout among 18- to 24-year-olds was low.", "18- to 24-year-olds", "18–24", "ages"),
    ("Two men, aged 19 and 23, were charged.", "23", "23", "age"),
    # numbers in words, fractions, decimals
    ("Two hundred workers walked out on Tuesday.", "Two hundred workers", "200", "workers"),
    ("A dozen soldiers were wounded in the attack.", "A dozen soldiers", "12", "soldiers"),
    ("Half a million people fled the fighting.", "Half a million people", "500,000", "people"),
    ("Nearly half of the staff have left the firm.", "Nearly half of the staff", "nearly half", "staff"),
    ("Two-thirds of the members voted for the change.", "Two-thirds of the members", "two-thirds", "members"),
    ("A quarter of the city's homes are without water.", "A quarter of the city's homes", "a quarter", "homes"),
    ("The city has 1.5 million residents.", "1.5 million residents", "1.5 million", "residents"),
    ("The island has a population of 5.4 million.", "5.4 million", "5.4 million", "population"),
    # rates and frequencies
    ("One in five adults in the region smokes daily.", "One in five adults", "1 in 5", "adults"),
    ("Nine out of ten members voted in favour.", "Nine out of ten members", "9 in 10", "members"),
    ("The festival is held once a year in the old port.", "once a year", "once a year", "frequency"),
    # measures
    ("A 7.1 magnitude earthquake struck the coast at dawn.", "7.1 magnitude earthquake", "7.1", "magnitude"),
    ("The quake had a magnitude of 6.4, the survey said.", "6.4", "6.4", "magnitude"),
    ("Temperatures reached 40 degrees Celsius in the south.", "40 degrees Celsius", "40", "Celsius"),
    ("The train reached 120 km/h on the new line.", "120 km/h", "120", "km/h"),
    ("The runners covered 5km in the rain.", "5km", "5", "km"),
    ("The temperature dropped to minus 30C overnight.", "minus 30C", "minus 30", "Celsius"),
    ("The 6ft 2in forward joined on a free transfer.", "6ft 2in", "6", "ft"),
    ("The wind reached more than 120mph near the coast.", "more than 120mph", "more than 120", "mph"),
    ("Wind speeds of up to 150 mph were recorded.", "up to 150 mph", "up to 150", "mph"),
    ("The river rose by 2.5 metres overnight.", "2.5 metres", "2.5", "metres"),
    ("The man, who is in his 50s, was taken to hospital.", "in his 50s", "50s", "age"),
    ("Both victims were in their early twenties.", "in their early twenties", "twenties", "age"),
    ("Three-quarters of a million people fled the region.", "Three-quarters of a million people", "750,000", "people"),
    # multiples and repeats
    ("Exports grew 3.1pc in the quarter.", "3.1pc", "3.1 percent", "percent"),
    ("The group has seen a fivefold increase in members.", "fivefold", "×5", "multiple"),
    ("Cases rose 10-fold in a month.", "10-fold", "×10", "multiple"),
    ("The champion won the title for the third time.", "the third time", "3rd", "time"),
    ("The team lost for the second time this season.", "the second time", "2nd", "time"),
    ("The four-time champion was knocked out early.", "four-time champion", "4 time", "champion"),
    ("The trial lasted three and a half years.", "three and a half years", "3.5", "years"),
    ("As many as 500 people may have died.", "As many as 500 people", "as many as 500", "people"),
    ("The bill was approved by a vote of 312 to 98.", "312 to 98", "312–98", "votes"),
    ("The population grew from 1.2 million to 1.5 million.", "to 1.5 million", "1.5 million", "population"),
    ("The bridge cost US$1.5 billion (€1.4 billion).", "US$1.5 billion (€1.4 billion)", "US$1.5 billion", "dollars"),
    ("A magnitude 6.1 earthquake hit the region overnight.", "magnitude 6.1 earthquake", "6.1", "magnitude"),
    ("Only one in three schools has a nurse.", "Only one in three schools", "only 1 in 3", "schools"),
    ("The measure needed a two-thirds majority to pass.", "two-thirds majority", "two-thirds", "majority"),
    ("The park draws around 4m visitors a year.", "around 4m visitors", "around 4m", "visitors"),
    ("The app has 1.2bn users worldwide.", "1.2bn users", "1.2bn", "users"),
    ("The new sea wall is 40m high.", "40m", "40", "m"),
    ("The quake killed 2,200 people and left 14,000 homeless.", "14,000", "14,000", "people"),
    ("Rescuers found 17 bodies, bringing the toll to 64.", "64", "64", "bodies"),
    ("Four people were hurt, two of them seriously.", "two", "2", "people"),
    ("The company posted a net loss of 340 million dollars.", "340 million dollars", "340 million", "dollars"),
    ("The minimum wage will rise to £10.42 an hour.", "£10.42 an hour", "£10.42", "pounds"),
    ("He drove a 40 tonne truck to the port.", "40 tonne truck", "40", "tonne"),
    ("It was a 10 minute walk from the station.", "10 minute walk", "10", "minute"),
    ("The disease has killed 1 in every 1,000 children.", "1 in every 1,000 children", "1 in 1,000", "children"),
    ("The storm left one person dead and 30 injured.", "one person", "1", "person"),
    ("One man and two women were hurt in the crash.", "One man", "1", "man"),
    # votes, margins, rates
    ("The numbers it gave differed from the official list by one digit.", "one digit", "1", "digit"),
    ("The board voted 7-2 to approve the plan.", "7-2", "7-2", "vote"),
    ("She holds a 20-point lead in the polls.", "20-point lead", "20 point", "point"),
    ("Rates rose by 5 percentage points last year.", "5 percentage points", "5", "percentage points"),
    ("Cleaners earn $15 an hour at the hospital.", "$15 an hour", "$15", "hour"),
    ("Pro-government candidates won 17 of the 18 districts.", "17", "17", "districts"),
    ("Investigators released a 1,200-page report on Thursday.", "1,200-page report", "1,200 page", "page"),
    ("The convoy travelled nearly 2,000 km (1,240 miles) in a week.", "nearly 2,000 km (1,240 miles)", "nearly 2,000", "km"),
    # durations
    ("He worked at the mine for three years before it closed.", "three years", "3", "years"),
    ("The judge handed him a 10-year sentence.", "10-year sentence", "10 year", "year"),
    ("Police imposed a 24-hour curfew in the district.", "24-hour curfew", "24 hour", "hour"),
    ("The court jailed him for six months.", "six months", "6", "months"),
    # a ratio in words after a margin or a comparison
    ("Voters backed the plan by a margin of two to one.", "two to one", "2:1", "margin"),
    # a frequency between an auxiliary and its participle
    ("She has three times won the national title.", "three times", "3 times", "times"),
    # rates: "N of every M", and one that ends its clause
    ("Two of every five voters backed her.", "Two of every five voters", "2 in 5", "voters"),
    ("Turnout in the district was one in three.", "one in three", "1 in 3", "turnout"),
]


@pytest.mark.parametrize("sentence, text, value, counted", FOUND, ids=[c[1] for c in FOUND])
def test_a_figure_of_news_writing_is_found_with_its_value_and_what_it_counts(sentence, text, value, counted):
    got = figures(sentence)
    assert text in got and got[text][0] == value and counted.lower() in got[text][1].lower(), got


LIMITS = [
    pytest.param("Bookmakers put the odds at ten to one.", "ten to one", "10:1", "odds",
                 marks=limit("odds in words after 'at' are left out with clock times ('at ten to one')")),
]


@pytest.mark.parametrize("sentence, text, value, counted", LIMITS)
def test_limits_of_the_figure_rules(sentence, text, value, counted):
    got = figures(sentence)
    assert text in got and got[text][0] == value and counted.lower() in got[text][1].lower(), got


# (sentence, a number that must not make a figure)
NOT_FIGURES = [
    ("For more information, call 555-0142 or 020 7946 0958.", "0958"),
    ("Callers from abroad should dial +44 161 496 0000 for help.", "161"),
    ("The hotline, 1 800 555 0199, is open all night.", "0199"),
    ("The Apollo 11 crew were honoured at the ceremony.", "11"),
    ("The airline grounded its Boeing 737 fleet after the crash.", "737"),
    ("Cases of COVID-19 rose sharply in the region.", "19"),
    ("Traffic on Route 66 was halted by the flood.", "66"),
    ("The rule is set out on page 42 of the report.", "42"),
    ("Section 12 of the act bans the practice.", "12"),
    ("The law was passed in 2015 after a long debate.", "2015"),
    ("The vote was held on March 3, 2021.", "3"),
    ("The meeting began at 9:30 a.m. local time.", "9"),
    ("Leaders met at the G20 summit in the capital.", "20"),
    ("The laptop runs Windows 10 and costs little.", "10"),
    ("He printed the form on A4 paper.", "4"),
    ("Officials raised the alert to level 4 on Monday.", "4"),
    ("The storm is a Category 5 hurricane, forecasters said.", "5"),
    ("She won the race for the first time in her career.", "first"),
    ("Tens of thousands of people joined the march.", "thousands"),
    ("It was a one-time payment for a full-time worker.", "one"),
    ("He was hit by one car and then another.", "one"),
    ("They built a 4m wall around the site.", "4m"),
    ("Police received a 911 call at midnight.", "911"),
    ("She lives in Flat 30C on the top floor.", "30C"),
    ("One official said the road was closed.", "One"),
    ("The band was popular in the 1980s.", "1980s"),
    ("The team trained for weeks on a 4-4-2 system.", "2"),
    ("Fans can call 0161 496 0123 for details.", "0123"),
    ("Profits rose in the third quarter of the year.", "third"),
    ("He joined the club for the 2023-24 season.", "2023"),
    ("The attack began at 0600 GMT near the border.", "0600"),
    ("One truck and a car collided on the bridge.", "One"),
    ("The airline flies a 737 jet on the route.", "737"),
    ("The delegates met at 10 Downing Street on Monday.", "10"),
    ("Traffic was stopped on Interstate 95 near the city.", "95"),
    ("The firm is building a 5G network in the north.", "5G"),
    ("The council passed Resolution 2334 without a vote.", "2334"),
    ("The under-21 side lost in the final.", "21"),
    ("The ship docked at Pier 39 on Tuesday.", "39"),
    ("The court heard the case on 3 May.", "3"),
    ("Hundreds of protesters marched through the capital.", "Hundreds"),
]


@pytest.mark.parametrize("sentence, number", NOT_FIGURES, ids=[c[1] for c in NOT_FIGURES])
def test_names_codes_phone_numbers_and_dates_are_no_quantities(sentence, number):
    assert not any(re.search(rf"(?<![\w]){re.escape(number)}(?![\w])", t) for t in figures(sentence)), figures(sentence)


def figure_prompts(body: str) -> list[dict]:
    text = "City news roundup\n\n" + body
    return [q for q in questions_json(generate_questions(text, extract_facts(text)))["questions"]
            if q["skill"] == "figure"]


def test_a_range_of_money_is_never_asked_as_one_of_its_ends():
    qs = figure_prompts("The project will cost between $5 million and $7 million, the ministry said. "
                        "The city spent $2.5 million on the new bridge.")
    assert not any(q.get("answer") == "$5 million" for q in qs), qs


def test_a_bound_in_a_typed_question_reads_as_english():
    qs = figure_prompts("Over 60 countries signed the treaty. About 300 people attended the vigil. "
                        "The firm employs fewer than 50 staff.")
    prompts = " ".join(q["prompt"] for q in qs)
    assert "Over how many" not in prompts and "Over how" not in prompts, prompts


def test_the_subject_of_an_infinitive_makes_no_cut_question():
    qs = figure_prompts("Officials expect 200 to 300 families to be moved. About 300 people attended the vigil.")
    assert not any(q["prompt"].startswith("How many families to") for q in qs), qs


def test_questions_from_catalogue_sentences_are_whole_unique_and_of_the_right_kind():
    body = " ".join(s for s, *_ in FOUND[:40])
    qs = figure_prompts(body)
    prompts = [q["prompt"] for q in qs]
    assert len(prompts) == len(set(p.lower() for p in prompts))
    for q in qs:
        assert q["prompt"].rstrip("”").endswith(("?", ".")), q["prompt"]
        if q.get("options"):
            assert q["answer"] in q["options"] and len(set(q["options"])) == len(q["options"])
            money = q["answer"][:1] in "$€£¥"
            assert all((o[:1] in "$€£¥") == money for o in q["options"]), q


def test_a_rate_of_pay_is_not_asked_without_its_period():
    qs = figure_prompts("Cleaners earn $15 an hour at the hospital. The city spent $2.5 million on the bridge.")
    assert not any(q["prompt"] == "How much do cleaners earn at the hospital?" for q in qs), qs


def test_a_mixed_number_is_never_cut_into_a_question():
    qs = figure_prompts("The trial lasted three and a half years. The flight took 14 hours. "
                        "The city spent $2.5 million on the bridge.")
    assert not any("and a half" in q["prompt"] and "How many" in q["prompt"] for q in qs), qs


def test_as_many_as_keeps_its_bound_in_a_typed_question():
    qs = figure_prompts("As many as 500 people may have died. The city spent $2.5 million on the bridge. "
                        "About 300 people attended the vigil.")
    died = [q for q in qs if "died" in q["prompt"]]
    assert died and all(not q["prompt"].startswith("How many") for q in died), died


def test_a_figure_said_by_the_subject_of_a_joined_verb_is_attributed_to_it():
    qs = figure_prompts("Unions called a strike and said as many as 20,000 members could walk out. "
                        "The city spent $2.5 million on the bridge. About 300 people attended the vigil.")
    assert any(q["prompt"].startswith("According to unions, ") for q in qs), [q["prompt"] for q in qs]
