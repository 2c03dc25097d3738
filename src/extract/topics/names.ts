import type { Unit } from "./units.js";

/**
 * Words that make a run of capitalised words the name of a body or an office ("CIS Anti-Terrorism
 * Centre", "Gender Policy Council", "Council of Ministers of Defence"); a topic word inside
 * such a name names the body, not a subject discussed.
 */
const ORGAN_WORDS: ReadonlySet<string> = withTitleCase([
  "centre", "center", "council", "committee", "department", "service", "agency", "organization", "organisation",
  "bureau", "commission", "unit", "academy", "college", "ministry", "ministries", "office", "institute", "secretariat",
  "assembly", "parliament", "union", "bank", "fund", "court", "corporation", "company", "councils", "committees",
  "centres", "centers", "agencies", "services", "departments", "organizations", "organisations", "commissions",
  // Titles name an office, not a subject discussed ("Finance Minister", "Commissioner for Trade").
  "minister", "ministers", "commissioner", "secretary",
]);

function withTitleCase(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]));
}

/** Small words that may stand inside a name between capitalised words. */
const CONNECTORS = new Set(["of", "for", "and", "the", "on", "in", "against", "to", "de"]);

function isCapitalised(unit: Unit): boolean {
  const code = unit.raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = unit.raw.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isOrganWord(raw: string): boolean {
  return ORGAN_WORDS.has(raw) || ORGAN_WORDS.has(raw.toLowerCase());
}

/**
 * The unit ranges `[first, last]` of capitalised multi-word names of bodies in a sentence.
 *
 * @example
 * ```ts
 * organNameRanges(unitsOf(sentence)); // "the CIS Anti-Terrorism Centre said" → [[1, 4]]
 * ```
 */
export function organNameRanges(units: readonly Unit[]): [number, number][] {
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
    let organ = isOrganWord(unit.raw);
    let at = position + 1;
    while (at < units.length) {
      const next = units[at] as Unit;
      if (next.gap !== "space") break;
      if (isCapitalised(next)) {
        last = at;
        capitalised++;
        if (!organ && isOrganWord(next.raw)) organ = true;
        at++;
        continue;
      }
      if (CONNECTORS.has(next.raw.toLowerCase())) {
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
