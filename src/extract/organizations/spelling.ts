import { memoizeByText, memoizeOn } from "../../core/memo.js";
import { isDigitCode } from "../../core/text.js";
import { ORGANIZATION_HEADS } from "../../data/organizations.js";
import type { Lexicon } from "../../lexicon/index.js";
import { foldOrganizationWord, organizationNameKey } from "../../normalize/organization.js";
import { opensKnown, trieStartsOf, type TrieStarts } from "./gazetteer.js";

/**
 * What the organisation rules ask about one spelling of a token, the same wherever it occurs:
 * worked out once per spelling and lexicon, so that a capitalised word costs one lookup for
 * its case, folded forms, title and head tests and the gazetteer nodes it may open.
 */
export interface Spelling {
  /** The spelling without its possessive ending ("CSTO" of "CSTO's"). */
  readonly text: string;
  /** {@link POSSESSIVE}, {@link CAPITALIZED}, {@link ALL_CAPS} and {@link HYPHENATED}. */
  readonly flags: number;
  /** {@link foldOrganizationWord} of the text: for case-insensitive comparison. */
  readonly fold: string;
  /** The lower-case first hyphen part without dots ("us" for "U.S."), for title and stop-word lists. */
  readonly plain: string;
  /** A singular title or rank ("Secretary", "Chairperson-in-Office"). */
  readonly title: boolean;
  /** Heads an organisation's name when capitalised ("Ministry", "Council"). */
  readonly head: boolean;
  /** Not a stop word ("Our") nor a connector ("of"); with a capital and no title, a name word. */
  readonly nameable: boolean;
  /** Where the gazetteer's names and acronyms may start at a word of this spelling. */
  readonly starts: TrieStarts;
  /** A word of this spelling may head a name, start a gazetteer name or acronym, or be an acronym. */
  readonly mayMatter: boolean;
}

// Yes-or-no facts of a spelling, packed in one number.
export const POSSESSIVE = 1;
export const CAPITALIZED = 2;
export const ALL_CAPS = 4;
export const HYPHENATED = 8;

// Every capitalised word of every sentence let through is looked up, and connectors when the
// rules ask: remember the last few thousand distinct spellings.
const SPELLING_LIMIT = 20000;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const DOT = /\./g;

/** A lexicon's organisation words as sets, with the facts of spellings read by them. */
export interface NameLexicon {
  readonly runConnectors: ReadonlySet<string>;
  readonly complementConnectors: ReadonlySet<string>;
  readonly locatedHeads: ReadonlySet<string>;
  readonly locationConnectors: ReadonlySet<string>;
  /** Acronyms heading a ministry's name, by their text as written, with the name they stand for. */
  readonly headAcronyms: ReadonlyMap<string, string>;
  readonly jointWords: ReadonlySet<string>;
  readonly subjectOrganHeads: ReadonlySet<string>;
  readonly subjectConnectors: ReadonlySet<string>;
  /** The names every state's ministry of a kind bears, by their comparison keys ("ministry foreign affairs"). */
  readonly genericMinistries: ReadonlyMap<string, string>;
  readonly jointHeads: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly titleWords: ReadonlySet<string>;
  readonly postTitleWords: ReadonlySet<string>;
  readonly nonNameWords: ReadonlySet<string>;
  readonly pluralPersons: ReadonlySet<string>;
  readonly collegialHeads: ReadonlySet<string>;
  readonly stateWords: ReadonlySet<string>;
  readonly ownCountryWords: ReadonlySet<string>;
  readonly legalFormWords: ReadonlySet<string>;
  readonly parliamentaryWords: ReadonlySet<string>;
  readonly memberWords: ReadonlySet<string>;
  readonly administrationHeads: ReadonlySet<string>;
  readonly administrationModifiers: ReadonlySet<string>;
  readonly newsAgencyHeads: ReadonlySet<string>;
  readonly newsWords: ReadonlySet<string>;
  readonly unitWords: ReadonlySet<string>;
  readonly pressUnitWords: ReadonlySet<string>;
  readonly chamberHeads: ReadonlySet<string>;
  readonly localBodyWords: ReadonlySet<string>;
  readonly legislatorWords: ReadonlySet<string>;
  readonly forceHeads: ReadonlySet<string>;
  readonly genericForceWords: ReadonlySet<string>;
  readonly buildingHeads: ReadonlySet<string>;
  readonly shortReferenceOrgans: ReadonlySet<string>;
  readonly buildingWords: ReadonlySet<string>;
  readonly stateGroupHeads: ReadonlySet<string>;
  readonly superiorConnectors: ReadonlySet<string>;
  readonly superiorOrgans: ReadonlySet<string>;
  readonly companyHeads: ReadonlySet<string>;
  readonly regionWords: ReadonlySet<string>;
  /** Words of a ministry's portfolio ("affairs", "security", "resources"), by their fold: a complement's words, not a person's. */
  readonly portfolioWords: ReadonlySet<string>;
  /** Heads whose names list portfolios with commas ("Ministry of Energy, Water Resources and Irrigation"). */
  readonly portfolioBodyHeads: ReadonlySet<string>;
  /** Titles a portfolio follows ("minister" of "Minister of Energy"), by their fold. */
  readonly portfolioHeads: ReadonlySet<string>;
  /** What joins a title to its portfolio ("of", "for"). */
  readonly portfolioPrepositions: ReadonlySet<string>;
  /** The facts of a token's spelling (as written, possessive and all), worked out on first use. */
  readonly spellingOf: (written: string) => Spelling;
}

/**
 * The organisation words of a lexicon, as sets, built once per lexicon.
 *
 * @example
 * ```ts
 * nameLexiconOf(lexiconFor("en")).titleWords.has("secretary"); // true
 * ```
 */
export const nameLexiconOf = memoizeOn((lexicon: Lexicon): NameLexicon => {
  const words = lexicon.organizations;
  // Words are compared by their fold, which drops hyphens: the lists are folded alike, so that
  // "joint-stock" matches "Joint-Stock".
  const folded = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(foldOrganizationWord));
  const sets = {
    runConnectors: folded(words.runConnectors),
    complementConnectors: folded(words.complementConnectors),
    locatedHeads: folded(words.locatedHeads),
    locationConnectors: folded(words.locationConnectors),
    headAcronyms: new Map(words.headAcronyms),
    jointWords: folded(words.jointWords),
    subjectOrganHeads: folded(words.subjectOrganHeads),
    subjectConnectors: folded(words.subjectConnectors),
    // The first name of a key is its form ("Ministry of Foreign Affairs" before "Ministry for Foreign Affairs").
    genericMinistries: genericMinistriesOf(words),
    jointHeads: folded(words.jointHeads),
    nameConnectors: folded(words.nameConnectors),
    titleWords: new Set([...words.titleWords, ...folded(words.titleWords)]),
    postTitleWords: folded(words.postTitleWords),
    // Compared by the first hyphen part ("us" of "U.S.-based"), as written.
    nonNameWords: new Set(words.nonNameWords),
    pluralPersons: folded(words.pluralPersons),
    collegialHeads: folded(words.collegialHeads),
    stateWords: folded(words.stateWords),
    ownCountryWords: new Set(words.ownCountryWords),
    legalFormWords: folded(words.legalFormWords),
    parliamentaryWords: folded(words.parliamentaryWords),
    memberWords: folded(words.memberWords),
    administrationHeads: folded(words.administrationHeads),
    administrationModifiers: folded(words.administrationModifiers),
    newsAgencyHeads: folded(words.newsAgencyHeads),
    newsWords: folded(words.newsWords),
    unitWords: folded(words.unitWords),
    pressUnitWords: folded(words.pressUnitWords ?? []),
    chamberHeads: folded(words.chamberHeads ?? []),
    localBodyWords: folded(words.localBodyWords ?? []),
    legislatorWords: folded(words.legislatorWords ?? []),
    forceHeads: folded(words.forceHeads ?? []),
    genericForceWords: folded(words.genericForceWords ?? []),
    buildingHeads: folded(words.buildingHeads ?? []),
    shortReferenceOrgans: new Set(words.shortReferenceOrgans ?? []),
    portfolioWords: folded(lexicon.titles.portfolioWords),
    portfolioBodyHeads: folded(words.portfolioBodyHeads ?? []),
    portfolioHeads: folded(lexicon.titles.portfolioHeads),
    portfolioPrepositions: folded(lexicon.titles.portfolioPrepositions),
    buildingWords: folded(words.buildingWords ?? []),
    stateGroupHeads: folded(words.stateGroupHeads ?? []),
    superiorConnectors: folded(words.superiorConnectors ?? []),
    superiorOrgans: folded(words.superiorOrgans ?? []),
    companyHeads: folded(words.companyHeads ?? []),
    regionWords: folded(words.regionWords ?? []),
  };
  return { ...sets, spellingOf: memoizeByText((written) => computeSpelling(written, sets), SPELLING_LIMIT) };
});

function computeSpelling(written: string, lexicon: Omit<NameLexicon, "spellingOf">): Spelling {
  const cut = possessiveLength(written);
  const text = cut > 0 ? written.slice(0, written.length - cut) : written;
  const fold = foldOrganizationWord(text);
  const plain = plainOf(text);
  const capitalized = startsUpperCase(text);
  // A word opening in a lower-case ASCII letter (most words) has a lower-case letter.
  const allCaps = isLowerAscii(text.charCodeAt(0)) ? false : isAllCapsOrCode(text);
  const hyphenated = text.indexOf("-") >= 0;
  const head = ORGANIZATION_HEADS.has(fold) || lexicon.headAcronyms.has(text);
  const starts = trieStartsOf(text, fold, capitalized, hyphenated);
  return {
    text,
    flags: (cut > 0 ? POSSESSIVE : 0) | (capitalized ? CAPITALIZED : 0) | (allCaps ? ALL_CAPS : 0) | (hyphenated ? HYPHENATED : 0),
    fold,
    plain,
    title: lexicon.titleWords.has(plain) || lexicon.titleWords.has(fold),
    head,
    nameable: !lexicon.nonNameWords.has(plain) && !lexicon.nonNameWords.has(fold) && !lexicon.runConnectors.has(fold) && !isInitialedSurname(text),
    starts,
    // A capitalised compound may open a joint body's name ("Franco-Kazakh joint commission").
    mayMatter: (capitalized && head) || opensKnown(starts) || allCaps || (capitalized && hyphenated),
  };
}

/**
 * "D.Davaasuren", "Zh.Kulubaev", "S.V.Zas": a person's initials glued to the surname, which
 * ends a body's name before it ("State Secretary of the Ministry of Foreign Affairs
 * D.Davaasuren"). Initials are a capital, maybe one small letter ("Zh."), and a dot; the
 * surname a capital and small letters. "St." opens a place ("St.Petersburg").
 */
function isInitialedSurname(text: string): boolean {
  let index = 0;
  let initials = 0;
  while (index < text.length) {
    if (!isUpperAscii(text.charCodeAt(index))) break;
    let next = index + 1;
    if (isLowerAscii(text.charCodeAt(next)) && text.charCodeAt(next + 1) === 46) next++;
    if (text.charCodeAt(next) !== 46) break;
    if (text.slice(index, next) === "St") return false;
    initials++;
    index = next + 1;
  }
  if (initials === 0 || initials > 3 || !isUpperAscii(text.charCodeAt(index))) return false;
  let small = 0;
  for (let at = index + 1; at < text.length; at++) {
    if (!isLowerAscii(text.charCodeAt(at))) return false;
    small++;
  }
  return small >= 2;
}

/** An upper-case ASCII letter's code. */
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;

/** The lower-case first hyphen part of a text without dots ("us" for "U.S.-Russia"). */
function plainOf(text: string): string {
  let first = text;
  if (text.indexOf("-") >= 0) {
    // The first non-empty part, as the parts are cut.
    for (const part of text.split("-")) {
      if (part.length > 0) {
        first = part;
        break;
      }
    }
  }
  const lower = first.toLowerCase();
  return lower.indexOf(".") >= 0 ? lower.replace(DOT, "") : lower;
}

/** A lower-case ASCII letter's code: most words open with one, and it tells most of what the rules ask. */
export const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/** The first UTF-16 unit is not its own lower case: an upper-case (or title-case) letter. */
function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * "'s" or a bare closing apostrophe ends the word. Unlike {@link Word.possessive}, "'S" in
 * capitals is kept ("CSTO'S" in a shouted headline) and so are "O'"-style names ("D'Hondt's").
 */
function possessiveLength(text: string): number {
  const length = text.length;
  if (length <= 2) return 0;
  const last = text.charCodeAt(length - 1);
  let cut = 0;
  if (last === APOSTROPHE || last === RIGHT_QUOTE) cut = 1;
  else if (last === 115) {
    const previous = text.charCodeAt(length - 2);
    if (previous === APOSTROPHE || previous === RIGHT_QUOTE) cut = 2;
  }
  if (cut === 0) return 0;
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90 && text.charCodeAt(1) === APOSTROPHE) return 0;
  return cut;
}

/** At least two letters and none in lower case ("OSCE", "U.N."), or a capital and a digit ("G20"). */
function isAllCapsOrCode(text: string): boolean {
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isLowerAscii(code)) return false;
    if (code >= 65 && code <= 90) {
      letters++;
      continue;
    }
    if (code < 128) continue;
    const char = text.charAt(index);
    if (char.toUpperCase() === char.toLowerCase()) continue;
    if (char !== char.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2 || (letters === 1 && isUpperThenDigit(text));
}

function isUpperThenDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90 && isDigitCode(text.charCodeAt(1));
}


/**
 * The names every state's ministry of a kind bears, by their comparison keys, with the form to
 * write: the first name of a key ("Ministry of Foreign Affairs" before "Ministry for Foreign
 * Affairs"), and a short name of such a ministry ("Foreign Ministry") with its full name.
 */
function genericMinistriesOf(words: Lexicon["organizations"]): ReadonlyMap<string, string> {
  const generic = new Map([...words.genericMinistries].reverse().map((name) => [organizationNameKey(name), name]));
  for (const [short, full] of words.ministryShortNames ?? []) {
    const form = generic.get(organizationNameKey(full));
    if (form !== undefined) generic.set(organizationNameKey(short), form);
  }
  return generic;
}
