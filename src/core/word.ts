import { isAllCaps, isUpperAt, lowerCaseOf } from "./text.js";

/** What a token of a sentence is, as nlcst tells it. */
export type WordKind = "word" | "punctuation" | "symbol";

/**
 * Turns a word's lower-case bare form into the key its language's word lists are keyed by:
 * the form itself in English, a stem in a language whose words decline (Russian "Москве" and
 * "Москва" share one key).
 */
export type WordKeyFunction = (lower: string) => string;

const asItIs: WordKeyFunction = (lower) => lower;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

// Yes-or-no facts of a word, packed in one number: there is a word object per token of every
// release, and a slot per fact would make each object several times larger.
const POSSESSIVE = 1;
const CAPITALIZED = 2;
const ALL_CAPS = 4;
const HYPHENATED = 8;
/** ALL_CAPS has been worked out (it needs a walk over the letters, so it is done on demand). */
const ALL_CAPS_KNOWN = 16;

/**
 * A token of a sentence: a word, a punctuation mark or a symbol (white space is not a token;
 * {@link Word.spaceBefore} says where it stood). The one word type of communique: every
 * concern reads these, made once per release by the document model.
 *
 * Offsets are into the cleaned text; `ReleaseDocument.toOriginal` maps them back to the
 * user's text. Facts that need a walk over the letters are worked out on first use.
 *
 * @example
 * ```ts
 * const word = new Word("Putin's", "word", 0, 7, true, 0);
 * word.bare; // "Putin"
 * word.key; // "putin"
 * word.possessive; // true
 * ```
 */
export class Word {
  /** The token as written. */
  readonly value: string;
  readonly kind: WordKind;
  /** Offsets into the cleaned text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** White space (or the start of the sentence) stands before the token. */
  readonly spaceBefore: boolean;
  /** Position among the tokens of its sentence, from 0. */
  readonly index: number;
  #flags: number;
  #key: string | undefined;
  #lower: string | undefined;
  readonly #keyOf: WordKeyFunction;

  constructor(value: string, kind: WordKind, start: number, end: number, spaceBefore: boolean, index: number, keyOf: WordKeyFunction = asItIs) {
    this.value = value;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.spaceBefore = spaceBefore;
    this.index = index;
    let flags = 0;
    if (kind === "word") {
      if (possessiveLength(value) > 0) flags |= POSSESSIVE;
      if (isUpperAt(value, 0)) flags |= CAPITALIZED;
      if (value.indexOf("-") > 0) flags |= HYPHENATED;
    }
    this.#flags = flags;
    this.#key = undefined;
    this.#lower = undefined;
    this.#keyOf = keyOf;
  }

  /** The token without a possessive ending: "Putin's" → "Putin", "Lukashenkos'" → "Lukashenkos". */
  get bare(): string {
    const cut = (this.#flags & POSSESSIVE) === 0 ? 0 : possessiveLength(this.value);
    return cut === 0 ? this.value : this.value.slice(0, this.value.length - cut);
  }

  /** The whole token in lower case ("russia's"). */
  get lower(): string {
    return (this.#lower ??= lowerCaseOf(this.value));
  }

  /**
   * {@link Word.bare} in lower case, through the language's key function: the form word lists
   * are keyed by ("putin"; a stem in a language whose words decline).
   */
  get key(): string {
    return (this.#key ??= this.#keyOf((this.#flags & POSSESSIVE) === 0 ? this.lower : lowerCaseOf(this.bare)));
  }

  /** The word ends in "'s" (or a bare closing apostrophe after an s). */
  get possessive(): boolean {
    return (this.#flags & POSSESSIVE) !== 0;
  }

  /** The word starts with a capital letter (an initial such as "R." included). */
  get capitalized(): boolean {
    return (this.#flags & CAPITALIZED) !== 0;
  }

  /** The word has at least two letters, all capitals ("CSTO", "U.S."). */
  get allCaps(): boolean {
    let flags = this.#flags;
    if ((flags & ALL_CAPS_KNOWN) === 0) {
      flags |= ALL_CAPS_KNOWN;
      if ((flags & CAPITALIZED) !== 0 && isAllCaps(this.bare)) flags |= ALL_CAPS;
      this.#flags = flags;
    }
    return (flags & ALL_CAPS) !== 0;
  }

  /** The word holds a hyphen after its first character ("Kassym-Jomart", "counter-terrorism"). */
  get hyphenated(): boolean {
    return (this.#flags & HYPHENATED) !== 0;
  }

  /** The word is a word (not punctuation or a symbol) whose value is `text`, in any case. */
  is(text: string): boolean {
    return this.kind === "word" && this.key === text;
  }

  /** The hyphen-separated parts of the word ("Russia" and "ASEAN" of "Russia-ASEAN"), offsets included. */
  get parts(): readonly WordPart[] {
    const text = this.bare;
    if ((this.#flags & HYPHENATED) === 0) return text.length > 0 ? [{ text, start: this.start, end: this.start + text.length }] : [];
    const parts: WordPart[] = [];
    let partStart = 0;
    for (let at = 0; at <= text.length; at++) {
      if (at < text.length && text.charCodeAt(at) !== HYPHEN) continue;
      if (at > partStart) parts.push({ text: text.slice(partStart, at), start: this.start + partStart, end: this.start + at });
      partStart = at + 1;
    }
    return parts;
  }
}

/** A hyphen-separated part of a word, offsets into the cleaned text. */
export interface WordPart {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How many characters of a possessive ending close the text: 2 for "'s", 1 for a bare
 * apostrophe ("Lukashenkos'"), else 0. "O'"-style names ("D'Hondt") keep theirs.
 */
export function possessiveLength(text: string): number {
  const length = text.length;
  if (length <= 2) return 0;
  const last = text.charCodeAt(length - 1);
  let cut = 0;
  if (last === APOSTROPHE || last === RIGHT_QUOTE) cut = 1;
  else if (last === 115 || last === 83) {
    const previous = text.charCodeAt(length - 2);
    if (previous === APOSTROPHE || previous === RIGHT_QUOTE) cut = 2;
  }
  return cut;
}
