import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { Venue } from "../schema/venue.js";
import { documentOf } from "../core/document.js";
import { report } from "../core/report.js";
import { lexiconFor } from "../lexicon/index.js";
import { remoteFormatOf } from "./format.js";
import { leadOfDocument } from "./lead.js";
import { EVENT_PHRASE, LEAD_PHRASE, TITLE_BONUS, type Candidate } from "./venue/candidate.js";
import { collectPhrases } from "./venue/event-phrases.js";
import { collectHeadLines } from "./venue/head-lines.js";
import { venueWords } from "./venue/words.js";

declare module "vfile" {
  interface DataMap {
    /** Venue of the main event (venue plugin). */
    venue: Venue | null;
  }
}

/**
 * unified plugin: finds where the main event took place: an event phrase in the headline or
 * the lead ("held in Astana", "met in Bratislava", "visited the CSTO Secretariat", "on the
 * margins of the UN General Assembly"), a place line under the headline ("The Kremlin,
 * Moscow"), or a dateline ("MINSK, 5 March –"). A named building or institution gives its
 * city and country. Calls and videoconferences have no venue. Writes `file.data.venue`.
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
    if (remoteFormatOf(tree, file) !== null) return undefined;
    const document = documentOf(tree, file);
    const words = venueWords(lexiconFor(document.language));
    const candidates: Candidate[] = [];
    const lead = leadOfDocument(document, file);
    for (const sentence of lead.title) collectPhrases(sentence.words, EVENT_PHRASE + TITLE_BONUS, words, candidates);
    lead.body.forEach((sentence, index) => collectPhrases(sentence.words, index === 0 ? EVENT_PHRASE : LEAD_PHRASE, words, candidates));
    collectHeadLines(document, file, candidates);
    const best = bestCandidate(candidates);
    if (!best) {
      report(file, "No place found for the main event", { ruleId: "venue:none" });
      return undefined;
    }
    const venue: Venue = { city: best.city, country: best.country, name: best.name };
    // A name with no city or country borrows them from a weaker candidate that agrees ("Novo-Ogaryovo" + "visit to Russia").
    for (const other of candidates) {
      if (venue.country === null && other.country !== null && (venue.city === null || other.city === venue.city)) venue.country = other.country;
      // "a visit to Kyrgyzstan" under a "BISHKEK, 18 May" dateline: the city of that country.
      if (venue.city === null && other.city !== null && other.country === venue.country) venue.city = other.city;
      if (venue.name === null && other.name !== null && other.city === venue.city && other.country === venue.country) venue.name = other.name;
    }
    if (best.inferred) {
      venue.inferred = true;
      report(file, `Venue worked out from ${best.name ?? "an institution"}'s seat`, { ruleId: "venue:inferred" });
    }
    venue.span = document.spanToOriginal(best.start, best.end);
    file.data.venue = venue;
    return undefined;
  };
}

/** The strongest candidate; the first of equals. */
function bestCandidate(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (best === null || candidate.strength > best.strength) best = candidate;
  return best;
}
