import type { VFile } from "vfile";
import type { ReleaseDocument, Sentence } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { matchCityAt } from "../../normalize/city.js";
import { matchCountryAt } from "../../normalize/country.js";
import "../title.js";

/** How many paragraphs from the headline on are read for a dateline. */
const DATELINE_PARAGRAPHS = 6;
/** How many paragraphs at each end of the page are read for a line naming the issuer's country. */
const EDGE_PARAGRAPHS = 3;
/** A line naming a country alone has at most this many words ("Government of the Republic of Korea"). */
const COUNTRY_LINE_WORDS = 6;

/**
 * The country of the body that issued the release, when the page tells: the city of its
 * dateline ("Cairo, 7 September 2022", "DOHA, May 08 (QNA) -"), else a line at the top or the
 * foot of the page that names a country alone ("SINGAPORE", "Government of Pakistan"). Null
 * when neither does. An ISO 3166-1 alpha-2 code.
 *
 * @example
 * ```ts
 * issuerCountryOf(document, file); // "EG" for a release datelined "Cairo, 7 September 2022"
 * ```
 */
export function issuerCountryOf(document: ReleaseDocument, file: VFile): string | null {
  const paragraphs = paragraphStarts(document);
  const titleEnd = file.data.title?.end ?? -1;
  let read = 0;
  for (const sentence of paragraphs) {
    if (document.toOriginal(sentence.start) < titleEnd) continue;
    if (++read > DATELINE_PARAGRAPHS) break;
    const city = datelineCity(sentence.words);
    if (city) return city;
  }
  const edges = [...paragraphs.slice(0, EDGE_PARAGRAPHS), ...paragraphs.slice(-EDGE_PARAGRAPHS)];
  for (const sentence of edges) {
    const country = countryLine(sentence);
    if (country) return country;
  }
  return null;
}

/** The first sentence of every paragraph. */
function paragraphStarts(document: ReleaseDocument): Sentence[] {
  const starts: Sentence[] = [];
  let last = -1;
  for (const sentence of document.sentences) {
    if (sentence.paragraph === last) continue;
    last = sentence.paragraph;
    starts.push(sentence);
  }
  return starts;
}

/** The country of the city a paragraph opens with, followed by a comma, a parenthesis or a dash. */
function datelineCity(words: readonly Word[]): string | null {
  const values = words.slice(0, 4).map((word) => titled(word.bare));
  const city = matchCityAt(values, 0);
  if (!city || city.ambiguous) return null;
  const after = words[city.length]?.value;
  return after === "," || after === "(" || after === "-" || after === "–" || after === "—" ? city.country : null;
}

/** A line that names a country and nothing else ("SINGAPORE", "Government of Pakistan", "Republic of Korea"). */
function countryLine(sentence: Sentence): string | null {
  const words = sentence.words.filter((word) => word.kind === "word");
  if (words.length === 0 || words.length > COUNTRY_LINE_WORDS) return null;
  const values = words.map((word) => titled(word.bare));
  for (let start = 0; start < values.length; start++) {
    const country = matchCountryAt(values, start);
    if (country && !country.adjective && start + country.length === values.length) return country.code;
    // Only "Government of" may stand before the country's name.
    if (start > 0 && words[start - 1]?.key !== "of") return null;
  }
  return null;
}

/** A word in capitals with only its first letter kept a capital ("SINGAPORE" → "Singapore"). */
function titled(value: string): string {
  return value.length > 1 && value === value.toUpperCase() ? value.charAt(0) + value.slice(1).toLowerCase() : value;
}
