import { VFile } from "vfile";
import { documentOf } from "../../core/document.js";
import { parseCleanText } from "../../core/tokenize.js";
import { lexiconFor } from "../../lexicon/index.js";
import type { Lexicon } from "../../lexicon/types.js";
import { dateTokensOf } from "./document-tokens.js";
import type { DateTokens } from "./tokens.js";

/**
 * The date grammar's tokens of a plain string, read as a document of the language's own
 * tokenizer would be (offsets are into the string): for `normalizeDate` and for tests.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("On 7–8 June");
 * tokens.length; // 5
 * tokens.get(4)?.text; // "June"
 * ```
 */
export function dateTokensOfText(text: string, lexicon: Lexicon = lexiconFor("en")): DateTokens {
  const tree = parseCleanText(text, lexicon.createParser());
  const file = new VFile(text);
  file.data.language = lexicon.language;
  return dateTokensOf(documentOf(tree, file));
}
