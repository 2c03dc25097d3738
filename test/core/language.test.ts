import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/core/language.js";

describe("detectLanguage", () => {
  it("tells Russian by its Cyrillic letters", () => {
    expect(detectLanguage("Министр иностранных дел провёл переговоры в Минске.")).toBe("ru");
  });

  it("reads English and text without letters as English", () => {
    expect(detectLanguage("The Minister held talks in Minsk.")).toBe("en");
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("12.03.2024 16:40")).toBe("en");
  });

  it("is not tipped by chrome or names in the other script", () => {
    const russian = "Share | Facebook | Twitter | Print version\nСекретарь Совета Безопасности принял посла Франции в Москве и обсудил вопросы сотрудничества.";
    expect(detectLanguage(russian)).toBe("ru");
    const english = "Поделиться\nThe Secretary of the Security Council received the Ambassador of France in Moscow and discussed cooperation.";
    expect(detectLanguage(english)).toBe("en");
  });
});
