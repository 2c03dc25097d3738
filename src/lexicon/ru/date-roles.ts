// The Russian words around a date that tell what it is the date of: an anniversary ("к
// 75-летию Победы", "годовщина"), a meeting still to come ("состоится", "предстоящий"), a
// document ("Договор от 15 мая 1992 года"), the bound of a period ("с 2018 года", "до 1
// января", "к 2030 году"), the event itself, or the page's own stamp ("Дата публикации:").
// Keys are Snowball stems (src/lexicon/ru/keys.ts). Compiled by hand from Russian
// official releases (ministries, the CIS, CSTO, SCO and EAEU).

import type { DateRoleWords } from "../sections/dates.js";
import type { EventGroupName } from "../types.js";
import { keys, keyedMap } from "./keys.js";

/** Stems as keys; phrases keyed word by word. */
const keySet = (entries: readonly string[]): ReadonlySet<string> => new Set(keys(entries));

/** Phrases as lists of keys. */
const keyPhrases = (phrases: readonly string[]): readonly (readonly string[])[] => keys(phrases).map((phrase) => phrase.split(" "));

/** Endings of hard adjectives ("-ый", "-ого", ...) and of soft ones after "ш" ("-ий", "-его", ...). */
const HARD_ENDINGS = ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ыми", "ых", "ую", "ом"];
const SOFT_ENDINGS = ["ий", "ая", "ее", "ие", "его", "ей", "ему", "им", "ими", "их", "ую", "ем"];

/**
 * The written endings of Russian past participles, full forms only (the short "подписан" is a
 * finite predicate): passive "-анный", "-енный", "-ённый" ("подписанной", "утверждённого"),
 * "-нутый", "-ятый", "-ытый" ("достигнутых", "принятого", "открытой"); active "-вший",
 * "-шедший" ("состоявшегося", "прошедшей"), also reflexive ("-вшийся").
 */
const PARTICIPLE_ENDINGS: readonly string[] = [
  ...["анн", "янн", "енн", "ённ", "нут", "ят", "ыт"].flatMap((suffix) => HARD_ENDINGS.map((ending) => suffix + ending)),
  ...["вш", "шедш"].flatMap((suffix) => SOFT_ENDINGS.flatMap((ending) => [suffix + ending, suffix + ending + "ся"])),
];

/**
 * The Russian date-role section of the lexicon.
 *
 * @example
 * ```ts
 * RUSSIAN_DATE_ROLE_WORDS.dated.has("от"); // true
 * ```
 */
export const RUSSIAN_DATE_ROLE_WORDS: DateRoleWords<EventGroupName> = {
  // Not "юбилейный": "юбилейный саммит" (the jubilee summit) is an event of its own, dated as one.
  anniversary: keySet(["годовщина", "годовщины", "годовщину", "годовщине", "юбилей", "юбилея", "юбилею"]),
  // "75-летие", "30-летию", "20-летия": "летие" keys as "лет", which alone is "years".
  anniversaryCompounds: keySet(["летие", "летия", "летию", "летием", "летии"]),
  // The Victory of 1945 ("75-летию Победы"), the independence of the CIS states (1991: "30-летие
  // независимости"), and the founding years of the organisations ("20-летие ШОС": the SCO,
  // 2001; the CIS, 1991; the CSTO, 2002, and its Collective Security Treaty (ДКБ), 1992; the
  // EAEU, 2014, the year of its treaty; the UN, 1945).
  anniversaryBases: keyedMap([
    [["Победы", "Победа", "Победе"], 1945],
    [["независимости"], 1991],
    [["ШОС"], 2001],
    [["СНГ", "Содружества"], 1991],
    [["ОДКБ"], 2002],
    [["ДКБ"], 1992],
    [["ЕАЭС"], 2014],
    [["ООН"], 1945],
  ]),
  // Not "подписали": its stem is that of the participle "подписанного" ("the treaty signed on 15
  // May 1992"), which names the recalled event itself.
  eventVerbs: keySet([
    "провели", "провел", "провела", "состоялась", "состоялся", "состоялось", "состоялись", "встретился", "встретились", "встретилась",
    "посетил", "посетила", "посетили", "принял", "приняла", "приняли", "обсудили", "обсудил", "участвовал",
    "участвовали", "прибыл", "прибыла", "прибыли",
    // "прошла встреча" (was held): the stem is also that of "прошлый" (last), which rarely stands
    // between an anniversary and its date.
    "прошла", "прошли", "прошло", "прошёл",
  ]),
  future: keySet([
    "состоится", "состоятся", "пройдёт", "пройдут", "планируется", "планируются", "планирует", "планируют", "запланирован",
    "запланирована", "запланировано", "запланированы", "предстоящий", "предстоящая", "предстоящее", "предстоящего", "предстоящей",
    "предстоящему", "предстоящих", "предстоит", "предстоят", "будет", "будут", "намерен", "намерены", "намечен", "намечена",
    "намечено", "намечены", "ожидается", "ожидаются", "грядущий", "грядущего", "грядущей", "будущий", "будущего", "будущей",
    // "подготовка к председательству в 2020 году": what is prepared is still to come; so is what
    // is proposed, or named by the infinitive "провести" ("предложил провести в будущем году").
    "подготовка", "подготовки", "подготовке", "подготовку", "предложил", "предложила", "предложили", "предлагает", "провести",
  ]),
  futurePhrases: [],
  bound: keySet(["с", "со", "до", "к", "ко", "после", "начиная", "вплоть", "позднее", "позже", "перед"]),
  // "Договор от 15 мая 1992 года", "письмом от 5 мая": "от" before a date is a document's date.
  dated: keySet(["от", "датированный", "датированное", "датированным"]),
  documentLinks: keySet(["от"]),
  documents: keySet([
    "договор", "договора", "соглашение", "соглашения", "заявление", "заявления", "декларация", "декларации", "указ", "указа",
    "постановление", "постановления", "решение", "решения", "протокол", "протокола", "меморандум", "меморандума", "резолюция",
    "резолюции", "письмо", "письма", "закон", "закона", "программа", "программы", "план", "плана", "коммюнике", "конвенция",
    "конвенции", "устав", "устава", "хартия", "хартии", "распоряжение", "распоряжения", "приказ", "приказа", "нота", "ноты",
  ]),
  eventGroups: [
    "meeting", "talks", "discussion", "call", "calling", "visit", "visiting", "hosting", "receiving", "welcome", "holding",
    "occurrence", "conducting", "light", "attending", "joining", "leading", "gathering", "delegation", "signing", "credentials",
  ],
  // Labels a page prints beside its date ("Дата публикации: 12.05.2021", "Обновлено 10:43", "мск").
  stampLabels: keySet([
    "дата", "публикации", "опубликовано", "размещено", "создано", "обновлено", "изменено", "время", "мск", "в", "новости",
    "пресс-релиз", "номер",
  ]),
  numberLabels: keySet(["номер"]),
  revisionLabels: keySet(["обновлено", "изменено"]),
  reportVerbs: keySet([
    "сообщил", "сообщила", "сообщили", "сообщает", "сообщают", "заявил", "заявила", "заявили", "объявил", "объявила", "объявили",
    "сказал", "сказала", "подтвердил", "подтвердила",
  ]),
  // "В развитие договорённостей, достигнутых 5 мая, ...", "Во исполнение решения ...".
  recallOpeners: keyPhrases(["в развитие", "в продолжение", "во исполнение", "в соответствии с"]),
  // Not "по итогам" (on the results of): Russian releases open with it the outcome of the main
  // event itself ("По итогам переговоров министры подписали ...").
  recallLinks: keyPhrases(["в связи с", "связанные с", "связанных с"]),
  // Preambular clauses of Russian communiqués and resolutions ("Напоминая о решении от 3 апреля ...").
  // Not "Отмечая": its stem is that of "Отмечена" (it was noted), which opens many a sentence.
  preambleOpeners: keySet([
    "напоминая", "подтверждая", "признавая", "руководствуясь", "принимая", "учитывая", "ссылаясь", "исходя", "сознавая", "будучи",
  ]),
  incidents: keySet([
    "нападение", "нападения", "теракт", "теракта", "взрыв", "взрыва", "обстрел", "обстрела", "похищение", "похищения", "убийство",
    "убийства", "атака", "атаки", "покушение", "покушения",
  ]),
  incidentLinks: new Set(),
  dayParts: keySet(["утром", "днём", "вечером", "ночью"]),
  // "в ночь с воскресенья на понедельник".
  spanLinks: keySet(["на", "по", "до"]),
  // "Декларация, подписанная в Москве 22 февраля", "принятого 5 марта решения", "достигнутых 5
  // марта договорённостей": the date is that of the document or the earlier event the participle
  // tells of. "подписали 22 февраля" (the finite verb) has the same stem, hence endings.
  participleEndings: PARTICIPLE_ENDINGS,
  // Adjectives written like past passive participles; "пятого", "десятого" are ordinals.
  participleLookalikes: keySet([
    "государственный", "постоянный", "иностранный", "военный", "временный", "уполномоченный", "поверенный", "соединённый",
    "объединённый", "современный", "неизменный", "данный", "ценный", "письменный", "священный", "откровенный", "умеренный",
    "пятый", "десятый", "двадцатый", "тридцатый", "святой", "забытый",
  ]),
  // "собственный", "ответственный", "единственный", "торжественный", "непосредственный".
  participleLookalikeParts: ["ственн"],
  // "В ходе встречи, прошедшей 10 марта в Минске, министры обсудили ...": the reported meeting as often as an earlier one.
  eventParticiples: keySet(["состоявшийся", "прошедший", "проведённый", "организованный"]),
  // "обсудили итоги состоявшегося 5 марта заседания": the results of an earlier meeting.
  followUpNouns: keySet(["итоги", "итогов", "результаты", "результатов", "выполнение", "выполнения", "реализация", "реализации", "решения", "решений"]),
  followUpOpeners: keySet(["по"]),
};
