import { describe, expect, it } from "vitest";
import { organizationsOf } from "./run.js";

describe("extractOrganizations: a company named in quotation marks after its legal form", () => {
  it("names the company by the quoted words", () => {
    expect(organizationsOf('Engineers of Open Joint Stock Holding Company "Pamir Energy" inspected the line.')).toEqual(["Pamir Energy | -"]);
    expect(organizationsOf("Experts of JSC \u201cUztransgaz\u201d and the ministry met on Monday.")).toEqual(["Uztransgaz | -"]);
  });

  it("reads no company in a quoted legal form's abbreviation before the name ('JSC \"NC \"...\"\"')", () => {
    expect(organizationsOf('Heads of JSC "NC "Uzbek Grid Systems" attended the talks.')).toEqual(["Uzbek Grid Systems | -"]);
  });

  it("names a company the gazetteer knows by its entry", () => {
    expect(organizationsOf('Experts of JSC "Kazakhstan Temir Zholy" attended the talks.')).toEqual(["Kazakhstan Temir Zholy | KTZ"]);
  });

  it("reads no company in quoted words after another word, or quoted words in lower case", () => {
    expect(organizationsOf('The delegation visited the "Silk Road" exhibition on Monday.')).toEqual([]);
    expect(organizationsOf('The company said it "is ready" to help.')).toEqual([]);
  });
});

describe("extractOrganizations: a region's group of states inside a body", () => {
  it("reads no organisation in a group named by its region alone", () => {
    expect(organizationsOf("Kenya spoke for the African Group at the General Council of the WTO.")).toEqual(["World Trade Organization | WTO"]);
    expect(organizationsOf("The Latin American and Caribbean Group met in New York.")).toEqual([]);
  });

  it("keeps a group named by other words", () => {
    expect(organizationsOf("The Adani Group signed the contract on Monday.")).toEqual(["Adani Group | -"]);
  });
});

describe("extractOrganizations: the Visegrad Group", () => {
  it("knows the group and its acronym", () => {
    expect(organizationsOf("The V4 interior ministers met in Prague.")).toEqual(["Visegrad Group | V4"]);
    expect(organizationsOf("The ministers of the Visegrád Group met in Prague.")).toEqual(["Visegrad Group | V4"]);
  });
});

describe("extractOrganizations: the D-8 and bodies headed 'Authority'", () => {
  it("knows the D-8 by its name, its short name and its acronym, organs included", () => {
    expect(organizationsOf("The D-8 Organization for Economic Cooperation opened its summit. The D-8 Secretariat prepared it.")).toEqual([
      "Developing-8 Organization for Economic Cooperation | D-8",
    ]);
  });

  it("reads a body headed 'Authority' as an agency, but not 'the Authorities' of a state", () => {
    expect(organizationsOf("Experts of the Suez Canal Authority joined the talks.")).toEqual(["Suez Canal Authority | -"]);
    expect(organizationsOf("Experts of the Civil Aviation Authority of Botswana joined the talks.")).toEqual(["Civil Aviation Authority of Botswana | -"]);
    expect(organizationsOf("The Kyrgyz Authorities welcomed the decision.")).toEqual([]);
  });
});
