import { NON_ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS } from "../../data/organizations.js";
import { isKnownAcronym } from "./matcher.js";
import { isTitleWord } from "./runs.js";
import type { AcronymUse, CleanSpan } from "./types.js";
import type { Word, WordPart } from "./words.js";

const ROMAN = /^[IVXLCDM]+$/;
const ACRONYM_SHAPE = /^[A-Z][A-Z0-9&]*$/;
const MEMBER_WORDS = new Set(["member", "members", "member-states", "member-countries"]);

/**
 * Finds all-capital words the gazetteer does not know ("NTEC"), which the text may define
 * or use as an organisation. Skips country codes, roman numerals and technical
 * abbreviations ("DPRK", "XXI", "COVID-19", "ICT"), words inside gazetteer matches, and
 * shouted sentences.
 *
 * @example
 * ```ts
 * unknownAcronyms(wordsOf(sentence), 0, []);
 * // "the XYZ Secretariat" → [{ acronym: "XYZ", organizationContext: true, … }]
 * ```
 */
export function unknownAcronyms(words: readonly Word[], sentence: number, skip: readonly CleanSpan[]): AcronymUse[] {
  const uses: AcronymUse[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    if (!looksLikeAcronym(word)) continue;
    // A word without a hyphen is its only part: no parts need be made for it.
    if (word.hyphenated ? word.parts.some(isKnownPart) : isKnownAcronym(word.text)) continue;
    if (covers(skip, word)) continue;
    const next = words[index + 1];
    const organizationContext =
      next !== undefined &&
      next.before === "" &&
      ((next.capitalized && (ORGANIZATION_HEADS.has(next.fold) || isTitleWord(next))) || MEMBER_WORDS.has(next.fold));
    uses.push({ acronym: word.text, start: word.start, end: word.end, sentence, organizationContext });
  }
  return uses;
}

const isKnownPart = (part: WordPart): boolean => isKnownAcronym(part.text);

/** Whether one of the spans covers the word (a plain loop: a closure here would cost an allocation per word). */
function covers(spans: readonly CleanSpan[], word: Word): boolean {
  for (const span of spans) if (span.start <= word.start && span.end >= word.end) return true;
  return false;
}

function looksLikeAcronym(word: Word): boolean {
  // Most words have a lower-case letter: the cheap test comes first.
  if (!word.allCaps) return false;
  const text = word.text;
  if (text.length < 2 || text.length > 8 || (word.hyphenated && word.parts.length > 1)) return false;
  if (!ACRONYM_SHAPE.test(text)) return false;
  if (ROMAN.test(text) || NON_ORGANIZATION_ACRONYMS.has(text)) return false;
  return true;
}
