import type { PresentOutcome, VerbGroup } from "../types.js";
import type { Vocabulary } from "../vocabulary.js";
import { lowerAt, pausedAt, type PausedWords } from "../words.js";
import { clauseStart, keyAt, subjectBefore } from "./clause.js";

// Russian readers of a candidate verb's surroundings: its object (after it or, as word order
// allows, before it: "решение принято"), its subject, and present forms said by the parties of
// a joint text of their own outcome ("Стороны договариваются ...").

/** Words after the verb its object may stand among ("приняли Совместное заявление"). */
const OBJECT_WINDOW = 3;
/** Words before the verb its object may stand among ("Совместное заявление было принято"). */
const OBJECT_BEFORE_WINDOW = 4;

/** A Russian participle does not stand as an adjective among the candidates (only short forms and finite verbs are). */
export function isAdjective(): boolean {
  return false;
}

/**
 * Where an object verb's object stands: among the few words after it, up to a pause, a
 * preposition or a conjunction ("приняли участие в обсуждении плана" has none); or before it in
 * its clause ("решение было принято").
 */
export function objectOf(vocabulary: Vocabulary, run: PausedWords, index: number, objects: ReadonlySet<string>): "after" | "before" | null {
  let at = index + 1;
  let reach = index + OBJECT_WINDOW;
  // A preposition right after the verb governs its object ("пришли к единому мнению"); one further on ends it.
  if (at < run.words.length && !pausedAt(run, at) && vocabulary.prepositions.has(lowerAt(run, at) as string)) {
    at++;
    reach++;
  }
  for (; at < run.words.length && at <= reach; at++) {
    if (pausedAt(run, at) || stops(vocabulary, run, at)) break;
    if (objects.has(keyAt(run, at))) return "after";
  }
  const from = clauseStart(run, index);
  for (let at = index - 1; at >= from && at >= index - OBJECT_BEFORE_WINDOW; at--) {
    if (stops(vocabulary, run, at)) break;
    if (objects.has(keyAt(run, at))) return "before";
  }
  return null;
}

/** A preposition or a conjunction: the object does not reach past it. */
function stops(vocabulary: Vocabulary, run: PausedWords, at: number): boolean {
  const lower = lowerAt(run, at) as string;
  return vocabulary.prepositions.has(lower) || vocabulary.coordinators.has(lower) || vocabulary.complementMarkers.has(lower);
}

/** The word right after the verb ("что" of "подтвердили, что"). */
export function complementOpener(run: PausedWords, index: number): string | undefined {
  return lowerAt(run, index + 1);
}

/** The verb's clause names more than one party before it ("Стороны подтвердили, что ..."). */
export function hasJointSubject(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  for (let at = clauseStart(run, index); at < index; at++) if (vocabulary.jointSubjectWords.has(lowerAt(run, at) as string)) return true;
  return false;
}

/** A present form the parties of a joint text say of their own outcome: "Стороны договариваются ...", "Мы обязуемся ...". */
export function presentOutcome(vocabulary: Vocabulary, run: PausedWords, index: number, group: VerbGroup): PresentOutcome | null {
  const performative = vocabulary.performativeVerbs.get(lowerAt(run, index) as string);
  if (performative === undefined) return null;
  const at = subjectBefore(vocabulary, run, group.start);
  if (at < 0 || !vocabulary.performativeSubjects.has(keyAt(run, at))) return null;
  return { kind: performative, rule: "performative" };
}
