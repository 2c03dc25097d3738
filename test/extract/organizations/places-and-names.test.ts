import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";
import { mentionsOf, organizationsOf } from "./run.js";

const organizationsOn = (text: string, referenceDate?: string): string[] =>
  parseRelease(text, referenceDate === undefined ? {} : { referenceDate }).organizations.map((organization) => `${organization.name} | ${organization.acronym ?? "-"}`);

describe("extractOrganizations: embassies, ministries by acronym, joint bodies", () => {
  it("reads an embassy with its state and its place", () => {
    expect(organizationsOf("The reception was organised by the Embassy of the Republic of Chile in Kazakhstan on Friday.")).toEqual([
      "Embassy of the Republic of Chile in Kazakhstan | -",
    ]);
    expect(organizationsOf("Staff of the Embassy of Peru in Tashkent attended the opening.")).toEqual(["Embassy of Peru in Tashkent | -"]);
  });

  it("does not name an embassy without its state", () => {
    expect(organizationsOf("The country opened its Embassy in Hanoi in 2019.")).toEqual([]);
  });

  it("spells out a ministry's acronym with its country", () => {
    expect(organizationsOf("Consultations were held at the MFA of Georgia on 4 May.")).toEqual(["Ministry of Foreign Affairs of Georgia | MFA"]);
  });

  it("keeps one name for a ministry shouted in a headline and written in the body", () => {
    expect(organizationsOf("TALKS WERE HELD IN THE MFA OF GEORGIA\n\nThe delegations met at the MFA of Georgia on 4 May.")).toEqual([
      "Ministry of Foreign Affairs of Georgia | MFA",
    ]);
  });

  it("reads a joint commission of two states written in lower case", () => {
    expect(organizationsOf("The ministers prepared the 9th Chilean-Peruvian joint commission, to be held in Lima.")).toEqual([
      "Chilean-Peruvian joint commission | -",
    ]);
    expect(organizationsOf("Trade grew under the Uzbek-Korean intergovernmental committee.")).toEqual(["Uzbek-Korean intergovernmental committee | -"]);
    expect(organizationsOf("The Co-operation joint commission of the two firms met.")).toEqual([]);
  });

  it("reads a commission whose name runs on with 'on'", () => {
    expect(organizationsOf("They reviewed the work of the Intergovernmental Commission on Transport and Energy Cooperation.")).toEqual([
      "Intergovernmental Commission on Transport and Energy Cooperation | -",
    ]);
  });
});

describe("extractOrganizations: organs, chambers and the text's own form", () => {
  it("counts a body of a ministry as the ministry", () => {
    expect(organizationsOf("Experts of the Institute of Strategic Research of the Chilean Defence Ministry joined.")).toEqual([
      "Chilean Defence Ministry | -",
    ]);
  });

  it("counts a commission's acronym and a committee of permanent representatives as their organisation", () => {
    expect(organizationsOf("The AUC Chairperson briefed the Permanent Representatives Committee of the African Union.")).toEqual([
      "African Union | AU",
    ]);
  });

  it("reads a short form of an acronym the release has named in full", () => {
    const text = "Members of the OSCE PA met in Vienna. The PA's Standing Committee approved the budget.";
    expect(organizationsOf(text)).toEqual(["OSCE Parliamentary Assembly | OSCE PA"]);
  });

  it("reads chambers of parliament, their committees as their organs, and a bare chamber name beside a body of its country", () => {
    expect(organizationsOf("He met members of the U.S. Senate and of its Armed Services Committee, and Members of the House of Representatives.")).toEqual([
      "United States Senate | -",
      "United States House of Representatives | -",
    ]);
    expect(organizationsOf("The Speaker of the House of Representatives of the Philippines opened the session.")).not.toContain("United States House of Representatives | -");
    expect(organizationsOf("Senators of the Federation Council of the Federal Assembly of the Russian Federation attended.")).toEqual([
      "Federation Council of the Federal Assembly of the Russian Federation | -",
    ]);
  });

  it("matches a gazetteer name with or without 'the' and with quotation marks inside", () => {
    expect(organizationsOf("Delegates of the Interparliamentary Assembly of Member Nations of the Commonwealth of Independent States met.")).toEqual([
      "Interparliamentary Assembly of the Commonwealth of Independent States | IPA CIS",
    ]);
    expect(organizationsOf('He spoke about the "Central Asia plus Japan" Dialogue.')).toEqual(["Central Asia plus Japan Dialogue | -"]);
  });

  it("names an organisation without an acronym in the text's own form", () => {
    expect(organizationsOf("The Federal Assembly heard the address.")).toEqual(["Federal Assembly | -"]);
    expect(organizationsOf("Officials of the United States Department of State attended.")).toEqual(["United States Department of State | -"]);
  });

  it("merges an acronym the text defines with the gazetteer's organisation of that acronym", () => {
    const text = "The German Agency for International Cooperation (GIZ) funds the project. GIZ experts visited.";
    expect(organizationsOf(text)).toEqual(["Deutsche Gesellschaft für Internationale Zusammenarbeit | GIZ"]);
    expect(mentionsOf(text)).toContain("GIZ");
  });

  it("keeps a national body its own country names ('Kazakhstan's Astana International Financial Centre')", () => {
    expect(organizationsOf("Firms may register at Kazakhstan's Astana International Financial Centre.")).toEqual([
      "Astana International Financial Centre | AIFC",
    ]);
  });
});

describe("extractOrganizations: a renamed organisation by the date of the event", () => {
  it("names the Turkic Council as it was named before November 2021", () => {
    const text = "The Secretary General of the Organization of Turkic States met the minister on 3 March 2020.";
    expect(organizationsOn(text)).toEqual(["Cooperation Council of Turkic Speaking States | CCTS"]);
    expect(organizationsOn("The Secretary General of the Organization of Turkic States met the minister on 3 March 2023.")).toEqual([
      "Organization of Turkic States | OTS",
    ]);
  });

  it("keeps the former name the text uses when the date is not known", () => {
    expect(organizationsOf("The Turkic Council adopted a statement.")).toEqual(["Cooperation Council of Turkic Speaking States | CCTS"]);
  });
});

describe("extractOrganizations: missions and offices of an organisation", () => {
  it("counts a UN mission or office as the UN, and an AU mission as the AU", () => {
    expect(organizationsOf("The Head of the United Nations Assistance Mission in Afghanistan (UNAMA) briefed the Council of the United Nations.")).toEqual([
      "United Nations | UN",
    ]);
    expect(organizationsOf("Troops of the African Union Mission in Somalia (AMISOM) were thanked.")).toEqual(["African Union | AU"]);
  });
});

describe("extractOrganizations: the issuer's own ministry", () => {
  it("names a ministry without a country after the country of the release's dateline", () => {
    const text = "Minister receives his Peruvian counterpart\n\nLima, 3 May 2022 - The Minister received his counterpart. The Spokesperson of the Ministry of Foreign Affairs said so.";
    expect(organizationsOn(text)).toContain("Ministry of Foreign Affairs of Peru | -");
  });

  it("names it after a line of the page that names the country alone", () => {
    const text = "Minister's call with the Foreign Minister of Fiji\n\nThe Minister spoke with his counterpart about fisheries and climate.\n\nMINISTRY OF FOREIGN AFFAIRS\nNEW ZEALAND";
    expect(organizationsOn(text)).toContain("Ministry of Foreign Affairs of New Zealand | -");
  });

  it("leaves it as written when the page does not tell the country, or when its name is the state's own", () => {
    expect(organizationsOn("The Spokesperson of the Ministry of Foreign Affairs said the talks went well.")).toEqual(["Ministry of Foreign Affairs | -"]);
    const own = "Nairobi, 3 May 2022 - The Ministry of Foreign and Diaspora Affairs hosted the talks.";
    expect(organizationsOn(own)).toEqual(["Ministry of Foreign and Diaspora Affairs | -"]);
  });
});

describe("extractOrganizations: buildings and the UN Secretariat's departments", () => {
  it("does not take a known building for an organisation", () => {
    expect(organizationsOf("The agreement was signed at the Palais des Nations by the heads of the two agencies.")).toEqual([]);
    expect(organizationsOf("The ministers met at the Vienna International Centre with the IAEA Director General.")).toEqual(["International Atomic Energy Agency | IAEA"]);
  });

  it("keeps an unknown centre that the text names as a body", () => {
    expect(organizationsOf("The Regional Mediation Centre trained forty officials.")).toEqual(["Regional Mediation Centre | -"]);
  });

  it("counts a department of the UN Secretariat as the UN", () => {
    expect(organizationsOf("The Department of Peace Operations briefed the Council on the mission.")).toEqual(["United Nations | UN"]);
    expect(organizationsOf("An official of the Department of Political and Peacebuilding Affairs visited Bishkek.")).toEqual(["United Nations | UN"]);
  });
});
