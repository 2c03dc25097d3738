import { describe, expect, it } from "vitest";
import { analyzeRelease, type Participant } from "../../../src/index.js";

function participantsOf(text: string, referenceDate = "2024-03-05"): Participant[] {
  return analyzeRelease(text, { referenceDate }).data.participants ?? [];
}

const person = (text: string, name: string, referenceDate?: string): Participant | undefined =>
  participantsOf(text, referenceDate).find((participant) => participant.name === name);

describe("extractPeople: the role given after a form of address", () => {
  it("takes the post before a comma over the courtesy title before the name", () => {
    const text = "During the visit, the Secretary General also met the Assistant to the President and Senior Adviser, Ambassador Maria Vance.";
    expect(person(text, "Maria Vance")?.role).toMatch(/^Assistant to the President/);
  });

  it("skips a courtesy title at the head of an apposition", () => {
    const text = "The protocol was signed by H.E. Karin Lund, Ambassador, Permanent Representative of the Kingdom of Sweden, and by the Minister.";
    expect(person(text, "Karin Lund")).toMatchObject({ role: "Permanent Representative", country: "SE" });
  });
});

describe("extractPeople: appositions", () => {
  it("reads an organisation or a modifier before the title", () => {
    expect(person("On 3 May, Karin Lund, the OSCE Deputy Secretary General, held a meeting with the delegation.", "Karin Lund")).toMatchObject({
      role: "Deputy Secretary General",
      organization: "OSCE",
    });
    expect(person("The Minister received the credentials of Mr. Paulo Reis, the newly appointed Ambassador of the Portuguese Republic.", "Paulo Reis")).toMatchObject({
      role: "Ambassador",
      country: "PT",
    });
  });

  it("gives each name of a list its own apposition when forms of address stand before the names", () => {
    const text =
      "The meeting was attended by H.E. Mr. Peter Banda, Minister of Foreign Affairs of the Republic of Malawi, H.E. Dr. Grace Mulenga, Minister of Trade of the Republic of Zambia, and H.E. Ms. Rose Achieng, Minister of Energy of the Republic of Kenya.";
    expect(person(text, "Grace Mulenga")).toMatchObject({ role: "Minister of Trade", country: "ZM" });
    expect(person(text, "Rose Achieng")).toMatchObject({ role: "Minister of Energy", country: "KE" });
  });

  it("takes the post before the comma, not the rank before the name, for each of two coordinated officials", () => {
    const text =
      "On April 9 of this year in Tashkent took place talks of the Minister of Defence of the Republic of Uzbekistan, Lieutenant-General Bakhodir Kurbanov and the Minister of Defence of the Republic of Belarus, Lieutenant-General Viktor Khrenin.";
    expect(person(text, "Bakhodir Kurbanov")).toMatchObject({ role: "Minister of Defence", country: "UZ" });
    expect(person(text, "Viktor Khrenin")).toMatchObject({ role: "Minister of Defence", country: "BY" });
  });

  it("knows police and general ranks as machine translation renders them word for word", () => {
    const text =
      "On May 14 of the current year in Bishkek took place negotiations of the Minister of Internal Affairs of the Kyrgyz Republic, Police General-Major Ulan Niyazbekov and the Minister of Internal Affairs of the Republic of Tajikistan, Police General-Colonel Ramazon Rahimzoda.";
    expect(person(text, "Ulan Niyazbekov")).toMatchObject({ role: "Minister of Internal Affairs", country: "KG" });
    expect(person(text, "Ramazon Rahimzoda")).toMatchObject({ role: "Minister of Internal Affairs", country: "TJ" });
  });

  it("reads a country in a short bracket after the name", () => {
    expect(person("Members heard a report by the Treasurer, Ana Rossi (MP, Italy), on the budget.", "Ana Rossi")).toMatchObject({ role: "Treasurer", country: "IT" });
  });
});

describe("extractPeople: two titles of one person before the name", () => {
  it("names the person by the first title group, the one after the comma in apposition", () => {
    const text = "The OSCE Chairperson-in-Office, Malta's Foreign Minister Ian Borg, met today in Vienna with the Secretary General.";
    expect(person(text, "Ian Borg")).toMatchObject({ role: "Chairperson-in-Office", organization: "OSCE", country: "MT" });
  });

  it("reads a title with a long complement before a comma and an honorific", () => {
    const text = "The Secretariat was represented by the Secretary of the Legal and Economic Affairs Committee, Mrs. Ana Rossi.";
    // The committee is an organisation of its own: the role is the post in it.
    expect(person(text, "Ana Rossi")).toMatchObject({ role: "Secretary", organization: "Legal and Economic Affairs Committee" });
  });

  it("keeps the titles of two people joined by 'and' apart", () => {
    const text = "The Minister met with H.E. Mr. Ian Borg, President of the Regional Council and H.E. Mr. Karl Weber, Special Envoy for Trade.";
    expect(person(text, "Karl Weber")?.role).toBe("Special Envoy for Trade");
  });

  it("does not take a country named before an 'of' for the official's", () => {
    expect(person("Visit to Chile of the Minister of Industry of Peru, Ana Rossi", "Ana Rossi")?.country).toBe("PE");
  });
});

describe("extractPeople: whose official a person is", () => {
  it("gives a state official without a country the state the page's header names, when no place tells", () => {
    const header = ["MINISTRY OF FOREIGN AFFAIRS AND TRADE", "REPUBLIC OF ZAMBIA", "", "Home | News | Contact", ""];
    const body = [
      "MINISTER HOLDS CALL WITH FINNISH COUNTERPART",
      "",
      "The Minister of Foreign Affairs and Trade, Hon. Mulambo Haimbe, on Tuesday held a telephone conversation with the Minister for Foreign Affairs of Finland, Elina Valtonen.",
    ];
    expect(person([...header, ...body].join("\n"), "Mulambo Haimbe")?.country).toBe("ZM");
    expect(person(body.join("\n"), "Mulambo Haimbe")?.country).toBeNull();
  });

  it("gives a state official without a country the country of the event's place", () => {
    const text = "Hanoi, 4 March 2024 - The Minister of Trade of Chile visited Vietnam. In Hanoi, the Minister met with the Deputy Minister of Industry Tran Van Nam.";
    expect(person(text, "Tran Van Nam")?.country).toBe("VN");
  });

  it("reads the country of a delegation or a counterpart", () => {
    const text = [
      "Nairobi, 4 March 2024 - The Joint Commission met in Nairobi.",
      "The Kenyan delegation was led by Hon. Grace Otieno, Cabinet Secretary for Trade.",
      "The Minister also received his Chilean counterpart, Ana Rossi.",
    ].join(" ");
    expect(person(text, "Grace Otieno")?.country).toBe("KE");
    expect(person(text, "Ana Rossi")?.country).toBe("CL");
  });

  it("keeps a national office held long ago off an official of an organisation", () => {
    const text = "On 8 April 2024, the Secretary General met with Roza Otunbayeva, the Special Representative of the UN Secretary General for Afghanistan.";
    expect(person(text, "Roza Otunbayeva", "2024-04-08")).toMatchObject({ organization: "UN", country: null });
  });
});

describe("extractPeople: whose organisation a visitor of a secretariat has", () => {
  it("gives a state's envoy posted to a state no organisation of the secretariat he visits", () => {
    const text =
      "Secretariat News\n\nThe Secretary General of the Economic Cooperation Organization, Khusrav Noziri, received at the ECO Secretariat today Mr. Omar Lindqvist, Ambassador of Sweden to the Islamic Republic of Iran.";
    expect(person(text, "Omar Lindqvist")).toMatchObject({ organization: null, country: "SE" });
    const posted = "The Chairman of the Board of the Commission met with Mr. Tran Van Long, Ambassador Extraordinary and Plenipotentiary of Vietnam in Russian Federation.";
    expect(person(posted, "Tran Van Long")?.organization).toBeNull();
  });

  it("still gives an envoy to the body the sentence names that body", () => {
    const text = "At the meeting of the OSCE Permanent Council in Vienna, the Ambassador of the Czech Republic, Hana Novak, presented the priorities of the Chairpersonship.";
    expect(person(text, "Hana Novak")?.organization).toBe("OSCE");
  });

  it("reads the body named as the place before a minister's title as no one's", () => {
    const text =
      "The Secretary-General of the League of Arab States, Ahmed Aboul Gheit, received today at the headquarters of the General Secretariat the Minister of Foreign Affairs of the Republic of Iraq, Fuad Hussein.";
    expect(person(text, "Fuad Hussein")).toMatchObject({ organization: null, country: "IQ" });
  });

  it("gives an official of an unsaid body the body of the release's other officials", () => {
    const text =
      "Riyadh, 3 May 2023\n\nThe GCC Secretary General Jasem Mohamed Albudaiwi received the Ambassador of Italy. The meeting was attended by Dr. Karim Saleh, Assistant Secretary General for Political Affairs.";
    expect(person(text, "Karim Saleh", "2023-05-03")?.organization).toBe("GCC");
  });
});

describe("extractPeople: styles and ranks of unseen issuers", () => {
  it("reads the title before 'the Hon' / 'the Honourable' after a comma", () => {
    expect(person("The Secretary-General hosted the Prime Minister of Tonga, the Hon Siaosi Sovaleni, on Monday.", "Siaosi Sovaleni")).toMatchObject({ role: "Prime Minister", country: "TO" });
    expect(person("Australia's Minister for Trade, the Honourable Don Farrell, signed the agreement in Suva.", "Don Farrell")).toMatchObject({ role: "Minister for Trade", country: "AU" });
  });

  it("reads a diplomatic rank before a name as a title, not a part of the name", () => {
    const text = "The spokesperson of the Secretary-General, Minister Plenipotentiary Karim Nabil, said the talks were constructive.";
    expect(participantsOf(text).map((participant) => participant.name)).not.toContain("Plenipotentiary Karim Nabil");
  });

  it("reads the Kyrgyz speaker's title", () => {
    expect(person("Toraga of the Jogorku Kenesh Marat Asanov met with the delegation in Bishkek on 3 March.", "Marat Asanov")?.role).toMatch(/^Toraga/);
  });

  it("drops where an envoy is posted ('in Uzbekistan') from the role, as it drops 'to Uzbekistan'", () => {
    const text = "The meeting was attended by the Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic in Uzbekistan Aibek Tashiev.";
    expect(person(text, "Aibek Tashiev")).toMatchObject({ role: "Ambassador Extraordinary and Plenipotentiary", country: "KG" });
  });
});

describe("extractPeople: witnesses, stand-ins, given names that are words", () => {
  const mentioned = (text: string) => analyzeRelease(text, { referenceDate: "2024-03-05" }).data.mentionedPersons ?? [];

  it("takes the witnesses of a signing for participants, a given name that is also a verb after a title's comma too", () => {
    const text =
      "The agreement was signed in Georgetown on Monday by the Secretary-General. The signing was witnessed by the High Commissioner of Canada to Guyana, Mark Whitfield, and the Deputy Secretary-General, Dr. Anya Lewis.";
    const names = participantsOf(text).map((participant) => participant.name);
    expect(names).toContain("Mark Whitfield");
    expect(names).toContain("Anya Lewis");
  });

  it("takes the minister a deputy stood in for as mentioned, not present", () => {
    const text = "The meeting in Cape Town on 1 June was attended by the Vice Minister of Foreign Affairs of China, Mr Li Wen, who represented Foreign Minister Zhao Lei.";
    expect(participantsOf(text).map((participant) => participant.name)).toEqual(["Li Wen"]);
    expect(mentioned(text).map((person) => person.name)).toContain("Zhao Lei");
  });
});

describe("extractPeople: datelines and Commonwealth office holders", () => {
  it("does not give an official the country of the dateline before a dash", () => {
    const text = "Port of Spain, Trinidad and Tobago – CARICOM Secretary-General Dr. Carla Barnett on Monday opened the meeting of the Council for Trade and Economic Development.";
    expect(person(text, "Carla Barnett", "2023-05-08")).toMatchObject({ organization: "CARICOM", country: null });
  });

  it("completes the Commonwealth Secretary-General of the day from the officials base", () => {
    const text = "Commonwealth Secretary-General, the Rt Hon Patricia Scotland KC, hosted the Prime Minister of Tonga at Marlborough House on Monday.";
    expect(person(text, "Patricia Scotland", "2023-03-13")?.organization).toMatch(/Commonwealth/);
  });
});

describe("extractPeople: the body of an official read from a whole title", () => {
  it("reads the body an organ in a title names ('President of the European Council')", () => {
    const text = "Phone call between President Charles Michel and President of Ukraine Volodymyr Zelenskyy\n\nPresident of the European Council Charles Michel spoke today by phone with President of Ukraine Volodymyr Zelenskyy.";
    expect(person(text, "Charles Michel", "2022-04-11")?.organization).toBe("EU");
  });

  it("gives a commissioner the body of the commission's president", () => {
    const text =
      "Abuja, 14 February 2023. The President of the ECOWAS Commission, Dr. Omar Alieu Touray, received the Ambassador of Spain. The meeting was attended by the Commissioner for Trade and Industry, Ambassador Kalifa Traore.";
    expect(person(text, "Kalifa Traore", "2023-02-14")?.organization).toBe("ECOWAS");
  });
});

describe("extractPeople: Swiss federal councillors and police chiefs", () => {
  it("reads 'Federal Councillor' as a title before the name", () => {
    const text = "Bern, 4 May 2023 - Federal Councillor Anna Keller received the Foreign Minister of Chile, Pedro Soto, at the Bernerhof.";
    expect(person(text, "Anna Keller")?.role).toBe("Federal Councillor");
  });

  it("reads a police chief's title in an apposition, with the country of the force", () => {
    const text = "The Secretary General received the Inspector-General of Police of Malaysia, Omar Rahman, at the headquarters on 2 May 2024.";
    expect(person(text, "Omar Rahman")).toMatchObject({ role: expect.stringMatching(/^Inspector-General/), country: "MY" });
  });

  it("takes a known office holder's country from the officials base", () => {
    const text = "Minister for Foreign Affairs Tobias Billström held a telephone conversation with the Foreign Minister of Chile on Tuesday.";
    expect(person(text, "Tobias Billström", "2023-03-14")?.country).toBe("SE");
  });
});

describe("extractPeople: a country that names a mandate, not the person's state", () => {
  it("does not give an envoy the country of the crisis he works on", () => {
    const text = [
      "Envoy visits Tbilisi",
      "",
      "On 3 May 2024 the Prime Minister of Georgia, Irakli Beridze, received UN Special Envoy Lars Holm in Tbilisi.",
      "",
      "The Prime Minister of Georgia, Irakli Beridze, hosted the UN Special Envoy for the region and the conflict in Georgia, Lars Holm, at the palace.",
    ].join("\n");
    expect(person(text, "Lars Holm")).toMatchObject({ organization: "UN", country: null });
    expect(person(text, "Irakli Beridze")?.country).toBe("GE");
  });

  it("keeps the state a signatory signs for", () => {
    const text = "On 3 May 2024 the agreement was signed in Brussels. For Chile, Pedro Soto, Vice Minister for Foreign Affairs, signed the agreement.";
    expect(person(text, "Pedro Soto")?.country).toBe("CL");
  });
});

describe("extractPeople: a title word that opens a known official's name", () => {
  it("keeps 'Amir' in the name of a known official, and as a title before another name", () => {
    const text = "KABUL, 10 May 2023 - The UN envoy met today in Kabul with the de facto Minister of Foreign Affairs, Amir Khan Muttaqi.";
    expect(person(text, "Amir Khan Muttaqi", "2023-05-10")).toMatchObject({ country: "AF" });
    const other = "DOHA, 10 May 2023 - Amir Tamim bin Hamad Al Thani received the Prime Minister of Chile at the Amiri Diwan.";
    expect(participantsOf(other, "2023-05-10").some((participant) => participant.name.startsWith("Amir "))).toBe(false);
  });
});

describe("extractPeople: a long title, then 'and head of' a body, before a comma", () => {
  it("keeps the post in the role and reads the body headed as the organisation", () => {
    const lower = "On 2 June the Foreign Minister received the Special Representative of the Secretary-General for Somalia and head of UNSOM, Ingrid Dahl, in Mogadishu.";
    expect(person(lower, "Ingrid Dahl")).toMatchObject({ role: "Special Representative of the Secretary-General for Somalia and head of UNSOM", organization: "UN" });
    const chief = "The Deputy Special Representative of the Secretary-General for South Sudan and chief of UNMISS, Tomas Varga, briefed the Council on 2 June.";
    expect(person(chief, "Tomas Varga")).toMatchObject({ role: "Deputy Special Representative of the Secretary-General for South Sudan and chief of UNMISS", organization: "UN" });
  });

  it("does not join a head of a body named after 'and the' to the title of another person", () => {
    const text = "On 2 June the Ambassador of France and the head of UNSOM, Ingrid Dahl, met in Mogadishu.";
    expect(person(text, "Ingrid Dahl")?.role ?? "").not.toMatch(/Ambassador/);
  });

  it("leaves a lower-case 'head' that no title comes before as a plain word", () => {
    const text = "Delegates discussed who would head of state visits next year; Ingrid Dahl, the Minister of Culture, opened the forum on 2 June.";
    expect(person(text, "Ingrid Dahl")?.role).toBe("Minister of Culture");
  });
});

describe("extractPeople: lists of heads by country, and who a country sent", () => {
  it("gives each official of a lower-case plural title's list the singular title", () => {
    const text = "Andean leaders meet in Lima\n\nOn 2 March the summit in Lima was attended by the presidents of Peru, Ana Quispe; of Ecuador, Diego Mora; and of Colombia, Lucia Vargas.";
    for (const [name, country] of [["Ana Quispe", "PE"], ["Diego Mora", "EC"], ["Lucia Vargas", "CO"]] as const) {
      expect(person(text, name)).toMatchObject({ role: "President", country });
    }
  });

  it("takes the nearest plural title before the list, not one inside an event's name", () => {
    const text = "Ministers meet\n\nThe Meeting of Heads of Government took place in Minsk, bringing together the foreign ministers of Armenia, Karen Sargsyan; and of Georgia, Nino Beridze.";
    expect(person(text, "Nino Beridze")).toMatchObject({ role: "Foreign Minister", country: "GE" });
  });

  it("reads the country a person represented from '<country> was represented by'", () => {
    const text = "Summit held in Bishkek\n\nThe summit was held in Bishkek on 5 May. Turkmenistan was represented by Deputy Prime Minister Batyr Amanov.";
    expect(person(text, "Batyr Amanov")).toMatchObject({ role: "Deputy Prime Minister", country: "TM" });
  });

  it("reads a portfolio list with a comma and 'and' as one title", () => {
    const text = "Talks in Montevideo\n\nOn 4 April the talks were attended by the Minister of Foreign Affairs, International Trade and Worship, Carla Benitez, and by Minister of Economy, Finance and Planning Jorge Silva.";
    expect(person(text, "Carla Benitez")?.role).toBe("Minister of Foreign Affairs, International Trade and Worship");
    expect(person(text, "Jorge Silva")?.role).toBe("Minister of Economy, Finance and Planning");
  });
});

describe("extractPeople: offices held in turn, absent heads, the eve of the event", () => {
  const text = [
    "Regional summit concludes in Quito",
    "The summit took place on 8 June 2024 in Quito, under the Pro Tempore Presidency of Ecuador. It was chaired by the President of Ecuador, Daniel Noboa.",
    "Peru was represented by Foreign Minister Javier Gonzalez, after President Dina Boluarte announced that she would not attend.",
    "On the eve of the summit, the ministers met under the chairmanship of the Minister of Trade of Ecuador, Sonia Velez.",
    "President Noboa stressed the need for closer trade.",
  ].join("\n\n");
  const file = analyzeRelease(text, { referenceDate: "2024-06-08" });
  const participants = (file.data.participants ?? []).map((participant) => participant.name);
  const mentioned = (file.data.mentionedPersons ?? []).map((mentioned) => mentioned.name);

  it("reads no name into 'the Pro Tempore Presidency'", () => {
    expect([...participants, ...mentioned].some((name) => name.includes("Presidency"))).toBe(false);
  });

  it("keeps a head who said they would not attend among the mentioned", () => {
    expect(participants).not.toContain("Dina Boluarte");
    expect(mentioned).toContain("Dina Boluarte");
    expect(participants).toContain("Javier Gonzalez");
  });

  it("leaves a meeting on the eve of the event to the mentioned", () => {
    expect(participants).not.toContain("Sonia Velez");
    expect(participants).toContain("Daniel Noboa");
  });
});

describe("extractPeople: human rights institutions of states", () => {
  const text = [
    "Ombudsmen meet in Minsk",
    "On 2 October in Minsk the heads of human rights institutions met. The meeting was attended by the High Commissioner for Human Rights in the Russian Federation Olga Petrova, the Human Rights Defender of the Republic of Armenia Gohar Sargsyan and the Commissioner for Human Rights of the Republic of Kazakhstan Erlan Abenov.",
  ].join("\n\n");
  it.each([
    ["Olga Petrova", "RU"],
    ["Gohar Sargsyan", "AM"],
    ["Erlan Abenov", "KZ"],
  ])("reads %s as an official of %s", (name, country) => {
    expect(person(text, name, "2024-10-02")?.country).toBe(country);
  });

  it("still reads an envoy's 'in <country>' as where he is posted", () => {
    const envoy = "Talks in Dushanbe\n\nOn 3 May the Minister received the UN Resident Coordinator in Tajikistan, Maria Lopez.";
    expect(person(envoy, "Maria Lopez", "2024-05-03")?.country ?? null).not.toBe("TJ");
  });
});

describe("extractPeople: CIS bodies under a government, agencies of the UN, second appositions", () => {
  it.each([
    ["Tajikistan", "TJ", "the Chairman of the Committee for Religious Affairs under the Government of the Republic of Tajikistan Sulaimon Davlatzoda", "Sulaimon Davlatzoda", "Committee for Religious Affairs"],
    ["Kyrgyzstan", "KG", "the Director of the Agency for Youth under the Cabinet of Ministers of the Kyrgyz Republic Aibek Toktosunov", "Aibek Toktosunov", "Agency for Youth"],
  ])("reads a body under the government of %s", (_state, country, phrase, name, body) => {
    const text = `Talks in Minsk\n\nOn 3 March in Minsk the Minister held talks with ${phrase}.`;
    const found = person(text, name, "2025-03-03");
    expect(found?.country).toBe(country);
    expect(found?.role ?? "").not.toMatch(/under/);
    expect(`${found?.role ?? ""} ${found?.organization ?? ""}`).toContain(body.split(" ").slice(-1)[0]);
  });

  it("gives a UN office holder the agency the officials base knows, over 'UN' in the title", () => {
    const text = "Refugee chief visits Kazakhstan\n\nASTANA, 4 March 2024 – UN High Commissioner for Refugees Filippo Grandi met with the Minister of Foreign Affairs.";
    expect(person(text, "Filippo Grandi")?.organization).toBe("UNHCR");
  });

  it("takes a person acting after a second apposition joined by 'and'", () => {
    const text = "Alumni day in Bishkek\n\nOn 5 May the Embassy hosted alumni. Dr. Aigul Bekova, Rector of the Kyrgyz State University, and a graduate of the course, shared her experience.";
    expect(person(text, "Aigul Bekova", "2024-05-05")?.role).toBe("Rector");
  });

  it("keeps 'of the' of a body's name that follows a title holding its start", () => {
    const text = "Talks in Tashkent\n\nOn 4 June the Chairman of the Senate of the Oliy Majlis Tanzila Narbayeva met with the delegation.";
    expect(person(text, "Tanzila Narbayeva", "2024-06-04")?.role ?? "").not.toMatch(/Senate Oliy/);
  });

  it("takes the person named after 'together with' in an event's sentence", () => {
    const text = "Visit to the camps\n\nDUSHANBE, 14 May 2025 – The High Commissioner visited the camp together with the UN Resident Coordinator in Tajikistan, Maria Lopez.";
    expect(person(text, "Maria Lopez", "2025-05-14")).toBeDefined();
  });
});

describe("extractPeople: the party a person is of, and an embassy's own envoy", () => {
  it.each([
    ["under the chairmanship of the representative of the Republic of Kazakhstan, Deputy Chairman of the Agency Nurlan Abenov", "Nurlan Abenov", "KZ"],
    ["The delegation of Mongolia was headed by Deputy Minister Batbold Tseren", "Batbold Tseren", "MN"],
  ])("reads the country of '%s'", (phrase, name, country) => {
    const text = `Council meets in Tashkent\n\nOn 9 April in Tashkent the Council met. ${phrase}.`;
    expect(person(text, name, "2025-04-09")?.country).toBe(country);
  });

  it("gives an ambassador without a country the country of the embassy that issues the release", () => {
    const text = "Embassy of the Republic of Korea\nPress Releases\n\nKorean Culture Day in Tashkent\n\nThe Embassy of the Republic of Korea in Tashkent held Korean Culture Day on 3 June 2024. Ambassador Park Minho welcomed the guests.";
    expect(person(text, "Park Minho", "2024-06-03")?.country).toBe("KR");
  });
});

describe("extractPeople: lists of names with their countries, Arabic particles, Gulf styles", () => {
  it("gives each 'X of <country>' of a list its own country, not the one before its comma", () => {
    const text = "Ministers meet in Oslo\n\nThe ministers met in Oslo on 2 May. Taking part were Karin Lund of Sweden, Espen Dahl of Norway and Margus Tamm of Estonia.";
    expect(person(text, "Espen Dahl", "2024-05-02")?.country).toBe("NO");
    expect(person(text, "Margus Tamm", "2024-05-02")?.country).toBe("EE");
  });

  it("keeps a particle joined to the surname by a hyphen in the name", () => {
    const text = "Talks in Cairo\n\nOn 3 May the envoy met the Chairman of the Council, General Ahmed Fattah al-Hassan, in Cairo.";
    expect(person(text, "Ahmed Fattah al-Hassan", "2024-05-03")).toBeDefined();
  });

  it("reads a portfolio with 'and' before a comma, and the body named after its family", () => {
    const text = "Visit to Juba\n\nJUBA, 4 March 2025 – The Executive Director of the United Nations World Food Programme (WFP), Anna Berg, met the Minister of Agriculture and Forests, Peter Lado.";
    expect(person(text, "Peter Lado", "2025-03-04")?.role).toBe("Minister of Agriculture and Forests");
    expect(person(text, "Anna Berg", "2025-03-04")?.organization).toBe("WFP");
  });

  it("reads 'Sayyid' as a style and 'Undersecretary' as a title", () => {
    const text = "Talks in Muscat\n\nMuscat, 3 December 2024 — Sayyid Faisal bin Said Albusaidi, Minister of Heritage, met the delegation. The talks were attended by Sheikh Khalid bin Ali Al Harthy, Undersecretary of the Ministry for Diplomatic Affairs.";
    expect(person(text, "Faisal bin Said Albusaidi", "2024-12-03")?.role).toMatch(/^Minister/);
    expect(person(text, "Khalid bin Ali Al Harthy", "2024-12-03")?.role).toMatch(/^Undersecretary/);
  });
});

describe("extractPeople: officials of the host's national bodies", () => {
  it.each([
    ["Muscat, 3 December 2024 — The Minister received the delegation in Muscat. The talks were attended by Sheikh Khalid Al Harthy, Undersecretary of the Ministry for Diplomatic Affairs.", "Khalid Al Harthy", "OM"],
    ["KHARTOUM, 3 March 2025 – The envoy met the Chairman of the Transitional Council, General Omar Hassan, in Khartoum.", "Omar Hassan", "SD"],
  ])("gives an official of a body the gazetteer does not place the host's country: %s", (body, name, country) => {
    expect(person(`Talks held\n\n${body}`, name, "2025-03-03")?.country).toBe(country);
  });

  it("does not give the host's country to an official of a body the gazetteer places elsewhere", () => {
    const text = "Talks in Minsk\n\nMINSK, 3 March 2025 – The Minister received the Director of the Consular Department of the Ministry of Foreign Affairs of Kyrgyzstan, Aibek Osmonov, in Minsk.";
    expect(person(text, "Aibek Osmonov", "2025-03-03")?.country).not.toBe("BY");
  });
});

describe("extractPeople: a post before a military rank before the name", () => {
  it.each([
    ["the delegation headed by the Chief of Armament Major General Pavel Orlov", "Pavel Orlov", "Chief of Armament"],
    ["the Head of Logistics Colonel Ivan Sokolov", "Ivan Sokolov", "Head of Logistics"],
  ])("takes the post, not the rank: %s", (phrase, name, role) => {
    const text = `Defence talks in Bishkek\n\nOn 19 February 2025 the Minister of Defense received ${phrase}.`;
    expect(person(text, name, "2025-02-19")?.role).toBe(role);
  });
});

describe("extractPeople: a list of names, each with its apposition", () => {
  const list =
    "Among those taking part were Anna Berg, Minister for Foreign Affairs of Norway, Peter Olsen, " +
    "Minister of Foreign Affairs of Denmark, and Karin Lind, Minister of Foreign Affairs of Sweden.";

  it("gives each name the apposition after it, not the one closing the name before", () => {
    const text = `Ministers meet in Riga\n\nForeign ministers of the region met in Riga on 4 March. ${list}`;
    expect(person(text, "Peter Olsen")).toMatchObject({ role: "Minister of Foreign Affairs", country: "DK" });
    expect(person(text, "Karin Lind")).toMatchObject({ role: "Minister of Foreign Affairs", country: "SE" });
    expect(person(text, "Anna Berg")).toMatchObject({ role: "Minister for Foreign Affairs", country: "NO" });
  });

  it("keeps a title before a name when no apposition follows the name", () => {
    const text =
      "Talks in Oslo\n\nOn 4 March Anna Berg, Minister for Foreign Affairs of Norway, and the Minister of Foreign Affairs of Denmark, Peter Olsen, held talks in Oslo.";
    expect(person(text, "Peter Olsen")).toMatchObject({ role: "Minister of Foreign Affairs", country: "DK" });
  });

  it("counts the heads of delegation a later sentence lists as participants", () => {
    const text =
      "Ministers meet in Vilnius\n\n5 March 2025 | Ministerial Session\n\nForeign ministers met in Vilnius on 4 March for their annual session. " +
      "The session was chaired by Minister of Foreign Affairs Jonas Petraitis. All member states were represented. " +
      "Among the heads of delegation were Anna Berg, Minister for Foreign Affairs of Norway, and Karin Lind, Minister of Foreign Affairs of Sweden.";
    const names = participantsOf(text, "2025-03-05").map((participant) => participant.name);
    expect(names).toEqual(expect.arrayContaining(["Jonas Petraitis", "Anna Berg", "Karin Lind"]));
  });
});

describe("extractPeople: the side a person leads", () => {
  it("gives the leader of '<country> side was led by' that country", () => {
    const text =
      "Kathmandu, 12 March 2024. The consultations were held yesterday. Foreign Secretary Mr. Ram Thapa led the Nepali delegation while the Sri Lankan side was led by Foreign Secretary Ms. Aruni Wijewardane.";
    expect(person(text, "Aruni Wijewardane")?.country).toBe("LK");
  });
});

describe("extractPeople: ranks in lower case, as machine translation from Russian leaves them", () => {
  it("reads the rank between the post and the name, and the names after it", () => {
    const text =
      "November 2 this year took place negotiations of the Chairman of the State Border Committee of the Republic of Belarus major general Konstantin Molostov with the Director of the Border Service of Latvia general Guntis Pujats.";
    expect(person(text, "Konstantin Molostov")).toMatchObject({ organization: "State Border Committee of the Republic of Belarus", country: "BY" });
    expect(person(text, "Guntis Pujats")).toMatchObject({ organization: "Border Service of Latvia", country: "LV" });
  });

  it("does not read 'in general' as a rank", () => {
    expect(person("In general Smith agreed with Minister Anna Jones on the plan.", "Smith")).toBeUndefined();
  });
});

describe("extractPeople: a portfolio list that the state's name closes", () => {
  it("reads the list as one portfolio, not its second item as a person", () => {
    const text =
      "Minister visits Nairobi\n\nNAIROBI, 4 March 2024 - Grace Wanjiru, Minister of Fisheries and Livestock Development of the Republic of Zambia, met the Governor of the county on Monday.";
    const people = participantsOf(text);
    expect(people.map((person) => person.name)).toEqual(["Grace Wanjiru"]);
    expect(people[0]).toMatchObject({ role: "Minister of Fisheries and Livestock Development", country: "ZM" });
  });

  it("reads a comma list before the state and the name", () => {
    const text =
      "Talks in Rabat\n\nRabat, 4 March 2024 - The Minister of Foreign Affairs, Handicrafts and Moroccan Heritage of the Kingdom of Morocco, Salma Idrissi, received the Ambassador of Chile on Monday.";
    expect(person(text, "Salma Idrissi")).toMatchObject({ role: "Minister of Foreign Affairs, Handicrafts and Moroccan Heritage", country: "MA" });
  });

  it("gives no organisation for a body's name whose head the portfolio took", () => {
    const text =
      "Ministers meet in Riga\n\nThe Minister of Digital Affairs and Administration of the Republic of Latvia, Karlis Ozols, hosted his counterparts in Riga on 4 March 2024.";
    expect(person(text, "Karlis Ozols")).toMatchObject({ role: "Minister of Digital Affairs and Administration", organization: null, country: "LV" });
  });
});

describe("extractPeople: a country's adjective before a federal title", () => {
  it("reads the federal minister's portfolio after 'of the' and the country before it", () => {
    const text =
      "Interior ministers meet in Vienna\n\nVienna, 4 March 2024 - Austrian Federal Minister of the Interior Hanna Wolf and German Federal Minister of the Interior and Community Lena Roth met on Monday to discuss border controls.";
    expect(person(text, "Hanna Wolf")).toMatchObject({ role: "Federal Minister of the Interior", country: "AT" });
    expect(person(text, "Lena Roth")).toMatchObject({ role: "Federal Minister of the Interior and Community", country: "DE" });
  });

  it("reads a federal president and chancellor with their country", () => {
    const text =
      "State visit to Berlin\n\nBerlin, 4 March 2024 - German Federal President Klaus Becker received Austrian Federal Chancellor Peter Huber at Bellevue Palace on Monday.";
    expect(person(text, "Klaus Becker")).toMatchObject({ role: "Federal President", country: "DE" });
    expect(person(text, "Peter Huber")).toMatchObject({ role: "Federal Chancellor", country: "AT" });
  });
});

describe("extractPeople: a complement listing places with commas, a surname like an official's", () => {
  it("reads a regional vice-president's whole complement before the name's comma", () => {
    const text =
      "Bank signs loans with Nepal\n\nMANILA, 4 March 2024 - ADB President Masato Kanda and the Finance Minister of Nepal, Ram Sharma, signed two loans. ADB's Vice-President for South Asia, Central Asia and West Asia, Maria Lopez, also attended.";
    expect(person(text, "Maria Lopez")).toMatchObject({ role: "Vice-President for South Asia, Central Asia and West Asia", organization: "ADB", country: null });
  });

  it("does not complete a name from an official whose surname it only begins, when the text gives another post", () => {
    const text = "Office opens in Nairobi\n\nNAIROBI, 4 March 2024 - The Director of the Regional Office, Justin Trude, opened the new office on Monday.";
    expect(person(text, "Justin Trude")).toMatchObject({ role: "Director of the Regional Office", country: null });
  });

  it("does not complete a name from a former official whose surname it only begins", () => {
    const text = "Forum in Berlin\n\nBERLIN, 4 March 2024 - Angela Merke took part in the forum on Monday and met the Mayor.";
    const people = participantsOf(text);
    expect(people.find((entry) => entry.name.startsWith("Angela"))).toMatchObject({ name: "Angela Merke", country: null });
  });
});
