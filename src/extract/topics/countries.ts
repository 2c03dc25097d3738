import { memoizeByText } from "../../core/memo.js";

// Names of states in a language whose names decline ("Армения", "Армении", "Арменией"): each
// word of a name is matched by its stem, the nominative without its closing vowels, followed
// by a short case ending. Built from the lexicon's `topics.places.countryNames`.

/** Letters a case ending is made of (Russian nouns and adjectives). */
const ENDING_LETTERS = "аяеёиоуюыйьмх";
/** Longest case ending after a stem ("ами", "ией"). */
const MAX_ENDING = 3;
/** Shortest stem matched with any ending; a shorter one ("Пе" of a two-letter name) takes a one-letter ending only. */
const MIN_STEM = 4;

/** A word of a name: its stem, and whether it was an adjective (which takes endings of any length). */
interface NameWord {
  readonly stem: string;
  readonly adjective: boolean;
}

/** A country name as its words' stems. */
interface CountryName {
  readonly code: string;
  readonly words: readonly NameWord[];
}

/** Country names indexed by the stem of their first word. */
export interface CountryNames {
  readonly byFirstStem: ReadonlyMap<string, readonly CountryName[]>;
  /** The stems of names' first words a written word may be a form of, remembered per spelling. */
  readonly candidateStems: (word: string) => readonly string[];
}

/** Nominative endings of adjectives in names ("Южная", "Арабские"). */
const ADJECTIVE_ENDINGS: readonly string[] = ["ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие"];

/**
 * The stem of a word of a name: lower case, without its nominative ending, an adjective's two
 * letters or a noun's closing vowel, "й" or "ь" ("южная" → "южн", "армения" → "армени",
 * "китай" → "кита").
 */
function nameWordOf(word: string): NameWord {
  const lower = word.toLowerCase().replaceAll("ё", "е");
  if (lower.length > 4 && ADJECTIVE_ENDINGS.some((ending) => lower.endsWith(ending))) return { stem: lower.slice(0, -2), adjective: true };
  const stem = lower.length > 2 && "аяеиоуюыйь".includes(lower.charAt(lower.length - 1)) ? lower.slice(0, -1) : lower;
  return { stem, adjective: false };
}

/**
 * The index of some country names.
 *
 * @example
 * ```ts
 * const names = countryNamesOf([{ code: "AM", names: ["Армения"] }]);
 * matchCountryName(names, ["Арменией", "и"], 0); // { code: "AM", length: 1 }
 * ```
 */
export function countryNamesOf(entries: readonly { readonly code: string; readonly names: readonly string[] }[]): CountryNames {
  const byFirstStem = new Map<string, CountryName[]>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const words = name.split(/[\s-]+/).filter((word) => word.length > 0).map(nameWordOf);
      const first = words[0];
      if (first === undefined || first.stem.length === 0) continue;
      const list = byFirstStem.get(first.stem) ?? [];
      list.push({ code: entry.code, words });
      byFirstStem.set(first.stem, list);
    }
  }
  const candidateStems = memoizeByText((word: string): readonly string[] => {
    const lower = word.toLowerCase().replaceAll("ё", "е");
    const found: string[] = [];
    // Every cut that leaves a short ending of ending letters: "арменией" → "армен".
    for (let cut = lower.length; cut >= 1 && lower.length - cut <= MAX_ENDING; cut--) {
      if (cut < lower.length && !ENDING_LETTERS.includes(lower.charAt(cut))) break;
      const stem = lower.slice(0, cut);
      if (byFirstStem.get(stem)?.some((name) => fitsEnding(name.words[0] as NameWord, lower.length - cut))) found.push(stem);
    }
    return found;
  }, 5000);
  return { byFirstStem, candidateStems };
}

/** A noun's short stem takes a one-letter ending only ("Мали", not "Малая"); an adjective's any. */
function fitsEnding(word: NameWord, ending: number): boolean {
  return ending <= MAX_ENDING && (word.adjective || word.stem.length >= MIN_STEM || ending <= 1);
}

/** Whether a written word is a form of a name's word. */
function formOfWord(written: string, word: NameWord): boolean {
  const lower = written.toLowerCase().replaceAll("ё", "е");
  if (!lower.startsWith(word.stem) || !fitsEnding(word, lower.length - word.stem.length)) return false;
  for (let at = word.stem.length; at < lower.length; at++) if (!ENDING_LETTERS.includes(lower.charAt(at))) return false;
  return true;
}

/**
 * The country whose name starts at word `index` (capitalised words, any case), with the number
 * of words it covers; the longest name wins. Null when none.
 *
 * @example
 * ```ts
 * matchCountryName(names, ["между", "Россией", "и", "Украиной"], 1); // { code: "RU", length: 1 }
 * ```
 */
export function matchCountryName(names: CountryNames, words: readonly string[], index: number): { code: string; length: number } | null {
  const first = words[index];
  if (first === undefined) return null;
  let best: { code: string; length: number } | null = null;
  for (const stem of names.candidateStems(first)) {
    for (const name of names.byFirstStem.get(stem) ?? []) {
      if (best !== null && name.words.length <= best.length) continue;
      let fits = true;
      for (let at = 1; at < name.words.length; at++) {
        const word = words[index + at];
        if (word === undefined || !formOfWord(word, name.words[at] as NameWord)) {
          fits = false;
          break;
        }
      }
      if (fits) best = { code: name.code, length: name.words.length };
    }
  }
  return best;
}
