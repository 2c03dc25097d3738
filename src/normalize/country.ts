import { COUNTRY_NAMES } from "../data/countries.js";

const NAME_BY_CODE: ReadonlyMap<string, string> = new Map(COUNTRY_NAMES);

/**
 * Whether `code` is an ISO 3166-1 alpha-2 code assigned to a country or territory, in
 * capitals. `XK` (Kosovo, a user-assigned code used by the EU, the OSCE and the World Bank)
 * is accepted; lower-case codes are not.
 *
 * @example
 * ```ts
 * isCountryCode("KZ"); // true
 * isCountryCode("XK"); // true
 * isCountryCode("kz"); // false
 * isCountryCode("ZZ"); // false
 * ```
 */
export function isCountryCode(code: string): boolean {
  return NAME_BY_CODE.has(code);
}

/**
 * The common English name of the country with this alpha-2 code, or null when the code is
 * not assigned. Case-insensitive.
 *
 * @example
 * ```ts
 * countryName("RU"); // "Russia"
 * countryName("kg"); // "Kyrgyzstan"
 * countryName("ZZ"); // null
 * ```
 */
export function countryName(code: string): string | null {
  return NAME_BY_CODE.get(code.toUpperCase()) ?? null;
}
