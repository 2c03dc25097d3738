// Russian words that tell who took part in the main event of a release, and the function
// words of the Russian title grammar. Written in the forms releases use and kept as their
// Snowball stems (`Word.key` of a Russian word), phrases word by word.
//
// Source: general knowledge of the wording of Russian official releases (the Kremlin, the
// Government, the MFA, the CIS, CSTO, SCO and EAEU, the presidents and ministries of the CIS
// states). Written by hand; nothing here is copied from any annotated corpus.
import type { PeopleWords, WordPhrase } from "../sections/people.js";
import { RU_GENERIC_ORGANS, RU_ORGANIZATIONS } from "./data/organizations.js";
import { RU_TITLES } from "./data/titles.js";
import { stemRussian } from "./stem.js";

/** The keys of words written in any form, "ё" or "е", each once. */
function keys(forms: string): string[] {
  const words = forms.split(/\s+/u).filter((word) => word.length > 0);
  return [...new Set(words.map((word) => stemRussian(word.toLowerCase())))];
}

/** Phrases of words, each word keyed. */
function phrases(...list: readonly string[]): WordPhrase[] {
  return list.map((phrase) => Object.freeze(phrase.split(" ").map((word) => stemRussian(word.toLowerCase()))));
}

/**
 * The lower-case words of titles and of bodies' names ("иностранных дел", "обороны",
 * "коллективной безопасности"), keyed: the words a title phrase is made of between a title
 * and the name it introduces ("Министром обороны Республики Армения Давидом Тонояном").
 */
function titlePhraseWords(): string[] {
  const words = new Set<string>();
  const add = (phrase: string): void => {
    for (const word of phrase.split(/[\s()]+/u)) {
      if (word.length === 0 || word !== word.toLowerCase() || !/\p{L}/u.test(word)) continue;
      words.add(stemRussian(word));
    }
  };
  for (const title of RU_TITLES) add(title.ru);
  for (const organization of RU_ORGANIZATIONS) for (const name of organization.ru) add(name);
  for (const organ of RU_GENERIC_ORGANS) add(organ.ru);
  // Not "с": it opens the other party of an event ("встретился с Министром ...").
  for (const connector of ["и", "по", "при", "о", "в", "на", "для", "между"]) words.add(connector);
  return [...words];
}

const TITLE_PHRASE_WORDS = titlePhraseWords();

/**
 * Russian words that tell who took part in the main event: event verbs and nouns ("встретился",
 * "провёл переговоры", "состоялся телефонный разговор", "в режиме видеоконференции"), verbs of
 * speaking and acting after a name ("отметил", "подчеркнул"), the words that put a person in
 * another event or only speak of them ("по поручению", "направил послание", "напомнил",
 * "предстоящий визит").
 *
 * @example
 * ```ts
 * RU_PEOPLE_WORDS.participationWords.includes("встрет"); // true ("встретился")
 * RU_PEOPLE_WORDS.onBehalfOf; // [["по", "поручен"], ["от", "имен"]]
 * ```
 */
export const RU_PEOPLE_WORDS: PeopleWords = Object.freeze({
  participationWords: keys(`
    встреча встречи встречу встретился встретилась встретились встречался переговоры переговоров переговорах беседа беседы беседу
    беседовал беседовали разговор разговора телефонный телефонного созвонились созвонился видеоконференция видеоконференции
    видеосвязи видеоформате визит визита визитом посетил посетила посетили прибыл прибыла прибыли принял приняла приняли
    приветствовал приветствовала провёл провела провели проведена состоялась состоялся состоялось состоялись участие участвовал
    участвовали присутствовали председательствовал председательством возглавил возглавила обсудили обсудил обсуждены обсуждались
    подписали подписал вручил вручила консультации консультаций заседание заседании совещание совещании саммит саммите
  `),
  actVerbs: keys(`
    отметил отметила отметили подчеркнул подчеркнула подчеркнули заявил заявила сообщил сообщила сказал сказала указал указала
    поблагодарил поблагодарила проинформировал проинформировала информировал оценил оценила выразил выразила высказал высказала
    передал передала предложил предложила поддержал поддержала пригласил пригласила призвал призвала рассказал рассказала
    доложил доложила поздравил поздравила пожелал пожелала обсудил обсудила провёл провела встретился встретилась принял приняла
    посетил посетила вручил вручила подписал подписала открыл открыла выступил выступила остановился остановилась акцентировал
    акцентировала обозначил обозначила констатировал констатировала приветствовал приветствовала подтвердил подтвердила сделал
    сделала уделил уделила представил представила ознакомил ознакомила внёс внес добавил добавила согласился согласилась
    выступает выступил проинформировали ответил ответила возглавил возглавила председательствовал прибыл прибыла
  `),
  actAdverbs: keys("также высоко особо подробно вновь ещё еще сегодня вчера лично кратко отдельно"),
  // "Сергей Лавров в своем выступлении отметил", "Владимир Макей со своей стороны поддержал".
  actGap: 4,
  invertedSpeechVerbs: keys("сказал сказала отметил отметила подчеркнул подчеркнула заявил заявила добавил добавила"),
  participationCues: phrases(
    "принял участие", "приняла участие", "приняли участие", "при участии", "с участием", "в составе", "под председательством",
    "во главе с", "возглавил", "возглавила", "участвовали", "участвовал", "присутствовали", "присутствовал", "участники",
    // "Российскую делегацию возглавлял заместитель Министра X".
    "возглавлял", "возглавляла", "возглавляли",
    // "Министр был принят Президентом X": received by X.
    "был принят", "была принята", "были приняты",
  ),
  futureWords: keys("предстоящий предстоящего предстоящему предстоящем предстоящей предстоящую будущий будущего будущем планируемый планируемого подготовки подготовке подготовку"),
  // "договорённостей, достигнутых во время визита Президента X": agreements reached before, at X's event.
  earlierWords: keys("предыдущий предыдущего предыдущем предшественник предшественником прошлый прошлого прошлом достигнутых достигнутые достигнутой достигнутую"),
  partnerPrepositions: keys("с со"),
  partnerVerbs: keys("принял приняла приняли приветствовал приветствовала проинформировал проинформировала поблагодарил поблагодарила"),
  recallOpeners: phrases("ранее", "напомним", "до этого", "накануне"),
  sameDay: phrases("в тот же день", "в этот день", "в этот же день", "сегодня", "утром", "в первой половине дня"),
  reportedSpeech: stemRussian("что"),
  reportingVerbs: keys(`
    отметил отметила подчеркнул подчеркнула заявил заявила сообщил сообщила сказал сказала указал указала напомнил напомнила
    выразил выразила констатировал констатировала проинформировал проинформировала добавил добавила уверен уверена считает
  `),
  voiceTitles: ["spokesperson", "spokesman", "spokeswoman", "press secretary", "official representative"],
  recallVerbs: keys("напомнил напомнила напомнив вспомнил вспомнила вспоминая"),
  messageNouns: keys("приветствия приветствие приветы пожелания послание послания поздравление поздравления соболезнования приглашение приглашению письмо телеграмму обращение"),
  onBehalfOf: phrases("по поручению", "от имени"),
  // "университет имени К. Жубанова", "им. Ломоносова": an institution's namesake ("от имени" is on behalf of).
  eponymCues: phrases("имени", "им."),
  // "X рассказала о ..., а Y – о ...": a dash after a name stands for the verb said before it.
  gappedActs: ["–", "—"].flatMap((dash) => ["о", "об", "за", "по"].map((word) => Object.freeze([dash, stemRussian(word)]))),
  listJoiners: keys("и"),
  attributions: [],
  authorPreposition: "",
  authoredNouns: [],
  // Past passive participles of initiating and proposing, in every case and number.
  authoredParticiples: ["инициированн", "предложенн", "выдвинут", "основанн"].flatMap((stem) =>
    ["ый", "ая", "ое", "ые", "ого", "ой", "ых", "ому", "ым", "ую", "ыми"].map((ending) => stem + ending),
  ),
  questionMarkers: keys("вопрос"),
  passive: Object.freeze({ auxiliaries: [], participleEnding: "", participles: [], perfectAuxiliaries: [], perfectParticiple: "" }),
  otherMeetings: phrases("встречи между", "встреча между", "переговоров между", "переговоры между", "разговора между", "соглашения между"),
  eventNouns: keys("саммит саммита заседание заседания сессия сессии совещание совещания форум форума конференция конференции переговоры"),
  side: Object.freeze({ noun: stemRussian("стороны"), before: phrases("с")[0] as WordPhrase }),
  partyNouns: keys("делегация делегации делегацию коллега коллеги коллегой коллегу"),
  connectors: Object.freeze({
    titlePhrase: TITLE_PHRASE_WORDS,
    titleJoiners: TITLE_PHRASE_WORDS,
    beforePlace: keys("в во из на под"),
    prepositions: keys("по в на для о при"),
  }),
});

/**
 * Endings of the past participles that report an earlier event about a name after them
 * ("соглашения, подписанного в мае 2023 года в присутствии X", "визита, состоявшегося в 2022
 * году"): passive "-нн-" / "-т-" and active "-вш-" forms in every case, matched on the lower-case
 * word (the stemmer cuts them to the verb's stem, "подписанного" and "подписали" alike).
 *
 * @example
 * ```ts
 * RU_EARLIER_PARTICIPLE.test("подписанного"); // true
 * RU_EARLIER_PARTICIPLE.test("подписали"); // false
 * ```
 */
export const RU_EARLIER_PARTICIPLE = /(?:[аяе]нн|ённ|ыт|нут|вш)(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми|ий|ее|ие|его|ему|им|ем|юю|их|ими|ей)(?:ся)?$/u;
