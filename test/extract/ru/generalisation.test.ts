// Classes found on Russian releases of issuers the fixtures did not cover (the Security Council,
// the Federation Council, the Union State, the EAEU councils, the Ministry of Defence, governors):
// each rule with a release written for the test, and a case it must leave alone.
import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";

const ru = (text: string) => parseRelease(text, { language: "ru" });
const orgNames = (text: string) => ru(text).organizations.map((org) => org.name);

describe("organisations (Russian, unseen issuers)", () => {
  it("reads a name whose dash is part of it («государств – участников СНГ»)", () => {
    expect(orgNames("Сессия\n\nДепутаты приняли участие в пленарном заседании Межпарламентской Ассамблеи государств – участников СНГ.")).toEqual([
      "Interparliamentary Assembly of the Commonwealth of Independent States",
    ]);
    // The Commonwealth alone, after a dash that belongs to no name.
    expect(orgNames("Сессия\n\nПрошло заседание комиссии – участники обсудили работу СНГ.")).toEqual(["Commonwealth of Independent States"]);
  });

  it("leaves out a cabinet of ministers, as a government", () => {
    const release = ru("Встреча\n\nПредседатель Кабинета министров Кыргызской Республики провел встречу с делегацией Министерства экономики Кыргызской Республики.");
    expect(release.organizations.map((org) => org.name)).not.toContain("Cabinet of Ministers of Kyrgyzstan");
  });

  it("counts the Eurasian Economic Commission and its Board as themselves", () => {
    expect(orgNames("Совещание\n\nЧлены Коллегии Евразийской экономической комиссии обсудили с бизнесом таможенные процедуры Евразийского экономического союза.")).toEqual([
      "Eurasian Economic Commission",
      "Eurasian Economic Union",
    ]);
  });

  it("counts the General Staff as the Ministry of Defence, and names the Security Council as it does itself", () => {
    expect(orgNames("Совещание\n\nВ Министерстве обороны России прошло совещание, на котором выступил представитель Генерального штаба Вооружённых Сил Российской Федерации.")).toEqual([
      "Ministry of Defence of Russia",
    ]);
    expect(orgNames("Заседание\n\nВ Совете Безопасности Российской Федерации обсудили вопросы информационной безопасности.")).toEqual([
      "Security Council of the Russian Federation",
    ]);
  });
});

describe("roles (Russian, a rank between the post and the name)", () => {
  const roles = (text: string) => Object.fromEntries(ru(text).participants.map((person) => [person.name, person.role]));

  it("takes the post before a rank as the role, with or without a comma", () => {
    expect(roles("Переговоры министров обороны\n\n20 апреля в Москве Министр обороны Российской Федерации генерал армии Сергей Шойгу провёл переговоры с Министром обороны Республики Беларусь генерал-лейтенантом Виктором Хрениным.")).toEqual({
      "Sergei Shoigu": "Minister of Defence",
      "Viktor Khrenin": "Minister of Defence",
    });
  });

  it("keeps the rank when no post comes before it", () => {
    const release = ru("Встреча\n\n5 мая в Москве Сергей Шойгу встретился с генерал-лейтенантом Виктором Хрениным и обсудил подготовку учений.");
    expect(release.participants.find((person) => person.name === "Viktor Khrenin")?.role).toBe("Lieutenant General");
  });
});

describe("venue (Russian, unseen issuers)", () => {
  const venueOf = (text: string) => {
    const venue = ru(text).venue;
    return venue === null ? null : { city: venue.city, country: venue.country, name: venue.name };
  };

  it("reads a governor's seat", () => {
    expect(venueOf("Встреча губернатора\n\nГубернатор провёл в Смольном встречу с делегацией промышленников из Минска.")).toEqual({ city: "Saint Petersburg", country: "RU", name: "Smolny" });
  });

  it("leaves out a place in what was discussed or planned", () => {
    expect(venueOf("Встреча\n\nМинистр встретился с послом. Стороны обсудили строительство в Оше нового медицинского центра.")).toBeNull();
    expect(venueOf("Встреча\n\nМинистр встретился с послом и рассказал о планах провести весной в Узбекистане неделю кино.")).toBeNull();
    expect(venueOf("Встреча\n\nМинистр встретился с послом. Они обсудили выполнение договора, подписанного в Астане в прошлом году.")).toBeNull();
  });

  it("keeps a place right after the verb, or before it", () => {
    expect(venueOf("Консультации\n\nДелегации обсудили в Ташкенте вопросы торговли и транспорта.")).toEqual({ city: "Tashkent", country: "UZ", name: null });
    expect(venueOf("Консультации\n\nВ Ташкенте делегации обсудили строительство в Оше нового медицинского центра.")).toEqual({ city: "Tashkent", country: "UZ", name: null });
  });
});

describe("title (Russian, a ministry's «Пресс-релиз о ...» headline)", () => {
  it("takes a headline that opens with «Пресс-релиз о», and drops the label alone", () => {
    expect(ru("Пресс-релизы\nПресс-релиз о встрече Министра иностранных дел с Послом Италии\n5 мая 2022\nМинистр иностранных дел встретился с Послом Италии и обсудил торговлю.").title).toBe(
      "Пресс-релиз о встрече Министра иностранных дел с Послом Италии",
    );
    expect(ru("Пресс-релиз\nМинистр встретился с послом Италии\n5 мая 2022\nМинистр иностранных дел встретился с Послом Италии и обсудил торговлю.").title).toBe("Министр встретился с послом Италии");
  });
});

describe("participants (Russian, the head of a national body)", () => {
  it("gives the body a title names, and its state", () => {
    const release = ru("Встреча\n\n8 сентября в Москве Руководитель Россотрудничества Евгений Примаков встретился с делегацией учителей из Оша.");
    const primakov = release.participants.find((person) => person.name === "Yevgeny Primakov");
    expect(primakov).toMatchObject({ organization: "Rossotrudnichestvo", country: "RU" });
  });

  it("leaves a minister's organisation to the text", () => {
    const release = ru("Переговоры\n\n5 мая в Москве Министр иностранных дел Российской Федерации Сергей Лавров провёл переговоры с коллегой из Китая.");
    expect(release.participants.find((person) => person.name === "Sergey Lavrov")).toMatchObject({ organization: null, country: "RU" });
  });
});

describe("topics (Russian, the single market)", () => {
  it("reads the internal market as trade, in any case", () => {
    expect(ru("Заседание\n\nПремьер-министры обсудили устранение барьеров на внутреннем рынке союза.").topics).toContain("trade");
    expect(ru("Заседание\n\nРечь шла о функционировании единого рынка услуг.").topics).toContain("trade");
  });

  it("leaves a market of no trade alone", () => {
    expect(ru("Встреча\n\nСтороны обсудили рынок труда и подготовку кадров для энергетики.").topics).not.toContain("trade");
  });
});

describe("people (Russian, adjectival surnames and numbered names)", () => {
  const names = (text: string) => [...ru(text).participants, ...ru(text).mentionedPersons].map((person) => person.name);

  it("reads an adjectival surname after a given name even when a city shares its stem", () => {
    expect(names("Встреча\n\n10 июня в Москве депутат Государственной Думы Леонид Слуцкий встретился с делегацией парламентариев.")).toEqual(["Leonid Slutsky"]);
  });

  it("keeps a city's adjective that follows no given name", () => {
    expect(names("Поездка\n\nГубернатор Юрий Шулейко посетил Слуцкий район и осмотрел новую школу.")).toEqual(["Yury Shuleyko"]);
  });

  it("takes no name with a number in it for a person", () => {
    expect(names("Учения\n\nГенеральный секретарь ОДКБ Станислав Зась рассказал об учениях «Взаимодействие-2021» и «Поиск-2021».")).toEqual(["Stanislav Zas"]);
  });
});

describe("topics (Russian, pharmaceuticals)", () => {
  it("reads pharmaceuticals as health", () => {
    expect(ru("Переговоры\n\nМинистры обсудили сотрудничество в сфере фармацевтики и поставки лекарств.").topics).toContain("health");
    expect(ru("Переговоры\n\nМинистры обсудили сотрудничество в сфере энергетики.").topics).not.toContain("health");
  });
});
