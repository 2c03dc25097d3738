import type { Word } from "../../core/word.js";
import { chunkStartingAt, type Chunk } from "./chunks.js";
import type { PersonMention } from "./mentions.js";
import { appositionPhrase, isComma, phraseBefore, titleGroupBefore } from "./role-phrases.js";
import { applyPhrase } from "./role-reading.js";
import type { PeopleVocabulary } from "./vocabulary.js";
import { phraseAt } from "./words.js";

/**
 * Fills a mention's role, organisation and country from the words around it: a title
 * phrase before the name ("OSCE Secretary General", "Prime Minister of the Republic of
 * Armenia", "Russian Foreign Minister"), an apposition after it (", Deputy Prime Minister and
 * Minister for EU Affairs of Malta"), or "of <country>" after it ("Henrik Landerholm of Sweden").
 */
export function attachRole(
  vocabulary: PeopleVocabulary,
  mention: PersonMention,
  words: readonly Word[],
  chunks: readonly Chunk[],
  pluralBefore: (from: number) => TitleHint | null,
): void {
  const first = chunkStartingAt(chunks, mention.from);
  if (first < 0) return;
  const before = phraseBefore(vocabulary, words, chunks, first);
  if (before.length > 0 && !appositionOfPrevious(vocabulary, words, chunks, first, before, mention.to)) {
    applyPhrase(vocabulary, mention, words, before);
    // "the Chairperson of the Assembly's Council, Speaker of the Senate Mrs. X": the first
    // title group names the person, the one after the comma is in apposition to it; its
    // country still tells whose official the person is.
    const group = mention.titleKind === null ? [] : titleGroupBefore(vocabulary, words, chunks, chunkStartingAt(chunks, (before[0] as Chunk).from));
    if (group.length > 0) {
      const country = mention.country;
      mention.role = null;
      mention.organization = null;
      mention.country = null;
      mention.titleKind = null;
      applyPhrase(vocabulary, mention, words, group);
      mention.country ??= country;
    }
  }
  // "Colonel General Anatoly Sidorov, chief of the CSTO Joint Staff": the post, not the rank, is
  // the role; so after a form of address ("Ambassador John Bolton, Assistant to the President").
  if (mention.role === null || mention.titleKind === "military" || vocabulary.isCourtesyTitle(mention.role)) {
    const after = appositionPhrase(vocabulary, words, chunks, mention.to);
    if (after.length > 0) applyPhrase(vocabulary, mention, words, after);
  }
  if (mention.country === null) {
    const of = countryAfter(words, chunks, mention.to) ?? countryInBracket(words, chunks, mention.to) ?? sideBefore(vocabulary, words, chunks, first);
    if (of) mention.country = of;
  }
  // "the Foreign Ministers of Belarus - Sergey Aleinik, Iran Hossein Amir Abdollahian": a
  // plural title earlier in the sentence gives each listed official the singular role.
  // The plural titles are looked up only for the few mentions that need one.
  const plural = mention.role === null && mention.country !== null ? pluralBefore(mention.from) : null;
  if (mention.role === null && plural && mention.country !== null && plural.from < mention.from) {
    mention.role = plural.title;
    mention.titleKind = plural.kind;
  }
}

/**
 * "A, Minister of Foreign Affairs of Finland, B, Minister of Foreign Affairs of Estonia, and
 * C, ...": in a list of names each followed by its apposition, the title phrase between two
 * names closes the earlier one's apposition, so the later name takes the phrase after it.
 * Only when both are there: "..., the Prime Minister of Fiji, X said" keeps the phrase before.
 */
function appositionOfPrevious(vocabulary: PeopleVocabulary, words: readonly Word[], chunks: readonly Chunk[], nameChunk: number, before: readonly Chunk[], nameEnd: number): boolean {
  // "..., H.E. Mr. B, Minister of ...": forms of address stand between the comma and the name.
  let lead = nameChunk - 1;
  while (chunks[lead]?.kind === "honorific") lead--;
  if (!isComma(words, chunks[lead])) return false;
  const opening = chunkStartingAt(chunks, (before[0] as Chunk).from);
  if (opening < 2 || !isComma(words, chunks[opening - 1]) || chunks[opening - 2]?.kind !== "name") return false;
  return appositionPhrase(vocabulary, words, chunks, nameEnd).length > 0;
}

/** A plural title ("Foreign Ministers") seen earlier in a sentence. */
export interface TitleHint {
  readonly title: string;
  readonly kind: string;
  readonly from: number;
}

/**
 * "from the Kazakh side – Deputy Minister X", "the Kenyan delegation was led by X", "his
 * Mauritanian counterpart, X": the country of the party the sentence puts the person in.
 */
function sideBefore(vocabulary: PeopleVocabulary, words: readonly Word[], chunks: readonly Chunk[], nameIndex: number): string | null {
  for (let at = nameIndex - 1; at >= 1 && nameIndex - at <= 12; at--) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "name") return null;
    if (chunk.kind !== "word") continue;
    const key = (words[chunk.from] as Word).key;
    // "The Kazakh delegation met with Minister X": X is the other party.
    if (vocabulary.partnerPrepositions.has(key) || vocabulary.partnerVerbs.has(key)) return null;
    // "the delegation of Kazakhstan was headed by X", "the representative of the Republic of Kazakhstan, X".
    const partyOf = vocabulary.words.partyOfNouns?.includes(key) === true ? countryOfAfter(words, chunks, at + 1) : null;
    if (partyOf !== null) return partyOf;
    const represented = vocabulary.words.representedBy;
    // "Argentina was represented by Foreign Minister X".
    if (represented !== undefined && key === represented.verb) {
      let subject = at - 1;
      while (subject > 0 && chunks[subject]?.kind === "word" && represented.auxiliaries.includes((words[(chunks[subject] as Chunk).from] as Word).key)) subject--;
      const country = chunks[subject];
      return subject < at - 1 && country?.kind === "country" ? country.code : null;
    }
    const side = vocabulary.words.side;
    const country = chunks[at - 1];
    // "from the Kazakh side – Deputy Minister X"; "the Bangladesh side was led by Foreign Secretary X".
    if (key === side.noun) return country?.kind === "country" && (phraseAt(words, country.from - side.before.length, side.before) || agentBetween(words, chunks, at, nameIndex)) ? country.code : null;
    if (vocabulary.partyNouns.has(key)) return country?.kind === "country" ? country.code : null;
  }
  return null;
}

/** A passive's agent "by" stands between chunk `from` and the name ("the Bangladesh side was led by X"). */
function agentBetween(words: readonly Word[], chunks: readonly Chunk[], from: number, nameIndex: number): boolean {
  for (let at = from + 1; at < nameIndex; at++) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "word" && (words[chunk.from] as Word).key === "by") return true;
  }
  return false;
}

/** "of (the) <country>" starting at chunk `at`: the country's code, or null. */
function countryOfAfter(words: readonly Word[], chunks: readonly Chunk[], at: number): string | null {
  let index = at;
  if (chunks[index]?.kind !== "word" || (words[(chunks[index] as Chunk).from] as Word).key !== "of") return null;
  index++;
  if (chunks[index]?.kind === "word" && (words[(chunks[index] as Chunk).from] as Word).key === "the") index++;
  const chunk = chunks[index];
  return chunk?.kind === "country" ? chunk.code : null;
}

/** "Roberto Rossi (MP, Italy)": the country in a short bracket right after the name. */
function countryInBracket(words: readonly Word[], chunks: readonly Chunk[], to: number): string | null {
  let at = chunkStartingAt(chunks, to);
  if (at < 0 || (words[(chunks[at] as Chunk).from] as Word).value !== "(") return null;
  for (at++; at < chunks.length; at++) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "country") return chunk.code;
    if (chunk.kind === "punct" && (words[chunk.from] as Word).value === ")") return null;
  }
  return null;
}

function countryAfter(words: readonly Word[], chunks: readonly Chunk[], to: number): string | null {
  let at = chunkStartingAt(chunks, to);
  if (at < 0) return null;
  if (isComma(words, chunks[at])) at++;
  if (chunks[at]?.kind !== "word" || (words[(chunks[at] as Chunk).from] as Word).bare !== "of") return null;
  at++;
  if (chunks[at]?.kind === "word" && (words[(chunks[at] as Chunk).from] as Word).key === "the") at++;
  const chunk = chunks[at];
  return chunk?.kind === "country" ? chunk.code : null;
}
