/**
 * The words around a place name that say whether it is where the main event happened ("met
 * in Astana", "Tashkent hosts", "on the margins of the UN General Assembly") or not ("the
 * situation in Kabul", "the next summit in Baku"). Lower case, as {@link Word.key} gives them.
 */
export interface PlaceWords {
  /** Words after which a place names where something happened ("in", "at", "to"). */
  readonly prepositions: readonly string[];
  /** Words that make the place another event's, a coming or a past one ("next", "previous"). */
  readonly otherEventWords: readonly string[];
  /** Nouns of what a release discusses: a place after them is not where the meeting was ("the situation in"). */
  readonly subjectNouns: readonly string[];
  /** "on the margins of", "on the sidelines of": the place is the host event's. */
  readonly marginWords: readonly string[];
  /** Nouns of an institution's seat, named as the place itself ("at the CSTO Secretariat"). */
  readonly seatNouns: readonly string[];
  /** Nouns that make a country stand for its capital city ("in the Uzbek capital"). */
  readonly capitalNouns: readonly string[];
}
