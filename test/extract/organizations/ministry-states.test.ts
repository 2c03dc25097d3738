import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";
import { organizationsOf } from "./run.js";

/** The organisations of a release parsed whole (the title plugin tells the header from the body). */
const analyzeTitled = (text: string): string[] => parseRelease(text).organizations.map((organization) => `${organization.name} | ${organization.acronym ?? "-"}`);

describe("extractOrganizations: the state of a ministry the text names without one", () => {
  it("names the ministry with the state the text gives its minister", () => {
    const text =
      "VIENNA, 3 June 2024 - The Director General received Tom Alweendo, Minister of Mines and Energy of the Republic of Namibia, on Monday. Experts of the Ministry of Mines and Energy stayed for technical talks.";
    expect(organizationsOf(text)).toContain("Ministry of Mines and Energy of the Republic of Namibia | -");
  });

  it("reads the state before the minister's title too", () => {
    const text = "The Executive Secretary received Namibia's Minister of Mines and Energy. Officials of the Ministry of Mines and Energy joined the talks.";
    expect(organizationsOf(text)).toContain("Ministry of Mines and Energy of Namibia | -");
  });

  it("leaves the ministry as written when ministers of its portfolio are of two states, or one is named with no state", () => {
    const two =
      "The Minister of Mines and Energy of Namibia met the Minister of Mines and Energy of Botswana. Officials of the Ministry of Mines and Energy prepared the session.";
    expect(organizationsOf(two)).toContain("Ministry of Mines and Energy | -");
    const unstated =
      "The Minister of Mines and Energy Tom Alweendo met the Minister of Mines and Energy of Botswana. Officials of the Ministry of Mines and Energy prepared the session.";
    expect(organizationsOf(unstated)).toContain("Ministry of Mines and Energy | -");
  });

  it("names the header's ministry with the issuer's state when the text gives another state a ministry of the same name", () => {
    const text =
      "REPUBLIC OF MALAWI\nMINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION\nHome | Media | Contact\n\nMalawi and Zambia hold consultations in Lilongwe\n\nThe Minister of Foreign Affairs and International Cooperation of Zambia visited Lilongwe on Tuesday for consultations with his host.";
    expect(analyzeTitled(text)).toContain("Ministry of Foreign Affairs and International Cooperation of Malawi | -");
  });

  it("names the header's ministry with the issuer's state in the text's form when the text gives its minister that state", () => {
    const text =
      "Ministry of Foreign Affairs and International Cooperation\nRepublic of Malawi\nHome | Media | Contact\n\nMalawi and Zambia hold consultations in Lilongwe\n\nThe Minister of Foreign Affairs and International Cooperation of the Republic of Malawi received his Zambian counterpart on Tuesday.";
    expect(analyzeTitled(text)).toContain("Ministry of Foreign Affairs and International Cooperation of the Republic of Malawi | -");
  });

  it("leaves the header's ministry of a name of its own as written when no other state's shares it", () => {
    const text =
      "REPUBLIC OF MALAWI\nMINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION\nHome | Media | Contact\n\nMalawi and Zambia hold consultations in Lilongwe\n\nThe Minister of Foreign Affairs of Zambia visited Lilongwe on Tuesday for consultations with his host.";
    expect(analyzeTitled(text)).toContain("Ministry of Foreign Affairs and International Cooperation | -");
  });
});

describe("extractOrganizations: a head noun that is a portfolio after 'and'", () => {
  it("reads no body in a minister's title whose portfolios end in a head noun", () => {
    expect(organizationsOf("The Minister of Regional Development and Administration of the Republic of Moldova opened the forum.")).toEqual([]);
    expect(organizationsOf("She met the Minister of Public Order, Justice and Administration of Albania on Friday.")).toEqual([]);
  });

  it("reads a ministry with such portfolios as one body", () => {
    expect(organizationsOf("Experts of the Ministry of Justice and Administration of the Republic of Moldova drafted the law.")).toEqual([
      "Ministry of Justice and Administration of the Republic of Moldova | -",
    ]);
  });

  it("keeps two ministries, and a body after a title's 'of the', apart", () => {
    expect(organizationsOf("The Ministry of Justice and Ministry of Interior signed the plan.")).toEqual(["Ministry of Justice | -", "Ministry of Interior | -"]);
    expect(organizationsOf("He met the Minister of Justice and the Head of the Presidential Administration of Kazakhstan.")).toEqual(["Presidential Administration of Kazakhstan | -"]);
  });
});

describe("extractOrganizations: a joint body named without its sides", () => {
  it("counts the body without its sides as the one named with them", () => {
    const text = "The second session of the Joint Permanent Commission opened on Monday. The Malawi-Zambia Joint Permanent Commission (JPC) then met in Lusaka.";
    expect(organizationsOf(text)).toEqual(["Malawi-Zambia Joint Permanent Commission | JPC"]);
  });

  it("keeps a body of other words, or one that two joint bodies could be, apart", () => {
    const other = "The Malawi-Zambia Joint Permanent Commission met. The Joint Business Council met too.";
    expect(organizationsOf(other)).toEqual(["Malawi-Zambia Joint Permanent Commission | -", "Joint Business Council | -"]);
    const two = "The Malawi-Zambia Joint Permanent Commission and the Kenya-Uganda Joint Permanent Commission met. The Joint Permanent Commission reports yearly.";
    expect(organizationsOf(two)).toContain("Joint Permanent Commission | -");
  });
});

describe("extractOrganizations: the issuer's ministry named by its short name", () => {
  it("names 'the Foreign Ministry' of a release with a dateline as the dateline's state's ministry", () => {
    expect(organizationsOf("Cairo, 7 May 2024\n\nThe minister received his guest, the Foreign Ministry said in a statement.")).toEqual(["Ministry of Foreign Affairs of Egypt | -"]);
  });

  it("reads a dateline naming the country whose capital bears its name", () => {
    expect(organizationsOf("PANAMA, 4 March (Agency) - The minister received his guest, the Foreign Ministry said in a statement.")).toEqual([
      "Ministry of Foreign Affairs of Panama | -",
    ]);
    expect(organizationsOf("The minister received his guest, the Foreign Ministry said in a statement.")).toEqual(["Foreign Ministry | -"]);
  });
});

describe("extractOrganizations: a body placed under a state's highest organ", () => {
  it("keeps 'under the President/Government of <state>' in the body's name", () => {
    expect(organizationsOf("The Agency for Civil Service Affairs under the President of the Republic of Azerbaijan hosted the seminar.")).toEqual([
      "Agency for Civil Service Affairs under the President of the Republic of Azerbaijan | -",
    ]);
    expect(organizationsOf("Experts of the State Agency for Investments under the Government of the Republic of Tajikistan attended.")).toEqual([
      "State Agency for Investments under the Government of the Republic of Tajikistan | -",
    ]);
  });

  it("reads 'under' of other words as no part of a name", () => {
    expect(organizationsOf("The Civil Service Agency under the leadership of its director met.")).toEqual(["Civil Service Agency | -"]);
    expect(organizationsOf("The State Committee met under the President of Kenya.")).toEqual(["State Committee | -"]);
  });
});

describe("extractOrganizations: the fullest form of a listed ministry's state", () => {
  it("names a ministry of a list with the state's form the text gives its minister", () => {
    const text =
      "The Ministries of Defence of Mongolia and Kazakhstan signed a plan. The Minister of Defence of the Republic of Kazakhstan thanked his host.";
    expect(organizationsOf(text)).toContain("Ministry of Defence of the Republic of Kazakhstan | -");
  });

  it("keeps the text's own shorter form of a ministry it names itself", () => {
    const text = "The Deputy Minister of Defence of the Republic of Kazakhstan arrived. The Ministry of Defence of Kazakhstan will host the next round.";
    expect(organizationsOf(text)).toContain("Ministry of Defence of Kazakhstan | -");
  });
});
