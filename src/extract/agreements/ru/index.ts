import type { AgreementGrammar } from "../types.js";
import { afterListNumber } from "../words.js";
import { verbGroupBefore } from "./clause.js";
import { complementOpener, hasJointSubject, isAdjective, objectOf, presentOutcome } from "./readers.js";
import { rolesOf } from "./roles.js";
import { OTHER_FORM_RULES, OUTCOME_RULES, PERFORMATIVE_RULES } from "./rules.js";

/**
 * The Russian grammar of the agreements plugin: the tense of the verb tells an outcome
 * ("подписали", "подписан", "было решено") from a plan ("будет подписан", "намерены
 * подписать"); objects may stand before their verb ("решение принято"); a relative clause is
 * read with the noun it qualifies ("выполнение соглашений, которые были подписаны"). The
 * words are those of the Russian lexicon.
 *
 * @example
 * ```ts
 * RUSSIAN_AGREEMENT_GRAMMAR.outcomeRules.map((rule) => rule.id); // ["negated", "hedged", ...]
 * ```
 */
export const RUSSIAN_AGREEMENT_GRAMMAR: AgreementGrammar = {
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
