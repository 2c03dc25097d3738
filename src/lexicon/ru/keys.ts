import type { Stemmer } from "../sections/topics.js";
import { stemRussian } from "./stem.js";

/**
 * The keys of Russian list entries as `Word.key` gives them: each entry, written in its
 * dictionary form, through the Snowball stemmer, a phrase word by word ("органы внутренних
 * дел" → "орган внутрен дел"). Repeats are dropped.
 *
 * @example
 * ```ts
 * keys(["договориться", "министерства"]); // ["договор", "министерств"]
 * ```
 */
export function keys(entries: readonly string[]): string[] {
  return [...new Set(entries.map(keyOfPhrase))];
}

/** A phrase's key: the stem of each of its words, joined by one space. */
export function keyOfPhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(stemRussian)
    .join(" ");
}

/**
 * Every written form of a list in both spellings of "ё": Russian texts mostly write "е" where
 * the dictionary has "ё" ("утверждён", "утвержден"). Lower case.
 *
 * @example
 * ```ts
 * withYo(["утверждён"]); // ["утверждён", "утвержден"]
 * ```
 */
export function withYo(forms: readonly string[]): string[] {
  return [...new Set(forms.flatMap((form) => (form.includes("ё") ? [form, form.replaceAll("ё", "е")] : [form])))];
}

/**
 * The Snowball stemmer as the topics plugin reads a stemmer. Russian words are turned away
 * by no letter filter (the filter reads ASCII letters only), so no form needs listing.
 *
 * @example
 * ```ts
 * RUSSIAN_STEMMER.stem("терроризму"); // "терроризм"
 * ```
 */
export const RUSSIAN_STEMMER: Stemmer = Object.freeze({ stem: stemRussian, irregularForms: Object.freeze([]) });

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
      const key = keyOfPhrase(form);
      const known = map.get(key);
      if (known !== undefined && known !== value) throw new Error(`"${form}" gives the key "${key}" of another value`);
      map.set(key, value);
    }
  }
  return map;
}
