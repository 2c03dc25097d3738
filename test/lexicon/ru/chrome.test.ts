import { describe, expect, it } from "vitest";
import { cleanText } from "../../../src/pipeline/clean.js";
import { ru } from "../../../src/lexicon/ru/index.js";

describe("Russian chrome section", () => {
  it("writes subject labels with their colon, and drops their lines", () => {
    for (const label of ru.chrome.subjectLabels) {
      expect(label.endsWith(":")).toBe(true);
      expect(ru.chrome.linePrefixes).toContain(label);
    }
  });

  it("is dropped by the cleaner: share rows, print links, photo counts, credits", () => {
    const text = [
      "Переговоры в Минске",
      "Версия для печати",
      "Поделиться",
      "Фото: 12",
      "ВКонтакте Одноклассники Телеграм",
      "Министры встретились в Минске и обсудили двустороннее сотрудничество.",
      "Источник: сайт министерства",
    ].join("\n");
    expect(cleanText(text).text).toBe("Переговоры в Минске\n\nМинистры встретились в Минске и обсудили двустороннее сотрудничество.");
  });

  it("drops a navigation trail, not a line that starts with the same word", () => {
    const text = "Главная / Пресс-служба / Новости\nГлавная » Новости\nГлавная цель визита — торговля.";
    expect(cleanText(text).text).toBe("Главная цель визита — торговля.");
  });

  it("ends the release at a list of other articles once its body has begun", () => {
    const text = [
      "Встреча министров",
      "Министры иностранных дел двух стран встретились в Москве и провели переговоры по широкому кругу вопросов.",
      "Читайте также",
      "Президент провёл совещание с членами правительства.",
    ].join("\n");
    expect(cleanText(text).text).not.toContain("совещание");
  });
});

describe("cleaning Russian text wrapped by hand", () => {
  it("joins a line that goes on with the sentence the line before left open", () => {
    const text = "Встреча министров\nСтороны также обсудили\nподготовку к очередной встрече в столице и договорились о сроках.";
    expect(cleanText(text).text).toBe("Встреча министров\n\nСтороны также обсудили подготовку к очередной встрече в столице и договорились о сроках.");
  });

  it("keeps a headline and a line that starts a sentence apart", () => {
    const text = "Переговоры министров иностранных дел\nМинистры встретились в Минске.";
    expect(cleanText(text).text).toBe("Переговоры министров иностранных дел\n\nМинистры встретились в Минске.");
  });
});
