import { describe, expect, it } from "vitest";
import { romanizeRussian } from "../../src/normalize/romanize.js";

describe("romanizeRussian", () => {
  it("writes each letter by BGN/PCGN", () => {
    expect(romanizeRussian("Жуковский")).toBe("Zhukovskiy");
    expect(romanizeRussian("Чебоксары")).toBe("Cheboksary");
    expect(romanizeRussian("Хабаровск")).toBe("Khabarovsk");
    expect(romanizeRussian("Щучье")).toBe("Shchuchye");
    expect(romanizeRussian("Цхинвали")).toBe("Tskhinvali");
    expect(romanizeRussian("Юрмала")).toBe("Yurmala");
    expect(romanizeRussian("Ялта")).toBe("Yalta");
  });

  it("writes е and ё as ye at a word's start and after a vowel or a sign, else e", () => {
    expect(romanizeRussian("Ереван")).toBe("Yerevan");
    expect(romanizeRussian("Киев")).toBe("Kiyev");
    expect(romanizeRussian("Соловьев")).toBe("Solovyev");
    expect(romanizeRussian("Подъезд")).toBe("Podyezd");
    expect(romanizeRussian("Королёв")).toBe("Korolev");
    expect(romanizeRussian("Ёлкин")).toBe("Yelkin");
  });

  it("drops the hard and soft signs (their apostrophes are diacritics here)", () => {
    expect(romanizeRussian("Казань Тверь")).toBe("Kazan Tver");
  });

  it("shortens -ий and -ый at the end of personal names in the name style", () => {
    expect(romanizeRussian("Геннадий Тройслит", { style: "name" })).toBe("Gennady Troyslit");
    expect(romanizeRussian("Юрий Хачатуров", { style: "name" })).toBe("Yury Khachaturov");
    expect(romanizeRussian("Юрий", { style: "strict" })).toBe("Yuriy");
    // Surnames end the same way: "-ский" is "-sky".
    expect(romanizeRussian("Василий Вишневский", { style: "name" })).toBe("Vasily Vishnevsky");
  });

  it("keeps case: capitalised words and words in capitals", () => {
    expect(romanizeRussian("ОДКБ")).toBe("ODKB");
    expect(romanizeRussian("ЩУКИН")).toBe("SHCHUKIN");
    expect(romanizeRussian("Щукин")).toBe("Shchukin");
  });

  it("leaves other characters alone", () => {
    expect(romanizeRussian("С.Лавров, 2017 г.")).toBe("S.Lavrov, 2017 g.");
    expect(romanizeRussian("OSCE и ОДКБ")).toBe("OSCE i ODKB");
    expect(romanizeRussian("")).toBe("");
  });

  it("writes letters of neighbouring languages met in Russian text", () => {
    expect(romanizeRussian("Қасым-Жомарт")).toBe("Qasym-Zhomart");
    expect(romanizeRussian("Ҷумъа")).toBe("Juma");
  });
});
