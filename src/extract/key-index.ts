import type { Word } from "../core/word.js";

// Gazetteer lookups of languages whose words decline (Russian): a word of a name is compared
// by a set of keys (its possible stems), not by one folded spelling, so neither a trie nor a
// phrase map fits. Shared by the people and the organisations/venue readers.

/** A gazetteer entry found at a word: its value and how many words it spans. */
export interface GazetteerHit<T> {
  readonly value: T;
  readonly length: number;
}

/** How a token of a gazetteer name is compared with a word of the text. */
export type TokenKeys = readonly string[];

/**
 * Gazetteer phrases by the keys of their first word: a word of the text looks up its keys
 * there, and each phrase found is checked word by word (a word matches when one of its keys
 * is one of the phrase word's). A trie over every key of every word would branch at each word.
 */
export class KeyIndex<T> {
  readonly #byFirst = new Map<string, Entry<T>[]>();

  add(tokens: readonly TokenKeys[], value: T): void {
    const first = tokens[0];
    if (first === undefined) return;
    const entry: Entry<T> = { tokens: tokens.map((keys) => new Set(keys)), value };
    for (const key of first) {
      const list = this.#byFirst.get(key);
      if (!list) this.#byFirst.set(key, [entry]);
      else list.push(entry);
    }
  }

  /** The first-word keys of every entry. */
  starts(): ReadonlySet<string> {
    return new Set(this.#byFirst.keys());
  }

  /** The longest entry starting at `index` (the first added among equals), each word asked for its keys. */
  matchAt(words: readonly Word[], index: number, keysOf: (word: Word) => TokenKeys): GazetteerHit<T> | null {
    const first = words[index];
    if (first === undefined) return null;
    let best: Entry<T> | null = null;
    let bestOrder = Infinity;
    const firstKeys = keysOf(first);
    // The keys of the words after the first, asked for when an entry reaches them (most words start no entry).
    let keyCache: (TokenKeys | undefined)[] | undefined;
    for (const key of firstKeys) {
      const entries = this.#byFirst.get(key);
      if (entries === undefined) continue;
      keyCache ??= [firstKeys];
      for (let order = 0; order < entries.length; order++) {
        const entry = entries[order] as Entry<T>;
        const length = entry.tokens.length;
        if (best !== null && (length < best.tokens.length || (length === best.tokens.length && entry === best))) continue;
        if (index + length > words.length || !matches(entry, words, index, keyCache, keysOf)) continue;
        if (best === null || length > best.tokens.length || (length === best.tokens.length && order < bestOrder)) {
          best = entry;
          bestOrder = order;
        }
      }
    }
    return best === null ? null : { value: best.value, length: best.tokens.length };
  }
}

interface Entry<T> {
  readonly tokens: readonly ReadonlySet<string>[];
  readonly value: T;
}

/** Each word after the first has a key of its entry word; `cache` keeps the keys of the words from `index` on, by offset. */
function matches<T>(entry: Entry<T>, words: readonly Word[], index: number, cache: (TokenKeys | undefined)[], keysOf: (word: Word) => TokenKeys): boolean {
  for (let offset = 1; offset < entry.tokens.length; offset++) {
    const wanted = entry.tokens[offset] as ReadonlySet<string>;
    const keys = (cache[offset] ??= keysOf(words[index + offset] as Word));
    let found = false;
    for (let at = 0; at < keys.length && !found; at++) found = wanted.has(keys[at] as string);
    if (!found) return false;
  }
  return true;
}
