import { ADVERBS, COMPLEMENT_MARKERS, PRONOUN_SUBJECTS } from "./lexicon.js";
import type { Trigger } from "./trigger.js";
import type { Word } from "./words.js";

/** A stretch of words, offsets into the cleaned text. */
export interface Phrase {
  readonly start: number;
  readonly end: number;
}

/** Who reached an outcome and what it was, as stretches of the sentence. */
export interface Roles {
  readonly parties: readonly Phrase[];
  readonly object: Phrase | null;
}

/** Words that open an introductory phrase, not a subject ("In accordance with ..., the heads signed"). */
const PREPOSITIONS = new Set([
  "in", "at", "during", "on", "following", "after", "as", "under", "with", "within", "by", "for", "upon", "before",
  "according", "besides", "among", "since", "to",
]);

/** Irregular past forms that end a sentence-initial subject ("They held talks, and agreed"). */
const IRREGULAR_PAST = new Set(["held", "met", "had", "spoke", "took", "made", "gave", "said", "told", "saw", "began", "led", "sent"]);

/** Longest object and agent kept. */
const MAX_OBJECT_WORDS = 30;
const MAX_AGENT_WORDS = 12;

/**
 * The parties and the object of an outcome. Active voice: the subject before the verb (the
 * clause after an introductory phrase, or the sentence's first subject when the verb is
 * coordinated: "They discussed X, and agreed") and the complement after it. Passive voice:
 * the agent after "by" and the subject as the object ("A programme was approved"). Pronoun
 * subjects name no party.
 *
 * @example
 * ```ts
 * rolesOf(words, trigger); // "The leaders agreed to maintain contact." → parties "The leaders"
 * ```
 */
export function rolesOf(words: readonly Word[], trigger: Trigger): Roles {
  const subject = subjectOf(words, trigger.auxiliaryStart);
  const complement = complementOf(words, trigger.verb);
  const formalising = /^(formali|enshrine)/.test((words[trigger.verb] as Word).lower);
  if (formalising) return { parties: [], object: subject };

  // "The agreement signed today will boost trade": the participle modifies its subject.
  if (trigger.auxiliaryStart === trigger.verb && finiteVerbFollows(words, trigger.verb)) return { parties: [], object: subject };
  const agentAfter = words[trigger.verb + 1]?.lower === "by" && !(words[trigger.verb + 1] as Word).pause;
  if (trigger.passive || agentAfter) {
    const agent = agentAfter ? agentOf(words, trigger.verb + 2) : null;
    const named = subject && !isPronoun(words, subject) ? subject : null;
    const object = trigger.objectBefore ? (complement ?? named) : trigger.kind === "decided" && named && complement ? join(named, complement) : (named ?? complement);
    return { parties: agent ? splitParties(words, agent) : [], object: object ?? null };
  }
  const parties = subject && !isPronoun(words, subject) ? splitParties(words, subject) : [];
  return { parties, object: complement };
}

const FINITE_AUXILIARIES = new Set(["will", "would", "is", "are", "was", "were", "has", "have", "can", "could", "should", "must", "may"]);

function finiteVerbFollows(words: readonly Word[], verb: number): boolean {
  let at = verb + 1;
  while (at < words.length && (ADVERBS.has((words[at] as Word).lower) || (words[at] as Word).lower === "yesterday")) at++;
  const next = words[at];
  return next !== undefined && !next.pause && FINITE_AUXILIARIES.has(next.lower);
}

function join(a: Phrase, b: Phrase): Phrase {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function indexOfStart(words: readonly Word[], phrase: Phrase): number {
  return words.findIndex((word) => word.start === phrase.start);
}

function isPronoun(words: readonly Word[], phrase: Phrase): boolean {
  const first = indexOfStart(words, phrase);
  const firstWord = words[first];
  const single = firstWord !== undefined && firstWord.end === phrase.end;
  return single && PRONOUN_SUBJECTS.has(firstWord.lower);
}

/** Words that can open a noun phrase standing as a subject. */
const OPENERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "our", "all", "both", "each", "every", "no"]);

/**
 * The subject before the auxiliaries at `auxiliaryStart`: the clause after the last pause,
 * extended back over a list the pause cut ("on foreign policy, security and defense");
 * the sentence's opening subject when the verb is coordinated ("... and committed") or
 * the clause is empty; else the phrase before the pause ("documents, signed by ...").
 */
function subjectOf(words: readonly Word[], auxiliaryStart: number): Phrase | null {
  const before = words[auxiliaryStart - 1];
  if (before && !(words[auxiliaryStart] as Word).pause && (before.lower === "and" || before.lower === "but")) {
    return sentenceSubject(words, auxiliaryStart);
  }
  let from = clauseStart(words, auxiliaryStart);
  if (from === auxiliaryStart) {
    const opening = sentenceSubject(words, auxiliaryStart);
    if (opening && !isPronoun(words, opening)) return opening;
    const previous = clauseStart(words, auxiliaryStart - 1);
    const segment = words.slice(previous, auxiliaryStart).filter((word) => word.lower !== "and" && word.lower !== "or");
    return partyOf(segment) ?? opening;
  }
  while (from > 0 && !opensPhrase(words[from] as Word)) from = clauseStart(words, from - 1);
  const clause = withoutTrailingAdverbs(words.slice(from, auxiliaryStart));
  const leading = clause[0];
  if (!leading) return null;
  if (leading.lower === "and" || leading.lower === "but") return partyOf(clause.slice(1));
  if (PREPOSITIONS.has(leading.lower) || /(ing|ed)$/.test(leading.lower)) return sentenceSubject(words, auxiliaryStart);
  return partyOf(clause);
}

/** "The sides also" → "The sides"; "Both sides" stays whole. */
function withoutTrailingAdverbs(clause: readonly Word[]): Word[] {
  let end = clause.length;
  while (end > 0 && ADVERBS.has((clause[end - 1] as Word).lower)) end--;
  return clause.slice(0, end);
}

/** Index of the first word of the clause holding `index` (after the nearest pause). */
function clauseStart(words: readonly Word[], index: number): number {
  let from = Math.max(0, index);
  while (from > 0 && !(words[from] as Word).pause) from--;
  return from;
}

function opensPhrase(word: Word): boolean {
  return OPENERS.has(word.lower) || PRONOUN_SUBJECTS.has(word.lower) || /^\p{Lu}/u.test(word.value) || PREPOSITIONS.has(word.lower);
}

/** The sentence's first words up to its first verb, when it opens with a subject. */
function sentenceSubject(words: readonly Word[], limit: number): Phrase | null {
  const first = words[0];
  if (!first || PREPOSITIONS.has(first.lower)) return null;
  const subject: Word[] = [];
  for (let at = 0; at < limit && at < words.length; at++) {
    const word = words[at] as Word;
    if (at > 0 && (word.pause || /ed$/.test(word.lower) || IRREGULAR_PAST.has(word.lower))) break;
    subject.push(word);
    if (subject.length > MAX_OBJECT_WORDS) return null;
  }
  return partyOf(subject);
}

/** What follows the verb: its object or infinitive, up to the next pause. */
function complementOf(words: readonly Word[], verb: number): Phrase | null {
  let at = verb + 1;
  while (at < words.length && !(words[at] as Word).pause && (ADVERBS.has((words[at] as Word).lower) || COMPLEMENT_MARKERS.has((words[at] as Word).lower))) at++;
  if (words[at]?.lower === "by") return null;
  const object: Word[] = [];
  for (; at < words.length && object.length < MAX_OBJECT_WORDS; at++) {
    const word = words[at] as Word;
    if (word.pause && object.length > 0) break;
    // "signed the Joint Statement and witnessed the signing of ...": a second predicate.
    if (word.lower === "and" && object.length > 0 && isPastVerb(words[at + 1])) break;
    // "signed a Joint Statement and 8 documents were signed": a clause of its own follows the "and".
    if (PASSIVE_AUXILIARIES.has(word.lower) && isPastVerb(words[at + 1])) {
      const and = object.map((each) => each.lower).lastIndexOf("and");
      if (and > 0) object.length = and;
      break;
    }
    object.push(word);
  }
  return phraseOf(object);
}

const PASSIVE_AUXILIARIES = new Set(["was", "were"]);

/** "witnessed", "approved", "held": a verb in the past (or a participle). */
function isPastVerb(word: Word | undefined): boolean {
  return word !== undefined && word.lower.length > 3 && (/ed$/.test(word.lower) || IRREGULAR_PAST.has(word.lower) || word.lower === "signed");
}

function agentOf(words: readonly Word[], from: number): Phrase | null {
  const agent: Word[] = [];
  for (let at = from; at < words.length && agent.length < MAX_AGENT_WORDS; at++) {
    const word = words[at] as Word;
    if (word.pause && agent.length > 0) break;
    if (agent.length > 0 && (word.lower === "on" || word.lower === "during" || word.lower === "at")) break;
    agent.push(word);
  }
  return phraseOf(agent);
}

/** "Shavkat Mirziyoyev and Alexander Lukashenko" are two parties; "the heads of state" one. */
function splitParties(words: readonly Word[], phrase: Phrase): Phrase[] {
  const inside = words.filter((word) => word.start >= phrase.start && word.end <= phrase.end);
  const parts: Word[][] = [[]];
  for (const word of inside) {
    if (word.lower === "and" || (word.pause && (parts[parts.length - 1] as Word[]).length > 0)) {
      parts.push([]);
      if (word.lower === "and") continue;
    }
    (parts[parts.length - 1] as Word[]).push(word);
  }
  const named = parts.filter((part) => part.length > 0);
  const allNames = named.length > 1 && named.every((part) => /^\p{Lu}/u.test((part[0] as Word).value) && part.every((word) => /^\p{Lu}/u.test(word.value) || /^(mr|ms|mrs|dr)\.?$/i.test(word.value)));
  if (!allNames) return [phrase];
  return named.map((part) => phraseOf(part)).filter((part): part is Phrase => part !== null);
}

/** Adverbs that open a sentence before its subject ("Today the ministers signed"); not "both" or "all". */
const OPENING_ADVERBS = new Set(["today", "yesterday", "also", "then", "finally", "subsequently", "further", "furthermore", "moreover", "additionally", "thus", "therefore", "now"]);

/** A party without what opens the sentence before it: a list number ("2."), "Today". */
function partyOf(words: readonly Word[]): Phrase | null {
  let from = 0;
  while (from < words.length - 1) {
    const word = words[from] as Word;
    if (!/^\d{1,2}[.)]?$/.test(word.lower) && !OPENING_ADVERBS.has(word.lower)) break;
    from++;
  }
  return phraseOf(words.slice(from));
}

function phraseOf(words: readonly Word[]): Phrase | null {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}
