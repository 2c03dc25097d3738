import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/pipeline/clean.js";
import { lexiconFor, type Lexicon } from "../../src/lexicon/index.js";

const lineTexts = (original: string) => {
  const clean = cleanText(original);
  return clean.lines.map((line) => clean.text.slice(line.start, line.end));
};

describe("cleanText", () => {
  it("drops navigation, share rows and credits", () => {
    const text = "Ministers meet in Baku\n\nfacebook twitter telegram\nThe ministers met in Baku.\nPhoto: press service\nBack to the section\nBack to the all news";
    expect(lineTexts(text)).toEqual(["Ministers meet in Baku", "The ministers met in Baku."]);
    const kinds = cleanText(text).artifacts.map((artifact) => artifact.kind);
    expect(kinds.filter((kind) => kind === "noise")).toHaveLength(4);
  });

  it("drops a line of links to other articles in the body", () => {
    const text = "Ministers meet in Baku\n\nThe ministers met in Baku.\nRelated: Central Bank keeps rate | Bank of Ghana and Bank of Nigeria meet\nREAD ALSO: Port traffic rises\nThe sides signed a plan.";
    expect(lineTexts(text)).toEqual(["Ministers meet in Baku", "The ministers met in Baku.", "The sides signed a plan."]);
  });

  it("drops a site's menu of links parted by bars, but keeps a line of the page's facts", () => {
    const text = "Ministers meet\n\nNews | Members | About the Assembly | Sessions | Committees\n\nGeneva | 12 March 2024 | Press release\n\nThe ministers met.";
    expect(lineTexts(text)).toEqual(["Ministers meet", "Geneva | 12 March 2024 | Press release", "The ministers met."]);
  });

  it("drops a menu flattened to text, its links parted by wide gaps, but keeps a sentence with wide spaces", () => {
    const text = [
      "Ministers meet",
      "",
      "Home   Our work   Countries   Data and Maps     Search",
      "",
      "About us | Careers | News and Media | Research     Contact",
      "",
      "The ministers met.   They agreed to meet again soon in the capital of the host state.",
    ].join("\n");
    expect(lineTexts(text)).toEqual(["Ministers meet", "The ministers met. They agreed to meet again soon in the capital of the host state."]);
  });

  it("removes an image file name glued to the text and keeps it as evidence", () => {
    const text = "Headline\n\n1700000000.jpgMarch 5 this year. The sides met.";
    const clean = cleanText(text);
    expect(lineTexts(text)[1]).toBe("March 5 this year. The sides met.");
    const image = clean.artifacts.find((artifact) => artifact.kind === "image");
    expect(image?.text).toBe("1700000000.jpg");
    expect(text.slice(image?.start, image?.end)).toBe("1700000000.jpg");
  });

  it("folds runs of spaces, removes spaces before punctuation and straightens quotes", () => {
    const text = "He  said   that terrorism , drugs and crime matter. \u201cWe agree,\u201dsaid the minister.";
    const clean = cleanText(text);
    expect(clean.text).toBe('He said that terrorism, drugs and crime matter. "We agree," said the minister.');
  });

  it("maps every cleaned span back to the same words of the original", () => {
    const text = "  Talks   in\u00a0Minsk  \n\nThe   leaders met  in Minsk .";
    const clean = cleanText(text);
    const at = clean.text.indexOf("Minsk", 10);
    const span = clean.map.spanToOriginal(at, at + 5);
    expect(text.slice(span.start, span.end)).toBe("Minsk");
  });

  it("joins hard-wrapped lines into paragraphs", () => {
    const text = [
      "The Adviser met today with the Minister of Foreign Affairs of a",
      "neighbouring state and discussed regional security, trade and the",
      "prospects of the upcoming summit in the capital, including energy",
      "and transport links between the two countries and their partners.",
      "",
      "###",
    ].join("\n");
    expect(lineTexts(text)).toHaveLength(1);
    expect(lineTexts(text)[0]).toContain("of a neighbouring state");
  });

  it("keeps a headline apart from the body when lines are not wrapped", () => {
    const text = "Readout of the Adviser\u2019s Meeting with the Minister of Foreign Affairs of a Neighbouring State\nThe Adviser met today with the Minister of Foreign Affairs of a neighbouring state in its capital and discussed security.";
    expect(lineTexts(text)).toHaveLength(2);
  });

  it("cuts a repeated headline and keeps the date stamp after it", () => {
    const text = "Defence ministers considered military cooperation\n\nDefence ministers considered military cooperation 05.03.2024\n\nOn 5 March the ministers met.";
    expect(lineTexts(text)).toEqual(["Defence ministers considered military cooperation", "05.03.2024", "On 5 March the ministers met."]);
  });

  it("stops at a list of other articles once the body has begun, and keeps it as an artifact", () => {
    const body = "On 10 April the Minister received the Ambassador of Italy and discussed cooperation in education and culture.";
    const text = `Minister meets Ambassador\n\n${body}\n\nRelated news\n\nMinister receives the Coordinator\nThe sides signed a memorandum.`;
    expect(lineTexts(text)).toEqual(["Minister meets Ambassador", body]);
    const rest = cleanText(text).artifacts.find((artifact) => artifact.kind === "other-articles");
    expect(rest?.text.startsWith("Related news")).toBe(true);
  });

  it("stops at 'ENDS', a press contact block or 'Related stories'", () => {
    const body = "On 10 April the Minister received the Ambassador of Italy and discussed cooperation in education and culture.";
    for (const marker of ["ENDS", "Media contact", "Related stories", "Related links:"]) {
      expect(lineTexts(`Minister meets Ambassador\n\n${body}\n\n${marker}\nCommunications Unit, Regional Secretariat\n> Leaders endorse the new strategy`)).toEqual(["Minister meets Ambassador", body]);
    }
  });

  it("keeps a menu item that names other articles above the body", () => {
    const body = "On 10 April the Minister received the Ambassador of Italy and discussed cooperation in education and culture.";
    expect(lineTexts(`Latest news\nMinister meets Ambassador\n\n${body}`)).toEqual(["Latest news", "Minister meets Ambassador", body]);
  });

  it("drops a short credit line holding the copyright sign, in any language", () => {
    expect(lineTexts("Ministers meet\n\nQuelle: \u00a9 Council, 2024\nThe ministers met in Baku.")).toEqual(["Ministers meet", "The ministers met in Baku."]);
  });

  it("reads the page chrome of the lexicons it is given", () => {
    const english = lexiconFor("en");
    const other: Lexicon = { ...english, chrome: { ...english.chrome, lines: ["zum seitenanfang"] } };
    const text = "Ministers meet\n\nThe ministers met in Baku.\nZum Seitenanfang";
    expect(cleanText(text, [english]).lines).toHaveLength(3);
    expect(cleanText(text, [english, other]).lines).toHaveLength(2);
  });

  it("returns empty text for white space only", () => {
    expect(cleanText(" \n\t\n ").text).toBe("");
  });
});
