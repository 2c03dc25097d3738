import type { TopicWords } from "../sections/topics.js";
import { ENGLISH_STEMMER } from "./stem.js";

/**
 * English cue terms of the topic taxonomy: the words English-language releases of
 * governments and intergovernmental bodies use for each subject, written by hand from the
 * scope of each topic id (TOPICS.md of the annotated corpus) and from the usage of official
 * readouts (including translations from Russian: "humanitarian sphere",
 * "military-technical cooperation", "crisis situations").
 *
 * @example
 * ```ts
 * TOPIC_WORDS.cues.trade?.terms.includes("exports"); // true
 * ```
 */
export const TOPIC_WORDS: TopicWords = {
  cues: {
    terrorism: {
      terms: [
        "terrorism", "terror", "counter-terrorism", "anti-terrorism", "anti-terrorist", "counter-terrorist",
        "terrorist attack", "ISIS", "ISIL", "Daesh", "Al-Qaeda", "Islamic State",
      ],
    },
    extremism: {
      terms: [
        "extremism", "counter-extremism", "radicalization", "radicalism", "violent extremism", "separatism",
      ],
    },
    "drug-trafficking": {
      terms: [
        "drug trafficking", "drug trafficker", "drug smuggling", "drug trade", "drug threat", "drug production",
        "drug addiction", "drug-related", "anti-drug", "narcotics", "counter-narcotics", "narcotic drugs",
        "illicit drugs", "illegal drugs", "psychotropic substances", "precursors", "illicit trafficking in drugs",
        // The drugs themselves and their crops.
        "opium", "poppy cultivation", "heroin", "cocaine", "methamphetamine", "synthetic drugs",
      ],
      weakTerms: ["drugs", "drug"],
    },
    "organized-crime": {
      terms: [
        "organized crime", "transnational crime", "cross-border crime", "transnational organized crime",
        "criminal groups", "criminal organizations", "organized criminal", "criminal networks", "crime syndicates",
        "smuggling networks", "smuggling rings", "criminal gangs", "smuggling gangs",
      ],
      weakTerms: ["crime"],
    },
    "human-trafficking": {
      terms: [
        "human trafficking", "trafficking in persons", "trafficking in human beings", "trafficking in people",
        "people trafficking", "people smuggling", "migrant smuggling", "smuggling of migrants",
        "trafficking in women", "trafficking in children", "slave trade",
        // Trafficking for labour is trafficking; labour forced or done by children alone is a matter of rights.
        "trafficking for forced labour", "trafficking for forced labor",
      ],
    },
    "arms-trafficking": {
      terms: [
        "arms trafficking", "weapons trafficking", "illicit arms", "illegal arms", "illicit arms trade",
        "arms smuggling", "weapons smuggling", "trafficking in * arms", "trafficking in * weapons",
        "trafficking of * weapons", "small arms and light weapons", "firearms trafficking", "trafficking of * firearms",
        "trafficking in * firearms", "illicit firearms", "illegal firearms", "smuggling of * firearms",
      ],
    },
    "illegal-migration": {
      terms: [
        "illegal migration", "irregular migration", "illegal immigration", "illegal migrants", "irregular migrants",
        "illegal immigrants", "illegal border crossing", "migration crisis", "uncontrolled migration",
      ],
    },
    corruption: {
      terms: [
        "corruption", "anti-corruption", "bribery", "bribes", "corrupt officials", "corrupt practices",
      ],
    },
    "money-laundering": {
      terms: [
        "money laundering", "laundering of * proceeds", "legalization of * proceeds", "terrorist financing",
        "financing of terrorism", "terrorism financing", "illicit financial flows", "proceeds of crime",
        // Financing of terrorism in other words: no finance cooperation.
        "financing terrorism", "financing of * terrorism", "financing of * terrorist", "terrorist funding", "funding of terrorism",
      ],
    },
    cybersecurity: {
      terms: [
        "cyber security", "cybersecurity", "cyber", "cyberspace", "cyberattack", "cyber attack", "cyber threats",
        "cybercrime", "cyber-crime", "information security", "international information security", "ICT security",
        "security of ICT", "security in the use of ICT", "use of ICTs", "ICT crime", "criminal use of * technologies",
        "crime * use of * technologies", "computer crime", "hacker", "ransomware", "malware", "hybrid threats",
        "technologies for criminal purposes", "ICT for criminal purposes", "ICTs for criminal purposes",
        "information technologies for criminal purposes", "communication technologies for criminal purposes",
        "information and communication technologies for criminal purposes",
        // Crime committed over the internet.
        "online fraud", "online scam", "online scams", "scam centres", "scam centers", "internet fraud", "cyber fraud",
        "critical information infrastructure", "computer attacks", "computer attack",
      ],
      weakTerms: ["ICT", "ICTs", "personal data", "data protection"],
    },
    "border-security": {
      terms: [
        "border", "border security", "border protection", "border guards", "border service", "border troops",
        "border forces", "state border", "delimitation", "demarcation", "border management",
      ],
      weakTerms: ["frontier", "frontiers"],
    },
    "arms-control": {
      terms: [
        "arms control", "disarmament", "non-proliferation", "nonproliferation", "proliferation",
        "weapons of mass destruction", "WMD", "chemical weapons", "biological weapons", "nuclear weapons",
        "nuclear weapon", "nuclear arms", "nuclear-weapon-free", "nuclear-free", "denuclearization", "nuclear file",
        "nuclear programme", "nuclear program", "nuclear issue", "nuclear test", "nuclear deal", "arms race",
        "strategic stability", "missile defense", "missile defence", "intermediate-range missiles",
      ],
    },
    "military-cooperation": {
      terms: [
        "military cooperation", "military-technical", "military component", "military exercises", "military training",
        "military education", "military personnel", "military equipment", "military aid", "military assistance",
        "military [field]", "defence cooperation", "defense cooperation", "defence [field]", "defense [field]",
        "defence industry", "defense industry", "joint exercises", "joint * exercises", "command-staff exercises",
        "combat training", "combat readiness", "armed forces", "alliance", "military alliance", "training mission",
        "arms supplies", "weapons supplies", "join NATO", "NATO membership", "accession to NATO", "military base",
        "navy", "naval", "air force", "troops", "security forces", "defence production", "defense production",
        "NATO accession",
        // What armed forces are supplied with.
        "air defence", "air defense", "military support",
      ],
      // Arms named in a combat report are no cooperation unless something else says so.
      weakTerms: ["exercises", "military", "military-political", "army", "drills", "ammunition", "artillery"],
      listTerms: ["defence", "defense"],
    },
    peacekeeping: {
      terms: [
        "peacekeeping", "peace-keeping", "peacekeeper", "peace-keeper", "peacekeeping forces", "blue helmets",
        "peace operations",
        // Troops a state gives to a multinational force or mission.
        "peace support operation", "peace support mission", "troop-contributing", "troop contributing", "troop contribution",
        "contributes troops", "contribute troops", "contributed troops", "contributing troops",
      ],
    },
    "crisis-response": {
      terms: [
        "crisis management", "crisis response", "crisis situations", "crisis settlement", "conflict prevention",
        "conflict resolution", "conflict settlement", "prevent conflicts", "preventing * conflicts",
        "resolve conflicts", "prevent crises", "resolve crises", "settlement of * conflict",
        "settlement of * problem", "settlement of * crisis", "settlement of * situation", "peaceful settlement",
        "political settlement", "political solution", "peace process", "peace talks", "peace negotiations",
        "peace agreement", "peace deal", "peace plan", "ceasefire", "cease-fire", "truce", "armistice", "hostilities",
        "de-escalation", "escalation", "escalatory", "ease tensions", "easing of tensions", "reduce tensions",
        "restore order", "restoring constitutional order", "stabilization", "stabilizing", "post-conflict",
        "mediation", "aggression", "armed conflict", "military conflict",
        // Ways out of a conflict named by what they do to it.
        "de-escalate", "defuse tensions", "defuse * tensions", "resolve * crisis", "resolve * conflict",
        "resolve * dispute", "resolution of * conflict", "resolution of * crisis", "resolution of * dispute",
        "settle * dispute", "settlement of * dispute", "peaceful resolution", "peaceful solution", "peaceful means",
        "peaceful negotiations", "cessation of hostilities", "reconciliation process", "national reconciliation",
        "peace and reconciliation", "peacebuilding", "peace-building", "conflict zone", "conflict-affected",
        "preventive diplomacy",
        "hot spots", "hotspots", "issues of peace and security", "peace and security issues",
        // Where the fighting is.
        "front line", "frontline", "front lines", "battlefield",
        // A break of the constitutional order and its undoing.
        "coup", "unconstitutional change", "unconstitutional changes", "military takeover",
        "restoration of constitutional order", "return to constitutional order",
      ],
      weakTerms: [
        // Reconciliation between communities after a conflict, or of parties to one.
        "reconciliation", "inter-ethnic dialogue", "interethnic dialogue", "inter-ethnic relations", "interethnic relations",
        "crisis", "conflict", "tensions", "tension", "stabilize", "stabilise", "war", "security situation",
        "peace and security", "peace and stability", "stability and peace",
      ],
    },
    "law-enforcement": {
      terms: [
        "police", "policing", "law enforcement", "law-enforcement", "internal affairs bodies",
        "criminal investigation", "extradition", "mutual legal assistance",
      ],
    },
    trade: {
      terms: [
        "trade", "trade turnover", "commerce", "commercial ties", "tariffs", "customs duties", "exports", "imports",
        "export", "import", "market access", "supply chains", "free trade", "trading", "goods turnover", "WTO",
      ],
    },
    investment: {
      terms: [
        "investment", "investor", "joint venture", "investment projects", "capital investment", "invest",
        // The conditions for investing are investment, not the natural environment or climate.
        "investment climate", "investment environment",
      ],
    },
    energy: {
      terms: [
        "energy", "oil", "gas", "natural gas", "LNG", "nuclear power", "nuclear energy", "atomic energy",
        "electricity", "power plant", "power grid", "hydropower", "hydroelectric", "renewable energy", "renewables",
        "solar power", "wind power", "energy crisis", "coal", "fuel", "petroleum", "hydrocarbons", "pipeline",
        "energy security",
        // Links of power lines and pipelines, not of roads.
        "energy connectivity", "electricity connectivity", "power connectivity",
      ],
    },
    transport: {
      terms: [
        "transport", "transportation", "logistics", "aviation", "railway", "railroad", "rail", "highway", "motorway",
        "road construction", "transit", "freight", "shipping", "air traffic", "air service", "flights", "seaport",
        "connectivity", "airlines", "air connection", "air connections", "transport corridor", "transit corridor",
        "trade route", "international corridor", "economic corridor", "road corridor", "railway corridor", "waterway",
        "waterways",
      ],
      weakTerms: ["cargo", "infrastructure"],
    },
    finance: {
      terms: [
        "finance", "financial", "banking", "budget", "currency", "national currencies", "sanctions", "debt",
        "monetary", "fiscal", "macroeconomic", "financial crisis", "economic crisis", "payment system", "payments",
        "credit", "loan", "insurance", "inflation", "SWIFT", "grant aid", "tax", "taxes", "taxation",
      ],
      weakTerms: ["bank", "banks"],
    },
    agriculture: {
      terms: [
        "agriculture", "agricultural", "agro-industrial", "agrarian", "agribusiness", "food security", "fisheries",
        "fishing", "farming", "farmers", "crops", "grain", "wheat", "fertilizers", "livestock", "plant quarantine",
        "phytosanitary", "veterinary", "food supplies", "food products", "foodstuffs", "food crisis", "agri-food", "agrifood", "agro-food",
        "agri-business", "agro-processing", "food industry", "food processing", "irrigation",
      ],
    },
    industry: {
      terms: [
        "industry", "industrial", "manufacturing", "industrial cooperation", "mining", "minerals",
        "critical minerals", "metallurgy", "machine-building", "automotive", "factories", "industrial production",
        "industrialization",
      ],
    },
    health: {
      terms: [
        "health", "healthcare", "health care", "public health", "global health", "medicine", "medicines", "medical",
        "vaccine", "vaccination", "vaccines", "coronavirus", "COVID-19", "COVID", "infections", "infectious diseases",
        "infected", "disease", "sanitary", "epidemiological", "hospitals", "pharmaceutical", "pharmaceutics", "pharmaceuticals", "biosecurity",
        "biological security", "cholera", "malaria", "tuberculosis", "HIV", "polio", "Ebola", "measles", "mpox",
        "disease outbreak",
        // A crisis of health is no conflict to resolve.
        "COVID-19 crisis", "COVID crisis", "coronavirus crisis", "pandemic crisis", "health crisis", "health emergency",
      ],
      weakTerms: ["pandemic", "epidemic"],
    },
    education: {
      terms: [
        "education", "educational", "university", "universities", "students", "scholarships", "schools", "academic",
        "higher education", "vocational training", "teachers", "training of specialists", "student exchanges",
        "training of * specialists", "training of * experts", "training of experts",
        "vocational", "retraining", "retrain",
      ],
    },
    culture: {
      terms: [
        "culture", "cultural", "heritage", "arts", "people-to-people", "tourism", "tourist", "sport", "sports",
        "humanitarian [field]", "museums", "theatre", "cinema", "film", "music", "youth exchanges",
        "cultural exchanges", "humanitarian contacts",
      ],
    },
    "humanitarian-aid": {
      terms: [
        "humanitarian aid", "humanitarian assistance", "humanitarian [need]", "disaster relief", "emergency relief",
        "relief supplies", "relief efforts", "relief operation", "relief aid", "refugees", "displaced persons",
        "internally displaced", "IDPs", "food aid", "emergency assistance", "aid deliveries", "relief assistance",
        "forcibly displaced", "displaced population", "exodus",
      ],
    },
    "human-rights": {
      terms: [
        "human rights", "rule of law", "democracy", "democratic reforms", "democratization", "elections", "electoral",
        "gender equality", "gender equity", "women's empowerment", "women's * empowerment", "rights of women",
        "women's rights", "freedom of expression", "freedom of speech", "freedom of religion", "freedom of assembly",
        "media freedom", "press freedom", "fundamental freedoms", "civil society", "disability rights",
        "rights of persons", "minority rights", "domestic violence", "torture", "death penalty",
        "political prisoners", "war crimes", "judiciary", "judicial reform", "democratic institutions",
        "constitutional reform", "referendum", "protection of civilians", "political detainees", "detained political",
        "release of * detainees", "release of * prisoners", "justice sector", "justice reform", "judicial system",
        "reform of the justice", "independence of the judiciary",
        "forced labour", "forced labor", "child labour", "child labor", "freedom of association", "labour rights",
        "labor rights", "workers' rights",
      ],
    },
    environment: {
      terms: [
        "environment", "environmental", "climate", "climate change", "water", "natural disasters", "emissions", "GHG",
        "greenhouse gas", "Paris Agreement", "pollution", "biodiversity", "ecology", "ecological", "carbon",
        "decarbonization", "desertification", "deforestation", "wildfires", "floods", "earthquake", "green economy",
        "green transition", "cyclone", "hurricane", "typhoon", "drought", "natural disaster",
        "protect * environment", "protection of * environment", "haze", "air quality", "climate crisis", "climate emergency",
      ],
    },
    "science-technology": {
      terms: [
        "science", "scientific [field]", "scientist", "research", "innovation", "outer space", "space exploration",
        "space cooperation", "space research", "space activities", "space industry", "space launch", "satellite",
        "spacecraft", "digital economy", "digitalization", "digital technologies", "digital transformation",
        "artificial intelligence", "AI", "technology", "technological", "5G", "high-tech", "nanotechnology",
        "digital [field]",
        "biotechnology", "quantum", "semiconductors", "digital governance", "e-government", "e-governance",
        "information technology", "information technologies", "e-commerce", "electronic commerce", "digital trade",
      ],
      weakTerms: ["innovative", "scientific", "IT"],
    },
  },
  heads: {
    field: [
      "cooperation", "co-operation", "collaboration", "field", "sphere", "area", "domain", "sector", "ties",
      "relations", "interaction", "contact", "exchange", "partnership", "project", "programme", "program", "links",
      "dimension", "dialogue", "direction",
    ],
    need: [
      "aid", "assistance", "relief", "situation", "crisis", "catastrophe", "disaster", "implications", "consequences",
      "needs", "access", "corridor", "convoy", "supplies", "cargo", "mission", "operation", "response", "demining",
      "workers", "emergency", "suffering", "pause", "deliveries", "supply", "support",
    ],
  },
  blockers: [
    // Borders as a figure of speech.
    "transcend borders", "across borders", "beyond * borders", "without borders", "within * borders", "cross-border",
    // A border as where a place lies, not a border guarded ("floods in border areas").
    "border areas", "border regions", "border districts", "border territories", "border settlements", "border villages", "border towns",
    // Food and medicine dropped or delivered are relief supplies, not a health matter.
    "food and medicine", "food and medicines", "medicine and food", "medicines and food",
    // Health wished to a person.
    "sound health", "good health", "robust health", "excellent health", "wish * health", "wishes of health",
    "best of health", "recovery from * disease", "recovery from * illness",
    // A front line as a figure of speech ("on the front line of climate change").
    "front line of", "front lines of", "frontline of", "frontlines of",
    // Energy as vigour.
    "energy of", "new energy", "positive energy", "fresh energy", "creative energy", "political energy", "energetic",
    // The conditions for business or politics are no natural environment or climate.
    "business environment", "security environment", "favorable environment",
    "favourable environment", "conducive environment", "enabling environment", "international environment",
    "environment for", "climate for",
    "business climate", "political climate", "climate of trust",
    // Infrastructure of computers, not of roads.
    "information infrastructure", "critical infrastructure", "digital infrastructure",
    // Farms that grow electricity, not crops.
    "wind farm", "wind farms", "solar farm", "solar farms", "server farm", "server farms",
    // Water as a maritime boundary, art as state of the art.
    "territorial waters", "state-of-the-art",
    // Tension relieved is not relief aid; the "road map" of a plan is no road.
    "relief of tension", "road map", "roadmap",
    // Wars of history recalled on anniversaries; trade unions are no trade.
    "World War", "Patriotic War", "war veterans", "trade union", "trade unions",
    // A culture of dialogue, trust or peace is a manner, not the arts.
    "culture of dialogue", "culture of trust", "culture of peace", "political culture",
    // The rule of law of the international order is no human rights matter.
    "order based on the rule of law", "order based on * rule of law",
  ],
  stemmer: ENGLISH_STEMMER,
  conjunctions: ["and", "or", "nor"],
  stopWords: [
    "of", "in", "the", "a", "an", "to", "for", "with", "on", "by", "at", "from", "that", "which", "as", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "their", "its", "our", "this", "these", "those", "who",
  ],
  organWords: [
    "centre", "center", "council", "committee", "department", "service", "agency", "organization", "organisation",
    "bureau", "commission", "unit", "academy", "college", "ministry", "ministries", "office", "institute", "secretariat",
    "assembly", "parliament", "union", "bank", "fund", "court", "corporation", "company", "councils", "committees",
    "centres", "centers", "agencies", "services", "departments", "organizations", "organisations", "commissions",
    // Titles name an office, not a subject discussed ("Finance Minister", "Commissioner for Trade").
    "minister", "ministers", "commissioner", "secretary",
  ],
  nameConnectors: ["of", "for", "and", "the", "on", "in", "against", "to", "de"],
  concepts: [
    // A conflict or crisis named by its place: "the situation in Syria", "developments around
    // Nagorno-Karabakh", "the war in Ukraine"; not "the economic situation in Russia".
    { id: "trouble-in-place", topic: "crisis-response", pattern: "{trouble} {near} <place>", notAfter: "domain" },
    // "the Ukraine crisis", "the Syrian settlement", "Russia's war against Ukraine".
    { id: "place-strife", topic: "crisis-response", pattern: "<place> {strife}", notAfter: "domain" },
    // "the Afghan issue", "the Cyprus problem": only a state's name makes an issue a conflict.
    { id: "country-question", topic: "crisis-response", pattern: "<country> {question}" },
    // "normalization of relations between Armenia and Azerbaijan", "tensions between India and Pakistan".
    { id: "strife-between-places", topic: "crisis-response", pattern: "{rapprochement} between <party> and <party>" },
    { id: "normalization-between-places", topic: "crisis-response", pattern: "{rapprochement} of relations between <place> and <place>" },
    // "negotiations between Russia and Ukraine", when the two are not the sides of the release.
    { id: "talks-between-other-states", topic: "crisis-response", pattern: "{talks} between <country> and <country>", otherThanSides: true },
    // "political dialogue in Somalia", "inclusive dialogue in Libya".
    { id: "internal-dialogue", topic: "crisis-response", pattern: "{internal} {talks} in <country>" },
    // "the attack on Ukraine", "the invasion of Kuwait".
    { id: "assault-on-country", topic: "crisis-response", pattern: "{assault} {against} <country>", notAfter: "terror" },
    // "intra-Afghan talks", "inter-Tajik negotiations".
    { id: "intra-national-talks", topic: "crisis-response", pattern: "{across} <national> {peacemaking}" },
    // "peace in the Middle East", "peace and stability in Afghanistan".
    { id: "peace-in-place", topic: "crisis-response", pattern: "peace {near} <place>" },
    // "the state of affairs in Afghanistan": a place's state of affairs, not a ministry of affairs.
    { id: "state-of-affairs-in-place", topic: "crisis-response", pattern: "state of affairs {near} <place>" },
    { id: "peace-and-calm-in-place", topic: "crisis-response", pattern: "peace and {calm} {near} <place>" },
    { id: "calm-and-peace-in-place", topic: "crisis-response", pattern: "{calm} and peace {near} <place>" },
  ],
  classes: {
    trouble: [
      "situation", "=developments", "crisis", "conflict", "war", "tension", "hostilities", "=fighting", "clashes",
      "violence", "escalation", "confrontation", "standoff", "stand-off", "unrest", "instability", "turmoil",
    ],
    near: ["in", "around", "on", "over", "=surrounding", "along", "near", "with", "against"],
    strife: [
      "crisis", "conflict", "war", "settlement", "hostilities", "standoff", "stand-off", "=dispute", "confrontation",
      "unrest", "=tensions", "reconciliation",
    ],
    question: ["=issue", "=problem", "=question"],
    assault: ["=attack", "=attacks", "invasion", "aggression", "=offensive", "incursion", "occupation", "annexation"],
    against: ["on", "against", "of", "into"],
    terror: ["terrorist", "terror", "cyber", "cyber-attack", "hacker"],
    rapprochement: [
      "normalization", "reconciliation", "rapprochement", "confrontation", "conflict", "war", "tension", "hostilities",
      "=dispute", "=disputes", "=peace", "ceasefire", "cease-fire", "clashes", "=fighting", "standoff",
    ],
    talks: ["negotiations", "=talks", "dialogue"],
    internal: ["political", "national", "inclusive", "inter-party", "all-party"],
    across: ["intra", "inter"],
    peacemaking: ["dialogue", "=talks", "negotiations", "reconciliation", "settlement", "conflict", "=peace"],
    calm: ["stability", "security"],
    // What a situation is of when it is no crisis: "the economic situation", "the epidemiological situation".
    domain: [
      "economic", "socio-economic", "socioeconomic", "macroeconomic", "financial", "fiscal", "monetary", "budgetary",
      "epidemiological", "epidemic", "pandemic", "sanitary", "health", "medical", "energy", "food", "humanitarian",
      "environmental", "ecological", "climate", "weather", "water", "demographic", "migration", "investment",
      "business", "market", "trade", "tourism", "education", "educational", "labour", "labor", "economy", "price",
      "currency", "agricultural", "industrial", "transport", "rights", "cultural", "sports", "digital",
    ],
  },
  places: {
    openers: ["the"],
    modifiers: [
      "eastern", "western", "northern", "southern", "central", "north-eastern", "north-western", "south-eastern",
      "south-western", "northeastern", "northwestern", "southeastern", "southwestern", "occupied", "wider", "greater",
    ],
    connectors: ["of", "the"],
    possessiveEndings: ["'s", "\u2019s", "'", "\u2019"],
    wideRegions: [
      "world", "europe", "asia", "africa", "eurasia", "americas", "latin america", "north america", "south america",
      "asia-pacific", "asia pacific", "indo-pacific", "euro-atlantic", "eurasian", "european", "asian", "african",
      "western hemisphere",
    ],
  },
};
