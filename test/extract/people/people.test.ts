import { describe, expect, it } from "vitest";
import { analyzeRelease, type MentionedPerson, type Participant } from "../../../src/index.js";

interface People {
  participants: Participant[];
  mentioned: MentionedPerson[];
}

function peopleOf(text: string, referenceDate = "2024-03-05"): People {
  const file = analyzeRelease(text, { referenceDate });
  return { participants: file.data.participants ?? [], mentioned: file.data.mentionedPersons ?? [] };
}

const byName = <T extends { name: string }>(people: readonly T[], name: string): T | undefined => people.find((person) => person.name === name);

describe("extractPeople: titles before the name", () => {
  it("reads an organisation's official", () => {
    const { participants } = peopleOf("The CSTO Secretary General Imangali Tasmagambetov received the delegation in Moscow.");
    expect(byName(participants, "Imangali Tasmagambetov")).toMatchObject({ role: "Secretary General", organization: "CSTO", country: null });
  });

  it("reads a state official's country from an adjective or an of-phrase", () => {
    const { participants } = peopleOf(
      "Armenian Foreign Minister Ararat Mirzoyan met with Minister of Foreign Affairs of the Republic of Moldova Mihai Popsoi in Yerevan.",
    );
    expect(byName(participants, "Ararat Mirzoyan")).toMatchObject({ role: "Foreign Minister", country: "AM" });
    expect(byName(participants, "Mihai Popsoi")).toMatchObject({ role: "Minister of Foreign Affairs", country: "MD" });
  });

  it("takes the rank apart from the post given in apposition", () => {
    const { participants } = peopleOf("The talks were attended by Colonel General Viktor Rudenko, chief of the Joint Staff.");
    expect(byName(participants, "Viktor Rudenko")?.role).toBe("Chief of the Joint Staff");
  });

  it("reads a title's complement of places", () => {
    const { participants } = peopleOf("The Minister received the EU Special Representative for Central Asia Terhi Hakala today.");
    expect(byName(participants, "Terhi Hakala")).toMatchObject({ role: "Special Representative for Central Asia", organization: "EU" });
  });

  it("gives each official of a list the singular of a plural title", () => {
    const { participants } = peopleOf(
      "In Tashkent the minister met with the Foreign Ministers of the Republic of Belarus - Maxim Ryzhenkov, and the Republic of Latvia Baiba Braze.",
    );
    expect(byName(participants, "Maxim Ryzhenkov")).toMatchObject({ role: "Foreign Minister", country: "BY" });
    expect(byName(participants, "Baiba Braze")).toMatchObject({ role: "Foreign Minister", country: "LV" });
  });
});

describe("extractPeople: names after a body's name and roles around an organisation", () => {
  it("keeps a body's name out of the person's name", () => {
    const { participants } = peopleOf("The President met today with Speaker of the Milli Majlis Sahiba Gafarova in Baku.");
    expect(participants.map((person) => person.name)).toContain("Sahiba Gafarova");
  });

  it("leaves no dangling words where the organisation is taken out of a role", () => {
    const { participants } = peopleOf(
      "The Minister met with the High Representative of the European Union for Foreign Affairs and Security Policy Kaja Kallas.",
    );
    expect(byName(participants, "Kaja Kallas")).toMatchObject({ role: "High Representative for Foreign Affairs and Security Policy", organization: "EU" });
  });
});

describe("extractPeople: a person named right after an organisation", () => {
  it("ends the body's name where a person's given name starts", () => {
    const file = analyzeRelease(
      "The session was attended by the Chairman of the Board of the Eurasian Economic Commission Bakytzhan Sagintayev and Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure Ruslan Mirzaev.",
      { referenceDate: "2024-03-05" },
    );
    const names = (file.data.participants ?? []).map((person) => person.name);
    expect(names.filter((name) => name.endsWith("Sagintayev") || name === "Ruslan Mirzaev")).toHaveLength(2);
    for (const organization of file.data.organizations ?? []) expect(organization.name).not.toMatch(/Ruslan|Bakytzhan/);
  });

  it("ends a company's name before the name of its chairman", () => {
    const file = analyzeRelease(
      "Today the President received Chairman of the Board of Directors of Marubeni Corporation Hiroaki Sakurai, who is in Ashgabat on a working visit.",
      { referenceDate: "2024-03-05" },
    );
    expect(file.data.participants?.map((person) => person.name)).toContain("Hiroaki Sakurai");
    expect(file.data.organizations?.map((organization) => organization.name)).toEqual(["Marubeni Corporation"]);
  });

  it("finds a person after a title's long complement of capitalised words", () => {
    const { participants } = peopleOf(
      "The Secretary General held a meeting with the Coordinator of OSCE Economic and Environmental Activities Bakyt Dzhusupov in Vienna.",
    );
    expect(participants.map((person) => person.name)).toContain("Bakyt Dzhusupov");
  });

  it("keeps a country from the officials gazetteer over one read off a list in the wrong order", () => {
    const { participants } = peopleOf(
      "The talks were attended by the Prime Ministers of Belarus and Armenia - Nikol Pashinyan and Roman Golovchenko.",
      "2023-05-25",
    );
    expect(byName(participants, "Nikol Pashinyan")?.country).toBe("AM");
    expect(byName(participants, "Roman Golovchenko")?.country).toBe("BY");
  });
});

describe("extractPeople: titles of two people joined by and", () => {
  it("does not carry the first person's title over the second's title complement", () => {
    const { participants } = peopleOf(
      "The Minister of Energy of the Republic of Kazakhstan Almasadam Satkaliyev and EBRD Country Director for Kazakhstan Huseyin Ozhan signed the loan agreement.",
    );
    expect(byName(participants, "Huseyin Ozhan")).toMatchObject({ role: "Country Director for Kazakhstan", country: null });
  });

  it("keeps initials between a given name and a surname in the name", () => {
    const { participants } = peopleOf("The session was chaired by H.E. Retno L.P. Marsudi, Minister for Foreign Affairs of Indonesia.");
    expect(participants).toHaveLength(1);
    expect(participants[0]).toMatchObject({ role: "Minister for Foreign Affairs", country: "ID" });
    expect(participants[0]?.name).toMatch(/^Retno .*Marsudi$/);
  });

  it("does not repeat a body's country in a role whose title holds the body's name", () => {
    const { participants } = peopleOf("Secretary of the Security Council of the Kyrgyz Republic Marat Imankulov held talks in Moscow.");
    expect(byName(participants, "Marat Imankulov")).toMatchObject({ role: "Secretary of the Security Council", country: "KG" });
  });

  it("reads a city in a title's complement as part of the role, not of the name", () => {
    const { participants } = peopleOf("The President met with Governor of St. Petersburg Alexander Beglov and the Akim of Almaty Yerbolat Dossayev.");
    expect(byName(participants, "Alexander Beglov")).toMatchObject({ role: "Governor of St. Petersburg", country: "RU" });
    expect(byName(participants, "Yerbolat Dossayev")).toMatchObject({ role: "Akim of Almaty", country: "KZ" });
  });

  it("reads a surname written in capitals before the given name after an honorific", () => {
    const { participants } = peopleOf("On 5 March, Mr. TANAKA Hiroshi, Minister of Economy of Japan, held talks with Mr. Adylbek Kasymaliev in Tokyo.");
    expect(byName(participants, "Hiroshi Tanaka")).toMatchObject({ aliases: ["TANAKA Hiroshi"], role: "Minister of Economy", country: "JP" });
  });

  it("does not give an organisation's envoy the country the envoy is posted to", () => {
    const { participants } = peopleOf("The Prime Minister met with the Ambassador of the European Union to Moldova Jānis Mažeiks in Chisinau.");
    expect(byName(participants, "Jānis Mažeiks")).toMatchObject({ role: "Ambassador", organization: "EU", country: null });
  });

  it("reads the side a delegation list puts each person on", () => {
    const { participants } = peopleOf(
      "Taking part in the consultations were: from the Kazakh side - Deputy Foreign Minister Alibek Bakayev, from the Japanese side - Director-General Hiroshi Tanaka.",
    );
    expect(byName(participants, "Alibek Bakayev")?.country).toBe("KZ");
    expect(byName(participants, "Hiroshi Tanaka")?.country).toBe("JP");
  });

  it("reads a title whose portfolios are listed with commas", () => {
    const { participants } = peopleOf("Minister of Investment, Industry and Trade of Uzbekistan Laziz Kudratov held talks with the delegation.");
    expect(byName(participants, "Laziz Kudratov")).toMatchObject({ role: "Minister of Investment, Industry and Trade", country: "UZ" });
  });

  it("reads a body's name inside an apposition as part of the role", () => {
    const { participants } = peopleOf("The President received Rustam Emomali, Chairman of the Majlisi Milli of the Republic of Tajikistan, in Dushanbe.");
    expect(byName(participants, "Rustam Emomali")).toMatchObject({ role: "Chairman of the Majlisi Milli", country: "TJ" });
  });
});

describe("extractPeople: officials of international agencies and unknown bodies", () => {
  it("reads where an agency's representative is posted as part of the role, not as a nationality", () => {
    const { participants } = peopleOf("The Minister received the UNICEF Representative in Georgia Anna Berg on 5 March.");
    expect(byName(participants, "Anna Berg")).toMatchObject({ role: "Representative in Georgia", organization: "UNICEF", country: null });
  });

  it("finds the person after a title whose body the gazetteers do not know", () => {
    const { participants } = peopleOf("The observers met with the Chairperson of the Central Referendum Board Dana Oskonbaeva in the capital.");
    expect(participants.map((person) => person.name)).toContain("Dana Oskonbaeva");
  });
});

describe("extractPeople: appositions and honorifics", () => {
  it("reads a title after the name, up to the next person", () => {
    const { participants } = peopleOf(
      "The Council met under the Presidency of Mr Ian Borg, Deputy Prime Minister and Minister for Foreign Affairs of Malta, and Ms Dominique Hasler, Minister for Foreign Affairs of Liechtenstein.",
    );
    expect(byName(participants, "Ian Borg")).toMatchObject({ role: "Deputy Prime Minister and Minister for Foreign Affairs", country: "MT" });
    expect(byName(participants, "Dominique Hasler")).toMatchObject({ role: "Minister for Foreign Affairs", country: "LI" });
  });

  it("does not give a person the title of the next name in a list", () => {
    const { participants } = peopleOf("Taking part were President of Brazil Luiz Inacio Lula da Silva, Prime Minister of India Narendra Modi and others.");
    expect(byName(participants, "Narendra Modi")?.role).toBe("Prime Minister");
    expect(participants.find((person) => person.name.startsWith("Luiz"))?.role).toBe("President");
  });
});

describe("extractPeople: one person, one entry", () => {
  it("merges transliteration variants, truncations, initials and surname-only mentions", () => {
    const text = [
      "Secretary General Yuri Ivanov met Director Bernhard Kessler in Vienna.",
      "Yury Ivanov thanked Bernhard Kessl for the invitation.",
      "As B.Kessler noted, the cooperation is growing.",
      "Mr Ivanov said the talks were useful.",
    ].join(" ");
    const { participants } = peopleOf(text);
    expect(participants.map((person) => person.name).sort()).toEqual(["Bernhard Kessler", "Yuri Ivanov"]);
    expect(byName(participants, "Bernhard Kessler")?.aliases).toEqual(expect.arrayContaining(["Bernhard Kessl", "B.Kessler"]));
    expect(byName(participants, "Yuri Ivanov")?.aliases).toEqual(expect.arrayContaining(["Yury Ivanov", "Ivanov"]));
  });

  it("puts a surname-first name with a patronymic in the usual order", () => {
    const { mentioned, participants } = peopleOf("Lieutenant General Petrov Ivan Sergeyevich was appointed as Chief of Staff.");
    const all = [...mentioned, ...participants];
    expect(all.map((person) => person.name)).toContain("Ivan Sergeyevich Petrov");
  });

  it("spans point at every mention in the original text", () => {
    const text = "President Maia Sandu met Prime Minister Dorin Recean. Sandu  thanked Recean.";
    const file = analyzeRelease(text);
    for (const person of file.data.participants ?? []) {
      for (const span of person.spans ?? []) {
        const written = text.slice(span.start, span.end);
        expect([person.name, ...person.aliases]).toContain(written);
      }
    }
  });
});

describe("extractPeople: participants and people only mentioned", () => {
  it("keeps people recalled or represented apart from those taking part", () => {
    const text =
      "The Chairperson-in-Office Ian Borg met in Valletta with Co-Chair Lucas Brown, acting also on behalf of Co-Chair Ivan Petrov, and Special Representative Anna Kowalska. They recalled the meeting between President Ilham Aliyev and Prime Minister Nikol Pashinyan held last year.";
    const { participants, mentioned } = peopleOf(text);
    expect(participants.map((person) => person.name).sort()).toEqual(["Anna Kowalska", "Ian Borg", "Lucas Brown"]);
    expect(mentioned.map((person) => person.name)).toEqual(expect.arrayContaining(["Ivan Petrov"]));
  });

  it("does not count the spokesperson a readout is attributed to, and ends a name at a possessive", () => {
    const { participants, mentioned } = peopleOf(
      "Readout of Secretary Rubio's Call with Kazakh Foreign Minister Nurtleu\n\nThe following is attributable to Spokesperson Tammy Bruce:\n\nSecretary Marco Rubio spoke today with Kazakh Foreign Minister Murat Nurtleu.",
    );
    expect(participants.map((person) => person.name)).not.toContain("Tammy Bruce");
    expect(mentioned.map((person) => person.name)).toContain("Tammy Bruce");
    expect(participants.map((person) => person.name).some((name) => name.includes("Call"))).toBe(false);
  });

  it("does not count people a journalist's question speaks of", () => {
    const { participants, mentioned } = peopleOf(
      "Spokesperson Maria Zakharova's briefing\n\nQ: Foreign Minister Bakhtiyor Saidov said yesterday that Uzbekistan is ready for talks. Your comment?\n\nA: We welcome this.",
    );
    expect(participants.map((person) => person.name)).not.toContain("Bakhtiyor Saidov");
    expect(mentioned.map((person) => person.name)).toContain("Bakhtiyor Saidov");
  });

  it("takes a speaker named after 'said' as a participant", () => {
    const { participants } = peopleOf(
      'The seminar on border security was held in Osh on 5 March.\n\n"Cooperation is key," said Ambassador Alexey Rogov, Head of the Programme Office.',
    );
    expect(participants.map((person) => person.name)).toContain("Alexey Rogov");
  });

  it("does not count a person whose earlier visit is recalled", () => {
    const { participants, mentioned } = peopleOf(
      "On 5 May, Foreign Minister Murat Nurtleu met with Ambassador of Japan Yasushi Kizaki. The Minister recalled the visit of President Tokayev to Tokyo in 2022.",
    );
    expect(participants.map((person) => person.name)).toEqual(["Murat Nurtleu", "Yasushi Kizaki"]);
    expect(mentioned.map((person) => person.name)).toEqual(["Kassym-Jomart Tokayev"]);
  });

  it("takes a minister travelling to the event as a participant", () => {
    const { participants } = peopleOf("Foreign Minister Hakan Fidan is travelling to Astana today, where he will hold talks with Murat Nurtleu.");
    expect(participants.map((person) => person.name)).toContain("Hakan Fidan");
  });

  it("does not count people of an earlier event the release goes on to recall", () => {
    const text =
      "On June 1, in Cape Town, the Foreign Minister Ana Silva met with Minister of Foreign Affairs of India Ravi Kumar. " +
      "Earlier, on May 31, Ana Silva held talks with Foreign Minister of Chile Pedro Soto in Santiago.";
    const { participants, mentioned } = peopleOf(text);
    expect(participants.map((person) => person.name).sort()).toEqual(["Ana Silva", "Ravi Kumar"]);
    expect(mentioned.map((person) => person.name)).toEqual(["Pedro Soto"]);
  });

  it("takes the people whose remarks the headline announces as participants", () => {
    const { participants } = peopleOf("Remarks by President Lena Berg and Prime Minister Tomas Holm Before Bilateral Meeting\n\nThank you all.");
    expect(participants.map((person) => person.name).sort()).toEqual(["Lena Berg", "Tomas Holm"]);
  });

  it("does not count people greetings are conveyed from or to", () => {
    const { participants, mentioned } = peopleOf("During the meeting, Minister Lena Berg conveyed greetings from President Tomas Holm to President Anna Vik.");
    expect(participants.map((person) => person.name)).toEqual(["Lena Berg"]);
    expect(mentioned.map((person) => person.name).sort()).toEqual(["Anna Vik", "Tomas Holm"]);
  });

  it("does not complete a lone surname without its title from the officials gazetteer", () => {
    const { participants } = peopleOf("During the meeting, Mr. Wang conveyed the greetings of his ministry.");
    expect(participants.map((person) => person.name)).toEqual(["Wang"]);
  });

  it("treats a possessive outside the headline and a signature line as mentions", () => {
    const text = [
      "The Adviser met today with the Deputy Minister Karl Weber in Bern.",
      "They welcomed President Moon Jae-in's visit to Bern last May.",
      "Press Secretary Olga Petrova",
    ].join("\n");
    const { participants, mentioned } = peopleOf(text);
    expect(participants.map((person) => person.name)).toEqual(["Karl Weber"]);
    expect(mentioned.map((person) => person.name)).toEqual(expect.arrayContaining(["Olga Petrova"]));
  });

  it("resolves an unnamed title in the lead to the one person holding it", () => {
    const text = "Secretary-General Ana Lopez\n\nReadout of the meeting with the Prime Minister\n\nThe Secretary-General met today with Prime Minister Tomas Berg of Norway.";
    const { participants } = peopleOf(text);
    expect(participants.map((person) => person.name).sort()).toEqual(["Ana Lopez", "Tomas Berg"]);
  });
});

describe("extractPeople: what is not a person", () => {
  it("does not take a title alone for a person", () => {
    const { participants, mentioned } = peopleOf("The Secretary General welcomed the participants. The Foreign Minister spoke next.");
    expect([...participants, ...mentioned]).toEqual([]);
  });

  it("does not take a street or a ship named after a person for a person", () => {
    const text = 'The President visited the port, where the ship "Admiral Nakhimov" is moored, and Pushkin Street in the centre.';
    const { participants, mentioned } = peopleOf(text);
    expect([...participants, ...mentioned]).toEqual([]);
  });

  it("does not take a headline verb or a document for a name", () => {
    const { participants, mentioned } = peopleOf("Secretary-General Meets Prime Minister\n\nThe Joint Declaration was adopted.");
    expect([...participants, ...mentioned]).toEqual([]);
  });
});

describe("extractPeople: names with a regnal number or a second surname", () => {
  it("keeps a regnal number in the name", () => {
    const { mentioned, participants } = peopleOf("The Minister recalled the visit of His Majesty King Carlos VI to Lima in 2016. Minister Ana Rossi met with Minister Pablo Vega.");
    expect([...mentioned, ...participants].map((person) => person.name)).toContain("Carlos VI");
  });

  it("takes either surname alone for the person", () => {
    const text = "Foreign Minister Ana Rossi received the Foreign Minister of Colombia, Pablo Vega Durán. Minister Vega thanked his host.";
    expect(peopleOf(text).participants.map((person) => person.name).sort()).toEqual(["Ana Rossi", "Pablo Vega Durán"]);
  });
});

describe("extractPeople: a full stop glued to a name", () => {
  it("leaves the sentence's full stop out of the name", () => {
    const { participants } = peopleOf("The delegation was led by Mr. Ivanov. , Mr. Ivanov met the press.");
    expect(participants.map((person) => person.name)).toEqual(["Ivanov"]);
  });
});

describe("extractPeople: ranks as armed forces abbreviate them", () => {
  it("reads an abbreviated rank as a title, not as part of the name", () => {
    const { participants } = peopleOf('"The district is calm," said U.S. Army Col. Mark Fenton, the task force commander.');
    expect(participants.map((person) => person.name)).toEqual(["Mark Fenton"]);
    expect(participants[0]?.country).toBe("US");
  });
});

describe("extractPeople: press contacts", () => {
  it.each([
    "For more information, please contact:\nIn Vienna, Karin Lund, lund@example.org, +43 1 000 000",
    "Media contact: Tomas Novak (novak@mfa.example.gov)",
  ])("names no one in a contact line with an e-mail address: %s", (contact) => {
    const text = `Minister visits Vienna\n\nVIENNA, 3 May 2024 – Minister Ivan Petrov met with the Director General today.\n\n${contact}`;
    const file = analyzeRelease(text, { referenceDate: "2024-05-03" });
    const names = [...(file.data.participants ?? []), ...(file.data.mentionedPersons ?? [])].map((person) => person.name);
    expect(names).toContain("Ivan Petrov");
    expect(names.some((name) => name.includes("Lund") || name.includes("Novak"))).toBe(false);
  });
});

describe("extractPeople: a place named like a person", () => {
  it.each(["in Sayyid Karam district", "near Sheikh Ali village"])("reads no one into '%s'", (place) => {
    const text = `Patrol finds cache\n\nKABUL, 3 May 2011 – A patrol discovered a weapons cache ${place} on Tuesday.`;
    const file = analyzeRelease(text, { referenceDate: "2011-05-03" });
    expect([...(file.data.participants ?? []), ...(file.data.mentionedPersons ?? [])]).toEqual([]);
  });
});

describe("extractPeople: a release in the first person", () => {
  it("takes the one person its masthead names before the headline for the speaker", () => {
    const text = [
      "Senator the Hon Mary Clarke",
      "Minister for Trade",
      "Media release",
      "Talks with the Trade Commissioner",
      "14 June 2024",
      "Today I held talks with the Trade Commissioner of the Pacific Islands Forum, Tevita Lomu, together with the Minister for Agriculture and the Pacific, the Hon Sam Reid MP.",
    ].join("\n\n");
    const file = analyzeRelease(text, { referenceDate: "2024-06-14" });
    const participants = file.data.participants ?? [];
    expect(participants.map((person) => person.name)).toEqual(expect.arrayContaining(["Mary Clarke", "Tevita Lomu", "Sam Reid"]));
    expect(participants.find((person) => person.name === "Sam Reid")?.role).toBe("Minister for Agriculture and the Pacific");
  });

  it("leaves a masthead name alone when the release does not speak as 'I'", () => {
    const text = "Senator the Hon Mary Clarke\n\nMinister for Trade\n\nTalks with the Trade Commissioner\n\n14 June 2024\n\nThe Department held talks with the Trade Commissioner, Tevita Lomu, today.";
    const file = analyzeRelease(text, { referenceDate: "2024-06-14" });
    expect((file.data.participants ?? []).map((person) => person.name)).not.toContain("Mary Clarke");
  });
});

describe("extractPeople: an initial-glued name after a body's name", () => {
  it("finds the person even when the body's mention runs into the name", () => {
    const text = "Consultations in Ulaanbaatar\n\nOn 5 June the Mongolian delegation was headed by State Secretary of the Ministry of Foreign Affairs B.Batbold, and the other delegation by Deputy Minister A.Sadykov.";
    const file = analyzeRelease(text, { referenceDate: "2018-06-05" });
    expect((file.data.participants ?? []).map((person) => person.name)).toEqual(expect.arrayContaining(["B.Batbold", "A.Sadykov"]));
  });
});

describe("extractPeople: a masthead's name line and title line", () => {
  it("reads the title line under a name line as the person's role", () => {
    const text = "The Hon Mary Clarke MP\n\nMinister for Trade and Tourism\n\nMedia release\n\nTrade talks in Suva\n\n14 June 2024\n\nToday I met the Trade Commissioner, Tevita Lomu, in Suva.";
    const file = analyzeRelease(text, { referenceDate: "2024-06-14" });
    expect((file.data.participants ?? []).find((person) => person.name === "Mary Clarke")?.role).toBe("Minister for Trade and Tourism");
  });
});

describe("extractPeople: the author of a thing spoken of", () => {
  it("mentions, not counts, the person who initiated or proposed what was discussed", () => {
    const text =
      "Speaker meets delegation\n\nOn 4 March 2024 the Speaker of the Parliament Anna Berg met the delegation. " +
      "During the meeting, Anna Berg informed the guests about the reforms initiated by the Head of State Peter Olsen and the work of the deputies on the plan proposed by Prime Minister Karin Lind.";
    const { participants, mentioned } = peopleOf(text);
    expect(participants.map((person) => person.name)).toEqual(["Anna Berg"]);
    expect(mentioned.map((person) => person.name).sort()).toEqual(["Karin Lind", "Peter Olsen"]);
  });

  it("reads a Russian agent in the instrumental after the participle, titles between", () => {
    const text =
      "Встреча в парламенте\n\n4 марта 2024 года Председатель Сената Иван Петров встретился с делегацией. " +
      "В ходе встречи Иван Петров проинформировал гостей о ходе реформ, инициированных Главой государства Сергеем Ивановым, и о работе депутатов.";
    const file = analyzeRelease(text, { referenceDate: "2024-03-05", language: "ru" });
    expect((file.data.participants ?? []).map((person) => person.name)).toEqual(["Ivan Petrov"]);
    expect((file.data.mentionedPersons ?? []).map((person) => person.name)).toEqual([expect.stringMatching(/Ivanov$/)]);
  });
});

describe("extractPeople: an institution's namesake", () => {
  it("reads no person in 'named after X', a rank before the name or not", () => {
    const text =
      "On 3 May the Minister visited the National University named after Yusuf Balasagyn in Bishkek and met Rector Aida Kasymova. Cadets of the Academy named for Marshal Georgy Zhukov also attended.";
    const { participants, mentioned } = peopleOf(text);
    expect([...participants, ...mentioned].map((person) => person.name)).toEqual(["Aida Kasymova"]);
  });
});

describe("extractPeople: capitalised words before a thing's or a body's head noun", () => {
  const names = (text: string): string[] => {
    const { participants, mentioned } = peopleOf(text);
    return [...participants, ...mentioned].map((person) => person.name);
  };

  it("reads no person in the name of a programme, in the headline or after a title", () => {
    const text = [
      "Kenya and the FAO launch new Green Jobs Country Programme as Minister Otieno visits Rome",
      "ROME, 4 March 2024 - FAO Director-General Qu Dongyu received Peter Otieno, Minister of Agriculture of the Republic of Kenya, on Monday.",
      "At the end of the meeting, the Director-General and the Minister signed the Green Jobs Country Programme for Kenya for 2025-2028.",
    ].join("\n\n");
    expect(names(text).sort()).toEqual(["Peter Otieno", "Qu Dongyu"]);
  });

  it("reads no person in a company's legal form", () => {
    const text = [
      "Energy ministers hold video call",
      "DUSHANBE, 4 March 2024 - Minister of Energy Rustam Nazarov held a videoconference with his counterpart on Monday.",
      'Representatives of Closed Joint Stock Company "Pamir Light" and of the national grid operator also took part in the talks.',
    ].join("\n\n");
    expect(names(text)).toEqual(["Rustam Nazarov"]);
  });

  it("keeps a name before a capitalised verb of a headline or a title after it", () => {
    const text = [
      "Director Maria Lopez Visits Lima",
      "LIMA, 4 March 2024 - Director Maria Lopez met the Minister of Health, Carlos Rivas, on Monday.",
    ].join("\n\n");
    expect(names(text).sort()).toEqual(["Carlos Rivas", "Maria Lopez"]);
  });
});

describe("extractPeople: one person under a Greek and an English given name, a surname split in two", () => {
  it("merges the spellings into one participant", () => {
    const text = [
      "Greek and Egyptian foreign ministers hold talks in Athens",
      "Athens, 4 March 2024 - Minister of Foreign Affairs Giorgos Dimas held talks on Monday with the Minister of Foreign Affairs of the Arab Republic of Egypt, Hassan Abdelrazek.",
      "Mr Dimas and Mr Abdel Razek reviewed cooperation on energy and migration.",
      "George Dimas thanked his counterpart for the cooperation of Egypt.",
    ].join("\n\n");
    const { participants } = peopleOf(text);
    expect(participants.map((person) => person.name).sort()).toEqual(["Giorgos Dimas", "Hassan Abdelrazek"]);
    expect(byName(participants, "Giorgos Dimas")?.aliases).toContain("George Dimas");
    expect(byName(participants, "Hassan Abdelrazek")?.aliases).toContain("Abdel Razek");
  });
});

describe("extractPeople: a surname after a particle", () => {
  it("takes no lone surname out of a name with a particle", () => {
    const { participants } = peopleOf("State visit in Vienna\n\nVIENNA, 4 March 2024 - Austrian Federal President Alexander Van der Bellen received the President of Finland on Monday.");
    expect(byName(participants, "Alexander Van der Bellen")).toMatchObject({ aliases: [], role: "Federal President", country: "AT" });
  });
});

describe("extractPeople: a given name that is also a month's abbreviation", () => {
  it("reads 'Jan' as a given name after a title that ends with its state", () => {
    const { participants } = peopleOf("Warsaw, 4 March 2024 - The Minister of Foreign Affairs of the Slovak Republic Jan Kowal met his Polish counterpart Radosław Sikorski.");
    expect(byName(participants, "Jan Kowal")).toMatchObject({ role: "Minister of Foreign Affairs", country: "SK" });
  });

  it("still reads 'Jan.' before a day as a month", () => {
    const { participants, mentioned } = peopleOf("The talks in the Slovak Republic Jan. 5 were held by the two ministers.");
    expect([...participants, ...mentioned]).toEqual([]);
  });
});

describe("extractPeople: the issuer's official in a call, by the dateline", () => {
  it("gives an unqualified minister the state of the dateline's city, also a city named like a person", () => {
    const text = [
      "Minister Petrova spoke with her Moldovan counterpart",
      "",
      "Sofia, 6 March 2024. Today, Foreign Minister Elena Petrova had a telephone conversation with the Minister of Foreign Affairs of the Republic of Moldova, Mihai Popescu.",
    ].join("\n");
    expect(byName(peopleOf(text).participants, "Elena Petrova")).toMatchObject({ country: "BG" });
  });

  it("does not take the dateline of an international body's seat for a state's", () => {
    const text = [
      "High Representative holds a call with the Foreign Minister of Chile",
      "",
      "Brussels, 6 March 2024 - Vice-President Maria Keller of the European Union held a telephone call with the Foreign Minister of Chile, Pablo Ruiz.",
    ].join("\n");
    expect(byName(peopleOf(text).participants, "Maria Keller")?.country ?? null).toBeNull();
  });
});

describe("extractPeople: initials written together before a surname", () => {
  it("reads joined initials after a title or a form of address as the name's start, kept in capitals", () => {
    const text = "Thimphu, 6 March 2024 - Lyonpo K.T. Wangdi, Minister for Economic Affairs, received the Ambassador of India, H.E. R.K. Mehta. Lyonpo Wangdi thanked the guest.";
    const { participants } = peopleOf(text);
    expect(byName(participants, "K.T. Wangdi")).toMatchObject({ role: "Minister for Economic Affairs", country: "BT" });
    expect(byName(participants, "R.K. Mehta")).toMatchObject({ role: "Ambassador", country: "IN" });
  });

  it("prefers a name with initials to the surname alone, and a full given name to initials", () => {
    const { participants } = peopleOf("Minister of Foreign Affairs S.P. Perera met the delegation. Minister Perera said the talks were useful.");
    expect(byName(participants, "S.P. Perera")?.aliases).toEqual(["Perera"]);
    const both = peopleOf("Foreign Minister Sunil Perera met the delegation in Colombo. S.P. Perera said the talks were useful.").participants;
    expect(both.map((person) => person.name)).toContain("Sunil Perera");
  });

  it("does not read 'U.S.' before a capitalised word as a name", () => {
    const { participants, mentioned } = peopleOf("The U.S. Department of State welcomed the talks in Geneva.");
    expect([...participants, ...mentioned]).toEqual([]);
  });
});

describe("extractPeople: names listed after a plural title, places named after people", () => {
  it("finds every name a plural title lists, initials glued to surnames included", () => {
    const text = [
      "Defence ministers meet in Bishkek",
      "BISHKEK, 4 March 2024 - Minister of Defence Ruslan Temirov met his Tajik counterpart Sherali Mirzo on Monday.",
      "Minister Mirzo noted that the agreements reached by Heads of states R.Nurov and A.Karimov open new prospects for cooperation.",
    ].join("\n\n");
    const { mentioned } = peopleOf(text);
    expect(mentioned.map((person) => person.name).sort()).toEqual(["A.Karimov", "R.Nurov"]);
  });

  it("reads no person in a mausoleum named after one", () => {
    const text = [
      "President concludes state visit",
      "HANOI, 4 March 2024 - President Maria Lopez met Prime Minister Tran Van Hung on Monday and later visited the Tay Son Minh Mausoleum, where she laid a wreath.",
    ].join("\n\n");
    const { participants, mentioned } = peopleOf(text);
    expect([...participants, ...mentioned].map((person) => person.name).sort()).toEqual(["Maria Lopez", "Tran Van Hung"]);
  });
});

describe("extractPeople: an apposition of two posts", () => {
  it("reads a second post after a comma as the same person's, with its state", () => {
    const text = "On 5 March 2024 in Hanoi, the Minister of Foreign Affairs of Viet Nam met the Hon. Maria Ortiz, Deputy Prime Minister, Minister of Foreign Affairs of Chile.";
    expect(byName(peopleOf(text).participants, "Maria Ortiz")).toMatchObject({ role: "Deputy Prime Minister, Minister of Foreign Affairs", country: "CL" });
  });

  it("leaves a title followed by another name to that name", () => {
    const { participants } = peopleOf("The Minister received Ravi Nair, Prime Minister of Fiji, President Ana Lopez and the delegations.");
    expect(byName(participants, "Ravi Nair")).toMatchObject({ role: "Prime Minister", country: "FJ" });
    expect(byName(participants, "Ana Lopez")).toMatchObject({ role: "President" });
  });
});
