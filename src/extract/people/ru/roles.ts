// Reading a Russian title phrase: the title before a name with the genitive complement between
// ("Министром обороны Республики Армения Давидом Тонояном", "Генерального секретаря ОДКБ
// Имангали Тасмагамбетова"), or after it between commas; the English role, the country and
// the organisation it gives.
import type { Word } from "../../../core/word.js";
import { isRussianGivenName, type NameGender } from "../../../normalize/russian-names.js";
import { russianRegionAt } from "../../organizations/ru/local-bodies.js";
import type { RussianChunk } from "./chunks.js";
import type { NationalBody, QualifiedTitle, RussianPeopleVocabulary, RussianTitleHit } from "./vocabulary.js";

/** A title phrase read around a name. */
export interface TitlePhrase {
  /** The title chunk's position among the chunks. */
  readonly title: number;
  readonly hit: RussianTitleHit;
  /** The chunks between the title and the name (or after the title, for an apposition). */
  readonly complement: readonly RussianChunk[];
  /** A country named before the title ("российский министр"), or null. */
  readonly countryBefore: string | null;
}

/** Most chunks between a title and its name ("Председателем Палаты представителей Национального собрания Республики Беларусь"). */
const MAX_COMPLEMENT = 14;
/** Prepositions after which a country or an organisation is where a post is, or its portfolio, not whose it is ("Посол ... в Китае", "по делам Европы"). */
const NOT_OWNER: ReadonlySet<string> = new Set(["в", "во", "по", "для", "на", "с", "со", "между"]);
/** Prepositions of the state a post is in ("Посол ... в Китае"). */
const POSTED_IN: ReadonlySet<string> = new Set(["в", "во"]);
const BRACKETS: ReadonlySet<string> = new Set(["(", ")", "«", "»", '"', "“", "”", "„"]);
/** Endings of lower-case words that may stand in a title's genitive complement ("иностранных дел", "сотрудничества"). */
const GENITIVE = /(?:а|я|ы|и|ов|ев|ей|ого|его|ой|ых|их|ии|ам|ям|ем|ом|ым|им|ами|ями|ах|ях|у|ю|е)$/u;
/** Endings of verbs, which end a title phrase ("встретился", "провел", "отметила"). */
const VERBAL = /(?:л|ла|ли|ло|лся|лась|лись|ся|сь|ет|ит|ют|ут|ат|ят|ть|ти|ешь|ишь)$/u;

/**
 * The title phrase that introduces the name whose first chunk is `nameChunk`: walking back
 * over the genitive complement (countries, organisations, cities, lower-case words of titles
 * and bodies, capitalised words of a body's name, honorifics and modifiers) to a title. A
 * military rank right before the name gives way to a post before it, after a comma or none
 * ("Министром обороны Ирана, генералом Ахмад Вахиди", "Министр обороны Республики Беларусь
 * генерал-лейтенант Виктор Хренин").
 */
export function titlePhraseBefore(words: readonly Word[], chunks: readonly RussianChunk[], nameChunk: number, vocabulary: RussianPeopleVocabulary): TitlePhrase | null {
  const complement: RussianChunk[] = [];
  for (let at = nameChunk - 1, steps = 0; at >= 0 && steps < MAX_COMPLEMENT; at--, steps++) {
    const chunk = chunks[at] as RussianChunk;
    switch (chunk.kind) {
      case "title": {
        const phrase: TitlePhrase = { title: at, hit: chunk.hit, complement: complement.reverse(), countryBefore: countryBefore(words, chunks, at) };
        // "Министр обороны Российской Федерации генерал армии Сергей Шойгу": the post before the
        // rank, with or without a comma between, is the role.
        if (isRank(chunk.hit)) {
          const post = titlePhraseBefore(words, chunks, isComma(words, chunks[at - 1]) ? at - 1 : at, vocabulary);
          if (post && !isRank(post.hit)) return post;
        }
        return phrase;
      }
      case "org":
      case "country":
      case "place":
      case "honorific":
        complement.push(chunk);
        continue;
      case "punct": {
        if (BRACKETS.has((words[chunk.from] as Word).value)) continue;
        return null;
      }
      case "word": {
        const word = words[chunk.from] as Word;
        // "с таджикским коллегой Бахтиёром Саидовым": a party of the event, not a title.
        if (vocabulary.people.partyNouns.has(word.key)) return null;
        // "Министр ... России Лавров и Тоноян": "и" between names joins a list, not a title.
        if (word.key === "и" && chunks[at - 1]?.kind === "name" && !inBodyName(words, chunks, at - 1)) return null;
        if (word.capitalized || vocabulary.isConnector(word) || (GENITIVE.test(word.lower) && !VERBAL.test(word.lower))) {
          complement.push(chunk);
          continue;
        }
        return null;
      }
      case "name": {
        // "Республики Южная Осетия Д.Н.Медоевым": a word of a place's or a body's name after its adjective.
        if (inBodyName(words, chunks, at)) {
          complement.push(chunk);
          continue;
        }
        return null;
      }
    }
  }
  return null;
}

/** English roles of military posts, not ranks ("Chief of the General Staff", "Commander-in-Chief"). */
const MILITARY_POST = /\b(?:Chief|Commander)\b/u;

/** A military rank ("генерал армии", "контр-адмирал"), not a military post. */
function isRank(hit: RussianTitleHit): boolean {
  return hit.kind === "military" && !hit.titles.some((qualified) => MILITARY_POST.test(qualified.title.role));
}

/** A name chunk that is a word of a place's or a body's name, after its capitalised adjective ("Южная Осетия", "Восточной Азии"). */
function inBodyName(words: readonly Word[], chunks: readonly RussianChunk[], at: number): boolean {
  const chunk = chunks[at];
  const before = chunks[at - 1];
  if (chunk?.kind !== "name" || chunk.initials || before?.kind !== "word") return false;
  return (words[before.from] as Word).capitalized && !isRussianGivenName((words[chunk.from] as Word).value);
}

/**
 * ", Генеральный секретарь ОДКБ, ..." after a name: the title and its complement up to the
 * next comma or stop.
 */
export function titlePhraseAfter(words: readonly Word[], chunks: readonly RussianChunk[], afterName: number, vocabulary: RussianPeopleVocabulary): TitlePhrase | null {
  if (!isComma(words, chunks[afterName])) return null;
  let at = afterName + 1;
  while (chunks[at]?.kind === "honorific") at++;
  const title = chunks[at];
  if (title?.kind !== "title") return null;
  const complement: RussianChunk[] = [];
  for (let next = at + 1; next < chunks.length && complement.length < MAX_COMPLEMENT; next++) {
    const chunk = chunks[next] as RussianChunk;
    if (chunk.kind === "org" || chunk.kind === "country" || chunk.kind === "place") {
      complement.push(chunk);
      continue;
    }
    if (chunk.kind === "word") {
      const word = words[chunk.from] as Word;
      if (vocabulary.isConnector(word) || (GENITIVE.test(word.lower) && !VERBAL.test(word.lower))) {
        complement.push(chunk);
        continue;
      }
    }
    break;
  }
  return { title: at, hit: title.hit, complement, countryBefore: null };
}

/**
 * "российский министр": a country's adjective or name right before the title; not one a
 * preposition governs ("визита в Республику Таджикистан Руководитель ...": where he went).
 */
function countryBefore(words: readonly Word[], chunks: readonly RussianChunk[], title: number): string | null {
  const before = chunks[title - 1];
  if (before?.kind !== "country") return null;
  const preposition = words[before.from - 1];
  return preposition !== undefined && GOVERNING.has(preposition.lower) ? null : before.code;
}

/** Prepositions that govern a country before a title, which is then no attribute of it. */
const GOVERNING: ReadonlySet<string> = new Set([...NOT_OWNER, "из", "к", "ко", "о", "об", "от", "до", "через"]);

function isComma(words: readonly Word[], chunk: RussianChunk | undefined): boolean {
  return chunk?.kind === "punct" && (words[chunk.from] as Word).value === ",";
}

/** What a title phrase says of its holder. */
export interface RoleReading {
  readonly role: string;
  readonly kind: string;
  readonly organization: string | null;
  readonly country: string | null;
  /** The post is in a state ("Посол Армении в Китае"): no organisation of the sentence is the holder's. */
  readonly postedToState: boolean;
}

/**
 * The English role, organisation and country a title phrase gives: the title's English role
 * (with its qualifier, the per-state or per-organisation form the issuer's English uses, a
 * woman's form), the first organisation and the first country of the complement that are the
 * person's ("Полномочный представитель Республики Беларусь при ОДКБ": BY and CSTO; "Посол
 * Монголии в США": MN), else a city's country ("Мэр Москвы") or a country before the title.
 */
export function readRole(words: readonly Word[], phrase: TitlePhrase, gender: NameGender, vocabulary: RussianPeopleVocabulary): RoleReading {
  let country: string | null = null;
  let organization: string | null = null;
  let acronym: string | null = null;
  let cityCountry: string | null = null;
  let postedToState = false;
  for (const chunk of phrase.complement) {
    if (chunk.kind !== "country" && chunk.kind !== "org" && chunk.kind !== "place") continue;
    const before = words[chunk.from - 1];
    if (chunk.kind === "country" && before !== undefined && POSTED_IN.has(before.lower)) postedToState = true;
    if (before !== undefined && NOT_OWNER.has(before.lower)) continue;
    if (chunk.kind === "country") country ??= chunk.code;
    else if (chunk.kind === "place") cityCountry ??= chunk.code;
    else if (organization === null) {
      organization = chunk.org.acronym ?? chunk.org.name;
      acronym = chunk.org.acronym;
    }
  }
  // "аким Актюбинской области": an office only one state has is that state's.
  country ??= phrase.countryBefore ?? (organization === null ? cityCountry : null) ?? phrase.hit.titles[0]?.title.country ?? null;
  // "Торага Жогорку Кенеша Кыргызской Республики": a national body's state is the holder's.
  if (country === null && organization !== null) country = vocabulary.nationalBody(organization)?.country ?? null;
  let role = phrase.hit.titles.map((title) => englishOf(title, country, acronym, gender)).join(" – ");
  // "Губернатор Оренбургской области", "Мэр Москвы": a local head's role names the place.
  const place = phrase.hit.titles.length === 1 && phrase.hit.titles[0]?.title.ofPlace === true ? placeAfterTitle(words, phrase, country) : null;
  if (place !== null) role = `${role} of ${place}`;
  // "Председатель Государственной Думы": the title names a national body ("Chairman of the State
  // Duma"), and so the holder's state ("Руководитель Россотрудничества": RU).
  if (organization === null) {
    const body = bodyOfRole(role, country, vocabulary);
    if (body !== null) {
      organization = body.acronym ?? body.name;
      country ??= body.country;
    }
  }
  return { role, kind: phrase.hit.kind, organization, country, postedToState };
}

/**
 * The national body a role names after "of the" ("Chairman of the State Duma": State Duma;
 * "Director of the Federal Security Service": FSB; "Head of Rossotrudnichestvo"), when the lexicon's organisations know it
 * as a body of the person's state (or of some state, when the person's is unknown).
 */
function bodyOfRole(role: string, country: string | null, vocabulary: RussianPeopleVocabulary): NationalBody | null {
  // "Governor of the Bank of Russia": the body may hold "of" itself, so every "of" from the last back.
  for (let at = role.lastIndexOf(" of "); at >= 0; at = at === 0 ? -1 : role.lastIndexOf(" of ", at - 1)) {
    const body = vocabulary.nationalBody(role.slice(at + " of ".length).replace(THE, ""));
    if (body && (country === null || body.country === country)) return body;
  }
  return null;
}

/** The city or the region right after a local head's title ("Москвы", "Актюбинской области"), in English. */
function placeAfterTitle(words: readonly Word[], phrase: TitlePhrase, country: string | null): string | null {
  const first = phrase.complement[0];
  if (first === undefined || (first.kind !== "place" && first.kind !== "word")) return null;
  // "Омской области": a city's adjective may read as the city; the region's noun after it tells.
  const region = russianRegionAt(words, first.from, country);
  if (region !== null) return region.name;
  return first.kind === "place" && first.name !== "" ? first.name : null;
}

/** The article before a body's name in a role ("of the State Duma"). */
const THE = /^the /u;

function englishOf(qualified: QualifiedTitle, country: string | null, acronym: string | null, gender: NameGender): string {
  const title = qualified.title;
  const base =
    (acronym !== null ? title.byOrganization?.[acronym] : undefined) ??
    (country !== null ? title.byCountry?.[country] : undefined) ??
    (gender === "feminine" ? title.roleFeminine : undefined) ??
    title.role;
  return qualified.qualifier === null ? base : `${qualified.qualifier} ${base}`;
}
