import type { Agreement, Quote } from "../schema/agreement.js";
import type { EventDate } from "../schema/date.js";
import type { MentionedPerson, Participant } from "../schema/person.js";
import "../core/data.js";
import type { DateMention } from "../extract/dates/types.js";

/** A topic found by the topics plugin, with the spans (original offsets) that support it. */
export interface TopicFinding {
  readonly id: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

// Each stage of the pipeline hands its result on in `file.data`; offsets there are into the
// original text unless a field says otherwise.
declare module "vfile" {
  interface DataMap {
    /** Every date expression found, in text order (dates plugin). */
    dateMentions: DateMention[];
    /** Date of the main event (dates plugin). */
    date: EventDate | null;
    /** People taking part (people plugin). */
    participants: Participant[];
    /** People mentioned only (people plugin). */
    mentionedPersons: MentionedPerson[];
    /** Topics with their evidence (topics plugin). */
    topics: TopicFinding[];
    /** Outcomes of the main event (agreements plugin). */
    agreements: Agreement[];
    /** Direct speech (quotes plugin). */
    quotes: Quote[];
  }
}
