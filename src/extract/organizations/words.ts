import { NON_NAME_WORDS, ORGANIZATION_HEADS, TITLE_WORDS } from "../../data/organizations.js";
import type { SentenceView } from "../../pipeline/document.js";
import { foldOrganizationWord } from "../../normalize/organization.js";
import { NO_TRIE_STARTS, mayStartAcronymWith, opensKnown, trieStartsOf, type TrieStarts } from "./matcher.js";
import { memoizeByText } from "../../core/memo.js";

/** A hyphen-separated part of a word ("Russia" and "ASEAN" in "Russia-ASEAN"). */
export interface WordPart {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A word of a sentence as the organisation rules see it: a word token with glued "+" kept
 * ("C5+1", "OPEC+") and a possessive "'s" taken off. Offsets into the cleaned text.
 */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** {@link foldOrganizationWord} of the text: for case-insensitive comparison. */
  readonly fold: string;
  /** The lower-case first hyphen part without dots ("us" for "U.S."), for title and stop-word lists. */
  readonly plain: string;
  readonly parts: readonly WordPart[];
  /** The text holds a hyphen, so {@link Word.parts} may differ from the whole word. */
  readonly hyphenated: boolean;
  /** The word carried "'s" (or a bare closing apostrophe), now removed. */
  readonly possessive: boolean;
  /** Punctuation between the previous word and this one (spaces left out), e.g. "(" or ", ". */
  readonly before: string;
  /** Starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Has at least two letters and no lower-case letter ("OSCE", "G20"). */
  readonly allCaps: boolean;
  /** A singular title or rank ("Secretary", "Chairperson-in-Office"). */
  readonly title: boolean;
  /** Capitalised and heads an organisation's name ("Ministry", "Council"). */
  readonly head: boolean;
  /** May be part of a name: capitalised, and not a title, a stop word or a connector. */
  readonly nameWord: boolean;
  /** Where the gazetteer's names and acronyms may start at this word. */
  readonly starts: TrieStarts;
}

/** Lower-case words allowed between the capitalised words of a name. */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "to", "and", "the", "&"]);

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const DOT = /\./g;

/**
 * What the rules ask about one spelling of a token, the same wherever it occurs: computed once
 * and remembered, so that a capitalised word costs one lookup for its case, folded forms,
 * title and head tests and the gazetteer nodes it may open.
 */
interface Spelling {
  /** The spelling without its possessive ending. */
  readonly text: string;
  /** {@link POSSESSIVE}, {@link CAPITALIZED}, {@link ALL_CAPS} and {@link HYPHENATED}. */
  readonly flags: number;
  readonly fold: string;
  readonly plain: string;
  readonly title: boolean;
  /** Heads an organisation's name when capitalised. */
  readonly head: boolean;
  /** Not a stop word ("Our") nor a connector ("of"); with a capital and no title, a name word. */
  readonly nameable: boolean;
  /** Where the gazetteer's names and acronyms may start at a word of this spelling. */
  readonly starts: TrieStarts;
  /** A word of this spelling may head a name, start a gazetteer name or acronym, or be an acronym. */
  readonly mayMatter: boolean;
}

// Yes-or-no facts of a word, packed in one number: a word object per token is the largest
// allocation of the plugin, and four booleans would take four slots of it.
const POSSESSIVE = 1;
const CAPITALIZED = 2;
const ALL_CAPS = 4;
const HYPHENATED = 8;

// Every capitalised word of every sentence let through is looked up, and connectors when the
// rules ask: remember the last few thousand distinct spellings.
const SPELLING_LIMIT = 20000;

/** The facts of a token's spelling (as written, possessive and all), computed on first use. */
const spellingOf = memoizeByText(computeSpelling, SPELLING_LIMIT);

function computeSpelling(written: string): Spelling {
  const cut = possessiveLength(written);
  const text = cut > 0 ? written.slice(0, written.length - cut) : written;
  const fold = foldOrganizationWord(text);
  const plain = plainOf(text);
  const capitalized = startsUpperCase(text);
  const first = text.charCodeAt(0);
  // A word opening in a lower-case ASCII letter (most words) has a lower-case letter.
  const allCaps = first >= 97 && first <= 122 ? false : isAllCaps(text);
  const hyphenated = text.indexOf("-") >= 0;
  const head = ORGANIZATION_HEADS.has(fold);
  const starts = trieStartsOf(text, fold, capitalized, hyphenated);
  return {
    text,
    flags: (cut > 0 ? POSSESSIVE : 0) | (capitalized ? CAPITALIZED : 0) | (allCaps ? ALL_CAPS : 0) | (hyphenated ? HYPHENATED : 0),
    fold,
    plain,
    title: TITLE_WORDS.has(plain) || TITLE_WORDS.has(fold),
    head,
    nameable: !NON_NAME_WORDS.has(plain) && !CONNECTORS.has(fold),
    starts,
    mayMatter: (capitalized && head) || opensKnown(starts) || allCaps,
  };
}

/** The lower-case first hyphen part of a text without dots ("us" for "U.S.-Russia"). */
function plainOf(text: string): string {
  let first = text;
  if (text.indexOf("-") >= 0) {
    // The first non-empty part, as partsOf would cut it.
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

/**
 * A word of a sentence. A capitalised word reads its spelling's facts when it is made; a word
 * opening in a lower-case letter (most words) knows it is neither capitalised nor all
 * capitals, and looks its spelling up only when a rule asks for more.
 */
class SentenceWord implements Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  /** The token as written (possessive ending and all), the key of its spelling. */
  readonly #written: string;
  readonly #flags: number;
  #spelling: Spelling | undefined;
  #parts: readonly WordPart[] | undefined = undefined;

  constructor(written: string, start: number, end: number, before: string) {
    this.start = start;
    this.before = before;
    this.#written = written;
    const first = written.charCodeAt(0);
    if (first >= 97 && first <= 122) {
      const cut = possessiveLength(written);
      this.text = cut > 0 ? written.slice(0, written.length - cut) : written;
      this.end = end - cut;
      this.#flags = (cut > 0 ? POSSESSIVE : 0) | (this.text.indexOf("-") >= 0 ? HYPHENATED : 0);
      this.#spelling = undefined;
    } else {
      const spelling = spellingOf(written);
      this.text = spelling.text;
      this.end = end - (written.length - spelling.text.length);
      this.#flags = spelling.flags;
      this.#spelling = spelling;
    }
  }

  get #facts(): Spelling {
    return (this.#spelling ??= spellingOf(this.#written));
  }

  get possessive(): boolean {
    return (this.#flags & POSSESSIVE) !== 0;
  }

  get capitalized(): boolean {
    return (this.#flags & CAPITALIZED) !== 0;
  }

  get allCaps(): boolean {
    return (this.#flags & ALL_CAPS) !== 0;
  }

  get hyphenated(): boolean {
    return (this.#flags & HYPHENATED) !== 0;
  }

  get fold(): string {
    return this.#facts.fold;
  }

  get plain(): string {
    return this.#facts.plain;
  }

  get parts(): readonly WordPart[] {
    return (this.#parts ??= partsOf(this));
  }

  get title(): boolean {
    return this.#facts.title;
  }

  get head(): boolean {
    return this.capitalized && this.#facts.head;
  }

  get nameWord(): boolean {
    if (!this.capitalized) return false;
    const facts = this.#facts;
    return !facts.title && facts.nameable;
  }

  get starts(): TrieStarts {
    // A lower-case word opens no name, and an acronym only with a letter one starts with or
    // with a hyphen part: most need not look their spelling up to say so.
    if (this.#spelling === undefined && (this.#flags & (CAPITALIZED | HYPHENATED)) === 0 && !mayStartAcronymWith(this.text.charCodeAt(0))) {
      return NO_TRIE_STARTS;
    }
    return this.#facts.starts;
  }
}

function partsOf(word: Word): readonly WordPart[] {
  const text = word.text;
  if (!word.hyphenated) return text.length > 0 ? [{ text, start: word.start, end: word.start + text.length }] : [];
  const parts: WordPart[] = [];
  let partStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && text.charCodeAt(index) !== HYPHEN) continue;
    if (index > partStart) parts.push({ text: text.slice(partStart, index), start: word.start + partStart, end: word.start + index });
    partStart = index + 1;
  }
  return parts;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The first UTF-16 unit is not its own lower case: an upper-case (or title-case) letter. */
function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/** "'s" or a bare closing apostrophe ends the word (but not "O'" names like "D'Hondt"). */
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

/**
 * Whether a sentence may hold an organisation, read from its tokens before any word is built:
 * false only when no word could head a name, start a gazetteer name or acronym, or be an
 * acronym. An over-estimate of the rules' own test (which knows whether the sentence is
 * shouted, and runs on the words of the sentences let through), so no sentence is lost.
 *
 * @example
 * ```ts
 * mayHoldOrganization(sentence); // false for "He said so.", true for "The CSTO met."
 * ```
 */
export function mayHoldOrganization(sentence: SentenceView): boolean {
  for (const token of sentence.tokens) {
    if (token.kind === "space") continue;
    const value = token.value;
    // "C5+1" is one word whose spelling no token shows: let the words decide.
    if (value === "+") return true;
    if (token.kind !== "word" && value !== "&") continue;
    const first = value.charCodeAt(0);
    // A plain lower-case word (most words) is no head, name or acronym, and opens an acronym
    // only with a letter some acronym starts with.
    if (first >= 97 && first <= 122 && value.indexOf("-") < 0) {
      if (mayStartAcronymWith(first)) return true;
      continue;
    }
    if (spellingOf(value).mayMatter) return true;
  }
  return false;
}

/**
 * Reads a sentence's tokens into {@link Word}s. Linear in the number of tokens.
 *
 * @example
 * ```ts
 * wordsOf(sentence).map((word) => word.text); // ["The", "CSTO", "role"] for "The CSTO's role."
 * ```
 */
export function wordsOf(sentence: SentenceView): Word[] {
  const words: Word[] = [];
  const tokens = sentence.tokens;
  let before = "";
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.kind === "space") continue;
    if (token.kind !== "word" && token.value !== "&") {
      before += token.value;
      continue;
    }
    let text = token.value;
    let end = token.end;
    // Glue "+" and the word after it when no space separates them: "C5+1", "OPEC+".
    while (tokens[index + 1]?.value === "+" && tokens[index + 1]?.start === end) {
      const next = tokens[index + 2];
      if (next && next.kind === "word" && next.start === (tokens[index + 1]?.end ?? -1)) {
        text += `+${next.value}`;
        end = next.end;
        index += 2;
      } else {
        text += "+";
        end += 1;
        index += 1;
      }
    }
    words.push(new SentenceWord(text, token.start, end, before));
    before = "";
  }
  return words;
}

/** At least two letters and none in lower case ("OSCE", "U.N."), or a letter and digits ("G20"). */
function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
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
  return first >= 65 && first <= 90 && isDigit(text.charCodeAt(1));
}

/** True when most words of the sentence are written in capitals (a shouted headline). */
export function isShouted(words: readonly Word[]): boolean {
  if (words.length < 4) return false;
  let caps = 0;
  for (const word of words) if (word.allCaps) caps++;
  return caps * 5 > words.length * 3;
}
