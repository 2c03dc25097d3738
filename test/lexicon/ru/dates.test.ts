import { describe, expect, it } from "vitest";
import { eventWords, lexiconFor } from "../../../src/lexicon/index.js";
import { keyOfPhrase, keys, keyedMap } from "../../../src/lexicon/ru/keys.js";
import { stemRussian } from "../../../src/lexicon/ru/stem.js";

const RU = lexiconFor("ru");

describe("the Russian calendar", () => {
  it("gives every case of a month the month's key", () => {
    const november = ["ноябрь", "ноября", "ноябрю", "ноябрём", "ноябре"];
    expect(new Set(november.map((form) => RU.calendar.months.get(stemRussian(form))))).toEqual(new Set([11]));
    const may = ["май", "мая", "маю", "маем", "мае"];
    expect(new Set(may.map((form) => RU.calendar.months.get(stemRussian(form))))).toEqual(new Set([5]));
    expect(stemRussian("ноября")).toBe(stemRussian("ноябрь"));
  });

  it("names the weekdays in the forms a date takes", () => {
    expect(RU.calendar.weekdays.get(stemRussian("среду"))).toBe(3);
    expect(RU.calendar.weekdays.get(stemRussian("воскресенье"))).toBe(0);
    expect(RU.calendar.weekdays.get(stemRussian("пятницу"))).toBe(5);
  });

  it("writes names in lower case, and keeps no abbreviation that is a common word's stem", () => {
    expect(RU.calendar.capitalized).toBe(false);
    expect(RU.calendar.months.has(stemRussian("но"))).toBe(false);
    for (const short of RU.calendar.shortMonths) expect(RU.calendar.months.has(short), short).toBe(true);
  });
});

describe("the Russian date words", () => {
  it("key phrases word by word, as date tokens give them", () => {
    expect(keyOfPhrase("в текущем году")).toBe(`в ${stemRussian("текущем")} ${stemRussian("году")}`);
    expect(RU.dates.relativeSpans.has(keyOfPhrase("на прошлой неделе"))).toBe(true);
    expect(RU.dates.relativeDays.get(keyOfPhrase("вчера"))).toBe(-1);
    expect(RU.dates.relativeDays.get(keyOfPhrase("позавчера"))).toBe(-2);
  });

  it("count years from the reference in every form of the word before 'год'", () => {
    for (const form of ["текущего", "текущем", "текущий", "сего", "этом"]) expect(RU.dates.yearOffsets.get(stemRussian(form)), form).toBe(0);
    for (const form of ["прошлого", "прошлом", "минувшего"]) expect(RU.dates.yearOffsets.get(stemRussian(form)), form).toBe(-1);
    expect(RU.dates.dottedYears.get("т.г.")).toBe(0);
    expect(RU.dates.dottedYears.get("с.г.")).toBe(0);
  });

  it("mark every form of 'год' after a year, and its abbreviations", () => {
    for (const form of ["года", "году", "годы", "годах", "г", "гг"]) expect(RU.dates.yearMarkers.has(stemRussian(form)), form).toBe(true);
    expect(RU.dates.yearAbbreviations).toEqual(new Set(["г", "гг"]));
  });

  it("join ranges as Russian does", () => {
    expect(RU.dates.rangeOpeners.get("с")).toBe("from");
    expect(RU.dates.rangeWords.get("по")).toBe("to");
    expect(RU.dates.rangeWords.get("и")).toBe("and");
  });

  it("refuse a map whose forms give one key two values", () => {
    expect(() => keyedMap([[["прошлый"], -1], [["прошлого"], 0]])).toThrow(/прошлого/);
    expect(keys(["визит", "визита", "визитом"])).toEqual(["виз", "визит"]);
  });
});

describe("the Russian date roles", () => {
  const roles = RU.dateRoles;

  it("tell a document's date by 'от' and an anniversary by 'летие' glued to a number", () => {
    expect(roles.dated.has("от")).toBe(true);
    expect(roles.anniversaryCompounds.has(stemRussian("летию"))).toBe(true);
    // Alone, the same key is "лет" (years): it is no anniversary word.
    expect(roles.anniversary.has(stemRussian("лет"))).toBe(false);
  });

  it("announce what is to come in the forms releases use", () => {
    for (const form of ["состоится", "пройдёт", "планируется", "предстоящего", "запланирована"]) expect(roles.future.has(stemRussian(form)), form).toBe(true);
    // "состоялась" (took place) is past: it is an event verb, not a future word.
    expect(roles.future.has(stemRussian("состоялась"))).toBe(false);
    expect(roles.eventVerbs.has(stemRussian("состоялась"))).toBe(true);
  });

  it("date the anniversaries of the Victory and of the organisations", () => {
    expect(roles.anniversaryBases.get(stemRussian("победы"))).toBe(1945);
    expect(roles.anniversaryBases.get(stemRussian("шос"))).toBe(2001);
  });
});

describe("the Russian event words", () => {
  it("name every group of the English list", () => {
    expect(Object.keys(RU.events).sort()).toEqual(Object.keys(lexiconFor("en").events).sort());
  });

  it.each([
    ["meeting", ["встреча", "встретился", "встретились"]],
    ["talks", ["переговоры", "беседа", "консультации"]],
    ["call", ["телефонный", "созвонились"]],
    ["video", ["видеоконференции", "видеосвязи"]],
    ["visit", ["визит", "визита", "визитом"]],
    ["visiting", ["посетил", "посетили"]],
    ["arrival", ["прибыл", "прибыли"]],
    ["receiving", ["принял", "приняла"]],
    ["holding", ["состоялась", "состоялся", "провели", "провёл"]],
    ["gathering", ["заседание", "совещание", "саммит", "саммита", "сессия"]],
    ["signing", ["подписали", "подписание"]],
    ["agreeing", ["согласовали"]],
    ["statement", ["заявление", "коммюнике"]],
  ] as const)("put the words of %s in their group", (group, forms) => {
    const words = eventWords(RU, group);
    for (const form of forms) expect(words.has(stemRussian(form)), form).toBe(true);
  });

  it("keep every key in one group only", () => {
    const seen = new Map<string, string>();
    for (const [group, words] of Object.entries(RU.events)) {
      for (const word of words) {
        expect(word).toBe(word.toLowerCase());
        expect(seen.get(word), `${word} in ${group} and ${seen.get(word)}`).toBeUndefined();
        seen.set(word, group);
      }
    }
  });

  it("leave out words whose stem is another common word's", () => {
    const all = new Set(Object.values(RU.events).flat());
    // "договорились" stems to "договор", the treaty of the CSTO's name; "прошли" to "прошл", last.
    expect(all.has(stemRussian("договорились"))).toBe(false);
    expect(all.has(stemRussian("прошлом"))).toBe(false);
  });
});
