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
    ),
    "neighbour": (
        "[C/r is|Call from] [a|the] neighbour[ at no.{cnum}| from {cnum} {street}|]",
        "[Neighbour|C/r] [calling|ringing] from {street}",
        "C/r {cname}, [neighbour|a neighbour|lives next door]",
        "C/r lives [next door|opposite|downstairs|upstairs|across the road][ at no.{cnum}|]",
    ),
    "public": (
        "[Call from|C/r is] [a|] [member of the public|passer-by|MOP|dog walker|taxi driver|"
        "bus driver|shop worker|security guard|delivery driver] [at|near|outside|in] {landmark}",
        "[{cmf}|] c/r [at|near|outside] {landmark}",
        "MOP [calling|ringing] [from|at] {landmark}",
        "C/r [driving past|walking past|in the car at|parked at|walking the dog near] {landmark}",
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
)
OD_TAKEN = (
    "{who} {says} {he} has [taken|swallowed|necked] {n_tabs} {meds}[ {time_ago}|]",
    "{who} has [cut|slashed] {his} [wrists|arms|throat|leg] and [is bleeding heavily|there's a "
    "lot of blood|it won't stop bleeding]",
    "{who} has [taken an overdose|OD'd|taken an OD][ of {meds}|] and is [drowsy|going in and out|"
    "slurring|being sick|not making sense]",
    "{who} [has drunk|drank] [bleach|antifreeze|weed killer] [{time_ago}|to end it]",
)
SI_COLOUR = (
    "@o c/r says {he} [sounded|seemed] [flat|very calm|not {himself}|tearful] on the phone",
    "{he} [lost {his} job|split with {his} partner|was evicted|failed {his} exams] "
    "[recently|last week]",
    "@s c/r [keeps apologising|is crying|speaking quietly|sounds flat]",
    "{he} [is|has been] [drinking|on {his} own|not sleeping] [today|all week]",
    "@o c/r [is|has been] on the phone to {him} [on another line|on and off]",
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
)
SH_SERIOUS = (
    "{who} has cut {his} [arm|wrist|leg] [deeply|badly|to the bone] and [is bleeding heavily|"
    "it won't stop|there's blood everywhere]",
    "{who} [is|keeps] [cutting {himself}|self harming] [right now|and won't stop|and has locked "
    "the bathroom door]",
    "{who} has [swallowed|taken] [batteries|razor blades|{n_tabs} {meds}] [and is being sick|and "
    "is going grey|]",
)

# ---- older / confused / care homes ---------------------------------------
CONFUSED_SAFE = (
    "{who} [is|was found] [wandering|walking about|sitting] [at|outside|near] {landmark} "
    "[confused|disorientated|not sure where {he} lives], [c/r is with {him}|c/r has sat {him} in "
    "[the shop|the cafe|the car]], {he} is [warm|calm|safe|dressed for the weather]",
    "{who} [keeps|has been] [knocking on doors|asking for {his} late [wife|husband]|asking people "
    "for a lift home], [confused|seems muddled], [c/r has made {him} a cup of tea|c/r is with "
    "{him}|"
    "staff are with {him}]",
    "{who} has [dementia|early dementia|memory problems] and [walked to|went to] [the shop|the "
    "post office|church] and [got lost|couldn't find {his} way back], [now|is] [sat with|being "
    "looked after by] [shop staff|a neighbour|c/r]",
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
)
CARE_HOME_OUT_SAFE = (
    "@k:care_home_staff {who} has [gone out|left] to the [shops|pub|bookies] [as {he} often does|] "
    "and is [not back yet|later than usual], {he} has capacity, [no concerns re {his} health|no "
    "risk issues|{he} has {his} phone]",
    "@k:care_home_staff {who} [went out|left] [for a walk|to see {his} son] [this "
    "morning|{time_ago}] "
    "and [hasn't come back|isn't back for tea], [independent|has capacity], [home just letting "
    "police know|not thought to be at risk]",
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
)
UNCONSCIOUS = (
    "{who} [is|has been] [lying|collapsed] [on the pavement|in the alley|by the bins] [at|near|"
    "behind] {landmark} and [is not responding|is unconscious|isn't breathing|is barely breathing|"
    "won't wake up][, lips blue|, vomit around {him}|, c/r doing CPR|]",
    "{who} [took|has taken] [something|pills|spice|ket|heroin] and [is fitting|has stopped "
    "breathing|went unconscious|is unresponsive]",
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
)
MISSING_TEEN = (
    "{who} [is|was due] [home at 10|home by 9pm|back by midnight] and [isn't back|is not back|is "
    "not answering], [thought to be with friends|out with {his} mates|has done this before and "
    "turned up]",
    "{who} [hasn't come home from school|didn't come home after school|walked out after an "
    "argument about {his} phone] [{time_ago}|], [probably at a mate's|known to go to the park]",
)
MISSING_HIGH = (
    "{who} has [left|written] [a note|a letter|a message] [saying sorry|saying goodbye|for {his} "
    "kids] and [took|has taken] [{his} tablets|the car|the rope from the garage|{n_tabs} {meds}]"
    "[ {time_ago}|]",
    "{who} [is|has been] [missing|not seen] [{since}|for 6 hrs] after texting that {he} [can't "
    "go on|wants it to end] and {his} [bank card|phone] was last [used|pinging] [near|at] {height}",
    "{who} [left|walked out] [{time_ago}|] after saying {he} [was going to end it|wanted to die|"
    "was going to the bridge] and [took {his} meds with {him}|isn't answering]",
)
CHILD_MISSING = (
    "{who} [has|] [wandered off|gone missing|run off] [at|in|from] [the park|{landmark}|the beach|"
    "the play area|the garden] [{time_ago}|20 mins ago|10 mins ago] [and can't be found|, c/r has "
    "searched|, not found][, near the water|, close to a main road|]",
    "{who} [got out of|let {himself} out of] the [house|flat|front door] [{time_ago}|while c/r was "
    "in the shower|] and [can't be found|isn't in the street], [{he} is only {age}|the road is "
    "busy]",
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
)
WALKOUT_NO_RISK = (
    "[no known risk|no current risk concerns|low risk|risk assessed as low]",
    "[staff just letting police know|for info|ward informing as per policy]",
    "[thought to be|probably] [at {his} mum's|at home|in town]",
    "{he} has capacity[ and is entitled to leave|]",
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
)
DETAINED_NO_RISK = (
    "[no stated risk|no current risk concerns|ward would like {him} returned|risk assessed as low]",
    "[thought to be at {his} [mum's|girlfriend's|flat]|probably gone home]",
    "[ward requesting assistance to return {him}|ward will go and collect if located]",
    "[no known risk to self or others|no immediate concerns per ward]",
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
)
CONVEY_CALM_DETAIL = (
    "{he} is [calm|settled|compliant|happy to go|agreeable]", "[no violence|no risk issues|"
    "no concerns re behaviour]", "{he} has [a bag packed|{his} mum with {him}]",
    "[voluntary|informal|under s2] admission",
)
CONVEY_CONTROLLED = (
    "{who} [has taken|took] {n_tabs} {meds} [earlier|{time_ago}] [but|and] [crew are on scene and "
    "managing|paramedics are with {him} and managing it|is being treated by crew], [only need "
    "police to help with|request police for] [transport|conveyance]",
    "{who} [has cut {his} arm|self harmed] [earlier|{time_ago}], crew [have dressed it|are "
    "managing], [wound minor now|bleeding controlled], [asking police|want police] to [assist with "
    "conveyance|transport {him} to {site}]",
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
)
S136_CALM = (
    "{he} is [calm|settled|asleep|compliant|quiet]", "[staff now able to take over|nurse in charge "
    "happy to accept]", "[no risk issues|calm, no concerns]", "officers [waiting|stood by][ "
    "{eta}|]",
    "[nothing on {him}|searched, nothing found]",
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
)
S136_MED_CONTROLLED = (
    "{who} [disclosed|said] {he} [had taken|took] {n_tabs} {meds} before [detention|being "
    "detained], "
    "now [in|being treated in] [ED|A&E] [by clinicians|with staff managing it], [calm|stable]",
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
)
BURGLARY = (
    "[c/r|{who}] [came home|got back] [to find|and found] [the back door forced|the front door "
    "kicked in|a window smashed] and [the telly|jewellery|the laptop and cash|{his} mum's rings] "
    "[gone|missing]",
    "{q} smashed the [car|van] window and climbed in[ and took| , took|, grabbed] [a bag|tools|"
    "a laptop][ {time_ago}|]",
    "[someone|{q}] [got into|broke into|has been in] [the garage|the shed|{his} flat] [overnight|"
    "while {he} was at work|{days_ago}] and [took|nicked] [{his} bike|tools|power tools|cash]",
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
)
FIGHT_NOW = (
    "[fight|mass brawl|big fight] [ongoing|happening now|kicking off] [outside|at|in] {landmark}"
    "[, approx 6 males|, lots of people involved|], [one has a [bat|knife|bottle]|someone on the "
    "floor being kicked|someone's head is bleeding]",
    "[group of|several] [lads|males|youths] [are|is] [kicking|laying into] {who} [on the floor|in "
    "the street] [at|near|outside] {landmark} [right now|as we speak]",
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
)
DV_STRANGLE = (
    "{q} [grabbed|had] {who} by the neck [and pushed {him} against the wall|until {he} couldn't "
    "breathe|and squeezed]",
    "{q} put {qhis} hands round {his} [throat|neck] [during an argument|{time_ago}|last night] "
    "[and|,] [{he} nearly passed out|{he} has marks on {his} neck|{he} couldn't breathe]",
    "{q} [choked|strangled] {who} [{time_ago}|earlier|last night] [and|,] [{he} blacked out|"
    "{his} voice is hoarse|{he} has red marks on {his} neck]",
)
DV_NOW = (
    "[c/r|neighbours] can hear [screaming|banging|a woman screaming|thuds|shouting and crashing] "
    "[from|next door at|at] [no.{num}|{num} {street}|the flat upstairs][, someone shouting "
    "[get off me|help|stop]|, sounds like someone being hit|]",
    "{q} [is|is currently] [hitting|beating|attacking|punching] {who} [now|right now|as we speak]"
    "[, c/r can hear it|, kids in the house|]",
)
DV_WEAPON = (
    "{q} [has|is holding|has picked up] a {weapon} and is [threatening|waving it at|standing over] "
    "{who} [in the kitchen|at the address|]",
    "{q} [came at|went for] {who} with a {weapon} [{time_ago}|just now] [and {he} has locked "
    "{himself} in the bathroom|and {he} has run out to a neighbour's]",
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
)
FRAUD = (
    "{who} [got|had] a call from [someone claiming to be the bank|'HMRC'|'Amazon'] and "
    "[transferred|has sent] £{amt} [to a safe account|in gift cards]",
    "{who} [was|has been] [conned|scammed] by [a rogue trader|someone at the door|a fake "
    "builder] [who pretended to be from the water board and took £{amt}|who claimed the roof "
    "needed urgent work that wasn't needed and took £{amt}]",
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
    "[toddler|small child|little boy|little girl] [on the window ledge|on the balcony|in the "
    "road|left alone in a car in the heat] [at|on] {street}, [no adult around|can't see "
    "parents|been there 20 mins]",
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
    ("[diagnosed with|has] [dementia|Alzheimer's] [last year|for a few years]", "older"),
    ("[has|] [ADHD|autism] and [runs off sometimes|has run off before]", "child"),
    ("[known to|open to] [CAMHS|the school nurse|early help]", "child"),
    ("[regular|known] at [the pub|that spot], [usually|normally] gets home fine", "intox"),
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
# --------------------------------------------------------------------------
UPDATE_POOLS = {
    "person_escalate": ("escalate", {"threat": 1}, (
        "@o c/r thought {he} was managing [ok|better] but {he} has now [sent a goodbye text from "
        "{height}|taken {n_tabs} {meds}]",
        "@o {who} [is now|now] texting that {he} has taken {n_tabs} {meds}",
        "@s c/r now says {he} has [just |][taken|swallowed] {n_tabs} {meds}",
        "@o {who} has [now|just] [sent|texted] [a goodbye message|a message saying goodbye] "
        "and [is at|is on] {height}",
        "@o c/r [now|has] found [a note|a goodbye letter] and [{his} tablets are gone|the rope "
        "from the shed is missing]",
        "@o [c/r now at the address,|c/r now at address and] can see {who} on the floor not "
        "[moving|responding]",
        "@o {who} [has just|just] rung c/r [from|at] {rail} [saying sorry|saying goodbye]",
        "{who} [is now|now] standing on the wrong side of the railings [on|at] {height}",
        "@o {his} [phone|location] now shows {him} at {height} and {he} [is saying|texted] "
        "[{he} is going to jump|this is it]",
        "@s c/r now [says|states] {he} is [at|on] {height} and [is going to jump|won't come down]",
        "@o {who} has [now|just] [cut {his} wrists|cut {his} arm badly] [and there is a lot of "
        "blood|, bleeding heavily]",
    )),
    "older_escalate": ("escalate", {"threat": 1}, (
        "{who} [has now been|now] seen [walking in the road on the bypass|by {water} in {his} "
        "nightclothes|on the railway line]",
        "[found|located] [collapsed|on the floor] [in the park|by the bins|in an alley] and "
        "[not responding|very cold and barely responsive]",
    )),
    "intox_escalate": ("escalate", {"threat": 1}, (
        "{he} [has now|now] [stopped breathing|stopped responding|gone unconscious]",
        "{he} [has now|now] collapsed and [isn't responding|is fitting|has gone blue]",
    )),
    "intox_crime": ("escalate", {"crime": 1}, (
        "{he} has now [punched|hit|headbutted] [door staff|a passer-by|the security guard]",
        "{he} has now [smashed|kicked in] [a shop window|the bus stop glass]",
    )),
    "person_clear": ("clear", {"threat": 0}, (
        "@o [found|located] safe and well at [{his} sister's|a friend's|{his} mum's|home|"
        "{landmark}], no concerns",
        "@o {who} has [come home|returned home|turned up at {his} mum's] [safe and well|and is "
        "fine]",
        "@o c/r [rang back|called back]: {he} [answered the phone|has been in touch] and is "
        "[fine|safe], was [asleep|at work|at a friend's|out of battery]",
        "[officers|patrol|police] [located|found] {who} [safe|safe and well][, taken home| and "
        "no concerns|]",
    )),
    "person_control": ("control", {"threat": 0}, (
        "{who} is now with paramedics who are managing, no police req",
        "[crew|ambo] now on scene with {him} and managing[, no police required|, police not "
        "needed|, stand down]",
        "{who} has [agreed to go|gone] to A&E [with {his} mum|in the ambulance|voluntarily]"
        "[ and is calm|, crisis team meeting {him} there|]",
        "crisis team [now|are] with {him}[ and|,] [{he} is calm|risk managed|{he} has handed "
        "over the tablets]",
        "[paramedics|crew] [treating|have treated] {him} at the scene, [stable|talking], "
        "[happy to manage|no police needed]",
    )),
    "contact_neutral": ("neutral", {}, (
        "@o c/r rang again, still no [answer|contact]",
        "@o c/r now at the address, [no answer|no reply] at the door",
        "@o {his} [mum|sister|brother] [has also|also] tried ringing, no answer",
        "[last seen|seen] wearing {clothes}",
        "@o c/r [has sent|will send] a photo of {him}",
        "@o c/r [thinks|says] {he} may have gone to [{his} ex's|the pub|{landmark}]",
        "@p [AWOL|missing] form [done|completed][ and photo sent|]",
        "@o {his} phone [now|still] going to voicemail",
    )),
    "care_neutral": ("neutral", {}, (
        "[crisis team|the CMHT|GP] [aware|informed] and will [try to call {him}|visit "
        "tomorrow|ring c/r back]",
        "[ambo|ambulance] ETA [now|is] {eta}",
        "@s c/r [happy to|agreed to] [stay on the line|speak to the crisis team]",
        "@o c/r [is|is still] with {him}",
        "@o c/r [has|will] [ring|rung] {his} [sister|mum|GP] as well",
        "[111|NHS 111|MH triage] [also|] [aware|contacted]",
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
    "walkout_clear": ("clear", {"threat": 0}, (
        "{who} has [returned|come back] [to the ward|to the department|] [of {his} own "
        "accord|with {his} mum|by "
        "taxi][, settled|, no injuries|, safe|]",
        "[staff|security] found {who} in [the hospital grounds|the canteen|the smoking shelter|"
        "the car park], [back on the ward|safe]",
        "{who} [rang|phoned] the ward [from {his} mum's|from home] and [agreed to come back|is "
        "safe], [family bringing {him} back|staff collecting]",
        "[located|found] safe and well [at home|at {his} mum's|in town], [returned to {site}|"
        "ward aware]",
    )),
    "child_clear": ("clear", {"threat": 0}, (
        "[found|located] [safe|safe and well] [in the play area|hiding in the garden|at a "
        "neighbour's|in the shop], [back with c/r|with mum|no injuries]",
    )),
    "violence_escalate": ("escalate", {"threat": 1, "crime": 1}, (
        "{q} has come back and is [banging on the door|trying to get in] [with a {weapon}|"
        "shouting {qhe}'ll kill {him}]",
        "@o c/r can now hear [screaming|{him} screaming] and [banging|thuds]",
        "{q} has now [got|picked up] a [knife|kitchen knife|{weapon}][ from the kitchen|]",
        "{who} [is now|now] [unconscious|not responding|bleeding heavily from {his} head]",
        "{q} [is|has started] [hitting|kicking] {him} again[ and c/r can hear it|]",
    )),
    "order_escalate": ("escalate", {"threat": 1}, (
        "{q} has now [pulled a knife|picked up a bottle and glassed someone|knocked a customer out "
        "cold]",
        "{q} is now [kicking|stamping on] [a member of staff|someone] on the floor",
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
        "c/r can now see {qhim} has a [crowbar|knife|hammer] and [is coming up the stairs|is "
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
        "staff were managing {him} but {he} has now [tied a ligature in the toilet|got a cord "
        "round {his} neck] and is [going blue|unresponsive]",
        "{who} has now [tied a ligature|got hold of a [cord|belt] and put it round {his} neck]",
        "{who} is now banging {his} head [against the wall|on the door] [repeatedly|and "
        "bleeding heavily]",
    )),
    "s136_assault": ("escalate", {"crime": 1}, (
        "{who} has now [punched|kicked|spat at] a [nurse|officer|member of staff]",
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
        "crew were managing but {who} has now [grabbed|pulled] a [knife|blade] [on them|from "
        "{his} pocket] and is threatening to [stab|cut] them",
        "{who} has now [grabbed|picked up] a [kitchen knife|knife|screwdriver] and is "
        "[threatening|waving it at] the crew",
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
# negations). parts = ((pool name, probability), ...) in order.
# --------------------------------------------------------------------------
_UNSEEN_UPD = ("person_escalate", "person_clear", "contact_neutral")

FAMILIES = {
    "wc_not_seen": {
        "weight": 4.5, "phase": "welfare_check", "domain": "person",
        "tags": "person missing", "subject": "any",
        "callers": {"family": 4, "neighbour": 3, "gp": 1, "care_coordinator": 1.5,
                    "crisis_team": 1, "social_worker": 1, "anonymous": 0.5},
        "variants": (
            {"key": "not_seen", "w": 5, "labels": (0, 0, 1),
             "parts": (("NOT_SEEN", 1), ("NOT_SEEN_COLOUR", .6), ("NOT_SEEN_COLOUR", .3)),
             "updates": _UNSEEN_UPD},
            {"key": "missed_appt", "w": 2.5, "labels": (0, 0, 1),
             "parts": (("MISSED_APPT", 1), ("NOT_SEEN_COLOUR", .4)), "updates": _UNSEEN_UPD},
            {"key": "collapsed", "w": 1.2, "labels": (1, 0, 1), "facets": ("unresponsive",),
             "parts": (("NOT_SEEN", .5), ("FOUND_COLLAPSED", 1)),
             "updates": ("person_control", "care_neutral")},
        ),
    },
    "wc_suicidal": {
        "weight": 9, "phase": "welfare_check", "domain": "person",
        "tags": "person mh", "subject": "adult",
        "callers": {"family": 3, "self": 3, "crisis_team": 1.5, "gp": 1, "care_coordinator": 1,
                    "anonymous": 0.4, "social_worker": 0.5, "ambulance_crew": 0.3},
        "variants": (
            {"key": "thoughts_only", "w": 4.6, "labels": (0, 0, 1), "facets": ("si",),
             "parts": (("SI_THOUGHTS", 1), ("NO_PLAN", .6), ("SI_COLOUR", .4)),
             "updates": ("person_escalate", "care_neutral", "person_control", "to_crime")},
            {"key": "intent_means", "w": 2.5, "labels": (1, 0, 1), "facets": ("si", "means"),
             "parts": (("SI_INTENT", 1), ("SI_MEANS", 1), ("SI_COLOUR", .3)),
             "updates": ("person_control", "person_clear", "care_neutral")},
            {"key": "mild_worded", "w": 2.2, "labels": (1, 0, 1), "facets": ("means",),
             "parts": (("MILD_THREAT", 1), ("SI_COLOUR", .3)),
             "updates": ("person_control", "person_clear", "care_neutral")},
            {"key": "action_taken", "w": 1.5, "labels": (1, 0, 1),
             "facets": ("si", "means", "injury", "sh"),
             "parts": (("OD_TAKEN", 1), ("SI_COLOUR", .3)),
             "updates": ("person_control", "care_neutral")},
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
        "weight": 3.2, "phase": "welfare_check", "domain": "person",
        "tags": "person older", "subject": "older",
        "callers": {"public": 3, "family": 2, "neighbour": 2, "care_home_staff": 2.5,
                    "ambulance_crew": 0.5},
        "variants": (
            {"key": "confused_safe", "w": 2.6, "labels": (0, 0, 1),
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
        "weight": 2.7, "phase": "welfare_check", "domain": "person",
        "tags": "person mh", "subject": "adult",
        "callers": {"self": 3, "public": 2, "family": 2, "neighbour": 1, "crisis_team": 1},
        "variants": (
            {"key": "distress", "w": 1, "labels": (0, 0, 1),
             "parts": (("DISTRESS", 1), ("NO_PLAN", .2)),
             "updates": ("care_neutral", "person_escalate", "to_crime")},
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
             "updates": ("person_clear", "person_control", "contact_neutral")},
        ),
    },
    "wc_missing_young": {
        "weight": 3, "phase": "welfare_check", "domain": "person",
        "tags": "person missing child", "subject": "teen",
        "callers": {"family": 5, "school": 1, "social_worker": 0.5, "public": 0.5},
        "variants": (
            {"key": "teen_late", "w": 3, "labels": (0, 0, 1), "parts": (("MISSING_TEEN", 1),),
             "updates": ("person_clear", "contact_neutral", "to_crime")},
            {"key": "young_child", "w": 2, "labels": (1, 0, 1), "subject": "child",
             "parts": (("CHILD_MISSING", 1),), "updates": ("child_clear", "contact_neutral")},
        ),
    },
    "wc_school": {
        "weight": 2.5, "phase": "welfare_check", "domain": "person",
        "tags": "person child", "subject": "teen",
        "callers": {"school": 4, "social_worker": 2},
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
        ),
    },
    "wo_voluntary": {
        "weight": 4.5, "phase": "walk_out", "domain": "person",
        "tags": "person missing mh ward", "subject": "adult",
        "callers": {"ward_nurse": 5, "ae_staff": 4, "crisis_team": 0.5},
        "variants": (
            {"key": "no_risk", "w": 3, "labels": (0, 0, 1),
             "parts": (("WALKOUT_VOLUNTARY", 1), ("WALKOUT_NO_RISK", .7)),
             "updates": ("walkout_clear", "contact_neutral", "person_escalate")},
            {"key": "stated_plan", "w": 1.6, "labels": (1, 0, 1), "facets": ("si",),
             "parts": (("WALKOUT_VOLUNTARY_RISK", 1),),
             "updates": ("walkout_clear", "person_control", "contact_neutral")},
        ),
    },
    "wo_detained": {
        "weight": 5.5, "phase": "walk_out", "domain": "person",
        "tags": "person missing mh ward", "subject": "adult",
        "callers": {"ward_nurse": 6, "ae_staff": 0.5, "crisis_team": 0.5},
        "variants": (
            {"key": "awol_no_risk", "w": 2.6, "labels": (0, 0, 1),
             "parts": (("DETAINED_AWOL", 1), ("DETAINED_NO_RISK", .8)),
             "updates": ("walkout_clear", "contact_neutral", "person_escalate")},
            {"key": "awol_known_risk", "w": 2.5, "labels": (1, 0, 1), "facets": ("si", "threat"),
             "parts": (("DETAINED_AWOL", 1), ("DETAINED_RISK", 1)),
             "updates": ("walkout_clear", "contact_neutral")},
        ),
    },
    "cv_request": {
        "weight": 5, "phase": "conveyance", "domain": "custody",
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
        ),
    },
    "s136": {
        "weight": 5, "phase": "s136_handover", "domain": "custody",
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
        ),
    },
    "cr_theft": {
        "weight": 10.5, "phase": "other", "domain": "crime", "subject": "adult",
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
        "weight": 6.5, "phase": "other", "domain": "crime", "subject": "adult", "other": "stranger",
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
        "weight": 9, "phase": "other", "domain": "dv", "subject": "adult", "other": "partner",
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
        "weight": 4.5, "phase": "other", "domain": "crime", "subject": "adult", "other": "known",
        "callers": {"self": 4, "family": 1, "neighbour": 0.5, "anonymous": 0.5},
        "variants": (
            {"key": "ttk_remote", "w": 4, "labels": (0, 1, 0), "facets": ("crime", "threat"),
             "parts": (("TTK_REMOTE", 1),), "updates": ("crime_neutral", "ttk_escalate")},
            {"key": "ttk_credible", "w": 1.5, "labels": (1, 1, 0),
             "facets": ("crime", "threat", "weapon"),
             "parts": (("TTK_CREDIBLE", 1),), "updates": ("crime_neutral",)},
            {"key": "harassment", "w": 4, "labels": (0, 1, 0), "facets": ("crime",),
             "parts": (("HARASSMENT", 1),), "updates": ("crime_neutral", "ttk_escalate")},
        ),
    },
    "cr_damage": {
        "weight": 5, "phase": "other", "domain": "crime", "subject": "adult", "other": "stranger",
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
        "weight": 7, "phase": "other", "domain": "crime", "subject": "adult", "other": "stranger",
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
        "weight": 10.5, "phase": "other", "domain": "nonpolice", "subject": "adult",
        "callers": {"self": 6, "public": 2, "neighbour": 1.5, "anonymous": 1},
        "variants": (
            {"key": "non_police", "w": 3, "labels": (0, 0, 0), "parts": (("NON_POLICE", 1),),
             "updates": ("np_neutral",)},
            {"key": "harmless_alarm_word", "w": 2, "labels": (0, 0, 0),
             "parts": (("HARMLESS_ALARM", 1),), "updates": ("np_neutral",)},
        ),
    },
    "hz_hazard": {
        "weight": 2.5, "phase": "other", "domain": "hazard", "subject": "adult",
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
            {"key": "child_in_danger", "w": 0.8, "labels": (1, 0, 1),
             "parts": (("CHILD_DANGER", 1),), "updates": ("child_clear", "hazard_neutral")},
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
UPDATE_MARKERS = (
    "UPDATE:", "UPDATE -", "Update:", "UPD:", "UPD -", "**UPDATE**", "Update -",
    "FURTHER:", "Further call from c/r:", "c/r rang back:", "2nd call:", "Further info:",
    "Upd8:", "** UPD **", "Update from c/r -", "NEW INFO:",
)
PROSE_UPDATE_MARKERS = (
    "Update:", "An update has been received:", "Further call from the caller:",
    "The caller has rung back to say", "Later update:", "Further information:",
    "Update from the caller:",
)
SPEECH_LEADS = (
    "c/r [very distressed|crying|panicking|rambling|hard to follow|calm but worried|upset|"
    "talking fast|shouting] [and|,] [says|saying|keeps saying|is saying]:",
    "c/r [says|said] [in {chis} own words|word for word|]:",
    "[in c/r's words|c/r's account|c/r speaking quickly]:",
)
FILLERS = (
    ", um, ", " and, like, ", " ... ", ", I don't know, ", " honestly ", ", sorry, ",
    " and then ", ", you know, ", " - ", ", basically ", ", er, ", " and um ", ", right, ",
)
SPEECH_INTERJECTIONS = (
    "i dont know what to do", "can you hear me ok", "i'm so sorry to bother you",
    "i didn't know who else to ring", "i'm not sure who to call", "i'm shaking", "sorry i'm "
    "rambling",
    "this isn't like {him}", "i've been on hold ages",
)
SEPARATORS = (". ", ". ", " - ", "; ", " / ", ", ", "\n", " .. ", ". ", " -- ")
