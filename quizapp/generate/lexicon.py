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

# ---- figures (quantities) ----------------------------------------------------------------------

# "almost zero" is a figure; a bare "zero" only counts with a qualifier (figures.py checks).
NUMBER_WORDS_EXTRA = {"zero": 0}

# Qualifiers beyond QUALIFIERS that a count may carry ("not even one candidate").
FIGURE_QUALIFIERS_EXTRA = ["not even", "well over", "well under", "barely", "a total of"]

# Units a number joins with a hyphen ("a two-day strike", "a 4.7-magnitude quake", "a four-pack
# limit", "a 22-mile (35-km) journey"): with one of these the compound is a measure even where
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

# Singular nouns for a person whose age may follow in commas ("Another brother, 22, was found").
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "child", "baby", "toddler", "teenager", "teen", "son",
    "daughter", "brother", "sister", "mother", "father", "mom", "dad", "husband", "wife", "partner",
    "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "friend",
    "neighbor", "neighbour", "resident", "victim", "suspect", "driver", "passenger", "survivor",
    "widow", "widower", "offspring", "sibling", "twin", "fiancé", "fiancee", "girlfriend", "boyfriend",
}

# Nouns of events or tries an ordinal counts ("the second attempt", "a fifth summit"); an ordinal
# before other nouns is usually a position ("the second floor", "the first bidder").
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
