import { describe, expect, it } from "vitest";
import { givenNameKey, isGivenName } from "../../src/normalize/given-name.js";

describe("givenNameKey", () => {
  it.each([
    [["Yuri", "Yury", "Yuriy", "Iurii"]],
    [["Sergey", "Sergei", "Sergej"]],
    [["Andrei", "Andrey", "Andrii"]],
    [["Alexander", "Aleksandr", "Alexandr", "Oleksandr"]],
    [["Alexei", "Alexey", "Aleksei"]],
    [["Dmitry", "Dmitri", "Dmitriy"]],
    [["Nikolai", "Nikolay"]],
    [["Vladimir", "Volodymyr"]],
    [["Valery", "Valeriy", "Valeri"]],
    [["Anatoly", "Anatoliy", "Anatolii"]],
    [["Yevgeny", "Evgeny", "Evgeniy"]],
    [["Kassym", "Kasym", "Qasym"]],
  ])("gives %j one key", (variants) => {
    const keys = new Set(variants.map(givenNameKey));
    expect(keys.size).toBe(1);
  });

  it("keeps different names apart", () => {
    expect(givenNameKey("Ivan")).not.toBe(givenNameKey("Igor"));
    expect(givenNameKey("Maria")).not.toBe(givenNameKey("Marat"));
  });

  it("keys each part of a compound name and ignores case", () => {
    expect(givenNameKey("KASSYM-JOMART")).toBe(givenNameKey("Kasym Jomart"));
    expect(givenNameKey("")).toBe("");
  });
});

describe("isGivenName", () => {
  it("recognises names from several regions in any common spelling", () => {
    for (const name of ["Sergey", "Iurii", "Kassym-Jomart", "Nursultan", "Ilham", "Shavkat", "Emomali", "Rustam", "Emmanuel", "Olaf", "Mohammed", "Narendra"]) {
      expect(isGivenName(name), name).toBe(true);
    }
  });
  it("ignores a possessive", () => {
    expect(isGivenName("Sergey's")).toBe(true);
  });
  it("rejects surnames, titles and ordinary words", () => {
    for (const word of ["Lavrov", "Minister", "The", "Ministry", "Grant", ""]) expect(isGivenName(word), word).toBe(false);
  });
});
