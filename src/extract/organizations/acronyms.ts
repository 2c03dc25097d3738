import type { Word, WordPart } from "../../core/word.js";
import { NON_ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS } from "../../data/organizations.js";
import { isKnownAcronym } from "./gazetteer.js";
import type { AcronymUse, CleanSpan } from "./types.js";
import type { NameWords } from "./words.js";

const ROMAN = /^[IVXLCDM]+$/;
const ACRONYM_SHAPE = /^[A-Z][A-Z0-9&]*$/;

/**
 * Finds all-capital words the gazetteer does not know ("NTEC"), which the text may define
 * or use as an organisation. Skips country codes, roman numerals and technical
 * abbreviations ("DPRK", "XXI", "COVID-19", "ICT"), words inside gazetteer matches, and
 * shouted sentences.
 *
 * @example
 * ```ts
 * unknownAcronyms(nameWordsOf(sentence, lexicon), 0, []);
 * // "the XYZ Secretariat" → [{ acronym: "XYZ", organizationContext: true, … }]
 * ```
 */
export function unknownAcronyms(view: NameWords, sentence: number, skip: readonly CleanSpan[]): AcronymUse[] {
  const uses: AcronymUse[] = [];
  const words = view.words;
  for (let index = 0; index < words.length; index++) {
    // Most words have a lower-case letter: the view's facts tell without a call.
    if (!view.allCapsAt(index)) continue;
    const word = words[index] as Word;
    if (!looksLikeAcronym(view, word)) continue;
    const text = view.text(word);
    // A word without a hyphen is its only part: no parts need be made for it.
    if (view.hyphenated(word) ? view.parts(word).some(isKnownPart) : isKnownAcronym(text)) continue;
    const end = view.end(word);
    if (covers(skip, word.start, end)) continue;
    const next = words[index + 1];
    const organizationContext =
      next !== undefined &&
      view.before[index + 1] === "" &&
      ((view.capitalized(next) && (ORGANIZATION_HEADS.has(view.fold(next)) || view.isTitle(next))) || view.lexicon.memberWords.has(view.fold(next)));
    const beforeCapitals = next !== undefined && view.allCaps(next);
    uses.push({ acronym: text, start: word.start, end, sentence, organizationContext, beforeCapitals });
  }
  return uses;
}

const isKnownPart = (part: WordPart): boolean => isKnownAcronym(part.text);

/** Whether one of the spans covers the word (a plain loop: a closure here would cost an allocation per word). */
function covers(spans: readonly CleanSpan[], start: number, end: number): boolean {
  for (const span of spans) if (span.start <= start && span.end >= end) return true;
  return false;
}

function looksLikeAcronym(view: NameWords, word: Word): boolean {
  // Most words have a lower-case letter: the cheap test comes first.
  if (!view.allCaps(word)) return false;
  const text = view.text(word);
  if (text.length < 2 || text.length > 8 || (view.hyphenated(word) && view.parts(word).length > 1)) return false;
  if (!ACRONYM_SHAPE.test(text)) return false;
  if (ROMAN.test(text) || NON_ORGANIZATION_ACRONYMS.has(text)) return false;
  return true;
}
