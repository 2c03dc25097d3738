import { lazy, memoizeByText } from "../../core/memo.js";
import { NON_ORGANIZATION_ACRONYMS, ORGANIZATIONS, type FormerName, type OrganizationEntry } from "../../data/organizations.js";
import { countryCode, countryName } from "../../normalize/country.js";
import { lookupOrganization, organizationNameKey, recasedOrganizationName } from "../../normalize/organization.js";
import type { PortfolioState, PortfolioStates } from "./ministry-state.js";
import type { AcronymDefinition, AcronymUse, CleanSpan, Finding, KnownFinding, OrganFinding } from "./types.js";

/** An organisation of the release, before its spans are mapped to the original text. */
export interface ResolvedOrganization {
  readonly name: string;
  readonly acronym: string | null;
  readonly entry: OrganizationEntry | null;
  /** Every mention, cleaned-text offsets, in text order. */
  readonly spans: CleanSpan[];
}

/** A mention of an organisation that counts as another in the list ("UNAMA", counted as the UN), cleaned-text offsets. */
export interface ChildMention extends CleanSpan {
  readonly entry: OrganizationEntry;
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
  /** The fullest form of the name the text writes, for an organisation the gazetteer knows no acronym of. */
  textName: string | null;
  /** The text calls the organisation by a name it bore before it was renamed ("Turkic Council"). */
  formerSeen?: boolean;
  /** Every mention so far is a bare name ("House of Representatives"): kept only beside another body of its country. */
  bareOnly?: boolean;
  /** What a body found by its shape is ("ministry"), when the rules said. */
  kind?: string;
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
  found: readonly Finding[],
  definitions: readonly AcronymDefinition[],
  uses: readonly AcronymUse[],
  eventDate: string | null = null,
  issuerCountry: string | null = null,
  genericMinistries: ReadonlyMap<string, string> = NO_FORMS,
  shortReferenceOrgans: ReadonlySet<string> = NO_WORDS,
  issuerCountryName: string | null = null,
  ministryStates: MinistryStates | null = null,
): { organizations: ResolvedOrganization[]; notes: ResolveNote[]; children: ChildMention[] } {
  const accumulators = new Map<string, Accumulator>();
  const notes: ResolveNote[] = [];
  const keyOfFinding = new Map<Finding, string>();
  const bySentence = new Map<number, KnownFinding[]>();
  const findings = found.map(underParent);
  for (const finding of findings) {
    if (finding.type !== "known") continue;
    const list = bySentence.get(finding.sentence);
    if (list) list.push(finding);
    else bySentence.set(finding.sentence, [finding]);
  }

  for (const finding of findings) {
    const key = finding.type === "organ" ? organParentKey(finding, bySentence, accumulators) : addFinding(finding, accumulators);
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
    // "the PA's Bureau" in a release on the OSCE PA: the short form of an acronym already named.
    const shortened = shortFormOf(use.acronym, accumulators);
    if (shortened) {
      shortened.spans.push(span(use));
      continue;
    }
    const own = `acronym:${use.acronym}`;
    if (!accumulators.has(own)) {
      notes.push({
        ruleId: "organization:unknown-acronym",
        reason: `Unknown acronym \`${use.acronym}\` used as an organisation; its full name is not in the text or the gazetteer`,
        span: span(use),
        info: false,
      });
      accumulators.set(own, { name: use.acronym, acronym: use.acronym, textAcronym: null, textName: null, entry: null, spans: [] });
    }
    (accumulators.get(own) as Accumulator).spans.push(span(use));
  }

  mergeUnqualified(accumulators);
  mergeUnnamedJointBodies(accumulators);
  mergeShortReferences(accumulators, shortReferenceOrgans, notes);
  mergeNameParts(accumulators, findings, notes);
  qualifyMinistries(accumulators, issuerCountry, genericMinistries, issuerCountryName, ministryStates);
  dropLoneBareNames(accumulators);
  const organizations = [...accumulators.values()]
    .filter((organization) => organization.spans.length > 0)
    .map((organization) => {
      const former = formerNameOf(organization, eventDate);
      return {
        // A page's header in capitals ("MINISTRY OF TRADE") names the body in its usual form.
        name: former?.name ?? recasedOrganizationName(organization.textName ?? organization.name),
        acronym: former ? former.acronym : (organization.textAcronym ?? organization.acronym),
        entry: organization.entry,
        spans: [...organization.spans].sort((a, b) => a.start - b.start),
      };
    })
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  const children: ChildMention[] = [];
  for (const finding of findings) if (finding.type === "known" && finding.child !== undefined) children.push({ start: finding.start, end: finding.end, entry: finding.child });
  return { organizations, notes, children };
}

/** The organisation whose acronym ends with `acronym` as its last word ("OSCE PA" for "PA"), when exactly one does. */
function shortFormOf(acronym: string, accumulators: ReadonlyMap<string, Accumulator>): Accumulator | null {
  let found: Accumulator | null = null;
  for (const accumulator of accumulators.values()) {
    const full = accumulator.textAcronym ?? accumulator.acronym;
    if (full === null || !full.endsWith(` ${acronym}`)) continue;
    if (found !== null) return null;
    found = accumulator;
  }
  return found;
}

function span(value: CleanSpan): CleanSpan {
  return { start: value.start, end: value.end };
}

/** The gazetteer's entries by id, for the parents of entries that count as another organisation. */
const entriesById = lazy((): ReadonlyMap<string, OrganizationEntry> => new Map(ORGANIZATIONS.map((entry) => [entry.id, entry])));

/**
 * A gazetteer finding of an organisation that counts as its parent ("UNAMA" is the UN) becomes
 * an organ finding of the parent; any other finding stays as it is.
 */
function underParent(finding: Finding): Finding {
  if (finding.type !== "known" || finding.entry.parent === null) return finding;
  const parent = entriesById().get(finding.entry.parent);
  return parent ? { ...finding, entry: parent, organ: true, acronym: null, child: finding.entry } : finding;
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
      ? { name: entry.name, acronym: entry.acronym, textAcronym: null, textName: null, entry, spans: [] }
      : { name: (finding as { name: string }).name, acronym: null, textAcronym: null, textName: null, entry: null, spans: [] };
    accumulators.set(key, accumulator);
  } else if (!entry && finding.type === "named" && betterName(finding.name, accumulator.name)) {
    accumulator.name = finding.name;
  }
  // An organisation without an acronym is known by its name: the text's own form of it ("Federal
  // Assembly"), the fullest the text writes, rather than the gazetteer's; but not a form that only
  // abbreviates its country ("US Senate") or leaves it out ("House of Representatives").
  if (entry !== null && entry.acronym === null && finding.type === "known" && !finding.organ && finding.acronym === null && finding.bare !== true && !abbreviatesCountry(finding.text)) {
    if (accumulator.textName === null || finding.text.length > accumulator.textName.length) accumulator.textName = finding.text;
  }
  if (entry !== null && entry.former.length > 0 && finding.type === "known" && isFormerName(entry, finding.text)) accumulator.formerSeen = true;
  const bare = finding.type === "known" && finding.bare === true;
  accumulator.bareOnly = accumulator.spans.length === 0 ? bare : accumulator.bareOnly === true && bare;
  if (finding.type === "named" && finding.acronym !== undefined) accumulator.textAcronym ??= finding.acronym;
  if (finding.type === "named") accumulator.kind ??= finding.kind;
  accumulator.spans.push(span(finding));
  return key;
}

/** The name opens with a country's abbreviation ("US Senate", "U.S. Department of State", "UK House of Commons"). */
function abbreviatesCountry(name: string): boolean {
  const space = name.indexOf(" ");
  return space > 0 && NON_ORGANIZATION_ACRONYMS.has(name.slice(0, space)) && countryCode(name.slice(0, space)) !== null;
}

/** What the text tells of the state of a ministry it names without one (see {@link qualifyMinistries}). */
export interface MinistryStates {
  /** The states the text names after a minister of the ministry's portfolio ("Minister of Energy of the Kyrgyz Republic"). */
  statesOf(ministry: string): PortfolioStates;
  /** The mention stands in the page's header, above the headline. */
  inHeader(span: CleanSpan): boolean;
  /** The text of a mention. */
  textOf(span: CleanSpan): string;
}

/**
 * A ministry the text names without its state, named with it (and so told apart from another
 * state's ministry of the same name):
 * - "the Ministry of Foreign Affairs", in a release whose issuer's country the page tells (its
 *   dateline, a line naming the country): that country's. Only a name every state's ministry
 *   bears ({@link genericMinistries}); one of its own ("Ministry of Foreign and Diaspora
 *   Affairs") tells whose it is, and stays as written unless the text says more:
 * - the ministry in the page's header, when the text names the same portfolio for another
 *   state too ("... Minister of Foreign Affairs and International Cooperation of the Republic
 *   of Zambia" on a Rwandan page): the issuer's state's; when it names the portfolio's
 *   minister with the issuer's state only, the issuer's state in the text's form;
 * - else one whose portfolio the text gives a minister of one state only ("Minister of
 *   Employment and Poverty Reduction of the Republic of Uzbekistan"): that state's, in the
 *   text's form of its name.
 */
function qualifyMinistries(
  accumulators: Map<string, Accumulator>,
  issuer: string | null,
  generic: ReadonlyMap<string, string>,
  written: string | null,
  states: MinistryStates | null,
): void {
  // The page's own form of the country ("the Republic of Serbia"), else the gazetteer's.
  const issuerName = issuer === null ? null : (written ?? countryName(issuer));
  for (const [key, organization] of accumulators) {
    if (!key.startsWith("name:") || organization.spans.length === 0 || organization.kind !== "ministry") continue;
    if (key.includes(" @")) {
      if (states !== null) fullestState(organization, states);
      continue;
    }
    const form = generic.get(organizationNameKey(organization.name));
    if (form !== undefined) {
      // The text's own form, or the lexicon's for a page's capitals ("MINISTRY OF FOREIGN AFFAIRS")
      // and for a short name ("the Foreign Ministry").
      const own = shoutedWords(organization.name) === 0 && organizationNameKey(organization.name) === organizationNameKey(form);
      if (issuerName !== null) organization.name = `${own ? organization.name : form} of ${issuerName}`;
      continue;
    }
    if (states === null) continue;
    const name = recasedOrganizationName(organization.name);
    const named = states.statesOf(name);
    if (issuerName !== null && organization.spans.some((found) => states.inHeader(found))) {
      const body = key.slice("name:".length);
      const elsewhere = named.states.some((state) => state.code !== issuer) || [...accumulators.keys()].some((other) => other.startsWith(`name:${body} @`) && other !== `name:${body} @${issuer}`);
      if (elsewhere) organization.name = `${name} of ${issuerName}`;
      // "Minister of Foreign Affairs and International Cooperation of the Kingdom of Cambodia" on
      // the page of that ministry: the text names the ministry's state in its own form.
      else if (named.states.length === 1 && named.states[0]?.code === issuer) organization.name = `${name} of ${named.states[0].form}`;
      continue;
    }
    // A minister of the portfolio named with no state may be another state's (the issuer's,
    // when the page tells it): the one state named then tells nothing.
    const only = named.states.length === 1 ? (named.states[0] as PortfolioState) : null;
    if (only !== null && (!named.unstated || only.code === issuer)) organization.name = `${name} of ${only.form}`;
  }
}

/**
 * "Ministry of Foreign Affairs of Türkiye" (from "the Ministries of Foreign Affairs of
 * Turkmenistan and Türkiye") in a text that writes "the Minister of Foreign Affairs of the
 * Republic of Türkiye": the ministry named with the fullest form of its state the text gives
 * a minister of its portfolio, unless the text names the ministry itself in the shorter form.
 */
function fullestState(organization: Accumulator, states: MinistryStates): void {
  const name = organization.name;
  const lower = name.toLowerCase();
  for (let of = lower.indexOf(" of "); of > 0; of = lower.indexOf(" of ", of + 1)) {
    const code = countryCode(name.slice(of + 4));
    if (code === null) continue;
    const state = name.slice(of + 4);
    // The text's own mention in this form ("the Ministry of Foreign Affairs of Uzbekistan") keeps it.
    const ending = ` of ${state}`.toLowerCase();
    if (organization.spans.some((found) => states.textOf(found).toLowerCase().endsWith(ending))) return;
    const fuller = states.statesOf(recasedOrganizationName(name.slice(0, of))).states.find((each) => each.code === code && each.written);
    if (fuller !== undefined && fuller.form.split(" ").length > state.split(" ").length) organization.name = `${name.slice(0, of)} of ${fuller.form}`;
    return;
  }
}

/** "House of Representatives" names the US House only beside another US body the release names. */
function dropLoneBareNames(accumulators: Map<string, Accumulator>): void {
  for (const [key, organization] of accumulators) {
    if (organization.bareOnly !== true) continue;
    const country = organization.entry?.country ?? null;
    const beside = country !== null && [...accumulators.values()].some((other) => other !== organization && other.spans.length > 0 && other.entry?.country === country && other.bareOnly !== true);
    if (!beside) accumulators.delete(key);
  }
}

/** The text names a gazetteer organisation by one of its former names or acronyms. */
function isFormerName(entry: OrganizationEntry, text: string): boolean {
  const key = organizationNameKey(text);
  for (const former of entry.former) {
    if (former.acronym === text && former.acronym !== entry.acronym) return true;
    if ([former.name, ...former.variants].some((name) => organizationNameKey(name) === key)) return true;
  }
  return false;
}

/**
 * The name an organisation bore at the time of the event, when it has been renamed since: by
 * the event's date when known, else by the name the text uses. Null for its current name.
 */
function formerNameOf(organization: Accumulator, eventDate: string | null): FormerName | null {
  const entry = organization.entry;
  if (entry === null || entry.former.length === 0) return null;
  if (eventDate === null) return organization.formerSeen === true ? (entry.former[0] as FormerName) : null;
  let bore: FormerName | null = null;
  // Latest first: the earliest name whose period the date falls in.
  for (const former of entry.former) if (eventDate < former.until) bore = former;
  return bore;
}

/** A name to keep over another of the same organisation: the one with fewer words in capitals ("OF TURKMENISTAN"), else the longer. */
function betterName(name: string, kept: string): boolean {
  const shouted = shoutedWords(name);
  const keptShouted = shoutedWords(kept);
  if (shouted !== keptShouted) return shouted < keptShouted;
  return name.length > kept.length;
}

/** Words of two letters or more written in capitals only. */
function shoutedWords(name: string): number {
  let count = 0;
  for (const word of name.split(" ")) if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) count++;
  return count;
}

/**
 * Names compare without "the", "of" and "Republic", and with the country they name (after a
 * last "of", or as an adjective before them) as its code: "Security Council of Kyrgyzstan" =
 * "Security Council of the Kyrgyz Republic" = "Kyrgyz Security Council".
 */
const mergeKey = memoizeByText(computeMergeKey, 5000);

function computeMergeKey(name: string): string {
  // The first "of" whose rest names a country: "of the Socialist Republic of Vietnam" whole.
  let of = name.toLowerCase().indexOf(" of ");
  let country: string | null = null;
  for (; of > 0; of = name.toLowerCase().indexOf(" of ", of + 1)) {
    country = countryCode(name.slice(of + 4));
    if (country !== null) break;
  }
  let body = country === null ? name : name.slice(0, of);
  // "Tajik Ministry of Internal Affairs" = "Ministry of Internal Affairs of Tajikistan".
  const space = body.indexOf(" ");
  const adjective = country === null && space > 0 ? countryCode(body.slice(0, space)) : null;
  if (adjective !== null) {
    country = adjective;
    body = body.slice(space + 1);
  }
  const key = organizationNameKey(body)
    .split(" ")
    .filter((word) => word !== "republic")
    .join(" ");
  return country === null ? key : `${key} @${country}`;
}

/** Organ keys of each gazetteer entry, by the entry's id. */
const organKeysById = lazy(
  (): ReadonlyMap<string, ReadonlySet<string>> => new Map(ORGANIZATIONS.map((entry) => [entry.id, new Set(entry.organs.map(organizationNameKey))])),
);

function organKeysOf(entry: OrganizationEntry): ReadonlySet<string> {
  return organKeysById().get(entry.id) ?? NO_KEYS;
}

const NO_KEYS: ReadonlySet<string> = new Set();
const NO_WORDS: ReadonlySet<string> = new Set();
const NO_FORMS: ReadonlyMap<string, string> = new Map();

/** How far (in sentences) an organ phrase looks for an organisation whose entry lists it. */
const ORGAN_REACH = 40;

/**
 * The organisation an organ phrase without its name belongs to: the nearest one whose
 * gazetteer entry lists the organ, else the nearest intergovernmental body a few sentences
 * around; null when there is none. Looks outward sentence by sentence, so the cost per
 * organ phrase is bounded.
 */
function organParentKey(organ: OrganFinding, bySentence: ReadonlyMap<number, readonly KnownFinding[]>, accumulators: Map<string, Accumulator>): string | null {
  let nearby: KnownFinding | null = null;
  let best: KnownFinding | null = null;
  for (let distance = 0; distance <= ORGAN_REACH && best === null; distance++) {
    // Earlier sentences first, and within the organ's sentence the mentions before it.
    const sentences = distance === 0 ? [organ.sentence] : [organ.sentence - distance, organ.sentence + distance];
    for (const sentence of sentences) {
      const candidates = bySentence.get(sentence) ?? [];
      const ordered = distance === 0 ? [...candidates].sort((a, b) => Number(a.start > organ.start) - Number(b.start > organ.start)) : candidates;
      for (const candidate of ordered) {
        if (organKeysOf(candidate.entry).has(organ.key)) {
          best = candidate;
          break;
        }
        if (nearby === null && distance <= ORGAN_CONTEXT && candidate.entry.kind === "intergovernmental") nearby = candidate;
      }
      if (best) break;
    }
    if (best === null && nearby !== null && distance >= ORGAN_CONTEXT) best = nearby;
  }
  best ??= nearby;
  if (!best) return null;
  const key = `id:${best.entry.id}`;
  if (!accumulators.has(key)) {
    accumulators.set(key, { name: best.entry.name, acronym: best.entry.acronym, textAcronym: null, textName: null, entry: best.entry, spans: [] });
  }
  return key;
}

/**
 * "Ministry of Foreign Affairs" without a country is the one with a country elsewhere in
 * the release, when exactly one such matches.
 */
function mergeUnqualified(accumulators: Map<string, Accumulator>): void {
  const named = [...accumulators.entries()].filter(([key]) => key.startsWith("name:"));
  // Keys that extend a key by more words sort right after it: two binary-search steps tell
  // whether exactly one does, so the merge costs O(n log n) for n names.
  const sorted = named.map(([key]) => key).sort();
  for (const [key, organization] of named) {
    const prefix = `${key} `;
    const first = lowerBound(sorted, prefix);
    const only = sorted[first];
    if (only === undefined || !only.startsWith(prefix) || sorted[first + 1]?.startsWith(prefix)) continue;
    const target = accumulators.get(only) as Accumulator;
    target.spans.push(...organization.spans);
    organization.spans = [];
  }
}

/**
 * "the Joint Permanent Commission" in a release that names "the Rwanda-Zambia Joint Permanent
 * Commission": a body found by its shape whose name is another's without that one's first word,
 * a compound of capitalised parts (the two sides), is that body, when exactly one such is named.
 */
function mergeUnnamedJointBodies(accumulators: Map<string, Accumulator>): void {
  // The full names by their rest after the compound: one look-up per body, not a pair of loops.
  let byRest: Map<string, Accumulator | null> | null = null;
  for (const [key, organization] of accumulators) {
    if (!key.startsWith("name:") || organization.spans.length === 0) continue;
    const space = organization.name.indexOf(" ");
    if (space < 0 || !isSidesCompound(organization.name.slice(0, space))) continue;
    const rest = organizationNameKey(organization.name.slice(space + 1));
    byRest ??= new Map();
    byRest.set(rest, byRest.has(rest) ? null : organization);
  }
  if (byRest === null) return;
  for (const [key, organization] of accumulators) {
    if (!key.startsWith("name:") || organization.spans.length === 0 || organization.name.indexOf(" ") < 0) continue;
    const full = byRest.get(organizationNameKey(organization.name));
    if (!full || full === organization) continue;
    full.spans.push(...organization.spans);
    organization.spans = [];
  }
}

/** "Rwanda-Zambia", "Franco-Kazakh": two or more hyphen parts, each opening in a capital. */
function isSidesCompound(word: string): boolean {
  const parts = word.split("-");
  return parts.length >= 2 && parts.every((part) => part.length > 1 && part.charAt(0) !== part.charAt(0).toLowerCase());
}

/** Connectors a short reference's organ phrase may hold ("Council of the League"). */
const SHORT_REFERENCE_CONNECTORS = new Set(["of", "the"]);

/**
 * The head noun of a gazetteer name: the word before its first connector, else its last ("League" of "League of Arab States").
 * The same few gazetteer names come back in release after release: remembered.
 */
const headNounOf = memoizeByText(computeHeadNoun, 5000);

function computeHeadNoun(name: string): string | null {
  const words = name.split(" ");
  const connector = words.findIndex((word, index) => index > 0 && (word === "of" || word === "for" || word === "on" || word === "in"));
  return (connector > 0 ? words[connector - 1] : words[words.length - 1]) ?? null;
}

/**
 * "the Council of the League" in a release on the League of Arab States, "the Forum
 * Secretariat" in one on the Pacific Islands Forum: a body found by its shape whose words are
 * organ words and one more, the head noun of exactly one gazetteer body the release names, is
 * that body's organ.
 */
function mergeShortReferences(accumulators: Map<string, Accumulator>, organs: ReadonlySet<string>, notes: ResolveNote[]): void {
  if (organs.size === 0) return;
  const heads = new Map<string, Accumulator | null>();
  for (const organization of accumulators.values()) {
    if (organization.entry === null || organization.spans.length === 0) continue;
    const head = headNounOf(organization.entry.name);
    if (head === null) continue;
    heads.set(head, heads.has(head) && heads.get(head) !== organization ? null : organization);
  }
  if (heads.size === 0) return;
  for (const [key, organization] of accumulators) {
    if (!key.startsWith("name:") || organization.entry !== null || organization.spans.length === 0) continue;
    let head: string | null = null;
    let organWords = 0;
    let valid = true;
    for (const word of organization.name.split(" ")) {
      const lower = word.toLowerCase();
      if (SHORT_REFERENCE_CONNECTORS.has(lower)) continue;
      if (organs.has(lower)) {
        organWords++;
        continue;
      }
      if (head !== null) {
        valid = false;
        break;
      }
      head = word;
    }
    if (!valid || head === null || organWords === 0) continue;
    const parent = heads.get(head);
    if (!parent) continue;
    parent.spans.push(...organization.spans);
    for (const found of organization.spans) {
      notes.push({ ruleId: "organization:organ-of-parent", reason: `Counted as its parent organisation, ${parent.name}`, span: found, info: true });
    }
    organization.spans = [];
  }
}

/**
 * "the Regional Centre" in a release that named "the United Nations Regional Centre for
 * Preventive Diplomacy for Central Asia", "the Parliamentary Assembly" beside "the OSCE
 * Parliamentary Assembly": a body found by its shape whose words (two or more) all stand, in
 * order and together, in the name of a gazetteer body the release names is a short reference
 * to that body.
 */
function mergeNameParts(accumulators: Map<string, Accumulator>, findings: readonly Finding[], notes: ResolveNote[]): void {
  const named = [...accumulators.entries()].filter(([key, organization]) => key.startsWith("name:") && organization.entry === null && organization.spans.length > 0);
  if (named.length === 0) return;
  const known: { readonly words: readonly string[]; readonly key: string }[] = [];
  for (const finding of findings) {
    if (finding.type !== "known") continue;
    const key = `id:${finding.entry.id}`;
    if (!accumulators.has(key)) continue;
    for (const text of [finding.text, finding.child?.name ?? finding.entry.name]) known.push({ words: keyWordsOf(text), key });
  }
  for (const [, organization] of named) {
    const words = organizationNameKey(organization.name).split(" ");
    if (words[0] === "the") words.shift();
    if (words.length < 2) continue;
    const target = known.find((name) => name.words.length > words.length && containsRun(name.words, words));
    if (!target) continue;
    const parent = accumulators.get(target.key) as Accumulator;
    parent.spans.push(...organization.spans);
    for (const found of organization.spans) {
      notes.push({ ruleId: "organization:organ-of-parent", reason: `Counted as its parent organisation, ${parent.name}`, span: found, info: true });
    }
    organization.spans = [];
  }
}

/** The words of a name's comparison key ({@link organizationNameKey}), remembered: gazetteer names come back in release after release. Never changed by callers. */
const keyWordsOf = memoizeByText((text: string): readonly string[] => organizationNameKey(text).split(" "), 5000);

/** `run` stands in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    let index = 0;
    while (index < run.length && words[start + index] === run[index]) index++;
    if (index === run.length) return true;
  }
  return false;
}

/** The first position of a sorted array whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
