/**
 * The topic taxonomy: ids and their scope, the same in every language. Ids and scope follow
 * the project's annotation guidelines (TOPICS.md of the annotated corpus). The words that
 * name each topic are language data: each lexicon gives cue terms for every id (the English
 * ones are in src/lexicon/en/topics.ts), and `topicsOf(lexicon)` joins the two into
 * {@link Topic}s.
 */

/** A topic's id and scope. */
export interface TopicScope {
  /** Stable id, kebab-case. */
  readonly id: string;
  /** Short human label. */
  readonly label: string;
  /** Group the topic belongs to. */
  readonly group: "security" | "economy" | "society" | (string & {});
  /** What the topic covers. */
  readonly description: string;
}

/**
 * A topic with the terms that name it in one language. How a term is written and matched:
 * see `TopicCues` in the lexicon and the topics plugin.
 *
 * @example
 * ```ts
 * import { TOPICS, type Topic } from "communique";
 * const security: Topic[] = TOPICS.filter((topic) => topic.group === "security");
 * ```
 *
 * @group Topics
 */
export interface Topic extends TopicScope {
  /** Words and phrases that name the topic on their own. */
  readonly terms: readonly string[];
  /**
   * Words that name the topic only in some contexts ("pandemic" as a date, "crisis" of any
   * kind). A topic whose only evidence is one weak term is left out and reported as
   * `topic:weak-evidence`; two weak mentions, or one beside a strong term, keep it.
   */
  readonly weakTerms?: readonly string[];
  /**
   * Words that name the topic only as an item of a list of fields next to a term of another
   * topic ("trade, investment, defence and energy"), and count for nothing alone.
   */
  readonly listTerms?: readonly string[];
}

/**
 * Every topic of the taxonomy, in the order of the guidelines.
 *
 * @example
 * ```ts
 * TOPIC_TAXONOMY.find((topic) => topic.id === "trade")?.group; // "economy"
 * ```
 */
export const TOPIC_TAXONOMY: readonly TopicScope[] = Object.freeze([
  { id: "terrorism", label: "Terrorism", group: "security", description: "Terrorism, counter-terrorism, terrorist attacks." },
  { id: "extremism", label: "Extremism", group: "security", description: "Extremism, radicalisation, violent extremism." },
  { id: "drug-trafficking", label: "Drug trafficking", group: "security", description: "Drug trafficking, narcotics, illicit drugs." },
  { id: "organized-crime", label: "Organised crime", group: "security", description: "Organised or transnational crime, cross-border crime." },
  { id: "human-trafficking", label: "Human trafficking", group: "security", description: "Trafficking in persons, people smuggling." },
  { id: "arms-trafficking", label: "Arms trafficking", group: "security", description: "Illicit arms trade, weapons smuggling." },
  { id: "illegal-migration", label: "Illegal migration", group: "security", description: "Illegal or irregular migration." },
  { id: "corruption", label: "Corruption", group: "security", description: "Corruption, bribery." },
  { id: "money-laundering", label: "Money laundering", group: "security", description: "Money laundering, terrorist financing." },
  { id: "cybersecurity", label: "Cybersecurity", group: "security", description: "Cyber security, ICT crime, information security." },
  { id: "border-security", label: "Border security", group: "security", description: "Borders, border protection, border services." },
  { id: "arms-control", label: "Arms control", group: "security", description: "Arms control, disarmament, non-proliferation, WMD." },
  { id: "military-cooperation", label: "Military cooperation", group: "security", description: "Defence cooperation, joint exercises, armed forces, military training." },
  { id: "peacekeeping", label: "Peacekeeping", group: "security", description: "Peacekeeping operations and forces." },
  { id: "crisis-response", label: "Crisis response", group: "security", description: "Conflict prevention and resolution, crisis management, ceasefires, peace processes." },
  { id: "law-enforcement", label: "Law enforcement", group: "security", description: "Police, law enforcement cooperation and reform." },
  { id: "trade", label: "Trade", group: "economy", description: "Trade, tariffs, exports, market access." },
  { id: "investment", label: "Investment", group: "economy", description: "Investment, investors, joint ventures." },
  { id: "energy", label: "Energy", group: "economy", description: "Energy, oil, gas, nuclear power, electricity." },
  { id: "transport", label: "Transport", group: "economy", description: "Transport, logistics, aviation, railways, corridors." },
  { id: "finance", label: "Finance", group: "economy", description: "Finance, banking, budget, currencies, sanctions." },
  { id: "agriculture", label: "Agriculture", group: "economy", description: "Agriculture, food security, fisheries." },
  { id: "industry", label: "Industry", group: "economy", description: "Industry, manufacturing, industrial cooperation." },
  { id: "health", label: "Health", group: "society", description: "Health, medicine, pandemics, vaccines." },
  { id: "education", label: "Education", group: "society", description: "Education, training of students, universities, scholarships." },
  { id: "culture", label: "Culture", group: "society", description: "Culture, heritage, arts, people-to-people ties, sport, tourism." },
  { id: "humanitarian-aid", label: "Humanitarian aid", group: "society", description: "Humanitarian assistance, relief, refugees." },
  { id: "human-rights", label: "Human rights", group: "society", description: "Human rights, rule of law, democracy, elections." },
  { id: "environment", label: "Environment", group: "society", description: "Environment, climate change, water, natural disasters." },
  { id: "science-technology", label: "Science and technology", group: "society", description: "Science, research, innovation, space, digital economy, AI." },
] satisfies TopicScope[]);

/**
 * The ids of the taxonomy, in taxonomy order.
 *
 * @example
 * ```ts
 * import { TOPIC_IDS } from "communique";
 * TOPIC_IDS.includes("arms-control"); // true
 * ```
 *
 * @group Topics
 */
export const TOPIC_IDS: readonly string[] = Object.freeze(TOPIC_TAXONOMY.map((topic) => topic.id));

/** A topic to add to a taxonomy, or more terms for one it already has.
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
  readonly listTerms?: readonly string[];
}
