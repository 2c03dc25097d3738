import type { Word } from "../../../core/word.js";
import { findRussianOfficial } from "../../../normalize/russian-names.js";
import type { Organization } from "../../../schema/organization.js";
import type { OrgMention } from "../chunks.js";
import type { RussianPeopleVocabulary, RussianTitleHit } from "./vocabulary.js";
import { isInitials, startsWithInitials } from "./initials.js";

/** A stretch of a Russian sentence's words with what it names. `from`/`to` index the words, `to` exclusive. */
export type RussianChunk =
  | { readonly kind: "org"; readonly from: number; readonly to: number; readonly org: Organization }
  | { readonly kind: "title"; readonly from: number; readonly to: number; readonly hit: RussianTitleHit }
  | { readonly kind: "country"; readonly from: number; readonly to: number; readonly code: string }
  /** A city ("Мэр Москвы"): its country is a state official's. */
  | { readonly kind: "place"; readonly from: number; readonly to: number; readonly code: string; readonly name: string }
  /** An honorific or a modifier before a title or a name ("господин", "уважаемого", "вновь назначенным"). */
  | { readonly kind: "honorific"; readonly from: number; readonly to: number }
  /** A word that may be part of a name; `initials` when it is or starts with initials ("С.", "С.Лавровым"). */
  | { readonly kind: "name"; readonly from: number; readonly to: number; readonly initials: boolean }
  | { readonly kind: "word"; readonly from: number; readonly to: number }
  | { readonly kind: "punct"; readonly from: number; readonly to: number };

/** A digit: no personal name holds one. */
const DIGIT = /\p{Nd}/u;

/**
 * Endings of adjectives and of neuter nouns, which capitalised words of bodies' names carry
 * ("Государственной", "Шанхайской", "Национального") and personal names do not, but for
 * adjectival surnames after a given name ("Владимир Зеленский").
 */
const ADJECTIVAL = /(?:ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ую|юю|ые|ие|(?<!и)ной|ный|ных|ский|ской|ских|ском|ским|цкий|цкой|ство|ства|ству|ством|стве|ние|ния|нию|нием|нии)$/u;

/** The possessive surnames' endings in any case ("Борисов", "Борисова", "Борисовым", "Ильин"), which city names share. */
const POSSESSIVE_SURNAME = /(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е)?$/u;

/** The word is initials, alone or glued to a surname. */
export function hasInitials(word: Word): boolean {
  return word.kind === "word" && startsWithInitials(word.value);
}

/** The word is only initials ("С.", "В.А."). */
export function isInitialsOnly(word: Word): boolean {
  return word.kind === "word" && isInitials(word.value);
}

/**
 * Splits a Russian sentence's words into chunks, longest match first at each word:
 * organisation mentions (the organisations plugin's, then the reader's own acronyms and
 * names), honorifics, titles (any case: "министра", "Министром"), countries, cities, then
 * capitalised words that may be part of a name and initials.
 */
export function chunkRussianWords(words: readonly Word[], orgMentions: readonly OrgMention[], vocabulary: RussianPeopleVocabulary): RussianChunk[] {
  const chunks: RussianChunk[] = [];
  let mention = 0;
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    while (mention < orgMentions.length && (orgMentions[mention] as OrgMention).to <= index) mention++;
    const org = orgMentions[mention];
    // A minister's title that holds the start of a ministry's name ("глава МИД" of "глава МИД
    // Таджикистана"): the rest of the name is the minister's state, not his organisation.
    if (org && org.from <= index && (org.from === index || !endsMinisterTitle(chunks[chunks.length - 1], org.from))) {
      chunks.push({ kind: "org", from: index, to: org.to, org: org.org });
      index = org.to;
      continue;
    }
    if (word.kind !== "word") {
      chunks.push({ kind: "punct", from: index, to: index + 1 });
      index++;
      continue;
    }
    const chunk = chunkAt(words, index, vocabulary, chunks[chunks.length - 1]);
    chunks.push(chunk);
    index = chunk.to;
  }
  return chunks;
}

/** The chunk is a minister's title that began before `from` (and so holds part of a mention starting there). */
function endsMinisterTitle(chunk: RussianChunk | undefined, from: number): boolean {
  return chunk?.kind === "title" && chunk.from < from && chunk.hit.kind === "minister";
}

function chunkAt(words: readonly Word[], index: number, vocabulary: RussianPeopleVocabulary, previous: RussianChunk | undefined): RussianChunk {
  const word = words[index] as Word;
  const facts = vocabulary.factsOf(word);
  if (facts.initials) return { kind: "name", from: index, to: index + 1, initials: true };
  const honorific = vocabulary.honorificAt(words, index);
  if (honorific > 0) return { kind: "honorific", from: index, to: index + honorific };
  if (facts.mayStartTitle) {
    const title = vocabulary.titleAt(words, index);
    // "Главы МИД ... и Министр ...": a title read on a name's word inside a name is the name's
    // ("Президент" after "Лидер" is a title; "Глава" after "Николай" would be a surname).
    if (title && !(previous?.kind === "name" && !previous.initials && title.length === 1 && word.capitalized && (nameAfter(words, index + 1, vocabulary) || knownSurname(words, previous, index)))) {
      return { kind: "title", from: index, to: index + title.length, hit: title };
    }
  }
  // "Дания Еспаева": a given name that is also a country's name, before a surname (no place
  // and no body's word), is the name ("Дания Норвегия" stays two countries).
  if (facts.givenName && word.capitalized && surnameAfter(words, index + 1, vocabulary)) return { kind: "name", from: index, to: index + 1, initials: false };
  // "Республики Армения", "США", "казахстанский".
  const country = vocabulary.countryAt(words, index);
  if (country) return { kind: "country", from: index, to: index + country.length, code: country.code };
  if (!word.capitalized) return { kind: "word", from: index, to: index + 1 };
  // "Александр Лукашенко": a given name before another name word is no city ("Александрия").
  if (facts.givenName && nameAfter(words, index + 1, vocabulary)) return { kind: "name", from: index, to: index + 1, initials: false };
  // "Леонид Слуцкий": an adjective after a given name is an adjectival surname, not a city's
  // adjective ("Слуцк").
  if (previous?.kind === "name" && !previous.initials && ADJECTIVAL.test(word.lower) && vocabulary.factsOf(words[previous.from] as Word).givenName) {
    return { kind: "name", from: index, to: index + 1, initials: false };
  }
  // "Юрий Борисов": a word of a surname's shape after a given name is a surname, not a city ("Борисов").
  if (previous?.kind === "name" && !previous.initials && POSSESSIVE_SURNAME.test(word.lower) && vocabulary.factsOf(words[previous.from] as Word).givenName) {
    return { kind: "name", from: index, to: index + 1, initials: false };
  }
  const city = vocabulary.cityAt(words, index);
  if (city) return { kind: "place", from: index, to: index + city.length, code: city.code, name: city.name ?? "" };
  const org = vocabulary.organizationAt(words, index);
  if (org) return { kind: "org", from: index, to: index + org.length, org: org.org };
  return isNameWord(word, vocabulary, previous) ? { kind: "name", from: index, to: index + 1, initials: false } : { kind: "word", from: index, to: index + 1 };
}

/**
 * The word at `index` is the surname of a person of the officials gazetteer whose given name
 * is the name chunk before it: "Эбрахима Раиси" is no "Раис" (a title) after a name.
 */
function knownSurname(words: readonly Word[], previous: RussianChunk, index: number): boolean {
  return findRussianOfficial([`${(words[previous.from] as Word).value} ${(words[index] as Word).value}`], null) !== null;
}

/** The word at `index` may be a surname after a given name: capitalised, neither a title's, a place's nor a body's word. */
function surnameAfter(words: readonly Word[], index: number, vocabulary: RussianPeopleVocabulary): boolean {
  const next = words[index];
  if (next === undefined || next.kind !== "word" || !next.capitalized || next.allCaps || vocabulary.mayStartTitle(next) || vocabulary.isNonName(next)) return false;
  return vocabulary.countryAt(words, index) === null && vocabulary.cityAt(words, index) === null && vocabulary.organizationAt(words, index) === null;
}

/** The word after a title word is a name's word: the title word may be a surname ("Николай Глава"). */
function nameAfter(words: readonly Word[], index: number, vocabulary: RussianPeopleVocabulary): boolean {
  const next = words[index];
  return next !== undefined && next.kind === "word" && next.capitalized && !vocabulary.mayStartTitle(next);
}

/**
 * A capitalised word that may be part of a personal name: not a word of release prose or of
 * a body's name ("Организации", "Совета", "Также"), not an adjective ("Государственной",
 * "Шанхайской") unless it follows a name's first word ("Владимир Зеленский"), not a word in
 * capitals ("ОДКБ") unless initials stand before it ("Х. ЗАРИФИ"), and longer than two
 * letters unless a known given name ("Ли", "Си").
 */
function isNameWord(word: Word, vocabulary: RussianPeopleVocabulary, previous: RussianChunk | undefined): boolean {
  const facts = vocabulary.factsOf(word);
  if (facts.nonName) return false;
  const afterName = previous?.kind === "name";
  if (word.allCaps) return afterName && previous.initials;
  if (word.value.length <= 2) return facts.givenName;
  // "«Взаимодействие-2021»": a name with a number is an exercise's or an event's, not a person's.
  if (DIGIT.test(word.value)) return false;
  if (ADJECTIVAL.test(word.lower) && !facts.givenName) return afterName;
  return true;
}
