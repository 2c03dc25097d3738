// Russian date expressions, in sentences written for these tests in the style of ministries and
// regional organisations; the meetings are invented.
import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../../src/index.js";
import { lexiconFor } from "../../../src/lexicon/index.js";
import { datePatternsFor, scanDates } from "../../../src/normalize/dates/patterns/index.js";
import { readDates } from "../../../src/normalize/dates/read.js";
import { dateTokensOfText } from "../../../src/normalize/dates/text-tokens.js";

const RU = lexiconFor("ru");
const REFERENCE = { referenceDate: "2021-06-16" };

/** Every mention of a text, as [text, value, endValue, kind]. */
function mentions(text: string, options: { referenceDate?: string | null } = REFERENCE): [string, string, string | null, string][] {
  return normalizeDate(text, options).map((mention) => [mention.text, mention.value, mention.endValue, mention.kind]);
}

/** The context of each date of a Russian text, as [date as written, context, rule, telling word]. */
function contexts(text: string): [string, string | null, string | null, string | null][] {
  const { tokens, dates, contexts: found } = readDates(dateTokensOfText(text, RU));
  return dates.map((date, index) => {
    const context = found[index] ?? null;
    return [text.slice(date.start, date.end), context?.context ?? null, context?.rule ?? null, context ? (tokens.get(context.token)?.text ?? null) : null];
  });
}

describe("Russian days and months", () => {
  it.each([
    ["Переговоры прошли 4 марта 2019 года в Бишкеке.", "4 марта 2019 года", "2019-03-04"],
    ["Документ подписан 4 марта 2019 г. в Бишкеке.", "4 марта 2019 г.", "2019-03-04"],
    ["Совещание назначено на 21.09.2020 и пройдёт в Ереване.", "21.09.2020", "2020-09-21"],
    ["Встреча министров состоялась 1 декабря 2018 года.", "1 декабря 2018 года", "2018-12-01"],
    ["Заседание прошло 9 мая 2015г. в Москве.", "9 мая 2015г.", "2015-05-09"],
    ["Совет собрался 12 янв. 2022 г. в Минске.", "12 янв. 2022 г.", "2022-01-12"],
  ])("%s", (text, written, value) => {
    expect(mentions(text)).toEqual([[written, value, null, "absolute"]]);
  });

  it("reads every case of a month, in lower case", () => {
    expect(mentions("Работа продолжалась в ноябре.")).toEqual([["ноябре", "2020-11", null, "month"]]);
    expect(mentions("Отчёт за ноябрь 2017 г. одобрен.")).toEqual([["ноябрь 2017 г.", "2017-11", null, "month"]]);
    expect(mentions("Проект завершат в начале июля 2022 года.")).toEqual([["начале июля 2022 года", "2022-07", null, "month"]]);
  });

  it("gives an implicit year from the reference day", () => {
    expect(mentions("Делегации встретились 14 июня.")).toEqual([["14 июня", "2021-06-14", null, "absolute"]]);
  });

  it("never reads a day after the month, as English writes it", () => {
    expect(mentions("В мае 12 делегаций подписали план.")).toEqual([["мае", "2021-05", null, "month"]]);
  });
});

describe("Russian ranges", () => {
  it.each([
    ["Учения пройдут 2-3 ноября 2021 года.", "2-3 ноября 2021 года", "2021-11-02", "2021-11-03"],
    ["Визит продлится с 7 по 9 июня 2021 года.", "с 7 по 9 июня 2021 года", "2021-06-07", "2021-06-09"],
    ["Форум работал 7–9 июня 2021 года в Душанбе.", "7–9 июня 2021 года", "2021-06-07", "2021-06-09"],
    ["Сессия шла с 30 ноября по 2 декабря 2020 года.", "с 30 ноября по 2 декабря 2020 года", "2020-11-30", "2020-12-02"],
    ["Курсы шли с 28 декабря 2020 года по 3 января 2021 года.", "с 28 декабря 2020 года по 3 января 2021 года", "2020-12-28", "2021-01-03"],
    ["Консультации прошли 10 и 11 марта 2021 года.", "10 и 11 марта 2021 года", "2021-03-10", "2021-03-11"],
  ])("%s", (text, written, value, endValue) => {
    expect(mentions(text)).toEqual([[written, value, endValue, "range"]]);
  });

  it("leaves a date alone when the day after a dash makes no range", () => {
    expect(mentions("Москва, 2 октября 2020 г. — 1 октября с.г. Председатель принял посла.")).toEqual([
      ["2 октября 2020 г.", "2020-10-02", null, "absolute"],
      ["1 октября с.г.", "2021-10-01", null, "absolute"],
    ]);
  });

  it("reads a range of years with its marker", () => {
    expect(mentions("Утверждена программа на 2022-2024 годы.")).toEqual([["2022-2024 годы", "2022", "2024", "range"]]);
    expect(mentions("План сотрудничества на 2019–2020 гг. принят.")).toEqual([["2019–2020 гг.", "2019", "2020", "range"]]);
  });
});

describe("Russian years counted from the reference", () => {
  it.each([
    ["Это стало главным итогом, достигнутым в текущем году.", "текущем году", "2021"],
    ["Объём торговли вырос в прошлом году.", "прошлом году", "2020"],
    ["Саммит соберётся в следующем году.", "следующем году", "2022"],
    ["Отчёт о работе т.г. представлен Совету.", "т.г.", "2021"],
  ])("%s", (text, written, value) => {
    expect(mentions(text)).toEqual([[written, value, null, "year"]]);
  });

  it.each([
    ["Переговоры прошли 3 февраля текущего года.", "3 февраля текущего года", "2021-02-03"],
    ["Переговоры прошли 3 февраля с.г.", "3 февраля с.г.", "2021-02-03"],
    ["Переговоры прошли 3 февраля т. г. в Москве.", "3 февраля т. г.", "2021-02-03"],
    ["Переговоры прошли 3 февраля сего года.", "3 февраля сего года", "2021-02-03"],
    ["Переговоры прошли 3 февраля прошлого года.", "3 февраля прошлого года", "2020-02-03"],
    ["Сессия прошла с 7 по 9 июня т.г. в Нур-Султане.", "с 7 по 9 июня т.г.", "2021-06-07"],
  ])("%s", (text, written, value) => {
    expect(mentions(text)[0]?.slice(0, 2)).toEqual([written, value]);
  });

  it("takes a year that the text gives when there is no reference", () => {
    expect(mentions("В 2019 году, 3 февраля с.г., прошли переговоры.", { referenceDate: null }).map((found) => found[1])).toEqual(["2019", "2019-02-03"]);
  });
});

describe("Russian relative days and weekdays", () => {
  it.each([
    ["Сегодня министры обсудили повестку.", "Сегодня", "2021-06-16"],
    ["Вчера состоялся телефонный разговор.", "Вчера", "2021-06-15"],
    ["Позавчера делегация прибыла в Минск.", "Позавчера", "2021-06-14"],
    ["Завтра откроется форум.", "Завтра", "2021-06-17"],
    ["Минувшей ночью границу пересекла колонна.", "Минувшей ночью", "2021-06-15"],
  ])("%s", (text, written, value) => {
    expect(mentions(text)).toEqual([[written, value, null, "relative"]]);
  });

  it("reads 'накануне' as the day before only where no noun follows it", () => {
    expect(mentions("Накануне в Минске прошли консультации.")).toEqual([["Накануне", "2021-06-15", null, "relative"]]);
    expect(mentions("Об этом министр сообщил накануне.")).toEqual([["накануне", "2021-06-15", null, "relative"]]);
    expect(mentions("Накануне состоялась встреча экспертов.")).toEqual([["Накануне", "2021-06-15", null, "relative"]]);
    expect(mentions("Накануне визита стороны обменялись посланиями.")).toEqual([]);
    expect(mentions("накануне Дня независимости")).toEqual([]);
  });

  it("reads a weekday in lower case after a preposition", () => {
    // 16 June 2021 was a Wednesday.
    expect(mentions("В среду министр принял посла.")).toEqual([["среду", "2021-06-16", null, "weekday"]]);
    expect(mentions("Во вторник делегации подписали план.")).toEqual([["вторник", "2021-06-15", null, "weekday"]]);
    expect(mentions("В прошлую пятницу прошли консультации.")).toEqual([["прошлую пятницу", "2021-06-11", null, "weekday"]]);
    expect(mentions("В следующий понедельник откроется сессия.")).toEqual([["следующий понедельник", "2021-06-21", null, "weekday"]]);
  });

  it("leaves the words that share a weekday's stem", () => {
    expect(mentions("Среди участников были эксперты, знающие среду региона.")).toEqual([]);
    expect(mentions("Охрана окружающей среды обсуждалась отдельно.")).toEqual([]);
  });

  it("merges a weekday with the date after it", () => {
    expect(mentions("В понедельник, 14 июня, стороны встретились.")).toEqual([["понедельник, 14 июня", "2021-06-14", null, "absolute"]]);
  });

  it("reads 'на прошлой неделе' as a month when the week lies in one", () => {
    expect(mentions("На прошлой неделе стороны провели консультации.")).toEqual([["На прошлой неделе", "2021-06", null, "month"]]);
  });
});

describe("the context of a Russian date", () => {
  it.each([
    ["Меморандум от 15 мая 1992 года остаётся в силе.", "document", "dated", "от"],
    ["Очередное заседание состоится 14 сентября 2021 года в Минске.", "future", "future-word", "состоится"],
    ["Стороны обсудили предстоящий 22 октября саммит.", "future", "future-word", "предстоящий"],
    ["Соглашение действует с 1 января 2020 года.", "bound", "bound-word", "с"],
    ["Работа продлится до 31 декабря 2021 года.", "bound", "bound-word", "до"],
    ["Стратегия рассчитана на период к 2030 году.", "bound", "bound-word", "к"],
    ["Отмечена годовщина подписания договора 25 мая 1992 года.", "anniversary", "anniversary-word", "годовщина"],
    ["Состоялись мероприятия к 30-летию договора, подписанного 15 мая 1992 года.", "anniversary", "anniversary-word", "летию"],
  ])("%s", (text, context, rule, word) => {
    expect(contexts(text)).toEqual([[expect.any(String), context, rule, word]]);
  });

  it("dates a jubilee summit as an event, and a proposal as one to come", () => {
    expect(contexts("Обсуждена подготовка к юбилейному саммиту в Бишкеке 14 октября текущего года.")[0]?.slice(1, 3)).toEqual(["future", "future-word"]);
    expect(contexts("В год 80-летия Победы министр предложил провести в следующем году форум.")[0]?.slice(1, 3)).toEqual(["future", "future-word"]);
  });

  it("lets an event verb claim a date after an anniversary word", () => {
    expect(contexts("В год 30-летия Содружества министры провели переговоры 5 июля 2021 года.")[0]?.[1]).toBeNull();
  });

  it("gives an explicit date in a participle's phrase to what the participle tells of", () => {
    expect(contexts("Стороны обсудили выполнение Декларации, подписанной президентами в Москве 22 февраля 2021 года.")).toEqual([
      ["22 февраля 2021 года", "recalled", "participle", "подписанной"],
    ]);
    expect(contexts("Члены Совета рассмотрели ход выполнения принятого 5 марта решения Комиссии.")[0]?.slice(1)).toEqual(["recalled", "participle", "принятого"]);
    expect(contexts("Эксперты обсудили реализацию договорённостей, достигнутых 5 марта 2021 года.")[0]?.slice(1)).toEqual(["recalled", "participle", "достигнутых"]);
    expect(contexts("Эксперты изучили текст Программы, утверждённой «на местах» 3 апреля 2021 года.")[0]?.slice(1)).toEqual(["recalled", "participle", "утверждённой"]);
  });

  it("leaves a finite verb, a day told from the release's date and a look-alike adjective to the event rules", () => {
    expect(contexts("Министры подписали 22 февраля 2021 года протокол о консультациях.")[0]?.[1]).toBeNull();
    expect(contexts("Соглашение, подписанное сегодня в Бишкеке, вступит в силу после ратификации.")[0]?.[1]).toBeNull();
    // A meeting being held may be the reported one.
    expect(contexts("В ходе встречи, прошедшей 10 марта 2021 года в Минске, министры обсудили сотрудничество.")[0]?.[1]).toBeNull();
    expect(contexts("Участники заседания, состоявшегося 10 марта 2021 года, обсудили сотрудничество.")[0]?.[1]).toBeNull();
    expect(contexts("Постоянный представитель Беларуси 3 марта 2021 года провёл встречу.")[0]?.[1]).toBeNull();
    expect(contexts("Глава собственной делегации 3 марта 2021 года провёл встречу.")[0]?.[1]).toBeNull();
    // A participle that a noun follows before the date qualifies that noun, not the date.
    expect(contexts("Подписанный протокол министры обсудили 3 марта 2021 года.")[0]?.[1]).toBeNull();
  });

  it("counts 'летие' as an anniversary only glued to a number", () => {
    expect(contexts("За десять лет сотрудничества, 5 июля 2021 года, стороны подписали план.")[0]?.[1]).toBeNull();
  });
});

describe("the Russian pattern set", () => {
  it("is its own, with the rules English order does not need", () => {
    const names = datePatternsFor("ru").map((pattern) => pattern.name);
    expect(names).toContain("ru-weekday");
    expect(names).toContain("month-year");
    expect(names).not.toContain("month-day");
    expect(datePatternsFor("xx")).toBe(datePatternsFor("en"));
  });

  it("names the parser of each reading", () => {
    const tokens = dateTokensOfText("2 ноября т.г., в среду, накануне в Москве", RU);
    expect(scanDates(tokens).map((found) => found.parser)).toEqual(["day-month", "ru-weekday", "ru-relative-day"]);
  });

  it("is chosen by the string's script or the language option", () => {
    expect(normalizeDate("2 ноября 2017 года")[0]?.value).toBe("2017-11-02");
    expect(normalizeDate("2 ноября 2017 года", { language: "en" })).toEqual([]);
    expect(() => normalizeDate("2 ноября 2017 года", { language: "de" as never })).toThrow(TypeError);
  });
});
