import { isPunct, isWord } from "./match.js";
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

/** How far back in its clause a date looks for what it is. */
const WINDOW = 25;

const ANNIVERSARY_WORDS = new Set(["anniversary", "anniversaries", "jubilee"]);

/** Verbs that report an event; an anniversary before one of them is not the date's. */
const EVENT_VERBS = new Set(["held", "met", "took", "signed", "visited", "hosted", "received", "discussed", "spoke", "attended", "conducted"]);

/** Words that announce what is still to come. */
const FUTURE_WORDS = new Set(["will", "shall", "upcoming", "forthcoming", "next", "planned", "scheduled", "expected", "plans", "plan", "intends"]);

/** A bound word just before a date: the date opens or closes a period. */
const BOUND_WORDS = new Set(["since", "until", "till", "by", "before", "after", "from", "starting"]);

/** Documents named by their date ("the statement of 9 November"). */
const DOCUMENT_WORDS = new Set([
  "statement", "statements", "agreement", "agreements", "declaration", "declarations", "decree", "decrees",
  "resolution", "resolutions", "memorandum", "treaty", "treaties", "protocol", "protocols", "decision", "decisions",
  "letter", "letters", "law", "laws", "order", "orders", "act", "accord", "accords", "communique", "note", "notes",
  "convention", "charter", "minutes", "report", "reports", "plan", "program", "programme",
]);

/**
 * Says why a date is not the main event's, or null when nothing speaks against it. A date
 * in a list right after another ("November 9, 2020, January 11") shares that one's context.
 *
 * @example
 * ```ts
 * const tokens = tokenizeDates("The next meeting will be held on 14 April.");
 * contextOf(tokens, scanDates(tokens)[0]!, null); // "future"
 * ```
 */
export function contextOf(tokens: DateTokens, date: ParsedDate, previous: { date: ParsedDate; context: DateContext | null } | null): DateContext | null {
  const clause = tokens.get(date.first)?.clause;
  if (previous && previous.context !== null && tokens.get(previous.date.first)?.clause === clause) {
    let at = date.first - 1;
    if (isWord(tokens.get(at), "and")) at--;
    if (isPunct(tokens.get(at), ",")) at--;
    if (isWord(tokens.get(at), "and")) at--;
    if (at === previous.date.last - 1) return previous.context;
  }
  const before = tokens.get(date.first - 1);
  const beforeClause = before !== undefined && before.clause === clause;
  if (beforeClause && before.kind === "word") {
    if (BOUND_WORDS.has(before.lower) && date.form !== "range") return "bound";
    if (before.lower === "dated") return "document";
    if (before.lower === "of" || before.lower === "on") {
      const noun = tokens.get(date.first - 2);
      if (noun && noun.kind === "word" && DOCUMENT_WORDS.has(noun.lower)) return "document";
    }
  }
  const stop = Math.max(0, date.first - WINDOW);
  let reported = false;
  for (let index = date.first - 1; index >= stop; index--) {
    if (tokens.clauseAt(index) !== clause) break;
    if (tokens.kindAt(index) !== "word") continue;
    const token = tokens.get(index) as DateToken;
    // "who marked the 25th anniversary ..., held talks on 8 June": the verb claims the date.
    if (EVENT_VERBS.has(token.lower)) reported = true;
    if (ANNIVERSARY_WORDS.has(token.lower) && !reported) return "anniversary";
    if (FUTURE_WORDS.has(token.lower)) return "future";
    // "to be held", "is to take place".
    if (token.lower === "be" && isWord(tokens.get(index - 1), "to")) return "future";
  }
  return null;
}
