import type { VFile } from "vfile";
import type { ReleaseDocument, Sentence } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { matchCityAt, type CityMatch } from "../../normalize/city.js";
import { matchCountryAt } from "../../normalize/country.js";
import { matchVenueAt } from "../../normalize/venue.js";
import "../title.js";
import { COUNTRY_ONLY, DATELINE, PLACE_LINE, type Candidate } from "./candidate.js";
import { baresOf, isDateWord, keyAt, textOfWords, titleCase, type VenueWords } from "./words.js";

/** How many paragraphs under the headline are read for a place line or a dateline. */
const HEAD_PARAGRAPHS = 6;
/** How many paragraphs above the headline are read for a dateline ("New York\n\n17 September 2023\n\nReadout of ..."). */
const ABOVE_PARAGRAPHS = 4;
/** A place line has at most this many words ("Novo-Ogaryovo, Moscow Region"). */
const PLACE_LINE_WORDS = 6;
/** A dateline's date runs to at most this many words ("Strasbourg 26/01/2022", "Minsk, 5 March 2024"). */
const DATE_WORDS = 5;

/**
 * Reads the lines around the headline: a place line under it ("Novo-Ogaryovo, Moscow Region",
 * "The Kremlin, Moscow") and datelines at the start of a paragraph ("MINSK, 5 March –", "New
 * York, 24 September 2013", "Strasbourg 26/01/2022"); above it, only datelines and a city
 * line over a date line ("New York" then "17 September 2023"). Adds a candidate for each to `out`.
 *
 * @example
 * ```ts
 * // "Talks in Minsk\n\nMINSK, 5 March – The ministers met."
 * collectHeadLines(document, file, venueWords(lexicon), candidates); // candidates: [{ city: "Minsk", country: "BY", strength: DATELINE, ... }]
 * ```
 */
export function collectHeadLines(document: ReleaseDocument, file: VFile, lexicon: VenueWords, out: Candidate[]): void {
  const title = file.data.title;
  const paragraphs = paragraphStarts(document, title ? title.end : -1);
  let below = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const sentence = paragraphs[index] as Sentence;
    const start = document.toOriginal(sentence.start);
    const words = sentence.words;
    if (title && start < title.start) {
      // Above the headline: site chrome, unless a dateline.
      if (index >= ABOVE_PARAGRAPHS) continue;
      const dateline = datelineOf(words, lexicon, true);
      if (dateline) {
        out.push(dateline);
        continue;
      }
      const next = paragraphs[index + 1];
      const city = cityLineOf(words);
      if (city && next && isDateLine(next.words, lexicon)) out.push(city);
      continue;
    }
    if (title && start < title.end) continue;
    if (++below > HEAD_PARAGRAPHS) break;
    const placeLine = placeLineOf(words, lexicon) ?? barredPlaceOf(words, lexicon);
    if (placeLine) {
      out.push(placeLine);
      continue;
    }
    const dateline = datelineOf(words, lexicon, false);
    if (dateline) out.push(dateline);
  }
}

/** The first sentence of each paragraph, up to the last one read under the headline (which ends at `titleEnd`, an original offset). */
function paragraphStarts(document: ReleaseDocument, titleEnd: number): Sentence[] {
  const starts: Sentence[] = [];
  let lastParagraph = -1;
  let below = 0;
  for (const sentence of document.sentences) {
    if (sentence.paragraph === lastParagraph) continue;
    lastParagraph = sentence.paragraph;
    starts.push(sentence);
    if (document.toOriginal(sentence.start) >= titleEnd && ++below > HEAD_PARAGRAPHS) break;
  }
  return starts;
}

/** A short line of comma-separated places and nothing else. */
function placeLineOf(words: readonly Word[], lexicon: VenueWords): Candidate | null {
  // Counted before any list is made: most paragraphs open with a longer sentence.
  let count = 0;
  for (let index = 0; index < words.length && count <= PLACE_LINE_WORDS; index++) if ((words[index] as Word).kind === "word") count++;
  if (count === 0 || count > PLACE_LINE_WORDS) return null;
  const content = words.filter((word) => word.kind === "word");
  if (content.some((word) => !word.capitalized && word.key !== "the" && word.key !== "of")) return null;
  // "By Ministry of Foreign Affairs, Nigeria": a byline, not a place.
  if (lexicon.bylineWords.has((content[0] as Word).key)) return null;
  // "Tags: Secretary-General, Iraq", "Location: ...": a labelled line of the page, not a place line.
  if (words.some((word) => word.value === ":")) return null;
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

/** "24 November 2022, Ashgabat - The Special Representative met ...": a dateline with the date before the city. */
function dateFirstDateline(words: readonly Word[], values: readonly string[], lexicon: VenueWords): Candidate | null {
  let dated = 0;
  while (dated < words.length && dated < DATE_WORDS && (words[dated] as Word).kind === "word" && isDateWord(words[dated] as Word, lexicon.months)) dated++;
  if (dated < 2 || words[dated]?.value !== ",") return null;
  const at = dated + 1;
  const titled = values.slice(at, at + 4).map(titleCase);
  const city = matchCityAt(values, at) ?? matchCityAt(titled, 0);
  if (!city || city.ambiguous) return null;
  const next = words[at + city.length];
  if (next !== undefined && next.value !== "-" && next.value !== "–" && next.value !== "—" && next.value !== ":") return null;
  return datelinePlace(city.city, city.country, words, at, at + city.length);
}

/** A word of capital letters only, or two joined by a hyphen ("MOSTAR", "BANJA-LUKA"); scanned by hand, no regular expression. */
function capitalLetters(value: string): boolean {
  let hyphens = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index);
    if (char === "-") {
      if (++hyphens > 1 || index === 0 || index === value.length - 1) return false;
      continue;
    }
    if (char === char.toLowerCase() || char !== char.toUpperCase()) return false;
  }
  return value.length > 0;
}

/** At most this many words in capitals name a dateline's place the gazetteer does not know. */
const UNKNOWN_PLACE_WORDS = 3;

/**
 * "MOSTAR, 8 June 2022 –", "TUZLA, Bosnia and Herzegovina, 8 June –": a dateline whose place,
 * written in capitals, the gazetteer does not know. The place is the city; a country after it
 * gives the country. Only words of letters in capitals (three or more each) that are no
 * month and no page label ("PRESS RELEASE").
 */
function unknownDatelineCity(words: readonly Word[], values: readonly string[], lexicon: VenueWords): Candidate | null {
  let count = 0;
  while (count < words.length && count <= UNKNOWN_PLACE_WORDS) {
    const word = words[count] as Word;
    if (word.kind !== "word") break;
    if (!word.allCaps || word.value.length < 3 || !capitalLetters(word.value)) return null;
    if (lexicon.datelineLabels.has(word.key) || lexicon.months.has(word.key)) return null;
    count++;
  }
  if (count === 0 || count > UNKNOWN_PLACE_WORDS || words[count]?.value !== ",") return null;
  let after = count + 1;
  const country = matchCountryAt(values, after);
  if (country) {
    after += country.length;
    if (words[after]?.value !== ",") return null;
    after++;
  }
  if (!dateFollows(words, after, lexicon)) return null;
  const name = textOfWords(words, 0, count).split(" ").map((part) => part.split("-").map(titleCase).join("-")).join(" ");
  return datelinePlace(name, country ? country.code : null, words, 0, count);
}

/**
 * "12 September 2023 | News release | Almaty, Kazakhstan | Reading time: 3 min": a line of
 * the page's facts split by bars, one of them the date and one a city (with its country):
 * the dateline of a page that sets it apart.
 */
function barredPlaceOf(words: readonly Word[], lexicon: VenueWords): Candidate | null {
  const parts: [number, number][] = [];
  let from = 0;
  for (let index = 0; index <= words.length; index++) {
    if (index < words.length && (words[index] as Word).value !== "|") continue;
    parts.push([from, index]);
    from = index + 1;
  }
  if (parts.length < 2) return null;
  const values = baresOf(words);
  let dated = false;
  let place: Candidate | null = null;
  for (const [start, end] of parts) {
    if (end <= start) continue;
    if (!dated && isDateLine(words.slice(start, end), lexicon)) {
      dated = true;
      continue;
    }
    if (place !== null) continue;
    const city = matchCityAt(values, start);
    if (!city || city.ambiguous) continue;
    let at = start + city.length;
    if (at < end && (words[at] as Word).value === ",") {
      const country = matchCountryAt(values, at + 1);
      if (!country || country.code !== city.country) continue;
      at += 1 + country.length;
    }
    if (at !== end) continue;
    place = datelinePlace(city.city, city.country, words, start, end);
  }
  return dated ? place : null;
}

/** A line that is a city and nothing else ("New York"). */
function cityLineOf(words: readonly Word[]): Candidate | null {
  const city = openingCity(baresOf(words));
  if (!city || city.ambiguous) return null;
  for (let index = city.length; index < words.length; index++) if ((words[index] as Word).kind === "word") return null;
  return datelinePlace(city.city, city.country, words, 0, city.length);
}

/** A line that is a date and nothing else ("17 September 2023", "June 4, 2013"). */
function isDateLine(words: readonly Word[], lexicon: VenueWords): boolean {
  let dated = 0;
  for (const word of words) {
    if (word.kind !== "word") continue;
    if (!isDateWord(word, lexicon.months) || ++dated > DATE_WORDS) return false;
  }
  return dated > 0;
}

/**
 * The words from `from` on are a date ("26/01/2022", "5 March 2024") that ends the line or
 * runs into a dash or a colon ("5 March – The ministers met").
 */
function dateFollows(words: readonly Word[], from: number, lexicon: VenueWords): boolean {
  let dated = 0;
  for (let index = from; index < words.length; index++) {
    const word = words[index] as Word;
    if (word.kind === "word") {
      if (!isDateWord(word, lexicon.months) || ++dated > DATE_WORDS) return false;
      continue;
    }
    if (word.value === "-" || word.value === "–" || word.value === "—" || word.value === ":") return dated > 0;
  }
  return dated > 0;
}

/**
 * "MINSK, 5 March –", "New York, 24 September 2013", "KABUL, Afghanistan (Jan. 25, 2013)",
 * "Strasbourg 26/01/2022". Above the headline (`above`), only a city with a date is one.
 */
function datelineOf(words: readonly Word[], lexicon: VenueWords, above: boolean): Candidate | null {
  const values = baresOf(words);
  const city = openingCity(values);
  if (city) {
    const after = words[city.length];
    const punctuated = after && (after.value === "," || after.value === "(" || after.value === "-" || after.value === "–" || after.value === "—");
    const dated = after !== undefined && after.kind === "word" && dateFollows(words, city.length, lexicon);
    if ((punctuated && (!above || dateFollows(words, city.length + 1, lexicon))) || dated) {
      return datelinePlace(city.city, city.country, words, 0, city.length);
    }
  }
  const dateFirst = dateFirstDateline(words, values, lexicon);
  if (dateFirst) return dateFirst;
  if (above) return null;
  const unknown = unknownDatelineCity(words, values, lexicon);
  if (unknown) return unknown;
  // A country of at most four words, then a comma: without a comma there no words are made.
  if (!commaAmong(words, 1, 4)) return null;
  const country = matchCountryAt(values.slice(0, 4).map(titleCase), 0);
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

/** A comma among the tokens `from` to `to` (inclusive). */
function commaAmong(words: readonly Word[], from: number, to: number): boolean {
  for (let index = from; index <= to && index < words.length; index++) if ((words[index] as Word).value === ",") return true;
  return false;
}

/**
 * The city a line opens with, as written or in capitals ("MINSK": its first four words
 * title-cased). The title-cased words are made only when title-casing changes one of them:
 * otherwise they are the words just looked up, cut short, and name no city either.
 */
function openingCity(values: readonly string[]): CityMatch | null {
  const city = matchCityAt(values, 0);
  if (city !== null) return city;
  let changes = false;
  for (let index = 0; index < 4 && index < values.length && !changes; index++) changes = titleCaseChanges(values[index] as string);
  return changes ? matchCityAt(values.slice(0, 4).map(titleCase), 0) : null;
}

/** {@link titleCase} changes the word: one with a lower-case ASCII letter is never all capitals, and is left as it is. */
function titleCaseChanges(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
  }
  return titleCase(value) !== value;
}

/** The candidate of a city a head line gives, over its words `from` to `to` (exclusive). */
function datelinePlace(city: string, country: string | null, words: readonly Word[], from: number, to: number): Candidate {
  return { city, country, name: null, strength: DATELINE, inferred: false, start: (words[from] as Word).start, end: (words[to - 1] as Word).end };
}
