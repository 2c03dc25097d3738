// Classes found on a batch of Russian releases from issuers the fixtures had not covered (a
// foreign ministry of Central Asia, a permanent mission, the emergencies ministry, a regional
// governor, an inter-parliamentary assembly, a security council, a government): each rule with
// short releases written for the test, and a case it must leave alone.
import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";

const ru = (text: string) => parseRelease(text, { language: "ru" });
const orgs = (text: string) => ru(text).organizations.map((org) => [org.name, org.acronym ?? null]);

describe("ministries with a portfolio of several subjects (Russian)", () => {
  it("reads subjects listed with commas and «и» as one ministry", () => {
    expect(orgs("Переговоры\n\nВ Ташкенте прошли консультации с делегацией Министерства инвестиций, промышленности и торговли Республики Узбекистан.")).toEqual([
      ["Ministry of Investment, Industry and Trade of the Republic of Uzbekistan", null],
    ]);
    expect(orgs("Визит\n\nДелегация Министерства энергетики и водных ресурсов Таджикистана посетила Минск.")).toEqual([
      ["Ministry of Energy and Water Resources of the Republic of Tajikistan", null],
    ]);
    expect(orgs("Встреча\n\nПредставители Министерства промышленности Республики Беларусь обсудили поставки техники.")).toEqual([
      ["Ministry of Industry of the Republic of Belarus", null],
    ]);
  });

  it("keeps two ministries joined by «и» apart", () => {
    expect(orgs("Совещание\n\nВ совещании участвовали представители Министерства обороны Республики Армения и Министерства иностранных дел Республики Армения.")).toEqual([
      ["Ministry of Defence of the Republic of Armenia", null],
      ["Ministry of Foreign Affairs of the Republic of Armenia", null],
    ]);
  });

  it("counts the Customs Union among the bodies a list names", () => {
    expect(orgs("Встреча\n\nМинистры обсудили сотрудничество в рамках таких объединений, как СНГ, ОДКБ и ТС.")).toContainEqual(["Customs Union", "CU"]);
  });

  it("gives the Russian emergencies ministry its English acronym", () => {
    expect(orgs("Учения\n\nСпасатели МЧС России провели учения в Подмосковье.")).toEqual([["Ministry of Emergency Situations of Russia", "EMERCOM"]]);
  });
});

describe("roles of women (Russian)", () => {
  const roles = (text: string) => Object.fromEntries(ru(text).participants.map((person) => [person.name, person.role]));

  it("writes «Председатель» as Chairman whoever holds it", () => {
    expect(roles("Встреча\n\n3 марта в Ташкенте Председатель Сената Олий Мажлиса Республики Узбекистан Танзила Нарбаева провела встречу с делегацией.")).toEqual({
      "Tanzila Narbaeva": "Chairman of the Senate of the Oliy Majlis",
    });
    expect(roles("Встреча\n\n5 мая в Минске Председатель Совета Республики Наталья Кочанова приняла делегацию парламентариев.")).toEqual({
      "Natalya Kochanova": "Chairman of the Council of the Republic",
    });
  });
});

describe("laws adopted (Russian agreements)", () => {
  const agreements = (text: string) => ru(text).agreements.map((agreement) => agreement.kind);

  it("reads laws and bills adopted as adopted", () => {
    expect(agreements("Сессия\n\n15 апреля в Санкт-Петербурге прошло пленарное заседание Ассамблеи. Парламентарии приняли девять модельных законов.")).toEqual(["adopted"]);
    expect(agreements("Заседание\n\n20 мая в Бишкеке прошло заседание. Депутаты приняли законопроект о государственной границе.")).toEqual(["adopted"]);
  });

  it("leaves taking part in the discussion of a bill alone", () => {
    expect(agreements("Заседание\n\n20 мая в Бишкеке прошло заседание. Депутаты приняли участие в обсуждении законопроекта.")).toEqual([]);
  });
});

describe("venue in a body's premises (Russian)", () => {
  const venueOf = (text: string) => {
    const venue = ru(text).venue;
    return venue === null ? null : [venue.city, venue.country, venue.name];
  };

  it("reads through «в здании», «в стенах» to the body", () => {
    expect(venueOf("Встреча\n\n4 апреля в здании МИД Туркменистана министр принял посла Италии.")).toEqual(["Ashgabat", "TM", "Ministry of Foreign Affairs of Turkmenistan"]);
    expect(venueOf("Переговоры\n\n18 мая в стенах Министерства обороны Республики Беларусь прошли переговоры министров обороны.")).toEqual([
      "Minsk",
      "BY",
      "Ministry of Defence of the Republic of Belarus",
    ]);
    expect(venueOf("Встреча\n\nВ ходе встречи, состоявшейся 2 июня в здании Секретариата ОДКБ, стороны обсудили сотрудничество.")).toEqual(["Moscow", "RU", "CSTO Secretariat"]);
  });
});

describe("people of an earlier event whose agreements are recalled (Russian)", () => {
  const split = (text: string) => {
    const release = ru(text);
    return { participants: release.participants.map((person) => person.name), mentioned: release.mentionedPersons.map((person) => person.name) };
  };

  it("counts the head of state of an earlier visit as mentioned", () => {
    expect(
      split(
        "Переговоры премьер-министров\n\n21 апреля в Минске Премьер-министр Республики Беларусь Роман Головченко провел переговоры с Премьер-министром Республики Узбекистан Абдуллой Ариповым. Стороны обсудили выполнение договоренностей, достигнутых во время визита Президента Республики Беларусь Александра Лукашенко в Ташкент.",
      ),
    ).toEqual({ participants: ["Roman Golovchenko", "Abdulla Aripov"], mentioned: ["Alexander Lukashenko"] });
  });

  it("leaves a speaker who recalls the agreements a participant", () => {
    expect(
      split("Встреча\n\n12 мая в Бишкеке Садыр Жапаров принял делегацию. Садыр Жапаров отметил, что достигнутые договоренности выполняются."),
    ).toEqual({ participants: ["Sadyr Japarov"], mentioned: [] });
  });
});

describe("topics (Russian, unseen issuers)", () => {
  const topics = (text: string) => ru(text).topics;

  it("reads preventive diplomacy as crisis response and training specialists as education", () => {
    expect(topics("Встреча\n\nСтороны обсудили работу Центра в сфере превентивной дипломатии.")).toEqual(["crisis-response"]);
    expect(topics("Встреча\n\nМинистр предложил продолжить обучение молодых специалистов в российских академиях.")).toEqual(["education"]);
  });

  it("reads a region known by its conflict as crisis response", () => {
    expect(topics("Разговор\n\nЛидеры обсудили вопросы Нагорного Карабаха.")).toEqual(["crisis-response"]);
    expect(topics("Разговор\n\nСтороны говорили о Донбассе.")).toEqual(["crisis-response"]);
  });

  it("reads no subject into the name of the emergencies ministry's crisis centre", () => {
    expect(topics("Переговоры\n\nВ Национальном центре управления в кризисных ситуациях министры обсудили ликвидацию последствий землетрясений.")).toEqual([
      "environment",
    ]);
  });

  it("reads no subject into a police rank", () => {
    expect(topics("Встреча\n\nВ Душанбе генерал-полковник полиции Иван Петров встретился с коллегами и обсудил противодействие терроризму.")).toEqual(["terrorism"]);
    // The police as a subject still counts.
    expect(topics("Встреча\n\nСтороны обсудили реформу полиции.")).toEqual(["law-enforcement"]);
  });
});

describe("national bodies named without their state (Russian)", () => {
  it("reads «Совет Безопасности» on a page of Russian bodies as Russia's", () => {
    expect(
      orgs("Совещание\n\nПрезидент провел совещание с постоянными членами Совета Безопасности. В нём участвовали Председатель Совета Федерации и директор ФСБ России."),
    ).toEqual([
      ["Federation Council", null],
      ["Federal Security Service", "FSB"],
      ["Security Council of the Russian Federation", null],
    ]);
    expect(orgs("Встреча\n\nВ Астане Руководитель Администрации Президента принял депутатов Мажилиса Парламента Республики Казахстан.")).toContainEqual([
      "Presidential Administration of Kazakhstan",
      null,
    ]);
  });

  it("leaves the UN's Security Council and a page of no national body alone", () => {
    expect(orgs("Заседание\n\nМИД России прокомментировал резолюцию Совета Безопасности по Ливии.")).toEqual([["Ministry of Foreign Affairs of Russia", null]]);
    expect(orgs("Заседание\n\nВ Нью-Йорке прошло заседание Совета Безопасности.")).toEqual([]);
  });
});

describe("Kremlin datelines and residences (Russian)", () => {
  const venueOf = (text: string) => {
    const venue = ru(text).venue;
    return venue === null ? null : [venue.city, venue.country];
  };

  it("reads a dateline in capitals with its region, and the residence at Gorki", () => {
    expect(venueOf("ЛЕНИНГРАДСКАЯ ОБЛАСТЬ, СТРЕЛЬНА. Встреча с губернатором.\nПрезидент провел рабочую встречу с губернатором области.")).toEqual(["Strelna", "RU"]);
    expect(venueOf("Совещание\n\nПрезидент провел в Горках совещание с членами Правительства.")).toEqual(["Gorki", "RU"]);
  });

  it("leaves a headline in capitals with no place alone", () => {
    expect(venueOf("ЗАЯВЛЕНИЕ ДЛЯ ПРЕССЫ. Министры обсудили сотрудничество.")).toBeNull();
  });
});

describe("UN regional commissions (Russian)", () => {
  it("counts ESCAP as the United Nations", () => {
    expect(orgs("Видеоконференция\n\nГенеральный секретарь ШОС провел видеоконференцию с Исполнительным секретарем ЭСКАТО.")).toEqual([
      ["Shanghai Cooperation Organisation", "SCO"],
      ["United Nations", "UN"],
    ]);
  });
});

describe("dates and places of earlier meetings and documents (Russian)", () => {
  const read = (text: string) => {
    const release = ru(text);
    return { date: release.date?.start ?? null, city: release.venue?.city ?? null };
  };

  it("reads the results of a meeting held earlier as recalled", () => {
    expect(read("Встреча министров\n\nМинистры обсудили итоги состоявшегося 5 марта заседания Совета. Встреча прошла 12 марта 2024 года в Москве.")).toEqual({
      date: "2024-03-12",
      city: "Moscow",
    });
    expect(read("Встреча\n\nВ Москве прошла встреча. Стороны подвели итоги прошедшего 5 марта 2024 года заседания Совета.").date).toBeNull();
  });

  it("keeps the meeting whose results open the outcome («По итогам состоявшегося ...»)", () => {
    expect(read("Заседание\n\nПо итогам состоявшегося 5 марта 2024 года в Минске заседания Совета министры подписали протокол.")).toEqual({
      date: "2024-03-05",
      city: "Minsk",
    });
  });

  it("reads a sentence-opening participle phrase closed by its document as recalled, date and place", () => {
    expect(read("Встреча\n\nПринятая в Астане 4 июля 2023 года Декларация стала основой сотрудничества, отметили министры на встрече.")).toEqual({
      date: null,
      city: null,
    });
    // A participle right before its noun leaves the date to the event.
    expect(read("Заседание\n\nПодписанный протокол министры обсудили 3 марта 2024 года в Минске.").date).toBe("2024-03-03");
  });

  it("leaves a guest who arrived at the event's city its venue", () => {
    expect(read("Визит\n\n12 марта 2024 года Президент Узбекистана, прибывший в Москву с официальным визитом, провел переговоры.").city).toBe("Moscow");
  });
});

describe("page links to other articles (Russian)", () => {
  it("drops a «Читайте также: ...» line and keeps what follows it", () => {
    const release = ru(
      "Встреча\n\n5 мая 2023 года в Бишкеке министры обсудили торговлю.\nЧитайте также: Депутаты приняли закон о бюджете\nСтороны договорились провести консультации.",
    );
    expect(release.agreements.map((agreement) => agreement.text)).toEqual(["Стороны договорились провести консультации."]);
    expect(release.topics).not.toContain("finance");
  });
});

describe("places told of (Russian venue)", () => {
  it("leaves a place in what an envoy told of to the subject", () => {
    const release = ru("О встрече\n\nВ минувший понедельник Посол России встретился с Министром образования. Посол рассказал о работе Российского дома в Душанбе.");
    expect(release.venue?.city ?? null).toBeNull();
  });
});

describe("parliaments named by their own name (Russian)", () => {
  it("names the Jogorku Kenesh as itself and gives its Speaker the state", () => {
    const release = ru("Переговоры\n\n2 ноября 2023 года Торага Жогорку Кенеша Кыргызской Республики Нурланбек Шакиев провел переговоры с делегацией.");
    expect(release.organizations.map((org) => org.name)).toEqual(["Jogorku Kenesh"]);
    expect(release.participants.map((person) => [person.organization, person.country])).toEqual([["Jogorku Kenesh", "KG"]]);
  });
});

describe("envoys and visitors (Russian roles)", () => {
  const people = (text: string) => ru(text).participants.map((person) => [person.name, person.organization, person.country]);

  it("gives an ambassador in a state no organisation the sentence names", () => {
    expect(people("Встреча\n\n12 мая 2022 года Генеральный секретарь ШОС Чжан Мин провел встречу с Послом Республики Армения в Китае Ваге Геворгяном.")).toEqual([
      ["Zhang Ming", "SCO", null],
      ["Vage Gevorgyan", null, "AM"],
    ]);
    // An envoy to the organisation keeps it.
    expect(people("Встреча\n\n12 мая 2022 года Генеральный секретарь ОДКБ принял Постоянного представителя Республики Армения при ОДКБ Ваге Геворгяна.")).toContainEqual([
      "Vage Gevorgyan",
      "CSTO",
      "AM",
    ]);
  });

  it("does not give a title the country of a visit before it", () => {
    const release = ru("Встреча\n\n13 сентября 2023 года в ходе рабочего визита в Республику Таджикистан Руководитель Антитеррористического центра СНГ Евгений Сысоев встретился с коллегами.");
    expect(release.participants.map((person) => person.country)).toEqual([null]);
    expect(ru("Встреча\n\n5 мая 2023 года в Москве российский министр Сергей Лавров встретился с коллегой.").participants.map((person) => person.country)).toEqual(["RU"]);
  });
});

describe("heads of delegations (Russian participation)", () => {
  it("counts who led each delegation as a participant", () => {
    const release = ru(
      "Консультации\n\n26 сентября 2023 года в Бишкеке прошли консультации заместителей министров иностранных дел. Российскую делегацию возглавлял заместитель Министра иностранных дел Российской Федерации Иван Петров, казахстанскую – заместитель Министра иностранных дел Республики Казахстан Ерлан Сапаров.",
    );
    expect(release.participants.map((person) => person.country)).toEqual(["RU", "KZ"]);
    expect(release.mentionedPersons).toEqual([]);
  });
});

describe("a dateline run into the lead (Russian dates)", () => {
  it("reads «Город, дата г.» before the lead's first word as the dateline, and tells a weekday from it", () => {
    expect(ru("Встреча\n\nТашкент, 15 апреля 2024 г. В минувший четверг министр принял Посла Японии.").date?.start).toBe("2024-04-11");
    expect(ru("Встреча\n\nТашкент, 15 апреля 2024 г. Министр принял Посла Японии.").date?.start).toBe("2024-04-15");
  });
});

describe("the head of Tatarstan and his seat (Russian)", () => {
  it("reads «Раис» as a title, not a name, and the Kazan Kremlin as a place in Kazan", () => {
    const release = ru(
      "Встреча с делегацией\n\nКазань. Вчера в Казанском Кремле Раис Республики Татарстан Рустам Минниханов принял делегацию провинции Анхой. Раис Татарстана рассказал гостям об экономике республики.",
    );
    expect(release.venue).toMatchObject({ city: "Kazan", country: "RU" });
    expect(release.participants.map((person) => [person.name, person.role])).toEqual([["Rustam Minnikhanov", "Rais of the Republic of Tatarstan"]]);
  });
});

describe("gazetteer names whatever the page's dash, and central banks (Russian)", () => {
  it("matches a name written with an em dash where the gazetteer has an en dash", () => {
    expect(orgs("Сессия\n\nДепутаты обсудили работу Межпарламентской Ассамблеи государств — участников СНГ.")).toEqual([
      ["Interparliamentary Assembly of the Commonwealth of Independent States", "IPA CIS"],
    ]);
  });

  it("names central banks by the English names they use", () => {
    expect(orgs("Встреча\n\nПредседатель Банка России провела встречу с руководством Национального банка Кыргызской Республики.").map(([name]) => name)).toEqual([
      "Bank of Russia",
      "National Bank of the Kyrgyz Republic",
    ]);
  });
});
