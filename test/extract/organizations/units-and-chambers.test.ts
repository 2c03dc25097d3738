// Releases written for these tests: press units in contact blocks, short references to a body
// named in full before, and chambers of parliaments. The people and meetings are invented.
import { describe, expect, it } from "vitest";
import { organizationsOf } from "./run.js";

describe("extractOrganizations: a press or contact unit is the issuer's organ", () => {
  it("adds no organisation for a media or press unit of a national body", () => {
    const text = "The Minister met the Minister of Trade of Peru in Lima.\n\nContacts\nMedia Relations Office\nmedia@example.org";
    expect(organizationsOf(text)).toEqual([]);
    expect(organizationsOf("The Minister received the Ambassador of Chile.\n\nDepartment of Information\nTel. +66 2 000 0000")).toEqual([]);
  });

  it("credits a press unit to the organisation named beside it", () => {
    const text = "The OSCE Mission met local officials in Tuzla.\n\nPress and Public Information Unit\nOSCE Mission to Bosnia and Herzegovina";
    expect(organizationsOf(text)).toEqual(["Organization for Security and Co-operation in Europe | OSCE"]);
  });

  it("keeps a body whose name holds other words than a press unit's", () => {
    expect(organizationsOf("The State Information Service of Egypt issued a statement.")).toEqual(["State Information Service of Egypt | -"]);
  });
});

describe("extractOrganizations: a short reference to a body named in full", () => {
  it("counts 'the Regional Centre' as the UN centre named before", () => {
    const text =
      "The Minister met the Head of the United Nations Regional Centre for Preventive Diplomacy for Central Asia. He thanked the Regional Centre for its support.";
    expect(organizationsOf(text)).toEqual(["United Nations | UN"]);
  });

  it("counts 'the Parliamentary Assembly' as the assembly named before", () => {
    const text = "The President of the OSCE Parliamentary Assembly visited Skopje. The Parliamentary Assembly will meet in Vienna in February.";
    expect(organizationsOf(text)).toEqual(["OSCE Parliamentary Assembly | OSCE PA"]);
  });

  it("keeps a body whose words are not all in the known name", () => {
    const text = "The President of the OSCE Parliamentary Assembly met the Speaker of the Parliamentary Assembly of Bosnia and Herzegovina.";
    expect(organizationsOf(text)).toEqual(["OSCE Parliamentary Assembly | OSCE PA", "Parliamentary Assembly of Bosnia and Herzegovina | -"]);
  });
});

describe("extractOrganizations: a chamber of a parliament is a body of its own", () => {
  it("names a senate with its parliament whole", () => {
    expect(organizationsOf("The Senate of the Oliy Majlis of the Republic of Uzbekistan adopted the law.")).toEqual(["Senate of the Oliy Majlis of the Republic of Uzbekistan | -"]);
    expect(organizationsOf("The delegation met the Chairman of the Mazhilis of the Parliament of Kazakhstan.")).toEqual(["Mazhilis of the Parliament of Kazakhstan | -"]);
  });

  it("names a chamber of a parliament the gazetteer does not know by its shape", () => {
    expect(organizationsOf("The Chamber of Deputies of the Parliament of the Czech Republic met.")).toEqual(["Chamber of Deputies of the Parliament of the Czech Republic | -"]);
    expect(organizationsOf("The Senate of the Parliament of Ruritania approved the treaty.")).toEqual(["Senate of the Parliament of Ruritania | -"]);
  });

  it("reads a house of representatives named with its parliament as that chamber, not the US House", () => {
    const text = "He met the Chairman of the House of Representatives of the National Assembly of the Republic of Belarus.";
    expect(organizationsOf(text)).toEqual(["House of Representatives of the National Assembly of the Republic of Belarus | -"]);
  });

  it("still credits a committee of a parliament to the parliament", () => {
    expect(organizationsOf("The Committee on Foreign Affairs of the Parliament of Ruritania met.")).toEqual(["Parliament of Ruritania | -"]);
  });
});

describe("extractOrganizations: local bodies and foreign ministries of their own names", () => {
  it("adds no organisation for a local body named without its place", () => {
    expect(organizationsOf("The Head of Mission met the Mayor and members of the City Council to discuss youth policy.")).toEqual([]);
    expect(organizationsOf("The Ambassador addressed the Municipal Assembly on Tuesday.")).toEqual([]);
  });

  it("keeps a local body named with its place", () => {
    expect(organizationsOf("The Head of Mission met members of the City Council of Mostar.")).toEqual(["City Council of Mostar | -"]);
  });

  it("knows foreign ministries whose names do not say 'Ministry'", () => {
    expect(organizationsOf("Media Relations Office\nGlobal Affairs Canada\nmedia@example.org")).toEqual(["Global Affairs Canada | GAC"]);
    expect(organizationsOf("The Swiss Federal Department of Foreign Affairs hosted the talks.")).toEqual(["Federal Department of Foreign Affairs | FDFA"]);
  });
});

describe("extractOrganizations: one head noun for the bodies of several countries", () => {
  it("names each country's ministry of a list after a plural head", () => {
    expect(organizationsOf("The Ministries of Foreign Affairs of Armenia, Georgia and Moldova held consultations in Tbilisi.")).toEqual([
      "Ministry of Foreign Affairs of Armenia | -",
      "Ministry of Foreign Affairs of Georgia | -",
      "Ministry of Foreign Affairs of Moldova | -",
    ]);
    expect(organizationsOf("The Ministries of Justice of Kazakhstan, Kyrgyzstan, and the Republic of Tajikistan signed the protocol.")).toEqual([
      "Ministry of Justice of Kazakhstan | -",
      "Ministry of Justice of Kyrgyzstan | -",
      "Ministry of Justice of the Republic of Tajikistan | -",
    ]);
  });

  it("names nothing more when no list of countries follows the comma", () => {
    expect(organizationsOf("Officials of the Ministries of Defence of Armenia, the guests and the press attended.")).toEqual([]);
  });
});

describe("extractOrganizations: regional offices of a UN agency", () => {
  it("counts a WHO regional office as the WHO", () => {
    expect(organizationsOf("World Health Organization | Regional Office for Europe\n\nThe Regional Director met the Minister of Health of Georgia.")).toEqual([
      "World Health Organization | WHO",
    ]);
    expect(organizationsOf("The WHO Regional Office for Africa held its session in Lomé.")).toEqual(["World Health Organization | WHO"]);
  });
});

describe("extractOrganizations: bodies of a verification regime, and centres accredited to an alliance", () => {
  it("counts the CTBTO's data centre and monitoring system as the CTBTO", () => {
    expect(organizationsOf("The CTBTO trains experts at the International Data Centre and runs the International Monitoring System.")).toEqual([
      "Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO",
    ]);
  });

  it("keeps the cyber defence centre in Tallinn apart from NATO", () => {
    expect(organizationsOf("The Minister visited the NATO Cooperative Cyber Defence Centre of Excellence in Tallinn.")).toEqual([
      "NATO Cooperative Cyber Defence Centre of Excellence | CCDCOE",
    ]);
  });
});

describe("extractOrganizations: a person's initials glued to the surname end a body's name", () => {
  it("ends the ministry's name before 'D.Davaasuren'", () => {
    expect(organizationsOf("The delegation was headed by State Secretary of the Ministry of Foreign Affairs of Mongolia D.Davaasuren.")).toEqual([
      "Ministry of Foreign Affairs of Mongolia | -",
    ]);
    expect(organizationsOf("The talks were opened by the Director of the Department of Asia Zh.Kulubaev and S.V.Zas.")).not.toContain("Department of Asia Zh.Kulubaev | -");
  });

  it("keeps a place written with a glued 'St.'", () => {
    expect(organizationsOf("He studied at St.Petersburg State University.")).toEqual(["St.Petersburg State University | -"]);
  });
});

describe("extractOrganizations: a council of elected members is a parliament", () => {
  it("names a council of representatives of a state", () => {
    expect(organizationsOf("The Assembly accepted the invitation of the Council of Representatives of the Kingdom of Bahrain.")).toEqual([
      "Council of Representatives of the Kingdom of Bahrain | -",
    ]);
  });

  it("still takes a council of ministers of a state for its government, and one of envoys for an organ", () => {
    expect(organizationsOf("The Council of Ministers of the Kyrgyz Republic approved the plan.")).toEqual([]);
    expect(organizationsOf("The Council of Permanent Representatives of the CIS met in Minsk.")).toEqual(["Commonwealth of Independent States | CIS"]);
  });
});

describe("extractOrganizations: armed forces and armed groups named as parties", () => {
  it("names the forces of a state or a group", () => {
    expect(organizationsOf("The Council condemned the fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF).")).toEqual([
      "Sudanese Armed Forces | SAF",
      "Rapid Support Forces | RSF",
    ]);
    expect(organizationsOf("The Armed Forces of Ruritania withdrew from the border.")).toEqual(["Armed Forces of Ruritania | -"]);
  });

  it("names no body for forces named by what they are, or the forces of two sides together", () => {
    expect(organizationsOf("Coalition Forces and Security Forces detained two men.")).toEqual([]);
    expect(organizationsOf("Afghan-ISAF Forces cleared the village.")).toEqual([]);
  });
});

describe("extractOrganizations: one ministry under its short and full names, and a state's long form", () => {
  it("merges 'Foreign Ministry of X' with 'Ministry of Foreign Affairs of X'", () => {
    const text =
      "Consultations between the Foreign Ministries of Turkmenistan and Latvia were held.\n\nThe talks took place at the Ministry of Foreign Affairs of Turkmenistan with a delegation of the Ministry of Foreign Affairs of the Republic of Latvia.";
    expect(organizationsOf(text)).toEqual(["Ministry of Foreign Affairs of Turkmenistan | -", "Ministry of Foreign Affairs of the Republic of Latvia | -"]);
  });

  it("leaves a short name of another shape as written", () => {
    expect(organizationsOf("The Russian Foreign Ministry issued a statement.")).toEqual(["Russian Foreign Ministry | -"]);
  });

  it("gives the second state of a coordination its own long form, and merges it with its short one", () => {
    const text =
      "Political consultations between the Foreign Ministries of Uzbekistan and Vietnam held\n\nConsultations between the Ministries of Foreign Affairs of the Republic of Uzbekistan and the Socialist Republic of Vietnam were held in Tashkent.";
    expect(organizationsOf(text)).toEqual([
      "Ministry of Foreign Affairs of the Republic of Uzbekistan | -",
      "Ministry of Foreign Affairs of the Socialist Republic of Vietnam | -",
    ]);
  });
});

describe("extractOrganizations: the issuer's country after a comma in the page's header", () => {
  it("names the ministry with the country its header line gives after a comma", () => {
    expect(organizationsOf("Ministry of Foreign Affairs, Kingdom of Thailand\n\nThe Minister met the Ambassador of Chile.")).toEqual([
      "Ministry of Foreign Affairs of the Kingdom of Thailand | -",
    ]);
  });

  it("does not take a sentence's place after a comma for the issuer's country", () => {
    expect(organizationsOf("Ministry of Foreign Affairs\n\nThe Minister met the Ambassador of Chile in Bishkek, Kyrgyzstan.")).toEqual(["Ministry of Foreign Affairs | -"]);
  });
});
