import { scriptOfCode } from "./text.js";

/** How many characters from the start are enough to tell the language by its script. */
const SAMPLE = 20000;

/** 1 for the ASCII letters, else 0: one table read per character of the (mostly ASCII) sample. */
const ASCII_LETTER: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let code = 65; code <= 90; code++) table[code] = table[code + 32] = 1;
  return table;
})();

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
    if (code < 128) {
      latin += ASCII_LETTER[code] as number;
      continue;
    }
    const script = scriptOfCode(code);
    if (script === "latin") latin++;
    else if (script === "cyrillic") cyrillic++;
  }
  return cyrillic > latin ? "ru" : "en";
}
