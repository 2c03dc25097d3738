import type { AgreementGrammar } from "./types.js";
import { ENGLISH_AGREEMENT_GRAMMAR } from "./en/index.js";
import { RUSSIAN_AGREEMENT_GRAMMAR } from "./ru/index.js";

export type { AgreementGrammar } from "./types.js";

/**
 * The agreements grammars by language (ISO 639-1): the readers and verdict rules that follow
 * a language's word order. A language without one of its own is read with the English one;
 * a new one goes in a folder beside `en/` and is registered here.
 */
const GRAMMARS: Readonly<Record<string, AgreementGrammar>> = { en: ENGLISH_AGREEMENT_GRAMMAR, ru: RUSSIAN_AGREEMENT_GRAMMAR };

/**
 * The agreements grammar of a language.
 *
 * @example
 * ```ts
 * agreementGrammarFor("en").outcomeRules[0]?.id; // "caption"
 * ```
 */
export function agreementGrammarFor(language: string): AgreementGrammar {
  return GRAMMARS[language] ?? ENGLISH_AGREEMENT_GRAMMAR;
}
