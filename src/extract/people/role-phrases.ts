// The title phrases around a name: the one that ends just before it ("OSCE Secretary General
// Thomas Greminger") and the apposition after it (", Minister for EU Affairs of Malta").
import type { Word } from "../../core/word.js";
import { chunkStartingAt, type Chunk } from "./chunks.js";
import type { PeopleVocabulary } from "./vocabulary.js";
import { skipAfterName, valuesOf } from "./words.js";

/**
 * The chunks of the title phrase that ends just before the name (left to right). The phrase
 * must touch the name (a comma may stand between when a title, organisation or country ends
 * it: "the OSCE Secretary General, Thomas Greminger"), and stops at another person's name.
 */
export function phraseBefore(vocabulary: PeopleVocabulary, words: readonly Word[], chunks: readonly Chunk[], nameIndex: number): Chunk[] {
  let at = nameIndex - 1;
  // "..., Speaker of the Senate, Mrs. X": the honorifics, then the title phrase as without them;
  // "..., President of the Council and H.E. Mr. Y": "and" before them starts another person.
  const beforeHonorifics = at;
  while (at >= 0 && chunks[at]?.kind === "honorific") at--;
  // "the Prime Minister of Fiji, the Hon X": the article of a style of address goes with it.
  if (at < beforeHonorifics && at >= 1 && chunks[at]?.kind === "word" && (words[(chunks[at] as Chunk).from] as Word).key === "the" && isComma(words, chunks[at - 1])) at--;
  const touching = (chunk: Chunk | undefined): boolean =>
    chunk !== undefined &&
    (chunk.kind === "title" || chunk.kind === "org" || chunk.kind === "country" || chunk.kind === "place" || chunk.kind === "honorific" || isClosingBracket(words, chunk) || isDash(words, chunk));
  let commaComplement: number | null = null;
  if (at >= 0 && isComma(words, chunks[at]) && touching(chunks[at - 1])) at--;
  // "the Head of the Programme Office in Bishkek, Alexey Rogov", "the Secretary of the Legal
  // Affairs Committee, Mrs. X": a complement, then a comma.
  else if (at >= 1 && isComma(words, chunks[at]) && (commaComplement = complementStart(words, chunks, at - 1, true)) !== null) at--;
  // "Special Representative for Central Asia Terhi Hakala": a title's complement of capitalised words.
  // Chunks after this index belong to the complement ("for" excluded), -1 when there is none.
  const complement = commaComplement ?? complementStart(words, chunks, at) ?? -1;
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
      const portfolioList = value === "," && portfolioChunk(vocabulary, words, phrase[0]) && (chunks[at - 1]?.kind === "title" || portfolioChunk(vocabulary, words, chunks[at - 1]));
      // "for South Asia, Central Asia and West Asia, X": a comma of the complement before the name's comma.
      const inList = value === "," && commaComplement !== null && at > commaComplement;
      if (!(value === "(" || value === ")" || value === "-" || value === "–" || portfolioList || inList)) break;
    } else if (chunk.kind === "word" || (chunk.kind === "name" && ((at > complement && complement >= 0) || beforeHeadWord(words, chunks, at) || complementBeforeRank(words, chunks, at)))) {
      const value = (words[chunk.from] as Word).bare;
      const lower = (words[chunk.from] as Word).key;
      // "the Spokesperson for Secretary-General António Guterres": the title after "for" is the person's own.
      if (lower === "for" && phrase[0]?.kind === "title") break;
      if (!vocabulary.titleConnectors.has(lower) && !vocabulary.isPortfolioWord(value) && !(chunk.kind === "name" || words[chunk.from]?.capitalized)) break;
      // "The Secretary-General and President Obama": titles of two different people.
      if (lower === "and" && !joinable(vocabulary, words, chunks[at - 1], phrase, complement >= 0 && at > complement)) break;
    } else {
      break;
    }
    phrase.unshift(chunk);
  }
  let lead: Chunk | undefined;
  while (phrase.length > 0 && (phrase[0]?.kind === "word" || phrase[0]?.kind === "punct")) lead = phrase.shift();
  if (!sawTitle) {
    // "... and the crisis in Georgia, Toivo Klaar": a country after "in", "to", "at" or "on" is
    // where the post or the mandate is, not the person's state; after "of" it is the person's,
    // and "For Chile, X signed" names the party X signs for.
    const key = lead?.kind === "word" ? (words[lead.from] as Word).key : "";
    // "Elina Valtonen of Finland, Lars Rasmussen of Denmark": the country before the comma is the person's before.
    if (key === "of" && chunks[at]?.kind === "name") return [];
    const mandate = key !== "of" && key !== "for" && vocabulary.prepositions.has(key);
    return phrase.filter((chunk) => chunk.kind === "org" || (chunk.kind === "country" && !mandate));
  }
  // "Visit to Brazil of the Minister of ...": before its first title, a phrase holds only the
  // words that qualify the title ("Russian", "OSCE"); what stands before an "of" is another noun's.
  const firstTitle = phrase.findIndex((chunk) => chunk.kind === "title");
  let start = 0;
  for (let index = 0; index < firstTitle; index++) {
    const chunk = phrase[index] as Chunk;
    if (chunk.kind !== "word") continue;
    const key = (words[chunk.from] as Word).key;
    if (vocabulary.prepositions.has(key)) start = index + 1;
    // "at the headquarters of the General Secretariat the Minister of ...": a second article
    // starts the title's own noun phrase; the body before it is the place, not the person's.
    else if (key === "the" && index > start) start = index;
  }
  while (phrase[start]?.kind === "word" && (words[(phrase[start] as Chunk).from] as Word).key === "the") start++;
  // "Georgetown, Guyana – CARICOM Secretary-General X": a dateline's place and its dash open
  // the sentence; the country is where the release was issued, not the person's.
  for (let index = start + 1; index < firstTitle; index++) {
    const chunk = phrase[index] as Chunk;
    const before = phrase[index - 1] as Chunk;
    if (isDash(words, chunk) && (before.kind === "country" || before.kind === "place") && chunk.from <= DATELINE_WORDS) start = index + 1;
  }
  return start > 0 ? phrase.slice(start) : phrase;
}

/**
 * "Chief of Armament Major General X": a capitalised word after a title's "of" or "for", right
 * before another title (a rank), is the first title's complement, not a name.
 */
function complementBeforeRank(words: readonly Word[], chunks: readonly Chunk[], at: number): boolean {
  const of = chunks[at - 1];
  if (chunks[at + 1]?.kind !== "title" || of?.kind !== "word") return false;
  const key = (words[of.from] as Word).key;
  return (key === "of" || key === "for") && chunks[at - 2]?.kind === "title";
}

/** A dateline's dash stands within the first words of its sentence. */
const DATELINE_WORDS = 8;

/** "the UN Assistance Mission": a capitalised word before a body's head noun is part of the body's name. */
function beforeHeadWord(words: readonly Word[], chunks: readonly Chunk[], at: number): boolean {
  const next = chunks[at + 1];
  return next?.kind === "word" && (words[next.from] as Word).capitalized;
}

function isArticleOrModifier(vocabulary: PeopleVocabulary, word: Word): boolean {
  return word.key === "the" || vocabulary.titleModifiers.has(word.key);
}

function portfolioChunk(vocabulary: PeopleVocabulary, words: readonly Word[], chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind === "word" && vocabulary.isPortfolioWord((words[chunk.from] as Word).bare);
}

/**
 * Where a title's complement starts, walking left from `at` over capitalised words ("for
 * Central Asia", "for Europe and Central Asia") to the "for" or "on" that a title precedes.
 * Before a comma (`beforeComma`) the complement may be longer and open with "of" too ("the
 * Chairperson of the Sub-Committee on the Rules of Procedure, Lord X"): the comma ends it.
 */
function complementStart(words: readonly Word[], chunks: readonly Chunk[], at: number, beforeComma = false): number | null {
  let index = at;
  const maxSteps = beforeComma ? 12 : 6;
  // Before a comma, the complement opens at the leftmost preposition right after the title
  // ("of the Sub-Committee on the Rules of Procedure", not "on the Rules ...").
  let found: number | null = null;
  // "for South Asia, Central Asia and West Asia": before a comma, a list of places ending
  // in "and" may hold commas; seen from the right, its "and" comes first.
  let linked = false;
  for (let steps = 0; index >= 1 && steps < maxSteps; index--, steps++) {
    const chunk = chunks[index] as Chunk;
    const word = words[chunk.from] as Word;
    const lower = word.key;
    if (beforeComma && linked && found === null && isComma(words, chunk) && capitalizedChunk(words, chunks[index - 1]) && capitalizedChunk(words, chunks[index + 1])) continue;
    if (lower === "and") linked = true;
    const opens = lower === "for" || lower === "on" || lower === "in" || (beforeComma && lower === "of");
    if (opens && titleBefore(words, chunks, index - 1)) {
      if (!beforeComma) return index;
      found = index;
    }
    if (chunk.kind === "country" || chunk.kind === "org" || chunk.kind === "place") continue;
    // "... of Algeria Ramtane Lamamra, St. Petersburg": a name right after a title, a country or
    // an organisation is a person's, not a body's.
    if (beforeComma && chunk.kind === "name" && isIntroducer(chunks[index - 1])) return null;
    if ((chunk.kind === "name" || chunk.kind === "word") && (word.capitalized || lower === "and" || lower === "the" || (beforeComma && opens))) continue;
    return found;
  }
  return found;
}

/**
 * "The OSCE Chairperson-in-Office, Serbia's Foreign Minister Ivica Dačić": the title group
 * before a comma that ends just before the title phrase starting at chunk `at` names the
 * person first; the phrase after the comma is in apposition to it. The group, or none when
 * what stands before it is another person's name ("X, Minister of Y, ...").
 */
export function titleGroupBefore(vocabulary: PeopleVocabulary, words: readonly Word[], chunks: readonly Chunk[], at: number): Chunk[] {
  let index = at - 1;
  // ", the incumbent Chair of ASEAN X": articles and modifiers before the second title.
  while (index >= 0 && chunks[index]?.kind === "word" && isArticleOrModifier(vocabulary, words[(chunks[index] as Chunk).from] as Word)) index--;
  if (!isComma(words, chunks[index])) return [];
  index--;
  const group: Chunk[] = [];
  let sawTitle = false;
  for (; index >= 0; index--) {
    const chunk = chunks[index] as Chunk;
    if (chunk.kind === "title") sawTitle = true;
    else if (chunk.kind === "word") {
      const word = words[chunk.from] as Word;
      if (!vocabulary.titleConnectors.has(word.key) && !word.capitalized) break;
    } else if (chunk.kind !== "org" && chunk.kind !== "country" && chunk.kind !== "place") break;
    group.unshift(chunk);
  }
  let complementOf = false;
  let coordinated = false;
  while (group.length > 0 && group[0]?.kind === "word" && vocabulary.titleConnectors.has((words[(group[0] as Chunk).from] as Word).key)) {
    const key = (words[(group.shift() as Chunk).from] as Word).key;
    if (vocabulary.prepositions.has(key)) complementOf = true;
    if (key === "and") coordinated = true;
  }
  const left = chunks[index];
  // "The official spokesperson of the Secretary-General, Minister X": a title after "of" is
  // another noun's complement; not an event's ("talks of the Minister of Defence, General X").
  if (complementOf && left?.kind === "word" && vocabulary.eventNouns.has((words[left.from] as Word).key)) complementOf = false;
  if (!sawTitle || complementOf || group[0]?.kind === "word") return [];
  // "A, the Minister of X, Rank B": the group is A's apposition; not after "and" ("talks of
  // General A and the Minister of Defence of Q, Lieutenant-General B": B's post).
  if (!coordinated && (left?.kind === "name" || (isComma(words, left) && chunks[index - 1]?.kind === "name"))) return [];
  return group;
}

/** A chunk of capitalised words: a name, a country, a place or a capitalised word. */
function capitalizedChunk(words: readonly Word[], chunk: Chunk | undefined): boolean {
  if (chunk === undefined) return false;
  if (chunk.kind === "country" || chunk.kind === "place") return true;
  return (chunk.kind === "name" || chunk.kind === "word") && (words[chunk.from] as Word).capitalized;
}

function isIntroducer(chunk: Chunk | undefined): boolean {
  return chunk !== undefined && (chunk.kind === "title" || chunk.kind === "country" || chunk.kind === "org" || chunk.kind === "honorific");
}

/** A title ends at `at`, perhaps followed by its organisation ("Special Representative of the European Union"). */
function titleBefore(words: readonly Word[], chunks: readonly Chunk[], at: number): boolean {
  for (let index = at; index >= 0 && at - index < 8; index--) {
    const chunk = chunks[index] as Chunk;
    if (chunk.kind === "title") return true;
    if (chunk.kind === "org" || chunk.kind === "country") continue;
    const lower = (words[chunk.from] as Word).key;
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
function joinable(vocabulary: PeopleVocabulary, words: readonly Word[], left: Chunk | undefined, phrase: readonly Chunk[], inComplement: boolean): boolean {
  if (!left) return false;
  // "… for Iraq and head of UNSOM": the body a person also heads, after the first title's
  // complement (written in lower case, the post goes on the title before it; "and Head of"
  // may start another person's title).
  if (headsBody(vocabulary, words, phrase) && !(words[(phrase[0] as Chunk).from] as Word).capitalized) return true;
  if (left.kind === "title") return coordinable(left, phrase);
  const right = phrase[0];
  const portfolio = (chunk: Chunk | undefined): boolean => chunk !== undefined && chunk.kind !== "title" && vocabulary.isPortfolioWord((words[chunk.from] as Word).bare);
  if (portfolio(left) || portfolio(right)) return true;
  return inComplement;
}

/** The phrase opens with a unit's head ("head", "chief") and "of": the post of heading a body. */
export function headsBody(vocabulary: PeopleVocabulary, words: readonly Word[], phrase: readonly Chunk[]): boolean {
  const first = phrase[0];
  const next = phrase[1];
  return first?.kind === "title" && first.to - first.from === 1 && vocabulary.isBodyHead((words[first.from] as Word).key) && next?.kind === "word" && (words[next.from] as Word).key === "of";
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

/** Most chunks an apposition's title phrase holds: the longest titles and complements are shorter. */
const MAX_APPOSITION = 20;

/**
 * ", [the] Title of ..." after the name, up to the next comma, semicolon or another name. The
 * title may follow modifiers ("the newly appointed Ambassador"), an organisation or a country
 * ("the CSTO Deputy Secretary General", "the Russian Foreign Minister"); a form of address
 * given first (", Ambassador, Permanent Representative of ...") gives way to the post after it.
 */
export function appositionPhrase(vocabulary: PeopleVocabulary, words: readonly Word[], chunks: readonly Chunk[], to: number): Chunk[] {
  let at = chunkStartingAt(chunks, skipAfterName(words, to, vocabulary));
  if (at < 0 || !isComma(words, chunks[at])) return [];
  at++;
  const phrase: Chunk[] = [];
  for (let chunk = chunks[at]; chunk !== undefined; chunk = chunks[++at]) {
    if (chunk.kind === "word") {
      const key = (words[chunk.from] as Word).key;
      if (key === "the" || vocabulary.titleModifiers.has(key)) continue;
    } else if (chunk.kind === "org" || chunk.kind === "country") {
      phrase.push(chunk);
      continue;
    }
    break;
  }
  let start = chunks[at];
  if (!start) return [];
  // ", Ambassador, Permanent Representative of Latvia": the post, not the form of address.
  if (start.kind === "title" && vocabulary.isCourtesyTitle(start.title) && isComma(words, chunks[at + 1]) && chunks[at + 2]?.kind === "title") {
    at += 2;
    start = chunks[at] as Chunk;
  }
  const values = valuesOf(words);
  const lowerTitle = start.kind === "title" ? null : vocabulary.titleAt(values, start.from, words, { allowLowerCase: true });
  if (start.kind !== "title" && !lowerTitle) return [];
  if (lowerTitle) {
    phrase.push({ kind: "title", from: start.from, to: start.from + lowerTitle.length, title: lowerTitle.title, titleKind: lowerTitle.kind, plural: lowerTitle.plural });
    at = chunks.findIndex((chunk) => chunk.from >= start.from + lowerTitle.length);
    if (at < 0) return phrase;
  }
  for (; at < chunks.length && phrase.length < MAX_APPOSITION; at++) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "punct") {
      const value = (words[chunk.from] as Word).value;
      // ", Deputy Prime Minister, Minister of Foreign Affairs of New Zealand": a second post of the same person.
      if (value === "(" || value === ")" || (value === "," && secondPostAfter(chunks, at))) {
        phrase.push(chunk);
        continue;
      }
      break;
    }
    if (chunk.kind === "word") {
      const word = words[chunk.from] as Word;
      const value = word.bare;
      // "of the Executive Committee", "and East African Cooperation": a body's or a portfolio's capitalised words.
      if (!vocabulary.titleConnectors.has(value.toLowerCase()) && !vocabulary.isPortfolioWord(value) && !word.capitalized) break;
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
      // "for Peacekeeping,": one capitalised word closing the phrase is its complement.
      if (chunks[at + 1]?.kind !== "name" && chunks[at - 1]?.kind === "word") {
        phrase.push(chunk);
        continue;
      }
      // ", Prime Minister of India Narendra Modi": the title belongs to the next name, not this one.
      return [];
    }
    if (chunk.kind === "honorific") break;
    phrase.push(chunk);
  }
  // Connectors left at the end ("..., Minister of"); a portfolio word ends a title ("Envoy for Trade").
  while (phrase.length > 0 && phrase[phrase.length - 1]?.kind === "word" && vocabulary.titleConnectors.has((words[(phrase[phrase.length - 1] as Chunk).from] as Word).key)) phrase.pop();
  return phrase;
}

/**
 * A title follows the comma at `at` and no name comes before the next punctuation: the
 * apposition goes on with a second post (", Minister of Foreign Affairs of New Zealand."), not
 * with the title of the next person (", Prime Minister Narendra Modi").
 */
function secondPostAfter(chunks: readonly Chunk[], at: number): boolean {
  if (chunks[at + 1]?.kind !== "title") return false;
  for (let next = at + 2; next < chunks.length; next++) {
    const kind = (chunks[next] as Chunk).kind;
    if (kind === "punct") return true;
    if (kind === "name" || kind === "honorific") return false;
  }
  return true;
}

/**
 * Where the capitalised words starting at `at` end when they come after "the" and before
 * another "of": a body's name ("the Majlisi Milli of Tajikistan"), not a person's. `at` when not.
 */
function bodyNameEnd(words: readonly Word[], chunks: readonly Chunk[], at: number): number {
  const before = chunks[at - 1];
  // "the Majlisi Milli of", "the UN Assistance Mission": after "the" or an organisation.
  if (before?.kind !== "org" && (before?.kind !== "word" || (words[before.from] as Word).key !== "the")) return at;
  let end = at;
  while (chunks[end]?.kind === "name") end++;
  const after = chunks[end];
  if (after?.kind !== "word") return at;
  const next = words[after.from] as Word;
  // "the UN Assistance Mission in Afghanistan": the body's head noun closes its name.
  if (next.capitalized && next.kind === "word") {
    end++;
    while (chunks[end]?.kind === "word" && (words[(chunks[end] as Chunk).from] as Word).capitalized) end++;
    return end;
  }
  return next.key === "of" ? end : at;
}

export function isComma(words: readonly Word[], chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind === "punct" && (words[chunk.from] as Word).value === ",";
}
