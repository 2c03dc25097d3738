import { describe, expect, it } from "vitest";
import { analyzeRelease } from "../../src/index.js";
import { LINE_FILTERS, LINE_PREFERENCES } from "../../src/extract/title.js";

const titleOf = (text: string) => analyzeRelease(text).data.title?.text ?? null;

describe("extractTitle", () => {
  it("takes the first headline line, whitespace-normalised", () => {
    expect(titleOf("Talks  with the  President of Mongolia\n\nThe President held talks in Ulaanbaatar today.")).toBe(
      "Talks with the President of Mongolia",
    );
  });

  it("skips site chrome and prefers a line that reports an event", () => {
    const text = "Newsroom\nNews and press releases\nForeign Office\nMinister receives the Ambassador of Chile\nPublishing date: 3 May 2022\nThe Minister received the Ambassador of Chile today in the Ministry.";
    expect(titleOf(text)).toBe("Minister receives the Ambassador of Chile");
  });

  it("skips the issuing body's name above a headline without an event word", () => {
    const text = "Federal Foreign Office\n\nKazakhstan and Germany deepen their energy partnership\n\n12.04.2023\n\nThe two foreign ministers talked about hydrogen projects in Astana on Tuesday and Wednesday.";
    expect(titleOf(text)).toBe("Kazakhstan and Germany deepen their energy partnership");
  });

  it("skips a standing body's name that reads like an event (forum, conference), split by a bar or a dash", () => {
    const forum = "ASIA-PACIFIC ECONOMIC FORUM SECRETARIAT\n\nExecutive Director meets the Minister of Trade of Chile\n\nThe Executive Director met the Minister in Singapore on 4 May 2023.";
    expect(titleOf(forum)).toBe("Executive Director meets the Minister of Trade of Chile");
    const conference = "OIC | Conference of Islamic Affairs Ministers\n\nSecretary General receives the Ambassador of Nigeria\n\nThe Secretary General received the Ambassador in Jeddah on 4 May 2023.";
    expect(titleOf(conference)).toBe("Secretary General receives the Ambassador of Nigeria");
    const dashed = "Arab Maghreb Union - General Secretariat\n\nSecretary General receives the Ambassador of Spain\n\nThe Secretary General received the Ambassador in Rabat on 4 May 2023.";
    expect(titleOf(dashed)).toBe("Secretary General receives the Ambassador of Spain");
  });

  it("still takes a conference headline that is not a body's name", () => {
    expect(titleOf("Conference on water security opens in Dushanbe\n\nThe conference opened in Dushanbe on 4 May 2023 with ministers of 40 countries.")).toBe("Conference on water security opens in Dushanbe");
  });

  it("takes an issuer's name alone for site chrome, not a headline", () => {
    expect(titleOf("Shanghai Cooperation Organisation Secretariat\n\nThe Secretary-General received the delegation of Laos in Beijing on Monday.")).toBeNull();
    expect(titleOf("Office of the Spokesperson\n\nThe Secretary met the Foreign Minister of Guyana today in Washington to discuss energy.")).toBeNull();
  });

  it("skips a welcome banner ending in a full stop", () => {
    expect(titleOf("Welcome to our portal. Enjoy it.\nReadout of the Secretary-General's call with the Prime Minister\nThe Secretary-General spoke today with the Prime Minister of Fiji about climate finance and oceans.")).toBe(
      "Readout of the Secretary-General's call with the Prime Minister",
    );
  });

  it("is null when the text opens with the body", () => {
    expect(titleOf("05.03.2024\nThe President of the Republic held a telephone conversation today with the Prime Minister of Malaysia.")).toBeNull();
  });

  it("is null for an empty text and reports why", () => {
    const file = analyzeRelease("");
    expect(file.data.title).toBeNull();
    expect(file.messages.map((message) => message.ruleId)).toContain("title:none");
  });

  it("keeps the original characters of the headline", () => {
    expect(titleOf("Minister\u2019s meeting with \u201cfriends\u201d\n\nThe minister met friends in a long and winding sentence of the body.")).toBe(
      "Minister\u2019s meeting with \u201cfriends\u201d",
    );
  });

  it("skips a dateline, its month abbreviated or not", () => {
    expect(titleOf("ASHGABAT, 14 March 2022\n\nGas supplies for the winter\n\nThe ministers met in Ashgabat to talk about gas supplies for the winter.")).toBe(
      "Gas supplies for the winter",
    );
    expect(titleOf("Minsk, Sept. 5, 2023\n\nA new office in the city centre\n\nThe trade mission opened its office in the centre of the city on Monday.")).toBe(
      "A new office in the city centre",
    );
  });

  it("skips another article's headline that a republisher's page puts above the release", () => {
    const text = [
      "Drought Hits Grain Farmers Across the Southern Plains",
      "World | 4 May 2021 10:12 CET",
      "",
      "Commission Chairperson thanks departing Director-General for years of partnership",
      "",
      "By Pan-African Press Service",
      "",
      "The Chairperson of the Commission has thanked the departing Director-General for the partnership of the years past, at their last meeting in Geneva.",
    ].join("\n");
    expect(titleOf(text)).toBe("Commission Chairperson thanks departing Director-General for years of partnership");
  });

  it("skips a body's name with an event noun in it, and a trail of links", () => {
    expect(titleOf("Regional Security Council\n\nNews | Press releases\n\nCouncil adopts new rules on border patrols\n\n3 June 2022\n\nThe members of the Council adopted new rules on joint border patrols at their session on Friday.")).toBe(
      "Council adopts new rules on border patrols",
    );
    expect(titleOf("Press office of the Prime Minister of the Republic\n\nTwo nations deepen ties on water management\n\nThe prime ministers of the two nations signed a memorandum on water management on Monday in the capital.")).toBe(
      "Two nations deepen ties on water management",
    );
  });

  it("skips a menu of bodies' names split by bars, though a body's name reads like an event", () => {
    expect(titleOf("ASSEMBLY OF THE ALLIANCE\nAbout the Alliance | Heads of State Council | Council of Ministers | Budget | Press center\n\nSpeaker of the Assembly met the Minister of Energy in Baku\n\nOn 4 March the Speaker met the Minister of Energy in Baku. They discussed the budget of the Alliance and the next session of the Council of Ministers.")).toBe(
      "Speaker of the Assembly met the Minister of Energy in Baku",
    );
    expect(titleOf("Home | Council | Commission | Media\n\nCouncil of the Union meets in Tbilisi\n\nThe Council of the Union held its regular meeting in Tbilisi on 2 May, with the Commission and the media present.")).toBe("Council of the Union meets in Tbilisi");
    // A headline with the site's name after one bar is still a headline.
    expect(titleOf("Minister meets Council President | Press room\n\nThe Minister met the President of the Council in Vienna on 2 May.")).toBe("Minister meets Council President | Press room");
  });

  it("keeps a headline with its dateline glued on, though it ends with a full stop", () => {
    const text = "The 12th Session of the Assembly of Parliaments of the Baltic Region, Riga, 4 June 2019.\n\nOn 4 June 2019 the Assembly held its session in Riga and adopted three resolutions on energy.";
    expect(titleOf(text)).toBe("The 12th Session of the Assembly of Parliaments of the Baltic Region, Riga, 4 June 2019.");
  });

  it("skips a byline, a line that leads into the body and a place line", () => {
    expect(titleOf("By Ministry of Trade, Ghana\n\nThe following was issued by the Spokesperson:\n\nThe minister held talks with the visiting delegation on cocoa exports and rail links.")).toBeNull();
    expect(titleOf("Akorda, Astana\n\nThe President held a working meeting with the Governor of the region in his residence.")).toBeNull();
  });

  it("skips a dateline with the country after the city", () => {
    expect(titleOf("KANDAHAR, Afghanistan (June 3, 2012)\n\nA patrol found a weapons cache near the village of Zhari, officials said on Sunday evening.")).toBeNull();
  });

  it("names its rules with distinct ids", () => {
    const ids = [...LINE_FILTERS, ...LINE_PREFERENCES].map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
