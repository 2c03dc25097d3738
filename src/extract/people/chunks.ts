import type { Word } from "../../core/word.js";
import type { Organization } from "../../schema/organization.js";
import { cityAt, countryAt, isGivenName, type PeopleVocabulary, type TitleKind } from "./vocabulary.js";
import { isOfficialFullName, mayOpenOfficialFullName } from "./officials.js";
import { valuesOf } from "./words.js";

/** A stretch of a sentence's words with what it names. `from`/`to` index the word list, `to` exclusive. */
export type Chunk =
  | {
      readonly kind: "org";
      readonly from: number;
      readonly to: number;
      readonly org: Organization;
      readonly acronymOnly: boolean;
      /** A title took the start of the name ("Secretary of the Security Council" + "of the Russian Federation"). */
      readonly rest: boolean;
    }
  | { readonly kind: "title"; readonly from: number; readonly to: number; readonly title: string; readonly titleKind: TitleKind; readonly plural: boolean }
  | { readonly kind: "country"; readonly from: number; readonly to: number; readonly code: string }
  /** A city in a title's complement ("Governor of St. Petersburg"). */
  | { readonly kind: "place"; readonly from: number; readonly to: number; readonly country: string }
  | { readonly kind: "honorific"; readonly from: number; readonly to: number }
  | { readonly kind: "name"; readonly from: number; readonly to: number }
  | { readonly kind: "word"; readonly from: number; readonly to: number }
  | { readonly kind: "punct"; readonly from: number; readonly to: number };

/** Where an organisation is mentioned: word range and the organisation. */
export interface OrgMention {
  readonly from: number;
  readonly to: number;
  readonly org: Organization;
}

/**
 * Splits a sentence's words into chunks, longest match first at each word: organisation
 * mentions (found by the organisations plugin), titles, countries, honorifics, then
 * capitalised words that may be part of a name. One pass, constant work per word.
 */
export function chunkWords(words: readonly Word[], orgMentions: readonly OrgMention[], vocabulary: PeopleVocabulary): Chunk[] {
  const values = valuesOf(words);
  const chunks: Chunk[] = [];
  let mention = 0;
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    while (mention < orgMentions.length && (orgMentions[mention] as OrgMention).to <= index) mention++;
    const org = orgMentions[mention];
    // "Minister of Digital Affairs and Administration" + "of the Republic of Latvia": a title whose
    // portfolio took the whole head of a body's name leaves only the state's, which is no body.
    if (org && org.from < index && tookHeadAsPortfolio(words, org.from, index, vocabulary)) mention++;
    else if (org && org.from <= index) {
      const acronymOnly = org.to - org.from === 1 && (words[org.from] as Word).allCaps;
      chunks.push({ kind: "org", from: index, to: org.to, org: org.org, acronymOnly, rest: org.from < index });
      index = org.to;
      continue;
    }
    if (word.kind !== "word") {
      chunks.push(oneWordChunk("punct", index));
      index++;
      continue;
    }
    // Titles, countries, honorifics and names are capitalised in running text: skip the lookups for other words.
    if (!word.capitalized) {
      // "… for Iraq and head of UNSOM": a lower-case post by its unit, coordinated with a title
      // before it, is a title of the same person.
      const post = index > 0 && (words[index - 1] as Word).key === "and" && vocabulary.isBodyHead(word.key) ? vocabulary.titleAt(values, index, words, { allowLowerCase: true }) : null;
      if (post && titleEarlier(chunks)) {
        chunks.push({ kind: "title", from: index, to: index + post.length, title: post.title, titleKind: post.kind, plural: post.plural });
        index += post.length;
        continue;
      }
      const rank = vocabulary.lowerCaseRankAt(values, index, words);
      if (rank) {
        chunks.push({ kind: "title", from: index, to: index + rank.length, title: rank.title, titleKind: rank.kind, plural: rank.plural });
        index += rank.length;
        continue;
      }
      chunks.push(oneWordChunk(isInitial(word) ? "name" : "word", index));
      index++;
      continue;
    }
    const facts = vocabulary.capitalizedWord(word);
    const title = facts.mayStartTitle ? vocabulary.titleAt(values, index, words) : null;
    // "Hossein Amir Abdollahian": a title word between two name words is part of the name.
    const previous = lastChunk(chunks);
    const insideName =
      title !== null &&
      title.length === 1 &&
      ((previous?.kind === "name" && isGivenName((words[previous.from] as Word).bare) && isNameWord(words[index + 1], vocabulary)) ||
        opensOfficialName(values, index));
    if (title && title.kind === "honorific") {
      chunks.push(title.length === 1 ? oneWordChunk("honorific", index) : { kind: "honorific", from: index, to: index + title.length });
      index += title.length;
      continue;
    }
    if (title && !insideName) {
      const length = titleLengthBeforeCountry(values, index, title.length, vocabulary);
      chunks.push({ kind: "title", from: index, to: index + length, title: title.title, titleKind: title.kind, plural: title.plural });
      index += length;
      continue;
    }
    const country = facts.mayStartCountry ? countryAt(values, index) : null;
    if (country) {
      chunks.push({ kind: "country", from: index, to: index + country.length, code: country.code });
      index += country.length;
      continue;
    }
    // "in Cape Town", "to New Delhi", "Governor of St. Petersburg": a city after a place word
    // or a title's "of" is no one's name.
    const inTitle = afterTitleOf(chunks, words);
    const city = inTitle || (index > 0 && vocabulary.wordsBeforePlace.has((words[index - 1] as Word).key)) ? cityAt(values, index) : null;
    if (city && inTitle) {
      chunks.push({ kind: "place", from: index, to: index + city.length, country: city.country });
      index += city.length;
      continue;
    }
    if (city) {
      for (let at = index; at < index + city.length; at++) chunks.push(oneWordChunk("word", at));
      index += city.length;
      continue;
    }
    if (facts.honorific) {
      chunks.push(oneWordChunk("honorific", index));
      index++;
      continue;
    }
    const nameLike =
      (!word.allCaps && !facts.nonName) ||
      isGivenNameAfterTitle(word, chunks, words[index + 1], vocabulary) ||
      isInitial(word) ||
      isMiddleInitials(word, chunks, words[index + 1], vocabulary) ||
      isLeadingInitialsAfterTitle(word, chunks, words[index + 1], vocabulary) ||
      isCapitalizedSurname(word, chunks, words[index + 1], vocabulary) ||
      isTrailingCapitalizedSurname(word, chunks, words[index + 1], vocabulary) ||
      afterNameParticle(word, chunks, words, vocabulary);
    chunks.push(oneWordChunk(nameLike ? "name" : "word", index));
    index++;
  }
  return chunks;
}

/** The words `from` to `to` (a body's name up to where a title ended) are portfolio words, and "of" follows them. */
function tookHeadAsPortfolio(words: readonly Word[], from: number, to: number, vocabulary: PeopleVocabulary): boolean {
  if ((words[to] as Word).key !== "of") return false;
  for (let at = from; at < to; at++) if (!vocabulary.isPortfolioWord((words[at] as Word).value)) return false;
  return true;
}

/** A title among the last chunks, within a title phrase's reach (no comma or name between). */
function titleEarlier(chunks: readonly Chunk[]): boolean {
  for (let at = chunks.length - 1; at >= 0 && chunks.length - at <= 16; at--) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "title") return true;
    if (chunk.kind === "name" || chunk.kind === "punct") return false;
  }
  return false;
}

/** The chunks so far end with a title and "of" ("Mayor of"). */
function afterTitleOf(chunks: readonly Chunk[], words: readonly Word[]): boolean {
  const count = chunks.length;
  if (count < 2) return false;
  const of = chunks[count - 1] as Chunk;
  return of.kind === "word" && (words[of.from] as Word).key === "of" && (chunks[count - 2] as Chunk).kind === "title";
}

/** The last chunk so far (read without an index of -1, which sends V8 down a slow path). */
function lastChunk(chunks: readonly Chunk[]): Chunk | undefined {
  return chunks.length > 0 ? chunks[chunks.length - 1] : undefined;
}

type OneWordKind = "punct" | "word" | "name" | "honorific";

// A chunk of one word tells only its kind and position, the same in every sentence: such
// chunks are made once per kind and position and shared (they are never changed), so that
// chunking a sentence allocates for its titles, countries and organisations only. One list per
// kind, filled in order, so that every read is a plain array read.
const PUNCT_CHUNKS: Chunk[] = [];
const WORD_CHUNKS: Chunk[] = [];
const NAME_CHUNKS: Chunk[] = [];
const HONORIFIC_CHUNKS: Chunk[] = [];

function oneWordChunk(kind: OneWordKind, index: number): Chunk {
  const shared = kind === "word" ? WORD_CHUNKS : kind === "punct" ? PUNCT_CHUNKS : kind === "name" ? NAME_CHUNKS : HONORIFIC_CHUNKS;
  while (shared.length <= index) shared.push({ kind, from: shared.length, to: shared.length + 1 });
  return shared[index] as Chunk;
}

/**
 * Whether {@link chunkWords} can find a name among these words: only an initial, or a
 * capitalised word outside the organisation mentions that is not all capitals, not an
 * honorific and not a word that is never a name, can become one. A word that is a title by
 * itself is a name only right after another name, so until a possible name is seen it is
 * passed over too. Cheaper than chunking, for the many sentences that name no one.
 */
export function mayHoldName(words: readonly Word[], orgMentions: readonly OrgMention[], vocabulary: PeopleVocabulary): boolean {
  let mention = 0;
  for (let index = 0; index < words.length; index++) {
    while (mention < orgMentions.length && (orgMentions[mention] as OrgMention).to <= index) mention++;
    const org = orgMentions[mention];
    if (org && org.from <= index) continue;
    const word = words[index] as Word;
    if (isInitial(word)) return true;
    if (word.kind !== "word" || !word.capitalized || word.allCaps) continue;
    const facts = vocabulary.capitalizedWord(word);
    if (!facts.nonName && !facts.honorific && !facts.title) return true;
  }
  return false;
}

function isNameWord(word: Word | undefined, vocabulary: PeopleVocabulary): boolean {
  return word !== undefined && word.kind === "word" && word.capitalized && !word.allCaps && !vocabulary.capitalizedWord(word).nonName;
}

/**
 * A title never swallows the start of a country's name: "President of the Republic" before
 * "of Uzbekistan" is the title "President" and the country "Republic of Uzbekistan".
 */
function titleLengthBeforeCountry(values: readonly string[], index: number, length: number, vocabulary: PeopleVocabulary): number {
  for (let start = index + 1; start < index + length; start++) {
    const country = countryAt(values, start);
    if (country && start + country.length > index + length) {
      let end = start;
      while (end > index + 1 && vocabulary.titleJoiners.has((values[end - 1] ?? "").toLowerCase())) end--;
      return end - index;
    }
  }
  return length;
}

/**
 * A surname in capitals before the given name, after an honorific: the Japanese, Chinese and
 * Korean style of "Ms. KAMIKAWA Yoko", "Mr. WANG Yi".
 */
function isCapitalizedSurname(word: Word, chunks: readonly Chunk[], next: Word | undefined, vocabulary: PeopleVocabulary): boolean {
  return word.allCaps && word.bare.length >= 2 && !word.bare.includes(".") && lastChunk(chunks)?.kind === "honorific" && isNameWord(next, vocabulary);
}

/**
 * A surname in capitals after the given name, the name introduced by an honorific or a title:
 * the Japanese style for foreign names ("H.E. Mr. Ararat MIRZOYAN", "Ms. Batmunkh BATTSETSEG").
 * Letters after a name ("MP", "EGH") are not surnames.
 */
function isTrailingCapitalizedSurname(word: Word, chunks: readonly Chunk[], next: Word | undefined, vocabulary: PeopleVocabulary): boolean {
  if (!word.allCaps || word.bare.length < 3 || word.bare.includes(".") || vocabulary.isPostNominal(word)) return false;
  if (isNameWord(next, vocabulary)) return false;
  let at = chunks.length - 1;
  while (at >= 0 && (chunks[at] as Chunk).kind === "name") at--;
  if (at === chunks.length - 1) return false;
  const before = chunks[at];
  return before !== undefined && (before.kind === "honorific" || before.kind === "title");
}

/**
 * A given name that is also a word of another kind ("Jan", a month's abbreviation) is a name
 * between a title or an honorific and another name word ("Treasurer Jan Dvorak"), also when
 * the title ends with its state ("the Minister of Foreign Affairs of the Czech Republic Jan Novak").
 */
function isGivenNameAfterTitle(word: Word, chunks: readonly Chunk[], next: Word | undefined, vocabulary: PeopleVocabulary): boolean {
  const previous = lastChunk(chunks)?.kind;
  const afterTitle = previous === "title" || previous === "honorific" || afterTitleComma(chunks) || titleCountryBefore(chunks);
  return afterTitle && !word.allCaps && isGivenName(word.bare) && isNameWord(next, vocabulary);
}

/** The chunks end with a title, "of" (and "the") and a country: "Minister of Foreign Affairs of the Czech Republic". */
function titleCountryBefore(chunks: readonly Chunk[]): boolean {
  if (lastChunk(chunks)?.kind !== "country") return false;
  for (let at = chunks.length - 2; at >= 0 && at >= chunks.length - 4; at--) {
    const kind = (chunks[at] as Chunk).kind;
    if (kind === "title") return true;
    if (kind !== "word") return false;
  }
  return false;
}

/** A comma after a title phrase's end: the apposition "the High Commissioner to Guyana, Mark Berman". */
function afterTitleComma(chunks: readonly Chunk[]): boolean {
  const comma = chunks[chunks.length - 1];
  if (comma?.kind !== "punct" || comma.to - comma.from !== 1) return false;
  const before = chunks[chunks.length - 2]?.kind;
  return before === "title" || before === "country" || before === "place" || before === "org";
}

/** "Faisal bin Said Albusaidi": after a name and a particle, a word that is elsewhere no name ("Said") is one. */
function afterNameParticle(word: Word, chunks: readonly Chunk[], words: readonly Word[], vocabulary: PeopleVocabulary): boolean {
  const particle = chunks[chunks.length - 1];
  if (word.allCaps || particle?.kind !== "word" || !vocabulary.isParticleWord(words[particle.from] as Word)) return false;
  return chunks[chunks.length - 2]?.kind === "name";
}

/** Initials between the words of a name ("Retno L.P. Marsudi") are part of it. */
function isMiddleInitials(word: Word, chunks: readonly Chunk[], next: Word | undefined, vocabulary: PeopleVocabulary): boolean {
  return isJoinedInitials(word.bare) && lastChunk(chunks)?.kind === "name" && isNameWord(next, vocabulary);
}

/**
 * Initials that open a name after a title or a form of address ("Minister D.N. Sharma", "H.E.
 * A.K. Momen"): elsewhere "U.S." before a capitalised word is no one's name.
 */
function isLeadingInitialsAfterTitle(word: Word, chunks: readonly Chunk[], next: Word | undefined, vocabulary: PeopleVocabulary): boolean {
  const previous = lastChunk(chunks)?.kind;
  return (previous === "title" || previous === "honorific" || afterTitleComma(chunks)) && isJoinedInitials(word.bare) && isNameWord(next, vocabulary);
}

/** Two or more capital initials written together, each with its dot ("L.P.", "D.N."). */
function isJoinedInitials(value: string): boolean {
  if (value.length < 4 || value.length % 2 !== 0) return false;
  for (let index = 0; index < value.length; index += 2) {
    const letter = value.charAt(index);
    if (value.charAt(index + 1) !== "." || letter === letter.toLowerCase()) return false;
  }
  return true;
}

/**
 * The position of the chunk that starts at word `from`, or -1 (as `findIndex` would find it,
 * by halving: chunks stand in word order, each starting after the one before).
 */
export function chunkStartingAt(chunks: readonly Chunk[], from: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = (chunks[middle] as Chunk).from;
    if (start === from) return middle;
    if (start < from) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** "R." or "T.Greminger"-style initials count as name material. */
export function isInitial(word: Word): boolean {
  const value = word.bare;
  if (value.length !== 2 || value.charCodeAt(1) !== 46) return false;
  const first = value.charCodeAt(0);
  // A letter that lower-casing changes: A-Z in ASCII, asked of the string elsewhere.
  if (first < 128) return first >= 65 && first <= 90;
  const letter = value.charAt(0);
  return letter !== letter.toLowerCase();
}

/** "Amir Khan Muttaqi": a one-word title that opens the full name of a known official is the name's first word. */
function opensOfficialName(values: readonly string[], index: number): boolean {
  // Most title words open no official's name: one lookup spares joining the words twice.
  if (!mayOpenOfficialFullName(values[index] as string)) return false;
  return isOfficialFullName(values.slice(index, index + 3)) || isOfficialFullName(values.slice(index, index + 2));
}
