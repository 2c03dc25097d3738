import { describe, expect, it } from "vitest";
import { analyzeRelease } from "../../../src/index.js";

function yearMessages(file: ReturnType<typeof analyzeRelease>) {
  return file.messages.filter((message) => message.ruleId === "date:year-inferred");
}

describe("implicit years without a reference date", () => {
  it("come from a Unix-time image name, a numbered session and a name with a year", () => {
    const text =
      "Secretary General receives the Special Representative\n\n\n" +
      "1539000000.jpgOctober 15 this year. The Secretary General received the Special Representative at the Secretariat. " +
      "They met before in September on the margins of the 73rd session of the UN General Assembly. " +
      'The exercise "Indestructible Brotherhood 2018" was discussed.';
    const file = analyzeRelease(text);
    expect(file.data.date).toMatchObject({ start: "2018-10-15", end: null, inferred: true });
    const [first] = yearMessages(file);
    expect(first?.note).toContain("1539000000.jpg");
    expect(first?.note).toContain("73rd UN General Assembly (2018)");
    expect(first?.note).toContain("Indestructible Brotherhood 2018");
  });

  it("come from a name joined to its year by a hyphen", () => {
    const file = analyzeRelease('On September 6, the active phase of the joint exercise "Cooperation-2021" was completed at the training ground.');
    expect(file.data.date).toMatchObject({ start: "2021-09-06", end: null, inferred: true });
    expect(yearMessages(file)[0]?.note).toContain("Cooperation-2021");
  });

  it("come from a numbered ministerial council alone", () => {
    const text = "The delegation attended the 26th meeting of the OSCE Ministerial Council on December 5-6 in the capital.";
    const file = analyzeRelease(text);
    expect(file.data.date).toMatchObject({ start: "2019-12-05", end: "2019-12-06", inferred: true });
  });

  it("come from explicit years elsewhere in the text, the first on a tie", () => {
    const text =
      "On May 12, this year, the permanent council met by videoconference. " +
      "It agreed the plan of consultations for the second half of 2020 - the first half of 2021.";
    const file = analyzeRelease(text);
    expect(file.data.date?.start).toBe("2020-05-12");
    expect(yearMessages(file)[0]?.note).toContain("2020");
  });

  it("are left open when the text holds no evidence", () => {
    const file = analyzeRelease("On May 12 the permanent council met by videoconference to agree its plan.");
    expect(file.data.date).toBeNull();
    expect(file.data.dateMentions).toEqual([]);
  });

  it("ignore a ten-digit image name outside 2000–2040", () => {
    const file = analyzeRelease("9999999999.jpgOn May 12 the permanent council met by videoconference to agree its plan.");
    expect(file.data.date).toBeNull();
  });
});

describe("implicit years with a reference date", () => {
  it("are worked out from it and say so", () => {
    const file = analyzeRelease("On 28 December the ministers met in Baku to discuss transit corridors.", { referenceDate: "2020-01-03" });
    expect(file.data.date).toMatchObject({ start: "2019-12-28", inferred: true });
    expect(yearMessages(file)[0]?.note).toContain("2020-01-03");
  });

  it("follow 'this year' to the reference year even when another year is nearer", () => {
    const file = analyzeRelease("On January 5, this year, the ministers met in Baku to discuss transit.", { referenceDate: "2020-12-30" });
    expect(file.data.date?.start).toBe("2020-01-05");
  });

  it("are not reported for a date that states its year", () => {
    const file = analyzeRelease("On 28 December 2019 the ministers met in Baku to discuss transit corridors.", { referenceDate: "2020-01-03" });
    expect(yearMessages(file)).toEqual([]);
    expect(file.data.date?.inferred).toBeUndefined();
  });
});
