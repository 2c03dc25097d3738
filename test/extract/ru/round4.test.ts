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
      "Akim",
      "KZ",
    ]);
    expect(people("Переговоры\n\n4 июня в Уральске аким Западно-Казахстанской области Нариман Турегалиев принял делегацию Саратовской области.")).toEqual([["Nariman Turegaliyev", "Akim", "KZ"]]);
  });

  it("reads a hokim as Uzbekistan's", () => {
    expect(people("Визит\n\n10 мая в Казани Раис Татарстана встретился с хокимом Самаркандской области Эркинжоном Турдимовым.")).toContainEqual(["Erkinzhon Turdimov", "Hokim", "UZ"]);
  });

  it("reads a rank in the instrumental as a rank, not a name", () => {
    const names = ru("Встреча\n\n4 июня в Минске Министр обороны Виктор Хренин встретился с генералом Иваном Петровым.").participants.map((person) => person.name);
    expect(names).toContain("Ivan Petrov");
    expect(names.some((name) => name.includes("General"))).toBe(false);
  });
});
