import type { AgreementWords } from "../sections/agreements.js";
import { keys, withYo } from "./keys.js";

// Russian words of outcomes, written by hand from the outcome verbs of the annotation
// guidelines as GUIDELINES-ru puts them (договорились, согласовали: agreed; подписали: signed;
// приняли, утвердили, одобрили: adopted; решили: decided; подтвердили приверженность,
// обязались: committed) and the way Russian official readouts phrase outcomes ("достигнута
// договорённость", "было решено", "по итогам переговоров подписан пакет документов"), hedge
// them ("намерены подписать", "будет подписан") and recall earlier ones ("ранее", "в прошлом
// году", "во исполнение договорённостей").
//
// Two kinds of lists, as the Russian grammar (src/extract/agreements/ru) reads them:
// - verb forms and closed-class words are lower-case forms, as `Word.lower` gives them: the
//   tense of a verb is what tells an outcome ("подписали") from a plan ("подпишут"), and the
//   stem loses it;
// - open-class words (the objects of object verbs, words of carrying out, of earlier time, of
//   recalling, subjects) are keys, as `Word.key` gives them: one entry in its dictionary form
//   stands for all its cases.

/** The past forms of a verb from its infinitive: "подписать" → подписал, подписала, подписало, подписали. */
function past(infinitive: string): string[] {
  if (infinitive.endsWith("ться")) {
    const base = infinitive.slice(0, -4);
    return ["лся", "лась", "лось", "лись"].map((ending) => base + ending);
  }
  if (infinitive.endsWith("ть")) {
    const base = infinitive.slice(0, -2);
    return ["л", "ла", "ло", "ли"].map((ending) => base + ending);
  }
  return [infinitive];
}

/** The short passive participle of a verb in every gender and number: "подписан" → подписан, подписана, подписано, подписаны. */
function short(masculine: string): string[] {
  return withYo([masculine, `${masculine}а`, `${masculine}о`, `${masculine}ы`]);
}

/** Every case form of an adjective from its stem: hard ("прошл" → прошлый, прошлого, ...) or soft after a sibilant ("предыдущ" → предыдущий, предыдущего, ...). */
function adjective(stem: string, kind: "hard" | "soft" = "hard"): string[] {
  const endings =
    kind === "hard"
      ? ["ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"]
      : ["ий", "его", "ему", "им", "ем", "ая", "ей", "ую", "ее", "ие", "их", "ими"];
  return endings.map((ending) => stem + ending);
}

const ENDED = [...past("завершиться"), ...past("закончиться"), ...past("ознаменоваться"), ...past("увенчаться")];
const TAKE = [...past("принять"), ...short("принят")];
const APPROVE = [...past("утвердить"), ...short("утверждён"), ...past("одобрить"), ...short("одобрен")];

/**
 * The Russian agreements section.
 *
 * @example
 * ```ts
 * RU_AGREEMENT_WORDS.outcomeVerbs.signed.includes("подписали"); // true
 * ```
 */
export const RU_AGREEMENT_WORDS: AgreementWords = {
  // Past forms and short participles; the infinitive too, which reports the outcome only
  // after a word of success ("удалось договориться"; see `successWords`).
  outcomeVerbs: {
    agreed: [
      ...past("договориться"), ...past("условиться"), ...past("согласовать"), ...short("согласован"), "договорено",
      "условлено", "договориться", "условиться", "согласовать",
    ],
    signed: [...past("подписать"), ...short("подписан"), ...past("парафировать"), ...short("парафирован"), "подписать"],
    adopted: [...APPROVE, ...past("ратифицировать"), ...short("ратифицирован"), "утвердить", "одобрить", "ратифицировать"],
    decided: [...past("решить"), "решено", ...past("постановить"), "постановлено"],
    committed: [...past("обязаться"), "обязаться"],
  },
  objectVerbs: [
    // "приняли решение", "принято решение": a decision; "приняли заявление": a document adopted.
    { id: "take-decision", verbs: TAKE, objects: keys(["решение", "решения"]), kind: "decided" },
    {
      id: "adopt-document",
      verbs: TAKE,
      objects: keys([
        "заявление", "декларация", "резолюция", "программа", "план", "документ", "документы", "коммюнике",
        "положение", "бюджет", "стратегия", "концепция", "протокол", "повестка", "регламент", "устав", "обращение",
        "рекомендации", "соглашение", "меморандум", "карта", "пакет", "перечень", "доклад", "отчёт", "конвенция",
        "поправки", "изменения", "состав",
        // Parliaments adopt laws ("приняли 12 модельных законов", "принят законопроект").
        "закон", "законопроект", "кодекс", "постановление", "договор", "правила",
      ]),
      kind: "adopted",
    },
    {
      id: "accept-proposal",
      verbs: TAKE,
      objects: keys(["предложение", "предложения", "инициатива"]),
      kind: "agreed",
    },
    {
      id: "reach-agreement",
      verbs: [...past("достичь"), "достиг", "достигла", "достигло", "достигли", ...short("достигнут")],
      objects: keys([
        "договорённость", "договорённости", "договорённостей", "соглашение", "согласие", "консенсус", "понимание",
        "взаимопонимание", "компромисс",
      ]),
      kind: "agreed",
    },
    {
      id: "come-to-agreement",
      verbs: ["пришли", "пришёл", "пришел", "пришла"],
      objects: keys([
        "согласие", "соглашение", "договорённость", "договорённости", "мнение", "мнению", "понимание", "пониманию",
        "консенсус", "компромисс", "взаимопонимание",
      ]),
      kind: "agreed",
    },
    { id: "converge-views", verbs: ["сошлись", "сошёлся", "сошелся", "сошлась"], objects: keys(["мнение", "мнении"]), kind: "agreed" },
    {
      // "подтвердили приверженность", "вновь подтвердили намерение"; as the parties say it in a joint text too.
      id: "reaffirm-commitment",
      verbs: [...past("подтвердить"), "подтверждают", "подтверждаем"],
      objects: keys(["приверженность", "намерение", "намерения", "обязательство", "обязательства", "решимость"]),
      kind: "committed",
    },
    { id: "take-obligation", verbs: past("взять"), objects: keys(["обязательство", "обязательства", "обязательств"]), kind: "committed" },
    {
      id: "conclude-agreement",
      verbs: [...past("заключить"), ...short("заключён")],
      objects: keys([
        "соглашение", "соглашения", "соглашений", "договор", "договоры", "контракт", "контракты", "контрактов",
        "меморандум", "сделка", "сделки", "сделок", "конвенция",
      ]),
      kind: "signed",
    },
    { id: "seal-with-signatures", verbs: [...past("скрепить"), ...short("скреплён")], objects: keys(["подписями", "подписью"]), kind: "signed" },
    // "состоялось подписание", "состоялась церемония подписания": a signing reported as held.
    { id: "signing-held", verbs: past("состояться"), objects: keys(["подписание", "подписания"]), kind: "signed" },
    // "Переговоры завершились подписанием пакета документов", "... принятием Совместного заявления".
    { id: "ended-with-signing", verbs: ENDED, objects: keys(["подписанием"]), kind: "signed" },
    { id: "ended-with-adoption", verbs: ENDED, objects: keys(["принятием", "утверждением", "одобрением"]), kind: "adopted" },
    {
      // Approving a person for an office decides it; approving a document adopts it.
      id: "approve-appointment",
      verbs: APPROVE,
      objects: keys(["кандидатура", "кандидатуры", "кандидатуру", "назначение"]),
      kind: "decided",
    },
  ],
  appointmentVerbs: withYo([...short("назначен"), ...short("избран"), ...short("переизбран")]),
  outcomeLemmaForms: [
    "договорятся", "договоримся", "договариваться", "подпишут", "подпишем", "подписывать", "подписание", "утвердят",
    "одобрят", "согласуют", "согласуем", "обязуются", "заключить", "заключат",
  ],
  modals: [
    "будет", "будут", "будем", "может", "могут", "мог", "могла", "могли", "могло", "должен", "должна", "должно", "должны",
    "нужно", "необходимо", "следует", "бы", "быть",
  ],
  intentions: [
    "намерены", "намерен", "намерена", "планируют", "планирует", "планировали", "собираются", "готовы", "готов",
    "готова", "рассчитывают", "надеются", "хотят", "предполагается", "планируется", "предстоит", "предложил",
    "предложила", "предложили", "предлагают", "стремятся", "готовность", "намерение",
  ],
  hedges: ["если", "ли", "бы", "чтобы", "возможно", "возможность", "надежду", "надеются", "хотелось"],
  plannedWords: [],
  negations: ["не", "ни", "нет", "отказались", "отказался", "отказалась"],
  // Russian has no negating ending; the Russian grammar does not read one.
  negationEnding: "",
  adverbs: [
    "также", "тоже", "совместно", "единогласно", "окончательно", "официально", "уже", "сегодня", "вчера", "затем",
    "наконец", "успешно", "торжественно", "вновь", "ещё", "еще", "твёрдо", "твердо", "полностью",
  ],
  adverbEnding: "",
  pastAuxiliaries: ["был", "была", "было", "были"],
  presentAuxiliaries: [],
  passiveAuxiliaries: ["был", "была", "было", "были", "будет", "будут"],
  pastPassiveAuxiliaries: ["был", "была", "было", "были"],
  pastPerfect: "",
  otherAuxiliaries: [],
  infinitive: "",
  coordinators: ["и", "или"],
  listJoiner: "и",
  clauseJoiners: ["и", "а", "но"],
  determiners: [],
  asEarlier: "как",
  followUpWords: keys([
    "реализация", "выполнение", "исполнение", "осуществление", "соблюдение", "воплощение", "претворение",
    "имплементация", "развитие",
  ]),
  reportingVerbs: keys([
    "отметить", "отметили", "подчеркнуть", "подчеркнули", "обсудить", "обсудили", "рассмотреть", "рассмотрели",
    "приветствовать", "приветствовали", "оценить", "оценили", "обменяться", "обменялись", "проинформировать",
    "проинформировал", "доложить", "доложил", "рассказать", "рассказал", "высоко", "выразить", "выразили",
  ]),
  recallingVerbs: keys(["напомнить", "напомнил", "напомнила", "напомнили", "напомним", "вспомнить", "вспомнили"]),
  complementizer: "что",
  participleFollowers: [],
  timeOpeners: ["в", "во", "за", "с", "ранее", "прежде", "ещё", "еще", "тогда"],
  earlierTime: {
    // "ранее подписанный", "два года назад", "в прошлом году", "на предыдущем заседании",
    // "неоднократно". Forms, not keys: the stem of "прошлом" is that of "прошли".
    words: [
      "ранее", "прежде", "раньше", "назад", "неоднократно", "традиционно", "всегда", "некогда", "когда-то",
      ...adjective("прошл"), ...adjective("минувш", "soft"), ...adjective("прошедш", "soft"), ...adjective("предыдущ", "soft"),
    ],
    notBefore: { ранее: ["сегодня"] },
    withNext: {
      последние: ["годы", "года", "месяцы", "десятилетия"],
      последних: ["лет", "месяцев", "десятилетий"],
      последнее: ["время", "десятилетие"],
    },
    past: { word: "прошлом", after: "в", periods: [] },
  },
  monthNames: [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
  ],
  yearPrepositions: ["в", "во", "с", "со"],
  pronounSubjects: ["они", "мы", "он", "она", "оно", "я", "вы", "все", "оба", "обе", "это", ...adjective("котор")],
  relativePronouns: adjective("котор"),
  successWords: ["удалось", "смогли", "сумели", "смог", "смогла", "сумел", "сумела"],
  solvedObjects: keys(["вопрос", "вопросы", "проблема", "проблемы", "задача", "задачи"]),
  complementMarkers: ["о", "об", "что", "чтобы", "с", "со"],
  prepositions: [
    "по", "в", "во", "на", "после", "при", "с", "со", "за", "до", "к", "от", "для", "между", "согласно", "накануне",
    "кроме", "помимо", "также",
  ],
  irregularPast: [],
  pastEnding: "",
  gerundEnding: "",
  finiteAuxiliaries: [],
  participleAdverbs: [],
  phraseOpeners: [],
  openingAdverbs: ["также", "кроме", "того", "затем", "сегодня", "вчера", "далее", "помимо", "этого", "наконец"],
  agentMarker: "",
  agentStops: [],
  partyHonorifics: ["г-н", "господин", "г-жа", "госпожа"],
  operativeVerbs: {},
  performativeVerbs: {
    agreed: ["договариваются", "договариваемся"],
    adopted: ["одобряют", "одобряем", "утверждают", "утверждаем"],
    committed: ["обязуются", "обязуемся"],
  },
  performativeSubjects: keys([
    "стороны", "мы", "государства", "главы", "лидеры", "министры", "участники", "правительства", "делегации", "президенты",
  ]),
  performativeComplements: {},
  preambleOpeners: [
    "руководствуясь", "признавая", "отмечая", "подтверждая", "приветствуя", "учитывая", "исходя", "будучи", "выражая",
    "подчёркивая", "подчеркивая", "стремясь", "желая", "сознавая", "ссылаясь", "принимая", "напоминая",
  ],
  preambleEnds: [";", ","],
  jointVerbs: [
    { id: "confirm-jointly", verbs: past("подтвердить"), complements: ["что"], kind: "agreed" },
    // "Стороны поддержали инициативу ...": the parties together; one minister's support is his position.
    {
      id: "support-jointly",
      verbs: past("поддержать"),
      complements: ["предложение", "предложения", "инициативу", "инициативы", "идею", "идеи"],
      kind: "agreed",
    },
  ],
  // Forms, not keys: the stem of "министры" is that of "министр", one party.
  jointSubjectWords: [
    "стороны", "сторон", "министры", "министров", "главы", "глав", "лидеры", "лидеров", "президенты", "президентов", "оба",
    "обе", "обоих", "делегации", "делегаций", "участники", "участников", "они", "мы", "государства", "государств",
    "страны", "стран", "члены", "членов", "собеседники", "руководители", "руководителей", "премьер-министры",
  ],
  singularPronouns: ["он", "она", "я"],
  captionFollowers: [],
};
