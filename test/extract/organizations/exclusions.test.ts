import { describe, expect, it } from "vitest";
import { organizationsOf } from "./run.js";

describe("extractOrganizations: what is not an organisation", () => {
  it("skips countries and country codes", () => {
    expect(organizationsOf("Russia, the Russian Federation, the Kyrgyz Republic and the USA discussed it with the ROK and the DPRK.")).toEqual([]);
  });

  it("skips governments as a whole and administrations named after a leader", () => {
    expect(organizationsOf("The Government of Armenia thanked the Pakistani Government and the Obama Administration.")).toEqual([]);
  });

  it("skips meetings, events and documents", () => {
    expect(
      organizationsOf(
        "After the Ministerial Meeting and the Russia-Kyrgyzstan Summit, the Days of Georgian Culture opened; the Joint Statement recalled the Paris Agreement.",
      ),
    ).toEqual([]);
  });

  it("names only the organisation in a document's name", () => {
    expect(organizationsOf("They recalled the principles of the UN Charter.")).toEqual(["United Nations | UN"]);
  });

  it("skips titles, which name no ministry", () => {
    expect(organizationsOf("The Minister for Energy Affairs of Norway met the Secretary General and the Deputy Head.")).toEqual([]);
  });

  it("adds nothing for a lone organ word or an organ phrase with no organisation near", () => {
    expect(organizationsOf("The Council met. The Secretariat prepared papers for the Permanent Council.")).toEqual([]);
  });

  it("adds nothing for 'our Organization' or 'the Organization'", () => {
    expect(organizationsOf("Our Organization grows. The Organization will act.")).toEqual([]);
  });

  it("skips technical abbreviations and roman numerals", () => {
    expect(organizationsOf("COVID-19, ICT, GHG targets, 5G networks and AI were on the agenda of the XXI century forum.")).toEqual([]);
  });

  it("skips news agencies named as sources", () => {
    expect(organizationsOf("The Caspian News Agency reported the meeting, citing TASS.")).toEqual([]);
  });

  it("does not read acronyms in a shouted headline", () => {
    expect(organizationsOf("WHO WE ARE AND WHAT WE DO\n\nThe team met.")).toEqual([]);
  });

  it("does not read lower-case words as names", () => {
    expect(organizationsOf("The world bank of ideas and a union state of mind were discussed by the council.")).toEqual([]);
  });

  it("skips an unknown acronym that nothing marks as an organisation", () => {
    expect(organizationsOf("The QRZ figures rose.")).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "(", "()", "(ABC)", "Ministry", "of the", "The Ministries of and", "\u0000\uffff", "A (B) of (C) and"]) {
      expect(() => organizationsOf(text)).not.toThrow();
    }
  });
});
