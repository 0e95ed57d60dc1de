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
    "deny", "dismiss", "praise", "criticize", "criticise",
}

# Nouns for a statement that a possessor made: "X's recent statements that ...".
STATEMENT_NOUNS = {
    "statement", "remark", "comment", "claim", "assertion", "warning", "insistence", "argument",
    "pledge", "vow", "promise", "prediction", "assurance", "declaration", "admission",
}

SPEAKER_PRONOUNS = {"he", "she"}

# Head nouns of a role or job title ("a drone operator", "Foreign Minister", "senior fellow").
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
    "command": "commander", "manage": "manager",
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

# Words before a score or a vote tally ("voted 14-5", "trailed 2-0", "a 3-2 win").
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

# ---- who said what (quotes.py) -------------------------------------------------------------
# English verbs of communication by class (after the usual grammars' classes of reporting verbs).
# A clause they govern ("X warned that ...", "X said prices would rise") is X's statement.
COMMUNICATION_VERBS = {
    "say": {"say", "tell", "state", "add", "note", "mention", "remark", "comment", "observe", "write",
            "post", "tweet", "reply", "respond", "answer", "report", "recount", "recall", "reiterate",
            "repeat", "testify", "continue", "joke", "quip", "boast", "brag", "counter", "retort"},
    "assert": {"assert", "claim", "insist", "maintain", "contend", "argue", "allege", "stress",
               "emphasize", "emphasise", "underline", "underscore", "point", "affirm", "reaffirm",
               "assure", "reassure", "swear", "certify"},
    "explain": {"explain", "clarify", "elaborate", "detail", "describe"},
    "announce": {"announce", "declare", "proclaim", "disclose", "reveal", "publish", "unveil", "concede"},
    "warn": {"warn", "caution", "alert"},
    "urge": {"urge", "call", "appeal", "plead", "implore", "demand", "request", "ask", "encourage",
             "advise", "recommend", "propose", "suggest", "instruct", "order"},
    "criticise": {"criticise", "criticize", "condemn", "denounce", "decry", "deplore", "lambast",
                  "rebuke", "slam", "blast", "accuse", "blame", "praise", "hail", "applaud", "thank",
                  "welcome", "question", "challenge", "threaten"},
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
    "acknowledge", "concede", "reaffirm", "reiterate", "praise", "accuse",
}
# Verbs that take what was said as a prepositional object ("disagreed with the finding").
SPEECH_PREPOSITIONS = {"disagree": "with", "agree": "with", "object": "to", "warn": "of", "complain": "about",
                       "call": "for", "appeal": "for", "argue": "for", "speak": "of"}

# Verbs that say the speaker did not say it: "the agency denies that X" is no "the agency said X".
DENIAL_VERBS = {"deny", "dispute", "refute", "rebut", "reject", "dismiss", "contradict"}

# Heads of an infinitive that report its speech verb as done: "went on to say", "took to social
# media to announce"; "declined to say", "plans to announce" report nothing said.
CARRY_ON_VERBS = {"go", "continue", "proceed", "take", "rush", "hasten", "return", "move"}

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
SPEECH_VERBS |= set().union(*COMMUNICATION_VERBS.values())
SPEECH_PREPOSITIONS.setdefault("talk", "of")
# Manners of speaking attribute a quotation on their own ("“Get out!” she shouted."), like "said".
REPORTING_VERBS |= {"shout", "yell", "scream", "whisper", "exclaim", "mutter", "murmur"}

# More words for people by occupation, pursuit or situation that title a name ("Lifeguard Ana Ruiz",
# "Plumber Tom Berg") or stand for a person the article names. Words that are also common given
# names (hunter, mason, baker) are left out: "Hunter Ruiz" is a name.
PERSON_NOUNS |= {
    "lifeguard", "fisherman", "fisherwoman", "miner", "builder", "carpenter", "electrician", "plumber",
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
