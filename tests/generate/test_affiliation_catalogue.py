"""A catalogue of the ways English news ties a person to an organisation and/or a role, one made-up
sentence each, with the links a teacher expects (affiliations.py). Forms the rules do not read yet
stand as strict xfails, so the file says honestly where the limits are.

Conventions (as in tests/data/dev/README-*.md): the organisation is named as written, null where none
is named; a country, state or town goes into the role; the role is null where only an organisation is
given; family relations and roles in the reported event are no affiliations."""
from __future__ import annotations

import pytest

from quizapp.generate.extract import extract_facts


def links(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.person, a.organization, a.role) for a in extract_facts(text).affiliations]


def xfail(text, expected, reason):
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


LIN = "Ada Lin"

POSITIVE = [
    # titles of business and institutions, in every order news puts them
    ("Ada Lin, the chief executive of Norvel Energy, said profits fell.", [(LIN, "Norvel Energy", "chief executive")]),
    ("Norvel Energy chief executive Ada Lin said profits fell.", [(LIN, "Norvel Energy", "chief executive")]),
    ("Norvel Energy's chief executive Ada Lin said profits fell.", [(LIN, "Norvel Energy", "chief executive")]),
    ("Ada Lin, Norvel Energy's chief executive, said profits fell.", [(LIN, "Norvel Energy", "chief executive")]),
    ("Norvel Energy's chief executive, Ada Lin, said profits fell.", [(LIN, "Norvel Energy", "chief executive")]),
    ("The president of the Harbour Society, Ada Lin, said the port would reopen.",
     [(LIN, "Harbour Society", "president")]),
    ("Chief Executive Ada Lin of Norvel Energy said profits fell.", [(LIN, "Norvel Energy", "Chief Executive")]),
    ("Ada Lin, 52, chief executive of Norvel Energy, said profits fell.", [(LIN, "Norvel Energy", "chief executive")]),
    ('"Profits fell," said Ada Lin, a lecturer at Westfield University.', [(LIN, "Westfield University", "lecturer")]),
    ("According to Ada Lin, an analyst at Marlow Capital, prices will rise.", [(LIN, "Marlow Capital", "analyst")]),
    # spokespeople
    ("Ada Lin, a spokesperson for the Harbour Society, said the port would reopen.",
     [(LIN, "Harbour Society", "spokesperson")]),
    ("Harbour Society spokesperson Ada Lin said the port would reopen.", [(LIN, "Harbour Society", "spokesperson")]),
    ("Ada Lin, a Norvel Energy spokesman, said profits fell.", [(LIN, "Norvel Energy", "spokesman")]),
    ("Ada Lin, a spokesman, said the suspect had fled.", [(LIN, None, "spokesman")]),
    ("Ada Lin, a spokeswoman for Prime Minister Tom Berg, said the talks would resume.",
     [(LIN, None, "spokeswoman"), ("Tom Berg", None, "Prime Minister")]),
    # heading, chairing, founding
    ("Ada Lin, who heads the Harbour Society, said the port would reopen.", [(LIN, "Harbour Society", "head")]),
    ("Ada Lin, head of the Harbour Society, said the port would reopen.", [(LIN, "Harbour Society", "head")]),
    ("Ada Lin, who chairs the Harbour Society, said the port would reopen.", [(LIN, "Harbour Society", "chair")]),
    ("Ada Lin, chairman of the board of Norvel Energy, said profits fell.",
     [(LIN, "Norvel Energy", "chairman of the board")]),
    ("Ada Lin, the founder of Norvel Energy, said profits fell.", [(LIN, "Norvel Energy", "founder")]),
    ("Ada Lin, co-founder and chief executive of Norvel Energy, said profits fell.",
     [(LIN, "Norvel Energy", "co-founder"), (LIN, "Norvel Energy", "chief executive")]),
    ("Ada Lin, director-general of the World Fisheries Organisation, said stocks were falling.",
     [(LIN, "World Fisheries Organisation", "director-general")]),
    ("World Fisheries Organisation (WFO) Director-General Ada Lin said stocks were falling.",
     [(LIN, "World Fisheries Organisation", "Director-General")]),
    ("Ada Lin, chair of the Senate Finance Committee, said the bill would pass.",
     [(LIN, "Senate Finance Committee", "chair")]),
    ("Ada Lin, the head of research at Marlow Capital, said prices would rise.",
     [(LIN, "Marlow Capital", "head of research")]),
    ("Ada Lin, vice-president for sales at Norvel Energy, said profits fell.",
     [(LIN, "Norvel Energy", "vice-president for sales")]),
    # academics and experts
    ("Ada Lin, a professor at Westfield University, said the ice was thinning.",
     [(LIN, "Westfield University", "professor")]),
    ("Professor Ada Lin of Westfield University said the ice was thinning.",
     [(LIN, "Westfield University", "Professor")]),
    ("Ada Lin, an associate professor of history at Westfield University, said the records were lost.",
     [(LIN, "Westfield University", "associate professor of history")]),
    ("Ada Lin, a senior fellow at the Harbour Institute, said the tariffs would hurt farmers.",
     [(LIN, "Harbour Institute", "senior fellow")]),
    ("Ada Lin, a Westfield University economist, said prices would rise.", [(LIN, "Westfield University", "economist")]),
    ("Ada Lin, a researcher at Westfield University and lead author of the study, said the results were clear.",
     [(LIN, "Westfield University", "researcher"), (LIN, None, "lead author of the study")]),
    ("Ada Lin, a graduate student at Westfield University, said the fees were high.",
     [(LIN, "Westfield University", "graduate student")]),
    ("Ada Lin is a professor at Westfield University. She said the ice was thinning.",
     [(LIN, "Westfield University", "professor")]),
    # an organisation without a role
    ("Ada Lin of Norvel Energy said profits fell.", [(LIN, "Norvel Energy", None)]),
    ("Norvel Energy's Ada Lin said profits fell.", [(LIN, "Norvel Energy", None)]),
    ("Ada Lin, who works for Norvel Energy, said profits fell.", [(LIN, "Norvel Energy", None)]),
    ("Ada Lin, who teaches physics at Westfield University, said the ice was thinning.",
     [(LIN, "Westfield University", None)]),
    # memberships, employees, staff
    ("Ada Lin, a member of the Harbour Society, said the port would reopen.", [(LIN, "Harbour Society", "member")]),
    ("Ada Lin, a member of the Norvel Energy board, said profits fell.", [(LIN, "Norvel Energy board", "member")]),
    ("Ada Lin, a board member of the Harbour Society, said the port would reopen.",
     [(LIN, "Harbour Society", "board member")]),
    ("Ada Lin, a Norvel Energy employee, said the pipe had burst.", [(LIN, "Norvel Energy", "employee")]),
    ("Ada Lin, an analyst with Marlow Capital, said profits fell.", [(LIN, "Marlow Capital", "analyst")]),
    ("Ada Lin, an engineer with Norvel Energy, said the pipe had burst.", [(LIN, "Norvel Energy", "engineer")]),
    ("Ada Lin, a lawyer for Norvel Energy, said the firm would appeal.", [(LIN, "Norvel Energy", "lawyer")]),
    ("Ada Lin, 45, a nurse at Marlow General Hospital, said the ward was full.",
     [(LIN, "Marlow General Hospital", "nurse")]),
    ("Dr Ada Lin, a surgeon at Marlow General Hospital, said the ward was full.",
     [(LIN, "Marlow General Hospital", "surgeon")]),
    ("Ada Lin, a reporter for the Marlow Herald, said the mayor had resigned.", [(LIN, "Marlow Herald", "reporter")]),
    ("Ada Lin, the Marlow Herald's editor, said the paper would close.", [(LIN, "Marlow Herald", "editor")]),
    # former, appointed, named
    ("Former Norvel Energy president Ada Lin said profits fell.", [(LIN, "Norvel Energy", "Former president")]),
    ("Former Harbour Society president Ada Lin said the port would reopen.",
     [(LIN, "Harbour Society", "Former president")]),
    ("Ada Lin, a former chief executive of Norvel Energy, said profits fell.",
     [(LIN, "Norvel Energy", "former chief executive")]),
    ("Ada Lin, who was appointed the Harbour Society's director in 2015, said the port would reopen.",
     [(LIN, "Harbour Society", "director")]),
    ("Ada Lin, who became chief executive of Norvel Energy last year, said profits fell.",
     [(LIN, "Norvel Energy", "chief executive")]),
    ("Ada Lin was named chief executive of Norvel Energy in March.", [(LIN, "Norvel Energy", "chief executive")]),
    # government and politics
    ("Foreign Minister Ada Lin said the talks would resume.", [(LIN, None, "Foreign Minister")]),
    ("US President Tom Berg said the talks would resume.", [("Tom Berg", None, "US President")]),
    ("Ministers Ada Lin and Tom Berg met in Oslo on Monday.", [(LIN, None, "Minister"), ("Tom Berg", None, "Minister")]),
    ("Ada Lin, Norway's ambassador to Chile, said the talks would resume.",
     [(LIN, None, "Norway's ambassador to Chile")]),
    ("Ada Lin, the mayor of Marlow, said the roads would reopen.", [(LIN, None, "mayor of Marlow")]),
    ("Ada Lin, the mayor of Denver, said the roads would reopen.", [(LIN, None, "mayor of Denver")]),
    ("Mayor Ada Lin of Marlow said the roads would reopen.", [(LIN, None, "Mayor")]),
    ("State Department spokesman Ada Lin said the talks would resume.", [(LIN, "State Department", "spokesman")]),
    ("Senator Ada Lin (D-NY) said the bill would pass.", [(LIN, "Democratic Party", "Senator")]),
    ("Ada Lin, a Democrat from Texas, said the bill would pass.", [(LIN, "Democratic Party", None)]),
    ("Ada Lin, a Harbour Party MP, said the bill would pass.", [(LIN, "Harbour Party", "MP")]),
    ("Ada Lin, leader of the opposition Harbour Party, said the bill would fail.", [(LIN, "Harbour Party", "leader")]),
    ("Tom Strand's party, the Greens, won six seats.", [("Tom Strand", "Greens", None)]),
    ("Police Chief Ada Lin said the suspect had fled.", [(LIN, None, "Police Chief")]),
    # sport
    ("Marlow United coach Ada Lin said the team had played well.", [(LIN, "Marlow United", "coach")]),
    ("Marlow United striker Tom Berg scored twice on Saturday.", [("Tom Berg", "Marlow United", "striker")]),
    ("Marlow United captain Ada Lin scored twice.", [(LIN, "Marlow United", "captain")]),
    # advisers, places and organisations together, plural titles, NER misses
    ("Ada Lin, an adviser to the Harbour Society, said the port would reopen.", [(LIN, "Harbour Society", "adviser")]),
    ("Ada Lin, a senior adviser to President Tom Berg, said the talks would resume.",
     [(LIN, None, "senior adviser"), ("Tom Berg", None, "President")]),
    ("Ada Lin, Norway's ambassador to the United Nations, said the talks would resume.",
     [(LIN, "United Nations", "Norway's ambassador")]),
    ("Ada Lin, an official at the Westland health ministry, said the virus was spreading.",
     [(LIN, "Westland health ministry", "official")]),
    ("Ada Lin, a spokesman for the Westland police, said the suspect had fled.", [(LIN, "Westland police", "spokesman")]),
    ("Ada Lin, a line worker at the Bergen plant, said the line had stopped.", [(LIN, None, "line worker")]),
    ("Ada Lin, an expert on coral at the Harbour Institute, said the reef was dying.",
     [(LIN, "Harbour Institute", "expert on coral")]),
    ("Norvel Energy CEO Ada Lin said profits fell.", [(LIN, "Norvel Energy", "CEO")]),
    ("Ada Lin, who founded Norvel Energy in 2001, said profits fell.", [(LIN, "Norvel Energy", "founder")]),
    ("Ada Lin, Norvel Energy's director of operations, said profits fell.",
     [(LIN, "Norvel Energy", "director of operations")]),
    ("Ada Lin, a lawmaker from the Harbour Party, said the bill would pass.", [(LIN, "Harbour Party", "lawmaker")]),
    ("Justice Ada Lin of the Supreme Court wrote the opinion.", [(LIN, "Supreme Court", "Justice")]),
    ("Ada Lin, who is also the Harbour Society's treasurer, said the port would reopen.",
     [(LIN, "Harbour Society", "treasurer")]),
    ("NASA astronauts Ada Lin and Tom Berg will fly in May.",
     [(LIN, "NASA", "astronaut"), ("Tom Berg", "NASA", "astronaut")]),
    ("Harbour Society astronauts Ada Lin and Tom Berg will fly in May.",
     [(LIN, "Harbour Society", "astronaut"), ("Tom Berg", "Harbour Society", "astronaut")]),
    ("Ada Lin, a Harbour Society volunteer, said the port would reopen.", [(LIN, "Harbour Society", "volunteer")]),
    ("Ada Lin became the Harbour Society's president in 2019.", [(LIN, "Harbour Society", "president")]),
    ("Ada Lin, the Harbour Society's outgoing president, said the port would reopen.",
     [(LIN, "Harbour Society", "outgoing president")]),
    ("Ada Lin joined Norvel Energy as chief engineer in 2010.", [(LIN, "Norvel Energy", "chief engineer")]),
    ("Ada Lin, the country's health minister, said the virus was spreading.",
     [(LIN, None, "country's health minister")]),
    ("Amateur astronomer and retired teacher Ada Lin found the comet.",
     [(LIN, None, "Amateur astronomer"), (LIN, None, "retired teacher")]),
    # later mentions, attributions after a quotation, dashes and picture notes
    ("Ada Lin spoke on Monday. Lin, the chief executive of Norvel Energy, said profits fell.",
     [(LIN, "Norvel Energy", "chief executive")]),
    ('"We will appeal," said Norvel Energy spokesperson Ada Lin.', [(LIN, "Norvel Energy", "spokesperson")]),
    ('"We will appeal," Ada Lin, a spokesperson for Norvel Energy, told reporters.',
     [(LIN, "Norvel Energy", "spokesperson")]),
    ('"We will appeal," said Ada Lin, who heads the Harbour Society.', [(LIN, "Harbour Society", "head")]),
    ("Ada Lin — the chief executive of Norvel Energy — said profits fell.", [(LIN, "Norvel Energy", "chief executive")]),
    ("Ada Lin (pictured), the chief executive of Norvel Energy, said profits fell.",
     [(LIN, "Norvel Energy", "chief executive")]),
    ("The company's chief executive, Ada Lin, said profits fell.", [(LIN, None, "chief executive")]),
    ("Ada Lin, a senior official in Westland's foreign ministry, said the talks would resume.",
     [(LIN, "Westland's foreign ministry", "senior official")]),
    ("The UN's top human rights official, Ada Lin, said the talks would resume.",
     [(LIN, "UN", "top human rights official")]),
    ("Ada Lin, an official with the UN refugee agency, said the camps were full.",
     [(LIN, "UN refugee agency", "official")]),
    ("Ada Lin, governor of the Bank of Westland, said rates would rise.", [(LIN, "Bank of Westland", "governor")]),
    # "the company" just named before
    ("Norvel Energy reported a loss. Ada Lin, the company's chief executive, said costs rose.",
     [(LIN, "Norvel Energy", "chief executive")]),
    ("Norvel Energy reported a loss. The company's chief executive, Ada Lin, said costs rose.",
     [(LIN, "Norvel Energy", "chief executive")]),
    ("Norvel Energy and Harbour Bank reported losses. Ada Lin, the company's chief executive, said costs rose.",
     [(LIN, None, "company's chief executive")]),
    # groups of people, ages and home towns, short names
    ("Researchers Ada Lin and Tom Berg of Westfield University said the ice was thinning.",
     [(LIN, "Westfield University", "Researcher"), ("Tom Berg", "Westfield University", "Researcher")]),
    ("Ada Lin and Tom Berg, both researchers at Westfield University, said the ice was thinning.",
     [(LIN, "Westfield University", "researcher"), ("Tom Berg", "Westfield University", "researcher")]),
    ("Ada Lin, 45, of Marlow, a nurse at Marlow General Hospital, said the ward was full.",
     [(LIN, "Marlow General Hospital", "nurse")]),
    ("Ada Lin, Norvel Energy president and chief executive, said profits fell.",
     [(LIN, "Norvel Energy", "president"), (LIN, "Norvel Energy", "chief executive")]),
    ("Ada Lin, a spokesperson for the World Fisheries Organisation (WFO), said stocks were falling.",
     [(LIN, "World Fisheries Organisation", "spokesperson")]),
    ("Ada Lin, WFO director-general, said stocks were falling.", [(LIN, "WFO", "director-general")]),
    ("The WFO's Ada Lin said stocks were falling.", [(LIN, "WFO", None)]),
    # police, courts, the military, emergency services
    ("Defence Secretary Ada Lin said the troops would stay.", [(LIN, None, "Defence Secretary")]),
    ("Chief Constable Ada Lin of Westland Police said the suspect had fled.",
     [(LIN, "Westland Police", "Chief Constable")]),
    ("Lieutenant General Ada Lin, commander of the Harbour Defence Force, said the troops would stay.",
     [(LIN, None, "Lieutenant General"), (LIN, "Harbour Defence Force", "commander")]),
    ("Judge Ada Lin of the Westland High Court said the law was void.", [(LIN, "Westland High Court", "Judge")]),
    ("Ada Lin, a judge at the Westland High Court, said the law was void.", [(LIN, "Westland High Court", "judge")]),
    ("Ada Lin, a lawyer for the family, said they would appeal.", [(LIN, None, "lawyer")]),
    ("Ada Lin, the prosecutor in the case, said the evidence was clear.", [(LIN, None, "prosecutor")]),
    ("Ada Lin, a paramedic with the Westland Ambulance Service, said two people were hurt.",
     [(LIN, "Westland Ambulance Service", "paramedic")]),
    ("Ada Lin, a 34-year-old teacher at Marlow Primary School, said the school was closed.",
     [(LIN, "Marlow Primary School", "teacher")]),
    # UK forms: "from"/"of" after a comma, charities and think tanks, constituencies, speaking for
    ("Ada Lin, from the charity Shelterwell, said the shelters were full.", [(LIN, "Shelterwell", None)]),
    ("Ada Lin, of Norvel Energy, said profits fell.", [(LIN, "Norvel Energy", None)]),
    ("Ada Lin, executive director of the charity Shelterwell, said the shelters were full.",
     [(LIN, "Shelterwell", "executive director")]),
    ("Ada Lin, head of policy at the think tank Westbridge, said taxes would rise.",
     [(LIN, "Westbridge", "head of policy")]),
    ("Ada Lin, general secretary of the Westland Nurses Union, said the strike would go ahead.",
     [(LIN, "Westland Nurses Union", "general secretary")]),
    ("Westfield University vice-chancellor Ada Lin said fees would rise.",
     [(LIN, "Westfield University", "vice-chancellor")]),
    ("BBC political editor Ada Lin said the vote was close.", [(LIN, "BBC", "political editor")]),
    ("Ada Lin, MP for Marlow, said the bill would pass.", [(LIN, None, "MP for Marlow")]),
    ("Ada Lin, representing the Harbour Society, said the port would reopen.", [(LIN, "Harbour Society", None)]),
    ("Ada Lin, speaking on behalf of Norvel Energy, said profits fell.", [(LIN, "Norvel Energy", None)]),
    # clauses: be, serve, work, appoint (the appointed one as object too)
    ("Ada Lin is the chief executive of Norvel Energy.", [(LIN, "Norvel Energy", "chief executive")]),
    ("Ada Lin has been the Harbour Society's president since 2019.", [(LIN, "Harbour Society", "president")]),
    ("Ada Lin serves as the Harbour Society's treasurer.", [(LIN, "Harbour Society", "treasurer")]),
    ("Ada Lin works as a nurse at Marlow General Hospital.", [(LIN, "Marlow General Hospital", "nurse")]),
    ("Ada Lin was elected president of the Harbour Society in 2019.", [(LIN, "Harbour Society", "president")]),
    ("Ada Lin has worked for Norvel Energy since 2010.", [(LIN, "Norvel Energy", None)]),
    ("Norvel Energy appointed Ada Lin as its new chief executive.", [(LIN, "Norvel Energy", "chief executive")]),
    ("Norvel Energy named Ada Lin its chief executive on Monday.", [(LIN, "Norvel Energy", "chief executive")]),
    ("The Harbour Society named Ada Lin as its new president.", [(LIN, "Harbour Society", "president")]),
    ("Norvel Energy hired Ada Lin as chief engineer.", [(LIN, "Norvel Energy", "chief engineer")]),
    ("The board appointed Ada Lin as chair of the Harbour Society.", [(LIN, "Harbour Society", "chair")]),
    ("Ada Lin will become chief executive of Norvel Energy in June.", [(LIN, "Norvel Energy", "chief executive")]),
    # a post taken up or left, named after "as"
    ("Ada Lin, who took over as chief executive of Norvel Energy in May, said profits fell.",
     [(LIN, "Norvel Energy", "chief executive")]),
    ("Ada Lin stepped down as the Harbour Society's president last year.",
     [(LIN, "Harbour Society", "former president")]),
    ("Ada Lin, who was ousted as Norvel Energy's chief executive in May, said profits fell.",
     [(LIN, "Norvel Energy", "former chief executive")]),
    ("Ada Lin, who retired as Norvel Energy's chief executive in 2015, said profits fell.",
     [(LIN, "Norvel Energy", "former chief executive")]),
    ("Nora Vik previously worked for Norvel Energy as a planner.", [("Nora Vik", "Norvel Energy", "former planner")]),
    ("Her husband, Leif Dahl, is a professor at Westfield University.",
     [("Leif Dahl", "Westfield University", "professor")]),
    ("Ada Lin, a fisherman from Marlow who has fished the reefs for 20 years, said the catch was up.",
     [(LIN, None, "fisherman")]),
    ("Ada Lin, a lawyer from Norvel Partners, said the firm would appeal.", [(LIN, "Norvel Partners", "lawyer")]),
    # founded by
    ("Norvel Energy was founded by Ada Lin in 2001.", [(LIN, "Norvel Energy", "founder")]),
    ("The Harbour Trust, which was founded by Ada Lin in 2005, paid for the study.",
     [(LIN, "Harbour Trust", "founder")]),
    ("The study was paid for by the Harbour Trust, a charity founded by businessman Ada Lin.",
     [(LIN, None, "businessman"), (LIN, "Harbour Trust", "founder")]),
    ("US Secretary of State Leif Moe said the talks would resume.", [("Leif Moe", None, "US Secretary of State")]),
    ("Observers led by former Marlow mayor Ada Lin said the vote was fair.", [(LIN, None, "former Marlow mayor")]),
    ("The vote was run by the Westland Electoral Commission. Its chairman, Ada Lin, said it had gone smoothly.",
     [(LIN, "Westland Electoral Commission", "chairman")]),
    ("A fire hit a warehouse of the logistics firm Norvel Freight. Norvel Freight's managing director, Ada Lin, "
     "said stock was lost.", [(LIN, "Norvel Freight", "managing director")]),
    ("She joined the party Tom Berg founded. Tom Berg's chief of staff, Ada Lin, said it would win.",
     [(LIN, None, "chief of staff")]),
    # limits
    xfail("Ada Lin, who plays for Marlow United, scored twice.", [(LIN, "Marlow United", None)],
          "NER reads a made-up team name as a place"),
    xfail("Ada Lin, a former Marlow United goalkeeper, said the club would survive.",
          [(LIN, "Marlow United", "former goalkeeper")], "a team's name NER does not tag stays inside the role"),
    xfail("Ada Lin, the Marlow United manager, said the team had played well.", [(LIN, "Marlow United", "manager")],
          "a team's name NER does not tag stays inside the role"),
    xfail("Labour MP Ada Lin said the bill would pass.", [(LIN, "Labour", "MP")],
          "a party word NER does not tag as an organisation stays in the role"),
    xfail("Democratic Senator Ada Lin said the bill would pass.", [(LIN, "Democratic Party", "Senator")],
          "a party adjective stays in the role"),
]

NEGATIVE = [
    # a verb's object, a meeting, a lawsuit, a letter: no membership
    "Ada Lin visited Norvel Energy on Monday.",
    "Ada Lin met the president of the Harbour Society on Monday.",
    "Ada Lin sued Norvel Energy in March.",
    "Ada Lin, who has sued Norvel Energy twice, said the pipe had burst.",
    "Ada Lin wrote to the chief executive of Norvel Energy on Monday.",
    "Ada Lin thanked the Harbour Society for its help.",
    "Ada Lin, who criticised Norvel Energy, said the pipe had burst.",
    "Ada Lin applied to Westfield University in 2019.",
    "Ada Lin told the Marlow Herald that the roads were closed.",
    "Ada Lin, speaking to the Marlow Herald, said the roads were closed.",
    # a candidacy is no post
    "Ada Lin, who ran for president in 2016, said the bill would pass.",
    "Ada Lin, who wants to become mayor, said the roads were closed.",
    "Ada Lin, a candidate for mayor, said the roads were closed.",
    "Ada Lin, who is running for governor, said the roads were closed.",
    # a place, a family relation, a role in the event
    "Ada Lin, 34, of Oslo, said the roads were closed.",
    "Ada Lin, the victim's mother, said the roads were closed.",
    "Ada Lin, a Marlow resident, said the roads were closed.",
    "Ada Lin, a witness, said the car was red.",
    "Ada Lin, a customer of Norvel Energy, said her bill had doubled.",
    "Ada Lin, a fan of Marlow United, said the team had played well.",
    "Ada Lin, whose son works for Norvel Energy, said the pipe had burst.",
    "The shipping firm Norvel said it would appeal.",
    # a post not held: hypothetical, wished, negated, an award
    "Ada Lin could become the president of the Harbour Society.",
    "Ada Lin wants to join Norvel Energy as chief engineer.",
    "Norvel Energy could appoint Ada Lin as chief executive.",
    "Ada Lin could be the next president of the Harbour Society.",
    "Ada Lin did not resign as chief executive of Norvel Energy.",
    "Ada Lin could step down as chief executive of Norvel Energy.",
    "Ada Lin hopes to work for Norvel Energy.",
    "Ada Lin, who hopes to become president of the Harbour Society, said the port would reopen.",
    "Ada Lin, a critic of Norvel Energy, said the pipe had burst.",
    "Ada Lin, a supporter of the Harbour Party, said the bill would pass.",
    "Ada Lin, whose husband is chief executive of Norvel Energy, said the pipe had burst.",
    "Ada Lin was not the chief executive of Norvel Energy.",
    "Ada Lin is a customer of Norvel Energy.",
    "Tom Berg named Ada Lin the best player of the season.",
    "Ada Lin called the chief executive of Norvel Energy on Monday.",
    "A dog named Rex bit Ada Lin in the park.",
    "Ada Lin, representing Denver, said the roads were closed.",
    "Ada Lin, speaking for the families, said the roads were closed.",
    "The winner was Ada Lin — a result nobody expected.",
    # a home town after "from", even one NER calls an organisation
    "Ada Lin, from Marlow, said the roads were closed.",
    "Ada Lin from Marlow said the roads were closed.",
    # family, patients, guests, the arrested: no post
    "Ada Lin, the daughter of Tom Berg, said the roads were closed.",
    "Ada Lin, the mother of a pupil at Marlow Primary School, said the school was closed.",
    "Ada Lin, who was treated at Marlow General Hospital, said the ward was full.",
    "Ada Lin, who was arrested by Westland Police, said she was innocent.",
    "Ada Lin, a patient at Marlow General Hospital, said the ward was full.",
    "Ada Lin, a guest at the Harbour Hotel, said the fire alarm rang.",
    "Ada Lin, a donor to the Harbour Party, said the bill would pass.",
    "Ada Lin, a winner of the Harbour Prize, said the award was a surprise.",
    pytest.param("Ada Lin of Oslo said the roads were closed.",
                 marks=pytest.mark.xfail(strict=True, reason="NER may tag a city as an organisation")),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_news_form_gives_the_expected_links(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_link_for_the_first_person(text):
    assert [link for link in links(text) if link[0] == LIN] == []


def test_a_lawyer_of_a_person_is_no_member_of_his_organisation():
    assert links("Ada Lin's lawyer Tom Berg said they would appeal.") == [("Tom Berg", None, "lawyer")]


def test_the_person_met_keeps_no_link_of_the_one_who_met_him():
    assert links("Tom Berg, the Harbour Society's president, met Ada Lin on Monday.") == [
        ("Tom Berg", "Harbour Society", "president")]
