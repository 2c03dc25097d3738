import type { HeadlineWords } from "../sections/headlines.js";

/**
 * English words around headlines (title plugin).
 *
 * @example
 * ```ts
 * HEADLINE_WORDS.issuerWords.includes("embassy"); // true
 * ```
 */
export const HEADLINE_WORDS: HeadlineWords = {
  issuerWords: [
    "ministry", "office", "department", "government", "embassy", "mission", "administration", "service",
    "secretariat", "presidency", "chancellery", "cabinet", "parliament", "assembly", "agency", "press",
    "organization", "organisation", "union", "council", "commission", "committee", "portal", "website",
    "command",
  ],
  issuerConnectors: ["of", "the", "for", "and", "to", "on", "in", "at"],
  commonWords: [
    "with", "from", "that", "this", "their", "there", "these", "those", "have", "will", "were", "been", "into", "over",
    "about", "after", "also", "more", "other", "which", "while", "when", "what", "your", "they", "them", "than", "then",
    "some", "such", "upon", "under", "between", "during", "within", "through", "against",
  ],
  // "Pacific Islands Forum", "Conference on Interaction and ... in Asia": standing bodies named like events.
  bodyEventWords: ["council", "forum", "conference"],
  bylineWords: ["by"],
  chromePrefixes: ["welcome to", "for immediate release", "news release", "news and press releases", "press releases", "newsroom", "media center", "media centre", "latest news", "home"],
};
