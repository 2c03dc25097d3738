import { isUpperAt } from "../../core/text.js";
import type { Unit } from "./units.js";
import type { TopicVocabulary } from "./vocabulary.js";

function isCapitalised(unit: Unit): boolean {
  return isUpperAt(unit.raw, 0);
}

function isOrganWord(vocabulary: TopicVocabulary, raw: string): boolean {
  return vocabulary.organWords.has(vocabulary.formKey(raw.toLowerCase()));
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
        const conjunction = vocabulary.conjunctions.has(vocabulary.formKey(next.raw.toLowerCase())) && following?.gap === "space" && isCapitalised(following);
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
      if (vocabulary.nameConnectors.has(vocabulary.formKey(next.raw.toLowerCase()))) {
        at++;
        continue;
      }
      break;
    }
    if (organ && capitalised >= 2) ranges.push([position, last]);
    position = last + 1;
  }
  if (vocabulary.organComplements !== null) ranges.push(...lowerCaseNameRanges(units, vocabulary));
  return ranges;
}

/** Most lower-case words between a name's capitalised first word and its organ word ("Региональная антитеррористическая структура"). */
const MAX_WORDS_BEFORE_ORGAN = 3;

/**
 * Names of bodies that go on in lower case after their organ word, in a language that writes
 * them so (see `OrganComplements`): "Министерство здравоохранения", "Совет по сотрудничеству
 * в области энергетики", "министр энергетики".
 */
function lowerCaseNameRanges(units: readonly Unit[], vocabulary: TopicVocabulary): [number, number][] {
  const complements = vocabulary.organComplements;
  if (complements === null) return [];
  const ranges: [number, number][] = [];
  let position = 0;
  while (position < units.length) {
    const organ = organOfName(units, position, vocabulary);
    if (organ < 0) {
      position++;
      continue;
    }
    let last = organ;
    // A name its organ word opens may name its remit ("Комиссия по устранению барьеров"); one with words before it has them.
    let remit = organ === position;
    for (let at = organ + 1; at < units.length && at - organ <= complements.maxWords; at++) {
      const unit = units[at] as Unit;
      if (unit.gap !== "space" || isCapitalised(unit) || endsVerb(unit.raw, complements.endings)) break;
      if (complements.prepositions.has(unit.key)) break;
      if (complements.remitPrepositions.has(unit.key)) {
        if (!remit) break;
        remit = false;
      }
      last = at;
    }
    // A conjunction or a preposition does not end a name.
    while (last > organ && (vocabulary.conjunctions.has((units[last] as Unit).key) || vocabulary.nameConnectors.has((units[last] as Unit).key))) last--;
    ranges.push([position, last]);
    position = last + 1;
  }
  return ranges;
}

/**
 * The organ word of a name that opens at `position`: the word itself when it is an organ word
 * that opens a name in lower case, or is capitalised; else the first organ word within a few
 * lower-case words after a capitalised opening. -1 when no name opens there.
 */
function organOfName(units: readonly Unit[], position: number, vocabulary: TopicVocabulary): number {
  const first = units[position] as Unit;
  const heads = vocabulary.organComplements?.lowerCaseHeads;
  const firstKey = vocabulary.formKey(first.raw.toLowerCase());
  if (vocabulary.organWords.has(firstKey)) return isCapitalised(first) || heads?.has(firstKey) === true ? position : -1;
  if (!isCapitalised(first)) return -1;
  for (let at = position + 1; at < units.length && at - position <= MAX_WORDS_BEFORE_ORGAN; at++) {
    const unit = units[at] as Unit;
    if (unit.gap !== "space" || isCapitalised(unit)) return -1;
    if (isOrganWord(vocabulary, unit.raw)) return at;
  }
  return -1;
}

/** The word ends like a verb form of the language ("одобрил", "обсудили"). */
function endsVerb(raw: string, endings: readonly string[]): boolean {
  const lower = raw.toLowerCase();
  for (const ending of endings) if (lower.length > ending.length + 2 && lower.endsWith(ending)) return true;
  return false;
}
