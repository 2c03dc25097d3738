import { COMMON_GIVEN_NAMES } from "../data/given-names.common.js";
import { GIVEN_NAME_VARIANTS, REGIONAL_GIVEN_NAMES } from "../data/given-names.js";
import { foldForMatch } from "./text.js";
import { lazy, memoizeByText } from "../core/memo.js";

// Spelling rules that make most transliterations of one name meet without listing them:
// x/ks, q/k, w/v, kh/h, dzh/j, doubled letters, initial ye/e and iu/yu, endings -iy/-ii/-yi
// and -ey/-ej/-ei. Groups in the data cover what the rules cannot (Andrii/Andrei,
// Volodymyr/Vladimir). Applied in this order; each runs only when a cheap test shows it
// can change the word, since every name of the gazetteers is keyed when the index is built.
const DOUBLED = /(.)\1+/gu;
const YE_START = /^ye/u;
const IU_START = /^iu/u;
const IA_START = /^ia/u;
const I_ENDING = /(?:iy|ii|yi|ij|yy)$/u;
const E_ENDING = /(?:ey|ej)$/u;
const I_ENDINGS = ["iy", "ii", "yi", "ij", "yy"];
const E_ENDINGS = ["ey", "ej"];

function spellingKey(part: string): string {
  let key = part;
  if (key.includes("x")) key = key.replaceAll("x", "ks");
  if (key.includes("q")) key = key.replaceAll("q", "k");
  if (key.includes("w")) key = key.replaceAll("w", "v");
  if (key.includes("dzh")) key = key.replaceAll("dzh", "j");
  if (key.includes("dj")) key = key.replaceAll("dj", "j");
  if (key.includes("kh")) key = key.replaceAll("kh", "h");
  if (mayHaveDoubled(key)) key = key.replace(DOUBLED, "$1");
  if (key.startsWith("ye")) key = key.replace(YE_START, "e");
  if (key.startsWith("iu")) key = key.replace(IU_START, "yu");
  if (key.startsWith("ia")) key = key.replace(IA_START, "ya");
  if (endsWithAny(key, I_ENDINGS)) key = key.replace(I_ENDING, "y");
  if (endsWithAny(key, E_ENDINGS)) key = key.replace(E_ENDING, "ei");
  return key;
}

function endsWithAny(text: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (text.endsWith(ending)) return true;
  return false;
}

/** Two equal neighbouring characters, or a surrogate (left to the exact pattern). */
function mayHaveDoubled(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (index > 0 && code === text.charCodeAt(index - 1)) return true;
  }
  return false;
}

// Built on first use, so importing the module costs nothing until a lookup needs it.
const groupKeys = lazy(buildGroups);
const knownNames = lazy(buildKnown);

function buildGroups(): ReadonlyMap<string, string> {
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

function buildKnown(): ReadonlySet<string> {
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
  return groupKeys().get(spelled) ?? spelled;
}

/**
 * A key shared by the spellings of one given name: transliteration variants ("Yuri",
 * "Yury", "Iurii") and national forms listed together ("Volodymyr", "Vladimir") get the same
 * key. Case and diacritics do not matter; each part of a compound name is keyed
 * ("Kassym-Jomart" and "Kasym Zhomart" share the first part's key). Empty for empty input.
 *
 * @example
 * ```ts
 * import { givenNameKey } from "communique";
 * givenNameKey("Sergei") === givenNameKey("Sergey");        // true
 * givenNameKey("Oleksandr") === givenNameKey("Alexander");  // true
 * givenNameKey("Yevgeniy") === givenNameKey("Evgeny");      // true
 * givenNameKey("Ivan") === givenNameKey("Igor");            // false
 * ```
 *
 * @group Normalizers
 */
export function givenNameKey(name: string): string {
  const folded = foldForMatch(name);
  if (folded === "") return "";
  return folded.split(" ").map(partKey).join(" ");
}

// Every capitalised word of a release may be asked about, and the same words come back in
// every release: the verdicts are remembered (bounded), as folding and keying cost far more.
const MAX_VERDICTS = 20000;

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
export const isGivenName: (word: string) => boolean = memoizeByText(computeIsGivenName, MAX_VERDICTS);

function computeIsGivenName(word: string): boolean {
  const bare = word.replace(/['\u2019]s$/u, "");
  const folded = foldForMatch(bare);
  if (folded === "") return false;
  const known = knownNames();
  if (known.has(folded) || known.has(partKey(folded))) return true;
  const first = folded.split(" ")[0] ?? "";
  return first !== folded && (known.has(first) || known.has(partKey(first)));
}
