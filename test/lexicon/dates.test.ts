import { describe, expect, it } from "vitest";
import { LANGUAGES, lexiconFor } from "../../src/lexicon/index.js";

/** Every word list of the three date sections, by name, as lists of keys. */
function listsOf(language: string): [string, string[]][] {
  const lexicon = lexiconFor(language);
  const lists: [string, string[]][] = [];
  for (const [section, words] of Object.entries({ calendar: lexicon.calendar, dates: lexicon.dates, dateRoles: lexicon.dateRoles })) {
    for (const [name, list] of Object.entries(words)) {
      if (list instanceof Map || list instanceof Set) lists.push([`${section}.${name}`, [...list.keys()] as string[]]);
      else if (name === "futurePhrases") lists.push([`${section}.${name}`, (list as string[][]).map((phrase) => phrase.join(" "))]);
    }
  }
  return lists;
}

/**
 * Lists a language may leave empty, having no such words: English has no year markers ("2017
 * года") or dotted years ("т.г."); Russian has no articles, "of", possessive endings, ordinal
 * suffixes glued to a number, or month-first issuers; English participles do not agree with a
 * noun, so it has no participle endings, look-alikes or event participles.
 */
const MAY_BE_EMPTY = new Set([
  "calendar.ordinalSuffixes", "dates.possessiveEndings", "dates.yearSpans", "dates.ofWords", "dates.articles", "dates.monthFirstMarkers",
  "dates.yearMarkers", "dates.dottedYears", "dates.weekdayContext", "dates.prepositionalDays", "dateRoles.futurePhrases",
  "dateRoles.incidentLinks", "dateRoles.anniversaryCompounds", "dateRoles.anniversaryBases", "dateRoles.participleLookalikes", "dateRoles.eventParticiples",
]);

describe.each(LANGUAGES)("the date sections of the %s lexicon", (language) => {
  const lexicon = lexiconFor(language);

  it("key every list in lower case, words of a phrase one space apart", () => {
    for (const [name, keys] of listsOf(language)) {
      if (!MAY_BE_EMPTY.has(name)) expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key, name).toBe(key.toLowerCase());
        expect(key, name).toBe(key.trim().split(/\s+/).join(" "));
      }
    }
  });

  it("name every month and weekday, abbreviations among the month names", () => {
    expect(new Set(lexicon.calendar.months.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(new Set(lexicon.calendar.weekdays.values())).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    for (const short of lexicon.calendar.shortMonths) expect(lexicon.calendar.months.has(short), short).toBe(true);
  });

  it("count a year alone only with words that also count after a date", () => {
    for (const [word, offset] of lexicon.dates.relativeYears) expect(lexicon.dates.yearOffsets.get(word), word).toBe(offset);
    for (const word of lexicon.dates.yearSpans) expect(lexicon.dates.relativeYears.has(word), word).toBe(true);
  });

  it("keep apart the words that tell different roles", () => {
    const roles = lexicon.dateRoles;
    const groups = { anniversary: roles.anniversary, eventVerbs: roles.eventVerbs, future: roles.future, bound: roles.bound };
    const seen = new Map<string, string>();
    for (const [group, words] of Object.entries(groups)) {
      for (const word of words) {
        expect(seen.get(word), `${word} in ${group} and ${seen.get(word)}`).toBeUndefined();
        seen.set(word, group);
      }
    }
    for (const label of roles.revisionLabels) expect(roles.stampLabels.has(label), label).toBe(true);
  });
});
