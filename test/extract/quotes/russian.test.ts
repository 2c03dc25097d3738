import type { Root } from "nlcst";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { extractAgreements, extractQuotes, releaseParser, type Participant, type Quote } from "../../../src/index.js";

// Invented people: English names, the Cyrillic forms the text uses as aliases (GUIDELINES-ru).
const PEOPLE: Participant[] = [
  { name: "Ivan Petrov", aliases: ["Иван Петров", "И.Петров", "Петров"], role: "Minister of Foreign Affairs", organization: null, country: "RU" },
  { name: "Aigul Nurlanova", aliases: ["Айгуль Нурланова", "А.Нурланова"], role: "Secretary General", organization: "CSTO", country: null },
];

/** Runs the parser, a stand-in for the people plugin (spans found by alias) and the quotes plugin on a Russian release. */
function analyze(text: string, people: readonly Participant[] = PEOPLE): VFile {
  const processor = unified()
    .use(releaseParser)
    .use(() => (_tree: Root, file: VFile) => {
      file.data.participants = people.map((person) => ({ ...person, spans: spansOf(text, person.aliases) }));
      file.data.mentionedPersons = [];
    })
    .use(extractQuotes)
    .use(extractAgreements);
  const file = new VFile(text);
  file.data.language = "ru";
  processor.runSync(processor.parse(file), file);
  return file;
}

function spansOf(text: string, forms: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) spans.push({ start: at, end: at + form.length });
  }
  return spans;
}

function quotes(text: string, people?: readonly Participant[]): [string | null, string][] {
  return (analyze(text, people).data.quotes ?? []).map((quote: Quote) => [quote.speaker, quote.text]);
}

describe("extractQuotes in Russian: attribution", () => {
  it("reads «…», – подчеркнул X", () => {
    expect(quotes("«Мы готовы к новому раунду консультаций», – подчеркнул Иван Петров.")).toEqual([
      ["Ivan Petrov", "Мы готовы к новому раунду консультаций"],
    ]);
  });

  it("reads X заявил: «…»", () => {
    expect(quotes("А.Нурланова заявила: «Организация продолжит работу над документами».")).toEqual([
      ["Aigul Nurlanova", "Организация продолжит работу над документами"],
    ]);
  });

  it("reads По словам X, «…»", () => {
    expect(quotes("По словам И.Петрова, «переговоры прошли в конструктивном ключе»", [
      { ...(PEOPLE[0] as Participant), aliases: ["И.Петрова"] },
    ])).toEqual([["Ivan Petrov", "переговоры прошли в конструктивном ключе"]]);
  });

  it("finds the person a title names in any case, by the English role", () => {
    expect(quotes("«Консультации будут продолжены в следующем месяце», – отметил министр иностранных дел.")).toEqual([
      ["Ivan Petrov", "Консультации будут продолжены в следующем месяце"],
    ]);
    expect(quotes("«Секретариат уже подготовил проекты решений», – сообщила Генеральный секретарь.")).toEqual([
      ["Aigul Nurlanova", "Секретариат уже подготовил проекты решений"],
    ]);
  });

  it("reads „…“ quotation marks too", () => {
    expect(quotes("„Диалог должен быть продолжен без всяких условий“, – сказал Петров.")).toEqual([
      ["Ivan Petrov", "Диалог должен быть продолжен без всяких условий"],
    ]);
  });
});

describe("extractQuotes in Russian: transcripts", () => {
  const transcript = [
    "Встреча министров",
    "",
    "И.Петров: Уважаемая Айгуль Нурлановна! Рад видеть Вас в Москве.",
    "",
    "А.Нурланова: Спасибо за приглашение. Мы договорились провести консультации в мае.",
  ].join("\n");

  it("reads a speaker label of initials and a surname", () => {
    expect(quotes(transcript)).toEqual([
      ["Ivan Petrov", "Уважаемая Айгуль Нурлановна! Рад видеть Вас в Москве."],
      ["Aigul Nurlanova", "Спасибо за приглашение. Мы договорились провести консультации в мае."],
    ]);
  });

  it("reads a label with the speaker's title", () => {
    const text = "Встреча министров\n\nМинистр иностранных дел Российской Федерации Иван Петров: Добрый день, коллеги.";
    expect(quotes(text)).toEqual([["Ivan Petrov", "Добрый день, коллеги."]]);
  });

  it("ends a turn at a line of asterisks, before the next section's heading", () => {
    const text = `${transcript}\n\n* * *\n\nЗаявления для прессы\n\nИ.Петров: Переговоры были полезными.`;
    expect(quotes(text).map(([, speech]) => speech)).toEqual([
      "Уважаемая Айгуль Нурлановна! Рад видеть Вас в Москве.",
      "Спасибо за приглашение. Мы договорились провести консультации в мае.",
      "Переговоры были полезными.",
    ]);
  });

  it("leaves the label out of an agreement said in a transcript", () => {
    const agreements = analyze(transcript).data.agreements ?? [];
    expect(agreements.map((agreement) => agreement.text)).toEqual(["Мы договорились провести консультации в мае."]);
  });
});
