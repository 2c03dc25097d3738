// Russian words of a state's ministry, for the Russian organisations reader: a ministry is
// named by its head ("Министерство", or a contraction: "МИД", "Минобороны"), its subject
// ("иностранных дел", "обороны") and its state in the genitive ("Республики Таджикистан",
// "России"), and is output as "Ministry of <subject> of <state>" (GUIDELINES-ru.md: "МИД
// России" is "Ministry of Foreign Affairs of Russia"). Written from general knowledge of the
// names the ministries of the CIS states use.

/** The words of a ministry's name. */
export interface RussianMinistryWords {
  /** Nouns of a ministry, in the dictionary form (matched by stem). */
  readonly nouns: readonly string[];
  /** Contracted heads that hold the subject, as written (acronyms in capitals), with the English subject. */
  readonly heads: readonly (readonly [head: string, english: string])[];
  /** Subjects after the noun, in the genitive as written, with the English subject. */
  readonly subjects: readonly (readonly [phrase: string, english: string])[];
  /** Nouns of an embassy, in the dictionary form ("Посольство Армении в Китае" is the Embassy of Armenia in China). */
  readonly embassyNouns: readonly string[];
  /** The preposition of the state an embassy is in ("в"). */
  readonly embassyPrepositions: readonly string[];
  /**
   * First words of a government's name ("Правительство Республики Казахстан", "Кабинет министров
   * Кыргызской Республики"): a government as a whole is no organisation of the release
   * (GUIDELINES.md).
   */
  readonly governmentNouns: readonly string[];
  /**
   * States whose bodies name their state by its official name in English whatever the
   * Russian form ("МИД Таджикистана" is the "Ministry of Foreign Affairs of the Republic of
   * Tajikistan", "МИД Кыргызстана" of "the Kyrgyz Republic"): ISO codes.
   */
  readonly officialStyleStates: readonly string[];
  /**
   * Subjects a state's own English names its ministry "for" rather than "of" ("Ministry for
   * Emergency Situations of the Republic of Belarus"): ISO code and English subject.
   */
  readonly forSubjects: readonly (readonly [state: string, subject: string])[];
}

/**
 * The words of a ministry's name in Russian.
 *
 * @example
 * ```ts
 * RU_MINISTRIES.heads.find(([head]) => head === "МИД")?.[1]; // "Foreign Affairs"
 * ```
 */
export const RU_MINISTRIES: RussianMinistryWords = Object.freeze<RussianMinistryWords>({
  nouns: ["министерство", "министерства", "министерству", "министерством", "министерстве"],
  heads: [
    ["МИД", "Foreign Affairs"],
    ["МВД", "Internal Affairs"],
    ["МЧС", "Emergency Situations"],
    ["Минобороны", "Defence"],
    ["Минюст", "Justice"],
    ["Минюста", "Justice"],
    ["Минфин", "Finance"],
    ["Минфина", "Finance"],
    ["Минздрав", "Health"],
    ["Минздрава", "Health"],
    ["Минэкономразвития", "Economic Development"],
    ["Минэкономики", "Economy"],
    ["Минкультуры", "Culture"],
    ["Минтранс", "Transport"],
    ["Минтранса", "Transport"],
    ["Минэнерго", "Energy"],
    ["Минсельхоз", "Agriculture"],
    ["Минсельхоза", "Agriculture"],
    ["Минобразования", "Education"],
  ],
  subjects: [
    ["иностранных дел", "Foreign Affairs"],
    ["обороны", "Defence"],
    ["внутренних дел", "Internal Affairs"],
    ["по чрезвычайным ситуациям", "Emergency Situations"],
    ["юстиции", "Justice"],
    ["финансов", "Finance"],
    ["экономики", "Economy"],
    ["экономического развития", "Economic Development"],
    ["торговли", "Trade"],
    ["энергетики", "Energy"],
    ["транспорта", "Transport"],
    ["сельского хозяйства", "Agriculture"],
    ["здравоохранения", "Health"],
    ["образования", "Education"],
    ["культуры", "Culture"],
    ["труда и социальной защиты", "Labour and Social Protection"],
    ["природных ресурсов", "Natural Resources"],
    ["цифрового развития", "Digital Development"],
    ["информации", "Information"],
    ["государственных доходов", "State Revenue"],
    ["промышленности", "Industry"],
    ["инвестиций", "Investment"],
    ["чрезвычайных ситуаций", "Emergency Situations"],
    ["науки", "Science"],
    ["высшего образования", "Higher Education"],
    ["просвещения", "Education"],
    ["водных ресурсов", "Water Resources"],
    ["связи", "Communications"],
    ["строительства", "Construction"],
    ["спорта", "Sport"],
    ["туризма", "Tourism"],
    ["экологии", "Ecology"],
    ["охраны окружающей среды", "Environmental Protection"],
    ["налогов и сборов", "Taxes and Duties"],
  ],
  embassyNouns: ["посольство", "посольства", "посольству", "посольством", "посольстве"],
  embassyPrepositions: ["в", "во"],
  officialStyleStates: ["KZ", "KG", "TJ", "UZ"],
  forSubjects: [["BY", "Emergency Situations"]],
  governmentNouns: ["правительство", "правительства", "правительству", "правительством", "правительстве", "кабинет", "кабинета", "кабинету", "кабинетом", "кабинете"],
});

/**
 * The words of a higher-education institution's name ("Оренбургский государственный
 * университет", "Национальный университет Узбекистана", "... университет имени К. Жубанова"):
 * the place or country adjective that opens it, the adjectives that qualify it, its noun, and
 * the word of its namesake. Output as a plain English rendering in the English order ("Orenburg
 * State University", "National University of Uzbekistan", "... University named after K.
 * Zhubanov"), GUIDELINES-ru.md's rule for a body with no established English name. Written from
 * general knowledge of the names universities of Russia and the CIS bear.
 */
export interface RussianInstitutionWords {
  /** Nouns of an institution, nominative singular, with their English noun. */
  readonly nouns: readonly (readonly [ru: string, english: string])[];
  /** Adjectives between the opening word and the noun, masculine or feminine nominative, with their English. */
  readonly qualifiers: readonly (readonly [ru: string, english: string])[];
  /**
   * Opening adjectives of a country, a region or a city whose adjective is not its name plus
   * "-ский" ("Московский": Moscow, "Российский": Russian); the other cities' adjectives are
   * derived from the cities gazetteer ("Оренбургский": Orenburg).
   */
  readonly placeAdjectives: readonly (readonly [ru: string, english: string])[];
  /** The word before a namesake ("имени"), and its abbreviation. */
  readonly eponymWords: readonly string[];
  /** The English before a namesake. */
  readonly eponymEnglish: string;
}

/**
 * The words of a university's or an institute's name in Russian.
 *
 * @example
 * ```ts
 * RU_INSTITUTIONS.nouns.find(([noun]) => noun === "университет")?.[1]; // "University"
 * ```
 */
export const RU_INSTITUTIONS: RussianInstitutionWords = Object.freeze<RussianInstitutionWords>({
  nouns: [
    ["университет", "University"],
    ["институт", "Institute"],
    ["академия", "Academy"],
    ["консерватория", "Conservatory"],
  ],
  qualifiers: [
    ["государственный", "State"],
    ["государственная", "State"],
    ["национальный", "National"],
    ["национальная", "National"],
    ["региональный", "Regional"],
    ["федеральный", "Federal"],
    ["международный", "International"],
    ["международная", "International"],
    ["исследовательский", "Research"],
    ["технический", "Technical"],
    ["технологический", "Technological"],
    ["политехнический", "Polytechnic"],
    ["медицинский", "Medical"],
    ["медицинская", "Medical"],
    ["педагогический", "Pedagogical"],
    ["аграрный", "Agrarian"],
    ["сельскохозяйственная", "Agricultural"],
    ["экономический", "Economic"],
    ["юридический", "Law"],
    ["юридическая", "Law"],
    ["лингвистический", "Linguistic"],
    ["гуманитарный", "Humanities"],
    ["транспортный", "Transport"],
    ["нефтяной", "Petroleum"],
    ["горный", "Mining"],
    ["строительный", "Civil Engineering"],
    ["архитектурно-строительный", "Architecture and Civil Engineering"],
    ["индустриальный", "Industrial"],
    ["дипломатическая", "Diplomatic"],
    ["военная", "Military"],
  ],
  placeAdjectives: [
    ["Российский", "Russian"],
    ["Белорусский", "Belarusian"],
    ["Казахский", "Kazakh"],
    ["Казахстанский", "Kazakhstan"],
    ["Кыргызский", "Kyrgyz"],
    ["Киргизский", "Kyrgyz"],
    ["Таджикский", "Tajik"],
    ["Узбекский", "Uzbek"],
    ["Армянский", "Armenian"],
    ["Азербайджанский", "Azerbaijan"],
    ["Туркменский", "Turkmen"],
    ["Евразийский", "Eurasian"],
    ["Славянский", "Slavic"],
    ["Уральский", "Ural"],
    ["Сибирский", "Siberian"],
    ["Дальневосточный", "Far Eastern"],
    ["Балтийский", "Baltic"],
    ["Московский", "Moscow"],
    ["Алматинский", "Almaty"],
    ["Астанинский", "Astana"],
    ["Душанбинский", "Dushanbe"],
    ["Бакинский", "Baku"],
    ["Тбилисский", "Tbilisi"],
    ["Карагандинский", "Karaganda"],
    ["Петербургский", "Saint Petersburg"],
    ["Гродненский", "Grodno"],
    ["Кызылординский", "Kyzylorda"],
    ["Нижегородский", "Nizhny Novgorod"],
    ["Свердловский", "Sverdlovsk"],
    ["Ленинградский", "Leningrad"],
    // Regions named by no city's adjective.
    ["Западно-Казахстанский", "West Kazakhstan"],
    ["Северо-Казахстанский", "North Kazakhstan"],
    ["Восточно-Казахстанский", "East Kazakhstan"],
    ["Жамбылский", "Zhambyl"],
    ["Мангистауский", "Mangystau"],
    ["Абайский", "Abai"],
    ["Жетысуский", "Zhetysu"],
    ["Улытауский", "Ulytau"],
  ],
  eponymWords: ["имени", "им."],
  eponymEnglish: "named after",
});

/**
 * The words of a local government body's name: Belarus's executive committees of a city, a
 * region or a district ("Минский городской исполнительный комитет", "Брестский облисполком")
 * and the akimats and khokimiyats of Kazakhstan's and Uzbekistan's regions and cities ("акимат
 * Актюбинской области"), output in English ("Minsk City Executive Committee", "Akimat of Aktobe
 * Region"). The place adjectives are those of {@link RU_INSTITUTIONS} and the cities gazetteer.
 * A city's or a region's government as a whole ("Правительство Москвы") is no organisation
 * (GUIDELINES.md), and is not listed.
 */
export interface RussianLocalBodyWords {
  /** Adjectives of the level, masculine nominative, with their English ("городской": "City"). */
  readonly levels: readonly (readonly [ru: string, english: string])[];
  /** The body's noun phrase after the level, nominative, with its English. */
  readonly nouns: readonly (readonly [ru: string, english: string])[];
  /** Contracted nouns that hold the level ("горисполком"), with their English. */
  readonly contracted: readonly (readonly [ru: string, english: string])[];
  /** Nouns of a regional or city administration named by its region or city after it ("акимат"), with their English. */
  readonly administrations: readonly (readonly [ru: string, english: string])[];
  /** Nouns of a region after its adjective ("области"), with their English, and their English in Russia ("Oblast"). */
  readonly regionNouns: readonly (readonly [ru: string, english: string, russian: string])[];
  /** Nouns of a city before its name ("города Алматы"). */
  readonly cityNouns: readonly string[];
}

/**
 * The words of local government bodies in Russian.
 *
 * @example
 * ```ts
 * RU_LOCAL_BODIES.contracted.find(([noun]) => noun === "горисполком")?.[1]; // "City Executive Committee"
 * ```
 */
export const RU_LOCAL_BODIES: RussianLocalBodyWords = Object.freeze<RussianLocalBodyWords>({
  levels: [
    ["городской", "City"],
    ["областной", "Regional"],
    ["районный", "District"],
  ],
  nouns: [["исполнительный комитет", "Executive Committee"]],
  contracted: [
    ["горисполком", "City Executive Committee"],
    ["облисполком", "Regional Executive Committee"],
    ["райисполком", "District Executive Committee"],
  ],
  administrations: [
    ["акимат", "Akimat"],
    ["хокимият", "Khokimiyat"],
  ],
  regionNouns: [
    ["область", "Region", "Oblast"],
    ["край", "Krai", "Krai"],
  ],
  cityNouns: ["город"],
});

/**
 * Legal forms of companies as Russian releases abbreviate them before a name in «»: joint-stock
 * companies (АО, ОАО, ПАО, ЗАО), limited companies (ООО, ТОО, ОсОО), state enterprises (ГУП,
 * ФГУП) and national or state companies (НК, ГК, НАК, АК).
 *
 * @example
 * ```ts
 * RU_LEGAL_FORMS.includes("АО"); // true
 * ```
 */
export const RU_LEGAL_FORMS: readonly string[] = Object.freeze(["АО", "ОАО", "ПАО", "ЗАО", "ООО", "ТОО", "ОсОО", "ГУП", "ФГУП", "НК", "ГК", "НАК", "АК"]);
