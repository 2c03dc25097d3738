import { lexiconFor } from "../lexicon/index.js";
import { findCity } from "./city.js";
import { givenNameKey, isGivenName } from "./given-name.js";
import { memoizeByText } from "../core/memo.js";

// Names are compared as the output writes them, in their English (Latin) spelling, whatever
// the release's language: the English words about names apply.
const NAME_WORDS = lexiconFor("en").names;
const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_WORDS.particles);
const PATRONYMIC_ENDINGS = NAME_WORDS.patronymicEndings;
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(NAME_WORDS.generationSuffixes);

/**
 * A person as a name and its other spellings.
 *
 * @example
 * ```ts
 * import { mergePersonNames, type PersonNames } from "communique";
 * const people: PersonNames[] = mergePersonNames(["S. Lavrov", "Sergey Lavrov"]);
 * // [{ name: "Sergey Lavrov", aliases: ["S. Lavrov"] }]
 * ```
 *
 * @group Normalizers
 */
export interface PersonNames {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Shortest surname on which a machine translation's truncation ("Greming" for "Greminger") is trusted. */
const MIN_TRUNCATED_SURNAME = 5;
/** Most characters a truncation may drop. */
const MAX_TRUNCATION = 3;

interface NameShape {
  /** Folded words of the name, given name first. */
  readonly words: readonly string[];
  /** Folded surname (last word, particles included). */
  readonly surname: string;
  /** Key of the given name (first word), transliteration variants folded. */
  readonly given: string | null;
  /** The first word is an initial ("T.", "S"). */
  readonly initial: boolean;
  /** `words` joined by spaces, and the same words sorted (compared for every pair of spellings). */
  readonly joined: string;
  readonly sorted: string;
  /** {@link transliterationKey} of the surname. */
  readonly surnameKey: string;
  /** {@link compactKey} of the whole name and of its surname. */
  readonly compact: string;
  readonly surnameCompact: string;
}

/**
 * Folds a name for comparison: lower case, diacritics removed, apostrophes dropped,
 * initials split off ("T.Greminger" → ["t", "greminger"]).
 */
function fold(word: string): string {
  if (isPlainAscii(word)) {
    const lower = word.toLowerCase();
    return lower.includes("'") || lower.includes("`") ? lower.replace(APOSTROPHES, "") : lower;
  }
  return word.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(APOSTROPHES, "");
}

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’`]/g;

/** Without characters above U+007F, decomposing and dropping combining marks changes nothing. */
function isPlainAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

function wordsOfName(name: string): string[] {
  const words: string[] = [];
  for (const part of name.split(/[\s,]+/)) {
    if (part.length === 0) continue;
    // "T.Greminger": an initial glued to the surname.
    const dot = part.indexOf(".");
    if (dot === 1 && part.length > 2) {
      words.push(part.slice(0, 2), part.slice(2));
      continue;
    }
    words.push(part);
  }
  return words;
}

function isPatronymic(word: string): boolean {
  const lower = fold(word);
  return lower.length > 6 && PATRONYMIC_ENDINGS.some((ending) => lower.endsWith(ending));
}

/**
 * Puts a name in "Given Patronymic Surname" order when it is written surname first with a
 * patronymic ("Serdyukov Andrei Nikolayevich" → "Andrei Nikolayevich Serdyukov").
 *
 * @example
 * ```ts
 * import { canonicalNameOrder } from "communique";
 * canonicalNameOrder("Serdyukov Andrei Nikolayevich"); // "Andrei Nikolayevich Serdyukov"
 * ```
 *
 * @group Normalizers
 */
export function canonicalNameOrder(name: string): string {
  // Most names are words with single spaces between them, and only three words can be reordered.
  if (isSingleSpaced(name) && countSpaces(name) !== 2) return name;
  const words = name.trim().split(/\s+/);
  if (words.length === 3 && isPatronymic(words[2] as string) && !isPatronymic(words[1] as string)) {
    return `${words[1]} ${words[2]} ${words[0]}`;
  }
  return words.join(" ");
}

/** Non-empty words with one plain space between them, nothing before or after: split and joined again, the same text. */
function isSingleSpaced(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) {
      if (index === 0 || index === text.length - 1 || text.charCodeAt(index + 1) === 32) return false;
    } else if ((code < 32 || code >= 128) && isWhiteSpace(text.charAt(index))) {
      return false;
    }
  }
  return true;
}

const WHITE_SPACE = /^\s$/u;

function isWhiteSpace(char: string): boolean {
  return WHITE_SPACE.test(char);
}

function countSpaces(text: string): number {
  let spaces = 0;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 32) spaces++;
  return spaces;
}

/** Shapes are asked for many times per release (every pair of spellings); bounded memo. */
const MAX_SHAPES = 5000;

const shapeOf = memoizeByText(computeShape, MAX_SHAPES);

function computeShape(name: string): NameShape {
  const raw = initialsFirst(wordsOfName(canonicalNameOrder(name)));
  const named = raw.filter((word) => !isGenerationSuffix(word));
  // Only a third word can be a patronymic: in "Mikhail Myasnikovich" the "-vich" word is the
  // surname, as in many Belarusian, Serbian and Croatian names.
  const words = (named.length >= 3 ? named.filter((word) => !isPatronymic(word)) : named).map(fold);
  const first = words[0] ?? "";
  const initial = /^\p{L}\.?$/u.test(first);
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && NAME_PARTICLES.has(words[surnameStart - 1] as string)) surnameStart--;
  const surname = words.slice(Math.max(surnameStart, 0)).join(" ");
  return {
    words,
    surname,
    given: initial || words.length < 2 ? null : givenNameKey(raw[0] as string),
    initial,
    joined: words.join(" "),
    sorted: [...words].sort().join(" "),
    surnameKey: transliterationKey(surname),
    compact: initial ? "" : compactKey(words),
    surnameCompact: compactKey(words.slice(Math.max(surnameStart, 0))),
  };
}

/**
 * Folded words written as one, without spaces, hyphens or doubled letters, in their
 * {@link transliterationKey}: "Abdel Razek" and "Abdelrazek" meet.
 */
function compactKey(words: readonly string[]): string {
  let letters = "";
  for (const word of words) {
    for (let index = 0; index < word.length; index++) {
      const letter = word.charAt(index);
      if (letter === "-" || letter === " " || letter === letters.charAt(letters.length - 1)) continue;
      letters += letter;
    }
  }
  return transliterationKey(letters);
}

/** Shortest compact key a split surname is told by: short ones meet by chance ("Li Na", "Lina"). */
const MIN_SPLIT_SURNAME = 6;

/**
 * One name is the other's surname written in two words, or the other way round ("Abdel Razek"
 * and "Hassan Abdelrazek", "Abdelrazek" and "Abdel Razek"), as transliterations of Arabic names split
 * their article.
 */
function splitSurname(a: NameShape, b: NameShape): boolean {
  return surnameSplitIn(a, b) || surnameSplitIn(b, a);
}

/** `split` is two words that `whole`'s surname writes as one, or one word that `whole` splits in two. */
function surnameSplitIn(split: NameShape, whole: NameShape): boolean {
  if (split.compact.length < MIN_SPLIT_SURNAME) return false;
  if (split.words.length === 1) return whole.words.length === 2 && split.compact === whole.compact;
  return split.words.length === 2 && (whole.words.length === 2 || whole.words.length === 3) && split.compact === whole.surnameCompact;
}

/** An initial as written after or before a surname: "U.", "Sh.", "Zh." (a Cyrillic letter romanized in two). */
const INITIAL_WORD = /^\p{Lu}\p{Ll}?\.$/u;

/**
 * "Sharsheev U.Sh.", "Lavrov S.V.": a surname before its initials, as Russian writes it, is
 * the surname of "U.Sh. Sharsheev".
 */
function initialsFirst(words: string[]): string[] {
  if (words.length < 2 || INITIAL_WORD.test(words[0] as string)) return words;
  let start = words.length;
  while (start > 1 && INITIAL_WORD.test(words[start - 1] as string)) start--;
  if (start === words.length || start !== 1) return words;
  return [...words.slice(1), words[0] as string];
}

/** "Jr", "Sr." and the like, in any case. */
function isGenerationSuffix(word: string): boolean {
  const bare = word.endsWith(".") ? word.slice(0, -1) : word;
  return GENERATION_SUFFIXES.has(bare.toLowerCase());
}

/** The surnames of two shapes are one: equal, transliteration variants, or a truncation. */
function surnamesAgree(a: NameShape, b: NameShape): boolean {
  if (a.surname === b.surname || a.surnameKey === b.surnameKey) return true;
  const [short, long] = a.surname.length <= b.surname.length ? [a.surname, b.surname] : [b.surname, a.surname];
  return short.length >= MIN_TRUNCATED_SURNAME && long.startsWith(short) && long.length - short.length <= MAX_TRUNCATION;
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/**
 * A folded surname with the letters that romanizations of Russian and Central Asian names
 * spell differently made equal: "kh"/"h", "y"/"i", a final "w"/"v", and the glide between
 * vowels ("Mirzayev"/"Mirzaev", "Aliyev"/"Aliev", "Shoygu"/"Shoigu", "Berdimuhamedow").
 */
function transliterationKey(surname: string): string {
  const letters = surname.replace(/kh/g, "h").replace(/y/g, "i").replace(/w$/, "v");
  let key = "";
  for (let index = 0; index < letters.length; index++) {
    const letter = letters.charAt(index);
    if (letter === "i" && (key.endsWith("i") || (VOWELS.has(key.charAt(key.length - 1)) && VOWELS.has(letters.charAt(index + 1))))) continue;
    key += letter;
  }
  return key;
}

function firstWordsAgree(a: NameShape, b: NameShape): boolean {
  const wordA = a.words[0] ?? "";
  const wordB = b.words[0] ?? "";
  if (a.initial || b.initial) return wordA.charAt(0) === wordB.charAt(0);
  if (a.given !== null && a.given === b.given) return true;
  return wordA === wordB;
}

/**
 * Says whether two names can be the same person: equal once folded; the same surname (or a
 * truncation of it, as machine translation makes) with the same given name, a
 * transliteration variant of it (Yuri/Yury) or its initial; the same words in another order
 * ("Pashinyan Nikol"); or a lone surname or family name of the other ("Lavrov", "Moon").
 *
 * @example
 * ```ts
 * import { samePerson } from "communique";
 * samePerson("Thomas Greming", "Thomas Greminger"); // true
 * samePerson("T.Greminger", "Thomas Greminger"); // true
 * samePerson("Yury Khachaturov", "Yuri Khachaturov"); // true
 * samePerson("Igor Popov", "Alexander Popov"); // false
 * ```
 *
 * @group Normalizers
 */
export function samePerson(a: string, b: string): boolean {
  const shapeA = shapeOf(a);
  const shapeB = shapeOf(b);
  if (shapeA.words.length === 0 || shapeB.words.length === 0) return false;
  if (shapeA.joined === shapeB.joined) return true;
  if (shapeA.words.length === 1 || shapeB.words.length === 1) {
    const [single, full] = shapeA.words.length === 1 ? [shapeA, shapeB] : [shapeB, shapeA];
    // A one-word name is its own surname, or one of several ("Leyva" of "Álvaro Leyva Durán").
    return full.words.length > 1 && (surnamesAgree(single, full) || single.words[0] === full.words[0] || full.words.includes(single.words[0] as string) || splitSurname(single, full));
  }
  // The same words in another order ("Pashinyan Nikol").
  if (shapeA.words.length === shapeB.words.length && shapeA.sorted === shapeB.sorted) return true;
  if (surnamesAgree(shapeA, shapeB) && firstWordsAgree(shapeA, shapeB)) return true;
  return partOfLongerName(shapeA, shapeB) || splitSurname(shapeA, shapeB);
}

/**
 * Two words or more of a longer name, from its end or from its start: a compound surname
 * without the given name ("Dlamini Zuma" of "Nkosazana Dlamini Zuma", "Ould Merzouk"), or a
 * name without its second surname ("Marcelo Ebrard" of "Marcelo Ebrard Casaubón"), unless
 * what the longer adds is a city's name.
 */
function partOfLongerName(a: NameShape, b: NameShape): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  if (short.length < 2 || short.length === long.length || a.initial || b.initial) return false;
  const offset = long.length - short.length;
  let tail = true;
  let head = true;
  for (let index = 0; index < short.length; index++) {
    if (short[index] !== long[offset + index]) tail = false;
    if (short[index] !== long[index]) head = false;
  }
  if (tail) return true;
  // "Téte António Brasília" (a headline run into its dateline) is no second surname.
  return head && !long.slice(short.length).some((word) => findCity(word) !== null);
}

/**
 * Scores how good a spelling is as a person's `name`: full names over surnames and initials,
 * given name first, the longest surname (the untruncated one), a known given name.
 */
const nameQuality = memoizeByText(computeQuality, MAX_SHAPES);

/** What an initial for a given name costs a spelling: less than the word it stands for. */
const INITIAL_PENALTY = 90;

function computeQuality(name: string): number {
  const shape = shapeOf(name);
  let score = Math.min(shape.words.length, 4) * 100;
  // "T.Greminger" is less than "Thomas Greminger", but more than "Greminger" alone.
  if (shape.initial) score -= INITIAL_PENALTY;
  if (shape.words.length >= 2 && isGivenName(wordsOfName(name)[0] ?? "")) score += 50;
  score += Math.min(shape.surname.length, 30);
  return score;
}

/**
 * Groups spellings of the same people: each group's fullest spelling becomes `name`, the
 * others `aliases`. A lone surname joins a group only when exactly one group fits it.
 *
 * @example
 * ```ts
 * import { mergePersonNames } from "communique";
 * mergePersonNames(["Thomas Greming", "Yuri Khachaturov", "T.Greminger", "Thomas Greminger", "Khachaturov"]);
 * // [{ name: "Thomas Greminger", aliases: ["Thomas Greming", "T.Greminger"] },
 * //  { name: "Yuri Khachaturov", aliases: ["Khachaturov"] }]
 * ```
 *
 * @group Normalizers
 */
export function mergePersonNames(names: readonly string[]): PersonNames[] {
  return groupNames(names).map((group) => namesOfGroup(group.map((index) => names[index] as string)));
}

/**
 * Groups names by {@link samePerson}; returns indexes into `names`, groups in order of first
 * appearance. Identical spellings are grouped once, and a spelling is only compared with
 * groups that share a word or a surname prefix with it, so a long text with many mentions of
 * the same few people costs little more than its distinct spellings.
 */
export function groupNames(names: readonly string[]): number[][] {
  const groups: number[][] = [];
  const groupOfSpelling = new Map<string, number[]>();
  const filed = new GroupsByKey();
  const singles: number[] = [];
  for (let position = 0; position < names.length; position++) {
    const name = names[position] as string;
    const same = groupOfSpelling.get(name);
    if (same) {
      same.push(position);
      continue;
    }
    if (shapeOf(name).words.length < 2) {
      singles.push(position);
      continue;
    }
    let group = filed.candidatesOf(name).find((candidate) => holdsSamePerson(candidate, names, name));
    if (group) group.push(position);
    else groups.push((group = [position]));
    groupOfSpelling.set(name, group);
    filed.add(group, name);
  }
  for (const position of singles) {
    const name = names[position] as string;
    const known = groupOfSpelling.get(name);
    if (known) {
      known.push(position);
      continue;
    }
    const fits = filed.candidatesOf(name).filter((candidate) => holdsSamePerson(candidate, names, name));
    if (fits.length === 1) {
      (fits[0] as number[]).push(position);
      groupOfSpelling.set(name, fits[0] as number[]);
    } else if (fits.length === 0) {
      const group = [position];
      groups.push(group);
      groupOfSpelling.set(name, group);
      filed.add(group, name);
    }
  }
  return inOrderOfFirstMention(groups);
}

function holdsSamePerson(group: readonly number[], names: readonly string[], name: string): boolean {
  for (const member of group) if (samePerson(names[member] as string, name)) return true;
  return false;
}

const NO_GROUPS: readonly number[][] = [];

/** Groups of spellings filed under the comparison keys of their names (lists, not sets: a text has few). */
class GroupsByKey {
  readonly #byKey = new Map<string, number[][]>();

  /** Files `group` under every key of `name`. */
  add(group: number[], name: string): void {
    for (const key of comparisonKeys(name)) {
      const filed = this.#byKey.get(key);
      if (!filed) this.#byKey.set(key, [group]);
      else if (!filed.includes(group)) filed.push(group);
    }
  }

  /** The groups filed under any key of `name`, each once, in the order they were first filed under those keys. */
  candidatesOf(name: string): number[][] {
    const found: number[][] = [];
    for (const key of comparisonKeys(name)) {
      for (const group of this.#byKey.get(key) ?? NO_GROUPS) if (!found.includes(group)) found.push(group);
    }
    return found;
  }
}

/** The groups ordered by their earliest member (a lone surname may join a group after later names did). */
function inOrderOfFirstMention(groups: number[][]): number[][] {
  const firsts = groups.map((group) => {
    let first = group[0] as number;
    for (const member of group) if (member < first) first = member;
    return { group, first };
  });
  firsts.sort((a, b) => a.first - b.first);
  return firsts.map(({ group }) => group);
}

/** Keys under which two spellings of one person meet: each word (and its romanization key), and each word's first letters (truncations). */
const comparisonKeys: (name: string) => readonly string[] = memoizeByText(computeComparisonKeys, MAX_SHAPES);

function computeComparisonKeys(name: string): string[] {
  const keys: string[] = [];
  for (const word of shapeOf(name).words) {
    keys.push(word);
    // "Khakala" and "Hakala", "Aliyev" and "Aliev": romanizations of one surname meet too.
    const romanized = transliterationKey(word);
    if (romanized !== word) keys.push(romanized);
    if (word.length >= MIN_TRUNCATED_SURNAME) keys.push(`${word.slice(0, MIN_TRUNCATED_SURNAME)}…`);
  }
  return keys;
}

/** A word of two capitals or more in each hyphen-separated part ("TANAKA", "BERG-OLSEN"); initials ("D.N.") are none. */
function isCapitalsWord(word: string): boolean {
  if (word.includes(".")) return false;
  for (const part of word.split("-")) {
    if (part.length < 2 || part.toLowerCase() === part || part.toUpperCase() !== part) return false;
  }
  return true;
}

/**
 * A name written with its surname in capitals, the Japanese and Korean protocol style, in the
 * usual form: the surname in title case and after the given name ("KAMIKAWA Yoko" → "Yoko
 * Kamikawa", "Ararat MIRZOYAN" → "Ararat Mirzoyan"). Other names come back as they are.
 *
 * @example
 * ```ts
 * withCapitalizedSurname("SUZUKI Kenji"); // "Kenji Suzuki"
 * withCapitalizedSurname("Ararat MIRZOYAN"); // "Ararat Mirzoyan"
 * withCapitalizedSurname("Sergey Lavrov"); // "Sergey Lavrov"
 * ```
 */
export function withCapitalizedSurname(name: string): string {
  // A word holding a lower-case ASCII letter is no word of capitals: most names have one in
  // every word, told by one walk over the letters instead of splitting the name.
  if (!hasWordWithoutAsciiLowerCase(name)) return name;
  const words = name.split(" ");
  if (words.length < 2) return name;
  const capitals = words.map((word) => word.length >= 3 && isCapitalsWord(word));
  const count = capitals.filter(Boolean).length;
  if (count !== 1) return name;
  const at = capitals.indexOf(true);
  const surname = (words[at] as string)
    .split("-")
    .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
    .join("-");
  if (at === 0 && words.length === 2) return `${words[1]} ${surname}`;
  words[at] = surname;
  return words.join(" ");
}

/** Some space-separated word of the text holds no letter from a to z. */
function hasWordWithoutAsciiLowerCase(text: string): boolean {
  let lowerInWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) {
      if (!lowerInWord) return true;
      lowerInWord = false;
    } else if (code >= 97 && code <= 122) {
      lowerInWord = true;
    }
  }
  return !lowerInWord;
}

/** The `name` and `aliases` of one group of spellings of the same person. */
export function namesOfGroup(forms: readonly string[]): PersonNames {
  let best = forms[0] ?? "";
  let bestQuality = nameQuality(best);
  for (const form of forms) {
    const quality = nameQuality(form);
    if (quality > bestQuality) {
      best = form;
      bestQuality = quality;
    }
  }
  const name = canonicalNameOrder(best);
  // Most people are written one way all through a release: nothing to fold.
  if (forms.every((form) => form === name)) return { name, aliases: [] };
  const aliases: string[] = [];
  const seen = new Set([fold(name)]);
  for (const form of forms) {
    const key = fold(form);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(form);
  }
  return { name, aliases };
}
