import type { Sentence } from "../../core/document.js";
import { Word, type WordPart } from "../../core/word.js";
import { NO_TRIE_STARTS, mayStartAcronymWith, type TrieStarts } from "./gazetteer.js";
import { ALL_CAPS, CAPITALIZED, POSSESSIVE, isLowerAscii, type NameLexicon, type Spelling } from "./spelling.js";

const HYPHEN = 45;

// Facts of each word of a view, one byte per word, worked out in one pass when the view is made:
// the rules' scans (gazetteer starts, head nouns, name words, acronyms, capitals) then skip the
// words that cannot matter by one array read instead of a chain of calls per word and rule.
/** A gazetteer name may start at the word (capitalised, and its fold opens the name trie). */
const OPENS_NAME = 1;
/** A gazetteer acronym may start at the word or at a hyphen part of it (sentence not shouted). */
const OPENS_ACRONYM = 2;
/** {@link NameWords.isHead}. */
const HEAD = 4;
/** {@link NameWords.allCaps}. */
const ALL_CAPS_WORD = 8;
/** {@link NameWords.isNameWord}. */
const NAME_WORD = 16;
/** Capitalised and hyphenated: may open a joint body's name ("Franco-Kazakh"). */
const CAPITALIZED_COMPOUND = 32;

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
  /**
   * The spellings looked up so far, by the word's position among the sentence's tokens: the
   * rules ask about the same words again and again, and a slot here is cheaper than a lookup
   * of the spelling's text each time.
   */
  readonly #spellings: (Spelling | undefined)[];
  /** The facts of each word ({@link OPENS_NAME} …), by its position in {@link NameWords.words}. */
  readonly #facts: Uint8Array;
  /** Some word is a head noun. */
  readonly hasHead: boolean;
  /** How many words are {@link NameWords.allCaps}. */
  readonly #allCapsCount: number;

  constructor(words: readonly Word[], before: readonly string[], lexicon: NameLexicon, tokens: number) {
    this.words = words;
    this.before = before;
    this.lexicon = lexicon;
    this.#spellings = new Array<Spelling | undefined>(tokens);
    const facts = new Uint8Array(words.length);
    let any = 0;
    let allCapsCount = 0;
    for (let index = 0; index < words.length; index++) {
      const fact = this.#factsOf(words[index] as Word);
      facts[index] = fact;
      any |= fact;
      if ((fact & ALL_CAPS_WORD) !== 0) allCapsCount++;
    }
    this.#facts = facts;
    this.hasHead = (any & HEAD) !== 0;
    this.#allCapsCount = allCapsCount;
  }

  /** The facts of one word, from its spelling (looked up only when its first letter does not tell). */
  #factsOf(word: Word): number {
    const first = word.value.charCodeAt(0);
    // A lower-case word without a hyphen is no head, name word, capital or compound, and opens
    // an acronym only with a letter one starts with: most words need no spelling looked up.
    const lowerFirst = isLowerAscii(first);
    if (lowerFirst && !word.hyphenated && !mayStartAcronymWith(first)) return 0;
    // The same tests as the methods of the same names, read off one spelling.
    const spelling = this.spelling(word);
    const starts = spelling.starts;
    let fact = 0;
    if (!lowerFirst && (spelling.flags & CAPITALIZED) !== 0) {
      if (starts.name !== undefined) fact |= OPENS_NAME;
      if (spelling.head) fact |= HEAD;
      if (!spelling.title && spelling.nameable) fact |= NAME_WORD;
      if (word.hyphenated) fact |= CAPITALIZED_COMPOUND;
    }
    if (word.hyphenated ? starts.acronymPart : starts.acronym !== undefined) fact |= OPENS_ACRONYM;
    if (!lowerFirst && (spelling.flags & ALL_CAPS) !== 0) fact |= ALL_CAPS_WORD;
    return fact;
  }

  /** A gazetteer name may start at the word at `index` (see {@link findKnown}'s rules): false tells it does not. */
  mayOpenName(index: number): boolean {
    return ((this.#facts[index] as number) & OPENS_NAME) !== 0;
  }

  /** A gazetteer acronym may start at the word at `index` or at a hyphen part of it: false tells it does not. */
  mayOpenAcronym(index: number): boolean {
    return ((this.#facts[index] as number) & OPENS_ACRONYM) !== 0;
  }

  /** {@link NameWords.isNameWord} of the word at `index`, without a call per rule. */
  isNameWordAt(index: number): boolean {
    return ((this.#facts[index] as number) & NAME_WORD) !== 0;
  }

  /** {@link NameWords.allCaps} of the word at `index`. */
  allCapsAt(index: number): boolean {
    return ((this.#facts[index] as number) & ALL_CAPS_WORD) !== 0;
  }

  /** The word at `index` is capitalised and hyphenated ("Franco-Kazakh"). */
  capitalizedCompoundAt(index: number): boolean {
    return ((this.#facts[index] as number) & CAPITALIZED_COMPOUND) !== 0;
  }

  /** The facts of the word's spelling (the word is one of {@link NameWords.words}). */
  spelling(word: Word): Spelling {
    let spelling = this.#spellings[word.index];
    if (spelling === undefined) {
      spelling = this.lexicon.spellingOf(word.value);
      this.#spellings[word.index] = spelling;
    }
    return spelling;
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
    // No token opens with a hyphen (one before a word is punctuation of its own), so the
    // document's flag (a hyphen after the first character) says it.
    return word.hyphenated;
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
    // More than three words in five (counted when the view was made).
    return this.#allCapsCount >= Math.floor((words.length * 3) / 5) + 1;
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
    // only with a letter some acronym starts with ("eGA"): then its spelling tells whether it
    // does (a sentence with an "economic" and nothing else holds no organisation).
    if (isLowerAscii(first) && value.indexOf("-") < 0) {
      if (mayStartAcronymWith(first) && lexicon.spellingOf(value).mayMatter) return true;
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
  return new NameWords(words, befores, lexicon, tokens.length);
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
