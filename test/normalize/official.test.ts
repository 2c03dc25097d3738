import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OFFICIALS } from "../../src/data/officials.js";
import { isCountryCode } from "../../src/normalize/country.js";
import { findOfficial, foldTransliteration, officialsHolding } from "../../src/normalize/official.js";

const DAY_OR_YEAR = /^\d{4}(?:-\d{2}-\d{2})?$/u;

describe("the officials gazetteer", () => {
  it("covers several hundred people", () => {
    expect(OFFICIALS.length).toBeGreaterThan(500);
  });

  it("has well-formed terms: a known country or an organisation, valid and ordered dates", () => {
    const problems: string[] = [];
    for (const { name, terms } of OFFICIALS) {
      if (terms.length === 0) problems.push(`${name}: no term`);
      for (const term of terms) {
        if ((term.country === null) === (term.organization === null)) problems.push(`${name}: country xor organization`);
        if (term.country !== null && !isCountryCode(term.country)) problems.push(`${name}: ${term.country}`);
        if (!DAY_OR_YEAR.test(term.from)) problems.push(`${name}: from ${term.from}`);
        if (term.to !== null && !DAY_OR_YEAR.test(term.to)) problems.push(`${name}: to ${term.to}`);
        if (term.to !== null && term.to.slice(0, 4) < term.from.slice(0, 4)) problems.push(`${name}: ends before it starts`);
        if (term.role.trim() === "") problems.push(`${name}: empty role`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("finds every person by their name and by each variant", () => {
    const misses: string[] = [];
    for (const official of OFFICIALS) {
      const date = official.terms[0]?.to ?? official.terms[0]?.from;
      for (const form of [official.name, ...official.variants]) {
        // Homonyms (two Latvians called Andris Bērziņš) need a date to tell them apart.
        if (findOfficial(form, date)?.name !== official.name) misses.push(`${official.name} <- ${form}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it("lists no spelling twice for one person", () => {
    const repeated = OFFICIALS.filter((o) => new Set([o.name, ...o.variants]).size !== o.variants.length + 1);
    expect(repeated.map((o) => o.name)).toEqual([]);
  });
});

describe("foldTransliteration", () => {
  it.each([
    ["Sadyr Japarov", "Sadyr Zhaparov"],
    ["Sadyr Japarov", "Sadyr Dzhaparov"],
    ["Shavkat Mirziyoyev", "Shavkat Mirziyoev"],
    ["Kassym-Jomart Tokayev", "Kasym-Zhomart Tokaev"],
    ["Yuri Khachaturov", "Yury Hachaturov"],
    ["Yuriy", "Iurii"],
    ["Sergey", "Sergei"],
    ["Emomali Rahmon", "Emomali Rakhmon"],
    ["Gurbanguly Berdimuhamedow", "Gurbanguly Berdymukhammedov"],
    ["Ilham Aliyev", "İlham Aliev"],
    ["Yerlan Idrissov", "Erlan Idrisov"],
    ["Maia Sandu", "Maya Sandu"],
    ["Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"],
  ])("%s and %s share a key", (a, b) => {
    expect(foldTransliteration(a)).toBe(foldTransliteration(b));
  });

  it.each([
    ["Ivan", "Igor"],
    ["Lavrov", "Lavrin"],
    ["Sergei Ivanov", "Igor Ivanov"],
  ])("%s and %s do not", (a, b) => {
    expect(foldTransliteration(a)).not.toBe(foldTransliteration(b));
  });

  it("keeps words apart and drops punctuation", () => {
    expect(foldTransliteration("Yuriy Khachaturov")).toBe("iuri hachaturov");
    expect(foldTransliteration("  ")).toBe("");
  });

  it("ignores letter case", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,12}$/u), (word) => {
        expect(foldTransliteration(word.toUpperCase())).toBe(foldTransliteration(word.toLowerCase()));
      }),
    );
  });
});

describe("findOfficial: names", () => {
  it.each([
    ["Sergei Lavrov", "Sergey Lavrov"],
    ["Kasym-Jomart Tokayev", "Kassym-Jomart Tokayev"],
    ["Emomali Rakhmonov", "Emomali Rahmon"],
    ["Alyaksandr Lukashenka", "Alexander Lukashenko"],
    ["Sadyr Zhaparov", "Sadyr Japarov"],
    ["Nikol Pashinian", "Nikol Pashinyan"],
    ["Moon Jae In", "Moon Jae-in"],
    ["Joseph R. Biden Jr.", "Joe Biden"],
  ])("knows the variant %s", (input, name) => {
    expect(findOfficial(input)?.name).toBe(name);
  });

  it.each([
    ["Qasym-Jomart Toqayev", "Kassym-Jomart Tokayev"],
    ["Iurii Hachaturov", "Yuri Khachaturov"],
    ["Gurbanguli Berdimukhamedov", "Gurbanguly Berdimuhamedow"],
    ["Nikolai Bordiuzha", "Nikolai Bordyuzha"],
    ["Ermek Kosherbaev", "Yermek Kosherbayev"],
    ["ILHAM ALIYEV", "Ilham Aliyev"],
  ])("folds the unlisted spelling %s", (input, name) => {
    expect(findOfficial(input)?.name).toBe(name);
  });

  it("drops a patronymic or middle name", () => {
    expect(findOfficial("Kassym-Jomart Kemeluly Tokayev")?.name).toBe("Kassym-Jomart Tokayev");
    expect(findOfficial("Rashid O. Meredov")?.name).toBe("Rashid Meredov");
  });

  it("meets a given name in another national form", () => {
    expect(findOfficial("Vladimir Zelenskyy")?.name).toBe("Volodymyr Zelenskyy");
    expect(findOfficial("Oleksandr Lukashenko")?.name).toBe("Alexander Lukashenko");
  });

  it("drops honorifics and a possessive ending", () => {
    expect(findOfficial("H.E. Ilham Aliyev")?.name).toBe("Ilham Aliyev");
    expect(findOfficial("Mr. Sergei Lavrov")?.name).toBe("Sergey Lavrov");
    expect(findOfficial("Lavrov's", null, { surnameOnly: true })?.name).toBe("Sergey Lavrov");
  });

  it("drops every form of address, academic title and knighthood of the lexicon, and keeps ranks", () => {
    for (const honorific of ["Mr", "Mrs.", "Ms", "Miss", "Madame", "Mme", "Dr.", "Prof.", "Professor", "Sir"]) {
      expect(findOfficial(`${honorific} Sergei Lavrov`)?.name, honorific).toBe("Sergey Lavrov");
    }
    expect(findOfficial("Sir Keir Starmer")?.name).toBe("Keir Starmer");
    // "Lord Robertson" is how the gazetteer cites George Robertson: the rank is part of the name.
    expect(findOfficial("Robertson")).toBeNull();
  });

  it.each([
    ["R.Meredov", "Rashid Meredov"],
    ["S. Lavrov", "Sergey Lavrov"],
    ["S.V. Lavrov", "Sergey Lavrov"],
    ["Lavrov S.V.", "Sergey Lavrov"],
    ["K.-J. Tokayev", "Kassym-Jomart Tokayev"],
    ["Y. Khachaturov", "Yuri Khachaturov"],
    ["Yu.Khachaturov", "Yuri Khachaturov"],
    ["I. Ivanov", "Igor Ivanov"],
    ["S. Ivanov", "Sergei Ivanov"],
  ])("completes the initial form %s", (input, name) => {
    expect(findOfficial(input)?.name).toBe(name);
  });

  it("takes a surname alone only when asked and only when it is unique", () => {
    expect(findOfficial("Lavrov")).toBeNull();
    expect(findOfficial("Lavrov", null, { surnameOnly: true })?.name).toBe("Sergey Lavrov");
    expect(findOfficial("Moon", null, { surnameOnly: true })?.name).toBe("Moon Jae-in");
    expect(findOfficial("Kim", null, { surnameOnly: true })).toBeNull();
    expect(findOfficial("Aliyev", null, { surnameOnly: true })).toBeNull();
    expect(findOfficial("Shinawatra", null, { surnameOnly: true })).toBeNull();
  });

  it("settles a shared surname or name by who was in office on the date", () => {
    expect(findOfficial("Aliyev", "2015-06-01", { surnameOnly: true })?.name).toBe("Ilham Aliyev");
    expect(findOfficial("Aliyev", "2001-06-01", { surnameOnly: true })?.name).toBe("Heydar Aliyev");
    expect(findOfficial("Shinawatra", "2012-01-10", { surnameOnly: true })?.name).toBe("Yingluck Shinawatra");
    expect(findOfficial("Andris Berzins")).toBeNull();
    expect(findOfficial("Andris Berzins", "2013-01-01")?.role).toBe("President");
    expect(findOfficial("Andris Berzins", "2001-01-01")?.role).toBe("Prime Minister");
    // Both Latvians were out of office in 2005: still ambiguous.
    expect(findOfficial("A. Berzins", "2005-01-01")).toBeNull();
  });

  it.each(["John Smith", "Ivan Petrovich Sidorov", "", "   ", ".", "Smith", "S."])("returns null for %j", (input) => {
    expect(findOfficial(input, null, { surnameOnly: true })).toBeNull();
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.boolean(), (name, date, surnameOnly) => {
        findOfficial(name, date, { surnameOnly });
      }),
    );
  });
});

describe("findOfficial: the term that fits the date", () => {
  it.each([
    ["2005-03-01", "President"],
    ["2010-06-01", "Prime Minister"],
    ["2012-05-06", "Prime Minister"],
    ["2012-05-08", "President"],
    ["2024-11-20", "President"],
  ])("Putin on %s was %s", (date, role) => {
    expect(findOfficial("Vladimir Putin", date)).toMatchObject({ role, country: "RU", organization: null });
  });

  it("gives the most recent term without a date, or with a malformed one", () => {
    expect(findOfficial("Vladimir Putin")?.role).toBe("President");
    expect(findOfficial("Vladimir Putin", "yesterday")?.role).toBe("President");
    expect(findOfficial("Dmitry Medvedev")?.role).toBe("Deputy Chairman of the Security Council");
  });

  it("reads a bare year as its first day", () => {
    expect(findOfficial("Dmitry Medvedev", "2010")?.role).toBe("President");
  });

  it("follows a career across states and organisations", () => {
    const tokayev = (date: string) => findOfficial("Kassym-Jomart Tokayev", date);
    expect(tokayev("2000-06-01")).toMatchObject({ role: "Prime Minister", country: "KZ" });
    expect(tokayev("2005-06-01")).toMatchObject({ role: "Minister of Foreign Affairs", country: "KZ" });
    expect(tokayev("2012-06-01")).toMatchObject({ organization: "UN", country: null });
    expect(tokayev("2021-06-01")).toMatchObject({ role: "President", country: "KZ" });
    expect(findOfficial("Jens Stoltenberg", "2016-02-01")).toMatchObject({
      role: "Secretary General",
      organization: "NATO",
      country: null,
    });
  });

  it("names intergovernmental posts with their organisation", () => {
    expect(findOfficial("Stanislav Zas", "2021-03-01")).toMatchObject({ role: "Secretary General", organization: "CSTO" });
    expect(findOfficial("Vladimir Norov", "2020-03-01")).toMatchObject({ role: "Secretary-General", organization: "SCO" });
    expect(findOfficial("Kao Kim Hourn", "2024-03-01")).toMatchObject({ role: "Secretary-General", organization: "ASEAN" });
  });

  it("keeps the country but no role when no term covers the date", () => {
    const retired = findOfficial("Nursultan Nazarbayev", "2023-05-01");
    expect(retired).toMatchObject({ name: "Nursultan Nazarbayev", role: null, country: "KZ", organization: null, term: null });
    expect(findOfficial("Sergey Lavrov", "1990-01-01")).toMatchObject({ role: null, country: "RU" });
  });

  it("reports offices held on the same day, the main one first", () => {
    const match = findOfficial("Frank-Walter Steinmeier", "2016-06-01");
    expect(match?.role).toBe("Minister of Foreign Affairs");
    expect(match?.otherTerms.map((term) => [term.role, term.organization])).toEqual([["Chairperson-in-Office", "OSCE"]]);
    expect(findOfficial("Sergey Lavrov", "2016-06-01")?.otherTerms).toEqual([]);
  });

  it("returns the chosen term with its dates", () => {
    expect(findOfficial("Moon Jae-in", "2019-01-01")?.term).toEqual({
      role: "President",
      country: "KR",
      organization: null,
      from: "2017-05-10",
      to: "2022-05-09",
    });
  });
});

describe("officialsHolding", () => {
  it("lists the holders of a title on a day, hyphens and case aside", () => {
    const holders = officialsHolding("Secretary-General", "2015-03-12");
    expect(holders.find((match) => match.organization === "UN")?.name).toBe("Ban Ki-moon");
    expect(holders.find((match) => match.organization === "Council of Europe")?.name).toBe("Thorbjørn Jagland");
    expect(officialsHolding("secretary general", "2019-06-28").find((match) => match.organization === "UN")?.name).toBe("António Guterres");
  });

  it("gives each holder the office asked for, not another held that day", () => {
    const chairs = officialsHolding("Chairperson-in-Office", "2016-06-01");
    expect(chairs.map((match) => [match.name, match.role, match.organization])).toEqual([["Frank-Walter Steinmeier", "Chairperson-in-Office", "OSCE"]]);
  });

  it("finds no one for a malformed day or an unknown title", () => {
    expect(officialsHolding("Secretary-General", "soon")).toEqual([]);
    expect(officialsHolding("Chief Dragon Keeper", "2015-03-12")).toEqual([]);
  });
});
