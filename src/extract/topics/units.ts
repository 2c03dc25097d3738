import type { SentenceView } from "../../pipeline/document.js";
import type { PatternIndex } from "./patterns.js";
import { stem } from "./stem.js";

/** How a unit is separated from the one before it. */
export type Gap = "space" | "comma" | "break";

/**
 * One word, or one part of a hyphenated word, of a sentence: the unit topic terms are
 * matched on. A hyphenated token ("counter-terrorism") gives a unit per part, and its first
 * part also carries the key of the whole word written solid, so both spellings meet.
 */
export interface Unit {
  /** Stemmed lower-case form. */
  readonly key: string;
  /** The part as written (for terms in capitals). */
  readonly raw: string;
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
  /** Index of the first unit of the same token and the number of parts of that token. */
  readonly tokenFirst: number;
  readonly parts: number;
  /** Stem of the whole token written solid, on its first part when it has several. */
  readonly joinedKey: string | null;
  /** End offset of the whole token. */
  readonly tokenEnd: number;
  /** Separation from the previous unit; "space" inside a hyphenated token. */
  readonly gap: Gap;
}

/**
 * Normalises a written word for stemming: lower case, straight apostrophes, no possessive.
 *
 * @example
 * ```ts
 * normalizeWord("Russia’s"); // "russia"
 * ```
 */
export function normalizeWord(word: string): string {
  let form = word.toLowerCase().replace(/\u2019/g, "'");
  if (form.endsWith("'s")) form = form.slice(0, -2);
  else if (form.endsWith("'")) form = form.slice(0, -1);
  return form;
}

/** Stems already computed; a release repeats its words, so most lookups hit. */
const keys = new Map<string, string>();
const MAX_CACHED_KEYS = 20000;

/**
 * The stem of a written word or part (empty for a word of no letters or digits).
 *
 * @example
 * ```ts
 * keyOf("Counter-terrorism"); // same as keyOf("counterterrorism")
 * ```
 */
export function keyOf(word: string): string {
  const cached = keys.get(word);
  if (cached !== undefined) return cached;
  const key = stem(normalizeWord(word).replace(/[^\p{L}\p{N}]/gu, ""));
  if (keys.size >= MAX_CACHED_KEYS) keys.clear();
  keys.set(word, key);
  return key;
}

/**
 * The units of a sentence, in order.
 *
 * @example
 * ```ts
 * unitsOf(sentence).map((unit) => unit.key); // "arms and people trafficking" → ["arm", "and", "people", "traffick"]
 * ```
 */
export function unitsOf(sentence: SentenceView): Unit[] {
  const spellings: Spelling[] = [];
  for (const token of sentence.tokens) if (token.kind === "word") spellings.push(spellingOf(token.value));
  return buildUnits(sentence, spellings);
}

/**
 * The units of a sentence when one of them can start a term of the index, else none: a
 * sentence where no term can start holds no match, so its units are never built. Each
 * spelling is read once per index (bounded cache), whatever the number of its tokens.
 *
 * @example
 * ```ts
 * unitsWhereTermsStart(sentence, compilePatterns(TOPICS, TOPIC_BLOCKERS, TOPIC_HEADS)); // [] for "Thank you."
 * ```
 */
export function unitsWhereTermsStart(sentence: SentenceView, index: PatternIndex): Unit[] {
  let cache = startCaches.get(index);
  if (!cache) {
    cache = new Map();
    startCaches.set(index, cache);
  }
  const spellings: Spelling[] = [];
  let starts = false;
  for (const token of sentence.tokens) {
    if (token.kind !== "word") continue;
    let entry = cache.get(token.value);
    if (entry === undefined) {
      const spelling = spellingOf(token.value);
      entry = { spelling, starts: startsTerm(spelling, index) };
      if (cache.size >= MAX_CACHED_KEYS) cache.clear();
      cache.set(token.value, entry);
    }
    if (entry.starts) starts = true;
    spellings.push(entry.spelling);
  }
  return starts ? buildUnits(sentence, spellings) : [];
}

/** A written token cut at its hyphens, each part with its key, and the key of the whole written solid. */
interface Spelling {
  readonly parts: readonly { readonly text: string; readonly offset: number; readonly key: string }[];
  /** Null for a token of one part. */
  readonly joinedKey: string | null;
}

/** Spellings already cut, with whether they start a term, per pattern index. */
const startCaches = new WeakMap<PatternIndex, Map<string, { readonly spelling: Spelling; readonly starts: boolean }>>();

/** Whether a unit of this spelling can start a pattern: the key of a part, or the whole written solid on the first part. */
function startsTerm(spelling: Spelling, index: PatternIndex): boolean {
  const first = spelling.parts[0];
  if (spelling.joinedKey !== null && spelling.joinedKey !== first?.key && index.byKey.has(spelling.joinedKey)) return true;
  return spelling.parts.some((part) => index.byKey.has(part.key));
}

function spellingOf(value: string): Spelling {
  if (!hasHyphen(value)) return { parts: [{ text: value, offset: 0, key: keyOf(value) }], joinedKey: null };
  const pieces = splitHyphens(value);
  return {
    parts: pieces.map((piece) => ({ text: piece.text, offset: piece.offset, key: keyOf(piece.text) })),
    joinedKey: pieces.length > 1 ? keyOf(value) : null,
  };
}

/** The units of a sentence from the spellings of its word tokens, in order. */
function buildUnits(sentence: SentenceView, spellings: readonly Spelling[]): Unit[] {
  const units: Unit[] = [];
  let gap: Gap = "space";
  let word = 0;
  for (const token of sentence.tokens) {
    if (token.kind === "space") continue;
    if (token.kind !== "word") {
      if (token.value === ",") {
        if (gap === "space") gap = "comma";
      } else {
        gap = "break";
      }
      continue;
    }
    pushSpelling(units, spellings[word++] as Spelling, token.start, token.end, gap);
    gap = "space";
  }
  return units;
}

function pushSpelling(units: Unit[], spelling: Spelling, start: number, end: number, gap: Gap): void {
  const first = units.length;
  const parts = spelling.parts;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as Spelling["parts"][number];
    const partStart = start + part.offset;
    units.push({
      key: part.key,
      raw: part.text,
      start: partStart,
      end: partStart + part.text.length,
      tokenFirst: first,
      parts: parts.length,
      joinedKey: index === 0 ? spelling.joinedKey : null,
      tokenEnd: end,
      gap: index === 0 ? gap : "space",
    });
  }
}

function hasHyphen(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 45 || code === 0x2010 || code === 0x2011) return true;
  }
  return false;
}

function splitHyphens(value: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let from = 0;
  for (let index = 0; index <= value.length; index++) {
    const char = value[index];
    if (index === value.length || char === "-" || char === "\u2010" || char === "\u2011") {
      if (index > from) pieces.push({ text: value.slice(from, index), offset: from });
      from = index + 1;
    }
  }
  return pieces.length > 0 ? pieces : [{ text: value, offset: 0 }];
}
