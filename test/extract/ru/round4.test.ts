// Classes found on a fourth batch of Russian releases from unseen issuers (a regional
// government, a city hall, a national ministry of transport, of education and of health, a
// parliament's upper chamber): each rule with short releases written for the test, and a
// case it must leave alone.
import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";

const ru = (text: string) => parseRelease(text, { language: "ru", referenceDate: "2024-06-01" });
const people = (text: string) => ru(text).participants.map((person) => [person.name, person.role, person.country]);

describe("regional heads of one state's offices (Russian)", () => {
  it("reads «аким» in any case, and an akim as Kazakhstan's", () => {
    expect(people("Встреча\n\n4 июня в Самаре Губернатор Самарской области Дмитрий Азаров провел встречу с акимом Западно-Казахстанской области Нариманом Турегалиевым.")).toContainEqual([
      "Nariman Turegaliyev",
      "Akim of West Kazakhstan Region",
      "KZ",
    ]);
    expect(people("Переговоры\n\n4 июня в Уральске аким Западно-Казахстанской области Нариман Турегалиев принял делегацию Саратовской области.")).toEqual([["Nariman Turegaliyev", "Akim of West Kazakhstan Region", "KZ"]]);
  });

  it("reads a hokim as Uzbekistan's", () => {
    expect(people("Визит\n\n10 мая в Казани Раис Татарстана встретился с хокимом Самаркандской области Эркинжоном Турдимовым.")).toContainEqual(["Erkinzhon Turdimov", "Hokim of Samarkand Region", "UZ"]);
  });

  it("names the city or the region a local head's title governs", () => {
    expect(people("Встреча\n\n4 июня в Самаре Губернатор Самарской области Вячеслав Федорищев принял делегацию.")).toEqual([["Vyacheslav Fedorishchev", "Governor of Samara Oblast", "RU"]]);
    expect(people("Встреча\n\n4 июня в Казани Мэр Казани Ильсур Метшин принял делегацию.")).toEqual([["Ilsur Metshin", "Mayor of Kazan", "RU"]]);
  });

  it("reads a rank in the instrumental as a rank, not a name", () => {
    const names = ru("Встреча\n\n4 июня в Минске Министр обороны Виктор Хренин встретился с генералом Иваном Петровым.").participants.map((person) => person.name);
    expect(names).toContain("Ivan Petrov");
    expect(names.some((name) => name.includes("General"))).toBe(false);
  });
});

describe("universities and institutes (Russian)", () => {
  const orgs = (text: string) => ru(text).organizations.map((org) => [org.name, org.acronym ?? null]);

  it("renders a school named by a city's adjective, its kind and its noun, in any case", () => {
    expect(orgs("Встреча\n\n12 марта в Самаре ректор Самарского государственного технического университета принял делегацию.")).toEqual([
      ["Samara State Technical University", null],
    ]);
    expect(orgs("Визит\n\nСтуденты обменяются опытом с Минским государственным лингвистическим университетом.")).toEqual([["Minsk State Linguistic University", null]]);
  });

  it("reads a city's former name in its adjective as the city of today", () => {
    expect(orgs("Форум\n\nВ форуме приняли участие преподаватели Актюбинского медицинского университета.")).toEqual([["Aktobe Medical University", null]]);
  });

  it("adds the state after the noun and the namesake after «имени»", () => {
    expect(orgs("Сотрудничество\n\nПодписан меморандум с Национальным университетом Узбекистана.")).toEqual([["National University of Uzbekistan", null]]);
    expect(orgs("Сотрудничество\n\nСтороны договорились о стажировках в Казанском федеральном университете и Костанайском региональном университете имени А. Байтурсынова.")).toEqual([
      ["Kazan Federal University", null],
      ["Kostanay Regional University named after A. Baytursynov", null],
    ]);
  });

  it("names universities with an established English name by it", () => {
    expect(orgs("Образование\n\nУчителей будут готовить на базе Российского университета дружбы народов. В РУДН уже учатся студенты из региона.")).toEqual([
      ["Peoples' Friendship University of Russia", "RUDN"],
    ]);
  });

  it("leaves a school's kind without its place, state or namesake alone", () => {
    expect(orgs("Встреча\n\nСтороны обсудили открытие в городе нового филиала: государственный университет примет первых студентов осенью.")).toEqual([]);
    expect(orgs("Встреча\n\nНациональный университет готовит кадры для отрасли.")).toEqual([]);
  });
});

describe("an institution's namesake (Russian)", () => {
  it("is no person of the release, but a person named «от имени» is", () => {
    const release = ru("Встреча\n\n6 мая в Костанае Министр просвещения Олег Петров посетил школу имени Ивана Сидорова и университет им. А.Байтурсынова. От имени Президента Касым-Жомарта Токаева его приветствовал аким области.");
    const names = [...release.participants, ...release.mentionedPersons].map((person) => person.name);
    expect(names).not.toContain("Ivan Sidorov");
    expect(names.some((name) => name.includes("Baitursynov"))).toBe(false);
    expect(names).toContain("Kassym-Jomart Tokayev");
  });
});

describe("local government bodies (Russian)", () => {
  const orgs = (text: string) => ru(text).organizations.map((org) => [org.name, org.acronym ?? null]);

  it("reads Belarus's executive committees by their place, level and noun, full or contracted", () => {
    expect(orgs("Визит\n\nДелегация Витебского областного исполнительного комитета посетила Смоленск.")).toEqual([["Vitebsk Regional Executive Committee", null]]);
    expect(orgs("Встреча\n\nПредставители Гродненского горисполкома обсудили с партнерами открытие выставки.")).toEqual([["Grodno City Executive Committee", null]]);
  });

  it("gives the chairman of the capital's executive committee his body", () => {
    const release = ru("Встреча\n\n3 июня в Санкт-Петербурге Губернатор Александр Беглов встретился с председателем Мингорисполкома Иваном Петровым.");
    expect(release.organizations.map((org) => org.name)).toEqual(["Minsk City Executive Committee"]);
    expect(release.participants.find((person) => person.name === "Ivan Petrov")).toMatchObject({ organization: "Minsk City Executive Committee", country: "BY" });
  });

  it("reads akimats of a region or a city", () => {
    expect(orgs("Совещание\n\nСотрудники акимата Карагандинской области и акимата города Шымкента обсудили подготовку к зиме.")).toEqual([
      ["Akimat of Karaganda Region", null],
      ["Akimat of Shymkent", null],
    ]);
  });

  it("leaves a city's government as a whole out", () => {
    expect(orgs("Встреча\n\nСтороны подписали соглашение между Правительством Москвы и Правительством Санкт-Петербурга.")).toEqual([]);
  });
});

describe("people of an earlier event and of a gapped verb (Russian)", () => {
  const split = (text: string) => {
    const release = ru(text);
    return { participants: release.participants.map((person) => person.name), mentioned: release.mentionedPersons.map((person) => person.name) };
  };

  it("mentions, not counts, the people in whose presence an earlier document was signed", () => {
    const { participants, mentioned } = split(
      "Разговор\n\n2 октября Министр энергетики Сергей Цивилев провел телефонный разговор с коллегой из Ирана. Министры обсудили выполнение меморандума, подписанного в июле 2022 года в присутствии Владимира Путина и Эбрахима Раиси.",
    );
    expect(participants).toEqual(["Sergey Tsivilev"]);
    expect(mentioned).toEqual(expect.arrayContaining(["Vladimir Putin", "Ebrahim Raisi"]));
  });

  it("counts the people in whose presence a document is signed at the event itself", () => {
    const { participants } = split("Переговоры\n\n2 октября 2024 года в Москве состоялись переговоры. Министры подписали меморандум в присутствии Владимира Путина и Президента Ирана Масуда Пезешкиана.");
    expect(participants).toEqual(expect.arrayContaining(["Vladimir Putin", "Masoud Pezeshkian"]));
  });

  it("reads a known official's surname that looks like a title as a surname", () => {
    expect(split("Встреча\n\n5 мая 2023 года в Тегеране Министр встретился с Эбрахимом Раиси.").participants).toContain("Ebrahim Raisi");
  });

  it("counts the second speaker of a sentence whose verb a dash stands for", () => {
    const { participants } = split(
      "Совещание\n\n14 ноября в Бишкеке прошло совещание министров. Министр образования Республики Казахстан Айгуль Сатпаева рассказала об обновлении учебников, а Министр образования Кыргызской Республики Бакыт Жумабаев – о строительстве школ.",
    );
    expect(participants).toEqual(expect.arrayContaining(["Aygul Satpayeva", "Bakyt Zhumabayev"]));
  });

  it("leaves a dash that opens no gapped verb alone", () => {
    const { participants } = split("Встреча\n\n14 ноября в Минске Министр встретился с коллегой. Маршрут Москва – Минск обсуждался отдельно.");
    expect(participants).toEqual([]);
  });
});

describe("topic cues (Russian)", () => {
  const topics = (text: string) => ru(text).topics;

  it("reads training of specialists of a field as education", () => {
    expect(topics("Совещание\n\nМинистры обсудили подготовку инженерных кадров для отрасли.")).toContain("education");
  });

  it("reads health insurance as health, not finance", () => {
    const found = topics("Совещание\n\nМинистр рассказал о развитии обязательного медицинского страхования.");
    expect(found).toContain("health");
    expect(found).not.toContain("finance");
  });

  it("takes no border from a saying", () => {
    expect(topics("Встреча\n\n«Дружба наших народов не знает границ», – сказал Министр.")).not.toContain("border-security");
  });

  it("reads a border crossing point as border security", () => {
    expect(topics("Встреча\n\nГубернаторы обсудили реконструкцию пункта пропуска на границе двух областей.")).toContain("border-security");
    expect(topics("Встреча\n\nСтороны обсудили открытие нового пункта пропуска для грузовиков.")).toContain("border-security");
  });

  it("reads urban transport as transport, and not metres", () => {
    expect(topics("Встреча\n\nГорода договорились о поставках электробусов и вагонов для метрополитена.")).toContain("transport");
    expect(topics("Встреча\n\nСтороны обсудили строительство новой линии метро.")).toContain("transport");
    expect(topics("Встреча\n\nСтороны осмотрели участок длиной 300 метров у моста.")).not.toContain("transport");
  });

  it("reads works and factories as industry", () => {
    expect(topics("Встреча\n\nБелорусские заводы поставят в регион коммунальную технику.")).toContain("industry");
  });

  it("reads spring floods of rivers as environment", () => {
    expect(topics("Встреча\n\nСтороны договорились вместе бороться с паводками на приграничных реках.")).toContain("environment");
    expect(topics("Встреча\n\nВесенний паводок нанес ущерб двум районам.")).toContain("environment");
  });
});

describe("names that look like other things, and bodies in roles (Russian)", () => {
  const people = (text: string) => ru(text).participants.map((person) => [person.name, person.role, person.organization, person.country]);

  it("reads a given name that is also a country's name, before a surname, as the name", () => {
    const found = people("Встреча\n\n5 мая в Астане прошла встреча депутатов. Во встрече приняла участие заместитель Председателя Мажилиса Дания Садыкова.");
    expect(found).toHaveLength(1);
    expect(found[0]?.[3]).toBe("KZ");
    expect(String(found[0]?.[0])).toMatch(/Sadykova$/u);
  });

  it("takes no person from a name in quotation marks", () => {
    expect(people("Встреча\n\n5 мая Губернатор встретился с Послом Ирана. Стороны обсудили развитие коридора «Север — Юг» и работу парома «Иван Петров».").map((person) => person[0])).not.toEqual(
      expect.arrayContaining(["Sever"]),
    );
    const names = ru("Встреча\n\n5 мая Министр Иван Сидоров встретился с коллегой. Стороны обсудили работу судна «Иван Петров».").participants.map((person) => person.name);
    expect(names).toEqual(["Ivan Sidorov"]);
  });

  it("reads the body a role names even when its name holds «of»", () => {
    expect(people("Встреча\n\n3 июля в Москве первый заместитель Председателя Банка России Андрей Сидоров встретился с делегацией.")).toEqual([
      ["Andrey Sidorov", "First Deputy Governor of the Bank of Russia", "Bank of Russia", "RU"],
    ]);
  });
});

describe("a state's own English for its ministry (Russian)", () => {
  it("names Belarus's emergencies ministry and minister «for», others «of»", () => {
    const release = ru("Встреча\n\n15 марта в Минске Министр по чрезвычайным ситуациям Республики Беларусь Иван Петров встретился с делегацией Министерства по чрезвычайным ситуациям Кыргызской Республики.");
    expect(release.participants.map((person) => person.role)).toEqual(["Minister for Emergency Situations"]);
    expect(release.organizations.map((org) => org.name)).toEqual(["Ministry of Emergency Situations of the Kyrgyz Republic"]);
    expect(ru("Визит\n\nДелегация Министерства по чрезвычайным ситуациям Республики Беларусь прибыла в Бишкек.").organizations.map((org) => org.name)).toEqual([
      "Ministry for Emergency Situations of the Republic of Belarus",
    ]);
  });
});

describe("events and assemblies (Russian)", () => {
  it("takes no person from an event's capitalised noun after a title's object", () => {
    const release = ru("Встреча\n\n5 мая в Душанбе Посол России Семен Григорьев встретился с Министром образования. Посол также вручил министру приглашение на Форум ректоров двух стран.");
    expect([...release.participants, ...release.mentionedPersons].map((person) => person.name)).toEqual(["Semen Grigoryev"]);
  });

  it("knows the Parliamentary Assembly of the Union of Belarus and Russia", () => {
    expect(ru("Сессия\n\n19 июня в Минске прошла сессия Парламентского Собрания Союза Беларуси и России.").organizations.map((org) => org.name)).toEqual([
      "Parliamentary Assembly of the Union of Belarus and Russia",
    ]);
  });
});
