import type { Lexicon } from "../../../lexicon/types.js";
import type { DateToken, DateTokens } from "../tokens.js";
import type { DateParts, ParsedDate } from "../types.js";

/**
 * A small parser in chrono's shape: a cheap test of the token a match is anchored on, and
 * an extract step that reads the expression around it (it may take a word before the
 * anchor, such as "from" or "late", but never before `floor`). Its words come from the
 * lexicon of the text's language (`tokens.lexicon`).
 */
export interface DatePattern {
  /** The pattern's id, which every parse it makes carries (`ParsedDate.parser`). */
  readonly name: string;
  readonly anchor: (token: DateToken, lexicon: Lexicon) => boolean;
  /**
   * What the anchor can accept at most, so the scanner need not ask it elsewhere: `"number"`
   * (number tokens only) or the lower-case words of a lexicon it may accept (word tokens
   * only). Left out, the anchor is asked at every token.
   */
  readonly anchorOn?: "number" | ((lexicon: Lexicon) => Iterable<string>) | undefined;
  readonly extract: (tokens: DateTokens, index: number, floor: number) => ParsedDate | null;
}

/** Fields of a parse besides its place. */
export type ParsedFields = Omit<ParsedDate, "parser" | "first" | "last" | "start" | "end">;

/**
 * Makes a parse covering tokens `[first, last)`.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("in 2018");
 * parsed("year", tokens, 1, 2, { form: "year", from: { year: 2018, month: null, day: null }, to: null });
 * ```
 */
export function parsed(parser: string, tokens: DateTokens, first: number, last: number, fields: ParsedFields): ParsedDate {
  const head = tokens.get(first) as DateToken;
  const tail = tokens.get(last - 1) as DateToken;
  return { parser, first, last, start: head.start, end: tail.end, ...fields };
}

/**
 * Date parts from numbers.
 *
 * @example
 * ```ts
 * parts(2017, 11, 2); // { year: 2017, month: 11, day: 2 }
 * ```
 */
export function parts(year: number | null, month: number | null, day: number | null): DateParts {
  return { year, month, day };
}
