/**
 * The ids of the built-in topic taxonomy (corpus TOPICS.md), the default of
 * `validateRelease`'s `topicIds`: exactly the ids of `TOPICS`, kept here as a short list so
 * that validation does not load the topics' terms (a test keeps the two equal).
 */
export const BUILT_IN_TOPIC_IDS: readonly string[] = Object.freeze([
  "terrorism", "extremism", "drug-trafficking", "organized-crime", "human-trafficking", "arms-trafficking",
  "illegal-migration", "corruption", "money-laundering", "cybersecurity", "border-security", "arms-control",
  "military-cooperation", "peacekeeping", "crisis-response", "law-enforcement", "trade", "investment", "energy",
  "transport", "finance", "agriculture", "industry", "health", "education", "culture", "humanitarian-aid",
  "human-rights", "environment", "science-technology",
]);
