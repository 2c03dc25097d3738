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
  /**
   * Words of four letters or more too common to tell one headline from another ("with",
   * "from", "their"): left out when a candidate headline is compared with the body.
   */
  readonly commonWords: readonly string[];
  /** Event words that also name a standing body ("council"): a line that is only a name of one is no headline. */
  readonly bodyEventWords: readonly string[];
  /** Words that open a byline ("by"). */
  readonly bylineWords: readonly string[];
}
