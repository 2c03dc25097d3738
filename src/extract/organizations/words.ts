import { NON_NAME_WORDS, ORGANIZATION_HEADS, TITLE_WORDS } from "../../data/organizations.js";
import type { SentenceView } from "../../pipeline/document.js";
import { foldOrganizationWord } from "../../normalize/organization.js";
import { mayStartAcronymWith, mayStartKnownText } from "./matcher.js";

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
}

/** Lower-case words allowed between the capitalised words of a name. */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "to", "and", "the", "&"]);

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const DOT = /\./g;

/** What the rules ask about a word's text: the same for every occurrence, so computed once. */
interface TextInfo {
  readonly fold: string;
  readonly plain: string;
  readonly title: boolean;
  readonly head: boolean;
  /** Not a stop word ("Our") nor a connector ("of"); with a capital and no title, a name word. */
  readonly nameable: boolean;
}

// Every capitalised word and connector of every sentence is looked up: remember the last
// few thousand distinct texts.
const TEXT_INFO_LIMIT = 20000;
const textInfos = new Map<string, TextInfo>();

function textInfo(text: string): TextInfo {
  const cached = textInfos.get(text);
  if (cached !== undefined) return cached;
  const fold = foldOrganizationWord(text);
  const plain = plainOf(text);
  const info: TextInfo = {
    fold,
    plain,
    title: TITLE_WORDS.has(plain) || TITLE_WORDS.has(fold),
    head: ORGANIZATION_HEADS.has(fold),
    nameable: !NON_NAME_WORDS.has(plain) && !CONNECTORS.has(fold),
  };
  if (textInfos.size >= TEXT_INFO_LIMIT) textInfos.clear();
  textInfos.set(text, info);
  return info;
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

// Yes-or-no facts of a word, packed in one number: a word object per token is the largest
// allocation of the plugin, and four booleans would take four slots of it.
const POSSESSIVE = 1;
const CAPITALIZED = 2;
const ALL_CAPS = 4;
const HYPHENATED = 8;

/**
 * A word whose folded forms and hyphen parts are computed on first use: most words of a
 * sentence are lower-case and never asked for them.
 */
class SentenceWord implements Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly #flags: number;
  #info: TextInfo | undefined = undefined;
  #parts: readonly WordPart[] | undefined = undefined;

  constructor(text: string, start: number, end: number, possessive: boolean, before: string) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.before = before;
    const first = text.charCodeAt(0);
    // A word opening in a lower-case ASCII letter (most words) has a lower-case letter.
    const allCaps = first >= 97 && first <= 122 ? false : isAllCaps(text);
    this.#flags =
      (possessive ? POSSESSIVE : 0) |
      (startsUpperCase(text) ? CAPITALIZED : 0) |
      (allCaps ? ALL_CAPS : 0) |
      (text.indexOf("-") >= 0 ? HYPHENATED : 0);
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
    return (this.#info ??= textInfo(this.text)).fold;
  }

  get plain(): string {
    return (this.#info ??= textInfo(this.text)).plain;
  }

  get parts(): readonly WordPart[] {
    return (this.#parts ??= partsOf(this));
  }

  get title(): boolean {
    return (this.#info ??= textInfo(this.text)).title;
  }

  get head(): boolean {
    return this.capitalized && (this.#info ??= textInfo(this.text)).head;
  }

  get nameWord(): boolean {
    if (!this.capitalized) return false;
    const info = (this.#info ??= textInfo(this.text));
    return !info.title && info.nameable;
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

// What each spelling of a token says about a sentence, remembered like the text facts.
const VERDICT_LIMIT = 20000;
const verdicts = new Map<string, boolean>();

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
    if (mayMatter(value)) return true;
  }
  return false;
}

/** Whether the word a token spells may head a name, start a gazetteer name or acronym, or be an acronym. */
function mayMatter(value: string): boolean {
  let verdict = verdicts.get(value);
  if (verdict === undefined) {
    const cut = possessiveLength(value);
    const text = cut > 0 ? value.slice(0, value.length - cut) : value;
    const capitalized = startsUpperCase(text);
    const first = text.charCodeAt(0);
    verdict =
      (capitalized && textInfo(text).head) ||
      mayStartKnownText(text, capitalized) ||
      (!(first >= 97 && first <= 122) && isAllCaps(text));
    if (verdicts.size >= VERDICT_LIMIT) verdicts.clear();
    verdicts.set(value, verdict);
  }
  return verdict;
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
    const cut = possessiveLength(text);
    if (cut > 0) {
      text = text.slice(0, text.length - cut);
      end -= cut;
    }
    words.push(new SentenceWord(text, token.start, end, cut > 0, before));
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
