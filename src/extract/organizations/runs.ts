import type { Word } from "../../core/word.js";
import { matchCountryAt } from "../../normalize/country.js";
import { isGivenName } from "../../normalize/given-name.js";
import type { KnownMatch } from "./matcher.js";
import type { NameWords } from "./words.js";

/** A piece of a name run: a capitalised word, a gazetteer match, or a lower-case connector. */
export type RunItem =
  | { readonly type: "word"; readonly word: Word; readonly index: number }
  | { readonly type: "known"; readonly match: KnownMatch }
  | { readonly type: "connector"; readonly word: Word; readonly index: number };

/** An acronym in parentheses right after a name: "Transnational Threats Department (NTEC)". */
export interface ParenthesizedAcronym {
  readonly word: Word;
  /** Position in the run's items of the item the parentheses follow. */
  readonly afterItem: number;
}

/** A maximal stretch of a sentence that may hold an organisation's name. */
export interface Run {
  readonly items: readonly RunItem[];
  readonly acronyms: readonly ParenthesizedAcronym[];
  /** Index of the first word after the run. */
  readonly next: number;
}

/**
 * Cuts a sentence's words into runs of capitalised words joined by connectors (of, for,
 * and, the, to), with gazetteer matches as single items. A run stops at punctuation, at a
 * lower-case word, at a title ("Secretary"), and at an "and" that starts another name.
 *
 * @example
 * ```ts
 * // "the Ministry of Foreign Affairs of the Republic of Azerbaijan said" gives one run,
 * // Ministry … Azerbaijan; "said" ends it.
 * ```
 */
export function runsOf(view: NameWords, known: readonly KnownMatch[]): Run[] {
  const words = view.words;
  const knownAt = new KnownStarts(known, words.length);
  const countries = new CountryLengths(view);
  const runs: Run[] = [];
  let index = 0;
  while (index < words.length) {
    if (!view.isNameWordAt(index) && !knownAt.has(index)) {
      index++;
      continue;
    }
    const run = collectRun(view, knownAt, countries, index);
    runs.push(run);
    index = Math.max(run.next, index + 1);
  }
  return runs;
}

/**
 * The whole-word gazetteer matches of a sentence by their first word. The runs ask about
 * every word of the sentence, several times over: a slot per word answers each question in
 * one read (the matches are few, but a scan of them per question cost more than the slots).
 */
class KnownStarts {
  /** The whole match starting at each word; null when the sentence has none at all. */
  readonly #byFirstWord: (KnownMatch | undefined)[] | null;

  constructor(known: readonly KnownMatch[], words: number) {
    let byFirstWord: (KnownMatch | undefined)[] | null = null;
    for (const match of known) {
      // The first whole match of a word wins (matches are in text order and do not overlap).
      if (match.whole && byFirstWord?.[match.firstWord] === undefined) (byFirstWord ??= new Array<KnownMatch | undefined>(words))[match.firstWord] = match;
    }
    this.#byFirstWord = byFirstWord;
  }

  has(index: number): boolean {
    return this.get(index) !== undefined;
  }

  get(index: number): KnownMatch | undefined {
    return this.#byFirstWord === null ? undefined : this.#byFirstWord[index];
  }
}

/**
 * How many words the country name starting at a word covers (not an adjective: "Republic
 * of Azerbaijan", "Belarus"), asked only after "of" and "and", and remembered. A name run
 * ends after the country of its last complement: "… of the Republic of Azerbaijan Hikmat
 * Hajiyev" stops before the person.
 */
class CountryLengths {
  readonly #view: NameWords;
  /** Lengths measured so far; made on the first question, as most sentences ask none. */
  #known: Map<number, number> | undefined;
  #texts: string[] | undefined;

  constructor(view: NameWords) {
    this.#view = view;
  }

  has(index: number): boolean {
    return this.get(index) > 0;
  }

  get(index: number): number {
    const known = (this.#known ??= new Map());
    const cached = known.get(index);
    if (cached !== undefined) return cached;
    const length = this.#measure(index);
    known.set(index, length);
    return length;
  }

  #measure(index: number): number {
    const view = this.#view;
    const word = view.words[index];
    if (word === undefined || !view.capitalized(word)) return 0;
    this.#texts ??= view.words.map((each) => view.text(each));
    const match = matchCountryAt(this.#texts, index);
    if (!match || match.adjective) return 0;
    for (let offset = 1; offset < match.length; offset++) if (view.before[index + offset] !== "") return 0;
    return match.length;
  }
}

/** What most runs have: no acronym in parentheses (shared, never changed). */
const NO_ACRONYMS: readonly ParenthesizedAcronym[] = [];

/** Pushes the words of the country name at `at` (one word when none starts there) and returns the index after it. */
function pushCountry(view: NameWords, countries: CountryLengths, items: RunItem[], at: number): number {
  const length = countries.get(at) || 1;
  for (let offset = 0; offset < length; offset++) {
    const word = view.words[at + offset] as Word;
    items.push(view.isNameWord(word) ? { type: "word", word, index: at + offset } : { type: "connector", word, index: at + offset });
  }
  return at + length;
}

function collectRun(view: NameWords, knownAt: KnownStarts, countries: CountryLengths, first: number): Run {
  const words = view.words;
  const before = view.before;
  const items: RunItem[] = [];
  let acronyms: ParenthesizedAcronym[] | null = null;
  let index = first;
  let afterParenthesis = false;
  /** Set once a complement ("of Belarus") has named its country: only "and <country>" may follow. */
  let closed = false;
  /** A closed complement's name goes on only for its acronym in brackets. */
  let acronymAfterCountry = false;
  /** An "of" joined the run: "and the" may go on inside the complement. */
  let hasOf = false;
  /** The run holds the head of a body that stands in a place ("Embassy"): "in <place>" may join it. */
  let located = false;
  while (index < words.length) {
    if (closed) {
      const word = words[index] as Word;
      // "the Embassy of the Kyrgyz Republic in India": the place after the country.
      if (located && before[index] === "" && locationJoin(view, knownAt, index)) {
        items.push({ type: "connector", word, index });
        index++;
        closed = false;
        continue;
      }
      // "the Reserve Bank of India (RBI)": the name's acronym after its country is read below,
      // as after any name; the complement stays closed after it.
      if (!afterParenthesis && before[index] === "(" && parenthesizedAcronym(view, index) !== null) {
        closed = false;
        acronymAfterCountry = true;
      } else {
        if (before[index] !== "" || (view.fold(word) !== "and" && view.fold(word) !== "&")) break;
        const target = foldAt(view, index + 1) === "the" ? index + 2 : index + 1;
        if (!countries.has(target) || before[target] !== "") break;
        for (let at = index; at < target; at++) items.push({ type: "connector", word: words[at] as Word, index: at });
        index = pushCountry(view, countries, items, target);
        continue;
      }
    }
    const word = words[index] as Word;
    const glued = afterParenthesis ? before[index] === ")" : before[index] === "";
    if (index > first && !glued) {
      if (afterParenthesis) break;
      // "Ministry of Energy, Water Resources and Irrigation": one body's portfolios.
      if (hasOf && before[index] === "," && portfolioListGoesOn(view, knownAt, countries, items, index)) {
        items.push({ type: "word", word, index });
        index++;
        continue;
      }
      const acronym = parenthesizedAcronym(view, index);
      if (acronym === null) break;
      (acronyms ??= []).push({ word: acronym, afterItem: items.length - 1 });
      index += 1;
      afterParenthesis = true;
      closed = acronymAfterCountry;
      continue;
    }
    // "Federal Department of Foreign Affairs FDFA": the name's own acronym, glued after it without
    // brackets, defines it as "(FDFA)" would, and ends the run.
    if (index > first && !afterParenthesis && view.allCaps(word) && isOwnAcronym(view, items, view.text(word))) {
      (acronyms ??= []).push({ word, afterItem: items.length - 1 });
      index++;
      break;
    }
    const match = knownAt.get(index);
    if (match) {
      items.push({ type: "known", match });
      index = match.lastWord + 1;
      afterParenthesis = false;
      continue;
    }
    if (view.isNameWord(word)) {
      if (startsPersonName(view, index, items)) break;
      items.push({ type: "word", word, index });
      if (view.isHead(word) && view.lexicon.locatedHeads.has(view.fold(word))) located = true;
      index++;
      afterParenthesis = false;
      continue;
    }
    const joined = items.length === 0 ? 0 : located && locationJoin(view, knownAt, index) ? 1 : connectorJoin(view, knownAt, index, items, hasOf);
    if (joined === 0) break;
    for (let offset = 0; offset < joined; offset++) {
      const connector = words[index + offset] as Word;
      if (view.fold(connector) === "of") hasOf = true;
      items.push({ type: "connector", word: connector, index: index + offset });
    }
    const of = view.fold(word) === "of";
    index += joined;
    afterParenthesis = false;
    if (of && countries.has(index)) {
      index = pushCountry(view, countries, items, index);
      closed = true;
    }
  }
  return { items, acronyms: acronyms ?? NO_ACRONYMS, next: index };
}

/**
 * A person's name right after a complete organisation name ends the run: "… of the Regional
 * Anti-Terrorist Structure Ruslan Mirzayev", "… Eurasian Economic Commission Mikhail
 * Myasnikovich". Only after a head word or a known name, so that "Heydar Aliyev Foundation"
 * stays whole.
 */
function startsPersonName(view: NameWords, index: number, items: readonly RunItem[]): boolean {
  const next = view.words[index + 1];
  if (next === undefined || view.before[index + 1] !== "" || !view.isNameWord(next)) return false;
  const last = items[items.length - 1];
  // "… of Sojitz Corporation Masayoshi Fujimoto,": two or three name words right after a head
  // noun, ending the run, are a person even when the given name is not a known one.
  if (last?.type === "word" && view.isHead(last.word) && nameWordsEndRun(view, index)) return true;
  if (!items.some((item) => item.type === "known" || (item.type === "word" && view.isHead(item.word)))) return false;
  // "… Committee for National Security Aibek Dzhumaliev": after a complement that has named its
  // subject, two or three name words ending the run are a person's when none is a portfolio's.
  // A known given name further on starts the person there ("… Anti-Terrorist Structure Ruslan X").
  if (last?.type === "word" && afterComplement(view, items) && nameWordsEndRun(view, index) && !portfolioWithin(view, index) && !givenNameAfter(view, index)) return true;
  return isGivenName(view.text(view.words[index] as Word));
}

/** A known given name among the next two glued words after `index`. */
function givenNameAfter(view: NameWords, index: number): boolean {
  for (let at = index + 1; at < view.words.length && at <= index + 2 && view.before[at] === ""; at++) {
    if (isGivenName(view.text(view.words[at] as Word))) return true;
  }
  return false;
}

/** The run holds a head noun, then a connector ("of", "for") and at least one word after it. */
function afterComplement(view: NameWords, items: readonly RunItem[]): boolean {
  let connector = -1;
  for (let at = items.length - 1; at >= 0; at--) {
    if ((items[at] as RunItem).type === "connector") {
      connector = at;
      break;
    }
  }
  if (connector < 1 || connector === items.length - 1) return false;
  for (let at = 0; at < connector; at++) {
    const item = items[at] as RunItem;
    if (item.type === "known" || (item.type === "word" && view.isHead(item.word))) return true;
  }
  return false;
}

/**
 * The glued name words from `index` read as a body's words, not a person's: a portfolio word
 * ("Security", "Resources", "Policy") or a plural of persons ("Representatives") among them,
 * or an "of"/"for"/"on" after them that goes on with the name.
 */
function portfolioWithin(view: NameWords, index: number): boolean {
  const words = view.words;
  let at = index;
  for (; at < words.length && at < index + 3; at++) {
    const word = words[at] as Word;
    if (at > index && (view.before[at] !== "" || !view.isNameWord(word))) break;
    const fold = view.fold(word);
    if (view.lexicon.portfolioWords.has(fold) || view.lexicon.pluralPersons.has(fold)) return true;
  }
  const after = words[at];
  if (after === undefined || view.before[at] !== "") return false;
  const fold = view.fold(after);
  return fold === "of" || fold === "for" || fold === "on";
}

/**
 * Whether an all-capital word is the acronym of the name the run holds so far: its letters are
 * some of the initials of the name's capitalised words, in order, the last among them ("FDFA"
 * of "Federal Department of Foreign Affairs", "SDC" of "Swiss Agency for Development and
 * Cooperation"; not "NATO" after "Ministry of Defence"). The run may open with words before
 * the name ("Officials of the ..."), so the letters are matched from the end.
 */
function isOwnAcronym(view: NameWords, items: readonly RunItem[], acronym: string): boolean {
  if (acronym.length < 2 || !/^[A-Z]+$/.test(acronym)) return false;
  let initials = "";
  for (const item of items) {
    if (item.type === "word") initials += view.text(item.word).charAt(0);
    else if (item.type === "known") for (const part of item.match.text.split(" ")) if (/^\p{Lu}/u.test(part)) initials += part.charAt(0);
  }
  if (acronym.length > initials.length || acronym.charAt(acronym.length - 1) !== initials.charAt(initials.length - 1)) return false;
  let at = acronym.length - 1;
  for (let index = initials.length - 1; index >= 0 && at >= 0; index--) if (initials.charAt(index) === acronym.charAt(at)) at--;
  return at < 0;
}

/** Two or three glued name words (no head noun among them) start at `index`, and nothing of a name follows. */
function nameWordsEndRun(view: NameWords, index: number): boolean {
  const words = view.words;
  let end = index;
  while (end < words.length && end - index <= 3 && view.before[end] === "" && view.isNameWord(words[end] as Word) && !view.isHead(words[end] as Word)) end++;
  const count = end - index;
  if (count < 2 || count > 3) return false;
  const after = words[end];
  return after === undefined || view.before[end] !== "" || !view.capitalized(after);
}

/** What a capitalised word says of a country: its name ("Indonesia"), a nationality ("Tajik", "Russian"), or nothing. */
function countryWord(view: NameWords, word: Word | undefined): "name" | "adjective" | null {
  if (word === undefined || !view.capitalized(word)) return null;
  const country = matchCountryAt([view.text(word)], 0);
  return country === null ? null : country.adjective ? "adjective" : "name";
}

/** A head noun among the `count` glued words from `index`. */
function headWithin(view: NameWords, index: number, count: number): boolean {
  for (let at = index; at < index + count && at < view.words.length; at++) {
    const word = view.words[at] as Word;
    if (view.before[at] !== "") return false;
    if (view.isHead(word)) return true;
    if (!view.isNameWord(word)) return false;
  }
  return false;
}

/** "(NTEC)" right after a name: the word of the acronym, or null. */
function parenthesizedAcronym(view: NameWords, index: number): Word | null {
  const word = view.words[index] as Word;
  const after = view.before[index + 1];
  if (view.before[index] !== "(" || !view.allCaps(word)) return null;
  if (after !== undefined && !after.startsWith(")")) return null;
  return word;
}

/**
 * How many connector words (1 or 2, "of the") join the run to a following name word at
 * `index`, or 0 when the run ends there.
 */
function connectorJoin(view: NameWords, knownAt: KnownStarts, index: number, items: readonly RunItem[], hasOf: boolean): number {
  const word = view.words[index] as Word;
  const before = view.before[index];
  if (before !== "" && before !== ")") return 0;
  const connector = view.fold(word);
  if (view.lexicon.superiorConnectors.has(connector)) return superiorJoin(view, index, items);
  if (!view.lexicon.runConnectors.has(connector) || connector === "the") return 0;
  let target = index + 1;
  if (foldAt(view, target) === "the") {
    // "X and the Y" joins two names unless inside a complement: "of A and the B".
    if ((connector === "and" || connector === "&") && !hasOf) return 0;
    target++;
  }
  const next = view.words[target];
  if (next === undefined || view.before[target] !== "") return 0;
  if (!knownAt.has(target) && !view.isNameWord(next)) return 0;
  const last = items[items.length - 1];
  if (connector === "to") {
    if (last?.type !== "word" || !view.isHead(last.word)) return 0;
  }
  if (connector === "and" || connector === "&") {
    // A name does not go on after its head noun ("Gender Policy Council and Nicholas Berliner"),
    // nor into a name of its own ("… Affairs and the Council of …", "the CSTO and the OSCE").
    if (last?.type === "known" || (last?.type === "word" && view.isHead(last.word))) return 0;
    // "Ministry of the Interior and Administration": a head noun that is a portfolio word, after
    // "and" inside a ministry's complement, is another of its portfolios.
    if (knownAt.has(target) || view.isTitle(next) || (view.isHead(next) && !(hasOf && portfolioHeadAfterAnd(view, next) && headsPortfolios(view, items)))) return 0;
    // A head noun right after "and" may start a body of its own; the country look-ups wait for it.
    if (headWithin(view, target + 1, 2)) {
      // "… in Dushanbe and Tajik Ministry of …": a nationality and a head noun start a name of
      // their own ("Communications and Information Policy Department" stays one).
      if (countryWord(view, view.words[target]) === "adjective") return 0;
      // "Bank Indonesia and Reserve Bank of India": a name closed by its country after its head,
      // and another head right after "and", are two bodies.
      if (last?.type === "word" && countryWord(view, last.word) === "name" && items.some((item) => item.type === "word" && view.isHead(item.word))) return 0;
    }
  }
  return target - index;
}

/**
 * "Security Council under the President of the Republic of Uzbekistan": a body placed under a
 * state's highest organ names it in its name. After a name with a head noun ("Committee of
 * Emergency Situations"), "under the" and the organ ("President", "Government"), with "of"
 * after it, join the run (3 words); else none (0).
 */
function superiorJoin(view: NameWords, index: number, items: readonly RunItem[]): number {
  const last = items[items.length - 1];
  if (last?.type !== "word" || !items.some((item) => item.type === "word" && view.isHead(item.word))) return 0;
  const organ = view.words[index + 2];
  if (foldAt(view, index + 1) !== "the" || organ === undefined || !view.capitalized(organ) || !view.lexicon.superiorOrgans.has(view.fold(organ))) return 0;
  for (let at = index + 1; at <= index + 3; at++) if (view.before[at] !== "") return 0;
  return foldAt(view, index + 3) === "of" ? 3 : 0;
}

/**
 * A comma at `index` goes on with a portfolio body's name: the run's head is such a noun
 * ("Ministry of Culture, Tourism and Civil Aviation"), and after the comma come name words,
 * the first a portfolio word, none a head, title, country or known name, up to an "and"
 * before the last portfolio. Another body ("..., Ministry of Commerce") or a person ends it.
 */
function portfolioListGoesOn(view: NameWords, knownAt: KnownStarts, countries: CountryLengths, items: readonly RunItem[], index: number): boolean {
  const last = items[items.length - 1];
  if (last?.type !== "word" || !view.lexicon.portfolioWords.has(view.fold(view.words[index] as Word)) || !headsPortfolios(view, items)) return false;
  for (let at = index; at < index + 8; at++) {
    const word = view.words[at];
    if (word === undefined) return false;
    // "Culture, Sports, Tourism and Youth": each comma opens another portfolio.
    if (at > index && view.before[at] !== "" && (view.before[at] !== "," || !view.lexicon.portfolioWords.has(view.fold(word)))) return false;
    if (knownAt.has(at) || countries.has(at)) return false;
    const fold = view.fold(word);
    if (fold === "and" || fold === "&") {
      const next = view.words[at + 1];
      return at > index && next !== undefined && view.before[at + 1] === "" && view.isNameWord(next) && !view.isHead(next) && !knownAt.has(at + 1) && !countries.has(at + 1);
    }
    if (!view.isNameWord(word) || view.isHead(word) || view.isTitle(word)) return false;
  }
  return false;
}

/** A head noun that names a portfolio too ("Administration", "Security"), not a body that lists portfolios ("Ministry"). */
function portfolioHeadAfterAnd(view: NameWords, word: Word): boolean {
  const fold = view.fold(word);
  return view.lexicon.portfolioWords.has(fold) && !view.lexicon.portfolioBodyHeads.has(fold);
}

/** How far back from a comma the head of a portfolio body's name may stand (items), so long runs cost no more per comma. */
const PORTFOLIO_HEAD_REACH = 16;

/** The run's last head noun is one whose name lists portfolios ("Ministry"): "Officials of the Ministry of ...". */
function headsPortfolios(view: NameWords, items: readonly RunItem[]): boolean {
  for (let at = items.length - 1; at >= 0 && items.length - at <= PORTFOLIO_HEAD_REACH; at--) {
    const item = items[at] as RunItem;
    if (item.type === "known") return false;
    if (item.type === "word" && view.isHead(item.word)) return view.lexicon.portfolioBodyHeads.has(view.fold(item.word));
  }
  return false;
}

/** "in India" after an embassy's name: a location connector glued to a name word or a gazetteer name. */
function locationJoin(view: NameWords, knownAt: KnownStarts, index: number): boolean {
  const word = view.words[index] as Word;
  if (view.before[index] !== "" || !view.lexicon.locationConnectors.has(view.fold(word))) return false;
  const next = view.words[index + 1];
  if (next === undefined || view.before[index + 1] !== "") return false;
  return knownAt.has(index + 1) || view.isNameWord(next);
}

/** The fold of the word at `index`, or undefined past the sentence's end. */
export function foldAt(view: NameWords, index: number): string | undefined {
  const word = view.words[index];
  return word === undefined ? undefined : view.fold(word);
}
