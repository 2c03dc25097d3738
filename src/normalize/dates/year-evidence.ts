import { NUMBERED_MEETINGS, NUMBERED_MEETING_WINDOW } from "../../data/numbered-meetings.js";
import { fromDayNumber, isPlausibleYear } from "./calendar.js";
import type { DateContextFinding } from "./context.js";
import { glued, isCapitalized, isDash, readYear } from "./match.js";
import type { DateToken, DateTokens } from "./tokens.js";
import type { ParsedDate } from "./types.js";

/** One hint at the year a release was written in. */
export interface YearEvidence {
  readonly year: number;
  /** How much it counts: a Unix-time image name or a numbered session beats a year in passing. */
  readonly weight: number;
  /** What it is, for the `date:year-inferred` message. */
  readonly note: string;
  /** Position in the text, to break ties in favour of what comes first. */
  readonly order: number;
}

/** The year the text points to, and why. */
export interface TextYear {
  readonly year: number;
  readonly evidence: readonly string[];
}

/** 2000-01-01 and 2040-01-01 as Unix seconds: a ten-digit file name in between is a Unix time. */
const UNIX_MIN = 946_684_800;
const UNIX_MAX = 2_208_988_800;

/** Weights of the kinds of evidence. */
const WEIGHT = {
  image: 3,
  number: 3,
  session: 3,
  fullDate: 2,
  quotedName: 2,
  year: 1,
  name: 0.5,
  aside: 0.5,
} as const;

/** Input of {@link collectYearEvidence}. */
export interface EvidenceInput {
  readonly text: string;
  readonly tokens: DateTokens;
  readonly dates: readonly ParsedDate[];
  /** Context of each date (same order), to count anniversaries and bounds for less. */
  readonly contexts: readonly (DateContextFinding | null)[];
  /** File names of images the cleaning step removed. */
  readonly images: readonly { readonly text: string; readonly start: number }[];
}

/**
 * Collects every hint at the year of the release: explicit years in dates ("On May 16,
 * 2021", "in 2020", "2018-2019"), Unix times in image file names ("1508056642.jpg" is
 * 2017-10-15), release numbers that open with the year and month ("2013-06-S-041"),
 * numbered sessions ("the 72nd session of the UN General Assembly" is 2017) and names with
 * a year ("Combat Brotherhood 2017").
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("The 72nd session of the UN General Assembly");
 * collectYearEvidence({ text: "", tokens, dates: [], contexts: [], images: [] })[0]?.year; // 2017
 * ```
 */
export function collectYearEvidence(input: EvidenceInput): YearEvidence[] {
  const evidence: YearEvidence[] = [];
  const covered = new Set<number>();
  input.dates.forEach((date, index) => {
    for (let token = date.first; token < date.last; token++) covered.add(token);
    const context = input.contexts[index]?.context ?? null;
    const aside = context === "anniversary" || context === "bound" || context === "document";
    const written = input.text.slice(date.start, date.end);
    if (date.from.year === null) return;
    if (date.form === "year" || (date.form === "range" && date.from.month === null)) {
      const weight = aside ? WEIGHT.aside : date.to ? WEIGHT.year / 2 : WEIGHT.year;
      evidence.push({ year: date.from.year, weight, note: `"${written}"`, order: date.start });
      if (date.to?.year != null) evidence.push({ year: date.to.year, weight, note: `"${written}"`, order: date.start });
      return;
    }
    evidence.push({ year: date.from.year, weight: aside ? WEIGHT.aside : WEIGHT.fullDate, note: `"${written}"`, order: date.start });
  });
  for (const image of input.images) {
    const seconds = unixTimeOf(image.text);
    if (seconds === null) continue;
    const day = fromDayNumber(Math.floor(seconds / 86_400));
    const iso = `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
    evidence.push({ year: day.year, weight: WEIGHT.image, note: `image ${image.text} (Unix time, ${iso})`, order: image.start });
  }
  const tokens = input.tokens;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens.kindAt(index) !== "number") continue;
    const meeting = numberedMeetingAt(tokens, index);
    if (meeting) {
      evidence.push(meeting);
      continue;
    }
    const numbered = documentNumberAt(tokens, index);
    if (numbered) {
      evidence.push(numbered);
      continue;
    }
    if (!covered.has(index)) {
      const named = namedYearAt(input.text, tokens, index);
      if (named) evidence.push(named);
    }
  }
  return evidence;
}

/**
 * The year with the most weight behind it; on a tie, the one found first.
 *
 * @example
 * ```ts
 * textYearOf([{ year: 2017, weight: 3, note: "image", order: 5 }])?.year; // 2017
 * ```
 */
export function textYearOf(evidence: readonly YearEvidence[]): TextYear | null {
  const totals = new Map<number, { weight: number; order: number; notes: string[] }>();
  for (const item of evidence) {
    const total = totals.get(item.year) ?? { weight: 0, order: item.order, notes: [] };
    total.weight += item.weight;
    total.order = Math.min(total.order, item.order);
    total.notes.push(item.note);
    totals.set(item.year, total);
  }
  let best: { year: number; weight: number; order: number; notes: string[] } | null = null;
  for (const [year, total] of totals) {
    if (!best || total.weight > best.weight || (total.weight === best.weight && total.order < best.order)) {
      best = { year, ...total };
    }
  }
  return best ? { year: best.year, evidence: best.notes } : null;
}

/** The Unix time (seconds) an image file name stands for, or null. */
function unixTimeOf(name: string): number | null {
  let digits = 0;
  while (digits < name.length && name.charCodeAt(digits) >= 48 && name.charCodeAt(digits) <= 57) digits++;
  if (digits !== 10) return null;
  const next = name.charAt(digits);
  if (next !== "." && next !== "_" && next !== "-") return null;
  const seconds = Number(name.slice(0, 10));
  return seconds >= UNIX_MIN && seconds < UNIX_MAX ? seconds : null;
}

/** "72nd session of the UN General Assembly": an ordinal followed by a numbered meeting's name. */
function numberedMeetingAt(tokens: DateTokens, index: number): YearEvidence | null {
  const token = tokens.get(index) as DateToken;
  const suffix = tokens.get(index + 1);
  if (!suffix || suffix.kind !== "word" || !tokens.lexicon.calendar.ordinalSuffixes.has(suffix.lower) || !glued(tokens, index + 1)) return null;
  const number = Number(token.text);
  const words: string[] = [];
  for (let at = index + 2; at < tokens.length && words.length < NUMBERED_MEETING_WINDOW + 4; at++) {
    const word = tokens.get(at) as DateToken;
    if (word.clause !== token.clause) break;
    if (word.kind === "word") words.push(word.lower);
  }
  for (const meeting of NUMBERED_MEETINGS) {
    if (number < meeting.from) continue;
    const at = indexOfRun(words, meeting.words);
    if (at < 0 || at > NUMBERED_MEETING_WINDOW) continue;
    const year = meeting.base + number;
    if (!isPlausibleYear(year)) continue;
    return { year, weight: WEIGHT.session, note: `${token.text}${suffix.text} ${meeting.name} (${year})`, order: token.start };
  }
  return null;
}

function indexOfRun(words: readonly string[], run: readonly string[]): number {
  for (let start = 0; start + run.length <= words.length; start++) {
    let matches = true;
    for (let offset = 0; offset < run.length; offset++) {
      if (words[start + offset] !== run[offset]) {
        matches = false;
        break;
      }
    }
    if (matches) return start;
  }
  return -1;
}

/** "Combat Brotherhood 2017", "Expo 2020", "Interaction-2023": a capitalised name ending in a year. */
function namedYearAt(text: string, tokens: DateTokens, index: number): YearEvidence | null {
  const year = readYear(tokens, index);
  const token = tokens.get(index) as DateToken;
  // "Interaction-2023": the year joined to the name by a hyphen.
  const hyphen = tokens.get(index - 1);
  const joined = hyphen !== undefined && hyphen.kind === "punct" && hyphen.text === "-" && !hyphen.spaceBefore && !token.spaceBefore;
  const name = tokens.get(joined ? index - 2 : index - 1);
  if (!year || !name || name.kind !== "word" || !isCapitalized(name) || (!token.spaceBefore && !joined)) return null;
  if (tokens.lexicon.calendar.months.has(name.lower) || name.clause !== token.clause) return null;
  let nameStart = joined ? index - 2 : index - 1;
  let quoted = false;
  for (let at = nameStart - 1; at >= Math.max(0, index - 6); at--) {
    const before = tokens.get(at) as DateToken;
    if (before.kind === "punct" && (before.text === '"' || before.text === "\u201c" || before.text === "\u00ab")) {
      quoted = true;
      break;
    }
    if (before.kind !== "word" || !isCapitalized(before)) break;
    nameStart = at;
  }
  const from = (tokens.get(nameStart) as DateToken).start;
  return {
    year: year.value,
    weight: quoted ? WEIGHT.quotedName : WEIGHT.name,
    note: `"${text.slice(from, token.end)}"`,
    order: from,
  };
}

/**
 * "2013-06-S-041", "2010-08-CA-101": a release number that opens with the year and the month
 * of the release, glued by dashes to a code of letters or digits. The month must be one.
 */
function documentNumberAt(tokens: DateTokens, index: number): YearEvidence | null {
  const year = tokens.get(index) as DateToken;
  if (year.text.length !== 4 || !isPlausibleYear(Number(year.text))) return null;
  const before = tokens.get(index - 1);
  if (before !== undefined && !year.spaceBefore) return null;
  const month = tokens.get(index + 2);
  if (!isDash(tokens.get(index + 1)) || !glued(tokens, index + 1) || !month || month.kind !== "number" || !glued(tokens, index + 2)) return null;
  const monthNumber = Number(month.text);
  if (month.text.length > 2 || monthNumber < 1 || monthNumber > 12) return null;
  const code = tokens.get(index + 4);
  if (!isDash(tokens.get(index + 3)) || !glued(tokens, index + 3) || !code || code.kind === "punct" || !glued(tokens, index + 4)) return null;
  if (code.kind === "word" && code.text !== code.text.toUpperCase()) return null;
  const value = Number(year.text);
  return { year: value, weight: WEIGHT.number, note: `release number ${tokens.textOf(index, index + 5)}`, order: year.start };
}
