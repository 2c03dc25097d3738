/** Words about personal names in a language. Lower case. */
export interface NameWords {
  /** Particles that stand inside names ("le", "van", "bin"). */
  readonly particles: readonly string[];
  /** Endings of patronymics ("ovich", "ovna"). */
  readonly patronymicEndings: readonly string[];
  /** Capitalised words of release prose that are never part of a personal name. */
  readonly nonNameWords: readonly string[];
  /** Suffixes of generation written after a name ("jr", "sr"), without their dot. */
  readonly generationSuffixes: readonly string[];
  /** Regnal numbers written after a name ("ii", "iii"), without their dot. */
  readonly regnalNumbers: readonly string[];
  /**
   * Letters written after a name for a seat, an order or a degree ("mp", "egh", "obe"): not a
   * surname in capitals, and skipped between a name and its verb or apposition.
   */
  readonly postNominals: readonly string[];
}
