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
  ],
  issuerConnectors: ["of", "the", "for", "and", "to", "on"],
  chromePrefixes: ["welcome to", "news and press releases", "press releases", "newsroom", "media center", "media centre", "latest news", "home"],
};
