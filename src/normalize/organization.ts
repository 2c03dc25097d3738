import { lazy, memoizeByText } from "../core/memo.js";
import { ORGANIZATIONS, ORGANIZATION_HEADS, type OrganizationEntry, type OrganizationSeat } from "../data/organizations.js";
import { lexiconFor } from "../lexicon/index.js";
import { countryCode } from "./country.js";

// The gazetteer's names are English, whatever the release's language: they compare by the
// English lexicon's spellings and connectors.
const GAZETTEER_LEXICON = lexiconFor("en");

/** Spellings that differ between British and American usage, folded to one form. */
const SPELLINGS: ReadonlyMap<string, string> = new Map(GAZETTEER_LEXICON.organizations.spellingVariants);

const COMBINING_MARKS = /\p{M}+/gu;
const JOINERS = /['\u2018\u2019\u02bc`\u00b4\u2010\u2011\u2012\u2013-]/g;
const ISATION = /isation(s?)$/;

/** Words a name may contain in lower case; ignored when names are compared. */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(GAZETTEER_LEXICON.organizations.nameConnectors);

/** Every word of every sentence is folded: remember the last few thousand distinct words. */
const FOLD_CACHE_LIMIT = 20000;

/**
 * Folds one word for comparison: diacritics and apostrophes dropped, lower case, hyphens
 * removed ("Co-operation" = "cooperation"), British spellings made American.
 *
 * @example
 * ```ts
 * foldOrganizationWord("Co-operation"); // "cooperation"
 * foldOrganizationWord("Organisation"); // "organization"
 * ```
 */
export const foldOrganizationWord: (word: string) => string = memoizeByText(foldWord, FOLD_CACHE_LIMIT);

function foldWord(word: string): string {
  let folded: string;
  // Plain ASCII letters (most words) skip Unicode normalisation.
  if (isPlainLetters(word)) folded = word.toLowerCase();
  else {
    folded = word.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
    if (!isPlainLetters(folded)) folded = folded.replace(JOINERS, "");
  }
  if (folded.endsWith("isation") || folded.endsWith("isations")) folded = folded.replace(ISATION, "ization$1");
  return SPELLINGS.get(folded) ?? folded;
}

/** Only the letters A-Z and a-z (or nothing). */
function isPlainLetters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index) | 32;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Splits a name into its words (spaces, slashes and commas separate; hyphens join). */
export function organizationNameWords(name: string): string[] {
  return name.split(/[\s,/()]+/).filter((word) => word.length > 0);
}

// Names are keyed again and again (each mention, each organ check, each venue phrase tried):
// remember the last few thousand.
const MEMO_LIMIT = 5000;

/** The comparison key of a whole name: folded words, connectors dropped. */
export const organizationNameKey: (name: string) => string = memoizeByText(computeNameKey, MEMO_LIMIT);

function computeNameKey(name: string): string {
  const words: string[] = [];
  for (const word of organizationNameWords(name.replace(/['\u2019]s\b/g, ""))) {
    const folded = foldOrganizationWord(word.replace(/[.]$/, ""));
    if (folded.length > 0 && !NAME_CONNECTORS.has(folded)) words.push(folded);
  }
  return words.join(" ");
}

/** The comparison key of an acronym: letters and digits only, upper case. */
export function acronymKey(acronym: string): string {
  return acronym.replace(/[^\p{L}\p{N}+]/gu, "").toUpperCase();
}

interface Lookup {
  readonly entry: OrganizationEntry;
  /** True when the string names an organ of the entry, not the entry itself. */
  readonly organ: boolean;
}

interface Indexes {
  readonly byName: ReadonlyMap<string, Lookup>;
  readonly byAcronym: ReadonlyMap<string, Lookup>;
  /** The longest key of either map: a longer stretch of words can match neither. */
  readonly longestKey: number;
}

// Built on the first lookup, so importing the module costs nothing until one is made.
const indexes = lazy((): Indexes => {
  const byName = new Map<string, Lookup>();
  const byAcronym = new Map<string, Lookup>();
  for (const entry of ORGANIZATIONS) {
    for (const name of [entry.name, ...entry.variants]) byName.set(organizationNameKey(name), { entry, organ: false });
    for (const name of entry.organNames) {
      const key = organizationNameKey(name);
      if (!byName.has(key)) byName.set(key, { entry, organ: true });
    }
    for (const acronym of [entry.acronym, ...entry.acronyms]) if (acronym) byAcronym.set(acronymKey(acronym), { entry, organ: false });
    for (const acronym of entry.organAcronyms) {
      const key = acronymKey(acronym);
      if (!byAcronym.has(key)) byAcronym.set(key, { entry, organ: true });
    }
  }
  let longestKey = 0;
  for (const key of byName.keys()) longestKey = Math.max(longestKey, key.length);
  for (const key of byAcronym.keys()) longestKey = Math.max(longestKey, key.length);
  return { byName, byAcronym, longestKey };
});

/**
 * Finds the gazetteer entry a name, variant, acronym or organ name stands for ("OSCE",
 * "Organisation for Security and Cooperation in Europe", "the UN General Assembly").
 * Internal: the plugin and the public normalizers share it.
 */
export const lookupOrganization: (nameOrAcronym: string) => Lookup | null = memoizeByText(computeLookup, MEMO_LIMIT);

function computeLookup(nameOrAcronym: string): Lookup | null {
  const text = nameOrAcronym.trim();
  if (text.length === 0) return null;
  const index = indexes();
  const byAcronym = index.byAcronym.get(acronymKey(text));
  if (byAcronym && !/\s/.test(text.replace(/^the\s+/i, ""))) return byAcronym;
  const key = organizationNameKey(text);
  const byName = index.byName.get(key);
  if (byName) return byName;
  if (byAcronym) return byAcronym;
  return lookupOrganByParent(key, index);
}

/**
 * "OSCE Secretariat", "Secretariat of the OSCE": an organ noun phrase around a known name.
 * Only stretches of words no longer than the longest key are tried, so a long phrase costs
 * time linear in its length.
 */
function lookupOrganByParent(key: string, index: Indexes): Lookup | null {
  const words = key.split(" ");
  if (words.length < 2) return null;
  // letters[i]: characters of the words before word i, spaces left out.
  const letters = [0];
  for (const word of words) letters.push((letters[letters.length - 1] as number) + word.length);
  const lettersOf = (start: number, end: number): number => (letters[end] as number) - (letters[start] as number);
  if (ORGANIZATION_HEADS.has(words[words.length - 1] ?? "")) {
    // "OSCE Conflict Prevention Centre": the parent opens the phrase.
    for (let end = words.length - 1; end >= 1; end--) {
      if (lettersOf(0, end) > index.longestKey) continue;
      const found = lookupKey(words.slice(0, end).join(" "), index);
      if (found) return { entry: found.entry, organ: true };
    }
  }
  // "Secretariat of the OSCE": the parent closes the phrase, after an organ noun.
  for (let start = 1; start < words.length; start++) {
    if (!ORGANIZATION_HEADS.has(words[start - 1] ?? "")) continue;
    if (lettersOf(start, words.length) > index.longestKey) continue;
    const found = lookupKey(words.slice(start).join(" "), index);
    if (found) return { entry: found.entry, organ: true };
  }
  return null;
}

function lookupKey(key: string, index: Indexes): Lookup | undefined {
  return index.byName.get(key) ?? index.byAcronym.get(key.replace(/ /g, "").toUpperCase());
}

/**
 * Maps a name, a spelling variant or an acronym of an organisation to its canonical form;
 * an organ ("UN Security Council", "OSCE Secretariat") maps to its parent organisation.
 *
 * @param nameOrAcronym - What the text calls the organisation.
 * @returns `{ name, acronym }` of the gazetteer entry, or null when the organisation is unknown.
 *
 * @example
 * ```ts
 * import { normalizeOrganization } from "communique";
 * normalizeOrganization("Organisation for Security and Cooperation in Europe");
 * // { name: "Organization for Security and Co-operation in Europe", acronym: "OSCE" }
 * normalizeOrganization("ODKB"); // { name: "Collective Security Treaty Organization", acronym: "CSTO" }
 * normalizeOrganization("Ministry of Magic"); // null
 * ```
 *
 * @group Normalizers
 */
export function normalizeOrganization(nameOrAcronym: string): { name: string; acronym: string | null } | null {
  if (typeof nameOrAcronym !== "string") return null;
  const found = lookupOrganization(nameOrAcronym);
  return found ? { name: found.entry.name, acronym: found.entry.acronym } : null;
}

/**
 * The fixed seat of an organisation the gazetteer knows: where "at the CSTO Secretariat" or
 * "at OSCE headquarters" is. Organs have their parent's seat.
 *
 * @param nameOrAcronym - A name, variant, acronym or organ name.
 * @returns `{ city, country }` (ISO alpha-2), or null when unknown or seatless (forums).
 *
 * @example
 * ```ts
 * import { organizationSeat } from "communique";
 * organizationSeat("CSTO"); // { city: "Moscow", country: "RU" }
 * organizationSeat("Shanghai Cooperation Organization"); // { city: "Beijing", country: "CN" }
 * organizationSeat("G20"); // null
 * ```
 *
 * @group Normalizers
 */
export function organizationSeat(nameOrAcronym: string): OrganizationSeat | null {
  if (typeof nameOrAcronym !== "string") return null;
  const found = lookupOrganization(nameOrAcronym);
  return found?.entry.seat ? { city: found.entry.seat.city, country: found.entry.seat.country } : null;
}

/**
 * Official names of states that take "the" in English ("the Republic of Kazakhstan", "the
 * Russian Federation"): machine translation from Russian, which has no articles, drops it.
 */
const ARTICLE_STATE_FORMS: readonly string[] = [
  "Republic of", "Russian Federation", "Kyrgyz Republic", "Slovak Republic", "Czech Republic", "Islamic Republic of",
  "People's Republic of", "Federal Republic of", "Democratic Republic of", "United States", "United Kingdom",
  "United Arab Emirates", "Kingdom of", "Sultanate of", "Principality of", "Grand Duchy of", "State of",
];

/**
 * A body's English name with "the" restored before a state's official name after "of"
 * ("Security Council of Republic of Kazakhstan" → "Security Council of the Republic of
 * Kazakhstan"). Names already written with the article are returned as they are.
 *
 * @example
 * ```ts
 * withStateArticles("Federal Security Service of Russian Federation"); // "Federal Security Service of the Russian Federation"
 * ```
 */
export function withStateArticles(name: string): string {
  if (name.indexOf(" of ") < 0) return name;
  let result = name;
  for (const form of ARTICLE_STATE_FORMS) {
    const bare = ` of ${form}`;
    let at = result.indexOf(bare);
    while (at >= 0) {
      const end = at + bare.length;
      // A whole word after the form: "of Republic of" but not "of Republican".
      const next = result.charCodeAt(end);
      if (Number.isNaN(next) || next === 32 || next === 44) {
        result = `${result.slice(0, at)} of the ${form}${result.slice(end)}`;
        at = result.indexOf(bare, end + 4);
      } else {
        at = result.indexOf(bare, end);
      }
    }
  }
  return result;
}

/** Words a name writes in lower case inside it ("of", "and", "de"): the English lexicon's connectors. */
const LOWER_CASE_WORDS: ReadonlySet<string> = new Set([
  ...GAZETTEER_LEXICON.organizations.nameConnectors,
  ...GAZETTEER_LEXICON.organizations.complementConnectors,
  ...GAZETTEER_LEXICON.organizations.runConnectors,
]);

const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;
const VOWEL = /[AEIOUY\u00c0-\u00dd]/;
const ROMAN_NUMERAL = /^[IVX]{1,4}$/;

/**
 * A name written all in capitals, as a page's header writes it ("MINISTRY OF FOREIGN AFFAIRS
 * AND INTERNATIONAL COOPERATION"), in its usual form: each word with a capital first letter,
 * connectors in lower case after the first word, and acronyms kept in capitals (those the
 * gazetteer knows, roman numerals, and words without a vowel: "JSC"). A name with a lower-case
 * letter anywhere, or of one word ("NTEC": an acronym), is returned as it is: its capitals are the text's own.
 *
 * @example
 * ```ts
 * recasedOrganizationName("MINISTRY OF TRADE OF THE REPUBLIC OF GHANA"); // "Ministry of Trade of the Republic of Ghana"
 * recasedOrganizationName("OSCE PARLIAMENTARY ASSEMBLY"); // "OSCE Parliamentary Assembly"
 * recasedOrganizationName("Ministry of Trade"); // "Ministry of Trade"
 * ```
 */
export function recasedOrganizationName(name: string): string {
  if (name.indexOf(" ") < 0 || LOWER_LETTER.test(name) || !LETTER.test(name)) return name;
  const words = name.split(" ");
  // "OF VIET NAM": a country's name after "of" is a name of words, whatever acronym one of them spells.
  let country = words.length;
  for (let of = words.length - 2; of > 0; of--) {
    if (words[of] !== "OF") continue;
    if (countryCode(words.slice(of + 1).map((word) => recasedWord(word, false)).join(" ")) !== null) country = of + 1;
    break;
  }
  return words
    .map((word, position) => {
      if (position > 0 && LOWER_CASE_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      return recasedWord(word, position < country);
    })
    .join(" ");
}

/** One word in capitals, its hyphen parts each recased ({@link recasedPart}). */
function recasedWord(word: string, acronyms: boolean): string {
  return word
    .split("-")
    .map((part) => recasedPart(part, acronyms))
    .join("-");
}

/**
 * One hyphen part of a word in capitals: an acronym as it is (when `acronyms`), any other word
 * with only its first letter a capital ("PEOPLE'S" → "People's").
 */
function recasedPart(part: string, acronyms: boolean): string {
  const letters = part.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return part;
  if (acronyms && (letters.length === 1 || ROMAN_NUMERAL.test(letters) || !VOWEL.test(letters) || indexes().byAcronym.has(acronymKey(part)))) return part;
  const first = part.search(LETTER);
  return part.slice(0, first + 1) + part.slice(first + 1).toLowerCase();
}
