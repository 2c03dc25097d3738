import type { VFile } from "vfile";
import type { ReleaseDocument, Sentence } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { matchCityAt } from "../../normalize/city.js";
import { countryCapital, matchCountryAt } from "../../normalize/country.js";
import { memoizeOn } from "../../core/memo.js";
import { lexiconFor, type Lexicon } from "../../lexicon/index.js";
import "../title.js";

/** How many paragraphs from the headline on are read for a dateline. */
const DATELINE_PARAGRAPHS = 6;
/** How many paragraphs at each end of the page are read for a line naming the issuer's country. */
const EDGE_PARAGRAPHS = 3;
/** A line of the page's header this short (in tokens) may part the issuer's name and its country with a comma. */
const HEADER_LINE_TOKENS = 10;

/** How many sentences at each end of the page are read for the form of the issuer's country. */
const EDGE_LINES = 6;
/** A line naming a country alone has at most this many words ("Government of the People's Republic of Bangladesh"). */
const COUNTRY_LINE_WORDS = 8;

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
  return issuerOf(document, file)?.code ?? null;
}

/** The issuer's country, and the form a line of the page names it by ("Republic of Serbia"), when a line does. */
export interface IssuerCountry {
  readonly code: string;
  /** The country's name as a line at the top or the foot of the page writes it, or null (a dateline's city told). */
  readonly form: string | null;
}

/**
 * {@link issuerCountryOf} with the form of the country's name the page uses, for naming the
 * issuer's ministry as the page does ("Ministry of Foreign Affairs" under "Republic of Serbia").
 *
 * @example
 * ```ts
 * issuerOf(document, file); // { code: "RS", form: "Republic of Serbia" }
 * ```
 */
export function issuerOf(document: ReleaseDocument, file: VFile, options: { readonly headerFirst?: boolean } = {}): IssuerCountry | null {
  const prefixes = prefixesOf(lexiconFor(document.language));
  const paragraphs = paragraphStarts(document);
  const titleEnd = file.data.title?.end ?? -1;
  // "Ministry of Foreign Affairs / Government of Pakistan" above a release datelined Beijing: the
  // page's header names the issuer; the dateline, where a visit abroad took it.
  if (options.headerFirst === true) {
    const header = headerCountryOf(document, file);
    if (header) return header;
  }
  let read = 0;
  for (const sentence of paragraphs) {
    if (document.toOriginal(sentence.start) < titleEnd) continue;
    if (++read > DATELINE_PARAGRAPHS) break;
    const city = datelineCity(sentence.words, lexiconFor(document.language).calendar.months);
    if (city) return { code: city, form: edgeForm(document, city, prefixes) };
  }
  const edges = [...paragraphs.slice(0, EDGE_PARAGRAPHS), ...paragraphs.slice(-EDGE_PARAGRAPHS)];
  for (const sentence of edges) {
    const country = countryLine(sentence, prefixes);
    if (country) return country;
  }
  return null;
}

/**
 * The country a line of the page's header names alone, above the headline ("REPUBLIC OF
 * GHANA" under the ministry's name), or null: the state the issuer belongs to, wherever the
 * release's event took place.
 *
 * @example
 * ```ts
 * headerCountryOf(document, file); // { code: "GH", form: "REPUBLIC OF GHANA" }
 * ```
 */
export function headerCountryOf(document: ReleaseDocument, file: VFile): IssuerCountry | null {
  const titleEnd = file.data.title?.end ?? -1;
  if (titleEnd < 0) return null;
  const prefixes = prefixesOf(lexiconFor(document.language));
  for (const sentence of document.sentences) {
    if (document.toOriginal(sentence.start) >= titleEnd) break;
    const country = countryLine(sentence, prefixes);
    if (country) return country;
  }
  return null;
}

/** The form a line at an edge of the page (its first or last lines) names the country `code` by, or null. */
function edgeForm(document: ReleaseDocument, code: string, prefixes: ReadonlySet<string>): string | null {
  const sentences = document.sentences;
  const edges = sentences.length <= 2 * EDGE_LINES ? sentences : [...sentences.slice(0, EDGE_LINES), ...sentences.slice(-EDGE_LINES)];
  for (const sentence of edges) {
    const country = countryLine(sentence, prefixes);
    if (country?.code === code) return country.form;
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

/**
 * The country of the city a paragraph opens with, followed by a comma, a parenthesis or a dash;
 * a city whose name is also a person's ("Sofia") only when a date follows ("Sofia, 11 February").
 */
function datelineCity(words: readonly Word[], months: ReadonlyMap<string, unknown>): string | null {
  // A city of at most four words ends where the punctuation stands: a paragraph without it among
  // its second to fifth tokens (most) is no dateline, and no word of it need be looked up.
  if (!datelinePunctuationAmong(words, 1, 4)) return null;
  const values = words.slice(0, 4).map((word) => titled(word.bare));
  const city = matchCityAt(values, 0);
  if (!city || (city.ambiguous && !dateAfterPunctuation(words, city.length, months))) return capitalNamedByCountry(words, values);
  const after = words[city.length]?.value;
  return after !== undefined && isDatelinePunctuation(after) ? city.country : null;
}

/**
 * "KUWAIT, Nov 2 (KUNA) -": a dateline that names its city by the name of the country whose
 * capital bears it ("Kuwait City", "Panama City"): that country.
 */
function capitalNamedByCountry(words: readonly Word[], values: readonly string[]): string | null {
  const country = matchCountryAt(values, 0);
  if (!country || country.adjective) return null;
  const after = words[country.length]?.value;
  if (after === undefined || !isDatelinePunctuation(after)) return null;
  const name = values.slice(0, country.length).join(" ");
  const capital = countryCapital(country.code);
  return capital !== null && capital.startsWith(`${name} `) ? country.code : null;
}

/** "," "(" or a dash: what ends a dateline's city. */
function isDatelinePunctuation(value: string): boolean {
  return value === "," || value === "(" || value === "-" || value === "–" || value === "—";
}

/** Some token from `from` to `to` (inclusive) is {@link isDatelinePunctuation}. */
function datelinePunctuationAmong(words: readonly Word[], from: number, to: number): boolean {
  for (let index = from; index <= to && index < words.length; index++) if (isDatelinePunctuation((words[index] as Word).value)) return true;
  return false;
}

/**
 * A line that names a country and nothing else ("SINGAPORE", "Government of Pakistan",
 * "Republic of Korea"), or ends with one after a dash or a bar ("Ministry of Foreign Affairs -
 * Republic of Paraguay"), with the country's name as the line writes it.
 */
function countryLine(sentence: Sentence, prefixes: ReadonlySet<string>): IssuerCountry | null {
  let from = 0;
  // "Ministry of Foreign Affairs, Kingdom of Thailand": a comma parts a short line of the page's
  // header too, never a sentence ("The talks were held in Bishkek, Kyrgyzstan.").
  const header = sentence.words.length <= HEADER_LINE_TOKENS && sentence.words[sentence.words.length - 1]?.value !== ".";
  for (let index = 0; index < sentence.words.length; index++) {
    const value = (sentence.words[index] as Word).value;
    if (value === "-" || value === "–" || value === "—" || value === "|" || (header && value === ",")) from = index + 1;
  }
  // Counted before any list is made: most sentences hold too many words to be such a line.
  let count = 0;
  for (let index = from; index < sentence.words.length && count <= COUNTRY_LINE_WORDS; index++) if ((sentence.words[index] as Word).kind === "word") count++;
  if (count === 0 || count > COUNTRY_LINE_WORDS) return null;
  const words = sentence.words.slice(from).filter((word) => word.kind === "word");
  const values = words.map((word) => titled(word.bare));
  // "People's Republic of Bangladesh": the official name keeps its possessive.
  let written: string[] | undefined;
  for (let start = 0; start < values.length; start++) {
    const country = matchCountryAt(values, start) ?? matchCountryAt((written ??= words.map((word) => titled(word.value))), start);
    if (country && !country.adjective && start + country.length === values.length) {
      const first = words[start] as Word;
      const last = words[values.length - 1] as Word;
      const form = sentence.words.some((word) => word.allCaps && word.bare.length > 3) ? null : textBetween(sentence, first, last);
      return { code: country.code, form };
    }
    // Only "Government of (the)" may stand before the country's name.
    if (!prefixes.has((words[start] as Word).key)) return null;
  }
  return null;
}

const prefixesOf = memoizeOn((lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.organizations.countryLinePrefixes ?? []));

/** The words from `first` to `last` of a sentence, joined as written (glued tokens kept glued: "People's"). */
function textBetween(sentence: Sentence, first: Word, last: Word): string {
  let text = "";
  for (const word of sentence.words) {
    if (word.start < first.start) continue;
    if (word.start > last.start) break;
    text += (text.length > 0 && word.spaceBefore ? " " : "") + word.value;
  }
  return text;
}

/** A word in capitals with only its first letter kept a capital ("SINGAPORE" → "Singapore"). */
function titled(value: string): string {
  return value.length > 1 && value === value.toUpperCase() ? value.charAt(0) + value.slice(1).toLowerCase() : value;
}

/** Dateline punctuation at `at`, then a day or a month's name ("Sofia, 11 February", "Sofia, February 11"). */
function dateAfterPunctuation(words: readonly Word[], at: number, months: ReadonlyMap<string, unknown>): boolean {
  const punctuation = words[at]?.value;
  const date = words[at + 1];
  if (punctuation === undefined || !isDatelinePunctuation(punctuation) || date === undefined) return false;
  const first = date.value.charCodeAt(0);
  return (first >= 48 && first <= 57) || months.has(date.key);
}
