import { isUpperAt } from "../../core/text.js";
import type { Unit } from "./units.js";
import type { TopicVocabulary } from "./vocabulary.js";

function isCapitalised(unit: Unit): boolean {
  return isUpperAt(unit.raw, 0);
}

function isOrganWord(vocabulary: TopicVocabulary, raw: string): boolean {
  return vocabulary.organWords.has(raw.toLowerCase());
}

/**
 * The unit ranges `[first, last]` of capitalised multi-word names of bodies in a sentence.
 *
 * @example
 * ```ts
 * organNameRanges(units, vocabulary); // "the CIS Anti-Terrorism Centre said" → [[1, 4]]
 * ```
 */
export function organNameRanges(units: readonly Unit[], vocabulary: TopicVocabulary): [number, number][] {
  const ranges: [number, number][] = [];
  let position = 0;
  while (position < units.length) {
    const unit = units[position] as Unit;
    if (!isCapitalised(unit)) {
      position++;
      continue;
    }
    let last = position;
    let capitalised = 1;
    let organ = isOrganWord(vocabulary, unit.raw);
    let at = position + 1;
    while (at < units.length) {
      const next = units[at] as Unit;
      // "Minister of Investments, Industry and Trade": a comma inside a name lists its fields.
      if (next.gap === "comma" && organ) {
        const following = units[at + 1];
        const conjunction = vocabulary.conjunctions.has(next.raw.toLowerCase()) && following?.gap === "space" && isCapitalised(following);
        if (!isCapitalised(next) && !conjunction) break;
        if (conjunction) at++;
        last = at;
        capitalised++;
        at++;
        continue;
      }
      if (next.gap !== "space") break;
      if (isCapitalised(next)) {
        last = at;
        capitalised++;
        if (!organ && isOrganWord(vocabulary, next.raw)) organ = true;
        at++;
        continue;
      }
      if (vocabulary.nameConnectors.has(next.raw.toLowerCase())) {
        at++;
        continue;
      }
      break;
    }
    if (organ && capitalised >= 2) ranges.push([position, last]);
    position = last + 1;
  }
  return ranges;
}
