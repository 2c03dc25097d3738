import { describe, expect, it } from "vitest";
import { readDates } from "../../../src/normalize/dates/read.js";
import { dateTokensOfText } from "../../../src/normalize/dates/text-tokens.js";

/** The context of each date of a text, as [date as written, context, rule, telling word]. */
function contexts(text: string): [string, string | null, string | null, string | null][] {
  const { tokens, dates, contexts: found } = readDates(dateTokensOfText(text));
  return dates.map((date, index) => {
    const context = found[index] ?? null;
    return [text.slice(date.start, date.end), context?.context ?? null, context?.rule ?? null, context ? (tokens.get(context.token)?.text ?? null) : null];
  });
}

describe("the context of a date", () => {
  it.each([
    ["in force since 1 January 2020", "bound", "bound-word", "since"],
    ["the protocol dated 5 May 2019", "document", "dated", "dated"],
    ["the statement of 9 November 2020", "document", "document-of", "statement"],
    ["marked the 30th anniversary of relations established on 5 April 1992", "anniversary", "anniversary-word", "anniversary"],
    ["The next round will be held on 14 July 2020", "future", "future-word", "will"],
    ["The forum is to be held on 14 July 2020", "future", "future-phrase", "be"],
  ])("%s", (text, context, rule, word) => {
    expect(contexts(text)).toEqual([[expect.any(String), context, rule, word]]);
  });

  it("is shared by a date listed right after another", () => {
    expect(contexts("the decrees of March 3, 2015 and June 9, 2016")).toEqual([
      ["March 3, 2015", "document", "document-of", "decrees"],
      ["June 9, 2016", "document", "list", "June"],
    ]);
  });

  it("is none when an event verb stands between an anniversary and the date", () => {
    expect(contexts("who marked the 25th anniversary of relations, held talks in Minsk on 8 June 2017")).toEqual([["8 June 2017", null, null, null]]);
  });
});
