import { describe, expect, it } from "vitest";
import { PressReleaseSchema, parseRelease } from "../../src/index.js";

const RUSSIAN = "Переговоры министров\n\n5 марта 2024 года министры иностранных дел провели переговоры в Минске.";
const ENGLISH = "Talks of the ministers\n\nOn 5 March 2024 the foreign ministers held talks in Minsk.";

describe("parseRelease: the language option", () => {
  it("records the language told from the script", () => {
    expect(parseRelease(RUSSIAN).language).toBe("ru");
    expect(parseRelease(ENGLISH).language).toBe("en");
    expect(parseRelease("").language).toBe("en");
  });

  it("records the language the caller gives, over the script", () => {
    expect(parseRelease(RUSSIAN, { language: "en" }).language).toBe("en");
    expect(parseRelease(ENGLISH, { language: "ru" }).language).toBe("ru");
    expect(parseRelease(ENGLISH, { language: "auto" }).language).toBe("en");
  });

  it("names the option and the value it cannot read", () => {
    expect(() => parseRelease(ENGLISH, { language: "fr" as "en" })).toThrow(/`language` option.*"fr"/);
  });

  it("gives a release whose language the schema accepts, and refuses a code that is not ISO 639-1", () => {
    expect(PressReleaseSchema.safeParse(parseRelease(RUSSIAN)).success).toBe(true);
    const result = PressReleaseSchema.safeParse({ ...parseRelease(ENGLISH), language: "English" });
    expect(result.error?.issues[0]?.path).toEqual(["language"]);
  });
});
