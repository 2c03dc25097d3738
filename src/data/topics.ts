/**
 * The built-in topic taxonomy. Ids and their scope follow the annotation guidelines the
 * corpus was written to; `terms` are lower-case lemmas or phrases matched on the word tree
 * (see the topics plugin), so inflections need not be listed.
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
  /** Words and phrases that name the topic. */
  readonly terms: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  { id: "terrorism", label: "Terrorism", group: "security", description: "Terrorism, counter-terrorism, terrorist attacks.", terms: ["terrorism", "terrorist", "counter-terrorism", "counterterrorism", "anti-terrorism", "antiterrorism"] },
  { id: "extremism", label: "Extremism", group: "security", description: "Extremism, radicalisation, violent extremism.", terms: ["extremism", "extremist", "radicalisation", "radicalization"] },
  { id: "drug-trafficking", label: "Drug trafficking", group: "security", description: "Drug trafficking, narcotics, illicit drugs.", terms: ["drug trafficking", "narcotics", "illicit drugs", "drug"] },
  { id: "organized-crime", label: "Organised crime", group: "security", description: "Organised or transnational crime, cross-border crime.", terms: ["organized crime", "organised crime", "transnational crime", "cross-border crime"] },
  { id: "human-trafficking", label: "Human trafficking", group: "security", description: "Trafficking in persons, people smuggling.", terms: ["human trafficking", "trafficking in persons", "people trafficking", "people smuggling"] },
  { id: "arms-trafficking", label: "Arms trafficking", group: "security", description: "Illicit arms trade, weapons smuggling.", terms: ["arms trafficking", "illicit arms", "weapons smuggling", "arms smuggling"] },
  { id: "illegal-migration", label: "Illegal migration", group: "security", description: "Illegal or irregular migration.", terms: ["illegal migration", "irregular migration"] },
  { id: "corruption", label: "Corruption", group: "security", description: "Corruption, bribery.", terms: ["corruption", "bribery"] },
  { id: "money-laundering", label: "Money laundering", group: "security", description: "Money laundering, terrorist financing.", terms: ["money laundering", "terrorist financing", "financing of terrorism"] },
  { id: "cybersecurity", label: "Cybersecurity", group: "security", description: "Cyber security, ICT crime, information security.", terms: ["cyber security", "cybersecurity", "information security", "cybercrime"] },
  { id: "border-security", label: "Border security", group: "security", description: "Borders, border protection, border services.", terms: ["border", "border security", "border protection"] },
  { id: "arms-control", label: "Arms control", group: "security", description: "Arms control, disarmament, non-proliferation, WMD.", terms: ["arms control", "disarmament", "non-proliferation", "nonproliferation", "weapons of mass destruction", "chemical weapons", "nuclear weapons", "denuclearization"] },
  { id: "military-cooperation", label: "Military cooperation", group: "security", description: "Defence cooperation, joint exercises, armed forces, military training.", terms: ["military cooperation", "defence cooperation", "defense cooperation", "joint exercises", "armed forces", "military training"] },
  { id: "peacekeeping", label: "Peacekeeping", group: "security", description: "Peacekeeping operations and forces.", terms: ["peacekeeping", "peacekeepers", "peacekeeper"] },
  { id: "crisis-response", label: "Crisis response", group: "security", description: "Conflict prevention and resolution, crisis management, ceasefires, peace processes.", terms: ["crisis management", "conflict prevention", "conflict resolution", "ceasefire", "peace process"] },
  { id: "law-enforcement", label: "Law enforcement", group: "security", description: "Police, law enforcement cooperation and reform.", terms: ["police", "law enforcement"] },
  { id: "trade", label: "Trade", group: "economy", description: "Trade, tariffs, exports, market access.", terms: ["trade", "tariffs", "exports", "market access"] },
  { id: "investment", label: "Investment", group: "economy", description: "Investment, investors, joint ventures.", terms: ["investment", "investors", "joint ventures"] },
  { id: "energy", label: "Energy", group: "economy", description: "Energy, oil, gas, nuclear power, electricity.", terms: ["energy", "oil", "gas", "nuclear power", "electricity"] },
  { id: "transport", label: "Transport", group: "economy", description: "Transport, logistics, aviation, railways, corridors.", terms: ["transport", "logistics", "aviation", "railways", "corridor"] },
  { id: "finance", label: "Finance", group: "economy", description: "Finance, banking, budget, currencies, sanctions.", terms: ["finance", "banking", "budget", "currency", "sanctions"] },
  { id: "agriculture", label: "Agriculture", group: "economy", description: "Agriculture, food security, fisheries.", terms: ["agriculture", "food security", "fisheries"] },
  { id: "industry", label: "Industry", group: "economy", description: "Industry, manufacturing, industrial cooperation.", terms: ["industry", "manufacturing", "industrial cooperation"] },
  { id: "health", label: "Health", group: "society", description: "Health, medicine, pandemics, vaccines.", terms: ["health", "medicine", "pandemic", "vaccine"] },
  { id: "education", label: "Education", group: "society", description: "Education, training of students, universities, scholarships.", terms: ["education", "universities", "scholarships"] },
  { id: "culture", label: "Culture", group: "society", description: "Culture, heritage, arts, people-to-people ties, sport, tourism.", terms: ["culture", "heritage", "arts", "people-to-people", "sport", "tourism"] },
  { id: "humanitarian-aid", label: "Humanitarian aid", group: "society", description: "Humanitarian assistance, relief, refugees.", terms: ["humanitarian assistance", "humanitarian aid", "relief", "refugees"] },
  { id: "human-rights", label: "Human rights", group: "society", description: "Human rights, rule of law, democracy, elections.", terms: ["human rights", "rule of law", "democracy", "elections"] },
  { id: "environment", label: "Environment", group: "society", description: "Environment, climate change, water, natural disasters.", terms: ["environment", "climate change", "water", "natural disasters"] },
  { id: "science-technology", label: "Science and technology", group: "society", description: "Science, research, innovation, space, digital economy, AI.", terms: ["science", "research", "innovation", "space", "digital economy", "artificial intelligence"] },
];

/** The ids of {@link TOPICS}, in taxonomy order. */
export const TOPIC_IDS: readonly string[] = TOPICS.map((topic) => topic.id);
