import type { Word } from "../../../core/word.js";
import type { Phrase, Roles, Trigger } from "../types.js";
import type { Vocabulary } from "../vocabulary.js";
import { lowerAt, pausedAt, type PausedWords } from "../words.js";

/** Longest object and agent kept. */
const MAX_OBJECT_WORDS = 30;
const MAX_AGENT_WORDS = 12;

const LIST_NUMBER = /^\d{1,2}[.)]?$/;
const CAPITAL = /^\p{Lu}/u;

/**
 * The parties and the object of an outcome. Active voice: the subject before the verb (the
 * clause after an introductory phrase, or the sentence's first subject when the verb is
 * coordinated: "They discussed X, and agreed") and the complement after it. Passive voice:
 * the agent after "by" and the subject as the object ("A programme was approved"). Pronoun
 * subjects name no party.
 *
 * @example
 * ```ts
 * rolesOf(vocabulary, run, trigger); // "The leaders agreed to maintain contact." → parties "The leaders"
 * ```
 */
export function rolesOf(vocabulary: Vocabulary, run: PausedWords, trigger: Trigger): Roles {
  const reader = new RoleReader(vocabulary, run);
  return reader.roles(trigger);
}

/** The role readers of one sentence: its words, their pauses and the lexicon's words. */
class RoleReader {
  readonly #vocabulary: Vocabulary;
  readonly #run: PausedWords;
  readonly #words: readonly Word[];

  constructor(vocabulary: Vocabulary, run: PausedWords) {
    this.#vocabulary = vocabulary;
    this.#run = run;
    this.#words = run.words;
  }

  roles(trigger: Trigger): Roles {
    const subject = this.#subjectOf(trigger.auxiliaryStart);
    const complement = this.#complementOf(trigger.verb);
    if (trigger.documentSubject) return { parties: [], object: subject };

    // "The agreement signed today will boost trade": the participle modifies its subject.
    if (trigger.auxiliaryStart === trigger.verb && this.#finiteVerbFollows(trigger.verb)) return { parties: [], object: subject };
    const agentAfter = lowerAt(this.#run, trigger.verb + 1) === this.#vocabulary.words.agentMarker && !pausedAt(this.#run, trigger.verb + 1);
    if (trigger.passive || agentAfter) {
      const agent = agentAfter ? this.#agentOf(trigger.verb + 2) : null;
      const named = subject && !this.#isPronoun(subject) ? subject : null;
      const object = trigger.objectBefore ? (complement ?? named) : trigger.kind === "decided" && named && complement ? join(named, complement) : (named ?? complement);
      return { parties: agent ? this.#splitParties(agent) : [], object: object ?? null };
    }
    const parties = subject && !this.#isPronoun(subject) ? this.#splitParties(subject) : [];
    return { parties, object: complement };
  }

  #lower(at: number): string | undefined {
    return lowerAt(this.#run, at);
  }

  #paused(at: number): boolean {
    return pausedAt(this.#run, at);
  }

  #finiteVerbFollows(verb: number): boolean {
    const vocabulary = this.#vocabulary;
    let at = verb + 1;
    while (at < this.#words.length && (vocabulary.adverbs.has(this.#lower(at) as string) || vocabulary.participleAdverbs.has(this.#lower(at) as string))) at++;
    const next = this.#lower(at);
    return next !== undefined && !this.#paused(at) && vocabulary.finiteAuxiliaries.has(next);
  }

  #isPronoun(phrase: Phrase): boolean {
    const first = this.#words.findIndex((word) => word.start === phrase.start);
    const firstWord = this.#words[first];
    const single = firstWord !== undefined && firstWord.end === phrase.end;
    return single && this.#vocabulary.pronounSubjects.has(firstWord.lower);
  }

  /**
   * The subject before the auxiliaries at `auxiliaryStart`: the clause after the last pause,
   * extended back over a list the pause cut ("on foreign policy, security and defense");
   * the sentence's opening subject when the verb is coordinated ("... and committed") or
   * the clause is empty; else the phrase before the pause ("documents, signed by ...").
   */
  #subjectOf(auxiliaryStart: number): Phrase | null {
    const vocabulary = this.#vocabulary;
    const before = this.#lower(auxiliaryStart - 1);
    if (before !== undefined && !this.#paused(auxiliaryStart) && vocabulary.clauseJoiners.has(before)) {
      return this.#sentenceSubject(auxiliaryStart);
    }
    let from = this.#clauseStart(auxiliaryStart);
    if (from === auxiliaryStart) {
      const opening = this.#sentenceSubject(auxiliaryStart);
      if (opening && !this.#isPronoun(opening)) return opening;
      const previous = this.#clauseStart(auxiliaryStart - 1);
      const segment = this.#words.slice(previous, auxiliaryStart).filter((word) => !vocabulary.coordinators.has(word.lower));
      return this.#partyOf(segment) ?? opening;
    }
    while (from > 0 && !this.#opensPhrase(this.#words[from] as Word)) from = this.#clauseStart(from - 1);
    const clause = this.#withoutTrailingAdverbs(this.#words.slice(from, auxiliaryStart));
    const leading = clause[0];
    if (!leading) return null;
    if (vocabulary.clauseJoiners.has(leading.lower)) return this.#partyOf(clause.slice(1));
    if (vocabulary.prepositions.has(leading.lower) || this.#isVerbForm(leading.lower)) return this.#sentenceSubject(auxiliaryStart);
    return this.#partyOf(clause);
  }

  /** A participle or gerund ("Following", "Guided"): an introductory phrase, not a subject. */
  #isVerbForm(lower: string): boolean {
    const { gerundEnding, pastEnding } = this.#vocabulary.words;
    return lower.endsWith(gerundEnding) || lower.endsWith(pastEnding);
  }

  /** "The sides also" → "The sides"; "Both sides" stays whole. */
  #withoutTrailingAdverbs(clause: readonly Word[]): Word[] {
    let end = clause.length;
    while (end > 0 && this.#vocabulary.adverbs.has((clause[end - 1] as Word).lower)) end--;
    return clause.slice(0, end);
  }

  /** Index of the first word of the clause holding `index` (after the nearest pause). */
  #clauseStart(index: number): number {
    let from = Math.max(0, index);
    while (from > 0 && !this.#paused(from)) from--;
    return from;
  }

  #opensPhrase(word: Word): boolean {
    const vocabulary = this.#vocabulary;
    return vocabulary.phraseOpeners.has(word.lower) || vocabulary.pronounSubjects.has(word.lower) || CAPITAL.test(word.value) || vocabulary.prepositions.has(word.lower);
  }

  /** The sentence's first words up to its first verb, when it opens with a subject. */
  #sentenceSubject(limit: number): Phrase | null {
    const first = this.#lower(0);
    if (first === undefined || this.#vocabulary.prepositions.has(first)) return null;
    const subject: Word[] = [];
    for (let at = 0; at < limit && at < this.#words.length; at++) {
      const lower = this.#lower(at) as string;
      if (at > 0 && (this.#paused(at) || lower.endsWith(this.#vocabulary.words.pastEnding) || this.#vocabulary.irregularPast.has(lower))) break;
      subject.push(this.#words[at] as Word);
      if (subject.length > MAX_OBJECT_WORDS) return null;
    }
    return this.#partyOf(subject);
  }

  /** What follows the verb: its object or infinitive, up to the next pause. */
  #complementOf(verb: number): Phrase | null {
    const vocabulary = this.#vocabulary;
    const words = this.#words;
    let at = verb + 1;
    while (at < words.length && !this.#paused(at) && (vocabulary.adverbs.has(this.#lower(at) as string) || vocabulary.complementMarkers.has(this.#lower(at) as string))) at++;
    if (this.#lower(at) === vocabulary.words.agentMarker) return null;
    const object: Word[] = [];
    const listJoiner = vocabulary.words.listJoiner;
    for (; at < words.length && object.length < MAX_OBJECT_WORDS; at++) {
      const word = words[at] as Word;
      if (this.#paused(at) && object.length > 0) break;
      // "signed the Joint Statement and witnessed the signing of ...": a second predicate.
      if (word.lower === listJoiner && object.length > 0 && this.#isPastVerb(at + 1)) break;
      // "signed a Joint Statement and 8 documents were signed": a clause of its own follows the "and".
      if (vocabulary.pastPassiveAuxiliaries.has(word.lower) && this.#isPastVerb(at + 1)) {
        const and = object.map((each) => each.lower).lastIndexOf(listJoiner);
        if (and > 0) object.length = and;
        break;
      }
      object.push(word);
    }
    return phraseOf(object);
  }

  /** "witnessed", "approved", "held": a verb in the past (or a participle). */
  #isPastVerb(at: number): boolean {
    const lower = this.#lower(at);
    const vocabulary = this.#vocabulary;
    return lower !== undefined && lower.length > 3 && (lower.endsWith(vocabulary.words.pastEnding) || vocabulary.irregularPast.has(lower));
  }

  #agentOf(from: number): Phrase | null {
    const agent: Word[] = [];
    for (let at = from; at < this.#words.length && agent.length < MAX_AGENT_WORDS; at++) {
      if (this.#paused(at) && agent.length > 0) break;
      if (agent.length > 0 && this.#vocabulary.agentStops.has(this.#lower(at) as string)) break;
      agent.push(this.#words[at] as Word);
    }
    return phraseOf(agent);
  }

  /** "Shavkat Mirziyoyev and Alexander Lukashenko" are two parties; "the heads of state" one. */
  #splitParties(phrase: Phrase): Phrase[] {
    const listJoiner = this.#vocabulary.words.listJoiner;
    const parts: Word[][] = [[]];
    for (let at = 0; at < this.#words.length; at++) {
      const word = this.#words[at] as Word;
      if (word.start < phrase.start || word.end > phrase.end) continue;
      if (word.lower === listJoiner || (this.#paused(at) && (parts[parts.length - 1] as Word[]).length > 0)) {
        parts.push([]);
        if (word.lower === listJoiner) continue;
      }
      (parts[parts.length - 1] as Word[]).push(word);
    }
    const named = parts.filter((part) => part.length > 0);
    const allNames = named.length > 1 && named.every((part) => CAPITAL.test((part[0] as Word).value) && part.every((word) => CAPITAL.test(word.value) || this.#isHonorific(word)));
    if (!allNames) return [phrase];
    return named.map((part) => phraseOf(part)).filter((part): part is Phrase => part !== null);
  }

  /** "Mr", "Mr.", "dr": an honorific inside a party's name. */
  #isHonorific(word: Word): boolean {
    const lower = word.lower;
    return this.#vocabulary.partyHonorifics.has(lower.endsWith(".") ? lower.slice(0, -1) : lower);
  }

  /** A party without what opens the sentence before it: a list number ("2."), "Today". */
  #partyOf(words: readonly Word[]): Phrase | null {
    let from = 0;
    while (from < words.length - 1) {
      const lower = (words[from] as Word).lower;
      if (!LIST_NUMBER.test(lower) && !this.#vocabulary.openingAdverbs.has(lower)) break;
      from++;
    }
    return phraseOf(words.slice(from));
  }
}

function join(a: Phrase, b: Phrase): Phrase {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function phraseOf(words: readonly Word[]): Phrase | null {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}
