import type { Word } from "../../core/word.js";
import { chunkStartingAt, isInitial, type Chunk } from "./chunks.js";
import { phraseBefore } from "./role-phrases.js";
import { cityAt, isGivenName, type PeopleVocabulary } from "./vocabulary.js";
import { endsInApostropheS, phraseEndsAt, valuesOf } from "./words.js";

/** A person mention found in a sentence, with the context that gives its role. */
export interface PersonMention {
  /** Name words as written, in order (possessive endings removed). */
  readonly tokens: readonly string[];
  /** The tokens joined by single spaces, as names are compared and merged. */
  readonly name: string;
  /** Word range of the name, `to` exclusive. */
  readonly from: number;
  readonly to: number;
  /** Offsets of the name in the cleaned text. */
  readonly start: number;
  readonly end: number;
  role: string | null;
  organization: string | null;
  country: string | null;
  /** The title's kind, when a title stands with the name. */
  titleKind: string | null;
  /** The title posts the person to a state ("Ambassador of Japan to Saudi Arabia"): a bilateral envoy. */
  postedToState?: boolean;
  /** How the mention is attested: a title or honorific with it, a known given name, or neither. */
  evidence: "title" | "honorific" | "given-name" | "apposition" | "weak";
  /** The mention is a possessive ("Putin's visit"). */
  readonly possessive: boolean;
  /** The mention is followed by a colon: a transcript's speaker line. */
  readonly speakerLine: boolean;
  /** A language's reader found the name in a phrase of an earlier event ("подписанного в 2023 году в присутствии X"). */
  earlier?: boolean;
}

/** Longest run of words a personal name may have, particles and initials aside. */
const MAX_NAME_WORDS = 4;

/**
 * Finds person names among a sentence's chunks: runs of name-like words that a title or an
 * honorific introduces, that an apposition title follows, or that begin with a known given
 * name. Single words need a title or an honorific ("President Obama", "Mr Norov").
 */
export function findPersonMentions(words: readonly Word[], chunks: readonly Chunk[], vocabulary: PeopleVocabulary): PersonMention[] {
  const mentions: PersonMention[] = [];
  let index = 0;
  while (index < chunks.length) {
    const chunk = chunks[index] as Chunk;
    if (chunk.kind !== "name") {
      index++;
      continue;
    }
    let end = index;
    while (end < chunks.length && isNamePart(chunks, end, words, index, vocabulary)) {
      end++;
      // "Secretary Blinken's Call": a possessive ends the name.
      if (endsInApostropheS(words[(chunks[end - 1] as Chunk).from] as Word)) break;
    }
    // "... Téte António Brasília, April 19": a dateline's city run into the name before it.
    if (end - index >= 3 && datelineCityAt(words, chunks[end - 1] as Chunk, vocabulary)) end--;
    // A name in quotation marks names a ship, an exercise or a document ("the ship \"Amir Temur\"").
    // "in Sayyid Karam district": a run of capitalised words before a place noun names the place.
    // "the Academy named after Malik Gabdullin": the institution's namesake.
    if (
      quotedAt(words, chunks[index] as Chunk, chunks[end - 1] as Chunk) ||
      vocabulary.placeNouns.has(words[(chunks[end - 1] as Chunk).to]?.key ?? "") ||
      // "the Green Jobs Country Programme", "Closed Joint Stock Company": a thing's or a body's head noun closes its name.
      (!endsInApostropheS(words[(chunks[end - 1] as Chunk).to - 1] as Word) && vocabulary.isNamedThingHead(words[(chunks[end - 1] as Chunk).to])) ||
      // "the Tay Son Minh Mausoleum": a head noun that is no name word of its own closes a longer run.
      (end - index >= 3 && vocabulary.isNamedThingHead(words[(chunks[end - 1] as Chunk).from])) ||
      eponymAt(words, chunks, index, vocabulary)
    ) {
      index = end;
      continue;
    }
    // "Speaker of the Jogorku Kenesh Nurlanbek Shakiev": after "the", a run of capitalised words
    // begins with the name of a body; the person is its known given name on, else its last two words.
    let titledBody = false;
    if ((words[(chunks[index] as Chunk).from - 1]?.key ?? "") === "the") {
      const start = personStartAfterArticle(words, chunks, index, end);
      if (start === null) {
        index = end;
        continue;
      }
      titledBody = start > index && chunks.slice(Math.max(0, index - 4), index).some((chunk) => chunk.kind === "title");
      index = start;
    } else {
      // "Coordinator of OSCE Activities to Address Transnational Threats Alena Kupchyna": a
      // title's complement of capitalised words runs into the name; a known given name starts it.
      const start = givenNameInside(words, chunks, index, end, vocabulary);
      if (start !== null && titleComplementBefore(words, chunks, start)) {
        titledBody = true;
        index = start;
      }
    }
    for (const run of splitRepeats(words, chunks.slice(index, end))) {
      const mention = mentionOf(words, chunks, run, vocabulary, titledBody);
      if (mention) mentions.push(mention);
    }
    index = end;
  }
  return mentions;
}

/** The name at chunk `index` follows "named after", a rank or a form of address aside ("named for Marshal X"). */
function eponymAt(words: readonly Word[], chunks: readonly Chunk[], index: number, vocabulary: PeopleVocabulary): boolean {
  let lead = index;
  while (lead > 0 && index - lead < 3 && (chunks[lead - 1]?.kind === "title" || chunks[lead - 1]?.kind === "honorific")) lead--;
  return phraseEndsAt(words, (chunks[lead] as Chunk).from - 1, vocabulary.eponymCues);
}

/** The chunk is a city followed by a comma and a date ("Brasília, April 19", "Minsk, 5 March"). */
function datelineCityAt(words: readonly Word[], chunk: Chunk, vocabulary: PeopleVocabulary): boolean {
  if (words[chunk.to]?.value !== ",") return false;
  const next = words[chunk.to + 1];
  if (next === undefined || !(/^\d/.test(next.value) || vocabulary.lexicon.calendar.months.has(next.key))) return false;
  return cityAt(valuesOf(words), chunk.from) !== null;
}

function personStartAfterArticle(words: readonly Word[], chunks: readonly Chunk[], from: number, to: number): number | null {
  const names: number[] = [];
  for (let at = from; at < to; at++) if ((chunks[at] as Chunk).kind === "name") names.push(at);
  if (names.length < 3) return null;
  for (const at of names.slice(1)) if (isGivenName((words[(chunks[at] as Chunk).from] as Word).bare)) return at;
  return names[names.length - 2] as number;
}

/**
 * In a run of three or more name words that does not open with a given name, the first known
 * given name followed by another name word, or null. What comes before it is a body's name: two
 * words or more, or one plural noun ("… Activities Bakyt Dzhusupov"); "Pham Minh Chinh" is one name.
 */
function givenNameInside(words: readonly Word[], chunks: readonly Chunk[], from: number, to: number, vocabulary: PeopleVocabulary): number | null {
  // A run that opens with a given name is a person's name already ("Jean-Yves Le Drian").
  if (to - from < 3 || isGivenName((words[(chunks[from] as Chunk).from] as Word).bare)) return null;
  const plural = /[a-z]s$/.test((words[(chunks[from] as Chunk).from] as Word).bare);
  // "for Digital Transformation Hana Sato": a capitalised word of the complement before the run counts as the body's too.
  const bodyBefore = chunks[from - 1]?.kind === "word" && (words[(chunks[from - 1] as Chunk).from] as Word).capitalized;
  for (let at = plural || bodyBefore ? from + 1 : from + 2; at < to - 1; at++) {
    const chunk = chunks[at] as Chunk;
    const word = words[chunk.from] as Word;
    if (chunk.kind === "name" && chunks[at + 1]?.kind === "name" && !vocabulary.isParticleWord(word) && isGivenName(word.bare)) return at;
  }
  return null;
}

function quotedAt(words: readonly Word[], first: Chunk, last: Chunk): boolean {
  let before = first.from - 1;
  // "Amir" may have been read as a title before the quoted name: look past one title word.
  if (words[before]?.kind === "word" && words[before - 1]?.value === '"') before--;
  return words[before]?.value === '"' && words[last.to]?.value === '"';
}

function isNamePart(chunks: readonly Chunk[], at: number, words: readonly Word[], runStart: number, vocabulary: PeopleVocabulary): boolean {
  const chunk = chunks[at] as Chunk;
  if (chunk.kind === "name") return true;
  // A particle ("Le", "de", "van", "bin") inside a name, between two name words.
  if (chunk.kind === "word" && at > runStart && chunks[at + 1]?.kind === "name") {
    return vocabulary.isParticleWord(words[chunk.from] as Word);
  }
  // "Abdel Fattah al-Burhan": a particle joined to the surname closes a name.
  if (chunk.kind === "word" && at > runStart && vocabulary.isParticleCompound(words[chunk.from] as Word)) return true;
  // "King Mohammed VI": a regnal number closes a name.
  if (chunk.kind === "word" && at > runStart && vocabulary.isRegnalNumber(words[chunk.from] as Word)) return true;
  // ", Jr." closes a name.
  if (chunk.kind === "punct" && (words[chunk.from] as Word).value === "," && at > runStart) {
    const next = words[chunk.to];
    return next !== undefined && next.kind === "word" && vocabulary.isGenerationSuffix(next);
  }
  return false;
}

/** A transcript glitch repeats a name reversed ("Nikol Pashinyan Pashinyan Nikol"): split it there. */
function splitRepeats(words: readonly Word[], run: readonly Chunk[]): readonly (readonly Chunk[])[] {
  // Most runs are one word: nothing repeats, no set needed.
  if (run.length === 1) return [run];
  const runs: Chunk[][] = [];
  let current: Chunk[] = [];
  const seen = new Set<string>();
  for (const chunk of run) {
    const value = (words[chunk.from] as Word).bare;
    if (chunk.kind === "name" && seen.has(value) && current.length > 0) {
      runs.push(current);
      current = [];
      seen.clear();
    }
    current.push(chunk);
    if (chunk.kind === "name") seen.add(value);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function mentionOf(words: readonly Word[], chunks: readonly Chunk[], run: readonly Chunk[], vocabulary: PeopleVocabulary, titledBody: boolean): PersonMention | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  // The name's words, and its core: the words that are neither initials, particles nor "Jr.".
  const tokens: string[] = [];
  let name = "";
  let firstWord: Word | undefined;
  let firstCore: Word | undefined;
  let coreCount = 0;
  for (let index = first.from; index < last.to; index++) {
    const word = words[index] as Word;
    if (word.kind !== "word") continue;
    // "Mr. Ivanov." at the end of a run-on sentence: the full stop is the sentence's, not the name's.
    const token = word.bare.length > 2 && word.bare.endsWith(".") && !isInitial(word) && !vocabulary.isGenerationSuffix(word) && !word.bare.slice(0, -1).includes(".") ? word.bare.slice(0, -1) : word.bare;
    tokens.push(token);
    name = name === "" ? token : `${name} ${token}`;
    firstWord ??= word;
    if (isInitial(word) || vocabulary.isParticleWord(word) || vocabulary.isGenerationSuffix(word)) continue;
    coreCount++;
    firstCore ??= word;
  }
  if (firstWord === undefined || firstCore === undefined || coreCount > MAX_NAME_WORDS) return null;
  const firstIndex = chunkStartingAt(chunks, first.from);
  // A lone word is a name only right after its title or honorific ("President Obama", "Mr
  // Norov"), or as a glued initial ("T.Greminger"), handled by the caller's alias pass
  // otherwise. Most lone capitalised words end here, before their context is read.
  if (coreCount === 1) {
    const adjacent = chunks[firstIndex - 1]?.kind === "title" || chunks[firstIndex - 1]?.kind === "honorific";
    const gluedInitial = /^\p{Lu}\.\p{Lu}/u.test(firstCore.bare);
    // "Yu.Khachaturov" holds a dot inside; "Jan." (a month cut short) only at its end.
    const innerDot = firstCore.bare.includes(".") && !firstCore.bare.endsWith(".");
    if (!adjacent && !isInitial(firstWord) && !gluedInitial && !innerDot) return null;
  }
  // "the Governor of Osaka Prefecture, Shinji Arai": a title phrase and a comma vouch for the name too.
  let before = introducerBefore(words, chunks, firstIndex);
  if (before === null && chunks[firstIndex - 1]?.kind === "punct" && phraseBefore(vocabulary, words, chunks, firstIndex).some((chunk) => chunk.kind === "title")) before = "title";
  const after = appositionAfter(words, last.to, vocabulary);
  const lastWord = words[last.to - 1] as Word;
  let evidence: PersonMention["evidence"];
  if (before === "title" || titledBody) evidence = "title";
  else if (before === "honorific") evidence = "honorific";
  else if (after) evidence = "apposition";
  else if ((isGivenName(firstCore.bare) || isInitial(firstWord)) && !capitalAfter(words, last.to)) evidence = "given-name";
  else evidence = "weak";
  const nextWord = words[last.to];
  const possessive = endsInApostropheS(lastWord);
  return {
    tokens,
    name,
    from: first.from,
    to: last.to,
    start: (words[first.from] as Word).start,
    end: possessive ? lastWord.end - 2 : tokens[tokens.length - 1] !== lastWord.bare && lastWord.kind === "word" ? lastWord.end - 1 : lastWord.end,
    role: null,
    organization: null,
    country: null,
    titleKind: null,
    evidence,
    possessive,
    speakerLine: nextWord !== undefined && nextWord.value === ":",
  };
}

function titleComplementBefore(words: readonly Word[], chunks: readonly Chunk[], index: number): boolean {
  let capitals = 0;
  for (let at = index - 1; at >= 0 && index - at <= 8; at--) {
    const chunk = chunks[at] as Chunk;
    const word = words[chunk.from] as Word;
    if (chunk.kind === "title") return capitals > 0 && (words[chunk.to]?.key === "of" || words[chunk.to]?.key === "for");
    if ((chunk.kind === "word" || chunk.kind === "name" || chunk.kind === "org" || chunk.kind === "country") && word.capitalized) {
      capitals++;
      continue;
    }
    if (word.key === "of" || word.key === "the" || word.key === "for" || word.key === "and" || word.key === "to") continue;
    return false;
  }
  return false;
}

/** "Foster High-Quality BRICS Partnership": a name is not followed by more capitalised words. */
function capitalAfter(words: readonly Word[], to: number): boolean {
  const next = words[to];
  return next !== undefined && next.kind === "word" && (next.capitalized || next.allCaps) && !endsInApostropheS(next);
}

/** What stands just before a name: a title (possibly with organisation or country words between), an honorific, or nothing. */
function introducerBefore(words: readonly Word[], chunks: readonly Chunk[], index: number): "title" | "honorific" | null {
  // "the Chairperson of the Central Election Commission Nurzhan Shailoobaeva": a title whose
  // complement is a body the gazetteers do not know still vouches for the name after it.
  if (titleComplementBefore(words, chunks, index)) return "title";
  let at = index - 1;
  // "the CSTO Secretary General, Yuri Khachaturov": one comma may stand between title and name.
  if (at >= 0 && chunks[at]?.kind === "punct" && (words[(chunks[at] as Chunk).from] as Word).value === "," && chunks[at - 1]?.kind === "title") at--;
  for (let steps = 0; at >= 0 && steps < 12; at--, steps++) {
    const chunk = chunks[at] as Chunk;
    if (chunk.kind === "honorific") return "honorific";
    if (chunk.kind === "title") return "title";
    if (chunk.kind === "org" || chunk.kind === "country" || chunk.kind === "place") continue;
    if (chunk.kind === "punct") {
      const value = (words[chunk.from] as Word).value;
      if (value === "(" || value === ")" || value === "-" || value === "–") continue;
      return null;
    }
    if (chunk.kind === "word") {
      const value = (words[chunk.from] as Word).key;
      if (value === "of" || value === "the" || value === "and") continue;
      return null;
    }
    // Another name: whatever title stands further left is that person's, but for a plural
    // one that the names are listed after ("Heads of State R.Nurov and A.Karimov").
    return pluralTitleOverList(words, chunks, at) ? "title" : null;
  }
  return null;
}

/** Most names a list after a plural title may hold before the one asked about. */
const MAX_LISTED_NAMES = 6;

/**
 * The name chunk at `at` closes a list of names ("X, Y and") that follows a plural title
 * right before its first name ("Heads of State X and Y", "the Foreign Ministers X, Y and Z").
 */
function pluralTitleOverList(words: readonly Word[], chunks: readonly Chunk[], at: number): boolean {
  let index = at;
  for (let names = 0; index >= 0 && names < MAX_LISTED_NAMES; names++) {
    while (index >= 0 && chunks[index]?.kind === "name") index--;
    const before = chunks[index];
    if (before?.kind === "title") return before.plural;
    const value = before === undefined ? "" : (words[before.from] as Word).value;
    if (value !== "," && value !== "and") return false;
    index--;
    if (chunks[index]?.kind !== "name") return false;
  }
  return false;
}

/** True when ", Title" follows the name (an apposition), lower-case titles included. */
function appositionAfter(words: readonly Word[], to: number, vocabulary: PeopleVocabulary): boolean {
  if (words[to]?.value !== ",") return false;
  let at = to + 1;
  if (words[at]?.key === "the") at++;
  const values = valuesOf(words);
  return vocabulary.titleAt(values, at, words, { allowLowerCase: true }) !== null;
}
