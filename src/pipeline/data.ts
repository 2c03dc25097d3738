import type { MentionedPerson, Participant } from "../schema/person.js";
import "../core/data.js";

// Each stage of the pipeline hands its result on in `file.data`; offsets there are into the
// original text unless a field says otherwise.
declare module "vfile" {
  interface DataMap {
    /** People taking part (people plugin). */
    participants: Participant[];
    /** People mentioned only (people plugin). */
    mentionedPersons: MentionedPerson[];
  }
}
