// Text normalizers shared by every lookup: one folding function makes gazetteer keys and
// the words they are compared with, so a name matches however it was typed.

const SPACE_RUN = /\s+/gu;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/gu;
const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/gu;
const COMBINING_MARK = /\p{M}/gu;
const APOSTROPHE = /['\u2018\u2019\u02BC\u02BB\u0060\u00B4]/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
// Letters that NFKD does not split into a base letter and a mark.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ħ: "h",
  ı: "i",
  ł: "l",
  þ: "th",
};
const SPECIAL_LETTER = /[ßæœøđðħıłþ]/gu;
// The ASCII path of foldForMatch: plain (non-Unicode) patterns, cheap to compile and run.
const ASCII = /^[\x00-\x7F]*$/;
const LOWER_ALNUM = /^[a-z0-9]*$/;
const ASCII_APOSTROPHE = /['`]/g;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/**
 * Collapses every run of white space (including no-break and ideographic spaces, tabs and
 * line breaks) to one ASCII space and trims both ends.
 *
 * @example
 * ```ts
 * import { normalizeWhitespace } from "communique";
 * normalizeWhitespace("  Minsk,\u00A0\n 5 May ");  // "Minsk, 5 May"
 * ```
 *
 * @group Normalizers
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(SPACE_RUN, " ").trim();
}

/**
 * Options of {@link normalizeQuotes}.
 *
 * @example
 * ```ts
 * import { normalizeQuotes, type NormalizeQuotesOptions } from "communique";
 * const options: NormalizeQuotesOptions = { style: "curly" };
 * normalizeQuotes('the "Kremlin"', options); // "the “Kremlin”"
 * ```
 *
 * @group Normalizers
 */
export interface NormalizeQuotesOptions {
  /**
   * `"straight"` turns typographic quotes and guillemets into `"` and `'`; `"curly"` turns
   * straight quotes into “ ” and ‘ ’ (an apostrophe inside a word becomes ’).
   * Default: `"straight"`.
   */
  readonly style?: "straight" | "curly";
}

/**
 * Makes quotation marks uniform: straight by default, or typographic with
 * `{ style: "curly" }`. Guillemets (« ») count as double quotes.
 *
 * @example
 * ```ts
 * import { normalizeQuotes } from "communique";
 * normalizeQuotes("the \u201CBlue House\u201D, Lavrov\u2019s visit"); // 'the "Blue House", Lavrov\'s visit'
 * normalizeQuotes('the "Kremlin" and Putin\'s', { style: "curly" }); // "the “Kremlin” and Putin’s"
 * ```
 *
 * @group Normalizers
 */
export function normalizeQuotes(text: string, options?: Readonly<NormalizeQuotesOptions> | null): string {
  const straight = text.replace(CURLY_DOUBLE, '"').replace(CURLY_SINGLE, "'");
  if ((options?.style ?? "straight") === "straight") return straight;
  return toCurly(straight);
}

const OPENS_AFTER: ReadonlySet<string> = new Set([" ", "\t", "\n", "\u00A0", "(", "[", "{", "\u2014", "\u2013", "-"]);

// Opening or closing is decided by the character before the quote: a quote after a space,
// an opening bracket or the start of the text opens.
function toCurly(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (char !== '"' && char !== "'") {
      out += char;
      continue;
    }
    const opens = i === 0 || OPENS_AFTER.has(text[i - 1] ?? " ");
    if (char === '"') out += opens ? "\u201C" : "\u201D";
    else out += opens ? "\u2018" : "\u2019";
  }
  return out;
}

/**
 * The form every gazetteer key is stored in: lower case, diacritics removed, apostrophes
 * removed, every other run of punctuation or space turned into one space, trimmed.
 *
 * @example
 * ```ts
 * foldForMatch("Côte d’Ivoire");      // "cote divoire"
 * foldForMatch("Washington, D.C.");   // "washington d c"
 * foldForMatch("Nur-Sultan");         // "nur sultan"
 * foldForMatch("Élysée  Palace");     // "elysee palace"
 * ```
 */
export function foldForMatch(text: string): string {
  // Most keys and words are plain ASCII: skip Unicode normalisation and Unicode patterns for them.
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    if (LOWER_ALNUM.test(lower)) return lower;
    return lower.replace(ASCII_APOSTROPHE, "").replace(NOT_ASCII_ALNUM, " ").trim();
  }
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARK, "")
    .toLowerCase()
    .replace(SPECIAL_LETTER, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(APOSTROPHE, "")
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .trim();
}
