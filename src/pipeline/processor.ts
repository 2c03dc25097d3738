import type { Root } from "nlcst";
import { unified, type Processor } from "unified";
import { VFile } from "vfile";
import type { PressRelease } from "../schema/release.js";
import { extractDates } from "../extract/dates/index.js";
import { extractFormat } from "../extract/format.js";
import { extractPeople } from "../extract/people/index.js";
import { extractOrganizations } from "../extract/organizations/index.js";
import { extractTitle } from "../extract/title.js";
import { extractVenue } from "../extract/venue.js";
import { extractAgreements } from "../extract/agreements/index.js";
import { extractQuotes } from "../extract/quotes/index.js";
import { extractTopics } from "../extract/topics/index.js";
import { emptyRelease, releaseFromFile } from "./assemble.js";
import { normalizeLanguage, normalizeReferenceDate, type ParseOptions } from "./options.js";
import { releaseParser } from "./parser.js";
import { report } from "../core/report.js";

/**
 * Creates the unified processor `parseRelease` runs: the release parser (cleaning and
 * retext-english tokenizing), then one plugin per concern. The order matters where a plugin
 * reads another's result: the venue reads the format's remote-meeting words and the title.
 *
 * @example
 * ```ts
 * import { createProcessor } from "communique";
 * import { VFile } from "vfile";
 *
 * const processor = createProcessor();
 * const file = new VFile("The sides met in Minsk on 5 March 2024.");
 * processor.runSync(processor.parse(file), file);
 * console.log(file.data.venue); // { city: "Minsk", country: "BY", ... }
 * ```
 *
 * @group Parsing
 */
export function createProcessor(): Processor<Root, Root, Root> {
  return unified()
    .use(releaseParser)
    .use(CONCERNS.map(([concern, plugin]) => isolated(concern, plugin))) as unknown as Processor<Root, Root, Root>;
}

type Transformer = (tree: Root, file: VFile) => undefined;

/**
 * Runs a concern so that a failure inside it costs only its own field: the error becomes a
 * `<concern>:internal-error` message and the plugins after it still run.
 */
function isolated(concern: string, plugin: () => Transformer): () => Transformer {
  return function (this: unknown) {
    const transformer = plugin.call(this);
    return (tree: Root, file: VFile): undefined => {
      try {
        transformer(tree, file);
      } catch (error) {
        report(file, `The ${concern} step failed: ${error instanceof Error ? error.message : String(error)}`, {
          ruleId: `${concern}:internal-error`,
        });
      }
      return undefined;
    };
  };
}

/**
 * The concern plugins in the order they run. A plugin may read what an earlier one left in
 * `file.data`: dates and venue read the title's span, the format reads the venue, people read
 * organisations, topics skip words inside organisation names, quotes resolve to people.
 */
const CONCERNS: readonly (readonly [string, () => Transformer])[] = [
  ["title", extractTitle],
  ["date", extractDates as () => Transformer],
  ["organization", extractOrganizations as () => Transformer],
  ["venue", extractVenue],
  ["format", extractFormat],
  ["person", extractPeople],
  ["topic", extractTopics as () => Transformer],
  ["agreement", extractAgreements as () => Transformer],
  ["quote", extractQuotes as () => Transformer],
];

let shared: Processor<Root, Root, Root> | undefined;

/**
 * Parses a release and returns the VFile with everything the plugins found in `file.data`
 * and their doubts in `file.messages` (each with a stable `ruleId`). Never throws on any
 * string; an internal failure becomes a fatal-free message with ruleId `parse:internal-error`.
 *
 * @example
 * ```ts
 * import { analyzeRelease } from "communique";
 *
 * const file = analyzeRelease("On 5 March the ministers met in Minsk.", { referenceDate: "2024-03-06" });
 * for (const message of file.messages) console.log(message.ruleId, message.reason);
 * ```
 *
 * @group Parsing
 */
export function analyzeRelease(text: string, options: ParseOptions = {}): VFile {
  const referenceDate = normalizeReferenceDate(options.referenceDate);
  const language = normalizeLanguage(options.language);
  const value = typeof text === "string" ? text : String(text ?? "");
  const file = new VFile({ value });
  file.data.referenceDate = referenceDate;
  if (language !== null) file.data.language = language;
  try {
    shared ??= createProcessor().freeze() as Processor<Root, Root, Root>;
    const tree = shared.parse(file);
    shared.runSync(tree, file);
  } catch (error) {
    report(file, `Could not parse the release: ${error instanceof Error ? error.message : String(error)}`, {
      ruleId: "parse:internal-error",
    });
  }
  return file;
}

/**
 * Turns the raw text of a press release into a {@link PressRelease}. Synchronous, never
 * throws on any string, linear in the length of the text.
 *
 * @param text - The release as published or scraped, page noise and all.
 * @param options - `referenceDate`: the publication day, for implicit years and relative days.
 * @returns The release; fields the text does not give are null or empty.
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 *
 * const release = parseRelease(
 *   "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev\n\n" +
 *     "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.",
 *   { referenceDate: "2022-01-08" },
 * );
 * release.format; // "phone"
 * ```
 *
 * @group Parsing
 */
export function parseRelease(text: string, options: ParseOptions = {}): PressRelease {
  return releaseOf(analyzeRelease(text, options));
}

/**
 * The {@link PressRelease} of a file from {@link analyzeRelease}, or from your own processor
 * built with {@link createProcessor}: what {@link parseRelease} returns, without parsing the
 * text a second time when you also want the file's messages and spans. Concerns whose plugin
 * did not run come out empty. Never throws.
 *
 * @example
 * ```ts
 * import { analyzeRelease, releaseOf } from "communique";
 *
 * const file = analyzeRelease("On 5 March the ministers met in Minsk.", { referenceDate: "2024-03-06" });
 * const release = releaseOf(file);
 * release.venue?.city; // "Minsk"
 * file.messages.length; // the doubts behind it, each with a ruleId
 * ```
 *
 * @group Parsing
 */
export function releaseOf(file: VFile): PressRelease {
  try {
    return releaseFromFile(file);
  } catch {
    return emptyRelease();
  }
}
