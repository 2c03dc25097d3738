// Character tests every concern needs, written once. They read UTF-16 units and take the ASCII
// fast path first: most characters of a release are ASCII, and a code comparison is far
// cheaper than a case conversion. Basic Cyrillic (U+0400–U+045F: every code a letter, the
// capitals below U+0430) has a fast path of its own, for Russian releases.

/** First code of basic Cyrillic, all letters up to {@link CYRILLIC_LAST}. */
const CYRILLIC_FIRST = 0x400;
/** First small letter of basic Cyrillic ("а"): the codes before it are capitals, those after it small. */
const CYRILLIC_SMALL = 0x430;
const CYRILLIC_LAST = 0x45f;

/**
 * `text.toLowerCase()`, without a copy for the many words that are plain lower-case ASCII.
 *
 * @example
 * ```ts
 * lowerCaseOf("talks"); // "talks" (the same string)
 * lowerCaseOf("Minsk"); // "minsk"
 * ```
 */
export function lowerCaseOf(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 65 && code <= 90) return text.toLowerCase();
    } else if (code < CYRILLIC_SMALL || code > CYRILLIC_LAST) {
      return text.toLowerCase();
    }
  }
  return text;
}

/** A code of basic Cyrillic (U+0400–U+045F), every one of them a letter. */
export function isBasicCyrillicCode(code: number): boolean {
  return code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST;
}

/** The character at `index` is a capital letter (or a title-case one). */
export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  if (code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST) return code < CYRILLIC_SMALL;
  if (Number.isNaN(code)) return false;
  const char = text.charAt(index);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** The character at `index` is a small letter. */
export function isLowerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 97 && code <= 122;
  if (code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST) return code >= CYRILLIC_SMALL;
  if (Number.isNaN(code)) return false;
  const char = text.charAt(index);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** The character at `index` is a letter of any script. */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST) return true;
  if (Number.isNaN(code)) return false;
  const char = text.charAt(index);
  return char.toLowerCase() !== char.toUpperCase();
}

const LETTER = /^\p{L}$/u;

/**
 * How many UTF-16 units the letter (`\p{L}`, any script) at `index` takes: 1, 2 for one
 * outside the basic plane, 0 when the character there is no letter (or `index` is past the
 * end). Reads runs of letters as `/\p{L}+/gu` does, without a match object per run.
 *
 * @example
 * ```ts
 * letterWidthAt("Минск", 0); // 1
 * letterWidthAt("5 May", 0); // 0
 * ```
 */
export function letterWidthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST) return 1;
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(index) as number;
  const width = point > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(index, index + width)) ? width : 0;
}

/** A decimal digit's code. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Every character of a non-empty text is a decimal digit. */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) if (!isDigitCode(text.charCodeAt(index))) return false;
  return true;
}

/**
 * At least two letters and none in lower case ("OSCE", "U.N."), read only as far as the first
 * small letter.
 *
 * @example
 * ```ts
 * isAllCaps("CSTO"); // true
 * isAllCaps("Minsk"); // false
 * isAllCaps("A"); // false
 * ```
 */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) letters++;
    } else if (isLetterAt(text, index)) {
      if (!isUpperAt(text, index)) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** The script of a letter: "latin", "cyrillic" or "other" (digits and marks are "other"). */
export function scriptOfCode(code: number): "latin" | "cyrillic" | "other" {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
    return "latin";
  }
  if (code >= 0x400 && code <= 0x52f) return "cyrillic";
  return "other";
}
