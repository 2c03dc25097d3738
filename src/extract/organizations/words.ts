import type { SentenceView } from "../../pipeline/document.js";
import { foldOrganizationWord } from "../../normalize/organization.js";

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
  readonly parts: readonly WordPart[];
  /** The word carried "'s" (or a bare closing apostrophe), now removed. */
  readonly possessive: boolean;
  /** Punctuation between the previous word and this one (spaces left out), e.g. "(" or ", ". */
  readonly before: string;
  /** Starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Has at least two letters and no lower-case letter ("OSCE", "G20"). */
  readonly allCaps: boolean;
}

const POSSESSIVE = /['\u2019]s?$/;

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
    let possessive = false;
    if (text.length > 2 && POSSESSIVE.test(text) && !/^[A-Z]'/.test(text)) {
      const stripped = text.replace(POSSESSIVE, "");
      end -= text.length - stripped.length;
      text = stripped;
      possessive = true;
    }
    words.push(makeWord(text, token.start, end, possessive, before));
    before = "";
  }
  return words;
}

function makeWord(text: string, start: number, end: number, possessive: boolean, before: string): Word {
  const parts: WordPart[] = [];
  let partStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && text[index] !== "-") continue;
    if (index > partStart) parts.push({ text: text.slice(partStart, index), start: start + partStart, end: start + index });
    partStart = index + 1;
  }
  const first = text.charAt(0);
  return {
    text,
    start,
    end,
    fold: foldOrganizationWord(text),
    parts,
    possessive,
    before,
    capitalized: first !== first.toLowerCase(),
    allCaps: isAllCaps(text),
  };
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
  return letters >= 2 || (letters === 1 && /^[A-Z]\d/.test(text));
}

/** True when most words of the sentence are written in capitals (a shouted headline). */
export function isShouted(words: readonly Word[]): boolean {
  if (words.length < 4) return false;
  let caps = 0;
  for (const word of words) if (word.allCaps) caps++;
  return caps * 5 > words.length * 3;
}
