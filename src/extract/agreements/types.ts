import type { AgreementKind } from "../../schema/agreement.js";
import type { Vocabulary } from "./vocabulary.js";
import type { PausedWords } from "./words.js";

// The shapes the agreements plugin works with: candidates and their verdicts, triggers and
// their roles, and the grammar a language gives to read them (see grammar.ts).

/** What a candidate verb turned out to be. */
export type Verdict = "outcome" | "hedged" | "negated" | "other-event" | "not-past";

/** A candidate verb as the verdict rules read it. */
export interface Candidate {
  readonly vocabulary: Vocabulary;
  readonly run: PausedWords;
  /** Position of the verb in `run.words`. */
  readonly index: number;
  /** The auxiliaries, modals and negations before the verb, lower case. */
  readonly auxiliaries: readonly string[];
  /** Year of the main event, to tell outcomes of earlier years; null when unknown. */
  readonly eventYear: number | null;
  /** The verb's subject is a document that records outcomes ("The communique formalises ..."). */
  readonly documentSubject: boolean;
  /** The kind of outcome the verb would report; null for another form of an outcome verb. */
  readonly kind: AgreementKind | null;
  /** Index of the first auxiliary before the verb (the verb itself when none). */
  readonly auxiliaryStart: number;
}

/**
 * A rule that turns a candidate away from being an outcome of the main event. Its test
 * answers false when the rule does not apply, else true or the note a message carries.
 */
export interface VerdictRule {
  /** Stable id, kebab-case: tests and debuggers cite it. */
  readonly id: string;
  readonly verdict: Exclude<Verdict, "outcome">;
  readonly test: (candidate: Candidate) => boolean | string;
}

/** The verdict the first applying rule gives, with its id and note; "outcome" when none applies. */
export interface Judgement {
  readonly verdict: Verdict;
  /** Id of the rule that gave the verdict; "outcome" when none did. */
  readonly rule: string;
  readonly note?: string;
}

/** A verb that may report an outcome, with the verdict on it. */
export interface Trigger {
  readonly verb: number;
  readonly kind: AgreementKind | null;
  readonly verdict: Verdict;
  /** Id of the rule that gave the verdict (see a grammar's `outcomeRules`); "outcome" when none did. */
  readonly rule: string;
  /** Id of the object or joint verb rule that made the verb an outcome, when one did ("reach-consensus"). */
  readonly objectRule?: string;
  /** Index of the first auxiliary before the verb (the verb itself when none). */
  readonly auxiliaryStart: number;
  readonly passive: boolean;
  /** The object noun that made an object verb an outcome, when it stood before the verb. */
  readonly objectBefore: boolean;
  /** The verb's subject is a document that records outcomes ("The communique formalises ..."). */
  readonly documentSubject: boolean;
  readonly note?: string;
}

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

/** The auxiliaries, modals and negations that go with a verb (lower case, nearest first), and where they start. */
export interface VerbGroup {
  readonly words: readonly string[];
  /** Index of the first auxiliary (the verb itself when none). */
  readonly start: number;
}

/** A present form that reports an outcome, with the kind and the id of the reading that found it. */
export interface PresentOutcome {
  readonly kind: AgreementKind;
  /** "operative" (a communiqué's operative paragraph) or "performative" ("We agree to ..."). */
  readonly rule: string;
}

/**
 * What a language gives the agreements plugin besides its words: the readers and rules that
 * follow its word order (where auxiliaries stand, how a participle or a subject is told, how
 * an operative paragraph opens). The plugin's flow (candidates, kinds from the lexicon,
 * verdicts, the text of the sentence) is the same in every language.
 */
export interface AgreementGrammar {
  /** A candidate that modifies a noun rather than reports ("the agreed plan"). */
  readonly isAdjective: (vocabulary: Vocabulary, run: PausedWords, index: number) => boolean;
  /** Where an object verb's object stands: after the verb, before it (a passive: "decisions were taken"), or nowhere near. */
  readonly objectOf: (vocabulary: Vocabulary, run: PausedWords, index: number, objects: ReadonlySet<string>) => "after" | "before" | null;
  /** The auxiliaries, modals and negations of the verb. */
  readonly verbGroup: (vocabulary: Vocabulary, run: PausedWords, index: number) => VerbGroup;
  /** The word that opens the verb's complement ("that" of "confirmed that"), lower case. */
  readonly complementOpener: (run: PausedWords, index: number) => string | undefined;
  /** The verb's subject names more than one party ("The two Ministers confirmed that ..."). */
  readonly hasJointSubject: (vocabulary: Vocabulary, run: PausedWords, index: number) => boolean;
  /** A present form that reports an outcome: an operative paragraph's verb or a performative; else null. */
  readonly presentOutcome: (vocabulary: Vocabulary, run: PausedWords, index: number, group: VerbGroup) => PresentOutcome | null;
  /** The rules for a past form of an outcome verb, in order (see {@link VerdictRule}). */
  readonly outcomeRules: readonly VerdictRule[];
  /** The rules for a performative present ("We agree to ..."). */
  readonly performativeRules: readonly VerdictRule[];
  /** The rules for another form of an outcome verb; the last one always applies. */
  readonly otherFormRules: readonly VerdictRule[];
  /** The parties and the object of an outcome. */
  readonly rolesOf: (vocabulary: Vocabulary, run: PausedWords, trigger: Trigger) => Roles;
  /** Index of the sentence's first word of its own (after a list number: "5. Endorses ..."). */
  readonly textStart: (run: PausedWords) => number;
}
