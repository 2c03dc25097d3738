import { COMMON_GIVEN_NAMES } from "../data/given-names.common.js";
import { GIVEN_NAME_VARIANTS, REGIONAL_GIVEN_NAMES } from "../data/given-names.js";
import { foldForMatch } from "./text.js";

// Spelling rules that make most transliterations of one name meet without listing them:
// x/ks, q/k, w/v, kh/h, dzh/j, doubled letters, initial ye/e and iu/yu, endings -iy/-ii/-yi
// and -ey/-ej/-ei. Groups in the data cover what the rules cannot (Andrii/Andrei,
// Volodymyr/Vladimir).
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/x/gu, "ks"],
  [/q/gu, "k"],
  [/w/gu, "v"],
  [/dzh/gu, "j"],
  [/dj/gu, "j"],
  [/kh/gu, "h"],
  [/(.)\1+/gu, "$1"],
  [/^ye/u, "e"],
  [/^iu/u, "yu"],
  [/^ia/u, "ya"],
  [/(?:iy|ii|yi|ij|yy)$/u, "y"],
  [/(?:ey|ej)$/u, "ei"],
];

function spellingKey(part: string): string {
  let key = part;
  for (const [pattern, replacement] of SPELLING_RULES) key = key.replace(pattern, replacement);
  return key;
}

// Built on first use, so importing the module costs nothing until a lookup needs it.
let groupKeys: ReadonlyMap<string, string> | undefined;
let known: ReadonlySet<string> | undefined;
const GROUP_KEY = { get: (key: string) => (groupKeys ??= buildGroups()).get(key) };
const KNOWN = { has: (key: string) => (known ??= buildKnown()).has(key) };

function buildGroups(): Map<string, string> {
  const groups = new Map<string, string>();
  for (const group of GIVEN_NAME_VARIANTS) {
    const first = group[0];
    if (first === undefined) continue;
    const key = spellingKey(foldForMatch(first));
    for (const variant of group) {
      const variantKey = spellingKey(foldForMatch(variant));
      if (!groups.has(variantKey)) groups.set(variantKey, key);
    }
  }
  return groups;
}

function buildKnown(): Set<string> {
  const names = new Set<string>();
  const add = (name: string): void => {
    names.add(foldForMatch(name));
    names.add(partKey(foldForMatch(name)));
  };
  for (const group of GIVEN_NAME_VARIANTS) for (const name of group) add(name);
  for (const name of REGIONAL_GIVEN_NAMES) add(name);
  // Already folded; English and European names need no transliteration key.
  for (const name of COMMON_GIVEN_NAMES) names.add(name);
  return names;
}

function partKey(folded: string): string {
  const spelled = spellingKey(folded);
  return GROUP_KEY.get(spelled) ?? spelled;
}

/**
 * A key shared by the spellings of one given name: transliteration variants ("Yuri",
 * "Yury", "Iurii") and national forms listed together ("Volodymyr", "Vladimir") get the same
 * key. Case and diacritics do not matter; each part of a compound name is keyed
 * ("Kassym-Jomart" and "Kasym Zhomart" share the first part's key). Empty for empty input.
 *
 * @example
 * ```ts
 * givenNameKey("Sergei") === givenNameKey("Sergey");        // true
 * givenNameKey("Oleksandr") === givenNameKey("Alexander");  // true
 * givenNameKey("Yevgeniy") === givenNameKey("Evgeny");      // true
 * givenNameKey("Ivan") === givenNameKey("Igor");            // false
 * ```
 */
export function givenNameKey(name: string): string {
  const folded = foldForMatch(name);
  if (folded === "") return "";
  return folded.split(" ").map(partKey).join(" ");
}

/**
 * Whether `word` is a known given name in any common spelling (a possessive ending is
 * ignored). A compound name counts when its first part is known ("Kassym-Jomart").
 *
 * @example
 * ```ts
 * isGivenName("Sergey");        // true
 * isGivenName("Iurii");         // true
 * isGivenName("Kassym-Jomart"); // true
 * isGivenName("Ministry");      // false
 * ```
 */
export function isGivenName(word: string): boolean {
  const bare = word.replace(/['\u2019]s$/u, "");
  const folded = foldForMatch(bare);
  if (folded === "") return false;
  if (KNOWN.has(folded) || KNOWN.has(partKey(folded))) return true;
  const first = folded.split(" ")[0] ?? "";
  return first !== folded && (KNOWN.has(first) || KNOWN.has(partKey(first)));
}
