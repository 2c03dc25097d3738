import type { Root } from "nlcst";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { extractAgreements, extractTitle, releaseParser, type Agreement } from "../../../src/index.js";

/** Runs the parser, the title plugin and the agreements plugin; the event took place in `year`. */
function analyze(text: string, year = "2024-03-05"): VFile {
  const processor = unified()
    .use(releaseParser)
    .use(extractTitle)
    .use(() => (_tree: Root, file: VFile) => {
      file.data.date = { start: year, end: null };
    })
    .use(extractAgreements);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file;
}

function agreements(text: string): Agreement[] {
  return analyze(text).data.agreements ?? [];
}

function kinds(text: string): [string, string][] {
  return agreements(text).map((agreement) => [agreement.kind, agreement.text]);
}

function rules(text: string): string[] {
  return analyze(text).messages.map((message) => message.ruleId ?? "");
}

describe("extractAgreements: outcomes and their kind", () => {
  it.each([
    ["The ministers agreed to hold regular consultations.", "agreed"],
    ["The parties agreed on the importance of dialogue.", "agreed"],
    ["A roadmap for the years ahead has been considered and agreed upon.", "agreed"],
    ["The delegations reached a common understanding on the draft.", "agreed"],
    ["Consensus was reached on the wording of the communique.", "agreed"],
    ["The Prime Minister supported the proposal of his counterpart.", "agreed"],
    ["The two ministers signed a memorandum on customs cooperation.", "signed"],
    ["Following the talks, a protocol on fisheries was signed.", "signed"],
    ["The sides concluded an agreement on visa-free travel.", "signed"],
    ["The council approved the budget of the secretariat.", "adopted"],
    ["The heads of state adopted a joint declaration.", "adopted"],
    ["The assembly endorsed the work plan and ratified the charter.", "adopted"],
    ["The final communique formalises the key agreements of the session.", "adopted"],
    ["The board decided to open a liaison office.", "decided"],
    ["It was decided to hold the next session in the autumn.", "decided"],
    ["Decisions were taken on the financing of joint projects.", "decided"],
    ["General Ivan Petrenko was confirmed as chief of the joint staff.", "decided"],
    ["The leaders reaffirmed their commitment to a peaceful settlement.", "committed"],
    ["The donors pledged further support to the programme.", "committed"],
    ["The envoys reviewed the situation and committed to continued coordination.", "committed"],
  ])("%s → %s", (sentence, kind) => {
    expect(kinds(`Meeting of the ministers\n\n${sentence}`)).toEqual([[kind, sentence]]);
  });

  it("copies the whole sentence from the original text, newlines and all", () => {
    const text = [
      "National Security Advisor Ana Lopez spoke today with her counterpart",
      "from Norland about the situation in the region and the steps needed",
      "to ease tensions along the frontier.  They agreed to   resume the",
      "talks   next month, and to report back to their leaders on the",
      "progress made.",
    ].join("\n");
    const [agreement] = agreements(text);
    expect(agreement?.text).toBe("They agreed to   resume the\ntalks   next month, and to report back to their leaders on the\nprogress made.");
    expect(agreement && text.slice(agreement.span?.start, agreement.span?.end)).toBe(agreement?.text);
  });

  it("names the parties and the object", () => {
    expect(agreements("Defence chiefs met.\nIn line with the agenda, the chiefs of the general staffs signed a plan of joint drills.")[0]).toMatchObject({
      parties: ["the chiefs of the general staffs"],
      object: "a plan of joint drills",
    });
    expect(agreements("Talks took place.\nAnna Berg and Omar Haddad agreed to meet again in May.")[0]).toMatchObject({
      parties: ["Anna Berg", "Omar Haddad"],
      object: "meet again in May",
    });
    expect(agreements("Talks took place.\nA plan of consultations was approved by the foreign ministers.")[0]).toMatchObject({
      parties: ["the foreign ministers"],
      object: "A plan of consultations",
    });
    expect(agreements("Talks took place.\nThe presidents discussed trade, and agreed to meet again.")[0]).toMatchObject({
      parties: ["The presidents"],
    });
  });

  it("ends the object where a second predicate or clause begins", () => {
    expect(agreements("Talks took place.\nThe ministers adopted a joint statement and endorsed the road map on water.")[0]?.object).toBe("a joint statement");
    expect(agreements("Talks took place.\nThe presidents signed a joint declaration and five agreements were signed.")[0]?.object).toBe("a joint declaration");
    expect(agreements("Talks took place.\nThe sides signed a memorandum on trade and investment.")[0]?.object).toBe("a memorandum on trade and investment");
  });

  it("leaves a dateline, a list number and an opening adverb out of the parties", () => {
    expect(agreements("Talks took place.\nBAKU, 4 May - Today the foreign ministers signed a protocol on consultations.")[0]?.parties).toEqual(["the foreign ministers"]);
    expect(agreements("Talks took place.\n3. The ministers approved the work plan for 2025.")[0]?.parties).toEqual(["The ministers"]);
  });

  it("keeps a subject that opens with both or all", () => {
    expect(agreements("Talks took place.\nBoth sides agreed to meet again.")[0]?.parties).toEqual(["Both sides"]);
  });

  it("reads a participle before a finite verb as the object, not the parties", () => {
    expect(agreements("Talks took place.\nThe accord signed today will open new routes.")[0]).toMatchObject({
      kind: "signed",
      object: "The accord",
    });
    expect(agreements("Talks took place.\nThe accord signed today will open new routes.")[0]?.parties).toBeUndefined();
  });

  it("names no party for a pronoun", () => {
    const [agreement] = agreements("Talks took place.\nThey agreed to stay in touch.");
    expect(agreement?.parties).toBeUndefined();
    expect(agreement?.object).toBe("stay in touch");
  });
});

describe("extractAgreements: what is no outcome", () => {
  it.each([
    "The sides discussed the draft agreement.",
    "The ministers noted the importance of the treaty.",
    "The ministers stressed the need for dialogue.",
    "They exchanged views on regional issues.",
    "Both sides expressed readiness to deepen cooperation.",
    "They expressed hope for an early agreement.",
    "Our country is committed to deepening this partnership.",
    "The agreed plan remains in force.",
  ])("%s", (sentence) => {
    expect(kinds(`Meeting of the ministers\n\n${sentence}`)).toEqual([]);
  });

  it("leaves out hedged and conditional candidates and reports them", () => {
    for (const sentence of [
      "The parties could sign a trade deal.",
      "The ministers will consider signing the accord.",
      "The government plans to sign the convention.",
      "The signing of several documents is planned.",
      "The parties intend to adopt a new programme.",
      "A protocol is expected to be signed in May.",
    ]) {
      const text = `Meeting of the ministers\n\n${sentence}`;
      expect(kinds(text), sentence).toEqual([]);
      expect(rules(text), sentence).toEqual(["agreement:hedged"]);
    }
  });

  it("leaves out negated candidates and reports them", () => {
    for (const sentence of ["The sides did not agree on the text.", "The parties failed to agree on a date.", "The delegations have not signed the protocol."]) {
      const text = `Meeting of the ministers\n\n${sentence}`;
      expect(kinds(text), sentence).toEqual([]);
      expect(rules(text), sentence).toEqual(["agreement:negated"]);
    }
  });

  it("leaves out outcomes of earlier events and reports them", () => {
    for (const sentence of [
      "They discussed the implementation of the agreements reached and documents signed.",
      "They recalled the joint statement adopted at the summit in Lima in 2019.",
      "In recent years, the two countries have signed forty treaties.",
      "The parties had signed a framework agreement two years ago.",
      "The plan, previously approved by the council, was presented.",
      "He noted the memoranda signed during the previous visit.",
      "The minister recalled that the two states signed a border treaty.",
      "The sides noted that the decisions adopted at the previous summit are being carried out.",
      "Recalling the charter adopted by the founders, the delegates spoke of its values.",
    ]) {
      const text = `Meeting of the ministers\n\n${sentence}`;
      expect(kinds(text), sentence).toEqual([]);
      expect(rules(text), sentence).toEqual(["agreement:other-event"]);
    }
  });

  it("skips the headline", () => {
    expect(kinds("Ministers signed a trade accord in Baku\n\nThe ministers met in Baku on Monday.")).toEqual([]);
  });

  it("reads the outcomes speakers report in quotations and transcripts", () => {
    expect(kinds('The leaders met.\n“We agreed to work together,” said the President.')).toEqual([
      ["agreed", "“We agreed to work together,” said the President."],
    ]);
    expect(kinds("The leaders met.\n* * *\nPresident of Freedonia Rufus Firefly: We signed many documents today. Thank you.")).toEqual([
      ["signed", "We signed many documents today."],
    ]);
  });

  it("does not read speech about earlier or later outcomes, or an opinion, as an outcome", () => {
    expect(kinds('The leaders met.\n“As we agreed last year, the experts will meet in May,” said the President.')).toEqual([]);
    expect(kinds("The leaders met.\nPresident Rufus Firefly: In recent years we have signed forty documents. We will sign more.")).toEqual([]);
    expect(kinds("The leaders met.\nPresident Rufus Firefly: I agree that much remains to be done.")).toEqual([]);
    expect(kinds("The leaders met.\nPresident Rufus Firefly: I have decided to leave the summit early.")).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "agreed", "signed.", "* * *", "“signed", "was was was agreed", "to be signed"]) {
      expect(() => analyze(text)).not.toThrow();
    }
  });
});

describe("verdict rules", () => {
  it("have unique kebab-case ids and end with a catch-all for other forms, in every language's grammar", async () => {
    const { agreementGrammarFor } = await import("../../../src/extract/agreements/grammar.js");
    const { LANGUAGES } = await import("../../../src/lexicon/index.js");
    for (const language of LANGUAGES) {
      const { outcomeRules, otherFormRules, performativeRules } = agreementGrammarFor(language);
      const ids = [...outcomeRules, ...otherFormRules].map((rule) => rule.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of [...ids, ...performativeRules.map((rule) => rule.id)]) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(otherFormRules.at(-1)?.test({} as never)).toBe(true);
    }
  });

  it("fall back to the English grammar for a language without one", async () => {
    const { agreementGrammarFor } = await import("../../../src/extract/agreements/grammar.js");
    expect(agreementGrammarFor("xx")).toBe(agreementGrammarFor("en"));
  });
});

describe("triggers: verdicts cite their rule", () => {
  it("names the rule that turned a candidate away", async () => {
    const { documentOf } = await import("../../../src/core/document.js");
    const { lexiconFor } = await import("../../../src/lexicon/index.js");
    const { triggersOf } = await import("../../../src/extract/agreements/trigger.js");
    const { agreementGrammarFor } = await import("../../../src/extract/agreements/grammar.js");
    const { vocabularyOf } = await import("../../../src/extract/agreements/vocabulary.js");
    const { pausedWordsOf } = await import("../../../src/extract/agreements/words.js");
    const rulesOf = (sentence: string): string[] => {
      const processor = unified().use(releaseParser);
      const file = new VFile(sentence);
      const tree = processor.parse(file);
      const first = documentOf(tree, file).sentences[0];
      if (!first) return [];
      return triggersOf(agreementGrammarFor("en"), vocabularyOf(lexiconFor("en")), pausedWordsOf(first), 2024).map((trigger) => `${trigger.verdict}:${trigger.rule}`);
    };
    expect(rulesOf("The ministers had signed the protocol.")).toEqual(["other-event:past-perfect"]);
    expect(rulesOf("The ministers will sign the protocol.")).toEqual(["hedged:hedged-form"]);
    expect(rulesOf("The ministers did not agree on the text.")).toEqual(["negated:negated-form"]);
    expect(rulesOf("The ministers reached consensus on the text.")).toEqual(["outcome:outcome"]);
    expect(rulesOf("The ministers are committed to peace.")).toEqual(["not-past:standing-policy"]);
  });

  it("names the object verb rule behind an outcome", async () => {
    const { documentOf } = await import("../../../src/core/document.js");
    const { lexiconFor } = await import("../../../src/lexicon/index.js");
    const { triggersOf } = await import("../../../src/extract/agreements/trigger.js");
    const { agreementGrammarFor } = await import("../../../src/extract/agreements/grammar.js");
    const { vocabularyOf } = await import("../../../src/extract/agreements/vocabulary.js");
    const { pausedWordsOf } = await import("../../../src/extract/agreements/words.js");
    const file = new VFile("Decisions were taken on the budget.");
    const tree = unified().use(releaseParser).parse(file);
    const sentence = documentOf(tree, file).sentences[0];
    const triggers = sentence ? triggersOf(agreementGrammarFor("en"), vocabularyOf(lexiconFor("en")), pausedWordsOf(sentence), 2024) : [];
    expect(triggers.map((trigger) => trigger.objectRule)).toEqual(["take-decision"]);
  });
});

describe("extractAgreements: the kind an object gives", () => {
  it("reads approving a person for an office as a decision, and approving a document as adopting it", () => {
    expect(kinds("Meeting of the council\n\nThe council approved the nomination of Ms Rossi as head of the mission.")).toEqual([
      ["decided", "The council approved the nomination of Ms Rossi as head of the mission."],
    ]);
    expect(kinds("Meeting of the council\n\nThe council approved the work plan of the mission.")).toEqual([
      ["adopted", "The council approved the work plan of the mission."],
    ]);
  });

  it("reads a joint confirmation as agreed, and one side's as no outcome", () => {
    expect(kinds("Talks of the ministers\n\nBoth ministers confirmed that they would meet again in the spring.")).toEqual([
      ["agreed", "Both ministers confirmed that they would meet again in the spring."],
    ]);
    expect(kinds("Talks of the ministers\n\nThe minister confirmed that his country would send observers.")).toEqual([]);
    expect(kinds("Talks of the ministers\n\nThe ministers concurred to continue close coordination.")).toEqual([
      ["agreed", "The ministers concurred to continue close coordination."],
    ]);
  });

  it("leaves a list number out of the text", () => {
    expect(kinds("Talks of the ministers\n\n7. The ministers agreed to meet in May.")).toEqual([["agreed", "The ministers agreed to meet in May."]]);
  });
});

describe("extractAgreements: a signing the parties witness", () => {
  it("reads witnessing or attending a signing as a signature of the event", () => {
    expect(kinds("After the talks, the two presidents witnessed the signing of four intergovernmental agreements.").map(([kind]) => kind)).toEqual(["signed"]);
    expect(kinds("The ministers then attended the signing of a protocol between the two academies.").map(([kind]) => kind)).toEqual(["signed"]);
  });

  it("reads witnessing an exchange of signed documents, and exchanging instruments of ratification", () => {
    expect(kinds("Following the talks, the two Prime Ministers witnessed the exchange of memoranda of understanding on fisheries.").map(([kind]) => kind)).toEqual(["signed"]);
    expect(kinds("The foreign ministers exchanged the instruments of ratification of the border treaty.").map(([kind]) => kind)).toEqual(["adopted"]);
    expect(kinds("The ministers exchanged views on the implementation of earlier agreements.")).toEqual([]);
  });

  it("leaves out the passive, a coming signing and other things witnessed", () => {
    expect(kinds("The signing was witnessed by the Ambassador of Chile and the Minister of Trade.")).toEqual([]);
    expect(kinds("The leaders will witness the signing of the treaty in June.")).toEqual([]);
    expect(kinds("The delegation witnessed the exchange of views between the two committees.")).toEqual([]);
  });
});
