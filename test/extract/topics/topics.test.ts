import type { Root } from "nlcst";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { TOPICS, extendTopics, extractTopics, releaseParser, type Organization, type TopicsOptions } from "../../../src/index.js";

function analyze(text: string, options?: TopicsOptions, organizations?: Organization[]): VFile {
  const processor = unified()
    .use(releaseParser)
    .use(() => (_tree: Root, file: VFile) => {
      if (organizations) file.data.organizations = organizations;
    })
    .use(extractTopics, options);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file;
}

function ids(text: string, options?: TopicsOptions, organizations?: Organization[]): string[] {
  return (analyze(text, options, organizations).data.topics ?? []).map((topic) => topic.id).sort();
}

describe("extractTopics: terms on the word tree", () => {
  it("folds inflections and derivations", () => {
    expect(ids("Both ministers condemned the terrorists behind the attack.")).toEqual(["terrorism"]);
    expect(ids("The agencies exchanged data on traffickers of drugs and on drug-trafficking routes.")).toEqual(["drug-trafficking"]);
    expect(ids("They praised the work of the peacekeepers.")).toEqual(["peacekeeping"]);
    expect(ids("Tourists from both countries may now travel without visas.")).toEqual(["culture"]);
  });

  it("reads the criminal use of information technologies as cybersecurity, not science", () => {
    expect(ids("The ministers discussed countering the use of information and communication technologies for criminal purposes.")).toEqual(["cybersecurity"]);
  });

  it("matches hyphenated and solid spellings alike", () => {
    expect(ids("They stressed counterterrorism.")).toEqual(["terrorism"]);
    expect(ids("They stressed counter-terrorism.")).toEqual(["terrorism"]);
    expect(ids("They stressed counter terrorism.")).toEqual(["terrorism"]);
    expect(ids("They discussed defence co-operation.")).toEqual(["military-cooperation"]);
  });

  it("matches multi-word terms case-insensitively, as word sequences only", () => {
    expect(ids("Cyber Security was on the agenda.")).toEqual(["cybersecurity"]);
    expect(ids("The ministers discussed Information Security threats.")).toEqual(["cybersecurity"]);
    expect(ids("Information on the security of the summit was shared.")).toEqual([]);
  });

  it("matches terms in capitals only against capitals", () => {
    expect(ids("They discussed AI and its uses.")).toEqual(["science-technology"]);
    expect(ids("They said it was a good meeting.")).toEqual([]);
  });

  it("splits coordinated phrases into each term", () => {
    expect(ids("They noted the threat of arms and people trafficking.")).toEqual(["arms-trafficking", "human-trafficking"]);
    expect(ids("Drug and human trafficking remain a concern.")).toEqual(["drug-trafficking", "human-trafficking"]);
    expect(ids("The office works on conflict prevention and resolution.")).toEqual(["crisis-response"]);
    expect(ids("They reviewed trade and investment.")).toEqual(["investment", "trade"]);
  });

  it("does not elide across a term of another subject", () => {
    expect(ids("They spoke of human rights and trafficking routes.")).toEqual(["human-rights"]);
    expect(ids("They covered arms control and drug trafficking.")).toEqual(["arms-control", "drug-trafficking"]);
  });

  it("reads a modifier through a coordinated list to its head", () => {
    expect(ids("Ties in the political, scientific, technical and other fields were reviewed.")).toEqual(["science-technology"]);
    expect(ids("Our nations have great scientific, technical and human potential.")).toEqual([]);
    expect(ids("They want closer political, economic and humanitarian interaction.")).toEqual(["culture"]);
    expect(ids("They discussed the humanitarian situation in the region.")).toEqual(["humanitarian-aid"]);
  });
});

describe("extractTopics: what is no topic", () => {
  it("ignores security alone", () => {
    expect(ids("They discussed regional security and stability.")).toEqual([]);
  });

  it("ignores words inside the name of a body", () => {
    expect(ids("The head of the CIS Anti-Terrorism Centre attended.")).toEqual([]);
    expect(ids("A director of the Gender Policy Council spoke.")).toEqual([]);
    expect(ids("The Finance Minister arrived in the capital.")).toEqual([]);
  });

  it("ignores words inside organisation spans found by the organisations plugin", () => {
    const text = "Officials of the Collective Security Treaty Organization met.";
    const start = text.indexOf("Collective");
    const organizations = [{ name: "Collective Security Treaty Organization", acronym: "CSTO", spans: [{ start, end: start + 39 }] }];
    expect(ids("Officials of the Antiterrorism Bureau met.", undefined, [])).toEqual([]);
    expect(ids(text, undefined, organizations)).toEqual([]);
    const anti = "Officials of the regional antiterrorism structure met.";
    const inside = anti.indexOf("regional");
    expect(ids(anti, undefined, [{ name: "x", acronym: null, spans: [{ start: inside, end: inside + 32 }] }])).toEqual([]);
    expect(ids(anti)).toEqual(["terrorism"]);
  });

  it("ignores figures of speech a blocker names", () => {
    expect(ids("Such threats transcend borders.")).toEqual([]);
    expect(ids("He wished his counterpart sound health and success.")).toEqual([]);
    expect(ids("This gives new energy to our relations.")).toEqual([]);
    expect(ids("They spoke about the relief of tension in the region and a road map for talks.")).toEqual([]);
    expect(ids("They praised the favourable business environment.")).toEqual([]);
  });

  it("counts space only as outer space and its kin", () => {
    expect(ids("They discussed cooperation in the Eurasian space.")).toEqual([]);
    expect(ids("They discussed cooperation in outer space.")).toEqual(["science-technology"]);
  });

  it("counts borders as border security", () => {
    expect(ids("The ministers discussed the tensions on the Kyrgyz-Tajik border.")).toEqual(["border-security"]);
    expect(ids("The ministers discussed the demarcation of the Kyrgyz-Tajik border.")).toEqual(["border-security"]);
  });
});

describe("extractTopics: evidence", () => {
  it("gives each topic its spans in the original text", () => {
    const text = "Talks  on   “terrorism”\n\nThey discussed    terrorism and terrorist financing.";
    const topics = analyze(text).data.topics ?? [];
    const terrorism = topics.find((topic) => topic.id === "terrorism");
    expect(terrorism?.spans.map((span) => text.slice(span.start, span.end))).toEqual(["terrorism", "terrorism"]);
    const laundering = topics.find((topic) => topic.id === "money-laundering");
    expect(laundering?.spans.map((span) => text.slice(span.start, span.end))).toEqual(["terrorist financing"]);
  });

  it("leaves out a topic resting on one weak term and says so", () => {
    const file = analyze("We met despite the pandemic.");
    expect(file.data.topics).toEqual([]);
    expect(file.messages.map((message) => message.ruleId)).toEqual(["topic:weak-evidence"]);
    expect(String(file.messages[0])).toBe("1:20-1:28: Topic `health` rests on the single weak term `pandemic`; left out");
  });

  it("keeps a weak topic with a second mention, or when asked to", () => {
    expect(ids("The pandemic hit hard; the pandemic is not over.")).toEqual(["health"]);
    expect(ids("We met despite the pandemic.", { weakEvidence: "keep" })).toEqual(["health"]);
  });
});

describe("extractTopics: options", () => {
  it("replaces the taxonomy", () => {
    const topics = [{ id: "space", label: "Space", group: "custom", description: "Space.", terms: ["orbit"] }];
    expect(ids("They spoke about trade in orbit.", { topics })).toEqual(["space"]);
  });

  it("extends the built-in taxonomy without changing it", () => {
    const topics = extendTopics([{ id: "energy", terms: ["hydrogen"] }, { id: "space", terms: ["orbit"] }]);
    expect(ids("Hydrogen and orbit plans.", { topics })).toEqual(["energy", "space"]);
    expect(TOPICS.find((topic) => topic.id === "energy")?.terms).not.toContain("hydrogen");
    expect(topics.at(-1)).toMatchObject({ id: "space", label: "space", group: "custom" });
  });

  it("throws a TypeError on a taxonomy that is no array", () => {
    expect(() => extractTopics({ topics: "trade" as never })).toThrow(TypeError);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "   ", "-", "“", "* * *", "a-b-c- - -", "\u0000\u0001"]) expect(() => analyze(text)).not.toThrow();
  });
});

describe("extractTopics: shared terms", () => {
  it("counts a term two topics share for both", () => {
    const topics = extendTopics([{ id: "space", terms: ["satellite"] }]);
    expect(ids("They discussed a joint satellite programme.", { topics })).toEqual(["science-technology", "space"]);
  });
});

describe("extractTopics: subject lines of the page", () => {
  it("reads the subject line the cleaning step removes as chrome", () => {
    const text = "Envoys meet in Vienna\nWhat we do: Conflict prevention and resolution\nThe envoys met in Vienna today.";
    const file = analyze(text);
    expect(file.data.topics?.map((topic) => topic.id)).toEqual(["crisis-response"]);
    const span = file.data.topics?.[0]?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe("Conflict prevention");
  });
});

describe("extractTopics: subjects as unseen issuers name them", () => {
  it("reads firearms, road corridors and waterways, the justice sector, digital governance", () => {
    expect(ids("The sides discussed the fight against the illicit trafficking of firearms in the region.")).toEqual(["arms-trafficking"]);
    expect(ids("The ministers reviewed the bioceanic road corridor and the navigation on the river waterway.")).toEqual(["transport"]);
    expect(ids("The Minister thanked the partners for their assistance in the reform of the justice sector.")).toEqual(["human-rights"]);
    expect(ids("They agreed a programme to strengthen the public service in digital governance.")).toEqual(["science-technology"]);
  });

  it("does not read a port in a name as transport", () => {
    expect(ids("The delegation arrived in Port Louis for the meeting of the council.")).not.toContain("transport");
  });
});

describe("cue terms of online crime, arms supplies, taxation and haze", () => {
  it("reads online fraud and scam centres as cyber security", () => {
    expect(ids("The police chiefs discussed online fraud targeting pensioners.")).toContain("cybersecurity");
    expect(ids("They agreed to close the scam centres operating near the border.")).toContain("cybersecurity");
  });

  it("reads air defence supplies as military cooperation, and a lone artillery mention as nothing", () => {
    expect(ids("The minister pledged further air defence systems for the country.")).toContain("military-cooperation");
    expect(ids("Coalition forces called in artillery fire on the position.")).not.toContain("military-cooperation");
  });

  it("reads taxation as finance and haze as environment", () => {
    expect(ids("The programme supports reforms of tax administration.")).toContain("finance");
    expect(ids("The sides discussed transboundary haze from forest fires.")).toContain("environment");
  });
});

describe("cue terms of the drugs themselves", () => {
  it("reads opium and heroin as drug trafficking", () => {
    expect(ids("The two sides discussed the ban on opium cultivation.")).toContain("drug-trafficking");
    expect(ids("Police seized 40 kilograms of heroin at the crossing.")).toContain("drug-trafficking");
  });
});
