import { isUpperAt } from "../../core/text.js";
import { matchCountryAt } from "../../normalize/country.js";
import { matchCountryName } from "./countries.js";
import type { PlaceSlot } from "./patterns.js";
import type { Unit } from "./units.js";
import { normalizeWord, phraseKey, type TopicVocabulary } from "./vocabulary.js";

// Places for the place slots of concept cues (`<place>`, `<country>`, `<national>`,
// `<party>`: "the situation in Syria", "the Ukraine crisis"). What a place looks like in a
// language (the words that open it, the modifiers, possessive endings, the names of whole
// parts of the world) comes from its lexicon's `topics.places`; the countries gazetteer names
// the countries.

/** Longest capitalised run read as one place name, in units. */
const MAX_PLACE_UNITS = 8;
/** Farthest back a place before a word may start, in units ("the Democratic Republic of the Congo"). */
const MAX_LOOK_BACK = 8;

/** A place name found in a sentence's units. */
export interface PlaceFound {
  /** Index after its last unit. */
  readonly end: number;
  /** ISO alpha-2 code when the place is a country (name or adjective), else null. */
  readonly country: string | null;
}

/**
 * The place that starts at unit `position` (after an opener and modifiers such as "the
 * eastern"), or null. A place is a country of the gazetteer, or a run of capitalised words
 * joined by spaces or hyphens (and connectors before a capital: "Republic of the Congo")
 * that holds no word of a body ("Council", "Union"), no month or weekday, no stop word, is
 * no acronym other than a country's and no whole part of the world ("Europe"). After a
 * preposition a state's adjective names its people or bodies ("attacks against Afghan
 * forces"), and a possessive followed by a lower-case word what belongs to the place
 * ("Kazakhstan's economy"): neither is a place in a `place` or `country` slot. A `country`
 * slot takes a country's name only; a `national` slot its adjective too ("intra-Afghan");
 * a `party` slot any place or a body named after one ("the Sudanese Armed Forces").
 *
 * @example
 * ```ts
 * placeAt(units, 3, vocabulary, "place"); // "the situation in the Sahel region" at "the" → { end: 5, country: null }
 * ```
 */
export function placeAt(units: readonly Unit[], position: number, vocabulary: TopicVocabulary, slot: PlaceSlot): PlaceFound | null {
  const { places } = vocabulary;
  let at = position;
  if (at < units.length && places.openers.has(keyAt(units, at, vocabulary))) at++;
  while (at < units.length && (at === position || joined(units, at)) && !isCapitalised(units[at] as Unit)) {
    const form = tokenFormAt(units, at);
    if (!places.modifiers.has(vocabulary.formKey(form.form))) break;
    at = form.end;
  }
  if (at >= units.length || (at > position && !joined(units, at))) return null;
  const name = nameAt(units, at, vocabulary, slot === "place" || slot === "country");
  if (name === null) return null;
  if ((slot === "country" || slot === "national") && name.country === null) return null;
  return name;
}

/**
 * The place that ends right before unit `position` (a capitalised run or a country), or
 * null; the unit at `position` must follow it with a space and not be capitalised (or it
 * belongs to the name: "the Korean War"). A state's adjective counts ("the Afghan
 * settlement"); a `country` or `national` slot takes only a country. A place at the start
 * of the sentence must be a country: any word is capitalised there.
 *
 * @example
 * ```ts
 * placeBefore(units, 2, vocabulary, "place"); // "the Ukraine crisis" at "crisis" → { start: 1, country: "UA" }
 * ```
 */
export function placeBefore(
  units: readonly Unit[],
  position: number,
  vocabulary: TopicVocabulary,
  slot: PlaceSlot,
): { readonly start: number; readonly country: string | null } | null {
  const countryOnly = slot === "country" || slot === "national";
  const after = units[position];
  if (after === undefined || position === 0 || !joined(units, position) || isCapitalised(after)) return null;
  let best: { start: number; country: string | null } | null = null;
  for (let start = position - 1; start >= 0 && start >= position - MAX_LOOK_BACK; start--) {
    const unit = units[start] as Unit;
    if (!isCapitalised(unit) && !vocabulary.places.connectors.has(keyAt(units, start, vocabulary))) break;
    const name = isCapitalised(unit) ? nameAt(units, start, vocabulary, false) : null;
    if (name !== null && name.end === position && (start > 0 || name.country !== null) && (!countryOnly || name.country !== null)) {
      best = { start, country: name.country };
    }
    if (start > 0 && !joined(units, start)) break;
  }
  return best;
}

/**
 * A place name that starts at a capitalised unit; with `standalone`, not a possessive that
 * owns the word after it.
 */
function nameAt(units: readonly Unit[], at: number, vocabulary: TopicVocabulary, standalone: boolean): PlaceFound | null {
  const first = units[at] as Unit;
  if (!isCapitalised(first)) return null;
  const country = countryAt(units, at, vocabulary);
  // "attacks against Afghan forces": after a preposition a state's adjective names its people or bodies.
  if (standalone && country?.adjective === true) return null;
  let end = at;
  let last = at;
  while (end < units.length && end - at < MAX_PLACE_UNITS) {
    const unit = units[end] as Unit;
    if (end > at && !joined(units, end)) break;
    if (isCapitalised(unit)) {
      if (!mayName(unit, vocabulary)) return null;
      last = end;
      end++;
      continue;
    }
    // "Republic of the Congo": a connector only inside the name, before another capital.
    if (end > at && vocabulary.places.connectors.has(keyAt(units, end, vocabulary))) {
      end++;
      continue;
    }
    break;
  }
  const runEnd = last + 1;
  const placeEnd = country !== null ? Math.max(country.end, runEnd) : runEnd;
  if (country === null && isAcronymRun(units, at, runEnd)) return null;
  if (standalone && ownsWhatFollows(units, placeEnd, vocabulary)) return null;
  if (vocabulary.places.wideRegions.has(phraseKey(nameForm(units, at, placeEnd), vocabulary.formKey))) return null;
  return { end: placeEnd, country: country?.code ?? null };
}

/** A capitalised word that may stand in a place name: no word of a body, no month or weekday, no stop word. */
function mayName(unit: Unit, vocabulary: TopicVocabulary): boolean {
  const form = vocabulary.formKey(unit.form);
  return !vocabulary.organWords.has(form) && !vocabulary.calendarWords.has(form) && !vocabulary.stopWords.has(form);
}

/** "NATO", "CSTO": a run of one acronym that the gazetteer does not know as a country. */
function isAcronymRun(units: readonly Unit[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const raw = (units[from] as Unit).raw.replace(/[^\p{L}]/gu, "");
  return raw.length >= 2 && raw === raw.toUpperCase();
}

/** "Kazakhstan's economy": a possessive place followed by a lower-case word. */
function ownsWhatFollows(units: readonly Unit[], end: number, vocabulary: TopicVocabulary): boolean {
  const last = units[end - 1] as Unit;
  const lower = last.raw.toLowerCase();
  if (!vocabulary.places.possessiveEndings.some((ending) => lower.endsWith(ending))) return false;
  const following = units[end];
  return following !== undefined && joined(units, end) && !isCapitalised(following) && !vocabulary.stopWords.has(vocabulary.formKey(following.form));
}

/** The lower-case form of units [from, to): parts of one token joined by hyphens, words by spaces. */
function nameForm(units: readonly Unit[], from: number, to: number): string {
  let form = "";
  for (let at = from; at < to; at++) {
    const unit = units[at] as Unit;
    if (at > from) form += unit.tokenFirst === at ? " " : "-";
    form += unit.form;
  }
  return form;
}

function countryAt(units: readonly Unit[], at: number, vocabulary: TopicVocabulary): { end: number; code: string; adjective: boolean } | null {
  const raws: string[] = [];
  for (let index = at; index < units.length && index < at + MAX_PLACE_UNITS; index++) {
    if (index > at && !joined(units, index)) break;
    raws.push((units[index] as Unit).raw);
  }
  // A language whose names decline gives its own names ("Арменией"); else the countries gazetteer reads them.
  if (vocabulary.countryNames !== null) {
    const named = matchCountryName(vocabulary.countryNames, raws, 0);
    return named === null ? null : { end: at + named.length, code: named.code, adjective: false };
  }
  const match = matchCountryAt(raws, 0);
  return match === null ? null : { end: at + match.length, code: match.code, adjective: match.adjective };
}

function isCapitalised(unit: Unit): boolean {
  return isUpperAt(unit.raw, 0);
}

/** True when unit `position` follows the previous one with only a space (or a hyphen). */
function joined(units: readonly Unit[], position: number): boolean {
  return units[position]?.gap === "space";
}

function formAt(units: readonly Unit[], at: number): string {
  const unit = units[at];
  return unit === undefined ? "" : unit.form;
}

/** The lexicon's key of the unit at `at` (see `TopicVocabulary.formKey`). */
function keyAt(units: readonly Unit[], at: number, vocabulary: TopicVocabulary): string {
  return vocabulary.formKey(formAt(units, at));
}

/**
 * The form of the whole token that starts at unit `at` (its parts joined by hyphens) and the
 * index after it; a unit inside a token is read alone.
 */
export function tokenFormAt(units: readonly Unit[], at: number): { readonly form: string; readonly end: number } {
  const unit = units[at] as Unit;
  if (unit.parts === 1 || unit.tokenFirst !== at) return { form: unit.form, end: at + 1 };
  const end = at + unit.parts;
  return { form: normalizeWord(units.slice(at, end).map((part) => part.raw).join("-")), end };
}

/**
 * The countries named by the places among some units of a sentence ("between Russia and
 * Ukraine" → ["RU", "UA"]).
 *
 * @example
 * ```ts
 * countriesAmong(units, match.units, vocabulary); // ["RU", "UA"]
 * ```
 */
export function countriesAmong(units: readonly Unit[], among: readonly number[], vocabulary: TopicVocabulary): string[] {
  const codes: string[] = [];
  let covered = -1;
  for (const at of among) {
    const unit = units[at] as Unit;
    if (at <= covered || !isCapitalised(unit)) continue;
    const place = nameAt(units, at, vocabulary, false);
    if (place === null) continue;
    covered = place.end - 1;
    if (place.country !== null) codes.push(place.country);
  }
  return codes;
}
