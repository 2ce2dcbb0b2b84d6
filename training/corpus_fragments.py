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
)
UNCONSCIOUS = (
    "{who} [is|has been] [lying|collapsed] [on the pavement|in the alley|by the bins] [at|near|"
    "behind] {landmark} and [is not responding|is unconscious|isn't breathing|is barely breathing|"
    "won't wake up][, lips blue|, vomit around {him}|, c/r doing CPR|]",
    "{who} [took|has taken] [something|pills|spice|ket|heroin] and [is fitting|has stopped "
    "breathing|went unconscious|is unresponsive]",
    "{who} [found|is] [slumped|lying] [in a car|on a bench|in the stairwell] [at|near] "
    "{landmark}, [can't be woken|not responding to c/r|breathing very slowly], [needle "
    "next to {him}|empty bottles around {him}|lips going blue]",
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
)
WALKOUT_NO_RISK = (
    "[no known risk|no current risk concerns|low risk|risk assessed as low]",
    "[staff just letting police know|for info|ward informing as per policy]",
    "[thought to be|probably] [at {his} mum's|at home|in town]",
    "{he} has capacity[ and is entitled to leave|]",
    "[no concerns re risk|no current risk to self or others|not detained]",
    "[{he} will probably come back later|{he} has done this before and returned|family "
    "aware]",
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
)
STREET_UNRESPONSIVE = (
    "@o {who} [asleep|lying|slumped] in [a doorway|the doorway of {landmark}|a tent|a bus shelter] "
    "and c/r [can't wake {him}|couldn't wake {him}|has tried to wake {him}], [breathing is very "
    "shallow|{he} is cold to the touch|lips look blue|making a snoring noise and won't rouse|"
    "no response at all]",
    "@o {who} [sleeping rough|in a sleeping bag] [at|near] {landmark} [hasn't moved|not moved] "
    "[all day|since this morning|for hours] and [isn't responding|won't wake up|isn't "
    "breathing properly] [when c/r shouts|when shaken|]",
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
        "@o {who} has [now|just] [texted|messaged] c/r '[sorry|love you all|look after the "
        "kids]' and {his} [insulin|tablets|car keys and the hosepipe] [are|have] gone",
        "@o c/r now [says|realises] {his} [pills|insulin pens|prescription] [are missing|have "
        "gone] and {he} [rang to say sorry|said goodbye] [earlier|{time_ago}]",
        "@o {who} [is now|now] [on the phone to c/r|texting c/r] from {height} [saying sorry|"
        "saying {he} loves them|and won't say why {he} is there]",
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
    )),
    "walkout_located": ("clear", {"threat": 0}, (
        "{who} [located|found|traced] at [{his} mum's|home|a friend's|{landmark}], [refusing to "
        "come back|says {he} will come back tomorrow|ward to arrange return|wants to stay there "
        "tonight], [ward happy|no risk concerns|ward to follow up]",
        "{who} has [rung|phoned] the ward [from home|from {his} mum's] [upset|tearful] and "
        "[won't come back yet|wants to talk to the doctor first], [ward staff to follow up|home "
        "treatment team to visit]",
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
        "{he} has now [run off from the crew|walked off from the ambulance|pulled away from {his} "
        "family] [towards {height}|towards {rail}|saying {he} will finish it]",
        "@o {his} [mum|partner|brother] now says {he} has locked {himself} in the bathroom "
        "[again|] and won't answer[ and has another cord|]",
    )),
    "height_escalate": ("escalate", {"threat": 1}, (
        "{he} [has now|now] [gone back over the railings|climbed back onto the ledge|pulled away "
        "and is back on the edge]",
    )),
    "nb_escalate": ("escalate", {"threat": 1}, (
        "{he} has now [gone floppy again|stopped responding again|stopped breathing again|gone "
        "blue again]",
    )),
    "fallen_clear": ("clear", {"threat": 0, "concern": 0}, (
        "[the neighbour|{his} son|{his} daughter|the lifting team|carers|the response service] "
        "[got|helped] {him} up, [no injuries|not hurt], [sat in {his} chair|back in bed|having a "
        "cuppa], [no further concerns|all fine|log can be closed]",
        "{he} [managed to get up|got {himself} up] [with c/r's help|using the sofa], [not "
        "hurt|no injuries|fine], [no further concerns|police no longer needed]",
    )),
    "fallen_escalate": ("escalate", {"threat": 1}, (
        "{he} has now [gone quiet|stopped answering|gone very drowsy|started being sick] and "
        "[c/r can't rouse {him}|isn't making sense|has gone grey]",
        "c/r now says {he} [did bang {his} head|has a lot of blood coming from {his} head] and "
        "is [drifting off|not making sense]",
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
        "c/r [went back|checked again] and {he} is now [not responding|not waking up|cold and "
        "not moving|breathing very slowly]",
    )),
    "medical_control": ("control", {"threat": 0}, (
        "[ambo|paramedics|the crew|a rapid response car] [now|has now|have now] [arrived|on "
        "scene|there] and [taken over|are managing|are treating {him}], [police not "
        "required|stand down|no police needed]",
        "crew [now|] on scene, {he} is [stable|talking|more settled], [being taken to {hosp}|"
        "paramedics managing], [police no longer needed|for info]",
    )),
    "medical_escalate": ("escalate", {"threat": 1}, (
        "{he} has now [collapsed|stopped responding|gone blue|gone grey and clammy]",
        "c/r now says {he} [has chest pain and is sweating|can't breathe properly|has started "
        "fitting]",
    )),
    "s136_found": ("clear", {"threat": 0}, (
        "{who} [located|found|detained again] [by officers|by patrol] [at {landmark}|on "
        "{street}|near {height}], [calm|unhurt], [returned to {site}|back at the suite]",
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
        "weight": 3.6, "phase": "welfare_check", "domain": "person",
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
        "weight": 4.5, "phase": "walk_out", "domain": "person",
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
            {"key": "absconded_risk", "w": 1, "labels": (1, 0, 1), "facets": ("si",),
             "parts": (("S136_RAN", 1), ("S136_RAN_RISK", 1)),
             "updates": ("s136_found", "contact_neutral")},
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
        "weight": 8.5, "phase": "other", "domain": "nonpolice", "subject": "adult",
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
        "weight": 3.8, "phase": "welfare_check", "domain": "person",
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
        "weight": 2.8, "phase": "welfare_check", "domain": "person",
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
