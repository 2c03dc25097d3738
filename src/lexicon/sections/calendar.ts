/** The names of a language's calendar: months, weekdays and ordinal words. Lower case. */
export interface CalendarWords {
  /** Month number (1–12) of a month name or abbreviation ("sept" → 9). */
  readonly monthNumbers: ReadonlyMap<string, number>;
  /** Month abbreviations that are also common words or names ("mar", "jan"): months only next to a day or a year. */
  readonly shortMonths: ReadonlySet<string>;
  /** Weekday number (0 = Sunday … 6 = Saturday) of a weekday name. */
  readonly weekdayNumbers: ReadonlyMap<string, number>;
  /** Number of an ordinal word ("fourth" → 4). */
  readonly ordinalWords: ReadonlyMap<string, number>;
}
