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
  const seat = seatAfter(words, values, at, strength, lexicon);
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
  if (city && (!city.ambiguous || strength >= EVENT_PHRASE)) {
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
  // Skip an ordinal session ("the 78th session of the").
  if (ORDINAL.test(values[index] ?? "") && keyAt(words, index + 1) === "session" && keyAt(words, index + 2) === "of") {
    index += 3;
    if (keyAt(words, index) === "the") index++;
  }
  const first = index;
  let end = index;
  while (end < words.length && end - first < 8 && ((words[end] as Word).capitalized || (words[end] as Word).allCaps)) end++;
  if (end === first) return null;
  for (let stop = end; stop > first; stop--) {
    const phrase = textOfWords(words, first, stop);
    const seat = organizationSeat(phrase);
    if (!seat) continue;
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
