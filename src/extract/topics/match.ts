import { MAX_GAP, type Element, type Pattern } from "./patterns.js";
import { placeAt, placeBefore, tokenFormAt } from "./places.js";
import type { Unit } from "./units.js";
import { inClass, type TopicVocabulary, type WordClass } from "./vocabulary.js";

/** A pattern found in a sentence: the units it covers (elided words are not covered). */
export interface Match {
  readonly pattern: Pattern;
  readonly units: readonly number[];
  /**
   * The units the match holds on its own: a word shared with other matches (the head of a
   * modifier list, the word said once in a coordination) is covered but not claimed, so
   * "arms and people trafficking" yields both arms and people trafficking.
   */
  readonly claims: readonly number[];
  /** True for a match across coordination, with the shared word said once. */
  readonly elided: boolean;
  /** Offsets into the cleaned text of the first and last covered unit. */
  readonly start: number;
  readonly end: number;
}

/** Units a modifier may stand away from its head ("scientific, technical, cultural and other fields"). */
const MAX_HEAD_DISTANCE = 8;

/** Units of conjuncts an elided term may span ("drug, arms and people trafficking"). */
const MAX_ELISION = 6;

/**
 * Every match in a sentence's units of the patterns they may start (see {@link Unit.startPatterns}),
 * overlapping ones included.
 * Besides plain word sequences, a two-word term matches across coordination with the shared
 * word said once: "arms and people trafficking" (arms trafficking), "conflict prevention and
 * resolution" (conflict resolution).
 *
 * @example
 * ```ts
 * findMatches(unitsWhereTermsStart(sentence, index), index.vocabulary);
 * ```
 */
export function findMatches(units: readonly Unit[], vocabulary: TopicVocabulary): Match[] {
  const matches: Match[] = [];
  const ends = new StartEnds(vocabulary, units);
  for (let position = 0; position < units.length; position++) {
    // Most units start no pattern.
    if ((units[position] as Unit).startPatterns.length === 0) continue;
    const patterns = ends.at(position);
    for (let at = 0; at < patterns.length; at++) {
      const pattern = patterns[at] as Pattern;
      if (pattern.concept !== null) {
        const match = conceptMatch(vocabulary, units, pattern, position);
        if (match) matches.push(match);
        continue;
      }
      const end = ends.endOf(at);
      if (end >= 0) {
        const covered = range(position, end);
        matches.push(toMatch(units, pattern, covered, withoutSharedHead(units, pattern, covered), false));
        continue;
      }
      const elided = matchElided(vocabulary, units, pattern.elements, position, pattern.topic, ends);
      if (elided) matches.push(toMatch(units, pattern, elided.covered, elided.claims, true));
    }
  }
  return matches;
}

/** Not worked out yet, in {@link StartEnds}. */
const UNKNOWN_END = -2;

/**
 * Where each pattern that may start at a position ends when its elements are matched from
 * there (see matchEnd), worked out once per position: a failed two-word term asks again for
 * every other pattern of its first word whether it names another topic (namesOtherTopic).
 */
class StartEnds {
  readonly #vocabulary: TopicVocabulary;
  readonly #units: readonly Unit[];
  #position = 0;
  #patterns: readonly Pattern[] = [];
  readonly #ends: number[] = [];

  constructor(vocabulary: TopicVocabulary, units: readonly Unit[]) {
    this.#vocabulary = vocabulary;
    this.#units = units;
  }

  /** Moves to a position; returns the patterns that may start there. */
  at(position: number): readonly Pattern[] {
    this.#position = position;
    this.#patterns = (this.#units[position] as Unit).startPatterns;
    for (let index = 0; index < this.#patterns.length; index++) this.#ends[index] = UNKNOWN_END;
    return this.#patterns;
  }

  get position(): number {
    return this.#position;
  }

  get patterns(): readonly Pattern[] {
    return this.#patterns;
  }

  /** The end of the elements of the pattern at `index` of {@link patterns}, matched from the position. */
  endOf(index: number): number {
    let end = this.#ends[index] as number;
    if (end === UNKNOWN_END) {
      end = matchEnd(this.#vocabulary, this.#units, (this.#patterns[index] as Pattern).elements, 0, this.#position, true);
      this.#ends[index] = end;
    }
    return end;
  }
}

/**
 * A concept cue at `position`: its elements from there, after the place that must end right
 * before it when it has one, and not right after a word of its `notAfter` class.
 */
function conceptMatch(vocabulary: TopicVocabulary, units: readonly Unit[], pattern: Pattern, position: number): Match | null {
  let start = position;
  if (pattern.placeBefore !== null) {
    const place = placeBefore(units, position, vocabulary, pattern.placeBefore);
    if (place === null) return null;
    start = place.start;
  }
  const end = matchEnd(vocabulary, units, pattern.elements, 0, position, true);
  if (end < 0) return null;
  if (pattern.notAfter !== null && start > 0 && units[start]?.gap === "space" && endsWithClassWord(units, start, pattern.notAfter)) return null;
  const covered = range(start, end);
  return toMatch(units, pattern, covered, covered, false);
}

/** The word right before unit `start` (its last part, or its whole token: "socio-economic") belongs to a class. */
function endsWithClassWord(units: readonly Unit[], start: number, wordClass: WordClass): boolean {
  const previous = units[start - 1] as Unit;
  if (inClass(wordClass, previous.key, tokenFormAt(units, start - 1).form)) return true;
  const first = units[previous.tokenFirst] as Unit;
  return first.parts > 1 && inClass(wordClass, first.joinedKey ?? "", tokenFormAt(units, previous.tokenFirst).form);
}

/** True when the units from the position of `ends` to `to` are exactly a term of a topic other than `topic`. */
function namesOtherTopic(ends: StartEnds, topic: string | null, to: number): boolean {
  const patterns = ends.patterns;
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index] as Pattern;
    if (pattern.topic === topic || pattern.topic === null) continue;
    const end = ends.endOf(index);
    if (end > ends.position && end === to) return true;
  }
  return false;
}

function toMatch(
  units: readonly Unit[],
  pattern: Pattern,
  covered: readonly number[],
  claims: readonly number[],
  elided: boolean,
): Match {
  const first = units[covered[0] as number] as Unit;
  const last = units[covered[covered.length - 1] as number] as Unit;
  return { pattern, units: covered, claims, elided, start: first.start, end: last.end };
}

/** A pattern ending in a `[head]` claims its words up to the modifier, not the list and head. */
function withoutSharedHead(units: readonly Unit[], pattern: Pattern, covered: readonly number[]): readonly number[] {
  if (pattern.elements[pattern.elements.length - 1]?.kind !== "head") return covered;
  const words = pattern.elements.length - 1;
  const claims: number[] = [];
  let seen = 0;
  for (const index of covered) {
    if (seen >= words) break;
    claims.push(index);
    const unit = units[index] as Unit;
    // A hyphenated word matched whole counts once.
    if (index === unit.tokenFirst + unit.parts - 1 || unit.parts === 1) seen++;
  }
  return claims;
}

/**
 * Matches elements from `elementIndex` at unit `position`. What a pattern covers is always
 * the units from where it starts to where it ends, so the match is told by its end: the
 * index after the last covered unit, or -1 when the elements do not match. `first` says the
 * element is the pattern's first (no gap check before it).
 */
function matchEnd(
  vocabulary: TopicVocabulary,
  units: readonly Unit[],
  elements: readonly Element[],
  elementIndex: number,
  position: number,
  first: boolean,
): number {
  if (elementIndex === elements.length) return position;
  const element = elements[elementIndex] as Element;
  if (element.kind === "gap") {
    let best = -1;
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      if (skip > 0 && !joined(units, position + skip - 1)) break;
      const end = matchEnd(vocabulary, units, elements, elementIndex + 1, position + skip, false);
      if (end > best) best = end;
    }
    return best;
  }
  if (position >= units.length) return -1;
  if (element.kind === "head") {
    if (!first && units[position]?.gap === "break") return -1;
    const head = findHead(vocabulary, units, position, element.keys);
    return head === null ? -1 : head + 1;
  }
  if (!first && !joined(units, position)) return -1;
  if (element.kind === "class") {
    const unit = units[position] as Unit;
    // The first part of a hyphenated token is tried as the whole token first ("socio-economic").
    if (unit.parts > 1 && unit.tokenFirst === position) {
      const whole = tokenFormAt(units, position);
      if (inClass(element.words, unit.joinedKey ?? "", whole.form)) return matchEnd(vocabulary, units, elements, elementIndex + 1, whole.end, false);
    }
    if (inClass(element.words, unit.key, unit.form)) return matchEnd(vocabulary, units, elements, elementIndex + 1, position + 1, false);
    return -1;
  }
  if (element.kind === "place") {
    const place = placeAt(units, position, vocabulary, element.slot);
    return place === null ? -1 : matchEnd(vocabulary, units, elements, elementIndex + 1, place.end, false);
  }
  const next = matchWord(units, position, element);
  if (next === null) return -1;
  return matchEnd(vocabulary, units, elements, elementIndex + 1, next, false);
}

/** Index after the word matched at `position`: one part, or a whole hyphenated token. */
function matchWord(units: readonly Unit[], position: number, element: Element & { kind: "word" }): number | null {
  const unit = units[position] as Unit;
  if (unit.key === element.key && capitalsFit(element.capitals, unit.raw)) return position + 1;
  if (unit.joinedKey === element.key) {
    const end = position + unit.parts;
    const raw = units.slice(position, end).map((part) => part.raw).join("");
    if (capitalsFit(element.capitals, raw)) return end;
  }
  return null;
}

function capitalsFit(capitals: string | null, raw: string): boolean {
  return capitals === null || raw.replace(/[^\p{L}\p{N}]/gu, "") === capitals;
}

/** True when unit `position` follows the previous one with only a space (or a hyphen). */
function joined(units: readonly Unit[], position: number): boolean {
  const unit = units[position];
  return unit !== undefined && unit.gap === "space";
}

/** The head at or after `position` a modifier list leads to, or null. */
function findHead(vocabulary: TopicVocabulary, units: readonly Unit[], position: number, keys: ReadonlySet<string>): number | null {
  for (let at = position; at < units.length && at < position + MAX_HEAD_DISTANCE; at++) {
    const unit = units[at] as Unit;
    if (at > position && unit.gap === "break") return null;
    if (keys.has(unit.key)) return at;
    if (vocabulary.stopWords.has(unit.key)) return null;
  }
  return null;
}

/**
 * A two-word (or longer, left side) term whose shared word is said once: "A and B C" for
 * the term "A C" (left elision) or "A B and C" for the term "A C" (right elision). Only
 * plain word terms take part; the words in between are not covered by the match.
 */
function matchElided(
  vocabulary: TopicVocabulary,
  units: readonly Unit[],
  elements: readonly Element[],
  position: number,
  topic: string | null,
  ends: StartEnds,
): { covered: number[]; claims: number[] } | null {
  if (elements.length < 2 || !onlyWords(elements)) return null;
  const { conjunctions, stopWords } = vocabulary;
  const firstElement = elements[0] as Element & { kind: "word" };
  const afterFirst = matchWord(units, position, firstElement);
  if (afterFirst === null) return null;

  // Left elision: A (, X)* and B ... C — the conjuncts come right after A.
  const next = units[afterFirst];
  if (next && (next.gap === "comma" || conjunctions.has(next.key))) {
    let sawConjunction = false;
    for (let at = afterFirst; at < units.length && at <= afterFirst + MAX_ELISION; at++) {
      const unit = units[at] as Unit;
      if (unit.gap === "break" || stopWords.has(unit.key)) break;
      if (conjunctions.has(unit.key) || unit.gap === "comma") sawConjunction = true;
      if (sawConjunction && at > afterFirst && !conjunctions.has(unit.key)) {
        const end = matchEnd(vocabulary, units, elements, 1, at + 1, false);
        if (end > at + 1) {
          const head = range(position, afterFirst);
          return { covered: [...head, ...range(at + 1, end)], claims: head };
        }
      }
    }
  }

  // Right elision: A B (, X)* and C — only for two-word terms, and not when "A B" is itself
  // a term of another topic ("human rights and trafficking" is no human trafficking).
  if (elements.length !== 2) return null;
  const second = elements[1] as Element & { kind: "word" };
  const partner = units[afterFirst];
  if (!partner || partner.gap !== "space" || conjunctions.has(partner.key) || stopWords.has(partner.key)) return null;
  if (namesOtherTopic(ends, topic, afterFirst + 1)) return null;
  let afterConjunction = false;
  for (let at = afterFirst + 1; at < units.length && at <= afterFirst + MAX_ELISION; at++) {
    const unit = units[at] as Unit;
    if (unit.gap === "break" || stopWords.has(unit.key)) return null;
    if (conjunctions.has(unit.key)) {
      afterConjunction = true;
      continue;
    }
    if (!afterConjunction && unit.gap !== "comma") return null;
    const end = matchWord(units, at, second);
    if (end !== null) return { covered: [...range(position, afterFirst), ...range(at, end)], claims: range(at, end) };
    afterConjunction = false;
  }
  return null;
}

function onlyWords(elements: readonly Element[]): boolean {
  for (const element of elements) if (element.kind !== "word") return false;
  return true;
}

function range(from: number, to: number): number[] {
  const result: number[] = [];
  for (let index = from; index < to; index++) result.push(index);
  return result;
}
