import { describe, expect, it } from "vitest";
import { CITIES_BY_COUNTRY } from "../../../src/data/cities.js";
import { COUNTRIES } from "../../../src/data/countries.js";
import { OFFICIALS, type OfficialTerm } from "../../../src/data/officials.js";
import { ORGANIZATIONS } from "../../../src/data/organizations.js";
import { TITLES, type TitleKind } from "../../../src/lexicon/en/titles.js";
import { RU_CITIES } from "../../../src/lexicon/ru/data/cities.js";
import { RU_COUNTRIES } from "../../../src/lexicon/ru/data/countries.js";
import { RU_EXTRA_OFFICIALS, RU_OFFICIAL_NAMES } from "../../../src/lexicon/ru/data/officials.js";
import { RU_GENERIC_ORGANS, RU_ORGANIZATIONS } from "../../../src/lexicon/ru/data/organizations.js";
import { RU_TITLE_QUALIFIERS, RU_TITLES } from "../../../src/lexicon/ru/data/titles.js";

const CODES = new Set(COUNTRIES.map((country) => country.code));
const ORGANIZATION_IDS = new Set(ORGANIZATIONS.map((entry) => entry.id));
const OFFICIAL_NAMES = new Set(OFFICIALS.flatMap((official) => [official.name, ...official.variants]));
const TITLE_KINDS = new Set(Object.keys(TITLES) as TitleKind[]);

/** Russian text: Cyrillic letters with the digits, spaces and punctuation names carry. */
const RUSSIAN = /^(?=.*\p{Script=Cyrillic})[\p{Script=Cyrillic}\d\s\-–—'’".,:()«»+№]+$/u;
/** Forms Russian texts write in Latin letters, as they are written. */
const LATIN_AS_WRITTEN = new Set(["G7", "G8", "G20", "KEGOC", "Kazakh Invest", "Uzbekistan Airways", "SOCAR", "AZAL", "Huawei", "Saudi Aramco", "USAID", "CNPC"]);
/** Roman numerals of monarchs' names ("Карл III"). */
const REGNAL = /^[\p{Script=Cyrillic}\s\-]+ [IVX]+$/u;

function expectRussian(forms: readonly string[], where: string): void {
  for (const form of forms) {
    if (LATIN_AS_WRITTEN.has(form) || REGNAL.test(form)) continue;
    expect(form, where).toMatch(RUSSIAN);
    expect(form, where).toBe(form.trim());
    expect(form, where).not.toMatch(/\s{2}/u);
  }
}

function expectNoDuplicates(values: readonly string[], where: string): void {
  const seen = new Set<string>();
  const duplicates = values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
  expect(duplicates, where).toEqual([]);
}

/** Every form with "ё" has its "е" spelling beside it. */
function expectYeTwins(forms: readonly string[], where: string): void {
  for (const form of forms) if (form.includes("ё")) expect(forms, `${where}: ${form}`).toContain(form.replaceAll("ё", "е"));
}

/** A day "YYYY-MM-DD" or a year "YYYY". */
const DATE = /^\d{4}(-\d{2}-\d{2})?$/u;

describe("Russian country names", () => {
  it("uses valid, distinct ISO codes and covers every UN member", () => {
    const codes = RU_COUNTRIES.map((country) => country.code);
    expectNoDuplicates(codes, "codes");
    for (const code of codes) expect(CODES.has(code), code).toBe(true);
    expect(codes.length).toBeGreaterThanOrEqual(193);
  });

  it("writes names, acronyms and stems in Cyrillic, adjective and demonym stems in lower case", () => {
    for (const country of RU_COUNTRIES) {
      expect(country.names.length, country.code).toBeGreaterThan(0);
      expectRussian([...country.names, ...country.acronyms, ...country.adjectives, ...country.demonyms], country.code);
      for (const stem of [...country.adjectives, ...country.demonyms]) expect(stem, country.code).toBe(stem.toLowerCase());
      expectYeTwins(country.names, country.code);
    }
  });

  it("gives each name, acronym and stem to one country only, and no stem starts another country's stem", () => {
    const all = RU_COUNTRIES.flatMap((country) => [...country.names, ...country.acronyms, ...country.adjectives, ...country.demonyms]);
    expectNoDuplicates(all, "forms");
    const stems = RU_COUNTRIES.flatMap((country) => [...country.adjectives, ...country.demonyms].map((stem) => ({ stem, code: country.code })));
    const clashes = stems.flatMap((a) => stems.filter((b) => a.code !== b.code && b.stem.startsWith(a.stem)).map((b) => `${a.stem} (${a.code}) / ${b.stem} (${b.code})`));
    expect(clashes).toEqual([]);
  });

  it("knows the forms releases use most", () => {
    const byName = (name: string) => RU_COUNTRIES.find((country) => country.names.includes(name) || country.acronyms.includes(name))?.code;
    expect(byName("Российская Федерация")).toBe("RU");
    expect(byName("РФ")).toBe("RU");
    expect(byName("США")).toBe("US");
    expect(byName("Соединенные Штаты Америки")).toBe("US");
    expect(byName("Белоруссия")).toBe("BY");
    expect(byName("Киргизия")).toBe("KG");
    expect(RU_COUNTRIES.find((country) => country.code === "KG")?.adjectives).toEqual(expect.arrayContaining(["кыргызск", "киргизск"]));
  });
});

describe("Russian city names", () => {
  const spellings = (country: string, name: string): string[] | undefined => {
    const row = CITIES_BY_COUNTRY[country]?.find(([main]) => main === name);
    return row ? [row[0], ...(row[1] || [])] : undefined;
  };

  it("names each city exactly as the English gazetteer spells it, in its country", () => {
    for (const city of RU_CITIES) {
      expect(CODES.has(city.country), city.name).toBe(true);
      expect(spellings(city.country, city.name), `${city.name} (${city.country})`).toBeDefined();
    }
    expectNoDuplicates(RU_CITIES.map((city) => `${city.country} ${city.name}`), "cities");
  });

  it("gives former names an English spelling of the same city and valid dates in order", () => {
    for (const city of RU_CITIES) {
      for (const former of city.former) {
        expect(spellings(city.country, city.name), `${former.en} (${city.name})`).toContain(former.en);
        expect(former.to, former.ru).toMatch(DATE);
        if (former.from !== null) {
          expect(former.from, former.ru).toMatch(DATE);
          expect(former.from <= former.to, former.ru).toBe(true);
        }
      }
    }
  });

  it("writes every form in Cyrillic, and no form for two cities", () => {
    for (const city of RU_CITIES) {
      expect(city.ru.length, city.name).toBeGreaterThan(0);
      expectRussian([...city.ru, ...city.former.map((former) => former.ru)], city.name);
      expectYeTwins(city.ru, city.name);
      for (const form of city.ambiguous) expect(city.ru, `${city.name}: ${form}`).toContain(form);
    }
    expectNoDuplicates(RU_CITIES.flatMap((city) => [...city.ru, ...city.former.map((former) => former.ru)]), "forms");
  });

  it("has every national capital of the UN members and the Nur-Sultan years", () => {
    const named = new Set(RU_CITIES.map((city) => `${city.country} ${city.name}`));
    const missing = COUNTRIES.filter((country) => RU_COUNTRIES.some((ru) => ru.code === country.code) && country.capital !== null)
      .filter((country) => !["AQ", "EH", "FO", "GI", "GL", "NC", "PR", "PS", "XK", "HK", "MO", "TW", "VA"].includes(country.code))
      .filter((country) => !named.has(`${country.code} ${country.capital}`))
      .map((country) => `${country.code} ${country.capital}`);
    expect(missing).toEqual([]);
    const astana = RU_CITIES.find((city) => city.name === "Astana");
    expect(astana?.former).toContainEqual({ ru: "Нур-Султан", en: "Nur-Sultan", from: "2019-03-23", to: "2022-09-17" });
  });
});

describe("Russian organisation names", () => {
  it("points to existing organisation ids, or gives an English name", () => {
    for (const entry of RU_ORGANIZATIONS) {
      if (typeof entry.target === "string") {
        expect(ORGANIZATION_IDS.has(entry.target), `${entry.target} (${entry.ru[0]})`).toBe(true);
      } else {
        expect(entry.target.name, entry.ru[0]).toMatch(/^[A-Z][\p{L}\d ,'’&()-]+$/u);
        if (entry.target.acronym !== null) expect(entry.target.acronym).toMatch(/^[A-Z][A-Za-z]+$/u);
      }
      if (entry.country !== null) expect(CODES.has(entry.country), entry.ru[0]).toBe(true);
      expect(entry.ru.length + entry.acronyms.length, JSON.stringify(entry.target)).toBeGreaterThan(0);
    }
  });

  it("writes names and acronyms in Cyrillic, each for one organisation only", () => {
    for (const entry of RU_ORGANIZATIONS) {
      expectRussian([...entry.ru, ...entry.acronyms], String(entry.ru[0]));
      expectYeTwins(entry.ru, String(entry.ru[0]));
    }
    expectNoDuplicates(RU_ORGANIZATIONS.flatMap((entry) => [...entry.ru, ...entry.acronyms]), "forms");
    expectNoDuplicates(RU_GENERIC_ORGANS.map((organ) => organ.ru), "generic organs");
    expectRussian(RU_GENERIC_ORGANS.map((organ) => organ.ru), "generic organs");
  });

  it("reads the bodies releases name most", () => {
    const target = (form: string) => RU_ORGANIZATIONS.find((entry) => entry.ru.includes(form) || entry.acronyms.includes(form))?.target;
    expect(target("ОДКБ")).toBe("csto");
    expect(target("СНГ")).toBe("cis");
    expect(target("ШОС")).toBe("sco");
    expect(target("ЕАЭС")).toBe("eaeu");
    expect(target("ЕЭК")).toEqual({ name: "Eurasian Economic Commission", acronym: "EEC" });
    expect(target("Совбез ООН")).toBe("un");
    expect(target("ПА ОДКБ")).toBe("csto-pa");
    expect(target("МИД России")).toEqual({ name: "Ministry of Foreign Affairs of Russia", acronym: null });
    expect(target("Мажилис")).toEqual({ name: "Mazhilis of the Parliament of Kazakhstan", acronym: null });
  });
});

describe("Russian titles", () => {
  it("gives every title an English role and a known kind", () => {
    for (const title of RU_TITLES) {
      expect(TITLE_KINDS.has(title.kind), title.ru).toBe(true);
      expect(title.en.length, title.ru).toBeGreaterThan(0);
      for (const code of Object.keys(title.byCountry ?? {})) expect(CODES.has(code), `${title.ru}: ${code}`).toBe(true);
    }
  });

  it("writes titles and qualifiers in Cyrillic, once each", () => {
    expectRussian(RU_TITLES.map((title) => title.ru), "titles");
    expectRussian(RU_TITLE_QUALIFIERS.map((qualifier) => qualifier.ru), "qualifiers");
    expectNoDuplicates(RU_TITLES.map((title) => title.ru.toLowerCase()), "titles");
    expectNoDuplicates(RU_TITLE_QUALIFIERS.map((qualifier) => qualifier.ru.toLowerCase()), "qualifiers");
    expectYeTwins(RU_TITLES.map((title) => title.ru), "titles");
  });

  it("maps the titles the guidelines name", () => {
    const en = (ru: string) => RU_TITLES.find((title) => title.ru === ru)?.en;
    expect(en("Министр иностранных дел")).toBe("Minister of Foreign Affairs");
    expect(en("Генеральный секретарь")).toBe("Secretary General");
    expect(en("Председатель Правления")).toBe("Chairman of the Board");
    expect(en("Постоянный представитель")).toBe("Permanent Representative");
    expect(RU_TITLE_QUALIFIERS.find((qualifier) => qualifier.ru === "Заместитель")?.en).toBe("Deputy");
  });
});

describe("Russian official names", () => {
  it("names people of the officials gazetteer by their exact English name, once each", () => {
    const names = new Set(OFFICIALS.map((official) => official.name));
    for (const person of RU_OFFICIAL_NAMES) expect(names.has(person.name), person.name).toBe(true);
    expectNoDuplicates(RU_OFFICIAL_NAMES.map((person) => person.name), "names");
  });

  it("writes every form in Cyrillic, and no form for two people", () => {
    const all = [...RU_OFFICIAL_NAMES, ...RU_EXTRA_OFFICIALS];
    for (const person of all) {
      expect(person.ru.length, person.name).toBeGreaterThan(0);
      expectRussian(person.ru, person.name);
      expectYeTwins(person.ru, person.name);
    }
    expectNoDuplicates(all.flatMap((person) => person.ru), "forms");
  });

  it("lists as extra only people the gazetteer lacks or holds with the same terms, with well-formed terms", () => {
    expectNoDuplicates(RU_EXTRA_OFFICIALS.map((person) => person.name), "extra names");
    for (const person of RU_EXTRA_OFFICIALS) {
      // An extra folded into src/data/officials.ts must agree with it.
      const folded = OFFICIALS.find((official) => official.name === person.name);
      if (folded) expect(folded.terms, person.name).toEqual(person.terms);
      else for (const spelling of [person.name, ...person.variants]) expect(OFFICIAL_NAMES.has(spelling), spelling).toBe(false);
      expect(person.terms.length, person.name).toBeGreaterThan(0);
      for (const term of person.terms) {
        expect(term.from, person.name).toMatch(DATE);
        if (term.to !== null) {
          expect(term.to, person.name).toMatch(DATE);
          expect(term.from <= term.to, person.name).toBe(true);
        }
        expect((term.country === null) !== (term.organization === null), person.name).toBe(true);
        if (term.country !== null) expect(CODES.has(term.country), person.name).toBe(true);
      }
    }
  });

  it("never has two holders of one single-holder office at once", () => {
    // An office held by one person at a time: not a deputy, aide or envoy. Feminine titles
    // count as the same office ("Chairwoman of the Senate").
    const shared = /^(Deputy|First Deputy|Acting|Aide|Adviser|Special|Member|Ambassador|Permanent Representative)\b/u;
    const office = (term: OfficialTerm) => `${term.role.replace(/^Chairwoman\b/u, "Chairman")}|${term.country ?? ""}|${term.organization ?? ""}`;
    // The earliest a term can end and the latest it can start: overlap only when certain.
    const earliestEnd = (date: string) => (date.length === 4 ? `${date}-01-01` : date);
    const latestStart = (date: string) => (date.length === 4 ? `${date}-12-31` : date);
    const holders = [
      ...OFFICIALS.map((official) => ({ name: official.name, terms: official.terms })),
      ...RU_EXTRA_OFFICIALS.map((person) => ({ name: person.name, terms: person.terms })),
    ].flatMap((person) => person.terms.map((term) => ({ name: person.name, term })));
    const clashes: string[] = [];
    for (const person of RU_EXTRA_OFFICIALS) {
      for (const term of person.terms) {
        if (shared.test(term.role)) continue;
        for (const other of holders) {
          if (other.name === person.name || office(other.term) !== office(term)) continue;
          const [first, second] = term.from <= other.term.from ? [term, other.term] : [other.term, term];
          const firstEnd = first.to === null ? "9999-12-31" : earliestEnd(first.to);
          if (latestStart(second.from) < firstEnd) clashes.push(`${person.name} / ${other.name}: ${office(term)}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("RU_VENUES", () => {
  it("ties every Russian venue to an entry of the English venues gazetteer, in Russian forms", async () => {
    const { VENUES } = await import("../../../src/data/venues.js");
    const { RU_VENUES } = await import("../../../src/lexicon/ru/data/venues.js");
    const names = new Set(VENUES.map((venue) => venue.name));
    for (const entry of RU_VENUES) {
      expect(names.has(entry.venue), entry.venue).toBe(true);
      expectRussian(entry.ru, entry.venue);
    }
  });
});
