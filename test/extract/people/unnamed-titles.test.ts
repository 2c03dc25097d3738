import { describe, expect, it } from "vitest";
import { analyzeRelease, type Participant } from "../../../src/index.js";

function participantsOf(text: string, referenceDate: string): Participant[] {
  return analyzeRelease(text, { referenceDate }).data.participants ?? [];
}

const names = (people: readonly Participant[]): string[] => people.map((person) => person.name);

// A readout of the kind a secretariat publishes: its own head is named only by title.
const READOUT = [
  "Readout of the Secretary-General's telephone call with the President of Peru",
  "",
  "The Secretary-General spoke by telephone today with President Carlos Medina of Peru.",
  "",
  "They discussed the preparations for the conference on oceans and the situation in the region.",
  "",
  "The Secretary-General thanked the President for the steady support of Peru to the work of the United Nations.",
].join("\n");

describe("extractPeople: a title standing for the issuer's own office holder", () => {
  it("finds the holder of the office on the event's day, among the organisations the release names", () => {
    const early = participantsOf(READOUT, "2015-03-12");
    expect(early.find((person) => person.name === "Ban Ki-moon")).toMatchObject({ role: "Secretary-General", organization: "UN" });
    const late = participantsOf(READOUT, "2019-06-28");
    expect(late.find((person) => person.name === "António Guterres")).toMatchObject({ role: "Secretary-General", organization: "UN" });
    expect(names(late)).not.toContain("Ban Ki-moon");
  });

  it("takes the holder the release names without a title", () => {
    const text = [
      "Secretary General meets the Foreign Minister of Norway",
      "",
      "The Secretary General met on 2 March with the Minister of Foreign Affairs of Norway, Jonas Gahr Store, to review cooperation on human rights.",
      "Thorbjørn Jagland and the Minister agreed to hold regular consultations.",
    ].join("\n");
    const participants = participantsOf(text, "2012-03-02");
    expect(participants.find((person) => person.name === "Thorbjørn Jagland")).toMatchObject({ role: "Secretary General", organization: "Council of Europe" });
  });

  it("never guesses the holder of a state office", () => {
    const text = [
      "The President received the Prime Minister of Spain",
      "",
      "The President met today with the Prime Minister of Spain to discuss trade and energy.",
      "They agreed to meet again in the autumn.",
    ].join("\n");
    expect(participantsOf(text, "2019-05-14")).toEqual([]);
  });

  it("reads a title inside another title's complement as no one", () => {
    const text = [
      "Minister meets UN envoy",
      "",
      "The Minister met today with the Special Representative of the UN Secretary-General for Central Asia, Ms. Maria Kessler.",
      "They discussed water cooperation in the region.",
    ].join("\n");
    expect(names(participantsOf(text, "2021-05-12"))).toEqual(["Maria Kessler"]);
  });
});
