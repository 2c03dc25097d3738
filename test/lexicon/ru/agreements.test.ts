import { describe, expect, it } from "vitest";
import { ru } from "../../../src/lexicon/ru/index.js";

const words = ru.agreements;

describe("Russian agreements section", () => {
  it("keeps every word list in lower case without repeats", () => {
    for (const [name, value] of Object.entries(words)) {
      if (!Array.isArray(value) || typeof value[0] !== "string") continue;
      for (const word of value as string[]) expect(word, name).toBe(word.toLowerCase());
      expect(new Set(value).size, name).toBe(value.length);
    }
  });

  it("gives each outcome verb one kind, in both spellings of ё", () => {
    const outcome = Object.values(words.outcomeVerbs).flat();
    expect(new Set(outcome).size).toBe(outcome.length);
    expect(words.outcomeVerbs.adopted).toContain("утверждён");
    expect(words.outcomeVerbs.adopted).toContain("утвержден");
  });

  it("writes past forms of every gender and number", () => {
    for (const form of ["договорился", "договорилась", "договорилось", "договорились"]) expect(words.outcomeVerbs.agreed).toContain(form);
    for (const form of ["подписан", "подписана", "подписано", "подписаны"]) expect(words.outcomeVerbs.signed).toContain(form);
  });

  it("keys the objects of object verbs as the text's words are keyed", () => {
    const take = words.objectVerbs.find((rule) => rule.id === "take-decision");
    expect(take?.objects).toContain(ru.keyOf?.("решения"));
    expect(take?.verbs).toContain("приняли");
  });

  it("names each object verb rule with a unique kebab-case id", () => {
    const ids = [...words.objectVerbs, ...words.jointVerbs].map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("keeps no verb both an outcome and another form", () => {
    const outcome = new Set(Object.values(words.outcomeVerbs).flat());
    for (const form of words.outcomeLemmaForms) expect(outcome.has(form), form).toBe(false);
  });
});
