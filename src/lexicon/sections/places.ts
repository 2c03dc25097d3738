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
  /**
   * Nouns of what a release discusses, or of where someone lives or sits: a place after them
   * is not where the meeting was ("the situation in", "with residence in").
   */
  readonly subjectNouns: readonly string[];
  /**
   * Words of building works ("upgrading", "construction"): a place a few words after them is
   * the works' ("loans for upgrading schools in Ulaanbaatar"), not the meeting's. Optional.
   */
  readonly worksWords?: readonly string[];
  /** "on the margins of", "on the sidelines of": the place is the host event's. */
  readonly marginWords: readonly string[];
  /** Nouns of an institution's seat, named as the place itself ("at the CSTO Secretariat"). */
  readonly seatNouns: readonly string[];
  /** Determiners that make "visiting" an adjective of a visitor ("the *visiting* U.S. envoy"), not a visit to a place. Optional. */
  readonly visitorDeterminers?: readonly string[];
  /** Nouns that end a building's name ("Tafawa Balewa House", "Palace of Nations"). */
  readonly buildingNouns: readonly string[];
  /** Words before "visit" that make it one a state hosts in its capital ("an official visit to Romania"). */
  readonly officialVisitWords: readonly string[];
  /** Nouns that make a country stand for its capital city ("in the Uzbek capital"). */
  readonly capitalNouns: readonly string[];
  /**
   * Words of a gathering that moves from host to host ("summit", "ministerial"): "on the
   * margins of the NATO Summit" is not at NATO's seat.
   */
  readonly roamingWords: readonly string[];
  /**
   * A head of state's or government's seat named without its country ("the Presidential Palace",
   * "Government House"): it stands in the capital of the state the release is of. Optional.
   */
  readonly stateResidences?: readonly (readonly string[])[];
  /**
   * Nouns of a region named after its main city ("the Naryn region", "the Naryn and Osh
   * regions"): the city's name before them is the region's, not a place in the city. Optional.
   */
  readonly regionNouns?: readonly string[];
  /** Nouns of a ministry, which sits in its country's capital ("at the Ministry of Foreign Affairs of Mongolia"). */
  readonly ministryNouns: readonly string[];
  /**
   * Words that end a body's name, after which "in" or "at" and a place belong to the name
   * ("the OSCE Programme Office in Bishkek"). Matched only capitalised.
   */
  readonly affiliationWords: readonly string[];
  /**
   * Words that end a title, after which "at" and an institution name where the holder works
   * ("Under Secretary of State at the FCDO"), not where the event was; a building or a city
   * after them still counts ("met the Minister at the Kremlin"). Matched only capitalised.
   */
  readonly titleAffiliationWords: readonly string[];
  /** Verbs of chairing or hosting a meeting from a place ("chaired from Baku"): a video meeting's host city. */
  readonly hostFromWords: readonly string[];
  /** The preposition of a host's place ("from"). */
  readonly hostFromPrepositions: readonly string[];
  /** Words that open a date after a place ("in Praia on 14 February"). */
  readonly datePrepositions: readonly string[];
  /** Words that open a byline ("By Ministry of Foreign Affairs, Nigeria"), which is no place line. */
  readonly bylineWords: readonly string[];
  /**
   * Nouns of a settlement before its name ("в городе Душанбе", "в г. Пекине", "в посёлке
   * Бурабай"), after which an ambiguous city name counts. Languages that name places so (Russian).
   */
  readonly settlementNouns?: readonly string[];
  /**
   * Words in capitals that open a line before a date but name no place ("PRESS RELEASE, 5 May
   * –", "UPDATE, 2 March –"), lower case: a dateline's unknown place is never one of them.
   */
  readonly datelineLabels?: readonly string[];
}
