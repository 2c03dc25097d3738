import type { Topic } from "../../data/topics.js";
import type { ConceptCue } from "../../lexicon/sections/topics.js";
import { startFilterOf, type StartFilter } from "./starts.js";
import type { TopicVocabulary, WordClass } from "./vocabulary.js";

/** One element of a compiled term. */
export type Element =
  | { readonly kind: "word"; readonly key: string; readonly capitals: string | null }
  | { readonly kind: "gap" }
  | { readonly kind: "head"; readonly keys: ReadonlySet<string> }
  /** One word of a class of a concept cue, by its lower-case form (a hyphenated word whole). */
  | { readonly kind: "class"; readonly words: WordClass }
  /** A place name (`place`), a country's name (`country`), a country's name or adjective (`national`), or a party named by either (`party`). */
  | { readonly kind: "place"; readonly slot: PlaceSlot };

/** What a place slot of a concept cue accepts: see `ConceptCue`. */
export type PlaceSlot = "place" | "country" | "national" | "party";

const PLACE_SLOTS: ReadonlyMap<string, PlaceSlot> = new Map([
  ["<place>", "place"],
  ["<country>", "country"],
  ["<national>", "national"],
  ["<party>", "party"],
]);

/** A term compiled for matching; `topic` is null for a blocker. */
export interface Pattern {
  readonly topic: string | null;
  /** A weak term, or a list term (which counts only as an item of a list of fields). */
  readonly weak: boolean;
  readonly listOnly: boolean;
  readonly elements: readonly Element[];
  /** The term as written, for messages. */
  readonly term: string;
  /** The concept cue's id when the pattern is one (see `ConceptCue`), else null. */
  readonly concept: string | null;
  /** A place that must end right before the first element ("the Ukraine crisis"), or null. */
  readonly placeBefore: PlaceSlot | null;
  /** Forms whose word right before the match voids it ("economic situation"), or null. */
  readonly notAfter: WordClass | null;
  /** The places of the match must not all be countries of the event's sides. */
  readonly otherThanSides: boolean;
}

/** Compiled patterns, indexed by the key of their first word. */
export interface PatternIndex {
  readonly byKey: ReadonlyMap<string, readonly Pattern[]>;
  /** Turns away most words that start no pattern before their key is looked up. */
  readonly starts: StartFilter;
  /** The language's keys and small words the patterns were compiled with. */
  readonly vocabulary: TopicVocabulary;
}

/**
 * Longest stretch of words `*` may stand for.
 *
 * @example
 * ```ts
 * compilePatterns([{ id: "x", label: "X", group: "custom", description: "", terms: ["settlement of * conflict"] }], [], {}, vocabulary);
 * ```
 */
export const MAX_GAP = 3;

/**
 * Compiles a taxonomy, its blockers and head sets into an index. A term with a hyphen gives
 * two patterns, one with the parts as words and one with the word written solid; a term
 * whose syntax cannot be used (empty, starting with `*`, an unknown `[head]`) is skipped.
 *
 * @example
 * ```ts
 * const index = compilePatterns(TOPICS, TOPIC_BLOCKERS, TOPIC_HEADS, topicVocabularyOf(lexiconFor("en")));
 * ```
 */
export function compilePatterns(
  topics: readonly Topic[],
  blockers: readonly string[],
  heads: Readonly<Record<string, readonly string[]>>,
  vocabulary: TopicVocabulary,
  concepts: readonly ConceptCue[] = [],
): PatternIndex {
  const keyOf = vocabulary.keyOf;
  const headSets = new Map<string, ReadonlySet<string>>();
  for (const [name, words] of Object.entries(heads)) headSets.set(name, new Set(words.map(keyOf)));
  const byKey = new Map<string, Pattern[]>();
  const register = (pattern: Pattern): void => {
    const first = pattern.elements[0];
    const keys = first?.kind === "word" ? [first.key] : first?.kind === "class" ? [...first.words.keys, ...[...first.words.forms].map(keyOf)] : [];
    for (const key of new Set(keys)) {
      if (key.length === 0) continue;
      const list = byKey.get(key) ?? [];
      list.push(pattern);
      byKey.set(key, list);
    }
  };
  const add = (term: string, topic: string | null, weak: boolean, listOnly = false): void => {
    for (const elements of variantsOf(term, headSets, keyOf)) {
      if (elements[0]?.kind !== "word") continue;
      register({ topic, weak, listOnly, elements, term, concept: null, placeBefore: null, notAfter: null, otherThanSides: false });
    }
  };
  for (const topic of topics) {
    for (const term of topic.terms) add(term, topic.id, false);
    for (const term of topic.weakTerms ?? []) add(term, topic.id, true);
    for (const term of topic.listTerms ?? []) add(term, topic.id, true, true);
  }
  for (const term of blockers) add(term, null, false);
  const ids = new Set(topics.map((topic) => topic.id));
  for (const cue of concepts) {
    if (!ids.has(cue.topic)) continue;
    const pattern = conceptPattern(cue, vocabulary);
    if (pattern) register(pattern);
  }
  return { byKey, starts: startFilterOf(byKey.keys(), vocabulary.irregularForms), vocabulary };
}

/**
 * A concept cue compiled: words, `{class}`, `<place>`, `<country>` and `*`. A leading place
 * becomes the pattern's `placeBefore`; a cue with an unknown class, or nothing to index
 * after its place, is skipped.
 */
function conceptPattern(cue: ConceptCue, vocabulary: TopicVocabulary): Pattern | null {
  const elements: Element[] = [];
  for (const word of cue.pattern.trim().split(/\s+/)) {
    if (word === "*") {
      elements.push({ kind: "gap" });
    } else if (PLACE_SLOTS.has(word)) {
      elements.push({ kind: "place", slot: PLACE_SLOTS.get(word) as PlaceSlot });
    } else if (word.startsWith("{") && word.endsWith("}")) {
      const words = vocabulary.classes.get(word.slice(1, -1));
      if (!words) return null;
      elements.push({ kind: "class", words });
    } else {
      const key = vocabulary.keyOf(word);
      if (key.length > 0) elements.push({ kind: "word", key, capitals: null });
    }
  }
  const leading = elements[0];
  const placeBefore = leading?.kind === "place" ? leading.slot : null;
  if (placeBefore) elements.shift();
  const first = elements[0];
  if (first === undefined || (first.kind !== "word" && first.kind !== "class")) return null;
  const notAfter = cue.notAfter === undefined ? null : (vocabulary.classes.get(cue.notAfter) ?? null);
  return {
    topic: cue.topic,
    weak: cue.weak === true,
    listOnly: false,
    elements,
    term: cue.pattern,
    concept: cue.id,
    placeBefore,
    notAfter,
    otherThanSides: cue.otherThanSides === true,
  };
}

function variantsOf(term: string, heads: ReadonlyMap<string, ReadonlySet<string>>, keyOf: (word: string) => string): Element[][] {
  const words = term.trim().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return [];
  let split: Element[] = [];
  let solid: Element[] = [];
  let hyphenated = false;
  for (const word of words) {
    if (word === "*") {
      split.push({ kind: "gap" });
      solid.push({ kind: "gap" });
      continue;
    }
    if (word.startsWith("[") && word.endsWith("]")) {
      const keys = heads.get(word.slice(1, -1));
      if (!keys) return [];
      split.push({ kind: "head", keys });
      solid.push({ kind: "head", keys });
      continue;
    }
    const parts = word.split("-").filter((part) => part.length > 0);
    if (parts.length > 1) hyphenated = true;
    for (const part of parts) split.push(wordElement(part, keyOf));
    solid.push(wordElement(word, keyOf));
  }
  split = split.filter((element) => element.kind !== "word" || element.key.length > 0);
  solid = solid.filter((element) => element.kind !== "word" || element.key.length > 0);
  return hyphenated ? [split, solid] : [split];
}

function wordElement(word: string, keyOf: (word: string) => string): Element {
  const letters = word.replace(/[^\p{L}]/gu, "");
  const capitals = letters.length >= 2 && letters === letters.toUpperCase() ? word.replace(/[^\p{L}\p{N}]/gu, "") : null;
  return { kind: "word", key: keyOf(word), capitals };
}
