import type { VFile } from "vfile";
import type { PressRelease } from "../schema/release.js";

/**
 * Builds the release from what the plugins left in `file.data`. A concern whose plugin did
 * not run comes out empty (null or []), so a processor without some plugins still yields a
 * valid release.
 */
export function releaseFromFile(file: VFile): PressRelease {
  const data = file.data;
  const release: PressRelease = {
    title: data.title ? data.title.text : null,
    date: data.date ?? null,
    venue: data.venue ?? null,
    format: data.format ?? null,
    participants: data.participants ?? [],
    mentionedPersons: data.mentionedPersons ?? [],
    organizations: data.organizations ?? [],
    topics: (data.topics ?? []).map((topic) => topic.id),
    agreements: data.agreements ?? [],
  };
  if (data.quotes && data.quotes.length > 0) release.quotes = data.quotes;
  return release;
}

/** The release of a text nothing could be read from. */
export function emptyRelease(): PressRelease {
  return {
    title: null,
    date: null,
    venue: null,
    format: null,
    participants: [],
    mentionedPersons: [],
    organizations: [],
    topics: [],
    agreements: [],
  };
}
