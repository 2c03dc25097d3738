// Russian words that report an event, in the groups of the English list (src/lexicon/en/events.ts)
// with the same meaning each, so that every concern that reads a group (title, dates, venue,
// format, people) finds the Russian words of the same idea. Entries are written in the forms
// releases use and keyed by their Snowball stems (src/lexicon/ru/keys.ts): Snowball does not
// give every form of a word one stem ("визит" → "виз", "визита" → "визит"; "саммит" → "самм"),
// so each word is listed in the forms that stem differently. Compiled by hand from Russian
// official releases (ministries, presidents, the CIS, CSTO, SCO and EAEU).
//
// Left out on purpose, as their stems are other words' too: "договорились" (agreed: its stem is
// "договор", the treaty of "Организация Договора о коллективной безопасности"), "прошла",
// "прошли" (was held: the stem of "прошлый", last).

import type { EventGroupName } from "../types.js";
import { keys } from "./keys.js";

/** The forms of each group, as written. */
const EVENT_FORMS: Readonly<Record<EventGroupName, readonly string[]>> = {
  // Meeting as a verb or a noun.
  meeting: ["встреча", "встречи", "встречу", "встречей", "встречах", "встретился", "встретилась", "встретились", "встретится", "встречался", "встречались"],
  // Talks and their kin: negotiations, consultations, a conversation ("беседа", "разговор").
  talks: ["переговоры", "переговоров", "переговорах", "консультации", "консультаций", "беседа", "беседы", "беседу", "беседовал", "беседовали", "разговор", "разговора"],
  // Discussing with someone.
  discussion: ["обсудил", "обсудили", "обсудят", "обсуждали", "обсуждались", "обсуждение", "обсуждены", "рассмотрели"],
  // A telephone call ("телефонный разговор", "созвонились", "звонок").
  call: ["телефонный", "телефонного", "телефонному", "телефону", "созвонились", "созвонился", "позвонил", "позвонила", "звонок", "звонка"],
  // The English group holds "called", a call or an appeal; Russian keeps the two apart ("позвонил", "призвал").
  calling: [],
  // A meeting by video link.
  video: ["видеоконференция", "видеоконференции", "видеоконференцсвязь", "видеоконференцсвязи", "видеосвязь", "видеосвязи", "видеоформат", "видеоформате", "видеомост"],
  // A visit, named ("визит", "поездка", "турне").
  visit: ["визит", "визита", "визиты", "поездка", "поездки", "турне"],
  // Visiting as a verb, whose object is the place visited ("посетил Душанбе"), and its noun ("посещение Мекки").
  visiting: ["посетил", "посетила", "посетили", "посещал", "посещение", "посещения", "побывал", "побывали"],
  // Arriving at the place of the event.
  arrival: ["прибыл", "прибыла", "прибыли", "прибывший", "прибывшим", "прибытие", "прилетел", "прилетела", "прилетели"],
  // Travelling to a place and paying a visit, as a headline says it ("отправился в", "совершил визит", "совершит визит").
  travel: ["отправился", "отправилась", "совершил", "совершила", "совершает"],
  // Travel still to come: the Russian future of a perfective verb has the stem of its past
  // ("совершит", "совершил"; "отправится", "отправился"), so those forms stand in travel.
  travelPlan: [],
  // Travel under way or done ("вылетел", "отбыл в Ташкент").
  journey: ["вылетел", "вылетела", "вылетели", "отбыл", "отбыла", "отбыли"],
  // Coming and staying ("приехал", "находится с визитом", "пребывание").
  coming: ["приехал", "приехала", "приехали", "находится", "находился", "находилась", "находились", "находящийся", "находясь", "пребывание", "пребывания"],
  // Hosting, whose subject is the host, often the place ("Ташкент принимает саммит", "принимающая сторона").
  hosting: ["принимает", "принимающая", "принимающей", "гостеприимство"],
  // Receiving guests ("принял", "приветствовал").
  receiving: ["принял", "приняла", "приняли", "приветствовал", "приветствовала", "приветствовали"],
  // A welcome or an invitation ("по приглашению").
  welcome: ["приглашение", "приглашению", "приглашения"],
  // Holding an event ("провёл переговоры", "состоялась встреча", "созвал", "собрались").
  holding: ["провёл", "провела", "провели", "проведение", "состоялась", "состоялся", "состоялось", "состоялись", "созвал", "собрались"],
  // "Place" of "took place": Russian says it in one verb ("состоялась", holding).
  occurrence: [],
  // Conducting, said of meetings and of military operations alike.
  conducting: ["проводил", "проводили", "проведена", "проведено", "проведены", "проведен"],
  // Light verbs that carry an event noun ("имели беседу").
  light: ["имел", "имела", "имели"],
  // Taking part in an event ("участвовал", "принял участие").
  attending: ["участвовал", "участвовали", "участие", "присутствовал", "присутствовали"],
  // Joining an event, or anything else.
  joining: ["присоединился", "присоединились"],
  // Leading an event or a delegation ("под председательством", "возглавил").
  leading: ["председательствовал", "председательством", "председательстве", "возглавил", "возглавила", "возглавлял", "руководил"],
  // Gatherings named by a noun.
  gathering: ["заседание", "заседании", "заседаний", "совещание", "совещании", "саммит", "саммита", "саммите", "сессия", "сессии", "конференция", "конференции", "форум", "форума", "совет", "совета", "съезд"],
  // The people sent to an event, also the names of bodies ("Постоянная миссия").
  delegation: ["делегация", "делегации", "делегацией", "миссия", "миссии"],
  // Signing.
  signing: ["подписали", "подписал", "подписала", "подписание", "подписания", "подписан", "подписана", "подписаны", "подписать"],
  // Presenting credentials ("вручил верительные грамоты").
  credentials: ["верительные", "верительных"],
  // Reaching agreement ("согласовали", "условились"; "договорились" left out, see above).
  agreeing: ["согласовали", "согласились", "условились"],
  // Statements and readouts that report an event.
  statement: ["заявление", "заявления", "коммюнике", "декларация", "декларацию", "брифинг", "выступление", "выступил"],
  // Greetings sent on an occasion.
  greeting: ["поздравил", "поздравила", "поздравили", "поздравляет", "поздравление", "поздравления"],
};

/**
 * Russian words that report an event, once, in the named groups of `EventGroupName`, as
 * keys (Snowball stems).
 *
 * @example
 * ```ts
 * RUSSIAN_EVENT_WORDS.meeting.includes("встреч"); // true
 * ```
 */
export const RUSSIAN_EVENT_WORDS: Readonly<Record<EventGroupName, readonly string[]>> = Object.fromEntries(
  Object.entries(EVENT_FORMS).map(([group, forms]) => [group, keys(forms)]),
) as unknown as Record<EventGroupName, readonly string[]>;
