// Long releases of the kinds users parse besides short readouts: a visit of several meetings,
// a press conference transcript, a joint statement and an assembly's bureau meeting. Each
// names participants well after its lead, in sentences of their own; whatever looks only at
// the first sentences loses them. Written for these tests; the people are invented.
import { describe, expect, it } from "vitest";
import { analyzeRelease, type MentionedPerson, type Participant } from "../../../src/index.js";

interface People {
  readonly participants: readonly Participant[];
  readonly mentioned: readonly MentionedPerson[];
}

function peopleOf(text: string, referenceDate: string): People {
  const file = analyzeRelease(text, { referenceDate });
  return { participants: file.data.participants ?? [], mentioned: file.data.mentionedPersons ?? [] };
}

const names = (people: readonly { name: string }[]): string[] => people.map((person) => person.name).sort();

const VISIT = `Ministry of Foreign Affairs
News

Minister Halvorsen concludes two-day visit to Tbilisi

Tbilisi, 14 May 2024 - The Minister of Foreign Affairs of Norway, Ingrid Halvorsen, paid a working visit to Georgia on 13-14 May.

On the first day, the Minister held talks with the Minister of Foreign Affairs of Georgia, Davit Beridze. The ministers reviewed the state of bilateral relations and discussed cooperation in the energy sector, the protection of the Black Sea environment and the situation in the region. Minister Beridze thanked his guest for the support of Norway for the reform of the judiciary.

The two ministers then signed a memorandum of understanding on consular cooperation and an agreement on the mutual protection of classified information.

In the afternoon, Minister Halvorsen was received by the Prime Minister of Georgia, Levan Tsereteli. The Prime Minister briefed the guest on the priorities of the government's economic programme and invited Norwegian companies to take part in the construction of the new port in Anaklia.

Later that day, the Minister met with the Chairperson of the Parliament of Georgia, Nino Abashidze, and the Chair of the Committee on Foreign Relations, Giorgi Kvaratskhelia. The sides exchanged views on parliamentary diplomacy and on the work of the friendship groups of the two parliaments.

On 14 May, Ingrid Halvorsen visited the Administrative Boundary Line near the village of Odzisi, accompanied by the Head of the European Union Monitoring Mission, Ambassador Tomas Lindqvist. The Head of the Mission described the monitoring work and the humanitarian situation of the population living along the line.

The Minister also met with the Public Defender of Georgia, Tamar Gvaramia, to discuss the protection of the rights of internally displaced persons.

At the end of the visit, the Minister held a meeting with representatives of Norwegian companies working in Georgia and with the Honorary Consul of Norway in Batumi, Erik Sandvik.

Minister Halvorsen recalled that the previous visit of a Norwegian foreign minister to Georgia, by her predecessor Anders Moe, took place in 2019. She invited Minister Beridze to visit Oslo next year.`;

const PRESS_CONFERENCE = `Remarks and answers to media questions by Minister of Foreign Affairs Pavel Orlov at a joint news conference following talks with Minister of Foreign Affairs of Mongolia Batbayar Ganzorig, Moscow, 3 October 2023

Pavel Orlov: Ladies and gentlemen,

We have held very substantive talks with my colleague, Minister of Foreign Affairs of Mongolia Batbayar Ganzorig. We discussed the implementation of the agreements reached at the highest level, the state of trade and investment, and the preparations for the next meeting of the intergovernmental commission.

We paid special attention to transport corridors. The sides agreed to complete the modernisation of the railway that links our two countries and to open a new border crossing next year.

We also compared notes on the situation in Northeast Asia and on cooperation in the United Nations and the Shanghai Cooperation Organisation.

Batbayar Ganzorig: Thank you, Minister. I would like to thank my colleague for the warm welcome and for the excellent organisation of our talks.

Mongolia attaches great importance to its relations with its northern neighbour. Today we signed a plan of consultations between our ministries for the next two years.

Question: Minister Ganzorig, the Chinese Foreign Minister, Li Wen, said last week that a trilateral meeting could be held in Ulaanbaatar. Has a date been set?

Batbayar Ganzorig: We are working on it with our partners. Once the dates are agreed, we will announce them.

Question: Mr Orlov, the President of Mongolia, Enkhbold Tsend, is expected in Moscow next month. What will be on the agenda?

Pavel Orlov: The agenda of the visit is being prepared. We will discuss energy, transport and education, as well as regional security.

Pavel Orlov: Thank you for your attention.`;

const JOINT_STATEMENT = `Joint Statement on the Fifth Session of the Joint Commission for Economic Cooperation between the Republic of Chile and the Republic of Peru

Lima, 22 August 2023

1. The Fifth Session of the Joint Commission for Economic Cooperation between the Republic of Chile and the Republic of Peru was held in Lima on 21-22 August 2023.

2. The Chilean delegation was led by Ms. Carolina Fuentes, Minister of Economy of the Republic of Chile. The Peruvian delegation was led by Mr. Jorge Salinas, Minister of Foreign Trade and Tourism of the Republic of Peru.

3. The Chilean delegation included Mr. Andres Vidal, Undersecretary of International Economic Relations, and Ms. Paula Rojas, Ambassador of the Republic of Chile to the Republic of Peru. The Peruvian delegation included Ms. Lucia Quispe, Vice Minister of Foreign Trade.

4. The meeting of experts that preceded the session was co-chaired by Mr. Tomas Herrera, Director of Bilateral Affairs of the Ministry of Economy of Chile, and Ms. Rosa Huaman, Director General of Trade Negotiations of Peru.

5. The Commission reviewed trade between the two countries, which reached a record level in 2022, and welcomed the growth of mutual investment in mining, energy and agriculture.

6. The two sides agreed to establish a working group on the digitalisation of customs procedures and to hold its first meeting before the end of the year.

7. The Commission noted the progress in the construction of the coastal highway and agreed to exchange information on the safety of the road.

8. The two sides recalled the state visit of President Maria Ortega of Peru to Santiago in March 2021 and the agreements reached during that visit.

9. Both delegations agreed to hold the Sixth Session of the Joint Commission in Santiago in 2025.

Signed in Lima on 22 August 2023 in two originals in the Spanish language.`;

const BUREAU = `OSLO, 9 February 2024 - The Bureau of the Parliamentary Assembly met in Oslo on 9 February under the chairmanship of its President, Marta Kovacs. Following opening remarks by President Kovacs and a welcome address by the Speaker of the Storting, Per Amundsen, the Bureau heard a report by Treasurer Jan Dvorak (MP, Czech Republic) on the budget for 2024. Secretary General Anne-Marie Dubois presented the calendar of the Assembly's meetings. Sofia Marin (MP, Spain), Chair of the General Committee on Political Affairs and Security, informed the members about the preparations for the annual session. The Special Representative on Gender Issues, Helen O'Brien (MP, Ireland), reported on her recent visit to the Western Balkans. Members also heard a briefing by the Head of the Election Observation Department, Lars Nilsen, on the observation of the elections in Finland. The Bureau approved the dates of the autumn meeting. For photos from the meeting, click here.
Press contact: Jonas Berg, Head of Communications`;

describe("extractPeople: long releases", () => {
  it("keeps every meeting of a visit", () => {
    const { participants, mentioned } = peopleOf(VISIT, "2024-05-14");
    expect(names(participants)).toEqual(
      names([
        { name: "Ingrid Halvorsen" },
        { name: "Davit Beridze" },
        { name: "Levan Tsereteli" },
        { name: "Nino Abashidze" },
        { name: "Giorgi Kvaratskhelia" },
        { name: "Tomas Lindqvist" },
        { name: "Tamar Gvaramia" },
        { name: "Erik Sandvik" },
      ]),
    );
    expect(names(mentioned)).toEqual(["Anders Moe"]);
    const byName = new Map(participants.map((person) => [person.name, person]));
    expect(byName.get("Levan Tsereteli")).toMatchObject({ role: "Prime Minister", country: "GE" });
    expect(byName.get("Tamar Gvaramia")).toMatchObject({ role: "Public Defender", country: "GE" });
  });

  it("reads the speakers of a transcript, not the people the questions speak of", () => {
    const { participants, mentioned } = peopleOf(PRESS_CONFERENCE, "2023-10-03");
    expect(names(participants)).toEqual(["Batbayar Ganzorig", "Pavel Orlov"]);
    expect(names(mentioned)).toEqual(["Enkhbold Tsend", "Li Wen"]);
  });

  it("reads the delegations and co-chairs of a joint statement", () => {
    const { participants, mentioned } = peopleOf(JOINT_STATEMENT, "2023-08-22");
    expect(names(participants)).toEqual(
      names([
        { name: "Carolina Fuentes" },
        { name: "Jorge Salinas" },
        { name: "Andres Vidal" },
        { name: "Paula Rojas" },
        { name: "Lucia Quispe" },
        { name: "Tomas Herrera" },
        { name: "Rosa Huaman" },
      ]),
    );
    expect(names(mentioned)).toEqual(["Maria Ortega"]);
    const byName = new Map(participants.map((person) => [person.name, person]));
    expect(byName.get("Carolina Fuentes")).toMatchObject({ role: "Minister of Economy", country: "CL" });
    expect(byName.get("Lucia Quispe")).toMatchObject({ country: "PE" });
  });

  it("reads an assembly's office holders named one after another", () => {
    const { participants, mentioned } = peopleOf(BUREAU, "2024-02-09");
    expect(names(participants)).toEqual(
      names([
        { name: "Marta Kovacs" },
        { name: "Per Amundsen" },
        { name: "Jan Dvorak" },
        { name: "Anne-Marie Dubois" },
        { name: "Sofia Marin" },
        { name: "Helen O'Brien" },
        { name: "Lars Nilsen" },
      ]),
    );
    expect(names(mentioned)).toEqual(["Jonas Berg"]);
    const byName = new Map(participants.map((person) => [person.name, person]));
    expect(byName.get("Jan Dvorak")).toMatchObject({ role: "Treasurer", country: "CZ" });
    expect(byName.get("Sofia Marin")).toMatchObject({ role: "Chair of the General Committee on Political Affairs and Security", country: "ES" });
    expect(byName.get("Helen O'Brien")?.country).toBe("IE");
  });
});

const TOUR = `President of the Republic of Estonia concludes state visit to Japan

Tokyo, 18 April 2024 - President of the Republic of Estonia Kersti Laar completed a three-day state visit to Japan today.

On 16 April, the President was welcomed at the Imperial Palace by His Majesty the Emperor Naruhito. Earlier in the day, President Laar laid a wreath at the Chidorigafuchi National Cemetery.

On 17 April, President Laar held talks with Prime Minister of Japan Kenta Mori. The leaders discussed the security situation in Europe and in the Indo-Pacific, cooperation in cyber defence and the digital economy. Following the talks, they witnessed the signing of a memorandum on cooperation in digital government between the Ministry of Economic Affairs of Estonia and the Digital Agency of Japan. The memorandum was signed by Minister of Economic Affairs Tiit Kask and Minister for Digital Transformation Hana Sato.

In the afternoon, the President had a meeting with the Speaker of the House of Representatives, Ichiro Tanabe, and with the President of the House of Councillors, Yumiko Ono.

On 18 April, the President visited Osaka, where she was received by the Governor of Osaka Prefecture, Shinji Arai, and met with students of Osaka University. In the evening, President Laar also held a meeting with the Chairman of the Japan Business Federation, Masato Ikeda, and representatives of Japanese companies interested in investing in Estonia.

The President was accompanied by Minister of Foreign Affairs Marek Tamm.

The President recalled that her predecessor, Toomas Ilves, had visited Japan in 2013, and invited Prime Minister Mori to visit Tallinn.`;

const COMMUNIQUE = `Press communiqué

The 12th meeting of the Council of Ministers of Foreign Affairs of the Nordic-Baltic Cooperation Forum was held in Vilnius on 5 June 2023 under the chairmanship of the Minister of Foreign Affairs of Lithuania, Rimas Petraitis.

The meeting was attended by the Minister of Foreign Affairs of Denmark, Karen Holm, the Minister for Foreign Affairs of Finland, Mikko Salo, the Minister of Foreign Affairs of Latvia, Ilze Ozola, and the State Secretary of the Ministry of Foreign Affairs of Sweden, Erik Lund.

The Secretary General of the Forum, Anna Berg, presented the report on the activities of the Secretariat in 2022.

The ministers adopted a joint statement on support for Ukraine and approved the work plan of the Forum for 2023-2024. They agreed to hold the next meeting in Helsinki in 2024.

The ministers paid tribute to the former Secretary General of the Forum, Olav Strand, who passed away in March.`;

describe("extractPeople: long releases in other words", () => {
  it("keeps the meetings of a state visit, the same day's too", () => {
    const { participants, mentioned } = peopleOf(TOUR, "2024-04-18");
    expect(names(participants)).toEqual(
      names([
        { name: "Kersti Laar" },
        { name: "Naruhito" },
        { name: "Kenta Mori" },
        { name: "Tiit Kask" },
        { name: "Hana Sato" },
        { name: "Ichiro Tanabe" },
        { name: "Yumiko Ono" },
        { name: "Shinji Arai" },
        { name: "Masato Ikeda" },
        { name: "Marek Tamm" },
      ]),
    );
    // A real former president: the officials gazetteer gives his usual spelling.
    expect(names(mentioned)).toEqual(["Toomas Hendrik Ilves"]);
  });

  it("reads the members of a council listed after 'attended by'", () => {
    const { participants, mentioned } = peopleOf(COMMUNIQUE, "2023-06-05");
    expect(names(participants)).toEqual(
      names([{ name: "Rimas Petraitis" }, { name: "Karen Holm" }, { name: "Mikko Salo" }, { name: "Ilze Ozola" }, { name: "Erik Lund" }, { name: "Anna Berg" }]),
    );
    expect(names(mentioned)).toEqual(["Olav Strand"]);
    const byName = new Map(participants.map((person) => [person.name, person]));
    expect(byName.get("Mikko Salo")).toMatchObject({ role: "Minister for Foreign Affairs", country: "FI" });
    expect(byName.get("Erik Lund")).toMatchObject({ country: "SE" });
  });
});
