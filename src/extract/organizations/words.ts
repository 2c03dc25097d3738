import type { Sentence } from "../../core/document.js";
import { memoizeByText, memoizeOn } from "../../core/memo.js";
import { isDigitCode } from "../../core/text.js";
import { Word, type WordPart } from "../../core/word.js";
import { ORGANIZATION_HEADS } from "../../data/organizations.js";
import type { Lexicon } from "../../lexicon/index.js";
import { foldOrganizationWord } from "../../normalize/organization.js";
import { NO_TRIE_STARTS, mayStartAcronymWith, opensKnown, trieStartsOf, type TrieStarts } from "./gazetteer.js";

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
const POSSESSIVE = 1;
const CAPITALIZED = 2;
const ALL_CAPS = 4;
const HYPHENATED = 8;

// Every capitalised word of every sentence let through is looked up, and connectors when the
// rules ask: remember the last few thousand distinct spellings.
const SPELLING_LIMIT = 20000;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const DOT = /\./g;

/** A lexicon's organisation words as sets, with the facts of spellings read by them. */
export interface NameLexicon {
  readonly runConnectors: ReadonlySet<string>;
  readonly complementConnectors: ReadonlySet<string>;
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
  const head = ORGANIZATION_HEADS.has(fold);
  const starts = trieStartsOf(text, fold, capitalized, hyphenated);
  return {
    text,
    flags: (cut > 0 ? POSSESSIVE : 0) | (capitalized ? CAPITALIZED : 0) | (allCaps ? ALL_CAPS : 0) | (hyphenated ? HYPHENATED : 0),
    fold,
    plain,
    title: lexicon.titleWords.has(plain) || lexicon.titleWords.has(fold),
    head,
    nameable: !lexicon.nonNameWords.has(plain) && !lexicon.runConnectors.has(fold),
    starts,
    mayMatter: (capitalized && head) || opensKnown(starts) || allCaps,
  };
}

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

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

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
 * The words of a sentence as the organisation rules read them: its word tokens and "&" (the
 * document's own {@link Word}s), with "C5+1" and "OPEC+" glued into one word, and what
 * punctuation stands between each word and the one before. The facts of a word come from
 * its spelling ({@link NameWords.spelling}), looked up only when a rule asks: most words open
 * in a lower-case letter, which tells most of what the rules want to know.
 */
export class NameWords {
  readonly words: readonly Word[];
  /** Punctuation between the previous word and each word (spaces left out), e.g. "(" or ", ". */
  readonly before: readonly string[];
  readonly lexicon: NameLexicon;

  constructor(words: readonly Word[], before: readonly string[], lexicon: NameLexicon) {
    this.words = words;
    this.before = before;
    this.lexicon = lexicon;
  }

  /** The facts of the word's spelling. */
  spelling(word: Word): Spelling {
    return this.lexicon.spellingOf(word.value);
  }

  /** The word without its possessive ending, as names are built from it. */
  text(word: Word): string {
    return this.possessive(word) ? this.spelling(word).text : word.value;
  }

  /** Where the word ends without its possessive ending (cleaned text). */
  end(word: Word): number {
    return this.possessive(word) ? word.end - (word.value.length - this.spelling(word).text.length) : word.end;
  }

  /** The word carried "'s" (or a bare closing apostrophe), left out of {@link NameWords.text}. */
  possessive(word: Word): boolean {
    // Whatever ends a lower-case word, {@link Word.possessive} reads it as the spelling would, but for "'S".
    if (isLowerAscii(word.value.charCodeAt(0))) return word.possessive && word.value.charCodeAt(word.value.length - 1) !== 83;
    return (this.spelling(word).flags & POSSESSIVE) !== 0;
  }

  /** Starts with an upper-case letter. */
  capitalized(word: Word): boolean {
    return !isLowerAscii(word.value.charCodeAt(0)) && (this.spelling(word).flags & CAPITALIZED) !== 0;
  }

  /** Has at least two letters and no lower-case letter ("OSCE"), or a capital and digits ("G20"). */
  allCaps(word: Word): boolean {
    return !isLowerAscii(word.value.charCodeAt(0)) && (this.spelling(word).flags & ALL_CAPS) !== 0;
  }

  /** The text holds a hyphen, so {@link NameWords.parts} may differ from the whole word. */
  hyphenated(word: Word): boolean {
    return word.value.indexOf("-") >= 0;
  }

  /** {@link foldOrganizationWord} of the text: for case-insensitive comparison. */
  fold(word: Word): string {
    return this.spelling(word).fold;
  }

  /** The lower-case first hyphen part without dots ("us" for "U.S."). */
  plain(word: Word): string {
    return this.spelling(word).plain;
  }

  /** A singular title or rank ("Secretary", "Chairperson-in-Office"). */
  isTitle(word: Word): boolean {
    return this.spelling(word).title;
  }

  /** Capitalised and heads an organisation's name ("Ministry", "Council"). */
  isHead(word: Word): boolean {
    return this.capitalized(word) && this.spelling(word).head;
  }

  /** May be part of a name: capitalised, and not a title, a stop word or a connector. */
  isNameWord(word: Word): boolean {
    if (!this.capitalized(word)) return false;
    const spelling = this.spelling(word);
    return !spelling.title && spelling.nameable;
  }

  /** Where the gazetteer's names and acronyms may start at this word. */
  starts(word: Word): TrieStarts {
    // A lower-case word opens no name, and an acronym only with a letter one starts with or
    // with a hyphen part: most need not look their spelling up to say so.
    const first = word.value.charCodeAt(0);
    if (isLowerAscii(first) && !mayStartAcronymWith(first) && !this.hyphenated(word)) return NO_TRIE_STARTS;
    return this.spelling(word).starts;
  }

  /** The hyphen-separated parts of the word's text ("Russia" and "ASEAN" of "Russia-ASEAN"), offsets included. */
  parts(word: Word): readonly WordPart[] {
    const text = this.text(word);
    if (!this.hyphenated(word)) return text.length > 0 ? [{ text, start: word.start, end: word.start + text.length }] : [];
    const parts: WordPart[] = [];
    let partStart = 0;
    for (let index = 0; index <= text.length; index++) {
      if (index < text.length && text.charCodeAt(index) !== HYPHEN) continue;
      if (index > partStart) parts.push({ text: text.slice(partStart, index), start: word.start + partStart, end: word.start + index });
      partStart = index + 1;
    }
    return parts;
  }

  /** True when most words of the sentence are written in capitals (a shouted headline). */
  get shouted(): boolean {
    const words = this.words;
    if (words.length < 4) return false;
    let caps = 0;
    for (const word of words) if (this.allCaps(word)) caps++;
    return caps * 5 > words.length * 3;
  }
}

/**
 * Whether a sentence may hold an organisation, read from its tokens before any view is made:
 * false only when no word could head a name, start a gazetteer name or acronym, or be an
 * acronym. An over-estimate of the rules' own test (which knows whether the sentence is
 * shouted), so no sentence is lost.
 *
 * @example
 * ```ts
 * mayHoldOrganization(sentence, lexicon); // false for "He said so.", true for "The CSTO met."
 * ```
 */
export function mayHoldOrganization(sentence: Sentence, lexicon: NameLexicon): boolean {
  for (const token of sentence.words) {
    const value = token.value;
    // "C5+1" is one word whose spelling no token shows: let the words decide.
    if (value === "+") return true;
    if (token.kind !== "word" && value !== "&") continue;
    const first = value.charCodeAt(0);
    // A plain lower-case word (most words) is no head, name or acronym, and opens an acronym
    // only with a letter some acronym starts with.
    if (isLowerAscii(first) && value.indexOf("-") < 0) {
      if (mayStartAcronymWith(first)) return true;
      continue;
    }
    if (lexicon.spellingOf(value).mayMatter) return true;
  }
  return false;
}

/**
 * A sentence's words as the organisation rules read them (see {@link NameWords}). Linear in
 * the number of tokens.
 *
 * @example
 * ```ts
 * nameWordsOf(sentence, lexicon).words.map((word) => word.value); // ["The", "C5+1", "met"] for "The C5+1 met."
 * ```
 */
export function nameWordsOf(sentence: Sentence, lexicon: NameLexicon): NameWords {
  const words: Word[] = [];
  const befores: string[] = [];
  const tokens = sentence.words;
  let before = "";
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Word;
    if (token.kind !== "word" && token.value !== "&") {
      before += token.value;
      continue;
    }
    const glued = gluedAt(tokens, index);
    words.push(glued === null ? token : glued.word);
    if (glued !== null) index = glued.last;
    befores.push(before);
    before = "";
  }
  return new NameWords(words, befores, lexicon);
}

/**
 * "C5+1", "OPEC+": the token at `index` with the "+" glued to it and the word glued after
 * that, as one word; null when no "+" touches it (most words).
 */
function gluedAt(tokens: readonly Word[], index: number): { word: Word; last: number } | null {
  const token = tokens[index] as Word;
  let text = token.value;
  let end = token.end;
  let last = index;
  while (tokens[last + 1]?.value === "+" && tokens[last + 1]?.start === end) {
    const plus = tokens[last + 1] as Word;
    const next = tokens[last + 2];
    if (next && next.kind === "word" && next.start === plus.end) {
      text += `+${next.value}`;
      end = next.end;
      last += 2;
    } else {
      text += "+";
      end += 1;
      last += 1;
    }
  }
  return last === index ? null : { word: new Word(text, "word", token.start, end, token.spaceBefore, token.index), last };
}
