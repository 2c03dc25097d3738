// Russian releases written for these tests in the style of foreign ministries, presidents and
// regional organisations (datelines, page stamps, agencies, "с.г."); the meetings are invented.
import { describe, expect, it } from "vitest";
import { analyzeRelease, parseRelease } from "../../../src/index.js";

function dateOf(text: string, referenceDate: string | null = null): [string, string | null] | null {
  const date = parseRelease(text, { referenceDate }).date;
  return date ? [date.start, date.end] : null;
}

/** The mentions of a release, as [text, value, role, rule]. */
function rolesOf(text: string, referenceDate: string | null = null): [string, string, string | undefined, string | undefined][] {
  return (analyzeRelease(text, { referenceDate }).data.dateMentions ?? []).map((mention) => [mention.text, mention.value, mention.role?.name, mention.role?.rule]);
}

describe("the release's own date in Russian", () => {
  it("reads a dateline with a year marker, and counts 'Сегодня' from it", () => {
    const text = "Министры обсудили транзит\nАстана, 14 апреля 2022 года\nСегодня состоялась встреча министров транспорта двух стран.";
    expect(dateOf(text)).toEqual(["2022-04-14", null]);
    expect(rolesOf(text)).toEqual([
      ["14 апреля 2022 года", "2022-04-14", "publication", "dateline"],
      ["Сегодня", "2022-04-14", "event", "lead"],
    ]);
  });

  it("reads a dateline with 'г.' and a hyphenated city", () => {
    const text = "Консультации по визовым вопросам\nНур-Султан, 3 марта 2020 г.\nВчера в МИД прошли консультации консульских служб.";
    expect(dateOf(text)).toEqual(["2020-03-02", null]);
    expect(rolesOf(text)[0]).toEqual(["3 марта 2020 г.", "2020-03-03", "publication", "dateline"]);
  });

  it("reads a dateline whose agency follows in slashes", () => {
    const text = "Главы МИД обсудили сотрудничество\nОШ, 12 октября /Агентство «Восток»/. 11 октября состоялась встреча министров иностранных дел.";
    expect(dateOf(text, "2019-10-12")).toEqual(["2019-10-11", null]);
    const numeric = "Главы МИД обсудили сотрудничество\nДУШАНБЕ, 12.10.2019 /НИА «Запад»/. 11 октября в Душанбе прошли переговоры министров иностранных дел.";
    expect(dateOf(numeric)).toEqual(["2019-10-11", null]);
  });

  it("reads a stamp with a time of day", () => {
    const text = "Телефонный разговор с Президентом Армении\n05.03.2021 15:40\nСостоялся телефонный разговор глав двух государств.";
    expect(dateOf(text)).toEqual(["2021-03-05", null]);
    expect(analyzeRelease(text).data.dateMentions?.[0]?.kind).toBe("timestamp");
  });

  it("reads a stamp with a label", () => {
    const text = "Заседание Совета\nДата публикации: 20.11.2019\nСостоялось заседание Совета постоянных представителей.";
    expect(dateOf(text)).toEqual(["2019-11-20", null]);
  });
});

describe("the event's date in Russian", () => {
  it("takes the first day of the lead, not a document's or a bound's", () => {
    const text = "Переговоры в Бишкеке\n9 сентября 2021 года в Бишкеке министры обсудили выполнение Соглашения от 10 октября 2019 года, действующего с 1 января 2020 года.";
    expect(rolesOf(text).map((mention) => mention.slice(2))).toEqual([
      ["event", "lead"],
      ["document", "dated"],
      ["bound", "bound-word"],
    ]);
  });

  it("sets aside an anniversary and an announced meeting, a comma between dates making no list", () => {
    const text =
      "Встреча секретарей советов безопасности\nВ рамках мероприятий к 30-летию подписания договора 15 мая 1992 года, 4 июня текущего года в Ереване прошла встреча секретарей. Следующая встреча состоится 10 сентября.";
    expect(dateOf(text, "2022-06-05")).toEqual(["2022-06-04", null]);
  });

  it("announces a meeting to come when nothing else is reported", () => {
    const text = "Анонс\nСаммит глав государств пройдёт 25 ноября в Самарканде.";
    expect(dateOf(text, "2022-11-10")).toEqual(["2022-11-25", null]);
  });

  it("reads a range of the lead with 'т.г.'", () => {
    const text = "Официальный визит министра\nС 12 по 14 мая т.г. Министр иностранных дел находится с официальным визитом в Монголии.";
    expect(dateOf(text, "2023-05-13")).toEqual(["2023-05-12", "2023-05-14"]);
  });

  it("takes the year of 'с.г.' from an anniversary the text counts", () => {
    const text = "Встреча в штаб-квартире\n18 марта с.г. состоялась встреча, посвящённая подготовке к 75-летию Победы в Великой Отечественной войне.";
    expect(dateOf(text)).toEqual(["2020-03-18", null]);
    expect(analyzeRelease(text).messages.find((message) => message.ruleId === "date:year-inferred")?.note).toContain("1945 + 75");
  });

  it("reads a dateline that a dash and another day follow", () => {
    const text = "Встреча с послом\n\nМосква, 2 октября 2020 г. — 1 октября с.г. Председатель Комитета принял Чрезвычайного и Полномочного Посла.";
    expect(dateOf(text)).toEqual(["2020-10-01", null]);
  });

  it("reads 'накануне' from the release's date", () => {
    const text = "Заявление для прессы\nМинск, 2 июля 2021 года\nНакануне в Минске состоялась встреча экспертов.";
    expect(dateOf(text)).toEqual(["2021-07-01", null]);
  });

  it("reads a weekday from the release's date", () => {
    // 2 July 2021 was a Friday.
    const text = "Итоги недели\nМинск, 2 июля 2021 года\nВо вторник делегации провели переговоры в Минске.";
    expect(dateOf(text)).toEqual(["2021-06-29", null]);
  });
});

describe("a visit told day by day", () => {
  const text =
    "Государственный визит Президента завершился\nАШХАБАД, 22 мая. Государственный визит Президента в Казахстан завершился.\n" +
    "20 мая Президент провёл переговоры в Астане.\n21 мая состоялась встреча с представителями деловых кругов.\n22 мая глава государства отбыл на Родину.";

  it("runs from its first day to its last", () => {
    expect(dateOf(text, "2021-05-22")).toEqual(["2021-05-20", "2021-05-22"]);
    expect(rolesOf(text, "2021-05-22").map((mention) => mention[3])).toEqual(["dateline", "lead", "visit-days", "visit-days"]);
  });

  it("stops at a day that is not the next", () => {
    const gap = text.replace("21 мая состоялась", "27 апреля состоялась");
    expect(dateOf(gap, "2021-05-22")).toEqual(["2021-05-20", null]);
  });

  it("is no range in a release that reports no visit", () => {
    const meeting = text.replaceAll("Государственный визит", "Работа");
    expect(dateOf(meeting, "2021-05-22")).toEqual(["2021-05-20", null]);
  });
});

describe("Russian releases without a date", () => {
  it("gives none when the text has none", () => {
    expect(dateOf("Встреча министров\nСостоялась встреча министров иностранных дел.")).toBeNull();
  });

  it("gives none for 'накануне' before a noun", () => {
    expect(dateOf("Встреча министров\nНакануне саммита состоялась встреча министров иностранных дел.", "2021-06-16")).toBeNull();
  });
});
