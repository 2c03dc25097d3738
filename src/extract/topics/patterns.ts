import type { Topic } from "../../data/topics.js";
import { startFilterOf, type StartFilter } from "./starts.js";
import type { TopicVocabulary } from "./vocabulary.js";

/** One element of a compiled term. */
export type Element =
  | { readonly kind: "word"; readonly key: string; readonly capitals: string | null }
  | { readonly kind: "gap" }
  | { readonly kind: "head"; readonly keys: ReadonlySet<string> };

/** A term compiled for matching; `topic` is null for a blocker. */
export interface Pattern {
  readonly topic: string | null;
  readonly weak: boolean;
  readonly elements: readonly Element[];
  /** The term as written, for messages. */
  readonly term: string;
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
): PatternIndex {
  const keyOf = vocabulary.keyOf;
  const headSets = new Map<string, ReadonlySet<string>>();
  for (const [name, words] of Object.entries(heads)) headSets.set(name, new Set(words.map(keyOf)));
  const byKey = new Map<string, Pattern[]>();
  const add = (term: string, topic: string | null, weak: boolean): void => {
    for (const elements of variantsOf(term, headSets, keyOf)) {
      const first = elements[0];
      if (first?.kind !== "word") continue;
      const list = byKey.get(first.key) ?? [];
      list.push({ topic, weak, elements, term });
      byKey.set(first.key, list);
    }
  };
  for (const topic of topics) {
    for (const term of topic.terms) add(term, topic.id, false);
    for (const term of topic.weakTerms ?? []) add(term, topic.id, true);
  }
  for (const term of blockers) add(term, null, false);
  return { byKey, starts: startFilterOf(byKey.keys(), vocabulary.irregularForms), vocabulary };
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
