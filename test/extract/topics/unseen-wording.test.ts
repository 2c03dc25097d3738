// Releases written for these tests: wordings of new issuers for known topics, and words that
// only look like a topic's (page metadata, infrastructure of computers). Meetings are invented.
import type { Root } from "nlcst";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { extractTopics, releaseParser } from "../../../src/index.js";

function ids(text: string): string[] {
  const processor = unified().use(releaseParser).use(extractTopics);
  const file = new VFile(text);
  processor.runSync(processor.parse(file) as Root, file);
  return (file.data.topics ?? []).map((topic) => topic.id).sort();
}

describe("topics: the financing of terrorism", () => {
  it("reads financing terrorism as money laundering, not as finance", () => {
    expect(ids("The services discussed the use of virtual assets for financing terrorism.")).toEqual(["money-laundering"]);
    expect(ids("The experts reviewed the financing of international terrorism through charities.")).toEqual(["money-laundering"]);
    expect(ids("The parties agreed to share data on terrorist funding in the region.")).toEqual(["money-laundering"]);
  });
});

describe("topics: attacks on computers and the data of people", () => {
  it("reads the protection of critical information infrastructure as cybersecurity, not transport", () => {
    expect(ids("The secretaries discussed protecting the critical information infrastructure of the member states.")).toEqual(["cybersecurity"]);
    expect(ids("The agencies reported a rise in computer attacks on the banks.")).toContain("cybersecurity");
  });

  it("needs more than one mention of personal data for cybersecurity", () => {
    expect(ids("The delegation asked for the personal data of the applicants.")).toEqual([]);
    expect(ids("The deputies discussed data protection and the security of personal data online.")).toEqual(["cybersecurity"]);
  });
});

describe("topics: reconciliation between communities", () => {
  it("reads reconciliation with inter-ethnic dialogue as crisis response", () => {
    expect(ids("The Mayor and the envoy discussed reconciliation and inter-ethnic dialogue among the city's youth.")).toEqual(["crisis-response"]);
  });

  it("does not read one mention of reconciliation alone", () => {
    expect(ids("The auditors finished the reconciliation of the accounts.")).toEqual([]);
  });
});

describe("topics: farming in compound words and words that only look like industry", () => {
  it("reads agri-food as agriculture", () => {
    expect(ids("The ministers discussed cooperation in agri-food and renewable energy.")).toEqual(["agriculture", "energy"]);
  });

  it("reads mining as industry, but not a page's reading time in minutes", () => {
    expect(ids("The ministers discussed mining and the processing of ore.")).toEqual(["industry"]);
    expect(ids("News release | Reading time: 3 min (712 words)\n\nThe Director met the Ambassador.")).toEqual([]);
  });
});

describe("topics: prevention of conflicts, links of power, training of experts", () => {
  it("reads preventive diplomacy as crisis response", () => {
    expect(ids("The Centre will hold a seminar on preventive diplomacy for young diplomats.")).toEqual(["crisis-response"]);
  });

  it("reads energy connectivity as energy, not transport", () => {
    expect(ids("The resolution on reliable and stable energy connectivity was adopted.")).toEqual(["energy"]);
    expect(ids("The ministers discussed transport connectivity in the region.")).toEqual(["transport"]);
  });

  it("reads the training of experts as education, not the training of security personnel", () => {
    expect(ids("The Organization supports the training of national experts in data analysis.")).toEqual(["education"]);
    expect(ids("Nigeria pledged support, including through the training of security personnel.")).toEqual([]);
  });
});

describe("topics: a crisis of health, climate or food is no conflict", () => {
  it("reads a crisis named by its domain as that domain, not crisis response", () => {
    expect(ids("The leaders agreed to work together in overcoming this global crisis.\n\nThey spoke on the COVID-19 crisis at length.")).toEqual(["health"]);
    expect(ids("The ministers discussed the climate crisis and the food crisis in the Sahel.")).toEqual(["agriculture", "environment"]);
  });

  it("still reads a crisis of a country as crisis response", () => {
    expect(ids("The ministers discussed the crisis in Sudan.")).toEqual(["crisis-response"]);
  });
});

describe("topics: information technology", () => {
  it("reads information technology, and IT in a list of fields, as science and technology", () => {
    expect(ids("The ministers discussed cooperation in information technology.")).toEqual(["science-technology"]);
    expect(ids("The Ministers reviewed cooperation in health, education and IT.")).toEqual(["education", "health", "science-technology"]);
  });

  it("does not read a shouted 'IT' or IT staff alone as a topic", () => {
    expect(ids("IT IS A GREAT DAY FOR THE NATION")).toEqual([]);
    expect(ids("The agreement lets IT specialists take up jobs abroad.")).toEqual([]);
  });
});

describe("topics: troops given to a multinational force", () => {
  it("reads a troop contribution as peacekeeping, not military cooperation", () => {
    expect(ids("They discussed the east of the country, where Kenya contributes troops to the regional force.")).toEqual(["peacekeeping"]);
    expect(ids("The Council thanked the troop-contributing countries of the mission.")).toEqual(["peacekeeping"]);
    expect(ids("The ministers discussed the peace support operation in the region.")).toEqual(["peacekeeping"]);
  });

  it("still reads troops in joint exercises as military cooperation", () => {
    expect(ids("The troops of the two countries will hold joint exercises in May.")).toEqual(["military-cooperation"]);
  });
});

describe("topics: a front line as a figure of speech", () => {
  it("does not read 'the front line of climate change' as a conflict", () => {
    expect(ids("Farmers in the valleys are on the front line of climate change and drought.")).not.toContain("crisis-response");
  });

  it("still reads a front line beside a ceasefire as crisis response", () => {
    expect(ids("The envoy discussed the ceasefire along the front line with the commanders.")).toEqual(["crisis-response"]);
  });
});

describe("topics: labour, works and trade wordings of new issuers", () => {
  it("reads forced and child labour and freedom of association as human rights, not trafficking", () => {
    const found = ids("The Director praised the end of child labour in the tea harvest and urged respect for freedom of association.");
    expect(found).toContain("human-rights");
    expect(found).not.toContain("human-trafficking");
    expect(ids("The ministers vowed to end forced labour on the plantations.")).toEqual(["human-rights"]);
    expect(ids("Police broke up a gang engaged in trafficking in persons for forced labour.")).toContain("human-trafficking");
  });

  it("reads vocational centres and retraining as education", () => {
    expect(ids("The minister presented programmes that retrain jobless youth in vocational centres.")).toEqual(["education"]);
  });

  it("reads pharmaceutics, the food industry and irrigation as health and agriculture", () => {
    const found = ids("Companies showed interest in projects in pharmaceutics, the food industry and irrigation.");
    expect(found).toContain("health");
    expect(found).toContain("agriculture");
  });

  it("reads smuggling networks as organised crime and e-commerce as the digital economy", () => {
    expect(ids("The agencies will share intelligence on smuggling networks.")).toEqual(["organized-crime"]);
    expect(ids("The two discussed how small firms can use e-commerce to reach buyers abroad.")).toEqual(["science-technology"]);
  });

  it("does not read floods in border areas as border security", () => {
    expect(ids("The sides discussed floods and mudflows in border areas and in the border districts of both countries.")).toEqual(["environment"]);
    expect(ids("The sides discussed the protection of the state border.")).toEqual(["border-security"]);
  });

  it("does not read food and medicine delivered as aid as a health topic", () => {
    expect(ids("The minister praised the air drops of food and medicine to the besieged town.")).not.toContain("health");
    expect(ids("The ministers discussed cooperation in medicine and public health.")).toContain("health");
  });

  it("reads a peace support operation as peacekeeping", () => {
    expect(ids("They discussed funding for the African Union peace support operation in Somalia.")).toContain("peacekeeping");
  });
});
