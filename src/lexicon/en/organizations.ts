import type { OrganizationWords } from "../sections/organizations.js";

/**
 * English words of organisation names (organisations plugin and normalizer).
 *
 * @example
 * ```ts
 * ORGANIZATION_WORDS.titleWords.includes("secretary"); // true
 * ```
 */
export const ORGANIZATION_WORDS: OrganizationWords = {
  spellingVariants: [
    ["centre", "center"], ["centres", "centers"], ["defence", "defense"], ["programme", "program"], ["programmes", "programs"],
    ["labour", "labor"], ["organisation", "organization"], ["organisations", "organizations"], ["stabilisation", "stabilization"],
  ],
  // Particles of other languages' names stand in English gazetteer names too ("Banco de la Nación").
  nameConnectors: ["of", "the", "for", "and", "in", "on", "to", "at", "against", "de", "des", "du", "la", "le", "van", "der", "den", "y", "&"],
  runConnectors: ["of", "for", "to", "on", "and", "the", "&", "against"],
  complementConnectors: ["of", "for", "to", "on", "in", "against"],
  locatedHeads: ["embassy", "embassies", "consulate", "consulates", "consulate-general"],
  locationConnectors: ["in"],
  portfolioBodyHeads: ["ministry", "department", "committee"],
  genericMinistries: ["Ministry of Foreign Affairs", "Ministry for Foreign Affairs", "Ministry of Defence", "Ministry of Defense", "Ministry of Internal Affairs", "Ministry of Justice"],
  subjectOrganHeads: ["committee", "committees"],
  subjectConnectors: ["on"],
  jointWords: ["joint", "intergovernmental", "inter-governmental", "bilateral", "mixed", "permanent", "high-level"],
  jointHeads: ["commission", "committee", "council"],
  headAcronyms: [["MFA", "Ministry of Foreign Affairs"], ["MOFA", "Ministry of Foreign Affairs"], ["MoFA", "Ministry of Foreign Affairs"]],
  titleWords: [
    "secretary", "minister", "deputy", "head", "director", "chairman", "chairwoman", "chair", "chairperson", "president",
    "vice", "prime", "spokesperson", "spokesman", "spokeswoman", "ambassador", "representative", "envoy", "advisor", "adviser",
    "assistant", "commissioner", "officer", "chief", "coordinator", "member", "colonel", "lieutenant", "major", "admiral",
    "marshal", "mr", "mrs", "ms", "dr", "sultan", "king", "queen", "prince", "emir", "speaker", "governor", "mayor",
    "counsellor", "counselor", "consul", "attache", "rapporteur", "expert", "senator", "congressman", "congresswoman",
    "ceo", "chairmanship-in-office", "chairperson-in-office", "undersecretary", "under-secretary", "excellency", "his", "her",
  ],
  postTitleWords: ["general"],
  nonNameWords: [
    "our", "your", "his", "her", "their", "its", "my", "this", "that", "these", "those", "each", "every", "both", "all", "any",
    "some", "other", "another", "a", "an", "in", "on", "at", "by", "with", "from", "as", "during", "after", "before",
    "following", "according", "under", "within", "between", "among", "since", "through", "it", "he", "she", "they", "we",
    "i", "you", "there", "here", "today", "yesterday", "tomorrow", "however", "meanwhile", "also", "then", "when", "while",
    "if", "but", "so", "thus", "furthermore", "moreover", "besides", "thank", "thanks", "welcome", "dear", "new", "next",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "two", "three", "several",
    "many", "first", "second", "third", "last", "former", "current", "source", "photo", "read", "see", "share", "via",
    "relevant", "respective", "such", "what", "which", "who", "where", "why", "how", "no", "not",
    // Page labels glued to a name ("Press-release Embassy of ...").
    "press-release", "pressrelease",
  ],
  pluralPersons: [
    "ministers", "heads", "secretaries", "representatives", "chiefs", "leaders", "directors", "speakers", "presidents",
    "coordinators", "governors", "chairmen", "prosecutors", "ombudsmen", "commanders",
  ],
  collegialHeads: ["council", "councils", "committee", "committees", "commission", "commissions", "board", "boards", "meeting", "meetings"],
  stateWords: ["republic", "kingdom", "federation", "state", "emirates", "sultanate", "principality"],
  ownCountryWords: ["us", "usa", "american", "united", "states", "white", "house"],
  legalFormWords: [
    "national", "state", "joint", "stock", "joint-stock", "open", "closed", "public", "private", "limited", "liability",
    "company", "companies", "corporation", "holding", "enterprise", "unitary", "federal", "municipal", "commercial",
    // Legal forms as abbreviations ("JSC \"NC \"Kazakhstan Temir Zholy\"\"": NC, a national company).
    "nc", "jsc", "ojsc", "cjsc", "pjsc", "llc", "llp", "ltd", "plc", "fsue", "jv",
  ],
  parliamentaryWords: ["parliamentary", "interparliamentary", "inter-parliamentary"],
  memberWords: ["member", "members", "member-states", "member-countries"],
  administrationHeads: ["administration"],
  administrationModifiers: [
    "presidential", "federal", "state", "national", "regional", "city", "tax", "customs", "aviation", "drug", "food", "maritime",
    "transportation", "security", "energy", "information", "border", "emergency", "social", "business", "health", "civil",
    "military", "highway", "railway", "atmospheric", "nuclear", "space", "aeronautics", "protection", "port", "district",
    "municipal", "provincial", "oblast", "region", "capital", "public",
  ],
  newsAgencyHeads: ["agency", "service"],
  newsWords: ["news"],
  unitWords: ["department"],
  chamberHeads: ["chamber", "chambers"],
  forceHeads: ["forces"],
  ministryShortNames: [
    ["Foreign Ministry", "Ministry of Foreign Affairs"], ["Defence Ministry", "Ministry of Defence"], ["Defense Ministry", "Ministry of Defense"],
    ["Interior Ministry", "Ministry of Internal Affairs"], ["Justice Ministry", "Ministry of Justice"], ["Finance Ministry", "Ministry of Finance"],
    ["Health Ministry", "Ministry of Health"], ["Education Ministry", "Ministry of Education"], ["Economy Ministry", "Ministry of Economy"],
    ["Energy Ministry", "Ministry of Energy"], ["Agriculture Ministry", "Ministry of Agriculture"], ["Culture Ministry", "Ministry of Culture"],
  ],
  genericForceWords: [
    "coalition", "security", "government", "governmental", "international", "allied", "foreign", "armed", "special", "opposition",
    "enemy", "friendly", "combined", "joint", "partner", "partnered", "ground", "military", "rebel", "insurgent", "the", "our", "their",
  ],
  legislatorWords: ["representatives", "deputies", "senators", "councillors", "councilors"],
  localBodyWords: ["city", "town", "municipal", "municipality", "village", "district", "county", "local", "provincial", "regional"],
  pressUnitWords: ["press", "media", "information", "public", "relations", "communications", "communication", "news", "outreach", "and", "&"],
  countryLinePrefixes: ["government", "of", "the"],
  shortReferenceOrgans: ["council", "secretariat", "general", "commission", "committee", "assembly", "bureau", "summit", "ministerial"],
  buildingHeads: ["centre", "center", "hall", "halls", "complex"],
  companyHeads: ["company", "corporation", "holding", "enterprise", "jsc", "ojsc", "cjsc", "pjsc", "llc", "llp", "ltd", "plc", "jv", "nc"],
  superiorConnectors: ["under"],
  superiorOrgans: ["president", "government", "cabinet"],
  stateGroupHeads: ["group"],
  regionWords: [
    "african", "arab", "asian", "asia-pacific", "latin", "american", "caribbean", "european", "eastern", "western", "northern",
    "southern", "central", "nordic", "baltic", "pacific", "islamic", "and",
  ],
  buildingWords: ["convention", "conference", "congress", "exhibition", "expo", "exposition", "trade", "concert", "sports"],
};
