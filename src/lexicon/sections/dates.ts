// The words a language gives the date grammar (src/normalize/dates) and the date roles
// (src/extract/dates), in three sections: the names of the calendar, the words of date
// expressions, and the words around a date that tell what it is the date of. Keys are lower
// case, as `Word.key` and the date tokens' `lower` give them; a phrase is its words joined by
// one space.

/**
 * Names of calendar units.
 *
 * @example
 * ```ts
 * lexiconFor("en").calendar.months.get("sept"); // 9
 * ```
 */
export interface CalendarWords {
  /** Month number (1–12) of a month name or abbreviation ("november", "nov", "sept"). */
  readonly months: ReadonlyMap<string, number>;
  /** Month abbreviations that are also common words or names: months only next to a day or a year ("Mar 5"). */
  readonly shortMonths: ReadonlySet<string>;
  /** Weekday number (0 = Sunday … 6 = Saturday, as `Date#getUTCDay`) of a weekday name. */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Ordinal words ("fourth" is 4), for "the fourth quarter". */
  readonly ordinals: ReadonlyMap<string, number>;
  /** Endings glued to a number that make it an ordinal ("2nd", "72nd"). */
  readonly ordinalSuffixes: ReadonlySet<string>;
  /**
   * Month and weekday names are written with a capital (English "May", "Monday"), so a
   * lower-case word is not one ("may" the verb); false where they are written in lower case
   * (Russian "2 мая", "в понедельник").
   */
  readonly capitalized: boolean;
}

/** How a word joins the two ends of a range: like "to" (days or years), "through" (days only) or "and" (days only, see {@link DateWords.rangeWords}). */
export type RangeJoin = "to" | "through" | "and";

/** A word that opens a range: "from" (any range) or "between" (which also lets "and" join days that do not follow each other). */
export type RangeOpener = "from" | "between";

/** Which weekday a direction word before a weekday points to ("last Friday", "next Monday", "this Wednesday"). */
export type WeekdayDirection = "past" | "next" | "last";

/**
 * A stretch of days named from the reference day ("earlier this week", "last month"): the
 * calendar week or month `offset` units from the reference day's (0 this one, -1 the one
 * before), cut at the day before the reference day when `toDate` is set ("earlier this
 * week" is this week's days before today). Weeks start on Monday.
 */
export interface RelativeSpan {
  readonly unit: "week" | "month";
  readonly offset: number;
  readonly toDate: boolean;
}

/**
 * The words of date expressions: relative days, years counted from the reference, ranges,
 * and the words before a bare month or year that make it a date.
 *
 * @example
 * ```ts
 * lexiconFor("en").dates.relativeDays.get("the day before yesterday"); // -2
 * ```
 */
export interface DateWords {
  /**
   * Days from the reference day of the words and phrases that name a day ("yesterday" -1,
   * "this morning" 0, "the day before yesterday" -2). A phrase is found by its last word.
   */
  readonly relativeDays: ReadonlyMap<string, number>;
  /**
   * Relative days that are also prepositions (Russian "накануне", the day before, and "on the
   * eve of" before a noun: "накануне визита"): the language's rules read them as a day only
   * where no noun follows as their object.
   */
  readonly prepositionalDays: ReadonlySet<string>;
  /**
   * Stretches of days named from the reference day ("earlier this week", "last month"). A
   * phrase is found by its last word; its value is a month when the whole stretch lies in one
   * calendar month, else it is left open (never a guessed day).
   */
  readonly relativeSpans: ReadonlyMap<string, RelativeSpan>;
  /** Endings glued after an apostrophe that a relative day or a weekday takes into its span ("today's", "Wednesday's"). */
  readonly possessiveEndings: ReadonlySet<string>;
  /** Words before a weekday and the day they point to ("last Friday"); a weekday alone is the last such day on or before the reference. */
  readonly weekdayDirections: ReadonlyMap<string, WeekdayDirection>;
  /**
   * Where weekday names are written in lower case ({@link CalendarWords.capitalized} false),
   * the words one of which must stand before a weekday for it to be a day (Russian "в
   * среду", "во вторник"), a direction word between them aside; else unread.
   */
  readonly weekdayContext: ReadonlySet<string>;
  /** Words for a year: "the year 2019", "this year". */
  readonly yearWords: ReadonlySet<string>;
  /** Before a year word after a day and month ("November 2 this year", "of the present year"): the year counted from the reference year. */
  readonly yearOffsets: ReadonlyMap<string, number>;
  /**
   * Before a year word standing alone ("this year", "last year"): the year counted from the
   * reference year. Narrower than {@link DateWords.yearOffsets}: alone, "present year" is too
   * often the verb ("present year-end results").
   */
  readonly relativeYears: ReadonlyMap<string, number>;
  /** Words that, after an article, make "the past year" a span of time rather than a calendar year. */
  readonly yearSpans: ReadonlySet<string>;
  /** Words glued to a year that still leave it a plain year ("2017y"). */
  readonly yearAbbreviations: ReadonlySet<string>;
  /**
   * Words after a written year that belong to the date ("2017 года", "2017 г.": "of the year
   * 2017"); an abbreviation among {@link DateWords.yearAbbreviations} takes its full stop
   * along. Empty where a year stands alone (English).
   */
  readonly yearMarkers: ReadonlySet<string>;
  /**
   * Abbreviations of a year counted from the reference year, written with full stops
   * ("т.г.", this year; "с.г.", of the present year), as written in lower case without
   * spaces, and the year they count (0 this year, -1 last year). Empty where a language has none.
   */
  readonly dottedYears: ReadonlyMap<string, number>;
  /** Words that join the two ends of a range, and how ("7 to 9 June", "March 12 and 13"). */
  readonly rangeWords: ReadonlyMap<string, RangeJoin>;
  /** Words before a range that belong to it ("from 7 to 9 June", "between 7 and 9 June"). */
  readonly rangeOpeners: ReadonlyMap<string, RangeOpener>;
  /** Words that join the items of a list of dates ("March 3, June 9 and August 1, 2015"), and whether each adds ("and") or offers a choice ("or"). */
  readonly listWords: ReadonlyMap<string, "and" | "or">;
  /** The word that links a day or a part of a year to what it belongs to ("2nd of November", "the fourth quarter of 2024", "of the current year"). */
  readonly ofWords: ReadonlySet<string>;
  /** Articles that may open a date phrase ("the fourth quarter", "of the current year"). */
  readonly articles: ReadonlySet<string>;
  /** Words before a bare four-digit number that make it a year ("in 2018", "since 1992", "late 2019"). */
  readonly yearContext: ReadonlySet<string>;
  /** Words before a bare month that make it a date ("in April", "late November"). */
  readonly monthContext: ReadonlySet<string>;
  /** Modifiers that belong to the span of a month or year ("late November", "mid-May", "early 2019"). */
  readonly periodModifiers: ReadonlySet<string>;
  /** Parts of a year named by an ordinal ("the fourth quarter of 2024"). */
  readonly yearParts: ReadonlySet<string>;
  /** Abbreviations whose full stop does not end a clause ("Jan.", "Mr.", "U.S."). */
  readonly clauseAbbreviations: ReadonlySet<string>;
  /**
   * Words and phrases (lower case, words joined by one space, marks left out) that tell an
   * issuer who writes numeric dates month first ("04/07/2023" is 7 April): time zones
   * ("est", "edt"), the issuer's seat ("washington dc"), its name ("department of state").
   * A language whose writers never put the month first leaves it empty.
   */
  readonly monthFirstMarkers: ReadonlySet<string>;
}

/**
 * The words around a date that tell what it is the date of: an anniversary, a meeting to
 * come, a document, the bound of a period, the event itself, or the publication of the page.
 *
 * @example
 * ```ts
 * lexiconFor("en").dateRoles.future.has("upcoming"); // true
 * ```
 */
export interface DateRoleWords<EventGroup extends string = string> {
  /** Words of an anniversary: a date in their clause is the date it recalls ("the 30th anniversary ... in 1992"). */
  readonly anniversary: ReadonlySet<string>;
  /**
   * Second parts of a word glued to a number by a hyphen that name an anniversary (Russian
   * "75-летие", "30-летию": the key of "летие"), counted like {@link DateRoleWords.anniversary}
   * only in that place (alone, the same key is "years").
   */
  readonly anniversaryCompounds: ReadonlySet<string>;
  /**
   * Words that name an event whose anniversaries releases count, and its year (Russian
   * "Победы", the Victory of 1945): "the 75th anniversary of the Victory" points to 2020 when
   * the text gives no year.
   */
  readonly anniversaryBases: ReadonlyMap<string, number>;
  /**
   * Past-tense verbs that report the event: between an anniversary word and a date, they
   * claim the date for the event ("who marked the 25th anniversary ..., held talks on 8
   * June"). Not the event word groups: their nouns name the recalled event itself ("the
   * anniversary of the signing of the treaty on 5 April 1992").
   */
  readonly eventVerbs: ReadonlySet<string>;
  /** Words that announce what is still to come ("will", "upcoming", "scheduled"). */
  readonly future: ReadonlySet<string>;
  /** Phrases that announce what is still to come, ending at the word read ("to be" held). */
  readonly futurePhrases: readonly (readonly string[])[];
  /** A word just before a date that makes it the bound of a period ("since 2018", "until 1 January"). */
  readonly bound: ReadonlySet<string>;
  /** A word just before a date that makes it a document's date ("dated 5 May"). */
  readonly dated: ReadonlySet<string>;
  /** Words between a document's name and its date ("the statement of 9 November", "the decree on 5 May"). */
  readonly documentLinks: ReadonlySet<string>;
  /** Documents named by their date ("the statement of 9 November"). */
  readonly documents: ReadonlySet<string>;
  /**
   * The event word groups (of `Lexicon.events`; the lexicon's type names them) whose words
   * make a clause report the event itself, for a date found only in the body.
   */
  readonly eventGroups: readonly EventGroup[];
  /** Words that may stand beside a date stamp on its line ("Publishing date:", "Posted", "10:43 am"). */
  readonly stampLabels: ReadonlySet<string>;
  /** Labels of a release number beside a date stamp ("No: 45/21"): the number after them is no count. */
  readonly numberLabels: ReadonlySet<string>;
  /** Labels of a later revision, not the publication ("Last updated"). */
  readonly revisionLabels: ReadonlySet<string>;
  /**
   * Verbs that report the news rather than the event ("ISAF confirmed today that ...",
   * "officials said today"): a day of the report's own clause is the day of the report, not
   * of the event, when the sentence gives the event another day.
   */
  readonly reportVerbs: ReadonlySet<string>;
  /**
   * Phrases that open a clause recalling an earlier event ("Further to their talks in
   * Accra on 2 May, the minister received ..."): a date before the clause's first
   * comma is the recalled event's.
   */
  readonly recallOpeners: readonly (readonly string[])[];
  /**
   * Phrases that tie what follows to an earlier event wherever they stand ("the issues related
   * to the ministers' meeting in Moscow on 5 April, ..."): a date after one, no comma between,
   * is the earlier event's.
   */
  readonly recallLinks: readonly (readonly string[])[];
  /**
   * Words that open a preambular clause of a communiqué or resolution ("Recalling its
   * decision of 3 April 2022, ..."): every date of the clause is a recalled one.
   */
  readonly preambleOpeners: ReadonlySet<string>;
  /**
   * Nouns of incidents a release recalls as background when a date stands before them as an
   * attribute ("the May 30 bombing", "Tuesday's ambush"): the date is the incident's, not the
   * reported event's.
   */
  readonly incidents: ReadonlySet<string>;
  /** Words between an incident noun and its date ("the bombing on 3 May"). */
  readonly incidentLinks: ReadonlySet<string>;
  /** Parts of a day that may follow a weekday or relative day ("Sunday night", "Monday morning"). */
  readonly dayParts: ReadonlySet<string>;
  /** Words that join the two ends of a stretch of days after a range opener ("from Sunday night into Monday morning"). */
  readonly spanLinks: ReadonlySet<string>;
  /**
   * The written endings of a participle that qualifies a noun, in a language whose
   * participles agree with it (Russian "подписанной", "принятого", "достигнутых"): an
   * explicit date in a participle's phrase is the date of what the participle tells of, an
   * earlier event or a document ("the Declaration, signed in Moscow on 22 February"), while a
   * finite verb with the same stem ("подписали 22 февраля") reports the event. Compared with
   * the lower-case word, not its key: a stemmer gives both forms one key. Empty in English,
   * whose participles do not agree ("signed" is also the finite verb).
   */
  readonly participleEndings: readonly string[];
  /**
   * Keys of adjectives written with a participle's ending that are not participles
   * (Russian "государственный", "постоянный", "иностранный").
   */
  readonly participleLookalikes: ReadonlySet<string>;
  /** Written parts that mark a word with a participle's ending as an adjective wherever they stand before it (Russian "-ственный"). */
  readonly participleLookalikeParts: readonly string[];
  /**
   * Keys of participles that tell of a meeting being held (Russian "состоявшийся", "прошедший",
   * "проведённый"): the meeting they qualify is as often the reported one ("В ходе встречи,
   * прошедшей 10 марта, министры обсудили ...") as an earlier one, so their date is left to
   * the event rules.
   */
  readonly eventParticiples: ReadonlySet<string>;
  /**
   * Words that tell how many days an event lasted and which of its days a date gives ("today
   * concluded a three-day visit": the last; "began a two-day visit on 11 March": the first),
   * or absent where the language has none listed. See {@link EventLengthWords}.
   */
  readonly eventLength?: EventLengthWords<EventGroup>;
  /**
   * Phrases that open a sentence with the setting of the event rather than the event
   * ("On the sidelines of the forum held on 11-12 March, ...", "Following the summit in
   * Tashkent on 15 September, ..."): a date in such a phrase yields to a later day the same
   * sentence gives after a comma. Absent where the language has none listed.
   */
  readonly settingOpeners?: readonly (readonly string[])[];
  /**
   * Relative pronouns that open an aside after a comma ("the Ambassador, who took up his post
   * on 20 October, ..."): a date in the aside yields to a later day the same clause gives
   * after it. Absent where the language has none listed.
   */
  readonly relativePronouns?: ReadonlySet<string>;
  /**
   * Keys of nouns of an event's results or follow-up (Russian "итоги", "результаты",
   * "выполнение"): a meeting participle right after one tells of an earlier meeting ("обсудили
   * итоги состоявшегося 5 марта заседания"), save after "по" ("По итогам состоявшегося 5 марта
   * заседания ...", which opens the reported meeting's outcome). Optional; none in English.
   */
  readonly followUpNouns?: ReadonlySet<string>;
  /** Keys of the words after which a follow-up noun opens the reported event's outcome (Russian "по"). */
  readonly followUpOpeners?: ReadonlySet<string>;
}

/**
 * The words of an event's length in days ("a two-day visit", "a 3-day session") and of the
 * verbs that place a date at its start ("began", "arrived for") or at its end ("concluded",
 * "wrapped up").
 *
 * @example
 * ```ts
 * lexiconFor("en").dateRoles.eventLength?.counts.get("three"); // 3
 * ```
 */
export interface EventLengthWords<EventGroup extends string = string> {
  /** Number words of a length in days ("two" 2); digits are read as numbers. */
  readonly counts: ReadonlyMap<string, number>;
  /** The unit word after the count ("day" of "two-day"). */
  readonly units: ReadonlySet<string>;
  /** Verbs that make the date the event's first day ("began", "started", "arrived"). */
  readonly starting: ReadonlySet<string>;
  /** Verbs that make the date the event's last day ("concluded", "completed", "ended"). */
  readonly ending: ReadonlySet<string>;
  /** The event groups whose nouns may follow the length ("visit", "summit", "talks"): not operations or courses. */
  readonly events: readonly EventGroup[];
}
