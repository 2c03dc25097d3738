// Companies a Russian release names in quotation marks after their legal form ("АО «Узтрансгаз»",
// "ТОО «Самрук-Энерго»"), which the gazetteer does not know: the quoted name,
// romanised, is the company ("Uztransgaz"); the legal form is left out, as in English.
import type { Word } from "../../../core/word.js";
import { RU_LEGAL_FORMS } from "../../../lexicon/ru/organizations.js";
import { romanizeRussian } from "../../../normalize/romanize.js";
import { russianGazetteer } from "./gazetteer.js";
import type { InstitutionHit } from "./institutions.js";

/** Most words a quoted company name holds. */
const QUOTED_WORDS = 5;

const LEGAL_FORMS: ReadonlySet<string> = new Set(RU_LEGAL_FORMS);

/**
 * A company named in «» right after its legal form at word `index`, its English name and how
 * many words (quotes included) it spans, or null. A legal form quoted inside ("«НК «...»»") is
 * read through to the name it opens.
 *
 * @example
 * ```ts
 * russianQuotedCompanyAt(words, 0); // "АО «Узтрансгаз»" → { name: "Uztransgaz", length: 3 }
 * ```
 */
export function russianQuotedCompanyAt(words: readonly Word[], index: number): InstitutionHit | null {
  let at = index;
  // "АО «НК «Қазақстан темір жолы»»": each legal form opens the quotation of the next.
  while (LEGAL_FORMS.has((words[at] as Word | undefined)?.value ?? "") && isQuotes(words[at + 1])) at += 2;
  if (at === index) return null;
  const first = at;
  while (at < words.length && at - first < QUOTED_WORDS && (words[at] as Word).kind === "word") at++;
  if (at === first || !isQuotes(words[at]) || !(words[first] as Word).capitalized) return null;
  // A company the gazetteer knows ("«Газпром»", "«Қазақстан темір жолы»") is read there, by its entry.
  if (russianGazetteer().organizationAt(words, first) !== null) return null;
  const name = romanizeRussian(
    words
      .slice(first, at)
      .map((word) => word.value)
      .join(" "),
  );
  let end = at;
  while (isQuotes(words[end])) end++;
  return { name, length: end - index };
}

/** A token of quotation marks only (the cleaning straightens «» to '"'; nested ones close together). */
function isQuotes(word: Word | undefined): boolean {
  if (word === undefined || word.kind === "word" || word.value.length === 0) return false;
  for (const char of word.value) if (!QUOTES.has(char)) return false;
  return true;
}

const QUOTES: ReadonlySet<string> = new Set(['"', "\u00ab", "\u00bb"]);
