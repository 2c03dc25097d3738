import type { OrganizationEntry } from "../../data/organizations.js";
import { lookupOrganization, organizationNameKey } from "../../normalize/organization.js";
import type { AcronymDefinition, AcronymUse, CleanSpan, Finding, KnownFinding, OrganFinding } from "./types.js";

/** An organisation of the release, before its spans are mapped to the original text. */
export interface ResolvedOrganization {
  readonly name: string;
  readonly acronym: string | null;
  readonly entry: OrganizationEntry | null;
  /** Every mention, cleaned-text offsets, in text order. */
  readonly spans: CleanSpan[];
}

/** A doubt or a remark for a vfile message. */
export interface ResolveNote {
  readonly ruleId: "organization:unknown-acronym" | "organization:organ-of-parent";
  readonly reason: string;
  readonly span: CleanSpan;
  readonly info: boolean;
}

interface Accumulator {
  name: string;
  acronym: string | null;
  /** The acronym the text itself gave, which wins over the gazetteer's. */
  textAcronym: string | null;
  entry: OrganizationEntry | null;
  spans: CleanSpan[];
}

/** How far (in sentences) an organ phrase looks for its organisation when no entry lists it. */
const ORGAN_CONTEXT = 3;

/**
 * Merges the findings of a whole release into organisations: each once, in order of first
 * mention, organs under their parents, acronyms the text defines linked to their names, and
 * unknown acronyms kept only when the text uses them as an organisation.
 *
 * @example
 * ```ts
 * const { organizations } = resolveOrganizations(findings, definitions, uses);
 * organizations[0]; // { name: "Collective Security Treaty Organization", acronym: "CSTO", spans: […] }
 * ```
 */
export function resolveOrganizations(
  findings: readonly Finding[],
  definitions: readonly AcronymDefinition[],
  uses: readonly AcronymUse[],
): { organizations: ResolvedOrganization[]; notes: ResolveNote[] } {
  const accumulators = new Map<string, Accumulator>();
  const notes: ResolveNote[] = [];
  const keyOfFinding = new Map<Finding, string>();
  const known = findings.filter((finding): finding is KnownFinding => finding.type === "known");

  for (const finding of findings) {
    const key = finding.type === "organ" ? organParentKey(finding, known, accumulators) : addFinding(finding, accumulators);
    if (key === null) continue;
    keyOfFinding.set(finding, key);
    if (finding.type === "organ") (accumulators.get(key) as Accumulator).spans.push(span(finding));
    if (finding.type === "organ" || finding.organ) {
      const parent = accumulators.get(key) as Accumulator;
      notes.push({ ruleId: "organization:organ-of-parent", reason: `Counted as its parent organisation, ${parent.name}`, span: span(finding), info: true });
    }
  }

  const defined = new Map<string, string>();
  for (const definition of definitions) {
    const key = keyOfFinding.get(definition.target);
    if (key === undefined) continue;
    defined.set(definition.acronym, key);
    const target = accumulators.get(key) as Accumulator;
    target.spans.push(span(definition));
    const organ = definition.target.type === "organ" || definition.target.organ;
    if (!organ && (target.entry === null || [target.entry.acronym, ...target.entry.acronyms].includes(definition.acronym))) {
      target.textAcronym ??= definition.acronym;
    }
  }
  for (const use of uses) {
    const key = defined.get(use.acronym);
    if (key !== undefined) {
      (accumulators.get(key) as Accumulator).spans.push(span(use));
      continue;
    }
    if (!use.organizationContext) continue;
    const own = `acronym:${use.acronym}`;
    if (!accumulators.has(own)) {
      notes.push({
        ruleId: "organization:unknown-acronym",
        reason: `Unknown acronym \`${use.acronym}\` used as an organisation; its full name is not in the text or the gazetteer`,
        span: span(use),
        info: false,
      });
      accumulators.set(own, { name: use.acronym, acronym: use.acronym, textAcronym: null, entry: null, spans: [] });
    }
    (accumulators.get(own) as Accumulator).spans.push(span(use));
  }

  mergeUnqualified(accumulators);
  const organizations = [...accumulators.values()]
    .filter((organization) => organization.spans.length > 0)
    .map((organization) => ({
      name: organization.name,
      acronym: organization.textAcronym ?? organization.acronym,
      entry: organization.entry,
      spans: [...organization.spans].sort((a, b) => a.start - b.start),
    }))
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  return { organizations, notes };
}

function span(value: CleanSpan): CleanSpan {
  return { start: value.start, end: value.end };
}

function addFinding(finding: Exclude<Finding, OrganFinding>, accumulators: Map<string, Accumulator>): string {
  let entry = finding.type === "known" ? finding.entry : null;
  if (finding.type === "named") {
    const found = lookupOrganization(finding.name);
    if (found && !found.organ) entry = found.entry;
  }
  const key = entry ? `id:${entry.id}` : `name:${mergeKey(finding.type === "named" ? finding.name : "")}`;
  let accumulator = accumulators.get(key);
  if (!accumulator) {
    accumulator = entry
      ? { name: entry.name, acronym: entry.acronym, textAcronym: null, entry, spans: [] }
      : { name: (finding as { name: string }).name, acronym: null, textAcronym: null, entry: null, spans: [] };
    accumulators.set(key, accumulator);
  } else if (!entry && finding.type === "named" && finding.name.length > accumulator.name.length) {
    accumulator.name = finding.name;
  }
  accumulator.spans.push(span(finding));
  return key;
}

/** Names compare without "the", "of" and "Republic": "Ministry of X of the Republic of Y" = "… of Y". */
function mergeKey(name: string): string {
  return organizationNameKey(name)
    .split(" ")
    .filter((word) => word !== "republic")
    .join(" ");
}

/**
 * The organisation an organ phrase without its name belongs to: the nearest one whose
 * gazetteer entry lists the organ, else the nearest intergovernmental body a few sentences
 * around; null when there is none.
 */
function organParentKey(organ: OrganFinding, known: readonly KnownFinding[], accumulators: Map<string, Accumulator>): string | null {
  let best: KnownFinding | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const listed = candidate.entry.organs.some((phrase) => organizationNameKey(phrase) === organ.key);
    const distance = Math.abs(candidate.sentence - organ.sentence);
    if (!listed && (distance > ORGAN_CONTEXT || candidate.entry.kind !== "intergovernmental")) continue;
    const cost = (listed ? 0 : 1000) + distance * 2 + (candidate.start > organ.start ? 1 : 0);
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  if (!best) return null;
  const key = `id:${best.entry.id}`;
  if (!accumulators.has(key)) {
    accumulators.set(key, { name: best.entry.name, acronym: best.entry.acronym, textAcronym: null, entry: best.entry, spans: [] });
  }
  return key;
}

/**
 * "Ministry of Foreign Affairs" without a country is the one with a country elsewhere in
 * the release, when exactly one such matches.
 */
function mergeUnqualified(accumulators: Map<string, Accumulator>): void {
  const named = [...accumulators.entries()].filter(([key]) => key.startsWith("name:"));
  for (const [key, organization] of named) {
    const longer = named.filter(([other]) => other !== key && other.startsWith(`${key} `));
    if (longer.length !== 1) continue;
    const [, target] = longer[0] as [string, Accumulator];
    target.spans.push(...organization.spans);
    organization.spans = [];
  }
}
