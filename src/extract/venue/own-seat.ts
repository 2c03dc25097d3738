// "received ... at the Secretariat premises", "at the headquarters of the General Secretariat":
// a body's building named without the body, which the release names elsewhere.
import type { VFile } from "vfile";
import type { Sentence } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { lookupOrganization } from "../../normalize/organization.js";
import type { Candidate } from "./candidate.js";
import { keyAt, textOfWords, type VenueWords } from "./words.js";

/** A seat noun may stand between "General"s: "the General Secretariat", "the Secretariat General". */
const GENERAL = "general";

/**
 * The seat of the one intergovernmental body the release names, as a candidate at the first
 * "at the Secretariat" / "at the General Secretariat" / "at the headquarters" of the
 * sentences, of the strength each sentence gives. Null when no such phrase stands there, or
 * when the release names no intergovernmental body with a seat, or more than one.
 *
 * @example
 * ```ts
 * ownSeatCandidate(lead.body, [30, 15, 15], file, words); // "at the Secretariat premises" in a CICA release → Astana, KZ
 * ```
 */
export function ownSeatCandidate(sentences: readonly Sentence[], strengths: readonly number[], file: VFile, lexicon: VenueWords): Candidate | null {
  for (let index = 0; index < sentences.length; index++) {
    const words = (sentences[index] as Sentence).words;
    for (let at = 0; at < words.length - 2; at++) {
      if (keyAt(words, at) !== "at" || keyAt(words, at + 1) !== "the") continue;
      const end = bareSeatEnd(words, at + 2, lexicon);
      if (end < 0) continue;
      const seat = soleBodySeat(file);
      if (seat === null) return null;
      return {
        city: seat.city,
        country: seat.country,
        name: textOfWords(words, at + 2, end),
        strength: strengths[index] ?? 0,
        inferred: true,
        start: (words[at + 2] as Word).start,
        end: (words[end - 1] as Word).end,
      };
    }
  }
  return null;
}

/**
 * Where a bare seat phrase starting at `from` ends ("Secretariat", "General Secretariat",
 * "headquarters of the General Secretariat"), or -1 when the words there are no bare seat
 * ("the Secretariat of the OSCE" names its body; "the headquarters of the Ministry" another building).
 */
function bareSeatEnd(words: readonly Word[], from: number, lexicon: VenueWords): number {
  let at = from;
  if (keyAt(words, at) === GENERAL) at++;
  if (!lexicon.seatNouns.has(keyAt(words, at))) return -1;
  at++;
  if (keyAt(words, at) === GENERAL) at++;
  if (keyAt(words, at) === "of") {
    if (keyAt(words, at + 1) !== "the") return -1;
    return bareSeatEnd(words, at + 2, lexicon);
  }
  // "the Secretariat's", a capitalised word after it ("the Secretariat ECO"): no bare seat.
  const next = words[at];
  if (next !== undefined && next.kind === "word" && (next.capitalized || next.allCaps)) return -1;
  return at;
}

/** The seat of the only intergovernmental body the release names, with the body's short name. */
function soleBodySeat(file: VFile): { city: string; country: string; name: string } | null {
  let found: { city: string; country: string; name: string } | null = null;
  for (const org of file.data.organizations ?? []) {
    const entry = lookupOrganization(org.acronym ?? org.name)?.entry ?? lookupOrganization(org.name)?.entry;
    if (!entry || entry.country !== null || entry.seat === null) continue;
    if (found !== null && (found.city !== entry.seat.city || found.name !== entry.name)) return null;
    found = { city: entry.seat.city, country: entry.seat.country, name: entry.name };
  }
  return found;
}
