import { memoizeOn } from "../core/memo.js";
import { lexiconFor, type Lexicon, type TitleKind, type TitleWords } from "../lexicon/index.js";
import { matchCountryAt } from "./country.js";
import { isGivenName } from "./given-name.js";
import { PhraseIndex, foldedParts } from "./phrase-index.js";

export type { TitleKind } from "../lexicon/index.js";

/** A title found by {@link matchTitleAt}. */
export interface TitleMatch {
  /** The title as written, with single spaces ("First Deputy Foreign Minister"). */
  readonly title: string;
  readonly kind: TitleKind;
  /** How many tokens the title covers, from the start index. */
  readonly length: number;
  /** A plural title ("Foreign Ministers", "Heads of State"). */
  readonly plural: boolean;
  /** Whether the first word starts with a capital; titles in running text usually do. */
  readonly capitalized: boolean;
}

interface TitleHit {
  readonly kind: TitleKind;
  readonly plural: boolean;
}

/** The lexicon a caller that names none reads. */
const ENGLISH = lexiconFor("en");
const ACRONYM = /^[A-Z.]+$/u;
/** Kinds that take no qualifier ("Deputy Mr" and "Acting Colonel" are no titles). */
const UNQUALIFIED_KINDS: ReadonlySet<TitleKind> = new Set(["honorific", "military"]);

/**
 * The title grammar of one lexicon: its title and qualifier indexes and its word lists as
 * sets, built together on the first lookup in that lexicon (importing the module costs
 * nothing until then).
 *
 * @example
 * ```ts
 * const grammar = titleGrammarOf(lexiconFor("en"));
 * grammar.matchAt(["Deputy", "Prime", "Minister", "Ivanov"], 0)?.title; // "Deputy Prime Minister"
 * ```
 */
export class TitleGrammar {
  readonly words: TitleWords;
  readonly portfolio: ReadonlySet<string>;
  readonly portfolioHeads: ReadonlySet<string>;
  readonly portfolioPrepositions: ReadonlySet<string>;
  readonly portfolioLinks: ReadonlySet<string>;
  readonly complementWords: ReadonlySet<string>;
  readonly sameOfficeQualifiers: ReadonlySet<string>;
  /** {@link TitleWords.portfolioState}'s words: empty when the language has none. */
  readonly statePrepositions: ReadonlySet<string>;
  readonly stateArticles: ReadonlySet<string>;
  readonly articledPortfolioHeads: ReadonlySet<string>;
  /** One-word honorifics, lower case, without a final dot. */
  readonly honorificWords: ReadonlySet<string>;
  readonly titles: PhraseIndex<TitleHit>;
  readonly qualifiers: PhraseIndex<string>;
  /**
   * The first folded word of every title and of every qualifier: a token whose first part is
   * none of them starts no title, and most capitalised words of a sentence are rejected by
   * this one lookup instead of two walks of the indexes.
   */
  readonly titleStarts: ReadonlySet<string>;
  readonly qualifierStarts: ReadonlySet<string>;

  constructor(lexicon: Lexicon) {
    const words = lexicon.titles;
    this.words = words;
    this.portfolio = new Set(words.portfolioWords);
    this.portfolioHeads = new Set(words.portfolioHeads);
    this.portfolioPrepositions = new Set(words.portfolioPrepositions);
    this.portfolioLinks = new Set(words.portfolioLinks);
    this.complementWords = new Set(words.complementWords);
    this.sameOfficeQualifiers = new Set(words.sameOfficeQualifiers);
    this.statePrepositions = new Set(words.portfolioState?.prepositions ?? []);
    this.stateArticles = new Set(words.portfolioState?.articles ?? []);
    this.articledPortfolioHeads = new Set(words.articledPortfolioHeads ?? []);
    const honorifics = lexicon.honorifics;
    this.honorificWords = new Set(
      [...honorifics.address, ...honorifics.academic, ...honorifics.knighthood, ...honorifics.styles, ...honorifics.ranks]
        .filter((title) => !title.includes(" "))
        .map((title) => title.toLowerCase().replace(/\.$/u, "")),
    );
    this.titles = buildIndex(this);
    this.qualifiers = buildQualifiers(words);
    this.titleStarts = firstPartsOf(this.titles);
    this.qualifierStarts = firstPartsOf(this.qualifiers);
  }

  /** {@link matchTitleAt} in this grammar's lexicon. */
  matchAt(words: readonly string[], index: number): TitleMatch | null {
    return matchIn(this, words, index);
  }

  /** {@link mayStartTitle} in this grammar's lexicon. */
  mayStart(token: string): boolean {
    return mayStartIn(this.titleStarts, token) || mayStartIn(this.qualifierStarts, token);
  }

  /** {@link isHonorific} in this grammar's lexicon. */
  isHonorific(word: string): boolean {
    return this.honorificWords.has(word.toLowerCase().replace(/\.$/u, ""));
  }
}

/**
 * The title grammar of a lexicon, built once.
 *
 * @example
 * ```ts
 * titleGrammarOf(lexiconFor("en")).isHonorific("Mr."); // true
 * ```
 */
export const titleGrammarOf: (lexicon: Lexicon) => TitleGrammar = memoizeOn((lexicon: Lexicon) => new TitleGrammar(lexicon));

function buildIndex(grammar: TitleGrammar): PhraseIndex<TitleHit> {
  const byKind = grammar.words.byKind;
  const index = new PhraseIndex<TitleHit>();
  const add = (title: string, hit: TitleHit): void =>
    index.add(title, hit, { acronym: ACRONYM.test(title) && title.replace(/\./gu, "").length <= 3 });
  const kinds = Object.keys(byKind) as TitleKind[];
  for (const kind of kinds) for (const title of byKind[kind]) add(title, { kind, plural: false });
  for (const kind of kinds) {
    if (kind === "honorific") continue;
    for (const title of byKind[kind]) add(pluralOf(grammar, title, kind), { kind, plural: true });
  }
  // "Vice-President", "Vice-Chairman": the qualifier and the title in one token.
  for (const qualifier of grammar.words.hyphenQualifiers) {
    for (const kind of kinds) {
      if (UNQUALIFIED_KINDS.has(kind)) continue;
      for (const title of byKind[kind]) {
        if (title.includes(" ")) continue;
        add(`${qualifier}-${title}`, { kind: qualify(grammar, kind, qualifier), plural: false });
        add(`${qualifier}-${pluralOf(grammar, title, kind)}`, { kind: qualify(grammar, kind, qualifier), plural: true });
      }
    }
  }
  return index;
}

function buildQualifiers(words: TitleWords): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const qualifier of words.qualifiers) index.add(qualifier, qualifier);
  return index;
}

// A deputy of a head of state or government holds another office: a Vice President is not
// the head of state, a Deputy Prime Minister is a minister. An acting one holds the office.
function qualify(grammar: TitleGrammar, kind: TitleKind, qualifier: string): TitleKind {
  if (grammar.sameOfficeQualifiers.has(qualifier)) return kind;
  if (kind === "head-of-government") return "minister";
  if (kind === "head-of-state") return "official";
  return kind;
}


/**
 * The plural of a title: its head noun takes the plural ("Heads of State"), before a head
 * written after it ("Secretaries General").
 */
function pluralOf(grammar: TitleGrammar, title: string, kind: TitleKind): string {
  const words = title.split(" ");
  const cut = words.findIndex((word, at) => at > 0 && grammar.complementWords.has(word));
  const head = cut > 0 ? words.slice(0, cut).join(" ") : title;
  const rest = cut > 0 ? ` ${words.slice(cut).join(" ")}` : "";
  const postpositive = kind === "military" ? undefined : grammar.words.postpositiveHeads.find((word) => endsWithHead(head, word));
  if (postpositive !== undefined) {
    const at = head.length - postpositive.length - 1;
    return `${pluralWords(grammar, head.slice(0, at))}${head.slice(at)}${rest}`;
  }
  return `${pluralWords(grammar, head)}${rest}`;
}

/** The phrase ends with `word` after a space or a hyphen, and holds more than that. */
function endsWithHead(phrase: string, word: string): boolean {
  if (phrase.length <= word.length + 1 || !phrase.endsWith(word)) return false;
  const before = phrase.charAt(phrase.length - word.length - 1);
  return before === " " || before === "-";
}

function pluralWords(grammar: TitleGrammar, phrase: string): string {
  const split = Math.max(phrase.lastIndexOf(" "), phrase.lastIndexOf("-")) + 1;
  return phrase.slice(0, split) + grammar.words.pluralOfWord(phrase.slice(split));
}

/**
 * The longest official title starting at `words[index]`, where `words` are a sentence's
 * tokens as written (space and punctuation tokens may be included or not): "President",
 * "Deputy Prime Minister", "Minister of Foreign Affairs", "Permanent and Plenipotentiary
 * Representative", "Colonel-General", "H.E.". Matching ignores case; `capitalized` tells
 * whether the title was written with a capital, as titles in running text usually are. A
 * ministry portfolio that is not listed is read on ("Minister of Water Resources and
 * Irrigation") as long as its words are portfolio words. The title does not include the
 * country or organisation that may follow ("of the Russian Federation", "of the CSTO").
 *
 * @example
 * ```ts
 * matchTitleAt(["First", "Deputy", "Foreign", "Minister", "Andrei"], 0);
 * // { title: "First Deputy Foreign Minister", kind: "minister", length: 4, plural: false, capitalized: true }
 * matchTitleAt(["the", "Secretary-General", "of", "the", "CSTO"], 1)?.kind; // "io-official"
 * ```
 */
export function matchTitleAt(words: readonly string[], index: number, lexicon: Lexicon = ENGLISH): TitleMatch | null {
  return matchIn(titleGrammarOf(lexicon), words, index);
}

function matchIn(grammar: TitleGrammar, words: readonly string[], index: number): TitleMatch | null {
  const direct = grammar.titles.matchAt(words, index);
  const qualified = qualifiedAt(grammar, words, index);
  const best = qualified && (!direct || qualified.length > direct.length) ? qualified : direct;
  if (!best) return null;
  let length = best.length;
  const last = foldedParts(words[index + length - 1] ?? "");
  if (grammar.portfolioHeads.has(last[last.length - 1] ?? "")) length += portfolioLength(grammar, words, index + length, grammar.articledPortfolioHeads.has(last[last.length - 1] ?? ""));
  // "Minister of Foreign Affairs, International Trade and Worship": a listed title whose
  // portfolio a comma list goes on with.
  else if (grammar.portfolio.has(last[last.length - 1] ?? "") && hasPortfolioPreposition(grammar, words, index, length)) length += portfolioListTail(grammar, words, index + length);
  // "Minister of Fisheries and Livestock Development of Zambia": a list that a state's name
  // closes is one portfolio, whatever its words.
  if (grammar.statePrepositions.size > 0 && portfolioHeaded(grammar, words, index, length)) length += stateClosedList(grammar, words, index + length);
  const first = words[index] ?? "";
  return {
    title: titleText(words, index, length),
    kind: best.value.kind,
    length,
    plural: best.value.plural,
    capitalized: startsWithCapital(first),
  };
}

const CAPITAL_START = /^[\p{Lu}\p{Lt}]/u;

/** The token starts with an upper-case or title-case letter; ASCII is told without the pattern. */
function startsWithCapital(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL_START.test(token);
}

// "Acting First Deputy" + a title: the qualifiers are matched apart from the titles so the
// index stays small; a qualifier alone ("Deputy") is no title.
function qualifiedAt(grammar: TitleGrammar, words: readonly string[], index: number): { value: TitleHit; length: number } | null {
  if (!mayStartIn(grammar.qualifierStarts, words[index] ?? "")) return null;
  const qualifier = grammar.qualifiers.matchAt(words, index);
  if (!qualifier) return null;
  let next = index + qualifier.length;
  while (next < words.length && (words[next] ?? "").trim() === "") next++;
  const base = grammar.titles.matchAt(words, next);
  if (!base || UNQUALIFIED_KINDS.has(base.value.kind)) return null;
  return {
    value: { kind: qualify(grammar, base.value.kind, qualifier.value), plural: base.value.plural },
    length: next - index + base.length,
  };
}

// "of|for" + capitalised portfolio words joined by "and", "&" or ","; never ends on a link.
// `articled`: the head's portfolio may open with "the" ("Minister of the Interior").
function portfolioLength(grammar: TitleGrammar, words: readonly string[], start: number, articled: boolean): number {
  let next = start;
  while ((words[next] ?? "x").trim() === "") next++;
  const preposition = foldedParts(words[next] ?? "");
  if (preposition.length !== 1 || !grammar.portfolioPrepositions.has(preposition[0] as string)) return 0;
  let end = start;
  let linked = false;
  for (let at = next + 1; at < words.length; at++) {
    const token = words[at] ?? "";
    const parts = foldedParts(token);
    if (parts.length === 0) {
      if (token.trim() === "" || token === ",") continue;
      break;
    }
    if (parts.length === 1 && grammar.portfolioLinks.has(parts[0] ?? "") && end > start) {
      linked = true;
      continue;
    }
    // "Minister for International Development and the Pacific": an article after the link;
    // "Federal Minister of the Interior": after the preposition.
    if ((linked || (articled && end === start)) && parts.length === 1 && parts[0] === "the") continue;
    linked = false;
    if (!/^\p{Lu}/u.test(token) || !parts.every((part) => grammar.portfolio.has(part))) break;
    end = at + 1;
  }
  return end - start;
}

/** The title's words include "of" or "for" after its head ("Minister of Investment"). */
function hasPortfolioPreposition(grammar: TitleGrammar, words: readonly string[], index: number, length: number): boolean {
  for (let at = index + 1; at < index + length; at++) {
    const parts = foldedParts(words[at] ?? "");
    if (parts.length === 1 && grammar.portfolioPrepositions.has(parts[0] as string)) return true;
  }
  return false;
}

// ", Industry and Trade" after a portfolio: a comma, portfolio words, a link, portfolio words;
// the list ends on the words after its link ("…, Industry and Trade, Laziz" stops at "Trade").
// Without the link it is no list ("Minister of Foreign Affairs, Justice Minister ...").
function portfolioListTail(grammar: TitleGrammar, words: readonly string[], start: number): number {
  let at = start;
  while ((words[at] ?? "x").trim() === "") at++;
  if (words[at] !== ",") return andTail(grammar, words, at, start);
  let end = start;
  let linked = false;
  for (at++; at < words.length; at++) {
    const token = words[at] ?? "";
    const parts = foldedParts(token);
    if (parts.length === 0) {
      if (token.trim() === "" || (token === "," && !linked)) continue;
      break;
    }
    if (parts.length === 1 && grammar.portfolioLinks.has(parts[0] ?? "")) {
      if (linked) break;
      linked = true;
      continue;
    }
    if (!/^\p{Lu}/u.test(token) || !parts.every((part) => grammar.portfolio.has(part))) break;
    if (linked) end = at + 1;
  }
  return end - start;
}

// "Minister of Agriculture" + " and Forests": a link and portfolio words, taken only when
// what follows them is no capitalised word ("... and Forests, Abubakr" but not "... and Human
// Rights Defender X", where the words may start another title).
function andTail(grammar: TitleGrammar, words: readonly string[], at: number, start: number): number {
  const link = foldedParts(words[at] ?? "");
  if (link.length !== 1 || !grammar.portfolioLinks.has(link[0] as string)) return 0;
  let end = 0;
  let index = at + 1;
  for (; index < words.length; index++) {
    const token = words[index] ?? "";
    if (token.trim() === "") continue;
    const parts = foldedParts(token);
    if (parts.length === 0 || !/^\p{Lu}/u.test(token) || !parts.every((part) => grammar.portfolio.has(part))) break;
    end = index + 1;
  }
  if (end === 0) return 0;
  const next = words[index] ?? "";
  return /^\p{Lu}/u.test(next) ? 0 : end - start;
}

/** The title's words hold a portfolio head, then "of" or "for" ("Minister of Investment", "Cabinet Secretary for Trade"). */
function portfolioHeaded(grammar: TitleGrammar, words: readonly string[], index: number, length: number): boolean {
  let head = false;
  for (let at = index; at < index + length; at++) {
    const parts = foldedParts(words[at] ?? "");
    if (parts.length !== 1) continue;
    if (head && grammar.portfolioPrepositions.has(parts[0] as string)) return true;
    if (grammar.portfolioHeads.has(parts[0] as string)) head = true;
  }
  return false;
}

/** Most words one item of a state-closed portfolio list may have ("Livestock Development", "Moroccan Heritage"). */
const MAX_ITEM_WORDS = 4;
/** Most tokens a state-closed portfolio list may run over before its "of". */
const MAX_LIST_TOKENS = 24;

// ", Handicrafts and Moroccan Heritage" + " of the Kingdom of Morocco": after a
// portfolio, items of capitalised words parted by commas and one last link, closed by "of
// (the) <state>" or by a name that opens with a known given name ("... and Community Nancy
// Faeser"). No word of the list may start a title or be a given name, and its last item is no
// state ("... of Trade and Prime Minister of X", "... and Anna Berg of X", "... and Kazakh
// Ivan X" name another office or person). The length of the list; 0 when the words are no such list.
function stateClosedList(grammar: TitleGrammar, words: readonly string[], start: number): number {
  let afterItem = true;
  let linked = false;
  let itemWords = 0;
  let itemStart = start;
  let end = start;
  const closed = (): number => {
    if (!linked || !afterItem) return 0;
    const state = matchCountryAt(words, itemStart);
    return state !== null && nextToken(words, itemStart + state.length) >= end ? 0 : end - start;
  };
  for (let at = start; at < words.length && at - start < MAX_LIST_TOKENS; at++) {
    const token = words[at] ?? "";
    if (token.trim() === "") continue;
    if (token === ",") {
      // Commas part the items before the link ("X, Y and Z"; "X, Y, and Z").
      if (!afterItem || linked) return 0;
      afterItem = false;
      continue;
    }
    const parts = foldedParts(token);
    if (parts.length === 1 && grammar.portfolioLinks.has(parts[0] as string)) {
      if (linked || (!afterItem && words[previousToken(words, at)] !== ",")) return 0;
      linked = true;
      afterItem = false;
      continue;
    }
    if (parts.length === 1 && grammar.statePrepositions.has(parts[0] as string)) {
      let next = nextToken(words, at + 1);
      if (grammar.stateArticles.has(foldedParts(words[next] ?? "")[0] ?? "")) next = nextToken(words, next + 1);
      const state = matchCountryAt(words, next);
      return state !== null && !state.adjective ? closed() : 0;
    }
    if (!startsWithCapital(token) || parts.length === 0 || isPossessiveToken(token)) return 0;
    const portfolio = parts.every((part) => grammar.portfolio.has(part));
    if (!portfolio && isGivenName(token)) return startsWithCapital(words[nextToken(words, at + 1)] ?? "") ? closed() : 0;
    if (!portfolio && (grammar.titles.matchAt(words, at) !== null || qualifiedAt(grammar, words, at) !== null)) return 0;
    if (!afterItem) {
      itemWords = 0;
      itemStart = at;
    }
    if (++itemWords > MAX_ITEM_WORDS) return 0;
    afterItem = true;
    end = at + 1;
  }
  return 0;
}

/** The index of the first token at or after `at` that is not space. */
function nextToken(words: readonly string[], at: number): number {
  let index = at;
  while (index < words.length && (words[index] ?? "").trim() === "") index++;
  return index;
}

/** The index of the last token before `at` that is not space, or -1. */
function previousToken(words: readonly string[], at: number): number {
  let index = at - 1;
  while (index >= 0 && (words[index] ?? "").trim() === "") index--;
  return index;
}

// Canonical spacing: one space between words, none around hyphens or before commas.
function titleText(words: readonly string[], index: number, length: number): string {
  let text = "";
  let glue = false;
  for (let at = index; at < index + length; at++) {
    const token = words[at] ?? "";
    if (token.trim() === "") continue;
    if (token === "-" || token === "\u2010") {
      text += "-";
      glue = true;
      continue;
    }
    text += text === "" || glue || token === "," || token === "." ? token : ` ${token}`;
    glue = false;
  }
  return text;
}

function firstPartsOf(index: PhraseIndex<unknown>): Set<string> {
  const parts = new Set<string>();
  for (const [key] of index.entries()) parts.add(firstWordOf(key));
  return parts;
}

function firstWordOf(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}

/** Whether an entry whose first folded word is in `starts` may begin at this token (possessives read both ways, as the index does). */
function mayStartIn(starts: ReadonlySet<string>, token: string): boolean {
  const first = foldedParts(token)[0];
  if (first !== undefined && starts.has(first)) return true;
  if (!isPossessiveToken(token)) return false;
  const owner = foldedParts(token.slice(0, -2))[0];
  return owner !== undefined && starts.has(owner);
}

/**
 * Whether a title may start at this token: false means {@link matchTitleAt} finds nothing
 * there whatever follows, so callers can skip the lookup. A possessive ("Minister's") is
 * judged on the word without its ending too, as the matcher reads it both ways.
 *
 * @example
 * ```ts
 * mayStartTitle("Deputy"); // true (a qualifier)
 * mayStartTitle("Minister's"); // true
 * mayStartTitle("Moscow"); // false
 * ```
 */
export function mayStartTitle(token: string, lexicon: Lexicon = ENGLISH): boolean {
  return titleGrammarOf(lexicon).mayStart(token);
}

/** The token ends in "'s" or "’s" (either case of the s), as the phrase index reads possessives. */
function isPossessiveToken(token: string): boolean {
  const last = token.charCodeAt(token.length - 1);
  if (last !== 115 && last !== 83) return false;
  const previous = token.charCodeAt(token.length - 2);
  return previous === 39 || previous === 0x2019;
}

/**
 * Whether `word` is a one-word honorific that stands before a name and is not part of it
 * ("Mr", "Mrs.", "Dr", "H.E.", "Sheikh", "Sir"). Case-insensitive; a final dot is ignored.
 *
 * @example
 * ```ts
 * isHonorific("Mr."); // true
 * isHonorific("H.E."); // true
 * isHonorific("Minister"); // false
 * ```
 */
export function isHonorific(word: string, lexicon: Lexicon = ENGLISH): boolean {
  return titleGrammarOf(lexicon).isHonorific(word);
}
