import type { Organization } from "../schema/organization.js";
import type { MeetingFormat, Venue } from "../schema/venue.js";
import "../core/data.js";

/** The headline found by the title plugin; offsets into the original text. */
export interface TitleFinding {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Each stage of the pipeline hands its result on in `file.data`; offsets there are into the
// original text unless a field says otherwise.
declare module "vfile" {
  interface DataMap {
    /** Headline (title plugin). */
    title: TitleFinding | null;
    /** Meeting format (format plugin). */
    format: MeetingFormat | null;
    /** Venue of the main event (venue plugin). */
    venue: Venue | null;
    /** Organisations named (organisations plugin). */
    organizations: Organization[];
  }
}
