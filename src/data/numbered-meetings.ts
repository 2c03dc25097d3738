/**
 * Numbered meetings that recur once a year, so that their number gives the year:
 * "the 72nd session of the UN General Assembly" opened in September 2017.
 * Sources: the UN General Assembly (first session 1946, one regular session a year since),
 * OSCE Ministerial Councils (held every year from the 18th, Vilnius 2011), BRICS summits
 * (first in 2009, one a year).
 */
export interface NumberedMeeting {
  /** The name, for messages. */
  readonly name: string;
  /** Lower-case words that name it, in order, within a few words after the ordinal (English, as the releases are). */
  readonly words: readonly string[];
  /** The year of meeting number N is `base + N`. */
  readonly base: number;
  /** Lowest number the rule holds for. */
  readonly from: number;
}

/**
 * The numbered meetings known to the year inference.
 *
 * @example
 * ```ts
 * NUMBERED_MEETINGS.find((meeting) => meeting.words.includes("unga"))?.base; // 1945
 * ```
 */
export const NUMBERED_MEETINGS: readonly NumberedMeeting[] = Object.freeze([
  { name: "UN General Assembly", words: ["un", "general", "assembly"], base: 1945, from: 1 },
  { name: "UN General Assembly", words: ["united", "nations", "general", "assembly"], base: 1945, from: 1 },
  { name: "UN General Assembly", words: ["unga"], base: 1945, from: 1 },
  { name: "OSCE Ministerial Council", words: ["osce", "ministerial", "council"], base: 1993, from: 18 },
  { name: "BRICS summit", words: ["brics", "summit"], base: 2008, from: 1 },
]);

/**
 * How many words after the ordinal may stand before the meeting's name ("session of the UN").
 *
 * @example
 * ```ts
 * NUMBERED_MEETING_WINDOW; // 8
 * ```
 */
export const NUMBERED_MEETING_WINDOW = 8;
