import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";
import { organizationsOf } from "./run.js";

/** The organisations of a release parsed whole (the title plugin tells the header from the body). */
const analyzeTitled = (text: string): string[] => parseRelease(text).organizations.map((organization) => `${organization.name} | ${organization.acronym ?? "-"}`);

describe("extractOrganizations: buildings, 'against', short references", () => {
  it("reads a convention or conference centre named as the place as no organisation", () => {
    const text = "The ministers met at the Durban International Convention Centre on 5 May, with the African Union.";
    expect(organizationsOf(text)).toEqual(["African Union | AU"]);
    expect(organizationsOf("The forum opened in the Kigali Exhibition Hall with the World Bank.")).toEqual(["World Bank | WB"]);
  });

  it("keeps a centre that is a body", () => {
    expect(organizationsOf("The Regional Centre for Mediation of Central Asia opened an office.")).toEqual(["Regional Centre for Mediation of Central Asia | -"]);
  });

  it("runs a body's name on through 'Against'", () => {
    expect(organizationsOf("The Minister thanked the Independent Commission Against Corruption for its work.")).toEqual(["Independent Commission Against Corruption | -"]);
  });

  it("counts 'the Council of the League' and 'the Forum Secretariat' as the body the release names", () => {
    const league = "The Secretary-General of the League of Arab States met the minister before the session of the Council of the League.";
    expect(organizationsOf(league)).toEqual(["League of Arab States | LAS"]);
    const forum = "The Pacific Islands Forum leaders met in Suva. The Forum Secretariat will prepare the report.";
    expect(organizationsOf(forum)).toEqual(["Pacific Islands Forum | PIF"]);
  });

  it("leaves a body of other words than organ words and the head noun alone", () => {
    expect(organizationsOf("The League of Arab States and the Joint Business Council met.")).toEqual(["League of Arab States | LAS", "Joint Business Council | -"]);
  });
});

describe("extractOrganizations: the issuer's ministry in the page's own form of its country", () => {
  it("names the ministry after a line naming the country in its long form", () => {
    expect(organizationsOf("Republic of Croatia\nMinistry of Foreign and European Affairs\n\nThe Minister met the Ambassador of Chile.")).toEqual(["Ministry of Foreign and European Affairs | -"]);
    expect(organizationsOf("Republic of Croatia\n\nMinistry of Foreign Affairs\n\nThe Minister met the Ambassador of Chile.")).toEqual(["Ministry of Foreign Affairs of the Republic of Croatia | -"]);
    expect(organizationsOf("Ministry of Foreign Affairs - Republic of Ecuador\n\nThe Minister met the Ambassador of Chile.")).toEqual(["Ministry of Foreign Affairs of the Republic of Ecuador | -"]);
    expect(organizationsOf("Ministry of Foreign Affairs\n\nGovernment of the People's Republic of Bangladesh\n\nThe Minister met the Ambassador of Chile.")).toEqual([
      "Ministry of Foreign Affairs of the People's Republic of Bangladesh | -",
    ]);
  });

  it("keeps the short name of a country a line writes short", () => {
    expect(organizationsOf("Ministry of Foreign Affairs\n\nMONGOLIA\n\nThe Minister met the Ambassador of Chile.")).toEqual(["Ministry of Foreign Affairs of Mongolia | -"]);
  });
});

describe("extractOrganizations: the issuer's header over a dateline abroad", () => {
  it("names the ministry after the header's country, not the dateline's city abroad", () => {
    const text = "Ministry of Foreign Affairs\nGovernment of Pakistan\n\nForeign Minister holds talks in Beijing\n\nBeijing, 14 May 2024\n\nThe Foreign Minister held talks with his Chinese counterpart today.";
    expect(analyzeTitled(text)).toContain("Ministry of Foreign Affairs of Pakistan | -");
  });
});

describe("extractOrganizations: a name that runs on into its acronym or a person", () => {
  it("reads a name's own acronym written after it without brackets as its acronym", () => {
    expect(organizationsOf("Officials of the Federal Office of Civil Protection FOCP joined the exercise.")).toEqual(["Federal Office of Civil Protection | FOCP"]);
    expect(organizationsOf("The Swiss Agency for Development and Cooperation SDC funds the project.")).toEqual(["Swiss Agency for Development and Cooperation | SDC"]);
  });

  it("keeps an all-capital word that is not the name's acronym out of it", () => {
    expect(organizationsOf("The Ministry of Defence NATO liaison cell met on Monday.").some((line) => line.includes("| NATO") && line.startsWith("Ministry"))).toBe(false);
  });

  it("ends a body's name before a person after its complement", () => {
    expect(organizationsOf("The Chairman of the State Agency for Water Resources Nurlanbek Asanaliev opened the canal.")).toEqual(["State Agency for Water Resources | -"]);
  });

  it("keeps portfolio words and plural persons after a complement in the name", () => {
    expect(organizationsOf("The Committee for Public Procurement Policy Planning met on Monday.")).toEqual(["Committee for Public Procurement Policy Planning | -"]);
  });
});

describe("extractOrganizations: colleges", () => {
  it("reads a college as a body, like a university or an academy", () => {
    expect(organizationsOf("The Minister met the Commandant of the National Defence College of Ghana in Accra.")).toEqual(["National Defence College of Ghana | -"]);
    expect(organizationsOf("Officers of the Royal College of Defence Studies visited the Ministry.")).toEqual(["Royal College of Defence Studies | -"]);
  });

  it("keeps an organ named 'College' with its organisation", () => {
    expect(organizationsOf("The College of Commissioners of the European Union adopted the package.")).toEqual(["European Union | EU"]);
  });
});

describe("extractOrganizations: India's foreign ministry", () => {
  it("knows the Ministry of External Affairs, named alone or by its acronym, as India's", () => {
    expect(organizationsOf("Officials of the Ministry of External Affairs accompanied the Foreign Secretary.")).toEqual(["Ministry of External Affairs of India | MEA"]);
    expect(organizationsOf("The MEA announced the visit of the Prime Minister.")).toEqual(["Ministry of External Affairs of India | MEA"]);
  });
});
