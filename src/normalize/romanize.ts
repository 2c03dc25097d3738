// BGN/PCGN romanization of Russian (the 1947 system used by the US Board on Geographic Names
// and the UK Permanent Committee on Geographical Names), without its diacritics: the form in
// which English-language sources write Russian names that have no established spelling.

/** Options of {@link romanizeRussian}. */
export interface RomanizeOptions {
  /**
   * `"strict"` (default): BGN/PCGN letter for letter, diacritics dropped ("Юрий" → "Yuriy").
   * `"name"`: the usual English form of personal names, which shortens the endings "-ий" and
   * "-ый" to "-y" ("Юрий" → "Yury", "Геннадий" → "Gennady").
   */
  readonly style?: "strict" | "name" | undefined;
}

/** Letters after which е and ё are written "ye" and "yë" (and at the start of a word). */
const IOTATING = new Set([..."аеёиоуыэюяйъьАЕЁИОУЫЭЮЯЙЪЬ"]);

/** The plain letters: one Cyrillic letter, its lower-case Latin form. */
const LETTERS: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "",
  э: "e", ю: "yu", я: "ya",
  // Letters of neighbouring languages met in names written in Russian text.
  і: "i", ї: "yi", є: "ye", ў: "w", ґ: "g", қ: "q", ғ: "gh", ң: "ng", ү: "u", ұ: "u", һ: "h", ә: "a", ө: "o", ҳ: "h", ҷ: "j", ӣ: "i", ӯ: "u",
};

const isUpper = (char: string): boolean => char !== char.toLowerCase();
const isCyrillicLetter = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code >= 0x400 && code <= 0x52f;
};

/**
 * Writes Russian text in Latin letters by BGN/PCGN, without diacritics; other characters are
 * kept as they are. Case follows the source: a capital gives a capitalised Latin group
 * ("Щ" → "Shch"), and a word in capitals stays in capitals ("ОДКБ" → "ODKB").
 *
 * @param text - Text in Russian (Cyrillic), possibly mixed with Latin letters and digits.
 * @param options - `style`: `"strict"` (default) or `"name"` for personal names.
 * @returns The text in Latin letters.
 *
 * @example
 * ```ts
 * import { romanizeRussian } from "communique";
 *
 * romanizeRussian("Геннадий Тройслит", { style: "name" }); // "Gennady Troyslit"
 * romanizeRussian("Щёлково"); // "Shchelkovo"
 * romanizeRussian("Ерлан Юрьевич"); // "Yerlan Yuryevich"
 * ```
 */
export function romanizeRussian(text: string, options: RomanizeOptions = {}): string {
  const style = options.style ?? "strict";
  let out = "";
  let wordStart = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (!isCyrillicLetter(char)) {
      out += char;
      continue;
    }
    const previous = text.charAt(index - 1);
    const atWordStart = index === 0 || !isLetter(previous);
    if (atWordStart) wordStart = index;
    const lower = char.toLowerCase();
    let latin: string;
    if (lower === "е" || lower === "ё") {
      latin = atWordStart || IOTATING.has(previous) ? "ye" : "e";
    } else if (style === "name" && (lower === "и" || lower === "ы") && isWordEndAt(text, index + 2) && text.charAt(index + 1).toLowerCase() === "й" && index > wordStart) {
      // "-ий", "-ый" at the end of a name: "Dmitry", "Gennady", "Vasily".
      out += caseLike("y", char, text, wordStart);
      index++;
      continue;
    } else {
      latin = LETTERS[lower] ?? char;
    }
    out += caseLike(latin, char, text, wordStart);
  }
  return out;
}

function isLetter(char: string): boolean {
  return char !== "" && char.toLowerCase() !== char.toUpperCase();
}

function isWordEndAt(text: string, index: number): boolean {
  return index >= text.length || !isLetter(text.charAt(index));
}

/** The Latin group in the case of its Cyrillic letter: capitals stay capitals in a word of capitals. */
function caseLike(latin: string, source: string, text: string, wordStart: number): string {
  if (latin === "" || !isUpper(source)) return latin;
  if (wordInCapitals(text, wordStart)) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** The word starting at `start` has at least two letters and no small letter ("ОДКБ"). */
function wordInCapitals(text: string, start: number): boolean {
  let letters = 0;
  for (let index = start; index < text.length; index++) {
    const char = text.charAt(index);
    if (!isLetter(char)) break;
    if (!isUpper(char)) return false;
    letters++;
  }
  return letters >= 2;
}
