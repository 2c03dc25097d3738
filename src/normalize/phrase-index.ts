// A gazetteer index shared by the country, city, venue and title lookups: one Map from the
// folded name to its value for whole-string lookups, and a trie of folded word parts for
// longest-match lookups on a sentence's tokens. Both cost O(length of the name).
import { foldForMatch } from "./text.js";
import { memoizeByText } from "../core/memo.js";
import { lowerCaseOf } from "../core/text.js";

/** What a gazetteer entry says about how it may be matched. */
export interface PhraseOptions {
  /**
   * An acronym (`US`, `ROK`, `UAE`): matches only when written without lower-case letters,
   * so the pronoun "us" is never the United States.
   */
  readonly acronym?: boolean;
}

/** A longest match found by {@link PhraseIndex.matchAt}. */
export interface PhraseMatch<T> {
  readonly value: T;
  /** How many tokens of the word list the match covers, from the start index. */
  readonly length: number;
  /** Whether the first token of the match starts with a capital letter or a digit. */
  readonly capitalized: boolean;
}

/** Options of {@link PhraseIndex.matchAt}. */
export interface MatchOptions {
  /** Accept a match only when its first token starts with a capital or a digit. */
  readonly requireCapital?: boolean;
}

interface Entry<T> {
  readonly value: T | undefined; // undefined: a blocking phrase, e.g. "Latin American"
  readonly acronym: boolean;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  entry: Entry<T> | undefined;
}

// Tokens a multi-word name may run across: spaces, and the dots, commas, hyphens and
// apostrophes of "St . Petersburg" or "Washington, D.C." when they come as tokens of their own.
const SKIPPABLE = new Set([" ", "\t", "\n", "\r", "\u00A0", ".", ",", "-", "\u2010", "\u2011", "'", "\u2019"]);
const CAPITAL_START = /^[\p{Lu}\p{Lt}\p{N}]/u;
const LOWER_CASE = /\p{Ll}/u;
// How far back a blocking phrase can start and still cover the token asked about.
const BLOCK_LOOK_BACK = 6;

const FOLD_CACHE_LIMIT = 20000;

/** The folded parts of one token, cached because every matcher folds the same words. */
export const foldedParts: (token: string) => readonly string[] = memoizeByText((token: string): readonly string[] => {
  const folded = foldForMatch(token);
  return folded === "" ? [] : folded.split(" ");
}, FOLD_CACHE_LIMIT);

const OWNER_CACHE_LIMIT = 5000;

/**
 * The folded parts of a possessive token without its "'s" ("Russia's" → ["russia"]), cached
 * like {@link foldedParts} so that a possessive costs no slice per lookup.
 */
const ownerParts = memoizeByText((token: string): readonly string[] => foldedParts(token.slice(0, -2)), OWNER_CACHE_LIMIT);

/** The token ends in "'s" or "’s" (either case of the s). */
function isPossessive(token: string): boolean {
  const last = token.charCodeAt(token.length - 1);
  if (last !== 115 && last !== 83) return false;
  const previous = token.charCodeAt(token.length - 2);
  return previous === 39 || previous === 0x2019;
}

/** The token holds a lower-case letter (any script). */
function hasLowerCase(token: string): boolean {
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (code >= 97 && code <= 122) return true;
    if (code >= 128) return LOWER_CASE.test(token);
  }
  return false;
}

/** The token starts with an upper-case or title-case letter or a digit (any script). */
function startsCapitalized(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return CAPITAL_START.test(token);
}

/**
 * The folded first character of a token that opens with an ASCII letter or digit (the
 * character itself in lower case), or -1 when folding could change it.
 */
function asciiFoldedStart(token: string): number {
  const code = token.charCodeAt(0);
  if (code >= 65 && code <= 90) return code + 32;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return code;
  return -1;
}

/** A non-empty token of ASCII letters and digits alone, which {@link foldForMatch} only lower-cases. */
function isAsciiAlnum(token: string): boolean {
  if (token.length === 0) return false;
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

function isSkippable(token: string): boolean {
  if (token === "") return false;
  // Every skippable character is one UTF-16 unit, so a unit-by-unit check is exact.
  for (let index = 0; index < token.length; index++) if (!SKIPPABLE.has(token.charAt(index))) return false;
  return true;
}

/**
 * A set of names, each with a value, looked up whole (`lookup`) or as the longest name
 * starting at a token of a sentence (`matchAt`). The first value added for a name wins, so
 * callers add names in order of priority.
 */
export class PhraseIndex<T> {
  readonly #byKey = new Map<string, Entry<T>>();
  readonly #root: TrieNode<T> = { next: undefined, entry: undefined };
  #hasBlocks = false;
  /**
   * Which ASCII letters and digits open a key (by char code): a token opening with any
   * other ASCII letter or digit starts no name, and is rejected without folding it.
   */
  readonly #asciiStarts = new Uint8Array(128);
  /** The same for blocking phrases: a token opening with another letter starts no block. */
  readonly #asciiBlockStarts = new Uint8Array(128);
  /**
   * The folded words that stand after the first word of a blocking phrase ("american" of
   * "Latin American"): a token holding none of them lies inside no block that starts before it,
   * so most matches need no look-back at all.
   */
  readonly #blockInnerParts = new Set<string>();
  /** The entry of the last {@link PhraseIndex.#walk}'s longest match (its length is returned). */
  #walkEntry: Entry<T> | undefined = undefined;

  /** Adds `name` with `value`; ignored when the folded name is empty or already present. */
  add(name: string, value: T, options?: Readonly<PhraseOptions>): void {
    this.#insert(name, { value, acronym: options?.acronym === true });
  }

  /**
   * Adds a phrase that is not a match although it contains one ("Latin American" holds
   * "American"): `matchAt` returns null on any token the phrase covers.
   */
  block(name: string): void {
    if (this.#insert(name, { value: undefined, acronym: false })) this.#hasBlocks = true;
  }

  /** Number of distinct folded keys. */
  get size(): number {
    return this.#byKey.size;
  }

  /** The value of the whole `text` as a name (folded; a leading "the" is ignored), or undefined. */
  lookup(text: string): T | undefined {
    const folded = foldForMatch(text);
    const found = this.#lookupFolded(folded, text);
    if (found !== undefined) return found;
    return folded.startsWith("the ") ? this.#lookupFolded(folded.slice(4), text) : undefined;
  }

  /** The keys and values, for data checks. */
  *entries(): IterableIterator<readonly [key: string, value: T]> {
    for (const [key, entry] of this.#byKey) if (entry.value !== undefined) yield [key, entry.value];
  }

  /**
   * The longest name starting at `words[index]`, where `words` are a sentence's tokens as
   * written (a hyphenated word is one token; space and punctuation tokens may be included
   * or left out). A name may end in a possessive ("Russia's"). Null when none starts there,
   * or when the token lies inside a blocking phrase.
   */
  matchAt(words: readonly string[], index: number, options?: Readonly<MatchOptions>): PhraseMatch<T> | null {
    const first = words[index];
    if (first === undefined) return null;
    const capitalized = startsCapitalized(first);
    if (options?.requireCapital === true && !capitalized) return null;
    const length = this.#walk(words, index);
    const value = this.#walkEntry?.value;
    if (length === 0 || value === undefined) return null;
    if (this.#hasBlocks && this.#insideBlock(words, index)) return null;
    return { value, length, capitalized };
  }

  #lookupFolded(key: string, raw: string): T | undefined {
    const entry = this.#byKey.get(key);
    if (!entry || entry.value === undefined) return undefined;
    if (entry.acronym && hasLowerCase(raw)) return undefined;
    return entry.value;
  }

  #insert(name: string, entry: Entry<T>): boolean {
    const key = foldForMatch(name);
    if (key === "" || this.#byKey.has(key)) return false;
    this.#byKey.set(key, entry);
    const start = key.charCodeAt(0);
    if (start < 128) {
      this.#asciiStarts[start] = 1;
      if (entry.value === undefined) this.#asciiBlockStarts[start] = 1;
    }
    let node = this.#root;
    const parts = key.split(" ");
    if (entry.value === undefined) for (const part of parts.slice(1)) this.#blockInnerParts.add(part);
    for (const part of parts) {
      node.next ??= new Map();
      let child = node.next.get(part);
      if (!child) {
        child = { next: undefined, entry: undefined };
        node.next.set(part, child);
      }
      node = child;
    }
    node.entry = entry;
    return true;
  }

  /**
   * The number of tokens of the longest name starting at `words[index]` (0 when none), its
   * entry left in {@link PhraseIndex.#walkEntry}: no object is made per walk.
   */
  #walk(words: readonly string[], index: number): number {
    this.#walkEntry = undefined;
    const opening = words[index];
    if (opening === undefined) return 0;
    const start = asciiFoldedStart(opening);
    if (start >= 0 && this.#asciiStarts[start] === 0) return 0;
    let node: TrieNode<T> | undefined = this.#root;
    let bestEntry: Entry<T> | undefined;
    let bestLength = 0;
    for (let at = index; at < words.length && node?.next; at++) {
      const token = words[at] ?? "";
      // Most tokens are ASCII letters and digits alone: their one folded part is their lower
      // case, worked out faster than it is looked up.
      if (isAsciiAlnum(token)) {
        node = node.next.get(lowerCaseOf(token));
        const entry = node?.entry;
        if (entry && (!entry.acronym || noLowerCaseIn(words, index, at))) {
          bestEntry = entry;
          bestLength = at - index + 1;
        }
        continue;
      }
      const parts = foldedParts(token);
      if (parts.length === 0) {
        if (at > index && isSkippable(token)) continue;
        break;
      }
      if (isPossessive(token)) {
        const owner = descend(node, ownerParts(token))?.entry;
        if (owner && (!owner.acronym || noLowerCaseIn(words, index, at))) {
          bestEntry = owner;
          bestLength = at - index + 1;
        }
      }
      node = descend(node, parts);
      const entry = node?.entry;
      if (entry && (!entry.acronym || noLowerCaseIn(words, index, at))) {
        bestEntry = entry;
        bestLength = at - index + 1;
      }
    }
    this.#walkEntry = bestEntry;
    return bestLength;
  }

  /** Whether a blocking phrase that starts before `words[index]` covers it. */
  #insideBlock(words: readonly string[], index: number): boolean {
    if (!this.#mayBeInsideBlock(words[index] ?? "")) return false;
    for (let start = index - 1, steps = 0; start >= 0 && steps < BLOCK_LOOK_BACK; start--, steps++) {
      const opening = asciiFoldedStart(words[start] ?? "");
      if (opening >= 0 && this.#asciiBlockStarts[opening] === 0) continue;
      const length = this.#walk(words, start);
      if (length > 0 && this.#walkEntry?.value === undefined && start + length > index) return true;
    }
    return false;
  }

  /**
   * False when the token cannot continue a blocking phrase: a walk from an earlier token
   * reads this one by its folded parts, or by its owner's parts when it is a possessive, and
   * a block covers it only if one of those parts follows a block's first word.
   */
  #mayBeInsideBlock(token: string): boolean {
    const inner = this.#blockInnerParts;
    for (const part of foldedParts(token)) if (inner.has(part)) return true;
    if (!isPossessive(token)) return false;
    const owner = ownerParts(token);
    // "'s" alone: a walk reads it as nothing and goes on, so only the look-back can tell.
    if (owner.length === 0) return true;
    for (const part of owner) if (inner.has(part)) return true;
    return false;
  }
}

/** No token from `words[from]` to `words[to]` (inclusive) holds a lower-case letter: an acronym is written so. */
function noLowerCaseIn(words: readonly string[], from: number, to: number): boolean {
  for (let at = from; at <= to; at++) if (hasLowerCase(words[at] ?? "")) return false;
  return true;
}

function descend<T>(from: TrieNode<T>, parts: readonly string[]): TrieNode<T> | undefined {
  let node: TrieNode<T> | undefined = from;
  for (let index = 0; index < parts.length; index++) {
    node = node.next?.get(parts[index] as string);
    if (!node) return undefined;
  }
  return node;
}
