// Finding the people a Russian sentence names: runs of name words and initials, told from the
// capitalised words of bodies' names by a given name, initials, a patronymic, the officials
// gazetteer or a title phrase before them; each with the role, organisation and country its
// title phrase gives.
import type { Word } from "../../../core/word.js";
import { findRussianOfficial, genderOfNames, isRussianGivenName, isRussianPatronymic, readRussianName } from "../../../normalize/russian-names.js";
import { RU_EARLIER_PARTICIPLE } from "../../../lexicon/ru/people.js";
import type { PersonMention } from "../mentions.js";
import { phraseEndsAt, textOfWords } from "../words.js";
import { isInitialsOnly, type RussianChunk } from "./chunks.js";
import { readRole, titlePhraseAfter, titlePhraseBefore, type TitlePhrase } from "./roles.js";
import type { RussianPeopleVocabulary } from "./vocabulary.js";

/** Most words of a personal name, particles and initials aside ("Мухаммадом бин Салманом Аль Саудом"). */
const MAX_NAME_WORDS = 4;

interface Run {
  /** Chunk positions, `to` exclusive. */
  readonly from: number;
  readonly to: number;
}

interface Candidate {
  readonly run: Run;
  readonly phrase: TitlePhrase | null;
  readonly strong: boolean;
  readonly honorific: boolean;
}

/**
 * The people a Russian sentence names, with their roles. `day` is the event's day, for the
 * officials gazetteer.
 */
export function findRussianMentions(words: readonly Word[], chunks: readonly RussianChunk[], vocabulary: RussianPeopleVocabulary, day: string | null): PersonMention[] {
  const candidates: Candidate[] = [];
  for (const run of nameRuns(words, chunks, vocabulary)) {
    const start = personStart(words, chunks, run);
    const person: Run = { from: start, to: run.to };
    const core = coreWords(words, chunks, person, vocabulary);
    if (core.length === 0 || core.length > MAX_NAME_WORDS) continue;
    const phrase = titlePhraseBefore(words, chunks, person.from, vocabulary);
    const honorific = chunks[person.from - 1]?.kind === "honorific";
    candidates.push({ run: person, phrase, strong: isStrong(words, chunks, person, core, day), honorific });
  }
  // A title introduces the last name of its phrase: "Председателем Правления Банка Развития
  // Казахстана Имяреком ..." leaves "Развития" to the bank.
  const owners = new Map<number, Candidate>();
  for (const candidate of candidates) if (candidate.phrase) owners.set(candidate.phrase.title, candidate);
  const mentions: PersonMention[] = [];
  for (const candidate of candidates) {
    let phrase = candidate.phrase;
    if (phrase && owners.get(phrase.title) !== candidate) phrase = null;
    const { run } = candidate;
    const single = coreWords(words, chunks, run, vocabulary).length === 1 && !(chunks[run.from] as Extract<RussianChunk, { kind: "name" }>).initials;
    // A lone word is a name only right after its title phrase or an honorific ("Министр Мирзоян"),
    // never after a capitalised adjective, whose noun it is ("глав государств Центральной Азии").
    if (single && ((!phrase && !candidate.honorific) || afterAdjective(words, chunks, run.from))) continue;
    // "(НИАТ «Ховар», Наталья Михайлова)": the byline of a dateline.
    if (isByline(words, chunks, run)) continue;
    // "коридора «Север — Юг»": a name opened by a quotation mark names a route, a ship or an event.
    if (openedByQuote(words, (chunks[run.from] as RussianChunk).from)) continue;
    // "университет имени К. Жубанова": an institution's namesake is no person of the release.
    if (isEponym(words, (chunks[run.from] as RussianChunk).from, vocabulary)) continue;
    if (candidate.phrase && !phrase && !candidate.strong) continue;
    phrase ??= titlePhraseAfter(words, chunks, run.to, vocabulary);
    const first = words[(chunks[run.from] as RussianChunk).from] as Word;
    const lastChunk = chunks[run.to - 1] as RussianChunk;
    const last = words[lastChunk.to - 1] as Word;
    const name = textOfWords(words, (chunks[run.from] as RussianChunk).from, lastChunk.to);
    const mention: PersonMention = {
      tokens: words.slice((chunks[run.from] as RussianChunk).from, lastChunk.to).map((word) => word.value),
      name,
      from: (chunks[run.from] as RussianChunk).from,
      to: lastChunk.to,
      start: first.start,
      end: last.end,
      role: null,
      organization: null,
      country: null,
      titleKind: null,
      evidence: candidate.strong ? "given-name" : phrase ? "title" : candidate.honorific ? "honorific" : "weak",
      possessive: false,
      speakerLine: words[lastChunk.to]?.value === ":",
    };
    if (phrase) {
      const reading = readRole(words, phrase, genderOfNames([readRussianName(name)]), vocabulary);
      mention.role = reading.role;
      mention.titleKind = reading.kind;
      mention.organization = reading.organization;
      mention.country = reading.country;
      if (reading.postedToState) mention.postedToState = true;
      if (mention.evidence !== "given-name") mention.evidence = "title";
    }
    mention.country ??= countryInBracket(words, chunks, run.to);
    if (earlierPhraseBefore(words, mention.from, day)) mention.earlier = true;
    mentions.push(mention);
  }
  return mentions;
}

/** Runs of name chunks, particles between them ("бин", "аль"); a run never goes past a name with glued initials. */
function nameRuns(words: readonly Word[], chunks: readonly RussianChunk[], vocabulary: RussianPeopleVocabulary): Run[] {
  const runs: Run[] = [];
  let index = 0;
  while (index < chunks.length) {
    const chunk = chunks[index] as RussianChunk;
    if (chunk.kind !== "name") {
      index++;
      continue;
    }
    let end = index + 1;
    for (;;) {
      const previous = chunks[end - 1] as RussianChunk;
      // "С.Лавровым" is whole; initials alone ("В. А.") go on to the surname.
      if (previous.kind === "name" && previous.initials && !isInitialsOnly(words[previous.from] as Word)) break;
      const next = chunks[end];
      if (next?.kind === "name") {
        // "Лавров С.В." is not read; initials start another name ("Ш.Мирзиёев Дж.Фриц").
        if (next.initials && !(previous.kind === "name" && previous.initials)) break;
        end++;
        continue;
      }
      if (next?.kind === "word" && vocabulary.isParticle(words[next.from] as Word) && chunks[end + 1]?.kind === "name") {
        end += 2;
        continue;
      }
      break;
    }
    runs.push({ from: index, to: end });
    index = end;
  }
  return runs;
}

/**
 * Where the person's name starts in a run: at its first word, or at initials or a known given
 * name inside it after the words of a body's name ("Халк Маслахаты Гурбангулы Бердымухамедовым").
 */
function personStart(words: readonly Word[], chunks: readonly RussianChunk[], run: Run): number {
  if (run.to - run.from < 2) return run.from;
  const firstChunk = chunks[run.from] as Extract<RussianChunk, { kind: "name" }>;
  if (firstChunk.initials || isRussianGivenName((words[firstChunk.from] as Word).value)) return run.from;
  for (let at = run.from + 1; at < run.to; at++) {
    const chunk = chunks[at] as RussianChunk;
    if (chunk.kind !== "name") continue;
    if (chunk.initials) return at;
    if (at + 1 < run.to && isRussianGivenName((words[chunk.from] as Word).value)) return at;
  }
  return run.from;
}

/** The words of a name that are neither initials nor particles. */
function coreWords(words: readonly Word[], chunks: readonly RussianChunk[], run: Run, vocabulary: RussianPeopleVocabulary): Word[] {
  const core: Word[] = [];
  for (let at = run.from; at < run.to; at++) {
    const chunk = chunks[at] as RussianChunk;
    const word = words[chunk.from] as Word;
    if (chunk.kind === "name" && chunk.initials && isInitialsOnly(word)) continue;
    if (chunk.kind !== "name" || vocabulary.isParticle(word)) continue;
    core.push(word);
  }
  return core;
}

/** A name that shows itself as one: initials, a known given name or a patronymic with a surname, or a person of the officials gazetteer. */
function isStrong(words: readonly Word[], chunks: readonly RussianChunk[], run: Run, core: readonly Word[], day: string | null): boolean {
  if ((chunks[run.from] as Extract<RussianChunk, { kind: "name" }>).initials) return true;
  if (core.length < 2) return false;
  if (isRussianGivenName((core[0] as Word).value) || core.some((word) => isRussianPatronymic(word.value))) return true;
  const first = chunks[run.from] as RussianChunk;
  const last = chunks[run.to - 1] as RussianChunk;
  return findRussianOfficial([textOfWords(words, first.from, last.to)], day) !== null;
}

/** "Роберто Росси (Италия)": the country in a short bracket right after the name. */
function countryInBracket(words: readonly Word[], chunks: readonly RussianChunk[], after: number): string | null {
  const open = chunks[after];
  if (open?.kind !== "punct" || (words[open.from] as Word).value !== "(") return null;
  const inside = chunks[after + 1];
  const close = chunks[after + 2];
  return inside?.kind === "country" && close?.kind === "punct" && (words[close.from] as Word).value === ")" ? inside.code : null;
}

/** The name's first chunk follows a capitalised word that is no name ("Центральной Азии", "Южная Осетия"). */
function afterAdjective(words: readonly Word[], chunks: readonly RussianChunk[], first: number): boolean {
  const before = chunks[first - 1];
  return before?.kind === "word" && (words[before.from] as Word).capitalized;
}

/** Most words a dateline's bracket holds before the author's name ("(НИАТ «Ховар», ..."). */
const MAX_BYLINE = 8;

/** A name that closes a bracket after a comma: the author of a news item ("(ИА «Дунё», Имя Фамилия)"). */
function isByline(words: readonly Word[], chunks: readonly RussianChunk[], run: Run): boolean {
  const first = (chunks[run.from] as RussianChunk).from;
  const last = (chunks[run.to - 1] as RussianChunk).to;
  if (words[last]?.value !== ")" || words[first - 1]?.value !== ",") return false;
  for (let at = first - 2; at >= 0 && first - at <= MAX_BYLINE; at--) {
    const value = (words[at] as Word).value;
    if (value === "(") return true;
    if (value === ")") return false;
  }
  return false;
}

/**
 * The name at word `from` follows the word of a namesake ("имени", "им."), save "от имени"
 * (on behalf of someone, who is a person of the release).
 */
function isEponym(words: readonly Word[], from: number, vocabulary: RussianPeopleVocabulary): boolean {
  const cues = vocabulary.people.eponymCues;
  if (!phraseEndsAt(words, from - 1, cues)) return false;
  return !vocabulary.lexicon.people.onBehalfOf.some((phrase) => phraseEndsAt(words, from - 1, [phrase]));
}

/** Quotation marks that open a name of a thing ("«Север — Юг»", "„Восток“"; the cleaning writes them straight). */
const OPENING_QUOTES: ReadonlySet<string> = new Set(["«", "„", "“", "\""]);

/**
 * The word at `from` follows a quotation mark that opens a quotation: «, „ or “, or a straight
 * one (the cleaning writes them so) that is not the closing one of a pair ("партии "Единая
 * Россия" Д.А.Медведев": the name follows the pair).
 */
function openedByQuote(words: readonly Word[], from: number): boolean {
  const before = words[from - 1]?.value ?? "";
  if (!OPENING_QUOTES.has(before)) return false;
  if (before !== '"') return true;
  let straight = 0;
  for (let at = 0; at < from; at++) if ((words[at] as Word).value === '"') straight++;
  return straight % 2 === 1;
}

/** Most words between a participle of an earlier event and the name it reports on. */
const MAX_EARLIER_PHRASE = 12;
/** A year as the text writes it. */
const YEAR = /^(?:19|20)\d\d$/u;
/** Marks that end the phrase a participle governs. */
const PHRASE_STOPS: ReadonlySet<string> = new Set([".", ";", ":", "!", "?"]);

/**
 * The name at word `from` is reported on by a participle of an earlier event with a year before
 * the event's ("меморандума, подписанного в мае 2023 года в присутствии X"): X was at that
 * event, not this one. A year of the event's own or none leaves the name alone ("подписанного
 * сегодня в присутствии X").
 */
function earlierPhraseBefore(words: readonly Word[], from: number, day: string | null): boolean {
  if (day === null) return false;
  const eventYear = Number(day.slice(0, 4));
  let pastYear = false;
  for (let at = from - 1; at >= 0 && from - at <= MAX_EARLIER_PHRASE; at--) {
    const word = words[at] as Word;
    if (PHRASE_STOPS.has(word.value)) return false;
    if (YEAR.test(word.value) && Number(word.value) < eventYear) pastYear = true;
    else if (pastYear && word.kind === "word" && !word.capitalized && RU_EARLIER_PARTICIPLE.test(word.lower)) return true;
  }
  return false;
}
