// The people extractor's view of the gazetteers: one place where titles, countries, honorifics
// and given names are looked up, so the chunker reads as grammar, not as data access.
import { NAME_PARTICLES, NON_NAME_WORDS } from "../../lexicon/en/names.js";
import { PORTFOLIO_WORDS } from "../../lexicon/en/titles.js";
import { ORGANIZATION_HEADS } from "../../data/organizations.js";
import { COUNTRIES } from "../../data/countries.js";
import { matchCityAt } from "../../normalize/city.js";
import { matchCountryAt } from "../../normalize/country.js";
import { isGivenName as knownGivenName } from "../../normalize/given-name.js";
import { foldedParts } from "../../normalize/phrase-index.js";
import { isHonorific as knownHonorific, matchTitleAt, mayStartTitle } from "../../normalize/title.js";
import type { Word } from "../words.js";

/** The kind of a title: decides whether a person's country or organisation is asked for. */
export type TitleKind = string;

/** A title found at a word. */
export interface TitleHit {
  readonly title: string;
  readonly kind: TitleKind;
  /** Number of words it spans. */
  readonly length: number;
  /** A plural title ("Foreign Ministers"). */
  readonly plural: boolean;
}

/**
 * The title starting at word `index`, if any. Titles in running text are capitalised; a
 * lower-case one ("chief of the Joint Staff") counts only where the caller allows it, in an
 * apposition after a name.
 */
export function titleAt(
  values: readonly string[],
  index: number,
  words: readonly Word[],
  options: { readonly allowLowerCase?: boolean } = {},
): TitleHit | null {
  const first = words[index];
  if (!first || first.kind !== "word") return null;
  if (!first.capitalized && !options.allowLowerCase) return null;
  const hit = matchTitleAt(values, index);
  if (!hit) {
    // "chief of the CSTO Joint Staff", "head of the department": a post named by its unit.
    const head = (values[index] ?? "").toLowerCase();
    if (UNIT_HEADS.has(head) && (values[index + 1] ?? "").toLowerCase() === "of") {
      return { title: values[index] as string, kind: "io-official", length: 1, plural: false };
    }
    return null;
  }
  // The title matcher's answer carries every field of a TitleHit: handed on as it is.
  return hit;
}

/** Nouns of posts that take the unit they head as complement. */
const UNIT_HEADS: ReadonlySet<string> = new Set(["chief", "head", "director", "commander", "chairman", "chair", "leader"]);

/** The country (name or adjective) starting at word `index`, if any. */
export function countryAt(values: readonly string[], index: number): { code: string; length: number } | null {
  return matchCountryAt(values, index);
}

/** The city starting at word `index`, if any. */
export function cityAt(values: readonly string[], index: number): { readonly length: number; readonly country: string } | null {
  return matchCityAt(values, index);
}

/** "Mr", "Ms", "H.E.", "Dr" and the like. */
export function isHonorific(value: string): boolean {
  return knownHonorific(value);
}

/** A known given name ("Sergey", "Kassym-Jomart"). */
export function isGivenName(value: string): boolean {
  return knownGivenName(value);
}

/** A particle that stands inside names ("Le", "de", "van", "bin"). */
export function isNameParticle(value: string): boolean {
  return NAME_PARTICLES.has(value.toLowerCase());
}

/**
 * {@link isNameParticle} of a word, read from its lower-case form.
 *
 * @example
 * ```ts
 * isParticleWord(wordsOf(sentence)[1]); // true for "van" in "Mark van Rutte"
 * ```
 */
export function isParticleWord(word: Word): boolean {
  return NAME_PARTICLES.has(word.lower);
}

const PORTFOLIO: ReadonlySet<string> = new Set(PORTFOLIO_WORDS);

/** A word of a ministerial portfolio ("Foreign", "Affairs", "Defence"), which titles are made of. */
export function isPortfolioWord(value: string): boolean {
  return PORTFOLIO.has(value.toLowerCase());
}

/** A capitalised word (given in lower case) that is never part of a personal name. */
export function isNonNameWord(lower: string): boolean {
  // Head nouns of organisations' names ("Board", "Commission", "Service") end a body's name, not a person's.
  return NON_NAME_WORDS.has(lower) || PORTFOLIO.has(lower) || ORGANIZATION_HEADS.has(lower);
}

/**
 * What the chunker asks about a capitalised word token, answered once per spelling: most
 * capitalised words start no title and no country, and one lookup here spares the walks of
 * both gazetteers.
 */
export interface CapitalizedWord {
  /** A title may start at the word ({@link titleAt} decides). */
  readonly mayStartTitle: boolean;
  /** A country may start at the word ({@link countryAt} decides). */
  readonly mayStartCountry: boolean;
  /** {@link isHonorific} of the word without its possessive ending. */
  readonly honorific: boolean;
  /** {@link isNonNameWord} of the word's lower-case form. */
  readonly nonName: boolean;
  /**
   * The word alone is a title ("President", "Mr"): {@link titleAt} finds one there whatever
   * follows, so the word is never a name but inside one ("Hossein Amir Abdollahian").
   */
  readonly title: boolean;
}

const capitalizedWords = new Map<string, CapitalizedWord>();
/** Releases share most of their capitalised words; the facts of the last few thousand are kept. */
const MAX_CAPITALIZED_WORDS = 20000;

/**
 * The facts of a capitalised word token ({@link Word}, kind "word"), remembered by spelling.
 *
 * @example
 * ```ts
 * capitalizedWord(wordsOf(sentence)[0]).mayStartTitle; // true for "Deputy", false for "Moscow"
 * ```
 */
export function capitalizedWord(word: Word): CapitalizedWord {
  let facts = capitalizedWords.get(word.value);
  if (!facts) {
    const mayTitle = mayStartTitle(word.value) || UNIT_HEADS.has(word.lower);
    facts = {
      mayStartTitle: mayTitle,
      mayStartCountry: mayStartCountry(word.value),
      honorific: isHonorific(word.bare),
      nonName: isNonNameWord(word.lower),
      title: mayTitle && matchTitleAt([word.value], 0) !== null,
    };
    if (capitalizedWords.size >= MAX_CAPITALIZED_WORDS) capitalizedWords.clear();
    capitalizedWords.set(word.value, facts);
  }
  return facts;
}

// The first folded word of every name the country matcher is built from (normalize/country.ts
// indexes each record's name, official name, other names, adjectives and acronyms; blocking
// phrases only ever take matches away). A token whose first part is none of these starts no
// country. Keep in step with that index.
let countryStarts: ReadonlySet<string> | undefined;

function buildCountryStarts(): Set<string> {
  const starts = new Set<string>();
  const add = (name: string): void => {
    const first = foldedParts(name)[0];
    if (first !== undefined) starts.add(first);
  };
  for (const country of COUNTRIES) {
    add(country.name);
    add(country.official);
    for (const name of country.names) add(name);
    for (const adjective of country.adjectives) add(adjective);
    for (const acronym of country.acronyms) add(acronym);
  }
  return starts;
}

/** False when no country name starts at this token whatever follows (possessives read both ways, as the matcher does). */
function mayStartCountry(token: string): boolean {
  const starts = (countryStarts ??= buildCountryStarts());
  const first = foldedParts(token)[0];
  if (first !== undefined && starts.has(first)) return true;
  if (!/['\u2019][sS]$/u.test(token)) return false;
  const owner = foldedParts(token.slice(0, -2))[0];
  return owner !== undefined && starts.has(owner);
}
