import { lexiconFor } from "../../lexicon/index.js";
import type { Lexicon } from "../../lexicon/types.js";
import { TokenReader } from "./token-reader.js";
import type { DateTokens } from "./tokens.js";

/**
 * The date grammar's tokens of a plain string (offsets into the string), for `normalizeDate`
 * and tests: the reader of `dateTokensOf` run over the whole string at once, which gives
 * the tokens a document of the string would, without tokenizing it into sentences first.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("On 7–8 June");
 * tokens.length; // 5
 * tokens.get(4)?.text; // "June"
 * ```
 */
export function dateTokensOfText(text: string, lexicon: Lexicon = lexiconFor("en")): DateTokens {
  const reader = new TokenReader(text, lexicon);
  reader.read(0, text.length);
  return reader.tokens;
}
