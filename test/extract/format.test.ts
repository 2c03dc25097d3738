import { describe, expect, it } from "vitest";
import { parseRelease } from "../../src/index.js";

const formatOf = (text: string) => parseRelease(text).format;

describe("extractFormat", () => {
  it("reads a telephone conversation", () => {
    expect(formatOf("The President had a telephone conversation with the Prime Minister of Norway.")).toBe("phone");
    expect(formatOf("Readout of the call\n\nThe Adviser spoke by phone with his counterpart.")).toBe("phone");
    expect(formatOf("In these calls, they took stock of the progress made in the peace talks.")).toBe("phone");
  });

  it("reads a telephonic conversation, and a courtesy call as a visit", () => {
    expect(formatOf("Prime Minister's telephonic conversation with the President of Chile\n\nThe President called the Prime Minister this morning.")).toBe("phone");
    expect(formatOf("The Secretary-General received a courtesy call from the new Ambassador of Peru at the Secretariat.")).toBe("in-person");
    expect(formatOf("The Ambassador paid a farewell call on the Minister of Foreign Affairs today.")).not.toBe("phone");
  });

  it("lets a headline that names the place outweigh calls the body recalls", () => {
    const text = [
      "Minister's remarks at a joint news conference following talks with the Foreign Minister of Chile, Kazan, May 3, 2022",
      "",
      "We have held productive talks with my colleague from Chile.",
      "We reviewed how the agreements reached during the telephone conversations between our Presidents are carried out.",
    ].join("\n");
    expect(formatOf(text)).toBe("in-person");
    expect(formatOf("Telephone conversation with the Prime Minister of Chile, Moscow\n\nThe President spoke with the Prime Minister.")).toBe("phone");
  });

  it("does not let a headline's subject place ('a truce in Gaza') overrule a call", () => {
    const text = [
      "Foreign ministers of Malta and Chile discuss a truce in Gaza",
      "",
      "Valletta, 4 March 2024",
      "",
      "The Foreign Minister spoke in a telephone call yesterday with his Chilean counterpart about a lasting truce.",
    ].join("\n");
    expect(formatOf(text)).toBe("phone");
    expect(parseRelease(text, { referenceDate: "2024-03-04" }).venue).toBeNull();
    const war = "Ministers call for an end to the fighting in Khartoum\n\nThe two ministers talked by telephone on Monday.";
    expect(formatOf(war)).toBe("phone");
  });

  it("reads a videoconference", () => {
    expect(formatOf("The Permanent Council met via videoconference under the chairmanship of Chile.")).toBe("video");
    expect(formatOf("The ministers held an online meeting to discuss the budget.")).toBe("video");
  });

  it("does not take an appeal for a call", () => {
    expect(formatOf("The ministers met and called on all parties to refrain from violence.")).toBeNull();
    expect(formatOf("The leaders discussed the call for restraint at length in the meeting.")).toBeNull();
  });

  it("reads a visit as in person", () => {
    expect(formatOf("The Minister visited the headquarters of the organisation for the first time.")).toBe("in-person");
  });

  it("is null when the text says only that a meeting was held", () => {
    expect(formatOf("A meeting of the Council was held. The members discussed the agenda.")).toBeNull();
  });

  it("ignores remote words outside the lead", () => {
    const text = [
      "Talks with the Prime Minister",
      "",
      "The President held talks with the Prime Minister, who is paying an official visit.",
      "The sides discussed trade relations in detail today.",
      "They reviewed cooperation in energy and transport at length.",
      "They also agreed to speak over the phone every week in the coming months.",
    ].join("\n");
    expect(formatOf(text)).toBe("in-person");
  });

  it("reads 'online' and 'virtual' as video only where they qualify the meeting", () => {
    expect(formatOf("The foreign ministers of the five states met online on 4 March 2021.")).toBe("video");
    expect(formatOf("The Council held an online meeting chaired by the Minister of Finance.")).toBe("video");
    expect(formatOf("The summit took place in a virtual format because of the pandemic.")).toBe("video");
    expect(formatOf("Lisbon, 3 May 2023 - The ministers discussed online fraud and the misuse of virtual assets by criminal groups.")).toBe("in-person");
    expect(formatOf("The chief of police received the delegation and briefed it on online child abuse investigations.")).toBe("in-person");
  });
});

describe("extractFormat: a video teleconference", () => {
  it("reads VTC and a video teleconference as video, not phone", () => {
    expect(formatOf("The Commander held a VTC with the provincial governors on Monday.")).toBe("video");
    expect(formatOf("The ministers held a video teleconference on the grain corridor.")).toBe("video");
    expect(formatOf("The ministers held a teleconference on the grain corridor.")).toBe("phone");
  });
});
