import { lazy } from "../../core/memo.js";
import { ORGANIZATIONS, type OrganizationEntry } from "../../data/organizations.js";
import { foldOrganizationWord, organizationNameWords } from "../../normalize/organization.js";

/** What a gazetteer name or acronym stands for. */
export interface Hit {
  readonly entry: OrganizationEntry;
  /** The name is an organ's ("Eurasian Economic Commission"), not the entry's own. */
  readonly organ: boolean;
  /** The name names the entry only beside another body of its country ({@link OrganizationEntry.bareNames}). */
  readonly bare?: boolean;
}

/** A node of a gazetteer trie: the words (or acronym parts) that may follow, and what ends here. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  hit: Hit | undefined;
}

/** The gazetteer's names and acronyms as tries, built on first use. */
export interface Tries {
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
  // The organisation's own name wins over an organ name spelled the same, and over a bare name.
  if (!node.hit || (node.hit.organ && !hit.organ) || (node.hit.bare === true && hit.bare !== true)) node.hit = hit;
}

/** A name's words folded, "the" left out (the matcher skips it in the text as well). */
const nameKeys = (name: string): string[] =>
  organizationNameWords(name)
    .map((word) => foldOrganizationWord(word.replace(POSSESSIVE_END, "")))
    .filter((key, index) => index === 0 || key !== "the");
const acronymKeys = (acronym: string): string[] => acronym.split(ACRONYM_SEPARATORS).filter((part) => part.length > 0);

/**
 * The gazetteer's tries, built on first use so that importing the module costs nothing until
 * a sentence is read.
 *
 * @example
 * ```ts
 * gazetteerTries().acronyms.next.has("CSTO"); // true
 * ```
 */
export const gazetteerTries = lazy((): Tries => {
  const names = newNode();
  const acronyms = newNode();
  for (const entry of ORGANIZATIONS) {
    for (const name of [entry.name, ...entry.variants]) insert(names, nameKeys(name), { entry, organ: false });
    for (const name of entry.organNames) insert(names, nameKeys(name), { entry, organ: true });
    for (const name of entry.bareNames) insert(names, nameKeys(name), { entry, organ: false, bare: true });
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
});

/** True when an all-capital gazetteer acronym reads `text` exactly. */
export function isKnownAcronym(text: string): boolean {
  return gazetteerTries().acronyms.next.get(text)?.hit !== undefined;
}

/**
 * Where the gazetteer's tries may start at a word of one spelling. The same for every
 * occurrence of the spelling, so it is kept with the spelling's other facts: a word then
 * costs no trie lookup of its own.
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
 * hyphen part of it one.
 *
 * @example
 * ```ts
 * trieStartsOf("CSTO", "csto", true, false).acronym !== undefined; // true
 * trieStartsOf("talks", "talks", false, false); // { name: undefined, acronym: undefined, acronymPart: false }
 * ```
 */
export function trieStartsOf(text: string, fold: string, capitalized: boolean, hyphenated: boolean): TrieStarts {
  const found = gazetteerTries();
  const name = capitalized ? found.names.next.get(fold) : undefined;
  const acronym = !hyphenated && mayStartAcronym(found, text) ? found.acronyms.next.get(text) : undefined;
  const acronymPart = hyphenated && text.split("-").some((part) => part.length > 0 && found.acronyms.next.has(part));
  return name === undefined && acronym === undefined && !acronymPart ? NO_TRIE_STARTS : { name, acronym, acronymPart };
}

/** Whether a gazetteer acronym may start with the first character of `text`. */
function mayStartAcronym(found: Tries, text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? found.acronymStarts[code] === 1 : found.acronymStartsBeyondAscii;
}

/** Whether a gazetteer name or acronym may start at a word with these trie starts. */
export function opensKnown(starts: TrieStarts): boolean {
  return starts.name !== undefined || starts.acronym !== undefined || starts.acronymPart;
}

/** Whether a gazetteer acronym may start with the character of this code (below 128). */
export function mayStartAcronymWith(code: number): boolean {
  return gazetteerTries().acronymStarts[code] === 1;
}
