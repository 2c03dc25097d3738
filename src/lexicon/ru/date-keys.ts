import { stemRussian } from "./stem.js";

// The date sections' own helper for writing entries in their dictionary forms. It keys a
// phrase as the Russian word lists of the other sections do (src/lexicon/ru/keys.ts, where the
// two meet), so either may replace the other.

/**
 * The key of a Russian list entry as a date token's `key` gives it: each word of the phrase,
 * lower-cased, through the Snowball stemmer, joined by one space ("в текущем году" →
 * "в текущ год").
 *
 * @example
 * ```ts
 * dateKey("ноября"); // "ноябр"
 * ```
 */
export function dateKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(stemRussian)
    .join(" ");
}

/**
 * The keys of several entries, repeats dropped.
 *
 * @example
 * ```ts
 * dateKeys(["визит", "визита"]); // ["виз", "визит"]
 * ```
 */
export function dateKeys(entries: readonly string[]): string[] {
  return [...new Set(entries.map(dateKey))];
}

/**
 * A map keyed by the keys of its entries' words (several forms may give one key; they must
 * agree on the value).
 *
 * @example
 * ```ts
 * keyedMap([[["вчера"], -1]]).get("вчер"); // -1
 * ```
 */
export function keyedMap<V>(entries: readonly (readonly [readonly string[], V])[]): Map<string, V> {
  const map = new Map<string, V>();
  for (const [forms, value] of entries) {
    for (const form of forms) {
      const key = dateKey(form);
      const known = map.get(key);
      if (known !== undefined && known !== value) throw new Error(`"${form}" gives the key "${key}" of another value`);
      map.set(key, value);
    }
  }
  return map;
}
