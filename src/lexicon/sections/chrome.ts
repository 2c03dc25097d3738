/**
 * Page chrome of one language: what scrapers carry into release text around the release
 * (navigation, share buttons, credits, lists of other articles). The cleaning step reads
 * the chrome of every language it knows, since it runs before the language is settled.
 *
 * Entries are compared with a line lower-cased and its runs of characters other than
 * letters, digits and colons folded to one space ("Share this page" → "share this page").
 */
export interface ChromeWords {
  /** Whole lines that are chrome (colons left out: "Share:" is "share"). */
  readonly lines: readonly string[];
  /** Starts of lines that make the whole line chrome ("photo:", "all rights reserved"). */
  readonly linePrefixes: readonly string[];
  /** Words of share-button rows; a short line made mostly of them is chrome. */
  readonly shareWords: readonly string[];
  /**
   * Lines after which a page lists other articles: once the release's body has begun,
   * nothing after them belongs to the release (colons left out, like {@link lines}).
   */
  readonly tailMarkers: readonly string[];
  /**
   * Labels of a line that links one other article ("Читайте также: ..."), lower case, colon
   * left out: the line goes, what follows stays (sites put such links inside the body too).
   * Optional.
   */
  readonly linkLabels?: readonly string[];
  /**
   * Labels of the subject lines a site prints above a release ("What we do:", "Topics:"),
   * lower case, colon included. Where such a line was dropped as chrome (its label is also
   * one of {@link linePrefixes}), its value still names the release's subjects: the topics
   * plugin reads it.
   */
  readonly subjectLabels: readonly string[];
  /**
   * Words a navigation trail starts with ("главная" of "Главная / Пресс-служба / Новости"),
   * lower case: a short line that starts with one and goes on with a separator (/ > » → |)
   * is chrome. Optional; none by default.
   */
  readonly breadcrumbRoots?: readonly string[];
}
