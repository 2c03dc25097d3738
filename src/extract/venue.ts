import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { Venue } from "../schema/venue.js";
import { documentOf, type ReleaseDocument, type Sentence } from "../core/document.js";
import { report } from "../core/report.js";
import { lexiconFor } from "../lexicon/index.js";
import { cityNameOn } from "../normalize/city.js";
import { countryCapital, countryInName } from "../normalize/country.js";
import type { Organization } from "../schema/organization.js";
import { remoteFormatOf } from "./format.js";
import { leadOfDocument, type ReleaseLead } from "./lead.js";
import { issuerCountryOf } from "./organizations/issuer.js";
import { EVENT_PHRASE, LEAD_PHRASE, type Candidate } from "./venue/candidate.js";
import { phraseContextOf } from "./venue/context.js";
import { collectPhrases } from "./venue/event-phrases.js";
import { collectHeadLines } from "./venue/head-lines.js";
import { headlinePlaces } from "./venue/headline.js";
import { ownSeatCandidate } from "./venue/own-seat.js";
import { russianCandidates } from "./venue/ru/index.js";
import { venueWords, type VenueWords } from "./venue/words.js";

declare module "vfile" {
  interface DataMap {
    /** Venue of the main event (venue plugin). */
    venue: Venue | null;
  }
}

/** How many body sentences after the lead are read when the lead names no place (its sentences were page chrome). */
const AFTER_LEAD_SENTENCES = 3;
/** Fewest words a body sentence after the lead needs to be read. */
const AFTER_LEAD_MIN_WORDS = 6;

/**
 * unified plugin: finds where the main event took place: an event phrase in the headline or
 * the lead ("held in Astana", "met in Bratislava", "visited the CSTO Secretariat", "on the
 * margins of the UN General Assembly", "at the Ministry of Foreign Affairs of Mongolia"), a
 * place at the end of the headline ("..., 12 January 2024, Ankara"), a place line under the
 * headline ("The Kremlin, Moscow"), or a dateline ("MINSK, 5 March –"). A named building or
 * institution gives its city and country; a ministry sits in its country's capital. Calls have
 * no venue, even under a dateline; a videoconference has one only when the text names the city
 * it was chaired from. Writes `file.data.venue`.
 *
 * Messages: `venue:none` when no place was found; `venue:inferred` when the city or
 * country comes from a building's or an institution's seat.
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 * parseRelease("The ministers met in Astana on 5 March 2024.").venue;
 * // { city: "Astana", country: "KZ", name: null }
 * ```
 *
 * @group Parsing
 */
export function extractVenue() {
  return (tree: Root, file: VFile): undefined => {
    file.data.venue = null;
    if (!file.data.clean) return undefined;
    const remote = remoteFormatOf(tree, file);
    if (remote === "phone") return undefined;
    const document = documentOf(tree, file);
    const lexicon = lexiconFor(document.language);
    const words = venueWords(lexicon);
    const lead = leadOfDocument(document, file);
    // Russian places decline and read in another order: the Russian rules read them (./venue/ru/).
    const candidates = document.language === "ru" ? russianCandidates(document, lead, lexicon) : englishCandidates(document, file, lead, words);
    // A videoconference's place is the city it was chaired from, if the text names one.
    const usable = remote === "video" ? candidates.filter((candidate) => candidate.remoteHost === true) : candidates;
    const best = bestCandidate(usable);
    if (!best) {
      // A videoconference without a host city has no place, and that is no doubt.
      if (remote === null) report(file, "No place found for the main event", { ruleId: "venue:none" });
      return undefined;
    }
    const venue: Venue = { city: best.city, country: best.country, name: best.name };
    // A name with no city or country borrows them from a weaker candidate that agrees ("Novo-Ogaryovo" + "visit to Russia").
    for (const other of usable) {
      if (venue.country === null && other.country !== null && (venue.city === null || other.city === venue.city)) venue.country = other.country;
      // "a visit to Kyrgyzstan" under a "BISHKEK, 18 May" dateline: the city of that country.
      if (venue.city === null && other.city !== null && other.country === venue.country) venue.city = other.city;
      if (venue.name === null && other.name !== null && other.city === venue.city && other.country === venue.country) venue.name = other.name;
    }
    // "at the Ministry of Foreign Affairs" with no country named anywhere: the issuer's own.
    if (best.capitalOfCountry === true && venue.country === null) venue.country = issuerCountryOf(document, file) ?? countryOfBodyNamed(best.name, file.data.organizations ?? []);
    // "at the Ministry of Foreign Affairs" of the country visited, "an official visit to Romania": its capital.
    if ((best.capitalOfCountry === true || best.officialVisit === true) && venue.city === null && venue.country !== null) venue.city = countryCapital(venue.country);
    if (venue.city !== null && venue.country !== null) venue.city = cityNameOn(venue.city, venue.country, file.data.date?.start ?? null);
    if (best.inferred) {
      venue.inferred = true;
      report(file, `Venue worked out from ${best.name ?? "an institution"}'s seat`, { ruleId: "venue:inferred" });
    }
    venue.span = document.spanToOriginal(best.start, best.end);
    file.data.venue = venue;
    return undefined;
  };
}

/** The candidates of an English release: event phrases in the headline and the lead, place lines and datelines. */
function englishCandidates(document: ReleaseDocument, file: VFile, lead: ReleaseLead, words: VenueWords): Candidate[] {
  const lexicon = lexiconFor(document.language);
  const context = phraseContextOf(document, file);
  const candidates: Candidate[] = [...headlinePlaces(lead, lexicon, context)];
  lead.body.forEach((sentence, index) => collectPhrases(sentence.words, index === 0 ? EVENT_PHRASE : LEAD_PHRASE, words, candidates, context));
  collectHeadLines(document, file, words, candidates);
  // "at the Secretariat premises": the seat of the one body the release names.
  if (!candidates.some((candidate) => candidate.city !== null)) {
    const seat = ownSeatCandidate(lead.body, lead.body.map((_, index) => (index === 0 ? EVENT_PHRASE : LEAD_PHRASE)), file, words);
    if (seat) candidates.push(seat);
  }
  // A lead of page chrome ("You are subscribed to ...") reports no event: the body after it may.
  if (candidates.length === 0 && !reportsEvent(lead, words)) for (const sentence of afterLead(document, lead)) collectPhrases(sentence.words, LEAD_PHRASE, words, candidates, context);
  return candidates;
}

/** The strongest candidate; the first of equals. */
function bestCandidate(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (best === null || candidate.strength > best.strength) best = candidate;
  return best;
}

/** A body sentence of the lead has an event word ("met", "talks", "visit"). */
function reportsEvent(lead: ReleaseLead, words: VenueWords): boolean {
  return lead.body.some((sentence) => sentence.words.some((word) => words.eventWords.has(word.key)));
}

/** The body sentences after the lead that are read when the lead names no place. */
function afterLead(document: ReleaseDocument, lead: ReleaseLead): Sentence[] {
  const sentences: Sentence[] = [];
  for (let index = lead.end; index < document.sentences.length && sentences.length < AFTER_LEAD_SENTENCES; index++) {
    const sentence = document.sentences[index] as Sentence;
    if (sentence.wordCount >= AFTER_LEAD_MIN_WORDS) sentences.push(sentence);
  }
  return sentences;
}

/**
 * "at the Ministry of Defence" on a page whose header names the "Ministry of Defence of the
 * Republic of Belarus": the country of the one organisation the release names as that body
 * "of" a country, or null when none or several do.
 */
function countryOfBodyNamed(name: string | null, organizations: readonly Organization[]): string | null {
  if (name === null) return null;
  const prefix = `${name} of `;
  let found: string | null = null;
  for (const organization of organizations) {
    const code = organization.name.startsWith(prefix) ? countryInName(organization.name) : null;
    if (code === null) continue;
    if (found !== null && found !== code) return null;
    found = code;
  }
  return found;
}
