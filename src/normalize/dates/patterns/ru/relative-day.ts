import type { DateToken, DateTokens } from "../../tokens.js";
import type { DatePattern } from "../pattern.js";
import { relativeDayPattern } from "../relative.js";

/**
 * Endings of Russian past-tense verbs ("состоялась", "провели", "прибыл"): after "накануне",
 * a verb says it stands alone, as an adverb ("Накануне состоялась встреча": the day before).
 */
const PAST_TENSE_ENDINGS: readonly string[] = ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"];

/** A following word this short is a preposition or a conjunction ("в", "на", "и"), not the object of the preposition. */
const SHORT_WORD = 2;

/**
 * A day named from the reference day, as {@link relativeDayPattern} reads it, except that a
 * word of the lexicon's `prepositionalDays` ("накануне": the day before; before a noun, "on
 * the eve of") is a day only when its object does not follow it: when a mark or the clause's
 * end follows, a short word (a preposition or conjunction: "Накануне в Минске ..."), or a
 * past-tense verb ("Накануне состоялась ..."). "Накануне визита" is no date.
 *
 * @example
 * ```ts
 * russianRelativeDayPattern.extract(dateTokensOfText("накануне визита", lexiconFor("ru")), 0, 0); // null
 * ```
 */
export const russianRelativeDayPattern: DatePattern = {
  name: "ru-relative-day",
  anchor: relativeDayPattern.anchor,
  anchorOn: relativeDayPattern.anchorOn,
  extract(tokens, index, floor) {
    const found = relativeDayPattern.extract(tokens, index, floor);
    if (found === null) return null;
    const word = tokens.get(index) as DateToken;
    if (found.first === index && tokens.lexicon.dates.prepositionalDays.has(word.key) && !standsAlone(tokens, found.last)) return null;
    return { ...found, parser: this.name };
  },
};

/** What follows a prepositional day word at `next` is not its object. */
function standsAlone(tokens: DateTokens, next: number): boolean {
  const after = tokens.get(next);
  if (after === undefined || after.kind === "punct" || after.clause !== tokens.get(next - 1)?.clause) return true;
  if (after.kind !== "word") return false;
  if (after.text.length <= SHORT_WORD && after.text !== after.text.toUpperCase()) return true;
  return PAST_TENSE_ENDINGS.some((ending) => after.lower.endsWith(ending));
}
