import type { ReleaseDocument } from "../../core/document.js";
import { lexiconFor } from "../../lexicon/index.js";
import { TokenReader } from "./token-reader.js";
import type { DateTokens } from "./tokens.js";

/**
 * The date grammar's tokens of a document: its text split into runs of letters, runs of
 * digits and single marks ("2nd" is "2" and "nd", "12.03.2024" five tokens, "7–8" three), as
 * the grammar needs them. Lines and clauses are counted on the way: a clause ends at a line
 * break, a semicolon, or a sentence end (". ", "! ", "? " before a capital, a digit, a quote
 * or a bracket, but not after an abbreviation of the lexicon or an initial).
 *
 * The text is read in one pass rather than word by word: the document's words and the
 * stretches between them cover the text in order, and the reader joins a run that a word
 * boundary cuts, so reading the words one at a time gave the same tokens while touching every
 * word of the document. White space is what the reader takes for it: a wide space (U+2000–
 * U+200A, U+3000...) that the tokenizer counts as white space is a mark to the grammar, and a
 * zero-width space or byte order mark the tokenizer keeps inside a word is white space.
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
  reader.read(0, text.length);
  return reader.tokens;
}
