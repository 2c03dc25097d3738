import type { AgreementGrammar } from "../types.js";
import { afterListNumber } from "../words.js";
import { verbGroupBefore } from "./clause.js";
import { complementOpener, hasJointSubject, isAdjective, objectOf, presentOutcome } from "./readers.js";
import { rolesOf } from "./roles.js";
import { OTHER_FORM_RULES, OUTCOME_RULES, PERFORMATIVE_RULES } from "./rules.js";

/**
 * The English grammar of the agreements plugin: English word order (auxiliaries before the
 * verb, "-ed" participles, the subject before its verb, "Decides ..." opening an operative
 * paragraph), with the words of the English lexicon.
 *
 * @example
 * ```ts
 * ENGLISH_AGREEMENT_GRAMMAR.outcomeRules.map((rule) => rule.id); // ["caption", "negated", "hedged", ...]
 * ```
 */
export const ENGLISH_AGREEMENT_GRAMMAR: AgreementGrammar = {
  isAdjective,
  objectOf,
  verbGroup: verbGroupBefore,
  complementOpener,
  hasJointSubject,
  presentOutcome,
  outcomeRules: OUTCOME_RULES,
  performativeRules: PERFORMATIVE_RULES,
  otherFormRules: OTHER_FORM_RULES,
  rolesOf,
  textStart: afterListNumber,
};
