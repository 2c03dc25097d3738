// Long releases written for these tests (joint statements with numbered points, a communiqué
// of a council, a press conference transcript, a report of a visit with several meetings):
// the agreements plugin must hold on them as on short readouts. Every outcome of the event is
// found, with its kind; speech about the future, standing positions, hedges and outcomes of
// earlier events are not.
import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";

function outcomes(text: string, referenceDate: string): [string, string][] {
  return parseRelease(text, { referenceDate }).agreements.map((agreement) => [agreement.kind, agreement.text]);
}

const JOINT_STATEMENT = `Joint Statement of the Ministers of Foreign Affairs of Estonia and Georgia

Tallinn, 14 October 2025

1. At the invitation of the Minister of Foreign Affairs of the Republic of Estonia Margus Tsahkna, the Minister of Foreign Affairs of Georgia Maka Botchorishvili paid an official visit to Tallinn on 13-14 October 2025.

2. The Ministers reviewed the state of bilateral relations and noted with satisfaction the growth of trade between the two countries, which reached a record level in 2024.

3. We reaffirm our commitment to the sovereignty and territorial integrity of both our states within their internationally recognised borders.

4. We agree to hold political consultations between our ministries every year, alternately in Tallinn and Tbilisi.

5. We decide to establish a joint working group on digital government, which will present its first report before the end of 2026.

6. The Ministers signed a Memorandum of Understanding on cooperation in cyber security and a Programme of cooperation between the diplomatic academies for 2026-2028.

7. We agree that hybrid threats remain a serious challenge for the whole region.

8. The sides are committed to the further development of the Middle Corridor and the Black Sea connectivity projects.

9. The Ministers recalled that the Agreement on the Avoidance of Double Taxation had been signed in 2017 and called for its full implementation.

10. Both sides expressed readiness to sign an agreement on social security in the near future.

11. We also endorse the action plan on education and youth exchanges prepared by our experts.

12. The next meeting of the Ministers will be held in Tbilisi in 2026, on dates to be agreed through diplomatic channels.`;

const COMMUNIQUE = `Mediation and Security Council
Communiqué of the 52nd ordinary session

The Mediation and Security Council, meeting at ministerial level in Accra on 3 February 2025,

Recalling its decisions on the political transition in the region, in particular the roadmap adopted in Abuja on 10 December 2023 and the agreement signed in Lomé on 6 June 2024;

Taking note of the report of the President of the Commission on the security situation;

Having heard the statements of the Ministers of Defence;

1. Expresses deep concern over the attacks against civilians in the border areas;

2. Welcomes the holding of peaceful elections in two member states;

3. Endorses the recommendations of the Committee of Chiefs of Defence Staff on the deployment of the standby force;

4. Requests the Commission to present a plan for the financing of the standby force at the next session;

5. Decides to extend the mandate of the mediation mission for a further period of six months;

6. Further decides to lift the sanctions on air travel with immediate effect;

7. Approves the budget of the mission for the year 2025;

8. Calls on all parties to refrain from any action that could undermine the transition;

9. Decides to remain seized of the matter.

Done in Accra, 3 February 2025`;

const TRANSCRIPT = `Press statements following Russian-Laotian talks

Moscow, 20 May 2025

Minister of Foreign Affairs of Russia: Ladies and gentlemen,

We have just completed talks with my colleague, the Minister of Foreign Affairs of the Lao People's Democratic Republic, Thongsavanh Phomvihane. This is his first visit to Moscow in his current capacity.

We discussed the full range of our relations. Trade grew by 20 percent last year, and we agreed to instruct the intergovernmental commission to prepare a programme of cooperation in agriculture and energy.

Today we signed a plan of consultations between our ministries for 2025-2027. We also agreed to open an honorary consulate in Luang Prabang.

As we agreed last year, our experts continue to work on a visa waiver agreement. We hope to sign it before the end of the year.

Minister of Foreign Affairs of Laos: Thank you, Mr Minister.

I fully agree with the assessment given by my colleague. Our talks were substantive. We decided to hold the next round of consultations in Vientiane in 2026.

Lao students will continue to study at Russian universities, and we will expand this programme.

Question: Did you discuss the situation in Myanmar?

Minister of Foreign Affairs of Russia: Yes, we exchanged views on it. We did not agree on every detail, but we share the view that the conflict must be settled by the people of Myanmar themselves.`;

const VISIT = `President of Mongolia concludes state visit to Kazakhstan

Astana, 11 June 2025

On 10-11 June 2025, the President of Mongolia Ukhnaagiin Khurelsukh paid a state visit to Kazakhstan at the invitation of the President of Kazakhstan Kassym-Jomart Tokayev.

On 10 June, the two Presidents held talks in narrow and extended formats at the Akorda. They discussed trade, transport and energy, and the situation in the region. Following the talks, the Presidents adopted a Joint Declaration on Strategic Partnership.

In the presence of the heads of state, the ministers signed eleven documents, including an agreement on international road transport and a memorandum on cooperation in geology.

The Presidents instructed their governments to bring trade to one billion dollars. The sides noted that the intergovernmental commission had approved a plan for joint projects in 2023.

On the same day, President Khurelsukh met the Chairman of the Senate of Kazakhstan Maulen Ashimbayev. The parties agreed to set up a parliamentary friendship group.

On 11 June, the President of Mongolia visited the Astana International Financial Centre and met representatives of business circles. A business forum was held, at which contracts worth 300 million dollars were concluded.

Kazakhstan is committed to expanding its transit routes towards the east. The parties plan to sign an agreement on the protection of investments next year.

At the end of the visit, the President of Mongolia invited President Tokayev to pay a state visit to Mongolia. The invitation was accepted with gratitude.`;

const SIDES_STATEMENT = `Joint Statement between the Republic of Kazakhstan and the Republic of Korea

Seoul, 17 June 2025

At the invitation of President Lee Jae-myung, President Kassym-Jomart Tokayev paid a state visit to the Republic of Korea from 16 to 18 June 2025. The two Presidents held talks in a warm and friendly atmosphere.

I. Political relations

1. The two sides agree to elevate their relations to an enhanced strategic partnership.
2. The two sides agreed to hold regular summits and to launch a dialogue between their national security councils.
3. The two sides agree that the Korean Peninsula should remain free of nuclear weapons.
4. The Korean side supports the candidacy of Kazakhstan for the UN Human Rights Council for 2028-2030.

II. Economic cooperation

5. The sides welcomed the signing of the Agreement on the Promotion and Protection of Investments, which was signed during the visit.
6. The Presidents agreed to raise bilateral trade to 10 billion dollars by 2030.
7. The two sides will continue to work on a free trade agreement and intend to conclude negotiations in 2026.
8. The sides noted the importance of the agreements signed in 2019 during the visit of President Moon Jae-in.

III. Humanitarian cooperation

9. The two sides decided to declare 2026 the Year of Culture of Kazakhstan in Korea.
10. The sides are committed to expanding student exchanges.

President Tokayev invited President Lee to pay a state visit to Kazakhstan. The invitation was accepted with gratitude.`;

const OPENING_REMARKS = `Opening remarks at the meeting with the President of Uzbekistan

Moscow, 2 March 2025

President of Russia: Mr President, friends,

I am glad to welcome you to Moscow. Last year we signed a comprehensive strategic partnership treaty, and our governments have done a lot to implement it.

In 2023 we agreed to build a nuclear power plant in Uzbekistan, and the project is now under way. Our trade has grown by a quarter over the past years.

Today we will discuss transport corridors, energy and education. I hope that we will sign several documents at the end of our talks.

President of Uzbekistan: Thank you, Mr President.

We have always agreed on the main issues of regional security. Over the past decade our countries have signed more than two hundred agreements.

I propose that we adopt a programme of cooperation in industry for 2025-2030. I am sure our talks will be fruitful.`;

describe("agreements in long releases", () => {
  it("reads a joint statement with numbered points: performatives and past outcomes, not opinions, positions or plans", () => {
    expect(outcomes(JOINT_STATEMENT, "2025-10-14")).toEqual([
      ["committed", "We reaffirm our commitment to the sovereignty and territorial integrity of both our states within their internationally recognised borders."],
      ["agreed", "We agree to hold political consultations between our ministries every year, alternately in Tallinn and Tbilisi."],
      ["decided", "We decide to establish a joint working group on digital government, which will present its first report before the end of 2026."],
      ["signed", "The Ministers signed a Memorandum of Understanding on cooperation in cyber security and a Programme of cooperation between the diplomatic academies for 2026-2028."],
      ["adopted", "We also endorse the action plan on education and youth exchanges prepared by our experts."],
    ]);
  });

  it("reads a communiqué's operative paragraphs, not its preamble, caption or requests", () => {
    expect(outcomes(COMMUNIQUE, "2025-02-03")).toEqual([
      ["adopted", "Endorses the recommendations of the Committee of Chiefs of Defence Staff on the deployment of the standby force;"],
      ["decided", "Decides to extend the mandate of the mediation mission for a further period of six months;"],
      ["decided", "Further decides to lift the sanctions on air travel with immediate effect;"],
      ["adopted", "Approves the budget of the mission for the year 2025;"],
      ["decided", "Decides to remain seized of the matter."],
    ]);
  });

  it("reads the outcomes its speakers report in a press conference transcript", () => {
    expect(outcomes(TRANSCRIPT, "2025-05-20")).toEqual([
      ["agreed", "Trade grew by 20 percent last year, and we agreed to instruct the intergovernmental commission to prepare a programme of cooperation in agriculture and energy."],
      ["signed", "Today we signed a plan of consultations between our ministries for 2025-2027."],
      ["agreed", "We also agreed to open an honorary consulate in Luang Prabang."],
      ["decided", "We decided to hold the next round of consultations in Vientiane in 2026."],
    ]);
  });

  it("reads every meeting of a visit, not the first only", () => {
    expect(outcomes(VISIT, "2025-06-11")).toEqual([
      ["adopted", "Following the talks, the Presidents adopted a Joint Declaration on Strategic Partnership."],
      ["signed", "In the presence of the heads of state, the ministers signed eleven documents, including an agreement on international road transport and a memorandum on cooperation in geology."],
      ["agreed", "The parties agreed to set up a parliamentary friendship group."],
      ["signed", "A business forum was held, at which contracts worth 300 million dollars were concluded."],
    ]);
  });

  it("reads what the two sides agree to in a joint statement, not what they agree is true or will do", () => {
    expect(outcomes(SIDES_STATEMENT, "2025-06-17")).toEqual([
      ["agreed", "The two sides agree to elevate their relations to an enhanced strategic partnership."],
      ["agreed", "The two sides agreed to hold regular summits and to launch a dialogue between their national security councils."],
      ["signed", "The sides welcomed the signing of the Agreement on the Promotion and Protection of Investments, which was signed during the visit."],
      ["agreed", "The Presidents agreed to raise bilateral trade to 10 billion dollars by 2030."],
      ["decided", "The two sides decided to declare 2026 the Year of Culture of Kazakhstan in Korea."],
    ]);
  });

  it("reads no outcome in opening remarks that recall earlier ones and propose new ones", () => {
    expect(outcomes(OPENING_REMARKS, "2025-03-02")).toEqual([]);
  });
});
