import type { QuoteWords } from "../sections/quotes.js";

/**
 * English words of direct speech and its attribution, written from the way official
 * readouts and transcripts introduce what was said.
 *
 * @example
 * ```ts
 * QUOTE_WORDS.speechVerbs.includes("stressed"); // true
 * ```
 */
export const QUOTE_WORDS: QuoteWords = {
  speechVerbs: [
    "said", "says", "say", "added", "adds", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
    "emphasizes", "emphasises", "stated", "states", "concluded", "concludes", "continued", "remarked", "explained",
    "recalled", "declared", "underlined", "underscored", "pointed", "told", "asked", "urged", "announced", "observed",
    "commented", "highlighted", "affirmed", "insisted", "warned", "replied", "answered", "wrote", "tweeted", "reiterated",
    "believes", "summed", "concluding", "adding", "saying", "noting", "stressing", "emphasizing", "emphasising",
  ],
  verbParticles: ["out"],
  phraseStops: [
    "at", "during", "in", "on", "when", "while", "after", "before", "adding", "who", "which", "following", "to", "with",
    "and", "speaking", "addressing", "that", "as",
  ],
  according: ["according", "to"],
  complementizer: "that",
  pronouns: ["he", "she", "him", "her", "his"],
  fillers: ["the", "a", "an", "of", "mr", "mrs", "ms", "dr", "h.e", "he", "she", "also", "then", "and"],
  leaderWords: ["leader", "president", "head", "state", "government", "premier", "chief", "minister", "counterpart", "guest", "side"],
  labelTitles: [
    "president", "minister", "secretary", "chairman", "chairwoman", "chairperson", "chair", "chancellor", "king", "queen",
    "sultan", "emir", "prince", "governor", "ambassador", "director", "head", "spokesperson", "spokesman", "spokeswoman",
    "representative", "mayor", "speaker", "premier", "commissioner", "envoy", "general", "deputy", "advisor", "adviser",
  ],
  gluedLabelTitles: ["President", "Minister", "Secretary"],
  notSpeakers: [
    "source", "photo", "note", "tags", "topics", "date", "contact", "read", "more", "related", "main", "results",
    "meeting", "documents", "location", "place", "time", "subject", "press", "release", "news", "update", "updated",
    "category", "keywords", "theme", "agenda", "attachments", "see", "also", "website", "email", "phone", "tel", "fax",
  ],
  labelConnectors: ["of", "the", "and", "for"],
};
