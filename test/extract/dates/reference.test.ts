import { describe, expect, it } from "vitest";
import { analyzeRelease } from "../../../src/index.js";

function ruleIds(file: ReturnType<typeof analyzeRelease>): string[] {
  return file.messages.map((message) => String(message.ruleId));
}

describe("the reference day", () => {
  it("comes from the caller when given, and no message says otherwise", () => {
    const file = analyzeRelease("Minister holds talks in Ankara\n\nThe minister met his counterpart in Ankara yesterday to discuss trade.", {
      referenceDate: "2021-06-02",
    });
    expect(file.data.date?.start).toBe("2021-06-01");
    expect(ruleIds(file)).not.toContain("date:reference-from-text");
  });

  it.each([
    ["a dateline with the date in brackets", "HERAT, Afghanistan (Feb. 14, 2014) - The governor met the elders of the province yesterday.", "2014-02-13"],
    ["a dateline with a dash", "GENEVA, 3 May 2016- The Special Envoy yesterday met the delegations in the Palais.", "2016-05-02"],
    ["a date stamp on its own line", "Envoys discuss the ceasefire in Geneva\n14.03.2018\nThe envoys met today and discussed the ceasefire in detail.", "2018-03-14"],
    ["an ISO timestamp line", "Talks with the President of Peru\n\n2019-07-04T10:00:00Z\n\nThe President held talks with the President of Peru today in the Kremlin.", "2019-07-04"],
    ["a weekday and date stamp", "Envoy meets the Prime Minister\n\nThursday, October 3, 2019\n\nThe Envoy met today with the Prime Minister to discuss the elections.", "2019-10-03"],
    ["a dateline with a news agency", "TBILISI, June 4, 2015 (Agency) - The minister met his counterpart on Tuesday to discuss transit.", "2015-06-02"],
    ["a stamp with a time", "Minister receives the Ambassador\n\n11 February 2021 16:05\n\nThe minister received the Ambassador today at the ministry.", "2021-02-11"],
    ["a publishing-date label", "Ministers meet in Oslo\nPublished: 12 September 2018\nThe ministers met today in Oslo to review the energy dialogue.", "2018-09-12"],
  ])("comes from %s when the caller gives none", (_label, text, event) => {
    const file = analyzeRelease(text);
    expect(file.data.date?.start).toBe(event);
    expect(ruleIds(file)).toContain("date:reference-from-text");
  });

  it("comes from a stamp glued after a repeated headline", () => {
    const text =
      "Defence ministers of the member states discussed joint training plans\n\n" +
      "Defence ministers of the member states discussed joint training plans 05.10.2018\n\n" +
      "The ministers met today in Dushanbe and approved the plan of joint exercises.";
    const file = analyzeRelease(text);
    expect(file.data.date?.start).toBe("2018-10-05");
    expect(file.data.dateMentions?.[0]?.kind).toBe("stamp");
  });

  it("skips a 'Last updated' revision stamp", () => {
    const text = "Minister receives envoy\n\nModified: 20.05.2016 09:12\n\nThe minister received the envoy yesterday in the ministry.";
    const file = analyzeRelease(text);
    expect(file.data.date).toBeNull();
    expect(ruleIds(file)).toContain("date:unresolved");
  });

  it("keeps spans in the original text", () => {
    const text = "Minister   holds talks\n\n\nOSLO,  12  September 2018 - The minister met the delegation  today.";
    const file = analyzeRelease(text);
    for (const mention of file.data.dateMentions ?? []) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(file.data.dateMentions?.map((mention) => mention.kind)).toEqual(["dateline", "relative"]);
    const span = file.data.date?.span;
    expect(span && text.slice(span.start, span.end)).toBe("today");
  });
});
