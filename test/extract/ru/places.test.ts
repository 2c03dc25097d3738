import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";

const ru = (text: string) => parseRelease(text, { language: "ru" });
const venueOf = (text: string) => {
  const venue = ru(text).venue;
  return venue === null ? null : { city: venue.city, country: venue.country };
};
const orgsOf = (text: string) => ru(text).organizations.map((org) => ({ name: org.name, acronym: org.acronym }));

describe("venue (Russian)", () => {
  it("reads a city in any case after «в», with or without «г.»", () => {
    expect(venueOf("Министры провели переговоры\n\n12 марта в Ереване министры обсудили вопросы сотрудничества двух стран.")).toEqual({ city: "Yerevan", country: "AM" });
    expect(venueOf("Встреча министров\n\n3 апреля в г. Алматы прошла встреча министров обороны двух государств.")).toEqual({ city: "Almaty", country: "KZ" });
    expect(venueOf("Встреча министров\n\n3 апреля в г.Бишкеке прошла встреча министров юстиции двух государств.")).toEqual({ city: "Bishkek", country: "KG" });
  });

  it("reads the city of a cosmodrome after «на», and no place after «на» elsewhere", () => {
    expect(venueOf("Встреча на Байконуре\n\nВо вторник на космодроме Байконур глава агентства осмотрел стартовый комплекс вместе с министром.")).toEqual({ city: "Baikonur", country: "KZ" });
    expect(venueOf("Переговоры\n\nНа заседании комиссии министры обсудили вопросы энергетики.")).toBeNull();
  });

  it("gives a ministry its capital and a seat its city", () => {
    expect(venueOf("Консультации\n\n5 мая в Министерстве иностранных дел Республики Узбекистан прошли консультации делегаций.")).toEqual({ city: "Tashkent", country: "UZ" });
    expect(venueOf("Встреча\n\n7 июня в Секретариате ОДКБ Генеральный секретарь принял делегацию экспертов.")).toEqual({ city: "Moscow", country: "RU" });
    expect(venueOf("Переговоры\n\n9 июня Президент провёл во Дворце Независимости переговоры с гостем из Вьетнама.")).toEqual({ city: "Minsk", country: "BY" });
  });

  it("prefers the event phrase to the dateline, and reads a dateline alone", () => {
    expect(venueOf("Главы МИД обсудили сотрудничество\n\nМинск, 2 августа\n\n1 августа в Ташкенте главы внешнеполитических ведомств двух стран провели переговоры.")).toEqual({ city: "Tashkent", country: "UZ" });
    expect(venueOf("Главы МИД обсудили сотрудничество\n\nМинск, 2 августа\n\nГлавы внешнеполитических ведомств двух стран провели переговоры и обсудили торговлю.")).toEqual({ city: "Minsk", country: "BY" });
  });

  it("leaves out another event's place, a subject's place and an envoy's post", () => {
    expect(venueOf("Встреча\n\nСтороны обсудили подготовку к предстоящему в Душанбе заседанию Совета министров иностранных дел.")).toBeNull();
    expect(venueOf("Встреча\n\nМинистр принял Посла Японии в Казахстане и обсудил с ним ситуацию в Афганистане.")).toBeNull();
  });

  it("reads a capital named by its country, a place visited, an embassy and a place line", () => {
    expect(venueOf("Визит\n\n2 мая в столице Таджикистана министры подписали протокол о сотрудничестве.")).toEqual({ city: "Dushanbe", country: "TJ" });
    expect(venueOf("Визит министра\n\n2 мая министр обороны посетил Ашхабад и провёл переговоры с коллегой.")).toEqual({ city: "Ashgabat", country: "TM" });
    expect(venueOf("Приём\n\n2 мая в Посольстве Казахстана в Турции прошёл приём по случаю праздника.")).toEqual({ city: "Ankara", country: "TR" });
    expect(venueOf("Переговоры президентов\n\n11 мая 2023 года 12:00 Москва, Кремль\n\nПрезиденты обсудили вопросы торговли и энергетики.")).toEqual({ city: "Moscow", country: "RU" });
  });

  it("puts a ministry of no named state in the capital of the state the text names", () => {
    const release = ru("Консультации\n\nАстана, 5 мая\n\n4 мая в Министерстве иностранных дел прошли консультации делегаций двух стран по визовым вопросам.");
    expect(release.venue).toMatchObject({ city: "Astana", country: "KZ", name: "Ministry of Foreign Affairs" });
  });

  it("gives a call no venue", () => {
    expect(venueOf("Телефонный разговор\n\nМинск, 2 августа\n\nПрезиденты провели телефонный разговор и обсудили вопросы торговли.")).toBeNull();
  });
});

describe("format (Russian)", () => {
  const formatOf = (text: string) => ru(text).format;
  it("reads calls, videoconferences and meetings in person", () => {
    expect(formatOf("Состоялся телефонный разговор\n\nПрезиденты обсудили по телефону ход подготовки к саммиту.")).toBe("phone");
    expect(formatOf("Заседание Совета\n\nЗаседание Совета прошло в режиме видеоконференции под председательством Армении.")).toBe("video");
    expect(formatOf("Встреча\n\n4 марта в Москве министры провели встречу и обсудили вопросы сотрудничества.")).toBe("in-person");
  });

  it("leaves a coming event's format to that event", () => {
    const text = "Встреча\n\n4 марта в Минске министры провели встречу и обсудили вопросы сотрудничества.\nОни обсудили саммит, который пройдёт в режиме видеоконференции в мае.";
    expect(formatOf(text)).toBe("in-person");
    expect(venueOf(text)).toEqual({ city: "Minsk", country: "BY" });
  });
});

describe("organisations (Russian)", () => {
  it("reads acronyms and names in any case to English", () => {
    expect(orgsOf("Встреча\n\nГенеральный секретарь Организации Договора о коллективной безопасности встретился с представителями СНГ и ШОС.")).toEqual([
      { name: "Collective Security Treaty Organization", acronym: "CSTO" },
      { name: "Commonwealth of Independent States", acronym: "CIS" },
      { name: "Shanghai Cooperation Organisation", acronym: "SCO" },
    ]);
  });

  it("names a state's ministry by the form the text uses, and an embassy by its states", () => {
    expect(orgsOf("Консультации\n\nДелегация МИД России провела консультации с коллегами из Министерства иностранных дел Республики Армения.").map((org) => org.name)).toEqual([
      "Ministry of Foreign Affairs of Russia",
      "Ministry of Foreign Affairs of the Republic of Armenia",
    ]);
    expect(orgsOf("Встреча\n\nМинистр принял руководителя Посольства Франции в Республике Казахстан.").map((org) => org.name)).toEqual(["Embassy of France in Kazakhstan"]);
  });

  it("counts one ministry once, whatever form names it", () => {
    expect(orgsOf("Консультации\n\nМинистерство иностранных дел Российской Федерации сообщило о консультациях. Позже МИД России опубликовал заявление.").map((org) => org.name)).toEqual([
      "Ministry of Foreign Affairs of the Russian Federation",
    ]);
  });

  it("counts a force as its organisation, and leaves its mission to the topics", () => {
    const release = ru("Встреча\n\nМинистры обсудили развитие Коллективных миротворческих сил ОДКБ и их подготовку к учениям.");
    expect(release.organizations.map((org) => org.acronym)).toEqual(["CSTO"]);
    expect(release.topics).toContain("peacekeeping");
  });

  it("counts no government as a whole", () => {
    expect(orgsOf("Встреча\n\nПравительство Российской Федерации и ЕАЭС подписали меморандум.").map((org) => org.acronym)).toEqual(["EAEU"]);
  });
});

describe("title (Russian)", () => {
  const titleOf = (text: string) => ru(text).title;
  it("keeps a place line in capitals glued before the headline", () => {
    expect(titleOf("ЛЕНИНГРАДСКАЯ ОБЛАСТЬ, ВЫБОРГ. Встреча с губернатором области.\nПрезидент обсудил с губернатором развитие портов и дорог региона.")).toBe(
      "ЛЕНИНГРАДСКАЯ ОБЛАСТЬ, ВЫБОРГ. Встреча с губернатором области.",
    );
  });

  it("passes over the issuer's name above the headline", () => {
    expect(titleOf("Исполнительный комитет Содружества Независимых Государств\nСодружество в меняющемся мире: итоги года\nИсполнительный секретарь рассказал об итогах года и о планах Содружества на следующий год.")).toBe(
      "Содружество в меняющемся мире: итоги года",
    );
  });
});

describe("people and the Russian organisations (Russian)", () => {
  it("gives a minister named by «глава МИД» his state, not the ministry as his organisation", () => {
    const person = ru("Переговоры\n\n3 мая глава МИД Узбекистана Бахтиёр Саидов провёл переговоры с коллегой из Ирана.").participants[0];
    expect(person).toMatchObject({ organization: null, country: "UZ" });
  });
});
