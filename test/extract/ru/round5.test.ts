// Classes found on a fifth batch of Russian releases from new issuers (state corporations, a
// chamber of commerce, a region's head): each rule with short releases written for the test,
// and a case it must leave alone.
import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";

const ru = (text: string) => parseRelease(text, { language: "ru" });
const people = (text: string) => ru(text).participants.map((person) => [person.name, person.role, person.organization]);

describe("state corporations and other bodies before a name (Russian)", () => {
  it("reads «Госкорпорации «Росатом»» as the body of the title before the name, not as a name", () => {
    expect(people("Встреча\n\nВ Москве генеральный директор Госкорпорации «Росатом» Алексей Лихачёв принял посла Египта Нимата Абдельхамида.")).toContainEqual([
      "Aleksey Likhachev",
      "Director General",
      "Rosatom",
    ]);
  });

  it("reads a press service's line as no person", () => {
    const release = ru("Встреча в Звёздном\n\nПресс-служба Госкорпорации сообщает: генеральный директор Госкорпорации «Роскосмос» Юрий Борисов встретился с космонавтами.");
    expect(release.participants.map((person) => person.name)).toEqual(["Yury Borisov"]);
  });
});

describe("a surname shaped like a city's name (Russian)", () => {
  it("reads «Борисов» after a given name as a surname", () => {
    expect(people("Встреча\n\nВ Минске Юрий Борисов провёл переговоры с министром транспорта Беларуси Алексеем Ломаком.").map(([name]) => name)).toContain("Yury Borisov");
  });

  it("still reads the city without a given name before it", () => {
    expect(ru("Визит\n\nДелегация министерства прибыла в Борисов, где посетила завод.").participants).toEqual([]);
  });
});

describe("chambers of commerce and industry (Russian)", () => {
  it("reads a chamber in any case as its English name and the body of its head", () => {
    const release = ru("Переговоры\n\nПредседатель Торгово-промышленной палаты Кыргызской Республики Марат Асанов принял делегацию ТПП России во главе с вице-президентом палаты.");
    expect(release.organizations.map((org) => org.name).sort()).toEqual([
      "Chamber of Commerce and Industry of the Kyrgyz Republic",
      "Chamber of Commerce and Industry of the Russian Federation",
    ]);
    expect(release.participants[0]).toMatchObject({ name: "Marat Asanov", role: "Chairman", organization: "Chamber of Commerce and Industry of the Kyrgyz Republic" });
  });
});

describe("heads of Russia's republics (Russian)", () => {
  it("names the republic in the role and gives its head Russia, not a name word", () => {
    expect(ru("Встреча\n\nГлава Республики Бурятия Алексей Цыденов принял делегацию Монголии.").participants[0]).toMatchObject({
      name: "Aleksey Tsydenov",
      role: "Head of the Republic of Buryatia",
      country: "RU",
    });
    expect(ru("Встреча\n\nГлава Чувашской Республики Олег Николаев встретился с послом Турции.").participants[0]).toMatchObject({
      role: "Head of the Chuvash Republic",
      country: "RU",
    });
  });

  it("still reads the head of a delegation without a place", () => {
    expect(ru("Переговоры\n\nГлава делегации Казахстана Ерлан Карин выступил на заседании.").participants[0]).toMatchObject({ role: "Head of Delegation" });
  });
});

describe("companies in quotation marks after their legal form (Russian)", () => {
  it("reads the quoted name, romanised, as the company, and a known one by its entry", () => {
    const names = ru("Переговоры\n\nВ работе комиссии участвовали представители АО «Таджиктрансгаз», ПАО «Газпром» и ТОО «Зелёный мост».").organizations.map((org) => org.name);
    expect(names).toEqual(["Tadzhiktransgaz", "Gazprom", "Zelenyy most"]);
  });

  it("reads no company in quoted words without a legal form before them", () => {
    expect(ru("Переговоры\n\nМинистр посетил стадион «Пахтакор» и обсудил развитие спорта.").organizations).toEqual([]);
  });
});

describe("universities known by their English names and acronyms (Russian)", () => {
  it("reads full names and acronyms in any case", () => {
    const names = ru("Переговоры\n\nРектор НИЯУ МИФИ встретился с делегацией Кыргызско-Российского Славянского университета и студентами МФТИ.").organizations.map((org) => [org.name, org.acronym]);
    expect(names).toEqual([
      ["National Research Nuclear University MEPhI", "MEPhI"],
      ["Kyrgyz-Russian Slavic University", "KRSU"],
      ["Moscow Institute of Physics and Technology", "MIPT"],
    ]);
  });
});
