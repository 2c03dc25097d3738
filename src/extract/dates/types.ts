/** A date expression found in the text. */
export interface DateMention {
  /** Span in the original text. */
  readonly start: number;
  readonly end: number;
  /** The words as written. */
  readonly text: string;
  /** Normalised value: ISO date at day, month or year precision. */
  readonly value: string;
  /** Last day of a range, else null. */
  readonly endValue: string | null;
  /** True when the year (or the whole date, for relative words) was worked out. */
  readonly inferred: boolean;
  /** What kind of expression it is. */
  readonly kind: "absolute" | "range" | "relative" | "weekday" | "month" | "year" | "dateline" | "timestamp";
}
