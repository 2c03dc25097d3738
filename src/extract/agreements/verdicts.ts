import type { Candidate, Judgement, VerdictRule } from "./types.js";

export type { Candidate, Judgement, Verdict, VerdictRule } from "./types.js";

/**
 * Judges a candidate by a list of rules.
 *
 * @example
 * ```ts
 * judge(agreementGrammarFor("en").outcomeRules, candidate); // { verdict: "other-event", rule: "past-perfect", note: "told in the past perfect" }
 * ```
 */
export function judge(rules: readonly VerdictRule[], candidate: Candidate): Judgement {
  for (const rule of rules) {
    const result = rule.test(candidate);
    if (result === false) continue;
    return typeof result === "string" ? { verdict: rule.verdict, rule: rule.id, note: result } : { verdict: rule.verdict, rule: rule.id };
  }
  return { verdict: "outcome", rule: "outcome" };
}
