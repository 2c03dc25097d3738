// Official titles as written in English press releases of governments, ministries and
// intergovernmental bodies, with the kind of office each names. Compiled by hand from
// protocol usage (government and UN/OSCE/CSTO/EU style guides). Qualified forms ("Deputy",
// "Acting First Deputy"...) and plurals are derived by the title normalizer, not listed.

import type { TitleKind, TitleWords } from "../sections/titles.js";
import { ALL_HONORIFICS } from "./honorifics.js";

export type { TitleKind } from "../sections/titles.js";

/** Titles by kind. */
export const TITLES: Readonly<Record<TitleKind, readonly string[]>> = {
  "head-of-state": [
    "President", "President of the Republic", "Federal President", "Head of State", "King", "Queen", "Emir", "Amir",
    "Sultan", "Sultan and Head of State", "Crown Prince", "Emperor", "Grand Duke", "Prince", "Supreme Leader",
    "Custodian of the Two Holy Mosques", "Governor-General", "Governor General", "Captain Regent", "Pope",
    "Yang di-Pertuan Agong", "Chairman of the Presidential Council", "Chairman of the Presidency", "Head of the State",
    // As machine translation from Russian writes the plural ("Heads of states X and Y").
    "Head of States",
  ],
  "head-of-government": [
    "Prime Minister", "Premier", "Chancellor", "Federal Chancellor", "Chairman of the Government",
    "Chairman of the Cabinet of Ministers", "Chairman of the Council of Ministers", "President of the Government",
    "Head of Government", "Head of the Government", "Chief Executive", "Taoiseach", "First Minister",
  ],
  minister: [
    "Minister", "Federal Minister", "Cabinet Minister", "Minister of State", "State Minister", "Minister without Portfolio",
    "Foreign Minister", "Foreign Affairs Minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs",
    "Minister of Europe and Foreign Affairs", "Minister for Europe and Foreign Affairs", "Minister of Foreign and European Affairs",
    "Minister for Foreign and European Affairs", "Minister of Foreign Affairs and International Cooperation",
    "Minister of Foreign Affairs and Trade", "Minister for Foreign Affairs and Trade", "State Minister of Foreign Affairs",
    "State Minister for Foreign Affairs", "Minister of State for Foreign Affairs", "Foreign Secretary", "Secretary of State",
    "State Secretary", "Minister for EU Affairs", "Minister for European Affairs", "Minister of European Affairs",
    "Minister for Europe", "Europe Minister", "Minister for European Union Affairs",
    // A member of the Swiss Federal Council, who heads a federal department.
    "Federal Councillor", "Federal Councilor",
    "External Affairs Minister", "Minister of External Affairs", "Minister for External Affairs",
    "Minister of Foreign Affairs and Emigrants", "Minister of Foreign Affairs and International Trade",
    "Minister of Foreign Affairs and Cooperation", "Minister of Foreign Affairs and Worship",
    "Minister of Defence", "Minister of Defense", "Minister for Defence", "Minister for Defense", "Defence Minister",
    "Defense Minister", "Minister of National Defence", "Minister of National Defense", "Secretary of Defense",
    "Defense Secretary", "Defence Secretary", "Secretary of War",
    "Minister of Internal Affairs", "Minister of the Interior", "Minister of Interior", "Interior Minister",
    "Minister of Home Affairs", "Home Minister", "Home Secretary", "Secretary of Homeland Security",
    "Minister of Justice", "Justice Minister", "Attorney General", "Minister of Finance", "Finance Minister",
    "Secretary of the Treasury", "Treasury Secretary", "Chancellor of the Exchequer", "Minister of Economy",
    "Minister of the Economy", "Economy Minister", "Minister of Economic Development", "Minister of Trade", "Trade Minister",
    "Minister of Industry and Trade", "Minister of Energy", "Energy Minister", "Secretary of Energy", "Energy Secretary",
    "Secretary of Commerce", "Commerce Secretary", "Minister of Emergency Situations", "Minister of Emergencies",
    "Minister of Health", "Health Minister", "Minister of Education", "Education Minister", "Minister of Culture",
    "Culture Minister", "Minister of Agriculture", "Agriculture Minister", "Minister of Transport", "Transport Minister",
    "Minister of Labour", "Minister of Labor", "Labour Minister", "Minister of Digital Development",
    "Minister of Natural Resources", "Minister of Science and Higher Education", "Minister of Sport", "Minister of Sports",
    "Minister of Tourism", "Minister of Investment", "Minister of Integration and Macroeconomics", "People's Commissar",
    "Minister-Counsellor", "Minister Delegate", "Minister-Delegate", "Delegate Minister",
    // Westminster and Commonwealth styles.
    "Parliamentary Under Secretary of State", "Parliamentary Under-Secretary of State", "Under Secretary of State",
    "Under-Secretary of State", "Parliamentary Secretary", "Parliamentary State Secretary",
    "Cabinet Secretary", "Prime Cabinet Secretary", "Principal Secretary", "Permanent Secretary", "Under Secretary",
    "Under-Secretary", "Undersecretary",
  ],
  official: [
    "Secretary of the Security Council", "Secretary of the National Security Council", "Speaker", "Speaker of Parliament",
    "Speaker of the Parliament", "Chairman of the State Duma", "Chairman of the Federation Council",
    "Chairwoman of the Federation Council", "Chairman of the Senate", "Chairman of the Mazhilis", "Chairman of the Majlis",
    "Governor", "Mayor", "Akim", "Hokim", "Khokim", "Senator", "Member of Parliament", "Prosecutor General", "Procurator General",
    "Head of the Presidential Administration", "Head of the Presidential Executive Office", "Chief of the Presidential Administration",
    "State Counsellor", "State Councillor", "Director of the Federal Security Service", "Director of the Foreign Intelligence Service",
    "Presidential Envoy", "Plenipotentiary Representative of the President", "Ombudsman", "Human Rights Commissioner",
    "Member of the European Parliament", "Chief Minister", "Lieutenant Governor", "Public Defender", "Ombudsperson",
    "Human Rights Defender", "Commissioner for Human Rights", "High Commissioner for Human Rights",
    "Auditor General", "Auditor-General", "Chief Justice", "Solicitor General", "Solicitor-General", "Surgeon General",
    // Heads of universities, as CIS releases title them.
    "Rector", "Vice-Rector", "Vice Rector", "Pro-Rector",
    // Heads of national police forces.
    "Inspector-General of Police", "Inspector General of Police", "Inspector-General", "Inspector General",
    "Commissioner of Police", "Police Commissioner", "Chief of Police", "National Police Chief",
    // The Speaker of the Kyrgyz Jogorku Kenesh, in Kyrgyz; Mongolia's State Great Khural has a Chairman.
    "Toraga",
  ],
  diplomat: [
    "Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Ambassador-at-Large", "Ambassador at Large",
    "Permanent Representative", "Permanent and Plenipotentiary Representative", "Plenipotentiary Representative",
    "Permanent Plenipotentiary Representative",
    "Special Representative", "Personal Representative", "Personal Representative of the Chairperson-in-Office",
    "Special Envoy", "Envoy", "Co-Chair", "Co-Chairman", "Co-Chairperson", "Chargé d'Affaires", "Charge d'Affaires",
    "Chargé d'Affaires a.i.", "Consul General", "Consul-General", "Consul", "Counsellor", "Counselor", "Attaché",
    "Head of Delegation", "Head of the Delegation", "Head of Mission", "Head of the Mission", "Sherpa",
    // Diplomatic ranks of Arab and other foreign services ("Minister Plenipotentiary X, the spokesperson").
    "Minister Plenipotentiary",
  ],
  "io-official": [
    "Secretary General", "Secretary-General", "Under-Secretary-General", "Under Secretary-General", "Under Secretary General",
    "Assistant Secretary-General", "Director", "Director General", "Director-General", "Head", "Chief of the Joint Staff",
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Chairperson-in-Office", "Chairman-in-Office", "Executive Secretary",
    "High Representative", "High Commissioner", "Commissioner", "European Commissioner", "President of the Commission",
    "President of the European Commission", "President of the European Council", "President of the European Parliament",
    "President of the General Assembly", "President of the UN General Assembly", "President of the Security Council",
    "Executive Director", "Managing Director", "Secretary", "Coordinator", "Rapporteur", "Special Rapporteur",
    "Representative", "Resident Representative", "Resident Coordinator", "Country Director", "Head of Office",
    "Treasurer", "Vice-Chair", "Vice Chair", "Deputy Chair", "Rapporteur General", "Programme Officer", "Project Officer",
    "National Programme Officer", "Political Officer", "Desk Officer",
    // Heads of agencies styled "-General" (a relief agency's Commissioner-General, a national Registrar-General).
    "Commissioner-General", "Commissioner General", "Registrar", "Registrar-General", "Registrar General",
    "Comptroller General", "Comptroller-General",
  ],
  staff: [
    "National Security Advisor", "National Security Adviser", "Assistant to the President", "Special Assistant to the President",
    "Deputy Assistant to the President", "Senior Director", "Spokesperson", "Spokesman", "Spokeswoman", "Press Secretary",
    "Presidential Aide", "Aide to the President", "Presidential Adviser", "Presidential Advisor", "Adviser", "Advisor",
    "Senior Adviser", "Senior Advisor", "Aide", "Chief of Staff", "White House Chief of Staff", "Foreign Policy Aide",
    "Press Attaché", "Official Representative", "Official Spokesperson", "Official Spokesman",
  ],
  military: [
    "General", "General of the Army", "Army General", "Colonel-General", "Colonel General", "Lieutenant General",
    "Lieutenant-General", "Major General", "Major-General", "Brigadier General", "Brigadier", "Admiral", "Vice Admiral",
    "Vice-Admiral", "Rear Admiral", "Rear-Admiral", "Admiral of the Fleet", "Marshal", "Field Marshal", "Air Marshal",
    "Colonel", "Lieutenant Colonel", "Lieutenant-Colonel", "Major", "Captain", "Lieutenant", "Commander",
    "Commander-in-Chief", "Supreme Commander", "Chief of the General Staff", "Chief of General Staff",
    "Chairman of the Joint Chiefs of Staff", "Chief of Defence", "Chief of Defense", "Police Colonel", "Police General",
    // CIS ranks as machine translation renders them, word for word ("генерал-лейтенант полиции").
    "General-Lieutenant", "General-Major", "General-Colonel", "General of Army", "Police General-Lieutenant", "Police General-Major",
    "Police General-Colonel", "Police Lieutenant General", "Police Major General", "Police Colonel General",
    "Police Lieutenant Colonel", "Police Major", "Lieutenant General of Police", "Major General of Police",
    "Colonel General of Police", "Colonel of Police", "Major General of Justice", "Colonel of Justice",
    // Ranks as armed forces' releases abbreviate them ("U.S. Army Col. X", "Lt. Gen. Y").
    "Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Col.", "Lt. Col.", "Maj.", "Capt.", "Lt.", "Cmdr.", "Lt. Cmdr.", "Adm.",
    "Vice Adm.", "Rear Adm.", "Sgt.", "Staff Sgt.", "Sgt. Maj.", "Master Sgt.", "Cpl.", "Spc.", "Pfc.",
  ],
  /** The honorifics, kept once in ./honorifics.ts. */
  honorific: ALL_HONORIFICS,
};

/**
 * Words put before a title to make another office ("Deputy Prime Minister", "Acting First
 * Deputy Foreign Minister"); not for military ranks or honorifics.
 */
export const TITLE_QUALIFIERS: readonly string[] = [
  "Acting", "Deputy", "First Deputy", "Vice", "First Vice", "Senior", "Special", "Assistant", "Deputy Assistant",
  "Acting Deputy", "Acting First Deputy", "Principal Deputy", "Executive", "Interim", "Shadow",
];

/**
 * Words of ministry portfolios, so "Minister of Water Resources and Irrigation" is read as
 * one title although it is not listed, while the person's name after it is not swallowed.
 */
export const PORTFOLIO_WORDS: readonly string[] = [
  "affairs", "foreign", "defence", "defense", "economy", "economic", "economics", "development", "trade", "industry",
  "energy", "water", "resources", "agriculture", "health", "healthcare", "social", "protection", "labour", "labor",
  "population", "emergency", "emergencies", "situations", "culture", "sport", "sports", "tourism", "education", "science",
  "digital", "transport", "transportation", "communications", "communication", "information", "justice", "finance",
  "finances", "internal", "home", "european", "europe", "international", "cooperation", "investment", "investments",
  "natural", "ecology", "environment", "environmental", "climate", "construction", "housing", "regional", "territorial",
  "youth", "family", "women", "children", "religious", "interethnic", "relations", "public", "administration", "security",
  "state", "property", "privatization", "technology", "technologies", "innovation", "innovations", "higher", "mining",
  "geology", "oil", "gas", "petroleum", "fisheries", "forestry", "forests", "food", "land", "infrastructure", "commerce",
  "integration", "diaspora", "migration", "employment", "welfare", "veterans", "planning", "budget", "taxation", "revenue",
  "customs", "civil", "aviation", "railways", "roads", "maritime", "nuclear", "atomic", "space", "telecommunications",
  "media", "press", "arts", "heritage", "legal", "human", "rights", "equality", "gender", "physical", "training",
  "macroeconomics", "industrial", "policy", "irrigation", "utilities", "municipal", "services", "eu",
  "union", "eurasian", "cis", "commonwealth", "relief", "humanitarian", "disaster", "management", "national", "federal",
  "statistics", "entrepreneurship", "small", "business", "enterprise", "light", "heavy", "chemical", "fuel", "mineral",
  "treasury", "interior", "homeland", "overseas", "africa", "asia", "americas", "middle", "east", "pacific",
  "political", "peace", "peacekeeping", "peacebuilding", "disarmament", "counter-terrorism", "worship", "expatriates", "attractiveness", "cohesion", "levelling",
  "solidarity", "francophonie", "partnerships", "partnership", "transformation", "modernisation", "modernization",
];

/** Head words after which a portfolio may follow ("Minister of/for ..."). */
export const PORTFOLIO_HEADS: readonly string[] = [
  "minister", "ministers", "commissioner", "commissioners", "secretary", "secretaries",
  // "Secretary of State for ...", "Minister of State for ...": the office, then its portfolio.
  "state",
];

/** Qualifiers whose holder holds the office itself: an Acting President is the head of state. */
export const SAME_OFFICE_QUALIFIERS: readonly string[] = ["Acting", "Interim"];

/**
 * The plural of a title's head word: "Minister" → "Ministers", "Chairman" → "Chairmen",
 * "Secretary" → "Secretaries", "Coach" → "Coaches".
 */
export function pluralOfTitleWord(word: string): string {
  if (/(m[ae]n)$/u.test(word)) return `${word.slice(0, -2)}en`;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The English titles and the words of their grammar. */
export const TITLE_WORDS: TitleWords = {
  byKind: TITLES,
  qualifiers: TITLE_QUALIFIERS,
  courtesy: ["Ambassador", "Amb."],
  modifiers: ["new", "newly", "appointed", "newly-appointed", "outgoing", "incoming", "incumbent", "current", "former", "then", "designate"],
  sameOfficeQualifiers: SAME_OFFICE_QUALIFIERS,
  hyphenQualifiers: ["Vice"],
  portfolioWords: PORTFOLIO_WORDS,
  portfolioHeads: PORTFOLIO_HEADS,
  portfolioPrepositions: ["of", "for"],
  portfolioLinks: ["and", "&"],
  portfolioState: { prepositions: ["of"], articles: ["the"] },
  articledPortfolioHeads: ["minister", "ministers"],
  complementWords: ["of", "for", "to", "in", "at", "without"],
  postpositiveHeads: ["General"],
  unitHeads: ["chief", "head", "director", "commander", "chairman", "chair", "leader"],
  bodyHeads: ["chief", "head"],
  pluralOfWord: pluralOfTitleWord,
};
