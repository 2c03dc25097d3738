import { countryCode } from "../../normalize/country.js";
import { chunkStartingAt, type Chunk } from "./chunks.js";
import type { PersonMention } from "./mentions.js";
import { isPortfolioWord, titleAt } from "./lexicon.js";
import { textOfWords, valuesOf, type Word } from "../words.js";

const CONNECTORS = new Set(["of", "the", "for", "and", "to", "on", "in"]);

/**
 * Fills a mention's role, organisation and country from the words around it: a title
 * phrase before the name ("OSCE Secretary General", "Prime Minister of the Republic of
 * Armenia", "Russian Foreign Minister"), an apposition after it (", Deputy Prime Minister and
 * Minister for EU Affairs of Malta"), or "of <country>" after it ("Henrik Landerholm of Sweden").
 */
export function attachRole(mention: PersonMention, words: readonly Word[], chunks: readonly Chunk[], plural: TitleHint | null): void {
  const first = chunkStartingAt(chunks, mention.from);
  if (first < 0) return;
  const before = phraseBefore(words, chunks, first);
  if (before.length > 0) applyPhrase(mention, words, before);
  // "Colonel General Anatoly Sidorov, chief of the CSTO Joint Staff": the post, not the rank, is the role.
  if (mention.role === null || mention.titleKind === "military") {
    const after = appositionPhrase(words, chunks, mention.to);
    if (after.length > 0) applyPhrase(mention, words, after);
  }
  if (mention.country === null) {
    const of = countryAfter(words, chunks, mention.to) ?? sideBefore(words, chunks, first);
    if (of) mention.country = of;
  }
  // "the Foreign Ministers of Belarus - Sergey Aleinik, Iran Hossein Amir Abdollahian": a
  // plural title earlier in the sentence gives each listed official the singular role.
  if (mention.role === null && plural && mention.country !== null && plural.from < mention.from) {
    mention.role = plural.title;
    mention.titleKind = plural.kind;
  }
}

/** A plural title ("Foreign Ministers") seen earlier in a sentence. */
export interface TitleHint {
  readonly title: string;
  readonly kind: string;
  readonly from: number;
}

/**
 * The chunks of the title phrase that ends just before the name (left to right). The phrase
 * must touch the name (a comma may stand between when a title, organisation or country ends
 * it: "the OSCE Secretary General, Thomas Greminger"), and stops at another person's name.
 */
function phraseBefore(words: readonly Word[], chunks: readonly Chunk[], nameIndex: number): Chunk[] {
  let at = nameIndex - 1;
  const touching = (chunk: Chunk | undefined): boolean =>
    chunk !== undefined &&
    (chunk.kind === "title" || chunk.kind === "org" || chunk.kind === "country" || chunk.kind === "place" || chunk.kind === "honorific" || isClosingBracket(words, chunk) || isDash(words, chunk));
  if (at >= 0 && isComma(words, chunks[at]) && touching(chunks[at - 1])) at--;
  // "the Head of the Programme Office in Bishkek, Alexey Rogov": a complement, then a comma.
  else if (at >= 1 && isComma(words, chunks[at]) && complementStart(words, chunks, at - 1) !== null) at--;
  // "Special Representative for Central Asia Terhi Hakala": a title's complement of capitalised words.
  // Chunks after this index belong to the complement ("for" excluded), -1 when there is none.
  const complement = complementStart(words, chunks, at) ?? -1;
  if (complement < 0 && !touching(chunks[at])) return [];
  const phrase: Chunk[] = [];
  let sawTitle = false;
  for (; at >= 0; at--) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "title") sawTitle = true;
    else if (chunk.kind === "org" || chunk.kind === "country" || chunk.kind === "place" || chunk.kind === "honorific") {
      // keep
    } else if (chunk.kind === "punct") {
      const value = (words[chunk.from] as Word).value;
      // "Minister of Investment, Industry and Trade": a comma inside a list of portfolios.
      const portfolioList = value === "," && portfolioChunk(words, phrase[0]) && (chunks[at - 1]?.kind === "title" || portfolioChunk(words, chunks[at - 1]));
      if (!(value === "(" || value === ")" || value === "-" || value === "–" || portfolioList)) break;
    } else if (chunk.kind === "word" || (chunk.kind === "name" && at > complement && complement >= 0)) {
      const value = (words[chunk.from] as Word).bare;
      const lower = (words[chunk.from] as Word).lower;
      // "the Spokesperson for Secretary-General António Guterres": the title after "for" is the person's own.
      if (lower === "for" && phrase[0]?.kind === "title") break;
      if (!CONNECTORS.has(lower) && !isPortfolioWord(value) && !(chunk.kind === "name" || words[chunk.from]?.capitalized)) break;
      // "The Secretary-General and President Obama": titles of two different people.
      if (lower === "and" && !joinable(words, chunks[at - 1], phrase, complement >= 0 && at > complement)) break;
    } else {
      break;
    }
    phrase.unshift(chunk);
  }
  while (phrase.length > 0 && (phrase[0]?.kind === "word" || phrase[0]?.kind === "punct")) phrase.shift();
  return sawTitle ? phrase : phrase.filter((chunk) => chunk.kind === "country" || chunk.kind === "org");
}

function portfolioChunk(words: readonly Word[], chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind === "word" && isPortfolioWord((words[chunk.from] as Word).bare);
}

/**
 * Where a title's complement starts, walking left from `at` over capitalised words ("for
 * Central Asia", "for Europe and Central Asia") to the "for" or "on" that a title precedes.
 */
function complementStart(words: readonly Word[], chunks: readonly Chunk[], at: number): number | null {
  let index = at;
  for (let steps = 0; index >= 1 && steps < 6; index--, steps++) {
    const chunk = chunks[index] as Chunk;
    const word = words[chunk.from] as Word;
    const lower = word.lower;
    if ((lower === "for" || lower === "on" || lower === "in") && titleBefore(words, chunks, index - 1)) return index;
    if (chunk.kind === "country" || chunk.kind === "org") continue;
    if ((chunk.kind === "name" || chunk.kind === "word") && (word.capitalized || lower === "and" || lower === "the")) continue;
    return null;
  }
  return null;
}

/** A title ends at `at`, perhaps followed by its organisation ("Special Representative of the European Union"). */
function titleBefore(words: readonly Word[], chunks: readonly Chunk[], at: number): boolean {
  for (let index = at; index >= 0 && at - index < 8; index--) {
    const chunk = chunks[index] as Chunk;
    if (chunk.kind === "title") return true;
    if (chunk.kind === "org" || chunk.kind === "country") continue;
    const lower = (words[chunk.from] as Word).lower;
    if (lower === "of" || lower === "the") continue;
    // Without the organisations plugin, an organisation's name is plain capitalised words.
    if ((chunk.kind === "name" || chunk.kind === "word") && (words[chunk.from] as Word).capitalized) continue;
    return false;
  }
  return false;
}

function isDash(words: readonly Word[], chunk: Chunk): boolean {
  if (chunk.kind !== "punct") return false;
  const value = (words[chunk.from] as Word).value;
  return value === "-" || value === "–" || value === "—";
}

/** Groups of title kinds one person may hold together ("Deputy Prime Minister and Minister for EU Affairs"). */
const KIND_GROUP: Readonly<Record<string, string>> = {
  "head-of-state": "state",
  "head-of-government": "state",
  minister: "state",
  official: "state",
  diplomat: "diplomat",
  "io-official": "organization",
  staff: "staff",
  military: "military",
};

/**
 * What "and" may join inside a title phrase: two titles one person can hold ("Deputy Prime
 * Minister and Minister for EU Affairs"), portfolio words ("Foreign and European Affairs
 * Minister"), places in a title's complement ("for Europe and Central Asia").
 */
function joinable(words: readonly Word[], left: Chunk | undefined, phrase: readonly Chunk[], inComplement: boolean): boolean {
  if (!left) return false;
  if (left.kind === "title") return coordinable(left, phrase);
  const right = phrase[0];
  const portfolio = (chunk: Chunk | undefined): boolean => chunk !== undefined && chunk.kind !== "title" && isPortfolioWord((words[chunk.from] as Word).bare);
  if (portfolio(left) || portfolio(right)) return true;
  return inComplement;
}

function coordinable(left: Chunk | undefined, phrase: readonly Chunk[]): boolean {
  const right = phrase.find((chunk) => chunk.kind === "title");
  // Only titles are coordinated: "Armen Grigoryan of Armenia and Head of ..." starts a new person.
  if (!left || left.kind !== "title") return false;
  if (!right || right.kind !== "title") return true;
  return (KIND_GROUP[left.titleKind] ?? left.titleKind) === (KIND_GROUP[right.titleKind] ?? right.titleKind);
}

function isClosingBracket(words: readonly Word[], chunk: Chunk): boolean {
  return chunk.kind === "punct" && (words[chunk.from] as Word).value === ")";
}

/** ", [the] Title of ..." after the name, up to the next comma, semicolon or another name. */
function appositionPhrase(words: readonly Word[], chunks: readonly Chunk[], to: number): Chunk[] {
  let at = chunkStartingAt(chunks, to);
  if (at < 0 || !isComma(words, chunks[at])) return [];
  at++;
  if (chunks[at]?.kind === "word" && (words[(chunks[at] as Chunk).from] as Word).lower === "the") at++;
  const start = chunks[at];
  if (!start) return [];
  const values = valuesOf(words);
  const lowerTitle = start.kind === "title" ? null : titleAt(values, start.from, words, { allowLowerCase: true });
  if (start.kind !== "title" && !lowerTitle) return [];
  const phrase: Chunk[] = [];
  if (lowerTitle) {
    phrase.push({ kind: "title", from: start.from, to: start.from + lowerTitle.length, title: lowerTitle.title, titleKind: lowerTitle.kind, plural: lowerTitle.plural });
    at = chunks.findIndex((chunk) => chunk.from >= start.from + lowerTitle.length);
    if (at < 0) return phrase;
  }
  for (; at < chunks.length; at++) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "punct") {
      const value = (words[chunk.from] as Word).value;
      if (value === "(" || value === ")") {
        phrase.push(chunk);
        continue;
      }
      break;
    }
    if (chunk.kind === "word") {
      const value = (words[chunk.from] as Word).bare;
      if (!CONNECTORS.has(value.toLowerCase()) && !isPortfolioWord(value)) break;
      // "and Nicholas Berliner": a new person starts.
      if (value === "and" && chunks[at + 1]?.kind === "name" && chunks[at + 2]?.kind === "name") break;
    }
    if (chunk.kind === "name") {
      // ", Chairman of the Majlisi Milli of Tajikistan": a body's name, followed by its "of".
      const bodyEnd = bodyNameEnd(words, chunks, at);
      if (bodyEnd > at) {
        phrase.push(...chunks.slice(at, bodyEnd));
        at = bodyEnd - 1;
        continue;
      }
      // ", Prime Minister of India Narendra Modi": the title belongs to the next name, not this one.
      return [];
    }
    if (chunk.kind === "honorific") break;
    phrase.push(chunk);
  }
  while (phrase.length > 0 && phrase[phrase.length - 1]?.kind === "word") phrase.pop();
  return phrase;
}

/**
 * Where the capitalised words starting at `at` end when they come after "the" and before
 * another "of": a body's name ("the Majlisi Milli of Tajikistan"), not a person's. `at` when not.
 */
function bodyNameEnd(words: readonly Word[], chunks: readonly Chunk[], at: number): number {
  const before = chunks[at - 1];
  if (before?.kind !== "word" || (words[before.from] as Word).lower !== "the") return at;
  let end = at;
  while (chunks[end]?.kind === "name") end++;
  const after = chunks[end];
  return after?.kind === "word" && (words[after.from] as Word).lower === "of" ? end : at;
}

/** "from the Kazakh side – Deputy Minister X": the side a delegation list puts the person on. */
function sideBefore(words: readonly Word[], chunks: readonly Chunk[], nameIndex: number): string | null {
  for (let at = nameIndex - 1; at >= 1 && nameIndex - at <= 12; at--) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "name") return null;
    if (chunk.kind !== "word" || (words[chunk.from] as Word).lower !== "side") continue;
    const country = chunks[at - 1];
    return country?.kind === "country" && words[country.from - 1]?.lower === "the" && words[country.from - 2]?.lower === "from" ? country.code : null;
  }
  return null;
}

function countryAfter(words: readonly Word[], chunks: readonly Chunk[], to: number): string | null {
  let at = chunkStartingAt(chunks, to);
  if (at < 0) return null;
  if (isComma(words, chunks[at])) at++;
  if (chunks[at]?.kind !== "word" || (words[(chunks[at] as Chunk).from] as Word).bare !== "of") return null;
  at++;
  if (chunks[at]?.kind === "word" && (words[(chunks[at] as Chunk).from] as Word).lower === "the") at++;
  const chunk = chunks[at];
  return chunk?.kind === "country" ? chunk.code : null;
}

const EVENT_NOUNS = new Set(["summit", "meeting", "session", "conference", "forum", "talks", "consultations", "ministerial"]);

/** "at the BRICS Summit President of Russia ...": a meeting of an organisation is no one's employer. */
function namesAnEvent(words: readonly Word[], chunk: Chunk): boolean {
  const last = words[chunk.to - 1]?.lower ?? "";
  const next = words[chunk.to]?.lower ?? "";
  return EVENT_NOUNS.has(last) || EVENT_NOUNS.has(next);
}

function isComma(words: readonly Word[], chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind === "punct" && (words[chunk.from] as Word).value === ",";
}

/**
 * Whether a country or organisation in a title phrase is the person's: one before the title
 * ("OSCE Secretary General", "Russian Foreign Minister") or after "of"/"to" ("President of
 * Kazakhstan", "Permanent Representative to the OSCE") is; one after "for" names a
 * portfolio ("Minister for EU Affairs", "Senior Director for Russia") and is not.
 */
function ownedByPerson(words: readonly Word[], phrase: readonly Chunk[], index: number, firstTitle: number): boolean {
  if (firstTitle < 0 || index < firstTitle) return true;
  for (let at = index - 1; at >= 0; at--) {
    const chunk = phrase[at] as Chunk;
    if (chunk.kind === "title") return true;
    if (chunk.kind !== "word") continue;
    const value = (words[chunk.from] as Word).lower;
    if (value === "of") return true;
    // "Permanent Representative to the OSCE" serves the organisation; "Ambassador of the EU to
    // Georgia" is posted in the country, which is not the person's own.
    if (value === "to") return phrase[index]?.kind !== "country";
    // "Representative in Azerbaijan": where the post is, not the person's state.
    if (value === "for" || value === "and" || value === "in" || isPortfolioWord(value)) return false;
  }
  return true;
}

/**
 * Reads role, organisation and country off a title phrase. The role is the first title group
 * as written, without country words or organisation acronyms ("Director of the OSCE
 * Conflict Prevention Center" → "Director of the Conflict Prevention Center", organisation
 * OSCE); countries and organisations the person belongs to are read by {@link ownedByPerson}.
 */
function applyPhrase(mention: PersonMention, words: readonly Word[], phrase: readonly Chunk[]): void {
  const firstTitle = phrase.findIndex((chunk) => chunk.kind === "title");
  phrase.forEach((chunk, index) => {
    // "Governor of St. Petersburg": the official of a city is a state official of its country.
    if (chunk.kind === "place" && mention.country === null) mention.country = chunk.country;
    if (chunk.kind !== "country" && chunk.kind !== "org") return;
    if (!ownedByPerson(words, phrase, index, firstTitle)) return;
    if (chunk.kind === "country" && mention.country === null) mention.country = chunk.code;
    if (chunk.kind === "org" && mention.organization === null && !namesAnEvent(words, chunk)) mention.organization = chunk.org.acronym ?? chunk.org.name;
  });
  if (firstTitle < 0) return;
  const title = phrase[firstTitle] as Extract<Chunk, { kind: "title" }>;
  mention.titleKind = title.titleKind;
  const parts: string[] = [];
  let pendingConnectors: string[] = [];
  let afterOwner = false;
  for (let index = firstTitle; index < phrase.length; index++) {
    const chunk = phrase[index] as Chunk;
    // "Chief of the Joint Staff of the CSTO Colonel General ...": a title after the
    // organisation or country that closed the first one is another title (a rank).
    if (chunk.kind === "title" && index > firstTitle && afterOwner) break;
    if (chunk.kind === "org" || chunk.kind === "country") afterOwner = ownedByPerson(words, phrase, index, firstTitle);
    else if (chunk.kind === "title") afterOwner = false;
    if (chunk.kind === "country") {
      // A country between two titles ends the first title group ("Chairperson-in-Office Slovak ... Minister").
      if (phrase.slice(index + 1).some((next) => next.kind === "title")) break;
      // "for Central Asia" belongs to the title; "to Georgia", where an ambassador is posted, does not.
      if (!ownedByPerson(words, phrase, index, firstTitle) && !pendingConnectors.some((word) => word.toLowerCase() === "to")) {
        parts.push(...pendingConnectors, textOfWords(words, chunk.from, chunk.to));
      }
      pendingConnectors = [];
      continue;
    }
    if (chunk.kind === "word") {
      const value = (words[chunk.from] as Word).value;
      if (isPortfolioWord(value)) {
        parts.push(...pendingConnectors, value);
        pendingConnectors = [];
      } else {
        pendingConnectors.push(value);
      }
      continue;
    }
    if (chunk.kind === "honorific") continue;
    if (chunk.kind === "punct") {
      const value = (words[chunk.from] as Word).value;
      if (value === "-" || value === "–") pendingConnectors.push(value);
      // "Minister of Investment, Industry and Trade" keeps its comma.
      if (value === "," && parts.length > 0 && pendingConnectors.length === 0) parts[parts.length - 1] += ",";
      continue;
    }
    if (chunk.kind === "org" && chunk.acronymOnly) {
      // "Minister for EEA and EU Affairs": an acronym inside the portfolio stays.
      if (!ownedByPerson(words, phrase, index, firstTitle)) {
        parts.push(...pendingConnectors, textOfWords(words, chunk.from, chunk.to));
        pendingConnectors = [];
      }
      continue;
    }
    if (chunk.kind === "org" && chunk.rest && countryCode(orgWordsWithoutAcronym(words, chunk)) !== null) {
      // The title holds the name's head; what is left ("of the Russian Federation") says whose.
      pendingConnectors = [];
      continue;
    }
    if (chunk.kind === "org") {
      // "Secretary General of the Association of Southeast Asian Nations": the organisation is
      // the person's, not part of the role; an organ ("of the CSTO Joint Staff") stays in it.
      const text = orgWordsWithoutAcronym(words, chunk);
      const closes = !phrase.slice(index + 1).some((next) => next.kind === "title" || next.kind === "name");
      if (text.length === 0 || (closes && text.toLowerCase() === chunk.org.name.toLowerCase())) {
        pendingConnectors = [];
        continue;
      }
      parts.push(...pendingConnectors, text);
      pendingConnectors = [];
      continue;
    }
    parts.push(...pendingConnectors, textOfWords(words, chunk.from, chunk.to));
    pendingConnectors = [];
  }
  const joined = parts.join(" ");
  const role = (joined.includes(" - ") ? joined.replace(/ - /g, " – ") : joined).trim();
  if (role.length > 0) mention.role = canonicalRole(title.plural ? singularTitle(role) : role);
}

function orgWordsWithoutAcronym(words: readonly Word[], chunk: Chunk): string {
  const kept: string[] = [];
  for (let index = chunk.from; index < chunk.to; index++) {
    const word = words[index] as Word;
    if (word.allCaps || word.value === "(" || word.value === ")") continue;
    kept.push(word.value);
  }
  // What a title already took of an organisation's name leaves connectors at its edges ("of the").
  while (kept.length > 0 && CONNECTORS.has((kept[0] as string).toLowerCase())) kept.shift();
  while (kept.length > 0 && CONNECTORS.has((kept[kept.length - 1] as string).toLowerCase())) kept.pop();
  return kept.join(" ");
}


/** "Foreign Ministers" → "Foreign Minister", "Heads of State" → "Head of State". */
export function singularTitle(title: string): string {
  const words = title.split(" ");
  const of = words.findIndex((word) => word === "of" || word === "for" || word === "to");
  const head = of > 0 ? of - 1 : words.length - 1;
  const word = words[head] ?? "";
  words[head] = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  return words.join(" ");
}

/** Roles read as titles: capital first letter ("chief of the Joint Staff" → "Chief of the Joint Staff"). */
function canonicalRole(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
