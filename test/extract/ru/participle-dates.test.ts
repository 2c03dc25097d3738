// A date in a participle's phrase ("Декларация, подписанная в Москве 22 февраля") is that of an
// earlier event or a document, not of the reported one, while the finite verb with the same stem
// ("подписали 22 февраля") reports the event. Releases written for the test; the meetings are invented.
import { describe, expect, it } from "vitest";
import { parseRelease } from "../../../src/index.js";

const ru = (text: string) => parseRelease(text, { language: "ru" });

describe("dates in Russian participle phrases", () => {
  it("dates a release by its dateline, not by the signing of the document it recalls", () => {
    const release = ru(
      "Министры обсудили партнёрство\n\nМинск, 10 марта 2021 года\n\n" +
        "Министры обороны двух стран обсудили в Минске выполнение Декларации о стратегическом партнёрстве, подписанной президентами в Москве 22 февраля 2021 года.",
    );
    expect(release.date?.start).toBe("2021-03-10");
  });

  it("sets aside an earlier decision named by a participle before the date", () => {
    const release = ru("Совет подвёл итоги\n\nБишкек, 12 марта 2021 года\n\nЧлены Совета рассмотрели в Бишкеке ход выполнения принятого 5 марта решения Комиссии по безопасности.");
    expect(release.date?.start).toBe("2021-03-12");
  });

  it("dates the reported meeting by the participle of its being held", () => {
    const release = ru("Встреча министров\n\nВ ходе встречи, прошедшей 10 марта 2021 года в Минске, министры иностранных дел обсудили вопросы сотрудничества.");
    expect(release.date?.start).toBe("2021-03-10");
  });

  it("dates the event by a finite verb's date", () => {
    const release = ru(
      "Подписан протокол\n\nМинистры иностранных дел двух стран подписали 22 февраля 2021 года в Москве протокол о консультациях. Документ вступит в силу после ратификации.",
    );
    expect(release.date?.start).toBe("2021-02-22");
  });

  it("dates a signing 'today' by the release's date: a day told from it is the reported event's", () => {
    const release = ru(
      "Подписано соглашение\n\nБишкек, 15 апреля 2021 года\n\nСоглашение о военно-техническом сотрудничестве, подписанное сегодня в Бишкеке, вступит в силу после ратификации.",
    );
    expect(release.date?.start).toBe("2021-04-15");
  });

  it("reads an adjective written like a participle as no participle", () => {
    const release = ru("Встреча в Секретариате\n\nПостоянный представитель Беларуси при ОДКБ 3 марта 2021 года провёл встречу с Генеральным секретарём Организации.");
    expect(release.date?.start).toBe("2021-03-03");
  });
});
