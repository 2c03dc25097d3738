import type { Word } from "../../../core/word.js";
import type { Phrase, Roles, Trigger } from "../types.js";
import type { Vocabulary } from "../vocabulary.js";
import { lowerAt, pausedAt, type PausedWords } from "../words.js";
import { clauseStart, keyAt } from "./clause.js";

/** Longest object and party kept. */
const MAX_OBJECT_WORDS = 30;
const MAX_SUBJECT_WORDS = 12;

const LIST_NUMBER = /^\d{1,3}[.)]?$/;
const CAPITAL = /^\p{Lu}/u;

/**
 * The parties and the object of an outcome in Russian. The parties are the subject before the
 * verb in its clause ("Стороны договорились", "Министры также подписали"), without an opening
 * phrase ("По итогам переговоров министры подписали"); a passive ("подписан пакет
 * документов", "было решено") names none. The object is what follows the verb up to the next
 * pause ("о проведении ...", "план консультаций"), or for a passive with nothing after it, the
 * noun before it ("Совместное заявление было принято").
 *
 * @example
 * ```ts
 * rolesOf(vocabulary, run, trigger); // "Стороны договорились провести консультации." → parties ["Стороны"]
 * ```
 */
export function rolesOf(vocabulary: Vocabulary, run: PausedWords, trigger: Trigger): Roles {
  const object = complementOf(vocabulary, run, trigger.verb);
  const passive = trigger.passive || trigger.objectBefore || isShortParticiple(vocabulary, run, trigger);
  if (passive) return { parties: [], object: object ?? phraseOf(subjectOf(vocabulary, run, trigger.auxiliaryStart) ?? []) };
  const subject = subjectOf(vocabulary, run, trigger.auxiliaryStart);
  if (subject === null) return { parties: [], object };
  return { parties: splitParties(vocabulary, run, subject), object };
}

/** A short passive participle ("подписан", "решено"): the subject is what was done, not who did it. */
function isShortParticiple(vocabulary: Vocabulary, run: PausedWords, trigger: Trigger): boolean {
  const lower = lowerAt(run, trigger.verb) as string;
  return vocabulary.appointmentVerbs.has(lower) || !/(л|ла|ло|ли|лся|лась|лось|лись)$/u.test(lower);
}

/** The words before the verb group in its clause, after an opening phrase and adverbs; null when none or a pronoun. */
function subjectOf(vocabulary: Vocabulary, run: PausedWords, auxiliaryStart: number): Word[] | null {
  const words = run.words;
  let from = clauseStart(run, auxiliaryStart);
  let to = auxiliaryStart;
  while (to > from && vocabulary.adverbs.has(lowerAt(run, to - 1) as string)) to--;
  // "По итогам переговоров министры подписали": skip the opening phrase to the last capitalised or plural noun run.
  while (from < to && opensClause(vocabulary, run, from)) from++;
  if (from < to && vocabulary.prepositions.has(lowerAt(run, from) as string)) from = subjectAfterOpening(vocabulary, run, from, to);
  const subject = words.slice(from, to);
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS) return null;
  if (subject.length === 1 && vocabulary.pronounSubjects.has((subject[0] as Word).lower)) return null;
  return subject;
}

/** A list number, an opening adverb, a conjunction or a complementizer before a clause's subject ("что мы", "а также министры"). */
function opensClause(vocabulary: Vocabulary, run: PausedWords, at: number): boolean {
  const lower = lowerAt(run, at) as string;
  return (
    LIST_NUMBER.test((run.words[at] as Word).value) ||
    vocabulary.openingAdverbs.has(lower) ||
    vocabulary.clauseJoiners.has(lower) ||
    vocabulary.complementMarkers.has(lower)
  );
}

/**
 * Where the subject starts after an opening prepositional phrase: at the last word that names a
 * party ("стороны", "министры") or a capitalised name, or nowhere (the verb's end) when none.
 */
function subjectAfterOpening(vocabulary: Vocabulary, run: PausedWords, from: number, to: number): number {
  for (let at = from + 1; at < to; at++) {
    if (vocabulary.jointSubjectWords.has(lowerAt(run, at) as string) || vocabulary.performativeSubjects.has(keyAt(run, at))) return at;
  }
  return to;
}

/** What follows the verb up to the next pause, without a complement marker before it. */
function complementOf(vocabulary: Vocabulary, run: PausedWords, verb: number): Phrase | null {
  const words = run.words;
  let at = verb + 1;
  // "договорились, что ...", "договорились о ...": the complement opens after its marker.
  while (at < words.length && (vocabulary.adverbs.has(lowerAt(run, at) as string) || vocabulary.complementMarkers.has(lowerAt(run, at) as string))) at++;
  const object: Word[] = [];
  for (; at < words.length && object.length < MAX_OBJECT_WORDS; at++) {
    if (pausedAt(run, at) && object.length > 0) break;
    object.push(words[at] as Word);
  }
  return phraseOf(object);
}

/** "Владимир Путин и Шавкат Мирзиёев" are two parties; "главы государств" one. */
function splitParties(vocabulary: Vocabulary, run: PausedWords, subject: readonly Word[]): Phrase[] {
  const parts: Word[][] = [[]];
  for (const word of subject) {
    if (word.lower === vocabulary.words.listJoiner) {
      parts.push([]);
      continue;
    }
    (parts[parts.length - 1] as Word[]).push(word);
  }
  const named = parts.filter((part) => part.length > 0);
  const allNames = named.length > 1 && named.every((part) => part.every((word) => CAPITAL.test(word.value)));
  const whole = phraseOf(subject);
  if (!allNames) return whole ? [whole] : [];
  return named.map(phraseOf).filter((part): part is Phrase => part !== null);
}

function phraseOf(words: readonly Word[]): Phrase | null {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}
