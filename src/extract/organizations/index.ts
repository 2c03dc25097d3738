import { withStateArticles } from "../../normalize/organization.js";
import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { Organization } from "../../schema/organization.js";
import { documentOf, type ReleaseDocument } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";
import { report } from "../../core/report.js";
import { lexiconFor } from "../../lexicon/index.js";
import { findVenue } from "../../normalize/venue.js";
import { unknownAcronyms } from "./acronyms.js";
import { findCandidates } from "./candidates.js";
import { issuerOf } from "./issuer.js";
import { portfolioStates } from "./ministry-state.js";
import { resolveOrganizations, type MinistryStates } from "./resolve.js";
import { russianOrganizations } from "./ru/index.js";
import type { AcronymDefinition, AcronymUse, CleanSpan, Finding } from "./types.js";
import { nameLexiconOf } from "./spelling.js";
import { mayHoldOrganization, nameWordsOf } from "./words.js";

declare module "vfile" {
  interface DataMap {
    /** Organisations named (organisations plugin). */
    organizations: Organization[];
    /**
     * Mentions of organisations that count as another one in `organizations` ("UNAMA" counts as
     * the UN), with their own name and acronym, for the people plugin (organisations plugin; internal).
     */
    organizationOrgans?: OrganizationMention[];
  }
}

/**
 * unified plugin: finds every organisation the release names (intergovernmental bodies,
 * ministries, agencies, parliaments, companies; never countries or governments as a whole)
 * and writes `file.data.organizations`: each once, in order of first mention, with its full
 * name, its acronym (from the text or the gazetteer, else null) and the span of every
 * mention in the original text, organs ("the CSTO Permanent Council") included under their
 * parent.
 *
 * Messages: `organization:organ-of-parent` (info) where an organ is counted as its parent;
 * `organization:unknown-acronym` where an acronym the gazetteer does not know is used as an
 * organisation and the text never spells it out.
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 * parseRelease("The OSCE Secretary General visited the CSTO Secretariat.").organizations;
 * // [{ name: "Organization for Security and Co-operation in Europe", acronym: "OSCE", spans: [...] },
 * //  { name: "Collective Security Treaty Organization", acronym: "CSTO", spans: [...] }]
 * ```
 *
 * @group Parsing
 */
export function extractOrganizations() {
  return (tree: Root, file: VFile): undefined => {
    try {
      file.data.organizations = organizationsOf(tree, file);
    } catch (error) {
      file.data.organizations = [];
      report(file, `Could not read organisations: ${error instanceof Error ? error.message : String(error)}`, {
        ruleId: "organization:internal-error",
      });
    }
    return undefined;
  };
}

/**
 * The issuer's country as the page names it, as it follows "Ministry of Foreign Affairs of":
 * a state's long form takes the article ("the Republic of Serbia", "the Kyrgyz Republic").
 */
function issuerCountryName(form: string, stateWords: ReadonlySet<string>): string {
  const long = form.split(" ").some((word) => stateWords.has(word.toLowerCase()));
  return long && !form.toLowerCase().startsWith("the ") ? `the ${form}` : form;
}

function organizationsOf(tree: Root, file: VFile): Organization[] {
  const document = documentOf(tree, file);
  // Russian names decline and read in another order: the Russian rules read them (./ru/).
  if (document.language === "ru") return russianOrganizationsOf(document);
  const lexicon = nameLexiconOf(lexiconFor(document.language));
  const findings: Finding[] = [];
  const definitions: AcronymDefinition[] = [];
  const uses: AcronymUse[] = [];
  for (const sentence of document.sentences) {
    // Most sentences name no organisation: their tokens tell, and no view of them is made.
    if (!mayHoldOrganization(sentence, lexicon)) continue;
    const view = nameWordsOf(sentence, lexicon);
    if (view.words.length === 0) continue;
    // A sentence let through that holds nothing after all yields nothing below: findCandidates
    // needs a gazetteer start or a head noun, unknownAcronyms an all-capital word.
    const shouted = view.shouted;
    const found = findCandidates(view, sentence.index, shouted);
    findings.push(...found.findings);
    definitions.push(...found.definitions);
    // An acronym inside a name already found ("PA" in "OSCE PA") is that name's, not another.
    if (!shouted) uses.push(...unknownAcronyms(view, sentence.index, [...found.definitionSpans, ...found.findings]));
  }
  shoutedWordsOut(uses, document);
  const issuer = issuerOf(document, file, { headerFirst: true });
  const issuerName = issuer?.form ? issuerCountryName(issuer.form, lexicon.stateWords) : null;
  // A building of the venues gazetteer ("Vienna International Centre") is a place, not a body.
  const shortNames = lexiconFor(document.language).organizations.ministryShortNames ?? [];
  const bodies = findings
    .filter((finding) => finding.type !== "named" || findVenue(finding.name)?.kind !== "venue")
    .map((finding) => (finding.type === "named" && finding.kind === "ministry" ? { ...finding, name: fullMinistryName(finding.name, shortNames) } : finding));
  const titleEnd = file.data.title?.end ?? -1;
  const ministryStates: MinistryStates = {
    statesOf: (ministry) => portfolioStates(document, ministry),
    inHeader: (span) => document.toOriginal(span.start) < titleEnd,
    textOf: (span) => document.text.slice(span.start, span.end),
  };
  const { organizations, notes, children } = resolveOrganizations(
    bodies, definitions, uses, file.data.date?.start ?? null, issuer?.code ?? null, lexicon.genericMinistries, lexicon.shortReferenceOrgans, issuerName, ministryStates,
  );
  const toOriginal = originalSpans(document);
  file.data.organizationOrgans = children.map((child) => {
    const span = toOriginal(child);
    return { start: span.start, end: span.end, organization: { name: child.entry.name, acronym: child.entry.acronym } };
  });
  for (const note of notes) {
    report(file, note.reason, { ruleId: note.ruleId, span: toOriginal(note.span) });
    if (note.info) {
      const message = file.messages[file.messages.length - 1];
      if (message) message.fatal = undefined;
    }
  }
  return organizations.map((organization) => ({
    name: withStateArticles(organization.name),
    acronym: organization.acronym,
    spans: dedupe(organization.spans.map(toOriginal)),
  }));
}

/**
 * "VISEGRAD" of a header "VISEGRAD GROUP" on a page that writes "Visegrad" elsewhere: a word of
 * a name in capitals, not an acronym. Taken out of `uses` (in place): an acronym before a word
 * in capitals that the text also writes as an ordinary capitalised word.
 */
function shoutedWordsOut(uses: AcronymUse[], document: ReleaseDocument): void {
  // Most releases have no such use: the text is read only when one is there.
  const doubtful = new Set<string>();
  for (const use of uses) if (use.beforeCapitals === true) doubtful.add(use.acronym.toLowerCase());
  if (doubtful.size === 0) return;
  const written = new Set<string>();
  for (const sentence of document.sentences) {
    for (const word of sentence.words) if (word.kind === "word" && word.capitalized && !word.allCaps && doubtful.has(word.lower)) written.add(word.lower);
  }
  if (written.size === 0) return;
  let kept = 0;
  for (const use of uses) if (use.beforeCapitals !== true || !written.has(use.acronym.toLowerCase())) uses[kept++] = use;
  uses.length = kept;
}

/**
 * "Foreign Ministry of Latvia" → "Ministry of Foreign Affairs of Latvia": a ministry named by
 * its short name and its country after "of", named by its full one, so that the two merge
 * into one body. A name of another shape ("the Russian Foreign Ministry") is left as written.
 */
function fullMinistryName(name: string, shortNames: readonly (readonly [string, string])[]): string {
  for (const [short, full] of shortNames) {
    if (name.startsWith(`${short} of `)) return `${full}${name.slice(short.length)}`;
  }
  return name;
}

function russianOrganizationsOf(document: ReleaseDocument): Organization[] {
  const toOriginal = originalSpans(document);
  return russianOrganizations(document).map((organization) => ({ ...organization, spans: dedupe(organization.spans.map(toOriginal)) }));
}

function originalSpans(document: ReleaseDocument): (span: CleanSpan) => CleanSpan {
  return (span) => document.spanToOriginal(span.start, span.end);
}

function dedupe(spans: readonly CleanSpan[]): CleanSpan[] {
  const result: CleanSpan[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    if (previous && previous.start === span.start && previous.end === span.end) continue;
    result.push(span);
  }
  return result;
}

/** A mention of an organisation: its span in the original text and the organisation. */
export interface OrganizationMention {
  readonly start: number;
  readonly end: number;
  readonly organization: Organization;
}

/**
 * Every organisation mention of a file the plugin has run on, sorted by start offset
 * (original text). Internal helper for the people plugin; not part of the public API.
 *
 * @example
 * ```ts
 * for (const mention of organizationMentions(file)) console.log(mention.start, mention.organization.acronym);
 * ```
 */
export function organizationMentions(file: VFile): readonly OrganizationMention[] {
  return mentionsOf(file.data.organizations ?? []);
}

const mentionsOf = memoizeOn((organizations: readonly Organization[]): readonly OrganizationMention[] => {
  const mentions: OrganizationMention[] = [];
  for (const organization of organizations) {
    for (const span of organization.spans ?? []) mentions.push({ start: span.start, end: span.end, organization });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return mentions;
});

/**
 * The organisation mentioned at an offset of the original text (inside one of its mention
 * spans, end exclusive), or null. With nested mentions the innermost wins. The people plugin
 * uses it to attach "CSTO Secretary General" to the CSTO. Internal; not exported from the
 * package.
 *
 * @param file - A file the organisations plugin has run on.
 * @param originalOffset - UTF-16 offset into the original release text.
 *
 * @example
 * ```ts
 * // text: "CSTO Secretary General Stanislav Zas"
 * organizationAt(file, 0)?.acronym; // "CSTO"
 * organizationAt(file, 10); // null
 * ```
 */
export function organizationAt(file: VFile, originalOffset: number): Organization | null {
  // "Head of the UNRCCA": the organisation named there, though the list counts it as the UN.
  for (const organ of file.data.organizationOrgans ?? []) if (organ.start <= originalOffset && originalOffset < organ.end) return organ.organization;
  const mentions = organizationMentions(file);
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as OrganizationMention).start <= originalOffset) low = middle + 1;
    else high = middle;
  }
  let found: OrganizationMention | null = null;
  for (let index = low - 1; index >= 0; index--) {
    const mention = mentions[index] as OrganizationMention;
    if (mention.end > originalOffset && (found === null || mention.end - mention.start < found.end - found.start)) found = mention;
    if (originalOffset - mention.start > 400) break;
  }
  return found ? found.organization : null;
}
