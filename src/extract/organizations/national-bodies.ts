import type { Word } from "../../core/word.js";
import { countryCode, matchCountryAt } from "../../normalize/country.js";
import type { KnownMatch } from "./matcher.js";
import type { RunItem } from "./runs.js";
import { foldAt } from "./runs.js";
import type { NameWords } from "./words.js";

/**
 * Gazetteer national bodies named with a country of another state ("National Security Council
 * of Armenia", "Armenian National Security Council") are read as plain words, so that the
 * rules name that state's body instead of the gazetteer's.
 *
 * @param trailing - A country follows the run after a title and a name ({@link trailingCountry}).
 * @param consumed - Gazetteer matches read as words are added here.
 *
 * @example
 * ```ts
 * // "the Armenian National Security Council": "Armenian" modifies the US body's name, so its words stay words.
 * expandNationalBodies(view, run.items, false, consumed);
 * ```
 */
export function expandNationalBodies(view: NameWords, items: readonly RunItem[], trailing: boolean, consumed: Set<KnownMatch>): readonly RunItem[] {
  // Most runs hold no national body of the gazetteer: their items stay as they are.
  if (!items.some((item) => item.type === "known" && item.match.entry.country !== null)) return items;
  const result: RunItem[] = [];
  items.forEach((item, index) => {
    if (item.type !== "known" || item.match.entry.country === null) {
      result.push(item);
      return;
    }
    const previous = items[index - 1];
    const next = items[index + 1];
    // "Kazakhstan's Astana International Financial Centre": its own country before it keeps it.
    const modified =
      previous?.type === "word" && !view.lexicon.ownCountryWords.has(view.plain(previous.word)) && countryCode(view.text(previous.word)) !== item.match.entry.country;
    // "of Armenia" after the US body's name makes it Armenia's; "of Kazakhstan" after a Kazakh one keeps it.
    const complemented = next?.type === "connector" && view.fold(next.word) === "of" && countryAfter(view, items, index + 1) !== item.match.entry.country;
    const last = index === items.length - 1 && trailing;
    if (!modified && !complemented && !last) {
      result.push(item);
      return;
    }
    consumed.add(item.match);
    for (let at = item.match.firstWord; at <= item.match.lastWord; at++) {
      const word = view.words[at] as Word;
      result.push(view.capitalized(word) ? { type: "word", word, index: at } : { type: "connector", word, index: at });
    }
  });
  return result;
}

/** The country named by the words after the connector at `at` ("of the Republic of Kazakhstan"), or null. */
function countryAfter(view: NameWords, items: readonly RunItem[], at: number): string | null {
  const words: string[] = [];
  for (let index = at + 1; index < items.length && words.length < 6; index++) {
    const item = items[index] as RunItem;
    if (item.type === "known") break;
    words.push(view.text(item.word));
  }
  const match = words.length > 0 ? (matchCountryAt(words, 0) ?? (words[0] === "the" ? matchCountryAt(words, 1) : null)) : null;
  return match && !match.adjective ? match.code : null;
}

/**
 * "National Security Council Secretary Armen Grigoryan of Armenia": the country a title and a
 * name after the run attach to the body the run names, or null.
 *
 * @param start - The first word after the run.
 *
 * @example
 * ```ts
 * trailingCountry(view, run.next); // "Armenia"
 * ```
 */
export function trailingCountry(view: NameWords, start: number): string | null {
  const words = view.words;
  const before = view.before;
  let index = start;
  let titles = 0;
  while (index < words.length && (view.isTitle(words[index] as Word) || (titles > 0 && view.lexicon.postTitleWords.has(view.fold(words[index] as Word))))) {
    if (index > start && before[index] !== "") return null;
    titles++;
    index++;
  }
  if (titles === 0) return null;
  let names = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    if (before[index] !== "" || !view.capitalized(word) || view.isTitle(word) || view.isHead(word)) break;
    names++;
    index++;
  }
  if (names === 0 || names > 4 || foldAt(view, index) !== "of" || before[index] !== "") return null;
  index++;
  if (foldAt(view, index) === "the") index++;
  const country: string[] = [];
  while (index < words.length && country.length < 4) {
    const word = words[index] as Word;
    if (before[index] !== "") break;
    if (view.capitalized(word) && !view.isHead(word) && !view.isTitle(word)) country.push(view.text(word));
    else if (view.fold(word) === "of" && country.length > 0) country.push(view.text(word));
    else break;
    index++;
  }
  while (country.at(-1) === "of") country.pop();
  return country.length > 0 ? country.join(" ") : null;
}
