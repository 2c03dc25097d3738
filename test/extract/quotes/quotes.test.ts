import type { Root } from "nlcst";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { extractQuotes, releaseParser, type MentionedPerson, type Participant, type Quote } from "../../../src/index.js";

const PEOPLE: Participant[] = [
  { name: "Marta Kovacs", aliases: ["Kovacs", "M.Kovacs"], role: "Secretary General", organization: "OSCE", country: null },
  { name: "Ivan Dragan", aliases: ["Dragan"], role: "Secretary General", organization: "CSTO", country: null },
  { name: "Lena Hart", aliases: ["Hart"], role: "Minister of Foreign Affairs", organization: null, country: "NO" },
];

/** Runs the parser, a stand-in for the people plugin (with spans found by name) and the quotes plugin. */
function analyze(text: string, people: readonly Participant[] = PEOPLE, mentioned: MentionedPerson[] = []): VFile {
  const processor = unified()
    .use(releaseParser)
    .use(() => (_tree: Root, file: VFile) => {
      file.data.participants = people.map((person) => ({ ...person, spans: spansOf(text, [person.name, ...person.aliases]) }));
      file.data.mentionedPersons = mentioned;
    })
    .use(extractQuotes);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file;
}

function spansOf(text: string, forms: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) spans.push({ start: at, end: at + form.length });
  }
  return spans;
}

function quotes(text: string): [string | null, string][] {
  return (analyze(text).data.quotes ?? []).map((quote: Quote) => [quote.speaker, quote.text]);
}

describe("extractQuotes: attribution", () => {
  it("reads “…,” said X", () => {
    expect(quotes("“Our work on borders matters,” said Marta Kovacs.")).toEqual([["Marta Kovacs", "Our work on borders matters"]]);
  });

  it("reads X said: “…”", () => {
    expect(quotes("Lena Hart said: “We are ready for a new round of talks.”")).toEqual([
      ["Lena Hart", "We are ready for a new round of talks."],
    ]);
  });

  it("reads “…,” X said and “…”, added X", () => {
    expect(quotes("“The dialogue goes on,” Dragan said. “We meet again in June”, added M.Kovacs.")).toEqual([
      ["Ivan Dragan", "The dialogue goes on"],
      ["Marta Kovacs", "We meet again in June"],
    ]);
  });

  it("resolves 'the Norwegian minister' to the one participant of that country", () => {
    expect(quotes("Talks were held. “Our ties are strong,” the Norwegian minister said.")).toEqual([["Lena Hart", "Our ties are strong"]]);
  });

  it("resolves a role and organisation to the person holding them", () => {
    expect(quotes("Talks were held. “Cooperation with our partners grows,” said the CSTO Secretary General.")).toEqual([
      ["Ivan Dragan", "Cooperation with our partners grows"],
    ]);
    expect(quotes("Talks were held. “Cooperation with our partners grows,” said the OSCE Secretary-General.")).toEqual([
      ["Marta Kovacs", "Cooperation with our partners grows"],
    ]);
  });

  it("resolves a shortened title held by one person", () => {
    expect(quotes("Talks were held. “We value this partnership,” the Minister said.")).toEqual([["Lena Hart", "We value this partnership"]]);
    // Two people hold "Secretary General": the shortened "the Secretary" names neither.
    expect(quotes("Talks were held. “We value this partnership,” the Secretary said.")).toEqual([[null, "We value this partnership"]]);
  });

  it("resolves he or she to the person named last", () => {
    expect(quotes("Lena Hart spoke at the forum. “Our doors stay open to all partners,” she said.")).toEqual([
      ["Lena Hart", "Our doors stay open to all partners"],
    ]);
  });

  it("reads According to X, “…”", () => {
    expect(quotes("According to Kovacs, “the mission will stay for another year.”")).toEqual([
      ["Marta Kovacs", "the mission will stay for another year."],
    ]);
  });

  it("keeps a speaker it cannot resolve as null and reports it", () => {
    const file = analyze("“We will not give up on the talks,” said the spokesman of the delegation.");
    expect(file.data.quotes?.map((quote) => quote.speaker)).toEqual([null]);
    expect(file.messages.map((message) => message.ruleId)).toEqual(["quote:unresolved-speaker"]);
  });

  it("gives the span of the quoted words in the original text", () => {
    const text = "Talks  were held.  “Our   cooperation grows,”said Marta Kovacs.";
    const [quote] = analyze(text).data.quotes ?? [];
    expect(quote && text.slice(quote.span?.start, quote.span?.end)).toBe("Our   cooperation grows");
  });
});

describe("extractQuotes: transcripts", () => {
  it("turns each speaker's turn into a quote", () => {
    const text = [
      "The ministers met in Oslo.",
      "* * * Minister of Foreign Affairs Lena Hart: Colleagues, welcome to Oslo. We have much to do.",
      "Secretary General Marta Kovacs: Thank you. It is a pleasure to be here. <…>",
    ].join("\n");
    expect(quotes(text)).toEqual([
      ["Lena Hart", "Colleagues, welcome to Oslo. We have much to do."],
      ["Marta Kovacs", "Thank you. It is a pleasure to be here."],
    ]);
  });
});

describe("extractQuotes: what is no quote", () => {
  it("skips titles and scare quotes", () => {
    expect(quotes("The exercise “Shield 2024” ended. The so-called “Blue Route” was discussed.")).toEqual([]);
  });

  it("skips metadata lines that look like labels", () => {
    expect(quotes("The ministers met.\nSource: Ministry of Foreign Affairs of Norland")).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "“", "”", "\"\"\"", "“ ”said", "A: B", "* * *", "Mr X: “"]) expect(() => analyze(text)).not.toThrow();
  });
});

describe("extractQuotes: speaker phrases from the document's words", () => {
  it("keeps a rank's abbreviation inside the speaker phrase it names", () => {
    const text = "\u201cThe convoy reached the valley before dawn and the road is open again,\u201d said Army Maj. Gen. Ada Brooks.";
    const message = analyze(text).messages.find((entry) => entry.ruleId === "quote:unresolved-speaker");
    expect(message?.reason).toBe("No known person for the speaker `Army Maj. Gen. Ada Brooks`");
  });

  it("reads the speaker before the quotation from the same words", () => {
    const text = "Summing up, Ms. Kovacs said: \u201cWe have done what we promised to do this year.\u201d";
    expect(quotes(text)).toEqual([["Marta Kovacs", "We have done what we promised to do this year."]]);
  });
});
