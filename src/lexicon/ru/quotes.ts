import type { QuoteWords } from "../sections/quotes.js";
import { RU_TITLES } from "./data/titles.js";

// Russian words of direct speech and its attribution, written from the way Russian official
// readouts and transcripts introduce what was said: «...», – подчеркнул министр; По словам
// С.Лаврова, «...»; В.Путин: ...

/** The past forms of a speech verb: "сказал", "сказала", "сказали". */
function said(masculine: string): string[] {
  return [masculine, `${masculine}а`, `${masculine}и`];
}

/** Lower-case words of the titles' names: the first word of each, and the words inside ("иностранных", "дел"). */
const TITLE_WORDS = RU_TITLES.filter((title) => title.kind !== "honorific").map((title) => title.ru.toLowerCase().split(/[\s-]+/));
const FIRST_TITLE_WORDS = new Set(TITLE_WORDS.map((words) => words[0] as string));
/** The words inside titles that are no title's first word ("иностранных", "дел"; not "министр" of "премьер-министр"). */
const INNER_TITLE_WORDS = new Set(TITLE_WORDS.flatMap((words) => words.slice(1)).filter((word) => word.length > 0 && !FIRST_TITLE_WORDS.has(word)));

/**
 * The Russian quotes section.
 *
 * @example
 * ```ts
 * RU_QUOTE_WORDS.speechVerbs.includes("подчеркнул"); // true
 * ```
 */
export const RU_QUOTE_WORDS: QuoteWords = {
  speechVerbs: [
    ...["сказал", "отметил", "подчеркнул", "заявил", "добавил", "указал", "пояснил", "сообщил", "констатировал", "заключил"].flatMap(said),
    ...["напомнил", "уточнил", "резюмировал", "признал", "произнёс", "произнес", "выразил", "акцентировал", "заверил"].flatMap(said),
    ...["обратил", "призвал", "ответил", "написал", "подытожил", "рассказал"].flatMap(said),
    "говорится", "говорит", "считает", "полагает", "отмечает", "подчеркивает", "подчёркивает", "заявляет", "сказано",
    "отметив", "подчеркнув", "добавив", "заявив", "сказав",
  ],
  verbParticles: [],
  phraseStops: [
    "в", "во", "на", "по", "при", "после", "перед", "время", "и", "который", "которая", "добавив", "отметив",
    "подчеркнув", "выступая", "что", "когда", "с", "со", "для", "к", "о", "об", "журналистам", "корреспонденту",
  ],
  according: ["по", "словам"],
  complementizer: "что",
  pronouns: ["он", "она", "его", "её", "ее", "ему", "ей", "него", "неё", "нее"],
  fillers: ["г-н", "господин", "госпожа", "г-жа", "также", "и", "же", "затем", "в", "свою", "очередь", "он", "она"],
  leaderWords: [
    "лидер", "лидера", "президент", "президента", "глава", "главы", "руководитель", "руководителя", "премьер", "министр",
    "министра", "коллега", "коллеги", "гость", "гостя", "собеседник", "собеседника",
  ],
  labelTitles: [...FIRST_TITLE_WORDS],
  gluedLabelTitles: [],
  notSpeakers: [
    "источник", "фото", "примечание", "теги", "темы", "тема", "дата", "контакты", "читайте", "также", "главная",
    "новости", "рубрика", "место", "время", "повестка", "документы", "видео", "справка", "начало", "окончание",
  ],
  labelConnectors: [...new Set([...INNER_TITLE_WORDS, "и", "по"])],
  titleRoles: RU_TITLES.filter((title) => title.kind !== "honorific").map((title) => ({ title: title.ru, role: title.en })),
};
