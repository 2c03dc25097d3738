import type { AgreementKind } from "../../schema/agreement.js";

/**
 * Word lists of the agreements plugin, written by hand from the outcome verbs of the
 * annotation guidelines (agreed, signed, adopted, approved, decided, concluded, committed,
 * pledged, endorsed, ratified, reached consensus or understanding) and the way official
 * readouts phrase them.
 */

/**
 * Past forms that report an outcome by themselves, with the kind they report.
 *
 * @example
 * ```ts
 * OUTCOME_VERBS.get("pledged"); // "committed"
 * ```
 */
export const OUTCOME_VERBS: ReadonlyMap<string, AgreementKind> = new Map([
  ["agreed", "agreed"],
  ["signed", "signed"],
  ["initialled", "signed"],
  ["initialed", "signed"],
  ["countersigned", "signed"],
  ["adopted", "adopted"],
  ["approved", "adopted"],
  ["endorsed", "adopted"],
  ["ratified", "adopted"],
  ["decided", "decided"],
  ["committed", "committed"],
  ["pledged", "committed"],
  ["vowed", "committed"],
]);

/**
 * Verbs that report an outcome only with a given object, and the kind they then report.
 *
 * @example
 * ```ts
 * OBJECT_VERBS.get("reached")?.objects.has("consensus"); // true
 * ```
 */
export const OBJECT_VERBS: ReadonlyMap<string, { readonly objects: ReadonlySet<string>; readonly kind: AgreementKind }> = new Map([
  ["concluded", { objects: new Set(["agreement", "agreements", "contract", "contracts", "treaty", "memorandum", "deal", "accord", "convention"]), kind: "signed" }],
  ["reached", { objects: new Set(["consensus", "understanding", "agreement", "agreements", "accord", "arrangement", "arrangements", "deal", "compromise"]), kind: "agreed" }],
  ["achieved", { objects: new Set(["consensus", "understanding", "agreement", "agreements", "accord", "compromise"]), kind: "agreed" }],
  ["supported", { objects: new Set(["proposal", "proposals", "initiative", "initiatives", "idea", "suggestion", "offer"]), kind: "agreed" }],
  ["backed", { objects: new Set(["proposal", "proposals", "initiative", "initiatives", "idea", "suggestion", "offer"]), kind: "agreed" }],
  ["accepted", { objects: new Set(["proposal", "proposals", "initiative", "offer", "suggestion"]), kind: "agreed" }],
  ["reaffirmed", { objects: new Set(["commitment", "commitments", "pledge"]), kind: "committed" }],
  ["affirmed", { objects: new Set(["commitment", "commitments", "pledge"]), kind: "committed" }],
  ["reiterated", { objects: new Set(["commitment", "commitments", "pledge"]), kind: "committed" }],
  ["renewed", { objects: new Set(["commitment", "commitments", "pledge"]), kind: "committed" }],
  ["confirmed", { objects: new Set(["commitment", "commitments", "pledge"]), kind: "committed" }],
  ["taken", { objects: new Set(["decision", "decisions"]), kind: "decided" }],
  ["took", { objects: new Set(["decision", "decisions"]), kind: "decided" }],
  ["made", { objects: new Set(["decision", "decisions"]), kind: "decided" }],
  ["formalises", { objects: new Set(["agreements", "agreement", "decisions", "outcomes", "results", "understandings"]), kind: "adopted" }],
  ["formalizes", { objects: new Set(["agreements", "agreement", "decisions", "outcomes", "results", "understandings"]), kind: "adopted" }],
  ["formalised", { objects: new Set(["agreements", "agreement", "decisions", "outcomes", "results", "understandings"]), kind: "adopted" }],
  ["formalized", { objects: new Set(["agreements", "agreement", "decisions", "outcomes", "results", "understandings"]), kind: "adopted" }],
  ["enshrines", { objects: new Set(["agreements", "agreement", "decisions", "outcomes", "understandings"]), kind: "adopted" }],
  ["enshrined", { objects: new Set(["agreements", "agreement", "decisions", "outcomes", "understandings"]), kind: "adopted" }],
]);

/**
 * Verbs of appointment: passive forms report a decision ("was confirmed as Chairman").
 *
 * @example
 * ```ts
 * APPOINTMENT_VERBS.has("elected"); // true
 * ```
 */
export const APPOINTMENT_VERBS: ReadonlySet<string> = new Set(["confirmed", "appointed", "elected", "re-elected", "designated", "nominated"]);

/**
 * Base, present and -ing forms of outcome verbs: candidates that are not (yet) outcomes.
 *
 * @example
 * ```ts
 * OUTCOME_LEMMA_FORMS.has("signing"); // true
 * ```
 */
export const OUTCOME_LEMMA_FORMS: ReadonlySet<string> = new Set([
  "agree", "agrees", "agreeing", "sign", "signs", "signing", "adopt", "adopts", "adopting", "approve", "approves",
  "approving", "endorse", "endorses", "endorsing", "ratify", "ratifies", "ratifying", "decide", "decides", "deciding",
  "commit", "commits", "committing", "pledge", "pledges", "pledging", "conclude", "concludes", "concluding",
]);

/**
 * Auxiliaries of modality and the future: an outcome under them is hedged.
 *
 * @example
 * ```ts
 * MODALS.has("could"); // true
 * ```
 */
export const MODALS: ReadonlySet<string> = new Set(["will", "would", "could", "can", "may", "might", "should", "shall", "must", "ll"]);

/**
 * Verbs and adjectives of intention: a candidate after them and "to" is hedged ("plans to sign").
 *
 * @example
 * ```ts
 * INTENTIONS.has("plans"); // true: "plans to sign" is hedged
 * ```
 */
export const INTENTIONS: ReadonlySet<string> = new Set([
  "plan", "plans", "planned", "planning", "intend", "intends", "intended", "expect", "expects", "expected", "hope",
  "hopes", "hoped", "ready", "willing", "prepared", "going", "aim", "aims", "aimed", "seek", "seeks", "want", "wants",
  "wish", "wishes", "due", "likely", "set",
]);

/**
 * Words that make any candidate after them in the clause a condition or a possibility.
 *
 * @example
 * ```ts
 * HEDGES.has("if"); // true
 * ```
 */
export const HEDGES: ReadonlySet<string> = new Set([
  "if", "unless", "whether", "readiness", "willingness", "possibility", "possible", "consider", "considering",
  "hope", "hopes",
]);

/**
 * Words that negate the verb they stand before.
 *
 * @example
 * ```ts
 * NEGATIONS.has("failed"); // true: "failed to agree"
 * ```
 */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "no", "n't", "neither", "nor", "failed", "refused", "declined"]);

/**
 * Adverbs and particles that may stand between a subject or auxiliary and the verb.
 *
 * @example
 * ```ts
 * ADVERBS.has("jointly"); // true
 * ```
 */
export const ADVERBS: ReadonlySet<string> = new Set([
  "also", "jointly", "further", "then", "finally", "successfully", "unanimously", "already", "today", "formally",
  "officially", "again", "once", "subsequently", "together", "both", "all", "thus", "therefore", "eventually",
  "duly", "now", "too", "mutually", "personally", "solemnly",
]);

/**
 * Past-tense auxiliaries of the main event ("was signed", "has been agreed").
 *
 * @example
 * ```ts
 * PAST_AUXILIARIES.has("were"); // true
 * ```
 */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "has", "have", "been"]);

/**
 * Present-tense auxiliaries: "is committed to" states a standing policy, not an outcome.
 *
 * @example
 * ```ts
 * PRESENT_AUXILIARIES.has("is"); // true: "is committed to" is policy
 * ```
 */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "am", "remains", "remain", "stays", "stay", "be", "being"]);

/**
 * Nouns of carrying out what was agreed before: "the implementation of the agreements reached".
 *
 * @example
 * ```ts
 * FOLLOW_UP_WORDS.has("implementation"); // true
 * ```
 */
export const FOLLOW_UP_WORDS: ReadonlySet<string> = new Set([
  "implementation", "implementing", "implement", "fulfilment", "fulfillment", "fulfilling", "fulfil", "fulfill",
  "execution", "compliance", "follow-up", "realization", "realisation", "observance",
]);

/**
 * Subject words that name no party ("They agreed", "It was decided").
 *
 * @example
 * ```ts
 * PRONOUN_SUBJECTS.has("they"); // true
 * ```
 */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set([
  "they", "we", "he", "she", "it", "all", "both", "i", "you", "this", "that", "these", "those", "which", "who",
]);

/**
 * Words that start the complement of an outcome verb and are not part of the object.
 *
 * @example
 * ```ts
 * COMPLEMENT_MARKERS.has("upon"); // true: "agreed upon"
 * ```
 */
export const COMPLEMENT_MARKERS: ReadonlySet<string> = new Set(["to", "on", "upon", "that", "about", "with"]);
