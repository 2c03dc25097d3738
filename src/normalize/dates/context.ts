import { isCapitalized, isPunct, isWord, isWordOf } from "./match.js";
import { memoizeOn } from "../../core/memo.js";
import { hashedWords, type DateToken, type DateTokens, type HashedWords } from "./tokens.js";
import type { ParsedDate } from "./types.js";

/**
 * Why a date is not the date of the event the release reports:
 * - `anniversary`: the date an anniversary recalls ("the 30th anniversary ... in 1992").
 * - `future`: a meeting announced ("will be held ... on 14 April", "the upcoming meeting in May").
 * - `document`: the date of a document ("the trilateral statements of November 9, 2020").
 * - `bound`: a bound of a period ("since 2018", "until 1 January", "from 1 January 2024").
 * - `recalled`: an earlier event the release recalls ("Further to their talks on 2 May,
 *   ...", "the May 30 bombing").
 * - `report`: the day the news is reported, not the event's ("ISAF confirmed today that ...
 *   was detained Monday").
 */
export type DateContext = "anniversary" | "future" | "document" | "bound" | "recalled" | "report";

/** What said a date's context, and where: the rule's id and the token of the word that told it. */
export interface DateContextFinding {
  readonly context: DateContext;
  /**
   * The rule that found it:
   * - `list`: the date follows another in a list and shares its context;
   * - `bound-word`: a bound word just before the date ("since");
   * - `dated`: "dated" just before the date;
   * - `document-of`: a document's name and a link word before the date ("the statement of");
   * - `anniversary-word`: an anniversary word earlier in the clause ("anniversary", "75-летию"), no event verb between
   *   nor after the date before a comma;
   * - `future-word`: a future word earlier in the clause ("will", "upcoming");
   * - `future-phrase`: a future phrase earlier in the clause ("to be");
   * - `recall-opener`: the clause opens with a recall phrase and no comma stands before the date ("Following up on ...");
   * - `participle`: an explicit date in the phrase of a participle that qualifies a noun (Russian "Декларация,
   *   подписанная в Москве 22 февраля", "принятого 5 марта решения"): the date of what it tells of;
   * - `attributive`: the date qualifies an incident noun ("the May 30 bombing", "Tuesday's ambush");
   * - `report-verb`: a day named from the reference day in a clause with a report verb, when
   *   the sentence gives another day ("confirmed today that ... Monday").
   */
  readonly rule:
    | "list"
    | "bound-word"
    | "dated"
    | "document-of"
    | "anniversary-word"
    | "future-word"
    | "future-phrase"
    | "recall-opener"
    | "participle"
    | "attributive"
    | "report-verb";
  /** Index of the token of the telling word (for `list`, of the date's first token). */
  readonly token: number;
}

/** How far back in its clause a date looks for what it is. */
const WINDOW = 25;

/** How far back a date looks for the word that opens a long preambular clause (a bound, so that the reading stays linear). */
const CLAUSE_LIMIT = 150;

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
    let joined = false;
    if (isAnd(tokens.get(at), and)) {
      at--;
      joined = true;
    }
    if (isPunct(tokens.get(at), ",")) at--;
    if (isAnd(tokens.get(at), and)) {
      at--;
      joined = true;
    }
    // Two dates side by side, or after a comma only, are a list when the list goes on ("3 May, 9 June and
    // 1 August"); else the second opens a clause of its own ("к годовщине Договора 15 мая 1992 года, 4 июня ...").
    if (at === previous.date.last - 1 && at < date.first - 1 && (joined || listGoesOn(tokens, date.last))) {
      return { context: previous.context.context, rule: "list", token: date.first };
    }
  }
  const before = tokens.get(date.first - 1);
  const beforeClause = before !== undefined && before.clause === clause;
  // "an overnight raid": a relative word before a noun is an adjective of the event itself; "yesterday's bombing" recalls one.
  const attributive = date.form !== "relative" || (date.last - date.first >= 2 && tokens.kindAt(date.last - 2) === "punct");
  const incident = attributive ? incidentAfter(tokens, date.last) : -1;
  if (incident >= 0) return { context: "recalled", rule: "attributive", token: incident };
  const named = incidentBefore(tokens, date.first);
  if (named >= 0) return { context: "recalled", rule: "attributive", token: named };
  if (beforeClause && before.kind === "word") {
    if (words.bound.has(before.key) && date.form !== "range" && !opensSpan(tokens, date) && !startsLength(tokens, date)) {
      return { context: "bound", rule: "bound-word", token: date.first - 1 };
    }
    if (words.dated.has(before.key)) return { context: "document", rule: "dated", token: date.first - 1 };
    if (words.documentLinks.has(before.key) && isWordOf(tokens.get(date.first - 2), words.documents)) {
      return { context: "document", rule: "document-of", token: date.first - 2 };
    }
  }
  const opener = recallOpenerOf(tokens, date.first);
  if (opener >= 0) return { context: "recalled", rule: "recall-opener", token: opener };
  const link = recallLinkOf(tokens, date.first);
  if (link >= 0) return { context: "recalled", rule: "recall-opener", token: link };
  const stop = Math.max(0, date.first - WINDOW);
  const telling = windowWordsOf(words);
  let reported = false;
  for (let index = date.first - 1; index >= stop; index--) {
    if (tokens.clauseAt(index) !== clause) break;
    if (tokens.kindAt(index) !== "word") {
      // "the Ambassador, who will end his tenure on 30 November, on 1 November": the aside's words are its own.
      if (isPunct(tokens.get(index), ",")) index = asideStart(tokens, index, stop);
      continue;
    }
    if (telling !== null && !tokens.keyIn(index, telling)) continue;
    const token = tokens.get(index) as DateToken;
    // "who marked the 25th anniversary ..., held talks on 8 June": the verb claims the date.
    if (words.eventVerbs.has(token.key)) reported = true;
    if ((words.anniversary.has(token.key) || isAnniversaryCompound(tokens, index)) && !reported && !verbFollows(tokens, date.last)) {
      return { context: "anniversary", rule: "anniversary-word", token: index };
    }
    if (words.future.has(token.key)) return { context: "future", rule: "future-word", token: index };
    if (endsPhrase(tokens, index, words.futurePhrases)) return { context: "future", rule: "future-phrase", token: index };
  }
  // After the anniversary and future words, which tell more ("к 30-летию договора, подписанного 15 мая 1992 года").
  const participle = participleOf(tokens, date);
  if (participle >= 0) return { context: "recalled", rule: "participle", token: participle };
  return null;
}

/**
 * The comma that opens an aside a relative pronoun of the lexicon opens (", who will end his
 * tenure on 30 November,"), when the comma at `comma` closes one, no other comma between; else
 * `comma` itself.
 */
function asideStart(tokens: DateTokens, comma: number, stop: number): number {
  if (tokens.lexicon.dateRoles.relativePronouns === undefined) return comma;
  // Read from the numbers and hashes: a word's object is made only where it may be a pronoun.
  const pronouns = hashedWords(tokens.lexicon.dateRoles.relativePronouns);
  for (let index = comma - 1; index > stop; index--) {
    const kind = tokens.kindAt(index);
    if (kind === "punct" && isPunct(tokens.get(index), ",")) return comma;
    if (kind === "word" && tokens.keyIn(index, pronouns) && isPunct(tokens.get(index - 1), ",")) return index - 1;
  }
  return comma;
}

/**
 * Whether the word at `index` is the second part of a number's compound that names an
 * anniversary ("75-летию"): a word of the lexicon's `anniversaryCompounds` glued by a hyphen
 * to a number.
 *
 * @example
 * ```ts
 * isAnniversaryCompound(dateTokensOfText("к 75-летию", lexiconFor("ru")), 3); // true
 * ```
 */
export function isAnniversaryCompound(tokens: DateTokens, index: number): boolean {
  const word = tokens.get(index);
  if (word === undefined || word.spaceBefore || !tokens.lexicon.dateRoles.anniversaryCompounds.has(word.key)) return false;
  const hyphen = tokens.get(index - 1);
  const number = tokens.get(index - 2);
  return hyphen !== undefined && hyphen.kind === "punct" && hyphen.text === "-" && !hyphen.spaceBefore && number !== undefined && number.kind === "number";
}

/**
 * An event verb of the lexicon follows the date in its clause before any comma: the verb
 * claims the date, as one between an anniversary word and the date does, in a language that
 * puts the verb after the date ("К 30-летию Договора, 4 июня в Ереване прошла встреча").
 */
function verbFollows(tokens: DateTokens, last: number): boolean {
  const clause = tokens.clauseAt(last - 1);
  const verbs = tokens.lexicon.dateRoles.eventVerbs;
  for (let index = last; index < tokens.length && index < last + WINDOW; index++) {
    if (tokens.clauseAt(index) !== clause) return false;
    const kind = tokens.kindAt(index);
    if (kind === "punct" && isPunct(tokens.get(index), ",")) return false;
    if (kind === "word" && verbs.has((tokens.get(index) as DateToken).key)) return true;
  }
  return false;
}

/** A comma or a list word of the lexicon, then a day or a month name, follows the date: a list goes on. */
function listGoesOn(tokens: DateTokens, last: number): boolean {
  let at = last;
  if (isPunct(tokens.get(at), ",")) at++;
  const listWords = tokens.lexicon.dates.listWords;
  const word = tokens.get(at);
  if (word !== undefined && word.kind === "word" && listWords.has(word.key)) at++;
  if (at === last) return false;
  const next = tokens.get(at);
  return next !== undefined && (next.kind === "number" || (next.kind === "word" && tokens.lexicon.calendar.months.has(next.key)));
}

/** A list word that adds ("and"). */
function isAnd(token: DateToken | undefined, listWords: ReadonlyMap<string, "and" | "or">): boolean {
  return token !== undefined && token.kind === "word" && listWords.get(token.key) === "and";
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

/**
 * The token of the incident noun a date qualifies ("the May 30 bombing", "Tuesday's
 * “insider” attack"), or -1: the noun follows the date, after at most a quoted or
 * hyphenated modifier.
 */
function incidentAfter(tokens: DateTokens, last: number): number {
  const incidents = tokens.lexicon.dateRoles.incidents;
  let at = last;
  const next = tokens.get(at);
  if (next === undefined) return -1;
  if (next.kind === "punct" && QUOTES.has(next.text)) {
    const limit = at + 10;
    at++;
    while (at < tokens.length && at < limit && !(tokens.kindAt(at) === "punct" && QUOTES.has((tokens.get(at) as DateToken).text))) at++;
    at++;
  }
  const noun = tokens.get(at);
  return noun !== undefined && noun.kind === "word" && noun.clause === next.clause && incidents.has(noun.key) ? at : -1;
}

/** The token of an incident noun right before the date, a link word aside ("an ambush June 2", "the bombing on 3 May"), or -1. */
function incidentBefore(tokens: DateTokens, first: number): number {
  let at = first - 1;
  if (isWordOf(tokens.get(at), tokens.lexicon.dateRoles.incidentLinks)) at--;
  const noun = tokens.get(at);
  return noun !== undefined && noun.kind === "word" && noun.clause === tokens.get(first)?.clause && tokens.lexicon.dateRoles.incidents.has(noun.key) ? at : -1;
}

const QUOTES = new Set(['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "\u2018", "\u2019"]);

/** How far before a date a length in days may stand for {@link startsLength}. */
const LENGTH_REACH = 12;

/**
 * Whether a day after "from" or a starting word of the lexicon's `eventLength` ("starting",
 * "beginning") opens an event whose length in days the clause gives before it ("a three-day
 * visit to Lima from 11 March"): then it is the event's first day, not a bound.
 */
function startsLength(tokens: DateTokens, date: ParsedDate): boolean {
  const length = tokens.lexicon.dateRoles.eventLength;
  const before = tokens.get(date.first - 1);
  if (length === undefined || before === undefined || date.form !== "date") return false;
  if (tokens.lexicon.dates.rangeOpeners.get(before.key) !== "from" && !length.starting.has(before.key)) return false;
  const clause = before.clause;
  for (let index = date.first - 2; index >= 1 && index >= date.first - LENGTH_REACH; index--) {
    const token = tokens.get(index) as DateToken;
    if (token.clause !== clause) return false;
    if (token.kind !== "word" || !length.units.has(token.key)) continue;
    const count = isPunct(tokens.get(index - 1), "-") ? tokens.get(index - 2) : tokens.get(index - 1);
    if (count !== undefined && (count.kind === "number" || length.counts.has(count.key))) return true;
  }
  return false;
}

/**
 * Whether a day after a range opener begins a stretch of days that another day ends ("from
 * Sunday night into Monday morning"): then it is the event's first day, not a bound.
 */
function opensSpan(tokens: DateTokens, date: ParsedDate): boolean {
  if (date.form !== "weekday" && date.form !== "relative" && date.form !== "date") return false;
  const roles = tokens.lexicon.dateRoles;
  let at = date.last;
  if (isWordOf(tokens.get(at), roles.dayParts)) at++;
  if (!isWordOf(tokens.get(at), roles.spanLinks)) return false;
  const next = tokens.get(at + 1);
  if (next === undefined) return false;
  if (next.kind === "number") return true;
  return next.kind === "word" && (tokens.lexicon.calendar.weekdays.has(next.key) || tokens.lexicon.calendar.months.has(next.key));
}

/**
 * The token of a recall phrase that opens the date's clause ("Further to their talks in
 * Accra on 2 May, ..."), when no comma stands between it and the date, or of a
 * preambular word that opens it ("Recalling ..."), wherever the date stands; else -1.
 */
function recallOpenerOf(tokens: DateTokens, first: number): number {
  const clause = tokens.clauseAt(first);
  // The clause's start (read on the numbers only: most dates have no opener), then its first word.
  let start = first;
  while (start > 0 && start > first - CLAUSE_LIMIT && tokens.clauseAt(start - 1) === clause) start--;
  while (start < first && tokens.kindAt(start) === "punct") start++;
  if (start >= first || tokens.kindAt(start) !== "word") return -1;
  const opener = tokens.get(start) as DateToken;
  // A preambular clause is recalled however long it is ("Recalling its decisions ...").
  if (tokens.lexicon.dateRoles.preambleOpeners.has(opener.key) && isCapitalized(opener)) return start;
  if (first - start > WINDOW) return -1;
  for (const phrase of tokens.lexicon.dateRoles.recallOpeners) {
    let matches = start + phrase.length <= first;
    for (let at = 0; matches && at < phrase.length; at++) matches = isWord(tokens.get(start + at), phrase[at] as string);
    if (!matches) continue;
    for (let at = start + phrase.length; at < first; at++) if (tokens.kindAt(at) === "punct" && isPunct(tokens.get(at), ",")) return -1;
    return start;
  }
  return -1;
}

/** How many tokens a participle's phrase may hold between the participle and its date ("подписанной Президентами двух государств в Москве 22 февраля"). */
const PARTICIPLE_REACH = 12;

/**
 * The token of the participle whose phrase an explicit date closes, or -1: a participle
 * of the lexicon's endings right before the date ("принятого 5 марта решения"), or one
 * that opens its phrase after a comma with only words between
 * ("Декларация, подписанная в Москве 22 февраля"). A participle of a meeting being held (the
 * lexicon's `eventParticiples`: "встречи, прошедшей 10 марта") may qualify the reported meeting
 * itself and is left to the event rules. A day told from the release's date
 * ("подписанное сегодня соглашение", "on Tuesday") names the release's own event, not an
 * earlier one, and is left to the event rules; so is a finite verb, which has no such ending.
 */
function participleOf(tokens: DateTokens, date: ParsedDate): number {
  const roles = tokens.lexicon.dateRoles;
  if (roles.participleEndings.length === 0 || RELATIVE_FORMS.has(date.form)) return -1;
  const clause = tokens.clauseAt(date.first);
  for (let index = date.first - 1; index >= 0 && index >= date.first - PARTICIPLE_REACH; index--) {
    if (tokens.clauseAt(index) !== clause) return -1;
    const kind = tokens.kindAt(index);
    if (kind === "number") return -1;
    if (kind === "punct") {
      const mark = (tokens.get(index) as DateToken).text;
      if (mark === "-" || QUOTES.has(mark)) continue;
      return -1;
    }
    const word = tokens.get(index) as DateToken;
    if (!isParticiple(word, roles)) continue;
    // "встречи, прошедшей 10 марта": a meeting being held is as often the reported one; the event rules weigh it.
    // "итоги состоявшегося 5 марта заседания": the results of an earlier one.
    if (roles.eventParticiples.has(word.key)) return followsFollowUpNoun(tokens, index) ? index : -1;
    if (index === date.first - 1) return index;
    // At the clause's start a participle may qualify the noun after it ("Подписанный протокол министры обсудили 3 марта"),
    // unless its phrase closes with the date before a document ("Подписанная в Москве 22 февраля Декларация ...").
    if (index === 0 || tokens.clauseAt(index - 1) !== clause) return documentAfter(tokens, date) ? index : -1;
    return isPunct(tokens.get(index - 1), ",") && tokens.clauseAt(index - 1) === clause ? index : -1;
  }
  return -1;
}

/** A follow-up noun of the lexicon right before the token ("итоги состоявшегося"), not after "по". */
function followsFollowUpNoun(tokens: DateTokens, index: number): boolean {
  const roles = tokens.lexicon.dateRoles;
  const noun = tokens.get(index - 1);
  if (roles.followUpNouns === undefined || noun === undefined || tokens.kindAt(index - 1) !== "word" || !roles.followUpNouns.has(noun.key)) return false;
  const before = tokens.get(index - 2);
  return !(before !== undefined && tokens.kindAt(index - 2) === "word" && roles.followUpOpeners?.has(before.key) === true);
}

/** A document word of the lexicon right after the date, or after its year word ("22 февраля 2024 года Декларация"). */
function documentAfter(tokens: DateTokens, date: ParsedDate): boolean {
  const documents = tokens.lexicon.dateRoles.documents;
  for (let index = date.last; index < date.last + 2; index++) {
    const token = tokens.get(index);
    if (token === undefined || tokens.kindAt(index) !== "word") return false;
    if (documents.has(token.key)) return true;
  }
  return false;
}

/** Date forms told from the reference day. */
const RELATIVE_FORMS: ReadonlySet<ParsedDate["form"]> = new Set(["relative", "relative-span", "weekday", "year-relative"]);

/** Whether a word has a participle's ending of the lexicon and is none of its look-alike adjectives. */
function isParticiple(token: DateToken, roles: DateTokens["lexicon"]["dateRoles"]): boolean {
  const lower = token.lower;
  let ending = "";
  for (const candidate of roles.participleEndings) {
    if (candidate.length > ending.length && lower.length > candidate.length + 1 && lower.endsWith(candidate)) ending = candidate;
  }
  return ending !== "" && !roles.participleLookalikes.has(token.key) && !roles.participleLookalikeParts.some((part) => lower.includes(part));
}

/** The token of a recall link phrase before the date in its clause, no comma between ("related to the meeting ... on 5 April"), or -1. */
function recallLinkOf(tokens: DateTokens, first: number): number {
  const clause = tokens.clauseAt(first);
  const links = tokens.lexicon.dateRoles.recallLinks;
  const openers = phraseOpenersOf(links);
  for (let index = first - 1; index >= 0 && index >= first - WINDOW; index--) {
    if (tokens.clauseAt(index) !== clause) return -1;
    const kind = tokens.kindAt(index);
    if (kind === "punct" && isPunct(tokens.get(index), ",")) return -1;
    if (kind !== "word" || (openers !== null && !tokens.keyIn(index, openers))) continue;
    for (const phrase of links) {
      let matches = index + phrase.length <= first;
      for (let at = 0; matches && at < phrase.length; at++) matches = isWord(tokens.get(index + at), phrase[at] as string);
      if (matches) return index;
    }
  }
  return -1;
}

/**
 * Every word the window before a date is read for (event verbs, anniversary and future words,
 * the compounds' second parts, the future phrases' last words): a word none of them is passed
 * over without its object being made. Null when a future phrase is empty (it ends anywhere).
 */
const windowWordsOf = memoizeOn((words: DateTokens["lexicon"]["dateRoles"]): HashedWords | null => {
  if (words.futurePhrases.some((phrase) => phrase.length === 0)) return null;
  const telling = new Set([...words.eventVerbs, ...words.anniversary, ...words.anniversaryCompounds, ...words.future]);
  for (const phrase of words.futurePhrases) telling.add(phrase[phrase.length - 1] as string);
  return hashedWords(telling);
});

/**
 * The first words of a list of phrases, so that a word none of them opens with is passed over
 * without the phrases being tried at it (null when a phrase is empty: it matches anywhere).
 */
const phraseOpenersOf = memoizeOn((phrases: readonly (readonly string[])[]): HashedWords | null =>
  phrases.some((phrase) => phrase.length === 0) ? null : hashedWords(new Set(phrases.map((phrase) => phrase[0] as string))),
);

/**
 * Marks the days of the report rather than the event: a day named from the reference day
 * ("today") in a clause with a report verb of the lexicon ("confirmed today that ..."), when
 * the same sentence names another day that nothing sets aside. Runs after {@link contextOf}.
 *
 * @example
 * ```ts
 * const reading = readDates(dateTokensOfText("Officials confirmed today that the leader was detained Monday."));
 * reading.contexts[0]?.rule; // "report-verb"
 * ```
 */
export function markReportDays(tokens: DateTokens, dates: readonly ParsedDate[], contexts: (DateContextFinding | null)[]): void {
  const verbs = tokens.lexicon.dateRoles.reportVerbs;
  for (let index = 0; index < dates.length; index++) {
    const date = dates[index] as ParsedDate;
    if (contexts[index] !== null || date.form !== "relative" || date.relativeDays !== 0) continue;
    // "officials said today", "ISAF today confirmed": the day of the report, whatever else the sentence says.
    const beside = wordNear(tokens, date, verbs, 1, 2);
    if (beside >= 0) {
      contexts[index] = { context: "report", rule: "report-verb", token: beside };
      continue;
    }
    const clause = tokens.clauseAt(date.first);
    let other = false;
    for (let at = 0; at < dates.length && !other; at++) {
      const candidate = dates[at] as ParsedDate;
      other = at !== index && contexts[at] === null && candidate.form !== "relative-span" && tokens.clauseAt(candidate.first) === clause && (candidate.from.day !== null || candidate.form === "weekday" || candidate.form === "relative");
    }
    if (!other) continue;
    const verb = wordNear(tokens, date, verbs, 4, 8);
    if (verb >= 0) contexts[index] = { context: "report", rule: "report-verb", token: verb };
  }
}

/** A word of the set at most `before` tokens before the date or `after` tokens after it in its clause ("confirmed today", "today confirmed"), or -1. */
function wordNear(tokens: DateTokens, date: ParsedDate, words: ReadonlySet<string>, before: number, after: number): number {
  const clause = tokens.clauseAt(date.first);
  for (let index = date.first - 1; index >= 0 && index >= date.first - before; index--) {
    if (tokens.clauseAt(index) !== clause) break;
    if (isWordOf(tokens.get(index), words)) return index;
  }
  for (let index = date.last; index < tokens.length && index < date.last + after; index++) {
    if (tokens.clauseAt(index) !== clause) break;
    if (isWordOf(tokens.get(index), words)) return index;
  }
  return -1;
}
