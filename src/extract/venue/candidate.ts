/** A place the text offers for the main event, with how much it is trusted. */
export interface Candidate {
  readonly city: string | null;
  readonly country: string | null;
  readonly name: string | null;
  /** Higher wins: an event phrase in the lead beats a place line, which beats a dateline. */
  readonly strength: number;
  /** The place was worked out (a building's or an institution's city), not stated. */
  readonly inferred: boolean;
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
  /**
   * The place is an institution that sits in its country's capital (a ministry) whose country
   * the phrase does not name: the city is the capital of the country another candidate gives.
   */
  readonly capitalOfCountry?: boolean;
  /** The place a remote meeting was chaired or hosted from ("chaired from Baku"). */
  readonly remoteHost?: boolean;
  /**
   * A country an official, working or state visit was paid to ("an official visit to Romania"):
   * the talks of such a visit are held in the capital, which is the venue's city when this
   * candidate wins and no other names a city.
   */
  readonly officialVisit?: boolean;
}

// Strengths: an event phrase in the headline beats one in the first body sentence, which
// beats a place line under the headline, a dateline, and an event phrase further on; a
// country alone is weaker than a city.
export const EVENT_PHRASE = 30;
export const TITLE_BONUS = 5;
export const PLACE_LINE = 25;
export const DATELINE = 20;
export const LEAD_PHRASE = 15;
export const COUNTRY_ONLY = -10;
