import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { analyzeRelease, extractDates, parseRelease, releaseOf, releaseParser, validateRelease } from "../../src/index.js";

const TEXT =
  "Talks of the foreign ministers\n\n" +
  "On 5 March the Minister of Foreign Affairs of Norway Anna Berg met the Minister of Foreign Affairs " +
  "of Chile Tomas Rivera in Minsk. The ministers discussed trade and signed a memorandum on education.";

describe("releaseOf", () => {
  it("gives what parseRelease gives, from the analysed file", () => {
    const options = { referenceDate: "2024-03-06" };
    const file = analyzeRelease(TEXT, options);
    expect(releaseOf(file)).toEqual(parseRelease(TEXT, options));
  });

  it("leaves concerns whose plugin did not run empty, and the release still validates", () => {
    const processor = unified().use(releaseParser).use(extractDates);
    const file = new VFile({ value: TEXT });
    file.data.referenceDate = "2024-03-06";
    processor.runSync(processor.parse(file), file);
    const release = releaseOf(file);
    expect(release.date).toMatchObject({ start: "2024-03-05" });
    expect(release.participants).toEqual([]);
    expect(release.venue).toBeNull();
    expect(validateRelease(release).valid).toBe(true);
  });

  it("returns an empty release for a file no parser has read", () => {
    const release = releaseOf(new VFile({ value: "anything" }));
    expect(release.participants).toEqual([]);
    expect(release.date).toBeNull();
  });
});
