import type { SentenceView } from "../../pipeline/document.js";
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
  const units: Unit[] = [];
  let gap: Gap = "space";
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
    pushToken(units, token.value, token.start, token.end, gap);
    gap = "space";
  }
  return units;
}

function pushToken(units: Unit[], value: string, start: number, end: number, gap: Gap): void {
  if (!hasHyphen(value)) {
    const first = units.length;
    units.push({ key: keyOf(value), raw: value, start, end, tokenFirst: first, parts: 1, joinedKey: null, tokenEnd: end, gap });
    return;
  }
  const pieces = splitHyphens(value);
  const first = units.length;
  const joinedKey = pieces.length > 1 ? keyOf(value) : null;
  let offset = start;
  pieces.forEach((piece, index) => {
    const pieceStart = start + piece.offset;
    offset = pieceStart + piece.text.length;
    units.push({
      key: keyOf(piece.text),
      raw: piece.text,
      start: pieceStart,
      end: offset,
      tokenFirst: first,
      parts: pieces.length,
      joinedKey: index === 0 ? joinedKey : null,
      tokenEnd: end,
      gap: index === 0 ? gap : "space",
    });
  });
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
