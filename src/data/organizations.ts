/**
 * Gazetteer of organisations press releases name: intergovernmental bodies, UN agencies,
 * parliaments and assemblies, development banks, forums, and a few national bodies that
 * releases name without their country ("USAID", "the NSC").
 *
 * Source: public knowledge, checked against the organisations' own sites (un.org, osce.org,
 * odkb-csto.org, sectsco.org, cis.minsk.by, eaeunion.org, nato.int, europa.eu, efta.int,
 * asean.org, brics, au.int, oic-oci.org, gcc-sg.org, opec.org, s-cica.org, eco.int,
 * turkicstates.org, guam-organization.org, bsec-organization.org, coe.int, oscepa.org,
 * iacis.ru, eabr.org, worldbank.org, imf.org, adb.org, aiib.org, wto.org, icrc.org,
 * interpol.int, europol.europa.eu, frontex.europa.eu, usaid.gov, whitehouse.gov).
 * Names are the common English official form; spelling variants (Organisation/Organization,
 * Co-operation/Cooperation, Defence/Defense, Centre/Center) need not be listed, the matcher
 * folds them.
 *
 * Decisions documented here:
 * - The European Commission, the Council of the EU and the European Council are organs of the
 *   EU (counted as the EU); the European Parliament is a parliament with its own entry.
 * - Parliamentary assemblies of an organisation (OSCE PA, IPA CIS, PACE, NATO PA, CSTO PA) are
 *   organisations of their own.
 * - UN specialised agencies, funds and programmes (UNICEF, WHO, IAEA...) and the ICJ are their
 *   own organisations; the General Assembly, Security Council, Secretariat and ECOSOC are UN,
 *   and so are the missions and offices of the Secretariat (UNAMA, UNRCCA, UNOCT) and the
 *   regional commissions of ECOSOC (ESCAP, UNECE), which keep
 *   an entry of their own (`parent`) for their names and seats; an AU mission is the AU.
 * - Titles ("Secretary General", "Chairperson-in-Office") are never organs.
 */

/** What an organisation is. */
export type OrganizationKind =
  | "intergovernmental"
  | "un-agency"
  | "parliament"
  | "ministry"
  | "agency"
  | "company"
  | "national-body"
  | "forum"
  | "non-governmental";

/**
 * Where an organisation sits: a city and its ISO 3166-1 alpha-2 country.
 *
 * @example
 * ```ts
 * import { organizationSeat, type OrganizationSeat } from "communique";
 * const seat: OrganizationSeat | null = organizationSeat("OSCE"); // { city: "Vienna", country: "AT" }
 * ```
 *
 * @group Normalizers
 */
export interface OrganizationSeat {
  readonly city: string;
  readonly country: string;
}

/** One organisation of the gazetteer. */
export interface OrganizationEntry {
  /** Stable id, lower-case. */
  readonly id: string;
  /** Canonical full name (common English official form). */
  readonly name: string;
  /** Main acronym, or null when the organisation has none in common use. */
  readonly acronym: string | null;
  /** Other acronyms in use, written as they are written (matched case-sensitively). */
  readonly acronyms: readonly string[];
  /** Other full names (translations, former or informal names). */
  readonly variants: readonly string[];
  /**
   * Organ phrases (without the organisation's name) counted as this organisation: found
   * after its name ("CSTO Permanent Council"), before "of the X", or alone with X nearby.
   */
  readonly organs: readonly string[];
  /** Full names of organs distinctive enough to name the organisation on their own. */
  readonly organNames: readonly string[];
  /** Acronyms of organs that stand for the organisation ("UNGA"). */
  readonly organAcronyms: readonly string[];
  readonly seat: OrganizationSeat | null;
  readonly kind: OrganizationKind;
  /** ISO alpha-2 country of a national body. */
  readonly country: string | null;
  /**
   * The id of the organisation it is an organ of, when it has a name of its own but counts as
   * that organisation (a UN mission or office counts as the UN), else null.
   */
  readonly parent: string | null;
  /**
   * Names that name it only in a release that names another body of its country ("House of
   * Representatives" is the US House beside the US Senate, not the Japanese or Nigerian one).
   */
  readonly bareNames: readonly string[];
  /**
   * The names the organisation bore before it was renamed, latest first: an event before
   * `until` names it so ("Cooperation Council of Turkic Speaking States" before the OTS).
   */
  readonly former: readonly FormerName[];
}

/** A name an organisation bore until a date. */
export interface FormerName {
  readonly name: string;
  readonly acronym: string | null;
  /** The day the organisation took its next name (ISO date). */
  readonly until: string;
  /** Other spellings of the former name the text may use ("Turkic Council"). */
  readonly variants: readonly string[];
}

interface EntryInput {
  id: string;
  name: string;
  acronym?: string | null;
  acronyms?: string[];
  variants?: string[];
  organs?: string[];
  organNames?: string[];
  organAcronyms?: string[];
  seat?: [city: string, country: string] | null;
  kind: OrganizationKind;
  country?: string | null;
  parent?: string | null;
  bareNames?: string[];
  former?: FormerName[];
}

function entry(input: EntryInput): OrganizationEntry {
  return Object.freeze({
    id: input.id,
    name: input.name,
    acronym: input.acronym ?? null,
    acronyms: Object.freeze(input.acronyms ?? []),
    variants: Object.freeze(input.variants ?? []),
    organs: Object.freeze(input.organs ?? []),
    organNames: Object.freeze(input.organNames ?? []),
    organAcronyms: Object.freeze(input.organAcronyms ?? []),
    seat: input.seat ? Object.freeze({ city: input.seat[0], country: input.seat[1] }) : null,
    kind: input.kind,
    country: input.country ?? null,
    parent: input.parent ?? null,
    bareNames: Object.freeze(input.bareNames ?? []),
    former: Object.freeze(input.former ?? []),
  });
}

/** Organ phrases shared by many intergovernmental bodies. */
const COMMON_ORGANS = ["Secretariat", "Permanent Council", "Ministerial Council", "Council of Foreign Ministers", "Council of Ministers of Foreign Affairs"];

/**
 * The organisations, canonical name first. Order is irrelevant to matching.
 *
 * @example
 * ```ts
 * import { ORGANIZATIONS } from "communique/data/organizations";
 * ORGANIZATIONS.find((entry) => entry.acronym === "CSTO")?.seat; // { city: "Moscow", country: "RU" }
 * ```
 */
export const ORGANIZATIONS: readonly OrganizationEntry[] = Object.freeze([
  // Eurasian bodies.
  entry({
    id: "csto", name: "Collective Security Treaty Organization", acronym: "CSTO", acronyms: ["ODKB"],
    variants: ["Organization of the Collective Security Treaty"],
    organs: [...COMMON_ORGANS, "Collective Security Council", "Council of Ministers of Defense", "Council of Defense Ministers",
      "Committee of Secretaries of Security Councils", "Joint Staff", "Collective Rapid Reaction Forces", "Collective Peacekeeping Forces"],
    organNames: ["Collective Rapid Deployment Forces", "Collective Rapid Reaction Force", "Collective Rapid Reaction Forces", "CSTO Joint Staff"],
    organAcronyms: ["CRRF", "CRDF"],
    seat: ["Moscow", "RU"], kind: "intergovernmental",
  }),
  entry({
    id: "cis", name: "Commonwealth of Independent States", acronym: "CIS", acronyms: ["SNG"],
    organs: [...COMMON_ORGANS, "Council of Heads of State", "Council of Heads of Government", "Executive Committee",
      "Economic Council", "Council of Defense Ministers", "Anti-Terrorism Center", "Council of Ministers of Defense"],
    organNames: ["CIS Executive Committee", "CIS Anti-Terrorism Center"],
    organAcronyms: ["ATC CIS", "CIS ATC"],
    seat: ["Minsk", "BY"], kind: "intergovernmental",
  }),
  entry({
    id: "sco", name: "Shanghai Cooperation Organisation", acronym: "SCO", acronyms: ["ShOS"],
    organs: [...COMMON_ORGANS, "Council of Heads of State", "Council of Heads of Government", "Council of National Coordinators",
      "Regional Anti-Terrorist Structure", "Business Council", "Interbank Consortium"],
    organNames: ["Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation"],
    organAcronyms: ["RATS"],
    seat: ["Beijing", "CN"], kind: "intergovernmental",
  }),
  entry({
    id: "eaeu", name: "Eurasian Economic Union", acronym: "EAEU", acronyms: ["EAEC", "EEU", "EaEU"],
    organs: ["Supreme Eurasian Economic Council", "Eurasian Intergovernmental Council", "Intergovernmental Council", "Court"],
    organNames: ["Eurasian Economic Commission", "Supreme Eurasian Economic Council", "Eurasian Intergovernmental Council", "Court of the Eurasian Economic Union"],
    organAcronyms: ["EEC"],
    seat: ["Moscow", "RU"], kind: "intergovernmental",
  }),
  entry({ id: "eurasec", name: "Eurasian Economic Community", acronym: "EurAsEC", acronyms: ["EURASEC"], seat: ["Moscow", "RU"], kind: "intergovernmental" }),
  entry({ id: "union-state", name: "Union State of Russia and Belarus", variants: ["Union State"], organs: ["Supreme State Council", "Standing Committee"], seat: ["Moscow", "RU"], kind: "intergovernmental" }),
  entry({ id: "edb", name: "Eurasian Development Bank", acronym: "EDB", acronyms: ["EaDB"], seat: ["Almaty", "KZ"], kind: "intergovernmental" }),
  entry({ id: "efsd", name: "Eurasian Fund for Stabilization and Development", acronym: "EFSD", seat: ["Almaty", "KZ"], kind: "intergovernmental" }),
  entry({ id: "cica", name: "Conference on Interaction and Confidence-Building Measures in Asia", acronym: "CICA", seat: ["Astana", "KZ"], kind: "intergovernmental" }),
  entry({ id: "eco", name: "Economic Cooperation Organization", acronym: "ECO", seat: ["Tehran", "IR"], kind: "intergovernmental" }),
  // ECO's development bank, a body of its own with its own members.
  entry({ id: "etdb", name: "ECO Trade and Development Bank", acronym: "ETDB", kind: "intergovernmental" }),
  entry({
    id: "ots", name: "Organization of Turkic States", acronym: "OTS", acronyms: ["CCTS"], variants: ["Cooperation Council of Turkic Speaking States", "Turkic Council"],
    // Renamed at the Istanbul summit of 12 November 2021.
    former: [{ name: "Cooperation Council of Turkic Speaking States", acronym: "CCTS", until: "2021-11-12", variants: ["Turkic Council", "Cooperation Council of Turkic-Speaking States"] }],
    seat: ["Istanbul", "TR"], kind: "intergovernmental",
  }),
  entry({ id: "guam", name: "GUAM Organization for Democracy and Economic Development", acronym: "GUAM", seat: ["Kyiv", "UA"], kind: "intergovernmental" }),
  entry({ id: "bsec", name: "Organization of the Black Sea Economic Cooperation", acronym: "BSEC", variants: ["Black Sea Economic Cooperation"], seat: ["Istanbul", "TR"], kind: "intergovernmental" }),
  entry({ id: "pabsec", name: "Parliamentary Assembly of the Black Sea Economic Cooperation", acronym: "PABSEC", organs: ["International Secretariat"], seat: ["Istanbul", "TR"], kind: "parliament" }),
  entry({ id: "turksoy", name: "International Organization of Turkic Culture", acronym: "TURKSOY", seat: ["Ankara", "TR"], kind: "intergovernmental" }),
  entry({ id: "turkpa", name: "Parliamentary Assembly of Turkic States", acronym: "TURKPA", variants: ["Parliamentary Assembly of Turkic-Speaking Countries"], seat: ["Baku", "AZ"], kind: "parliament" }),
  entry({ id: "turkic-academy", name: "International Turkic Academy", acronym: null, variants: ["Turkic Academy"], seat: ["Astana", "KZ"], kind: "intergovernmental" }),
  entry({ id: "asian-parliamentary-assembly", name: "Asian Parliamentary Assembly", acronym: null, seat: ["Tehran", "IR"], kind: "parliament" }),
  entry({ id: "ca-japan", name: "Central Asia plus Japan Dialogue", acronym: null, variants: ["Central Asia + Japan Dialogue"], seat: null, kind: "forum" }),
  entry({ id: "ifas", name: "International Fund for Saving the Aral Sea", acronym: "IFAS", seat: ["Dushanbe", "TJ"], kind: "intergovernmental" }),
  entry({ id: "ipa-cis", name: "Interparliamentary Assembly of the Commonwealth of Independent States", acronym: "IPA CIS",
    acronyms: ["CIS IPA"], variants: ["Interparliamentary Assembly of the CIS", "Inter-Parliamentary Assembly of the CIS", "Interparliamentary Assembly of the Member Nations of the Commonwealth of Independent States", "CIS Interparliamentary Assembly", "CIS Inter-Parliamentary Assembly", "Interparliamentary Assembly of the CIS Member Nations"],
    seat: ["Saint Petersburg", "RU"], kind: "parliament" }),
  entry({ id: "csto-pa", name: "Parliamentary Assembly of the Collective Security Treaty Organization", acronym: "CSTO PA",
    variants: ["CSTO Parliamentary Assembly", "Parliamentary Assembly of the CSTO"], seat: ["Saint Petersburg", "RU"], kind: "parliament" }),

  // Europe and the Atlantic.
  entry({
    id: "osce", name: "Organization for Security and Co-operation in Europe", acronym: "OSCE", acronyms: ["OBSE", "CSCE"],
    variants: ["Conference on Security and Co-operation in Europe"],
    // The CSCE became the OSCE on 1 January 1995 (Budapest summit decision).
    former: [{ name: "Conference on Security and Co-operation in Europe", acronym: "CSCE", until: "1995-01-01", variants: [] }],
    organs: [...COMMON_ORGANS, "Chairmanship", "Conflict Prevention Center", "Forum for Security Co-operation", "Transnational Threats Department",
      "Office for Democratic Institutions and Human Rights", "High Commissioner on National Minorities", "Representative on Freedom of the Media",
      "Academy", "Minsk Group", "Special Monitoring Mission", "Program Office", "Centre", "Mission"],
    organNames: ["Minsk Group", "OSCE Minsk Group", "Office for Democratic Institutions and Human Rights", "OSCE Academy in Bishkek", "Forum for Security Co-operation"],
    organAcronyms: ["ODIHR", "HCNM", "FSC", "SMM", "TNTD"],
    seat: ["Vienna", "AT"], kind: "intergovernmental",
  }),
  entry({ id: "osce-pa", name: "OSCE Parliamentary Assembly", acronym: "OSCE PA", variants: ["Parliamentary Assembly of the OSCE", "Parliamentary Assembly of the Organization for Security and Co-operation in Europe"], seat: ["Copenhagen", "DK"], kind: "parliament" }),
  entry({
    id: "nato", name: "North Atlantic Treaty Organization", acronym: "NATO", acronyms: ["OTAN"], variants: ["North Atlantic Alliance"],
    organs: ["North Atlantic Council", "Military Committee", "International Staff", "Secretariat", "Headquarters", "Allied Command Operations", "Allied Command Transformation"],
    organNames: ["North Atlantic Council", "NATO Headquarters", "Supreme Headquarters Allied Powers Europe"],
    organAcronyms: ["NAC", "SHAPE"],
    seat: ["Brussels", "BE"], kind: "intergovernmental",
  }),
  entry({ id: "nato-pa", name: "NATO Parliamentary Assembly", acronym: "NATO PA", variants: ["Parliamentary Assembly of NATO"], seat: ["Brussels", "BE"], kind: "parliament" }),
  entry({
    id: "eu", name: "European Union", acronym: "EU",
    variants: ["Europese Unie", "Europäische Union", "Union européenne", "Unión Europea", "Unione europea", "Evropeyskiy Soyuz"],
    organs: ["Council", "Commission", "External Action Service", "Delegation", "Court of Justice", "Foreign Affairs Council", "Presidency", "Special Representative",
      "Permanent Representatives Committee", "Committee of Permanent Representatives"],
    organNames: ["European Commission", "Council of the European Union", "European Council", "European External Action Service", "Court of Justice of the European Union",
      "Raad van de Europese Unie", "EU Council", "European Central Bank"],
    organAcronyms: ["EEAS", "ECB", "CJEU", "COREPER"],
    seat: ["Brussels", "BE"], kind: "intergovernmental",
  }),
  entry({ id: "european-parliament", name: "European Parliament", acronym: "EP", acronyms: [], seat: ["Strasbourg", "FR"], kind: "parliament" }),
  entry({ id: "efta", name: "European Free Trade Association", acronym: "EFTA", organs: ["Council", "Secretariat", "Surveillance Authority", "Court"], seat: ["Geneva", "CH"], kind: "intergovernmental" }),
  entry({ id: "eea", name: "European Economic Area", acronym: "EEA", organs: ["Council", "Joint Committee", "Joint Parliamentary Committee", "Consultative Committee"], seat: ["Brussels", "BE"], kind: "intergovernmental" }),
  entry({ id: "coe", name: "Council of Europe", acronym: "CoE", organs: ["Committee of Ministers", "Secretariat", "Venice Commission"], organNames: ["Venice Commission", "European Court of Human Rights"], organAcronyms: ["ECHR"], seat: ["Strasbourg", "FR"], kind: "intergovernmental" }),
  entry({ id: "pace", name: "Parliamentary Assembly of the Council of Europe", acronym: "PACE", seat: ["Strasbourg", "FR"], kind: "parliament" }),
  entry({ id: "oecd", name: "Organisation for Economic Co-operation and Development", acronym: "OECD", seat: ["Paris", "FR"], kind: "intergovernmental" }),
  entry({ id: "ebrd", name: "European Bank for Reconstruction and Development", acronym: "EBRD", seat: ["London", "GB"], kind: "intergovernmental" }),
  entry({ id: "eib", name: "European Investment Bank", acronym: "EIB", seat: ["Luxembourg", "LU"], kind: "intergovernmental" }),
  entry({ id: "europol", name: "European Union Agency for Law Enforcement Cooperation", acronym: "Europol", acronyms: ["EUROPOL"], variants: ["European Police Office"], seat: ["The Hague", "NL"], kind: "agency" }),
  entry({ id: "frontex", name: "European Border and Coast Guard Agency", acronym: "Frontex", acronyms: ["FRONTEX"], seat: ["Warsaw", "PL"], kind: "agency" }),
  entry({ id: "interpol", name: "International Criminal Police Organization", acronym: "INTERPOL", acronyms: ["Interpol", "ICPO"], organs: ["General Secretariat", "General Assembly"], seat: ["Lyon", "FR"], kind: "intergovernmental" }),

  // The United Nations and its agencies.
  entry({
    id: "un", name: "United Nations", acronym: "UN", acronyms: ["U.N.", "UNO", "ONU", "OON"], variants: ["United Nations Organization", "Organisation des Nations Unies"],
    organs: ["General Assembly", "Security Council", "Secretariat", "Economic and Social Council", "Human Rights Council", "Trusteeship Council",
      "Office", "Office at Geneva", "Office at Vienna", "Counter-Terrorism Committee", "Peacebuilding Commission", "Headquarters", "Mission"],
    organNames: ["United Nations General Assembly", "United Nations Security Council", "United Nations Secretariat", "United Nations Office at Geneva",
      "United Nations Office at Vienna", "United Nations Human Rights Council", "United Nations Economic and Social Council",
      // Departments and offices of the Secretariat (un.org/en/about-us/secretariat).
      "Department of Political and Peacebuilding Affairs", "Department of Peace Operations", "Department of Economic and Social Affairs",
      "Department of Operational Support", "Department of Global Communications", "Department of Safety and Security",
      "Department for General Assembly and Conference Management", "Office for Disarmament Affairs", "Office of Legal Affairs",
      "Executive Office of the Secretary-General"],
    organAcronyms: ["UNGA", "UNSC", "ECOSOC", "UNOG", "UNOV", "UNHRC", "DPPA", "UNDESA", "UNODA"],
    seat: ["New York", "US"], kind: "intergovernmental",
  }),
  entry({ id: "unicef", name: "United Nations Children's Fund", acronym: "UNICEF", seat: ["New York", "US"], kind: "un-agency" }),
  entry({ id: "unhcr", name: "Office of the United Nations High Commissioner for Refugees", acronym: "UNHCR", variants: ["UN Refugee Agency", "United Nations High Commissioner for Refugees"], seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "ohchr", name: "Office of the United Nations High Commissioner for Human Rights", acronym: "OHCHR", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({
    id: "who", name: "World Health Organization", acronym: "WHO",
    // Its six regional offices; "WHO/Europe" is how the European one styles itself.
    organs: ["Regional Office for Europe", "Regional Office for Africa", "Regional Office for the Americas", "Regional Office for South-East Asia",
      "Regional Office for the Eastern Mediterranean", "Regional Office for the Western Pacific", "Regional Office", "Executive Board", "World Health Assembly"],
    organNames: ["WHO Regional Office for Europe", "WHO/Europe", "World Health Assembly"],
    organAcronyms: ["EMRO", "SEARO", "WPRO", "AFRO"],
    seat: ["Geneva", "CH"], kind: "un-agency",
  }),
  entry({ id: "unesco", name: "United Nations Educational, Scientific and Cultural Organization", acronym: "UNESCO", seat: ["Paris", "FR"], kind: "un-agency" }),
  entry({ id: "iaea", name: "International Atomic Energy Agency", acronym: "IAEA", seat: ["Vienna", "AT"], kind: "un-agency" }),
  entry({ id: "undp", name: "United Nations Development Programme", acronym: "UNDP", seat: ["New York", "US"], kind: "un-agency" }),
  entry({ id: "unep", name: "United Nations Environment Programme", acronym: "UNEP", seat: ["Nairobi", "KE"], kind: "un-agency" }),
  entry({ id: "wfp", name: "World Food Programme", acronym: "WFP", seat: ["Rome", "IT"], kind: "un-agency" }),
  entry({ id: "fao", name: "Food and Agriculture Organization of the United Nations", acronym: "FAO", variants: ["Food and Agriculture Organization"], seat: ["Rome", "IT"], kind: "un-agency" }),
  entry({ id: "ifad", name: "International Fund for Agricultural Development", acronym: "IFAD", seat: ["Rome", "IT"], kind: "un-agency" }),
  entry({ id: "ilo", name: "International Labour Organization", acronym: "ILO", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "iom", name: "International Organization for Migration", acronym: "IOM", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "unodc", name: "United Nations Office on Drugs and Crime", acronym: "UNODC", seat: ["Vienna", "AT"], kind: "un-agency" }),
  entry({ id: "unoct", parent: "un", name: "United Nations Office of Counter-Terrorism", acronym: "UNOCT", variants: ["UN Office of Counter-Terrorism"], seat: ["New York", "US"], kind: "un-agency" }),
  entry({ id: "unrcca", parent: "un", name: "United Nations Regional Centre for Preventive Diplomacy for Central Asia", acronym: "UNRCCA", seat: ["Ashgabat", "TM"], kind: "un-agency" }),
  entry({ id: "unama", parent: "un", name: "United Nations Assistance Mission in Afghanistan", acronym: "UNAMA", seat: ["Kabul", "AF"], kind: "un-agency" }),
  entry({ id: "unfpa", name: "United Nations Population Fund", acronym: "UNFPA", seat: ["New York", "US"], kind: "un-agency" }),
  entry({ id: "un-women", name: "United Nations Entity for Gender Equality and the Empowerment of Women", acronym: "UN Women", seat: ["New York", "US"], kind: "un-agency" }),
  entry({ id: "unctad", name: "United Nations Conference on Trade and Development", acronym: "UNCTAD", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "unido", name: "United Nations Industrial Development Organization", acronym: "UNIDO", seat: ["Vienna", "AT"], kind: "un-agency" }),
  entry({ id: "unfccc", name: "United Nations Framework Convention on Climate Change", acronym: "UNFCCC", seat: ["Bonn", "DE"], kind: "un-agency" }),
  entry({ id: "escap", parent: "un", name: "United Nations Economic and Social Commission for Asia and the Pacific", acronym: "ESCAP", acronyms: ["UNESCAP"], seat: ["Bangkok", "TH"], kind: "un-agency" }),
  entry({ id: "unece", parent: "un", name: "United Nations Economic Commission for Europe", acronym: "UNECE", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "ocha", name: "United Nations Office for the Coordination of Humanitarian Affairs", acronym: "OCHA", seat: ["New York", "US"], kind: "un-agency" }),
  entry({ id: "icao", name: "International Civil Aviation Organization", acronym: "ICAO", seat: ["Montreal", "CA"], kind: "un-agency" }),
  entry({ id: "imo", name: "International Maritime Organization", acronym: "IMO", seat: ["London", "GB"], kind: "un-agency" }),
  entry({ id: "itu", name: "International Telecommunication Union", acronym: "ITU", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "wmo", name: "World Meteorological Organization", acronym: "WMO", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "wipo", name: "World Intellectual Property Organization", acronym: "WIPO", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "unwto", name: "World Tourism Organization", acronym: "UNWTO", seat: ["Madrid", "ES"], kind: "un-agency" }),
  entry({ id: "opcw", name: "Organisation for the Prohibition of Chemical Weapons", acronym: "OPCW", seat: ["The Hague", "NL"], kind: "intergovernmental" }),
  entry({
    id: "ctbto", name: "Comprehensive Nuclear-Test-Ban Treaty Organization", acronym: "CTBTO",
    variants: ["Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization"],
    // Its verification regime: the monitoring network and the data centre in Vienna.
    organs: ["Preparatory Commission", "Provisional Technical Secretariat", "International Monitoring System", "International Data Centre", "International Data Center"],
    organAcronyms: ["PTS", "IMS", "IDC"],
    seat: ["Vienna", "AT"], kind: "intergovernmental",
  }),
  entry({ id: "icj", name: "International Court of Justice", acronym: "ICJ", seat: ["The Hague", "NL"], kind: "un-agency" }),
  entry({ id: "icc", name: "International Criminal Court", acronym: "ICC", seat: ["The Hague", "NL"], kind: "intergovernmental" }),
  entry({ id: "world-bank", name: "World Bank", acronym: "WB", variants: ["World Bank Group", "International Bank for Reconstruction and Development"], organAcronyms: ["IBRD"], seat: ["Washington", "US"], kind: "intergovernmental" }),
  entry({ id: "imf", name: "International Monetary Fund", acronym: "IMF", seat: ["Washington", "US"], kind: "intergovernmental" }),
  entry({ id: "wto", name: "World Trade Organization", acronym: "WTO", seat: ["Geneva", "CH"], kind: "intergovernmental" }),

  // Asia, Africa, the Middle East and the Americas.
  entry({ id: "asean", name: "Association of Southeast Asian Nations", acronym: "ASEAN", variants: ["Association of South-East Asian Nations"], organs: ["Secretariat", "Regional Forum"], seat: ["Jakarta", "ID"], kind: "intergovernmental" }),
  entry({ id: "apec", name: "Asia-Pacific Economic Cooperation", acronym: "APEC", seat: ["Singapore", "SG"], kind: "forum" }),
  entry({ id: "adb", name: "Asian Development Bank", acronym: "ADB", seat: ["Manila", "PH"], kind: "intergovernmental" }),
  entry({ id: "aiib", name: "Asian Infrastructure Investment Bank", acronym: "AIIB", seat: ["Beijing", "CN"], kind: "intergovernmental" }),
  entry({ id: "ndb", name: "New Development Bank", acronym: "NDB", variants: ["BRICS Development Bank"], seat: ["Shanghai", "CN"], kind: "intergovernmental" }),
  // Bangladesh, Egypt, Indonesia, Iran, Malaysia, Nigeria, Pakistan, Türkiye (and Azerbaijan): its secretariat is in Istanbul.
  entry({
    id: "d8", name: "Developing-8 Organization for Economic Cooperation", acronym: "D-8", acronyms: ["D8"],
    variants: ["D-8 Organization for Economic Cooperation", "D-8 Organisation for Economic Cooperation", "Developing Eight Organization for Economic Cooperation", "Developing 8 Organization for Economic Cooperation"],
    organs: COMMON_ORGANS, seat: ["Istanbul", "TR"], kind: "intergovernmental",
  }),
  entry({ id: "isdb", name: "Islamic Development Bank", acronym: "IsDB", acronyms: ["IDB"], seat: ["Jeddah", "SA"], kind: "intergovernmental" }),
  // The OIC's educational and cultural organisation (Rabat), called ISESCO until 2020; the
  // Islamic Solidarity Fund is a subsidiary organ of the OIC with its own budget (Jeddah).
  entry({ id: "icesco", name: "Islamic World Educational, Scientific and Cultural Organization", acronym: "ICESCO", acronyms: ["ISESCO"],
    variants: ["Islamic Educational, Scientific and Cultural Organization"], seat: ["Rabat", "MA"], kind: "intergovernmental" }),
  entry({ id: "isf", name: "Islamic Solidarity Fund", acronym: "ISF", seat: ["Jeddah", "SA"], kind: "intergovernmental" }),
  entry({ id: "saarc", name: "South Asian Association for Regional Cooperation", acronym: "SAARC", seat: ["Kathmandu", "NP"], kind: "intergovernmental" }),
  entry({
    id: "oic", name: "Organisation of Islamic Cooperation", acronym: "OIC", variants: ["Organization of the Islamic Conference"],
    // Renamed by the Council of Foreign Ministers in Astana on 28 June 2011.
    former: [{ name: "Organisation of the Islamic Conference", acronym: "OIC", until: "2011-06-28", variants: [] }],
    seat: ["Jeddah", "SA"], kind: "intergovernmental",
  }),
  entry({
    id: "au", name: "African Union", acronym: "AU",
    organs: ["Commission", "Peace and Security Council", "Permanent Representatives Committee", "Assembly", "Executive Council"],
    organNames: ["African Union Commission", "AU Commission"], organAcronyms: ["AUC", "PSC"], seat: ["Addis Ababa", "ET"], kind: "intergovernmental",
  }),
  entry({ id: "arab-league", name: "League of Arab States", acronym: "LAS", variants: ["Arab League"], seat: ["Cairo", "EG"], kind: "intergovernmental" }),
  entry({ id: "gcc", name: "Gulf Cooperation Council", acronym: "GCC", variants: ["Cooperation Council for the Arab States of the Gulf"], seat: ["Riyadh", "SA"], kind: "intergovernmental" }),
  entry({ id: "opec", name: "Organization of the Petroleum Exporting Countries", acronym: "OPEC", variants: ["OPEC+"], seat: ["Vienna", "AT"], kind: "intergovernmental" }),
  entry({ id: "oas", name: "Organization of American States", acronym: "OAS", seat: ["Washington", "US"], kind: "intergovernmental" }),
  entry({ id: "nam", name: "Non-Aligned Movement", acronym: "NAM", seat: null, kind: "forum" }),
  entry({ id: "ecowas", name: "Economic Community of West African States", acronym: "ECOWAS", acronyms: ["CEDEAO"], organs: ["Commission", "Authority of Heads of State and Government"], organNames: ["ECOWAS Commission"], seat: ["Abuja", "NG"], kind: "intergovernmental" }),
  entry({ id: "eac", name: "East African Community", acronym: "EAC", organs: ["Secretariat", "Summit"], seat: ["Arusha", "TZ"], kind: "intergovernmental" }),
  entry({ id: "sadc", name: "Southern African Development Community", acronym: "SADC", seat: ["Gaborone", "BW"], kind: "intergovernmental" }),
  entry({ id: "igad", name: "Intergovernmental Authority on Development", acronym: "IGAD", seat: ["Djibouti", "DJ"], kind: "intergovernmental" }),
  entry({ id: "comesa", name: "Common Market for Eastern and Southern Africa", acronym: "COMESA", seat: ["Lusaka", "ZM"], kind: "intergovernmental" }),
  entry({ id: "eccas", name: "Economic Community of Central African States", acronym: "ECCAS", seat: ["Libreville", "GA"], kind: "intergovernmental" }),
  entry({ id: "afdb", name: "African Development Bank", acronym: "AfDB", acronyms: ["AFDB"], variants: ["African Development Bank Group"], seat: ["Abidjan", "CI"], kind: "intergovernmental" }),
  entry({ id: "pap", name: "Pan-African Parliament", acronym: "PAP", seat: ["Johannesburg", "ZA"], kind: "parliament" }),
  entry({ id: "mercosur", name: "Southern Common Market", acronym: "MERCOSUR", acronyms: ["Mercosur", "MERCOSUL"],
    // The Common Market Council (ministers) and the Common Market Group (its executive organ).
    organNames: ["Common Market Council", "Council of the Common Market", "Common Market Group"], seat: ["Montevideo", "UY"], kind: "intergovernmental" }),
  entry({ id: "celac", name: "Community of Latin American and Caribbean States", acronym: "CELAC", seat: null, kind: "forum" }),
  entry({ id: "caricom", name: "Caribbean Community", acronym: "CARICOM", organs: ["Secretariat"], organNames: ["Caribbean Community Secretariat"], seat: ["Georgetown", "GY"], kind: "intergovernmental" }),
  // Institutions of CARICOM with their own agreements and members.
  entry({ id: "ccccc", name: "Caribbean Community Climate Change Centre", acronym: "CCCCC", variants: ["Caribbean Community Climate Change Center"], seat: ["Belmopan", "BZ"], kind: "intergovernmental" }),
  entry({ id: "cdema", name: "Caribbean Disaster Emergency Management Agency", acronym: "CDEMA", seat: ["Bridgetown", "BB"], kind: "intergovernmental" }),
  entry({ id: "oecs", name: "Organisation of Eastern Caribbean States", acronym: "OECS", variants: ["Organization of Eastern Caribbean States"], organs: ["Commission"], organNames: ["OECS Commission"], seat: ["Castries", "LC"], kind: "intergovernmental" }),
  // The regional development bank of the Caribbean (headquarters at Wildey, St Michael, by Bridgetown).
  entry({ id: "cdb", name: "Caribbean Development Bank", acronym: "CDB", seat: ["Bridgetown", "BB"], kind: "intergovernmental" }),
  entry({ id: "sica", name: "Central American Integration System", acronym: "SICA", seat: ["San Salvador", "SV"], kind: "intergovernmental" }),
  entry({ id: "can", name: "Andean Community", acronym: "CAN", seat: ["Lima", "PE"], kind: "intergovernmental" }),
  entry({ id: "iadb", name: "Inter-American Development Bank", acronym: "IDB", acronyms: ["IADB"], seat: ["Washington", "US"], kind: "intergovernmental" }),
  entry({ id: "pif", name: "Pacific Islands Forum", acronym: "PIF", organs: ["Secretariat"], organNames: ["Pacific Islands Forum Secretariat"], seat: ["Suva", "FJ"], kind: "intergovernmental" }),
  entry({ id: "spc", name: "Pacific Community", acronym: "SPC", seat: ["Nouméa", "NC"], kind: "intergovernmental" }),
  entry({ id: "bimstec", name: "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", acronym: "BIMSTEC", seat: ["Dhaka", "BD"], kind: "intergovernmental" }),
  entry({ id: "iora", name: "Indian Ocean Rim Association", acronym: "IORA", seat: ["Port Louis", "MU"], kind: "intergovernmental" }),
  entry({ id: "mrc", name: "Mekong River Commission", acronym: "MRC", seat: ["Vientiane", "LA"], kind: "intergovernmental" }),
  entry({ id: "cplp", name: "Community of Portuguese Language Countries", acronym: "CPLP", variants: ["Community of Portuguese-Speaking Countries"], seat: ["Lisbon", "PT"], kind: "intergovernmental" }),
  entry({ id: "oif", name: "International Organisation of La Francophonie", acronym: "OIF", variants: ["Organisation internationale de la Francophonie", "La Francophonie"], seat: ["Paris", "FR"], kind: "intergovernmental" }),
  entry({ id: "commonwealth", name: "Commonwealth of Nations", acronym: null, organNames: ["Commonwealth Secretariat"], seat: ["London", "GB"], kind: "intergovernmental" }),
  entry({ id: "gecf", name: "Gas Exporting Countries Forum", acronym: "GECF", seat: ["Doha", "QA"], kind: "intergovernmental" }),
  entry({ id: "irena", name: "International Renewable Energy Agency", acronym: "IRENA", seat: ["Abu Dhabi", "AE"], kind: "intergovernmental" }),
  entry({ id: "iea", name: "International Energy Agency", acronym: "IEA", seat: ["Paris", "FR"], kind: "intergovernmental" }),
  entry({ id: "oapec", name: "Organization of Arab Petroleum Exporting Countries", acronym: "OAPEC", seat: ["Kuwait City", "KW"], kind: "intergovernmental" }),
  entry({ id: "carec", name: "Central Asia Regional Economic Cooperation Program", acronym: "CAREC", variants: ["Central Asia Regional Economic Cooperation"], seat: null, kind: "forum" }),
  entry({ id: "eag", name: "Eurasian Group on Combating Money Laundering and Financing of Terrorism", acronym: "EAG", seat: ["Moscow", "RU"], kind: "intergovernmental" }),
  entry({ id: "fatf", name: "Financial Action Task Force", acronym: "FATF", seat: ["Paris", "FR"], kind: "intergovernmental" }),
  // Czechia, Hungary, Poland and Slovakia: a forum without a seat; its fund is a body of its own.
  entry({ id: "v4", name: "Visegrad Group", acronym: "V4", variants: ["Visegrád Group", "Visegrad Four", "Visegrád Four"], seat: null, kind: "forum" }),
  entry({ id: "ivf", name: "International Visegrad Fund", acronym: "IVF", variants: ["International Visegrád Fund", "Visegrad Fund"], seat: ["Bratislava", "SK"], kind: "intergovernmental" }),
  entry({ id: "cbss", name: "Council of the Baltic Sea States", acronym: "CBSS", seat: ["Stockholm", "SE"], kind: "intergovernmental" }),
  entry({ id: "nordic-council", name: "Nordic Council", acronym: null, seat: ["Copenhagen", "DK"], kind: "parliament" }),
  entry({ id: "rcc", name: "Regional Cooperation Council", acronym: "RCC", seat: ["Sarajevo", "BA"], kind: "intergovernmental" }),
  entry({ id: "cei", name: "Central European Initiative", acronym: "CEI", seat: ["Trieste", "IT"], kind: "intergovernmental" }),
  entry({ id: "wco", name: "World Customs Organization", acronym: "WCO", seat: ["Brussels", "BE"], kind: "intergovernmental" }),
  entry({ id: "upu", name: "Universal Postal Union", acronym: "UPU", seat: ["Bern", "CH"], kind: "un-agency" }),
  entry({ id: "bis", name: "Bank for International Settlements", acronym: "BIS", seat: ["Basel", "CH"], kind: "intergovernmental" }),
  entry({ id: "ifc", name: "International Finance Corporation", acronym: "IFC", seat: ["Washington", "US"], kind: "intergovernmental" }),
  entry({ id: "unaids", name: "Joint United Nations Programme on HIV/AIDS", acronym: "UNAIDS", seat: ["Geneva", "CH"], kind: "un-agency" }),
  entry({ id: "un-habitat", name: "United Nations Human Settlements Programme", acronym: "UN-Habitat", seat: ["Nairobi", "KE"], kind: "un-agency" }),
  entry({ id: "unrwa", name: "United Nations Relief and Works Agency for Palestine Refugees in the Near East", acronym: "UNRWA", seat: ["Amman", "JO"], kind: "un-agency" }),
  entry({ id: "uneca", name: "United Nations Economic Commission for Africa", acronym: "ECA", acronyms: ["UNECA"], seat: ["Addis Ababa", "ET"], kind: "un-agency" }),
  entry({ id: "eclac", name: "Economic Commission for Latin America and the Caribbean", acronym: "ECLAC", acronyms: ["CEPAL"], seat: ["Santiago", "CL"], kind: "un-agency" }),
  entry({ id: "escwa", name: "United Nations Economic and Social Commission for Western Asia", acronym: "ESCWA", seat: ["Beirut", "LB"], kind: "un-agency" }),
  entry({ id: "unsom", parent: "un", name: "United Nations Assistance Mission in Somalia", acronym: "UNSOM", seat: ["Mogadishu", "SO"], kind: "un-agency" }),
  entry({ id: "amisom", parent: "au", name: "African Union Mission in Somalia", acronym: "AMISOM", seat: ["Mogadishu", "SO"], kind: "intergovernmental" }),
  entry({ id: "monusco", parent: "un", name: "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", acronym: "MONUSCO", seat: ["Kinshasa", "CD"], kind: "un-agency" }),
  entry({ id: "unmiss", parent: "un", name: "United Nations Mission in South Sudan", acronym: "UNMISS", seat: ["Juba", "SS"], kind: "un-agency" }),
  entry({ id: "minusma", parent: "un", name: "United Nations Multidimensional Integrated Stabilization Mission in Mali", acronym: "MINUSMA", seat: ["Bamako", "ML"], kind: "un-agency" }),

  // Forums and formats without a seat.
  entry({ id: "brics", name: "BRICS", acronym: "BRICS", variants: ["BRICS+", "BRICS Plus"], seat: null, kind: "forum" }),
  entry({ id: "g7", name: "G7", acronym: "G7", variants: ["Group of Seven", "G-7"], seat: null, kind: "forum" }),
  entry({ id: "g8", name: "G8", acronym: "G8", variants: ["Group of Eight", "G-8"], seat: null, kind: "forum" }),
  entry({ id: "g20", name: "G20", acronym: "G20", variants: ["Group of Twenty", "G-20"], seat: null, kind: "forum" }),
  entry({ id: "c5-1", name: "C5+1", acronym: null, variants: ["C5 + 1", "C5+1 format"], seat: null, kind: "forum" }),
  entry({ id: "d-isis", name: "Global Coalition to Defeat ISIS", acronym: null, variants: ["Global Coalition to Defeat Daesh", "Global Coalition against Daesh", "Global Coalition Against Da'esh", "Global Coalition against ISIS", "D-ISIS Coalition"], seat: null, kind: "forum" }),

  // Non-governmental and international bodies.
  entry({ id: "icrc", name: "International Committee of the Red Cross", acronym: "ICRC", seat: ["Geneva", "CH"], kind: "non-governmental" }),
  entry({ id: "ifrc", name: "International Federation of Red Cross and Red Crescent Societies", acronym: "IFRC", seat: ["Geneva", "CH"], kind: "non-governmental" }),
  entry({
    id: "ipu", name: "Inter-Parliamentary Union", acronym: "IPU",
    organs: ["Governing Council", "Executive Committee", "Assembly", "Bureau of Women Parliamentarians", "Forum of Women Parliamentarians",
      "Forum of Young Parliamentarians", "Committee on the Human Rights of Parliamentarians", "Secretariat"],
    seat: ["Geneva", "CH"], kind: "parliament",
  }),

  // State-owned and major companies that releases on economic cooperation name (public
  // record: the companies' own sites and annual reports). No seats: a company named in a
  // release is no venue. Names are ones no common word shares, as names match in any case.
  entry({ id: "gazprom", name: "Gazprom", acronym: null, variants: ["PJSC Gazprom", "Gazprom PJSC"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "gazprom-neft", name: "Gazprom Neft", acronym: null, seat: null, kind: "company", country: "RU" }),
  entry({ id: "rosneft", name: "Rosneft", acronym: null, variants: ["Rosneft Oil Company"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "lukoil", name: "Lukoil", acronym: null, variants: ["LUKOIL"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "novatek", name: "Novatek", acronym: null, variants: ["NOVATEK"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "transneft", name: "Transneft", acronym: null, seat: null, kind: "company", country: "RU" }),
  entry({ id: "rosatom", name: "Rosatom", acronym: null, variants: ["State Atomic Energy Corporation Rosatom", "Rosatom State Corporation", "ROSATOM"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "rostec", name: "Rostec", acronym: null, variants: ["Rostec State Corporation"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "roscosmos", name: "Roscosmos", acronym: null, variants: ["Roscosmos State Corporation", "State Space Corporation Roscosmos"], seat: null, kind: "agency", country: "RU" }),
  entry({ id: "rzd", name: "Russian Railways", acronym: "RZD", seat: null, kind: "company", country: "RU" }),
  entry({ id: "sberbank", name: "Sberbank", acronym: null, variants: ["Sber"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "rdif", name: "Russian Direct Investment Fund", acronym: "RDIF", seat: null, kind: "company", country: "RU" }),
  entry({ id: "rosoboronexport", name: "Rosoboronexport", acronym: null, seat: null, kind: "company", country: "RU" }),
  entry({ id: "rushydro", name: "RusHydro", acronym: null, seat: null, kind: "company", country: "RU" }),
  entry({ id: "inter-rao", name: "Inter RAO", acronym: null, variants: ["Inter RAO UES"], seat: null, kind: "company", country: "RU" }),
  entry({ id: "samruk-kazyna", name: "Samruk-Kazyna", acronym: null, variants: ["Samruk-Kazyna Sovereign Wealth Fund", "Samruk-Kazyna National Welfare Fund", "National Welfare Fund Samruk-Kazyna", "Samruk Kazyna"], seat: null, kind: "company", country: "KZ" }),
  entry({ id: "kazmunaygas", name: "KazMunayGas", acronym: "KMG", variants: ["National Company KazMunayGas", "KazMunaiGas"], seat: null, kind: "company", country: "KZ" }),
  entry({ id: "kazatomprom", name: "Kazatomprom", acronym: null, variants: ["National Atomic Company Kazatomprom"], seat: null, kind: "company", country: "KZ" }),
  entry({ id: "kegoc", name: "KEGOC", acronym: "KEGOC", variants: ["Kazakhstan Electricity Grid Operating Company"], seat: null, kind: "company", country: "KZ" }),
  entry({ id: "ktz", name: "Kazakhstan Temir Zholy", acronym: "KTZ", variants: ["Kazakhstan Railways"], seat: null, kind: "company", country: "KZ" }),
  entry({ id: "baiterek", name: "Baiterek", acronym: null, variants: ["Baiterek National Managing Holding", "National Managing Holding Baiterek"], seat: null, kind: "company", country: "KZ" }),
  entry({ id: "uzbekneftegaz", name: "Uzbekneftegaz", acronym: null, variants: ["JSC Uzbekneftegaz"], seat: null, kind: "company", country: "UZ" }),
  entry({ id: "uzbekistan-railways", name: "Uzbekistan Railways", acronym: null, variants: ["O'zbekiston Temir Yo'llari", "Uzbekiston Temir Yollari"], seat: null, kind: "company", country: "UZ" }),
  entry({ id: "nmmc", name: "Navoi Mining and Metallurgical Company", acronym: "NMMC", variants: ["Navoi Mining and Metallurgical Combine"], seat: null, kind: "company", country: "UZ" }),
  entry({ id: "socar", name: "State Oil Company of the Azerbaijan Republic", acronym: "SOCAR", variants: ["State Oil Company of Azerbaijan Republic", "State Oil Company of Azerbaijan"], seat: null, kind: "company", country: "AZ" }),
  entry({ id: "turkmengaz", name: "Turkmengaz", acronym: null, variants: ["Turkmengaz State Concern"], seat: null, kind: "company", country: "TM" }),
  entry({ id: "belaruskali", name: "Belaruskali", acronym: null, seat: null, kind: "company", country: "BY" }),
  entry({ id: "uzbekistan-airways", name: "Uzbekistan Airways", acronym: null, seat: null, kind: "company", country: "UZ" }),
  entry({ id: "air-astana", name: "Air Astana", acronym: null, seat: null, kind: "company", country: "KZ" }),
  entry({ id: "azal", name: "Azerbaijan Airlines", acronym: "AZAL", seat: null, kind: "company", country: "AZ" }),
  entry({ id: "turkmenistan-airlines", name: "Turkmenistan Airlines", acronym: null, seat: null, kind: "company", country: "TM" }),
  entry({ id: "aeroflot", name: "Aeroflot", acronym: null, seat: null, kind: "company", country: "RU" }),
  entry({ id: "kazakhtelecom", name: "Kazakhtelecom", acronym: null, seat: null, kind: "company", country: "KZ" }),
  entry({ id: "azerenerji", name: "Azerenerji", acronym: null, seat: null, kind: "company", country: "AZ" }),
  entry({ id: "uzbekhydroenergo", name: "Uzbekhydroenergo", acronym: null, seat: null, kind: "company", country: "UZ" }),
  entry({ id: "kazakh-invest", name: "Kazakh Invest", acronym: null, seat: null, kind: "company", country: "KZ" }),
  entry({ id: "naftogaz", name: "Naftogaz", acronym: null, variants: ["Naftogaz of Ukraine", "NJSC Naftogaz of Ukraine"], seat: null, kind: "company", country: "UA" }),
  entry({ id: "energoatom", name: "Energoatom", acronym: null, seat: null, kind: "company", country: "UA" }),
  entry({ id: "cnpc", name: "China National Petroleum Corporation", acronym: "CNPC", seat: null, kind: "company", country: "CN" }),
  entry({ id: "sinopec", name: "Sinopec", acronym: null, variants: ["China Petroleum and Chemical Corporation"], seat: null, kind: "company", country: "CN" }),
  entry({ id: "cnooc", name: "China National Offshore Oil Corporation", acronym: "CNOOC", seat: null, kind: "company", country: "CN" }),
  entry({ id: "sgcc", name: "State Grid Corporation of China", acronym: "SGCC", seat: null, kind: "company", country: "CN" }),
  entry({ id: "cdb", name: "China Development Bank", acronym: null, seat: null, kind: "company", country: "CN" }),
  entry({ id: "huawei", name: "Huawei", acronym: null, variants: ["Huawei Technologies"], seat: null, kind: "company", country: "CN" }),
  entry({ id: "aramco", name: "Saudi Aramco", acronym: null, variants: ["Aramco"], seat: null, kind: "company", country: "SA" }),
  entry({ id: "adnoc", name: "Abu Dhabi National Oil Company", acronym: "ADNOC", seat: null, kind: "company", country: "AE" }),
  entry({ id: "totalenergies", name: "TotalEnergies", acronym: null, variants: ["Total Energies"], seat: null, kind: "company", country: "FR" }),
  entry({ id: "exxonmobil", name: "ExxonMobil", acronym: null, variants: ["Exxon Mobil"], seat: null, kind: "company", country: "US" }),
  entry({ id: "chevron", name: "Chevron", acronym: null, seat: null, kind: "company", country: "US" }),
  entry({ id: "bp", name: "BP", acronym: "BP", seat: null, kind: "company", country: "GB" }),
  entry({ id: "siemens", name: "Siemens", acronym: null, variants: ["Siemens Energy"], seat: null, kind: "company", country: "DE" }),
  entry({ id: "airbus", name: "Airbus", acronym: null, seat: null, kind: "company", country: "FR" }),
  entry({ id: "boeing", name: "Boeing", acronym: null, seat: null, kind: "company", country: "US" }),

  // National bodies releases name without their country.
  entry({ id: "usaid", name: "United States Agency for International Development", acronym: "USAID", variants: ["U.S. Agency for International Development", "US Agency for International Development"], seat: ["Washington", "US"], kind: "agency", country: "US" }),
  // National parliaments and their chambers. A chamber is an organisation of its own; its
  // committees are its organs. Names are the chambers' own English ones.
  entry({ id: "us-congress", name: "United States Congress", acronym: null, variants: ["US Congress", "U.S. Congress", "Congress of the United States"], seat: ["Washington", "US"], kind: "parliament", country: "US" }),
  entry({
    id: "us-senate", name: "United States Senate", acronym: null, variants: ["US Senate", "U.S. Senate", "Senate of the United States"],
    organs: ["Foreign Relations Committee", "Senate Foreign Relations Committee", "Committee on Foreign Relations", "Armed Services Committee", "Senate Armed Services Committee",
      "Appropriations Committee", "Intelligence Committee", "Select Committee on Intelligence", "Judiciary Committee", "Finance Committee", "NATO Observer Group"],
    seat: ["Washington", "US"], kind: "parliament", country: "US",
  }),
  entry({
    id: "us-house", name: "United States House of Representatives", acronym: null,
    variants: ["US House of Representatives", "U.S. House of Representatives", "House of Representatives of the United States"],
    bareNames: ["House of Representatives"],
    organs: ["Foreign Affairs Committee", "House Foreign Affairs Committee", "Committee on Foreign Affairs", "House Armed Services Committee", "Ways and Means Committee",
      "House Intelligence Committee", "Permanent Select Committee on Intelligence"],
    seat: ["Washington", "US"], kind: "parliament", country: "US",
  }),
  entry({ id: "uk-commons", name: "House of Commons", acronym: null, variants: ["UK House of Commons", "British House of Commons"], organs: ["Foreign Affairs Committee", "Foreign Affairs Select Committee"], seat: ["London", "GB"], kind: "parliament", country: "GB" }),
  entry({ id: "uk-lords", name: "House of Lords", acronym: null, seat: ["London", "GB"], kind: "parliament", country: "GB" }),
  entry({ id: "ru-federal-assembly", name: "Federal Assembly of the Russian Federation", acronym: null, variants: ["Federal Assembly", "Russian Federal Assembly"], seat: ["Moscow", "RU"], kind: "parliament", country: "RU" }),
  entry({
    id: "ru-federation-council", name: "Federation Council of the Federal Assembly of the Russian Federation", acronym: null,
    variants: ["Federation Council", "Federation Council of Russia", "Federation Council of the Russian Federation", "Russian Federation Council"],
    organs: ["Committee on International Affairs", "Committee on Defence and Security"],
    seat: ["Moscow", "RU"], kind: "parliament", country: "RU",
  }),
  entry({
    id: "ru-state-duma", name: "State Duma of the Federal Assembly of the Russian Federation", acronym: null,
    variants: ["State Duma", "Russian State Duma", "State Duma of Russia", "State Duma of the Russian Federation"],
    organs: ["Committee on International Affairs", "Committee on CIS Affairs, Eurasian Integration and Relations with Compatriots"],
    seat: ["Moscow", "RU"], kind: "parliament", country: "RU",
  }),
  // Chambers named with their parliament whose head noun names no parliament ("House"):
  // their own English names. Chambers headed by a parliament's noun ("Senate of the Oliy
  // Majlis") are read by their shape.
  entry({
    id: "by-house-of-representatives", name: "House of Representatives of the National Assembly of the Republic of Belarus", acronym: null,
    variants: ["House of Representatives of the National Assembly of Belarus", "House of Representatives of Belarus", "House of Representatives of the Republic of Belarus"],
    seat: ["Minsk", "BY"], kind: "parliament", country: "BY",
  }),
  entry({
    id: "by-council-of-the-republic", name: "Council of the Republic of the National Assembly of the Republic of Belarus", acronym: null,
    variants: ["Council of the Republic of the National Assembly of Belarus", "Council of the Republic of the National Assembly"],
    seat: ["Minsk", "BY"], kind: "parliament", country: "BY",
  }),
  entry({ id: "us-nsc", name: "National Security Council", acronym: "NSC", seat: ["Washington", "US"], kind: "national-body", country: "US" }),
  // China's ruling party: its Central Committee and Political Bureau are named in the titles of
  // Chinese officials ("Member of the Political Bureau of the CPC Central Committee").
  entry({ id: "cpc", name: "Communist Party of China", acronym: "CPC", variants: ["Chinese Communist Party"], acronyms: ["CCP"],
    organs: ["Central Committee", "Political Bureau", "Politburo"], seat: ["Beijing", "CN"], kind: "national-body", country: "CN" }),
  // The Department styles itself "U.S. Department of State".
  entry({ id: "us-state-department", name: "U.S. Department of State", acronym: null, variants: ["United States Department of State", "US Department of State", "Department of State", "State Department", "U.S. State Department", "US State Department"], seat: ["Washington", "US"], kind: "ministry", country: "US" }),
  entry({
    id: "uk-fcdo", name: "Foreign, Commonwealth and Development Office", acronym: "FCDO", variants: ["Foreign, Commonwealth & Development Office", "Foreign and Commonwealth Office"],
    // The Foreign and Commonwealth Office merged with the Department for International Development on 2 September 2020.
    former: [{ name: "Foreign and Commonwealth Office", acronym: "FCO", until: "2020-09-02", variants: [] }],
    seat: ["London", "GB"], kind: "ministry", country: "GB",
  }),
  entry({ id: "ubtz", name: "Ulaanbaatar Railway", acronym: "UBTZ", variants: ["Ulan Bator Railway", "Ulaanbaatar Railways"], seat: ["Ulaanbaatar", "MN"], kind: "company", country: "MN" }),
  entry({ id: "ega", name: "e-Governance Academy", acronym: "eGA", seat: ["Tallinn", "EE"], kind: "non-governmental", country: "EE" }),
  // A NATO-accredited centre of its sponsoring nations, not a NATO body.
  entry({ id: "ccdcoe", name: "NATO Cooperative Cyber Defence Centre of Excellence", acronym: "CCDCOE", variants: ["Cooperative Cyber Defence Centre of Excellence"], acronyms: ["NATO CCDCOE"], seat: ["Tallinn", "EE"], kind: "intergovernmental" }),
  // Foreign ministries whose names do not say "Ministry of Foreign Affairs".
  entry({ id: "ca-gac", name: "Global Affairs Canada", acronym: "GAC", seat: ["Ottawa", "CA"], kind: "ministry", country: "CA" }),
  entry({ id: "au-dfat", name: "Department of Foreign Affairs and Trade", acronym: "DFAT", variants: ["Australian Department of Foreign Affairs and Trade"], seat: ["Canberra", "AU"], kind: "ministry", country: "AU" }),
  entry({ id: "nz-mfat", name: "Ministry of Foreign Affairs and Trade", acronym: "MFAT", variants: ["New Zealand Ministry of Foreign Affairs and Trade"], seat: ["Wellington", "NZ"], kind: "ministry", country: "NZ" }),
  entry({ id: "in-mea", name: "Ministry of External Affairs of India", acronym: "MEA", variants: ["Ministry of External Affairs", "Indian Ministry of External Affairs"], seat: ["New Delhi", "IN"], kind: "ministry", country: "IN" }),
  entry({ id: "ch-fdfa", name: "Federal Department of Foreign Affairs", acronym: "FDFA", seat: ["Bern", "CH"], kind: "ministry", country: "CH" }),
  entry({ id: "de-federal-foreign-office", name: "Federal Foreign Office", acronym: null, seat: ["Berlin", "DE"], kind: "ministry", country: "DE" }),
  entry({ id: "iccr", name: "Indian Council for Cultural Relations", acronym: "ICCR", seat: ["New Delhi", "IN"], kind: "agency", country: "IN" }),
  entry({ id: "british-council", name: "British Council", acronym: null, seat: ["London", "GB"], kind: "agency", country: "GB" }),
  entry({ id: "jica", name: "Japan International Cooperation Agency", acronym: "JICA", seat: ["Tokyo", "JP"], kind: "agency", country: "JP" }),
  entry({ id: "koica", name: "Korea International Cooperation Agency", acronym: "KOICA", seat: ["Seongnam-si", "KR"], kind: "agency", country: "KR" }),
  entry({ id: "tika", name: "Turkish Cooperation and Coordination Agency", acronym: "TIKA", acronyms: ["TİKA"], seat: ["Ankara", "TR"], kind: "agency", country: "TR" }),
  entry({ id: "giz", name: "Deutsche Gesellschaft für Internationale Zusammenarbeit", acronym: "GIZ", variants: ["German Agency for International Cooperation", "German Corporation for International Cooperation"], seat: ["Bonn", "DE"], kind: "agency", country: "DE" }),
  entry({ id: "dgap", name: "German Council on Foreign Relations", acronym: "DGAP", seat: ["Berlin", "DE"], kind: "non-governmental", country: "DE" }),
  entry({ id: "kfw", name: "KfW Development Bank", acronym: "KfW", variants: ["KfW Entwicklungsbank", "German Development Bank"], seat: ["Frankfurt am Main", "DE"], kind: "agency", country: "DE" }),
  entry({ id: "afd", name: "French Development Agency", acronym: "AFD", variants: ["Agence Française de Développement"], seat: ["Paris", "FR"], kind: "agency", country: "FR" }),
  entry({ id: "aifc", name: "Astana International Financial Centre", acronym: "AIFC", seat: ["Astana", "KZ"], kind: "agency", country: "KZ" }),
  entry({ id: "ksrelief", name: "King Salman Humanitarian Aid and Relief Centre", acronym: "KSrelief", seat: ["Riyadh", "SA"], kind: "agency", country: "SA" }),
  entry({ id: "jma", name: "Japan Meteorological Agency", acronym: "JMA", seat: ["Tokyo", "JP"], kind: "agency", country: "JP" }),
  entry({ id: "us-dod", name: "United States Department of Defense", acronym: "DoD", variants: ["U.S. Department of Defense", "US Department of Defense", "Department of Defense", "Pentagon"], seat: ["Washington", "US"], kind: "ministry", country: "US" }),
]);

/**
 * Organ phrases that name no organisation alone ("the Permanent Council"): credited to an
 * organisation named nearby, else dropped. Every entry's `organs` count too.
 *
 * @example
 * ```ts
 * import { GENERIC_ORGANS } from "communique/data/organizations";
 * GENERIC_ORGANS.includes("Joint Staff"); // true
 * ```
 */
export const GENERIC_ORGANS: readonly string[] = Object.freeze([
  "Secretariat", "General Secretariat", "Permanent Council", "Ministerial Council", "Council of Ministers", "Council of Foreign Ministers",
  "Council of Ministers of Foreign Affairs", "Council of Ministers of Defense", "Council of Defense Ministers", "Council of Heads of State",
  "Council of Heads of Government", "Joint Staff", "Executive Committee", "Joint Committee", "General Assembly", "Security Council",
  "Collective Security Council", "Committee of Ministers", "Committee of Permanent Representatives", "Board of Governors",
  "Executive Board", "Steering Committee", "Summit", "Chairmanship", "Presidency", "Headquarters", "Secretariat General",
  "Permanent Representatives Committee", "Committee of Permanent Representatives",
  // Bodies every organisation and ministry has: named alone they add no organisation.
  "Working Group", "Joint Working Group", "Expert Group", "Contact Group", "High-Level Group", "Organizing Committee",
  "Intergovernmental Commission", "Joint Commission", "Press Service", "Press Center", "Press Office", "Media Center",
  "Information Service", "Press Department", "Information Department", "Information and Press Department",
  "Press and Information Department", "Protocol Department", "Consular Department", "Legal Department",
]);

/**
 * Nouns that head an organisation's name ("State Border *Service*"), singular and plural.
 * `organ` marks nouns that also name parts of an organisation (a department of a ministry).
 *
 * @example
 * ```ts
 * import { ORGANIZATION_HEADS } from "communique/data/organizations";
 * ORGANIZATION_HEADS.get("ministry"); // { organ: false, kind: "ministry", singular: "Ministry" }
 * ```
 */
export const ORGANIZATION_HEADS: ReadonlyMap<string, { readonly organ: boolean; readonly kind: OrganizationKind; readonly singular: string }> = (() => {
  const map = new Map<string, { organ: boolean; kind: OrganizationKind; singular: string }>();
  const add = (kind: OrganizationKind, organ: boolean, words: string[]): void => {
    for (const word of words) {
      const [singular, plural] = word.split("/") as [string, string | undefined];
      const info = Object.freeze({ organ, kind, singular });
      map.set(singular.toLowerCase(), info);
      map.set((plural ?? `${singular}s`).toLowerCase(), info);
    }
  };
  add("ministry", false, ["Ministry/Ministries"]);
  // "Authority" alone: "the Kazakh Authorities" are a state's officials, not a body.
  add("agency", false, ["Agency/Agencies", "Administration", "Inspectorate", "Guard", "Police", "Authority/Authority"]);
  add("agency", true, ["Service", "Department", "Office", "Bureau", "Directorate", "Division", "Unit", "Centre", "Center", "Secretariat", "Staff/Staff", "Headquarters/Headquarters"]);
  add("national-body", true, ["Council", "Committee", "Commission", "Board", "Group", "Academy", "College", "Court", "Tribunal", "Chamber"]);
  // Not heads: "Federation", "Union", "Alliance", "Cooperation", "Partnership", "Community" end
  // country names and topic phrases far more often than names of bodies ("Russian Federation",
  // "Soviet Union", "U.S.-ROK Alliance"); the bodies that bear them are in the gazetteer.
  add("national-body", false, ["Coalition", "Institute", "University", "Foundation", "Fund", "Organization", "Organisation", "Association", "Society"]);
  // Armed forces and armed groups named as parties ("the Sudanese Armed Forces", "the Rapid Support Forces").
  add("national-body", false, ["Forces/Forces"]);
  // A state's representation abroad ("Embassy of Japan in Mongolia").
  add("national-body", false, ["Embassy/Embassies", "Consulate"]);
  // Institutions of culture a visit goes to ("the Applied Arts Museum").
  add("national-body", false, ["Museum", "Library/Libraries"]);
  add("parliament", true, ["Assembly", "Parliament", "Duma", "Senate", "Congress/Congress", "Majlis/Majlis", "Mazhilis/Mazhilis", "Kenesh/Kenesh", "Rada/Rada", "Bundestag", "Knesset", "Seimas/Seimas", "Sejm",
    "Mejlis/Mejlis", "Khural/Khural", "Saeima", "Riigikogu", "Storting", "Riksdag", "Folketing", "Eduskunta"]);
  add("company", false, ["Bank", "Company/Companies", "Corporation", "Holding", "Consortium"]);
  return map;
})();

/**
 * All-capital tokens that are not organisations: country codes and names, roman numerals,
 * common technical abbreviations, and news agencies that only republish releases.
 *
 * @example
 * ```ts
 * import { NON_ORGANIZATION_ACRONYMS } from "communique/data/organizations";
 * NON_ORGANIZATION_ACRONYMS.has("DPRK"); // true
 * ```
 */
export const NON_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set([
  "US", "USA", "U.S", "U.S.", "UK", "U.K.", "ROK", "DPRK", "PRC", "UAE", "RF", "KSA", "FRG", "GDR", "USSR", "RSFSR", "EEUU",
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XX", "XXI",
  "COVID", "COVID-19", "SARS", "HIV", "AIDS", "ICT", "ICTS", "GHG", "AI", "IT", "5G", "4G", "GDP", "CO2", "LNG", "SME", "SMES",
  "NGO", "NGOS", "CEO", "PM", "AM", "HE", "H.E", "H.E.", "VIP", "TV", "ID", "GMT", "UTC", "EST", "OK", "PDF", "URL", "FAQ",
  "RSS", "SDG", "SDGS", "WMD", "CBRN", "IED", "IEDS", "MOU", "FTA", "PPP", "FDI", "R&D", "NPT", "START", "JCPOA", "INF",
  "TASS", "RIA", "APA", "UZA", "BELTA", "AKIPRESS", "XINHUA", "REUTERS", "AFP", "AP", "BBC", "CNN", "KAZINFORM", "ARMENPRESS",
  "NEWS", "PHOTO", "VIDEO", "READ", "MORE", "NB", "PS", "ASAP", "FYI", "TBD", "N/A", "UN-HABITAT",
  "CT", "ISIS", "ISIL", "IS", "DAESH", "MERS", "EV", "EVS", "OK", "COP",
]);
