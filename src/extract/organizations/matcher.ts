import type { Word, WordPart } from "../../core/word.js";
import type { OrganizationEntry } from "../../data/organizations.js";
import { gazetteerTries, type Hit, type TrieNode } from "./gazetteer.js";
import type { NameWords } from "./words.js";

/** A gazetteer name or acronym found in a sentence. */
export interface KnownMatch {
  readonly entry: OrganizationEntry;
  /** The text names an organ of the entry ("Eurasian Economic Commission"), not the entry. */
  readonly organ: boolean;
  /** The name names the entry only beside another body of its country. */
  readonly bare?: boolean;
  /** The words matched, as written. */
  readonly text: string;
  /** The acronym as written, when the match is an acronym. */
  readonly acronym: string | null;
  /** First and last word touched (indexes into the sentence's name words). */
  readonly firstWord: number;
  readonly lastWord: number;
  /** True when the match covers its words whole (not "ASEAN" inside "Russia-ASEAN"). */
  readonly whole: boolean;
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
}

/**
 * Finds every gazetteer name and acronym in a sentence's words, leftmost longest first.
 * Names match case-insensitively but need capitalised words (connectors aside); acronyms
 * match exactly, also inside hyphenated compounds ("Russia-ASEAN"), and not at all in a
 * shouted (all-capitals) sentence where "WHO" is just a word.
 *
 * @example
 * ```ts
 * findKnown(nameWordsOf(sentence, lexicon), false); // [{ entry: CSTO entry, acronym: "CSTO", ... }]
 * ```
 */
export function findKnown(view: NameWords, shouted: boolean): KnownMatch[] {
  const acronyms = gazetteerTries().acronyms;
  const matches: KnownMatch[] = [];
  let index = 0;
  while (index < view.words.length) {
    // The view's facts tell where nothing can start (most words): no matcher is called there.
    const byName = view.mayOpenName(index) ? matchName(view, index) : null;
    const byAcronym = shouted || !view.mayOpenAcronym(index) ? null : matchAcronymAt(acronyms, view, index);
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

/** Quotation marks a name may hold ("the \"Central Asia plus Japan\" Dialogue"). */
const QUOTES: ReadonlySet<string> = new Set(['"', "\u201c", "\u201d", "\u00ab", "\u00bb", '" ', ' "']);

function pickLonger(a: KnownMatch | null, b: KnownMatch | null): KnownMatch | null {
  if (!a) return b;
  if (!b) return a;
  return b.end - b.start > a.end - a.start ? b : a;
}

function matchName(view: NameWords, first: number): KnownMatch | null {
  const words = view.words;
  const firstWord = words[first] as Word;
  // A name opens with a capitalised word the trie knows (its spelling tells): most words stop here.
  if (!view.capitalized(firstWord)) return null;
  let node = view.starts(firstWord).name;
  if (!node) return null;
  let bestLast = -1;
  let bestHit: Hit | undefined;
  if (node.hit) {
    bestLast = first;
    bestHit = node.hit;
  }
  if (!view.possessive(firstWord)) {
    for (let index = first + 1; index < words.length; index++) {
      const word = words[index] as Word;
      const before = view.before[index];
      // "the \"Central Asia plus Japan\" Dialogue": quotation marks inside a name are no break.
      if (before !== "" && before !== "," && !QUOTES.has(before ?? "")) break;
      const fold = view.fold(word);
      // "the" is left out of the gazetteer's keys: "Assembly of (the) Member Nations" match alike.
      if (fold === "the") continue;
      const capitalized = view.capitalized(word);
      const child: TrieNode | undefined = node.next.get(fold);
      // A lower-case word goes on only as a connector or as a word of the name itself ("plus").
      if (!child) break;
      node = child;
      if (node.hit && capitalized) {
        bestLast = index;
        bestHit = node.hit;
      }
      if (view.possessive(word)) break;
    }
  }
  if (bestHit === undefined) return null;
  return {
    entry: bestHit.entry,
    organ: bestHit.organ,
    ...(bestHit.bare === true ? { bare: true } : {}),
    text: joinTexts(view, first, bestLast),
    acronym: null,
    firstWord: first,
    lastWord: bestLast,
    whole: true,
    start: firstWord.start,
    end: view.end(words[bestLast] as Word),
  };
}

/**
 * The texts of words `first`..`last` joined by spaces, possessive endings off.
 *
 * @example
 * ```ts
 * joinTexts(view, 1, 2); // "CSTO Secretariat" for "the CSTO Secretariat's staff"
 * ```
 */
export function joinTexts(view: NameWords, first: number, last: number): string {
  let text = view.text(view.words[first] as Word);
  for (let index = first + 1; index <= last; index++) text += ` ${view.text(view.words[index] as Word)}`;
  return text;
}

/** Tries the acronym trie from each hyphen part of the word at `first`. */
function matchAcronymAt(acronyms: TrieNode, view: NameWords, first: number): KnownMatch | null {
  const word = view.words[first] as Word;
  // The spelling tells whether an acronym starts with the word (without a hyphen, its only
  // part) or a hyphen part of it: most words, and most compounds ("Secretary-General"), stop here.
  if (!view.hyphenated(word)) return view.starts(word).acronym !== undefined ? matchAcronym(acronyms, view, first, 0) : null;
  if (!view.starts(word).acronymPart) return null;
  const parts = view.parts(word).length;
  for (let part = 0; part < parts; part++) {
    const match = matchAcronym(acronyms, view, first, part);
    if (match) return match;
  }
  return null;
}

function matchAcronym(acronyms: TrieNode, view: NameWords, firstWord: number, firstPart: number): KnownMatch | null {
  const words = view.words;
  let node = acronyms;
  let bestWord = -1;
  let bestPart = -1;
  let bestHit: Hit | undefined;
  let wordIndex = firstWord;
  let partIndex = firstPart;
  let parts = wordIndex < words.length ? view.parts(words[wordIndex] as Word) : [];
  while (wordIndex < words.length) {
    const word = words[wordIndex] as Word;
    const part = parts[partIndex];
    if (!part) break;
    const child = node.next.get(part.text);
    if (!child) break;
    node = child;
    if (node.hit) {
      bestWord = wordIndex;
      bestPart = partIndex;
      bestHit = node.hit;
    }
    if (partIndex + 1 < parts.length) {
      partIndex++;
    } else {
      if (view.possessive(word)) break;
      wordIndex++;
      partIndex = 0;
      if (wordIndex < words.length && view.before[wordIndex] !== "") break;
      if (wordIndex < words.length) parts = view.parts(words[wordIndex] as Word);
    }
  }
  if (bestHit === undefined) return null;
  const startWord = words[firstWord] as Word;
  const endWord = words[bestWord] as Word;
  const endParts = view.parts(endWord);
  const startPart = view.parts(startWord)[firstPart] as WordPart;
  const endPart = endParts[bestPart] as WordPart;
  const whole = firstPart === 0 && bestPart === endParts.length - 1;
  const text = whole ? joinTexts(view, firstWord, bestWord) : startPart.text;
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
