"""Vocabulary and sentence fragments for the synthetic call-note generator.

Data only: the composition logic lives in ``training/generate.py``.

Fragment mini-language (rendered by ``generate._render``):
  ``[a|b|c]``  pick one alternative (alternatives may be empty, may nest);
  ``{slot}``   fill from the note's context (person, caller, other party,
               places) or from ``VOCAB`` (re-drawn at every use).
A template may start with filter markers, separated by spaces:
  ``@o`` only when the caller is not the person concerned,
  ``@s`` only when the caller is the person concerned,
  ``@p`` only for professional callers, ``@n`` only for non-professionals,
  ``@k:kind1,kind2`` only for those caller kinds.

Labels are never read off this text. Each scenario variant declares its
labels from the policy (labelling-guide.md, "Borderline cases, decided");
the text pools below are only ways of *saying* that scenario. Pools named
for negated / historical / hypothetical / harmless cues deliberately reuse
the alarm words of the label-bearing pools so a model has to read meaning.

Wording must not become a label artifact either. Time words and generic
verbs ("now", "has just", "can hear", "with a", "again"), and words that fit
harmless and serious events alike ("on the floor", "head", "bleeding ...
stopped", "banging", "shouting", "threatened", "left the ward"), are written
into welfare and resolved wordings as well as dangerous ones, and escalation
updates do not always say "now". Welfare scenarios come with a dangerous
counterpart that shares the framing pool (the walk-out, the first report of a
collapse, the past attempts, the standby request) and differs only in the
pool that carries the meaning. tests/test_generate.py checks both.
"""

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
MALE_NAMES = (
    "James", "Mohammed", "Daniel", "Liam", "Connor", "Ryan", "Kyle", "Jamie",
    "Dean", "Lee", "Wayne", "Darren", "Craig", "Gary", "Paul", "Mark",
    "Steven", "David", "Michael", "Tom", "Jack", "Harry", "Oliver", "Callum",
    "Kieran", "Aaron", "Josh", "Ben", "Sam", "Adam", "Imran", "Hassan",
    "Tariq", "Kwame", "Tyrone", "Marcus", "Jerome", "Piotr", "Tomasz",
    "Andrei", "Darius", "Sean", "Patrick", "Declan", "Rhys", "Gareth", "Owen",
    "Euan", "Alistair", "Frank", "Ron", "Derek", "Keith", "Brian", "Alan",
    "Geoff", "Arthur", "Leon", "Reece", "Rajesh", "Sanjay", "Ali", "Yusuf",
    "Kofi", "Nathan", "Luke", "Jordan", "Shane", "Bradley", "Alfie", "Noah",
    "Ethan", "Harvey", "Mason", "Stanley", "Bilal", "Zain", "Emeka", "Dylan",
)
FEMALE_NAMES = (
    "Sarah", "Emma", "Laura", "Gemma", "Kelly", "Stacey", "Leanne", "Donna",
    "Tracey", "Michelle", "Nicola", "Claire", "Jade", "Chloe", "Amy", "Sophie",
    "Lauren", "Megan", "Olivia", "Amelia", "Ruby", "Lily", "Grace", "Ellie",
    "Aisha", "Fatima", "Priya", "Anita", "Yasmin", "Shanice", "Chantelle",
    "Zara", "Agnieszka", "Marta", "Ioana", "Siobhan", "Niamh", "Bethan",
    "Carys", "Morag", "Joan", "Margaret", "Pat", "Brenda", "Jean", "Doreen",
    "Sheila", "Maureen", "Irene", "Pauline", "Julie", "Karen", "Angela",
    "Lisa", "Hayley", "Kirsty", "Danielle", "Abbie", "Courtney", "Keeley",
    "Precious", "Blessing", "Amira", "Hannah", "Molly", "Poppy", "Isla",
    "Freya", "Evie", "Maisie", "Nadia", "Samira", "Wendy", "Elaine", "Rita",
)
SURNAMES = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
    "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White",
    "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan",
    "Hussain", "Ahmed", "Begum", "Ali", "Singh", "Kaur", "Okafor", "Mensah",
    "Kowalski", "Nowak", "Popescu", "O'Brien", "Murphy", "Kelly", "McDonald",
    "Campbell", "Stewart", "Reid", "Hughes", "Lewis", "Edwards", "Morgan",
    "Price", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King",
    "Baker", "Harrison", "Morgan-Reid", "Fletcher", "Barker", "Shaw", "Lloyd",
    "Atkinson", "Doherty", "Nwosu", "Adeyemi", "Mahmood", "Rahman", "Chowdhury",
)

#: gendered nouns for a person, by age class then gender (m, f)
PERSON_NOUNS = {
    "child": (("boy", "little boy", "lad", "child"), ("girl", "little girl", "child")),
    "teen": (("lad", "boy", "teenage boy", "young lad", "youth"),
             ("girl", "teenage girl", "young girl", "young female")),
    "adult": (("man", "male", "bloke", "gent", "lad"), ("woman", "female", "lady", "girl")),
    "older": (("elderly man", "old man", "older gent", "elderly male", "old boy"),
              ("elderly woman", "old lady", "older lady", "elderly female")),
}

#: (relation of the person to the caller, relation of the caller to the person);
#: each indexed by gender (m, f); keyed by relation kind.
FAMILY_RELATIONS = {
    "parent": (("son", "daughter"), ("dad", "mum")),
    "child": (("dad", "mum"), ("son", "daughter")),
    "partner": (("partner", "partner"), ("partner", "partner")),
    "spouse": (("husband", "wife"), ("husband", "wife")),
    "sibling": (("brother", "sister"), ("brother", "sister")),
    "grandparent": (("grandad", "nan"), ("grandson", "granddaughter")),
    "friend": (("friend", "friend"), ("friend", "friend")),
    "exp": (("boyfriend", "girlfriend"), ("boyfriend", "girlfriend")),
}
#: relation kinds allowed per age class of the person concerned
RELATIONS_BY_AGE = {
    "child": ("parent",),
    "teen": ("parent", "parent", "sibling"),
    "adult": ("parent", "partner", "sibling", "friend", "spouse", "exp"),
    "older": ("child", "spouse", "grandparent", "sibling", "friend"),
}
#: words for the other party (suspect/partner) by relation kind, (m, f)
OTHER_RELATIONS = {
    "partner": (("partner", "boyfriend", "husband", "ex-partner", "ex", "ex-boyfriend",
                 "ex-husband"),
                ("partner", "girlfriend", "wife", "ex-partner", "ex", "ex-girlfriend")),
    "known": (("ex", "neighbour", "brother", "son", "flatmate", "cousin", "former friend",
               "work colleague", "step dad", "landlord"),
              ("ex", "neighbour", "sister", "daughter", "flatmate", "cousin", "former friend",
               "work colleague", "step mum", "landlady")),
}

# --------------------------------------------------------------------------
# Places (fixed per note)
# --------------------------------------------------------------------------
STREET_NAMES = (
    "Elm", "Victoria", "Station", "Church", "Mill", "Park", "High", "King",
    "Queen", "Albert", "Bridge", "Manor", "Oak", "Chapel", "Orchard", "Meadow",
    "Cedar", "Willow", "Highfield", "Springfield", "Grange", "Beech", "Windsor",
    "Moor", "Hill", "Brook", "Clifton", "Nelson", "Stanley", "Milton", "Green",
    "Ash", "Holly", "Fern", "Lime", "Coronation", "Jubilee", "Railway", "Canal",
    "Wellington", "Carlton", "Dale", "Heath", "Priory", "Market", "Cross",
)
STREET_SUFFIXES = (
    "Road", "Street", "St", "Rd", "Lane", "Avenue", "Ave", "Close", "Crescent",
    "Way", "Drive", "Court", "Gardens", "Terrace", "Grove", "Walk",
)
TOWNS = (
    "Ashford", "Bexley", "Cranmoor", "Dunsby", "Eastwick", "Fernham", "Greyford",
    "Holbrook", "Kingsmere", "Lowfield", "Marston", "Northcote", "Oakley",
    "Penwick", "Redmarsh", "Stanbridge", "Thornby", "Upton", "Westleigh",
)
HOSPITALS = (
    "St Mary's", "the General", "the Royal Infirmary", "Queen Elizabeth",
    "the County hospital", "St James's", "the Royal Victoria", "Princess Royal",
    "Riverside hospital", "St Luke's", "Kingsmere General", "the Northern General",
    "Hillcrest hospital", "the Royal",
)
MH_UNITS = (
    "the Linden Centre", "Meadowbrook unit", "the Harbour unit", "Ashfield unit",
    "Woodlands", "the Redwood Centre", "the Orchard unit", "Highgate unit",
    "Larkfield", "the Beacon Centre", "Moorview", "the Cedars", "Brookside unit",
)
WARDS = (
    "Willow ward", "Oak ward", "Ash ward", "ward 12", "ward 7", "Rowan ward",
    "Maple ward", "Bluebell ward", "Cedar unit", "the acute ward", "Larch ward",
    "ward 3B", "Beech ward", "Hazel ward", "Elm ward", "Poppy ward", "Juniper ward",
    "Sycamore ward", "the assessment unit", "Laurel ward", "the PICU", "ward 21",
)
CARE_HOMES = (
    "Sunnyside care home", "Oakwood Lodge", "Rosebank nursing home",
    "the Elms care home", "Highfield House", "Lavender Court", "Brookside care home",
    "Willowdene", "Meadow View nursing home", "Ashgrove House", "the Laurels",
)
SURGERIES = (
    "Park Lane surgery", "the health centre on High St", "Riverside medical practice",
    "Elm Tree surgery", "Church View practice", "Northgate medical centre",
    "the Grange surgery", "Station Road surgery", "Millbrook practice",
)
SCHOOLS = (
    "St Peter's primary", "Highfield Academy", "Oakwood High", "the Grange school",
    "Kingsway academy", "St Anne's RC high", "Millfield primary", "Northgate college",
    "Brookfield school", "Westleigh academy", "Canal Side primary",
)
LANDMARKS = (
    "the Tesco car park", "the bus station", "Greggs on the high street",
    "the retail park", "the park on {street}", "Asda", "the train station",
    "the McDonald's on the ring road", "the canal towpath", "the Co-op on {street}",
    "the Red Lion", "the precinct", "the leisure centre", "the library", "Lidl",
    "the taxi rank", "the shopping centre", "Wetherspoons", "the chippy on {street}",
    "the Shell garage", "the market square", "the church on {street}", "Aldi",
    "the cenotaph", "the skate park", "B&Q",
)
HEIGHTS = (
    "the multi-storey on {street}", "the top of the multi-storey",
    "the railway bridge on {street}", "the motorway bridge",
    "the footbridge over the bypass", "the river bridge", "the cliffs",
    "the roof of the flats on {street}", "the viaduct",
    "the top floor of the shopping centre car park", "the bridge over the A road",
)
WATERS = (
    "the canal", "the river", "the docks", "the reservoir", "the lake in the park",
    "the sea front", "the harbour", "the weir",
)
RAILS = (
    "the level crossing on {street}", "the railway line", "the tracks behind {street}",
    "the train station", "the main line", "the crossing by the allotments",
)

# --------------------------------------------------------------------------
# Vocabulary re-drawn at each use
# --------------------------------------------------------------------------
VOCAB = {
    "time_ago": (
        "20 mins ago", "about half an hour ago", "an hour ago", "approx 1400",
        "at 0930", "this morning", "earlier today", "around 11", "10 mins ago",
        "just now", "about 2 hrs ago", "at lunchtime", "around 7pm", "late last night",
        "at approx 2130", "a few mins ago", "around teatime",
    ),
    "days_ago": (
        "3 days ago", "last Tuesday", "on Saturday night", "over the weekend",
        "last week", "yesterday", "two days ago", "on Friday", "about a week ago",
        "a few days ago", "on Monday", "at the weekend", "last Thursday",
    ),
    "since": (
        "since yesterday", "since Monday", "since the weekend", "since 0800 yesterday",
        "for 2 days", "since last night", "since Sunday", "for over 24 hrs",
        "since Friday", "since this morning",
    ),
    "eta": (
        "40 mins", "an hour", "2 hrs", "90 mins", "3-4 hrs", "4 hrs+", "over an hour",
        "6 hours", "30 mins", "unknown",
    ),
    "n_tabs": (
        "30", "40", "20", "about 50", "a full box of", "2 boxes of", "16", "28",
        "a handful of", "a whole strip of", "all of {his}", "60", "a month's supply of",
    ),
    "meds": (
        "paracetamol", "sertraline", "prescription tablets", "co-codamol", "ibuprofen",
        "antidepressants", "sleeping tablets", "diazepam", "mirtazapine",
        "quetiapine", "amitriptyline", "aspirin", "pills", "tramadol", "olanzapine",
    ),
    "veh": (
        "silver Corsa", "black BMW", "white Transit", "red Fiesta", "blue Golf",
        "grey Qashqai", "black Audi", "white Astra", "moped", "dark coloured van",
        "black Range Rover", "green Micra",
    ),
    "clothes": (
        "grey trackies and a black hoodie", "a red coat", "jeans and a white t-shirt",
        "a dressing gown", "a hospital gown and socks", "a green parka",
        "a school uniform", "a black puffer jacket", "pyjamas", "a blue fleece",
        "a yellow hi-vis", "a North Face coat", "a long black coat",
    ),
    "amt": ("200", "1,500", "4,000", "80", "350", "12,000", "600", "2,300", "950"),
    "t": (
        "1400", "0930", "1115", "1620", "2045", "0310", "1750", "2230", "0600",
        "1330", "14:00", "09:45", "19:30",
    ),
    "hrs": ("3", "4", "5", "6", "7", "8", "9", "10"),
    "weapon": ("knife", "kitchen knife", "hammer", "bat", "machete", "blade", "metal bar"),
    "blunt": ("bat", "hammer", "metal bar", "brick", "bottle", "golf club"),
}

# --------------------------------------------------------------------------
# Callers: who rings, and how the handler writes that down
# --------------------------------------------------------------------------
PROFESSIONAL_CALLERS = frozenset({
    "ward_nurse", "ae_staff", "gp", "crisis_team", "care_coordinator",
    "care_home_staff", "social_worker", "ambulance_crew", "amhp", "police_officer",
    "school",
})

CALLER_OPENINGS = {
    "ward_nurse": (
        "[Call from|C/r is|Caller is] [staff nurse|charge nurse|RMN|ward manager|nurse|HCA|"
        "student nurse|deputy ward manager] {cname} [on|from] {ward}[, {site}| at {site}|]",
        "[Nurse in charge|NIC|Ward sister|The night nurse|Shift lead] [on|from] {ward}"
        "[ at {site}|] [calling|ringing|on the phone|on the line]",
        "{ward} [at {site}|({site})|] [calling|ringing|rang]",
        "{site}, {ward} - [staff nurse|RMN|NIC|nurse] {cname}",
        "[Ward call|Call from ward] - {ward}[, {site}|]",
    ),
    "ae_staff": (
        "[Call from|C/r is] [a|the] [nurse|charge nurse|sister|doctor|registrar|receptionist|"
        "triage nurse|security guard|consultant|MH liaison nurse] [in|at|from] "
        "[A&E|ED|the emergency dept|the emergency department][ at {hosp}|]",
        "{hosp} [A&E|ED] [calling|ringing|on the line]",
        "[A&E|ED] [staff|nurse {cname}|sister {cname}|liaison team] [at|,] {hosp}",
        "[Psych liaison|MH liaison|RAID team] at {hosp} [ED|A&E] [calling|ringing]",
    ),
    "gp": (
        "[Call from|C/r is] [Dr {csurname}|a GP|the duty GP|the practice manager|"
        "a receptionist|practice nurse {cname}] [at|from] {surgery}",
        "{surgery} [calling|ringing] - [Dr {csurname}|duty doctor|practice manager]",
        "GP [surgery|practice] ({surgery}) [calling|rang]",
        "Dr {csurname}[, GP,| (GP)] [calling|on the line] [from {surgery}|]",
    ),
    "crisis_team": (
        "[Call from|C/r is] [{cname} from the|a worker from the|a nurse from the|the] "
        "[crisis team|crisis resolution team|home treatment team|CRHT|HTT|crisis line|MH "
        "crisis team]",
        "[Crisis team|CRHT|Home treatment team|HTT] [worker {cname}|practitioner|nurse|duty "
        "worker] "
        "[calling|on the line|ringing]",
        "{cname}, [CPN|crisis practitioner|HTT nurse|crisis worker], calling",
        "[MH crisis line|Crisis line|NHS 111 MH option] [call handler|practitioner] "
        "[ringing|passing call]",
    ),
    "care_coordinator": (
        "[Call from|C/r is] {cname}, [care coordinator|CPN|care co-ordinator|community nurse] "
        "[at|from|with] [the CMHT|the {town} CMHT|the community MH team|the EIP team|the "
        "recovery team]",
        "[CPN|Care coordinator|Care co-ordinator] {cname} [calling|rang] [from {town} CMHT|]",
        "{town} CMHT [calling|ringing] - [care coordinator|CPN] {cname}",
    ),
    "care_home_staff": (
        "[Call from|C/r is] [the manager|a carer|a senior carer|a night carer|the deputy manager|"
        "a support worker|nurse {cname}|{cname}, senior carer,] [at|from] {carehome}",
        "{carehome} [calling|ringing|on the phone]",
        "[Staff|Night staff|Manager] at {carehome} [calling|ringing|on the line]",
    ),
    "social_worker": (
        "[Call from|C/r is] [a|the|an] [social worker|SW|EDT social worker|duty social worker] "
        "[from|at|with] [{town} adult services|{town} childrens services|the council|EDT|the "
        "MASH|the LA]",
        "EDT [social worker|worker|duty worker] {cname} [calling|ringing]",
        "[Social worker|SW] {cname} ({town} council) [rang|calling]",
    ),
    "ambulance_crew": (
        "[Call from|C/r is] [ambulance crew|a paramedic|the paramedic crew|ambo control|EOC|"
        "an ambulance crew|a solo responder] [on scene|at scene|][ at {num} {street}| on "
        "{street}|]",
        "[Ambo|Ambulance|Paramedic] crew [on scene|at scene|calling][ at {street}|]",
        "[EOC|Ambulance control|Ambo service] [passing call|transferring call|ringing] "
        "[re|about|] [a job on {street}|a pt on {street}|a pt|]",
        "[Paramedic|Para] {cname} [on scene|calling][ at {street}|]",
    ),
    "amhp": (
        "[Call from|C/r is] [an|the duty] AMHP[ {cname}|][ from {town}| at {town} council|]",
        "AMHP {cname} [calling|ringing|on the line]",
        "[Duty AMHP|AMHP service] ({town}) [calling|ringing]",
    ),
    "police_officer": (
        "[PC|Sgt|PC|PCSO] {csurname} [calling|via radio|reporting|updating] [from|at] "
        "[the 136 suite|the s136 suite|the place of safety|the HBPoS] [at {site}|]",
        "Officers [at|in] [the 136 suite|the s136 suite|the place of safety|HBPoS] [at|,] {site}",
        "[Crew|Unit|Patrol] [at|in] [the 136 suite|HBPoS|the suite] {site} "
        "[updating|update|calling]",
        "[PC|Sgt] {csurname} [on radio|via radio|by phone]",
    ),
    "family": (
        "[Call from|C/r is|C/r] {cname}[,|] [calling about|ringing about|re|worried about|"
        "concerned for|calling re] {chis} {prel}[ {name}|]",
        "C/r is [the|] {crel} of {name}",
        "[C/r|Caller] ({crel}) [calling|ringing] [re|about] {name}",
        "[Worried|Concerned|] {crel} [calling|ringing|on the phone] [re|about] {name}",
        "C/r is {name}'s {crel}[, {cname}|]",
        "{cname} {csurname} [calling|on the line] - {chis} {prel} {name}[ ({age})|]",
        "[C/r|Caller] {cname}, {crel} of {name}[ {surname}|],",
        "[Family member|Relative] [calling|rang] [re|about|concerned for] {name}[, c/r is the "
        "{crel}|]",
    ),
    "neighbour": (
        "[C/r is|Call from] [a|the] neighbour[ at no.{cnum}| from {cnum} {street}|]",
        "[Neighbour|C/r] [calling|ringing] from {street}",
        "C/r {cname}, [neighbour|a neighbour|lives next door]",
        "C/r lives [next door|opposite|downstairs|upstairs|across the road][ at no.{cnum}|]",
        "[Elderly|Concerned|Worried|] neighbour [calling|on the line][ re no.{num}| from "
        "{street}|]",
        "[Call from|C/r is] [a|the] [next door neighbour|neighbour across the landing|"
        "downstairs neighbour]",
    ),
    "public": (
        "[Call from|C/r is] [a|] [member of the public|passer-by|MOP|dog walker|taxi driver|"
        "bus driver|shop worker|security guard|delivery driver] [at|near|outside|in] {landmark}",
        "[{cmf}|] c/r [at|near|outside] {landmark}",
        "MOP [calling|ringing] [from|at] {landmark}",
        "C/r [driving past|walking past|in the car at|parked at|walking the dog near] {landmark}",
        "[Passer-by|Shop assistant|Bus driver|Cyclist|Jogger|Cabbie] [calling|rang|on the line] "
        "[from|at|near] {landmark}",
        "[{cmf}|] MOP[, {cname},|] [rang|calling] [999|101|in] [from|re] {landmark}",
    ),
    "school": (
        "[Call from|C/r is] [the DSL|the head|a teacher|head of year|the safeguarding lead|"
        "the school office|a TA|the deputy head|pastoral lead {cname}] [at|from] {school}",
        "{school} [calling|ringing] - [DSL|safeguarding lead|head of year|deputy head] {cname}",
        "[DSL|Safeguarding lead|Head teacher] at {school} [calling|on the line]",
    ),
    "self": (
        "{mf} c/r[, {age}yo|, {age}| aged {age}|] [calling|rang|on the phone]"
        "[ from home| from {street}| from {landmark}|]",
        "C/r {cname} ({age}) [calling|rang in|on the line]",
        "[Call from|C/r is] {cname}, {age}[yo| years old|],",
        "C/r [calling|ringing] [about {chimself}|for {chimself}|on {chis} own behalf]",
        "[Caller|C/r] [is|] [the person concerned|the subject]",
    ),
    "telecare": (
        "[Call from|C/r is] [a|the] [careline|lifeline|telecare|community alarm] [operator|call "
        "handler|monitoring centre][ ({town})|]",
        "[Careline|Lifeline|Telecare|Community alarms] [calling|ringing|passing call][ re a client "
        "on {street}|]",
        "{cname} from [the careline|Lifeline|the community alarm service|Telecare] [calling|on "
        "the line|ringing]",
        "[Pendant alarm|Falls alarm|Alarm] [company|monitoring centre] [calling|ringing] "
        "[re|about] "
        "[a client at {num} {street}|an activation]",
    ),
    "housing": (
        "[Call from|C/r is] [a|the] [housing officer|landlord|warden|scheme manager|support "
        "worker|hostel worker|outreach worker] [at|from|for] [{town} Homes|the council|the "
        "sheltered scheme on {street}|the hostel on {street}|the housing association|the "
        "outreach team]",
        "[Housing officer|Landlord|Warden|Outreach worker] {cname} [calling|ringing][ re a "
        "tenant on {street}|]",
        "[Sheltered housing|Supported housing|The hostel|Street outreach] [warden|staff|manager|"
        "team] [calling|on the line]",
    ),
    "anonymous": (
        "[Anon c/r|Anonymous c/r|Anonymous caller|C/r refused name|C/r won't give name|"
        "C/r wishes to remain anon|Withheld no., c/r would not give details]",
        "[Anon|Anonymous] call [re|about] [an address on|a house on|a flat on] {street}",
        "[Anon|Withheld number] - c/r [would not|won't|didn't want to] give [a "
        "name|details|{chis} name]",
    ),
}

#: how a caller kind refers to the person concerned
WHO_FORMS = {
    "health": (
        "pt {name}", "{name} ({age})", "{name}, {age}[yo| yrs],", "[the|their] pt", "pt",
        "pt {name} {surname}", "{name} {surname}", "[{mf}|the {mf}] pt[ {name}|]",
        "[service user|client] {name}", "pt ({age}[{mfi}|])", "{title} {surname}",
    ),
    "care_home_staff": (
        "resident {name}", "{name} ({age})", "{title} {surname}", "one of the residents, {name},",
        "resident {title} {surname}", "[{name}|{title} {surname}], [aged|] {age},",
    ),
    "ambulance_crew": ("pt", "the pt", "[{mf}|the {mf}] pt", "{name} ({age})", "the patient",
                       "pt {name}", "a {man} [approx {age}|in {his} {dec}s]"),
    "police_officer": ("detainee {name}", "the [{mf}|] detainee", "{name} ({age})",
                       "the s136 detainee", "DP {name}", "{name} {surname}"),
    "school": ("pupil {name} ({age})", "{name}, Year {yr},", "a Year {yr} pupil",
               "student {name}", "{name} {surname} (Y{yr})", "one of our pupils, {name},"),
    "family": ("{chis} {prel} {name}", "{chis} {prel}", "{name}", "{name} ({age})",
               "c/r's {prel}", "{prel} {name}, {age},", "{chis} {prel} {name} ({age})"),
    "neighbour": (
        "[c/r's|] neighbour {name}", "the [{man}|person] at [no.|number |no ]{num}",
        "the {man} [next door|upstairs|downstairs|across the road|at no.{num}]",
        "{title} {surname} [at|from] no.{num}", "[elderly|] neighbour [at|from] {num} {street}",
    ),
    "public": (
        "a {man}[ approx {age}| in {his} {dec}s| aged approx {age}|]", "[an unknown|a] {mf}",
        "a {man} [wearing|in] {clothes}", "a {man}", "[unknown|a] {mf} [approx {age}|in {his} "
        "{dec}s]",
    ),
    "self": ("c/r", "caller", "the c/r", "c/r {name}", "c/r", "c/r"),
    "telecare": ("the client", "client {name} ({age})", "{title} {surname}", "{name} {surname}, "
                 "{age},", "the service user", "our client {title} {surname}", "{name} ({age})"),
    "housing": ("tenant {name}", "the tenant at flat {num}", "{title} {surname} at flat {num}",
                "resident {name}", "one of our tenants, {name},", "{name} ({age})",
                "the {man} in flat {num}", "a {man}[ in {his} {dec}s|]"),
    "anonymous": (
        "a {man} [at|living at] {num} {street}", "the {man} at no.{num}", "{name} at {num} "
        "{street}",
        "{title} {surname} [on|at] {street}", "a {man}",
    ),
}

#: how the other party (suspect, partner) is referred to, by relation kind
OTHER_FORMS = {
    "partner": ("{his} {qrel} {qname}", "{his} {qrel}", "{qname} ({his} {qrel})", "the {qrel}",
                "{qname}", "{qrel} {qname} {qsurname}"),
    "known": ("{his} {qrel} {qname}", "{his} {qrel}", "{qname}, {his} {qrel},", "{qname} "
    "{qsurname}",
              "{qname}"),
    "stranger": ("a {qman}", "an unknown {qmf}", "a {qman} in {clothes}", "unknown {qmf}",
                 "a {qman} approx {qage}", "a {qmf} in {qhis} {qdec}s", "some {qman}"),
}

#: reported-speech verbs: the person concerned says something to the caller
SAYS_OTHER = ("has told c/r", "told c/r", "is saying", "has said", "has been saying",
              "texted c/r to say", "said", "keeps saying")
SAYS_SELF = ("states", "says", "is saying", "reports", "has disclosed", "said")
SAYS_PRO = ("has told staff", "told the nurse", "disclosed to staff", "said", "has said",
            "is saying", "told [them|us]")

# --------------------------------------------------------------------------
# Scenario cores, grouped by meaning. Each pool is ONE meaning said many ways.
# --------------------------------------------------------------------------

# ---- concern for welfare: not seen / missed contact (welfare_only) --------
NOT_SEEN = (
    "@o {who} [has not been seen|hasn't been seen|not seen|has not been heard from] {since}"
    "[, which is unusual|, out of character| which is not like {him}|]",
    "@o c/r [has not|hasn't] [heard from|been able to contact|been able to get hold of] {who} "
    "{since}",
    "@o {who} [is not answering|not answering|isn't answering] [the door|the phone|calls or texts|"
    "{his} phone] {since}",
    "@o {who} [usually|normally|always] [rings|calls|texts] c/r [every day|every morning|daily] "
    "but [hasn't|has not] [today|{since}]",
    "@o [c/r has been round to|c/r went round to|carers visited] {his} [flat|house|address] "
    "[twice|this morning|earlier] [and|but] [no answer|got no reply|couldn't get an answer], "
    "[curtains closed|lights off|car on the drive|lights on]",
    "@o [welfare check requested|c/r requesting a welfare check|asking for a welfare check|"
    "c/r would like someone to check on] [on|for|] {who}[ at {num} {street}|], "
    "[not seen|no contact] {since}",
    "@o c/r [worried about|concerned for|anxious about] {who} as [no one has seen {him}|"
    "{he} has not been in touch|{he} missed a family meal|{he} didn't turn up for work] {since}",
    "@o [family|c/r] [have not|haven't] [had any contact with|heard a peep from] {who} "
    "{since} and {his} [phone is off|messages aren't delivering|WhatsApp shows last seen "
    "{days_ago}]",
    "@o c/r [rang|rung] {who} [several times|all day|loads] [and|but] [no answer|it just "
    "rings out|straight to answerphone], [last spoke|last contact] {days_ago}",
    "@o c/r [says|states] {who} [normally pops round|always calls in|is always on the "
    "phone to c/r] but [nothing|no word] {since}, [c/r is a bit worried|c/r would like "
    "someone to knock|not like {him} at all]",
    "@o [the|] [milkman|postman|carer|cleaner] [mentioned|told c/r] {who} [hasn't "
    "answered the door|wasn't in] {since}",
    "@o c/r [is|has been] ringing {who} {since} with no reply, [can you check on "
    "{him}|asking for someone to pop round|wants police to knock]",
    "@o c/r has been [banging on the door|knocking] [for ages|several times] [at {his} "
    "flat|at {his} house] [again today|this morning] [but|and] [no answer|nobody came], {who} "
    "[not seen|hasn't been seen] {since}, [c/r would like someone to check|asking for a welfare "
    "check]",
)
NOT_SEEN_COLOUR = (
    "@o {he} lives alone", "@o {his} phone is going straight to voicemail",
    "@o {his} car [is|isn't] outside", "@o c/r lives [an hour|2 hrs|miles] away[ so can't go "
    "round|]",
    "@o {he} [is diabetic|is on tablets for {his} heart|was recently bereaved|"
    "recently split up with {his} partner|has mobility problems]",
    "@o [no one has a key|c/r does not have a key|the landlord has a key but isn't answering]",
    "@o {he} [doesn't|does not] really go out much", "@o {he} [works nights|is a bit of a loner]",
    "@o [post|papers] not [taken in|collected] today", "@o [{his} dog|the cat] can be heard inside",
    "@o {he} [is in {his} {dec}s|is {age}]",
    "@o [nothing like this has happened before|first time this has happened]",
    "@o c/r [tried the door|looked through the window] [but couldn't see anything|and "
    "nothing looks out of place]",
    "@o {his} [car is on the drive|bike is outside] as normal",
    "@o c/r can [see {his} TV flickering|hear {his} radio|see the lights on] [through the "
    "window|from the landing]",
    "@o c/r [knocked on the door|banged on the door|shouted through the letterbox] [but|and] "
    "[no reply|nobody came]",
)
MISSED_APPT = (
    "@p {who} [missed|did not attend|DNA'd|failed to attend] [{his} depot injection|a "
    "clozapine review|"
    "{his} appointment|{his} CPA review|two appointments|a planned home visit] [today|this morning|"
    "this week|yesterday] and [is not answering|has not responded|can't be contacted|no answer "
    "at the address]",
    "@p [staff|we|the team] [have been unable to|couldn't] [contact|reach|make contact with] {who} "
    "[for a scheduled visit|{since}|for {his} review]",
    "@p {who} [is overdue|was due] [{his} meds collection|to collect {his} prescription|"
    "a blister pack collection] [from the pharmacy|] [{days_ago}|] and [has not been seen|no "
    "contact made]",
    "@p [home visit|HTT visit|planned visit] [today|this am|at {t}] - no answer at the door, {who} "
    "[not answering phone|not seen by neighbours {since}]",
    "@p {who} [normally|always] [attends|comes in for] {his} [bloods|injection|weekly review] "
    "[on a Monday|every week] but [didn't come|hasn't come] [today|this week]",
    "@p {who} [not seen at|didn't attend] [{his} clinic|the depot clinic|{his} review] "
    "[today|this week|{days_ago}] and [phone off|no reply at the door|not returned "
    "calls], [no known risks|no recent concerns|no current risk indicators]",
    "@p [we|the team|staff] [visited|called round|knocked] [at {t}|this morning|earlier] "
    "for {his} [planned visit|welfare visit|meds drop] - [no answer|no reply|no one in], "
    "{who} [not been seen|not heard from] {since}",
    "@p {who} [has not collected|didn't pick up] {his} [methadone|script|clozapine] "
    "[today|{days_ago}] which is [unusual|out of character], [phone off|no answer]",
    "@p [staff|we] can see {who} [has read|has opened] [our texts|the messages] [but|and] "
    "[hasn't replied|hasn't rung back], [missed {his} appointment {days_ago}|no contact "
    "since], [no current risk concerns|no known risks], [requesting a welfare check|would like "
    "someone to knock]",
)
FOUND_COLLAPSED = (
    "@o [c/r|carers|staff|the neighbour] can see {who} [lying|on the floor|slumped] [through "
    "the window|"
    "through the letterbox|in the hallway] and {he} [is not moving|isn't responding|won't respond|"
    "is not responding to knocking]",
    "@o {who} [can be heard|is] [calling for help|shouting for help|groaning] inside [but "
    "can't get "
    "to the door|and the door is locked|and no one can get in]",
    "@o {who} is [on the floor|collapsed] [behind the door|in the kitchen|at the bottom of the "
    "stairs] "
    "and [not responding|unresponsive|has been there since last night and is very cold and "
    "confused]",
    "@o [no answer|door locked] and c/r can see {who} [on the sofa|in bed|in the chair] "
    "[not moving|grey and not moving|with blue lips] through the window",
    "@o [strong smell|a bad smell|flies at the window] [from|at] {his} [flat|house], [post "
    "piling up|milk on the step] {since} and c/r can see {who} [slumped in the chair|lying on "
    "the floor|on the bed] [not moving|through the window|not responding to banging]",
    "@o c/r [can hear|could hear] {who} [moaning|calling out faintly|groaning] [through the "
    "door|through the letterbox] [but {he} isn't making sense|and then it went quiet], "
    "[door locked|no key|can't get in]",
)

# ---- suicidal thoughts vs intent with plan/means/action ------------------
SI_THOUGHTS = (
    "{who} {says} {he} [has been having|is having|keeps having] [suicidal thoughts|thoughts of "
    "ending {his} life|thoughts about suicide|dark thoughts|thoughts of killing {himself}]",
    "{who} {says} {he} [feels|is feeling] [like there's no point|hopeless|like giving up|"
    "like {he} can't go on|worthless]",
    "{who} [has been|is] [low|very low|really down|struggling] and {says} {he} [sometimes thinks|"
    "has thought] about [ending it|not being here|killing {himself}|taking an overdose]",
    "{who} [is|has been] [expressing|voicing|disclosing] [suicidal ideation|SI|passive suicidal "
    "thoughts|thoughts of suicide] [today|this week|on the phone|]",
    "{who} {says} [everyone would be better off without {him}|{he} wishes {he} wouldn't wake up|"
    "{he} doesn't want to be here anymore|{he} thinks about jumping off a bridge sometimes]",
    "@o {who} [texted|messaged] c/r saying {he} [can't cope|is done with everything|has had "
    "enough]",
    "@s c/r [is|has been] [feeling suicidal|having thoughts of ending it|thinking about "
    "suicide] [on and off|for a few weeks|since {his} [partner|mum] died]",
    "{who} {says} {he} [is fed up with life|can't see the point anymore|doesn't see a "
    "future|feels like a burden] [but|and] [hasn't got a plan|hasn't done anything|is at "
    "home]",
    "@o {who} [has been|is] [posting|putting] [sad|dark|worrying] [things|quotes|stuff] "
    "on [Facebook|social media|TikTok] [about not wanting to be here|about being tired of "
    "everything|like 'what's the point']",
    "@s c/r [says|states] {he} [has had|keeps having] [thoughts of not wanting to be "
    "here|dark thoughts|thoughts about ending things] [tonight|lately|since the weekend] "
    "and [wanted to talk to someone|is scared of the thoughts|doesn't know who to ring]",
    "{who} [told|said to] [c/r|{his} GP|staff] that {he} [sometimes wishes {he} could go "
    "to sleep and not wake up|feels like disappearing|has had enough of everything], [no "
    "plan|no intent disclosed|said {he} wouldn't act on it]",
)
NO_PLAN = (
    "[no plan|no plan or intent|no plans] [disclosed|given|mentioned|stated|]",
    "{he} {says} {he} [would not|wouldn't] act on it[ because of {his} [kids|dog|mum]|]",
    "[no access to|no] [tablets|meds|means] [at home|in the house|][ per c/r|]",
    "{he} [is|is currently] at home[ with {his} [partner|mum|flatmate]| with family|] and "
    "[safe|has agreed to keep safe|has agreed to ring the crisis line]",
    "[has not|hasn't] [done anything|taken anything|hurt {himself}][ per c/r|]",
    "[not at immediate risk|no immediate risk identified][ per c/r| per crisis team|]",
    "{he} [has|has got] [a safety plan|crisis line number] and [is using it|agreed to ring them]",
    "[no intent|no intent or plan|no plans to act] [expressed|disclosed|voiced]",
    "{he} [has agreed|agreed] to [stay with {his} [sister|mum|friend] tonight|speak to "
    "the crisis line|see the GP tomorrow]",
    "[crisis team|HTT|the GP] [aware|already involved|seeing {him} tomorrow]",
    "{he} [says|said] {he} [feels safe|is safe] [tonight|at the moment|for now]",
)
SI_INTENT = (
    "{who} {says} {he} [is going to|wants to|will] [end it|kill {himself}|end {his} life|take "
    "{his} "
    "own life|do it] [tonight|today|now|when everyone's asleep|]",
    "@o {who} has [just |][texted|messaged|rung] c/r [to say goodbye|saying goodbye|saying sorry "
    "for everything and goodbye]",
    "{who} {says} {he} [has had enough|can't go on] and [is going to do it|has decided to do it|"
    "is ready] [tonight|today|]",
    "{who} [has|] [left|sent] [a note|a message|voicemails] saying {he} [is going to end it|"
    "won't be around tomorrow|is sorry and it's time]",
    "@o {who} [rang|called] c/r [crying|calm] and said [this is the last time {he}'ll "
    "call|{he} won't be around much longer|{he} has made {his} mind up] [tonight|today|]",
    "{who} {says} {he} [has made up {his} mind|has decided] and [is not going to be here "
    "tomorrow|wants everything to stop tonight|has said {his} goodbyes]",
    "@s c/r [says|states] {he} [has decided|is going] to [do it|go through with it|end "
    "things] [tonight|today|when {he} gets home] and has [rung|called] to [say sorry|tell "
    "someone]",
)
SI_MEANS = (
    "{he} has [got|bought|been stockpiling] [{n_tabs} {meds}|tablets|a rope|a length of rope|"
    "a bag of tablets|a blade] [and|,] [they're|it's] [in front of {him}|with {him}|in {his} "
    "pocket|"
    "on the table]",
    "{he} [is at|has gone to|is on {his} way to|is heading to] {height}[ to jump| and says {he} "
    "will jump|]",
    "{he} [has|is holding|has got] [a knife|a blade|{his} razor] [to {his} wrist|and is "
    "cutting {himself}]",
    "{he} [is at|has driven to] {water} [and says {he} is going in|and is walking into the water]",
    "{he} {says} {he} [has a plan|has planned it] [and has|and got] [the tablets|the rope|"
    "everything {he} needs] [ready|sorted|with {him}]",
    "{he} [is planning to|plans to] [go to|head to] {rail} [later|tonight|after work] and has "
    "[written notes|left letters][ for {his} family|]",
    "{he} has [bought|got] [a train ticket|a ticket] to [Beachy Head|the coast|the bridge] "
    "[and is on the train now|and left {time_ago}]",
    "{he} [has|has got] [{his} insulin|a bag full of tablets|{his} mum's tablets|the "
    "hosepipe and car keys] [with {him}|in the car|in {his} bag]",
    "{he} [is|has been] [sat in {his} car|parked up] [at|near] {water} [with|and has] "
    "[tablets|a bottle of vodka and tablets|{his} meds]",
    "{he} [has|has got] [{n_tabs} {meds}|a stash of tablets] [lined up|counted out|ready] "
    "[on the side|in front of {him}|in {his} room]",
    "{he} is at home [with|and has] [{n_tabs} {meds}|a rope|a bag of tablets] and [says {he} "
    "will take them once c/r hangs up|has said {he} will do it before the morning]",
)
MILD_THREAT = (
    "{who} is standing on the wrong side of the railings [on|at] {height}",
    "{who} is [sitting|sat] in {his} car in the [closed|shut] garage with the engine running"
    "[ and a hose from the exhaust| and a hose through the window|]",
    "{who} has given the dog away and [has|is sitting with] a carrier bag of tablets",
    "{who} said goodbye[ to c/r| to {his} mum|] and walked [off|away] towards {rail}",
    "{who} has [given away|been giving away] {his} [things|belongings|PlayStation and clothes] and "
    "[left|gone out] with the rope from the [shed|garage]",
    "@o {who} sent c/r a [photo|picture] of [the tracks|the view from {height}|the water at "
    "{water}|"
    "a pile of tablets] [with|saying] '[sorry|love you all|bye|this is it]'",
    "{who} [has been|is] sat on the edge of [the roof|{height}] [for 20 mins|for ages|since {t}]"
    " [with {his} legs over|and won't come back]",
    "{who} [walked|has walked] into the sea [fully clothed|in {his} clothes] [and is up to {his} "
    "chest|and is still going]",
    "{who} [is|has been] [lying|laid] on the [railway line|tracks] [near|at] {rail}",
    "{who} [has tied|has put] [a belt|a scarf|a cord|a dressing gown cord] [round {his} neck|"
    "to the banister and is standing on a chair]",
    "{who} {says} the tablets are [kicking in|starting to work] and then [stopped "
    "answering|went quiet]",
    "{who} [is|has been] [walking|seen] along the [hard shoulder|central reservation] of the "
    "motorway [in the dark|] [saying {he} wants it over|]",
    "{who} has [written|left] letters for {his} [kids|family] and [taken|gone off with] "
    "[the car keys and a hosepipe|{his} dad's old shotgun|the dog's lead and a stool]",
    "@o {who} [sent|has sent] c/r a [text|message] [saying|just saying] '[sorry for "
    "everything|look after the kids|love you, bye]' and {his} [insulin "
    "pens|tablets|blister packs] [are gone|have gone] from the [fridge|cupboard|kitchen]",
    "@o {who} has [taken|gone off with] the car keys and the hosepipe from the garage "
    "after [saying sorry to c/r|texting 'sorry mum'|leaving a note]",
    "{who} [texted|messaged] [c/r|{his} brother] 'thanks for everything' and [a bottle of "
    "{his} pills has gone|{his} prescription is gone] from the [cupboard|drawer]",
    "{who} [is|has been] [sat|standing] [on the platform edge|right at the edge of the "
    "platform] at {rail} [letting trains go past|for over an hour] [and won't talk to "
    "staff|and has said goodbye to c/r]",
    "{who} has [rung|called] c/r to say [where {his} will is|which bank {his} savings are "
    "in|who should have the dog] and [hung up|won't answer now]",
    "{who} [went out|has gone out] [{time_ago}|in the night] with [{his} insulin|a bag of "
    "{his} tablets|the rope from the shed] after [saying sorry|saying goodbye to the "
    "kids|giving c/r {his} bank card]",
)
OD_TAKEN = (
    "{who} {says} {he} has [taken|swallowed|necked] {n_tabs} {meds}[ {time_ago}|]",
    "{who} has [cut|slashed] {his} [wrists|arms|throat|leg] and [is bleeding heavily|there's a "
    "lot of blood|it won't stop bleeding]",
    "{who} has [taken an overdose|OD'd|taken an OD][ of {meds}|] and is [drowsy|going in and out|"
    "slurring|being sick|not making sense]",
    "{who} [has drunk|drank] [bleach|antifreeze|weed killer] [{time_ago}|to end it]",
    "{who} has [taken|swallowed|necked] [all of {his}|a load of|loads of] "
    "[tablets|pills|{meds}] [with vodka|with wine|] and is [getting "
    "drowsy|slurring|falling asleep|being sick]",
    "@o {who} [texted|rang] c/r [to say|saying] {he} [has taken|took] [everything|all "
    "{his} tablets|the whole box] and [has stopped answering|now won't answer|sounded "
    "drowsy]",
    "{who} has [injected|taken] [too much insulin|all {his} insulin] [on "
    "purpose|deliberately] and is [sweating|confused|going drowsy]",
    "@o {who}, who is at home [on {his} own|with the kids asleep], has [rung|texted] c/r to "
    "say {he} has taken {n_tabs} {meds} [before c/r got back|an hour ago], [{he} needs an "
    "ambulance|{he} is slurring|{he} won't say anything else]",
)
SI_COLOUR = (
    "@o c/r says {he} [sounded|seemed] [flat|very calm|not {himself}|tearful] on the phone",
    "{he} [lost {his} job|split with {his} partner|was evicted|failed {his} exams] "
    "[recently|last week]",
    "@s c/r [keeps apologising|is crying|speaking quietly|sounds flat]",
    "{he} [is|has been] [drinking|on {his} own|not sleeping] [today|all week]",
    "@o c/r [is|has been] on the phone to {him} [on another line|on and off]",
    "@o {he} [has been|is] [going through a divorce|in debt|off work with "
    "stress|grieving]",
    "@o c/r [can't get there|lives too far away|is at work] [to check|to go round]",
    "@o {his} [kids|children] are [with {his} ex|at school|with c/r]",
)

# ---- self-harm ------------------------------------------------------------
SH_MINOR = (
    "{who} has [superficial|minor|small] [cuts|scratches] to {his} [arm|forearm|wrist|thigh] "
    "[which {he} has cleaned|that have stopped bleeding|already dressed]",
    "{who} [scratched|cut] {his} arm [earlier|last night] - [minor|superficial], [no medical "
    "attention needed|seen by GP|cleaned up by c/r]",
    "{who} [has self harmed|SH'd|has SH] [today|last night][ by cutting|], [injuries minor|wounds "
    "superficial|small cuts only], {he} [is safe|is with {his} mum now|is at home with staff]",
    "{who} [has been|was] [picking at|scratching] old [scars|wounds] and [is upset|wants to talk "
    "to someone], [no serious injury|minor only]",
    "{who} [has|has got] [a couple of|a few|some] [shallow|superficial|light] "
    "[scratches|cuts|marks] on {his} [arm|wrist|leg] [from earlier|from last night], "
    "[cleaned and covered|plastered|not bleeding now], {he} [is talking to c/r|is calm "
    "now|says {he} feels better], [no further harm|no intent to do more|safe]",
    "@o c/r [found|noticed] [fresh|new] [scratches|small cuts] on {who}'s [arm|wrist], "
    "[minor|superficial|not deep], [{he} has cleaned them up|c/r has dressed them], {he} "
    "[is safe|is at home with c/r|wants to talk to someone]",
    "@s c/r [has|has just] [cut|scratched] {himself} [a bit|lightly|on {his} arm], [it's "
    "stopped bleeding|only small|cleaned it up], [feels safe now|doesn't want to do any "
    "more|wants to talk to someone]",
    "{who} [self harmed|SH'd] [earlier|last night] [by scratching|with a pencil sharpener "
    "blade], [small cuts|superficial only|steri-stripped at home], [now calm|with "
    "family|safe], [GP tomorrow|crisis line aware]",
    "{who} [has cut|cut] {his} [arm|wrist|leg] [earlier|{time_ago}|last night] - [small "
    "cuts|superficial cuts|a couple of scratches], [bleeding has stopped|it has stopped "
    "bleeding|c/r cleaned it up with a first aid kit], {he} is [now calm|talking to c/r|with a "
    "friend], [no further harm|safe now]",
)
SH_SERIOUS = (
    "{who} has cut {his} [arm|wrist|leg] [deeply|badly|to the bone] and [is bleeding heavily|"
    "it won't stop|there's blood everywhere]",
    "{who} [is|keeps] [cutting {himself}|self harming] [right now|and won't stop|and has locked "
    "the bathroom door]",
    "{who} has [swallowed|taken] [batteries|razor blades|{n_tabs} {meds}] [and is being sick|and "
    "is going grey|]",
    "{who} has [cut|slashed] [{his} arm|{his} thigh|{his} wrist] [and it's gaping|and "
    "needs stitches and is still bleeding|and there's blood all over the bathroom]",
    "{who} has [tied|pulled] [something|a cord|a lace] [tight round|round] {his} "
    "[neck|arm] and [won't take it off|is going purple]",
)

# ---- older / confused / care homes ---------------------------------------
CONFUSED_SAFE = (
    "{who} [is|was found] [wandering|wandering about|wandering around|walking about|sitting] "
    "[at|outside|near] {landmark} "
    "[confused|disorientated|not sure where {he} lives], [c/r is with {him}|c/r has sat {him} in "
    "[the shop|the cafe|the car]], {he} is [warm|calm|safe|dressed for the weather]",
    "{who} [keeps|has been] [knocking on doors|asking for {his} late [wife|husband]|asking people "
    "for a lift home], [confused|seems muddled], [c/r has made {him} a cup of tea|c/r is with "
    "{him}|"
    "staff are with {him}]",
    "{who} has [dementia|early dementia|memory problems] and [walked to|went to] [the shop|the "
    "post office|church] and [got lost|couldn't find {his} way back], [now|is] [sat with|being "
    "looked after by] [shop staff|a neighbour|c/r]",
    "{who} [found|was found|is] [wandering|wandering around|walking up and down] "
    "[near|outside|at] {landmark} [confused|muddled|not sure where {he} is|can't remember "
    "{his} address], [a member of the public|c/r|a shop worker|a bus driver] [is staying "
    "with {him}|has stayed with {him}|is sat with {him}] [until help comes|and has given "
    "{him} a coat|], {he} is [calm|warm|happy chatting|unhurt]",
    "{who} [got off the bus|is at the bus station|is in the shop] and [doesn't know where "
    "{he} is going|can't remember where {he} lives|thinks {he} is going to work], [c/r is "
    "with {him}|staff have sat {him} down], [{he} is fine|warm and dry|not hurt|chatting "
    "away]",
    "@o {who} [has|] [knocked on c/r's door|came into the shop|came to c/r's house] "
    "[asking for {his} mum|looking for {his} wife|thinking it was {his} house], "
    "[confused|muddled], c/r [has let {him} in|is with {him}|has given {him} a cup of "
    "tea], [{he} is fine|safe and warm|no injuries]",
    "{who} [seems|is] [a bit lost|disorientated|confused] [at|near] {landmark} [with "
    "{his} shopping|in {his} slippers], [c/r|a passer-by] [stopped to help|is looking "
    "after {him}], [{he} is dressed for the weather|{he} is warm|daylight and dry]",
    "@k:public c/r says 'i've got an [older|elderly] {man} here who doesn't know where "
    "{he} lives, {he}'s [lovely|chatty|a bit lost], i'm going to stay with {him}, {he}'s "
    "not hurt or anything'",
    "[confused|muddled] [elderly|older] {mf} [wandering|wandering about|walking around] "
    "[at|near] {landmark}, [with c/r|MOP staying "
    "with {him}|sat in the shop], [warm|not hurt|calm], [can't give address|doesn't know "
    "address]",
    "@o {who} [has just|has] [turned up|knocked] at c/r's door [confused|muddled|looking for "
    "{his} late wife|looking for {his} mum], [c/r can see {he} is warm and dressed|{he} is "
    "dressed for the weather], [c/r has sat {him} down with a cup of tea|c/r is with {him} "
    "now], [not hurt|calm|chatty]",
    "@o {who} [has been|was] [shouting for {his} late wife|shouting for {his} mum|banging on "
    "doors looking for {his} old house] [on {street}|in the street] [but|and] [has now "
    "stopped|is now calm|has stopped shouting], c/r [is with {him}|has sat {him} down with a "
    "cup of tea], [{he} is warm|{he} is dressed for the weather|not hurt]",
    "@o c/r can see {who} [from the shop|from {his} window|across the road] [wandering "
    "again|walking up and down again|looking a bit lost], {he} [is dressed for the "
    "weather|has {his} coat on|is steady on {his} feet], [c/r has gone out to {him}|a "
    "neighbour is with {him} now], [not hurt|calm]",
    "{who}, [grey hair and glasses|in a grey cardigan|white-haired], [is sat|has sat down] "
    "[at|outside] {landmark} [muddled|a bit lost|not sure where {he} lives], [c/r is with "
    "{him}|staff have given {him} a cup of tea], {he} is [warm|calm|not hurt]",
)
CONFUSED_DANGER = (
    "{who} [is|was seen] [walking|wandering] [in the road|down the middle of the road|along the "
    "dual carriageway|on the bypass] [in {his} nightclothes|in pyjamas|with no shoes on], "
    "[cars swerving|lorries going past|in the dark]",
    "{who} [has dementia and|] [went missing|walked out|left the house] [at 2am|in the night|"
    "{time_ago}] [in {his} nightclothes|in pyjamas|with no coat] [and it is|,] [below freezing|"
    "minus 3|pouring down|very cold] [and not been found|still not found]",
    "{who} [is|has been seen] [in the river|by the water at {water}|in the canal] [up to {his} "
    "knees|and seems confused|and can't get out]",
    "{who}[, who has dementia,| with dementia|] [was last seen|left home] [{time_ago}|in "
    "the early hours] [heading towards|near] {water} [in {his} slippers|with no coat], "
    "[not found yet|still missing|family searching]",
    "{who}, [grey hair and glasses|in a grey cardigan|white-haired], [was last seen|has been "
    "seen] [walking along the dual carriageway|by {water}|on the railway footbridge] [in the "
    "dark|in the freezing cold|in {his} slippers], [not found yet|still missing]",
)
CARE_HOME_OUT_SAFE = (
    "@k:care_home_staff {who} [has|] [wandered|wandered off] [to the shops|into town|to the "
    "park|to {landmark}] [as {he} often does|again|], [has capacity|independent|no DoLS], "
    "[has {his} phone|staff spoke to {him} on the phone], [no concerns for {his} safety|not "
    "thought to be at risk|just letting police know]",
    "@k:care_home_staff {who} has [gone out|left] to the [shops|pub|bookies] [as {he} often does|] "
    "and is [not back yet|later than usual], {he} has capacity, [no concerns re {his} health|no "
    "risk issues|{he} has {his} phone]",
    "@k:care_home_staff {who} [went out|left] [for a walk|to see {his} son] [this "
    "morning|{time_ago}] "
    "and [hasn't come back|isn't back for tea], [independent|has capacity], [home just letting "
    "police know|not thought to be at risk]",
    "@k:care_home_staff {who} [has|] [gone to|walked to] [the shops|{landmark}|the park] "
    "[without signing out|without telling staff] [{time_ago}|], [has capacity|no DoLS], "
    "[usually back by teatime|{he} does this a lot], [no concerns|just letting police "
    "know]",
)
CARE_HOME_OUT_DANGER = (
    "@k:care_home_staff {who} has [dementia|advanced dementia] and [got out through|left via] "
    "[a fire door|the garden gate|the front door when a visitor left] [{time_ago}|at 0300] "
    "[in {his} nightclothes|in {his} slippers|], [it's freezing|busy road nearby|{he} is very "
    "frail|"
    "{he} is insulin dependent and has missed {his} dose]",
)

# ---- intoxication --------------------------------------------------------
DRUNK = (
    "{who} [is|appears] [very drunk|heavily intoxicated|paralytic|steaming|off {his} face] [and|,] "
    "[can't stand|can't walk|keeps falling over|slumped in a doorway|lying on the pavement] "
    "[at|outside|near] {landmark}, [talking|conscious and breathing|mumbling|responding but not "
    "making sense]",
    "{who} [looks|seems] [out of it|under the influence of something|spaced out] [on a bench|at "
    "the bus stop] [at|near] {landmark}, [c/r spoke to {him}|{he} is responding|{he} is awake], "
    "[no one with {him}|alone]",
    "{who} [has been drinking|is drunk] and [fell asleep|is asleep] [on the bus|in the taxi|in "
    "the doorway], [driver|c/r] woke {him} but {he} [can't say where {he} lives|is too drunk "
    "to get off]",
    "{who} [is|has been] [sat|lying] [on the kerb|in the gutter|on the steps] "
    "[at|outside|near] {landmark} [very drunk|steaming|wasted], [talking|awake|conscious "
    "and chatting|singing], [can't get up|can't stand|keeps falling]",
    "{who} [is|appears] [drunk|intoxicated] and [lost|can't find {his} way home|has lost "
    "{his} friends] [at|near] {landmark}, [awake|talking|breathing fine], [no phone|phone "
    "dead], [c/r is with {him}|c/r staying with {him}]",
    "{who} [is|appears] [drunk|very drunk|intoxicated] and [asleep|dozing|lying down] [in the "
    "bus shelter|on a bench|in a doorway] [at|near] {landmark}, [breathing normally|snoring "
    "but wakes easily|breathing fine], [responds when spoken to|opened {his} eyes and "
    "swore at c/r|talking], [no injuries|no blood|not hurt]",
)
UNCONSCIOUS = (
    "{who} [is|has been] [lying|collapsed] [on the pavement|in the alley|by the bins] [at|near|"
    "behind] {landmark} and [is not responding|is unconscious|isn't breathing|is barely breathing|"
    "won't wake up][, lips blue|, vomit around {him}|, c/r doing CPR|]",
    "{who} [took|has taken] [something|pills|spice|ket|heroin] and [is fitting|has stopped "
    "breathing|went unconscious|is unresponsive]",
    "{who} [found|is|, homeless, is] [slumped|lying] [in a car|on a bench|in the stairwell] "
    "[at|near] "
    "{landmark}, [can't be woken|not responding to c/r|breathing very slowly], [needle "
    "next to {him}|empty bottles around {him}|lips going blue]",
    "{who} [is|appears] [drunk|very drunk|intoxicated] and [lying|slumped] [in the bus "
    "shelter|on a bench|in a doorway] [at|near] {landmark}, [breathing is noisy and "
    "irregular|snoring and gurgling|breathing very slowly], [can't be woken|doesn't respond "
    "to c/r|won't open {his} eyes], [vomit next to {him}|lips blue|cold]",
)

# ---- distress / unwell but not in danger ---------------------------------
DISTRESS = (
    "@o {who} is [crying|sobbing|very upset|in tears|distressed] [at|outside|near] {landmark} "
    "[and|,] [says {he} has had a bad day|says {his} [mum|dog|partner] died recently|won't say "
    "what's wrong], [c/r is with {him}|{he} is safe|{he} is sitting down]",
    "@s c/r [is|feels] [very anxious|panicking|having a panic attack|overwhelmed|lonely] and "
    "[wants someone to talk to|doesn't know who to call|just wants to talk]",
    "@s c/r [is|has been] [struggling|low] since [losing {his} job|{his} partner left|a "
    "bereavement] and [can't sleep|isn't eating|keeps crying]",
    "{who} [has been|is] [shouting|talking to {himself}|pacing up and down] [in the street|"
    "outside {his} flat] [and appears|and seems|,] [unwell|paranoid|to be hearing voices]"
    "[ but not bothering anyone|, not aggressive|]",
    "{who} [believes|is convinced|keeps saying] [people are watching {him}|the neighbours are "
    "spying on {him}|the TV is talking to {him}|{his} food is poisoned] [and is very frightened|]"
    "[, no risk to others|, not aggressive|]",
    "{who} [recently bereaved|recently discharged from {site}|just come out of a relationship] "
    "[is struggling|isn't coping|not eating]",
    "@o {who} [is|has been] [very low|tearful|withdrawn] [since {his} [mum|dad|partner] "
    "died|since losing {his} job|since the break up] and [isn't eating|isn't "
    "sleeping|won't go out], c/r [wants {him} to have some support|asking who can help]",
    "@s c/r [is|feels] [really lonely|very low|anxious] [since {his} [wife|husband] "
    "died|living on {his} own] and [just wanted someone to talk to|rang to hear a voice], "
    "[no thoughts of harm|not in danger|safe at home]",
    "@o {who} [rang|has rung] c/r [in a state|upset|crying] [about money|about {his} "
    "benefits|about {his} housing], [no threats to {himself}|not said anything worrying "
    "about harm|just very stressed], c/r [wants advice|wants someone to check on {him}]",
    "@o {who} [has been|was] [threatened with eviction|told {he} is losing {his} flat|sanctioned "
    "by the jobcentre] and [is crying a lot|has been shouting at the TV|can't stop crying], "
    "[no thoughts of harm|not said anything about hurting {himself}|not in danger], c/r [is "
    "with {him} now|wants {him} to get some support]",
    "@s c/r [is|has been] [crying|shouting at the walls|banging about the flat] [because|as] "
    "[{his} landlord threatened to evict {him}|{his} benefits have stopped|{he} has been "
    "through a lot lately] but [is now a bit calmer|has stopped now|is sat down with a tea], "
    "[not going to hurt {himself}|no thoughts of harm|just needed to talk]",
    "@o {who} [has been through a lot|has had a lot going on] [lately|this year] and is [very "
    "low|tearful|not sleeping] [again|], [no thoughts of harm|nothing said about hurting "
    "{himself}|safe at home], c/r [can see {he} is struggling|wants {him} to get some help]",
)

# ---- missing people ------------------------------------------------------
MISSING_LOW = (
    "@o c/r [wants to report|is reporting] {who} as a [missing person|MISPER] - [not seen|no "
    "contact] {since}, [not like {him}|usually in touch daily]",
    "{who} [has not come home|didn't come home|hasn't returned] [from work|from the pub|from a "
    "night out|from the gym] [last night|{time_ago}|yet] [which is unusual|and isn't answering "
    "{his} phone|], [no concerns re MH|not known to be at risk|no known risk factors|no "
    "vulnerabilities]",
    "{who} [went out|left] [{time_ago}|this morning] [to walk the dog|to the shops|for a drive] "
    "and [hasn't come back|is not back], [phone off|not answering], [nothing like this before|"
    "c/r just worried]",
    "@o {who} [went to work|went out] [this morning|{time_ago}] and [hasn't come "
    "home|isn't back], [probably at a friend's|may have gone to the pub after], [no "
    "mental health concerns|no risk factors known|nothing like this before], c/r [just "
    "wants it logged|worried]",
    "@o {who} [hasn't come home|not home] [after a night out|from {his} shift], [phone "
    "dead|phone off], [no concerns re mood|was happy when {he} left|no known risks], [c/r "
    "has rung round friends|c/r will keep trying]",
    "@o {who} [said {he} was heading to|was heading to] [the pub|a mate's|the match|work] "
    "[{time_ago}|this morning] and [hasn't come back|isn't answering], [no risk factors|no "
    "concerns about {his} mood|nothing worrying said], c/r [can see {he} has read c/r's "
    "messages|has tried a few of {his} friends]",
)
MISSING_TEEN = (
    "{who} [is|was due] [home at 10|home by 9pm|back by midnight] and [isn't back|is not back|is "
    "not answering], [thought to be with friends|out with {his} mates|has done this before and "
    "turned up]",
    "{who} [hasn't come home from school|didn't come home after school|walked out after an "
    "argument about {his} phone] [{time_ago}|], [probably at a mate's|known to go to the park]",
    "{who} [hasn't come home|didn't come home] [last night|from a party|from {his} "
    "mate's] and [isn't answering|phone off], [usually stays at {his} friend's|has done "
    "it before and come back], [no concerns about who {he} is with|no known risks]",
)
MISSING_HIGH = (
    "{who} has [left|written] [a note|a letter|a message] [saying sorry|saying goodbye|for {his} "
    "kids] and [took|has taken] [{his} tablets|the car|the rope from the garage|{n_tabs} {meds}]"
    "[ {time_ago}|]",
    "{who} [is|has been] [missing|not seen] [{since}|for 6 hrs] after texting that {he} [can't "
    "go on|wants it to end] and {his} [bank card|phone] was last [used|pinging] [near|at] {height}",
    "{who} [left|walked out] [{time_ago}|] after saying {he} [was going to end it|wanted to die|"
    "was going to the bridge] and [took {his} meds with {him}|isn't answering]",
    "{who} [left|went out] [{time_ago}|this morning] after [texting|telling] c/r "
    "'[sorry|i love you|look after mum]' and [took {his} insulin|took a bag of {his} "
    "tablets|took the car and the hosepipe], [phone now off|not answering]",
    "{who} [has been|is] [missing|not seen] {since} and [{his} tablets are gone|the rope "
    "from the shed is gone|{he} left {his} bank cards and keys behind] [after saying "
    "goodbye|and left a note]",
    "@o {who} [hasn't come home|didn't come home last night] and [has left a note saying "
    "sorry|texted c/r goodbye before {his} phone went off], c/r thinks {he} has probably "
    "[gone to {height}|taken {his} tablets with {him}|gone to {water}], [{he} needs to be "
    "found|c/r is frantic]",
)
CHILD_MISSING = (
    "{who} [has|] [wandered off|gone missing|run off] [at|in|from] [the park|{landmark}|the beach|"
    "the play area|the garden] [{time_ago}|20 mins ago|10 mins ago] [and can't be found|, c/r has "
    "searched|, not found][, near the water|, close to a main road|]",
    "{who} [got out of|let {himself} out of] the [house|flat|front door] [{time_ago}|while c/r was "
    "in the shower|] and [can't be found|isn't in the street], [{he} is only {age}|the road is "
    "busy]",
    "{who} [is|has been] missing [from the beach|from the park|from the shopping centre] "
    "for [20 mins|half an hour|15 mins], [c/r has looked everywhere|staff searching], "
    "[{he} is only {age}|near the sea|busy roads nearby]",
)

# ---- school / children ---------------------------------------------------
SCHOOL_DISCLOSED_HARM = (
    "@k:school,social_worker {who} has disclosed [that {his} [dad|mum's boyfriend|step dad|"
    "mum] [hit|hits|punched|kicked] {him}|being hit with a belt at home|that an older [lad|man] "
    "touched {him}] [last night|at the weekend|{days_ago}]",
    "@k:school,social_worker {who} has [bruising|marks|a handprint] [on {his} arm|on {his} face|"
    "on {his} neck] and {says} [{his} dad did it|{his} mum's partner grabbed {him}] [{days_ago}|"
    "last night]",
)
SCHOOL_WELFARE = (
    "@k:school {who} [was not collected|is still at school] [at 5pm|at 4|after club], [parents "
    "not answering|no contact from home], [no other concerns|otherwise fine]",
    "@k:school,social_worker {who} [has not been in school|absent] [for a week|since Monday], "
    "[family not answering|no contact], [home visit no answer|siblings also absent]",
    "@k:school {who} [was upset|was crying] in class and {says} {he} [doesn't want to go home|"
    "has fallen out with friends|is worried about exams], [no disclosure of harm|no injuries seen]",
    "@k:school {who} [has told staff|said] {he} [hasn't eaten since yesterday|has no food "
    "at home|is tired because {he} is looking after {his} mum], [no injuries|no "
    "disclosure of harm], [social care informed|referral made|parents contacted]",
)

# ---- walk-outs from health settings --------------------------------------
WALKOUT_VOLUNTARY = (
    "@k:ward_nurse,crisis_team [informal|voluntary] pt {who} has [left|walked off|gone AWOL "
    "from|absconded from] "
    "[the ward|{ward}] [at {t}|{time_ago}|] and [not returned|hasn't come back|isn't answering "
    "{his} phone]",
    "@k:ae_staff,crisis_team {who} [left|walked out of] [A&E|ED|the department] [before "
    "being seen|before assessment|"
    "before {his} MH assessment|against medical advice][ {time_ago}|], [informal|voluntary|not "
    "detained]",
    "{who}, [an informal pt|voluntary pt|here voluntarily|not under section], [went for a "
    "cigarette|went to the shop|went out on leave] and [didn't come back|hasn't returned] "
    "[at the agreed time|]",
    "{who} has [self discharged|discharged {himself}][ from {ward}|] [against advice|AMA]"
    "[ {time_ago}|], [voluntary pt|informal|not detained]",
    "@k:ward_nurse,ae_staff,crisis_team {who} [walked out|left] [while waiting for the "
    "doctor|before the psych review|from the waiting room] [{time_ago}|at {t}|], "
    "[informal|voluntary|not sectioned], [not answering {his} phone|thought to have gone "
    "home]",
    "@k:ward_nurse {who} [went out on|took] [unescorted|agreed] leave [at {t}|this "
    "afternoon] and [is late back|hasn't returned|is overdue], [voluntary pt|informal], "
    "[no risk concerns|settled on the ward|low risk]",
    "@k:ward_nurse {who} [left the ward|has left the ward|walked off the ward] [{time_ago}|at "
    "{t}] [to go for a walk|for a cigarette|to get some air|to go to the shop] and [hasn't "
    "come back|is late back|isn't answering {his} phone], [informal|voluntary|not detained], "
    "[no risk concerns|low risk|{he} was bright this morning]",
    "@k:ward_nurse,ae_staff {who} [had been threatening|kept threatening|was threatening] to "
    "[self-discharge|walk out|go home] [all morning|since the ward round] and has [now|just|] "
    "[left the ward|left the department|gone], [informal|voluntary], [no risk concerns|no "
    "identified risk|{he} has capacity]",
)
WALKOUT_NO_RISK = (
    "[no known risk|no current risk concerns|low risk|risk assessed as low]",
    "[staff just letting police know|for info|ward informing as per policy]",
    "[thought to be|probably] [at {his} mum's|at home|in town]",
    "{he} has capacity[ and is entitled to leave|]",
    "[no concerns re risk|no current risk to self or others|not detained]",
    "[{he} will probably come back later|{he} has done this before and returned|family "
    "aware]",
    "[thought to be|probably|said {he} was] heading [home|to {his} mum's|into town|to the "
    "shop]",
    "{he} had been [threatening|saying {he} wanted] to [self-discharge|go home|leave] [all "
    "day|since the morning|for a few days], [no risk concerns|{he} has capacity|not detained]",
)
WALKOUT_VOLUNTARY_RISK = (
    "@k:ward_nurse,crisis_team [informal|voluntary] pt {who} [left|walked off] the ward "
    "[saying|and told another pt|and "
    "said] {he} [was going to jump off {height}|would end it tonight|was going to kill {himself}|"
    "was going to the tracks]",
    "@k:ae_staff,crisis_team {who} [left|walked out of] [A&E|ED] [before treatment|"
    "mid-treatment] after [taking|an OD of] "
    "{n_tabs} {meds}[ and is medically unfit|, still needs treatment|, bloods not done]",
    "{who} [left|ran off from] [the ward|A&E][ {time_ago}|] having [made plans to end {his} "
    "life|expressed intent to kill {himself} today|said {he} has tablets stashed at home to take]",
    "@k:ward_nurse,ae_staff,crisis_team {who} [left|walked out] [{time_ago}|at {t}] "
    "[after telling staff {he} won't be here tomorrow|after saying {he} would finish it "
    "tonight|with {his} belt after being on obs for ligatures]",
)
DETAINED_AWOL = (
    "{who}, detained [under s3|on a s2|under s37|under section 2|under section 3|sectioned], "
    "[has gone "
    "AWOL|is AWOL|absconded|failed to return] [from {ward}|from escorted leave|from s17 leave|"
    "while out in the garden][ {time_ago}| at {t}|]",
    "[detained|sectioned|s3|s2] pt {who} [did not return|failed to return] from [unescorted|s17|"
    "ground] leave [due back at {t}|{time_ago}]",
    "{who} [climbed over|got over] the [fence|garden fence|wall] [on|of] {ward}[ {time_ago}|], "
    "[s3|s2|detained]",
    "[s3|s2|detained] pt {who} [absconded|ran off|got away] from [escort|staff] [at|near] "
    "{landmark}",
    "[sectioned|detained] pt {who} [is AWOL|has absconded|has gone missing] [from "
    "{ward}|from the hospital grounds|while on escorted leave] [{time_ago}|at {t}|]",
)
DETAINED_NO_RISK = (
    "[no stated risk|no current risk concerns|ward would like {him} returned|risk assessed as low]",
    "[thought to be at {his} [mum's|girlfriend's|flat]|probably gone home]",
    "[ward requesting assistance to return {him}|ward will go and collect if located]",
    "[no known risk to self or others|no immediate concerns per ward]",
    "[ward asking police to assist with return if seen|for info, ward will collect]",
    "[thought to be|probably] heading [to {his} mum's|home|to {his} girlfriend's], [no risk "
    "concerns|ward will collect]",
    "{he} [is|has been] [settled|bright|calm] on the ward [this week|lately] and [has now "
    "had|is now on] unescorted leave [before|several times], [no risk concerns|low risk]",
)
DETAINED_RISK = (
    "[high risk of self harm|known risk to self|high risk to others|known risk to others|"
    "on 1:1 obs for suicide risk]",
    "{he} [has said|said earlier] {he} will kill {himself} if {he} gets out",
    "[very unwell and not had {his} meds|acutely psychotic], [high risk to self|risk to others]",
    "{he} is considered a risk to {his} [mother|ex-partner|neighbour] and is thought to be "
    "heading there",
    "{he} [has been|was] [saying|telling staff] {he} wants to [die|end it|jump] and [may be|is "
    "thought to be] heading to [{height}|{water}|{rail}]",
    "{he} [said|told staff] [{he} would finish it once out|{he} wasn't coming back "
    "alive|{he} knows where to go this time]",
    "{he} is probably heading to [{height}|{water}|{rail}] - [{he} has said before that is "
    "where {he} would go|{he} was found there before] and [told staff {he} would do it this "
    "time|needs to be found quickly]",
)

# ---- conveyance ----------------------------------------------------------
CONVEY_CALM = (
    "[requesting|req|asking for] [police|a police vehicle|police assistance] to convey {who} to "
    "{site} [as|because] [no ambulance available|ambo ETA is {eta}|there is no secure transport]",
    "[AMHP|GP|the team] [has assessed|assessed] {who} [under the MHA|for admission] - [bed "
    "found at "
    "{site}|bed at {site}] - [needs conveying|need transport], [no ambulance for {eta}|ambo "
    "delay {eta}]",
    "{who} [needs|requires] [transfer|conveyance|transport] [from {hosp} to {site}|between sites|"
    "to {site}], [no secure transport until tomorrow|ambo can't do it]",
    "@k:ambulance_crew [crew|we] [on scene|at address] with {who}, {he} [needs to go to|has agreed "
    "to go to] {site}, crew [requesting|asking] police [to assist with|for] transport",
    "[request|req|asking for] [police|a car|a police unit] to [take|transport|convey] "
    "{who} to {site} [as the ambo wait is {eta}|as no ambulance available|as {he} needs "
    "to go tonight], {he} is [calm|happy to go|agreeable]",
)
CONVEY_CALM_DETAIL = (
    "{he} is [calm|settled|compliant|happy to go|agreeable]", "[no violence|no risk issues|"
    "no concerns re behaviour]", "{he} has [a bag packed|{his} mum with {him}]",
    "[voluntary|informal|under s2] admission",
    "{he} [had threatened|was threatening] to [refuse|not go|stay at home] [earlier|at "
    "first] but [is now agreeable|has now agreed|is now happy to go]",
    "{he} is [now |][sat with a nurse|with a support worker|with {his} mum] [and|,] "
    "[calm|has a bag packed|ready to go]",
)
CONVEY_CONTROLLED = (
    "{who} [has taken|took] {n_tabs} {meds} [earlier|{time_ago}] [but|and] [crew are on scene and "
    "managing|paramedics are with {him} and managing it|is being treated by crew], [only need "
    "police to help with|request police for] [transport|conveyance]",
    "{who} [has cut {his} arm|self harmed] [earlier|{time_ago}], crew [have dressed it|are "
    "managing], [wound minor now|bleeding controlled], [asking police|want police] to [assist with "
    "conveyance|transport {him} to {site}]",
    "{who} [tied|had tied] a [ligature|cord] [earlier|{time_ago}] which "
    "[crew|staff|family] [removed|cut off], {he} is [now|] [calm|talking|settled] and "
    "[needs|has agreed to] [transport|go] to {site}, [crew asking police to assist|no "
    "violence]",
)
CONVEY_ASSAULT = (
    "{who} [lashed out at|swung for|grabbed] [the paramedic|a crew member|the nurse] [during "
    "the transfer|when told {he} had to go|in the corridor] and [caught them in the face|pulled "
    "their hair|scratched their arm]",
    "{who} has [punched|kicked|headbutted|spat at|bitten] [a paramedic|a crew member|the AMHP|"
    "a nurse] [while being assessed|in the back of the ambo|at the address]",
)
CONVEY_WEAPON = (
    "{who} has [got|picked up] a [kitchen knife|knife|hammer|screwdriver] and is [threatening|"
    "waving it at] [the crew|staff|the AMHP] [and won't let anyone near|and has barricaded "
    "{himself} in]",
)

# ---- s136 handover -------------------------------------------------------
S136_WAIT = (
    "[officers are|we are|ofrs] [at|in] [the 136 suite|the place of safety|HBPoS|the s136 "
    "suite][ at {site}|] "
    "with {who} [detained|][ under s136| on a 136] [since {t}|from {time_ago}], [still waiting for|"
    "no sign of] [assessment|an AMHP|the doctor|a bed]",
    "[request|req|requesting] [handover|officers be released] - {who} [s136|detained s136] [has "
    "been|been] [at {site}|in the suite] for {hrs} hrs",
    "[s136|136] [handover|detention] [at {site}|]: {who} [waiting|still waiting], [staff|{site}] "
    "[say|said] [no bed|no AMHP until the morning|doctor delayed]",
    "[suite full|136 suite at capacity] at {site}, [officers|crew] [with|holding] {who} [in the "
    "car|at A&E] [awaiting a space|awaiting a bed]",
    "{who} detained [s136|under s136] [at|near] {height} [{time_ago}|earlier], now at {site} "
    "[waiting for assessment|awaiting AMHP]",
    "[still|] [waiting|awaiting] [assessment|AMHP|bed] for {who} [at {site}|in the "
    "suite], [s136 from {t}|on a 136 since {t}], [officers|we] [have been here {hrs} "
    "hrs|want to be released]",
)
S136_CALM = (
    "{he} is [calm|settled|asleep|compliant|quiet]", "[staff now able to take over|nurse in charge "
    "happy to accept]", "[no risk issues|calm, no concerns]", "officers [waiting|stood by][ "
    "{eta}|]",
    "[nothing on {him}|searched, nothing found]",
    "{he} [is|has been] [chatting to officers|watching TV|having a cup of tea|sleeping]",
    "{he} was [shouting|banging on the door] [earlier|at first] but is [now calm|settled "
    "now|now chatting to staff]",
)
S136_ASSAULT = (
    "{who} [lashed out|kicked out|swung a punch] at [staff|an officer|a nurse] [when searched|"
    "during the handover|in the corridor] [and caught them|, minor injury|, "
    "officer has a cut lip]",
    "{who} [detained s136|in the 136 suite] has [punched|kicked|spat at|scratched|headbutted] "
    "[a nurse|a member of staff|an officer|the doctor] [during assessment|]",
)
S136_HARM = (
    "{who} [detained s136|in the suite] has [tied|made] a ligature[ from {his} [clothing|t-shirt|"
    "trouser cord]|] [in the toilet|in the room] [and|,] [staff struggling to remove it|going "
    "blue]",
    "{who} is [banging|smashing] {his} head [against the wall|on the floor] [repeatedly|and won't "
    "stop] [and is bleeding heavily|, large head wound]",
    "{who} [was|has been] [shouting and banging|kicking the door] [in the suite|in the room] "
    "and is [banging {his} head on the door|headbutting the wall] [repeatedly|and won't "
    "stop], [large cut to {his} forehead|bleeding heavily from {his} head|staff can't get "
    "near {him}]",
)
S136_MED_CONTROLLED = (
    "{who} [disclosed|said] {he} [had taken|took] {n_tabs} {meds} before [detention|being "
    "detained], "
    "now [in|being treated in] [ED|A&E] [by clinicians|with staff managing it], [calm|stable]",
    "{who} [had cut {his} arm|had a ligature removed] before [detention|being detained], "
    "[wound dressed|checked over] by [A&E|the nurse], [calm|settled], [no risk "
    "issues|staff managing]",
)

# ---- crimes: property ----------------------------------------------------
THEFT = (
    "{q} [took|grabbed|snatched] {his} [purse|handbag|phone|bag|wallet] [and ran off|off the "
    "table and legged it|and made off][ towards {landmark}| down {street}|]",
    "[someone|person unknown|{q}] has been using {his} bank card [online|in shops|at cash "
    "machines] [since|over] [the weekend|{days_ago}|last week], [£{amt}|over £{amt}] [taken|spent]",
    "@k:public,anonymous,self [a|] {qman} [walked out of|left] [the shop|Tesco|the store] with [3 "
    "bottles of vodka|a trolley full of shopping|a basket of meat|perfume] [without paying|and "
    "didn't pay]",
    "[{his}|the] [bike|pushbike|e-scooter|lawnmower|tool bag] [has been|was] taken from [the "
    "shed|the garden|outside the flats] [overnight|{days_ago}|{time_ago}], [lock cut|padlock "
    "snapped|shed door forced]",
    "[{his}|a] parcel [taken|pinched] from [the doorstep|outside {his} door][ {time_ago}|], "
    "[doorbell camera shows a {qman} [picking it up|taking it]]",
    "@k:family,social_worker,care_home_staff,gp {q} [has been taking|took] money [out of|from] "
    "{his} "
    "[account|bank|pension] [without asking|without permission] [for months|since {days_ago}]",
    "{who} had {his} [catalytic converter|number plates|wheels] [taken|removed] [overnight|"
    "{days_ago}] from [{his} car|the car on the drive]",
    "@k:ward_nurse,care_home_staff [{who}'s|a resident's|a pt's] [phone|purse|cash|bank card] "
    "[has gone missing|was taken] from [{his} room|{his} locker] and [a visitor|{q}] was seen "
    "[going in|leaving with it]",
    "{q} [nicked|pinched|took] {his} [phone|purse|wallet] [out of {his} pocket|from {his} "
    "bag] [on the bus|in the pub|at {landmark}] [{time_ago}|{days_ago}]",
    "[shoplifter|a {qman}] [detained by security|held by staff|made off] at {landmark} "
    "with [£{amt} of goods|razor blades and alcohol|meat and coffee] [{time_ago}|just "
    "now]",
    "{his} [handbag|rucksack|laptop bag] [was taken|went] from [the back of {his} "
    "chair|the trolley|the car seat] [at|in] {landmark} [{time_ago}|earlier] while {he} "
    "[wasn't looking|was paying]",
)
BURGLARY = (
    "[c/r|{who}] [came home|got back] [to find|and found] [the back door forced|the front door "
    "kicked in|a window smashed] and [the telly|jewellery|the laptop and cash|{his} mum's rings] "
    "[gone|missing]",
    "{q} smashed the [car|van] window and climbed in[ and took| , took|, grabbed] [a bag|tools|"
    "a laptop][ {time_ago}|]",
    "[someone|{q}] [got into|broke into|has been in] [the garage|the shed|{his} flat] [overnight|"
    "while {he} was at work|{days_ago}] and [took|nicked] [{his} bike|tools|power tools|cash]",
    "[{his}|c/r's] [mum's|nan's|elderly dad's] house [has been|was] [broken into|burgled] "
    "[overnight|{days_ago}|while {he} was in hospital], [back window smashed|door "
    "forced], [jewellery|cash|medals] taken",
)
BURGLARY_NOW = (
    "c/r [woke up to|has just heard] [glass breaking|the back door going|someone trying the "
    "door handles] and [thinks someone is in the house|can hear footsteps downstairs][, c/r is "
    "in the bedroom with the door shut|, lights off|]",
    "@o [c/r can see|c/r is watching] [a {qman}|two people|someone] [climbing through|going in "
    "through] [the back window|the kitchen window|the garage] of [{num} {street}|next door] "
    "[right now|as we speak][, owners away|, no lights on|]",
    "[there is someone|someone is|there's someone] downstairs [in the house|in the kitchen] "
    "[now|right now|as we speak] and c/r [is hiding upstairs|can hear them going through drawers]",
)
BURGLARY_NOW_WEAPON = (
    "[there is someone|someone is|there's someone] downstairs [in the house|in the kitchen] "
    "[now|right now] and c/r [saw|can see] [him|them] [holding|with] a "
    "[crowbar|knife|hammer|machete]",
)
ROBBERY_WEAPON = (
    "{q} [pulled|showed|flashed|had] a [knife|blade|machete|gun] and [took|demanded] {his} [phone|"
    "wallet|bike|car keys] [at|near|outside] {landmark}[ {time_ago}|]",
    "[two|3|a group of] [lads|males|youths] [held {who} at knifepoint|threatened {who} with a "
    "knife|"
    "pulled a blade on {who}] [and took|for] {his} [phone|bike|jacket]",
)

# ---- crimes: violence ----------------------------------------------------
ASSAULT_MINOR = (
    "{q} [punched|hit|slapped|shoved|pushed|headbutted|kicked] {who}[ in the face| in the back| "
    "over| to the ground|] [at|outside|near] {landmark}[ {time_ago}| {days_ago}|]",
    "{q} [spat at|spat in the face of] {who} [on the bus|in the shop|at {landmark}]",
    "{who} [was|got] [punched|hit|jumped|set upon] [by {q}|by a group of lads] [on the way home|"
    "outside {landmark}][ {days_ago}| last night|], [bruising|black eye|sore ribs|cut lip]",
    "{q} grabbed {who} by the [arm|hair|collar] and [dragged|threw|shoved] {him} [out of the pub|"
    "across the room|into the wall]",
    "{q} threw [a drink|a pint|a chair|{his} shopping] at {who}[ {time_ago}|] [and walked off|]",
    "{who} [was|got] [pushed over|shoved|punched] by {q} [in the queue|in the car park|at "
    "the bus stop] [at|near] {landmark} [{time_ago}|{days_ago}], [sore|bruised|grazed "
    "knee], [no serious injuries|doesn't need an ambulance]",
)
ASSAULT_SERIOUS = (
    "{who} has been [stabbed|knifed|slashed][ in the [leg|stomach|chest|back|arm]|][ by {q}|] "
    "[outside|at|near] {landmark} and [is bleeding heavily|there's lots of blood|c/r is holding "
    "a towel on it]",
    "{q} [glassed|bottled] {who} [in the face|in the neck] [in|outside] [the pub|{landmark}], "
    "[deep cut|bleeding a lot|pouring with blood]",
    "{who} was [kicked|stamped on|punched] [in the head|repeatedly][ while on the floor| by {q}|] "
    "and [is not responding|is unconscious|is drifting in and out|is fitting]",
    "{q} [hit|smashed] {who} [over the head|round the head] with a {blunt} [and|,] [lots of blood|"
    "{he} is dazed and bleeding from the head]",
    "{who} [has been|was] [attacked|jumped|set on] [and|,] [has a head injury|is lying in the road "
    "not moving|has a deep wound to {his} side]",
    "{who} [was|has been] [hit|punched] [and fell|and went down] [hitting {his} head on "
    "the kerb|on the pavement] and [isn't making sense|keeps being sick|is drifting off]",
)
FIGHT_NOW = (
    "[fight|mass brawl|big fight] [ongoing|happening now|kicking off] [outside|at|in] {landmark}"
    "[, approx 6 males|, lots of people involved|], [one has a [bat|knife|bottle]|someone on the "
    "floor being kicked|someone's head is bleeding]",
    "[group of|several] [lads|males|youths] [are|is] [kicking|laying into] {who} [on the floor|in "
    "the street] [at|near|outside] {landmark} [right now|as we speak]",
    "[lads|a group|two men] [fighting|scrapping|going at it] [outside|at] {landmark} "
    "[now|right now], one [on the floor not moving|has a bottle|has something shiny in "
    "his hand]",
)

# ---- crimes: domestic abuse ----------------------------------------------
DV_REPORTED = (
    "{q} [pushed|shoved|slapped|hit] {who} [last night|earlier|{time_ago}|{days_ago}] [during an "
    "argument|after drinking|over money][ and took {his} phone| and smashed {his} phone| and has "
    "now left|]",
    "{who} {says} {q} [has been|keeps] [checking {his} phone|controlling {his} money|stopping "
    "{him} seeing friends|tracking {his} location] and [threw|smashed] [a plate|{his} phone|the TV]"
    "[ at {him}|] [{time_ago}|last night]",
    "{q} [keeps turning up|turned up again] at {his} [work|house|mum's] after being told to stop"
    "[ by police| by {him}|]",
    "{who} has [bruises|a black eye|marks on {his} arm] [from when|after] {q} [grabbed|hit|"
    "kicked] {him} [{days_ago}|at the weekend], [didn't report it at the time|wants to report "
    "it now]",
    "{q} [is under a non-mol|is subject to a non-molestation order|is on bail not to contact "
    "{him}|is subject to a restraining order] [but|and] [has been|keeps] "
    "[ringing|messaging|turning up at] {his} "
    "[address|work] [today|all week]",
    "{q} [dragged|pulled] {who} [by the hair|off the sofa|out of the car] [during a row|{time_ago}]"
    "[, {he} has a sore arm|, no marks|]",
    "{who} {says} {q} [pushed {him} into the wardrobe|grabbed {his} wrist and twisted "
    "it|threw {his} phone at {him}] [{time_ago}|last night|{days_ago}] [and|,] [{qhe} has "
    "now gone out|{qhe} is asleep upstairs|{he} is at {his} mum's now]",
)
DV_STRANGLE = (
    "{q} [grabbed|had] {who} by the neck [and pushed {him} against the wall|until {he} couldn't "
    "breathe|and squeezed]",
    "{q} put {qhis} hands round {his} [throat|neck] [during an argument|{time_ago}|last night] "
    "[and|,] [{he} nearly passed out|{he} has marks on {his} neck|{he} couldn't breathe]",
    "{q} [choked|strangled] {who} [{time_ago}|earlier|last night] [and|,] [{he} blacked out|"
    "{his} voice is hoarse|{he} has red marks on {his} neck]",
    "{q} [held|pinned] {who} [down|against the door|on the bed] by the throat "
    "[{time_ago}|last night|earlier]",
    "{q} [squeezed|had {qhis} hands on] {his} neck [until|till] {he} [saw stars|went "
    "dizzy|couldn't speak]",
)
DV_NOW = (
    "[c/r|neighbours] can hear [screaming|banging|a woman screaming|thuds|shouting and crashing] "
    "[from|next door at|at] [no.{num}|{num} {street}|the flat upstairs][, someone shouting "
    "[get off me|help|stop]|, sounds like someone being hit|]",
    "{q} [is|is currently] [hitting|beating|attacking|punching] {who} [now|right now|as we speak]"
    "[, c/r can hear it|, kids in the house|]",
    "[c/r|neighbours|c/r's daughter] can hear [a woman|someone|a man] [crying "
    "'stop'|begging {qhim} to stop|crying out] and [things being thrown|a lot of "
    "banging|furniture going over] [right now|still going on|as we speak]",
    "@s c/r [whispering|very quiet on the line], {q} [is|is still] in the [house|flat] "
    "and [has been hitting {him}|won't let {him} leave|has just thrown {him} on the "
    "floor]",
)
DV_WEAPON = (
    "{q} [has|is holding|has picked up] a {weapon} and is [threatening|waving it at|standing over] "
    "{who} [in the kitchen|at the address|]",
    "{q} [came at|went for] {who} with a {weapon} [{time_ago}|just now] [and {he} has locked "
    "{himself} in the bathroom|and {he} has run out to a neighbour's]",
    "{q} [is|has been] [walking round|pacing] [the kitchen|the house] with a {weapon} "
    "[telling|saying to] {who} '[you'll see|you know what's coming|not long now]'",
)
DV_TTK_NOW = (
    "{q} is [outside|at the door|in the house] [saying|shouting|screaming] {qhe} [is going to|"
    "will] [kill|stab] {who} and [has a knife|has a blade in {qhis} hand|is holding a hammer]",
)
ARGUMENT_ENDED = (
    "@s [verbal argument|row|shouting match|disagreement] [between c/r and|with] {his} {qrel} "
    "[about money|over the kids|about the washing up|about {his} mum|], [now ended|all calm now|"
    "it's finished|over now], [{q} has gone to {qhis} mum's|{q} has gone out|both now calm|{q} "
    "gone to bed]",
    "@o [verbal argument|row|shouting match|disagreement] between {who} and {q} [about money|over "
    "the kids|earlier|], [now ended|all calm now|it's finished|over now], [{q} has gone to {qhis} "
    "mum's|{q} has gone out|both now calm]",
    "@k:neighbour,anonymous [neighbours|c/r] heard [shouting|raised voices|a row] [earlier|"
    "{time_ago}] [next door|at no.{num}] but it [has stopped|stopped], [all quiet now|couple seen "
    "leaving together|door answered, both fine]",
    "@o [c/r|{who}] [had|has had] [a row|words|an argument] with {q} [about money|about "
    "the kids|earlier], [it's calmed down|{q} has gone for a walk|both apologised], "
    "[nothing physical|no threats made|just shouting]",
)
ARGUMENT_ENDED_DETAIL = (
    "[no assault|nothing physical|no offences disclosed|no allegations made]",
    "[c/r doesn't need police|c/r just wanted it logged|no concerns for anyone's safety|"
    "nobody hurt, no concerns]",
)

# ---- crimes: threats, harassment -----------------------------------------
TTK_REMOTE = (
    "[TTK|threats to kill|threats] [received|made] [by text|over the phone|on WhatsApp|in a "
    "voicemail] from {q} [{days_ago}|last night|today] - [says {qhe} will [kill|stab] {who}|"
    "'you're dead']",
    "{q} [sent|has sent] {who} [messages|a voicemail|texts|DMs] [saying|threatening] [{qhe}'ll "
    "kill {him}|{qhe} is going to stab {him}|{qhe} will burn {his} house down with {him} in it|"
    "{qhe} will 'end' {him}] [{days_ago}|last night|today]",
    "{q} [said|told] {who} [in the street|at work|outside the school] [{qhe}'d|that {qhe} would] "
    "[kill|do] {him} [if {qhe} sees {him} again|], [{days_ago}|{time_ago}]",
    "{q} [posted|put] on [Facebook|social media|Snapchat] that {qhe} [is going to|will] [kill|hurt|"
    "do] {who}[ {days_ago}|]",
)
TTK_CREDIBLE = (
    "{q} is [outside|at the door|in the garden] [with|holding] a {weapon} [saying|shouting] {qhe} "
    "[is going to|will] kill {who}",
    "{q} [rang|messaged] [to say|saying] {qhe} is [on {qhis} way round|coming round now|5 mins "
    "away] [with a knife|with {qhis} mates and a machete|with a bat] to [kill|sort out] {who}",
    "{q} is [sat|parked] outside [in a {veh}|in {qhis} car] and [has|is holding] a "
    "{weapon}, [said earlier {qhe}'d do {him}|told {him} today was the day]",
)
HARASSMENT = (
    "{q} keeps turning up at {his} [work|house|gym|kids' school] after being told to stop",
    "{q} [has been|keeps] [sending {who} messages|messaging {who}] [50 times a day|non "
    "stop|from new numbers] "
    "[after {he} blocked {qhim}|even though {he} asked {qhim} to stop]",
    "{q} [has been|keeps] [following|waiting for] {who} [home from work|outside {his} house|at "
    "the bus stop] [for weeks|every day]",
    "[someone|{q}] [posted|shared] [intimate|private] [photos|pictures] of {who} online [without "
    "consent|to get back at {him}]",
    "{q} [is|has been] [sitting|parked] outside {his} house [again|all evening] despite [a "
    "non-mol|bail conditions|a court order][ saying not to|]",
    "{q} [keeps|has been] [ringing|messaging|emailing] {who} [at all hours|from withheld "
    "numbers|through {his} friends] [after {he} ended it|despite being warned|for weeks]",
)

# ---- crimes: damage and fire ---------------------------------------------
DAMAGE = (
    "{q} [kicked|smashed] [the door in|the front door in|the window through]",
    "{q} [sprayed paint on|scratched|keyed|slashed the tyres on] {his} [van|car] [overnight|"
    "{days_ago}|{time_ago}]",
    "[kids|youths|{q}] [threw|have thrown] [a brick|stones|eggs] [through|at] {his} window"
    "[ {time_ago}|]",
    "[someone|{q}] [has smashed|smashed] {his} [wing mirror|windscreen|greenhouse|fence panels]"
    "[ and ran off| {days_ago}|]",
    "{q} [has|has been] [keying|scratching|denting] [cars|{his} car] on {street} "
    "[again|{days_ago}|overnight], [on CCTV|c/r has footage]",
)
ARSON_PEOPLE = (
    "[someone|{q}] has [set fire to|put something burning through|poured petrol through] "
    "[the front door|the letterbox] [of {num} {street}|at {his} house] [and|,] [family inside|kids "
    "asleep upstairs|people still inside|c/r can't get out]",
)
ARSON_EMPTY = (
    "[youths|kids|{q}] [set fire to|torched|have set alight] [the bins|a wheelie bin|the bus "
    "shelter|an empty car|the skip] [on|at|near] {landmark}",
    "[someone|{q}] [deliberately |]set fire to [the shed|the garage|the fence] at [{num} {street}|"
    "{his} house] [{time_ago}|overnight]",
)

# ---- crimes: other -------------------------------------------------------
DRUGS = (
    "[{q}|a {qman}|lads] [selling|dealing] [weed|drugs|bags of white powder|nos canisters] [from|"
    "out of] [a {veh}|the flat at no.{num}|the park] [outside {school}|on {street}|every night]",
    "[constant|lots of] [people|cars] [coming and going|in and out] [at|from] no.{num}, [short "
    "visits|handing over small bags][, smell of cannabis|]",
    "[strong|constant] smell of cannabis [coming from|at] [no.{num}|the flat below|next "
    "door] [every night|all day], [people coming and going|cars pulling up for a few "
    "mins]",
)
FRAUD = (
    "{who} [got|had] a call from [someone claiming to be the bank|'HMRC'|'Amazon'] and "
    "[transferred|has sent] £{amt} [to a safe account|in gift cards]",
    "{who} [was|has been] [conned|scammed] by [a rogue trader|someone at the door|a fake "
    "builder] [who pretended to be from the water board and took £{amt}|who claimed the roof "
    "needed urgent work that wasn't needed and took £{amt}]",
    "{who} [bought|paid for] [a car|a puppy|concert tickets|a sofa] [online|on Facebook "
    "Marketplace] [for £{amt}|and sent £{amt}] and [the seller has disappeared|nothing "
    "has arrived|has now been blocked]",
)
DRINK_DRIVE = (
    "{q} [has been|was] [drinking|on the lager|drinking all afternoon] [at|in] {landmark} and "
    "[has just driven off|is getting into {qhis} {veh}|is driving home][ all over the road|"
    " and has had a minor RTC|]",
    "[{veh}|a car] [swerving all over the road|weaving across lanes] on {street}, [driver|{q}] "
    "[seemed drunk|smelt of drink|was seen drinking before getting in]",
)
DRIVE_DANGER = (
    "[{veh}|a car] [driving|going] the wrong way [on the motorway|up the dual carriageway], "
    "[driver thought to be drunk|weaving|nearly hit several cars]",
)
SEXUAL = (
    "{q} [touched|groped|grabbed] {who} [on the bus|in the club|at {landmark}] [and wouldn't stop|"
    "without consent|{days_ago}]",
    "{q} [exposed {qhimself}|flashed] to {who} [in the park|at {landmark}|on the towpath]",
    "{who} {says} {he} was [raped|sexually assaulted] [{days_ago}|last weekend|after a party]"
    "[ by {q}|]",
)
PUBLIC_ORDER = (
    "[a group of|a few] [youths|lads|drunk males] [shouting|swearing] and [threatening|"
    "intimidating] [passers-by|staff|people at the bus stop] [at|outside|near] {landmark}, "
    "[one kicked a bin over|squaring up to people|refusing to leave]",
    "{q} [is|was] [shouting|screaming] [racist|homophobic] abuse at [staff|{who}|people] [in|at] "
    "{landmark}",
    "{q} [is|was] [threatening|squaring up to] [staff|customers] [in|at] {landmark} and [throwing "
    "stock around|swearing, refusing to leave]",
)
WEAPON_PUBLIC = (
    "[a|] {qman} [walking|seen walking] [down|along] {street} [with|carrying] a [machete|large "
    "knife|samurai sword|gun|crossbow][, waving it about|, shouting at people|]",
    "{qman} [at|near|outside] {landmark} [with|has got] [something like a knife|a blade "
    "down {qhis} waistband|what looks like a gun in {qhis} waistband] [and is following "
    "people|and is shouting at a group|and keeps showing it to people]",
)

# ---- non-police matters (all three flags 0) ------------------------------
NON_POLICE = (
    "c/r has lost {chis} [tablet|iPad|phone|wallet|purse|keys|bank card|bag] [on the bus|in "
    "town|at {landmark}] [{time_ago}|yesterday], [doesn't think it was taken|thinks {che} just "
    "dropped it|wants to know if it's been handed in|needs a reference for insurance]",
    "c/r has found a [wallet|bank card|bag|set of keys|phone] [in the street|at {landmark}] and "
    "wants to hand it in",
    "c/r asking [how to get a copy of a crime ref|how to report a pothole|the opening times of "
    "the front counter|about firearms licence renewal|whether {che} can have a bonfire in the "
    "garden|if the fireworks display at the park is licensed|about getting a shotgun certificate]",
    "c/r [wants|wanted] advice on [a civil dispute with a builder|a parking dispute|a boundary "
    "hedge|contact arrangements with {chis} ex|getting {chis} deposit back]",
    "[loud music|a party|a dog barking|DIY noise|someone using a nail gun|drilling] [from|at] "
    "[no.{num}|next door|the flat above] [since 10pm|all evening|at 11pm], c/r [wants it to stop|"
    "can't sleep]",
    "[bins not collected|fly tipping|car parked across {chis} drive|car parked on the pavement|"
    "abandoned car|pothole|streetlight out] [on|at] {street}[ for 3 weeks| again|], c/r [wants|"
    "asking] [someone|police] to [sort it|do something]",
    "[c/r dialled in error|wrong number|c/r meant to ring 111|pocket dial|child playing with "
    "the phone], [no emergency|all fine on call back|confirmed no police required]",
    "[ongoing|] ASB [from|by] [youths|kids] [on the estate|at the park|outside the shop] "
    "[again|every night], [loitering and shouting|kicking a ball against cars|playing loud "
    "music], [no damage done|nothing criminal seen|no threats]",
    "[stray dog|a loose cat|ducks] [on the field|in the garden|on {street}], [friendly|not "
    "causing a problem], c/r [wants the dog warden|asking who to call]",
    "c/r [asking|wants to know] [when {chis} property will be returned|for an update on {chis} "
    "crime ref from last year|how to apply for a DBS check|if {che} can park on the verge]",
    "c/r [wants|asking for] [advice about|help with] [a noisy neighbour|the bins|a "
    "dispute over a parking space|a fence that has fallen down] [on {street}|next door], "
    "[no threats|nothing criminal|no damage]",
    "c/r [rang|calling] to [ask|check] [if the road is closed|about a road "
    "closure|whether there has been an accident] on {street}, [no emergency|just for "
    "information]",
)
HARMLESS_ALARM = (
    "c/r [asking|wants to know] if the fire drill at {school} [tomorrow|this morning] means "
    "[the road will be closed|{che} can't drop off]",
    "c/r from the bridge club asking [about parking for the tournament|if they can use the "
    "church hall car park]",
    "c/r [reporting|asking about] overdue library books [found|] in {chis} late [mum's|dad's] "
    "house",
    "c/r says {che} has been in the queue so long it's killing {chim}, wants [an update on a "
    "crime ref|to know when {chis} property will be returned]",
    "c/r's [neighbour|husband|son] [was using|using] a [glue gun|nail gun|staple gun] [to fix the "
    "fence|for crafts|on the shed], c/r heard bangs and [panicked|thought it was shots], [all fine|"
    "no concerns now]",
    "c/r [asking how to|asking if police can] dispose of [an old air rifle|{chis} late husband's "
    "shotgun|a box of old kitchen knives] safely",
    "c/r had {chis} flu shot and [left|lost] {chis} [tablet|purse] at the surgery, [surgery now "
    "closed|wants to know if it's been handed in]",
    "c/r [says|said] {che} is drowning in paperwork and wants [a crime ref for the insurance|a "
    "copy "
    "of {chis} statement] from [last year|an old job]",
    "c/r [asking|enquiring] about a murder mystery evening [at the church hall|{che} is "
    "organising] "
    "and [whether they need a licence|if police can do a talk]",
    "[c/r's|a] [dental bridge|bridge] [came out|broke] and c/r [rang 999 by mistake|wanted 111], "
    "[no emergency|all fine]",
    "c/r [asking|wants to know] [if {che} can use a blow torch on the shed|if it is legal to "
    "carry a [pen knife|multi-tool] for work]",
    "c/r [asking|wants to know] [whether|if] {chis} [granddad's|late dad's] old "
    "[bayonet|army knife|starting pistol] [needs handing in|is legal to keep], [found it "
    "in the loft|clearing the house]",
    "c/r [says|saying] {che} [nearly died laughing|was dying to tell someone] about "
    "[a|the] [lost parrot|lost tortoise|escaped goat] [on {street}|in the park], [no one "
    "hurt|just reporting it|owner found]",
)

# ---- hazards -------------------------------------------------------------
FIRE_PEOPLE = (
    "{who} is [trapped|stuck] [upstairs|in the bedroom|in the flat] [with|and] "
    "[smoke coming under the door|the stairs on fire|flames in the hallway] [at {num} {street}|]",
    "[house|flat|kitchen] fire at {num} {street}, [someone|an elderly {man}|a child|people] "
    "[still inside|trapped upstairs|at the window]",
    "[smoke|flames] [coming from|pouring out of] [{num} {street}|the flat above c/r] and [c/r can "
    "hear someone shouting inside|{who} is stuck on the balcony]",
)
FIRE_UNKNOWN = (
    "[c/r can see|there is] [black smoke|smoke|an orange glow] [from|in] the [upstairs window|"
    "kitchen|loft] [of|at] [{num} {street}|the house opposite|the end terrace], [no one "
    "answering the door|curtains shut|not sure if anyone is home]",
    "[smoke alarm|fire alarm] going off [at|inside] [{num} {street}|the flat next door] [for "
    "20 mins|for ages], [smell of burning|smoke under the door], [no answer|can't get in]",
    "[smoke|flames] [coming from|pouring out of] [{num} {street}|a flat on {street}|the garage at "
    "{num} {street}], [not known if anyone is inside|c/r thinks someone lives there alone|"
    "can't tell if anyone is home]",
)
WATER_DANGER = (
    "[c/r can see|there is] [a {man}|someone|a teenager] [face down|floating|being swept "
    "along] in {water} [, not moving|, not responding to shouts|]",
    "[kids|a child|a young lad] [has gone through the ice|fell through the ice|is stuck on "
    "the ice] [on|at] {water} [and is in the water|and can't get back]",
    "[a car|a van] has [gone into|rolled into] {water} [with someone inside|and the driver is "
    "still in it]",
    "[someone|a {man}|a kid|a dog walker] [is in|has fallen into|is struggling in] {water} "
    "[and can't get out|shouting for help|and went under]",
)
RTC_SERIOUS = (
    "RTC [on|at] {street} [with|,] [driver trapped|person trapped|casualty not moving|motorbike "
    "rider lying in the road]",
    "[RTC - |RTC: |][car|van] [has hit|hit] a [pedestrian|cyclist|child] [on|at] {street}, "
    "[not moving|head "
    "injury|bleeding heavily]",
)
RTC_MINOR = (
    "[RTC - |minor RTC: |][car|van] [reversed into|clipped|bumped] [a parked car|c/r's car|a "
    "bollard] [on|at] "
    "[{street}|{landmark}] [and the driver left a note|, driver stopped and gave details], "
    "[no damage to speak of|minor damage only], [no one hurt|nobody injured]",
    "[minor|small] [RTC|bump|shunt] [on|at] {street}, [no injuries|nil injuries|both drivers "
    "fine], [details exchanged|cars moved to the side]",
)
CHILD_DANGER = (
    "[toddler|small child|little one|young child] [wandering in the road|in the road|walking "
    "along the dual carriageway|by the edge of the canal|on the railway embankment] [at|on|near] "
    "{street}, [can't see any adults|no adult with the child yet|c/r doesn't know where the "
    "parents are|cars swerving round|been there 20 mins]",
    "[a|] [toddler|young child|little one] has [got out of|wandered out of] [a garden|the "
    "nursery gate|the play area] and is [in the road|on the main road|heading towards the "
    "canal] [on|near] {street}[, traffic is heavy|, c/r running after them|]",
)
CHILD_ALONE = (
    "[a|] [toddler|small child|young child|little one|baby] [has been |][left|left alone|left on "
    "{his} own] [in the flat|in the house|in a flat] [at|on] {street} [for hours|since this "
    "morning|since last night|while mum is out], [crying at the window|c/r can hear {him} "
    "screaming|the window is wide open on the 3rd floor|{he} is on the balcony on {his} own]",
    "[mum|the parents|dad|the mum|the childminder] [went out|has gone out|left] [{time_ago}|hours "
    "ago|last night] leaving {who} [on {his} own|home alone|alone in the flat] [and {he} is out on "
    "the balcony|and {he} has been crying at the window for ages|and the cooker is on|and the "
    "front door is open onto the main road|and {he} is only {age}]",
    "{who} has been left [alone|on {his} own] in a [car|parked car|locked car] [at|outside] "
    "{landmark} [in the heat|in full sun|for 40 mins|with the windows up] and [is red and "
    "crying|is sweaty and floppy|is screaming|has gone quiet]",
    "@o [no adult|no one] [has been|is] home [with|for] {who} [{since}|all day|since yesterday], "
    "{he} is only {age} and [is at the window on the top floor|has been seen climbing on the "
    "balcony rail|is out in the road on {his} own|has let {himself} out onto the main road]",
)

# ---- vulnerable but safe: welfare-only notes full of vulnerability words --
FALLEN_UNHURT = (
    "{who} has [had a fall|fallen|slipped|gone over|had a tumble] [in the lounge|in the "
    "kitchen|in the bathroom|in the hallway|by the bed|at home|getting out of bed|getting out "
    "of {his} chair] [and can't get up|and can't get back up|and is stuck on the floor], {he} "
    "[says {he} is not hurt|is not injured|has no pain|says nothing hurts|is talking and "
    "comfortable], [needs help to get up|just needs lifting|needs a lift back into {his} "
    "chair|needs two people to lift {him}]",
    "@o {who} [is on the floor|has fallen and is on the floor|has fallen and is sat on the "
    "floor] [in the lounge|by the bed|in the kitchen|in the hall] [after a "
    "fall|after slipping|after {his} legs gave way], [talking normally|chatty|alert and "
    "talking|cracking jokes], [no injuries|not hurt|no head injury|not in any pain], c/r "
    "[can't lift {him}|isn't strong enough to lift {him}|has put a pillow under {his} head and "
    "a blanket over {him}|is with {him}]",
    "@k:telecare [pendant|lifeline|careline|falls] [alarm|activation|alert] from {who}[ at {num} "
    "{street}|], {he} [has fallen|is on the floor|slipped] [in the bathroom|in the lounge|by the "
    "bed|in the kitchen] and [can't get up|needs lifting], [speaking to us through the "
    "unit|talking to the operator|chatting to the operator], says [{he} isn't hurt|no pain|{he} "
    "is fine apart from being stuck|{he} didn't bang {his} head]",
    "@k:family,neighbour,telecare [ambulance|ambo|the lifting service|111] [say|said] [it'll be "
    "a|there is a|it's a] [{eta}|several hour|long|4 hr] wait [to lift {him}|to get {him} up|for "
    "a non-injury fall|as {he} isn't hurt], {who} is [warm|comfortable|on the floor with a "
    "blanket|chatting away], [not hurt|no injuries|no pain], c/r asking if police can [help lift "
    "{him}|get {him} up|come and help]",
    "@k:family,neighbour c/r says '[i've|we've] [found|just found] {him} on the floor [in the "
    "lounge|by the bed|in the kitchen], {he} [says {he}'s|is] not hurt, just can't get up, and "
    "[i can't|we can't|i'm not strong enough to] lift {him}'",
    "{who} [slid off|slipped off|has fallen off|slid down off] [the sofa|{his} chair|the "
    "bed|the toilet|the "
    "commode] [earlier|{time_ago}] and [is sat on the floor|can't get back up], [no "
    "injuries|not injured|says {he} is fine|no pain], [didn't bang {his} head|no head "
    "injury|talking normally], [just needs help up|needs two people to get {him} up|needs a "
    "hand up]",
    "@k:family,neighbour,telecare {who} [is|has been] on the floor [for about 20 mins|for half "
    "an hour|since {t}] after [a fall|falling|slipping], [warm|in the warm], [not hurt|no injuries|"
    "no pain at all], [can't get up on {his} own|too heavy for c/r], [no carers until the "
    "morning|carers not due until {t}]",
    "[{age}yo|elderly|{age}] {mf} [fallen|had a fall] at home, [not hurt|nil injuries|no "
    "injuries], [can't get up|needs a lift|needs lifting], [ambo|amb] [wait "
    "{eta}|delayed|long wait]",
    "@k:family c/r [rambling|upset] - '{he} [went over|fell] in the "
    "[kitchen|lounge|hallway] and {he}'s just sat there, {he} says {he}'s fine, nothing's "
    "hurting, but [i can't get {him} up|my back's bad|{he}'s too heavy for me] and the "
    "ambulance said hours'",
    "@k:family,neighbour,telecare {who} [has just|has] [had a fall|slipped] and is on the "
    "floor [in the hall|by the bed|in the kitchen] but [talking|chatting|laughing about it], "
    "[not hurt|no injuries|no pain], [c/r has put a cushion under {his} head|{he} is lying "
    "with a blanket over {him}|c/r is with {him}], [can't lift {him}|needs a lift up]",
    "@o c/r [can hear|could hear] {who} [shouting for help|calling out] [through the "
    "door|from the bathroom] and [got in with a key|the warden let c/r in] - {he} is on the "
    "floor but [talking|fine|chatty], [not hurt|no injuries], [just can't get up|needs lifting]",
    "@o c/r [can see|could see] {who} on the floor [through the window|through the patio "
    "door] [waving|talking|giving a thumbs up], {he} [says {he} is not hurt|is not "
    "hurt|has no pain], [door locked|c/r has no key], [just needs help up|needs lifting]",
)
FALLEN_DETAIL = (
    "{he} is [warm|in the warm|by the radiator|covered with a blanket]",
    "[no pain|no injuries|not bleeding|didn't bang {his} head|talking in full sentences]",
    "{he} has [a cup of tea|a blanket|a pillow] [and is chatting away|and is comfortable|and is "
    "in good spirits]",
    "[ambo|ambulance|111] [triaged it as a non-injury fall|say long wait|ETA {eta}]",
    "{he} [lives alone|has carers twice a day|uses a frame]",
    "{he} has fallen [before|a few times] and [never hurt {himself}|is used to it], [fine "
    "today|no injuries this time]",
    "c/r [is|will stay] with {him}",
)
FALLEN_SERIOUS = (
    "{who} has fallen [down the stairs|in the bathroom|in the garden] and [banged {his} "
    "head|hit {his} head on the bath|cut {his} head open] and is [drowsy|not making sense|"
    "drifting off|not responding properly|being sick]",
    "{who} has been on the floor [since last night|since yesterday|for {hrs} hrs|all night] and "
    "is [very cold|freezing cold|barely responding|confused and very cold|grey and shivering], "
    "[ambo|ambulance] [ETA {eta}|delayed|no time given]",
    "@k:telecare [pendant|careline|lifeline] alarm activated, {who} [can be heard groaning|"
    "isn't answering the operator|said {he} had fallen then went quiet|is moaning but not "
    "answering], [no keyholder|no one can get in|keyholder not answering]",
    "@o {who} [fell|has fallen] [{time_ago}|earlier] and [{his} leg is at a funny angle and {he} "
    "is going grey|there's a lot of blood from {his} head|{he} has stopped answering c/r]",
)
STREET_COLD = (
    "@o {who} [is|has been] [sleeping rough|homeless and bedded down|bedded down|sat with a "
    "sleeping bag|homeless, sat on cardboard] "
    "[in a doorway|outside|near] {landmark} [and it's freezing|in the cold|and it's minus 2 "
    "tonight|in this weather|in the rain], {he} [is awake|is talking|spoke to c/r|is responsive|"
    "answered c/r] [but|and] [doesn't want to go to a shelter|refused a hostel bed|says {he} "
    "is fine where {he} is|won't go inside|doesn't want an ambulance]",
    "@o [homeless|rough sleeping|street homeless] {man} [in|at|outside] {landmark}, [looks "
    "cold|shivering|not dressed for the weather|only in a t-shirt], [chatting to c/r|answered "
    "c/r|responsive and talking|sat up and talking], [refusing|has refused|doesn't want] "
    "[help|a shelter|to go to the night shelter|an ambulance|a lift anywhere]",
    "@o c/r [worried about|concerned for] [a homeless {man}|a rough sleeper|{who}] [in the "
    "cold|outside in the snow|out in the frost] [at|near] {landmark}, [{he} is awake and "
    "talking|{he} says {he} is ok|{he} has blankets|{he} has a sleeping bag and a flask], "
    "[c/r gave {him} a hot drink|c/r bought {him} a coffee|c/r gave {him} a coat], [wants "
    "someone to check on {him}|asking who to contact|StreetLink informed|just wants it logged]",
    "@k:housing [outreach|hostel|housing] team [asking|requesting] [a check on|someone look in "
    "on] {who} who is [sleeping rough|in a tent|in a doorway] [at|near] {landmark}, [spoke to "
    "{him} earlier|{he} was talking and responsive], [refused a bed|turned down the shelter], "
    "[cold night forecast|it's below freezing tonight]",
    "@k:public c/r says 'there's a {man} in the doorway by {landmark}, {he}'s awake and "
    "talking to me but {he}'s [freezing|shivering|soaked] and [won't go to the "
    "shelter|doesn't want any help], i just wanted someone to know'",
    "@o [rough sleeper|homeless {mf}] [at|near] {landmark} - [awake|talking|responsive], "
    "[cold|no coat|wet through], [declines|refused] [shelter|help|ambo], [outreach "
    "informed|StreetLink referral done]",
    "@o c/r can see a {man} [from {his} window|from the shop|across the road] [bedded down|sat "
    "with a sleeping bag] [at|near] {landmark}, {he} [is now sat up|has just sat up] and "
    "[is talking to passers-by|is drinking a coffee|waved at c/r], [seems ok|no injuries], "
    "c/r [just wanted someone to check|is worried about the cold]",
)
DOORWAY_ASLEEP = (
    "@o {who} [asleep|fast asleep|sleeping|curled up] in [a doorway|the doorway of "
    "{landmark}|a shop doorway|the bank doorway] [on|near] {street}, [breathing "
    "normally|snoring|breathing fine|chest rising and falling], [woke up when c/r spoke to "
    "{him}|stirred and answered c/r|responded to c/r|opened {his} eyes and spoke], [no obvious "
    "injuries|no injuries seen|no blood]",
    "@o {who} [curled up|lying|asleep|homeless, asleep] [in a doorway|on a bench|at the bus "
    "shelter|under the "
    "bridge] [near|at] {landmark}, c/r [checked on {him}|gave {him} a shake|spoke to {him}|"
    "nudged {him}] and {he} [woke up|opened {his} eyes|sat up] and [told c/r to go away|said "
    "{he} was fine|mumbled that {he} was ok|asked for a cigarette], [breathing normally|chest "
    "going up and down|colour looks ok]",
    "@o c/r [walked past|drove past|noticed] {who} [asleep|lying down] [in a doorway|on the "
    "pavement|on the steps] [at|outside] {landmark} [{time_ago}|earlier], [went back to "
    "check|checked] and {he} is [awake now|sat up|talking], [seems ok|no injuries|just "
    "tired|says {he} was just sleeping]",
    "@k:public,anonymous c/r says '[there's|i've just seen] a {man} [asleep|lying] in the "
    "doorway of {landmark}, i gave {him} a nudge and {he} [woke up and swore at me|opened "
    "{his} eyes and said {he}'s fine|grunted at me], {he}'s breathing fine, i just didn't "
    "want to walk past'",
    "@o {mf} asleep in doorway [at|near] {landmark}, [breathing normally|snoring], "
    "[roused by c/r|woke when spoken to], [nil injuries|no injuries seen], [declined "
    "help|said {he} was ok]",
    "@o {who} [asleep|sleeping|curled up|lying down] in the bus shelter [on {street}|near "
    "{landmark}|outside {landmark}], [smells of drink|has been drinking|cans next to {him}], "
    "[breathing normally|breathing steadily|snoring normally], [wakes when spoken to|answered "
    "c/r|sat up when c/r said hello], [no injuries seen|no blood|no obvious injury]",
    "[male|female|{mf}] [drunk|intox|asleep] in [bus shelter|doorway|shop doorway] [on "
    "{street}|at {landmark}] - [responsive|rousable|wakes to voice], [breathing ok|breathing "
    "normal|normal breathing], [no injuries|nil inj], [c/r with {him}|MOP checking on {him}]",
    "@k:public,anonymous c/r says 'there's a [lad|{man}|young lad] [asleep|sleeping it off] "
    "in the bus shelter [on {street}|by {landmark}], {he}'s [had a few|drunk|had a skinful] "
    "but {he}'s breathing [fine|normally] and {he} [talked to me|woke up when i shook {his} "
    "shoulder|told me to leave {him} alone], [i just didn't want to leave {him}|just so "
    "someone knows]'",
    "@o c/r can see {who} [asleep|sleeping] [in a doorway|on a bench] [at|near] {landmark} "
    "[from the shop|from across the road], {he} [has now sat up|has just woken up|has rolled "
    "over], [breathing normally|talking to a passer-by|looks ok], [no injuries|no blood]",
    "@o c/r can hear {who} [snoring|breathing steadily|mumbling] [in the doorway|on the "
    "bench|in the bus shelter] [at|near] {landmark}, {he} [answered when c/r said "
    "hello|opened {his} eyes|sat up], [no injuries seen|no blood|looks ok]",
)
STREET_UNRESPONSIVE = (
    "@o {who} [asleep|lying|slumped] in [a doorway|the doorway of {landmark}|a tent|a bus shelter] "
    "and c/r [can't wake {him}|couldn't wake {him}|has tried to wake {him}], [breathing is very "
    "shallow|{he} is cold to the touch|lips look blue|making a snoring noise and won't rouse|"
    "no response at all]",
    "@o {who} [sleeping rough|in a sleeping bag|homeless and bedded down] [at|near] {landmark} "
    "[hasn't moved|not moved] "
    "[all day|since this morning|for hours] and [isn't responding|won't wake up|isn't "
    "breathing properly] [when c/r shouts|when shaken|]",
    "@o {who} [asleep|lying|slumped] in the bus shelter [on {street}|near {landmark}|outside "
    "{landmark}], [smells of drink|cans next to {him}|has been drinking], [breathing is noisy "
    "and irregular|making gurgling noises|breathing very slowly and irregularly], [can't be "
    "woken|won't wake when c/r shakes {him}|doesn't respond to c/r], [vomit next to {him}|lips "
    "look blue|cold to touch]",
    "[male|female|{mf}|homeless {mf}] [drunk|intox|slumped] in [bus shelter|doorway|shop "
    "doorway] [on {street}|at {landmark}] - [unresponsive|not rousable|won't wake], [noisy "
    "breathing|irregular breathing|breathing very slow], [vomited|lips blue|c/r with {him}]",
    "@k:public,anonymous c/r says 'there's a [lad|{man}|young lad] [in|lying in] the bus "
    "shelter [on {street}|by {landmark}], {he}'s [had a few|drunk] [but|and] i can't wake {him} "
    "up, {he}'s making this [horrible snoring|gurgling] noise and {his} breathing [keeps "
    "stopping|is all over the place]'",
)
NOWHERE_TO_STAY = (
    "@o {who} [is|was] [crying|in tears|sobbing|very upset] [at|outside|near] {landmark} "
    "[and|,] [says {he} has nowhere to stay tonight|has been evicted today|{his} hostel place "
    "fell through|has had to leave {his} flat], [no injuries|not hurt|not drunk], [safe|sat "
    "with c/r|calm but upset|happy to talk]",
    "@s c/r [is|has been] [crying|upset|in tears] [and has nowhere to stay tonight|because {he} "
    "has been evicted|as {his} relationship ended and {he} had to move out|as {his} sofa surfing "
    "has run out], [{he} is safe|not hurt|not in danger], [asking for help|doesn't know where to "
    "go|wants a bed for the night|asking about emergency housing]",
    "@o {who} [knocked on c/r's door|came into the shop|approached c/r] [crying|in tears|"
    "upset] [saying {he} has nowhere to go|asking for somewhere to sleep|asking to use the "
    "phone], [young|{age}], [not hurt|no injuries|sober], [c/r has made {him} a tea|c/r is with "
    "{him}]",
    "@o {who} [has just|has now] been [evicted|threatened with eviction|kicked out by {his} "
    "partner] and [is sat in the bus shelter|is at the door with a bag|is sat with a "
    "suitcase] [at|near] {landmark}, [not hurt|sober|calm], [asking about emergency "
    "housing|needs a bed for tonight]",
    "@s c/r [is|has been] [sofa surfing|staying with a friend] and {his} [landlord|friend] is "
    "[threatening|saying {he} is going] to [change the locks|put {his} things out], [c/r is "
    "safe|not hurt|sober], [asking about emergency housing|wants to know {his} rights]",
)
MUDDLED_PHONE = (
    "@s c/r [sounds|is] [muddled|confused|disorientated|a bit mixed up] [on the phone|], "
    "[asking what day it is|thinks it is 1985|says {he} is waiting for {his} [wife|mum|husband] "
    "to come home|says {he} can't find {his} glasses and doesn't know who to ring], [at "
    "home|safe at home|in {his} own flat|in {his} chair], [no injuries|not hurt|no concerns re "
    "safety|warm]",
    "@k:family,telecare,neighbour {who} [keeps ringing|has rung|called] [c/r|the careline|the "
    "operator] [several times|all evening|again tonight] [confused|muddled|not making much "
    "sense], [asking for {his} late husband|asking for {his} late wife|asking for {his} mum|"
    "can't work the TV remote|thinks it is morning], {he} is [safe at home|warm and in {his} "
    "chair|in bed|at home and otherwise well], [no injuries|not hurt|otherwise fine]",
    "@s [elderly|older] c/r [rang 999|rang in] [confused|muddled] - [wanted the doctor|thought "
    "{he} was ringing {his} daughter|wanted to know what time the bus is], [at home|safe], "
    "[{his} daughter is on the way|carers due at {t}|no emergency], [not hurt|well in "
    "{himself}]",
    "@k:family,telecare,neighbour c/r can hear {who} [chatting away|talking about the "
    "old days|singing] [on the phone|through the unit] [but|and] {he} is [muddled|confused "
    "about the time|asking for {his} late husband], {he} is [safe at home|in {his} chair|in "
    "bed with a cup of tea], [not hurt|no injuries|no concerns for safety]",
)
HOARDER_SMELL = (
    "@o [there is|c/r reports|neighbours report] a [bad|strong|horrible|awful] smell [coming "
    "from|from] {who}'s [flat|house] [at no.{num}|upstairs|next door], [the flat is full of "
    "rubbish|{he} hoards|{he} is a hoarder|lots of rubbish piled up], [but|though] c/r [spoke "
    "to {him}|saw {him}|chatted to {him} at the door] [yesterday|this morning|two days ago] and "
    "{he} [seemed ok|was fine|was {his} usual self]",
    "@o {who} [is a hoarder|hoards|keeps everything] and the [smell|stink] from {his} [flat|"
    "house] is [getting worse|terrible|awful in the stairwell], c/r [saw {him} taking the bins "
    "out {days_ago}|has spoken to {him} {days_ago}|saw {him} at the shop yesterday], [wants "
    "someone to check {he} is coping|wants environmental health|asking who to contact]",
    "@k:housing [smell|bad smell|odour] [reported|coming] from flat {num} - [tenant|{who}] "
    "[is known to hoard|is a hoarder], [spoke to {him} at the door|{he} answered the door] "
    "[yesterday|this week|{days_ago}], [no concerns for {his} health|{he} was fine|just "
    "struggling to keep on top of it], [asking for a joint visit with adult social care|for "
    "info]",
    "@k:neighbour c/r says 'the smell from {his} flat is [awful|disgusting|getting into "
    "our place], {he} keeps everything, [i saw {him} yesterday|i spoke to {him} on the "
    "stairs this morning] and {he} was alright, i just think {he} needs some help'",
)
SIGNS_OF_LIFE = (
    "@o {who} [hasn't answered|isn't answering] [the door|the phone|calls] [today|{since}] but "
    "[the lights are on|the TV is on|the radio is on|c/r can hear the radio|the curtains have "
    "been opened|{his} bins were put out this morning], [c/r saw {him} yesterday|seen "
    "yesterday by the neighbour|{he} was at the shop yesterday]",
    "@o {who} [not seen|hasn't been seen] for a [few|couple of] days [but|though] [lights go on "
    "and off|the telly's on|{his} curtains open and close|c/r heard {him} moving about|c/r "
    "heard the toilet flush], c/r [just wants|would like] [a check|someone to knock]",
    "@k:housing [landlord|housing officer|warden] [can't|couldn't] get an answer from {who} [for "
    "a gas safety check|for an inspection|today] but [{his} car has moved|{he} was seen by a "
    "neighbour yesterday|the radio is on inside|{his} milk has been taken in], [no concerns for "
    "{his} health|probably just out|{he} often ignores the door]",
    "@o {who} [didn't answer|hasn't answered] when c/r [knocked|rang] [this morning|today] "
    "but [c/r can hear {him} talking on the phone|{his} lights came on at teatime|{he} posted "
    "on Facebook an hour ago|{his} washing is out], [probably just doesn't want visitors|c/r "
    "just a bit worried]",
    "@k:neighbour,family c/r says 'i haven't seen {him} for a few days, which isn't like "
    "{him}, but the [telly's on|lights are on|radio's going] and [i heard {him} "
    "coughing|{his} curtains were open this morning], so i'm probably worrying over "
    "nothing'",
    "@o {who} [isn't answering|won't answer] the door [today|{since}] but c/r can [see {him} "
    "through the window watching TV|hear {him} moving about|hear {his} radio and {him} "
    "singing along], [probably just doesn't want visitors|c/r just wants someone to knock]",
)
TEEN_IN_CONTACT = (
    "@k:family,social_worker {who} [is|has been] [staying out|out] [later than agreed|past "
    "{his} curfew|at a mate's|"
    "out all evening] [and hasn't come home|tonight] but [is replying to texts|has messaged "
    "c/r|answered {his} phone|is on Snapchat and in contact|rang c/r an hour ago], [says {he} "
    "is at a friend's|says {he} is fine|won't say where {he} is|says {he} will be back "
    "later], c/r [wants {him} home|wants advice|just wants it logged]",
    "@k:family c/r says '{he}'s [{age}|only {age}] and {he}'s [staying out|not come home] but "
    "{he}'s [texting me|on snapchat|answering] so i know {he}'s ok, i just want {him} home'",
    "@k:family {who} [stayed out|has stayed out|didn't come home] [last night|overnight] [at "
    "a party|at a mate's|with friends] but [has been texting c/r|sent c/r a photo this "
    "morning|has answered c/r's messages], [c/r knows the friend's family|{he} is at a "
    "friend's c/r knows], [no concerns about exploitation|no worries about who {he} is "
    "with|no drugs or older people involved], c/r [just wants it logged|wants advice on what "
    "to do|wants {him} home]",
    "@k:family,social_worker {who} ({age}) [is out past {his} curfew|hasn't come home yet] "
    "but [is in contact by text|is replying on WhatsApp|sent c/r {his} live location], [says "
    "{he} is at {landmark}|says {he} is at the cinema with friends|says {he} will be home by "
    "11], [no known exploitation risk|not known to children's services|no concerns re older "
    "males]",
    "@k:family c/r says '{he} [stayed at a mate's|didn't come home] [last night|and] [{he} "
    "has texted me|{he}'s been messaging me], [i know where {he} is|{he}'s at {his} "
    "friend's], i'm not worried about [anyone|anything] dodgy, i'm just [cross|fed up] and "
    "want {him} home'",
    "@k:family,social_worker [teen|{age}yo] [late home|out late|not home] - [in contact by "
    "text|texting mum|answering "
    "phone], [location known|at a friend's], [no CSE/CCE concerns|no exploitation "
    "concerns|no risk factors], [parent requesting advice|for info]",
    "@k:family {who} has been [threatening|saying {he} wants] to [stay at {his} dad's|move "
    "in with {his} mate|stay out] [all week|since the row] and [is now at {his} dad's|is at "
    "a mate's tonight], [texting c/r|answering {his} phone|c/r can see {his} location], [no "
    "exploitation concerns|no worries about who {he} is with], c/r [wants advice|just wants it "
    "logged]",
)
EXAM_STRESS = (
    "@k:family,school [parents|c/r] worried about {who} [who is|as {he} is] [really "
    "stressed|not sleeping|very anxious|crying a lot|not eating properly] [about {his} "
    "exams|over {his} GCSEs|over {his} A levels|since {his} mocks], [no suicidal "
    "thoughts|{he} says {he} has no thoughts of harming {himself}|no self harm|denies any "
    "thoughts of hurting {himself}|{he} says {he} is safe], [GP appointment booked|school "
    "aware|want advice on who to speak to|just want advice]",
    "@k:family {who} [had a meltdown|was in tears|shut {himself} in {his} room] [over "
    "revision|about {his} results|after {his} mock results] [tonight|today], [now calm|calmer "
    "now|talking to c/r], [no thoughts of harming {himself}|not said anything about hurting "
    "{himself}|no self harm], c/r [asking where to get help|wants advice|worried about the "
    "pressure]",
    "@k:school {who} [very anxious|having panic attacks|crying] [about exams|before {his} "
    "exam|over coursework deadlines], [spoken to by the pastoral lead|seen by the school "
    "nurse], [no disclosure of harm|no SI|no self harm], [parents aware|parents collecting]",
    "@k:school [head of year|the head|the pastoral lead] [has spoken to|is with] {who} who "
    "[has now calmed down|has stopped crying] after [a panic attack|getting upset] [about "
    "exams|over coursework], [no disclosure of harm|no SI|no injuries], [parents on the "
    "way|mum collecting]",
)
AUTISTIC_WALK = (
    "{who}, [who is autistic|who has autism|an autistic adult|who has ASD], [went out for a "
    "walk|went for {his} usual walk|went out on {his} bike] [{time_ago}|this afternoon|at {t}] "
    "and [has been out longer than usual|isn't back yet|is an hour later than normal], [no "
    "history of going missing|{he} does this sometimes|known to walk for hours|{he} likes "
    "long walks], [no concerns about {his} mood|{he} was in good spirits|no risk history|no "
    "mental health concerns]",
    "c/r [just|] [wants|would like] it logged that {who} [is autistic and|] has [gone "
    "walking|gone out walking|gone wandering|been wandering about town] and is [later back "
    "than usual|not back yet], {he} [has {his} "
    "phone|knows the area well|has done this before and always comes back], [no risk "
    "concerns|nothing to suggest {he} is at risk|{he} was happy when {he} left]",
)
ACCIDENTAL_OD = (
    "{who} [accidentally took|took by mistake|doubled up on] {his} [tablets|meds|blood pressure "
    "tablets|{meds}] [this morning|{time_ago}|tonight] - [took two doses|took the evening "
    "dose twice|took an extra couple], [no intent|it was a mistake|not deliberate], {he} [feels "
    "fine|is fine|has no symptoms|is well in {himself}], [111 advised|pharmacist advised|NHS "
    "111 say to monitor|GP aware]",
    "[accidental|minor accidental] [overdose|OD] - {who} [took|had] [a couple of extra|two "
    "extra|a double dose of] [{meds}|painkillers|tablets] [by mistake|getting mixed up with "
    "{his} dosette box], [no intent to harm {himself}|no SI|not deliberate], [feels fine|no "
    "symptoms|alert and chatty], [111 aware|advised by 111 to monitor|poisons advice given]",
    "@s c/r [thinks {he} may have|has] taken {his} [tablets|meds] twice [by accident|by "
    "mistake] [today|this evening], [feels fine|feels ok], [not trying to hurt {himself}|no "
    "thoughts of harm], wants to know [what to do|if {he} should go to A&E]",
)
GOODBYE_QUIET = (
    "@o {who} [sent|has sent] c/r a [text|message|WhatsApp] [{time_ago}|earlier|at {t}] "
    "[saying|just saying] '[sorry for everything|i'm sorry|look after the kids for me|love "
    "you all|sorry i'm such a let down|you'll be better off|thanks for everything]'[ and isn't "
    "answering now| and has turned {his} phone off|]",
    "@o {who} [left|has left] [a note|a card|a letter] [on the kitchen table|on the pillow|for "
    "{his} mum|for {his} kids|for {his} partner] [saying sorry|saying how much {he} loves "
    "them|thanking them for everything]",
    "@o {who} [rang|called] c/r [earlier|{time_ago}] [to say sorry|just to say {he} loves "
    "{chim}|to say thank you for everything] [which is not like {him}|and sounded very "
    "calm|and then hung up]",
    "@s c/r [has sent|sent] [messages|texts|letters] to {his} family [saying sorry|saying "
    "thank you for everything|telling them {he} loves them]",
    "@o {who} [messaged|texted] {his} [sister|mum|best friend] [saying|to say] '[i'm "
    "sorry|sorry for being a burden|tell the kids i love them|i can't do this anymore]' [and "
    "has gone out|and left the house|and nobody knows where {he} is]",
    "@k:family c/r says '{he} sent me this message saying [sorry|sorry for "
    "everything|thank you for everything], it's just not like {him}, and {he}'s [gone "
    "out|not picking up]'",
)
MEANS_GONE = (
    "@o {his} insulin pens [are missing|have gone] from the fridge",
    "@o a [full|new|whole] [bottle|box] of {his} [pills|{meds}|tablets] [is missing|has gone] "
    "from the [cupboard|bathroom cabinet|kitchen drawer]",
    "@o {he} [has taken|took] the car keys and the [hosepipe|hose] from the [garage|shed]",
    "@o [the rope|the tow rope|a washing line|the dog lead] [has gone|is missing] from the "
    "[shed|garage|boot of the car]",
    "@o {he} [has taken|took] the [car|van] and [all {his} tablets|a bag of {his} pills|{his} "
    "insulin]",
    "@o {his} [prescription|repeat prescription|blister packs] [has gone|have gone] from the "
    "[drawer|kitchen] [and {he} only collected it today|with {him}]",
    "@s c/r [has|has got] [{his} insulin|all {his} tablets|the car and a hose] [with {him}|in "
    "the car|here]",
)
SORRY_TEXT_SAFE = (
    "@o {who} [sent|texted] c/r [saying sorry|a 'sorry' text|a message saying sorry] after [an "
    "argument|a row|falling out] [earlier|{time_ago}] and c/r [got worried|panicked], [but "
    "has since spoken to {him}|but {he} has now rung back|but {he} has now replied], {he} is "
    "[at a friend's|at {his} mum's|at home], [upset but safe|fine|calmer], [no tablets or "
    "anything missing|nothing to suggest {he} would hurt {himself}]",
)

# ---- risk already controlled or resolved (clinicians, family, talked down)
LIG_NOW = (
    "{who} has [tied|put] [a ligature|a cord|a belt|a scarf|a dressing gown cord|a phone "
    "charger lead] [round {his} neck|to the banister|to the door handle|to the wardrobe rail] "
    "[and c/r can't get it off|and is going red in the face|and won't let c/r near|and has "
    "locked the door]",
    "@o c/r [has found|found] {who} [with a cord|with a belt|with a ligature] round {his} neck "
    "[in the bedroom|in the bathroom|in the garage] [and {he} is not responding|and can't get "
    "it off|and {he} is making gurgling noises]",
)
LIG_RESOLVED = (
    "[crisis team|HTT|the crisis worker|c/r|staff|{his} partner] [removed|cut off|took off] a "
    "[ligature|cord|belt|scarf] from {who}'s neck [{time_ago}|earlier|before calling], {he} "
    "is [now|] [talking|calm|breathing fine and talking|sat up talking] and has agreed to go to "
    "[the crisis house|A&E|the crisis cafe|hospital voluntarily]",
    "{who} is [now|] [calm|talking|settled|chatting] and has agreed to go to [the crisis "
    "house|A&E|see the crisis team] after [the crisis team|HTT|staff|{his} brother] removed a "
    "[ligature|cord|belt] {he} had [tied|put] round {his} neck [earlier|{time_ago}|this "
    "afternoon]",
    "ligature [removed|cut off|taken off] by [crisis team|HTT|staff|family] [before police "
    "were called|on arrival|straight away], {who} [breathing and talking|has no marks|has a red "
    "mark only|is calm], [agreed to go to the crisis house|happy to see the doctor|going to "
    "A&E with crew], [crisis team staying with {him}|no police required|for info]",
    "@k:family c/r says '{he} had [a belt|a cord|something] round {his} neck but [i got "
    "it off|the crisis team got it off] and {he}'s talking now, {he}'s calm, {he}'s said "
    "{he}'ll go to the crisis house'",
)
LIG_EARLIER = (
    "{who} [had|] [tied|made|put on] a ligature [from a belt|from a cord|from {his} "
    "scarf|] [earlier|{time_ago}|this afternoon] [in {his} bedroom|at home|in the bathroom]",
    "@o {who} [was found|had been found] [with a cord round {his} neck|with a belt round {his} "
    "neck|trying to tie a ligature] [earlier|{time_ago}] by [{his} mum|{his} partner|staff|a "
    "flatmate]",
)
LIG_SAFE_NOW = (
    "[it has been|the cord has been|the ligature has been|it was] [removed|cut off|taken "
    "off], {he} is [talking|calm|breathing normally|sat with the crisis team], [crisis team "
    "with {him}|paramedics checking {him} over|agreed to go to the crisis house]",
    "[crisis team|HTT|paramedics|the crisis worker] [now|are now|are] with {him}, [ligature "
    "off|cord removed], {he} is [calm|talking|engaging] and [agreed to go to the crisis "
    "house|happy to go to A&E|agreed to a safety plan]",
)
HEIGHT_NOW = (
    "{who} is [on the wrong side of the railings|over the railings|sat on the ledge|stood on "
    "the edge|over the barrier] [on|at] {height}[ and won't come back| and isn't answering c/r| "
    "and has been there {time_ago}|]",
    "{who} has climbed [onto|up on] {height} and is [sat on the edge|stood at the edge|"
    "refusing to come down|dangling {his} legs over]",
)
HEIGHT_RESOLVED = (
    "{who} was [on the wrong side of the railings|over the railings|climbing the railings|"
    "sat on the edge|over the barrier|on the "
    "ledge] [at|on] {height} but [officers|a passer-by|c/r|{his} brother|the crisis team|a "
    "bus driver] [talked {him} back over|talked {him} down|got {him} back over], {he} is now "
    "[with paramedics|in the ambulance|with {his} family|sat in the car with {his} mum] and "
    "[calm|talking|settled]",
    "{who} [is|is now] [with paramedics|with family|sat in the ambo|with {his} dad] and "
    "[calm|settled|talking] after being talked [back over the railings|down off the roof|back "
    "from the edge] [at|on] {height} [{time_ago}|earlier]",
    "[talked down|talked back over the railings|came back over the railings] [from|at] "
    "{height} [{time_ago}|earlier] - "
    "{who} now [with crew|with family|in the ambulance], [calm|settled|crying but safe], "
    "[paramedics managing|crisis team meeting them at A&E|no police required]",
    "@k:family,public c/r says '{he} was [over the railings|on the ledge|on the edge] but "
    "[we talked {him} back|a man talked {him} back over|{he} came back over], {he}'s "
    "[with the paramedics now|in the ambulance|sat in my car], {he}'s calm, {he}'s ok'",
)
HEIGHT_EARLIER = (
    "{who} was [seen|found|reported] [on the wrong side of the railings|over the railings|on "
    "the ledge|climbing over the railings|sat on "
    "the edge|climbing over the barrier] [at|of|on] {height} [{time_ago}|earlier|this "
    "afternoon]",
)
HEIGHT_SAFE_NOW = (
    "{he} [is now|is] [back on the pavement|off the bridge|back over the railings|down from "
    "the roof|back on the footpath] [with paramedics|with {his} dad|with {his} partner|with the "
    "crisis team] and [calm|talking|settled|engaging]",
    "[paramedics|crew|{his} family] [now|are now] with {him} [away from the edge|in the "
    "ambulance|in the car], {he} is [calm|talking|settled] and [agreed to go to A&E|happy to "
    "go home with family|crisis team to see {him}]",
)
NB_NOW = (
    "{who} [is|has been] found [not breathing|unresponsive|not moving and not breathing] [in "
    "bed|on the floor|in the car|on the bathroom floor], c/r [doing CPR|can't wake {him}|"
    "being talked through CPR]",
    "@o c/r [has come home to find|found] {who} [not breathing|blue and not responding|on the "
    "floor not breathing], [ambo on the way|c/r doing chest compressions]",
)
NB_RESOLVED = (
    "{who} was [initially reported as|reported as|thought to be] [not breathing|not "
    "breathing|unresponsive|"
    "not moving] but has [now woken up|since come round|woken up] and is [talking|sat up and "
    "talking|chatting to crew|talking to c/r], [paramedics with {him}|crew checking {him} "
    "over|ambo still coming to check {him} over]",
    "{who} [has woken up|came round|is awake now] and is [talking|sitting up], [was initially "
    "reported as not breathing|had been reported as unresponsive|c/r first thought {he} wasn't "
    "breathing] [by a passer-by|{time_ago}|], [crew with {him}|paramedics managing|ambo still "
    "attending to check {him} over]",
    "@k:public,family c/r says '[i thought|we thought] {he} wasn't breathing but {he}'s "
    "[woken up now|come round now], {he}'s talking, [the ambulance is here|the paramedics "
    "are with {him}|i'm staying with {him}]'",
)
NB_EARLIER = (
    "{who} was [reported|found|thought to be] [not breathing|not breathing|unresponsive|not "
    "moving|slumped "
    "and not responding] [{time_ago}|by a passer-by|earlier]",
)
NB_SAFE_NOW = (
    "{he} has [now|since] [woken up|come round] and is [talking|sat up|answering questions], "
    "[paramedics with {him}|crew checking {him} over|c/r staying with {him} till the ambo "
    "arrives]",
)
NB_FALSE_ALARM = (
    "{who} was reported [not breathing|unresponsive|not moving] [on a bench|in a car|in the "
    "park|at the bus stop] but [was just asleep|was having a nap|was sleeping off a night "
    "shift|had dozed off] and [woke up when c/r knocked|woke when spoken to|sat up when c/r "
    "shouted], [fine|absolutely fine|embarrassed but fine], [no concerns|no further "
    "concerns|ambo cancelled]",
)
OD_MANAGED = (
    "{who} has taken {n_tabs} {meds} [earlier|{time_ago}] [but|and] [paramedics are with "
    "{him}|crew are on scene] - {he} is [breathing|breathing and talking|conscious], [crew "
    "managing|being taken to A&E|happy to go in], [police not needed|no police required|crew "
    "don't need police]",
    "[paramedics|crew|ambo] [with|managing] {who} [who|,] [took|has taken] {n_tabs} {meds}"
    "[ {time_ago}|], [breathing|talking|GCS 15|alert], [being conveyed|going in "
    "voluntarily|agreed to go to {hosp}], [for info only|no police assistance required|no "
    "violence]",
    "{who} [is being treated|is being managed] by [crew|paramedics] at home after taking "
    "{n_tabs} {meds}, [conscious and talking|obs stable|breathing fine], [{he} is "
    "cooperative|no aggression], [police not required|just for info]",
)
OD_EARLIER = (
    "{who} [took|has taken|swallowed] {n_tabs} {meds} [{time_ago}|earlier|this afternoon]",
)
OD_SAFE_NOW = (
    "[paramedics|crew|ambo] [are now|now|are] with {him}, {he} is [breathing|talking|alert], "
    "[they are managing|conveying to {hosp}|happy to take {him} in], [no police needed|police "
    "not required|no violence]",
)
CRISIS_HISTORY = (
    "{he} [tried to hang {himself}|took an overdose|tried to jump from a bridge|overdosed|cut "
    "{his} wrists] [last Christmas|two years ago|in 2021|a few years back|when {he} was at "
    "uni|after {his} divorce], [but|and] [has been much better since|has been well since|is "
    "under the GP now|is on medication now]",
    "[previous|prev] attempt [by hanging|by overdose|at the railway] [two years ago|last "
    "year|in 2020], [nothing since|well since|engaging with the CMHT]",
    "{he} [has had|had] [two|three|a couple of] [admissions|hospital admissions|stays on a "
    "psychiatric ward] [in the past|over the years], [the last after an overdose|once after "
    "{he} tried to hang {himself}|after a suicide attempt]",
    "{he} [was sectioned|was in hospital under section] [a few years ago|in 2021|after {his} "
    "divorce] after [an attempt on {his} life|trying to take {his} own life|an overdose], "
    "[home|discharged] [since|for a long time now]",
    "@o c/r says {he} has [tried to kill {himself}|attempted suicide|tried to end {his} life] "
    "[before|in the past|twice before], [the last time was|most recently] [years ago|in "
    "2019|before the pandemic]",
    "[hx of|history of|previous] [suicide attempts|overdoses|attempts] [x2|x3|in 2018 and "
    "2021|as a teenager], [last admission|last inpatient stay] [2022|two years ago|last "
    "spring]",
)
LOW_RISK_REQUEST = (
    "@o c/r [just|] wants [someone to check on {who}|a welfare check on {who}] as [{he} "
    "hasn't answered today|{he} seemed a bit flat|it's the anniversary of {his} mum's "
    "death|{he} missed {his} usual call], [no current concerns|nothing said about harming "
    "{himself}|{he} was chatting normally yesterday|no threats made]",
    "@o {who} [hasn't replied|isn't answering] [today|since this morning] and c/r [is "
    "anxious|gets anxious] [because of the past|given {his} history], [but|though] {he} "
    "[seemed fine|was in good spirits|was making plans for the weekend] [yesterday|last time "
    "they spoke]",
    "@s c/r [is|has been] [feeling low|a bit down] [this week|today] [and wanted to talk|and "
    "wanted someone to know], [no plans to harm {himself}|no thoughts of acting on it|feels "
    "safe tonight]",
    "@o c/r [now says|says] {who} [has just|has now] [read c/r's message|replied with a "
    "thumbs up|posted on Facebook], [but|and] c/r [still wants someone to knock|would feel "
    "better with a check], [no concerns about harm|nothing worrying said]",
)
CRISIS_HISTORY_ONE = (
    "@o {who} [overdosed|tried to hang {himself}|took an overdose] [two years ago|last "
    "Christmas|a few years ago] and c/r [is|gets] [anxious|worried] [whenever|when] {he} "
    "[doesn't answer|goes quiet], [{he} hasn't answered today|{he} missed a call this "
    "morning], [no recent concerns|{he} has been well|{he} seemed fine at the weekend]",
)
CRISIS_RELAPSE = (
    "{who} was talked down from {height} [earlier|{time_ago}] and taken home but [has gone out "
    "again|has left the house again] and c/r thinks {he} has gone back there",
    "{who} [agreed to go to the crisis house|was with the crisis team] but [has walked "
    "out|ran off] and [has taken the cord with {him}|said {he} will finish it|isn't answering "
    "and has {his} tablets]",
    "{who} [woke up|came round] [earlier|for a bit] but has now [gone floppy again|stopped "
    "responding again|stopped breathing again]",
)
HELP_NOT_THERE = (
    "[crisis team|ambo|paramedics|HTT] [on the way|en route|ETA {eta}|not there yet] but {who} "
    "[still has the cord round {his} neck|is still on the wrong side of the railings|is still "
    "not breathing|is still unresponsive|is still on the ledge]",
)

# ---- medical emergencies with no crime, ambulance delayed -----------------
MED_EMERG = (
    "{who} has [chest pain|pains in {his} chest|a crushing pain in {his} chest] and [has gone "
    "grey|is grey and sweating|is clammy and grey|is sweating and can't catch {his} breath]",
    "{who} has been fitting for [10 mins|over 10 minutes|about a quarter of an hour|ages] and "
    "[hasn't stopped|won't come round|is going blue round the lips]",
    "{who} [can't get {his} breath|is struggling to breathe|can barely breathe|is gasping] "
    "[and {his} lips are going blue|and can't talk in sentences|and the inhaler isn't "
    "helping|and is going grey]",
    "{who} [has collapsed|is slumped in {his} chair] and [isn't making sense|{his} face has "
    "dropped on one side|can't lift {his} arm|can't get {his} words out]",
    "{who} is diabetic and [is very drowsy and not making sense|can't be woken properly|is "
    "sweating and confused], [sugars very low|reading LO|c/r can't get sugar into {him}]",
    "{who} [has been stung by a wasp|ate something with nuts in] and [{his} lips and tongue "
    "are swelling|is struggling to breathe|{his} throat is closing up]",
    "{who} has [fallen|slipped] and [cut {his} head|cut {his} leg on glass] and [it won't "
    "stop bleeding|there's a pool of blood|blood is soaking through the towels]",
    "@k:family c/r says '{he}'s got [pains in {his} chest|this awful chest pain] and "
    "{he}'s gone a [funny|grey] colour and {he}'s [sweating|clammy], the ambulance "
    "[said|says] [hours|they're delayed], please can someone come'",
    "[{age}yo|elderly] {mf} - [chest pain|CP], [grey|clammy], [SOB|short of breath], "
    "[amb|ambo] [ETA {eta}|delayed]",
    "{who} [had|has had] [a vaccine|{his} jab|new antibiotics] [{time_ago}|this afternoon] "
    "and [{his} face and lips are swelling|is wheezing and can't breathe|has come out in hives "
    "and {his} throat is closing up]",
    "{who} [was advised by 111 to wait for a call back|has been waiting for the GP to ring "
    "back] but [has gone grey and sweaty|can't catch {his} breath|has collapsed and isn't "
    "making sense]",
)
MED_CHILD = (
    "{who} has been [fitting|having a fit|shaking and jerking] for [10 mins|over 10 "
    "minutes|about a quarter of an hour|ages] and [hasn't stopped|won't come round|is going "
    "blue round the lips]",
    "{who} [has a high temperature and|is poorly and] [won't wake up properly|is floppy and "
    "hard to wake|has a rash that doesn't fade under a glass|is grunting when breathing]",
    "{who} [swallowed|has swallowed] [a button battery|a magnet|a small toy] and [is "
    "choking|can't breathe properly|is being sick and floppy]",
    "{who} [is having|has had] a fit [in the car|at the park|at home|in the bath] [and it's still "
    "going|and it won't stop|for 10 mins now], [mum is with {him}|c/r has put {him} on "
    "{his} side|{his} lips are blue]",
    "@k:family c/r [screaming|very distressed|crying] - '{he}'s been fitting for [ten "
    "minutes|ages|over ten minutes] and {he} won't stop, the ambulance [isn't here|said "
    "they're delayed]'",
)
MED_DELAY = (
    "[ambo|ambulance] [delayed|ETA {eta}|say they can't give a time|queue is hours]",
    "@o c/r [asking|wants to know] if police can [come|help|take {him} to hospital]",
    "[999|ambo control|the ambulance service] [said|say] [no crews available|over an "
    "hour|{eta}], c/r [doesn't know what else to do|rang us instead]",
    "@k:ambulance_crew [EOC|ambo control] [asking|requesting] police to attend [as no crews "
    "available|as nearest crew is {eta} away]",
)
MED_MINOR = (
    "{who} has [a bad back|hurt {his} ankle|a temperature|a chest infection|a sore hip] and "
    "[ambo|111] [says|said] [a long wait|{eta}|6 hours], {he} is [comfortable|in bed|talking "
    "and warm|sat in {his} chair], c/r asking if police can [take {him} to hospital|give "
    "{him} a lift]",
    "{who} [is|feels] [unwell|poorly|dizzy|off colour] [since this morning|today] but is "
    "[talking normally|alert|eating and drinking], [111 call back due|GP ringing back], c/r "
    "[wants advice|asking if police can check on {him}]",
)
MED_CONTROLLED = (
    "[paramedics|crew|the ambulance] [now|are now|have] [with|arrived for] {who} who [had chest "
    "pains|was struggling to breathe|had a fit|collapsed], {he} is [stable|talking|breathing "
    "easier], [being taken in|crew managing], [c/r rang police earlier as ambo was "
    "delayed|police no longer needed|stand down]",
    "{who} [had chest pain|was fitting|couldn't breathe|collapsed] [earlier|{time_ago}] and c/r "
    "rang police as the ambo was delayed - [crew now on scene and managing|paramedics arrived "
    "and {he} is stable|{he} is now with paramedics and talking], [police not needed|no further "
    "police action]",
)

# ---- missing people found (newest fact wins) -----------------------------
MISSING_FOUND_SAFE = (
    "{who} [reported missing|was reported missing|who was reported as a MISPER] [earlier|last "
    "night|{time_ago}] has been [found|located|traced] [safe and well|fine|unharmed] [at {his} "
    "mum's|at a friend's|at home|at work|in town] - [no further concerns|no concerns|c/r "
    "happy|MISPER can be closed]",
    "{who} [has come home|is home|walked back in] [safe and well|unharmed|absolutely fine], "
    "[was at a mate's|had {his} phone off|lost track of time|was at work], [no further "
    "concerns|c/r just updating|please close the log|all fine now]",
    "@o c/r [ringing back|calling back|updating] re {who} - [found|located|turned up] [safe and "
    "well|fine], [no further concerns|nothing further needed|sorry to waste time]",
)
MISSING_FOUND_CONCERN = (
    "{who} [reported missing earlier|missing since last night|reported as a MISPER] has been "
    "found [at {landmark}|in town|at the train station|at a friend's] [but is|and is] [very "
    "distressed|tearful and not making sense|cold and upset|saying {he} can't cope|not "
    "{himself}], [needs support|c/r asking for MH support|crisis team to follow up|taken to "
    "A&E for checks|family with {him} now]",
    "{who} [has come home|turned up] [but|and] is [very low|upset and withdrawn|distressed and "
    "won't talk|confused], [no injuries|not hurt], c/r [wants {him} seen by someone|asking "
    "for the crisis team|worried about {his} mental health]",
)

# ---- s136 detainee gone from the place of safety --------------------------
S136_RAN = (
    "{who} [detained s136|on a 136|under s136|detained on s136] [ran off|absconded|made off|"
    "got away from officers|ran out] [from|of] [the place of safety|the 136 suite|the "
    "HBPoS|A&E|{site}] [{time_ago}|at {t}|while waiting for the AMHP|during the handover]",
    "s136 detainee {name} [has absconded|has run|has gone] from [the suite|{site}|the place "
    "of safety] [{time_ago}|]",
    "[we have lost|officers have lost|staff have lost] {who} [from the 136 suite|from "
    "{site}], [ran|legged it|went out of the fire exit] [{time_ago}|while the nurse was "
    "away]",
)
S136_RAN_RISK = (
    "[before {he} went|on the way out|as {he} left] {he} [said|told staff|told officers] {he} "
    "[was going to finish it|would finish it|would finish what {he} started|was going back to "
    "{height}|won't be here tomorrow]",
    "{he} was [detained|picked up] [at|on] {height} [earlier|this afternoon] and [said {he}'d "
    "finish it|said {he} would go back|has said {he} won't stop trying]",
    "{he} [had|has] been saying [all evening|to staff] that {he} [will finish it|won't be "
    "stopped next time|is going to go back to {rail}]",
)

# ---- confused older person who walked out (ward, day unit, A&E, care home) -
# The walk-out itself is neutral; the detail pools decide the meaning: mobile,
# dressed for it, a mild day and staff searching (welfare) or frail, night,
# freezing, near water or a main road, hours gone (threat). Both sides share
# the same framing words so only the meaning tells them apart.
DEM_WARD_OUT = (
    "@k:ward_nurse {who}, [who has dementia|who has Alzheimer's|who is living with "
    "dementia|who has vascular dementia], has [walked off|wandered off|left] [the ward|{ward}] "
    "[{time_ago}|at {t}|after lunch|after visiting time][ without staff seeing| when the door "
    "was opened for a visitor|], staff [are searching|have searched|are checking] the "
    "[grounds|hospital grounds|corridors and car park]",
    "@k:ward_nurse [confused|elderly confused|older] pt {who} has [left|walked out of|gone "
    "from] [the ward|{ward}|the dementia ward|the older adults ward] [{time_ago}|at {t}], "
    "[not detained|informal|on a DoLS|lacks capacity to decide to leave], [staff "
    "searching|security checking CCTV|staff out looking]",
    "@k:ward_nurse,ae_staff {who} [({age})|aged {age}|] with [dementia|memory problems|"
    "cognitive impairment] [walked out of|left|wandered out of] [A&E|ED|the department|the "
    "discharge lounge|the day unit] [while waiting for transport|before being seen|while "
    "waiting for {his} daughter|after {his} scan] [{time_ago}|at {t}]",
    "@k:ward_nurse [staff on|] [the day unit|the memory day unit|the day hospital] [at {site}|] "
    "[report|say] {who} [went out|wandered off|walked off] [from the day unit|from the day "
    "hospital|off from the garden|off from the group] [{time_ago}|after lunch|at {t}], {he} "
    "has [dementia|Alzheimer's]",
    "@k:ward_nurse,ae_staff [pt|{who}] [missing from|gone from|left] [{ward}|the ward|the day "
    "unit|ED] - [dementia|Alzheimer's|confused|memory loss], [last seen {time_ago}|last seen "
    "at {t}|last seen by the lifts|last seen by the main entrance]",
    "@k:family [the ward|the day unit|the hospital] [rang|called] c/r to say {who}, who has "
    "dementia, [had walked off|has wandered off|went missing] [{time_ago}|this afternoon|at "
    "{t}], [staff are searching|they are out looking|security are checking the cameras]",
    "@k:family c/r says '[the day unit|the ward|the hospital] rang me, {he}'s [walked "
    "off|wandered off|gone out the door] [again|] and {he}'s got dementia, they [can't find "
    "{him}|are looking for {him}]'",
)
DEM_HOME_OUT = (
    "@k:care_home_staff {who}, who has [dementia|Alzheimer's|vascular dementia], has "
    "[walked out|wandered off|got out] [of|from] {carehome} [{time_ago}|at {t}|after lunch] "
    "[through the garden gate|when a visitor left|through the front door], staff [are "
    "searching|are out looking|have searched the garden]",
    "@k:care_home_staff [resident|{who}] [missing from|gone from|not in] {carehome} - "
    "[dementia|confused|no capacity], [last seen {time_ago}|last seen at {t}|not seen since "
    "lunch], [staff searching the area|manager driving round]",
    "@k:care_home_staff [we have|we've] [lost|had] a resident [walk out|go missing], {who}, "
    "[{he} has dementia|{he} is confused], [went off from the lounge|wandered off from the "
    "garden|walked off from the day room] [{time_ago}|at {t}]",
    "@k:family [{carehome}|the care home] [rang|called] c/r to say {who} [has wandered "
    "off|has walked out|got out] [{time_ago}|this afternoon|at {t}], {he} has dementia, "
    "[staff are looking|they're searching]",
    "@k:family,neighbour {who}, who has [dementia|memory problems], [went out|has gone out] "
    "[from home|from {his} bungalow|from {his} daughter's] [{time_ago}|at {t}] [while c/r was "
    "upstairs|without telling anyone] and [hasn't come back|isn't in the street|can't be "
    "found], c/r [has looked round the block|has been round the shops]",
)
DEM_SAFE_DETAIL = (
    "{he} is [mobile|walks well|steady on {his} feet|fit and walks a lot] and [was dressed "
    "for outdoors|had {his} coat and shoes on|took {his} coat and handbag|is wearing a warm "
    "coat]",
    "[it's|it is] [a mild afternoon|daylight and dry|a warm day|a dry, mild day|still light "
    "for hours]",
    "{he} [often talks about|keeps asking to go to] [the shops|{his} old house on "
    "{street}|the park|church], [staff think {he} has gone there|{he} may have headed that way]",
    "[staff|two carers|security] [are out looking|are searching the streets nearby|are driving "
    "round] and [expect to find {him} shortly|will ring back with an update|have a good idea "
    "where {he} goes]",
    "[no|nil] [medical needs|physical health concerns] [today|at the moment], [{he} has had "
    "{his} lunch and meds|{he} has eaten and had {his} tablets]",
    "{he} has [done this before|walked off before] and [was found at the bus stop|was found in "
    "the cafe|went to {his} old address], [fine each time|no harm came to {him}]",
    "[no|not near any] [main roads|water] [nearby|close by], [quiet residential area|the site "
    "is on a quiet estate]",
    "{he} [has only been gone|left] [about 20 mins|half an hour ago|{time_ago}]",
)
DEM_DANGER_DETAIL = (
    "{he} is [very frail|frail and unsteady|not steady on {his} feet|on a frame but left "
    "without it] and [went out in {his} nightclothes|has no coat or shoes on|is only in a "
    "hospital gown and socks|left in {his} slippers]",
    "[it's|it is] [below freezing|minus 2|freezing|pouring with rain and cold|icy] "
    "[tonight|out there|and getting dark]",
    "{he} [often talks about|keeps asking to go to] [the river|the canal|{his} old house "
    "across the dual carriageway], [staff think {he} has gone there|{he} was seen heading that "
    "way]",
    "[staff|security|two carers] [have searched|have been searching] [the grounds|the "
    "streets nearby|the site] [for {hrs} hours|since {t}|for hours] and [there's no sign of "
    "{him}|can't find {him}]",
    "{he} is [diabetic and has missed {his} insulin|on blood thinners and falls a lot|due "
    "{his} Parkinson's meds and can't walk far without them|recovering from pneumonia and very "
    "weak]",
    "[the ward|the home|the unit] is [next to|right by] [{water}|the main road|the dual "
    "carriageway|the railway line] and {he} [has no road sense|doesn't understand traffic]",
    "{he} has been [gone|missing] [since the early hours|overnight|for {hrs} hrs in the "
    "cold|since {t} and it's now dark]",
    "it is now [dark|getting dark|past midnight] and [below freezing|very cold|raining hard], "
    "{he} [has no coat|is in {his} nightclothes|is very frail]",
)
DEM_FOUND = (
    "@k:ward_nurse,ae_staff {who}, who [walked off|wandered off|left] [the ward|{ward}|the "
    "day unit] [{time_ago}|at {t}], has been [found|spotted] by [a shop worker|staff at "
    "{landmark}|a member of the public|a bus driver] who [is sitting with {him}|has sat {him} "
    "down with a cup of tea|is keeping {him} chatting], [staff on the way to collect "
    "{him}|ward sending two staff to bring {him} back], {he} is [calm|happy|unhurt]",
    "@k:public c/r [is with|has sat down with|is sitting with] a {man} [at|outside|in] "
    "{landmark} who [has a hospital wristband on|is in a hospital gown under {his} coat|says "
    "{he} has come from the hospital], {he} is [calm|chatty|not hurt|warm enough], c/r "
    "[happy to wait with {him}|will stay with {him}|has given {him} a cup of tea]",
    "@k:public c/r says 'i've got a {man} here [at|in] {landmark}, {he}'s got a hospital "
    "band on [{his} wrist|] and [says {he}'s walked from the ward|doesn't know how {he} got "
    "here], {he}'s [fine|ok|warm], i'll stay with {him} till someone comes'",
    "@k:family [the ward|the day unit] [rang c/r|called c/r] to say {who} [had walked "
    "off|went missing] [{time_ago}|at {t}] but [a shopkeeper|a neighbour|a taxi driver] [has "
    "found {him}|has {him}] [at|near] {landmark}, {he} is [fine|not hurt|calm], c/r [on the "
    "way to get {him}|just wanted police to know]",
    "@k:ward_nurse,ae_staff [pt|{who}] [located|found] [at|in] {landmark} [with|by] [shop "
    "staff|a MOP|a security guard], [calm|well|unhurt], [staff collecting|taxi booked back], "
    "[for info|logging for info]",
    "@k:public c/r [is with|has stopped with] a {man} [at|near] {landmark} who [keeps shaking "
    "{his} head|is nodding {his} head] when asked where {he} lives, {he} has a hospital band "
    "on, [{he} has now sat down with a tea|shop staff are with {him} now], [{he} is "
    "calm|not hurt|warm enough]",
)

# ---- collapsed: first report vs what is true now ---------------------------
COLLAPSE_NOW = (
    "{who} has [collapsed|gone down|fallen to the floor] [in the street|at {landmark}|in the "
    "queue at {landmark}|on the bus|in the kitchen] and [isn't breathing|is not responding|won't "
    "wake up|isn't moving], [c/r doing CPR|a nurse passing is doing CPR|c/r being talked "
    "through CPR|ambo called]",
    "@o {who} [just|has just|suddenly] [collapsed|went down|keeled over] [at|outside|in] "
    "{landmark} and [is not breathing|is grey and not responding|has gone blue|is making "
    "gasping noises and not responding]",
    "@k:public,family,neighbour c/r says '{he} [just went down|collapsed|fell over] and {he}'s "
    "not [breathing|moving|answering me], [i can't wake {him}|{his} lips are blue|i'm doing the "
    "compressions]'",
    "[{age}yo|elderly|homeless|] {mf} collapsed [at|in] {landmark} - [not "
    "breathing|unresponsive|no "
    "pulse per c/r], [CPR in progress|bystander CPR|defib on the way]",
    "@k:ambulance_crew,housing [crew|staff] [found|have found] {who} [collapsed|on the floor] "
    "[in the flat|in the hostel room|in the stairwell] [not breathing|unresponsive|with no "
    "pulse], [working on {him}|CPR in progress|requesting police to assist with access]",
)
COLLAPSE_WOKE = (
    "{who} [collapsed|went down|fainted|passed out] [at|in|outside] {landmark} [{time_ago}|"
    "earlier|a few mins ago] and [c/r|a passer-by|staff] [first thought|said at first] {he} "
    "[wasn't breathing|was not breathing|wasn't responding] but {he} has [now woken up|come "
    "round|just woken up] and is [sitting up and talking|sat up chatting|talking normally and "
    "knows where {he} is], [ambo on the way to check {him} over|staff sitting with {him}|c/r "
    "staying with {him}]",
    "@k:public,family,neighbour c/r says '{he} [fainted|went down|collapsed] and [i "
    "thought|we thought] {he} [wasn't breathing|was gone], but {he}'s [come round now|woken up "
    "now|just opened {his} eyes], {he}'s sitting up [and talking|and says {he}'s "
    "embarrassed|asking for water], [{he} seems ok|{he} knows who i am]'",
    "[collapse|fainted|faint] [at|in] {landmark} - [initially|first] reported [not "
    "breathing|unresponsive], [now|has since] [awake|come round], [sitting up|sat up], "
    "[talking|GCS 15|alert and chatting], [ambo aware|ambo en route to check over|first aider "
    "with {him}]",
    "{who} [was found|had been found] [slumped|collapsed|lying on the floor] [at|in] "
    "{landmark} [and|,] [thought to be|reported as] not breathing, but [has now woken "
    "up|woke up when c/r shook {him}|came round after a minute] and is [now|] [sat up on a "
    "chair|sitting up|talking to c/r], [breathing normally|colour back|talking in full "
    "sentences]",
    "@o {who} [passed out|went down] [in the shower|in the kitchen|on the stairs at home] and "
    "c/r [panicked|thought {he} had stopped breathing], {he} has [now|since] [come "
    "round|woken up] and is [sat up talking|sitting up with a glass of water|chatting and "
    "embarrassed], [no injuries|didn't hit {his} head|not hurt], [111|ambo] [advised|aware]",
)
COLLAPSE_EARLIER = (
    "{who} [collapsed|went down|fainted|was found collapsed] [at|in|outside] {landmark} "
    "[{time_ago}|earlier|a few minutes ago]",
    "[first call|c/r first rang] [{time_ago}|a few minutes ago] saying {who} [wasn't "
    "breathing|had collapsed and wasn't breathing|was unresponsive]",
    "{who} was [reported|thought to be] [not breathing|unresponsive|not moving] [at|in] "
    "{landmark} [{time_ago}|earlier]",
    "@k:public,family,neighbour c/r [rang|called] [in a panic|screaming|crying] "
    "[{time_ago}|a few mins ago] saying {who} [had collapsed|wasn't breathing|had gone down]",
)
COLLAPSE_AWAKE_NOW = (
    "{he} has [now|since|just] [woken up|come round|opened {his} eyes] and is [sitting up|sat "
    "up on a chair|talking|answering questions], [breathing normally|colour back|knows where "
    "{he} is]",
    "{he} is [now|] [awake|sat up|talking], [chatting to c/r|asking for a drink|embarrassed but "
    "ok], [ambo still coming to check {him} over|first aider with {him}|c/r staying with {him}]",
    "@k:public,family,neighbour c/r [now says|says] '{he}'s [woken up|come round], {he}'s "
    "sitting up [and talking|now|with a drink], {he}'s [ok|alright|talking to me]'",
)
COLLAPSE_STILL_DOWN = (
    "{he} is [still|] [not breathing|not responding|unresponsive|not moving] and [c/r is still "
    "doing CPR|c/r can't wake {him}|{his} lips are blue|the breathing is noisy and irregular]",
    "{he} [hasn't|has not] [woken up|come round|opened {his} eyes] [and|,] [c/r can't find a "
    "pulse|is grey|is making gurgling noises|only breathing every now and then]",
    "@k:public,family,neighbour c/r [now says|says] '{he}'s [still not|not] [breathing|waking "
    "up|moving], [i've been doing CPR|{he}'s gone blue|i can't get {him} to wake up]'",
    "@o c/r is with {him}, {he} is [still not breathing|not waking up|a grey colour], [c/r "
    "doing chest compressions|someone has gone for the defib|{he} needs the ambulance now]",
)

# ---- falls with a long ambulance wait --------------------------------------
FALLEN_PAIN = (
    "{who} [fell|had a fall|slipped] [in the kitchen|in the bathroom|in the garden|getting out "
    "of bed|in the hallway] [{time_ago}|this morning|at {t}] and has been on the floor [for "
    "{hrs} hours|since {t}|for hours] waiting for an ambulance, {he} [is in pain with {his} "
    "hip|says {his} wrist hurts|thinks {he} has hurt {his} hip|has a painful wrist] [but is "
    "talking|and is conscious and chatty|but is alert and talking], [not bleeding|no "
    "bleeding|no head injury]",
    "@k:family,neighbour,telecare c/r says {who} has been on the floor [for {hrs} hrs|since "
    "{t}|all afternoon] [after a fall|since falling], [ambulance|ambo|999] [said|say] [it "
    "could be a|it's a|there's a] [{eta}|long|4 hr|6 hour] wait, {he} is [in a lot of "
    "pain|sore|in pain] with [{his} hip|{his} wrist|{his} shoulder] [but|and] [talking|awake "
    "and talking|making sense], [not bleeding|no blood|didn't hit {his} head]",
    "@k:family c/r says '{he}'s been on the floor [since {t}|for hours|for {hrs} hours] and "
    "{he}'s in [agony|pain] with {his} [hip|wrist|leg], but {he}'s talking to me [fine|and "
    "{he}'s with it], [there's no blood|{he} didn't bang {his} head], the ambulance [keep "
    "saying|said] [soon|hours], can [you|someone] [help|come]'",
    "[{age}yo|elderly|{age}] {mf} - [fall|fallen] [{time_ago}|at {t}|this am], on floor [{hrs} "
    "hrs|since {t}], [?NOF|? broken hip|? fractured wrist|painful hip|pain L hip|pain R "
    "wrist], [alert|talking|GCS 15], [no bleeding|nil bleeding|no head inj], [ambo wait "
    "{eta}|amb delayed|awaiting ambo]",
    "@s c/r [has fallen|fell] [at home|in {his} kitchen|in the hallway] and has been on the "
    "floor [for {hrs} hours|since {t}], [can't get up|can't move {his} leg], [{his} hip "
    "hurts|{his} wrist is sore and swollen], [the ambulance said they're busy|waiting for the "
    "ambulance], [not bleeding|{he} didn't bang {his} head], [{he} is warm|{he} has pulled a "
    "blanket off the sofa]",
    "@k:telecare [pendant|lifeline|careline] [activation|alarm] - {who} [fell|has fallen] "
    "[{time_ago}|at {t}] and is [on the floor|lying on the floor] with [hip pain|a sore "
    "wrist|pain in {his} leg], [talking to the operator|chatting through the unit|answering "
    "all questions], [no bleeding|not bleeding|no head injury], [ambo delayed|ambo ETA "
    "{eta}|ambulance aware, long wait]",
)
FALLEN_WAIT_SERIOUS = (
    "{who} [fell|had a fall|slipped] [in the kitchen|in the bathroom|getting out of bed|in the "
    "hallway] [{time_ago}|this morning|at {t}] and has been on the floor [for {hrs} "
    "hours|since {t}|for hours] waiting for an ambulance, {he} is [not responding|cold and "
    "grey|barely conscious|drowsy and not making sense]",
    "@k:family,neighbour,telecare c/r says {who} has been on the floor [for {hrs} hrs|since "
    "{t}] [after a fall|since falling], [ambulance|ambo|999] [said|say] [it could be a|it's "
    "a] [{eta}|long|4 hr] wait, {he} [hit {his} head and keeps drifting off|is bleeding "
    "heavily from {his} head|has stopped talking to c/r|is cold and grey and hardly breathing]",
    "@k:family c/r says '{he}'s been on the floor [since {t}|for hours] and {he}'s [gone "
    "really quiet|not talking to me anymore|cold and a funny grey colour], [there's blood "
    "coming from {his} head|{he} banged {his} head on the way down|i can't wake {him} "
    "properly], the ambulance [keep saying|said] [soon|hours]'",
    "[{age}yo|elderly|{age}] {mf} - [fall|fallen] [{time_ago}|at {t}], on floor [{hrs} "
    "hrs|since {t}], [head inj, drowsy|head injury + vomiting|bleeding heavily from head "
    "wound|cold, grey, GCS dropping|unresponsive], [ambo wait {eta}|amb delayed]",
    "@k:telecare [pendant|lifeline|careline] [activation|alarm] - {who} [fell|has fallen] "
    "[{time_ago}|at {t}] and [was talking at first but has stopped answering|is groaning and "
    "not answering questions|said {he} banged {his} head and sounds very drowsy], [ambo "
    "delayed|ambo ETA {eta}], [no keyholder|keyholder not answering]",
    "@o c/r is with {him}, {he} has been on the floor [since {t}|for hours|all night] and "
    "[isn't answering c/r now|is cold and grey|has blood coming from {his} head and keeps "
    "drifting off], [ambo still not there|ambulance say {eta}]",
)
FALLEN_WAIT_DETAIL = (
    "[c/r|{his} daughter|a neighbour] [first rang 999|rang the ambulance] at {t} [and has rung "
    "back twice|and was told to wait]",
    "{he} lives [alone|on {his} own|with {his} wife who can't lift {him}]",
    "[ambo|ambulance|999] [ETA {eta}|say they have no crews|can't give a time]",
    "{he} is {age}[ and uses a frame| and has carers twice a day|]",
    "[c/r|a neighbour] is [with {him}|sat with {him} on the floor|holding {his} hand]",
)

# ---- injuries: already treated vs bleeding that will not stop ---------------
INJURY_TREATED = (
    "{who} [cut {his} hand|cut {his} finger|cut {his} arm] [on a broken glass|on a tin|"
    "opening a parcel|on the garden fence] [{time_ago}|earlier], [small cut|only a small "
    "cut|a couple of small cuts], [c/r has cleaned it|cleaned and plastered|steri-stripped|"
    "dressed with a plaster], [bleeding has stopped|stopped bleeding straight away|no more "
    "bleeding], {he} is [fine|chatting|watching TV]",
    "{who} [banged|bumped|knocked|hit] {his} head on [the cupboard door|a shelf|the car "
    "door|the kitchen table] [{time_ago}|earlier], [small cut|little cut|a graze] on [{his} "
    "head|{his} forehead|the top of {his} head] [bled a bit|bled quite a lot at first] but "
    "[the bleeding has stopped|it has now stopped bleeding|it stopped with a bit of pressure], "
    "{he} is [chatting|talking normally|alert and chatty|watching telly], [no sickness|not "
    "drowsy|not confused]",
    "@k:family,neighbour,public c/r says '{he} [fell off {his} bike|tripped on the "
    "kerb|slipped in the garden] and [cut|grazed] {his} [knee|head|elbow], there was a bit of "
    "blood but it's stopped now, [i've cleaned it up|i've put a plaster on], {he}'s "
    "[fine|chatting away|laughing about it], i just [wanted advice|didn't know if {he} needs "
    "stitches]'",
    "{who} has [superficial|a few|some] scratches [on {his} arms|on {his} face|on {his} hands] "
    "from [the cat|brambles|a rose bush|the dog] [{time_ago}|earlier], [cleaned with "
    "antiseptic|washed and covered|already treated at the pharmacy], [not bleeding now|bleeding "
    "stopped], [{he} is fine|no other injuries]",
    "[head wound|cut to head|small head wound|forehead cut] - {who} [fell|bumped {his} "
    "head|caught {his} head on a door] [{time_ago}|earlier], [bleeding stopped|bleeding has "
    "stopped|no active bleeding], [cleaned and dressed|steri-strips applied|dressed by c/r], "
    "[alert|chatting|GCS 15|talking normally], [no LOC|didn't knock {himself} out|no "
    "sickness], [wants advice|asking about the minor injuries unit|111 aware]",
    "@s c/r [cut|nicked] {his} [hand|thumb|finger] [on a knife while cooking|on a broken "
    "mug|with a stanley knife at work] [{time_ago}|earlier], [it's stopped bleeding|bleeding "
    "stopped now|it bled but it's stopped], [cleaned it and put a plaster on|has it wrapped "
    "up], [wants to know if {he} needs stitches|asking where the minor injuries unit is]",
    "@k:public c/r [saw|helped] {who} [trip|fall] [on the pavement|outside {landmark}|on the "
    "steps], [grazed {his} hands and knee|small cut above {his} eye], [c/r gave {him} a "
    "tissue and it has stopped bleeding|shop staff cleaned it up with a first aid kit], {he} "
    "is [up and walking|sat with a cup of tea|chatting|fine], [declined an ambulance|doesn't "
    "want an ambulance]",
)
INJURY_BLEEDING = (
    "{who} [cut {his} hand|cut {his} arm|cut {his} leg] [on a broken glass|on a window|on the "
    "garden fence|with an angle grinder] [{time_ago}|earlier] and [it's deep|it's a deep "
    "cut|it's gaping], [the bleeding won't stop|blood is soaking through the towels|blood is "
    "pumping out|c/r can't stop the bleeding]",
    "{who} [banged|hit|cut] {his} head [on the cupboard door|falling down the stairs|on the "
    "kerb] [{time_ago}|earlier] and [it won't stop bleeding|there's a lot of blood|the "
    "bleeding won't stop], {he} is [drowsy|being sick|confused|going pale and clammy]",
    "@k:family,neighbour,public c/r says '{he} [fell through the patio door|put {his} arm "
    "through a window|cut {his} leg on the glass] and there's blood everywhere, [i can't stop "
    "it|it's soaking through the towels|it won't stop], {he}'s going [white|pale|grey]'",
    "[deep cut|laceration|deep wound] to [arm|leg|hand|wrist] - {who} [cut on glass|cut on a "
    "fence|accident with a saw], [bleeding heavily|won't stop bleeding|blood soaking "
    "through], [pale|clammy|feeling faint], [ambo delayed|ambo ETA {eta}]",
    "@s c/r has [cut|sliced] {his} [hand|arm|leg] [on a broken window|with a stanley knife at "
    "work|on a sheet of glass] and [it won't stop bleeding|it's deep and pumping|there's blood "
    "everywhere], [feels faint|is going dizzy|can't stop it with a towel]",
    "{who} [is on blood thinners|takes warfarin] and has [cut {his} leg|caught {his} "
    "shin|knocked {his} head] [{time_ago}|earlier], [the bleeding hasn't stopped for {hrs} "
    "hours|it's still pouring|it won't stop with pressure], [{he} is going grey|{he} feels "
    "faint]",
)

# ---- past attempts, present state: low (welfare) or a plan now (threat) ----
HISTORY_NOW_LOW = (
    "@o {he} [is|has been] [low|a bit low|quiet|flat] [this week|today|lately] and [isn't "
    "answering|hasn't answered] c/r's [calls|texts] [since this morning|today|since "
    "lunchtime], [but|though] c/r [is not saying {he} has done anything|doesn't think {he} has "
    "done anything|has no reason to think {he} has hurt {himself}]",
    "@o [it is|today is] the anniversary of [{his} son's death|{his} wife's death|{his} mum "
    "dying|{his} brother's suicide] and {he} [has gone quiet|isn't picking up|has been "
    "tearful], c/r [just wants someone to knock|would like a welfare check], [nothing said "
    "about harming {himself}|no mention of suicide|{he} hasn't said anything worrying]",
    "@k:family,neighbour c/r says '[i'm not saying|i'm not for one minute saying] {he}'s done "
    "anything, {he} [hasn't said anything like that|hasn't mentioned it], it's just with {his} "
    "history and {he}'s not answering [today|{his} phone], [i'd feel better if someone "
    "knocked|can someone just check]'",
    "@o [no current plan|no plan] [known|disclosed|mentioned], [no tablets in the house|meds "
    "are kept by {his} wife|nothing missing from the house], {he} [was low but chatting|seemed "
    "flat but ok|was making plans for the weekend] when c/r last spoke to {him} "
    "[yesterday|{days_ago}|last night]",
    "@s c/r [is|has been] [feeling low|a bit down|tearful] [today|this week|since the "
    "anniversary] [and wanted to talk|and wanted someone to know], [no plans to hurt "
    "{himself}|not going to do anything|feels safe], [has {his} crisis plan|has rung {his} "
    "CPN|{his} partner is home]",
    "@p {who} [has not answered|missed] [two calls|{his} call this morning|the planned phone "
    "review] [from the team|from {his} CPN], [last seen {days_ago} and was low but "
    "settled|no current risk indicators at last review|no disclosures of intent at last "
    "contact], [team would like a welfare check|requesting a check]",
    "[{he} is|pt is|{he}'s] [low in mood|feeling flat|withdrawn] but [no suicidal plan|no plan "
    "or intent|no thoughts of acting on it] [disclosed|voiced], [safety plan in place|crisis "
    "line number given|CMHT aware]",
    "@o {he} has been [a lot better|doing a lot better|much better] [lately|since the "
    "summer] but [isn't answering again|has gone quiet again] [today|since yesterday], c/r "
    "[can see {he} has read the messages|is probably worrying over nothing], [no plan "
    "mentioned|nothing to suggest {he} has done anything]",
    "@o {he} is [staying with a friend|at {his} sister's with a friend|with a neighbour] "
    "[tonight|this week] and [has now gone quiet|isn't answering c/r], [probably asleep|has "
    "done this before when low], [no plan or means|nothing missing from home], c/r [just "
    "wants someone to check|would like a call back]",
)
CURRENT_PLAN = (
    "@o {he} [is|has been] [low|quiet|flat] [this week|today] and has [texted c/r a "
    "goodbye|sent c/r a message saying sorry for everything|told c/r {he} won't be around "
    "tomorrow], and [{his} tablets are missing|a box of {meds} has gone from the cupboard|the "
    "rope from the shed is gone]",
    "@o [it is|today is] the anniversary of [{his} son's death|{his} wife's death|{his} "
    "brother's suicide] and {he} [told c/r|said on the phone] {he} [is going to join them "
    "tonight|has the tablets ready|is going to {height} later]",
    "@k:family,neighbour c/r says '{he} [rang|texted] me [saying goodbye|to say sorry for "
    "everything|saying {he}'s done with it all], and {his} [tablets|insulin|car keys and the "
    "hosepipe] [are gone|have gone], i think {he}'s [going to do it|really going to do it this "
    "time]'",
    "@o {he} [has a plan|has told c/r {his} plan|has said exactly how {he} would do it] and "
    "[has got the tablets|has bought rope|has been stockpiling {his} meds|has a ticket to the "
    "coast], [said {he} would do it tonight|said today is the day|{his} phone is off]",
    "@s c/r [has|has got] [{n_tabs} {meds}|tablets|a rope] [here|with {him}|next to {him}] and "
    "[is going to take them tonight|plans to do it when {his} partner goes to work|has written "
    "the notes]",
    "@p {who} [told {his} CPN|disclosed to the team|said on the phone review] [that {he} has a "
    "plan|{he} has tablets saved up|{he} intends to end {his} life tonight], [has since hung "
    "up|won't answer|left {his} address], [meds stockpiled|has access to {n_tabs} {meds}]",
    "[{he} is|pt is] [low in mood|feeling flat] and [has a plan and the means|has tablets "
    "saved and a date|has said goodbye to family], [intends to act tonight|won't engage with "
    "crisis team|not answering calls]",
    "@o {he} is now [not answering|at {height}|parked up at {water}] after [saying "
    "goodbye to c/r|texting c/r where {his} will is], [{his} tablets are gone|{he} took the "
    "hosepipe from the garage]",
)

# ---- voluntary patient left saying where they were going -------------------
WALKOUT_SAID_WHERE = (
    "@k:ward_nurse [informal|voluntary] pt {who} [left the ward|has left the ward|walked off "
    "the ward] [{time_ago}|at {t}] saying {he} was going [to {his} mum's|home to feed {his} "
    "cat|to the shop for cigarettes|to the bank|to see {his} kids|to collect {his} post], [not "
    "returned|hasn't come back yet|isn't answering {his} phone], [no identified risk|low "
    "risk|no current risk to self or others]",
    "@k:ward_nurse,ae_staff {who}, [voluntary|informal|not detained], told staff {he} was "
    "[going home|going home to sleep in {his} own bed|off to {his} sister's|popping out to "
    "the shop] and [left|walked out] [{time_ago}|at {t}], [{he} has capacity|no concerns re "
    "risk|risk assessed as low]",
    "@k:ae_staff {who} [left|walked out of] [A&E|ED|the department] [{time_ago}|at {t}] "
    "[saying|after telling the nurse] {he} [was fed up waiting|would come back "
    "tomorrow|was going home to {his} partner|had to pick up {his} kids], [informal|voluntary|"
    "not sectioned], [no identified risk|low risk|no safeguarding concerns]",
    "@k:ward_nurse [informal pt|voluntary pt|pt] {who} [off the ward|gone from {ward}] [since "
    "{t}|{time_ago}] - said [going to Tesco|going home to get clothes|going to see {his} "
    "dad|going to church], [no risk identified|low risk|no concerns], [ward informing per "
    "policy|for info]",
    "@k:ward_nurse,crisis_team {who}, [an informal|a voluntary] pt, [rang the ward|texted "
    "staff] after [leaving|walking out] to say {he} is [at {his} mum's|at home|at a friend's "
    "on {street}] and [will come back tomorrow|doesn't want to come back tonight], [no risk "
    "concerns|settled mood on the ward|no thoughts of harm voiced]",
    "@k:ward_nurse,ae_staff c/r says '{he}'s [informal|voluntary], {he} just [walked off the "
    "ward|went off from the smoking shelter|left] and said {he} was going [home|to {his} "
    "mum's|to the shop], {he}'s been [fine|settled|bright] today, we're just letting you know'",
)
WALKOUT_SAID_PLAN = (
    "@k:ward_nurse [informal|voluntary] pt {who} [left the ward|has left the ward|walked off "
    "the ward] [{time_ago}|at {t}] saying {he} was going [to {height}|to end {his} life|to "
    "the railway|to finish it|to do it properly this time], [not returned|hasn't come "
    "back|isn't answering {his} phone], [high risk|known risk to self|on obs for suicide risk]",
    "@k:ward_nurse,ae_staff {who}, [voluntary|informal|not detained], told staff {he} was "
    "[going home to take {his} tablets|going to kill {himself}|not coming back alive] and "
    "[left|walked out] [{time_ago}|at {t}], [{he} has access to {his} meds at home|{he} has a "
    "stockpile at home|{he} was on 1:1 earlier]",
    "@k:ae_staff {who} [left|walked out of] [A&E|ED|the department] [{time_ago}|at {t}] "
    "[saying|after telling the nurse] {he} [was going to finish what {he} started|would jump "
    "from {height}|was going to the tracks], [informal|voluntary|not sectioned], [bloods show "
    "{he} took an OD|needs treatment for an overdose|high risk]",
    "@k:ward_nurse [informal pt|voluntary pt|pt] {who} [off the ward|gone from {ward}] [since "
    "{t}|{time_ago}] - said [going to the bridge|going to end it|going to get tablets to take], "
    "[high risk|known risk|previous attempt last week]",
    "@k:ward_nurse,crisis_team {who}, [an informal|a voluntary] pt, [rang the ward|texted "
    "staff] after [leaving|walking out] to say {he} is [at {height}|by {water}|at {rail}] and "
    "[won't be coming back|is saying goodbye], [high risk to self|{he} won't say anything "
    "else]",
    "@k:ward_nurse,ae_staff c/r says '{he}'s [informal|voluntary], {he} just [walked off the "
    "ward|went off from the smoking shelter|left] and said {he} was going to [end it|jump|do "
    "it tonight], {he}'s been [very low|saying this all day], we're really worried'",
    "@k:ward_nurse,ae_staff {who} is now [on {height}|at {rail}|by {water}] having [left the "
    "ward|walked out of ED] [{time_ago}|at {t}] saying {he} [would end it|wanted to die], "
    "[informal|voluntary], [high risk|staff can see {him} on the bridge camera]",
)

# ---- medical advice queries (welfare) --------------------------------------
MED_ADVICE = (
    "@s c/r [had|has had] [{his} covid jab|a flu jab|{his} booster|a vaccine] [this "
    "morning|yesterday|{time_ago}] and [has a sore arm and a headache|feels shivery|has a bit "
    "of a rash on {his} arm|feels achy], [wants to know if that's normal|asking what to "
    "do|asking if {he} should go to A&E], [no breathing problems|no swelling of the "
    "face|otherwise well]",
    "@s c/r [can't get a GP appointment|has been trying to see the GP for a week|was told the "
    "GP has no appointments] for [{his} back pain|stomach pains|a chest infection|{his} knee], "
    "[rang us because {he} didn't know who else to call|wants advice|asking if police can "
    "help], [not an emergency|no red flags|feels ok in {himself}]",
    "@s c/r [has|has had] [stomach pains|a bad headache|pains in {his} leg|toothache|a "
    "migraine] [{since}|for a few days] and [111 told {him} to ring back if it got worse|was "
    "advised to call 111|the pharmacist said to ring 111], [rang 999 by mistake|rang police "
    "instead|doesn't know the number for 111], [no chest pain|talking normally|otherwise ok]",
    "@k:family,neighbour c/r [asking for advice|wants advice] about {who} who [had {his} "
    "vaccine {days_ago}|had a jab yesterday] and [feels rough|has a temperature|has a sore "
    "arm], [eating and drinking|chatting|up and about], [advised to call 111|given the 111 "
    "number|told to speak to the pharmacist]",
    "@k:family,neighbour c/r says {who} [has been|is] [complaining of|moaning about] [pains "
    "in {his} legs|back ache|a bad stomach] and the GP [can't see {him} till next week|won't do "
    "a home visit], [{he} is eating and drinking|{he} is up and about|{he} is in bed "
    "comfortable], c/r [wants to know who to ring|asking what {he} should do|was told to call "
    "111 but wanted to check with us]",
    "@k:self,family,neighbour,telecare [medical advice|advice call|query] - c/r "
    "[reports|has] [a reaction to a vaccine|side "
    "effects from new tablets|a sore throat|ear ache|a bad back], [no breathing "
    "difficulty|no collapse|alert and well], [advised 111|redirected to 111|given GP out of "
    "hours number]",
    "@s c/r says 'i had my [jab|booster|flu jab] [yesterday|this morning] and my arm's "
    "[killing me|really sore] and i feel [rough|shivery], is that normal, [i didn't know who "
    "to ring|111 wasn't answering]'",
)

# ---- worry about what someone might do: no contact, no threats ------------
WORRY_EX = (
    "@s c/r [is worried|is anxious|is frightened] because {q} [has moved back to the "
    "area|has moved back to {town}|is living on {street} again] [after getting out of "
    "prison|after years away|{days_ago}], [no contact since|{qhe} hasn't contacted "
    "{him}|{qhe} hasn't been near {him}], [{qhe} hasn't threatened {him}|nothing has "
    "happened|no messages at all], c/r [wants advice|wants it logged|asking about a marker on "
    "{his} address]",
    "@s c/r [heard|found out] [from a friend|on Facebook|from {his} sister] that {q} is [back "
    "in the area|living nearby again|out of prison], [{qhe} hasn't been in touch|no messages or "
    "calls|c/r hasn't seen {qhim}], c/r [is worried about what {qhe} might do|doesn't know what "
    "{qhe} might do|is scared {qhe} will turn up], [wants advice|asking what {he} can do]",
    "@o c/r is worried about {who} because {q} [has moved back|is back] [to the area|round "
    "the corner|on the same estate], [no contact between them|{qhe} hasn't approached "
    "{him}|nothing has been said], c/r [wants advice on safety|wants someone to talk to {him} "
    "about a safety plan|asking about Clare's Law]",
    "@s c/r says '{qhe}'s [moved back|back] [round here|in {town}|two streets away] and [i "
    "haven't heard from {qhim}|{qhe} hasn't done anything], [i'm not saying {qhe} will|i just "
    "don't know what {qhe}'ll do], i just want [it on record|some advice|someone to know]'",
    "[advice re|c/r seeking advice re] ex-partner [moving back|back] [to area|locally] - [no "
    "contact|no recent contact], [no offences|nothing happened], [c/r anxious|c/r worried], "
    "[safety advice given|referred to IDVA|wants marker]",
    "@s c/r can see {qhis} [car|van] [parked at {qhis} mum's|on {street}] so c/r knows {q} "
    "is back, [{qhe} hasn't come near {him}|no contact at all|nothing has been said], c/r [is "
    "anxious|wants advice|wants it logged in case]",
)
EX_BACK_THREAT = (
    "@s c/r [is frightened|is terrified] because {q} [has moved back to the area|is back in "
    "{town}|is out of prison] and [turned up outside {his} house tonight with a "
    "{weapon}|is outside saying {qhe} will kill {him}|has been seen outside with a knife]",
    "@s c/r [heard|found out] that {q} is [back in the area|out of prison] and {qhe} [has "
    "just messaged|rang] saying {qhe} [is coming round with a {weapon}|is on {qhis} way to "
    "kill {him}|knows where {he} lives and is coming tonight with a knife]",
    "@o c/r is worried about {who} because {q} [has moved back|is back] [to the "
    "area|round the corner] and [is at {his} door with a {weapon}|has threatened to stab {him} "
    "and is outside]",
    "@s c/r says '{qhe}'s [moved back|back] [round here|in {town}] and {qhe}'s [outside|at my "
    "door|in the garden] [with a knife|with a {weapon}|saying {qhe}'ll kill me and {qhe}'s got "
    "a blade]'",
)

# ---- police standby at a MHA assessment or conveyance ----------------------
MHA_STANDBY = (
    "@k:amhp,crisis_team,care_coordinator,gp [MHA assessment|Mental Health Act assessment] "
    "[planned|booked|arranged] [at {num} {street}|at {his} home address|at {his} flat] [at "
    "{t}|this afternoon|tomorrow morning] for {who}, [AMHP|the team] [requesting|asking for] "
    "police to [stand by|be on standby|attend as a precaution|be nearby]",
    "@k:amhp [AMHP|I am] [going out|attending] to assess {who} under the MHA [at {t}|this "
    "afternoon|later today] and [would like|is asking for] [officers|a unit|police] to [be "
    "present|stand by outside|be available] [in case|just in case] [{he} refuses to go|{he} "
    "won't open the door|it is needed]",
    "@k:ambulance_crew,amhp [conveyance|transfer] of {who} to {site} [after MHA "
    "assessment|on a s2|on a s3] [at {t}|tonight], [crew|AMHP] [requesting|asking for] police "
    "[standby|to stand by|to follow the ambulance] [as per policy|as routine|as a precaution]",
    "@k:amhp,crisis_team,care_coordinator [req|request for|requesting] police [standby|"
    "stand-by|presence] at [MHA assessment|MHAA|an assessment] - {who}, [{num} {street}|at "
    "home|{street}], [{t}|today|this pm]",
    "@k:amhp,ambulance_crew,gp,crisis_team [the team|AMHP|we] [need to|are going to] "
    "[section|admit|assess] {who} [today|this afternoon] [at home|at {his} mum's] and [want|"
    "would like] police [there|to stand by|to attend] [in case|if] [{he} tries to leave|{he} "
    "doesn't cooperate|the door needs forcing]",
)
STANDBY_NO_VIOLENCE = (
    "[no history of violence|no known violence|no violence on record|no risk history to "
    "others]",
    "{he} [has been|is] [calm|settled|polite] [with the team|on the phone|at recent visits], "
    "[nothing to suggest {he} would be violent|just a precaution|purely precautionary]",
    "{he} [is|has been] [paranoid|unwell|not eating|not sleeping] but [has never been "
    "aggressive|has never hurt anyone|is not aggressive], [lives with {his} mum|family will "
    "be present]",
    "[no aggression|never aggressive] [recently|at any point|towards staff], [risk to others "
    "assessed as low|no warning markers]",
    "[family|{his} mum|{his} sister] [will let the team in|is there to open the door|has "
    "agreed to be present]",
)
STANDBY_SELF_RISK = (
    "{he} [has|is holding|has got] a [kitchen knife|blade|razor] and [says {he} will cut "
    "{himself} if anyone comes in|is holding it to {his} own wrist|has said {he} will stab "
    "{himself} rather than go to hospital]",
    "{he} has [barricaded {himself} in the bathroom|locked {himself} in {his} room] with [a "
    "ligature|{his} tablets|a blade] and [says {he} will end it if the team come in|is not "
    "answering]",
    "[family|{his} mum] [say|report] {he} [has|has got] [a knife|a blade|a rope] [with "
    "{him}|in {his} room] and [has been saying {he} will kill {himself} today|tried to cut "
    "{himself} this morning]",
)
STANDBY_VIOLENCE = (
    "{he} [has a machete|keeps a knife by the door|has a hammer] and [threatened {his} mum "
    "with it today|said {he} will stab anyone who comes to take {him}|chased {his} brother "
    "with it this morning]",
    "{he} [is|has been] [smashing up the flat|punching walls and throwing things] and [hit "
    "{his} dad|has assaulted {his} mum|threw a chair at {his} sister] [today|this "
    "morning|{time_ago}], [family have fled the house|family outside and scared]",
    "[the team|AMHP|staff] [were threatened|was threatened] with a [knife|{weapon}] at the "
    "[last visit|door {time_ago}|visit this morning] and {he} [still has it|has not handed it "
    "over|said {he} will use it next time]",
)

# ---- place of safety / ward: shouting and banging that has settled ---------
S136_SETTLED = (
    "{who} [was|had been] [shouting and banging on the door|kicking the door and "
    "shouting|banging on the walls|shouting at staff] [in the suite|in the 136 suite|on "
    "arrival|earlier] but [has now settled|is now calm|has calmed down|settled after a drink "
    "and a sandwich], [staff happy for officers to leave|NIC says officers can go|staff say "
    "they can manage|handover accepted]",
    "[s136|136] [update|handover] - {who} [now settled|calm now|asleep now] after [shouting "
    "and banging|being loud and banging the door|an hour of shouting], [staff have accepted "
    "handover|staff say officers can go|officers released], [no injuries|no one hurt|no "
    "damage]",
    "@k:police_officer [we|officers] [have been|were] [holding|with] {who} [for {hrs} "
    "hrs|since {t}], {he} was [banging {his} fists on the door|shouting the place "
    "down|threatening to walk out] [at first|earlier] but [is now sat quietly|has now "
    "settled|is calm now and chatting], [nurse in charge says we can go|staff happy to take "
    "over]",
    "@k:ward_nurse,ae_staff {who} [was|had been] [shouting|banging on the door of the "
    "suite|banging on the nurses' station] [earlier|{time_ago}] [but|and] [has now "
    "settled|has calmed down|is now in {his} room quietly], [we are happy for officers to "
    "leave|officers no longer needed|staff managing]",
)
WARD_SETTLED = (
    "@k:ward_nurse {who} [was|had been] [shouting and banging on the office door|banging on "
    "the ward doors|shouting at other patients|kicking the door of {his} room] "
    "[earlier|{time_ago}|this evening] and staff [rang for police|called us] but {he} has "
    "[now settled|since calmed down|now gone to bed|had {his} PRN and settled], [officers no "
    "longer needed|staff say officers can go|cancel police]",
    "@k:ae_staff {who} [was|had been] [shouting in the waiting room|banging on the cubicle "
    "walls|shouting at the reception desk] [earlier|{time_ago}] [but|and] [has settled|is "
    "now sat quietly|has calmed down with the MH liaison nurse], [no one hurt|no damage|no "
    "threats to anyone], [staff happy to manage|police not required now]",
    "[ward|{ward}|ED] [update|ringing back] - {who} [now settled|calmer now|sleeping] after "
    "[shouting and banging|being verbally aggressive|an episode of shouting], [no assault|no "
    "one hurt|no damage done], [police no longer required|staff managing|stand down]",
    "@k:ward_nurse,ae_staff c/r says '{he} was [shouting and banging|kicking off "
    "verbally|banging on the door] but {he}'s [calmed right down|settled now|sat with a "
    "nurse], [we don't need police anymore|you can cancel|we're fine now]'",
    "@k:ward_nurse,ae_staff {who} [was threatening to leave|kept threatening to walk "
    "out|was banging on the exit door] [earlier|{time_ago}] but [has now settled|is now "
    "calm|has agreed to stay], [staff managing|no police needed now|for info]",
)
WARD_ASSAULT = (
    "{who} [was|has been] [shouting and banging|kicking off] [on the ward|in the department|in "
    "the suite] and has [punched|kicked|slapped|bitten] [a nurse|a HCA|a member of "
    "staff|another patient] [{time_ago}|just now|earlier], [minor injury|red mark|bruising], "
    "[staff want to report it|staff want to press charges|victim wants police]",
    "@k:ward_nurse,ae_staff c/r says '{he} [threw a chair at|swung for|punched] [one of my "
    "nurses|a HCA|the doctor] [{time_ago}|just now], [she's got a bruise|he's got a cut "
    "lip|she's shaken up], we want it reported'",
)

# ---- threatened self-harm with an everyday object: taken away vs still held -
MEANS_REMOVED = (
    "{who} [threatened|said {he} would try] to [hurt {himself}|cut {himself}|stab "
    "{himself}|harm {himself}] with a [pen|plastic fork|pencil|broken CD case|biro] "
    "[earlier|{time_ago}|this evening], [it was taken off {him}|staff took it off {him}|{he} "
    "handed it over] [straight away|without a struggle|and {he} is now calm], {he} is [on 1:1 "
    "obs|on 1:1 observation|on continuous obs|being watched 1:1] and [calm|settled|watching "
    "TV|chatting to staff]",
    "{who} [had|was holding] a [phone charger cable|shoelace|dressing gown cord|sock] and "
    "[threatened to tie it round {his} neck|said {he} would use it on {himself}] "
    "[earlier|{time_ago}], [staff took it off {him}|{he} gave it to the nurse|it has been "
    "removed], [no injury|no marks|not hurt], [now on 1:1|1:1 in place|nursed on 1:1], {he} is "
    "[now calm|settled|asleep|eating a sandwich]",
    "[pt|{who}] [threatened|tried] to [scratch|cut] {himself} with [a plastic knife|a ring "
    "pull|a broken pen|the edge of a tray] - [item removed|taken off {him}|handed over], [no "
    "injuries|superficial scratch only], [1:1 obs|on 1:1|continuous obs], [calm|settled], "
    "[staff managing|for info]",
    "@k:police_officer,ward_nurse,ae_staff {who} [said|was saying] {he} [would hurt "
    "{himself}|was going to harm {himself}] with [a pen|a fork from {his} dinner tray|a piece "
    "of broken plastic] but [staff took it away|{he} handed it to officers|it has been "
    "removed], {he} [is now on 1:1 with a nurse|has a nurse with {him} 1:1], "
    "[calm|settled|talking], [staff say officers can leave|staff happy to manage]",
    "@k:ward_nurse,ae_staff c/r says '{he} [threatened to hurt {himself}|said {he}'d stab "
    "{himself}] with a [pen|biro|fork], [we've taken it off {him}|{he} gave it to me], {he}'s "
    "on 1:1 now and [{he}'s calm|{he}'s settled|{he}'s chatting], we just [wanted you to "
    "know|wanted it logged]'",
)
MEANS_KEPT = (
    "{who} [is threatening|has threatened] to [hurt {himself}|cut {his} throat|stab "
    "{himself}] with a [broken bottle|piece of glass|razor blade|pair of scissors|pen] and "
    "[still has it|won't put it down|won't hand it over], [staff can't get near {him}|{he} has "
    "barricaded {himself} in {his} room|{he} is holding it to {his} neck]",
    "{who} [has|has got] a [phone charger cable|belt|dressing gown cord] [round {his} "
    "neck|tied to the door] and [won't let staff near|has blocked the door|is pulling it "
    "tight], [{he} is going red|staff can't get in]",
    "[pt|{who}] [holding|has] [a shard of glass|a razor blade|a broken mirror piece|a "
    "sharpened pen] [to {his} wrist|to {his} neck] - [won't hand it over|won't drop "
    "it|cutting], [staff can't get close|room barricaded], [bleeding|already cut {himself}]",
    "@k:police_officer,ward_nurse,ae_staff {who} [said|is saying] {he} [will hurt "
    "{himself}|is going to kill {himself}] with [a piece of glass|a blade {he} had hidden|a "
    "broken plate] and [still has it|won't give it up], [{he} won't let anyone near|staff and "
    "officers can't get near {him}], [has already cut {his} arm|bleeding from {his} wrist]",
    "@k:ward_nurse,ae_staff c/r says '{he}'s got a [piece of glass|blade|razor] and {he}'s "
    "[holding it to {his} neck|cutting {his} arm], we can't get near {him}, {he} [won't put it "
    "down|keeps backing into the corner]'",
    "[staff are|the nurse is] with {him} [at the door|in the corridor], {he} [still has the "
    "[pen|glass|blade] to {his} neck|has cut {his} wrist with it|won't let go of the cord], "
    "[{he} needs help now|staff can't get it off {him}]",
)
OBS_DETAIL = (
    "[1:1 obs in place|on enhanced obs|nurse with {him} at all times]",
    "[room searched|room checked|belongings checked], [nothing else found|no other items]",
    "[duty doctor|on-call psych|RMO] [aware|to review|has seen {him}]",
    "{he} [is|seems] [calm|settled|apologetic] [now|at the moment]",
)

# --------------------------------------------------------------------------
# Context clauses that never raise a flag. Each names the scenario tags it
# suits (families carry tags: person, mh, missing, ward, older, child, intox,
# custody, dv, crime, nonpolice, hazard; "all" suits any).
# --------------------------------------------------------------------------
#: (template, facet it negates, tags): only used when the scenario does not
#: affirm that facet, so "no weapons seen" never contradicts a knife.
NEGATIONS = (
    ("no weapons [seen|mentioned|reported|involved]", "weapon",
     "mh missing intox custody dv crime older"),
    ("[c/r|staff] not aware of any weapons", "weapon", "mh custody dv"),
    ("no [knives|weapons] in the [house|property] per c/r", "weapon", "mh dv"),
    ("denies SI", "si", "mh custody"),
    ("{he} denies any [thoughts of suicide|thoughts of harming {himself}|SI|intent to harm {himself}]",
     "si", "mh custody"),
    ("not [thought to be |]suicidal per [crisis team|c/r|GP|staff]", "si", "mh custody"),
    ("no [current |]SI[ or plan|]", "si", "mh custody"),
    ("nil injuries", "injury", "person dv crime hazard custody"),
    ("no injuries [reported|seen|apparent|mentioned]", "injury", "person dv crime hazard custody"),
    ("no one [hurt|injured]", "injury", "dv crime hazard nonpolice"),
    ("no threats made", "threat", "mh dv crime custody"),
    ("{he} has not threatened anyone", "threat", "mh custody older"),
    ("no threats [to others|to staff|towards anyone]", "threat", "mh custody"),
    ("states {he} would never hurt anyone", "threat", "mh custody"),
    ("no [suggestion|indication|report] of [DV|domestic abuse|any assault]", "dv",
     "mh missing older"),
    ("no access to [tablets|meds|medication][ at home|][ per c/r|]", "means", "mh"),
    ("not thought to have taken anything", "means", "mh custody"),
    ("no [evidence|signs] of self harm", "sh", "mh custody child"),
    ("no crime [disclosed|reported|alleged]", "crime", "person nonpolice"),
    ("no offences disclosed", "crime", "person nonpolice hazard custody"),
    ("{he} is breathing and talking", "unresponsive", "mh intox older custody"),
    ("conscious and breathing", "unresponsive", "intox older hazard custody"),
    ("no drink or drugs involved", "intox", "mh dv custody"),
    ("{he} has not been drinking", "intox", "mh intox older custody"),
    ("{he} is not [aggressive|violent]", "violence", "mh custody older intox"),
    ("nothing physical [happened|per c/r]", "violence", "dv"),
    ("no [sign|smell] of [smoke|fire]", "fire", "nonpolice older"),
    ("nothing [taken|stolen] [per c/r|as far as c/r knows]", "theft", "nonpolice dv"),
    ("no [one else|kids] in the [house|property]", "others", "mh hazard"),
    ("no [alcohol|cans|drugs paraphernalia] seen", "intox", "street"),
    ("{he} [is|seems] sober", "intox", "street"),
    ("[not known to have taken anything|no drink or drugs]", "intox", "medical"),
    ("no [injuries|blood] [seen|visible]", "injury", "street older"),
    ("[no|nil] [crime|offences] [involved|disclosed]", "crime", "street medical older"),
)

#: (template, tags): past events mentioned as background.
HISTORY = (
    ("hx of OD[ x2| x3| in 2021| last year| years ago|]", "mh custody"),
    ("previous attempt [last year|in 2020|a few years ago|when {he} was 19]", "mh custody"),
    ("[known to|open to|under] [the CMHT|the crisis team|MH services|EIP]", "mh custody"),
    ("hx of SH[ (cutting)|][ as a teenager| years ago|]", "mh custody"),
    ("[previously|was] detained [under s3|on a s2] [in 2019|last year]", "mh custody"),
    ("was assaulted by [an ex|{his} ex|a previous partner] in 2019[, dealt with at the time|]",
     "mh dv"),
    ("hx of DV [with|from] [a previous partner|an ex][, dealt with at the time|, NFA|, he was "
     "convicted]", "mh dv"),
    ("previous TTK [in 2020|years ago][, NFA|]", "dv crime"),
    ("[had|was found with] a knife[ on {him}|] [in 2022|years ago|as a teenager] per PNC",
     "mh crime custody"),
    ("has gone missing before and always [turned up|come back] [safe|the next day]", "missing"),
    ("police attended [last month|in March|last year] for a similar call[, all fine|, no issues|]",
     "person dv nonpolice"),
    ("[previous|prev] [burglary|break in] at the address [in 2018|years ago]", "crime nonpolice"),
    ("[old|historic] warning markers on the address [for DV|for weapons][ from 2017|]",
     "mh dv crime custody"),
    ("was stabbed [years ago|in 2015] and still gets anxious", "mh"),
    ("lost {his} [brother|wife|best friend] to suicide [last year|in 2019]", "mh"),
    ("hx of [drinking|alcohol misuse|drug use][, sober for 2 years|]", "mh intox custody"),
    ("[previous|prev] [welfare checks|calls] [at the address|re {him}] [all fine|NFA]", "person"),
    ("{he} was strangled by a previous partner [years ago|in 2018], [dealt with at the time|he "
     "was convicted]", "dv"),
    ("{q} has [a previous|previous|a prev] for [assault|theft|criminal damage] [from years ago|"
     "in 2016]", "dv"),
    ("[took|had taken] an overdose [as a teenager|in 2017] but [none since|been well since]", "mh"),
    ("[previous|old] [fire|arson] at the address [years ago|in 2015], [accidental|chip pan]",
     "hazard nonpolice"),
    ("[has had|had] [falls|a fall] [before|last winter][, no serious injury|]", "older"),
    ("[diagnosed with [dementia|Alzheimer's] [last year|a few years ago]|has had [dementia|"
     "Alzheimer's] for a few years]", "older"),
    ("[has|] [ADHD|autism] and [runs off sometimes|has run off before]", "child"),
    ("[known to|open to] [CAMHS|the school nurse|early help]", "child"),
    ("[regular|known] at [the pub|that spot], [usually|normally] gets home fine", "intox"),
    ("[known to|open to] [the outreach team|StreetLink|the hostel][, sleeps there most nights|]",
     "street"),
    ("has slept rough [in the area|round here] [for years|on and off|since the summer]", "street"),
    ("[has|known to have] [angina|asthma|epilepsy|COPD|diabetes|a heart condition]", "medical"),
    ("[had|has had] [a stent fitted|a stroke|a heart attack] [years ago|in 2019|last year], "
     "[been fine since|well since]", "medical older"),
    ("[had|has had] a [fall|couple of falls] [last year|last winter], [no injuries then|"
     "fine after]", "older medical"),
)

#: (template, tags): what might happen, not what is happening.
HYPOTHETICALS = (
    ("@o if {he} comes back c/r will call again", "missing"),
    ("if {qhe} comes back c/r will call again", "dv crime"),
    ("@o in case {he} turns up [at the address|at c/r's|at {his} mum's]", "missing"),
    ("in case {qhe} turns up [again|at the address|at {his} work]", "dv crime"),
    ("c/r worried it may kick off later[ when {qhe} gets home|]", "dv"),
    ("[c/r would like|asks for] a marker on the address in case {qhe} [turns up|tries to get in]",
     "dv crime"),
    ("c/r will ring 999 if {qhe} [returns|turns nasty|kicks off]", "dv crime"),
    ("@o c/r worried {he} might [do something silly|hurt {himself}] if [{his} benefits get "
     "stopped|the housing falls through][, nothing imminent|]", "mh"),
    ("@n worried about what {he} might do if {he} gets [evicted|bad news] next [month|week]", "mh"),
    ("@k:ward_nurse,ae_staff ward would like police aware in case {he} [tries to leave again|"
     "turns up at {his} mum's]", "ward"),
    ("if there are any problems c/r will ring back", "all"),
    ("c/r asks what to do if {qhe} [shows up with a knife|threatens {him} again]", "dv crime"),
    ("@n if {he} gets hold of tablets c/r worried {he} may take them, [but none in the house|"
     "nothing at the moment]", "mh"),
    ("@o may need police if {he} becomes aggressive[ later|]", "mh"),
    ("would want to know if anything [happens|changes] overnight", "person nonpolice"),
    ("[may need|will need] [more officers|a second unit|another crew] if {he} [becomes "
     "aggressive|kicks off|tries to leave][ later|]", "custody"),
    ("if {he} [refuses|won't go|changes {his} mind] [staff|crew] may ask for [help|police "
     "assistance]", "custody"),
    ("[ward|staff] [worried|concerned] {he} [might|may] try to leave if [the wait goes on|"
     "no bed is found]", "custody"),
    ("c/r says {he} could kick off if [the ambo takes too long|{he} is told no]", "custody"),
    ("@o family worried {he} may wander again if [the door isn't locked|no one stays over]",
     "older"),
    ("@o c/r worried {he} may [run off|hide] again if [told off|nobody watches {him}]", "child"),
    ("if {he} [sobers up|wakes up] {he} may [wander off|try to drive home]", "intox"),
    ("@o if {he} is still there [in the morning|later] c/r will ring again", "street"),
    ("@o c/r worried {he} [could|might] get very cold [later|overnight] if {he} stays out",
     "street"),
    ("if {he} gets worse c/r will ring [999|the ambulance] again", "medical older"),
    ("@o family worried {he} [may|might] fall again if [no one stays|the carers don't come]",
     "older"),
)

#: (template, tags): harmless uses of alarm words.
DISTRACTORS = (
    ("c/r [apologises|says sorry], says the queue [was|is] killing {chim}", "all"),
    ("@n c/r had a flu shot [today|earlier] and is [feeling|a bit] rough", "person nonpolice"),
    ("@n c/r is [due at|off to] bridge club [after this|later]", "person nonpolice crime"),
    ("c/r says {che} is drowning in paperwork[ at work|]", "all"),
    ("@n [neighbour|workmen] using a nail gun [next door|outside][ so hard to hear|]", "all"),
    ("@n c/r was [cutting veg|chopping onions] with a kitchen knife when {che} [heard|noticed] "
     "[this|the noise]", "person nonpolice crime"),
    ("@n c/r was on the way back from returning overdue library books", "person crime nonpolice"),
    ("c/r's phone [battery|is] about to die", "all"),
    ("c/r [had to leave|left] the fire drill at work to make this call", "person crime nonpolice"),
    ("@n c/r was [using|holding] a glue gun doing [crafts|the grandkids' costumes] at the time",
     "person nonpolice"),
    ("@n c/r [was hanging out|had just hung out] the washing when {che} [saw|noticed]", "all"),
    ("@n c/r was [picking up|collecting] {chis} [tablets|prescription] from the pharmacy at the "
     "time", "person crime nonpolice"),
    ("@n c/r [mentions|says] {che} [cut|stabbed] {chis} finger on a rose thorn [gardening|earlier], "
     "[not relevant|unrelated]", "person nonpolice"),
    ("c/r [dying for|gasping for] a brew, been on hold ages", "all"),
    ("c/r [was|is] managing the [shop|bar|site|front desk] at the time", "crime nonpolice dv hazard"),
    ("@p [it's|it is] [mayhem|chaos] on the [ward|unit] [tonight|today], [short staffed|"
     "two off sick]", "ward custody"),
)

# --------------------------------------------------------------------------
# Updates. Each pool has a kind and an effect on the running state; a key
# missing from the effect leaves that part of the state unchanged.
#   escalate: raises a flag; clear: found safe / risk gone; control: risk now
#   managed by clinicians; retract: earlier facts corrected; neutral: no change.
# Policy table: "found safe and well, no concerns" resolves everything (concern
# 0 too, so all three flags 0); found but some concern remains ("distressed,
# crisis team to follow up") keeps the welfare concern; clinicians in control
# with no violence leave welfare_only; a parent back after a young child was
# left alone ends the threat but not the neglect offence.
# --------------------------------------------------------------------------
UPDATE_POOLS = {
    "person_escalate": ("escalate", {"threat": 1}, (
        "@o {who} has [now |since |][texted|messaged] c/r '[sorry|love you all|look after the "
        "kids]' and {his} [insulin|tablets|car keys and the hosepipe] [are|have] gone",
        "@o c/r [now says|has realised|has found that|says] {his} [pills|insulin "
        "pens|prescription] [are missing|have gone] and {he} [rang to say sorry|said goodbye] "
        "[earlier|{time_ago}]",
        "@o {who} [is now|is|has been] [on the phone to c/r|texting c/r] from {height} [saying "
        "sorry|saying {he} loves them|and won't say why {he} is there]",
        "@o {who} is [now on|on|sat on] {height} [and won't come down|and has stopped "
        "answering|, c/r is on the phone with {him}, {he} is saying goodbye]",
        "@o c/r thought {he} was managing [ok|better] but {he} has [now |since |][sent a goodbye "
        "text from {height}|taken {n_tabs} {meds}]",
        "@o {who} [is now|is|has started] texting that {he} has taken {n_tabs} {meds}",
        "@s c/r [now says|says|has said] {he} has [just |][taken|swallowed] {n_tabs} {meds}",
        "@o {who} has [now|since|] [sent|texted] [a goodbye message|a message saying goodbye] "
        "and [is at|is on] {height}",
        "@o c/r has [now |since |]found [a note|a goodbye letter] and [{his} tablets are "
        "gone|the rope from the shed is missing]",
        "@o [c/r now at the address,|c/r got to the address and|at the address c/r] can see "
        "{who} on the floor not [moving|responding]",
        "@o {who} [has just|just|has] rung c/r [from|at] {rail} [saying sorry|saying goodbye]",
        "{who} [is now|is|has been seen] standing on the wrong side of the railings [on|at] "
        "{height}",
        "@o {his} [phone|location] [now shows|shows|has pinged] {him} at {height} and {he} [is "
        "saying|texted] [{he} is going to jump|this is it]",
        "@s c/r [now says|says|states] {he} is [at|on] {height} and [is going to jump|won't come "
        "down]",
        "@o {who} has [now |since |][cut {his} wrists|cut {his} arm badly] [and there is a lot "
        "of blood|, bleeding heavily]",
        "@o c/r [rang back|called back|recontacted] [in tears|panicking|very upset] - {who} "
        "[has taken|swallowed|says {he} took] {n_tabs} {meds} and [is drowsy|is slurring|sounds "
        "sleepy]",
        "@o [second call|another call|c/r rang again]: {he} [sent a photo of tablets lined "
        "up|has said goodbye to {his} kids and switched {his} phone off], [{his} tablets are "
        "missing from the cupboard|{his} insulin has gone too]",
    )),
    "older_escalate": ("escalate", {"threat": 1}, (
        "{who} [has now been|has been|was] seen [walking in the road on the bypass|by {water} "
        "in {his} nightclothes|on the railway line]",
        "[a driver|a MOP|a bus driver] [has reported|reports] {him} [in the road on the "
        "bypass|by {water} in {his} slippers], [very cold|soaked through|falling over]",
        "[found|located] [collapsed|on the floor] [in the park|by the bins|in an alley] and "
        "[not responding|very cold and barely responsive]",
    )),
    "intox_escalate": ("escalate", {"threat": 1}, (
        "{he} [has now|now|has] [stopped breathing|stopped responding|gone unconscious]",
        "{he} [has now|has|just] collapsed and [isn't responding|is fitting|has gone blue]",
        "c/r [rang back|says] {he} [can't be woken|won't wake up] and {his} breathing is [noisy "
        "and irregular|very slow|gurgly]",
    )),
    "intox_crime": ("escalate", {"crime": 1}, (
        "{he} has now [punched|hit|headbutted] [door staff|a passer-by|the security guard]",
        "{he} has now [smashed|kicked in] [a shop window|the bus stop glass]",
    )),
    "person_clear": ("clear", {"threat": 0, "concern": 0}, (
        "@o [found|located] safe and well at [{his} sister's|a friend's|{his} mum's|home|"
        "{landmark}], no concerns",
        "@o {who} has [come home|returned home|turned up at {his} mum's] [safe and well|and is "
        "fine]",
        "@o c/r [rang back|called back]: {he} [answered the phone|has been in touch] and is "
        "[fine|safe], was [asleep|at work|at a friend's|out of battery]",
        "[officers|patrol|police] [located|found] {who} [safe|safe and well][, taken home| and "
        "no concerns|]",
        "@o {who} [has been in touch|has rung c/r|has texted c/r|has messaged {his} sister] - {he} "
        "[is fine|is safe|was just at a friend's|had fallen asleep], [no further concerns|c/r "
        "apologises|all ok now]",
        "[found|located|traced] [safe and well|fine|unharmed] [by family|by c/r|by officers] [at "
        "{landmark}|at a friend's|at home], [no further concerns|MISPER closed|no concerns|nothing "
        "further]",
        "@o {who} has [just|now] [walked in|come through the door|rung c/r] and is [fine|safe "
        "and well|absolutely fine], [had {his} phone on silent|was at a mate's|fell asleep at "
        "a friend's], [no further concerns|c/r very apologetic|log can be closed]",
        "@o c/r [now says|says] {he} [is now home|is back now|has just got home] [safe|and is "
        "fine], [no concerns now|nothing further needed|sorry for the trouble]",
    )),
    "person_control": ("control", {"threat": 0}, (
        "[paramedics|the crew|crisis team] [now|have now] [got to|reached] {him}, {he} is "
        "[calm|talking|settled] and [has agreed to go to A&E|is going with them|handed over "
        "what {he} had], [they are managing|police not needed]",
        "@o {his} [family|brother|mum] [now|are now] with {him} [and|,] [{he} is calm|{he} is "
        "talking], crisis team [on the phone with them|visiting tonight|aware], [no police "
        "required|risk managed]",
        "{who} [is now|now] at A&E with [paramedics|crew|family] and [being seen|calm|engaging], "
        "[no police needed|hospital managing]",
        "{who} is now with paramedics who are managing, no police req",
        "[crew|ambo] now on scene with {him} and managing[, no police required|, police not "
        "needed|, stand down]",
        "{who} has [agreed to go|gone] to A&E [with {his} mum|in the ambulance|voluntarily]"
        "[ and is calm|, crisis team meeting {him} there|]",
        "crisis team [now|are] with {him}[ and|,] [{he} is calm|risk managed|{he} has handed "
        "over the tablets]",
        "[paramedics|crew] [treating|have treated] {him} at the scene, [stable|talking], "
        "[happy to manage|no police needed]",
        "[a crew|paramedics|the crisis team] [has just|have just] [arrived|got there] and {he} "
        "is [now |][sat with a paramedic|talking with a crisis worker|calm], [they are managing|"
        "police not needed|stand down]",
    )),
    "contact_neutral": ("neutral", {}, (
        "@o c/r [has tried|tried] {his} [work|friends|ex] - [nobody has seen {him}|no one has "
        "heard from {him}]",
        "@o [bank|phone] [not used|no activity] {since}",
        "@o c/r rang again, still no [answer|contact]",
        "@o c/r now at the address, [no answer|no reply] at the door",
        "@o {his} [mum|sister|brother] [has also|also] tried ringing, no answer",
        "[last seen|seen] wearing {clothes}",
        "@o c/r [has sent|will send] a photo of {him}",
        "@o c/r [thinks|says] {he} may have gone to [{his} ex's|the pub|{landmark}]",
        "@p [AWOL|missing] form [done|completed][ and photo sent|]",
        "@o {his} phone [now|still] going to voicemail",
        "@o c/r has [just|now] [tried|rung] {his} [work|best friend|ex] [again|as well], "
        "[nothing|no news]",
        "@o c/r can [now |]see {his} [car|bike] is [gone|not outside]",
    )),
    "care_neutral": ("neutral", {}, (
        "[GP|the surgery|adult social care|the duty social worker] [informed|will follow up "
        "tomorrow|aware]",
        "@o c/r [has|has now] [sent {his} brother round|asked a neighbour to pop in]",
        "[ambo|ambulance] [still|] [not arrived|on the way|delayed]",
        "[crisis team|the CMHT|GP] [aware|informed] and will [try to call {him}|visit "
        "tomorrow|ring c/r back]",
        "[ambo|ambulance] ETA [now|is] {eta}",
        "@s c/r [happy to|agreed to] [stay on the line|speak to the crisis team]",
        "@o c/r [is|is still] with {him}",
        "@o c/r [has|will] [ring|rung] {his} [sister|mum|GP] as well",
        "[111|NHS 111|MH triage] [also|] [aware|contacted]",
        "[ambo|ambulance|EOC] [has just|have just|has now] [rung back|called c/r back], "
        "[ETA {eta}|still no time|now {eta}]",
        "@o c/r has [just|now] [rung|messaged] {his} [sister|son|daughter|GP] [as well|too]",
        "[GP|the crisis team|adult social care] [has now|have now|has just] been [told|informed]",
        "@o c/r [can stay|is staying] with {him} [until help arrives|for now]",
    )),
    "to_crime": ("escalate", {"crime": 1}, (
        "@o {who} has now [disclosed|told c/r|said] that {his} [partner|boyfriend|husband|"
        "girlfriend] [hit|punched|slapped] {him} [last night|{days_ago}]",
        "{who} now [says|discloses] [someone|{q}] [took|has taken] {his} [bank card|money|"
        "phone] {days_ago}",
        "{who} now [says|discloses] {he} was [punched|assaulted|attacked] [in town|outside "
        "{landmark}] {days_ago}",
        "@s c/r now [says|discloses] {his} [partner|ex] [has been hitting {him}|threatened to "
        "kill {him} last night|keeps turning up after being told to stop]",
    )),
    "walkout_clear": ("clear", {"threat": 0, "concern": 0}, (
        "{who} has [returned|come back] [to the ward|to the department|] [of {his} own "
        "accord|with {his} mum|by "
        "taxi][, settled|, no injuries|, safe|]",
        "[staff|security] found {who} in [the hospital grounds|the canteen|the smoking shelter|"
        "the car park], [back on the ward|safe]",
        "{who} [rang|phoned] the ward [from {his} mum's|from home] and [agreed to come back|is "
        "safe], [family bringing {him} back|staff collecting][, no further concerns|]",
        "[located|found] safe and well [at home|at {his} mum's|in town], [returned to {site}|"
        "ward aware]",
        "{who} has [just|now] walked back onto the ward[ with a coffee| with a bag of "
        "shopping|], [no concerns|all fine|settled]",
    )),
    "child_clear": ("clear", {"threat": 0, "concern": 0}, (
        "[found|located] [safe|safe and well] [in the play area|hiding in the garden|at a "
        "neighbour's|in the shop], [back with c/r|with mum|no injuries]",
        "[child|{name}] [found|located|turned up] [safe and well|unhurt|fine] [behind the "
        "sofa|asleep in the shed|at a friend's house|with {his} grandparents], [no further "
        "concerns|all fine|no injuries]",
    )),
    "person_found_concern": ("clear", {"threat": 0}, (
        "@o [found|located|traced] [at {landmark}|in town|at the station|at a friend's] [but|and] "
        "{he} is [very upset|cold and tearful|distressed|not making much sense|very low], "
        "[family with {him} now|being checked over by crew|crisis team to follow up|needs "
        "support|GP to follow up]",
        "@o {who} has [come home|turned up at {his} mum's|been found] [but|and] is [very low|"
        "withdrawn|upset|not {himself}], [c/r wants {him} seen by the crisis team|GP to follow "
        "up|c/r asking for MH support]",
        "[officers|patrol|a unit] [found|located] {who} [at {landmark}|walking along {street}], "
        "[cold and confused|upset|tearful|distressed], [taken to A&E to be checked|handed to "
        "family, crisis team to follow up|needs support, referred to MH triage]",
        "@o {who} [is now|has now got] [home|back to {his} mum's|back at c/r's] [and|but] is "
        "[tearful|very low|not talking much], [nothing taken|no injuries|says {he} just walked "
        "for hours], [c/r will stay with {him}|crisis team to ring {him} tomorrow]",
        "@o {who} has just [rung|texted] c/r from [{landmark}|a friend's] - {he} is [upset|low|"
        "crying] but [safe|with a friend], [c/r going to collect {him}|GP to follow up]",
    )),
    "walkout_located": ("clear", {"threat": 0}, (
        "{who} [located|found|traced] at [{his} mum's|home|a friend's|{landmark}], [refusing to "
        "come back|says {he} will come back tomorrow|ward to arrange return|wants to stay there "
        "tonight], [ward happy|no risk concerns|ward to follow up]",
        "{who} has [rung|phoned] the ward [from home|from {his} mum's] [upset|tearful] and "
        "[won't come back yet|wants to talk to the doctor first], [ward staff to follow up|home "
        "treatment team to visit]",
        "{who} has [just|now] [rung|texted] the ward - {he} is [now |][at {his} mum's|at "
        "home|in town with a friend] and [will come back later|wants to stay out tonight], "
        "[ward aware|no risk concerns|staff to ring {him} in the morning]",
    )),
    "parent_back": ("clear", {"threat": 0}, (
        "[mum|dad|the parent|a parent] has [now|] [come back|returned|turned up][ from the "
        "shop| from the pub|], [child safe|{he} is safe and unhurt|child now with {his} mum], "
        "[social care to be informed|officers to speak to the parent|referral to children's "
        "services]",
        "[c/r|a neighbour|police] [got in|has got in] and [has|is holding] {who}, [safe|not "
        "hurt], [parents still not back|no sign of the parents], [social care aware|EDT "
        "informed]",
    )),
    "lig_control": ("control", {"threat": 0}, (
        "[crisis team|HTT|paramedics|the crew] now [there|on scene|with {him}], [ligature "
        "removed|the cord is off|they have cut it off], {he} is [talking|calm|breathing "
        "normally], [agreed to go to the crisis house|going to A&E voluntarily|no police "
        "needed]",
        "@o c/r [has|now] got the [cord|belt|ligature] off and {he} is [breathing and "
        "talking|sat up and crying|talking], [crisis team now there|crew just arrived and "
        "managing]",
    )),
    "height_control": ("control", {"threat": 0}, (
        "{he} has been [talked back over the railings|talked down|brought back over|talked off "
        "the roof] and is [now with paramedics|with {his} family|in the ambulance][, calm|, "
        "talking|]",
        "{he} [climbed|came] back over [on {his} own|after talking to c/r] and is now [with "
        "crew|sat in the ambo|with {his} dad], [calm|settled], [crisis team to see {him}|no "
        "police needed]",
    )),
    "nb_control": ("control", {"threat": 0}, (
        "{he} has [now woken up|come round] and is [talking|sitting up], [crew now with "
        "{him}|paramedics checking {him} over|ambo now on scene]",
        "[crew|paramedics] now [on scene|there], {he} [is breathing|has come round], "
        "[talking|alert], [being taken in|managing|no police needed]",
    )),
    "crisis_escalate": ("escalate", {"threat": 1}, (
        "{he} has [now |since |][run away from the crew|walked away from the ambulance|pulled "
        "away from {his} family|run off from the crew] [towards {height}|towards {rail}|saying "
        "{he} will finish it]",
        "@o {his} [mum|partner|brother] [now says|says|has rung to say] {he} has locked "
        "{himself} in the bathroom [again|] and won't answer[ and has another cord|]",
        "[crew|the crisis worker|{his} brother] [lost sight of {him}|couldn't stop {him}] and "
        "{he} [is back at {height}|has got hold of another cord|has taken the tablets from the "
        "drawer]",
    )),
    "height_escalate": ("escalate", {"threat": 1}, (
        "{he} [has now|now|has] [gone back over the railings|climbed back onto the ledge|pulled "
        "away and is back on the edge]",
        "[as crew arrived|when the crew got there|a few minutes later] {he} [climbed back "
        "over|went back onto the ledge|pulled free and went back to the edge]",
    )),
    "nb_escalate": ("escalate", {"threat": 1}, (
        "{he} has [now |since |][gone floppy again|stopped responding again|stopped breathing "
        "again|gone blue again]",
        "c/r [rang back|says] {he} [went floppy|stopped talking|stopped breathing] [a minute "
        "later|while they waited|as the crew arrived] and [can't be woken|isn't responding]",
    )),
    "fallen_clear": ("clear", {"threat": 0, "concern": 0}, (
        "[the neighbour|{his} son|{his} daughter|the lifting team|carers|the response service] "
        "[got|helped] {him} up, [no injuries|not hurt], [sat in {his} chair|back in bed|having a "
        "cuppa], [no further concerns|all fine|log can be closed]",
        "{he} [managed to get up|got {himself} up] [with c/r's help|using the sofa], [not "
        "hurt|no injuries|fine], [no further concerns|police no longer needed]",
    )),
    "fallen_escalate": ("escalate", {"threat": 1}, (
        "{he} has [now |since |][gone quiet|stopped answering|gone very drowsy|started being "
        "sick] and [c/r can't rouse {him}|isn't making sense|has gone grey]",
        "c/r [now says|says|has noticed] {he} [did bang {his} head|has a lot of blood coming "
        "from {his} head] and is [drifting off|not making sense]",
        "[on callback|when c/r rang back|second call] {he} [was drowsy and being sick|had gone "
        "cold and grey|wasn't answering c/r any more]",
    )),
    "older_settled": ("clear", {"threat": 0, "concern": 0}, (
        "{his} [daughter|son|carer|neighbour] has [arrived|got there] and is with {him}, [no "
        "further concerns|all settled|no further action needed]",
    )),
    "street_clear": ("clear", {"threat": 0, "concern": 0}, (
        "[outreach team|StreetLink|the night shelter|the hostel] [have|has] [found {him} a "
        "bed|picked {him} up|taken {him} in], [no further concerns|all sorted]",
        "{he} has [gone into|accepted a bed at] [the shelter|the hostel|the night shelter], [no "
        "further concerns|no police action]",
    )),
    "street_escalate": ("escalate", {"threat": 1}, (
        "c/r [went back|checked again] and {he} is [now |][not responding|not waking up|cold "
        "and not moving|breathing very slowly]",
        "[a second caller|another MOP|shop staff] [report|says] {he} [can't be woken|won't "
        "rouse] and {his} breathing is [noisy and irregular|very shallow|gurgly]",
    )),
    "medical_control": ("control", {"threat": 0}, (
        "[ambo|paramedics|the crew|a rapid response car] [now|has now|have now] [arrived|on "
        "scene|there] and [taken over|are managing|are treating {him}], [police not "
        "required|stand down|no police needed]",
        "crew [now|] on scene, {he} is [stable|talking|more settled], [being taken to {hosp}|"
        "paramedics managing], [police no longer needed|for info]",
    )),
    "medical_escalate": ("escalate", {"threat": 1}, (
        "{he} has [now |since |just ][collapsed|stopped responding|gone blue|gone grey and "
        "clammy]",
        "c/r [now says|says|rang back to say] {he} [has chest pain and is sweating|can't breathe "
        "properly|has started fitting]",
    )),
    "s136_found": ("clear", {"threat": 0}, (
        "{who} [located|found|detained again] [by officers|by patrol] [at {landmark}|on "
        "{street}|near {height}], [calm|unhurt], [returned to {site}|back at the suite]",
    )),
    "violence_escalate": ("escalate", {"threat": 1, "crime": 1}, (
        "{q} has come back and is [banging on the door|trying to get in] [with a {weapon}|"
        "shouting {qhe}'ll kill {him}]",
        "@o c/r can [now |]hear [screaming|{him} screaming] and [banging|thuds]",
        "{q} has [now |since |][got|picked up] a [knife|kitchen knife|{weapon}][ from the "
        "kitchen|]",
        "{who} [is now|is|has been left] [unconscious|not responding|bleeding heavily from {his} "
        "head]",
        "{q} [is|has started] [hitting|kicking] {him} again[ and c/r can hear it|]",
    )),
    "order_escalate": ("escalate", {"threat": 1}, (
        "{q} has [now |since |][pulled a knife|picked up a bottle and glassed someone|knocked a "
        "customer out cold]",
        "{q} is [now |][kicking|stamping on] [a member of staff|someone] on the floor",
    )),
    "ttk_escalate": ("escalate", {"threat": 1}, (
        "{q} has [now|just] turned up [at the address|outside|at {his} work] [with a {weapon}|"
        "and is trying to get in|and is kicking the door]",
        "{q} is [now |]outside [shouting {qhe}'ll kill {him}|with a {weapon}]",
    )),
    "violence_clarify": ("retract", {"threat": 0}, (
        "c/r now [clarifies|says] it was [a push|a slap|pushing and shoving], no weapon[, just a "
        "[small cut|red mark|bruise]|]",
        "[CCTV operator|c/r] [confirms|now says] the '[knife|weapon]' was [a phone|a hairbrush|"
        "a TV remote], no injuries",
        "[ambo|crew] [on scene|] [say|confirm] injuries [minor|superficial|not serious], {he} "
        "is walking and talking",
    )),
    "crime_neutral": ("neutral", {}, (
        "{q} [left|made off] [in a {veh}|on foot towards {landmark}|on a pushbike]",
        "[CCTV|doorbell footage] [available|shows the whole thing]",
        "c/r [has|will send] [photos|screenshots]",
        "[suspect|{q}] [described as|wearing] {clothes}",
        "c/r [happy to|willing to] [give a statement|support a prosecution]",
        "c/r [not sure|unsure] if {he} wants to [make a complaint|go ahead]",
        "c/r [knows|has] [a name|an address] for {qhim}",
    )),
    "assault_neutral": ("neutral", {}, (
        "IP [declines|doesn't want] an ambulance",
        "IP [has gone|went] to A&E [by car|with a friend|to get checked]",
        "{q} [left|ran off] [towards {landmark}|in a {veh}|on foot]",
        "[door staff|CCTV|witnesses] [saw it all|have it on camera|holding {qhim}]",
    )),
    "dv_neutral": ("neutral", {}, (
        "{q} has now left the address[ on foot| in a {veh}|]",
        "kids [are|were] [in the house|asleep upstairs]",
        "IP [declines|doesn't want] an ambulance",
        "{who} [is|now] at a [neighbour's|friend's]",
        "c/r [doesn't|does not] want {q} arrested[, just wants {qhim} to leave|]",
        "c/r [will|can] [stay on the line|go to a neighbour's]",
    )),
    "dv_to_crime": ("escalate", {"crime": 1}, (
        "c/r now [says|discloses] {q} [pushed|slapped|shoved] {him} before [leaving|going out]",
        "c/r now [says|discloses] {q} [smashed|broke] {his} phone [so {he} couldn't call|during "
        "the row]",
    )),
    "theft_retract": ("retract", {"crime": 0, "threat": 0}, (
        "c/r [has|now] found [the purse|{his} phone|{his} wallet|the bike|the card] [down the "
        "side of the sofa|in {his} car|at {his} mum's|in the garage][, nothing taken|, apologises|"
        ", no crime]",
        "[{his} son|{his} partner|a family member] had [borrowed|moved] [it|the bike|the card] "
        "[and has now brought it back|with permission], [no crime|c/r apologises]",
        "bank [has|now] confirmed the [transactions|payments] were [{his} own standing order|"
        "legit|{his} son's with permission], no fraud",
    )),
    "damage_retract": ("retract", {"crime": 0, "threat": 0}, (
        "c/r now [thinks|says] the damage was [from the storm|done by the bin lorry|an accident "
        "by {his} own kids], [no crime|doesn't want police]",
        "[neighbour|c/r] now [says|realises] [a branch came down|the wind blew the fence over|"
        "it was the council's tree surgeons], no crime",
    )),
    "burglary_escalate": ("escalate", {"threat": 1}, (
        "c/r can [now |]see {qhim} has a [crowbar|knife|hammer] and [is coming up the stairs|is "
        "trying the bedroom door]",
    )),
    "fire_clear": ("clear", {"threat": 0, "concern": 0}, (
        "fire now out, no one inside",
        "fire service [confirm|report] [the fire is out|property empty], no one [inside|hurt]",
        "[fire out|FRS extinguished it], [property empty|occupants were out|no persons inside]",
    )),
    "arson_clear": ("clear", {"threat": 0, "concern": 0}, (
        "fire [now out|put out], [everyone out safe|family out and unhurt|no one hurt]",
    )),
    "hazard_control": ("control", {"threat": 0}, (
        "[pulled out|rescued|got out] [by passers-by|by fire service|by a dog walker], now with "
        "paramedics who are managing",
        "[casualty|person] [freed|out] and [conscious|talking], [crew|paramedics] managing, "
        "[no police needed|for info]",
    )),
    "hazard_neutral": ("neutral", {}, (
        "[fire service|FRS|ambo] [on scene|en route|ETA {eta}]",
        "c/r [staying on the line|keeping clear]",
        "[road|lane] [blocked|partially blocked]",
    )),
    "s136_ligature": ("escalate", {"threat": 1}, (
        "staff were managing {him} but {he} has [now |since |][tied a ligature in the "
        "toilet|got a cord round {his} neck] and is [going blue|unresponsive]",
        "{who} has [now |since |][tied a ligature|got hold of a [cord|belt] and put it round "
        "{his} neck]",
        "{who} is [now |]banging {his} head [against the wall|on the door] [repeatedly|and "
        "bleeding heavily]",
    )),
    "s136_assault": ("escalate", {"crime": 1}, (
        "{who} has [now |since |just ][punched|kicked|spat at] a [nurse|officer|member of "
        "staff]",
    )),
    "s136_control": ("control", {"threat": 0}, (
        "{he} is now [settled|calm|sitting quietly] [and|,] [clinicians managing|on 1:1 with "
        "staff|being treated by the duty doctor], [injuries minor|no serious injury]",
    )),
    "s136_neutral": ("neutral", {}, (
        "[AMHP|doctor] [now |]due [in {eta}|{eta}]",
        "still no bed [identified|found]",
        "officers [now|been] at the suite {hrs} hrs",
        "[NIC|staff] [refusing|unable] to take handover [until assessed|due to staffing]",
    )),
    "convey_escalate": ("escalate", {"threat": 1, "crime": 1}, (
        "crew were managing but {who} has [now |since |][grabbed|pulled] a [knife|blade] [on "
        "them|from {his} pocket] and is threatening to [stab|cut] them",
        "{who} has [now |suddenly |][grabbed|picked up] a [kitchen knife|knife|screwdriver] "
        "and is [threatening|waving it at] the crew",
    )),
    "convey_neutral": ("neutral", {}, (
        "ambo [now |]ETA {eta}", "bed [confirmed|now confirmed] at {site}",
        "AMHP [on scene|en route]", "[bed manager|site manager] [aware|informed]",
    )),
    "school_neutral": ("neutral", {}, (
        "[social care|MASH|children's services] [informed|aware]",
        "[parents|family] not [aware|told] yet", "{he} is [with staff|in the office] now",
    )),
    "np_neutral": ("neutral", {}, (
        "c/r [given|provided with] [advice|101|the right number]",
        "c/r happy with advice", "c/r [thanked|satisfied with the response]",
    )),
    # -- worried about what someone might do: it happens after all ------------
    "worry_escalate": ("escalate", {"threat": 1, "crime": 1}, (
        "{q} has [now |just |since ]turned up at {his} [door|house|work] with a {weapon} "
        "[and is shouting {qhe}'ll kill {him}|and is trying to get in]",
        "{q} [has just|has] [messaged|rung] saying {qhe} [is outside with a knife|will kill "
        "{him} tonight] and c/r can see {qhim} [in the street|at the gate]",
    )),
    "worry_neutral": ("neutral", {}, (
        "c/r [given|has been given] safety advice and the number for [the IDVA service|Women's "
        "Aid|the DA helpline]",
        "[a marker|a warning marker|an address marker] [placed|to be placed|requested] on "
        "c/r's address",
        "c/r [will ring|knows to ring] 999 if {qhe} [turns up|makes contact]",
        "c/r [has now|has just] [blocked {qhis} number|told {his} family|changed {his} locks] [as "
        "a precaution|just in case]",
    )),
    "worry_to_crime": ("escalate", {"crime": 1}, (
        "{q} has [now |since |just ]started [messaging|ringing] {him} [again|from a new "
        "number] [despite bail conditions|despite a non-mol|after being told to stop]",
        "c/r [now says|has since found out] {q} [has been driving past {his} house every "
        "night|has been waiting outside {his} work], [for a week|since {days_ago}]",
    )),
    # -- collapse first reported, then an update (the newest fact wins) --------
    "collapse_woke": ("clear", {"threat": 0}, (
        "{he} has [now|just|since] [woken up|come round|opened {his} eyes] and is [sitting "
        "up|talking|sat up and talking], [breathing normally|colour coming back|knows where {he} "
        "is], [ambo still coming to check {him} over|a first aider is with {him}|c/r staying "
        "with {him}]",
        "c/r [rang back|calling back|updating]: {he} [is awake now|has come round|woke up] "
        "and is [talking|sitting up|asking what happened], [breathing fine|no injuries seen|"
        "embarrassed but ok]",
        "[{he} is|pt is] [now|] [awake|conscious], [sat up|sitting in a chair], [talking in "
        "full sentences|GCS 15|chatting], [ambo aware|ambo to assess|staff with {him}]",
    )),
    "collapse_still": ("neutral", {}, (
        "{he} is still [not breathing|not responding|unresponsive], [c/r still doing CPR|c/r "
        "swapping with a passer-by on CPR|defib now attached]",
        "[still|] no [response|signs of waking] from {him}, [breathing noisy and "
        "irregular|lips still blue|c/r can't feel a pulse]",
        "c/r [rang back|says] {he} [still hasn't|hasn't] [woken|come round|moved] and [is a "
        "grey colour|is making gasping noises|is cold]",
    )),
    # -- falls with a long ambulance wait; only for welfare variants ----------
    "fallen_wait_neutral": ("neutral", {}, (
        "{he} is still on the floor but [chatting|talking to c/r|in good spirits], [has just had "
        "a drink of water|c/r has put a cushion under {his} head|has a blanket over {him}]",
        "[ambo|ambulance|EOC] [has just|have now] [rung back|called c/r], [still|now] {eta}, "
        "{he} is [still talking|comfortable|warm]",
        "c/r can hear {him} [chatting|talking|moaning about the wait] [in the "
        "background|on the other line], [sore but ok|no change]",
        "{he} has [now|] been on the floor [{hrs} hrs|since {t}], [still alert|still "
        "talking|still making sense], [pain the same|no worse]",
    )),
    # -- minor injury already treated: a fresh bleed is a new danger ----------
    "injury_escalate": ("escalate", {"threat": 1}, (
        "the [cut|wound] has [started bleeding again|opened up] and [won't stop|is soaking "
        "through the dressing|there's blood everywhere]",
        "{he} has [now |since |][become drowsy|started being sick|gone confused] and [c/r "
        "can't keep {him} awake|isn't making sense]",
    )),
    # -- inpatients: threatened harm, means removed or still held -------------
    "ward_escalate": ("escalate", {"threat": 1}, (
        "{he} has [since |now |][got hold of|found] [a piece of glass|another cord|a razor "
        "blade] and [is cutting {his} arm|has it round {his} neck|won't let staff near]",
        "staff [now say|say|have rung back to say] {he} has [barricaded {himself} in|locked "
        "{himself} in the toilet] with [a ligature|a blade] and [isn't answering|is going "
        "quiet]",
    )),
    "ward_control": ("control", {"threat": 0}, (
        "staff have [now|just|since] [got it off {him}|taken it off {him}|talked {him} into "
        "handing it over], [no injury|superficial scratch only|no marks], {he} is [on 1:1|on "
        "1:1 obs] and [calm|settled|apologetic], [officers not needed|staff managing]",
        "{he} has [handed the item over|given it to the nurse|dropped it] and is [now |][sat "
        "with a nurse|calm|talking], [doctor reviewing|1:1 in place], [police no longer "
        "needed|stand down]",
    )),
    "ward_assault": ("escalate", {"crime": 1}, (
        "{he} has [now |since |just ][punched|kicked|headbutted|bitten] a [nurse|HCA|member of "
        "staff], [staff want to make a complaint|minor injury to staff]",
    )),
    "ward_neutral": ("neutral", {}, (
        "[duty doctor|on-call psychiatrist|RMO] [aware|to review|has been informed]",
        "[1:1|obs] [continuing|in place|being kept up]",
        "[NIC|staff] [will|to] [ring back|update] [if anything changes|with any change]",
        "[bed manager|site manager|matron] [aware|informed]",
    )),
    # -- confused older person who walked out ----------------------------------
    "dem_found": ("clear", {"threat": 0}, (
        "{who} has [now|just|since] been [found|spotted] [at|near|outside] {landmark} by [a "
        "shop worker|a MOP|a bus driver|a neighbour], [sitting with a cup of tea|chatting|calm], "
        "[staff on the way to collect {him}|taxi booked back|family collecting {him}]",
        "[located|found] [sat on a bench|in the cafe|at the bus stop] [at|near] {landmark}, "
        "[calm|cheerful|a bit cold but ok], [no injuries|not hurt], [being brought back|staff "
        "walking {him} back]",
    )),
    "dem_neutral": ("neutral", {}, (
        "[staff|security|two carers] [still|are still] [searching|out looking]",
        "[photo|description] [sent|to follow|circulated]",
        "[family|{his} son|{his} daughter] [informed|aware|on the way]",
        "[CCTV|the camera] shows {him} [leaving|going out of the gate] at {t}",
    )),
}

# --------------------------------------------------------------------------
# Closings: (template, domains, final states it fits: T threat, C crime,
# W welfare only, Z none). Requests for attendance appear in every state so
# that "req police attendance" is not a label cue.
# --------------------------------------------------------------------------
CLOSINGS = (
    ("[pls advise|please advise|advice pls|pls adv]", "all", "TCWZ"),
    ("[req|requesting] [police attendance|police to attend|officers to attend]", "all", "TCW"),
    ("[req|requesting] a welfare check", "person", "TW"),
    ("[crisis team|GP|CMHT] [aware|informed|notified]", "person custody", "TW"),
    ("[ambo|ambulance] ETA {eta}", "person hazard custody", "TW"),
    ("[ambo|ambulance] [requested|en route|called]", "person hazard dv", "TCW"),
    ("@n c/r [will|to] [stay on the line|wait at the address|meet officers]", "all", "TCW"),
    ("c/r [contact no.|number] [on system|given|on log]", "all", "TCWZ"),
    ("[officers|units] [en route|dispatched|assigned]", "all", "TCW"),
    ("[passed to|forwarded to|referred to] [the crisis line|MH triage|adult social care|"
     "the CMHT|111]", "person", "W"),
    ("[no police action req|NFA police|no police attendance req]", "person nonpolice", "WZ"),
    ("[bed manager|site lead] [aware|informed]", "custody", "TCW"),
    ("[officers|crew] to [remain|stay] [until handover|with {him}]", "custody", "TCW"),
    ("[crime ref|CRN|ref] [to be |][given|raised|created]", "crime dv", "C"),
    ("[c/r|IP] [wants|would like] [to make a statement|it recorded|a crime number]", "crime dv", "C"),
    ("[suspect|offender] [details|descr] [on log|attached]", "crime dv", "C"),
    ("[advised|c/r advised] [to contact the council|to ring 101|to contact the bus company|re "
     "civil matter]", "nonpolice", "Z"),
    ("[NFA|no further action|closed|log closed]", "nonpolice dv hazard", "Z"),
    ("[passed to council|referred to local authority|passed to the council ASB team]",
     "nonpolice", "Z"),
    ("@p [ward|staff] will [update|keep us updated|ring back]", "person custody", "TW"),
    ("[THRIVE|risk assessment] [completed|done][ on log|]", "all", "TCWZ"),
    ("[DASH|DA risk assessment] to be completed", "dv", "TC"),
    ("FRS [informed|on scene]", "hazard", "TCWZ"),
    ("[photo|description] [on log|to follow]", "person", "TW"),
)

# --------------------------------------------------------------------------
# Scenario families. labels = (threat_to_life, crime, welfare concern); the
# welfare concern becomes welfare_only only if the final threat and crime
# are both 0. facets name what the core affirms (blocks contradicting
# negations). parts = ((pool name, probability), ...) in order, unless
# "shuffle" is set: then the core clauses come in any order (a danger that is
# already controlled may be written control first or danger first).
# --------------------------------------------------------------------------
_UNSEEN_UPD = ("person_escalate", "person_clear", "contact_neutral")

FAMILIES = {
    "wc_not_seen": {
        "weight": 5, "phase": "welfare_check", "domain": "person",
        "tags": "person missing", "subject": "any",
        "callers": {"family": 4, "neighbour": 3, "gp": 1, "care_coordinator": 1.5,
                    "crisis_team": 1, "social_worker": 1, "anonymous": 0.5, "housing": 1},
        "variants": (
            {"key": "not_seen", "w": 5, "labels": (0, 0, 1),
             "parts": (("NOT_SEEN", 1), ("NOT_SEEN_COLOUR", .6), ("NOT_SEEN_COLOUR", .3)),
             "updates": _UNSEEN_UPD},
            {"key": "missed_appt", "w": 2.5, "labels": (0, 0, 1),
             "parts": (("MISSED_APPT", 1), ("NOT_SEEN_COLOUR", .4)), "updates": _UNSEEN_UPD},
            {"key": "collapsed", "w": 1.2, "labels": (1, 0, 1), "facets": ("unresponsive",),
             "parts": (("NOT_SEEN", .5), ("FOUND_COLLAPSED", 1)),
             "updates": ("person_control", "care_neutral")},
            {"key": "signs_of_life", "w": 2.2, "labels": (0, 0, 1),
             "parts": (("SIGNS_OF_LIFE", 1), ("NOT_SEEN_COLOUR", .4)), "updates": _UNSEEN_UPD},
            {"key": "hoarder_smell", "w": 1.4, "labels": (0, 0, 1),
             "parts": (("HOARDER_SMELL", 1), ("NOT_SEEN_COLOUR", .3)),
             "updates": ("contact_neutral", "care_neutral", "person_escalate")},
        ),
    },
    "wc_suicidal": {
        "weight": 10, "phase": "welfare_check", "domain": "person",
        "tags": "person mh", "subject": "adult",
        "callers": {"family": 3, "self": 3, "crisis_team": 1.5, "gp": 1, "care_coordinator": 1,
                    "anonymous": 0.4, "social_worker": 0.5, "ambulance_crew": 0.3},
        "variants": (
            {"key": "thoughts_only", "w": 4.6, "labels": (0, 0, 1), "facets": ("si",),
             "parts": (("SI_THOUGHTS", 1), ("NO_PLAN", .6), ("SI_COLOUR", .4)),
             "updates": ("person_escalate", "care_neutral", "person_control", "to_crime")},
            {"key": "intent_means", "w": 2.5, "labels": (1, 0, 1), "facets": ("si", "means"),
             "parts": (("SI_INTENT", 1), ("SI_MEANS", 1), ("SI_COLOUR", .3)),
             "updates": ("person_control", "person_clear", "person_found_concern",
                         "care_neutral")},
            {"key": "mild_worded", "w": 2.2, "labels": (1, 0, 1), "facets": ("means",),
             "parts": (("MILD_THREAT", 1), ("SI_COLOUR", .3)),
             "updates": ("person_control", "person_clear", "person_found_concern",
                         "care_neutral")},
            {"key": "action_taken", "w": 1.5, "labels": (1, 0, 1),
             "facets": ("si", "means", "injury", "sh"),
             "parts": (("OD_TAKEN", 1), ("SI_COLOUR", .3)),
             "updates": ("person_control", "care_neutral")},
            {"key": "goodbye_means", "w": 1.6, "labels": (1, 0, 1), "facets": ("si", "means"),
             "parts": (("GOODBYE_QUIET", 1), ("MEANS_GONE", 1)), "shuffle": True,
             "updates": ("person_control", "person_clear", "person_found_concern",
                         "care_neutral", "contact_neutral")},
            {"key": "sorry_text_safe", "w": 0.8, "labels": (0, 0, 1),
             "parts": (("SORRY_TEXT_SAFE", 1),), "updates": ("care_neutral", "person_escalate")},
            # past attempts and admissions: the present decides (low vs a plan now)
            {"key": "history_low_now", "w": 1.3, "labels": (0, 0, 1),
             "parts": (("CRISIS_HISTORY", 1), ("HISTORY_NOW_LOW", 1)), "shuffle": True,
             "updates": ("care_neutral", "contact_neutral", "person_clear", "person_escalate")},
            {"key": "history_plan_now", "w": 0.9, "labels": (1, 0, 1), "facets": ("si", "means"),
             "parts": (("CRISIS_HISTORY", 1), ("CURRENT_PLAN", 1)), "shuffle": True,
             "updates": ("person_control", "person_found_concern", "person_clear",
                         "care_neutral")},
        ),
    },
    "wc_self_harm": {
        "weight": 3, "phase": "welfare_check", "domain": "person",
        "tags": "person mh", "subject": "young",
        "callers": {"family": 3, "self": 2, "care_home_staff": 0.5, "social_worker": 1, "gp": 1,
                    "crisis_team": 1},
        "variants": (
            {"key": "minor", "w": 3, "labels": (0, 0, 1), "facets": ("sh",),
             "parts": (("SH_MINOR", 1), ("NO_PLAN", .3)),
             "updates": ("person_escalate", "care_neutral")},
            {"key": "serious", "w": 1.5, "labels": (1, 0, 1),
             "facets": ("sh", "injury", "si", "means"),
             "parts": (("SH_SERIOUS", 1),), "updates": ("person_control", "care_neutral")},
        ),
    },
    "wc_older": {
        "weight": 4.6, "phase": "welfare_check", "domain": "person",
        "tags": "person older", "subject": "older",
        "callers": {"public": 3, "family": 2, "neighbour": 2, "care_home_staff": 2.5,
                    "ambulance_crew": 0.5},
        "variants": (
            {"key": "confused_safe", "w": 3.2, "labels": (0, 0, 1),
             "parts": (("CONFUSED_SAFE", 1),),
             "updates": ("care_neutral", "older_escalate")},
            {"key": "confused_danger", "w": 2, "labels": (1, 0, 1),
             "parts": (("CONFUSED_DANGER", 1),), "updates": ("person_clear", "contact_neutral")},
            {"key": "care_home_out", "w": 2, "labels": (0, 0, 1),
             "parts": (("CARE_HOME_OUT_SAFE", 1),),
             "updates": ("person_clear", "contact_neutral", "older_escalate")},
            {"key": "care_home_out_danger", "w": 1.5, "labels": (1, 0, 1),
             "parts": (("CARE_HOME_OUT_DANGER", 1),),
             "updates": ("person_clear", "contact_neutral")},
            # the same walk-out; the details decide (mild day, mobile vs night, frail, water)
            {"key": "dementia_out_safe", "w": 1.8, "labels": (0, 0, 1),
             "parts": (("DEM_HOME_OUT", 1), ("DEM_SAFE_DETAIL", 1), ("DEM_SAFE_DETAIL", .4)),
             "updates": ("dem_found", "person_clear", "dem_neutral", "older_escalate")},
            {"key": "dementia_out_danger", "w": 1.3, "labels": (1, 0, 1),
             "parts": (("DEM_HOME_OUT", 1), ("DEM_DANGER_DETAIL", 1), ("DEM_DANGER_DETAIL", .4)),
             "updates": ("dem_found", "person_clear", "dem_neutral")},
        ),
    },
    "wc_intox": {
        "weight": 4, "phase": "welfare_check", "domain": "person",
        "tags": "person intox", "subject": "adult",
        "callers": {"public": 4, "anonymous": 1, "ambulance_crew": 1, "neighbour": 0.5},
        "variants": (
            {"key": "drunk_incapable", "w": 3, "labels": (0, 0, 1), "facets": ("intox",),
             "parts": (("DRUNK", 1),),
             "updates": ("intox_escalate", "intox_crime", "care_neutral", "person_control")},
            {"key": "unconscious", "w": 2, "labels": (1, 0, 1),
             "facets": ("unresponsive", "intox"),
             "parts": (("UNCONSCIOUS", 1),), "updates": ("person_control", "care_neutral")},
        ),
    },
    "wc_distress": {
        "weight": 3.2, "phase": "welfare_check", "domain": "person",
        "tags": "person mh", "subject": "adult",
        "callers": {"self": 3, "public": 2, "family": 2, "neighbour": 1, "crisis_team": 1},
        "variants": (
            {"key": "distress", "w": 1, "labels": (0, 0, 1),
             "parts": (("DISTRESS", 1), ("NO_PLAN", .2)),
             "updates": ("care_neutral", "person_escalate", "to_crime")},
            {"key": "accidental_od", "w": 0.45, "labels": (0, 0, 1), "facets": ("means",),
             "parts": (("ACCIDENTAL_OD", 1),), "updates": ("care_neutral", "person_escalate")},
        ),
    },
    "wc_missing": {
        "weight": 4.5, "phase": "welfare_check", "domain": "person",
        "tags": "person missing mh", "subject": "adult",
        "callers": {"family": 5, "care_coordinator": 0.5, "social_worker": 0.5, "anonymous": 0.3},
        "variants": (
            {"key": "low_risk", "w": 3.4, "labels": (0, 0, 1), "parts": (("MISSING_LOW", 1),),
             "updates": ("person_clear", "contact_neutral", "person_escalate")},
            {"key": "high_risk", "w": 2.5, "labels": (1, 0, 1), "facets": ("si", "means"),
             "parts": (("MISSING_HIGH", 1),),
             "updates": ("person_clear", "person_found_concern", "person_control",
                         "contact_neutral")},
            {"key": "autistic_walk", "w": 0.9, "labels": (0, 0, 1),
             "parts": (("AUTISTIC_WALK", 1),),
             "updates": ("person_clear", "contact_neutral", "person_escalate")},
            {"key": "found_safe", "w": 0.9, "labels": (0, 0, 0),
             "parts": (("MISSING_FOUND_SAFE", 1),),
             "updates": ()},
            {"key": "found_distressed", "w": 0.9, "labels": (0, 0, 1),
             "parts": (("MISSING_FOUND_CONCERN", 1),), "updates": ("care_neutral",)},
        ),
    },
    "wc_missing_young": {
        "weight": 3, "phase": "welfare_check", "domain": "person",
        "tags": "person missing child", "subject": "teen",
        "callers": {"family": 5, "school": 1, "social_worker": 0.5, "public": 0.5},
        "variants": (
            {"key": "teen_late", "w": 3, "labels": (0, 0, 1), "parts": (("MISSING_TEEN", 1),),
             "updates": ("person_clear", "contact_neutral", "to_crime")},
            {"key": "teen_in_contact", "w": 1.3, "labels": (0, 0, 1),
             "parts": (("TEEN_IN_CONTACT", 1),), "updates": ("person_clear", "contact_neutral")},
            {"key": "young_child", "w": 2, "labels": (1, 0, 1), "subject": "child",
             "parts": (("CHILD_MISSING", 1),), "updates": ("child_clear", "contact_neutral")},
        ),
    },
    "wc_school": {
        "weight": 2.5, "phase": "welfare_check", "domain": "person",
        "tags": "person child", "subject": "teen",
        "callers": {"school": 4, "social_worker": 2, "family": 1.5},
        "variants": (
            {"key": "pupil_si", "w": 2, "labels": (0, 0, 1), "facets": ("si",),
             "parts": (("SI_THOUGHTS", 1), ("NO_PLAN", .5)),
             "updates": ("person_escalate", "school_neutral")},
            {"key": "disclosed_harm", "w": 2, "labels": (0, 1, 0), "facets": ("violence", "crime"),
             "parts": (("SCHOOL_DISCLOSED_HARM", 1),), "updates": ("school_neutral",)},
            {"key": "pupil_plan", "w": 1, "labels": (1, 0, 1), "facets": ("si", "means"),
             "parts": (("SI_INTENT", 1), ("SI_MEANS", 1)),
             "updates": ("person_control", "school_neutral")},
            {"key": "not_collected", "w": 2, "labels": (0, 0, 1),
             "parts": (("SCHOOL_WELFARE", 1),), "updates": ("school_neutral", "person_clear")},
            {"key": "exam_stress", "w": 1.4, "labels": (0, 0, 1),
             "parts": (("EXAM_STRESS", 1),), "updates": ("school_neutral", "person_escalate")},
        ),
    },
    "wo_voluntary": {
        "weight": 6, "phase": "walk_out", "domain": "person",
        "tags": "person missing mh ward", "subject": "adult",
        "callers": {"ward_nurse": 5, "ae_staff": 4, "crisis_team": 0.5},
        "variants": (
            {"key": "no_risk", "w": 3, "labels": (0, 0, 1),
             "parts": (("WALKOUT_VOLUNTARY", 1), ("WALKOUT_NO_RISK", .7)),
             "updates": ("walkout_clear", "walkout_located", "contact_neutral",
                         "person_escalate")},
            {"key": "stated_plan", "w": 1.6, "labels": (1, 0, 1), "facets": ("si",),
             "parts": (("WALKOUT_VOLUNTARY_RISK", 1),),
             "updates": ("walkout_clear", "walkout_located", "person_control",
                         "contact_neutral")},
            {"key": "said_where", "w": 1.8, "labels": (0, 0, 1),
             "parts": (("WALKOUT_SAID_WHERE", 1), ("WALKOUT_NO_RISK", .4)),
             "updates": ("walkout_clear", "walkout_located", "contact_neutral",
                         "person_escalate")},
            {"key": "said_plan", "w": 1.0, "labels": (1, 0, 1), "facets": ("si",),
             "parts": (("WALKOUT_SAID_PLAN", 1),),
             "updates": ("walkout_clear", "walkout_located", "person_control",
                         "contact_neutral")},
        ),
    },
    "wo_detained": {
        "weight": 5.5, "phase": "walk_out", "domain": "person",
        "tags": "person missing mh ward", "subject": "adult",
        "callers": {"ward_nurse": 6, "ae_staff": 0.5, "crisis_team": 0.5},
        "variants": (
            {"key": "awol_no_risk", "w": 2.6, "labels": (0, 0, 1),
             "parts": (("DETAINED_AWOL", 1), ("DETAINED_NO_RISK", .8)),
             "updates": ("walkout_clear", "walkout_located", "contact_neutral",
                         "person_escalate")},
            {"key": "awol_known_risk", "w": 2.5, "labels": (1, 0, 1), "facets": ("si", "threat"),
             "parts": (("DETAINED_AWOL", 1), ("DETAINED_RISK", 1)),
             "updates": ("walkout_clear", "walkout_located", "contact_neutral")},
        ),
    },
    "cv_request": {
        "weight": 6.6, "phase": "conveyance", "domain": "custody",
        "tags": "custody", "subject": "adult",
        "callers": {"ambulance_crew": 3, "amhp": 3, "ae_staff": 1, "gp": 1, "crisis_team": 1,
                    "ward_nurse": 1, "care_coordinator": 0.5},
        "variants": (
            {"key": "calm", "w": 4.5, "labels": (0, 0, 1),
             "parts": (("CONVEY_CALM", 1), ("CONVEY_CALM_DETAIL", .8)),
             "updates": ("convey_neutral", "convey_escalate")},
            {"key": "controlled_risk", "w": 2, "labels": (0, 0, 1), "facets": ("means", "sh"),
             "parts": (("CONVEY_CONTROLLED", 1),), "updates": ("convey_neutral",)},
            {"key": "assault_on_crew", "w": 1.5, "labels": (0, 1, 0), "facets": ("violence",),
             "parts": (("CONVEY_CALM", .5), ("CONVEY_ASSAULT", 1)),
             "updates": ("convey_neutral", "convey_escalate")},
            {"key": "weapon", "w": 0.8, "labels": (1, 1, 0), "facets": ("weapon", "threat"),
             "parts": (("CONVEY_CALM", .4), ("CONVEY_WEAPON", 1)), "updates": ("convey_neutral",)},
            # police asked to stand by at a MHA assessment: no violence known (welfare) vs a
            # weapon held against himself (threat) or against others (threat and crime)
            {"key": "standby", "w": 2.2, "labels": (0, 0, 1),
             "parts": (("MHA_STANDBY", 1), ("STANDBY_NO_VIOLENCE", .8)),
             "updates": ("convey_neutral", "convey_escalate")},
            {"key": "standby_self_risk", "w": 0.7, "labels": (1, 0, 1),
             "facets": ("weapon", "si", "means"),
             "parts": (("MHA_STANDBY", 1), ("STANDBY_SELF_RISK", 1)),
             "updates": ("convey_neutral", "person_control")},
            {"key": "standby_violence", "w": 0.7, "labels": (1, 1, 0),
             "facets": ("weapon", "threat", "violence"),
             "parts": (("MHA_STANDBY", 1), ("STANDBY_VIOLENCE", 1)),
             "updates": ("convey_neutral",)},
        ),
    },
    "s136": {
        "weight": 6.6, "phase": "s136_handover", "domain": "custody",
        "tags": "custody", "subject": "adult",
        "callers": {"police_officer": 5, "ward_nurse": 1.5, "amhp": 1, "ae_staff": 1},
        "variants": (
            {"key": "waiting", "w": 5, "labels": (0, 0, 1),
             "parts": (("S136_WAIT", 1), ("S136_CALM", .8)),
             "updates": ("s136_neutral", "s136_ligature", "s136_assault")},
            {"key": "assault_staff", "w": 1.5, "labels": (0, 1, 0), "facets": ("violence",),
             "parts": (("S136_WAIT", .5), ("S136_ASSAULT", 1)), "updates": ("s136_neutral",)},
            {"key": "self_harm_now", "w": 1.2, "labels": (1, 0, 1), "facets": ("sh", "injury"),
             "parts": (("S136_WAIT", .5), ("S136_HARM", 1)),
             "updates": ("s136_neutral", "s136_control")},
            {"key": "med_controlled", "w": 1, "labels": (0, 0, 1), "facets": ("means",),
             "parts": (("S136_MED_CONTROLLED", 1),), "updates": ("s136_neutral",)},
            {"key": "absconded_risk", "w": 1, "labels": (1, 0, 1), "facets": ("si",),
             "parts": (("S136_RAN", 1), ("S136_RAN_RISK", 1)),
             "updates": ("s136_found", "contact_neutral")},
            {"key": "settled", "w": 1.5, "labels": (0, 0, 1),
             "parts": (("S136_SETTLED", 1), ("S136_CALM", .4)),
             "updates": ("s136_neutral", "s136_assault", "s136_ligature")},
            {"key": "means_removed", "w": 0.9, "labels": (0, 0, 1), "facets": ("si", "means", "sh"),
             "parts": (("MEANS_REMOVED", 1), ("OBS_DETAIL", .5)),
             "updates": ("s136_neutral", "ward_escalate")},
            {"key": "means_kept", "w": 0.7, "labels": (1, 0, 1), "facets": ("si", "means", "sh"),
             "parts": (("MEANS_KEPT", 1),), "updates": ("ward_control", "s136_neutral")},
        ),
    },
    "cr_theft": {
        "weight": 13, "phase": "other", "domain": "crime", "subject": "adult",
        "other": "stranger",
        "callers": {"self": 4, "family": 1.5, "neighbour": 1, "public": 2, "anonymous": 0.5,
                    "care_home_staff": 0.5, "ward_nurse": 0.3, "social_worker": 0.5},
        "variants": (
            {"key": "theft", "w": 5, "labels": (0, 1, 0), "facets": ("crime", "theft"),
             "parts": (("THEFT", 1),), "updates": ("crime_neutral", "theft_retract")},
            {"key": "burglary", "w": 3, "labels": (0, 1, 0), "facets": ("crime", "theft"),
             "parts": (("BURGLARY", 1),), "updates": ("crime_neutral", "theft_retract")},
            {"key": "burglary_now", "w": 1, "labels": (0, 1, 0), "facets": ("crime", "theft"),
             "parts": (("BURGLARY_NOW", 1),), "updates": ("crime_neutral", "burglary_escalate")},
            {"key": "burglary_now_weapon", "w": 0.5, "labels": (1, 1, 0),
             "facets": ("crime", "theft", "weapon"),
             "parts": (("BURGLARY_NOW_WEAPON", 1),), "updates": ("crime_neutral",)},
            {"key": "robbery_weapon", "w": 0.9, "labels": (1, 1, 0),
             "facets": ("crime", "theft", "weapon", "threat"),
             "parts": (("ROBBERY_WEAPON", 1),), "updates": ("crime_neutral", "violence_clarify")},
            {"key": "fraud", "w": 1.5, "labels": (0, 1, 0), "facets": ("crime", "theft"),
             "parts": (("FRAUD", 1),), "updates": ("crime_neutral", "theft_retract")},
        ),
    },
    "cr_assault": {
        "weight": 7.8, "phase": "other", "domain": "crime", "subject": "adult", "other": "stranger",
        "callers": {"public": 3, "self": 3, "family": 1.5, "ambulance_crew": 1, "ae_staff": 1,
                    "anonymous": 0.5, "neighbour": 0.5},
        "variants": (
            {"key": "minor", "w": 6, "labels": (0, 1, 0),
             "facets": ("crime", "violence", "injury"),
             "parts": (("ASSAULT_MINOR", 1),),
             "updates": ("crime_neutral", "assault_neutral", "violence_escalate")},
            {"key": "serious", "w": 1.4, "labels": (1, 1, 0),
             "facets": ("crime", "violence", "injury", "weapon"),
             "parts": (("ASSAULT_SERIOUS", 1),),
             "updates": ("crime_neutral", "assault_neutral", "violence_clarify")},
            {"key": "fight_now", "w": 0.7, "labels": (1, 1, 0),
             "facets": ("crime", "violence", "weapon", "injury"),
             "parts": (("FIGHT_NOW", 1),),
             "updates": ("crime_neutral", "assault_neutral", "violence_clarify")},
        ),
    },
    "cr_dv": {
        "weight": 10.8, "phase": "other", "domain": "dv", "subject": "adult", "other": "partner",
        "callers": {"self": 4, "neighbour": 2.5, "family": 2, "anonymous": 1, "social_worker": 0.5,
                    "gp": 0.3},
        "variants": (
            {"key": "reported", "w": 6, "labels": (0, 1, 0),
             "facets": ("crime", "dv", "violence", "injury"),
             "parts": (("DV_REPORTED", 1),), "updates": ("dv_neutral", "violence_escalate")},
            {"key": "strangulation", "w": 1.2, "labels": (1, 1, 0),
             "facets": ("crime", "dv", "violence"),
             "parts": (("DV_STRANGLE", 1),), "updates": ("dv_neutral",)},
            {"key": "ongoing", "w": 0.8, "labels": (1, 1, 0), "facets": ("crime", "dv", "violence"),
             "parts": (("DV_NOW", 1),), "updates": ("dv_neutral",)},
            {"key": "weapon", "w": 0.8, "labels": (1, 1, 0),
             "facets": ("crime", "dv", "weapon", "threat", "violence"),
             "parts": (("DV_WEAPON", 1),), "updates": ("dv_neutral", "violence_clarify")},
            {"key": "ttk_knife", "w": 0.5, "labels": (1, 1, 0),
             "facets": ("crime", "dv", "threat", "weapon"),
             "parts": (("DV_TTK_NOW", 1),), "updates": ("dv_neutral",)},
            {"key": "argument_ended", "w": 3, "labels": (0, 0, 0),
             "parts": (("ARGUMENT_ENDED", 1), ("ARGUMENT_ENDED_DETAIL", .8)),
             "updates": ("dv_neutral", "dv_to_crime")},
        ),
    },
    "cr_threats": {
        "weight": 5.6, "phase": "other", "domain": "crime", "subject": "adult", "other": "known",
        "callers": {"self": 4, "family": 1, "neighbour": 0.5, "anonymous": 0.5},
        "variants": (
            {"key": "ttk_remote", "w": 4, "labels": (0, 1, 0), "facets": ("crime", "threat"),
             "parts": (("TTK_REMOTE", 1),), "updates": ("crime_neutral", "ttk_escalate")},
            {"key": "ttk_credible", "w": 1.5, "labels": (1, 1, 0),
             "facets": ("crime", "threat", "weapon"),
             "parts": (("TTK_CREDIBLE", 1),), "updates": ("crime_neutral",)},
            {"key": "harassment", "w": 4, "labels": (0, 1, 0), "facets": ("crime",),
             "parts": (("HARASSMENT", 1),), "updates": ("crime_neutral", "ttk_escalate")},
            {"key": "worry_no_threat", "w": 1.6, "labels": (0, 0, 1),
             "parts": (("WORRY_EX", 1),),
             "updates": ("worry_neutral", "np_neutral", "worry_escalate", "worry_to_crime")},
            {"key": "ex_back_threat", "w": 0.8, "labels": (1, 1, 0),
             "facets": ("crime", "threat", "weapon"),
             "parts": (("EX_BACK_THREAT", 1),), "updates": ("crime_neutral",)},
        ),
    },
    "cr_damage": {
        "weight": 6.2, "phase": "other", "domain": "crime", "subject": "adult", "other": "stranger",
        "callers": {"self": 3, "neighbour": 2, "public": 1.5, "anonymous": 1, "family": 0.5},
        "variants": (
            {"key": "damage", "w": 4, "labels": (0, 1, 0), "facets": ("crime",),
             "parts": (("DAMAGE", 1),), "updates": ("crime_neutral", "damage_retract")},
            {"key": "arson_occupied", "w": 1, "labels": (1, 1, 0), "facets": ("crime", "fire"),
             "parts": (("ARSON_PEOPLE", 1),), "updates": ("arson_clear", "hazard_neutral")},
            {"key": "arson_empty", "w": 1.5, "labels": (0, 1, 0), "facets": ("crime", "fire"),
             "parts": (("ARSON_EMPTY", 1),),
             "updates": ("crime_neutral", "hazard_neutral", "fire_clear")},
        ),
    },
    "cr_other": {
        "weight": 8.4, "phase": "other", "domain": "crime", "subject": "adult", "other": "stranger",
        "callers": {"public": 3, "self": 2, "anonymous": 2, "neighbour": 1.5, "family": 0.5},
        "variants": (
            {"key": "drugs", "w": 2, "labels": (0, 1, 0), "facets": ("crime",),
             "parts": (("DRUGS", 1),), "updates": ("crime_neutral",)},
            {"key": "drink_drive", "w": 1.5, "labels": (0, 1, 0), "facets": ("crime", "intox"),
             "parts": (("DRINK_DRIVE", 1),), "updates": ("crime_neutral",)},
            {"key": "wrong_way", "w": 0.5, "labels": (1, 1, 0), "facets": ("crime", "intox"),
             "parts": (("DRIVE_DANGER", 1),), "updates": ("crime_neutral",)},
            {"key": "sexual", "w": 1.5, "labels": (0, 1, 0), "facets": ("crime", "violence"),
             "parts": (("SEXUAL", 1),), "updates": ("crime_neutral",)},
            {"key": "public_order", "w": 1.5, "labels": (0, 1, 0), "facets": ("crime", "threat"),
             "parts": (("PUBLIC_ORDER", 1),), "updates": ("crime_neutral", "order_escalate")},
            {"key": "weapon_in_public", "w": 0.6, "labels": (1, 1, 0),
             "facets": ("crime", "weapon"),
             "parts": (("WEAPON_PUBLIC", 1),), "updates": ("crime_neutral",)},
        ),
    },
    "np_nonpolice": {
        "weight": 11, "phase": "other", "domain": "nonpolice", "subject": "adult",
        "callers": {"self": 6, "public": 2, "neighbour": 1.5, "anonymous": 1},
        "variants": (
            {"key": "non_police", "w": 3, "labels": (0, 0, 0), "parts": (("NON_POLICE", 1),),
             "updates": ("np_neutral",)},
            {"key": "harmless_alarm_word", "w": 2, "labels": (0, 0, 0),
             "parts": (("HARMLESS_ALARM", 1),), "updates": ("np_neutral",)},
        ),
    },
    "wc_crisis": {
        "weight": 6.5, "phase": "welfare_check", "domain": "person",
        "tags": "person mh", "subject": "adult",
        "callers": {"family": 3, "crisis_team": 2, "ambulance_crew": 1.5, "public": 1,
                    "neighbour": 0.5, "care_coordinator": 0.5},
        "variants": (
            {"key": "ligature_now", "w": 1, "labels": (1, 0, 1), "facets": ("si", "means", "sh"),
             "parts": (("LIG_NOW", 1),), "updates": ("lig_control", "care_neutral")},
            {"key": "ligature_resolved", "w": 1, "labels": (0, 0, 1),
             "facets": ("si", "means", "sh"), "parts": (("LIG_RESOLVED", 1),),
             "updates": ("care_neutral", "crisis_escalate")},
            {"key": "ligature_split", "w": 1, "labels": (0, 0, 1), "facets": ("si", "means", "sh"),
             "parts": (("LIG_EARLIER", 1), ("LIG_SAFE_NOW", 1)), "shuffle": True,
             "updates": ("care_neutral", "crisis_escalate")},
            {"key": "height_now", "w": 1, "labels": (1, 0, 1), "facets": ("si",),
             "parts": (("HEIGHT_NOW", 1),), "updates": ("height_control", "care_neutral")},
            {"key": "height_resolved", "w": 1, "labels": (0, 0, 1), "facets": ("si",),
             "parts": (("HEIGHT_RESOLVED", 1),),
             "updates": ("care_neutral", "crisis_escalate", "height_escalate")},
            {"key": "height_split", "w": 1, "labels": (0, 0, 1), "facets": ("si",),
             "parts": (("HEIGHT_EARLIER", 1), ("HEIGHT_SAFE_NOW", 1)), "shuffle": True,
             "updates": ("care_neutral", "crisis_escalate", "height_escalate")},
            {"key": "not_breathing_now", "w": 0.8, "labels": (1, 0, 1), "facets": ("unresponsive",),
             "parts": (("NB_NOW", 1),), "updates": ("nb_control", "care_neutral")},
            {"key": "woke_up", "w": 1.1, "labels": (0, 0, 1),
             "parts": (("NB_RESOLVED", 1),), "updates": ("care_neutral", "nb_escalate")},
            {"key": "woke_up_split", "w": 1.0, "labels": (0, 0, 1),
             "parts": (("NB_EARLIER", 1), ("NB_SAFE_NOW", 1)), "shuffle": True,
             "updates": ("care_neutral", "nb_escalate")},
            {"key": "false_alarm_asleep", "w": 0.35, "labels": (0, 0, 0),
             "parts": (("NB_FALSE_ALARM", 1),), "updates": ()},
            {"key": "od_managed", "w": 1, "labels": (0, 0, 1), "facets": ("means",),
             "parts": (("OD_MANAGED", 1),), "updates": ("care_neutral",)},
            {"key": "od_split", "w": 0.8, "labels": (0, 0, 1), "facets": ("means",),
             "parts": (("OD_EARLIER", 1), ("OD_SAFE_NOW", 1)), "shuffle": True,
             "updates": ("care_neutral",)},
            {"key": "history_low_risk", "w": 1.3, "labels": (0, 0, 1),
             "parts": (("CRISIS_HISTORY", 1), ("LOW_RISK_REQUEST", 1)), "shuffle": True,
             "updates": ("care_neutral", "person_escalate", "person_clear")},
            {"key": "history_one", "w": 0.7, "labels": (0, 0, 1),
             "parts": (("CRISIS_HISTORY_ONE", 1),),
             "updates": ("care_neutral", "person_escalate", "person_clear")},
            {"key": "relapse", "w": 0.7, "labels": (1, 0, 1), "facets": ("si",),
             "parts": (("CRISIS_RELAPSE", 1),), "updates": ("person_control", "care_neutral")},
            {"key": "help_not_there", "w": 0.6, "labels": (1, 0, 1),
             "facets": ("si", "unresponsive"),
             "parts": (("HELP_NOT_THERE", 1),), "updates": ("care_neutral",)},
        ),
    },
    "wc_fallen": {
        "weight": 5.6, "phase": "welfare_check", "domain": "person",
        "tags": "person older", "subject": "older",
        "callers": {"family": 3, "neighbour": 2, "telecare": 3, "self": 1, "ambulance_crew": 0.5},
        "variants": (
            {"key": "fallen_unhurt", "w": 3.6, "labels": (0, 0, 1),
             "parts": (("FALLEN_UNHURT", 1), ("FALLEN_DETAIL", .6)),
             "updates": ("fallen_clear", "fallen_escalate", "care_neutral")},
            {"key": "fallen_serious", "w": 1.1, "labels": (1, 0, 1),
             "facets": ("injury", "unresponsive"), "parts": (("FALLEN_SERIOUS", 1),),
             "updates": ("person_control", "care_neutral")},
            {"key": "muddled", "w": 1.5, "labels": (0, 0, 1), "parts": (("MUDDLED_PHONE", 1),),
             "updates": ("care_neutral", "older_settled")},
            # hours on the floor waiting for an ambulance: in pain but talking (welfare)
            # vs unresponsive, cold and grey, heavy bleeding or a drowsy head injury (threat)
            {"key": "long_wait_pain", "w": 2.2, "labels": (0, 0, 1), "facets": ("injury",),
             "parts": (("FALLEN_PAIN", 1), ("FALLEN_WAIT_DETAIL", .6)),
             "updates": ("care_neutral", "fallen_wait_neutral", "fallen_escalate")},
            {"key": "long_wait_serious", "w": 1.4, "labels": (1, 0, 1),
             "facets": ("injury", "unresponsive"),
             "parts": (("FALLEN_WAIT_SERIOUS", 1), ("FALLEN_WAIT_DETAIL", .6)),
             "updates": ("medical_control", "care_neutral")},
        ),
    },
    "wc_street": {
        "weight": 3.2, "phase": "welfare_check", "domain": "person",
        "tags": "person street", "subject": "adult",
        "callers": {"public": 4, "anonymous": 0.5, "housing": 1, "self": 0.8, "neighbour": 0.4,
                    "ambulance_crew": 0.3},
        "variants": (
            {"key": "cold_responsive", "w": 2, "labels": (0, 0, 1),
             "parts": (("STREET_COLD", 1),),
             "updates": ("street_clear", "street_escalate", "care_neutral")},
            {"key": "doorway_asleep", "w": 1.6, "labels": (0, 0, 1),
             "parts": (("DOORWAY_ASLEEP", 1),),
             "updates": ("street_clear", "street_escalate", "care_neutral")},
            {"key": "unresponsive", "w": 1.2, "labels": (1, 0, 1), "facets": ("unresponsive",),
             "parts": (("STREET_UNRESPONSIVE", 1),), "updates": ("person_control", "care_neutral")},
            {"key": "nowhere_to_stay", "w": 1.4, "labels": (0, 0, 1),
             "parts": (("NOWHERE_TO_STAY", 1),), "updates": ("care_neutral", "street_clear")},
        ),
    },
    "wc_medical": {
        "weight": 5, "phase": "welfare_check", "domain": "person",
        "tags": "person medical", "subject": "any",
        "callers": {"family": 3, "public": 1.5, "neighbour": 1, "self": 0.7,
                    "ambulance_crew": 1, "telecare": 0.8},
        "variants": (
            {"key": "emergency", "w": 2.2, "labels": (1, 0, 1),
             "facets": ("unresponsive", "injury"),
             "parts": (("MED_EMERG", 1), ("MED_DELAY", .8)),
             "updates": ("medical_control", "care_neutral")},
            {"key": "child_fitting", "w": 0.8, "labels": (1, 0, 1), "subject": "child",
             "facets": ("unresponsive",), "parts": (("MED_CHILD", 1), ("MED_DELAY", .7)),
             "updates": ("medical_control", "care_neutral")},
            {"key": "controlled", "w": 1, "labels": (0, 0, 1),
             "parts": (("MED_CONTROLLED", 1),), "updates": ()},
            {"key": "minor", "w": 1.2, "labels": (0, 0, 1), "parts": (("MED_MINOR", 1),),
             "updates": ("medical_escalate", "care_neutral")},
            {"key": "injury_treated", "w": 1.5, "labels": (0, 0, 1), "facets": ("injury",),
             "parts": (("INJURY_TREATED", 1),), "updates": ("care_neutral", "injury_escalate")},
            {"key": "injury_bleeding", "w": 1.1, "labels": (1, 0, 1), "facets": ("injury",),
             "parts": (("INJURY_BLEEDING", 1),), "updates": ("medical_control", "care_neutral")},
            {"key": "advice", "w": 1.3, "labels": (0, 0, 1), "parts": (("MED_ADVICE", 1),),
             "updates": ("care_neutral", "medical_escalate")},
        ),
    },
    "wo_dementia": {
        "weight": 3, "phase": "walk_out", "domain": "person",
        "tags": "person missing older ward", "subject": "older",
        "callers": {"ward_nurse": 5, "ae_staff": 1.5, "family": 1.5, "public": 0.8},
        "variants": (
            {"key": "ward_out_safe", "w": 3, "labels": (0, 0, 1),
             "parts": (("DEM_WARD_OUT", 1), ("DEM_SAFE_DETAIL", 1), ("DEM_SAFE_DETAIL", .4)),
             "updates": ("walkout_clear", "dem_found", "dem_neutral", "older_escalate")},
            {"key": "found_by_public", "w": 1.4, "labels": (0, 0, 1),
             "parts": (("DEM_FOUND", 1),), "updates": ("walkout_clear",)},
            {"key": "ward_out_danger", "w": 2.4, "labels": (1, 0, 1),
             "parts": (("DEM_WARD_OUT", 1), ("DEM_DANGER_DETAIL", 1), ("DEM_DANGER_DETAIL", .4)),
             "updates": ("walkout_clear", "dem_found", "dem_neutral")},
        ),
    },
    "wc_collapse": {
        "weight": 3, "phase": "welfare_check", "domain": "person",
        "tags": "person medical", "subject": "any",
        "callers": {"public": 3, "family": 2, "neighbour": 1, "ambulance_crew": 0.6,
                    "housing": 0.4, "anonymous": 0.3},
        "variants": (
            {"key": "collapsed_now", "w": 2, "labels": (1, 0, 1), "facets": ("unresponsive",),
             "parts": (("COLLAPSE_NOW", 1),),
             "updates": ("collapse_woke", "collapse_still", "care_neutral", "medical_control")},
            {"key": "woke_up", "w": 1.6, "labels": (0, 0, 1),
             "parts": (("COLLAPSE_WOKE", 1),), "updates": ("care_neutral", "nb_escalate")},
            {"key": "woke_up_split", "w": 1.4, "labels": (0, 0, 1),
             "parts": (("COLLAPSE_EARLIER", 1), ("COLLAPSE_AWAKE_NOW", 1)), "shuffle": True,
             "updates": ("care_neutral", "nb_escalate")},
            {"key": "still_down", "w": 1.2, "labels": (1, 0, 1), "facets": ("unresponsive",),
             "parts": (("COLLAPSE_EARLIER", 1), ("COLLAPSE_STILL_DOWN", 1)), "shuffle": True,
             "updates": ("collapse_woke", "care_neutral", "medical_control")},
        ),
    },
    "wc_inpatient": {
        "weight": 2.6, "phase": "welfare_check", "domain": "custody",
        "tags": "mh ward custody", "subject": "adult",
        "callers": {"ward_nurse": 5, "ae_staff": 2},
        "variants": (
            {"key": "settled", "w": 2, "labels": (0, 0, 1),
             "parts": (("WARD_SETTLED", 1), ("OBS_DETAIL", .3)),
             "updates": ("ward_neutral", "ward_assault", "ward_escalate")},
            {"key": "means_removed", "w": 2, "labels": (0, 0, 1), "facets": ("si", "means", "sh"),
             "parts": (("MEANS_REMOVED", 1), ("OBS_DETAIL", .6)),
             "updates": ("ward_neutral", "ward_escalate")},
            {"key": "means_kept", "w": 1.6, "labels": (1, 0, 1), "facets": ("si", "means", "sh"),
             "parts": (("MEANS_KEPT", 1),), "updates": ("ward_control", "ward_neutral")},
            {"key": "assault_staff", "w": 0.8, "labels": (0, 1, 0), "facets": ("violence",),
             "parts": (("WARD_ASSAULT", 1),), "updates": ("ward_neutral",)},
        ),
    },
    "hz_hazard": {
        "weight": 3.2, "phase": "other", "domain": "hazard", "subject": "adult",
        "callers": {"public": 4, "neighbour": 2, "self": 1, "anonymous": 0.5,
            "ambulance_crew": 0.5},
        "variants": (
            {"key": "fire_people", "w": 1, "labels": (1, 0, 1), "facets": ("fire",),
             "parts": (("FIRE_PEOPLE", 1),), "updates": ("hazard_control", "hazard_neutral")},
            {"key": "fire_unknown", "w": 1, "labels": (1, 0, 0), "facets": ("fire",),
             "parts": (("FIRE_UNKNOWN", 1),), "updates": ("fire_clear", "hazard_neutral")},
            {"key": "water", "w": 0.8, "labels": (1, 0, 1), "parts": (("WATER_DANGER", 1),),
             "updates": ("hazard_control", "hazard_neutral")},
            {"key": "rtc_serious", "w": 1, "labels": (1, 0, 1), "facets": ("injury",),
             "parts": (("RTC_SERIOUS", 1),), "updates": ("hazard_control", "hazard_neutral")},
            {"key": "rtc_minor", "w": 1, "labels": (0, 0, 0), "parts": (("RTC_MINOR", 1),),
             "updates": ("hazard_neutral",)},
            {"key": "child_in_danger", "w": 0.5, "labels": (1, 0, 1),
             "parts": (("CHILD_DANGER", 1),), "updates": ("child_clear", "hazard_neutral")},
            {"key": "child_left_alone", "w": 0.7, "labels": (1, 1, 0), "subject": "child",
             "parts": (("CHILD_ALONE", 1),), "updates": ("parent_back", "hazard_neutral")},
        ),
    },
}

# --------------------------------------------------------------------------
# Style layer data
# --------------------------------------------------------------------------
#: full form -> control-room abbreviations (regex, case-insensitive, whole words)
ABBREVIATIONS = (
    (r"the caller|caller", ("c/r",)),
    (r"patient", ("pt",)),
    (r"with", ("w/",)),
    (r"history of", ("hx of", "hx")),
    (r"approximately|approx", ("approx", "apx", "~")),
    (r"years old|year old", ("yo", "y/o", "yrs")),
    (r"mental health", ("MH",)),
    (r"ambulance", ("ambo", "amb")),
    (r"missing person", ("MISPER",)),
    (r"domestic abuse|domestic", ("DV", "DA")),
    (r"threats to kill|threatened to kill", ("TTK",)),
    (r"suicidal ideation|suicidal thoughts", ("SI",)),
    (r"overdose", ("OD",)),
    (r"self harm|self-harm|self harmed", ("SH",)),
    (r"road traffic collision", ("RTC",)),
    (r"no further action", ("NFA",)),
    (r"minutes|mins", ("mins", "min")),
    (r"hours|hrs", ("hrs", "hr", "h")),
    (r"please", ("pls", "plz")),
    (r"people", ("ppl",)),
    (r"and", ("&", "+")),
    (r"as soon as possible", ("asap",)),
    (r"injured party", ("IP",)),
    (r"accident and emergency|emergency department", ("A&E", "ED")),
    (r"girlfriend", ("gf",)),
    (r"boyfriend", ("bf",)),
    (r"previous", ("prev", "prev.")),
    (r"reports", ("rpts",)),
    (r"address", ("addr", "add")),
    (r"vehicle", ("veh",)),
    (r"hospital", ("hosp",)),
    (r"officers", ("ofrs", "offs")),
    (r"requesting|request", ("req", "reqs")),
    (r"tablets", ("tabs",)),
    (r"because", ("cos", "bc", "b/c")),
    (r"about", ("abt",)),
    (r"information", ("info",)),
    (r"telephone|phone", ("ph", "tel")),
    (r"mother", ("mum", "mother")),
    (r"between", ("btwn",)),
    (r"without", ("w/o",)),
    (r"something", ("sthg", "smth")),
    (r"possibly", ("poss",)),
    (r"unknown", ("unk", "u/k")),
    (r"known", ("kn",)),
    (r"yesterday", ("yday", "yest", "y'day")),
    (r"message|messages", ("msg", "msgs")),
    (r"paramedics", ("paras",)),
    (r"paramedic", ("para",)),
    (r"unresponsive", ("unresp", "unresponsive")),
    (r"member of the public", ("MOP",)),
    (r"concern for welfare", ("CFW",)),
    (r"location", ("loc",)),
    (r"through", ("thru",)),
    (r"tonight", ("2nite", "tonite")),
    (r"medication", ("meds",)),
)
#: abbreviation -> fuller form, for the calm-handler prose style
EXPANSIONS = (
    (r"the c/r", ("the caller",)),
    (r"c/r", ("caller",)),
    (r"the pt", ("the patient",)),
    (r"pt", ("patient",)),
    (r"hx", ("history",)),
    (r"w/", ("with",)),
    (r"approx", ("approximately", "about")),
    (r"ambo", ("ambulance", "the ambulance")),
    (r"pls", ("please",)),
    (r"req", ("request", "requesting")),
    (r"mins", ("minutes",)),
    (r"hrs", ("hours",)),
    (r"MOP", ("member of the public",)),
    (r"NIC", ("nurse in charge",)),
    (r"prev", ("previous",)),
)
#: common misspellings seen in typed notes
MISSPELLINGS = {
    "suicidal": ("sucidal", "suicdal", "suisidal"),
    "overdose": ("overdoes", "overdos", "overdoze"),
    "knife": ("nife", "knif", "kinfe"),
    "ambulance": ("ambulence", "ambulanse", "amblance"),
    "stabbed": ("stabed", "stabbd"),
    "definitely": ("definately", "defo"),
    "separate": ("seperate",),
    "received": ("recieved",),
    "threatening": ("threatning", "thretening"),
    "paracetamol": ("paracetemol", "paracetomol", "parcetamol"),
    "unconscious": ("unconcious", "unconsious"),
    "harassment": ("harrassment", "harrasment"),
    "neighbour": ("nieghbour", "neighbor", "naybour"),
    "neighbours": ("nieghbours", "neighbors"),
    "breathing": ("breating", "breathng"),
    "because": ("becuase", "becasue"),
    "believe": ("beleive",),
    "hospital": ("hosptial", "hospitol"),
    "bleeding": ("bleding", "bleeeding"),
    "tablets": ("tablest", "tablits"),
    "psychiatric": ("phsyciatric", "psychiatic"),
    "assessment": ("assesment", "asessment"),
    "aggressive": ("agressive", "aggresive"),
    "missing": ("mising",),
    "weapons": ("weapens", "wepons"),
    "weapon": ("weapen", "wepon"),
    "threatened": ("threatend", "thretened"),
    "strangled": ("strangeled", "strangld"),
    "attendance": ("attendence",),
    "address": ("adress", "addres"),
    "daughter": ("daugther", "duaghter"),
    "apparently": ("apparantly",),
    "immediately": ("immediatly",),
    "concerned": ("conserned", "concernd"),
    "hammer": ("hamer",),
    "machete": ("mechete", "machette"),
    "necessary": ("neccessary",),
    "whether": ("wether",),
    "their": ("there",),
    "railway": ("railwy",),
    "injuries": ("injures", "injurys"),
}
#: words that typo noise must not touch: flipping them flips meaning
PROTECTED_WORDS = frozenset({
    "not", "no", "nil", "never", "denies", "denied", "without", "none", "nothing",
    "if", "case", "might", "may", "would", "could", "previous", "hx", "safe", "well",
    "update", "now", "found", "clear", "nobody", "isn't", "hasn't", "wasn't", "didn't",
    "doesn't", "won't", "can't", "cannot", "returned",
})
#: log headings by phase ("any" suits every phase); never chosen by label
HEADINGS = {
    "welfare_check": ("CONCERN FOR WELFARE", "CFW", "Concern for welfare", "C4W",
                      "CONCERN FOR SAFETY", "Welfare concern", "CFW -", "[Adult|] welfare"),
    "walk_out": ("MISPER", "AWOL", "MH AWOL", "Missing from hospital", "Absconder", "Missing pt",
                 "Missing from [ward|A&E|hospital]"),
    "conveyance": ("Assist ambulance", "AOA", "Assist other agency", "MH conveyance",
                   "Transport request", "Assist NHS", "[Conveyance|Transport] req"),
    "s136_handover": ("S136", "s136 - HBPoS", "MHA s136", "Place of safety", "136 suite",
                      "[S136|136] update"),
    "other": ("INCIDENT", "Incident", "New log", "Log", "Call"),
    "any": ("999 call", "101 call", "999", "Call via 101", "Transferred call",
            "[Call back|Callback] required", "Ref {cnum}"),
}
#: other names for the caller, one per note ("c/r" becomes "RP", "inft" ...)
CALLER_ALIASES = ("RP", "RP", "rp", "inft", "informant", "INF", "caller")
UPDATE_MARKERS = (
    "UPDATE:", "UPDATE -", "Update:", "UPD:", "UPD -", "**UPDATE**", "Update -",
    "FURTHER:", "Further call from c/r:", "c/r rang back:", "2nd call:", "Further info:",
    "Upd8:", "** UPD **", "Update from c/r -", "NEW INFO:", "Addendum:", "ADDITIONAL:",
    "c/r recontacted:", "Callback:", "On callback -", "Latest:", ">>", "Recontact -",
    "UPDATE FROM C/R:", "Further to above -", "Upd -", "FURTHER CALL:",
)
PROSE_UPDATE_MARKERS = (
    "Update:", "An update has been received:", "Further call from the caller:",
    "The caller has rung back to say", "Later update:", "Further information:",
    "Update from the caller:", "A short time later the caller rang back:", "Subsequently:",
    "On call back:", "A further update was received:", "Later the caller rang again to say",
    "The informant has called back to say",
)
SPEECH_LEADS = (
    "c/r [very distressed|crying|panicking|rambling|hard to follow|calm but worried|upset|"
    "talking fast|shouting] [and|,] [says|saying|keeps saying|is saying]:",
    "c/r [says|said] [in {chis} own words|word for word|]:",
    "[in c/r's words|c/r's account|c/r speaking quickly]:",
    "c/r [speaking very fast|quite muddled|elderly and a bit deaf|very calm|breathless|whispering]"
    " [and|,] [says|explains|tells us]:",
    "[c/r verbatim|verbatim|quote from c/r|c/r quote]:",
    "c/r [rambling|going round in circles|repeating {chimself}] but [says|said]:",
)
FILLERS = (
    ", um, ", " and, like, ", " ... ", ", I don't know, ", " honestly ", ", sorry, ",
    " and then ", ", you know, ", " - ", ", basically ", ", er, ", " and um ", ", right, ",
    ", like, ", " so yeah ", ", anyway, ", " ... i mean ", ", oh god, ", ", sorry, um, ",
    " and so ", ", and i said, ", " ok so ",
)
SPEECH_INTERJECTIONS = (
    "i dont know what to do", "can you hear me ok", "i'm so sorry to bother you",
    "i didn't know who else to ring", "i'm not sure who to call", "i'm shaking", "sorry i'm "
    "rambling",
    "this isn't like {him}", "i've been on hold ages", "i'm really worried",
    "{he}'s never done this before", "sorry i'm all over the place", "i've tried everything",
    "i don't want to waste your time", "it's probably nothing but", "my hands are shaking",
    "i didn't know if i should ring 999 or 101", "sorry, my english is not so good",
    "can you just send someone to check",
)
SEPARATORS = (". ", ". ", " - ", "; ", " / ", ", ", "\n", " .. ", ". ", " -- ")
