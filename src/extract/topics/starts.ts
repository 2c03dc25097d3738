// Most words of a release start no term, yet finding that out from the word's key costs a map
// look-up of its text. A word of plain ASCII letters is turned away first by its first three
// letters: the stem of such a word keeps them, except in the cases this filter lets through
// on purpose (see startFilterOf).

/** Which first three letters a plain word must have to possibly start a term. */
export interface StartFilter {
  /** Indexed by the first three letters (a..z as 1..26, 0 past the end); 1 where a word may start a term. */
  readonly prefixes: Uint8Array;
}

/** Letters a..z are 1..26; 0 stands for "no letter here" (words shorter than three letters). */
const LETTERS = 27;

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
 * word, which is all the filter judges.
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
  const prefixes = new Uint8Array(LETTERS * LETTERS * LETTERS);
  const admit = (word: string): void => {
    const head = word.slice(0, 3);
    const codes: number[] = [];
    for (let index = 0; index < head.length; index++) {
      const letter = letterOf(head.charCodeAt(index));
      if (letter === 0) return;
      codes.push(letter);
    }
    admitAll(prefixes, codes);
  };
  for (const key of keys) {
    admit(key);
    if (key.length >= 3 && key.charAt(2) === "y") admit(`${key.slice(0, 2)}i`);
  }
  for (const form of irregularForms) admit(form);
  return { prefixes };
}

/** Admits the prefix of these letters and, when it is shorter than three, every longer one it begins. */
function admitAll(prefixes: Uint8Array, letters: readonly number[]): void {
  if (letters.length === 3) {
    prefixes[signature(letters[0] as number, letters[1] as number, letters[2] as number)] = 1;
    return;
  }
  prefixes[signature(letters[0] ?? 0, letters[1] ?? 0, 0)] = 1;
  for (let next = 1; next < LETTERS; next++) admitAll(prefixes, [...letters, next]);
}

/**
 * Whether a written word may start a term of the filter's index. A word is let through when
 * its first three characters (all of a shorter word) are not all ASCII letters, when it has a
 * hyphen (each part is a word of its own), or when its first three letters, lower-cased, are
 * admitted. Other characters further on cannot matter: lower-casing, dropping a possessive
 * and dropping marks only touch what follows the first three letters.
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
  for (let index = 3; index < length; index++) if (isHyphen(word.charCodeAt(index))) return true;
  return filter.prefixes[prefix] === 1;
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
