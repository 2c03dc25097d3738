import type { Word } from "../../core/word.js";
import { matchCityAt } from "../../normalize/city.js";
import { countryCapital, matchCountryAt } from "../../normalize/country.js";
import { organizationSeat } from "../../normalize/organization.js";
import { matchVenueAt } from "../../normalize/venue.js";
import { COUNTRY_ONLY, EVENT_PHRASE, type Candidate } from "./candidate.js";
import { keyAt, textOfWords, type VenueWords } from "./words.js";

/** An ordinal in figures ("78th"), as in "the 78th session of". */
const ORDINAL = /^\d+(st|nd|rd|th)$/;

/**
 * A venue, an institution's seat, a city or a country starting at word `at`, as a candidate
 * of the given strength (a country alone is weaker; an ambiguous city name needs an event phrase).
 *
 * @example
 * ```ts
 * placeAt(words, baresOf(words), 3, EVENT_PHRASE, venueWords(lexicon)); // "in Nizhny Novgorod" → { city: "Nizhny Novgorod", country: "RU", ... }
 * ```
 */
export function placeAt(words: readonly Word[], values: readonly string[], at: number, strength: number, lexicon: VenueWords): Candidate | null {
  const word = words[at];
  if (!word || !word.capitalized) return null;
  const venue = matchVenueAt(values, at);
  if (venue) {
    return {
      city: venue.city,
      country: venue.country,
      name: textOfWords(words, at, at + venue.length),
      strength,
      inferred: true,
      start: word.start,
      end: (words[at + venue.length - 1] as Word).end,
    };
  }
  const seat = seatAfter(words, values, at, strength, lexicon) ?? ministryAt(words, values, at, strength, lexicon) ?? stateResidenceAt(words, at, strength, lexicon);
  if (seat) return seat;
  const city = matchCityAt(values, at);
  // "to Armenia" is the country, not the Colombian city of that name.
  const countryFirst = matchCountryAt(values, at);
  if (city && countryFirst && countryFirst.length >= city.length) {
    return {
      city: null,
      country: countryFirst.code,
      name: null,
      strength: strength + COUNTRY_ONLY,
      inferred: false,
      start: word.start,
      end: (words[at + countryFirst.length - 1] as Word).end,
    };
  }
  if (city && (!city.ambiguous || strength >= EVENT_PHRASE) && !regionAfter(words, at + city.length, lexicon.regionNouns)) {
    return {
      city: city.city,
      country: city.country,
      name: null,
      strength,
      inferred: false,
      start: word.start,
      end: (words[at + city.length - 1] as Word).end,
    };
  }
  const country = matchCountryAt(values, at);
  if (country) {
    return {
      city: null,
      country: country.code,
      name: null,
      strength: strength + COUNTRY_ONLY,
      inferred: false,
      start: word.start,
      end: (words[at + country.length - 1] as Word).end,
    };
  }
  return null;
}

/** Most capitalised words of a second region's name in "the Naryn and Issyk-Kul regions". */
const COORDINATED_REGION_WORDS = 3;

/**
 * A region's noun follows the city's name at `from`, directly ("the Naryn region") or after a
 * second name joined by "and" ("the Naryn and Issyk-Kul regions"): the name is the region's.
 */
function regionAfter(words: readonly Word[], from: number, regionNouns: ReadonlySet<string>): boolean {
  if (regionNouns.has(keyAt(words, from))) return true;
  if (keyAt(words, from) !== "and") return false;
  for (let at = from + 1; at <= from + COORDINATED_REGION_WORDS && at < words.length; at++) {
    const word = words[at] as Word;
    if (regionNouns.has(word.key)) return at > from + 1;
    if (word.kind === "word" ? !word.capitalized : word.value !== "-") return false;
  }
  return false;
}

/**
 * "the CSTO Secretariat", "the UN General Assembly": an institution named as the place stands
 * at its seat, which gives the city; a building's name ("Secretariat") is kept as the venue's name.
 *
 * @example
 * ```ts
 * seatAfter(words, baresOf(words), 2, EVENT_PHRASE, venueWords(lexicon)); // "at the CSTO Secretariat" → { city: "Moscow", country: "RU", name: "CSTO Secretariat", ... }
 * ```
 */
export function seatAfter(words: readonly Word[], values: readonly string[], at: number, strength: number, lexicon: VenueWords): Candidate | null {
  let index = at;
  if (keyAt(words, index) === "the") index++;
  // Skip an ordinal session ("the 78th session of the", "the 71st General Assembly").
  if (ORDINAL.test(values[index] ?? "")) {
    index++;
    if (keyAt(words, index) === "session" && keyAt(words, index + 1) === "of") index += 2;
    if (keyAt(words, index) === "the") index++;
  }
  const first = index;
  let end = index;
  // "General Assembly of the UN": a name runs on through "of" and "the" to a capitalised word.
  while (end < words.length && end - first < 10) {
    const word = words[end] as Word;
    if (word.capitalized || word.allCaps) {
      end++;
      continue;
    }
    let next = end;
    if (word.key === "of") next++;
    if (next > end && keyAt(words, next) === "the") next++;
    if (next === end || !(words[next] as Word | undefined)?.capitalized) break;
    end = next;
  }
  if (end === first) return null;
  for (let stop = end; stop > first; stop--) {
    if (!(words[stop - 1] as Word).capitalized && !(words[stop - 1] as Word).allCaps) continue;
    // "the NATO Summit", "the OSCE Ministerial Council": a gathering that moves from host to host.
    if (roams(words, first, stop, lexicon)) return null;
    const phrase = textOfWords(words, first, stop);
    const seat = organizationSeat(phrase);
    if (!seat) continue;
    // "at the UN Office in Geneva", "the OSCE Centre in Bishkek": an office of the body away from its seat.
    const away = keyAt(words, stop) === "in" ? matchCityAt(values, stop + 1) : null;
    if (away && !away.ambiguous) {
      return {
        city: away.city,
        country: away.country,
        name: phrase,
        strength,
        inferred: false,
        start: (words[first] as Word).start,
        end: (words[stop + away.length] as Word).end,
      };
    }
    return {
      city: seat.city,
      country: seat.country,
      // "at the CSTO Secretariat" names a building; "the UN General Assembly" only its seat.
      name: lexicon.seatNouns.has(keyAt(words, stop - 1)) ? phrase : null,
      strength,
      inferred: true,
      start: (words[first] as Word).start,
      end: (words[stop - 1] as Word).end,
    };
  }
  return null;
}

/** A word of a roaming gathering among words `from` to `to` (exclusive). */
function roams(words: readonly Word[], from: number, to: number, lexicon: VenueWords): boolean {
  for (let index = from; index < to; index++) if (lexicon.roamingWords.has((words[index] as Word).key)) return true;
  return false;
}

/** How far into a name its ministry's noun may stand ("the Turkish Foreign Ministry", "Russia's Ministry"). */
const MINISTRY_NOUN_REACH = 4;

function hasMinistryNoun(words: readonly Word[], first: number, lexicon: VenueWords): boolean {
  for (let index = first; index < words.length && index < first + MINISTRY_NOUN_REACH; index++) {
    if (lexicon.ministryNouns.has((words[index] as Word).key)) return true;
  }
  return false;
}

/** How many words a ministry's name may run to ("Ministry of Foreign Affairs and International Cooperation of the Italian Republic"). */
const MINISTRY_WORDS = 14;

/**
 * "at the Ministry of Foreign Affairs of Mongolia", "in the MFA of Turkmenistan", "at the
 * Turkish Foreign Ministry": a ministry sits in its country's capital. Without a country in its
 * name ("at the Ministry of Foreign Affairs") the candidate is the capital of the country
 * another candidate gives ({@link Candidate.capitalOfCountry}).
 *
 * @example
 * ```ts
 * ministryAt(words, baresOf(words), 2, EVENT_PHRASE, venueWords(lexicon)); // "at the MFA of Turkmenistan" → { city: "Ashgabat", country: "TM", name: "MFA of Turkmenistan", ... }
 * ```
 */
export function ministryAt(words: readonly Word[], values: readonly string[], at: number, strength: number, lexicon: VenueWords): Candidate | null {
  let first = at;
  if (keyAt(words, first) === "the") first++;
  // Most names are no ministry's: a ministry's noun among the first words tells.
  if (!hasMinistryNoun(words, first, lexicon)) return null;
  let end = first;
  let ministry = -1;
  let country: string | null = null;
  while (end < words.length && end - first < MINISTRY_WORDS) {
    const word = words[end] as Word;
    if (word.kind !== "word") break;
    if (!word.capitalized && !word.allCaps && word.key !== "of" && word.key !== "the" && word.key !== "and" && word.key !== "for") break;
    // "... of Foreign Affairs HE Dr. Mohammed": a person's name begins.
    if (ministry >= 0 && lexicon.honorifics.has(word.key)) break;
    if (lexicon.ministryNouns.has(word.key)) ministry = end;
    const hit = word.capitalized || word.allCaps ? matchCountryAt(values, end) : null;
    if (hit) {
      country ??= hit.code;
      end += hit.length;
      continue;
    }
    end++;
    if (word.possessive) break;
  }
  while (end > first && !(words[end - 1] as Word).capitalized && !(words[end - 1] as Word).allCaps) end--;
  if (ministry < 0 || end <= first) return null;
  const start = words[first] as Word;
  const last = words[end - 1] as Word;
  const city = country === null ? null : countryCapital(country);
  const name = textOfWords(words, first, end).replace(/['\u2019]s$/, "");
  if (country !== null && city === null) return null;
  return {
    city,
    country,
    name,
    strength,
    inferred: true,
    start: start.start,
    end: last.end,
    ...(country === null ? { capitalOfCountry: true } : {}),
  };
}

/**
 * "at the Presidential Palace", "at Government House": a head of state's or government's seat
 * named without its country stands in the capital of the country another candidate or the
 * issuer gives ({@link Candidate.capitalOfCountry}). Null when the name goes on with "of"
 * ("the official residence of the Ambassador"): whose it is, is named.
 *
 * @example
 * ```ts
 * stateResidenceAt(words, 3, EVENT_PHRASE, venueWords(lexicon)); // "received ... at the Presidential Palace" → { city: null, country: null, name: "Presidential Palace", capitalOfCountry: true, ... }
 * ```
 */
function stateResidenceAt(words: readonly Word[], at: number, strength: number, lexicon: VenueWords): Candidate | null {
  for (const phrase of lexicon.stateResidences) {
    let index = 0;
    while (index < phrase.length && keyAt(words, at + index) === phrase[index]) index++;
    if (index < phrase.length || keyAt(words, at + index) === "of") continue;
    const last = at + phrase.length - 1;
    return {
      city: null,
      country: null,
      name: textOfWords(words, at, last + 1),
      strength,
      inferred: true,
      start: (words[at] as Word).start,
      end: (words[last] as Word).end,
      capitalOfCountry: true,
    };
  }
  return null;
}

/** How many comma-separated parts after a preposition are read for a place ("at the Ministry's headquarters, Tafawa Balewa House, Abuja"). */
const CHAIN_PARTS = 3;
/** How many words one part of such a chain may have. */
const CHAIN_PART_WORDS = 5;

/**
 * "at the Ministry's headquarters, Tafawa Balewa House, Abuja": a chain of comma-separated
 * names of a building (one of them with a building's noun), then its city. The part before the city, when it is a name, is the
 * venue's name. Null when no part of the chain opens with a city.
 *
 * @example
 * ```ts
 * chainedPlace(words, baresOf(words), 2, EVENT_PHRASE, venueWords(lexicon)); // → { city: "Abuja", country: "NG", name: "Tafawa Balewa House", ... }
 * ```
 */
export function chainedPlace(words: readonly Word[], values: readonly string[], at: number, strength: number, lexicon: VenueWords): Candidate | null {
  let index = at;
  // "in Tashkent, Samarkand and Bukhara": a chain that opens with a place is a list of places.
  const opening = keyAt(words, index) === "the" ? index + 1 : index;
  if (!(words[opening] as Word | undefined)?.capitalized) return null;
  // Most phrases are no chain ("in Astana on 5 March"): their first part, read as the loop
  // below reads it, ends before a comma. Told by the words alone, before any gazetteer walk.
  if (!chainPartEndsAtComma(words, index, lexicon)) return null;
  if (matchVenueAt(values, opening) || matchCityAt(values, opening) || matchCountryAt(values, opening)) return null;
  let previous: [number, number] | null = null;
  let building = false;
  for (let part = 0; part < CHAIN_PARTS; part++) {
    const start = index;
    if (part > 0) {
      const city = matchCityAt(values, start);
      if (city && !city.ambiguous) {
        const after = words[start + city.length];
        // "in Helmand, Kandahar" is a list of places: the chain must name a building.
        if (building && (after === undefined || after.kind !== "word")) {
          const name = previous !== null && (words[previous[0]] as Word).capitalized ? textOfWords(words, previous[0], previous[1]) : null;
          return { city: city.city, country: city.country, name, strength, inferred: false, start: (words[start] as Word).start, end: (words[start + city.length - 1] as Word).end };
        }
      }
    }
    let count = 0;
    while (index < words.length && (words[index] as Word).value !== ",") {
      const word = words[index] as Word;
      if (word.kind !== "word") return null;
      if (!word.capitalized && word.key !== "the" && word.key !== "of" && !lexicon.seatNouns.has(word.key)) return null;
      if (++count > CHAIN_PART_WORDS) return null;
      if (lexicon.seatNouns.has(word.key) || lexicon.buildingNouns.has(word.key)) building = true;
      index++;
    }
    if (index >= words.length || count === 0) return null;
    previous = [start, index];
    index++;
  }
  return null;
}

/** The first part of a chain from `from` is one {@link chainedPlace} reads on from: up to five words of a name, then a comma. */
function chainPartEndsAtComma(words: readonly Word[], from: number, lexicon: VenueWords): boolean {
  let count = 0;
  let index = from;
  while (index < words.length && (words[index] as Word).value !== ",") {
    const word = words[index] as Word;
    if (word.kind !== "word") return false;
    if (!word.capitalized && word.key !== "the" && word.key !== "of" && !lexicon.seatNouns.has(word.key)) return false;
    if (++count > CHAIN_PART_WORDS) return false;
    index++;
  }
  return index < words.length && count > 0;
}

/**
 * "in Antigua, Guatemala": a place the cities gazetteer does not know, named with its country.
 * One or two capitalised words, a comma and a country's name (not an adjective), then the
 * end of the phrase.
 *
 * @example
 * ```ts
 * placeWithCountry(words, baresOf(words), 3, EVENT_PHRASE); // "in Antigua, Guatemala, on" → { city: "Antigua", country: "GT", ... }
 * ```
 */
export function placeWithCountry(words: readonly Word[], values: readonly string[], at: number, strength: number): Candidate | null {
  for (let length = 1; length <= 2; length++) {
    const comma = at + length;
    let capitalized = true;
    for (let index = at; index < comma; index++) {
      const word = words[index] as Word | undefined;
      if (!word || word.kind !== "word" || !word.capitalized || word.possessive) capitalized = false;
    }
    if (!capitalized || words[comma]?.value !== ",") continue;
    if (matchCountryAt(values, at)) return null;
    const country = matchCountryAt(values, comma + 1);
    if (!country || country.adjective) continue;
    const after = words[comma + 1 + country.length];
    if (after && after.kind === "word" && after.capitalized) continue;
    const first = words[at] as Word;
    const last = words[comma - 1] as Word;
    return { city: textOfWords(words, at, comma), country: country.code, name: null, strength, inferred: false, start: first.start, end: last.end };
  }
  return null;
}

/**
 * The capital city of a country-only candidate, as strong as an event phrase naming a city; else null.
 *
 * @example
 * ```ts
 * capitalOf({ city: null, country: "KZ", name: null, ... })?.city; // "Astana"
 * ```
 */
export function capitalOf(place: Candidate | null): Candidate | null {
  if (place === null || place.city !== null || place.country === null || place.name !== null) return null;
  const city = countryCapital(place.country);
  return city === null ? null : { ...place, city, strength: place.strength - COUNTRY_ONLY };
}
