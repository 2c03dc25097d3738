import type { SentenceView } from "../pipeline/document.js";

/** A non-space token of a sentence, with what the people chunker needs to know about it. */
export interface Word {
  /** The token as written. */
  readonly value: string;
  /** The token without a possessive ending ("Putin's" → "Putin"). */
  readonly bare: string;
  /** True for a possessive ("Putin's", "Pashinyan’s"). */
  readonly possessive: boolean;
  readonly kind: "word" | "punctuation" | "symbol";
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
  /** True when white space stands before the token. */
  readonly spaceBefore: boolean;
  /** True when the word starts with a capital letter (or is an initial such as "R."). */
  readonly capitalized: boolean;
  /** True when every letter is a capital ("CSTO", "U.S."). */
  readonly allCaps: boolean;
}

/** The non-space tokens of a sentence as {@link Word}s. */
export function wordsOf(sentence: SentenceView): Word[] {
  const words: Word[] = [];
  let spaceBefore = true;
  for (const token of sentence.tokens) {
    if (token.kind === "space") {
      spaceBefore = true;
      continue;
    }
    words.push(makeWord(token.value, token.kind, token.start, token.end, spaceBefore));
    spaceBefore = false;
  }
  return words;
}

function makeWord(
  value: string,
  kind: Word["kind"],
  start: number,
  end: number,
  spaceBefore: boolean,
): Word {
  const possessive = kind === "word" && value.length > 2 && /['’]s$/.test(value);
  const bare = possessive ? value.slice(0, -2) : kind === "word" && /['’]$/.test(value) ? value.slice(0, -1) : value;
  const first = bare.charAt(0);
  const capitalized = kind === "word" && first !== first.toLowerCase() && first === first.toUpperCase();
  let letters = 0;
  let capitals = 0;
  for (const char of bare) {
    if (char.toLowerCase() !== char.toUpperCase()) {
      letters++;
      if (char === char.toUpperCase()) capitals++;
    }
  }
  return {
    value,
    bare,
    possessive,
    kind,
    start,
    end,
    spaceBefore,
    capitalized,
    allCaps: letters >= 2 && capitals === letters,
  };
}
