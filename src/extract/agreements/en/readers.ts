import type { Word } from "../../../core/word.js";
import type { PresentOutcome, VerbGroup } from "../types.js";
import type { Vocabulary } from "../vocabulary.js";
import { afterListNumber, lowerAt, pausedAt, type PausedWords } from "../words.js";
import { subjectBefore } from "./clause.js";

// English readers of a candidate verb's surroundings: its object, its subject, the paragraph
// it opens, and whether it is a participle used as an adjective.

/** Words the object of an object verb may stand away from it. */
const OBJECT_WINDOW = 4;
/** Words a passive verb's object may stand before it ("contracts worth 300 million dollars were concluded"). */
const OBJECT_BEFORE_WINDOW = 6;

/** "the agreed plan", "a signed copy": a past participle right after a determiner is an adjective, no verb. */
export function isAdjective(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  const previous = lowerAt(run, index - 1);
  return previous !== undefined && !pausedAt(run, index) && vocabulary.determiners.has(previous) && !vocabulary.outcomeLemmaForms.has(lowerAt(run, index) as string);
}

/** Where an object verb's object stands: right after it, or before a passive verb. */
export function objectOf(vocabulary: Vocabulary, run: PausedWords, index: number, objects: ReadonlySet<string>): "after" | "before" | null {
  if (objectAfter(run, index, objects)) return "after";
  return objectBeforeVerb(vocabulary, run, index, objects) ? "before" : null;
}

/** The word right after the verb ("that" of "confirmed that"). */
export function complementOpener(run: PausedWords, index: number): string | undefined {
  return lowerAt(run, index + 1);
}

/**
 * A present form that reports an outcome: an operative paragraph's verb ("5. Endorses the
 * Roadmap", "Welcoming the report, decides to ..."), or a performative said by the parties
 * ("We agree to meet annually"; "agree" only with its complement, not "we agree that ...").
 */
export function presentOutcome(vocabulary: Vocabulary, run: PausedWords, index: number, group: VerbGroup): PresentOutcome | null {
  const lower = lowerAt(run, index) as string;
  const operative = vocabulary.operativeVerbs.get(lower);
  if (operative !== undefined && opensOperative(vocabulary, run, index)) return { kind: operative, rule: "operative" };
  const performative = vocabulary.performativeVerbs.get(lower);
  if (performative === undefined) return null;
  const at = subjectBefore(vocabulary, run, group.start);
  if (at < 0 || !vocabulary.performativeSubjects.has(lowerAt(run, at) as string)) return null;
  const complements = vocabulary.performativeComplements.get(lower);
  if (complements !== undefined && !complements.has(lowerAt(run, index + 1) ?? "")) return null;
  return { kind: performative, rule: "performative" };
}

/**
 * The verb opens an operative paragraph: it comes first (after a list number and adverbs:
 * "13. Further decides"), the paragraph's first word capitalised; or it follows the pause
 * after an opening participial phrase ("Welcoming the report, decides to ...").
 */
function opensOperative(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  const first = afterListNumber(run);
  let at = index;
  while (at > first && vocabulary.adverbs.has(lowerAt(run, at - 1) as string) && !pausedAt(run, at)) at--;
  if (at === first) return (run.words[first] as Word).capitalized;
  return pausedAt(run, at) && vocabulary.preambleOpeners.has(lowerAt(run, first) as string);
}

/**
 * The sentence's opening subject (its words up to its first verb) names more than one party
 * ("The two Ministers ... confirmed that", "In the end, both sides confirmed that").
 */
export function hasJointSubject(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  const { pastEnding } = vocabulary.words;
  for (let at = 0; at < index; at++) {
    const lower = lowerAt(run, at) as string;
    if (at > 0 && (lower.endsWith(pastEnding) || vocabulary.irregularPast.has(lower))) break;
    if (vocabulary.jointSubjectWords.has(lower)) return true;
  }
  return false;
}

function objectAfter(run: PausedWords, index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index + 1; at <= index + OBJECT_WINDOW && at < run.words.length; at++) {
    if (pausedAt(run, at)) return false;
    if (objects.has(lowerAt(run, at) as string)) return true;
  }
  return false;
}

/** "Decisions were taken", "consensus was reached": the object noun stands before a passive verb. */
function objectBeforeVerb(vocabulary: Vocabulary, run: PausedWords, index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index - 1; at >= 0 && at >= index - OBJECT_BEFORE_WINDOW; at--) {
    if (objects.has(lowerAt(run, at) as string)) {
      for (let between = at + 1; between < index; between++) {
        if (vocabulary.passiveAuxiliaries.has(lowerAt(run, between) as string)) return true;
      }
      return false;
    }
    if (pausedAt(run, at)) return false;
  }
  return false;
}
