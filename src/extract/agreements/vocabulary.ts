import { memoizeOn } from "../../core/memo.js";
import type { Lexicon } from "../../lexicon/index.js";
import type { AgreementWords, JointVerbRule, ObjectVerbRule } from "../../lexicon/sections/agreements.js";
import type { AgreementKind } from "../../schema/agreement.js";

/** An object verb rule as the trigger reads it. */
export interface ObjectVerb {
  readonly rule: ObjectVerbRule;
  readonly objects: ReadonlySet<string>;
}

/**
 * The agreements section of a lexicon as sets and maps, built once per lexicon: the lists
 * are data, these are the look-ups the plugin runs on every candidate.
 */
export interface Vocabulary {
  readonly words: AgreementWords;
  readonly outcomeVerbs: ReadonlyMap<string, AgreementKind>;
  /** The object verb rules of each verb, in the order of the section. */
  readonly objectVerbs: ReadonlyMap<string, readonly ObjectVerb[]>;
  readonly appointmentVerbs: ReadonlySet<string>;
  readonly outcomeLemmaForms: ReadonlySet<string>;
  readonly modals: ReadonlySet<string>;
  readonly intentions: ReadonlySet<string>;
  readonly hedges: ReadonlySet<string>;
  readonly plannedWords: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly pastAuxiliaries: ReadonlySet<string>;
  readonly presentAuxiliaries: ReadonlySet<string>;
  readonly passiveAuxiliaries: ReadonlySet<string>;
  readonly pastPassiveAuxiliaries: ReadonlySet<string>;
  /** Every word a verb group may hold before its verb: modals, auxiliaries, negations, "to", "do". */
  readonly auxiliaries: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly clauseJoiners: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly followUpWords: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  readonly recallingVerbs: ReadonlySet<string>;
  readonly participleFollowers: ReadonlySet<string>;
  readonly timeOpeners: ReadonlySet<string>;
  readonly earlierWords: ReadonlySet<string>;
  readonly earlierNotBefore: ReadonlyMap<string, ReadonlySet<string>>;
  readonly earlierWithNext: ReadonlyMap<string, ReadonlySet<string>>;
  readonly pastPeriods: ReadonlySet<string>;
  readonly monthNames: ReadonlySet<string>;
  readonly yearPrepositions: ReadonlySet<string>;
  readonly pronounSubjects: ReadonlySet<string>;
  readonly complementMarkers: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly irregularPast: ReadonlySet<string>;
  readonly finiteAuxiliaries: ReadonlySet<string>;
  readonly participleAdverbs: ReadonlySet<string>;
  readonly phraseOpeners: ReadonlySet<string>;
  readonly openingAdverbs: ReadonlySet<string>;
  readonly agentStops: ReadonlySet<string>;
  readonly partyHonorifics: ReadonlySet<string>;
  /** Present forms that open an operative paragraph, with the kind they report. */
  readonly operativeVerbs: ReadonlyMap<string, AgreementKind>;
  /** Present forms said of their own outcome by the parties of a joint text, with their kind. */
  readonly performativeVerbs: ReadonlyMap<string, AgreementKind>;
  readonly performativeSubjects: ReadonlySet<string>;
  readonly performativeComplements: ReadonlyMap<string, ReadonlySet<string>>;
  readonly preambleOpeners: ReadonlySet<string>;
  readonly preambleEnds: ReadonlySet<string>;
  readonly jointVerbs: ReadonlyMap<string, JointVerbRule>;
  readonly jointSubjectWords: ReadonlySet<string>;
  readonly singularPronouns: ReadonlySet<string>;
  readonly captionFollowers: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly solvedObjects: ReadonlySet<string>;
  readonly successWords: ReadonlySet<string>;
  /** Every word that can be a candidate verb: an object verb, a verb of appointment, an outcome verb or one of their other forms. */
  readonly candidates: ReadonlySet<string>;
  /** Shortest and longest candidate, and which first and last characters candidates of each length have. */
  readonly candidateShapes: CandidateShapes;
}

/** See {@link Vocabulary.candidateShapes}. */
export interface CandidateShapes {
  readonly min: number;
  readonly max: number;
  /**
   * At `shapeIndex(first, length, max)`, for the folded first character of a candidate (see
   * {@link foldedChar}) and its length: a bit `1 << (last & 31)` for the folded last character
   * of each candidate so shaped.
   */
  readonly table: Uint32Array;
}

/**
 * The vocabulary of a lexicon's agreements section, built on first use.
 *
 * @example
 * ```ts
 * vocabularyOf(lexiconFor("en")).outcomeVerbs.get("pledged"); // "committed"
 * ```
 */
export const vocabularyOf: (lexicon: Lexicon) => Vocabulary = memoizeOn((lexicon: Lexicon) => buildVocabulary(lexicon.agreements));

function buildVocabulary(words: AgreementWords): Vocabulary {
  const outcomeVerbs = new Map<string, AgreementKind>();
  for (const [kind, verbs] of Object.entries(words.outcomeVerbs) as [AgreementKind, readonly string[]][]) {
    for (const verb of verbs) outcomeVerbs.set(verb, kind);
  }
  const objectVerbs = new Map<string, ObjectVerb[]>();
  for (const rule of words.objectVerbs) {
    const entry = { rule, objects: new Set(rule.objects) };
    for (const verb of rule.verbs) {
      const rules = objectVerbs.get(verb);
      if (rules) rules.push(entry);
      else objectVerbs.set(verb, [entry]);
    }
  }
  const operativeVerbs = kindsOf(words.operativeVerbs);
  const performativeVerbs = kindsOf(words.performativeVerbs);
  const jointVerbs = new Map<string, JointVerbRule>();
  for (const rule of words.jointVerbs) for (const verb of rule.verbs) jointVerbs.set(verb, rule);
  const candidates = new Set([
    ...objectVerbs.keys(), ...words.appointmentVerbs, ...outcomeVerbs.keys(), ...words.outcomeLemmaForms,
    ...operativeVerbs.keys(), ...performativeVerbs.keys(), ...jointVerbs.keys(),
  ]);
  const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
  return {
    words,
    outcomeVerbs,
    objectVerbs,
    appointmentVerbs: set(words.appointmentVerbs),
    outcomeLemmaForms: set(words.outcomeLemmaForms),
    modals: set(words.modals),
    intentions: set(words.intentions),
    hedges: set(words.hedges),
    plannedWords: set(words.plannedWords),
    negations: set(words.negations),
    adverbs: set(words.adverbs),
    pastAuxiliaries: set(words.pastAuxiliaries),
    presentAuxiliaries: set(words.presentAuxiliaries),
    passiveAuxiliaries: set(words.passiveAuxiliaries),
    pastPassiveAuxiliaries: set(words.pastPassiveAuxiliaries),
    auxiliaries: set([
      ...words.modals, ...words.pastAuxiliaries, ...words.presentAuxiliaries, words.pastPerfect, ...words.otherAuxiliaries,
    ]),
    coordinators: set(words.coordinators),
    clauseJoiners: set(words.clauseJoiners),
    determiners: set(words.determiners),
    followUpWords: set(words.followUpWords),
    reportingVerbs: set(words.reportingVerbs),
    recallingVerbs: set(words.recallingVerbs),
    participleFollowers: set(words.participleFollowers),
    timeOpeners: set(words.timeOpeners),
    earlierWords: set(words.earlierTime.words),
    earlierNotBefore: mapOfSets(words.earlierTime.notBefore),
    earlierWithNext: mapOfSets(words.earlierTime.withNext),
    pastPeriods: set(words.earlierTime.past.periods),
    monthNames: set(words.monthNames),
    yearPrepositions: set(words.yearPrepositions),
    pronounSubjects: set(words.pronounSubjects),
    complementMarkers: set(words.complementMarkers),
    prepositions: set(words.prepositions),
    irregularPast: set(words.irregularPast),
    finiteAuxiliaries: set(words.finiteAuxiliaries),
    participleAdverbs: set(words.participleAdverbs),
    phraseOpeners: set(words.phraseOpeners),
    openingAdverbs: set(words.openingAdverbs),
    agentStops: set(words.agentStops),
    partyHonorifics: set(words.partyHonorifics),
    operativeVerbs,
    performativeVerbs,
    performativeSubjects: set(words.performativeSubjects),
    performativeComplements: mapOfSets(words.performativeComplements),
    preambleOpeners: set(words.preambleOpeners),
    preambleEnds: set(words.preambleEnds),
    jointVerbs,
    jointSubjectWords: set(words.jointSubjectWords),
    singularPronouns: set(words.singularPronouns),
    captionFollowers: set(words.captionFollowers),
    relativePronouns: set(words.relativePronouns ?? []),
    solvedObjects: set(words.solvedObjects ?? []),
    successWords: set(words.successWords ?? []),
    candidates,
    candidateShapes: shapesOf(candidates),
  };
}

function kindsOf(record: Readonly<Partial<Record<AgreementKind, readonly string[]>>>): ReadonlyMap<string, AgreementKind> {
  const map = new Map<string, AgreementKind>();
  for (const [kind, verbs] of Object.entries(record) as [AgreementKind, readonly string[]][]) for (const verb of verbs) map.set(verb, kind);
  return map;
}

function mapOfSets(record: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(Object.entries(record).map(([word, next]) => [word, new Set(next)]));
}

function shapesOf(words: ReadonlySet<string>): CandidateShapes {
  const lengths = [...words].map((word) => word.length);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  const table = new Uint32Array(FOLDED_CHARS * (max + 1));
  for (const word of words) {
    const first = foldedChar(word.charCodeAt(0));
    const last = foldedChar(word.charCodeAt(word.length - 1));
    // A candidate with another first or last character is found by a look-up of every word so shaped.
    if (first >= 0 && last >= 0) table[shapeIndex(first, word.length, max)] = (table[shapeIndex(first, word.length, max)] as number) | (1 << (last & 31));
  }
  return { min, max, table };
}

/** Folded characters: ASCII (0..127) and the Cyrillic block from U+0400 (128..255). */
const FOLDED_CHARS = 256;

/**
 * A character lower-cased, as a number below 256, for ASCII and basic Cyrillic ("A" and "a"
 * alike, "Д" and "д" alike); -1 for any other character (whose words are looked up).
 * Lower-casing maps a character of either range into its own range, so a word and its
 * lower-case form fold alike.
 *
 * @example
 * ```ts
 * foldedChar("S".charCodeAt(0)) === foldedChar("s".charCodeAt(0)); // true
 * ```
 */
export function foldedChar(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  // А..Я → а..я, Ѐ..Џ → ѐ..џ; the historic letters from U+0460 are left to a look-up.
  if (code >= 0x410 && code <= 0x42f) return code + 0x20 - 0x400 + 128;
  if (code >= 0x400 && code <= 0x40f) return code + 0x50 - 0x400 + 128;
  if (code >= 0x430 && code <= 0x45f) return code - 0x400 + 128;
  return -1;
}

/** The place of a folded first character and a length in a shape table of candidates of at most `max` characters. */
export function shapeIndex(first: number, length: number, max: number): number {
  return first * (max + 1) + length;
}
