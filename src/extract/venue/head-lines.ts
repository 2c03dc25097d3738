import type { VFile } from "vfile";
import type { ReleaseDocument } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { matchCityAt } from "../../normalize/city.js";
import { matchCountryAt } from "../../normalize/country.js";
import { matchVenueAt } from "../../normalize/venue.js";
import "../title.js";
import { COUNTRY_ONLY, DATELINE, PLACE_LINE, type Candidate } from "./candidate.js";
import { baresOf, keyAt, textOfWords, titleCase } from "./words.js";

/**
 * Reads the lines under the headline: a place line ("Novo-Ogaryovo, Moscow Region", "The
 * Kremlin, Moscow") and datelines at the start of a paragraph ("MINSK, 5 March –", "New York,
 * 24 September 2013"), adding a candidate for each to `out`.
 *
 * @example
 * ```ts
 * // "Talks in Minsk\n\nMINSK, 5 March – The ministers met."
 * collectHeadLines(document, file, candidates); // candidates: [{ city: "Minsk", country: "BY", strength: DATELINE, ... }]
 * ```
 */
export function collectHeadLines(document: ReleaseDocument, file: VFile, out: Candidate[]): void {
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
