import type { ReleaseDocument } from "../../core/document.js";
import { lexiconFor } from "../../lexicon/index.js";
import { TokenReader } from "./token-reader.js";
import type { DateTokens } from "./tokens.js";

/**
 * The date grammar's tokens of a document, read from its words: each word of each sentence
 * is split into runs of letters, runs of digits and single marks ("2nd" is "2" and "nd",
 * "12.03.2024" five tokens, "7–8" three), as the grammar needs them. Lines and clauses are
 * counted on the way: a clause ends at a line break, a semicolon, or a sentence end (". ",
 * "! ", "? " before a capital, a digit, a quote or a bracket, but not after an abbreviation
 * of the lexicon or an initial).
 *
 * White space is what separates the document's words, with one exception kept from the
 * grammar's own reading: a wide space (U+2000–U+200A, U+3000...) that the tokenizer counts
 * as white space is a mark to the grammar, and a zero-width space or byte order mark it
 * keeps inside a word is white space.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOf(documentOf(tree, file)); // "On 7–8 June"
 * tokens.length; // 5
 * tokens.get(4)?.text; // "June"
 * ```
 */
export function dateTokensOf(document: ReleaseDocument): DateTokens {
  const text = document.text;
  const reader = new TokenReader(text, lexiconFor(document.language));
  let cursor = 0;
  for (const sentence of document.sentences) {
    for (const word of sentence.words) {
      if (word.start < cursor) continue;
      // Most words stand one space apart: the space need not be read. Else the stretch
      // between the words is read with the word, for what the tokenizer took for white space.
      if (word.start === cursor + 1 && text.charCodeAt(cursor) === 32) {
        reader.space = true;
        reader.read(word.start, word.end);
      } else {
        reader.read(cursor, word.end);
      }
      cursor = word.end;
    }
  }
  if (cursor < text.length) reader.read(cursor, text.length);
  return reader.tokens;
}
