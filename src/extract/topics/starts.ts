// Most words of a release start no term, yet finding that out from the word's key costs a map
// look-up of its text. A word of plain ASCII letters is turned away first by its first three
// letters and its length: the stem of such a word keeps them and is no longer than the word,
// except in the cases this filter lets through on purpose (see startFilterOf).

/** Which first three letters, and how many characters, a plain word must have to possibly start a term. */
export interface StartFilter {
  /**
   * Indexed by the first three letters (a..z as 1..26, 0 past the end): the length of the
   * shortest word with them that may start a term (the shortest key, or irregular form, that
   * begins so; at most 255), or 0 where no word with them may start one.
   */
  readonly shortest: Uint8Array;
}

/** Letters a..z are 1..26; 0 stands for "no letter here" (words shorter than three letters). */
const LETTERS = 27;
/** The most a length is counted as in {@link StartFilter.shortest}. */
const MAX_COUNTED_LENGTH = 255;

/**
 * The filter for an index whose terms start with the given keys (stems of the lexicon's
 * stemmer, see `Stemmer` for what it must keep of a word).
 *
 * A plain lower-case word w has the key stem(w), and stem keeps the first three letters of w
 * except that:
 * - an irregular form is replaced whole ("men" → "man"): their prefixes are all admitted;
 * - "-ies"/"-ied" of a five-letter word become "y" at the third letter ("flies" → "fly"):
 *   a key with "y" third admits "i" third too;
 * - a four-letter word may lose two letters ("axes" → "ax"): a key of one or two letters
 *   admits every prefix it begins.
 * Keys with other characters than a..z within their first three cannot be the key of a plain
 * word, which is all the filter judges. Nor is a stem longer than its word (lower-casing and
 * dropping a possessive or marks never lengthen one either), so a word shorter than every key
 * that begins like it ("the", when the keys so begun are "theatr" and "theft") starts no term;
 * an irregular form counts with its own length.
 *
 * @example
 * ```ts
 * const filter = startFilterOf(["terrorism", "arm", "fly"], ["men"]);
 * mayStartTerm(filter, "Terrorists"); // true
 * mayStartTerm(filter, "flies"); // true
 * mayStartTerm(filter, "talks"); // false
 * ```
 */
export function startFilterOf(keys: Iterable<string>, irregularForms: readonly string[]): StartFilter {
  const shortest = new Uint8Array(LETTERS * LETTERS * LETTERS);
  /** Admits words that begin like `head` and are at least `length` characters long. */
  const admit = (head: string, length: number): void => {
    const codes: number[] = [];
    for (let index = 0; index < head.length && index < 3; index++) {
      const letter = letterOf(head.charCodeAt(index));
      if (letter === 0) return;
      codes.push(letter);
    }
    admitAll(shortest, codes, Math.min(length, MAX_COUNTED_LENGTH));
  };
  for (const key of keys) {
    admit(key, key.length);
    if (key.length >= 3 && key.charAt(2) === "y") admit(`${key.slice(0, 2)}i`, key.length);
  }
  for (const form of irregularForms) admit(form, form.length);
  return { shortest };
}

/** Admits the prefix of these letters and, when it is shorter than three, every longer one it begins. */
function admitAll(shortest: Uint8Array, letters: readonly number[], length: number): void {
  if (letters.length === 3) {
    admitOne(shortest, signature(letters[0] as number, letters[1] as number, letters[2] as number), length);
    return;
  }
  admitOne(shortest, signature(letters[0] ?? 0, letters[1] ?? 0, 0), length);
  for (let next = 1; next < LETTERS; next++) admitAll(shortest, [...letters, next], length);
}

function admitOne(shortest: Uint8Array, prefix: number, length: number): void {
  const known = shortest[prefix] as number;
  // A length of 0 reads as "not admitted"; no key is empty, but a word of one letter is one long.
  const counted = Math.max(length, 1);
  if (known === 0 || counted < known) shortest[prefix] = counted;
}

/**
 * Whether a written word may start a term of the filter's index. A word is let through when
 * its first three characters (all of a shorter word) are not all ASCII letters, when it has a
 * hyphen (each part is a word of its own), or when its first three letters, lower-cased, are
 * admitted for a word of its length. Other characters further on cannot matter: lower-casing,
 * dropping a possessive and dropping marks only touch what follows the first three letters.
 *
 * @example
 * ```ts
 * mayStartTerm(startFilterOf(["trafficking"], []), "traffickers"); // true
 * mayStartTerm(startFilterOf(["trafficking"], []), "anti-trafficking"); // true
 * ```
 */
export function mayStartTerm(filter: StartFilter, word: string): boolean {
  const length = word.length;
  const first = letterOf(word.charCodeAt(0));
  if (first === 0) return true;
  let prefix = first * LETTERS * LETTERS;
  if (length > 1) {
    const second = letterOf(word.charCodeAt(1));
    if (second === 0) return true;
    prefix += second * LETTERS;
  }
  if (length > 2) {
    const third = letterOf(word.charCodeAt(2));
    if (third === 0) return true;
    prefix += third;
  }
  const shortest = filter.shortest[prefix] as number;
  if (shortest !== 0 && length >= shortest) return true;
  for (let index = 3; index < length; index++) if (isHyphen(word.charCodeAt(index))) return true;
  return false;
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

function signature(first: number, second: number, third: number): number {
  return (first * LETTERS + second) * LETTERS + third;
}

/** 1..26 for an ASCII letter of either case, else 0. */
function letterOf(code: number): number {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? lower - 96 : 0;
}
