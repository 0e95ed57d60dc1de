"""General English word lists the extractor's rules rely on (no names from any article)."""
from __future__ import annotations

# Verbs that attribute a statement to their subject: "X said", "said X", "X warned that ...".
# "tell" counts with its subject only: the object of "told" is the listener, never the speaker.
REPORTING_VERBS = {
    "say", "add", "warn", "predict", "tell", "explain", "note", "argue", "claim", "insist",
    "state", "write", "acknowledge", "admit", "announce", "assert", "caution", "comment",
    "conclude", "confirm", "contend", "declare", "deny", "emphasize", "emphasise", "estimate",
    "maintain", "observe", "remark", "reply", "respond", "stress", "testify", "tweet", "post",
    "recall", "continue", "ask", "agree", "complain", "concede", "suggest", "allege", "mention",
    "reiterate", "report", "forecast", "joke", "boast", "recount", "vow", "promise", "urge",
    "lament", "counter", "retort", "point", "underline", "underscore",
}

# Participles that report what their clause's subject said: "..., calling the plan a failure".
# "adding" is left out on purpose: it tacks a narrated detail onto a quote far more often than
# it reports a claim of its own.
REPORTING_PARTICIPLES = {
    "call", "describe", "label", "dub", "brand", "term", "characterize", "characterise",
    "say", "warn", "argue", "insist", "claim", "predict", "accuse", "urge", "vow", "promise",
    "deny", "dismiss", "praise", "criticize", "criticise", "ask", "encourage",
}

# Nouns for a statement that a possessor made: "X's repeated statements that ...".
STATEMENT_NOUNS = {
    "statement", "remark", "comment", "claim", "assertion", "warning", "insistence", "argument",
    "pledge", "vow", "promise", "prediction", "assurance", "declaration", "admission",
    "conclusion", "contention", "allegation", "suggestion",
}

# Speech-act nouns whose content follows a preposition, with that preposition ("Ruiz's claims of
# fraud", "her call for an inquiry", "his denial of any wrongdoing")
CONTENT_PREPOSITION_NOUNS = {
    "claim": "of", "allegation": "of", "accusation": "of", "warning": "of", "denial": "of", "admission": "of",
    "announcement": "of", "prediction": "of", "promise": "of", "pledge": "of", "endorsement": "of",
    "call": "for", "demand": "for", "request": "for", "appeal": "for", "plea": "for",
}
# Speech-act nouns whose content may be an infinitive ("Ruiz's promise to cut taxes", "the mayor's
# vow to rebuild", "his threat to walk out"): what was promised, vowed or threatened.
INFINITIVE_CONTENT_NOUNS = {"promise", "vow", "pledge", "threat", "offer", "call", "demand", "appeal", "plea"}

SPEAKER_PRONOUNS = {"he", "she"}

# Head nouns of a role or job title ("a crane operator", "Trade Minister", "research fellow").
ROLE_NOUNS = {
    "president", "minister", "chancellor", "secretary", "general", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "fellow", "operator", "blogger", "propagandist", "ambassador",
    "director", "chief", "head", "commander", "officer", "professor", "researcher", "economist",
    "expert", "official", "adviser", "advisor", "senator", "governor", "mayor", "lawmaker",
    "representative", "congressman", "congresswoman", "chairman", "chairwoman", "chair", "ceo",
    "founder", "co-founder", "editor", "correspondent", "reporter", "journalist", "soldier",
    "pilot", "engineer", "lawyer", "attorney", "judge", "doctor", "physician", "nurse",
    "teacher", "scientist", "historian", "strategist", "diplomat", "envoy", "leader", "manager",
    "executive", "member", "partner", "coordinator", "activist", "organizer", "organiser",
    "consultant", "deputy", "king", "queen", "prince", "princess", "premier", "mp", "spokesman",
    "sergeant", "captain", "lieutenant", "colonel", "major", "commissioner", "inspector",
    "prosecutor", "investigator", "owner", "farmer", "volunteer", "medic", "paramedic",
    "scholar", "lecturer", "dean", "principal", "superintendent", "treasurer", "auditor", "clerk",
    "negotiator", "mediator", "monitor", "observer", "aide", "staffer", "counsel", "novelist",
    "author", "writer", "columnist", "commentator", "blogger", "producer", "photographer",
    "designer", "architect", "planner", "specialist", "technician", "mechanic", "driver",
    "gunner", "sniper", "marine", "infantryman", "paratrooper", "veteran", "student", "player",
    "coach", "manager", "ceo", "cfo", "cto", "founder", "trustee", "governor", "pastor", "priest",
    "bishop", "rabbi", "imam", "secretary-general", "vice", "candidate", "nominee", "speaker",
    "whip", "mayor", "sheriff", "constable", "marshal", "detective", "trooper", "ranger",
    "firefighter", "coroner", "warden", "admiral", "cardinal", "archbishop", "emir",
    "chancellor", "magistrate", "solicitor", "barrister", "midfielder", "striker", "goalkeeper",
    "forward", "defender", "quarterback", "pitcher", "guard", "councillor", "councilor", "councilman", "councilwoman", "ombudsman",
    "vp", "svp", "evp",
}

# Words that may stand inside a title before a name without being a role head themselves.
TITLE_MODIFIERS = {
    "foreign", "defense", "defence", "interior", "finance", "prime", "deputy", "vice", "former",
    "acting", "senior", "junior", "chief", "general", "state", "military", "national", "top",
    "assistant", "associate", "executive", "managing", "first", "lead", "principal", "special",
    "economy", "health", "justice", "education", "trade", "energy", "intelligence", "security",
    "army", "navy", "air", "force", "policy", "research", "political", "press", "opposition",
    "party", "regional", "local", "federal", "district", "supreme", "chief", "armed", "forces",
    "drone", "news", "retired", "longtime", "veteran", "independent", "conservative", "liberal",
    "defence", "and", "of", "the", "geospatial", "staff", "field", "communications",
}

# Head nouns that make the name before them an organisation ("the Dockworkers union").
ORGANISATION_NOUNS = {
    "union", "group", "party", "association", "federation", "council", "company", "agency",
    "ministry", "department", "office", "institute", "foundation", "committee", "commission",
}

# Verbs of a relative clause that tie a person to an organisation ("who founded Y").
AFFILIATION_VERBS = {
    "found": "founder", "co-found": "co-founder", "head": "head", "lead": "leader", "run": "head",
    "chair": "chair", "direct": "director", "own": "owner", "work": None, "serve": None,
    "command": "commander", "manage": "manager", "belong": None, "represent": None,
}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "dozen": 12, "trillion": 1_000_000_000_000,
}
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen"}

ORDINAL_WORDS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
}

# Qualifiers kept with a figure, longest first so "more than" wins over "more".
QUALIFIERS = [
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as", "as little as",
    "as few as", "no more than", "no fewer than", "nearly", "almost", "about", "around",
    "roughly", "approximately", "some", "over", "under", "just over", "just under", "only",
    "an estimated", "estimated", "close to",
]

# Units that "a"/"an" counts as one of ("more than a week").
SINGULAR_UNITS = {
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
    "mile", "kilometer", "kilometre", "meter", "metre", "percent", "half",
}

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Currencies other than the ones with a sign: "2 billion rupees", "300 pesos".
CURRENCY_WORDS = {
    "dollars", "euros", "pounds", "yen", "yuan", "renminbi", "rupees", "rupiah", "taka", "pesos",
    "reais", "rand", "naira", "shillings", "francs", "kronor", "kroner", "krona", "krone", "zloty",
    "rubles", "roubles", "hryvnias", "lira", "dirhams", "riyals", "dinars", "ringgit", "baht", "won",
    "dong", "cedis", "birr", "kwacha", "cents", "pence",
}

# Fractions a figure may be written in ("about a third of", "nearly half").
FRACTION_WORDS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}

# Words before a score or a vote tally ("voted 9-4", "led 3-1", "a 4-2 win").
SCORE_WORDS = {
    "vote", "voted", "votes", "trailed", "trailing", "led", "leading", "lead", "won", "win", "wins",
    "lost", "loses", "beat", "beating", "defeated", "tied", "record", "score", "scored", "margin",
    "finished", "improved", "fell", "approved", "passed", "rejected",
}

# Verbs that state a multiple ("cases tripled").
MULTIPLIER_VERBS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}

# Plural nouns for people whose age a bound may follow ("children under five").
PEOPLE_NOUNS = {
    "children", "adults", "people", "patients", "women", "men", "residents", "participants",
    "those", "anyone", "seniors", "voters", "workers", "students", "girls", "boys", "kids",
}

# Courtesy titles and abbreviated ranks written before a name ("Dr Ada Lin", "Lt. Col. Tom Berg") (for
# the gender a courtesy title tells see COURTESY_TITLES). The tokenizer keeps each rank one token (nlp.py),
# names read them as part of a name (names/shapes.py) and a job noun before one stays the title
# ("army spokesperson Col. X", affiliations).
NAME_TITLES = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof."}
MILITARY_RANKS = {"Lt.", "Col.", "Gen.", "Maj.", "Capt.", "Sgt.", "Cpl."}
RANK_ABBREVIATIONS = MILITARY_RANKS | {"Supt.", "Insp.", "Det.", "Hon."}
# The noun an abbreviated title stands for: "Gov. Ana Ruiz" is the one "the governor said" means
TITLE_ABBREVIATION_NOUNS = {"gov.": "governor", "sen.": "senator", "gen.": "general", "col.": "colonel",
                            "lt.": "lieutenant", "maj.": "major", "capt.": "captain", "sgt.": "sergeant",
                            "cpl.": "corporal", "det.": "detective", "insp.": "inspector", "supt.": "superintendent",
                            "prof.": "professor"}

# ---- who said what (quotes.py) -------------------------------------------------------------
# English verbs of communication by class (after the usual grammars' classes of reporting verbs).
# A clause they govern ("X warned that ...", "X said prices would rise") is X's statement.
COMMUNICATION_VERBS = {
    "say": {"say", "tell", "state", "add", "note", "mention", "remark", "comment", "observe", "write",
            "post", "tweet", "reply", "respond", "answer", "report", "recount", "recall", "reiterate",
            "repeat", "testify", "continue", "joke", "quip", "boast", "brag", "counter", "retort",
            # telling someone (Levin's "advise" verbs) and the media and manners of saying
            "inform", "notify", "apprise", "brief", "convey", "divulge", "relay", "text", "email", "e-mail",
            "shout", "yell", "scream", "whisper", "mutter", "murmur", "exclaim", "confide", "blurt", "remind"},
    "assert": {"assert", "claim", "insist", "maintain", "contend", "argue", "allege", "stress",
               "emphasize", "emphasise", "underline", "underscore", "point", "affirm", "reaffirm",
               "assure", "reassure", "swear", "certify"},
    "explain": {"explain", "clarify", "elaborate", "detail", "describe"},
    "announce": {"announce", "declare", "proclaim", "disclose", "reveal", "publish", "unveil", "concede"},
    "warn": {"warn", "caution", "alert"},
    "urge": {"urge", "call", "appeal", "plead", "implore", "beg", "entreat", "exhort", "demand", "request", "ask",
             "encourage", "advise", "recommend", "propose", "suggest", "instruct", "order", "tell"},
    "criticise": {"criticise", "criticize", "condemn", "denounce", "decry", "deplore", "lambast",
                  "rebuke", "slam", "blast", "accuse", "blame", "praise", "hail", "applaud", "thank",
                  "welcome", "question", "challenge", "threaten", "commend", "laud", "castigate", "chastise",
                  "berate", "scold", "assail", "fault"},
    "admit": {"admit", "acknowledge", "confess", "concede", "apologise", "apologize"},
    "deny": {"deny", "dispute", "refute", "rebut", "reject", "dismiss", "contradict"},
    "describe": {"call", "describe", "label", "dub", "term", "brand", "characterise", "characterize"},
    "estimate": {"estimate", "predict", "forecast", "expect", "project", "anticipate", "calculate",
                 "reckon", "conclude"},
    "confirm": {"confirm", "verify", "indicate", "signal", "suggest", "imply", "hint"},
    "agree": {"agree", "disagree", "concur", "object", "protest", "complain", "lament"},
    "promise": {"promise", "pledge", "vow", "guarantee"},
}
SPEECH_VERBS = set().union(*COMMUNICATION_VERBS.values())

# Verbs whose noun-phrase object is itself what was said, a speech act ("X declared a state of
# emergency", "X condemned the attack", "X denied the allegations"); for the rest of the speech
# verbs an object is the listener or a topic ("told reporters", "explained the plan").
SPEECH_ACT_VERBS = {
    "announce", "declare", "proclaim", "disclose", "reveal", "condemn", "denounce", "decry", "deplore",
    "criticise", "criticize", "lambast", "slam", "blast", "threaten", "deny", "dispute", "refute",
    "reject", "dismiss", "confirm", "predict", "forecast", "expect", "estimate", "anticipate",
    "promise", "pledge", "vow", "guarantee", "describe", "propose", "recommend", "demand", "admit",
    "acknowledge", "concede", "reaffirm", "reiterate", "praise", "accuse", "commend", "laud", "castigate",
    "chastise", "berate", "scold", "assail", "fault", "thank", "hail", "applaud",
}
# Verbs that take what was said as a prepositional object ("disagreed with the finding").
SPEECH_PREPOSITIONS = {"disagree": "with", "agree": "with", "object": "to", "warn": "of", "complain": "about",
                       "call": "for", "appeal": "for", "argue": "for", "speak": "of"}
# Verbs whose "against" phrase is what was said: "warned against a rushed vote", "cautioned against
# changing the rules" (an advice not to, as "urged them not to")
SPEECH_AGAINST_VERBS = {"warn", "caution", "advise", "argue", "counsel"}

# Verbs that say the speaker did not say it: "the agency denies that X" is no "the agency said X".
DENIAL_VERBS = {"deny", "dispute", "refute", "rebut", "reject", "dismiss", "contradict"}

# Heads of an infinitive that report its speech verb as done: "went on to say", "took to social
# media to announce"; "declined to say", "plans to announce" report nothing said.
CARRY_ON_VERBS = {"go", "continue", "proceed", "take", "rush", "hasten", "return", "move"}
# Heads that report the speech verb as done only with a clause of its own: "tried to argue that
# the plan was late" argued it; "tried to add a question to the form" said nothing.
ATTEMPT_VERBS = {"try", "seek", "attempt"}

# Descriptions of people that title a name ("Actor Ana Ruiz", "eyewitness Tom Berg") or stand for a
# person the article names ("the witness said"), beyond the job titles of ROLE_NOUNS.
PERSON_NOUNS = {
    "actor", "actress", "singer", "rapper", "musician", "artist", "comedian", "filmmaker", "dancer",
    "voter", "resident", "witness", "eyewitness", "victim", "survivor", "suspect", "defendant",
    "plaintiff", "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister",
    "uncle", "aunt", "nephew", "niece", "grandfather", "grandmother", "friend", "neighbour",
    "neighbor", "passenger", "motorist", "bystander", "patient", "parent", "widow", "fan",
    "athlete", "swimmer", "runner", "cyclist", "boxer", "inventor", "entrepreneur", "businessman",
    "businesswoman", "billionaire", "poet", "chef", "explorer", "climber", "pilot", "astronaut",
    "seismologist", "meteorologist", "epidemiologist", "virologist", "biologist", "physicist",
    "chemist", "geologist", "psychologist", "sociologist", "politician", "campaigner", "protester",
    "protestor", "organiser", "organizer", "spokesperson", "official",
}

# Common nouns for media and other things a name can be set beside ("the newspaper El País",
# "the broadcaster RTP", "the band Kestrel"): the name is the outlet's or the thing's, not a
# person's, whatever NER guessed.
MEDIA_AND_THING_NOUNS = {
    "newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "journal", "broadcaster", "network",
    "channel", "station", "radio", "website", "site", "outlet", "blog", "podcast", "publication",
    "agency", "band", "group", "club", "team", "company", "firm", "airline", "carrier", "ship", "vessel",
    "brand", "app", "platform", "charity", "organisation", "organization", "union", "party",
}

# Speech-act verbs with an everyday sense whose object is a thing, not words ("admitted three
# patients", "confirmed his place in the final", "promised his son a bike", "denied him a visa",
# "rejected the offer"): their noun-phrase object is a statement only when it names words or a
# stance (see CLAIM_OBJECT_NOUNS); a clause after them ("admitted that ...") always is.
THING_OBJECT_SPEECH_VERBS = {
    "admit", "acknowledge", "concede", "confirm", "deny", "reject", "dismiss", "promise", "guarantee",
    "reveal",
}
# Objects that make those verbs speech: "denied the allegations", "conceded defeat",
# "acknowledged the mistake", "confirmed the reports", "revealed plans to ...".
CLAIM_OBJECT_NOUNS = {
    "claim", "allegation", "accusation", "report", "suggestion", "charge", "criticism", "idea", "notion",
    "rumour", "rumor", "speculation", "assertion", "finding", "conclusion", "story", "account", "statement",
    "remark", "comment", "defeat", "responsibility", "guilt", "wrongdoing", "mistake", "error", "failure",
    "failings", "involvement", "role", "existence", "plan", "intention", "decision", "death", "news",
    "fact", "truth", "link", "possibility", "fears", "concern", "problem", "need",
}

# Last words of names of places, buildings and organisations ("Downing Street", "the Blue House",
# "Acme Holdings", "the Daily Post"): a capitalised name ending in one is no person's.
NON_PERSON_NAME_HEADS = {
    "street", "road", "avenue", "lane", "square", "house", "palace", "hall", "castle", "tower", "bridge",
    "office", "centre", "center", "building", "airport", "station", "port", "harbour", "harbor", "park",
    "group", "holdings", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co", "co.", "plc", "llc", "company",
    "council", "ministry", "university", "college", "school", "hospital", "clinic", "bank", "agency",
    "institute", "foundation", "party", "union", "court", "police", "department", "committee",
    "commission", "association", "club", "times", "post", "news", "press", "herald", "journal", "tribune",
    "gazette", "telegraph", "guardian", "airlines", "airways", "motors", "media", "network", "television",
    "radio", "army", "navy", "force", "service", "services", "authority", "board", "trust", "fund",
    "society", "league", "federation", "organisation", "organization", "church", "cathedral", "mosque",
    "temple", "museum", "gallery", "theatre", "theater", "stadium", "arena", "river", "lake", "mountain",
    "island", "valley", "county", "city", "state", "province", "region", "district", "republic", "kingdom",
}

# More verbs of communication, added to the classes above: talking of something ("spoke of a
# “new era”"), manners of speaking ("“Run!” she shouted"), informing ("informed the board that
# ...") and reasoning aloud ("they reason that ...").
COMMUNICATION_VERBS["say"] |= {"speak", "talk", "shout", "yell", "scream", "whisper", "exclaim", "mutter",
                               "murmur", "inform", "notify", "brief", "email", "text", "blog", "confide",
                               "share"}
COMMUNICATION_VERBS["assert"] |= {"reason", "opine", "speculate", "theorize", "theorise", "posit", "attest",
                                  "profess", "specify"}
# Complaining aloud: "fretted that the tariffs could cost the firm its orders"
COMMUNICATION_VERBS["agree"] |= {"fret", "grumble", "gripe", "bemoan"}
SPEECH_VERBS |= set().union(*COMMUNICATION_VERBS.values())
SPEECH_PREPOSITIONS.setdefault("talk", "of")
# Telling of something narrates it: "she told of her long night in the cellar" ("was told of" is
# the listener's, as every passive "told" is)
SPEECH_PREPOSITIONS.setdefault("tell", "of")
# Manners of speaking attribute a quotation on their own ("“Get out!” she shouted."), like "said".
REPORTING_VERBS |= {"shout", "yell", "scream", "whisper", "exclaim", "mutter", "murmur"}
# So do tags of how the words came out or what they recall ("“...,” she laughed", "“...,” he
# remembered", "“...,” she reflected")
REPORTING_VERBS |= {"laugh", "sigh", "cry", "remember", "reflect"}

# More words for people by occupation, pursuit or situation that title a name ("Lifeguard Ana Ruiz",
# "Plumber Tom Berg") or stand for a person the article names. Words that are also common given
# names (hunter, mason, baker) are left out: "Hunter Ruiz" is a name.
PERSON_NOUNS |= {
    "lifeguard", "fisherman", "fisherwoman", "draftsman", "draughtsman", "craftsman", "craftswoman", "cameraman", "camerawoman", "postman", "postwoman", "frontman", "frontwoman", "miner", "builder", "carpenter", "electrician", "plumber",
    "butcher", "shopkeeper", "cashier", "waiter", "waitress", "cleaner", "janitor", "sailor", "rancher",
    "vet", "veterinarian", "dentist", "surgeon", "pharmacist", "midwife", "therapist", "counsellor",
    "counselor", "accountant", "banker", "trader", "investor", "broker", "programmer", "developer",
    "astronomer", "oceanographer", "climatologist", "ecologist", "zoologist", "botanist", "archaeologist",
    "anthropologist", "mathematician", "statistician", "philosopher", "theologian", "linguist", "critic",
    "reviewer", "vlogger", "influencer", "youtuber", "streamer", "podcaster", "presenter", "anchor",
    "newsreader", "pundit", "cartoonist", "illustrator", "painter", "sculptor", "composer", "conductor",
    "pianist", "violinist", "guitarist", "drummer", "vocalist", "songwriter", "playwright", "screenwriter",
    "choreographer", "curator", "librarian", "archivist", "tutor", "headteacher", "headmaster",
    "headmistress", "pupil", "graduate", "intern", "apprentice", "trainee", "worker", "labourer", "laborer",
    "employee", "colleague", "coworker", "landlord", "landlady", "tenant", "homeowner", "shopper",
    "customer", "commuter", "tourist", "traveller", "traveler", "pilgrim", "refugee", "migrant",
    "immigrant", "prisoner", "inmate", "detainee", "hostage", "demonstrator", "lobbyist", "donor", "carer",
    "caregiver", "nanny", "cousin", "stepfather", "stepmother", "fiancé", "fiancée", "girlfriend",
    "boyfriend", "spouse", "widower", "teenager", "pensioner", "retiree", "mountaineer", "skier", "golfer",
    "cricketer", "footballer", "jockey", "sprinter", "wrestler", "gymnast", "skater", "surfer", "rower",
    "referee", "umpire", "spectator", "onlooker", "rescuer", "diver", "co-author", "author", "co-developer",
    "developer", "inventor", "co-founder", "researcher", "student", "survivor",
}

# --- affiliations -------------------------------------------------------------------------------
# More job nouns for people ("US actor X", "Dutch inventor X", "staff meteorologist X",
# "an alumnus of Y"). Occupational words that are also common surnames (Singer, Baker, Cook,
# Carpenter, Mason, Hunter, Porter) stay out: a role noun is never read as a word of a name.
ROLE_NOUNS.update({
    "prefect", "actor", "actress", "inventor", "meteorologist", "alumnus", "alumna", "chairperson",
    "co-chair", "vice-president", "epidemiologist", "virologist", "seismologist", "geologist", "paleontologist", "palaeontologist", "patriarch", "draftsman", "draughtsman", "craftsman",
    "craftswoman", "cameraman", "camerawoman", "frontman", "frontwoman",
    "climatologist", "psychologist", "psychiatrist", "surgeon", "pharmacist", "dentist", "comedian",
    "filmmaker", "screenwriter", "playwright", "poet", "musician", "composer", "rapper", "guitarist",
    "drummer", "entrepreneur", "businessman", "businesswoman", "astronaut", "physicist", "chemist",
    "biologist", "sociologist", "anthropologist", "archaeologist", "criminologist", "pediatrician",
    "paediatrician", "toxicologist", "pathologist", "ecologist", "astronomer", "mathematician",
    "broadcaster", "presenter", "anchor", "anchorwoman", "anchorman", "newsreader", "publicist",
    "lobbyist", "campaigner", "pollster", "statistician", "accountant", "banker", "investor",
    "detective", "constable", "patrolman", "deputy", "agent", "employee", "staffer", "intern",
    "attorney-general", "solicitor-general", "cofounder",
})

# Plurals of role nouns that are not the noun plus -s ("Ministers A and B" are two ministers).
ROLE_PLURALS = {"spokesmen": "spokesman", "spokeswomen": "spokeswoman", "chairmen": "chairman",
                "chairwomen": "chairwoman", "congressmen": "congressman", "congresswomen": "congresswoman",
                "councilmen": "councilman", "councilwomen": "councilwoman", "businessmen": "businessman",
                "businesswomen": "businesswoman", "secretaries": "secretary", "deputies": "deputy",
                "attorneys": "attorney", "alumni": "alumnus", "attorneys-general": "attorney-general"}

# Lowercase head nouns with which a description names an institution ("the regional police",
# "the city's water board", "the state health department").
INSTITUTION_NOUNS = {
    "police", "authority", "department", "ministry", "agency", "office", "council", "commission",
    "service", "board", "bureau", "government", "administration", "utility", "court", "army", "navy",
    "hospital", "university", "college", "committee", "parliament", "legislature", "senate",
    "assembly", "embassy", "consulate", "regulator", "watchdog", "tribunal", "directorate",
    "inspectorate", "constabulary", "force", "coastguard", "guard",
}

# Nouns for a named thing that is no person: the name after them ("the shipping firm Norvel",
# "the film Harbour Lights") or ending in them ("the Cree Nation", "the Valley Tribes") is no one's.
NON_PERSON_NOUNS = {
    "firm", "company", "group", "agency", "carrier", "retailer", "manufacturer", "maker", "developer",
    "publisher", "network", "airline", "bank", "insurer", "startup", "start-up", "chain", "brand",
    "label", "outlet", "newspaper", "magazine", "website", "site", "station", "channel", "charity",
    "nonprofit", "non-profit", "organisation", "organization", "party", "union", "club", "team",
    "band", "studio", "supermarket", "provider", "giant", "conglomerate", "subsidiary", "franchise",
    "tribe", "tribes", "nation", "nations", "movement", "coalition", "alliance", "association",
    "foundation", "institute", "university", "school", "hospital", "festival", "film", "movie",
    "show", "series", "programme", "program", "album", "book", "novel", "song", "game", "app",
    "platform", "ship", "vessel", "storm", "hurricane", "typhoon", "cyclone", "community",
    "society", "council", "committee", "commission", "fund", "trust", "league", "federation",
    "corporation", "academy", "college", "ministry", "department", "office", "authority", "board",
    "bureau", "service", "project", "campaign", "initiative", "journal", "radio", "television",
    "character", "hero", "superhero", "villain", "persona",
}

# Last words of a name of a group or an institution, never of a person ("Valley Tribes",
# "Cree Nation", "Harbour Society"). Words that are also surnames (Brand, Church, Post) stay out.
# Legal forms of companies in English and European usage ("Harbour Kft.", "Lindqvist AB", "Berg GmbH"):
# a name that ends in one names a company, whatever NER guessed.
LEGAL_FORMS = {
    "gmbh", "ag", "kg", "sa", "s.a.", "sas", "sarl", "spa", "s.p.a.", "srl", "s.r.l.", "nv", "n.v.", "bv", "b.v.",
    "oy", "oyj", "ab", "asa", "a/s", "aps", "kft", "kft.", "zrt", "zrt.", "nyrt", "nyrt.", "s.r.o.", "a.s.", "sp.",
    "pty", "llp", "lp", "ltda", "bhd", "sdn", "kk", "plc.", "co.", "limited", "incorporated",
}

GROUP_NAME_ENDINGS = {
    "tribe", "tribes", "nation", "nations", "peoples", "community", "communities", "society",
    "association", "foundation", "institute", "university", "college", "academy", "school", "council",
    "committee", "commission", "union", "party", "group", "company", "corporation", "inc", "ltd",
    "llc", "plc", "corp", "fund", "alliance", "coalition", "league", "federation", "club", "department",
    "ministry", "agency", "authority", "bureau", "office", "network", "news", "times", "centre",
    "center", "studios", "films", "pictures", "records", "industries", "holdings", "partners",
} | LEGAL_FORMS
# Last words of sports clubs' names ("Marlow United", "Dunmore Rovers"), which NER often takes for
# places: before a role noun ("a Marlow United goalkeeper") the name is the club's
CLUB_NAME_ENDINGS = {"united", "rovers", "wanderers", "athletic", "albion", "fc"}

# Names of schools and universities end in, or start with, one of these ("Port Ellis University",
# "University of Oslo", "the Royal Academy of Music").
EDUCATION_NOUNS = {
    "university", "college", "academy", "school", "institute", "conservatory", "conservatoire",
    "polytechnic", "seminary", "university's",
}

# Verbs (lemmas) and nouns that tie a person to a school ("X attended Y", "his studies at Y").
STUDY_VERBS = {"attend", "graduate", "study", "enrol", "enroll"}
STUDY_NOUNS = {"studies", "study", "student", "graduate", "alumnus", "alumna", "degree"}

# Words after which a name is a name and not a titled person ("also known as King Rho").
ALIAS_MARKERS = {"called", "named", "dubbed", "nicknamed", "titled", "entitled", "aka", "a.k.a."}

# Lowercase nouns for a news medium that may end a station's name ("WXYZ 7 news").
MEDIA_NOUNS = {"news", "radio", "television", "tv"}

# Words of a title before a name that are no job noun themselves ("Majority Leader X").
TITLE_MODIFIERS.update({"majority", "minority", "presidential", "ranking", "junior", "interim"})


def _role_plural(word: str) -> str:
    if word.endswith(("man", "woman")):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


# Every role noun's plural ("ministers", "chairmen"), so that "Ministers Ada Lin and Tom Berg"
# is a title over two people; plurals that are also surnames (Fellows, Majors) are left out.
ROLE_PLURALS.update({_role_plural(w): w for w in ROLE_NOUNS if _role_plural(w) not in {"fellows", "majors", "vices"}})

# Nouns of NON_PERSON_NOUNS for works, things and peoples rather than organisations: no one
# is "of the film X" as its member ("Ada Lin of the band X" is, "of the hurricane X" is not).
NON_ORGANISATION_THINGS = {
    "festival", "film", "movie", "show", "series", "programme", "program", "album", "book", "novel",
    "song", "game", "app", "platform", "ship", "vessel", "storm", "hurricane", "typhoon", "cyclone",
    "community", "tribe", "tribes", "nation", "nations", "brand", "label", "character", "hero",
    "superhero", "villain", "persona", "journal", "radio", "television", "site", "website", "chain",
}

# Short forms in capitals that are common nouns, not organisations ("TV presenter Ada Lin").
COMMON_ACRONYMS = {"TV", "DJ", "MC", "PR", "IT", "HR", "AI", "GP", "VIP", "CEO", "CFO", "COO", "CTO", "MP", "MEP",
                   "OK", "PHD", "MD", "RN", "EMT", "ER", "ICU"}

# Verbs (lemmas) that give their subject a role ("was named chief executive of Y", "became
# mayor of Y", "joined Y as a director").
APPOINTMENT_VERBS = {"name", "appoint", "elect", "become", "join", "hire", "promote", "re-elect", "reappoint", "choose",
                     "select", "pick"}

# Nouns that introduce the title of a work ("the superhero film Harbour Lights", "her novel X"):
# a work is no organisation, so "director of X" is a role, not a job at X.
# Words that are also verbs ("polls show Labour ahead", "they play Ashby United") stay out.
WORK_NOUNS = {"film", "movie", "novel", "album", "song", "series", "musical", "opera", "documentary",
              "sitcom", "poem", "painting", "franchise", "miniseries", "memoir", "biopic"}

# Adjectives before a title that describe the person, not the post ("the late actor X",
# "embattled chief executive X"): they stay out of the role.
DESCRIPTIVE_ADJECTIVES = {
    "late", "deceased", "slain", "murdered", "jailed", "detained", "imprisoned", "exiled", "missing",
    "injured", "wounded", "beloved", "famous", "renowned", "acclaimed", "legendary", "celebrated",
    "embattled", "disgraced", "controversial", "popular", "outspoken", "influential", "prominent",
    "well-known", "award-winning", "best-selling", "bestselling", "young", "elderly", "dead",
}

# --- affiliations: a broad list of jobs and titles in English news ------------------------------
# Officials, scientists, artists, athletes, clergy, military ranks, academic and business titles
# ("geologist X", "X, an alderman", "Chief Justice X", "Pope X"). Words that are also common
# surnames (Baker, Cook, Mason, Bishop, Foreman) are in SURNAME_OCCUPATIONS
# below instead: a name-finder must not drop them from "Ann Baker".
_MORE_ROLE_NOUNS = {
    # government, politics, law
    "selectman", "selectwoman", "alderman", "alderwoman", "legislator", "assemblymember", "politician",
    "assemblyman", "assemblywoman", "assemblyperson", "congressperson", "councilperson", "alderperson",
    "mep", "mla", "msp", "advocate",
    "statesman", "stateswoman", "councilmember", "delegate", "ombudsperson", "regulator", "bureaucrat",
    "civil-servant", "administrator", "registrar", "comptroller", "controller", "justice", "jurist", "notary", "paralegal", "public-defender", "chief-of-staff", "undersecretary",
    "under-secretary", "attaché", "consul", "vice-chair", "vice-chairman", "vice-chancellor",
    "provost", "rector", "headteacher", "headmaster", "headmistress", "schoolteacher", "tutor",
    "instructor", "educator", "academic", "postdoc", "fellow", "laureate", "emeritus",
    # science and medicine
    "scientist", "researcher", "oceanographer", "geographer", "cartographer", "demographer",
    "photographer", "choreographer", "biographer", "videographer", "cinematographer", "volcanologist",
    "zoologist", "botanist", "geneticist", "neuroscientist", "immunologist", "cardiologist",
    "oncologist", "neurologist", "radiologist", "dermatologist", "gynecologist", "gynaecologist",
    "obstetrician", "anesthesiologist", "anaesthetist", "veterinarian", "vet", "dietitian",
    "nutritionist", "therapist", "physiotherapist", "optometrist", "midwife", "clinician",
    "geophysicist", "astrophysicist", "biochemist", "microbiologist", "meteorologist", "hydrologist",
    "engineer", "programmer", "developer", "co-author", "coauthor", "co-host",
    "co-pilot", "co-owner", "co-director", "co-leader", "co-president", "co-chairman", "co-creator",
    "co-inventor", "co-investigator", "creator", "innovator", "analyst", "forecaster", "economist",
    # arts, media, sport
    "artist", "painter", "sculptor", "pianist", "violinist", "cellist", "singer-songwriter",
    "songwriter", "vocalist", "conductor", "dancer", "ballerina", "filmmaker", "director", "novelist",
    "illustrator", "cartoonist", "editor-in-chief", "anchor", "host", "commentator",
    "curator", "archivist", "librarian", "athlete", "sprinter", "swimmer", "cyclist", "skier",
    "boxer", "wrestler", "golfer", "cricketer", "footballer", "batsman", "bowler", "jockey",
    "gymnast", "captain", "skipper", "referee", "umpire", "winger", "centre-back", "fullback",
    "linebacker", "outfielder", "catcher", "point-guard", "mountaineer",
    # clergy and military
    "pope", "reverend", "vicar", "rector", "chaplain", "minister", "cleric", "ayatollah",
    "mufti", "sheikh", "nun", "missionary", "colonel",
    "brigadier", "corporal", "commodore", "ensign", "airman", "sailor", "seaman",
    "serviceman", "servicewoman", "commando", "lieutenant-colonel", "lieutenant-general",
    "major-general", "field-marshal",
    # business and organisations
    "executive", "director-general", "managing-director", "president-elect", "chairperson", "secretary",
    "vice-president", "coo", "cio", "cmo", "entrepreneur", "industrialist", "financier", "trader",
    "broker", "economist", "accountant", "auditor", "consultant", "contractor", "supervisor", "superintendent", "administrator", "receptionist", "cashier", "salesman",
    "saleswoman", "salesperson", "retailer", "shopkeeper", "restaurateur", "chef", "hotelier",
    "landlord", "proprietor", "publisher", "spokesperson", "representative", "envoy", "emissary",
    "liaison", "organiser", "campaigner", "lobbyist", "steward",
    "pilot", "aviator", "astronaut", "cosmonaut", "navigator", "dispatcher", "paramedic",
    "electrician", "plumber", "welder", "miner", "labourer", "laborer", "worker", "employee",
    "staff", "caretaker", "janitor", "guard", "bodyguard", "firefighter", "fireman", "policeman",
    "policewoman", "officer", "agent", "diplomat", "prosecutor", "magistrate", "coroner",
}
ROLE_NOUNS.update(_MORE_ROLE_NOUNS)
ROLE_PLURALS.update({_role_plural(w): w for w in _MORE_ROLE_NOUNS
                     if _role_plural(w) not in {"fellows", "majors", "vices", "privates", "hosts"}})

# Jobs that are also common surnames: a job only in lower case before a name ("master baker
# Tom Berg") or as the head of an appositive ("Ada Lin, a baker"), never a word of a name.
SURNAME_OCCUPATIONS = {
    "baker", "cook", "mason", "porter", "singer", "carpenter", "fisher", "fisherman", "hunter",
    "tailor", "smith", "blacksmith", "miller", "turner", "butler", "weaver", "potter",
    "shepherd", "chandler", "cooper", "archer", "bishop", "knight", "page", "marshall", "abbot",
    "dean", "prior", "friar", "foreman", "monk", "deacon", "painter", "barber", "butcher", "brewer", "glazier", "thatcher",
    "sawyer", "draper", "farmer", "warden", "major", "judge", "sheriff", "constable", "chancellor",
}

# Nouns for a university degree: "his PhD from Y", "earned a doctorate at Y".
DEGREE_NOUNS = {"degree", "phd", "ph.d.", "doctorate", "master's", "masters", "bachelor's", "mba", "diploma",
                "doctoral", "bachelor", "master", "llb", "llm", "msc", "bsc", "ba", "ma"}

# Nouns for a post held somewhere: "taking a job at Y", "her tenure at Y", "his time with Y".
EMPLOYMENT_NOUNS = {"job", "position", "post", "career", "tenure", "stint", "internship", "residency",
                    "fellowship", "professorship", "apprenticeship"}

# Verbs (lemmas) of a main clause that tie their subject to a named organisation ("X founded
# Y", "X heads Y", "X works for Y", "X served in the Y", "X joined Y"), with the role they give.
AFFILIATION_VERBS.update({"coach": "coach", "co-found": "co-founder", "cofound": "co-founder",
                          "teach": None, "play": None, "captain": "captain", "edit": "editor",
                          "advise": "adviser", "chair": "chair", "co-chair": "co-chair"})

# Verbs (lemmas) that found an organisation, with the role they give: "X co-founded Y" (a
# co-founder), "X started a company, Y" (no role stated). Those with no role take a common
# organisation noun and its name ("set up a charity, Y"), never a bare name ("launched Y" may be a product).
FOUNDING_VERBS = {"found": "founder", "co-found": "co-founder", "cofound": "co-founder", "start": None,
                  "launch": None, "establish": None, "create": None, "form": None, "set": None}

# Athletes named by their sport ("Norwegian climber X", "X, a Kenyan runner").
_SPORT_ROLES = {"climber", "skater", "snowboarder", "surfer", "racer", "runner", "marathoner", "rower",
                "fencer", "diver", "weightlifter", "sprinter", "hurdler", "triathlete", "tennis-player",
                "racing-driver", "motorcyclist", "canoeist", "kayaker", "equestrian", "cricketer",
                # positions ("Harlow Rugby Club fly-half X", "a full-back at Y")
                "full-back", "fly-half", "scrum-half", "left-back", "right-back", "wing-back", "half-back",
                "wicketkeeper", "wicket-keeper", "flanker"}
ROLE_NOUNS.update(_SPORT_ROLES)
# School and parish: "Year 6 pupil X", "the curate, X", "churchwarden X"
ROLE_NOUNS.update({"pupil", "curate", "churchwarden"})
ROLE_PLURALS.update({_role_plural(w): w for w in _SPORT_ROLES})

# ---- figures (quantities) ----------------------------------------------------------------------

# "almost zero" is a figure; a bare "zero" only counts with a qualifier (figures.py checks).
NUMBER_WORDS_EXTRA = {"zero": 0}

# Qualifiers beyond QUALIFIERS that a count may carry ("not even one candidate").
FIGURE_QUALIFIERS_EXTRA = ["not even", "well over", "well under", "barely", "a total of"]

# Units a number joins with a hyphen ("a two-day strike", "a 4.7-magnitude quake", "a four-pack
# limit", "a 31-mile (50-km) ride"): with one of these the compound is a measure even where
# no noun follows it.
COMPOUND_UNITS = {
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
    "mile", "km", "kilometer", "kilometre", "meter", "metre", "m", "cm", "mm", "foot", "feet",
    "inch", "yard", "acre", "hectare", "kg", "kilogram", "gram", "pound", "lb", "ton", "tonne",
    "ounce", "litre", "liter", "gallon", "degree", "percent", "point", "magnitude", "page",
    "pack", "roll", "storey", "story", "floor", "room", "bedroom", "seat", "member", "person",
    "man", "woman", "lane", "game", "match", "round", "run", "goal", "stage", "part", "piece",
    "episode", "volume", "hole", "mph", "km/h", "megawatt", "mw", "gigawatt", "watt", "volt",
    "bed", "car", "vehicle", "nation", "country", "state", "team",
}

# Units of measure after a four-digit number that make it an amount, not a year ("1500 km").
MEASURE_WORDS = {
    "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "yards", "acres",
    "hectares", "kg", "kilograms", "tonnes", "tons", "pounds", "lbs", "litres", "liters", "gallons",
    "barrels", "mph", "km/h", "degrees", "people", "residents", "workers", "troops", "soldiers",
    "homes", "houses", "cases", "deaths", "jobs", "students", "children", "votes", "members",
}

# Singular nouns for a person whose age may follow in commas ("Another sister, 31, was found").
KIN_NOUNS = {
    "man", "woman", "boy", "girl", "child", "baby", "toddler", "teenager", "teen", "son",
    "daughter", "brother", "sister", "mother", "father", "mom", "dad", "husband", "wife", "partner",
    "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "friend",
    "neighbor", "neighbour", "resident", "victim", "suspect", "driver", "passenger", "survivor",
    "widow", "widower", "offspring", "sibling", "twin", "fiancé", "fiancee", "girlfriend", "boyfriend",
}

# Nouns of events or tries an ordinal counts ("the third attempt", "a fifth summit"); an ordinal
# before other nouns is usually a position ("the second floor", "the first caller").
EVENT_NOUNS = {
    "attempt", "try", "bid", "time", "round", "term", "wave", "summit", "visit", "trip", "game",
    "match", "season", "election", "referendum", "vote", "ballot", "strike", "offence", "offense",
    "conviction", "trial", "hearing", "anniversary", "meeting", "day", "week", "month", "year",
    "quake", "earthquake", "outbreak", "lockdown", "shutdown", "incident", "attack", "crash",
    "fire", "death", "case", "win", "victory", "defeat", "loss", "title", "championship",
    "straight", "consecutive", "dose", "injection", "shot", "extension", "delay", "postponement",
}

# Units after once/twice/"three times" that make a frequency ("once a year", "twice a day").
FREQUENCY_UNITS = {"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "season", "term"}

# More qualifiers of a figure, as news writing puts them ("upwards of 40 litres", "in excess of
# $2 million", "a little over an hour", "just shy of 300 votes").
FIGURE_QUALIFIERS_MORE = [
    "upwards of", "in excess of", "a little over", "a little under", "a little more than", "a little less than",
    "little more than", "just shy of", "the best part of", "not quite", "no less than", "not more than",
    "slightly more than", "slightly less than", "well above", "well below", "just above", "just below",
    "minus",  # "minus 40 degrees": the sign of the figure
]

# Units of measure by class, singular (figures.py derives the plurals): what a number before
# them measures is an amount, never a year or a name ("1500 kilometres", "a 40-tonne truck",
# "more than a gallon").
TIME_UNITS = {
    "millisecond", "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year",
    "decade", "century", "millennium", "semester", "term", "season", "weekend",
}
MEASURE_UNITS = TIME_UNITS | {
    # length
    "millimetre", "millimeter", "centimetre", "centimeter", "metre", "meter", "kilometre", "kilometer",
    "inch", "foot", "yard", "mile", "nautical mile", "league", "light-year",
    # area
    "acre", "hectare", "square mile", "square kilometre", "square kilometer", "square metre", "square meter",
    "square foot",
    # mass
    "milligram", "gram", "kilogram", "tonne", "ton", "pound", "ounce", "stone", "carat",
    # volume
    "millilitre", "milliliter", "litre", "liter", "gallon", "pint", "quart", "barrel", "cubic metre",
    "cubic meter", "cubic foot", "cup", "teaspoon", "tablespoon",
    # speed
    "knot",
    # energy and power
    "joule", "kilojoule", "calorie", "kilocalorie", "watt", "kilowatt", "megawatt", "gigawatt",
    "kilowatt-hour", "megawatt-hour", "gigawatt-hour", "terawatt-hour", "horsepower", "volt", "amp",
    "ampere", "btu",
    # data
    "bit", "byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte", "megabit", "gigabit",
    "pixel", "megapixel",
    # temperature and pressure
    "degree", "kelvin", "pascal", "bar", "millibar", "hectopascal",
    # money
    "dollar", "euro", "cent", "penny", "yen", "yuan", "rupee", "peso", "franc", "rouble", "ruble",
}
# Counters: what a number before them counts is a number of things ("a 12-page report", "a
# three-storey building", "400 seats").
COUNTER_UNITS = {
    "percent", "percentage point", "point", "dozen", "pair", "piece", "item", "unit", "head", "bottle",
    "pack", "box", "page", "copy", "vote", "seat", "dose", "tablet", "pill", "storey", "story", "floor",
    "lap", "round", "game", "match", "goal", "run", "set", "stage", "leg", "step", "shot", "magnitude",
}
# Abbreviated units, as written ("1500 km", "a 5-kg bag", "400 MW").
UNIT_ABBREVIATIONS = {
    "mm", "cm", "m", "km", "in", "ft", "yd", "mi", "sq", "ha", "mg", "g", "kg", "t", "lb", "lbs", "oz",
    "ml", "l", "cl", "gal", "bbl", "mph", "km/h", "kph", "kmh", "kn", "kt", "j", "kj", "kcal", "cal",
    "w", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "hp", "v", "kv", "a", "mah", "kb", "mb", "gb",
    "tb", "pb", "mbps", "gbps", "°c", "°f", "c", "f", "psi", "hpa", "mbar", "ms", "hrs", "hr", "min",
    "mins", "sec", "secs", "yr", "yrs", "pc", "pct",
}

# More plural nouns for people whose age a bound may follow ("drivers over 70", "players under 23").
PEOPLE_NOUNS_MORE = {
    "pensioners", "retirees", "drivers", "teenagers", "teens", "infants", "babies", "toddlers", "youths",
    "employees", "citizens", "individuals", "persons", "users", "applicants", "members", "players",
    "athletes", "victims", "survivors", "smokers", "mothers", "fathers", "parents", "pupils", "passengers",
    "customers", "travellers", "travelers", "visitors", "recipients", "migrants", "refugees", "inmates",
    "prisoners", "soldiers", "recruits", "volunteers", "applicants", "candidates", "elderly", "americans",
}
# More singular nouns for a person whose age may follow in commas ("The pilot, 54, was unhurt").
PERSON_NOUNS_MORE = {
    "pilot", "officer", "teacher", "student", "pupil", "nurse", "doctor", "worker", "soldier", "patient",
    "pensioner", "retiree", "grandson", "granddaughter", "stepfather", "stepmother", "stepson",
    "stepdaughter", "gunman", "shooter", "attacker", "assailant", "journalist", "photographer", "tourist",
    "hiker", "climber", "cyclist", "pedestrian", "motorist", "firefighter", "policeman", "policewoman",
    "farmer", "fisherman", "owner", "employee", "mother-of-two", "father-of-two", "youth", "defendant",
    "inmate", "prisoner", "migrant", "refugee", "customer", "shopkeeper", "guard", "veteran", "player",
}

# Nouns that name a measure rather than a group ("a population of 5.4 million", "a toll of 40",
# "a depth of 10 km"): what a number after "of" gives is that measure.
MEASURE_NOUNS = {
    "population", "total", "toll", "tally", "count", "sum", "height", "depth", "length", "width", "distance",
    "speed", "temperature", "cost", "price", "budget", "value", "turnout", "rate", "age", "average", "maximum",
    "minimum", "capacity", "weight", "area", "volume", "score", "majority", "margin", "attendance", "audience",
    "debt", "deficit", "salary", "fine", "bail", "ransom", "reward", "bill",
}

# Currency codes and signs written before an amount ("USD 2 million", "Rs 500", "₹500"), with the
# currency each names.
CURRENCY_PREFIXES = {
    "USD": "US dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "RMB": "yuan",
    "INR": "rupees", "Rs": "rupees", "Rs.": "rupees", "₹": "rupees", "AUD": "Australian dollars",
    "CAD": "Canadian dollars", "CHF": "Swiss francs", "HKD": "Hong Kong dollars", "SGD": "Singapore dollars",
    "NZD": "New Zealand dollars", "ZAR": "rand", "NGN": "naira", "₦": "naira", "KES": "Kenyan shillings",
    "KSh": "Kenyan shillings", "PHP": "pesos", "₱": "pesos", "MXN": "pesos", "BRL": "reais", "R$": "reais",
    "Rp": "rupiah", "IDR": "rupiah", "RM": "ringgit", "MYR": "ringgit", "₩": "won", "KRW": "won", "₽": "rubles",
    "RUB": "rubles", "₺": "lira", "TRY": "lira", "₴": "hryvnias", "UAH": "hryvnias", "PKR": "rupees",
    "BDT": "taka", "Tk": "taka", "SEK": "kronor", "NOK": "kroner", "DKK": "kroner", "PLN": "zloty",
}

# Citing a reason is a speech act whose object is what was said ("The minister resigned, citing
# ill health", "She cited the rising cost of fuel").
SPEECH_VERBS |= {"cite"}
SPEECH_ACT_VERBS |= {"cite"}

# People running in a race: "a hopeful for the alliance's ticket", "a candidate for mayor" name a
# candidacy in the reported event, not a post or a membership.
CANDIDACY_NOUNS = {"contender", "contenders", "candidate", "candidates", "hopeful", "hopefuls",
                   "challenger", "challengers", "frontrunner", "front-runner", "rival", "rivals"}

# Blaming is a speech act whose object, with its "for" phrase, is what was said ("The minister blamed
# the storm for the delays"); with a person and no reason it only says whom (see JUDGING_VERBS).
SPEECH_ACT_VERBS |= {"blame"}
# Verbs of talk whose "about" phrase is what was talked of ("She spoke about rising rents"), besides
# their preposition in SPEECH_PREPOSITIONS.
SPEECH_ABOUT_VERBS = {"speak", "talk"}

# Units of length, area and weight, as a figure's unit key (singular; "feet" as written): the same
# measure of a hundred or more in such a unit, given twice in one article, is one fact repeated
# ("at an altitude of over 1,200 feet ... the drone climbed past 1,200 feet").
MEASURE_UNIT_KEYS = {"foot", "feet", "meter", "metre", "kilometer", "kilometre", "km", "mile", "yard", "inch",
                     "centimeter", "centimetre", "cm", "millimeter", "millimetre", "mm", "pound", "lb",
                     "kilogram", "kg", "ton", "tonne", "acre", "hectare", "m"}

# What a person says or writes in, as the frame of a sentence: "In his statement, Ruiz found the
# delay unacceptable" makes the rest of the sentence Ruiz's words, whatever its verb.
STATEMENT_FRAME_NOUNS = {"statement", "message", "speech", "tweet", "letter", "address", "remarks", "post",
                         "interview", "announcement", "testimony", "eulogy", "tribute", "op-ed", "column"}

# Verbs of change whose "from A to B" gives a number before and a number after, not a range
# ("cut the number of buses from 40 to 12", "the toll rose from 9 to 14").
CHANGE_VERBS = {"rise", "fall", "drop", "increase", "decrease", "reduce", "cut", "grow", "climb", "decline",
                "raise", "lower", "jump", "swell", "shrink", "expand", "slash", "boost", "double", "halve",
                "plunge", "soar", "surge", "dip", "change", "go", "move", "trim", "lift"}

# Verbs whose "by" phrase is a margin, a count even with "one" ("won by one vote", "lost by one
# seat", "missed by one point").
MARGIN_VERBS = CHANGE_VERBS | {"win", "lose", "differ", "trail", "lead", "miss", "beat", "exceed", "outnumber",
                               "edge", "pass", "fail", "vary"}

# Verbs of opinion that report a view a person holds now, in news writing as good as a statement
# ("The economist believes the slump will be short"); only in the present tense with a clause,
# since a past "believed" mostly narrates what someone thought at the time.
OPINION_VERBS = {"believe", "think", "fear", "hope", "reckon", "feel", "suspect"}

# Expressing an attitude is saying it: "The minister expressed concern that the rules were too
# strict", "voiced hope that the talks would resume", "expressed his sympathy to the crew".
EXPRESSING_VERBS = {"express", "voice", "reiterate", "repeat"}
ATTITUDE_NOUNS = {"concern", "concerns", "hope", "hopes", "fear", "fears", "confidence", "doubt", "doubts",
                  "regret", "optimism", "pessimism", "frustration", "disappointment", "dismay", "sympathy",
                  "condolences", "condolence", "support", "opposition", "gratitude", "satisfaction", "surprise",
                  "anger", "outrage", "sadness", "sorrow", "shock", "belief", "view", "wish", "desire",
                  "willingness", "reluctance", "reservations", "skepticism", "scepticism", "alarm", "relief"}
# Media a statement is put out in, carrying a participle of saying: "issued a statement saying ...".
STATEMENT_CARRIER_NOUNS = {"statement", "message", "letter", "release", "note", "post", "tweet", "video",
                           "notice", "memo", "email", "communique", "communiqué", "bulletin"}

# Descriptions that tell a person's gender ("spokeswoman Ana Ruiz", "Tom Berg, her husband,"): a later
# "he" or "she" cannot be the other.
# Family words with the sex of the relative they name ("his daughter Greta Lund", "her husband")
KIN_GENDER = {
    **dict.fromkeys(("daughter", "wife", "sister", "mother", "niece", "aunt", "granddaughter", "grandmother",
                     "widow"), "f"),
    **dict.fromkeys(("son", "husband", "brother", "father", "nephew", "uncle", "grandson", "grandfather",
                     "widower"), "m"),
}
GENDERED_NOUNS = {
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "councilwoman": "f", "businesswoman": "f",
    "actress": "f", "queen": "f", "princess": "f", "policewoman": "f", "sportswoman": "f",
    "stateswoman": "f", "duchess": "f", "empress": "f", "countess": "f", "baroness": "f", "girlfriend": "f",
    "heiress": "f", "nun": "f",
    "spokesman": "m", "chairman": "m", "congressman": "m", "councilman": "m", "businessman": "m",
    "king": "m", "prince": "m", "policeman": "m", "sportsman": "m", "statesman": "m",
    "duke": "m", "emperor": "m", "baron": "m", "boyfriend": "m", "monk": "m",
    **KIN_GENDER,
}
# Courtesy titles say how the article refers to a person: "Ms. Ruiz" is "she".
COURTESY_TITLES = {"Mr.": "m", "Mr": "m", "Ms.": "f", "Ms": "f", "Mrs.": "f", "Mrs": "f", "Miss": "f"}
# More verbs of a result that a score or a vote tally follows ("the bill cleared the Senate 68-32",
# "they edged the hosts 2-1", "the court upheld the ban 5-4").
SCORE_WORDS |= {"cleared", "upheld", "overturned", "edged", "thrashed", "routed", "drew", "defeating", "losing",
                "winning"}
# "at the think tank Westbridge", "of the nonprofit Shelterwell": more words that describe an
# organisation before its name
NON_PERSON_NOUNS.update({"tank", "think-tank", "thinktank", "nonprofit", "non-profit", "consultancy", "lobby"})

# People by the part they take in an event ("an attendee Ana Ruiz said", "spectator Tom Berg"): words for
# a person, as much as "witness" or "passenger".
PERSON_NOUNS |= {"attendee", "participant", "spectator", "onlooker", "worshipper", "pilgrim", "mourner",
                 "churchgoer", "concertgoer", "partygoer", "shopper", "commuter", "traveller", "traveler"}
# Titles of heads of government written in their own language in English news ("Taoiseach Ana Ruiz").
ROLE_NOUNS |= {"taoiseach", "tánaiste"}
# "First Lady Ana Ruiz", "the First Gentleman": the spouse of a head of state or government holds a
# title. (A "Lady" not after "First" is an honorific and stays part of the name: names.py.)
ROLE_NOUNS |= {"lady", "gentleman"}

# What one apologises for is what the apology says: "apologised to the voters for the delay".
SPEECH_PREPOSITIONS.setdefault("apologise", "for")
SPEECH_PREPOSITIONS.setdefault("apologize", "for")
# Likening, comparing and putting down to a cause are verdicts in words: "Ruiz likened the storm
# to a freight train", "attributed the rally to the ruling", "linked the attack to his speech"
# (a passive without its agent names no one: "the fire was attributed to a fault").
LIKENING_VERBS = {"liken", "compare", "attribute", "link"}
COMMUNICATION_VERBS["describe"] |= LIKENING_VERBS
SPEECH_VERBS |= LIKENING_VERBS
# A request names what was asked for: "Ruiz asked the council for more time".
SPEECH_PREPOSITIONS.setdefault("ask", "for")
# Affiliations: more job nouns news puts before or beside a name ("bassist X", "an Eastfield College
# undergraduate", "Taoiseach X", the Irish head of government)
ROLE_NOUNS.update({"bassist", "keyboardist", "saxophonist", "cellist", "trumpeter", "taoiseach", "undergraduate",
                   "undergrad"})
# "geochemist", "astrophysicist", "neuroscientist": a science prefix before a job noun is a job noun
SCIENCE_PREFIXES = ("geo", "bio", "astro", "neuro", "paleo", "palaeo", "micro", "immuno", "electro", "psycho")

# Heads of the names of texts NER may call an organisation ("the Westland Constitution", "the
# Clean Rivers Act", "the Harbour Accord"): a text is quoted, but it is no organisation that speaks.
DOCUMENT_NOUNS = {"constitution", "act", "treaty", "charter", "bill", "code", "accord", "agreement", "convention",
                  "declaration", "directive", "regulation", "resolution", "amendment", "statute", "protocol"}

# Social networks and messaging services: "said on Twitter", "her Instagram account". NER often
# calls the name a person; it is a medium, never anyone's name.
SOCIAL_NETWORKS = {
    "Twitter", "Facebook", "Instagram", "YouTube", "Youtube", "TikTok", "Tiktok", "Snapchat", "WhatsApp",
    "Whatsapp", "Telegram", "Reddit", "LinkedIn", "Linkedin", "WeChat", "Weibo", "Tumblr", "Pinterest",
    "Discord", "Twitch", "Parler", "Gab", "Mastodon", "Bluesky", "Signal", "Viber", "VKontakte", "Flickr",
}

# First words of place names that are no one's given name ("Fort Ellis", "Mount Hope", "Port Arthur",
# "Cape Town"): a name that opens with one is a place, whatever NER says of the words after it.
PLACE_NAME_STARTS = {"Fort", "Ft.", "Mount", "Mt.", "Port", "Cape"}

# Words for a newspaper in the names of papers ("Gazeta Lubuska", "Corriere della Sera", "Süddeutsche
# Zeitung", "Diario de Sevilla", "The Harbour Gazette"): a name of two or more words with one of them
# anywhere is a paper, never a person, whatever NER says.
NEWSPAPER_WORDS = {
    "Gazeta", "Gazzetta", "Gazette", "Gazet", "Zeitung", "Dziennik", "Diario", "Diário", "Corriere", "Courrier",
    "Jornal", "Tageblatt", "Rundschau", "Tidning", "Tidningen", "Avisen", "Krant", "Novine", "Noticias",
    "Tribune", "Telegraph", "Chronicle", "Inquirer", "Courier", "Gazetesi", "Gazetasi",
}

# Figures: more events a series counts ("the second hearing", "the third edition", "a second session",
# "the fourth launch"), so an ordinal before them is a count, not a position.
EVENT_NOUNS |= {"debate", "edition", "session", "launch"}
# Figures: verbs whose object news counts ("killed one person", "arrested one man", "scored one goal"),
# so "one" before that object is a count, not a determiner.
COUNTED_OBJECT_VERBS = {"kill", "injure", "wound", "hurt", "arrest", "detain", "rescue", "evacuate", "hospitalise",
                        "hospitalize", "charge", "convict", "deport", "kidnap", "abduct", "execute", "infect",
                        "free", "release", "score", "record", "confirm", "hire", "sack", "fire", "lose", "win"}
# Affiliations: job nouns of the media and public life ("a UN envoy", "TV personality X",
# "fashion model X", "a freelancer", "photojournalist X", "a civil servant")
ROLE_NOUNS.update({"rapporteur", "personality", "model", "freelancer", "photojournalist", "videojournalist",
                   "photojournalists", "servant"})
# Words for a country or region that owns an institution named after it ("the country's National
# Health Institute", "the state's Department of Education"): the owner is not part of the name
PLACE_OWNER_NOUNS = {"country", "nation", "state", "province", "region", "territory", "kingdom", "republic",
                     "island", "city", "county", "capital"}
# Words for a person that hold a post only with an organisation after them ("a senior figure at the
# Westland Party", "a key figure in the Harbour Union"; "a public figure" alone is none)
ORG_BOUND_ROLE_NOUNS = {"figure", "insider", "stalwart"}
# A party's nominee holds a nomination, a post in the party's gift ("the Westland Party's presumptive
# nominee, Ada Lin"); a candidate in a race does not (CANDIDACY_NOUNS)
ROLE_NOUNS.add("nominee")
# Heads of state and of regimes ("the Westland ruler", "the country's monarch", "military strongman X")
ROLE_NOUNS.update({"ruler", "monarch", "sultan", "dictator", "strongman"})
# Performing as a calling ("she later became a dancer, performer, and choreographer")
ROLE_NOUNS.update({"performer", "entertainer"})
# "The board made Ada Lin its chair": making someone a post-holder appoints them
APPOINTMENT_VERBS.add("make")
# A "personality" is a post only in a medium ("TV personality X", "radio personality X");
# "a colourful personality" describes character
PERSONALITY_MEDIA = {"tv", "television", "radio", "media", "internet", "online", "youtube", "broadcasting",
                     "sports", "sporting", "reality", "celebrity", "instagram", "tiktok", "twitter"}
# Directing someone to do something is an instruction, a speech act like ordering: "the speaker
# directed the committees to draft new rules".
COMMUNICATION_VERBS["urge"] |= {"direct"}
SPEECH_VERBS |= {"direct"}
# Questioning a claim is a speech act ("questioned the audit", "questioned the ruling"); only a
# claim, finding or decision, never a person ("police questioned the suspect").
SPEECH_ACT_VERBS |= {"question"}
THING_OBJECT_SPEECH_VERBS |= {"question"}

# Verbs of telling someone something: their object is the listener, not what was said
# ("notified the court he had moved", "assured voters taxes would not rise").
TELLING_VERBS = {"inform", "notify", "assure", "reassure", "warn", "remind", "brief", "advise", "caution", "alert",
                 "apprise", "promise"}
# Listeners named by a group noun: "told reporters", "assured voters", "informed the public".
AUDIENCE_NOUNS = PEOPLE_NOUNS | {"reporter", "reporters", "journalist", "journalists", "press", "media", "audience",
                                 "crowd", "public", "supporters", "parliament", "lawmakers", "jury", "investigators"}
# Figures: nouns an ordinal ranks rather than counts ("finished in third place", "the fourth
# position", "moved up to fifth spot", "an apartment on the sixth floor", "the 18th hole"): positions, not figures.
RANK_NOUNS = {"place", "places", "position", "positions", "spot", "spots", "rank", "ranking", "row", "floor",
              "storey", "story", "seed", "placing", "podium", "hole", "paragraph", "page", "chapter", "lap"}
# Figures: more currency signs and codes before an amount ("₿2.5", "฿300", "NT$5 billion",
# "AED 40 million", "NIS 12,000"); codes that also name other things ("COP 26", "RON") stay out.
CURRENCY_PREFIXES.update({
    "₿": "bitcoin", "BTC": "bitcoin", "฿": "baht", "THB": "baht", "₫": "dong", "VND": "dong",
    "₪": "shekels", "ILS": "shekels", "NIS": "shekels", "₵": "cedis", "GHS": "cedis", "₡": "colones",
    "₸": "tenge", "KZT": "tenge", "₼": "manat", "₾": "lari", "₲": "guaranies", "₭": "kip", "৳": "taka",
    "₨": "rupees", "LKR": "rupees", "NT$": "New Taiwan dollars", "TWD": "New Taiwan dollars",
    "J$": "Jamaican dollars", "TT$": "Trinidad and Tobago dollars", "RD$": "Dominican pesos",
    "MX$": "pesos", "E£": "Egyptian pounds", "EGP": "Egyptian pounds", "AED": "dirhams", "Dh": "dirhams",
    "Dhs": "dirhams", "SAR": "riyals", "QAR": "riyals", "ETB": "birr", "TZS": "Tanzanian shillings",
    "UGX": "Ugandan shillings", "Ksh": "Kenyan shillings", "CZK": "koruna", "HUF": "forints", "ARS": "pesos",
    "CLP": "pesos", "ISK": "kronur",
})
# Figures: things a career or a season counts, which an ordinal after a possessive numbers ("her
# 20th Grand Slam title", "the club's third Cup final", "his 50th Test appearance").
ACHIEVEMENT_NOUNS = {"final", "appearance", "goal", "medal", "crown", "album", "start", "race", "cap", "century",
                     "hat-trick", "podium", "pole", "trophy", "cup"}
# Figures: parts a thing is counted by in an "-ed" compound ("a two-legged robot", "a four-engined
# jet", "a three-bedroomed house", "a two-storeyed building"); "one-sided", "two-faced" and
# "two-pronged" are idioms and stay out.
COUNTED_PART_NOUNS = {"leg", "wheel", "engine", "bedroom", "door", "storey", "story", "seat", "blade", "horn", "wing",
                      "arm", "head", "tier", "lane", "deck", "mast", "hull", "toe", "finger", "room", "floor",
                      "wheeler", "cylinder", "rotor", "track", "hump"}
# People in a reported event by the way they travelled ("killed motorcyclist Ada Lin", "Tom Berg, a
# 19-year-old pedestrian,"): a part in the event, no post; a profession only with a word that makes
# it one ("racing driver", "bus driver", "British cyclist", "the team's driver")
ROAD_USER_NOUNS = {"motorcyclist", "motorist", "pedestrian", "driver", "passenger", "cyclist", "bicyclist",
                   "biker", "commuter"}
# Posts of the press and of public life not listed above: "a contributor to the Daily Post",
# "tribal elder Ada Lin", "Elder Tom Berg" (a community's or a church's elder)
ROLE_NOUNS.update({"contributor", "elder"})
ROLE_PLURALS.update({"contributors": "contributor", "elders": "elder"})
# Trades and callings a news story names people by ("Her parents were sharecroppers", "cattle
# rancher Ada Lin", "TV pundit Tom Berg")
_TRADES = {"rancher", "sharecropper", "herder", "herdsman", "lumberjack", "trucker", "bricklayer", "waiter",
           "waitress", "bartender", "housekeeper", "nanny", "preacher", "evangelist", "caregiver", "merchant",
           "apprentice", "chieftain", "tycoon", "magnate", "mogul", "philanthropist", "announcer", "pundit",
           "vlogger", "influencer", "youtuber", "podcaster"}
ROLE_NOUNS.update(_TRADES)
ROLE_PLURALS.update({w + ("es" if w.endswith("s") else "s"): w for w in _TRADES})
# Nouns that are a calling only with a field compounded before them ("porn star X", "pop star X",
# "football legend X", "fashion icon X"); alone ("the star Vega", "a legend") they name none
FIELD_ROLE_NOUNS = {"star", "superstar", "legend", "icon"}
# "a graduate of Harbour University": a school's former student, only where the school is named
ORG_BOUND_ROLE_NOUNS.update({"graduate", "undergraduate"})
# "Norvel Energy boss Ada Lin", "the club's boss": the head of an organisation, as British reports say
ROLE_NOUNS.add("boss")
ROLE_PLURALS["bosses"] = "boss"
# "Ada Lin, who writes for the Harbour Post", "he reports for Westland Radio": a writer's or a
# reporter's outlet (only after "for"; what one writes or reports is never an employer)
AFFILIATION_VERBS.update({"write": None, "report": None})
# Careers spent playing or performing for an organisation ("wrestled for Y", "raced for Y",
# "signed with Y"): the organisation, no role
AFFILIATION_VERBS.update({"perform": None, "wrestle": None, "race": None, "compete": None, "sign": None,
                          "elect": None})

# ---- speech acts by a noun phrase, beyond SPEECH_ACT_VERBS ------------------------------------------
# Requests, proposals and endorsements are what was said, whoever or whatever their object names
# ("requested a recount", "suggested a meeting with the union", "endorsed her former rival").
COMMUNICATION_VERBS["criticise"] |= {"endorse"}
SPEECH_VERBS |= {"endorse"}
SPEECH_ACT_VERBS |= {"request", "suggest", "endorse"}
# Verbs that are speech acts only with objects of one kind: an order names an official act ("ordered
# an inquiry", "ordered the evacuation of the valley", not "ordered new buses"); a claim, a result
# ("claimed victory", "claimed credit for the blast at the depot", not "claimed the title").
ORDERED_ACT_NOUNS = {
    "investigation", "inquiry", "enquiry", "probe", "review", "audit", "evacuation", "evacuations", "release",
    "closure", "shutdown", "lockdown", "curfew", "halt", "suspension", "withdrawal", "arrest", "arrests",
    "recount", "retrial", "removal", "return", "deportation", "ceasefire", "strike", "strikes", "raid",
    "crackdown", "ban", "quarantine", "recall", "demolition", "destruction", "resignation", "dismissal",
}
OBJECT_BOUND_SPEECH_VERBS = {
    "order": ORDERED_ACT_NOUNS,
    "claim": {"victory", "credit", "responsibility", "win"},
}
SPEECH_ACT_VERBS |= set(OBJECT_BOUND_SPEECH_VERBS)
# Expressing an intention is stating it ("expressed intent to run"); "expressed interest in buying
# the club" tells of a wish, not of words (test_quote_catalogue).
ATTITUDE_NOUNS |= {"intent", "intention", "intentions", "determination", "commitment", "readiness",
                   "solidarity", "thanks", "appreciation", "congratulations", "approval", "disapproval"}
# Verbs that express an attitude only with some nouns: "raised concerns about the dam" (not "raised
# prices"), "offered condolences to the crew" (not "offered support", which may be money).
BOUND_EXPRESSING_VERBS = {
    "raise": {"concern", "concerns", "doubt", "doubts", "question", "questions", "objection", "objections",
              "fears", "alarm", "suspicion", "suspicions", "criticism", "complaint", "complaints"},
    "offer": {"condolences", "condolence", "sympathy", "sympathies", "apology", "apologies", "thanks",
              "congratulations", "prayers", "praise", "assurance", "assurances"},
    # with what was said after the noun only (STATED_NOUN_VERBS): "gave an assurance that no jobs
    # would go", "issued a warning to drivers", "made a plea for calm" (not "made the point" alone)
    "give": {"assurance", "assurances", "warning", "warnings", "promise", "guarantee", "pledge"},
    "issue": {"warning", "warnings", "apology", "denial", "plea", "appeal", "call", "ultimatum", "threat"},
    "make": {"point", "promise", "pledge", "vow", "claim", "claims", "argument", "case", "prediction",
             "assurance", "assurances", "accusation", "accusations", "allegation", "allegations", "plea",
             "appeal", "threat", "admission"},
}
# Verbs whose bound noun speaks only with its content beside it: a "that"-clause or a phrase after it
STATED_NOUN_VERBS = {"give", "issue", "make"}
# Words of sympathy and thanks are said in the giving, sending or extending, content or none ("gave her
# condolences on the radio", "sent her congratulations to the team", "extended thanks to the crews")
GREETING_NOUNS = {"condolences", "condolence", "sympathies", "sympathy", "thanks", "congratulations", "prayers",
                  "apology", "apologies", "wishes", "regards"}
for _verb in ("give", "send", "extend", "convey"):
    BOUND_EXPRESSING_VERBS[_verb] = BOUND_EXPRESSING_VERBS.get(_verb, set()) | GREETING_NOUNS
# Stating a stance in so many words: "affirmed his readiness to lead", "signalled his support",
# "registered their opposition" (with an attitude noun only, as for "expressed")
EXPRESSING_VERBS |= {"affirm", "signal", "register"}
# Stressing a need says it: "emphasised the need for new rules", "stressed the importance of testing"
# (not "stressed the engine", "highlighted the route")
EMPHASIS_NOUNS = {"need", "importance", "necessity", "urgency", "value", "significance"}
for _verb in ("emphasize", "emphasise", "stress", "underline", "underscore", "highlight"):
    BOUND_EXPRESSING_VERBS[_verb] = BOUND_EXPRESSING_VERBS.get(_verb, set()) | EMPHASIS_NOUNS
# "repeated her claim that ...", "reiterated the warning that ...": claims re-stated are the subject's
ATTITUDE_NOUNS |= {"claim", "claims", "assertion", "allegation", "allegations", "accusation", "accusations",
                   "warning", "warnings", "promise", "pledge", "insistence", "position", "argument"}
# "Harbour Guard Commandant X": the head of a military service or academy
ROLE_NOUNS.add("commandant")

# Writings that are their author's words: "according to her diary", "according to a letter sent by
# Councillor X", "according to Ruiz's note" (not a biography, which is someone else's account)
AUTHORED_NOUNS = {"memo", "memoir", "memoirs", "letter", "diary", "diaries", "autobiography", "book", "testimony",
                  "affidavit", "speech", "email", "e-mail", "message", "note", "blog", "column", "op-ed", "essay"}
# Welcoming or defending a decision or a move is saying one's stance on it ("welcomed the ruling",
# "defended the decision to close the bridge"); welcoming guests or defending a title is not
SPEECH_ACT_VERBS |= {"welcome", "defend"}
SPEECH_VERBS |= {"welcome", "defend"}
THING_OBJECT_SPEECH_VERBS |= {"welcome", "defend"}
CLAIM_OBJECT_NOUNS |= {"move", "ruling", "verdict", "proposal", "announcement", "step", "agreement", "deal", "policy",
                       "measure", "measures"}
# Verbs of saying that, with a noun for their object, settle a thing rather than say words: "agreed a
# ceasefire", 'agreed so-called “land treaties”' (a quoted term, no speaker's words); "agreed that
# ..." and "agreed to ..." still report.
DEAL_OBJECT_VERBS = {"agree", "concur"}
