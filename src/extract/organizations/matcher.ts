import { ORGANIZATIONS, type OrganizationEntry } from "../../data/organizations.js";
import { NAME_CONNECTORS, foldOrganizationWord, organizationNameWords } from "../../normalize/organization.js";
import type { Word, WordPart } from "./words.js";

/** A gazetteer name or acronym found in a sentence. */
export interface KnownMatch {
  readonly entry: OrganizationEntry;
  /** The text names an organ of the entry ("Eurasian Economic Commission"), not the entry. */
  readonly organ: boolean;
  /** The words matched, as written. */
  readonly text: string;
  /** The acronym as written, when the match is an acronym. */
  readonly acronym: string | null;
  /** First and last word touched (indexes into the sentence's words). */
  readonly firstWord: number;
  readonly lastWord: number;
  /** True when the match covers its words whole (not "ASEAN" inside "Russia-ASEAN"). */
  readonly whole: boolean;
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
}

interface Hit {
  readonly entry: OrganizationEntry;
  readonly organ: boolean;
}

/** A node of a gazetteer trie: the words (or acronym parts) that may follow, and what ends here. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  hit: Hit | undefined;
}

const newNode = (): TrieNode => ({ next: new Map(), hit: undefined });

function insert(root: TrieNode, keys: readonly string[], hit: Hit): void {
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
  }
  // The organisation's own name wins over an organ name spelled the same.
  if (!node.hit || (node.hit.organ && !hit.organ)) node.hit = hit;
}

interface Tries {
  /** Full names, folded word by word (case-insensitive). */
  readonly names: TrieNode;
  /** Acronyms, hyphen part by part, exactly as written (case-sensitive: "WHO" is not "who"). */
  readonly acronyms: TrieNode;
  /** Which first characters (char codes below 128) an acronym may have. */
  readonly acronymStarts: Uint8Array;
  /** Some acronym starts with a character outside ASCII. */
  readonly acronymStartsBeyondAscii: boolean;
}

const POSSESSIVE_END = /['\u2019]s$/;
const ACRONYM_SEPARATORS = /[\s-]+/;

const nameKeys = (name: string): string[] =>
  organizationNameWords(name).map((word) => foldOrganizationWord(word.replace(POSSESSIVE_END, "")));
const acronymKeys = (acronym: string): string[] => acronym.split(ACRONYM_SEPARATORS).filter((part) => part.length > 0);

// Built on first use, so importing the module costs nothing until a sentence is read.
let tries: Tries | undefined;

function buildTries(): Tries {
  const names = newNode();
  const acronyms = newNode();
  for (const entry of ORGANIZATIONS) {
    for (const name of [entry.name, ...entry.variants]) insert(names, nameKeys(name), { entry, organ: false });
    for (const name of entry.organNames) insert(names, nameKeys(name), { entry, organ: true });
    for (const acronym of [entry.acronym, ...entry.acronyms]) if (acronym) insert(acronyms, acronymKeys(acronym), { entry, organ: false });
    for (const acronym of entry.organAcronyms) insert(acronyms, acronymKeys(acronym), { entry, organ: true });
  }
  const acronymStarts = new Uint8Array(128);
  let acronymStartsBeyondAscii = false;
  for (const key of acronyms.next.keys()) {
    const code = key.charCodeAt(0);
    if (code < 128) acronymStarts[code] = 1;
    else acronymStartsBeyondAscii = true;
  }
  return { names, acronyms, acronymStarts, acronymStartsBeyondAscii };
}

/** Whether a gazetteer acronym may start with the first character of `text`. */
function mayStartAcronym(found: Tries, text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? found.acronymStarts[code] === 1 : found.acronymStartsBeyondAscii;
}

/** True when an all-capital gazetteer acronym reads `text` exactly. */
export function isKnownAcronym(text: string): boolean {
  return (tries ??= buildTries()).acronyms.next.get(text)?.hit !== undefined;
}

/**
 * Where the gazetteer's tries may start at a word of one spelling. The same for every
 * occurrence of the spelling, so the words module keeps it with the spelling's other facts:
 * a word then costs no trie lookup of its own.
 */
export interface TrieStarts {
  /** The name trie's node for the word's fold, when the word is capitalised. */
  readonly name: TrieNode | undefined;
  /** The acronym trie's node for the whole word, when the word has no hyphen. */
  readonly acronym: TrieNode | undefined;
  /** A hyphen part of the word opens an acronym ("ASEAN" in "Russia-ASEAN"). */
  readonly acronymPart: boolean;
}

/** What most spellings open: nothing (shared, never changed). */
export const NO_TRIE_STARTS: TrieStarts = { name: undefined, acronym: undefined, acronymPart: false };

/**
 * Where a gazetteer name or acronym may start at a word with this text, in a sentence that is
 * not shouted: its fold opens a name (capitalised words only), its text an acronym, or a
 * hyphen part of it one. Where it has no node, {@link findKnown} finds nothing.
 *
 * @example
 * ```ts
 * trieStartsOf("CSTO", "csto", true, false).acronym !== undefined; // true
 * trieStartsOf("talks", "talks", false, false); // { name: undefined, acronym: undefined, acronymPart: false }
 * ```
 */
export function trieStartsOf(text: string, fold: string, capitalized: boolean, hyphenated: boolean): TrieStarts {
  const found = (tries ??= buildTries());
  const name = capitalized ? found.names.next.get(fold) : undefined;
  const acronym = !hyphenated && mayStartAcronym(found, text) ? found.acronyms.next.get(text) : undefined;
  const acronymPart = hyphenated && text.split("-").some((part) => part.length > 0 && found.acronyms.next.has(part));
  return name === undefined && acronym === undefined && !acronymPart ? NO_TRIE_STARTS : { name, acronym, acronymPart };
}

/** Whether a gazetteer name or acronym may start at a word with these trie starts. */
export function opensKnown(starts: TrieStarts): boolean {
  return starts.name !== undefined || starts.acronym !== undefined || starts.acronymPart;
}

/** Whether a gazetteer acronym may start with the character of this code (below 128). */
export function mayStartAcronymWith(code: number): boolean {
  return (tries ??= buildTries()).acronymStarts[code] === 1;
}

/**
 * Finds every gazetteer name and acronym in a sentence's words, leftmost longest first.
 * Names match case-insensitively but need capitalised words (connectors aside); acronyms
 * match exactly, also inside hyphenated compounds ("Russia-ASEAN"), and not at all in a
 * shouted (all-capitals) sentence where "WHO" is just a word.
 *
 * @example
 * ```ts
 * findKnown(wordsOf(sentence), false); // [{ entry: CSTO entry, acronym: "CSTO", ... }]
 * ```
 */
export function findKnown(words: readonly Word[], shouted: boolean): KnownMatch[] {
  const found = (tries ??= buildTries());
  const matches: KnownMatch[] = [];
  let index = 0;
  while (index < words.length) {
    const byName = matchName(words, index);
    const byAcronym = shouted ? null : matchAcronymAt(found, words, index);
    const best = pickLonger(byName, byAcronym);
    if (best) {
      matches.push(best);
      index = best.lastWord + 1;
    } else {
      index++;
    }
  }
  return matches;
}

function pickLonger(a: KnownMatch | null, b: KnownMatch | null): KnownMatch | null {
  if (!a) return b;
  if (!b) return a;
  return b.end - b.start > a.end - a.start ? b : a;
}

function matchName(words: readonly Word[], first: number): KnownMatch | null {
  const firstWord = words[first] as Word;
  // A name opens with a capitalised word the trie knows (its spelling tells): most words stop here.
  if (!firstWord.capitalized) return null;
  let node = firstWord.starts.name;
  if (!node) return null;
  let bestLast = -1;
  let bestHit: Hit | undefined;
  if (node.hit) {
    bestLast = first;
    bestHit = node.hit;
  }
  if (!firstWord.possessive) {
    for (let index = first + 1; index < words.length; index++) {
      const word = words[index] as Word;
      if (word.before !== "" && word.before !== ",") break;
      if (!word.capitalized && !NAME_CONNECTORS.has(word.fold)) break;
      const child: TrieNode | undefined = node.next.get(word.fold);
      if (!child) break;
      node = child;
      if (node.hit && word.capitalized) {
        bestLast = index;
        bestHit = node.hit;
      }
      if (word.possessive) break;
    }
  }
  if (bestHit === undefined) return null;
  const lastWord = words[bestLast] as Word;
  return {
    entry: bestHit.entry,
    organ: bestHit.organ,
    text: joinTexts(words, first, bestLast),
    acronym: null,
    firstWord: first,
    lastWord: bestLast,
    whole: true,
    start: firstWord.start,
    end: lastWord.end,
  };
}

/** The texts of words `first`..`last` joined by spaces. */
function joinTexts(words: readonly Word[], first: number, last: number): string {
  let text = (words[first] as Word).text;
  for (let index = first + 1; index <= last; index++) text += ` ${(words[index] as Word).text}`;
  return text;
}

/** Tries the acronym trie from each hyphen part of the word at `first`. */
function matchAcronymAt(found: Tries, words: readonly Word[], first: number): KnownMatch | null {
  const word = words[first] as Word;
  // The spelling tells whether an acronym starts with the word (without a hyphen, its only
  // part) or a hyphen part of it: most words, and most compounds ("Secretary-General"), stop here.
  if (!word.hyphenated) return word.starts.acronym !== undefined ? matchAcronym(found.acronyms, words, first, 0) : null;
  if (!word.starts.acronymPart) return null;
  for (let part = 0; part < word.parts.length; part++) {
    const match = matchAcronym(found.acronyms, words, first, part);
    if (match) return match;
  }
  return null;
}

function matchAcronym(acronyms: TrieNode, words: readonly Word[], firstWord: number, firstPart: number): KnownMatch | null {
  let node = acronyms;
  let bestWord = -1;
  let bestPart = -1;
  let bestHit: Hit | undefined;
  let wordIndex = firstWord;
  let partIndex = firstPart;
  while (wordIndex < words.length) {
    const word = words[wordIndex] as Word;
    const part = word.parts[partIndex];
    if (!part) break;
    const child = node.next.get(part.text);
    if (!child) break;
    node = child;
    if (node.hit) {
      bestWord = wordIndex;
      bestPart = partIndex;
      bestHit = node.hit;
    }
    if (partIndex + 1 < word.parts.length) {
      partIndex++;
    } else {
      if (word.possessive) break;
      wordIndex++;
      partIndex = 0;
      if (words[wordIndex]?.before !== "") break;
    }
  }
  if (bestHit === undefined) return null;
  const startWord = words[firstWord] as Word;
  const endWord = words[bestWord] as Word;
  const startPart = startWord.parts[firstPart] as WordPart;
  const endPart = endWord.parts[bestPart] as WordPart;
  const whole = firstPart === 0 && bestPart === endWord.parts.length - 1;
  const text = whole ? joinTexts(words, firstWord, bestWord) : startPart.text;
  return {
    entry: bestHit.entry,
    organ: bestHit.organ,
    text,
    acronym: text,
    firstWord,
    lastWord: bestWord,
    whole,
    start: startPart.start,
    end: endPart.end,
  };
}
