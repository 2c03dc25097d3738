// The Snowball stemmer for Russian (M. Porter's algorithm, snowballstem.org), written out here
// rather than taken from a package: it is some eighty lines, and the packages that carry it
// bring every other language with them. Russian words decline and conjugate ("Москва",
// "Москве", "Москвой"; "договорились", "договорённость"): word lists and gazetteers are
// matched on stems, so one entry stands for all its forms.

const VOWELS = "аеиоуыэюя";

const PERFECTIVE_GERUND_1 = ["вшись", "вши", "в"];
const PERFECTIVE_GERUND_2 = ["ившись", "ывшись", "ивши", "ывши", "ив", "ыв"];
const ADJECTIVE = [
  "ими", "ыми", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "их",
  "ых", "ую", "юю", "ая", "яя", "ою", "ею",
];
const PARTICIPLE_1 = ["ем", "нн", "вш", "ющ", "щ"];
const PARTICIPLE_2 = ["ивш", "ывш", "ующ"];
const REFLEXIVE = ["ся", "сь"];
const VERB_1 = ["ете", "йте", "ешь", "нно", "ла", "на", "ли", "ем", "ло", "но", "ет", "ют", "ны", "ть", "й", "л", "н"];
const VERB_2 = [
  "ейте", "уйте", "ила", "ыла", "ена", "ите", "или", "ыли", "ило", "ыло", "ено", "ует", "уют", "ены", "ить", "ыть", "ишь",
  "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ят", "ит", "ыт", "ую", "ю",
];
const NOUN = [
  "иями", "ями", "ами", "ией", "иям", "ием", "иях", "ев", "ов", "ие", "ье", "еи", "ии", "ей", "ой", "ий", "ям", "ем", "ам",
  "ом", "ах", "ях", "ию", "ью", "ия", "ья", "а", "е", "и", "й", "о", "у", "ы", "ь", "ю", "я",
];
const SUPERLATIVE = ["ейше", "ейш"];
const DERIVATIONAL = ["ость", "ост"];

const byLength = (list: readonly string[]): readonly string[] => [...list].sort((a, b) => b.length - a.length);
const SORTED = {
  gerund1: byLength(PERFECTIVE_GERUND_1),
  gerund2: byLength(PERFECTIVE_GERUND_2),
  adjective: byLength(ADJECTIVE),
  participle1: byLength(PARTICIPLE_1),
  participle2: byLength(PARTICIPLE_2),
  reflexive: byLength(REFLEXIVE),
  verb1: byLength(VERB_1),
  verb2: byLength(VERB_2),
  noun: byLength(NOUN),
  superlative: byLength(SUPERLATIVE),
  derivational: byLength(DERIVATIONAL),
};

const isVowel = (char: string): boolean => VOWELS.includes(char);

/** Where RV starts (after the first vowel) and where R2 starts, as the algorithm defines them. */
function regionsOf(word: string): { rv: number; r2: number } {
  let rv = word.length;
  for (let index = 0; index < word.length; index++) {
    if (isVowel(word.charAt(index))) {
      rv = index + 1;
      break;
    }
  }
  const r1 = regionAfterVowelConsonant(word, 0);
  const r2 = regionAfterVowelConsonant(word, r1);
  return { rv, r2 };
}

/** The position after the first non-vowel that follows a vowel, from `from`. */
function regionAfterVowelConsonant(word: string, from: number): number {
  for (let index = from + 1; index < word.length; index++) {
    if (!isVowel(word.charAt(index)) && isVowel(word.charAt(index - 1))) return index + 1;
  }
  return word.length;
}

/** The longest ending of the list that stands within the region; for group-1 endings, after а or я. */
function endingIn(word: string, region: number, endings: readonly string[], afterAOrYa = false): string | null {
  for (const ending of endings) {
    if (!word.endsWith(ending)) continue;
    const at = word.length - ending.length;
    if (at < region) continue;
    if (afterAOrYa) {
      const before = word.charAt(at - 1);
      if (at - 1 < region || (before !== "а" && before !== "я")) continue;
    }
    return ending;
  }
  return null;
}

/** Removes the longest of a group-1 (after а/я) or group-2 ending, whichever is longer; null when none. */
function removeGrouped(word: string, region: number, group1: readonly string[], group2: readonly string[]): string | null {
  const first = endingIn(word, region, group1, true);
  const second = endingIn(word, region, group2);
  const ending = first !== null && (second === null || first.length >= second.length) ? first : second;
  return ending === null ? null : word.slice(0, word.length - ending.length);
}

function removeAdjectival(word: string, region: number): string | null {
  const adjective = endingIn(word, region, SORTED.adjective);
  if (adjective === null) return null;
  const stem = word.slice(0, word.length - adjective.length);
  return removeGrouped(stem, region, SORTED.participle1, SORTED.participle2) ?? stem;
}

/**
 * The Snowball stem of a Russian word (lower case expected; ё is read as е).
 *
 * @example
 * ```ts
 * stemRussian("москве"); // "москв"
 * stemRussian("москва"); // "москв"
 * stemRussian("договорились"); // "договор"
 * ```
 */
export function stemRussian(input: string): string {
  let word = input.indexOf("ё") >= 0 ? input.replaceAll("ё", "е") : input;
  const { rv, r2 } = regionsOf(word);
  if (rv >= word.length) return word;

  // Step 1.
  const gerund = removeGrouped(word, rv, SORTED.gerund1, SORTED.gerund2);
  if (gerund !== null) {
    word = gerund;
  } else {
    const reflexive = endingIn(word, rv, SORTED.reflexive);
    if (reflexive !== null) word = word.slice(0, word.length - reflexive.length);
    word =
      removeAdjectival(word, rv) ??
      removeGrouped(word, rv, SORTED.verb1, SORTED.verb2) ??
      stripEnding(word, endingIn(word, rv, SORTED.noun));
  }

  // Step 2.
  if (word.endsWith("и") && word.length - 1 >= rv) word = word.slice(0, -1);

  // Step 3.
  const derivational = endingIn(word, Math.max(r2, rv), SORTED.derivational);
  if (derivational !== null) word = word.slice(0, word.length - derivational.length);

  // Step 4.
  if (word.endsWith("нн") && word.length - 2 >= rv) return word.slice(0, -1);
  const superlative = endingIn(word, rv, SORTED.superlative);
  if (superlative !== null) {
    word = word.slice(0, word.length - superlative.length);
    return word.endsWith("нн") && word.length - 2 >= rv ? word.slice(0, -1) : word;
  }
  if (word.endsWith("ь") && word.length - 1 >= rv) word = word.slice(0, -1);
  return word;
}

function stripEnding(word: string, ending: string | null): string {
  return ending === null ? word : word.slice(0, word.length - ending.length);
}
