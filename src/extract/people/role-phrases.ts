// The title phrases around a name: the one that ends just before it ("OSCE Secretary General
// Thomas Greminger") and the apposition after it (", Minister for EU Affairs of Malta").
import type { Word } from "../../core/word.js";
import { chunkStartingAt, type Chunk } from "./chunks.js";
import type { PeopleVocabulary } from "./vocabulary.js";
import { valuesOf } from "./words.js";

/**
 * The chunks of the title phrase that ends just before the name (left to right). The phrase
 * must touch the name (a comma may stand between when a title, organisation or country ends
 * it: "the OSCE Secretary General, Thomas Greminger"), and stops at another person's name.
 */
export function phraseBefore(vocabulary: PeopleVocabulary, words: readonly Word[], chunks: readonly Chunk[], nameIndex: number): Chunk[] {
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
      const portfolioList = value === "," && portfolioChunk(vocabulary, words, phrase[0]) && (chunks[at - 1]?.kind === "title" || portfolioChunk(vocabulary, words, chunks[at - 1]));
      if (!(value === "(" || value === ")" || value === "-" || value === "–" || portfolioList)) break;
    } else if (chunk.kind === "word" || (chunk.kind === "name" && at > complement && complement >= 0)) {
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
  while (phrase.length > 0 && (phrase[0]?.kind === "word" || phrase[0]?.kind === "punct")) phrase.shift();
  return sawTitle ? phrase : phrase.filter((chunk) => chunk.kind === "country" || chunk.kind === "org");
}

function portfolioChunk(vocabulary: PeopleVocabulary, words: readonly Word[], chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind === "word" && vocabulary.isPortfolioWord((words[chunk.from] as Word).bare);
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
    const lower = word.key;
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
  if (left.kind === "title") return coordinable(left, phrase);
  const right = phrase[0];
  const portfolio = (chunk: Chunk | undefined): boolean => chunk !== undefined && chunk.kind !== "title" && vocabulary.isPortfolioWord((words[chunk.from] as Word).bare);
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
export function appositionPhrase(vocabulary: PeopleVocabulary, words: readonly Word[], chunks: readonly Chunk[], to: number): Chunk[] {
  let at = chunkStartingAt(chunks, to);
  if (at < 0 || !isComma(words, chunks[at])) return [];
  at++;
  if (chunks[at]?.kind === "word" && (words[(chunks[at] as Chunk).from] as Word).key === "the") at++;
  const start = chunks[at];
  if (!start) return [];
  const values = valuesOf(words);
  const lowerTitle = start.kind === "title" ? null : vocabulary.titleAt(values, start.from, words, { allowLowerCase: true });
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
      if (!vocabulary.titleConnectors.has(value.toLowerCase()) && !vocabulary.isPortfolioWord(value)) break;
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
  if (before?.kind !== "word" || (words[before.from] as Word).key !== "the") return at;
  let end = at;
  while (chunks[end]?.kind === "name") end++;
  const after = chunks[end];
  return after?.kind === "word" && (words[after.from] as Word).key === "of" ? end : at;
}

export function isComma(words: readonly Word[], chunk: Chunk | undefined): boolean {
  return chunk !== undefined && chunk.kind === "punct" && (words[chunk.from] as Word).value === ",";
}
