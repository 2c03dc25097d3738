// The Russian reading of the venue concern: places in Russian decline and read in another
// order than English ones, so the Russian rules read them here, beside the English rules of
// ../event-phrases.ts and ../head-lines.ts, and give the same candidates:
// - an event phrase: "в" + a place in the prepositional ("в Москве", "в г. Душанбе", "в
//   посёлке Бурабай"), a ministry ("в МИД КР", "в Министерстве иностранных дел Республики
//   Таджикистан": its capital) or an organisation's seat ("в Секретариате ОДКБ", "в
//   штаб-квартире ШОС"), a country ("в Армении"; an official or state visit: its capital);
// - a dateline: a city at the start of one of the first lines, then a comma and a date
//   ("Минск, 18 мая 2021 года", "ДУШАНБЕ, 14 мая").
// Places are matched by name keys (../../organizations/ru/gazetteer.ts), cities in English,
// countries as ISO codes.
import type { ReleaseDocument, Sentence } from "../../../core/document.js";
import type { Word } from "../../../core/word.js";
import { lazy, memoizeOn } from "../../../core/memo.js";
import type { Lexicon } from "../../../lexicon/index.js";
import { RU_GENERIC_ORGANS } from "../../../lexicon/ru/data/organizations.js";
import { RU_PREMISES_NOUNS, RU_SITE_NOUNS, RU_SITE_PREPOSITION, RU_SUBJECT_OPENERS } from "../../../lexicon/ru/places.js";
import { countryCapital } from "../../../normalize/country.js";
import type { ReleaseLead } from "../../lead.js";
import { russianGazetteer, type GazetteerHit, type OrganizationName } from "../../organizations/ru/gazetteer.js";
import { russianMinistryAt, russianPlaceBody } from "../../organizations/ru/index.js";
import { COUNTRY_ONLY, DATELINE, EVENT_PHRASE, LEAD_PHRASE, PLACE_LINE, TITLE_BONUS, type Candidate } from "../candidate.js";
import { isDateWord, venueWords, type VenueWords } from "../words.js";

/** How many words before "в" are read for an event noun of another event or a subject ("ситуация в"). */
const BEFORE = 1;
/** How many words before "в" are read for a title of an envoy ("Послом Республики Армения в Китае"). */
const TITLE_REACH = 4;
/** "г." glued to a capitalised name ("г.Душанбе"), which the gazetteer reads as the name. */
const GLUED_TOWN = /^г\.\p{Lu}/u;
/** How many words after a seat noun its organisation may start ("в штаб-квартире Исполнительного комитета Региональной антитеррористической структуры ШОС"). */
const SEAT_REACH = 8;
/** How many of the first sentences may hold a dateline. */
const DATELINE_SENTENCES = 4;
/** How many words before "в" a visit noun may stand for an official visit ("с официальным визитом в ..."). */
const VISIT_REACH = 3;

/** The Russian venue words: the lexicon's place words, and the settlement nouns as a set. */
interface RussianVenueWords {
  readonly words: VenueWords;
  readonly settlementNouns: ReadonlySet<string>;
  /** Verbs of discussion and of plans ("обсудили", "провести"): a place in their object is the subject's. */
  readonly subjectOpeners: ReadonlySet<string>;
  /** Nouns of a body's premises ("здании" of "в здании МИД"), read through to the body. */
  readonly premisesNouns: ReadonlySet<string>;
  /** Nouns of a site after "на" ("на космодроме Байконур"), read through to the place named after them. */
  readonly siteNouns: ReadonlySet<string>;
  /** A past passive participle ("подписанной", "принятого"): a place after it is a document's or an earlier event's. */
  readonly isPassiveParticiple: (word: Word) => boolean;
}

const russianWords = memoizeOn((lexicon: Lexicon): RussianVenueWords => ({
  words: venueWords(lexicon),
  settlementNouns: new Set(lexicon.places.settlementNouns ?? []),
  subjectOpeners: new Set(RU_SUBJECT_OPENERS),
  premisesNouns: new Set(RU_PREMISES_NOUNS),
  siteNouns: new Set(RU_SITE_NOUNS),
  isPassiveParticiple: passiveParticiples(lexicon),
}));

/** Active participles ("-вший", "-шедший"): "прибывшего в Москву" brings the guest to the event's place. */
const ACTIVE = /(?:вш|шедш)/u;

/** Whether a word is a past passive participle by the endings of the lexicon's date roles, none of its look-alike adjectives. */
function passiveParticiples(lexicon: Lexicon): (word: Word) => boolean {
  const roles = lexicon.dateRoles;
  const endings = roles.participleEndings.filter((ending) => !ACTIVE.test(ending));
  return (word) => {
    const lower = word.lower;
    if (!endings.some((ending) => lower.length > ending.length + 1 && lower.endsWith(ending))) return false;
    return !roles.participleLookalikes.has(word.key) && !roles.participleLookalikeParts.some((part) => lower.includes(part)) && !roles.eventParticiples.has(word.key);
  };
}

/** English names of the seat nouns of RU_GENERIC_ORGANS ("Секретариат" → "Secretariat"), by their first word's stem. */
const SEAT_NAMES = lazy((): ReadonlyMap<string, string> => {
  const names = new Map<string, string>();
  for (const organ of RU_GENERIC_ORGANS) if (!organ.ru.includes(" ")) names.set(organ.ru.toLowerCase(), organ.en);
  return names;
});

/**
 * The venue candidates of a Russian release: event phrases in the headline and the lead, and
 * datelines among the first lines.
 *
 * @example
 * ```ts
 * russianCandidates(document, lead, lexiconFor("ru")); // "13 мая в Минске состоялась встреча" → [{ city: "Minsk", country: "BY", ... }]
 * ```
 */
export function russianCandidates(document: ReleaseDocument, lead: ReleaseLead, lexicon: Lexicon): Candidate[] {
  const words = russianWords(lexicon);
  const candidates: Candidate[] = [];
  for (const sentence of lead.title) collectPhrases(sentence.words, EVENT_PHRASE + TITLE_BONUS, words, candidates);
  lead.body.forEach((sentence, index) => collectPhrases(sentence.words, index === 0 ? EVENT_PHRASE : LEAD_PHRASE, words, candidates));
  const first = document.sentences.slice(0, Math.max(lead.end, DATELINE_SENTENCES));
  for (const sentence of first) {
    const dateline = datelineOf(sentence, words);
    if (dateline) candidates.push(dateline);
    const placeLine = placeLineOf(sentence);
    if (placeLine) candidates.push(placeLine);
  }
  return candidates;
}

/**
 * The event phrases of a sentence: "в" and a place after it. A place in what the parties
 * discussed is the subject's, not the event's ("обсудили открытие в Бишкеке новых школ",
 * "обсудили выполнение Декларации, подписанной в Москве"), as is one in a plan ("планах
 * провести осенью в Кыргызстане"): after such a word, only a place right after it counts
 * ("обсудили в Минске").
 */
function collectPhrases(words: readonly Word[], strength: number, lexicon: RussianVenueWords, candidates: Candidate[]): void {
  let discussedAt = -1;
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index] as Word;
    if (word.kind !== "word") continue;
    if (lexicon.subjectOpeners.has(word.key)) {
      discussedAt = index;
      continue;
    }
    if (discussedAt >= 0 && index > discussedAt + 1 && lexicon.words.prepositions.has(word.key)) continue;
    // "посетил Душанбе", "посетил Кремль": the place visited is the verb's object.
    if (lexicon.words.visitVerbs.has(word.key) && !lexicon.words.prepositions.has(words[index + 1]?.key ?? "")) {
      const place = placeAfter(words, index + 1, strength, lexicon);
      if (place) candidates.push(place);
      continue;
    }
    // "на космодроме Байконур": a site's place, though "на" names no place elsewhere.
    const site = word.key === RU_SITE_PREPOSITION && lexicon.siteNouns.has(words[index + 1]?.key ?? "");
    if (!lexicon.words.prepositions.has(word.key) && !site) continue;
    if (belongsElsewhere(words, index, lexicon.words)) continue;
    // "Подписанная в Минске Декларация", "соглашения, принятого в Астане": the document's place.
    if (index > 0 && lexicon.isPassiveParticiple(words[index - 1] as Word)) continue;
    const place = placeAfter(words, index + 1, strength, lexicon);
    if (place) candidates.push(place);
  }
}

/** The place "в" at `index` opens is not the main event's: another event's ("к предстоящему в Ереване"), a subject's ("ситуация в Афганистане"), an envoy's post ("Посол ... в Китае"). */
function belongsElsewhere(words: readonly Word[], index: number, lexicon: VenueWords): boolean {
  for (let before = index - BEFORE; before < index; before++) {
    const key = words[before]?.key ?? "";
    if (lexicon.otherEventWords.has(key) || lexicon.subjectNouns.has(key)) return true;
  }
  for (let before = Math.max(0, index - TITLE_REACH); before < index; before++) {
    if (lexicon.titleAffiliationWords.has((words[before] as Word).key) || lexicon.affiliationWords.has((words[before] as Word).key)) return true;
  }
  return false;
}

/** The place named from word `at` on (after "в"), as a candidate, or null. */
function placeAfter(words: readonly Word[], at: number, strength: number, lexicon: RussianVenueWords): Candidate | null {
  let index = at;
  let settlement = false;
  // "в здании МИД Туркменистана": the premises stand where their body does.
  if (lexicon.premisesNouns.has((words[index] as Word).key) && words[index + 1]?.capitalized === true) index++;
  const first = words[index] as Word;
  const capital = lexicon.words.capitalNouns.has(first.key);
  if (lexicon.settlementNouns.has(first.key) || lexicon.siteNouns.has(first.key) || capital) {
    settlement = true;
    index++;
  } else if (GLUED_TOWN.test(first.value)) settlement = true;
  const start = words[index];
  if (start === undefined || start.kind !== "word") return null;
  const gazetteer = russianGazetteer();
  const venue = start.capitalized ? gazetteer.venueAt(words, index) : null;
  if (venue) {
    const record = venue.value;
    return { city: record.city, country: record.country, name: record.name, strength, inferred: true, start: start.start, end: endOf(words, index, venue.length) };
  }
  const seat = seatAt(words, index, strength, lexicon);
  if (seat) return seat;
  const body = start.capitalized ? russianPlaceBody(words, index) : null;
  if (body && body.country !== null) {
    const city = countryCapital(body.country);
    if (city !== null) return { city, country: body.country, name: body.name, strength, inferred: true, start: start.start, end: endOf(words, index, body.length) };
  }
  // "в МИД состоялась встреча": a ministry of no named state is in the capital of the state another candidate names.
  const ministry = body === null && start.capitalized ? russianMinistryAt(words, index) : null;
  if (ministry) {
    return { city: null, country: null, name: `Ministry of ${ministry.subject}`, strength, inferred: true, start: start.start, end: endOf(words, index, ministry.length), capitalOfCountry: true };
  }
  const city = gazetteer.cityAt(words, index);
  if (city && (start.capitalized || settlement) && (!city.value.ambiguous || settlement)) {
    return { city: city.value.english, country: city.value.city.country, name: null, strength, inferred: false, start: start.start, end: endOf(words, index, city.length) };
  }
  const country = start.capitalized ? gazetteer.countryAt(words, index) : null;
  // "в столице Казахстана": the capital of the country.
  const capitalCity = country && capital ? countryCapital(country.value.code) : null;
  if (country && capitalCity !== null) {
    return { city: capitalCity, country: country.value.code, name: null, strength, inferred: false, start: start.start, end: endOf(words, index, country.length) };
  }
  if (country) {
    return {
      city: null,
      country: country.value.code,
      name: null,
      strength: strength + COUNTRY_ONLY,
      inferred: false,
      start: start.start,
      end: endOf(words, index, country.length),
      ...(officialVisitBefore(words, at - 1, lexicon.words) ? { officialVisit: true } : {}),
    };
  }
  return null;
}

/**
 * "в Секретариате ОДКБ", "в штаб-квартире Шанхайской организации сотрудничества": a seat noun
 * and an organisation with a seat, or an organ that is a seat ("Секретариат ОДКБ"). The venue's
 * name is the organisation's acronym (else name) and the seat's English noun.
 */
function seatAt(words: readonly Word[], index: number, strength: number, lexicon: RussianVenueWords): Candidate | null {
  const start = words[index] as Word;
  const gazetteer = russianGazetteer();
  if (!lexicon.words.seatNouns.has(start.key)) return null;
  let hit: GazetteerHit<OrganizationName> | null = null;
  let length = 0;
  // "в штаб-квартире Исполнительного комитета ... ШОС": the organisation may follow an organ's words.
  for (let after = index + 1; after < words.length && after <= index + SEAT_REACH && hit === null; after++) {
    if ((words[after] as Word).kind !== "word") break;
    hit = gazetteer.organizationAt(words, after);
    if (hit) length = after + hit.length - index;
  }
  const seatNoun = seatNameOf(start);
  const known = hit?.value.known ?? null;
  if (hit === null || known === null || known.seat === null) return null;
  return {
    city: known.seat.city,
    country: known.seat.country,
    name: seatNoun === null ? null : `${known.acronym ?? known.name} ${seatNoun}`,
    strength,
    inferred: true,
    start: start.start,
    end: endOf(words, index, length),
  };
}

/** The English noun of a seat word ("штаб-квартире" → "Headquarters"), from the generic organs. */
function seatNameOf(word: Word): string | null {
  const names = SEAT_NAMES();
  for (const [ru, en] of names) if (word.lower.startsWith(ru.slice(0, Math.max(4, ru.length - 2)))) return en;
  return null;
}

/** An official or state visit stands just before the "в" at `index` ("с официальным визитом в Казахстан"). */
function officialVisitBefore(words: readonly Word[], index: number, lexicon: VenueWords): boolean {
  for (let before = index - 1; before >= 0 && before >= index - VISIT_REACH; before--) {
    if (!lexicon.visitNouns.has((words[before] as Word).key)) continue;
    const modifier = words[before - 1];
    return modifier !== undefined && lexicon.officialVisitWords.has(modifier.key);
  }
  return false;
}

/**
 * A dateline: a city opening a sentence, then a comma and a date ("Минск, 18 мая",
 * "ДУШАНБЕ, 14 мая 2021 г."), or a dash.
 */
function datelineOf(sentence: Sentence, lexicon: RussianVenueWords): Candidate | null {
  const words = sentence.words;
  const first = words[0];
  if (first === undefined || !first.capitalized) return null;
  const city = russianGazetteer().cityAt(words, 0);
  if (!city) return capitalsDatelineOf(sentence);
  const comma = words[city.length];
  const next = words[city.length + 1];
  const dated = comma?.value === "," && next !== undefined && isDateWord(next, lexicon.words.months);
  const dashed = comma !== undefined && (comma.value === "—" || comma.value === "–");
  if (!dated && !dashed) return capitalsDatelineOf(sentence);
  return { city: city.value.english, country: city.value.city.country, name: null, strength: DATELINE, inferred: false, start: first.start, end: endOf(words, 0, city.length) };
}

/** Most words of a dateline in capitals ("МОСКОВСКАЯ ОБЛАСТЬ, НОВО-ОГАРЁВО."). */
const CAPITALS_DATELINE_WORDS = 5;

/**
 * A dateline in capitals making a sentence of its own, as the Kremlin writes it: a place,
 * after its region ("СОЧИ.", "МОСКОВСКАЯ ОБЛАСТЬ, ГОРКИ.").
 */
function capitalsDatelineOf(sentence: Sentence): Candidate | null {
  const words = sentence.words.filter((word) => word.kind === "word");
  if (words.length === 0 || words.length > CAPITALS_DATELINE_WORDS || !words.every((word) => word.allCaps && word.value.length > 1)) return null;
  const all = sentence.words;
  const gazetteer = russianGazetteer();
  for (let index = all.length - 1; index >= 0; index--) {
    const word = all[index] as Word;
    if (word.kind !== "word") continue;
    const city = gazetteer.cityAt(all, index);
    // The place ends the line ("ГОРКИ."): the region before it is no city of the dateline.
    if (!city || (all[index + city.length] !== undefined && all[index + city.length]?.value !== ".")) continue;
    return { city: city.value.english, country: city.value.city.country, name: null, strength: DATELINE, inferred: false, start: word.start, end: endOf(all, index, city.length) };
  }
  return null;
}

/**
 * A place line under the headline: a city, a comma and a venue of that city ("Москва,
 * Кремль"), wherever it stands in the line (after a time stamp, "15:10 Москва, Кремль").
 */
function placeLineOf(sentence: Sentence): Candidate | null {
  const words = sentence.words;
  const gazetteer = russianGazetteer();
  for (let index = 0; index + 2 < words.length; index++) {
    const word = words[index] as Word;
    if (word.kind !== "word" || !word.capitalized) continue;
    const city = gazetteer.cityAt(words, index);
    if (!city || words[index + city.length]?.value !== ",") continue;
    const venueAt = index + city.length + 1;
    const venue = (words[venueAt] as Word).capitalized ? gazetteer.venueAt(words, venueAt) : null;
    if (!venue || venue.value.country !== city.value.city.country) continue;
    return { city: city.value.english, country: city.value.city.country, name: venue.value.name, strength: PLACE_LINE, inferred: false, start: word.start, end: endOf(words, venueAt, venue.length) };
  }
  return null;
}

function endOf(words: readonly Word[], index: number, length: number): number {
  return (words[index + Math.max(1, length) - 1] as Word).end;
}
