import type { Word } from "../../core/word.js";
import type { NamedFinding } from "./types.js";
import type { NameWords } from "./words.js";

/** How many words a company's name in quotation marks may hold. */
const QUOTED_WORDS = 5;

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "\u201c", "\u00ab", "\u201e"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "\u201d", "\u00bb", "\u201c"]);

/**
 * "Open Joint Stock Holding Company \"Pamir Energy\"", "JSC \"Uztransgaz\"": a company named in
 * quotation marks right after its legal form, which the runs of capitalised words cannot read
 * (the form is no name of its own, and the quoted words hold no head noun). The company is
 * named by the quoted words; its form is left out, as the rule "legal-form-alone" leaves it.
 *
 * @example
 * ```ts
 * quotedCompanies(nameWordsOf(sentence, lexicon), sentence.index);
 * // "experts of JSC \"Uztransgaz\" attended" → [{ type: "named", name: "Uztransgaz", kind: "company", ... }]
 * ```
 */
export function quotedCompanies(view: NameWords, sentence: number): NamedFinding[] {
  const words = view.words;
  let found: NamedFinding[] | null = null;
  for (let index = 1; index < words.length; index++) {
    // Most words stand after no quotation mark: one read tells.
    if (!OPENING_QUOTES.has(view.before[index]?.trim() ?? "")) continue;
    if (!view.lexicon.companyHeads.has(view.fold(words[index - 1] as Word))) continue;
    let at = index;
    while (at < words.length && at - index < QUOTED_WORDS && (at === index || view.before[at] === "") && view.capitalized(words[at] as Word)) at++;
    // The quotation closes right after the last capitalised word, before a word of the sentence.
    if (at === index || at === words.length || !startsWithClosingQuote(view.before[at] ?? "")) continue;
    const last = words[at - 1] as Word;
    // 'JSC "National Company "Kazakhstan Temir Zholy""': quoted words of a legal form only name no company.
    if (words.slice(index, at).every((word) => view.lexicon.legalFormWords.has(view.fold(word)))) continue;
    const name = words
      .slice(index, at)
      .map((each) => view.text(each))
      .join(" ");
    (found ??= []).push({ type: "named", name, kind: "company", organ: false, start: (words[index] as Word).start, end: view.end(last), sentence });
    index = at;
  }
  return found ?? NO_COMPANIES;
}

const NO_COMPANIES: NamedFinding[] = [];

/** The punctuation before the next word opens with a closing quotation mark ('" and', '",'). */
function startsWithClosingQuote(before: string): boolean {
  return CLOSING_QUOTES.has(before.trim().charAt(0));
}
