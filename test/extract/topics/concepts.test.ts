import type { Root } from "nlcst";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { extractTopics, parseRelease, releaseParser, type TopicsOptions } from "../../../src/index.js";

function ids(text: string, options?: TopicsOptions): string[] {
  const processor = unified().use(releaseParser).use(extractTopics, options);
  const file = new VFile(text);
  processor.runSync(processor.parse(file) as Root, file);
  return (file.data.topics ?? []).map((topic) => topic.id).sort();
}

const crisis = (text: string): boolean => ids(text).includes("crisis-response");

describe("concept cues: a conflict named by its place", () => {
  it("reads a word of trouble and a place as crisis response", () => {
    expect(crisis("The ministers exchanged views on the situation in Yemen.")).toBe(true);
    expect(crisis("They also touched upon the latest developments around Transnistria.")).toBe(true);
    expect(crisis("Both sides compared notes on the war in Ukraine.")).toBe(true);
    expect(crisis("The envoy briefed the Council on the security situation in the eastern Democratic Republic of the Congo.")).toBe(true);
    expect(crisis("Talks covered the tensions on the Korean Peninsula and in the Taiwan Strait.")).toBe(true);
    expect(crisis("They discussed the situation in the Sahel region and its effect on migration.")).toBe(true);
  });

  it("reads a place before a word of strife, and a state's issue", () => {
    expect(crisis("The Libyan crisis was the main subject of the call.")).toBe(true);
    expect(crisis("Mr Rahimov informed his guest about the Afghan settlement.")).toBe(true);
    expect(crisis("The two presidents paid special attention to Russia's war against Ukraine.")).toBe(true);
    expect(crisis("They also spoke about the Cyprus issue.")).toBe(true);
    expect(crisis("He encouraged further progress in Sudan's reconciliation process.")).toBe(true);
  });

  it("reads peace, dialogue and talks that a conflict calls for", () => {
    expect(crisis("The Secretary-General stressed the importance of an inclusive dialogue in Libya.")).toBe(true);
    expect(crisis("They welcomed the resumption of intra-Afghan talks.")).toBe(true);
    expect(crisis("Both sides want lasting peace in the Middle East.")).toBe(true);
    expect(crisis("She called for peace and stability in Haiti.")).toBe(true);
    expect(crisis("The ministers welcomed the normalization of relations between Serbia and Kosovo.")).toBe(true);
    expect(crisis("The parties stressed the need to defuse tensions and to return to the negotiating table.")).toBe(true);
    expect(crisis("The ministers condemned the invasion of Ukraine.")).toBe(true);
  });

  it("does not read a situation of the economy, of health or of a market as a conflict", () => {
    expect(crisis("They discussed the situation in the economy.")).toBe(false);
    expect(crisis("The minister reviewed the economic situation in Kazakhstan.")).toBe(false);
    expect(crisis("They exchanged data on the epidemiological situation in Mongolia.")).toBe(false);
    expect(crisis("He briefed the guest on the socio-economic situation in Uzbekistan.")).toBe(false);
    expect(crisis("The ambassador spoke of recent developments in Kazakhstan's economy.")).toBe(false);
  });

  it("does not read a body, a month, a continent or a name as a place", () => {
    expect(crisis("He described the developments in the Eurasian Economic Union.")).toBe(false);
    expect(crisis("They discussed the situation in the CSTO area of responsibility.")).toBe(false);
    expect(crisis("The developments in January were reviewed.")).toBe(false);
    expect(crisis("They exchanged views on the situation in the Asia-Pacific region.")).toBe(false);
    expect(crisis("The guests visited the museum of the Korean War.")).toBe(false);
    expect(crisis("The ministers discussed the Aral Sea problem.")).toBe(false);
    expect(crisis("They discussed intra-African trade.")).toBe(false);
    expect(crisis("The ministers noted that Kazakhstan issued a statement on the matter.")).toBe(false);
    expect(crisis("They described the development in Uzbekistan of new industries.")).toBe(false);
    expect(crisis("The ministers condemned the terrorist attack on Afghanistan's capital.")).toBe(false);
    expect(crisis("Insurgents planned attacks against Afghan National Police units.")).toBe(false);
  });

  it("does not read the sides' own talks as a conflict", () => {
    const release = parseRelease(
      "Lithuanian and Mongolian ministers meet in Vilnius\n\nOn 3 May 2024, the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis met in Vilnius with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh. The talks between Lithuania and Mongolia focused on trade and education.",
    );
    expect(release.topics).not.toContain("crisis-response");
    const other = parseRelease(
      "Lithuanian and Mongolian ministers meet in Vilnius\n\nOn 3 May 2024, the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis met in Vilnius with the Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh. They discussed trade and the negotiations between Armenia and Azerbaijan.",
    );
    expect(other.topics).toContain("crisis-response");
  });

  it("can be turned off", () => {
    expect(ids("The ministers exchanged views on the situation in Yemen.", { concepts: [] })).toEqual([]);
  });
});

describe("list items: a weak word in a list of fields", () => {
  it("counts a weak or list word next to another topic's term in a list", () => {
    expect(ids("The ministers reviewed trade, agriculture, defence and renewable energy.")).toEqual(["agriculture", "energy", "military-cooperation", "trade"]);
    expect(ids("They discussed sustainable infrastructure, renewable energy and digital innovation.")).toEqual(["energy", "science-technology", "transport"]);
    expect(ids("The talks covered tourism, and defence.")).toEqual(["culture", "military-cooperation"]);
  });

  it("does not count it alone, beside words of no topic, or inside a longer item", () => {
    expect(ids("They spoke about the defence of human rights.")).toEqual(["human-rights"]);
    expect(ids("They held consultations on foreign policy, security and defense.")).toEqual([]);
    expect(ids("They want new infrastructure projects.")).toEqual([]);
    expect(ids("Cooperation covers post-pandemic economic recovery, stimulating trade.")).toEqual(["trade"]);
  });
});

describe("what is no topic: wishes, conditions, names that list fields", () => {
  it("reads health wished to a person and a recovery from an illness as no health topic", () => {
    expect(ids("The President wished his counterpart the best of health.")).toEqual([]);
    expect(ids("He welcomed the leader's recovery from a recent disease.")).toEqual([]);
  });

  it("reads an environment or climate for something as conditions, not nature", () => {
    expect(ids("The sides will create a favourable environment for mutual visits.")).toEqual([]);
    expect(ids("The sides will protect the environment for future generations.")).toEqual(["environment"]);
    expect(ids("They reviewed the investment climate in both countries.")).toEqual(["investment"]);
  });

  it("reads the rule of law of the international order as no human rights matter", () => {
    expect(ids("They support an international order based on the rule of law.")).toEqual([]);
    expect(ids("They discussed judicial reform and the rule of law in Moldova.")).toEqual(["human-rights"]);
  });

  it("skips the fields a ministry's name lists after commas", () => {
    expect(ids("He met the Minister of Energy, Industry, and Trade, Mr Karimov.")).toEqual([]);
    expect(ids("A memorandum was signed with the Ministry of Culture, Tourism and Sports.")).toEqual([]);
    expect(ids("The Ministry of Foreign Affairs discussed energy, industry and trade.")).toEqual(["energy", "industry", "trade"]);
  });
});

describe("more terms", () => {
  it("reads the judiciary, referendums and political detainees as human rights", () => {
    expect(ids("They discussed the reform of the judiciary.")).toEqual(["human-rights"]);
    expect(ids("He briefed his guest on the referendum held in May.")).toEqual(["human-rights"]);
    expect(ids("They called for the release of all political detainees.")).toEqual(["human-rights"]);
  });

  it("reads diseases by name as health", () => {
    expect(ids("The minister visited a clinic that treats cholera and malaria.")).toEqual(["health"]);
  });
});

describe("concept cues: a place's state of affairs and the front line", () => {
  it("reads the state of affairs in a place and the fighting on the front as crisis response", () => {
    expect(crisis("The two leaders reviewed the state of affairs in Libya.")).toBe(true);
    expect(crisis("The ministers discussed the situation on the front line and the needs of the army.")).toBe(true);
    expect(crisis("They compared notes on the battlefield in the east of the country.")).toBe(true);
  });

  it("does not read a ministry of affairs as a crisis", () => {
    expect(crisis("The Minister of Foreign Affairs of Chile received the Ambassador of Peru in Santiago.")).toBe(false);
    expect(crisis("The head of the Department of Consular Affairs in Malaysia met the delegation.")).toBe(false);
  });
});
