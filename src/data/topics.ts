/**
 * The built-in topic taxonomy. Ids and their scope follow the project's annotation guidelines
 * (TOPICS.md of the annotated corpus); the terms are the words English-language releases of
 * governments and intergovernmental bodies use for each subject, written by hand from that
 * scope and from the usage of official readouts (including translations from Russian:
 * "humanitarian sphere", "military-technical cooperation", "crisis situations").
 *
 * How a term is written (see the topics plugin for how it is matched):
 * - words are matched on the word tree, case-insensitively, after stemming, so "terrorist",
 *   "terrorists" and "terrorism" are one term; hyphenated and solid spellings
 *   ("counter-terrorism", "counterterrorism") meet when the term is written with the hyphen;
 * - a word in CAPITALS of two letters or more ("ICT", "AI") matches only a capitalised token;
 * - `*` stands for up to three words ("settlement of * conflict");
 * - `[name]` at the end stands for a head word from {@link TOPIC_HEADS}, reached over a
 *   coordinated list of modifiers ("scientific, technical and cultural [fields]").
 *
 * @example
 * ```ts
 * import { TOPICS, type Topic } from "communique";
 * const security: Topic[] = TOPICS.filter((topic) => topic.group === "security");
 * ```
 *
 * @group Topics
 */
export interface Topic {
  /** Stable id, kebab-case. */
  readonly id: string;
  /** Short human label. */
  readonly label: string;
  /** Group the topic belongs to. */
  readonly group: "security" | "economy" | "society" | (string & {});
  /** What the topic covers. */
  readonly description: string;
  /** Words and phrases that name the topic on their own. */
  readonly terms: readonly string[];
  /**
   * Words that name the topic only in some contexts ("pandemic" as a date, "crisis" of any
   * kind). A topic whose only evidence is one weak term is left out and reported as
   * `topic:weak-evidence`; two weak mentions, or one beside a strong term, keep it.
   */
  readonly weakTerms?: readonly string[];
}

/**
 * Head words that turn a modifier into a topic: `[field]` (a field of cooperation, as in
 * "scientific and cultural ties") and `[need]` (what humanitarian aid answers: "the
 * humanitarian situation", "humanitarian implications").
 *
 * @example
 * ```ts
 * import { TOPIC_HEADS } from "communique";
 * TOPIC_HEADS.field?.includes("sphere"); // true
 * ```
 *
 * @group Topics
 */
export const TOPIC_HEADS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  field: Object.freeze([
    "cooperation", "co-operation", "collaboration", "field", "sphere", "area", "domain", "sector", "ties", "relations",
    "interaction", "contact", "exchange", "partnership", "project", "programme", "program", "links", "dimension",
    "dialogue", "direction",
  ]),
  need: Object.freeze([
    "aid", "assistance", "relief", "situation", "crisis", "catastrophe", "disaster", "implications", "consequences",
    "needs", "access", "corridor", "convoy", "supplies", "cargo", "mission", "operation", "response", "demining",
    "workers", "emergency", "suffering", "pause", "deliveries", "supply",
  ]),
});

/**
 * Phrases that look like a topic term but are not one ("transcend borders", "sound health",
 * "the energy of cooperation"). They are matched like terms and, being longer, take the
 * words away from the shorter term inside them.
 *
 * @example
 * ```ts
 * import { TOPIC_BLOCKERS } from "communique";
 * TOPIC_BLOCKERS.includes("sound health"); // true
 * ```
 *
 * @group Topics
 */
export const TOPIC_BLOCKERS: readonly string[] = Object.freeze([
  // Borders as a figure of speech.
  "transcend borders", "across borders", "beyond * borders", "without borders", "within * borders", "cross-border",
  // Health wished to a person.
  "sound health", "good health", "robust health", "excellent health", "wish * health", "wishes of health",
  // Energy as vigour.
  "energy of", "new energy", "positive energy", "fresh energy", "creative energy", "political energy", "energetic",
  // The conditions for business or politics are no natural environment or climate.
  "business environment", "investment environment", "security environment", "favorable environment",
  "favourable environment", "conducive environment", "enabling environment", "international environment",
  "investment climate", "business climate", "political climate", "climate of trust",
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
]);

/**
 * Every topic of the taxonomy, in the order of the guidelines.
 *
 * @example
 * ```ts
 * import { TOPICS } from "communique";
 * TOPICS.find((topic) => topic.id === "trade")?.terms.includes("exports"); // true
 * ```
 *
 * @group Topics
 */
export const TOPICS: readonly Topic[] = Object.freeze([
  {
    id: "terrorism", label: "Terrorism", group: "security",
    description: "Terrorism, counter-terrorism, terrorist attacks.",
    terms: [
      "terrorism", "terror", "counter-terrorism", "anti-terrorism", "anti-terrorist", "counter-terrorist", "terrorist attack",
      "ISIS", "ISIL", "Daesh", "Al-Qaeda", "Islamic State",
    ],
  },
  {
    id: "extremism", label: "Extremism", group: "security",
    description: "Extremism, radicalisation, violent extremism.",
    terms: ["extremism", "counter-extremism", "radicalization", "radicalism", "violent extremism", "separatism"],
  },
  {
    id: "drug-trafficking", label: "Drug trafficking", group: "security",
    description: "Drug trafficking, narcotics, illicit drugs.",
    terms: [
      "drug trafficking", "drug trafficker", "drug smuggling", "drug trade", "drug threat", "drug production",
      "drug addiction", "drug-related", "anti-drug", "narcotics", "counter-narcotics", "narcotic drugs", "illicit drugs",
      "illegal drugs", "psychotropic substances", "precursors", "illicit trafficking in drugs",
    ],
    weakTerms: ["drugs", "drug"],
  },
  {
    id: "organized-crime", label: "Organised crime", group: "security",
    description: "Organised or transnational crime, cross-border crime.",
    terms: [
      "organized crime", "transnational crime", "cross-border crime", "transnational organized crime", "criminal groups",
      "criminal organizations", "organized criminal", "criminal networks", "crime syndicates",
    ],
    weakTerms: ["crime"],
  },
  {
    id: "human-trafficking", label: "Human trafficking", group: "security",
    description: "Trafficking in persons, people smuggling.",
    terms: [
      "human trafficking", "trafficking in persons", "trafficking in human beings", "trafficking in people",
      "people trafficking", "people smuggling", "migrant smuggling", "smuggling of migrants", "trafficking in women",
      "trafficking in children", "slave trade", "forced labour", "forced labor",
    ],
  },
  {
    id: "arms-trafficking", label: "Arms trafficking", group: "security",
    description: "Illicit arms trade, weapons smuggling.",
    terms: [
      "arms trafficking", "weapons trafficking", "illicit arms", "illegal arms", "illicit arms trade", "arms smuggling",
      "weapons smuggling", "trafficking in * arms", "trafficking in * weapons", "trafficking of * weapons",
      "small arms and light weapons",
    ],
  },
  {
    id: "illegal-migration", label: "Illegal migration", group: "security",
    description: "Illegal or irregular migration.",
    terms: [
      "illegal migration", "irregular migration", "illegal immigration", "illegal migrants", "irregular migrants",
      "illegal immigrants", "illegal border crossing", "migration crisis", "uncontrolled migration",
    ],
  },
  {
    id: "corruption", label: "Corruption", group: "security",
    description: "Corruption, bribery.",
    terms: ["corruption", "anti-corruption", "bribery", "bribes", "corrupt officials", "corrupt practices"],
  },
  {
    id: "money-laundering", label: "Money laundering", group: "security",
    description: "Money laundering, terrorist financing.",
    terms: [
      "money laundering", "laundering of * proceeds", "legalization of * proceeds", "terrorist financing",
      "financing of terrorism", "terrorism financing", "illicit financial flows", "proceeds of crime",
    ],
  },
  {
    id: "cybersecurity", label: "Cybersecurity", group: "security",
    description: "Cyber security, ICT crime, information security.",
    terms: [
      "cyber security", "cybersecurity", "cyber", "cyberspace", "cyberattack", "cyber attack", "cyber threats",
      "cybercrime", "cyber-crime", "information security", "international information security", "ICT security",
      "security of ICT", "security in the use of ICT", "use of ICTs", "ICT crime", "criminal use of * technologies",
      "crime * use of * technologies", "computer crime", "hacker", "ransomware", "malware", "hybrid threats",
      "technologies for criminal purposes", "ICT for criminal purposes", "ICTs for criminal purposes",
    ],
    weakTerms: ["ICT", "ICTs"],
  },
  {
    id: "border-security", label: "Border security", group: "security",
    description: "Borders, border protection, border services.",
    terms: [
      "border", "border security", "border protection", "border guards", "border service", "border troops",
      "border forces", "state border", "delimitation", "demarcation", "border management",
    ],
    weakTerms: ["frontier", "frontiers"],
  },
  {
    id: "arms-control", label: "Arms control", group: "security",
    description: "Arms control, disarmament, non-proliferation, WMD.",
    terms: [
      "arms control", "disarmament", "non-proliferation", "nonproliferation", "proliferation",
      "weapons of mass destruction", "WMD", "chemical weapons", "biological weapons", "nuclear weapons",
      "nuclear weapon", "nuclear arms", "nuclear-weapon-free", "nuclear-free", "denuclearization", "nuclear file",
      "nuclear programme", "nuclear program", "nuclear issue", "nuclear test", "nuclear deal", "arms race",
      "strategic stability", "missile defense", "missile defence", "intermediate-range missiles",
    ],
  },
  {
    id: "military-cooperation", label: "Military cooperation", group: "security",
    description: "Defence cooperation, joint exercises, armed forces, military training.",
    terms: [
      "military cooperation", "military-technical", "military component", "military exercises", "military training",
      "military education", "military personnel", "military equipment", "military aid", "military assistance",
      "military [field]", "defence cooperation", "defense cooperation", "defence [field]", "defense [field]",
      "defence industry", "defense industry", "joint exercises", "joint * exercises", "command-staff exercises",
      "combat training", "combat readiness", "armed forces", "alliance", "military alliance", "training mission",
      "arms supplies", "weapons supplies", "join NATO", "NATO membership", "accession to NATO", "military base",
      "navy", "naval", "air force", "troops",
    ],
    weakTerms: ["exercises", "military", "military-political", "army", "drills"],
  },
  {
    id: "peacekeeping", label: "Peacekeeping", group: "security",
    description: "Peacekeeping operations and forces.",
    terms: ["peacekeeping", "peace-keeping", "peacekeeper", "peace-keeper", "peacekeeping forces", "blue helmets", "peace operations"],
  },
  {
    id: "crisis-response", label: "Crisis response", group: "security",
    description: "Conflict prevention and resolution, crisis management, ceasefires, peace processes.",
    terms: [
      "crisis management", "crisis response", "crisis situations", "crisis settlement", "conflict prevention",
      "conflict resolution", "conflict settlement", "prevent conflicts", "preventing * conflicts", "resolve conflicts",
      "prevent crises", "resolve crises", "settlement of * conflict", "settlement of * problem", "settlement of * crisis",
      "settlement of * situation", "peaceful settlement", "political settlement", "political solution",
      "peace process", "peace talks", "peace negotiations", "peace agreement", "peace deal", "peace plan",
      "ceasefire", "cease-fire", "truce", "armistice", "hostilities", "de-escalation", "escalation", "escalatory",
      "ease tensions", "easing of tensions", "reduce tensions", "restore order", "restoring constitutional order",
      "stabilization", "stabilizing", "post-conflict", "mediation", "aggression", "armed conflict", "military conflict",
    ],
    weakTerms: ["crisis", "conflict", "tensions", "tension", "stabilize", "stabilise", "war"],
  },
  {
    id: "law-enforcement", label: "Law enforcement", group: "security",
    description: "Police, law enforcement cooperation and reform.",
    terms: [
      "police", "policing", "law enforcement", "law-enforcement", "internal affairs bodies", "criminal investigation",
      "extradition", "mutual legal assistance",
    ],
  },
  {
    id: "trade", label: "Trade", group: "economy",
    description: "Trade, tariffs, exports, market access.",
    terms: [
      "trade", "trade turnover", "commerce", "commercial ties", "tariffs", "customs duties", "exports", "imports",
      "export", "import", "market access", "supply chains", "free trade", "trading", "goods turnover", "WTO",
    ],
  },
  {
    id: "investment", label: "Investment", group: "economy",
    description: "Investment, investors, joint ventures.",
    terms: ["investment", "investor", "joint venture", "investment projects", "capital investment", "invest"],
  },
  {
    id: "energy", label: "Energy", group: "economy",
    description: "Energy, oil, gas, nuclear power, electricity.",
    terms: [
      "energy", "oil", "gas", "natural gas", "LNG", "nuclear power", "nuclear energy", "atomic energy", "electricity",
      "power plant", "power grid", "hydropower", "hydroelectric", "renewable energy", "renewables", "solar power",
      "wind power", "energy crisis", "coal", "fuel", "petroleum", "hydrocarbons", "pipeline", "energy security",
    ],
  },
  {
    id: "transport", label: "Transport", group: "economy",
    description: "Transport, logistics, aviation, railways, corridors.",
    terms: [
      "transport", "transportation", "logistics", "aviation", "railway", "railroad", "rail", "highway", "motorway",
      "road construction", "transit", "freight", "shipping", "air traffic", "air service", "flights",
      "seaport", "connectivity", "airlines", "air connection", "air connections", "transport corridor", "transit corridor", "trade route", "international corridor",
      "economic corridor",
    ],
    weakTerms: ["cargo", "infrastructure"],
  },
  {
    id: "finance", label: "Finance", group: "economy",
    description: "Finance, banking, budget, currencies, sanctions.",
    terms: [
      "finance", "financial", "banking", "budget", "currency", "national currencies", "sanctions", "debt", "monetary",
      "fiscal", "macroeconomic", "financial crisis", "economic crisis", "payment system", "payments", "credit", "loan", "insurance", "inflation", "SWIFT",
    ],
    weakTerms: ["bank", "banks"],
  },
  {
    id: "agriculture", label: "Agriculture", group: "economy",
    description: "Agriculture, food security, fisheries.",
    terms: [
      "agriculture", "agricultural", "agro-industrial", "agrarian", "agribusiness", "food security", "fisheries",
      "fishing", "farming", "farmers", "crops", "grain", "wheat", "fertilizers", "livestock", "plant quarantine",
      "phytosanitary", "veterinary", "food supplies", "food products", "foodstuffs",
    ],
  },
  {
    id: "industry", label: "Industry", group: "economy",
    description: "Industry, manufacturing, industrial cooperation.",
    terms: [
      "industry", "industrial", "manufacturing", "industrial cooperation", "mining", "minerals", "critical minerals",
      "metallurgy", "machine-building", "automotive", "factories", "industrial production", "industrialization",
    ],
  },
  {
    id: "health", label: "Health", group: "society",
    description: "Health, medicine, pandemics, vaccines.",
    terms: [
      "health", "healthcare", "health care", "public health", "global health", "medicine", "medicines", "medical",
      "vaccine", "vaccination", "vaccines", "coronavirus", "COVID-19", "COVID", "infections", "infectious diseases",
      "infected", "disease", "sanitary", "epidemiological", "hospitals", "pharmaceutical", "biosecurity",
      "biological security",
    ],
    weakTerms: ["pandemic", "epidemic"],
  },
  {
    id: "education", label: "Education", group: "society",
    description: "Education, training of students, universities, scholarships.",
    terms: [
      "education", "educational", "university", "universities", "students", "scholarships", "schools", "academic",
      "higher education", "vocational training", "teachers", "training of specialists", "student exchanges",
    ],
  },
  {
    id: "culture", label: "Culture", group: "society",
    description: "Culture, heritage, arts, people-to-people ties, sport, tourism.",
    terms: [
      "culture", "cultural", "heritage", "arts", "people-to-people", "tourism", "tourist", "sport", "sports",
      "humanitarian [field]", "museums", "theatre", "cinema", "film", "music", "youth exchanges", "cultural exchanges",
      "humanitarian contacts",
    ],
  },
  {
    id: "humanitarian-aid", label: "Humanitarian aid", group: "society",
    description: "Humanitarian assistance, relief, refugees.",
    terms: [
      "humanitarian aid", "humanitarian assistance", "humanitarian [need]", "disaster relief", "emergency relief",
      "relief supplies", "relief efforts", "relief operation", "relief aid", "refugees", "displaced persons",
      "internally displaced", "IDPs", "food aid", "emergency assistance", "aid deliveries",
    ],
  },
  {
    id: "human-rights", label: "Human rights", group: "society",
    description: "Human rights, rule of law, democracy, elections.",
    terms: [
      "human rights", "rule of law", "democracy", "democratic reforms", "democratization", "elections", "electoral",
      "gender equality", "gender equity", "women's empowerment", "women's * empowerment", "rights of women",
      "women's rights", "freedom of expression", "freedom of speech", "freedom of religion", "freedom of assembly",
      "media freedom", "press freedom", "fundamental freedoms", "civil society", "disability rights",
      "rights of persons", "minority rights", "domestic violence", "torture", "death penalty", "political prisoners", "war crimes",
    ],
  },
  {
    id: "environment", label: "Environment", group: "society",
    description: "Environment, climate change, water, natural disasters.",
    terms: [
      "environment", "environmental", "climate", "climate change", "water", "natural disasters", "emissions", "GHG",
      "greenhouse gas", "Paris Agreement", "pollution", "biodiversity", "ecology", "ecological", "carbon",
      "decarbonization", "desertification", "deforestation", "wildfires", "floods", "earthquake", "green economy",
      "green transition",
    ],
  },
  {
    id: "science-technology", label: "Science and technology", group: "society",
    description: "Science, research, innovation, space, digital economy, AI.",
    terms: [
      "science", "scientific [field]", "scientist", "research", "innovation", "outer space",
      "space exploration", "space cooperation", "space research", "space activities", "space industry",
      "space launch", "satellite", "spacecraft", "digital economy", "digitalization", "digital technologies",
      "digital transformation", "artificial intelligence", "AI", "technology", "technological", "5G", "high-tech",
      "nanotechnology", "biotechnology", "quantum", "semiconductors",
    ],
    weakTerms: ["innovative"],
  },
] satisfies Topic[]);

/**
 * The ids of {@link TOPICS}, in taxonomy order.
 *
 * @example
 * ```ts
 * import { TOPIC_IDS } from "communique";
 * TOPIC_IDS.includes("arms-control"); // true
 * ```
 *
 * @group Topics
 */
export const TOPIC_IDS: readonly string[] = Object.freeze(TOPICS.map((topic) => topic.id));

/**
 * A topic to add to a taxonomy, or more terms for one it already has.
 *
 * @example
 * ```ts
 * import { extendTopics, type TopicExtension } from "communique";
 * const space: TopicExtension = { id: "space", label: "Space", description: "Space exploration.", terms: ["outer space"] };
 * const topics = extendTopics([space]);
 * ```
 *
 * @group Topics
 */
export interface TopicExtension {
  readonly id: string;
  readonly label?: string;
  readonly group?: Topic["group"];
  readonly description?: string;
  readonly terms?: readonly string[];
  readonly weakTerms?: readonly string[];
}

/**
 * Extends a taxonomy (the built-in one by default): an extension with a known id adds its
 * terms to that topic (and replaces the label, group or description it gives); one with a
 * new id becomes a new topic at the end. The base is left untouched.
 *
 * @param extensions - Topics to add or enrich.
 * @param base - The taxonomy to start from; default {@link TOPICS}.
 * @returns A new, frozen taxonomy.
 *
 * @example
 * ```ts
 * import { extendTopics, extractTopics } from "communique";
 *
 * const topics = extendTopics([
 *   { id: "energy", terms: ["hydrogen"] },
 *   { id: "space", label: "Space", description: "Space exploration.", terms: ["outer space", "satellite"] },
 * ]);
 * // processor.use(extractTopics, { topics })
 * ```
 *
 * @group Topics
 */
export function extendTopics(extensions: readonly TopicExtension[], base: readonly Topic[] = TOPICS): readonly Topic[] {
  const result: Topic[] = base.map((topic) => ({ ...topic }));
  for (const extension of extensions) {
    const index = result.findIndex((topic) => topic.id === extension.id);
    const existing = index >= 0 ? result[index] : undefined;
    const merged: Topic = {
      id: extension.id,
      label: extension.label ?? existing?.label ?? extension.id,
      group: extension.group ?? existing?.group ?? "custom",
      description: extension.description ?? existing?.description ?? "",
      terms: [...(existing?.terms ?? []), ...(extension.terms ?? [])],
      weakTerms: [...(existing?.weakTerms ?? []), ...(extension.weakTerms ?? [])],
    };
    if (index >= 0) result[index] = merged;
    else result.push(merged);
  }
  return Object.freeze(result.map((topic) => Object.freeze(topic)));
}
