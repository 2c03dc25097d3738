import { describe, expect, it } from "vitest";
import { analyzeRelease, type MentionedPerson, type Participant } from "../../../src/index.js";

interface People {
  participants: Participant[];
  mentioned: MentionedPerson[];
}

function peopleOf(text: string, referenceDate = "2021-06-10"): People {
  const file = analyzeRelease(text, { referenceDate, language: "ru" });
  return { participants: file.data.participants ?? [], mentioned: file.data.mentionedPersons ?? [] };
}

const byName = <T extends { name: string }>(people: readonly T[], name: string): T | undefined => people.find((person) => person.name === name);
const names = (people: readonly { name: string }[]): string[] => people.map((person) => person.name);

describe("extractPeople in Russian: names", () => {
  it("names officials in English and keeps every form the text writes as an alias", () => {
    const { participants } = peopleOf(
      "Сегодня в Москве состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел Республики Казахстан Мухтаром Тлеуберди. С.В.Лавров приветствовал казахстанского коллегу.",
    );
    expect(byName(participants, "Sergey Lavrov")).toMatchObject({ aliases: ["С.В.Лаврова", "С.В.Лавров"], role: "Minister of Foreign Affairs", country: "RU" });
    expect(byName(participants, "Mukhtar Tileuberdi")).toMatchObject({ aliases: ["Мухтаром Тлеуберди"], role: "Minister of Foreign Affairs", country: "KZ" });
  });

  it("romanizes the nominative of someone the gazetteer does not know", () => {
    const { participants } = peopleOf("В Минске состоялась встреча Министра промышленности Республики Беларусь Павла Горбунова с делегацией.");
    expect(names(participants)).toEqual(["Pavel Gorbunov"]);
    expect(participants[0]).toMatchObject({ aliases: ["Павла Горбунова"], role: "Minister of Industry", country: "BY" });
  });

  it("reads initials written apart", () => {
    const { participants } = peopleOf("В заседании под председательством Постоянного представителя Республики Беларусь при ОДКБ В. А. Руденка приняли участие полномочные представители.");
    expect(participants[0]).toMatchObject({ name: "V.A. Rudenok", aliases: ["В. А. Руденка"], role: "Permanent Representative", organization: "CSTO", country: "BY" });
  });

  it("joins a surname alone and a form of address to the full name", () => {
    const { participants } = peopleOf(
      "Владимир Путин провёл переговоры с Президентом Республики Узбекистан Шавкатом Мирзиёевым. В.Путин: Уважаемый Шавкат Миромонович! Рад Вас видеть. Мирзиёев поблагодарил за приглашение.",
      "2023-10-06",
    );
    expect(byName(participants, "Shavkat Mirziyoyev")?.aliases).toEqual(["Шавкатом Мирзиёевым", "Шавкат Миромонович", "Мирзиёев"]);
    expect(byName(participants, "Vladimir Putin")?.aliases).toEqual(["Владимир Путин", "В.Путин"]);
  });

  it("takes no byline or body's name for a person", () => {
    const { participants, mentioned } = peopleOf(
      "Душанбе, 12 мая (НИАТ «Ховар», Ирина Соколова). Сегодня в Национальной библиотеке состоялась встреча Министра культуры Республики Таджикистан Матлубахон Сатториён с Послом Японии Такаси Ито.",
    );
    expect([...names(participants), ...names(mentioned)]).not.toContain("Irina Sokolova");
    expect(names(participants)).toEqual(["Matlubakhon Sattoriyen", "Takasi Ito"]);
  });
});

describe("extractPeople in Russian: roles", () => {
  it("reads declined titles, lower case too, with their qualifiers", () => {
    const { participants } = peopleOf(
      "10 июня заместитель министра обороны Республики Армения Арман Саргсян встретился с и.о. Министра иностранных дел Кыргызской Республики Бакытом Абдраимовым.",
    );
    expect(byName(participants, "Arman Sargsyan")).toMatchObject({ role: "Deputy Minister of Defence", country: "AM" });
    expect(byName(participants, "Bakyt Abdraimov")).toMatchObject({ role: "Acting Minister of Foreign Affairs", country: "KG" });
  });

  it("joins a double title and reads the organisation's own form of a role", () => {
    const { participants } = peopleOf(
      "Заместитель Премьер-Министра – Министр иностранных дел Республики Казахстан Мухтар Тлеуберди принял Генерального секретаря ШОС Владимира Норова.",
      "2021-03-01",
    );
    expect(byName(participants, "Mukhtar Tileuberdi")).toMatchObject({ role: "Deputy Prime Minister – Minister of Foreign Affairs", country: "KZ" });
    expect(byName(participants, "Vladimir Norov")).toMatchObject({ role: "Secretary-General", organization: "SCO", country: null });
  });

  it("keeps the country of an ambassador's state, not of his post", () => {
    const { participants } = peopleOf("Генеральный секретарь ОДКБ Имангали Тасмагамбетов встретился с Послом Монголии в Российской Федерации Баттулгой Дамдинсурэном.", "2024-03-01");
    expect(byName(participants, "Imangali Tasmagambetov")).toMatchObject({ role: "Secretary General", organization: "CSTO" });
    expect(participants.find((person) => person.aliases.includes("Баттулгой Дамдинсурэном"))).toMatchObject({ role: "Ambassador", country: "MN" });
  });

  it("prefers a post to a rank given after it", () => {
    const { participants } = peopleOf("В Бишкеке состоялась встреча Министра обороны Кыргызской Республики, генерал-майора Руслана Мукамбетова с делегацией.");
    expect(participants[0]).toMatchObject({ role: "Minister of Defence", country: "KG" });
  });

  it("reads the national body a title names", () => {
    const { participants } = peopleOf("Председатель Государственной Думы Вячеслав Володин провёл встречу с делегацией.", "2022-05-23");
    expect(byName(participants, "Vyacheslav Volodin")).toMatchObject({ organization: "State Duma", country: "RU" });
  });
});

describe("extractPeople in Russian: who took part", () => {
  it("lists those who took part", () => {
    const { participants } = peopleOf(
      "В совещании приняли участие Председатель Правительства Михаил Мишустин, Министр обороны Сергей Шойгу и Секретарь Совета Безопасности Николай Патрушев.",
      "2021-02-01",
    );
    expect(names(participants)).toEqual(["Mikhail Mishustin", "Sergei Shoigu", "Nikolai Patrushev"]);
  });

  it("keeps people spoken of out: greetings passed on, on someone's behalf, recalled events", () => {
    const { participants, mentioned } = peopleOf(
      "Президент Республики Таджикистан Эмомали Рахмон принял Министра иностранных дел Российской Федерации Сергея Лаврова. Министр передал главе государства приветствия Президента Российской Федерации Владимира Путина. Ранее Сергей Лавров провёл переговоры с Министром иностранных дел Республики Таджикистан Сироджиддином Мухриддином.",
    );
    expect(names(participants)).toEqual(["Emomali Rahmon", "Sergey Lavrov"]);
    expect(names(mentioned)).toEqual(["Vladimir Putin", "Sirojiddin Muhriddin"]);
  });

  it("reads a speaker's verb after a phrase", () => {
    const { participants } = peopleOf(
      "Состоялось заседание Совета министров иностранных дел СНГ. Стороны обсудили вопросы сотрудничества. Министры рассмотрели проекты документов. Повестка дня была утверждена. Министр иностранных дел Республики Беларусь Владимир Макей в своем выступлении отметил значение Содружества.",
      "2020-10-30",
    );
    expect(names(participants)).toContain("Vladimir Makei");
  });

  it("counts the host of a passive 'был принят'", () => {
    const { participants } = peopleOf(
      "Министр иностранных дел Таджикистана находится с визитом в Казахстане. Стороны обсудили вопросы сотрудничества. Министры обменялись мнениями. Программа визита включает посещение музея. Таджикский министр был принят Президентом Республики Казахстан Касым-Жомартом Токаевым.",
    );
    expect(names(participants)).toContain("Kassym-Jomart Tokayev");
  });
});
