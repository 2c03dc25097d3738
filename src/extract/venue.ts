import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { Venue } from "../schema/venue.js";
import { documentOf, type ReleaseDocument } from "../core/document.js";
import { memoizeOn } from "../core/memo.js";
import { report } from "../core/report.js";
import type { Word } from "../core/word.js";
import { eventWords, lexiconFor, type Lexicon } from "../lexicon/index.js";
import { matchCityAt } from "../normalize/city.js";
import { countryCapital, matchCountryAt } from "../normalize/country.js";
import { organizationSeat } from "../normalize/organization.js";
import { matchVenueAt } from "../normalize/venue.js";
import { leadSentencesOf, remoteFormatOf } from "./format.js";
import "./title.js";

declare module "vfile" {
  interface DataMap {
    /** Venue of the main event (venue plugin). */
    venue: Venue | null;
  }
}

/** A place the text offers for the main event, with how much it is trusted. */
interface Candidate {
  readonly city: string | null;
  readonly country: string | null;
  readonly name: string | null;
  /** Higher wins: an event phrase in the lead beats a place line, which beats a dateline. */
  readonly strength: number;
  /** The place was worked out (a building's or an institution's city), not stated. */
  readonly inferred: boolean;
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
}

/** A lexicon's place words and the event words the venue rules read, as sets. */
interface VenueWords {
  readonly prepositions: ReadonlySet<string>;
  /** Verbs whose subject is the place of the event ("Tashkent hosts the SCO meeting"). */
  readonly hostVerbs: ReadonlySet<string>;
  /** Verbs whose object is the place visited ("visited Dushanbe"). */
  readonly visitVerbs: ReadonlySet<string>;
  readonly otherEventWords: ReadonlySet<string>;
  readonly subjectNouns: ReadonlySet<string>;
  readonly marginWords: ReadonlySet<string>;
  readonly seatNouns: ReadonlySet<string>;
  readonly capitalNouns: ReadonlySet<string>;
  /** Words after which "in"/"to" + a country names the venue ("held in", "a visit to"). */
  readonly eventWords: ReadonlySet<string>;
}

const venueWords = memoizeOn((lexicon: Lexicon): VenueWords => {
  const places = lexicon.places;
  return {
    prepositions: new Set(places.prepositions),
    hostVerbs: eventWords(lexicon, "hosting"),
    visitVerbs: eventWords(lexicon, "visiting"),
    otherEventWords: new Set(places.otherEventWords),
    subjectNouns: new Set(places.subjectNouns),
    marginWords: new Set(places.marginWords),
    seatNouns: new Set(places.seatNouns),
    capitalNouns: new Set(places.capitalNouns),
    eventWords: eventWords(lexicon, "meeting", "talks", "visit", "visiting", "arrival", "travel", "journey", "coming", "hosting", "receiving", "welcome", "holding", "occurrence", "gathering", "delegation"),
  };
});

const EVENT_PHRASE = 30;
const TITLE_BONUS = 5;
const PLACE_LINE = 25;
const DATELINE = 20;
const LEAD_PHRASE = 15;
const COUNTRY_ONLY = -10;

/** An ordinal in figures ("78th"), as in "the 78th session of". */
const ORDINAL = /^\d+(st|nd|rd|th)$/;

/**
 * unified plugin: finds where the main event took place: an event phrase in the headline or
 * the lead ("held in Astana", "met in Bratislava", "visited the CSTO Secretariat", "on the
 * margins of the UN General Assembly"), a place line under the headline ("The Kremlin,
 * Moscow"), or a dateline ("MINSK, 5 March –"). A named building or institution gives its
 * city and country. Calls and videoconferences have no venue. Writes `file.data.venue`.
 *
 * Messages: `venue:none` when no place was found; `venue:inferred` when the city or
 * country comes from a building's or an institution's seat.
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 * parseRelease("The ministers met in Astana on 5 March 2024.").venue;
 * // { city: "Astana", country: "KZ", name: null }
 * ```
 */
export function extractVenue() {
  return (tree: Root, file: VFile): undefined => {
    file.data.venue = null;
    if (!file.data.clean) return undefined;
    if (remoteFormatOf(tree, file) !== null) return undefined;
    const document = documentOf(tree, file);
    const words = venueWords(lexiconFor(document.language));
    const candidates: Candidate[] = [];
    const lead = leadSentencesOf(tree, file);
    for (const sentence of lead.title) collectPhrases(sentence.words, EVENT_PHRASE + TITLE_BONUS, words, candidates);
    lead.body.forEach((sentence, index) => collectPhrases(sentence.words, index === 0 ? EVENT_PHRASE : LEAD_PHRASE, words, candidates));
    collectHeadLines(document, file, candidates);
    const best = bestCandidate(candidates);
    if (!best) {
      report(file, "No place found for the main event", { ruleId: "venue:none" });
      return undefined;
    }
    const venue: Venue = { city: best.city, country: best.country, name: best.name };
    // A name with no city or country borrows them from a weaker candidate that agrees ("Novo-Ogaryovo" + "visit to Russia").
    for (const other of candidates) {
      if (venue.country === null && other.country !== null && (venue.city === null || other.city === venue.city)) venue.country = other.country;
      // "a visit to Kyrgyzstan" under a "BISHKEK, 18 May" dateline: the city of that country.
      if (venue.city === null && other.city !== null && other.country === venue.country) venue.city = other.city;
      if (venue.name === null && other.name !== null && other.city === venue.city && other.country === venue.country) venue.name = other.name;
    }
    if (best.inferred) {
      venue.inferred = true;
      report(file, `Venue worked out from ${best.name ?? "an institution"}'s seat`, { ruleId: "venue:inferred" });
    }
    venue.span = document.spanToOriginal(best.start, best.end);
    file.data.venue = venue;
    return undefined;
  };
}

function bestCandidate(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (best === null || candidate.strength > best.strength) best = candidate;
  return best;
}

/** Reads event phrases of one sentence: "in <City>", "at <Venue>", "visited <City>", "on the margins of <Organ>". */
function collectPhrases(words: readonly Word[], strength: number, lexicon: VenueWords, out: Candidate[]): void {
  // The bare forms are made only for a sentence that has a place word.
  let values: readonly string[] | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = (words[index] as Word).key;
    if (lexicon.hostVerbs.has(word)) {
      values ??= baresOf(words);
      const host = hostBefore(words, values, index, strength, lexicon);
      if (host) out.push(host);
      continue;
    }
    const margin = lexicon.marginWords.has(word);
    const visit = lexicon.visitVerbs.has(word);
    if (!margin && !visit && !lexicon.prepositions.has(word)) continue;
    values ??= baresOf(words);
    if (otherEventBefore(words, index, lexicon)) continue;
    let at = index + 1;
    if (margin) {
      // "on the margins of the 78th session of the UN General Assembly": the seat of the host body.
      if (keyAt(words, at) === "of") at++;
      const seat = seatAfter(words, values, at, strength - 2, lexicon);
      if (seat) out.push(seat);
      continue;
    }
    if (keyAt(words, at) === "the") at++;
    // "the fighting in Sudan", "the situation in Kabul": the place of what is discussed.
    if (word === "in" && lexicon.subjectNouns.has(keyAt(words, index - 1))) continue;
    // "in the capital of Kazakhstan": the country's capital city.
    if (lexicon.capitalNouns.has(keyAt(words, at)) && keyAt(words, at + 1) === "of") {
      const country = placeAt(words, values, keyAt(words, at + 2) === "the" ? at + 3 : at + 2, strength, lexicon);
      const capital = capitalOf(country);
      if (capital) out.push(capital);
      continue;
    }
    const place = placeAt(words, values, at, strength, lexicon);
    const last = place ? wordIndexAt(words, at, place.end) : -1;
    // "in Kazakhstan's capital", "in the Uzbek capital": the country's capital city.
    const capital = last >= 0 && lexicon.capitalNouns.has(keyAt(words, last + 1)) ? capitalOf(place) : null;
    if (capital) {
      out.push(capital);
      continue;
    }
    // "interfere in Russia's internal affairs": a place that owns something is not where one is.
    if (words[last]?.possessive === true) continue;
    // A country alone is a weak venue unless an event word stands before it ("a visit to
    // Russia"); after "to" without one it is an envoy's accreditation ("Ambassador to Russia").
    if (place && place.city === null && place.name === null && !lexicon.eventWords.has(keyAt(words, index - 1)) && !visit) {
      if (word !== "to") out.push({ ...place, strength: place.strength + COUNTRY_ONLY });
      continue;
    }
    // "supplies of weapons to Kiev": a city after "to" is a destination only after a word of coming.
    if (place && word === "to" && !eventWordBefore(words, index, lexicon)) continue;
    if (place) out.push(place);
  }
}

/** The key of the word at `index`, or "" outside the sentence. */
function keyAt(words: readonly Word[], index: number): string {
  return words[index]?.key ?? "";
}

/** The bare forms of a sentence's words (possessive endings off), computed once per word list. */
const baresOf = memoizeOn((words: readonly Word[]): readonly string[] => words.map((word) => word.bare));

/** The capital city of a country-only candidate, as strong as an event phrase naming a city; else null. */
function capitalOf(place: Candidate | null): Candidate | null {
  if (place === null || place.city !== null || place.country === null || place.name !== null) return null;
  const city = countryCapital(place.country);
  return city === null ? null : { ...place, city, strength: place.strength - COUNTRY_ONLY };
}

/** Index of the word that ends at offset `end`, searching from `from`; -1 when none does. */
function wordIndexAt(words: readonly Word[], from: number, end: number): number {
  for (let at = from; at < words.length && (words[at] as Word).end <= end; at++) if ((words[at] as Word).end === end) return at;
  return -1;
}

/** An event or motion word among the three words before `index` ("a working visit to", "came to"). */
function eventWordBefore(words: readonly Word[], index: number, lexicon: VenueWords): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) if (lexicon.eventWords.has((words[at] as Word).key)) return true;
  return false;
}

/** "Tashkent hosts the meeting", "Kazakhstan hosted": a place just before a host verb (a country alone is weak). */
function hostBefore(words: readonly Word[], values: readonly string[], verb: number, strength: number, lexicon: VenueWords): Candidate | null {
  const end = (words[verb - 1] as Word | undefined)?.end;
  for (let start = verb - 1; start >= 0 && start >= verb - 3; start--) {
    const place = placeAt(words, values, start, strength, lexicon);
    if (place && place.end === end) return place;
  }
  return null;
}

/** A word of another (coming or past) event among the four words before `index` ("the next summit in", "is to be held in"). */
function otherEventBefore(words: readonly Word[], index: number, lexicon: VenueWords): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 4; at--) {
    const key = (words[at] as Word).key;
    if (lexicon.otherEventWords.has(key)) return true;
    if (key === "be" && keyAt(words, at - 1) === "to") return true;
  }
  return false;
}

/** A venue, city or country starting at word `at`. */
function placeAt(words: readonly Word[], values: readonly string[], at: number, strength: number, lexicon: VenueWords): Candidate | null {
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

/** "the CSTO Secretariat", "the UN General Assembly": an institution named as the place stands at its seat. */
function seatAfter(words: readonly Word[], values: readonly string[], at: number, strength: number, lexicon: VenueWords): Candidate | null {
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
 * Reads the lines under the headline: a place line ("Novo-Ogaryovo, Moscow Region", "The
 * Kremlin, Moscow") and datelines at the start of a paragraph ("MINSK, 5 March –", "New York,
 * 24 September 2013").
 */
function collectHeadLines(document: ReleaseDocument, file: VFile, out: Candidate[]): void {
  const title = file.data.title;
  let paragraphs = 0;
  let lastParagraph = -1;
  for (const sentence of document.sentences) {
    if (sentence.paragraph === lastParagraph) continue;
    lastParagraph = sentence.paragraph;
    if (title && document.toOriginal(sentence.start) < title.end) continue;
    if (++paragraphs > 6) break;
    const words = sentence.words;
    const placeLine = placeLineOf(words);
    if (placeLine) {
      out.push(placeLine);
      continue;
    }
    const dateline = datelineOf(words);
    if (dateline) out.push(dateline);
  }
}

/** A short line of comma-separated places and nothing else. */
function placeLineOf(words: readonly Word[]): Candidate | null {
  const content = words.filter((word) => word.kind === "word");
  if (content.length === 0 || content.length > 6) return null;
  if (content.some((word) => !word.capitalized && word.key !== "the" && word.key !== "of")) return null;
  const values = baresOf(words);
  const parts: [number, number][] = [];
  let from = 0;
  words.forEach((word, index) => {
    if (word.value === ",") {
      parts.push([from, index]);
      from = index + 1;
    }
  });
  parts.push([from, words[words.length - 1]?.kind === "punctuation" ? words.length - 1 : words.length]);
  let city: string | null = null;
  let country: string | null = null;
  let name: string | null = null;
  let known = 0;
  for (const [start, end] of parts) {
    const at = start;
    const venue = matchVenueAt(values, at) ?? (keyAt(words, at) === "the" ? matchVenueAt(values, at + 1) : null);
    if (venue) {
      name = textOfWords(words, start, end);
      city ??= venue.city;
      country ??= venue.country;
      known++;
      continue;
    }
    const cityHit = matchCityAt(values, at);
    if (cityHit && cityHit.length === end - at) {
      city ??= cityHit.city;
      country ??= cityHit.country;
      known++;
      continue;
    }
    const countryHit = matchCountryAt(values, at);
    if (countryHit) {
      country ??= countryHit.code;
      known++;
      continue;
    }
    if (name === null && end > start) name = textOfWords(words, start, end);
  }
  if (known === 0 || (parts.length === 1 && city === null && name === null)) return null;
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  return { city, country, name, strength: PLACE_LINE, inferred: city === null && country !== null, start: first.start, end: last.end };
}

/** "MINSK, 5 March –", "New York, 24 September 2013", "KABUL, Afghanistan (Jan. 25, 2013)". */
function datelineOf(words: readonly Word[]): Candidate | null {
  const values = baresOf(words);
  const titled = values.slice(0, 4).map(titleCase);
  const city = matchCityAt(values, 0) ?? matchCityAt(titled, 0);
  if (city) {
    const after = words[city.length];
    if (after && (after.value === "," || after.value === "(" || after.value === "-" || after.value === "–" || after.value === "—")) {
      return {
        city: city.city,
        country: city.country,
        name: null,
        strength: DATELINE,
        inferred: false,
        start: (words[0] as Word).start,
        end: (words[city.length - 1] as Word).end,
      };
    }
  }
  const country = matchCountryAt(titled, 0);
  if (country && words[country.length]?.value === ",") {
    return {
      city: null,
      country: country.code,
      name: null,
      strength: DATELINE + COUNTRY_ONLY,
      inferred: false,
      start: (words[0] as Word).start,
      end: (words[country.length - 1] as Word).end,
    };
  }
  return null;
}

/** "MINSK" → "Minsk": datelines are often in capitals. */
function titleCase(value: string): string {
  return value.length > 1 && value === value.toUpperCase() ? value.charAt(0) + value.slice(1).toLowerCase() : value;
}

/** The text of words `from` to `to` (exclusive) as written, with single spaces where the text had space. */
function textOfWords(words: readonly Word[], from: number, to: number): string {
  let text = "";
  for (let index = from; index < to; index++) {
    const word = words[index] as Word;
    text += (index > from && word.spaceBefore ? " " : "") + word.value;
  }
  return text;
}
