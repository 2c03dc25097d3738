import { describe, expect, it } from "vitest";
import { TITLE_QUALIFIERS, TITLES } from "../../src/lexicon/en/titles.js";
import { lexiconFor } from "../../src/lexicon/index.js";
import { isHonorific, matchTitleAt, mayStartTitle } from "../../src/normalize/title.js";

const words = (text: string): string[] => text.split(" ");

describe("matchTitleAt", () => {
  it.each([
    ["President Tokayev", "President", "head-of-state", 1],
    ["Prime Minister of Japan", "Prime Minister", "head-of-government", 2],
    ["Minister of Foreign Affairs of Armenia", "Minister of Foreign Affairs", "minister", 4],
    ["Minister of Europe and Foreign Affairs Jean", "Minister of Europe and Foreign Affairs", "minister", 6],
    ["First Deputy Foreign Minister Ivanov", "First Deputy Foreign Minister", "minister", 4],
    ["Deputy Prime Minister Ivanov", "Deputy Prime Minister", "minister", 3],
    ["Vice President Smith", "Vice President", "official", 2],
    ["Sultan and Head of State", "Sultan and Head of State", "head-of-state", 5],
    ["Permanent and Plenipotentiary Representative", "Permanent and Plenipotentiary Representative", "diplomat", 4],
    ["Secretary-General of the CSTO", "Secretary-General", "io-official", 1],
    ["Chief of the Joint Staff", "Chief of the Joint Staff", "io-official", 5],
    ["National Security Adviser Sullivan", "National Security Adviser", "staff", 3],
    ["Secretary of the Security Council of Russia", "Secretary of the Security Council", "official", 5],
    ["Colonel-General Petrov", "Colonel-General", "military", 1],
    ["Colonel General Petrov", "Colonel General", "military", 2],
    ["H.E. Mr. Smith", "H.E.", "honorific", 1],
  ])("%s → %s (%s)", (text, title, kind, length) => {
    expect(matchTitleAt(words(text), 0)).toMatchObject({ title, kind, length, plural: false, capitalized: true });
  });

  it("knows plural titles", () => {
    expect(matchTitleAt(words("Foreign Ministers of the CSTO"), 0)).toMatchObject({ title: "Foreign Ministers", plural: true });
    expect(matchTitleAt(words("Heads of State"), 0)).toMatchObject({ kind: "head-of-state", plural: true, length: 3 });
  });

  it("reads an unlisted ministry portfolio but not the name after it", () => {
    expect(matchTitleAt(words("Minister of Water Resources and Irrigation Ivan Petrov"), 0)).toMatchObject({
      title: "Minister of Water Resources and Irrigation",
      length: 6,
    });
    expect(matchTitleAt(words("Minister of Energy and Sergey"), 0)?.title).toBe("Minister of Energy");
    expect(matchTitleAt(words("Minister of Russia"), 0)?.length).toBe(1);
  });

  it("keeps the spelling as written, with canonical spacing", () => {
    expect(matchTitleAt(["Charg\u00E9", " ", "d\u2019Affaires", " ", "a.i."], 0)?.title).toBe("Charg\u00E9 d\u2019Affaires a.i.");
  });

  it("matches a lower-case title but says so", () => {
    expect(matchTitleAt(words("president of Russia"), 0)).toMatchObject({ title: "president", capitalized: false });
  });

  it("returns null where no title starts", () => {
    expect(matchTitleAt(words("he said"), 0)).toBeNull();
    expect(matchTitleAt(words("Sergey Lavrov"), 0)).toBeNull();
    expect(matchTitleAt([], 0)).toBeNull();
  });
});

describe("isHonorific", () => {
  it("accepts one-word honorifics with or without a dot", () => {
    for (const word of ["Mr", "Mr.", "Mrs", "Ms.", "Dr", "H.E.", "Sheikh", "Sir"]) expect(isHonorific(word), word).toBe(true);
  });
  it("reads every one-word honorific of the lexicon", () => {
    const { address, academic, knighthood, styles, ranks } = lexiconFor("en").honorifics;
    for (const word of [...address, ...academic, ...knighthood, ...styles, ...ranks]) {
      if (!word.includes(" ")) expect(isHonorific(word, lexiconFor("en")), word).toBe(true);
    }
  });
  it("rejects titles and names", () => {
    for (const word of ["Minister", "President", "Sergey", "Excellent"]) expect(isHonorific(word), word).toBe(false);
  });
});

describe("mayStartTitle", () => {
  it("holds wherever matchTitleAt finds a title", () => {
    const phrases = [...Object.values(TITLES).flat(), ...TITLE_QUALIFIERS.map((qualifier) => `${qualifier} Minister`)];
    for (const phrase of phrases) {
      const tokens = phrase.split(" ");
      if (matchTitleAt(tokens, 0)) expect(mayStartTitle(tokens[0] as string), phrase).toBe(true);
    }
  });

  it("reads possessives both ways, as the matcher does", () => {
    expect(matchTitleAt(["Minister's", "visit"], 0)).not.toBeNull();
    expect(mayStartTitle("Minister's")).toBe(true);
    expect(mayStartTitle("President\u2019s")).toBe(true);
  });

  it("rejects words that start no title", () => {
    expect(mayStartTitle("Moscow")).toBe(false);
    expect(mayStartTitle("Tokayev")).toBe(false);
    expect(mayStartTitle("")).toBe(false);
  });
});

describe("matchTitleAt: a listed title whose portfolio a comma list goes on with", () => {
  const words = (text: string): string[] => text.split(/(,| )/).filter((token) => token !== "" && token !== " ");
  it.each([
    ["Minister of Foreign Affairs, International Trade and Worship, Ana", "Minister of Foreign Affairs, International Trade and Worship"],
    ["Minister of Investment, Industry and Trade Laziz", "Minister of Investment, Industry and Trade"],
    ["Minister of Foreign Affairs, Justice Minister Ivan", "Minister of Foreign Affairs"],
    ["Minister of Foreign Affairs, Mr. Ivan", "Minister of Foreign Affairs"],
  ])("%s", (text, title) => {
    expect(matchTitleAt(words(text), 0)?.title).toBe(title);
  });
});

describe("matchTitleAt: a portfolio list closed by 'of <state>'", () => {
  const words = (text: string): string[] => text.split(/(,| )/).filter((token) => token !== "" && token !== " ");
  it.each([
    ["Minister of Youth and Vocational Guidance of Kenya", "Minister of Youth and Vocational Guidance"],
    ["Minister of Fisheries and Livestock Development of the Republic of Zambia", "Minister of Fisheries and Livestock Development"],
    ["Minister of Foreign Affairs, Handicrafts and Moroccan Heritage of the Kingdom of Morocco", "Minister of Foreign Affairs, Handicrafts and Moroccan Heritage"],
    ["Cabinet Secretary for Trade, Crafts, and Cottage Industries of Kenya", "Cabinet Secretary for Trade, Crafts, and Cottage Industries"],
    // A name that opens with a known given name closes the list as a state's name does.
    ["Minister of Youth and Vocational Guidance Peter Otieno", "Minister of Youth and Vocational Guidance"],
  ])("%s", (text, title) => {
    expect(matchTitleAt(words(text), 0)?.title).toBe(title);
  });

  it.each([
    // Another office, another person, no state after the list, a list without its link.
    ["Minister of Trade and Prime Minister of Kenya", "Minister of Trade"],
    ["Minister of Energy and Anna Berg of Norway", "Minister of Energy"],
    ["Minister of Youth, Vocational Guidance of Kenya", "Minister of Youth"],
    ["Minister of Youth and Vocational Guidance of Russian origin", "Minister of Youth"],
  ])("not in %s", (text, title) => {
    expect(matchTitleAt(words(text), 0)?.title).toBe(title);
  });
});

describe("matchTitleAt: a minister's portfolio after 'of the'", () => {
  it.each([
    ["Federal Minister of the Interior Hanna Wolf", "Federal Minister of the Interior"],
    ["Minister of the Environment and Rural Affairs Paul Byrne", "Minister of the Environment and Rural Affairs"],
    ["Federal Minister of the Interior and Community Lena Roth", "Federal Minister of the Interior and Community"],
  ])("%s", (text, title) => {
    expect(matchTitleAt(words(text), 0)?.title).toBe(title);
  });

  it("leaves a body's name after another head's 'of the' out", () => {
    expect(matchTitleAt(words("State Secretary of the Union State"), 0)?.title).toBe("State Secretary");
    expect(matchTitleAt(words("Minister of the Republic of Austria"), 0)?.title).toBe("Minister");
    // A name right after a listed title of two portfolios is no third one.
    expect(matchTitleAt(words("Minister of Industry and Trade Nguyen Van Long of Viet Nam"), 0)?.title).toBe("Minister of Industry and Trade");
  });
});
