import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../../src/index.js";

const REFERENCE = { referenceDate: "2017-11-15" };

/** The one mention a phrase yields, as [text, value, endValue, kind]. */
function only(text: string, options: { referenceDate?: string } = REFERENCE): [string, string, string | null, string] {
  const mentions = normalizeDate(text, options);
  expect(mentions, `mentions of ${JSON.stringify(text)}`).toHaveLength(1);
  const [mention] = mentions;
  return [mention!.text, mention!.value, mention!.endValue, mention!.kind];
}

describe("absolute dates", () => {
  it.each([
    ["The envoys met on 2 November 2017 in Geneva.", "2 November 2017", "2017-11-02"],
    ["The envoys met on November 2, 2017 in Geneva.", "November 2, 2017", "2017-11-02"],
    ["Signed in Dushanbe 02.11.2017 by both sides.", "02.11.2017", "2017-11-02"],
    ["Council meeting, 16/05/2017 - results", "16/05/2017", "2017-05-16"],
    ["Posted 2017-11-02 by the press office", "2017-11-02", "2017-11-02"],
    ["Press release 2017.11.02 Seoul", "2017.11.02", "2017-11-02"],
    ["Issued on 08 Jan. 2020", "08 Jan. 2020", "2020-01-08"],
    ["HERAT (Jan. 25, 2013) - The governor spoke.", "Jan. 25, 2013", "2013-01-25"],
    ["It opened on the 3rd of March 2015.", "3rd of March 2015", "2015-03-03"],
  ])("%s", (text, written, value) => {
    expect(only(text)).toEqual([written, value, null, "absolute"]);
  });

  it("reads an ISO timestamp as a timestamp", () => {
    expect(only("2021-10-28T11:30:00Z")).toEqual(["2021-10-28T11:30:00Z", "2021-10-28", null, "timestamp"]);
  });

  it("reads day first when both numbers could be a month, month first when the second cannot", () => {
    expect(only("on 05.06.2019 in Baku")[1]).toBe("2019-06-05");
    expect(only("on 05/16/2019 in Baku")[1]).toBe("2019-05-16");
  });
});

describe("implicit years", () => {
  it("takes the year that puts the date nearest the reference day", () => {
    expect(only("The talks took place on 5 March.", { referenceDate: "2024-03-06" })[1]).toBe("2024-03-05");
    expect(only("The talks took place on 28 December.", { referenceDate: "2020-01-03" })[1]).toBe("2019-12-28");
  });

  it("reads 'this year' after a day and month as the reference year", () => {
    expect(only("November 2 this year, the council met.", { referenceDate: "2017-11-15" })).toEqual([
      "November 2 this year",
      "2017-11-02",
      null,
      "absolute",
    ]);
  });

  it("marks an implicit year as inferred and a written one as stated", () => {
    const [implicit] = normalizeDate("on 5 March", { referenceDate: "2024-03-06" });
    const [written] = normalizeDate("on 5 March 2024", { referenceDate: "2024-03-06" });
    expect(implicit?.inferred).toBe(true);
    expect(written?.inferred).toBe(false);
  });

  it("lets the year written last in a list cover the dates before it", () => {
    const values = normalizeDate("the decrees of March 3, June 9 and August 1, 2015").map((mention) => mention.value);
    expect(values).toEqual(["2015-03-03", "2015-06-09", "2015-08-01"]);
  });
});

describe("ranges", () => {
  it.each([
    ["The forum runs December 7-8.", "December 7-8", "2017-12-07", "2017-12-08"],
    ["The forum ran on 7–8 December 2017.", "7–8 December 2017", "2017-12-07", "2017-12-08"],
    ["Talks went on from 7 to 9 June.", "from 7 to 9 June", "2018-06-07", "2018-06-09"],
    ["Calls took place on January 6–7.", "January 6–7", "2018-01-06", "2018-01-07"],
    ["The session lasted 30 November – 2 December 2022.", "30 November – 2 December 2022", "2022-11-30", "2022-12-02"],
    ["The session lasted November 30 - December 2, 2022.", "November 30 - December 2, 2022", "2022-11-30", "2022-12-02"],
    ["in Vienna (December 7-8, this year)", "December 7-8, this year", "2018-12-07", "2018-12-08"],
    ["The forum was held on 16-17.05.2018 in Minsk.", "16-17.05.2018", "2018-05-16", "2018-05-17"],
    ["The visit lasted 30 December – 2 January 2023.", "30 December – 2 January 2023", "2022-12-30", "2023-01-02"],
    ["A state visit from Monday 4 June until Wednesday 6 June.", "Monday 4 June until Wednesday 6 June", "2018-06-04", "2018-06-06"],
    ["In Oslo from Friday, 29 December 2017 to Tuesday, 2 January 2018.", "Friday, 29 December 2017 to Tuesday, 2 January 2018", "2017-12-29", "2018-01-02"],
  ])("%s", (text, written, value, endValue) => {
    expect(only(text, { referenceDate: "2018-03-10" }).slice(0, 3)).toEqual([written, value, endValue]);
  });

  it("joins days with 'and' only when they follow each other or after 'between'", () => {
    expect(only("met on 7 and 8 June", REFERENCE).slice(1, 3)).toEqual(["2017-06-07", "2017-06-08"]);
    expect(only("between 7 and 9 June", REFERENCE).slice(1, 3)).toEqual(["2017-06-07", "2017-06-09"]);
    expect(normalizeDate("on 5 and 9 June", REFERENCE).map((mention) => mention.value)).toEqual(["2017-06-09"]);
    expect(only("met on June 7 and 8", REFERENCE).slice(1, 3)).toEqual(["2017-06-07", "2017-06-08"]);
    expect(normalizeDate("on June 5 and 9", REFERENCE).map((mention) => mention.value)).toEqual(["2017-06-05"]);
  });

  it("keeps two weekday dates apart without 'from' before them", () => {
    expect(normalizeDate("met on Monday 4 June and Wednesday 6 June", REFERENCE).map((mention) => mention.endValue)).toEqual([null, null]);
  });

  it("reads a range of years", () => {
    expect(only("the plan for 2018-2019")).toEqual(["2018-2019", "2018", "2019", "range"]);
    expect(only("the period (2023–24)")).toEqual(["2023–24", "2023", "2024", "range"]);
  });
});

describe("year-first dotted dates", () => {
  it("needs two digits for the month and the day", () => {
    expect(normalizeDate("Installed release 2017.1.5 of the tool.", REFERENCE)).toEqual([]);
    expect(only("Stamped 2017.03.09.")[1]).toBe("2017-03-09");
  });
});

describe("relative days and weekdays", () => {
  it.each([
    ["The ministers met today.", "today", "2019-04-01"],
    ["The ministers met yesterday.", "yesterday", "2019-03-31"],
    ["The ministers meet tomorrow.", "tomorrow", "2019-04-02"],
    ["at today's session", "today's", "2019-04-01"],
    ["the day before yesterday", "the day before yesterday", "2019-03-30"],
    ["at this morning's session", "this morning's", "2019-04-01"],
  ])("%s", (text, written, value) => {
    expect(only(text, { referenceDate: "2019-04-01" })).toEqual([written, value, null, "relative"]);
  });

  it("reads a weekday as the last such day on or before the reference day", () => {
    // 2020-01-10 is a Friday.
    expect(only("They spoke on Wednesday.", { referenceDate: "2020-01-10" })).toEqual(["Wednesday", "2020-01-08", null, "weekday"]);
    expect(only("They spoke on Friday.", { referenceDate: "2020-01-10" })[1]).toBe("2020-01-10");
    expect(only("They spoke last Friday.", { referenceDate: "2020-01-10" })[1]).toBe("2020-01-03");
    expect(only("They meet next Monday.", { referenceDate: "2020-01-10" })[1]).toBe("2020-01-13");
  });

  it("reads a weekday of a named week in that calendar week", () => {
    // 2020-01-15 is a Wednesday; weeks start on Monday.
    expect(only("They spoke on Thursday last week.", { referenceDate: "2020-01-15" })).toEqual(["Thursday last week", "2020-01-09", null, "weekday"]);
    expect(only("They spoke on Monday of last week.", { referenceDate: "2020-01-15" })[1]).toBe("2020-01-06");
    expect(only("They spoke on Friday, last week, in Oslo.", { referenceDate: "2020-01-15" })[1]).toBe("2020-01-10");
  });

  it("reads a stretch of weekdays as the days ending on the last one", () => {
    expect(only("The talks ran on Monday and Tuesday.", { referenceDate: "2020-01-15" })).toEqual(["Monday and Tuesday", "2020-01-13", "2020-01-14", "weekday"]);
    expect(only("The session ran from Sunday to Tuesday.", { referenceDate: "2020-01-15" }).slice(1, 3)).toEqual(["2020-01-12", "2020-01-14"]);
    // Two days a week apart are no stretch.
    expect(normalizeDate("They met on Monday and Thursday.", { referenceDate: "2020-01-17" }).map((mention) => mention.value)).toEqual(["2020-01-13", "2020-01-16"]);
  });

  it("lets an explicit date beside a weekday win", () => {
    expect(only("had a call on Wednesday (8 January 2020) with", { referenceDate: "2020-01-20" })).toEqual([
      "Wednesday (8 January 2020)",
      "2020-01-08",
      null,
      "absolute",
    ]);
  });

  it("leaves relative words out without a reference day", () => {
    expect(normalizeDate("The ministers met yesterday.")).toEqual([]);
  });
});

describe("months and years", () => {
  it.each([
    ["The visit is planned in April.", "April", "2017-04", "month"],
    ["Trade grew in April 2021.", "April 2021", "2021-04", "month"],
    ["a visit scheduled for June", "June", "2017-06", "month"],
    ["a summit in late November", "late November", "2017-11", "month"],
    ["talks in mid-May", "mid-May", "2017-05", "month"],
    ["as agreed in 2018", "2018", "2018", "year"],
    ["the budget for 2020", "2020", "2020", "year"],
    ["earlier this year", "this year", "2017", "year"],
    ["in the fourth quarter of 2024", "the fourth quarter of 2024", "2024", "year"],
  ])("%s", (text, written, value, kind) => {
    expect(only(text)).toEqual([written, value, null, kind]);
  });

  it("counts 'last year' and 'next year' from the reference year", () => {
    expect(only("Trade grew last year.")[1]).toBe("2016");
    expect(only("The summit is next year.")[1]).toBe("2018");
  });
});
