import type { Root } from "nlcst";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { extractTopics, releaseParser } from "../../../src/index.js";

function analyze(text: string): VFile {
  const processor = unified().use(releaseParser).use(extractTopics);
  const file = new VFile(text);
  file.data.language = "ru";
  processor.runSync(processor.parse(file) as Root, file);
  return file;
}

function ids(text: string): string[] {
  return (analyze(text).data.topics ?? []).map((topic) => topic.id).sort();
}

const crisis = (text: string): boolean => ids(text).includes("crisis-response");

describe("extractTopics in Russian: terms in every case", () => {
  it("reads a term whatever its case and number", () => {
    expect(ids("Министры обсудили борьбу с терроризмом.")).toEqual(["terrorism"]);
    expect(ids("Особое внимание уделено противодействию терроризму и экстремизму.")).toEqual(["extremism", "terrorism"]);
    expect(ids("Стороны осудили действия террористических группировок.")).toEqual(["terrorism"]);
    expect(ids("Речь шла о пресечении незаконного оборота наркотиков.")).toEqual(["drug-trafficking"]);
    expect(ids("Они обсудили меры по противодействию нелегальной миграции и торговле людьми.")).toEqual([
      "human-trafficking",
      "illegal-migration",
    ]);
  });

  it("keeps the stems of words whose genitive plural loses a vowel", () => {
    expect(ids("Обсуждены вопросы взаимных поставок и грузоперевозок.")).toEqual(["trade", "transport"]);
  });

  it("reads the fields of cooperation before their head", () => {
    expect(ids("Стороны договорились развивать сотрудничество в военной и военно-технической сферах.")).toEqual(["military-cooperation"]);
    expect(ids("Особое место заняли вопросы торгово-экономического сотрудничества.")).toEqual(["trade"]);
    expect(ids("Президенты высоко оценили взаимодействие в культурно-гуманитарной сфере.")).toEqual(["culture"]);
    expect(ids("Правительство выделило средства на гуманитарную помощь пострадавшим.")).toEqual(["humanitarian-aid"]);
  });

  it("counts a compound of two fields for both", () => {
    expect(ids("Министры обсудили проблемы водно-энергетического комплекса региона.")).toEqual(["energy", "environment"]);
  });

  it("leaves out what only looks like a topic", () => {
    expect(ids("Президент пожелал коллеге крепкого здоровья.")).toEqual([]);
    expect(ids("Граждане, находящиеся за границей, смогут вернуться домой.")).toEqual([]);
    expect(ids("Ветераны войны приняли участие в торжествах.")).toEqual([]);
    expect(ids("Депутат избран по избирательному округу № 12.")).toEqual([]);
  });

  it("drops a weak term alone and keeps two", () => {
    expect(ids("Стороны обсудили выборы.")).toEqual([]);
    expect(ids("Стороны обменялись оценками региональной ситуации и перспектив нормализации отношений.")).toEqual(["crisis-response"]);
  });
});

describe("extractTopics in Russian: names of bodies", () => {
  it("does not read a field inside the name of a ministry or a title", () => {
    expect(ids("В переговорах участвовал министр энергетики Республики Узбекистан.")).toEqual([]);
    expect(ids("Делегацию возглавил Министр здравоохранения Кыргызской Республики.")).toEqual([]);
    expect(ids("Делегацию Министерства сельского хозяйства принял посол.")).toEqual([]);
    expect(ids("На заседании выступил представитель Антитеррористического центра.")).toEqual([]);
  });

  it("reads what a body works on after its name", () => {
    expect(ids("Директор рассказал о работе Региональной антитеррористической структуры по противодействию наркотрафику.")).toEqual([
      "drug-trafficking",
    ]);
    expect(ids("Стороны обсудили планы Организации в сфере культуры и экологии.")).toEqual(["culture", "environment"]);
    expect(ids("Совет министров рассмотрел вопросы энергетики.")).toEqual(["energy"]);
  });
});

describe("extractTopics in Russian: a conflict named by its place", () => {
  it("reads a word of trouble and a place as crisis response", () => {
    expect(crisis("Министры обменялись мнениями о ситуации в Сирии.")).toBe(true);
    expect(crisis("Отдельно обсуждалось положение дел в Ливии.")).toBe(true);
    expect(crisis("Собеседники затронули обстановку в соседнем Афганистане.")).toBe(true);
    expect(crisis("Лидеры обсудили ситуацию на Ближнем Востоке.")).toBe(true);
    expect(crisis("Президент рассказал о событиях вокруг Украины.")).toBe(true);
  });

  it("reads a state's adjective before a word of strife", () => {
    expect(crisis("Посол подчеркнул важность сирийского урегулирования.")).toBe(true);
    expect(crisis("Стороны обсудили карабахский конфликт.")).toBe(true);
    expect(crisis("Министры уделили внимание афганской проблематике.")).toBe(true);
  });

  it("reads peace, normalisation and talks a conflict calls for", () => {
    expect(crisis("Стороны выступили за мир и стабильность в Центральной Азии.")).toBe(true);
    expect(crisis("Министр приветствовал нормализацию отношений между Арменией и Турцией.")).toBe(true);
    expect(crisis("Стороны высказались за мирное урегулирование спорных вопросов.")).toBe(true);
  });

  it("does not read a situation of the economy or of health, a continent or the world as a conflict", () => {
    expect(crisis("Министр рассказал об экономической ситуации в Казахстане.")).toBe(false);
    expect(crisis("Стороны обменялись данными об эпидемиологической обстановке в Монголии.")).toBe(false);
    expect(crisis("Министры обсудили ситуацию в Европе.")).toBe(false);
    expect(crisis("Делегация посетила чемпионат мира в Катаре.")).toBe(false);
    expect(crisis("Стороны обсудили ситуацию в регионе.")).toBe(false);
  });
});

describe("extractTopics in Russian: subject lines", () => {
  it("reads the tags a site prints above a release", () => {
    expect(ids("Теги: терроризм, границы\n\nМинистры встретились в Минске.")).toEqual(["border-security", "terrorism"]);
  });
});

describe("extractTopics in Russian: talks between other states", () => {
  /** Topics of a release whose sides are Russia and Kazakhstan. */
  function sidesIds(text: string): string[] {
    const processor = unified()
      .use(releaseParser)
      .use(() => (_tree: Root, file: VFile) => {
        file.data.participants = ["RU", "KZ"].map((country) => ({ name: country, aliases: [], role: null, organization: null, country }));
      })
      .use(extractTopics);
    const file = new VFile(text);
    file.data.language = "ru";
    processor.runSync(processor.parse(file) as Root, file);
    return (file.data.topics ?? []).map((topic) => topic.id);
  }

  it("reads talks between two states in any case as a conflict when they are not the sides of the release", () => {
    expect(sidesIds("Министры обменялись мнениями о переговорах между Арменией и Азербайджаном.")).toContain("crisis-response");
  });

  it("does not read the sides' own talks as a conflict", () => {
    expect(sidesIds("Министр рассказал о переговорах между Россией и Казахстаном.")).not.toContain("crisis-response");
  });
});

describe("extractTopics in Russian: a sentence for each field", () => {
  it.each([
    ["money-laundering", "Стороны обсудили противодействие легализации (отмыванию) доходов, полученных преступным путем."],
    ["crisis-response", "Президенты обсудили ход специальной военной операции."],
    ["agriculture", "Стороны обсудили продление зерновой сделки."],
    ["finance", "Обсуждены вопросы создания платежной инфраструктуры и взаиморасчетов."],
    ["science-technology", "Стороны договорились развивать сотрудничество в космической сфере."],
    ["human-rights", "Делегации рассмотрели вопросы защиты прав ребенка."],
    ["cybersecurity", "Министры обсудили меры по обеспечению международной информационной безопасности."],
    ["energy", "Стороны обсудили поставки российского газа и нефти."],
    ["transport", "Главы правительств обсудили развитие международного транспортного коридора «Север – Юг»."],
    ["environment", "Министры обсудили проблемы изменения климата и рационального использования водных ресурсов."],
    ["education", "Стороны договорились расширить обмен студентами и открыть филиалы российских вузов."],
    ["culture", "Обсуждены вопросы проведения Дней культуры и развития туризма."],
    ["health", "Стороны обсудили борьбу с распространением коронавирусной инфекции."],
    ["peacekeeping", "Стороны рассмотрели вопросы миротворческой деятельности ОДКБ."],
    ["military-cooperation", "Министры обороны обсудили проведение совместных военных учений."],
    ["border-security", "Стороны обсудили обстановку на таджикско-афганской границе."],
    ["law-enforcement", "Подчеркнута важность взаимодействия правоохранительных органов."],
    ["illegal-migration", "Стороны договорились противодействовать каналам незаконной миграции."],
    ["arms-trafficking", "Обсуждены меры по пресечению незаконного оборота оружия и боеприпасов."],
    ["organized-crime", "Стороны обсудили борьбу с транснациональной организованной преступностью."],
    ["corruption", "Стороны обсудили вопросы противодействия коррупции."],
    ["extremism", "Министры осудили проявления экстремизма и сепаратизма."],
    ["arms-control", "Обсуждены вопросы нераспространения оружия массового уничтожения."],
    ["industry", "Стороны обсудили развитие промышленной кооперации и машиностроения."],
    ["investment", "Стороны отметили рост взаимных инвестиций."],
    ["trade", "Министры отметили рост товарооборота между двумя странами."],
    ["humanitarian-aid", "Казахстан направил гуманитарную помощь пострадавшим от землетрясения."],
  ])("%s: %s", (id, sentence) => {
    expect(ids(`Заголовок\n\n${sentence}`)).toContain(id);
  });

  it.each([
    ["Министр иностранных дел провел встречу с послом."],
    ["Стороны обменялись мнениями по актуальным вопросам двусторонних отношений."],
    ["Президент пожелал народу Казахстана мира и процветания."],
  ])("none in: %s", (sentence) => {
    expect(ids(`Заголовок\n\n${sentence}`)).toEqual([]);
  });
});
