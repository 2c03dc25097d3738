/**
 * Cities whose official name changed and changed back, so that the name in use depends on
 * the date: the venue of an event is named as the city was called on that day. Each entry:
 * the city in the gazetteer's spelling, its country, and the periods (ISO dates, end
 * exclusive) when it bore another name. Source: the countries' official acts (public record).
 *
 * - Astana was named Nur-Sultan by the decree of 23 March 2019 and named Astana again by the
 *   constitutional amendment of 17 September 2022.
 */
export interface CityNamePeriod {
  /** The name in use during the period. */
  readonly name: string;
  /** First day of the period (ISO date). */
  readonly from: string;
  /** First day after the period (ISO date). */
  readonly until: string;
}

/** Periods of other names, by "COUNTRY:City" in the gazetteer's spelling. */
export const CITY_NAME_PERIODS: Readonly<Record<string, readonly CityNamePeriod[]>> = {
  "KZ:Astana": [{ name: "Nur-Sultan", from: "2019-03-23", until: "2022-09-17" }],
};
