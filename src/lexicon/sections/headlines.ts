/**
 * The words that tell a release's headline from the page around it: site chrome above it and
 * the issuer's name over it. Lower case.
 */
export interface HeadlineWords {
  /** Words that name an issuing body ("ministry", "embassy"): a line of them alone is the site's name. */
  readonly issuerWords: readonly string[];
  /** Lower-case words an issuer's name may hold between its capitalised ones ("of", "the"). */
  readonly issuerConnectors: readonly string[];
  /** Beginnings of lines that open a site page rather than a release ("welcome to", "newsroom"). */
  readonly chromePrefixes: readonly string[];
}
