import { scriptOfCode } from "./text.js";

/** How many characters from the start are enough to tell the language by its script. */
const SAMPLE = 20000;

/**
 * The language of a release, told by its script: `"ru"` when Cyrillic letters outnumber Latin
 * ones, else `"en"`. Page chrome and names in the other script do not tip it; only the first
 * 20,000 characters are read, so the cost is bounded.
 *
 * @example
 * ```ts
 * detectLanguage("Генеральный секретарь ОДКБ провёл встречу с OSCE"); // "ru"
 * detectLanguage("The CSTO Secretary General met ..."); // "en"
 * ```
 */
export function detectLanguage(text: string): "en" | "ru" {
  let latin = 0;
  let cyrillic = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let index = 0; index < end; index++) {
    // Now and then: once the characters left cannot tip the count, the answer is known.
    if ((index & 255) === 0) {
      const rest = end - index;
      if (latin >= cyrillic + rest) return "en";
      if (cyrillic > latin + rest) return "ru";
    }
    const code = text.charCodeAt(index);
    if (code < 65) continue;
    if (code < 128) {
      if (code <= 90 || (code >= 97 && code <= 122)) latin++;
      continue;
    }
    const script = scriptOfCode(code);
    if (script === "latin") latin++;
    else if (script === "cyrillic") cyrillic++;
  }
  return cyrillic > latin ? "ru" : "en";
}
