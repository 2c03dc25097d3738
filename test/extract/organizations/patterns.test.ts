import { describe, expect, it } from "vitest";
import { mentionsOf, organizationsOf } from "./run.js";

describe("extractOrganizations: gazetteer names and acronyms", () => {
  it("gives the canonical name and acronym for an acronym alone", () => {
    expect(organizationsOf("The SCO members met in Tashkent.")).toEqual(["Shanghai Cooperation Organisation | SCO"]);
  });

  it("folds British and American spellings to one entry", () => {
    expect(organizationsOf("The Organisation for Security and Cooperation in Europe welcomed it. The OSCE agreed.")).toEqual([
      "Organization for Security and Co-operation in Europe | OSCE",
    ]);
    expect(organizationsOf("Ministers of the Shanghai Cooperation Organization gathered.")).toEqual(["Shanghai Cooperation Organisation | SCO"]);
  });

  it("knows state-owned and major companies", () => {
    expect(organizationsOf("Representatives of Kazatomprom and Rosatom signed a contract; SOCAR joined later.")).toEqual([
      "Kazatomprom | -",
      "Rosatom | -",
      "State Oil Company of the Azerbaijan Republic | SOCAR",
    ]);
  });

  it("reads national parliaments by their own names", () => {
    expect(organizationsOf("A delegation of the Mejlis of Turkmenistan met members of the State Great Khural of Mongolia.")).toEqual([
      "Mejlis of Turkmenistan | -",
      "State Great Khural of Mongolia | -",
    ]);
  });

  it("does not take the last letters of a known acronym for another organisation", () => {
    expect(organizationsOf("OSCE PA President meets with Speaker of the Mejlis of Turkmenistan")).toEqual([
      "OSCE Parliamentary Assembly | OSCE PA",
      "Mejlis of Turkmenistan | -",
    ]);
  });

  it("lists a national body once whichever name of its country the text uses", () => {
    expect(organizationsOf("The Security Council of Kyrgyzstan met. Later the Security Council of the Kyrgyz Republic said so.")).toEqual([
      "Security Council of the Kyrgyz Republic | -",
    ]);
    expect(organizationsOf("The Kazakh Ministry of Energy met. The Ministry of Energy of Kazakhstan said so.")).toEqual([
      "Ministry of Energy of Kazakhstan | -",
    ]);
  });

  it("starts a new name at 'and' plus a nationality and a head noun", () => {
    expect(organizationsOf("The OSCE Programme Office in Bishkek and Kyrgyz Ministry of Justice held a seminar.")).toEqual([
      "Organization for Security and Co-operation in Europe | OSCE",
      "Kyrgyz Ministry of Justice | -",
    ]);
  });

  it("reads 'SCO Heads of State Council' as an organ of the SCO, not a State Council", () => {
    expect(organizationsOf("The SCO Heads of State Council meeting was held in Astana.")).toEqual(["Shanghai Cooperation Organisation | SCO"]);
  });

  it("credits the Eurasian Economic Commission's acronym to the Eurasian Economic Union", () => {
    expect(organizationsOf("The EEC Board met in Moscow.")).toEqual(["Eurasian Economic Union | EAEU"]);
  });

  it("counts an organ of an organ named after a known organisation as that organisation", () => {
    expect(organizationsOf("The Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure spoke.")).toEqual([
      "Shanghai Cooperation Organisation | SCO",
    ]);
  });

  it("does not take a company's legal form for a company", () => {
    expect(organizationsOf('Representatives of JSC "National Company "Kazakhstan Temir Zholy"" and of Uzbekistan Airways met.')).toEqual([
      "Kazakhstan Temir Zholy | KTZ",
      "Uzbekistan Airways | -",
    ]);
  });

  it("lists each organisation once, in order of first mention", () => {
    expect(organizationsOf("NATO and the EU met. Then the EU and NATO and the African Union issued a statement.")).toEqual([
      "North Atlantic Treaty Organization | NATO",
      "European Union | EU",
      "African Union | AU",
    ]);
  });

  it("finds an acronym inside a hyphenated compound", () => {
    expect(organizationsOf("The leaders attended the India-ASEAN commemorative summit.")).toEqual(["Association of Southeast Asian Nations | ASEAN"]);
  });

  it("names the EU in a coordinated modifier", () => {
    expect(organizationsOf("They reviewed the EU and U.S.-mediated negotiations.")).toEqual(["European Union | EU"]);
  });

  it("keeps UN agencies apart from the UN, and the UN's organs under it", () => {
    expect(organizationsOf("UNICEF briefed the UN Security Council and the IAEA.")).toEqual([
      "United Nations Children's Fund | UNICEF",
      "United Nations | UN",
      "International Atomic Energy Agency | IAEA",
    ]);
  });

  it("counts parliamentary assemblies as organisations of their own", () => {
    expect(organizationsOf("The OSCE Parliamentary Assembly and the IPA CIS observed the vote with the OSCE.")).toEqual([
      "OSCE Parliamentary Assembly | OSCE PA",
      "Interparliamentary Assembly of the Commonwealth of Independent States | IPA CIS",
      "Organization for Security and Co-operation in Europe | OSCE",
    ]);
  });

  it("reads forums written with signs and digits", () => {
    expect(organizationsOf("The G20 summit followed a C5+1 ministerial.")).toEqual(["G20 | G20", "C5+1 | -"]);
  });
});

describe("extractOrganizations: organs counted as their parent", () => {
  it("credits an organ named after its organisation, with the whole organ as the mention", () => {
    const text = "Experts of the OSCE Conflict Prevention Centre spoke.";
    expect(organizationsOf(text)).toEqual(["Organization for Security and Co-operation in Europe | OSCE"]);
    expect(mentionsOf(text)).toEqual(["OSCE Conflict Prevention Centre"]);
  });

  it("credits an organ of a named organisation: 'Council of … of the X'", () => {
    expect(organizationsOf("A draft of the Council of Defence Ministers of the Commonwealth of Independent States was approved.")).toEqual([
      "Commonwealth of Independent States | CIS",
    ]);
  });

  it("credits an organ phrase alone to the organisation named nearby", () => {
    const text = "The CIS summit opened. The Council of Heads of Government then adopted the budget.";
    expect(organizationsOf(text)).toEqual(["Commonwealth of Independent States | CIS"]);
    expect(mentionsOf(text)).toEqual(["CIS", "Council of Heads of Government"]);
  });

  it("credits a department to its ministry", () => {
    expect(organizationsOf("Statement of the Consular Department of the Ministry of Foreign Affairs of Turkmenistan on visas.")).toEqual([
      "Ministry of Foreign Affairs of Turkmenistan | -",
    ]);
  });

  it("credits a unit named inside a body to the body, with the country after it", () => {
    expect(organizationsOf("She met the head of the Presidential Administration Media Relations Department of Kyrgyzstan.")).toEqual([
      "Presidential Administration of Kyrgyzstan | -",
    ]);
  });

  it("credits a distinctive organ name alone to its organisation", () => {
    expect(organizationsOf("The EAEU and the Eurasian Economic Commission agreed.")).toEqual(["Eurasian Economic Union | EAEU"]);
  });
});

describe("extractOrganizations: ministries and national bodies by their shape", () => {
  it("reads a ministry with its country", () => {
    expect(organizationsOf("The Ministry of Foreign Affairs of the Republic of Kazakhstan hosted the talks.")).toEqual([
      "Ministry of Foreign Affairs of the Republic of Kazakhstan | -",
    ]);
  });

  it("stops a ministry's name before the person after its country", () => {
    expect(organizationsOf("Minister of Energy of the Republic of Tajikistan Daler Juma spoke.")).toEqual([]);
    expect(organizationsOf("An official of the Ministry of Energy of the Republic of Tajikistan Daler Juma spoke.")).toEqual([
      "Ministry of Energy of the Republic of Tajikistan | -",
    ]);
  });

  it("expands coordinated ministries into one organisation each", () => {
    expect(organizationsOf("A plan between the Ministries of Justice of the Republic of Moldova and the Republic of Armenia was signed.")).toEqual([
      "Ministry of Justice of the Republic of Moldova | -",
      "Ministry of Justice of the Republic of Armenia | -",
    ]);
    expect(organizationsOf("The Ministries of Defence of Kyrgyzstan and Tajikistan held drills.")).toEqual([
      "Ministry of Defence of Kyrgyzstan | -",
      "Ministry of Defence of Tajikistan | -",
    ]);
  });

  it("moves a possessive country after the name", () => {
    expect(organizationsOf("Kazakhstan's Ministry of Energy announced the tender.")).toEqual(["Ministry of Energy of Kazakhstan | -"]);
  });

  it("reads agencies, services, councils and assemblies without a country", () => {
    expect(organizationsOf("Officers of the State Customs Service and the Federal Migration Agency met members of the Senate.")).toEqual([
      "State Customs Service | -",
      "Federal Migration Agency | -",
    ]);
    expect(organizationsOf("She leads the Climate Policy Council, which reports to the National Assembly.")).toEqual([
      "Climate Policy Council | -",
      "National Assembly | -",
    ]);
  });

  it("attaches the country a title and a person carry to the body before them", () => {
    expect(organizationsOf("He called National Security Council Secretary Ivan Petrov of Georgia on Monday.")).toEqual([
      "National Security Council of Georgia | -",
    ]);
  });

  it("keeps the US National Security Council of the gazetteer otherwise", () => {
    expect(organizationsOf("An NSC spokesperson confirmed the call.")).toEqual(["National Security Council | NSC"]);
  });

  it("merges a ministry named without its country into the one with it", () => {
    const text = "The Ministry of Health of Mongolia signed. The Ministry of Health will report.";
    expect(organizationsOf(text)).toEqual(["Ministry of Health of Mongolia | -"]);
    expect(mentionsOf(text)).toHaveLength(2);
  });

  it("reads a coalition whose name runs on with 'to'", () => {
    expect(organizationsOf("Both are members of the Global Coalition to Defeat ISIS.")).toEqual(["Global Coalition to Defeat ISIS | -"]);
  });
});

describe("extractOrganizations: a ministry of several portfolios", () => {
  it("keeps the portfolios listed with commas in the ministry's name", () => {
    const text =
      "Officials of the Ministry of Environment, Climate Change and Tourism and of the Ministry of Culture, Sports, Tourism and Youth took part, with the Ministry of Economy, Trade and Industry of Japan.";
    expect(organizationsOf(text)).toEqual([
      "Ministry of Environment, Climate Change and Tourism | -",
      "Ministry of Culture, Sports, Tourism and Youth | -",
      "Ministry of Economy, Trade and Industry of Japan | -",
    ]);
  });

  it("ends the name where the list names another body or a person", () => {
    expect(organizationsOf("Delegates of the Ministry of Energy, Ministry of Commerce and Ministry of Health attended.")).toEqual([
      "Ministry of Energy | -",
      "Ministry of Commerce | -",
      "Ministry of Health | -",
    ]);
    expect(organizationsOf("The talks were held at the Ministry of Culture, Mr. Bat Erdene and Ms. Saran attended.")).toEqual(["Ministry of Culture | -"]);
  });
});

describe("extractOrganizations: two bodies joined by 'and' in a headline", () => {
  it("parts a name closed by its country from the next body's name", () => {
    expect(organizationsOf("Bank Indonesia and Reserve Bank of India Sign MoU on Local Currencies")).toContain("Reserve Bank of India | -");
    expect(organizationsOf("Bank Indonesia and Reserve Bank of India Sign MoU on Local Currencies")).not.toContain(
      "Bank Indonesia and Reserve Bank of India | -",
    );
  });
});
