import type { PlaceWords } from "../sections/places.js";

/**
 * English words around place names (venue plugin).
 *
 * @example
 * ```ts
 * PLACE_WORDS.marginWords.includes("sidelines"); // true
 * ```
 */
export const PLACE_WORDS: PlaceWords = {
  prepositions: ["in", "at", "to"],
  otherEventWords: ["will", "next", "upcoming", "forthcoming", "future", "planned", "previous", "last", "earlier", "former"],
  subjectNouns: [
    "situation", "fighting", "conflict", "crisis", "events", "developments", "attack", "attacks", "war", "violence",
    "escalation", "tensions", "tension", "peace", "stability", "security", "settlement", "elections", "reforms",
    "investment", "investments", "interests", "presence", "operations", "projects", "people", "victims",
  ],
  marginWords: ["margins", "margin", "sidelines", "sideline"],
  seatNouns: ["secretariat", "headquarters", "hq"],
  capitalNouns: ["capital"],
};
