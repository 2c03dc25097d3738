// The Russian reading of the organisations concern: Russian names and acronyms in any case
// ("ОДКБ", "Организации Договора о коллективной безопасности", "Исполнительного комитета
// СНГ") to the English name and acronym of GUIDELINES-ru.md, through the Russian gazetteer
// (src/lexicon/ru/data/organizations.ts), and the ministries of states named by the country
// ("Министерство иностранных дел Республики Таджикистан", "МИД России", "Минобороны
// Казахстана") rendered by the form the text uses.
import type { ReleaseDocument } from "../../../core/document.js";
import type { Word } from "../../../core/word.js";
import { RU_MINISTRIES } from "../../../lexicon/ru/organizations.js";
import { RU_ORGANIZATIONS } from "../../../lexicon/ru/data/organizations.js";
import { keyOfPhrase } from "../../../lexicon/ru/keys.js";
import { lazy } from "../../../core/memo.js";
import { ORGANIZATIONS } from "../../../data/organizations.js";
import type { Organization } from "../../../schema/organization.js";
import type { CleanSpan } from "../types.js";
import { russianQuotedCompanyAt } from "./companies.js";
import { russianInstitutionAt } from "./institutions.js";
import { russianAdministrationAt, russianExecutiveCommitteeAt } from "./local-bodies.js";
import { englishCountryName, russianGazetteer, type CountryName, type GazetteerHit, type OrganizationName } from "./gazetteer.js";

/** An organisation the Russian reader found, with its spans in the cleaned text. */
interface Found {
  readonly name: string;
  readonly acronym: string | null;
  readonly spans: CleanSpan[];
}

/** A ministry's head word as the text writes it ("МИД", "Минобороны") or its stem ("министерств"). */
interface MinistryIndex {
  /** Acronym heads as written ("МИД") and contracted heads in lower case ("минобороны"): the English subject. */
  readonly heads: ReadonlyMap<string, string>;
  /** Stems of "министерство". */
  readonly nouns: ReadonlySet<string>;
  /** Subject phrases by their first word's stem: stems of every word, and the English subject. */
  readonly subjects: ReadonlyMap<string, readonly (readonly [keys: readonly string[], english: string])[]>;
  /** Stems of "посольство". */
  readonly embassies: ReadonlySet<string>;
  readonly embassyPrepositions: ReadonlySet<string>;
  /** Stems of "правительство". */
  readonly governments: ReadonlySet<string>;
  /** States whose bodies name them by the official name. */
  readonly officialStyle: ReadonlySet<string>;
  /** "BY:Emergency Situations": ministries a state names "for" their subject. */
  readonly forSubjects: ReadonlySet<string>;
  /** English acronyms of the gazetteer's ministries, by their key ("ministry:emergency situations:RU"). */
  readonly acronyms: ReadonlyMap<string, string>;
}

const ministryIndex = lazy((): MinistryIndex => {
  const heads = new Map<string, string>();
  for (const [head, english] of RU_MINISTRIES.heads) heads.set(head === head.toUpperCase() ? head : head.toLowerCase(), english);
  const subjects = new Map<string, [string[], string][]>();
  for (const [phrase, english] of RU_MINISTRIES.subjects) {
    const keys = keyOfPhrase(phrase).split(" ");
    const first = keys[0] as string;
    subjects.set(first, [...(subjects.get(first) ?? []), [keys, english]]);
  }
  for (const list of subjects.values()) list.sort((a, b) => b[0].length - a[0].length);
  const stems = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => keyOfPhrase(word)));
  return {
    heads,
    nouns: stems(RU_MINISTRIES.nouns),
    subjects,
    embassies: stems(RU_MINISTRIES.embassyNouns),
    embassyPrepositions: new Set(RU_MINISTRIES.embassyPrepositions),
    governments: stems(RU_MINISTRIES.governmentNouns),
    officialStyle: new Set(RU_MINISTRIES.officialStyleStates),
    forSubjects: new Set(RU_MINISTRIES.forSubjects.map(([state, subject]) => `${state}:${subject}`)),
    acronyms: ministryAcronyms(),
  };
});

/** English acronyms of the ministries of the gazetteer ("МЧС России": EMERCOM), by ministry key. */
function ministryAcronyms(): ReadonlyMap<string, string> {
  const acronyms = new Map<string, string>();
  for (const entry of RU_ORGANIZATIONS) {
    if (entry.country === null || typeof entry.target === "string" || entry.target.acronym === null) continue;
    const key = gazetteerMinistryKey(entry.target.name, entry.country);
    if (key !== null) acronyms.set(key, entry.target.acronym);
  }
  return acronyms;
}

/**
 * A ministry's head and subject at word `index` ("МИД", "Министерство обороны"), whatever
 * follows: the English subject and how many words they span.
 *
 * @example
 * ```ts
 * russianMinistryAt(words, 1); // "в Министерстве обороны ..." → { subject: "Defence", length: 2 }
 * ```
 */
export function russianMinistryAt(words: readonly Word[], index: number): { subject: string; length: number } | null {
  const word = words[index] as Word;
  const ministries = ministryIndex();
  const head = ministries.heads.get(word.value) ?? ministries.heads.get(word.lower) ?? null;
  if (head !== null) return { subject: head, length: 1 };
  if (!ministries.nouns.has(word.key)) return null;
  // "Министерство инвестиций, промышленности и торговли": subjects listed with commas and a
  // last "и" make one portfolio ("Investment, Industry and Trade").
  const parts: string[] = [];
  let next = index + 1;
  for (;;) {
    const subject = subjectAt(words, next, ministries);
    if (subject === null) break;
    parts.push(subject.english);
    next += subject.length;
    const joiner = words[next];
    if (joiner === undefined || (joiner.value !== "," && joiner.lower !== "и") || subjectAt(words, next + 1, ministries) === null) break;
    next += 1;
    if (joiner.lower === "и") {
      const last = subjectAt(words, next, ministries) as { english: string; length: number };
      parts.push(last.english);
      next += last.length;
      break;
    }
  }
  if (parts.length === 0) return null;
  const subject = parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] as string}`;
  return { subject, length: next - index };
}

/** One listed subject of a ministry at word `index` ("иностранных дел"): its English and length. */
function subjectAt(words: readonly Word[], index: number, ministries: MinistryIndex): { english: string; length: number } | null {
  for (const [keys, english] of ministries.subjects.get((words[index] as Word | undefined)?.key ?? "") ?? []) {
    if (keys.every((key, offset) => (words[index + offset] as Word | undefined)?.key === key)) return { english, length: keys.length };
  }
  return null;
}

/** A ministry named with its state at word `index`: its English name and how many words it spans. */
function ministryAt(words: readonly Word[], index: number): { name: string; acronym: string | null; key: string; country: CountryName; length: number } | null {
  const ministries = ministryIndex();
  const head = russianMinistryAt(words, index);
  if (head === null) return null;
  const subject = head.subject;
  const next = index + head.length;
  const country = russianGazetteer().countryAt(words, next);
  if (country === null) return null;
  const key = ministryKey(subject, country.value.code);
  return {
    name: `Ministry ${ministries.forSubjects.has(`${country.value.code}:${subject}`) ? "for" : "of"} ${subject} of ${stateName(country.value, ministries)}`,
    acronym: ministries.acronyms.get(key) ?? null,
    key,
    country: country.value,
    length: next + country.length - index,
  };
}

/**
 * What tells one ministry from another whatever form names it ("МИД России" and
 * "Министерство иностранных дел Российской Федерации" are one body): its subject and state.
 */
function ministryKey(subject: string, country: string): string {
  return `ministry:${subject.toLowerCase()}:${country}`;
}

/** "Ministry of Defence of Russia", a national body of the gazetteer: the ministry's key, else null. */
function gazetteerMinistryKey(name: string, country: string | null): string | null {
  if (country === null) return null;
  const match = MINISTRY_NAME.exec(name);
  return match ? ministryKey(match[1] as string, country) : null;
}

/** An English ministry's name: its subject, then its state. */
const MINISTRY_NAME = /^Ministry (?:of|for) (.+?) of /u;

/** A state as its own body names it in English: by the form the text uses, or officially where the state always does. */
function stateName(country: CountryName, ministries: MinistryIndex): string {
  return englishCountryName(ministries.officialStyle.has(country.code) ? { ...country, official: true } : country);
}

/**
 * A state in an embassy's name, by its common name ("Посольство ... в КНР" is "in China"),
 * save the state that sends it when it styles itself officially.
 */
function embassyStateName(country: CountryName, ministries: MinistryIndex, sending: boolean): string {
  return sending && ministries.officialStyle.has(country.code) ? stateName(country, ministries) : englishCountryName({ ...country, official: false });
}

/** An embassy named with its state at word `index` ("Посольства США в Беларуси"): its English name and length. */
function embassyAt(words: readonly Word[], index: number): { name: string; key: string; host: string | null; length: number } | null {
  const ministries = ministryIndex();
  if (!ministries.embassies.has((words[index] as Word).key)) return null;
  const gazetteer = russianGazetteer();
  const sending = gazetteer.countryAt(words, index + 1);
  if (sending === null) return null;
  let length = 1 + sending.length;
  let name = `Embassy of ${embassyStateName(sending.value, ministries, true)}`;
  let hostCode: string | null = null;
  const preposition = words[index + length];
  if (preposition !== undefined && ministries.embassyPrepositions.has(preposition.lower)) {
    const host = gazetteer.countryAt(words, index + length + 1);
    if (host !== null) {
      name += ` in ${embassyStateName(host.value, ministries, false)}`;
      length += 1 + host.length;
      hostCode = host.value.code;
    }
  }
  return { name, key: `embassy:${sending.value.code}:${hostCode ?? ""}`, host: hostCode, length };
}

/** A body of one state named at a word: its English name, its state, and how many words it spans. */
export interface RussianPlaceBody {
  readonly name: string;
  readonly country: string | null;
  readonly length: number;
}

/**
 * A ministry ("МИД КР", "Министерстве иностранных дел Республики Таджикистан"), an embassy or
 * a national body of the gazetteer at word `index`, for the venue plugin (a ministry sits in
 * its state's capital).
 *
 * @example
 * ```ts
 * russianPlaceBody(words, 1); // "в МИД КР" → { name: "Ministry of Foreign Affairs of the Kyrgyz Republic", country: "KG", length: 2 }
 * ```
 */
export function russianPlaceBody(words: readonly Word[], index: number): RussianPlaceBody | null {
  const ministry = ministryAt(words, index);
  if (ministry) return { name: ministry.name, country: ministry.country.code, length: ministry.length };
  // "в Посольстве России в Китае": an embassy stands in the capital of the state it is in.
  const embassy = embassyAt(words, index);
  if (embassy) return embassy.host === null ? null : { name: embassy.name, country: embassy.host, length: embassy.length };
  const hit = russianGazetteer().organizationAt(words, index);
  if (hit === null || hit.value.entry.country === null || hit.value.known !== null) return null;
  if (ministryIndex().governments.has((words[index] as Word).key)) return null;
  return { name: organizationOfHit(hit).name, country: hit.value.entry.country, length: hit.length };
}

/** The stem of "резолюция": a resolution is the UN Security Council's. */
const RESOLUTION = "резолюц";

/** An organ that is a military force ("Collective Peacekeeping Forces"). */
const FORCES = /\bForces$/u;

const BY_ID = lazy(() => new Map(ORGANIZATIONS.map((entry) => [entry.id, entry])));

/** The organisation a gazetteer hit counts as: the parent of an entry that counts as another ("ЭСКАТО" is the UN). */
function organizationOfHit(hit: GazetteerHit<OrganizationName>): Organization {
  const { entry, known } = hit.value;
  if (known === null) {
    const target = entry.target as { readonly name: string; readonly acronym: string | null };
    return { name: target.name, acronym: target.acronym };
  }
  const parent = known.parent === null ? null : (BY_ID().get(known.parent) ?? null);
  const counted = parent ?? known;
  return { name: counted.name, acronym: counted.acronym };
}

/**
 * Every organisation a Russian release names, each once in order of first mention, with
 * the spans (cleaned text) of its mentions.
 *
 * @example
 * ```ts
 * russianOrganizations(document).map((org) => org.acronym); // ["CSTO", "CIS"] for "... ОДКБ ... Исполкома СНГ"
 * ```
 */
export function russianOrganizations(document: ReleaseDocument): { name: string; acronym: string | null; spans: CleanSpan[] }[] {
  const found = new Map<string, Found>();
  const add = (organization: Organization, start: number, end: number, key = organization.name.toLowerCase()): void => {
    const existing = found.get(key);
    if (existing) existing.spans.push({ start, end });
    else found.set(key, { name: organization.name, acronym: organization.acronym ?? null, spans: [{ start, end }] });
  };
  // The acronym of the force's organisation inside its name ("ОДКБ" of "Миротворческих сил ОДКБ"), or the organisation with no span.
  const addAcronymOnly = (organization: Organization, words: readonly Word[], index: number, length: number): void => {
    for (let at = index; at < index + length; at++) {
      const part = words[at] as Word;
      if (organization.acronym !== null && part.allCaps) {
        add(organization, part.start, part.end);
        return;
      }
    }
    const key = organization.name.toLowerCase();
    if (!found.has(key)) found.set(key, { name: organization.name, acronym: organization.acronym ?? null, spans: [] });
  };
  const gazetteer = russianGazetteer();
  // The states of the national bodies named with their state, and the bodies named without one.
  const states = new Map<string, number>();
  const countState = (code: string | null): void => {
    if (code !== null) states.set(code, (states.get(code) ?? 0) + 1);
  };
  const bare: { bodies: ReadonlyMap<string, OrganizationName>; start: number; end: number }[] = [];
  for (const sentence of document.sentences) {
    const words = sentence.words;
    // "Совет Безопасности" beside the UN is the UN's.
    const united = words.some((word) => word.value === "ООН" || word.lower.startsWith(RESOLUTION));
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as Word;
      // "акимат Актюбинской области": a region's or a city's administration, written in lower case.
      const administration = word.kind === "word" ? russianAdministrationAt(words, index) : null;
      if (administration) {
        add({ name: administration.name, acronym: null }, word.start, (words[index + administration.length - 1] as Word).end);
        index += administration.length - 1;
        continue;
      }
      if (word.kind !== "word" || !word.capitalized) continue;
      const ministry = ministryAt(words, index) ?? embassyAt(words, index);
      if (ministry) {
        if ("country" in ministry) countState(ministry.country.code);
        add({ name: ministry.name, acronym: "acronym" in ministry ? ministry.acronym : null }, word.start, (words[index + ministry.length - 1] as Word).end, ministry.key);
        index += ministry.length - 1;
        continue;
      }
      const hit = gazetteer.organizationAt(words, index);
      if (!hit) {
        // "Оренбургского государственного университета", "Брестского облисполкома": a school or a
        // local body named by the pattern of its name.
        const institution = russianExecutiveCommitteeAt(words, index) ?? russianInstitutionAt(words, index) ?? russianQuotedCompanyAt(words, index);
        if (institution) {
          add({ name: institution.name, acronym: null }, word.start, (words[index + institution.length - 1] as Word).end);
          index += institution.length - 1;
          continue;
        }
        const body = united ? null : gazetteer.bareBodyAt(words, index);
        if (body && gazetteer.countryAt(words, index + body.length) === null) {
          bare.push({ bodies: body.value, start: word.start, end: (words[index + body.length - 1] as Word).end });
          index += body.length - 1;
        }
        continue;
      }
      countState(hit.value.entry.country);
      // "Правительство Республики Казахстан": a government as a whole is no organisation here.
      if (ministryIndex().governments.has(word.key)) continue;
      const organization = organizationOfHit(hit);
      const end = (words[index + hit.length - 1] as Word).end;
      // "Миротворческие силы ОДКБ": a force counts as its organisation, but its name says what
      // it does (peacekeeping, rapid reaction), a subject the release discusses: only its
      // organisation's acronym is a mention, the rest of the name stays text for the topics.
      const force = hit.value.entry.organ !== null && FORCES.test(hit.value.entry.organ);
      if (force) addAcronymOnly(organization, words, index, hit.length);
      else add(organization, word.start, end, gazetteerMinistryKey(organization.name, hit.value.entry.country) ?? undefined);
      index += hit.length - 1;
    }
  }
  // "Секретарь Совета Безопасности" on a page whose other national bodies are Russian: Russia's.
  const home = [...states].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const mention of bare) {
    const body = home === null ? undefined : mention.bodies.get(home);
    if (body !== undefined) add(organizationOfHit({ value: body, length: 0 }), mention.start, mention.end);
  }
  return [...found.values()];
}
