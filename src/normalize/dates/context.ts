import { isPunct, isWord, isWordOf } from "./match.js";
import type { DateToken, DateTokens } from "./tokens.js";
import type { ParsedDate } from "./types.js";

/**
 * Why a date is not the date of the event the release reports:
 * - `anniversary`: the date an anniversary recalls ("the 30th anniversary ... in 1992").
 * - `future`: a meeting announced ("will be held ... on 14 April", "the upcoming meeting in May").
 * - `document`: the date of a document ("the trilateral statements of November 9, 2020").
 * - `bound`: a bound of a period ("since 2018", "until 1 January", "from 1 January 2024").
 */
export type DateContext = "anniversary" | "future" | "document" | "bound";

/** What said a date's context, and where: the rule's id and the token of the word that told it. */
export interface DateContextFinding {
  readonly context: DateContext;
  /**
   * The rule that found it:
   * - `list`: the date follows another in a list and shares its context;
   * - `bound-word`: a bound word just before the date ("since");
   * - `dated`: "dated" just before the date;
   * - `document-of`: a document's name and a link word before the date ("the statement of");
   * - `anniversary-word`: an anniversary word earlier in the clause, no event verb between;
   * - `future-word`: a future word earlier in the clause ("will", "upcoming");
   * - `future-phrase`: a future phrase earlier in the clause ("to be").
   */
  readonly rule: "list" | "bound-word" | "dated" | "document-of" | "anniversary-word" | "future-word" | "future-phrase";
  /** Index of the token of the telling word (for `list`, of the date's first token). */
  readonly token: number;
}

/** How far back in its clause a date looks for what it is. */
const WINDOW = 25;

/**
 * Says why a date is not the main event's, with the rule and the word that tell it, or
 * null when nothing speaks against it. A date in a list right after another ("November 9,
 * 2020, January 11") shares that one's context. The words are the lexicon's date-role words.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("The next meeting will be held on 14 April.");
 * contextOf(tokens, scanDates(tokens)[0]!, null)?.context; // "future"
 * ```
 */
export function contextOf(
  tokens: DateTokens,
  date: ParsedDate,
  previous: { date: ParsedDate; context: DateContextFinding | null } | null,
): DateContextFinding | null {
  const words = tokens.lexicon.dateRoles;
  const clause = tokens.get(date.first)?.clause;
  if (previous && previous.context !== null && tokens.get(previous.date.first)?.clause === clause) {
    const and = tokens.lexicon.dates.listWords;
    let at = date.first - 1;
    if (isAnd(tokens.get(at), and)) at--;
    if (isPunct(tokens.get(at), ",")) at--;
    if (isAnd(tokens.get(at), and)) at--;
    if (at === previous.date.last - 1) return { context: previous.context.context, rule: "list", token: date.first };
  }
  const before = tokens.get(date.first - 1);
  const beforeClause = before !== undefined && before.clause === clause;
  if (beforeClause && before.kind === "word") {
    if (words.bound.has(before.lower) && date.form !== "range") return { context: "bound", rule: "bound-word", token: date.first - 1 };
    if (words.dated.has(before.lower)) return { context: "document", rule: "dated", token: date.first - 1 };
    if (words.documentLinks.has(before.lower) && isWordOf(tokens.get(date.first - 2), words.documents)) {
      return { context: "document", rule: "document-of", token: date.first - 2 };
    }
  }
  const stop = Math.max(0, date.first - WINDOW);
  let reported = false;
  for (let index = date.first - 1; index >= stop; index--) {
    if (tokens.clauseAt(index) !== clause) break;
    if (tokens.kindAt(index) !== "word") continue;
    const token = tokens.get(index) as DateToken;
    // "who marked the 25th anniversary ..., held talks on 8 June": the verb claims the date.
    if (words.eventVerbs.has(token.lower)) reported = true;
    if (words.anniversary.has(token.lower) && !reported) return { context: "anniversary", rule: "anniversary-word", token: index };
    if (words.future.has(token.lower)) return { context: "future", rule: "future-word", token: index };
    if (endsPhrase(tokens, index, words.futurePhrases)) return { context: "future", rule: "future-phrase", token: index };
  }
  return null;
}

/** A list word that adds ("and"). */
function isAnd(token: DateToken | undefined, listWords: ReadonlyMap<string, "and" | "or">): boolean {
  return token !== undefined && token.kind === "word" && listWords.get(token.lower) === "and";
}

/** Whether one of the phrases ends at the word at `index` ("to be"). */
function endsPhrase(tokens: DateTokens, index: number, phrases: readonly (readonly string[])[]): boolean {
  for (const phrase of phrases) {
    const first = index - phrase.length + 1;
    let matches = first >= 0;
    for (let at = 0; matches && at < phrase.length; at++) matches = isWord(tokens.get(first + at), phrase[at] as string);
    if (matches) return true;
  }
  return false;
}
