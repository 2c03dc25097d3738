import { unified } from "unified";
import { VFile } from "vfile";
import { extractOrganizations } from "../../../src/extract/organizations/index.js";
import { releaseParser } from "../../../src/pipeline/parser.js";

const processor = unified().use(releaseParser).use(extractOrganizations);

/** Runs the release parser and the organisations plugin alone on a text. */
export function analyze(text: string): VFile {
  const file = new VFile({ value: text });
  processor.runSync(processor.parse(file), file);
  return file;
}

/** The organisations of a text as `name | acronym` strings, in order. */
export function organizationsOf(text: string): string[] {
  return (analyze(text).data.organizations ?? []).map((organization) => `${organization.name} | ${organization.acronym ?? "-"}`);
}

/** The text of every mention span of the organisation at `index`. */
export function mentionsOf(text: string, index = 0): string[] {
  const organization = analyze(text).data.organizations?.[index];
  return (organization?.spans ?? []).map((span) => text.slice(span.start, span.end));
}
