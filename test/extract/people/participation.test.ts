import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { documentOf } from "../../../src/core/document.js";
import { chunkWords } from "../../../src/extract/people/chunks.js";
import { findPersonMentions } from "../../../src/extract/people/mentions.js";
import { PARTICIPATION_RULES, participationRuleOf, showsParticipation, type MentionContext } from "../../../src/extract/people/participation.js";
import { vocabularyOf } from "../../../src/extract/people/vocabulary.js";
import { analyzeRelease, createProcessor } from "../../../src/index.js";
import { lexiconFor } from "../../../src/lexicon/index.js";

const vocabulary = vocabularyOf(lexiconFor("en"));

/** The context of the mention of `name` in a one-sentence text, as a body sentence inside or outside the lead. */
function contextOf(text: string, name: string, inLead = false): MentionContext {
  const file = new VFile(text);
  const document = documentOf(createProcessor().parse(file), file);
  for (const sentence of document.sentences) {
    const chunks = chunkWords(sentence.words, [], vocabulary);
    for (const mention of findPersonMentions(sentence.words, chunks, vocabulary)) {
      if (mention.name === name) return { mention, inTitle: false, inLead, words: sentence.words, signature: false, sentenceOrg: null };
    }
  }
  throw new Error(`no mention of ${name} in ${text}`);
}

const ruleOf = (text: string, name: string, inLead = false): string | null => participationRuleOf(contextOf(text, name, inLead), vocabulary)?.id ?? null;

describe("participation rules", () => {
  it("have unique ids", () => {
    const ids = PARTICIPATION_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["Minister Ivan Petrov stressed the need for dialogue.", "Ivan Petrov", "acts", true],
    ['"We are ready to help," said Ambassador Tomas Novak.', "Tomas Novak", "inverted-speech", true],
    ["Taking part were Minister Ivan Petrov and Ambassador Tomas Novak.", "Tomas Novak", "participant-list", true],
    ["Acting on behalf of Minister Ivan Petrov, the envoy opened the session.", "Ivan Petrov", "on-behalf-of", false],
    ["Statement by Spokesperson Ivan Petrov on the elections in the region.", "Ivan Petrov", "authored-by", false],
    ["Earlier, Minister Ivan Petrov visited Minsk.", "Ivan Petrov", "recalled-event", false],
    ["Earlier in the day, the Minister met with the Mayor of Minsk, Ivan Petrov.", "Ivan Petrov", "event-partner", true],
    ["The envoy conveyed greetings from President Ivan Petrov to the hosts.", "Ivan Petrov", "message-passed-on", false],
    ["The Minister recalled the visit of President Ivan Petrov to Tokyo.", "Ivan Petrov", "recalled-person", false],
    ["Minister Ivan Petrov was appointed in May.", "Ivan Petrov", "spoken-of", false],
    ["They reviewed the conversations between President Ivan Petrov and the Chancellor.", "Ivan Petrov", "other-meeting", false],
    ["Minister Ivan Petrov's visit was discussed.", "Ivan Petrov", "possessive", false],
    ["Later the delegation also met with the Deputy Minister of Energy and Water, Ivan Petrov, at the ministry.", "Ivan Petrov", "event-partner", true],
    ["In Astana she received the Ambassador of Sweden, Karin Lund.", "Karin Lund", "event-partner", true],
    ["The Ambassador welcomed the forthcoming visit to Minsk by Minister Ivan Petrov.", "Ivan Petrov", "future-event", false],
    ["The working group was represented by its Secretary, Mrs. Karin Lund.", "Karin Lund", "participant-list", true],
    ["Members heard the opening remarks by Chairperson Karin Lund and a report by the Treasurer.", "Karin Lund", "participant-list", true],
    ["Minister Ivan Petrov and the Director of the Consular Department Karin Lund co-chaired the round.", "Ivan Petrov", "acts", true],
    ["Minister Ivan Petrov MP also met the Speaker.", "Ivan Petrov", "acts", true],
    ["Karin Lund (MP, Sweden), Rapporteur of the committee, updated the members on the project.", "Karin Lund", "acts", true],
    ["The Minister said that under the guidance of President Ivan Petrov the partnership had grown.", "Ivan Petrov", "reported-content", false],
    ["The sides discussed preparations for the visit of President Ivan Petrov to Lima.", "Ivan Petrov", "future-event", false],
    ["Trade has grown since the visit of President Ivan Petrov to Lima in 2016.", "Ivan Petrov", "earlier-event", false],
  ])("%s (%s) → %s", (text, name, id, verdict) => {
    const context = contextOf(text, name);
    expect(participationRuleOf(context, vocabulary)?.id).toBe(id);
    expect(showsParticipation(context, vocabulary)).toBe(verdict);
  });

  it("counts an event word only in the lead", () => {
    const text = "The talks of Minister Ivan Petrov and Ambassador Tomas Novak focused on trade.";
    expect(ruleOf(text, "Tomas Novak", true)).toBe("lead-event-word");
    expect(ruleOf(text, "Tomas Novak", false)).toBeNull();
  });

  it("ends the scope of an on-behalf phrase at the clause after it", () => {
    const signed = contextOf("On behalf of the Union, the protocol was signed by Ambassador Karin Lund.", "Karin Lund", true);
    expect(showsParticipation(signed, vocabulary)).toBe(true);
    expect(ruleOf("On behalf of Minister Ivan Petrov and Ambassador Karin Lund, the envoy read a message.", "Karin Lund", true)).toBe("on-behalf-of");
  });

  it("takes the other party of an event only across a title phrase", () => {
    // "met with" names a partner; a noun between ("the decision of") does not.
    expect(ruleOf("The Minister met with the Foreign Minister of Chile, Karin Lund, in the capital.", "Karin Lund")).toBe("event-partner");
    expect(ruleOf("The Minister welcomed the decision of President Karin Lund on the border.", "Karin Lund")).toBeNull();
    expect(ruleOf("The sides noted the role played by Ambassador Karin Lund.", "Karin Lund")).toBeNull();
  });

  it("counts the voice of the issuer as no participant", () => {
    const context = contextOf("Ambassador Karin Lund, Official Spokesperson of the Ministry, stated that the talks were useful.", "Karin Lund", true);
    context.mention.role = "Official Spokesperson of the Ministry";
    expect(participationRuleOf(context, vocabulary)?.id).toBe("issuer-voice");
  });

  it("leaves the other party of an event dated to another day", () => {
    const context = { ...contextOf("The Minister met with Ambassador Karin Lund in Riga on 3 May 2019.", "Karin Lund"), otherDate: true };
    expect(participationRuleOf(context, vocabulary)).toBeNull();
  });

  it("reads a journalist's question as speaking of people, not to them", () => {
    expect(ruleOf("Question: Minister Ivan Petrov said yesterday that the talks would go on.", "Ivan Petrov")).toBe("journalist-question");
  });
});

describe("participation: a verb after an apposition's closing comma, deep in a long release", () => {
  it("takes 'the Minister of X, Y, signed ..., under which ...' as acting, outside the lead", () => {
    const filler = "The delegation also visited a school and a museum in the old town, where it met with teachers and students.";
    const text = [
      "Secretary General concludes visit",
      "TASHKENT, 2 March 2023 – Secretary General Anna Lindqvist concluded today a two-day visit to Uzbekistan.",
      "On 1 March, the Secretary General was received by the President. They discussed reforms.",
      "In her meeting with the Chairperson of the Senate, Maria Karimova, the Secretary General discussed gender equality.",
      "On 2 March, Lindqvist met with the Director of the Agency for Statistics, Akmal Yusupov, and with the Ombudsperson, Lola Rahimova.",
      filler,
      "At the end of the visit, the Secretary General and the Minister of Justice, Omar Rustamov, signed a Memorandum of Understanding on co-operation in legal aid, under which the OSCE will support the Academy of the Ministry in training.",
    ].join("\n\n");
    const file = analyzeRelease(text, { referenceDate: "2023-03-02" });
    expect((file.data.participants ?? []).map((participant) => participant.name)).toContain("Omar Rustamov");
  });
});

describe("participation: a person named as kept away from the event", () => {
  const names = (people: readonly { name: string }[] | undefined): string[] => (people ?? []).map((person) => person.name);

  it.each([
    [
      "Ombudsmen meet in Minsk",
      "On 3 April the ombudsmen of the region met in Minsk. The Ombudsman of the Republic of Moldova Elena Lungu was unable to attend the meeting and sent a written address.",
      "Elena Lungu",
    ],
    [
      "Commissioners review drought response",
      "ADDIS ABABA, 5 May 2025 - The Commissioner for Health, H.E. Amara Diallo, chaired the meeting. The Commissioner for Trade, H.E. Joseph Mwale, who was expected to join, could not attend due to travel commitments.",
      "Joseph Mwale",
    ],
    [
      "Ministers meet in Riga",
      "The ministers of the Baltic states met in Riga on 2 June. Deputy Minister Karlis Ozols did not attend the talks.",
      "Karlis Ozols",
    ],
  ])("%s: the absent person is only mentioned", (headline, body, absent) => {
    const file = analyzeRelease(`${headline}\n\n${body}`, { referenceDate: "2025-06-02" });
    expect(names(file.data.participants)).not.toContain(absent);
    expect(names(file.data.mentionedPersons)).toContain(absent);
  });

  it("keeps the others of the sentence taking part", () => {
    const file = analyzeRelease("Talks held in Bishkek\n\nOn 4 March Minister Aibek Osmonov held talks with Ambassador Nora Lind in Bishkek. Deputy Minister Timur Sadykov was unable to take part.", { referenceDate: "2025-03-04" });
    expect(names(file.data.participants)).toEqual(expect.arrayContaining(["Aibek Osmonov", "Nora Lind"]));
    expect(names(file.data.participants)).not.toContain("Timur Sadykov");
  });
});

describe("participation: the issuer's voice named in apposition to a lower-case voice title", () => {
  it("keeps the spokesperson out of the participants in every mention", () => {
    const text = [
      "Secretary-General receives Minister",
      "CAIRO, 18 September 2023 – The Secretary-General received the Minister of Foreign Affairs of Jordan, Ayman Safadi, today.",
      "The official spokesperson of the Secretary-General, Minister Plenipotentiary Karim Nasser, said that the meeting reviewed the situation in the region.",
      "Nasser added that the minister briefed the Secretary-General on the preparations for the summit.",
    ].join("\n\n");
    const file = analyzeRelease(text, { referenceDate: "2023-09-18" });
    expect((file.data.participants ?? []).map((person) => person.name)).not.toContain("Karim Nasser");
    expect((file.data.mentionedPersons ?? []).map((person) => person.name)).toContain("Karim Nasser");
  });
});

describe("participation: who a body heard a report or briefing from", () => {
  it.each([
    "The Committee heard a report from the Chair of the Working Group, Ms. Anna Berg (Norway), on its work.",
    "The Council received a briefing from Ambassador Anna Berg on the mission's findings.",
  ])("takes the reporter for a participant: %s", (sentence) => {
    const file = analyzeRelease(`Committee meets in Geneva\n\nGENEVA, 15 June 2022 – The Executive Committee met in Geneva today. ${sentence}`, { referenceDate: "2022-06-15" });
    expect((file.data.participants ?? []).map((person) => person.name)).toContain("Anna Berg");
  });
});

describe("extractPeople: the leaders whose agreements a meeting follows up", () => {
  it("mentions, does not count as participants, the heads of state who reached the agreements", () => {
    const text =
      "Astana, 3 May 2024. Today Secretary of the Security Council Asel Bekova held a telephone conversation with Secretary of the Security Council of Uzbekistan Viktor Makhmudov. The sides discussed the implementation of agreements reached by the Heads of State K.Tokayev and Sh.Mirziyoyev.";
    const file = analyzeRelease(text, { referenceDate: "2024-05-03" });
    expect((file.data.participants ?? []).map((person) => person.name)).not.toContain("Kassym-Jomart Tokayev");
    expect((file.data.mentionedPersons ?? []).map((person) => person.name)).toContain("Kassym-Jomart Tokayev");
  });
});

describe("extractPeople: the head of an agency styled '-General', what a person had done before", () => {
  it("reads a Commissioner-General named in a relative clause as mentioned, not taking part", () => {
    const text = [
      "Foreign Minister holds phone call with Irish counterpart",
      "Amman, 4 March 2024 - Foreign Minister Omar Haddad held a phone call on Monday with the Minister for Foreign Affairs of Ireland, Ciara Byrne.",
      "The two ministers stressed their support for the Refugee Relief Agency (RRA), whose Commissioner-General Marta Silva had presented a new appeal to the donors on Friday.",
    ].join("\n\n");
    const file = analyzeRelease(text, { referenceDate: "2024-03-05" });
    expect((file.data.participants ?? []).map((person) => person.name).sort()).toEqual(["Ciara Byrne", "Omar Haddad"]);
    expect((file.data.mentionedPersons ?? []).map((person) => person.name)).toEqual(["Marta Silva"]);
  });

  it("keeps a person who had a meeting, without a participle, taking part", () => {
    const text = "Talks in Nairobi\n\nNairobi, 4 March 2024 - Minister of Trade Peter Otieno had talks with Ambassador Lena Roth on Monday.";
    const file = analyzeRelease(text, { referenceDate: "2024-03-05" });
    expect((file.data.participants ?? []).map((person) => person.name).sort()).toEqual(["Lena Roth", "Peter Otieno"]);
  });
});

describe("extractPeople: the agent of an event that a relative clause dates by", () => {
  const namesOf = (text: string): { participants: string[]; mentioned: string[] } => {
    const file = analyzeRelease(text, { referenceDate: "2024-03-05" });
    return {
      participants: (file.data.participants ?? []).map((person) => person.name).sort(),
      mentioned: (file.data.mentionedPersons ?? []).map((person) => person.name),
    };
  };

  it("reads the head of state of an earlier visit as mentioned", () => {
    const text = [
      "Foreign Minister Berg meets with Kenyan Foreign Minister Otieno",
      "Oslo, 4 March 2024 - Minister of Foreign Affairs Anna Berg held talks on Monday with the Minister of Foreign Affairs of Kenya, Peter Otieno.",
      "They reviewed the partnership between the two countries, which was launched during the visit of President William Ruto to Oslo, and prepared the next session of the joint commission.",
    ].join("\n\n");
    expect(namesOf(text)).toEqual({ participants: ["Anna Berg", "Peter Otieno"], mentioned: ["William Ruto"] });
  });

  it("keeps the agent of the visit a main clause reports taking part", () => {
    const text = [
      "President visits Oslo",
      "Oslo, 4 March 2024 - During the visit of President William Ruto to Oslo, the two sides signed an agreement on energy cooperation.",
    ].join("\n\n");
    expect(namesOf(text).participants).toEqual(["William Ruto"]);
  });
});
