import { NON_ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS } from "../../data/organizations.js";
import { isKnownAcronym } from "./matcher.js";
import { isTitleWord } from "./runs.js";
import type { AcronymUse, CleanSpan } from "./types.js";
import type { Word } from "./words.js";

const ROMAN = /^[IVXLCDM]+$/;
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
  words.forEach((word, index) => {
    if (!looksLikeAcronym(word)) return;
    if (word.parts.some((part) => isKnownAcronym(part.text))) return;
    if (skip.some((span) => span.start <= word.start && span.end >= word.end)) return;
    const next = words[index + 1];
    const organizationContext =
      next !== undefined &&
      next.before === "" &&
      ((next.capitalized && (ORGANIZATION_HEADS.has(next.fold) || isTitleWord(next))) || MEMBER_WORDS.has(next.fold));
    uses.push({ acronym: word.text, start: word.start, end: word.end, sentence, organizationContext });
  });
  return uses;
}

function looksLikeAcronym(word: Word): boolean {
  const text = word.text;
  if (!word.allCaps || text.length < 2 || text.length > 8 || word.parts.length > 1) return false;
  if (!/^[A-Z][A-Z0-9&]*$/.test(text)) return false;
  if (ROMAN.test(text) || NON_ORGANIZATION_ACRONYMS.has(text)) return false;
  return true;
}
