// Russian names of organisations, for reading a Russian release's organisations into the
// English names and acronyms of GUIDELINES-ru.md ("ОДКБ" is CSTO, "МИД России" is "Ministry
// of Foreign Affairs of Russia").
//
// Source: general knowledge of the Russian names the organisations use themselves (the
// Russian versions of odkb-csto.org, cis.minsk.by, sectsco.org, eaeunion.org, un.org/ru,
// osce.org/ru, iacis.ru) and of the national bodies' own Russian names (kremlin.ru, mid.ru,
// duma.gov.ru, council.gov.ru and the ministries and parliaments of the CIS states). Written
// by hand; nothing here is copied from any annotated corpus.
//
// Conventions:
// - `ru` holds full names and short names in the nominative case, as written (capitals as the
//   body writes them; matching is meant to be case-insensitive for these). `acronyms` holds
//   abbreviations as written, to match case-sensitively ("ОДКБ", "СБ ООН").
// - `target` is the id of the organisation in src/data/organizations.ts when it has one, else
//   the English name and acronym to output: the body's own English name where it has one
//   ("State Duma", "Federation Council"), ministries as "Ministry of X of Country" with the
//   country's common English name ("Ministry of Foreign Affairs of Russia"), and a plain
//   English rendering of the Russian name for the rest. Acronyms only where English usage
//   has one (FSB, SVR, EMERCOM, KGB); null otherwise.
// - An organ is counted as its organisation (GUIDELINES.md): "Совбез ООН" targets un, and
//   `organ` gives the organ's English name for information. The Eurasian Economic Commission
//   is the exception releases make: named as a body of its own.
// - Organ phrases that name no organisation alone ("Совет министров иностранных дел",
//   "Секретариат") are in RU_GENERIC_ORGANS, to be credited to an organisation named with them.
// - Ambiguous acronyms are left out or listed only in the long form that settles them: "ЕЭК"
//   alone is the Eurasian Economic Commission, the UN's commission is "ЕЭК ООН"; "ВТО" is the
//   World Trade Organization, the tourism body is "ЮНВТО"; "ВПП" alone is also a runway, so
//   only "ВПП ООН"; "ОЭС" (ECO) is also the unified power grid, so ECO only by its name;
//   "Содружество" alone is left out. Latin forms Russian texts write as such ("SOCAR", "G20")
//   are kept as written.

/** The English organisation a Russian name stands for, when the gazetteer has no entry. */
export interface EnglishOrganization {
  /** English name (the body's own English name, else a plain rendering). */
  readonly name: string;
  /** English acronym in common use, or null. */
  readonly acronym: string | null;
}

/** Russian names of one organisation (or organ of one). */
export interface RussianOrganization {
  /** Full and short names, nominative, as written. */
  readonly ru: readonly string[];
  /** Abbreviations as written, matched case-sensitively. */
  readonly acronyms: readonly string[];
  /** An id of src/data/organizations.ts, or the English name and acronym to output. */
  readonly target: string | EnglishOrganization;
  /** The English name of the organ, when the Russian names an organ of the target. */
  readonly organ: string | null;
  /** ISO 3166-1 alpha-2 code of a national body, or null. */
  readonly country: string | null;
}

/** An organ phrase that names no organisation alone, with its English form. */
export interface RussianGenericOrgan {
  /** The Russian phrase, nominative. */
  readonly ru: string;
  /** The English organ phrase, as in GENERIC_ORGANS of src/data/organizations.ts where listed. */
  readonly en: string;
}

interface Options {
  acronyms?: readonly string[];
  organ?: string;
  country?: string;
}

function withYe(forms: readonly string[]): string[] {
  return forms.flatMap((form) => (form.includes("ё") ? [form, form.replaceAll("ё", "е")] : [form]));
}

/** An organisation of the gazetteer, by id. */
function known(id: string, ru: readonly string[], options: Options = {}): RussianOrganization {
  return Object.freeze({
    ru: Object.freeze(withYe(ru)),
    acronyms: Object.freeze([...(options.acronyms ?? [])]),
    target: id,
    organ: options.organ ?? null,
    country: options.country ?? null,
  });
}

/** An organisation the gazetteer lacks, by its English name and acronym. */
function other(name: string, acronym: string | null, ru: readonly string[], options: Options = {}): RussianOrganization {
  return Object.freeze({
    ru: Object.freeze(withYe(ru)),
    acronyms: Object.freeze([...(options.acronyms ?? [])]),
    target: Object.freeze({ name, acronym }),
    organ: options.organ ?? null,
    country: options.country ?? null,
  });
}

/** The foreign ministry of a state, under its Russian short forms. */
function mfa(country: string, english: string, genitives: readonly string[], official: readonly string[]): RussianOrganization {
  return other(`Ministry of Foreign Affairs of ${english}`, null, [
    ...official.map((state) => `Министерство иностранных дел ${state}`),
    ...genitives.map((state) => `Министерство иностранных дел ${state}`),
    ...official.map((state) => `МИД ${state}`),
    ...genitives.map((state) => `МИД ${state}`),
  ], { country });
}

/**
 * Russian names of organisations and their organs, each with its English target.
 *
 * @example
 * ```ts
 * import { RU_ORGANIZATIONS } from "./organizations.js";
 * RU_ORGANIZATIONS.find((entry) => entry.acronyms.includes("ОДКБ"))?.target; // "csto"
 * RU_ORGANIZATIONS.find((entry) => entry.ru.includes("МИД России"))?.target;
 * // { name: "Ministry of Foreign Affairs of Russia", acronym: null }
 * ```
 */
export const RU_ORGANIZATIONS: readonly RussianOrganization[] = Object.freeze([
  // The CSTO and its organs.
  known("csto", ["Организация Договора о коллективной безопасности"], { acronyms: ["ОДКБ"] }),
  known("csto", ["Совет коллективной безопасности ОДКБ", "Совет коллективной безопасности Организации Договора о коллективной безопасности"], { acronyms: ["СКБ ОДКБ"], organ: "Collective Security Council" }),
  known("csto", ["Секретариат ОДКБ", "Секретариат Организации Договора о коллективной безопасности"], { organ: "Secretariat" }),
  known("csto", ["Объединённый штаб ОДКБ", "Объединённый штаб Организации Договора о коллективной безопасности"], { organ: "Joint Staff" }),
  known("csto", ["Постоянный совет при ОДКБ", "Постоянный совет ОДКБ"], { organ: "Permanent Council" }),
  known("csto", ["Совет министров иностранных дел ОДКБ"], { acronyms: ["СМИД ОДКБ"], organ: "Council of Foreign Ministers" }),
  known("csto", ["Совет министров обороны ОДКБ"], { acronyms: ["СМО ОДКБ"], organ: "Council of Defense Ministers" }),
  known("csto", ["Комитет секретарей советов безопасности ОДКБ"], { acronyms: ["КССБ ОДКБ"], organ: "Committee of Secretaries of Security Councils" }),
  known("csto", ["Коллективные силы оперативного реагирования ОДКБ", "Коллективные силы оперативного реагирования"], { acronyms: ["КСОР ОДКБ", "КСОР"], organ: "Collective Rapid Reaction Forces" }),
  known("csto", ["Коллективные миротворческие силы ОДКБ", "Миротворческие силы ОДКБ"], { acronyms: ["КМС ОДКБ"], organ: "Collective Peacekeeping Forces" }),
  known("csto-pa", ["Парламентская ассамблея ОДКБ", "Парламентская Ассамблея Организации Договора о коллективной безопасности", "Парламентская ассамблея Организации Договора о коллективной безопасности"], { acronyms: ["ПА ОДКБ"] }),

  // The CIS and its organs.
  known("cis", ["Содружество Независимых Государств"], { acronyms: ["СНГ"] }),
  known("cis", ["Исполнительный комитет СНГ", "Исполнительный комитет Содружества Независимых Государств", "Исполком СНГ"], { organ: "Executive Committee" }),
  known("cis", ["Совет глав государств СНГ", "Совет глав государств Содружества Независимых Государств"], { acronyms: ["СГГ СНГ"], organ: "Council of Heads of State" }),
  known("cis", ["Совет глав правительств СНГ", "Совет глав правительств Содружества Независимых Государств"], { acronyms: ["СГП СНГ"], organ: "Council of Heads of Government" }),
  known("cis", ["Совет министров иностранных дел СНГ", "Совет министров иностранных дел Содружества Независимых Государств"], { acronyms: ["СМИД СНГ"], organ: "Council of Foreign Ministers" }),
  known("cis", ["Совет министров обороны СНГ", "Совет министров обороны государств – участников СНГ"], { acronyms: ["СМО СНГ"], organ: "Council of Defense Ministers" }),
  known("cis", ["Экономический совет СНГ"], { organ: "Economic Council" }),
  known("cis", ["Антитеррористический центр СНГ", "Антитеррористический центр государств – участников СНГ", "Антитеррористический центр государств – участников Содружества Независимых Государств"], { acronyms: ["АТЦ СНГ"], organ: "Anti-Terrorism Center" }),
  known("turkpa", ["Парламентская ассамблея тюркских государств", "Парламентская Ассамблея тюркоязычных стран", "Парламентская ассамблея тюркоязычных государств"], { acronyms: ["ТюркПА", "ТЮРКПА"] }),
  known("ipa-cis", ["Межпарламентская Ассамблея государств – участников Содружества Независимых Государств", "Межпарламентская ассамблея государств – участников СНГ", "Межпарламентская ассамблея СНГ", "Межпарламентская Ассамблея СНГ"], { acronyms: ["МПА СНГ"] }),

  // The SCO and its organs.
  known("sco", ["Шанхайская организация сотрудничества"], { acronyms: ["ШОС"] }),
  known("sco", ["Региональная антитеррористическая структура ШОС", "Региональная антитеррористическая структура Шанхайской организации сотрудничества"], { acronyms: ["РАТС ШОС"], organ: "Regional Anti-Terrorist Structure" }),
  known("sco", ["Исполнительный комитет Региональной антитеррористической структуры ШОС", "Исполком РАТС ШОС"], { organ: "Regional Anti-Terrorist Structure" }),
  known("sco", ["Секретариат ШОС", "Секретариат Шанхайской организации сотрудничества"], { organ: "Secretariat" }),
  known("sco", ["Совет глав государств – членов ШОС", "Совет глав государств ШОС", "Совет глав государств – членов Шанхайской организации сотрудничества"], { acronyms: ["СГГ ШОС"], organ: "Council of Heads of State" }),
  known("sco", ["Совет глав правительств государств – членов ШОС", "Совет глав правительств ШОС"], { acronyms: ["СГП ШОС"], organ: "Council of Heads of Government" }),
  known("sco", ["Совет министров иностранных дел государств – членов ШОС", "Совет министров иностранных дел ШОС"], { acronyms: ["СМИД ШОС"], organ: "Council of Foreign Ministers" }),
  known("sco", ["Совет национальных координаторов ШОС", "Совет национальных координаторов государств – членов ШОС"], { organ: "Council of National Coordinators" }),
  known("sco", ["Деловой совет ШОС"], { organ: "Business Council" }),
  known("sco", ["Межбанковское объединение ШОС"], { organ: "Interbank Consortium" }),

  // The EAEU, its organs and the Eurasian bodies.
  known("eaeu", ["Евразийский экономический союз"], { acronyms: ["ЕАЭС"] }),
  // The Commission is an organ of the Union, but releases and their readers name it as a body of
  // its own (its own site, its own English name and acronym): counted as itself, its Board and
  // Council as it.
  other("Eurasian Economic Commission", "EEC", ["Евразийская экономическая комиссия"], { acronyms: ["ЕЭК"] }),
  other("Eurasian Economic Commission", "EEC", ["Коллегия Евразийской экономической комиссии", "Коллегия ЕЭК", "Совет Евразийской экономической комиссии", "Совет ЕЭК"], { organ: "Board or Council of the Eurasian Economic Commission" }),
  known("eaeu", ["Высший Евразийский экономический совет"], { acronyms: ["ВЕЭС"], organ: "Supreme Eurasian Economic Council" }),
  known("eaeu", ["Евразийский межправительственный совет"], { acronyms: ["ЕМПС"], organ: "Eurasian Intergovernmental Council" }),
  known("eaeu", ["Суд Евразийского экономического союза", "Суд ЕАЭС"], { organ: "Court of the Eurasian Economic Union" }),
  known("eurasec", ["Евразийское экономическое сообщество"], { acronyms: ["ЕврАзЭС"] }),
  // The customs union of Belarus, Kazakhstan and Russia (2010-2015), before the EAEU.
  other("Customs Union", "CU", ["Таможенный союз", "Таможенный союз Беларуси, Казахстана и России", "Таможенный союз Республики Беларусь, Республики Казахстан и Российской Федерации"], { acronyms: ["ТС"] }),
  known("union-state", ["Союзное государство", "Союзное государство России и Беларуси", "Союзное государство России и Белоруссии"]),
  known("union-state", ["Высший Государственный Совет Союзного государства"], { organ: "Supreme State Council" }),
  known("union-state", ["Постоянный Комитет Союзного государства"], { organ: "Standing Committee" }),
  other("Parliamentary Assembly of the Union of Belarus and Russia", null, ["Парламентское Собрание Союза Беларуси и России", "Парламентское собрание Союза Беларуси и России", "Парламентское Собрание Союза Белоруссии и России"]),
  known("edb", ["Евразийский банк развития"], { acronyms: ["ЕАБР"] }),
  known("efsd", ["Евразийский фонд стабилизации и развития"], { acronyms: ["ЕФСР"] }),
  known("cica", ["Совещание по взаимодействию и мерам доверия в Азии"], { acronyms: ["СВМДА"] }),
  known("eco", ["Организация экономического сотрудничества"]),
  known("ots", ["Организация тюркских государств", "Совет сотрудничества тюркоязычных государств", "Тюркский совет"], { acronyms: ["ОТГ", "ССТГ"] }),
  known("guam", ["Организация за демократию и экономическое развитие – ГУАМ"], { acronyms: ["ГУАМ"] }),
  known("bsec", ["Организация черноморского экономического сотрудничества", "Черноморское экономическое сотрудничество"], { acronyms: ["ОЧЭС"] }),
  known("ifas", ["Международный фонд спасения Арала"], { acronyms: ["МФСА"] }),
  other("Central Asian Regional Information and Coordination Centre", "CARICC", ["Центральноазиатский региональный информационный координационный центр по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров", "Центральноазиатский региональный информационный координационный центр"], { acronyms: ["ЦАРИКЦ"] }),
  other("Eurasian Group on Combating Money Laundering and Financing of Terrorism", "EAG", ["Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма"], { acronyms: ["ЕАГ"] }),
  other("Financial Action Task Force", "FATF", ["Группа разработки финансовых мер борьбы с отмыванием денег"], { acronyms: ["ФАТФ"] }),

  // Europe and the Atlantic.
  known("osce", ["Организация по безопасности и сотрудничеству в Европе"], { acronyms: ["ОБСЕ"] }),
  known("osce", ["Постоянный совет ОБСЕ"], { organ: "Permanent Council" }),
  known("osce", ["Совет министров иностранных дел ОБСЕ", "Совет министров ОБСЕ"], { acronyms: ["СМИД ОБСЕ"], organ: "Ministerial Council" }),
  known("osce", ["Секретариат ОБСЕ"], { organ: "Secretariat" }),
  known("osce", ["Бюро по демократическим институтам и правам человека", "Бюро по демократическим институтам и правам человека ОБСЕ"], { acronyms: ["БДИПЧ", "БДИПЧ ОБСЕ"], organ: "Office for Democratic Institutions and Human Rights" }),
  known("osce", ["Минская группа ОБСЕ"], { organ: "Minsk Group" }),
  known("osce", ["Специальная мониторинговая миссия ОБСЕ"], { acronyms: ["СММ ОБСЕ"], organ: "Special Monitoring Mission" }),
  known("osce", ["Форум по сотрудничеству в области безопасности"], { acronyms: ["ФСОБ"], organ: "Forum for Security Co-operation" }),
  known("osce", ["Верховный комиссар ОБСЕ по делам национальных меньшинств"], { organ: "High Commissioner on National Minorities" }),
  known("osce", ["Академия ОБСЕ в Бишкеке", "Академия ОБСЕ"], { organ: "Academy" }),
  known("osce-pa", ["Парламентская ассамблея ОБСЕ"], { acronyms: ["ПА ОБСЕ"] }),
  known("nato", ["Организация Североатлантического договора", "Североатлантический альянс"], { acronyms: ["НАТО"] }),
  known("nato", ["Совет НАТО", "Североатлантический совет"], { organ: "North Atlantic Council" }),
  known("nato", ["Штаб-квартира НАТО"], { organ: "Headquarters" }),
  known("nato-pa", ["Парламентская ассамблея НАТО"], { acronyms: ["ПА НАТО"] }),
  known("eu", ["Европейский союз", "Евросоюз"], { acronyms: ["ЕС"] }),
  known("eu", ["Европейская комиссия", "Еврокомиссия"], { acronyms: ["ЕК"], organ: "European Commission" }),
  known("eu", ["Совет Европейского союза", "Совет ЕС"], { organ: "Council of the European Union" }),
  known("eu", ["Европейский совет", "Евросовет"], { organ: "European Council" }),
  known("eu", ["Европейская служба внешних связей", "Европейская служба внешних действий"], { acronyms: ["ЕСВД"], organ: "European External Action Service" }),
  known("eu", ["Европейский центральный банк"], { acronyms: ["ЕЦБ"], organ: "European Central Bank" }),
  known("eu", ["Суд Европейского союза", "Суд ЕС"], { organ: "Court of Justice of the European Union" }),
  known("european-parliament", ["Европейский парламент", "Европарламент"]),
  known("efta", ["Европейская ассоциация свободной торговли"], { acronyms: ["ЕАСТ"] }),
  known("coe", ["Совет Европы"]),
  known("coe", ["Европейский суд по правам человека"], { acronyms: ["ЕСПЧ"], organ: "European Court of Human Rights" }),
  known("coe", ["Венецианская комиссия", "Европейская комиссия за демократию через право"], { organ: "Venice Commission" }),
  known("coe", ["Комитет министров Совета Европы"], { organ: "Committee of Ministers" }),
  known("pace", ["Парламентская ассамблея Совета Европы"], { acronyms: ["ПАСЕ"] }),
  known("oecd", ["Организация экономического сотрудничества и развития"], { acronyms: ["ОЭСР"] }),
  known("ebrd", ["Европейский банк реконструкции и развития"], { acronyms: ["ЕБРР"] }),
  known("eib", ["Европейский инвестиционный банк"], { acronyms: ["ЕИБ"] }),
  known("europol", ["Европол", "Европейское полицейское ведомство"]),
  known("frontex", ["Фронтекс", "Европейское агентство пограничной и береговой охраны"]),
  known("interpol", ["Интерпол", "Международная организация уголовной полиции"], { acronyms: ["МОУП"] }),

  // The United Nations, its organs and agencies.
  known("un", ["Организация Объединённых Наций", "Объединённые Нации"], { acronyms: ["ООН"] }),
  known("un", ["Совет Безопасности ООН", "Совет Безопасности Организации Объединённых Наций", "Совбез ООН"], { acronyms: ["СБ ООН"], organ: "Security Council" }),
  known("un", ["Генеральная Ассамблея ООН", "Генеральная Ассамблея Организации Объединённых Наций", "Генассамблея ООН"], { acronyms: ["ГА ООН"], organ: "General Assembly" }),
  known("un", ["Секретариат ООН", "Секретариат Организации Объединённых Наций"], { organ: "Secretariat" }),
  known("un", ["Экономический и Социальный Совет ООН", "Экономический и социальный совет ООН"], { acronyms: ["ЭКОСОС"], organ: "Economic and Social Council" }),
  known("un", ["Совет ООН по правам человека", "Совет по правам человека ООН"], { acronyms: ["СПЧ ООН"], organ: "Human Rights Council" }),
  known("un", ["Отделение ООН в Женеве"], { organ: "Office at Geneva" }),
  known("un", ["Отделение ООН в Вене"], { organ: "Office at Vienna" }),
  known("un", ["Контртеррористический комитет Совета Безопасности ООН", "Контртеррористический комитет СБ ООН"], { acronyms: ["КТК СБ ООН"], organ: "Counter-Terrorism Committee" }),
  known("un", ["Комиссия ООН по миростроительству"], { organ: "Peacebuilding Commission" }),
  known("unicef", ["Детский фонд ООН", "Детский фонд Организации Объединённых Наций"], { acronyms: ["ЮНИСЕФ"] }),
  known("unhcr", ["Управление Верховного комиссара ООН по делам беженцев", "Управление Верховного комиссара Организации Объединённых Наций по делам беженцев"], { acronyms: ["УВКБ ООН", "УВКБ"] }),
  known("ohchr", ["Управление Верховного комиссара ООН по правам человека", "Управление Верховного комиссара Организации Объединённых Наций по правам человека"], { acronyms: ["УВКПЧ ООН", "УВКПЧ"] }),
  known("who", ["Всемирная организация здравоохранения"], { acronyms: ["ВОЗ"] }),
  known("unesco", ["Организация Объединённых Наций по вопросам образования, науки и культуры"], { acronyms: ["ЮНЕСКО"] }),
  known("iaea", ["Международное агентство по атомной энергии"], { acronyms: ["МАГАТЭ"] }),
  known("undp", ["Программа развития ООН", "Программа развития Организации Объединённых Наций"], { acronyms: ["ПРООН"] }),
  known("unep", ["Программа ООН по окружающей среде", "Программа Организации Объединённых Наций по окружающей среде"], { acronyms: ["ЮНЕП"] }),
  known("wfp", ["Всемирная продовольственная программа", "Всемирная продовольственная программа ООН"], { acronyms: ["ВПП ООН"] }),
  known("fao", ["Продовольственная и сельскохозяйственная организация ООН", "Продовольственная и сельскохозяйственная организация Объединённых Наций"], { acronyms: ["ФАО"] }),
  known("ifad", ["Международный фонд сельскохозяйственного развития"], { acronyms: ["МФСР"] }),
  known("ilo", ["Международная организация труда"], { acronyms: ["МОТ"] }),
  known("iom", ["Международная организация по миграции"], { acronyms: ["МОМ"] }),
  known("unodc", ["Управление ООН по наркотикам и преступности", "Управление Организации Объединённых Наций по наркотикам и преступности"], { acronyms: ["УНП ООН"] }),
  known("unoct", ["Контртеррористическое управление ООН", "Управление ООН по борьбе с терроризмом", "Управление Организации Объединённых Наций по борьбе с терроризмом"], { acronyms: ["КТУ ООН", "УКТ ООН"] }),
  known("unrcca", ["Региональный центр ООН по превентивной дипломатии для Центральной Азии", "Региональный центр Организации Объединённых Наций по превентивной дипломатии для Центральной Азии"], { acronyms: ["РЦПДЦА", "РЦПДЦА ООН"] }),
  known("unama", ["Миссия ООН по содействию Афганистану", "Миссия Организации Объединённых Наций по содействию Афганистану"], { acronyms: ["МООНСА"] }),
  known("unfpa", ["Фонд ООН в области народонаселения", "Фонд Организации Объединённых Наций в области народонаселения"], { acronyms: ["ЮНФПА"] }),
  known("un-women", ["Структура ООН по вопросам гендерного равенства и расширения прав и возможностей женщин", "ООН-Женщины"]),
  known("unctad", ["Конференция ООН по торговле и развитию", "Конференция Организации Объединённых Наций по торговле и развитию"], { acronyms: ["ЮНКТАД"] }),
  known("unido", ["Организация ООН по промышленному развитию", "Организация Объединённых Наций по промышленному развитию"], { acronyms: ["ЮНИДО"] }),
  known("unfccc", ["Рамочная конвенция ООН об изменении климата", "Рамочная конвенция Организации Объединённых Наций об изменении климата"], { acronyms: ["РКИК ООН"] }),
  known("escap", ["Экономическая и социальная комиссия ООН для Азии и Тихого океана", "Экономическая и социальная комиссия для Азии и Тихого океана"], { acronyms: ["ЭСКАТО", "ЭСКАТО ООН"] }),
  known("unece", ["Европейская экономическая комиссия ООН", "Европейская экономическая комиссия Организации Объединённых Наций"], { acronyms: ["ЕЭК ООН"] }),
  known("ocha", ["Управление ООН по координации гуманитарных вопросов", "Управление Организации Объединённых Наций по координации гуманитарных вопросов"], { acronyms: ["УКГВ ООН", "УКГВ"] }),
  known("icao", ["Международная организация гражданской авиации"], { acronyms: ["ИКАО"] }),
  known("imo", ["Международная морская организация"], { acronyms: ["ИМО"] }),
  known("itu", ["Международный союз электросвязи"], { acronyms: ["МСЭ"] }),
  known("wmo", ["Всемирная метеорологическая организация"], { acronyms: ["ВМО"] }),
  known("wipo", ["Всемирная организация интеллектуальной собственности"], { acronyms: ["ВОИС"] }),
  known("unwto", ["Всемирная туристская организация", "Всемирная туристская организация ООН"], { acronyms: ["ЮНВТО"] }),
  known("opcw", ["Организация по запрещению химического оружия"], { acronyms: ["ОЗХО"] }),
  known("ctbto", ["Организация по Договору о всеобъемлющем запрещении ядерных испытаний"], { acronyms: ["ОДВЗЯИ"] }),
  known("icj", ["Международный суд ООН", "Международный суд Организации Объединённых Наций"]),
  known("icc", ["Международный уголовный суд"], { acronyms: ["МУС"] }),
  known("world-bank", ["Всемирный банк", "Группа Всемирного банка"], { acronyms: ["ВБ"] }),
  known("world-bank", ["Международный банк реконструкции и развития"], { acronyms: ["МБРР"], organ: "International Bank for Reconstruction and Development" }),
  known("imf", ["Международный валютный фонд"], { acronyms: ["МВФ"] }),
  known("wto", ["Всемирная торговая организация"], { acronyms: ["ВТО"] }),

  // Asia, Africa, the Middle East and the Americas.
  known("asean", ["Ассоциация государств Юго-Восточной Азии"], { acronyms: ["АСЕАН"] }),
  known("asean", ["Региональный форум АСЕАН"], { acronyms: ["АРФ"], organ: "Regional Forum" }),
  known("apec", ["Азиатско-Тихоокеанское экономическое сотрудничество", "форум Азиатско-Тихоокеанского экономического сотрудничества"], { acronyms: ["АТЭС"] }),
  known("adb", ["Азиатский банк развития"], { acronyms: ["АБР"] }),
  known("aiib", ["Азиатский банк инфраструктурных инвестиций"], { acronyms: ["АБИИ"] }),
  known("ndb", ["Новый банк развития", "Новый банк развития БРИКС", "Банк развития БРИКС"], { acronyms: ["НБР"] }),
  known("isdb", ["Исламский банк развития"], { acronyms: ["ИБР"] }),
  known("saarc", ["Ассоциация регионального сотрудничества Южной Азии", "Южноазиатская ассоциация регионального сотрудничества"], { acronyms: ["СААРК"] }),
  known("oic", ["Организация исламского сотрудничества", "Организация Исламская конференция"], { acronyms: ["ОИС", "ОИК"] }),
  known("au", ["Африканский союз"], { acronyms: ["АС"] }),
  known("au", ["Комиссия Африканского союза"], { acronyms: ["КАС"], organ: "African Union Commission" }),
  known("arab-league", ["Лига арабских государств"], { acronyms: ["ЛАГ"] }),
  known("gcc", ["Совет сотрудничества арабских государств Персидского залива", "Совет сотрудничества стран Персидского залива"], { acronyms: ["ССАГПЗ"] }),
  known("opec", ["Организация стран – экспортёров нефти", "Организация стран-экспортёров нефти", "ОПЕК+"], { acronyms: ["ОПЕК"] }),
  known("oas", ["Организация американских государств"], { acronyms: ["ОАГ"] }),
  known("nam", ["Движение неприсоединения"], { acronyms: ["ДН"] }),

  // Forums and formats without a seat.
  known("brics", ["БРИКС", "БРИКС+", "БРИКС плюс", "объединение БРИКС", "группа БРИКС"]),
  known("g7", ["«Группа семи»", "Группа семи", "«Большая семёрка»", "Большая семёрка", "G7"]),
  known("g8", ["«Группа восьми»", "Группа восьми", "«Большая восьмёрка»", "Большая восьмёрка", "G8"]),
  known("g20", ["«Группа двадцати»", "Группа двадцати", "«Большая двадцатка»", "Большая двадцатка", "G20"]),
  known("c5-1", ["С5+1", "«Центральная Азия + США»", "Центральная Азия + США"]),

  // Non-governmental and international bodies.
  known("icrc", ["Международный комитет Красного Креста"], { acronyms: ["МККК"] }),
  known("ifrc", ["Международная федерация обществ Красного Креста и Красного Полумесяца"], { acronyms: ["МФОКК и КП", "МФКК"] }),
  known("ipu", ["Межпарламентский союз"], { acronyms: ["МПС"] }),

  // Universities with an established English name (others are rendered by the pattern of their
  // name, src/extract/organizations/ru/institutions.ts); no state, so no seat of a venue.
  other("Peoples' Friendship University of Russia", "RUDN", ["Российский университет дружбы народов", "Российский университет дружбы народов имени Патриса Лумумбы"], { acronyms: ["РУДН"] }),
  other("Lomonosov Moscow State University", "MSU", ["Московский государственный университет имени М.В. Ломоносова", "Московский государственный университет имени М.В.Ломоносова", "Московский государственный университет"], { acronyms: ["МГУ"] }),
  other("Moscow State Institute of International Relations", "MGIMO", ["Московский государственный институт международных отношений", "МГИМО МИД России"], { acronyms: ["МГИМО"] }),
  other("Saint Petersburg State University", "SPbU", ["Санкт-Петербургский государственный университет"], { acronyms: ["СПбГУ"] }),
  other("National Research Nuclear University MEPhI", "MEPhI", ["Национальный исследовательский ядерный университет «МИФИ»", "НИЯУ МИФИ"], { acronyms: ["МИФИ"] }),
  other("HSE University", "HSE", ["Национальный исследовательский университет «Высшая школа экономики»", "Высшая школа экономики", "НИУ ВШЭ"], { acronyms: ["ВШЭ"] }),
  other("Moscow Institute of Physics and Technology", "MIPT", ["Московский физико-технический институт"], { acronyms: ["МФТИ"] }),
  other("Russian Presidential Academy of National Economy and Public Administration", "RANEPA", ["Российская академия народного хозяйства и государственной службы при Президенте Российской Федерации"], { acronyms: ["РАНХиГС"] }),
  other("Ufa State Petroleum Technological University", "USPTU", ["Уфимский государственный нефтяной технический университет"], { acronyms: ["УГНТУ"] }),
  // The Slavonic universities the Russian Federation founded with its neighbours.
  other("Russian-Armenian University", "RAU", ["Российско-Армянский университет"], { acronyms: ["РАУ"] }),
  other("Kyrgyz-Russian Slavic University", "KRSU", ["Кыргызско-Российский Славянский университет", "Киргизско-Российский Славянский университет"], { acronyms: ["КРСУ"] }),
  other("Russian-Tajik Slavonic University", "RTSU", ["Российско-Таджикский славянский университет"], { acronyms: ["РТСУ"] }),
  other("Belarusian-Russian University", null, ["Белорусско-Российский университет"]),

  // Companies of the gazetteer.
  known("gazprom", ["Газпром", "ПАО «Газпром»", "ПАО \"Газпром\""]),
  known("gazprom-neft", ["Газпром нефть", "«Газпром нефть»"]),
  known("rosneft", ["Роснефть", "НК «Роснефть»"]),
  known("lukoil", ["Лукойл", "ЛУКОЙЛ"]),
  known("novatek", ["Новатэк", "НОВАТЭК"]),
  known("transneft", ["Транснефть"]),
  known("rosatom", ["Росатом", "Госкорпорация «Росатом»", "Государственная корпорация по атомной энергии «Росатом»"]),
  known("rostec", ["Ростех", "Госкорпорация «Ростех»"]),
  known("roscosmos", ["Роскосмос", "Госкорпорация «Роскосмос»"]),
  known("rzd", ["Российские железные дороги", "ОАО «Российские железные дороги»"], { acronyms: ["РЖД"] }),
  known("sberbank", ["Сбербанк", "Сбер"]),
  known("rdif", ["Российский фонд прямых инвестиций"], { acronyms: ["РФПИ"] }),
  known("rosoboronexport", ["Рособоронэкспорт"]),
  known("rushydro", ["РусГидро"]),
  known("inter-rao", ["Интер РАО", "Интер РАО ЕЭС"]),
  known("aeroflot", ["Аэрофлот"]),
  known("samruk-kazyna", ["Самрук-Казына", "Фонд национального благосостояния «Самрук-Казына»"]),
  known("kazmunaygas", ["КазМунайГаз", "Национальная компания «КазМунайГаз»"], { acronyms: ["КМГ"] }),
  known("kazatomprom", ["Казатомпром", "Национальная атомная компания «Казатомпром»"]),
  known("ktz", ["Қазақстан темір жолы", "Казахстан темир жолы"], { acronyms: ["КТЖ"] }),
  known("kegoc", ["KEGOC", "Казахстанская компания по управлению электрическими сетями"]),
  known("baiterek", ["Байтерек", "Национальный управляющий холдинг «Байтерек»"]),
  known("kazakhtelecom", ["Казахтелеком"]),
  known("air-astana", ["Эйр Астана"]),
  known("kazakh-invest", ["Kazakh Invest", "Казах Инвест"]),
  known("uzbekneftegaz", ["Узбекнефтегаз"]),
  known("uzbekistan-railways", ["Узбекистон темир йуллари", "Узбекские железные дороги", "Ўзбекистон темир йўллари"]),
  known("nmmc", ["Навоийский горно-металлургический комбинат"], { acronyms: ["НГМК"] }),
  known("uzbekistan-airways", ["Узбекистон хаво йуллари", "Uzbekistan Airways"]),
  known("uzbekhydroenergo", ["Узбекгидроэнерго"]),
  known("socar", ["Государственная нефтяная компания Азербайджанской Республики", "SOCAR"], { acronyms: ["ГНКАР"] }),
  known("azal", ["Азербайджанские авиалинии", "AZAL"]),
  known("azerenerji", ["Азерэнержи"]),
  known("turkmengaz", ["Туркменгаз", "Государственный концерн «Туркменгаз»"]),
  known("turkmenistan-airlines", ["Туркменистан хова ёллары", "Туркменские авиалинии"]),
  known("belaruskali", ["Беларуськалий"]),
  known("naftogaz", ["Нафтогаз", "Нафтогаз Украины"]),
  known("energoatom", ["Энергоатом"]),
  known("cnpc", ["Китайская национальная нефтегазовая корпорация"], { acronyms: ["КННК", "CNPC"] }),
  known("sinopec", ["Синопек", "Китайская нефтехимическая корпорация"]),
  known("huawei", ["Хуавэй", "Huawei"]),
  known("aramco", ["Сауди Арамко", "Saudi Aramco"]),

  // Political parties, under the names their leaders' titles carry ("Председатель партии «Единая Россия»").
  other("United Russia", null, ["Единая Россия", "Всероссийская политическая партия «Единая Россия»"], { country: "RU" }),
  other("Communist Party of the Russian Federation", "CPRF", ["Коммунистическая партия Российской Федерации"], { acronyms: ["КПРФ"], country: "RU" }),
  other("Liberal Democratic Party of Russia", "LDPR", ["Либерально-демократическая партия России"], { acronyms: ["ЛДПР"], country: "RU" }),
  other("A Just Russia", null, ["Справедливая Россия", "Справедливая Россия – За правду"], { country: "RU" }),
  other("Nur Otan", null, ["Нур Отан"], { country: "KZ" }),
  other("Amanat", null, ["Аманат"], { country: "KZ" }),
  other("People's Democratic Party of Tajikistan", "PDPT", ["Народно-демократическая партия Таджикистана"], { acronyms: ["НДПТ"], country: "TJ" }),

  // Russia: the Presidency, the Government, the Federal Assembly and federal bodies.
  other("Presidential Executive Office", null, ["Администрация Президента Российской Федерации", "Администрация Президента России", "Администрация Президента РФ"], { country: "RU" }),
  other("Security Council of the Russian Federation", null, ["Совет Безопасности Российской Федерации", "Совет Безопасности России", "Совет Безопасности РФ", "Совбез России", "Совбез РФ"], { country: "RU" }),
  other("Government of Russia", null, ["Правительство Российской Федерации", "Правительство России", "Правительство РФ"], { country: "RU" }),
  other("Federal Assembly of Russia", null, ["Федеральное Собрание Российской Федерации", "Федеральное Собрание"], { country: "RU" }),
  other("State Duma", null, ["Государственная Дума Федерального Собрания Российской Федерации", "Государственная Дума", "Госдума"], { country: "RU" }),
  other("Federation Council", null, ["Совет Федерации Федерального Собрания Российской Федерации", "Совет Федерации", "Совфед"], { country: "RU" }),
  mfa("RU", "Russia", ["России"], ["Российской Федерации", "РФ"]),
  other("Ministry of Defence of Russia", null, ["Министерство обороны Российской Федерации", "Министерство обороны России", "Министерство обороны РФ", "Минобороны России", "Минобороны РФ", "Минобороны"], { country: "RU" }),
  other("Ministry of Internal Affairs of Russia", null, ["Министерство внутренних дел Российской Федерации", "Министерство внутренних дел России", "МВД России", "МВД РФ"], { country: "RU" }),
  other("Ministry of Emergency Situations of Russia", "EMERCOM", ["Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий", "МЧС России", "МЧС РФ", "Национальный центр управления в кризисных ситуациях"], { country: "RU" }),
  other("Ministry of Justice of Russia", null, ["Министерство юстиции Российской Федерации", "Министерство юстиции России", "Минюст России", "Минюст РФ"], { country: "RU" }),
  other("Ministry of Finance of Russia", null, ["Министерство финансов Российской Федерации", "Министерство финансов России", "Минфин России", "Минфин РФ"], { country: "RU" }),
  other("Ministry of Economic Development of Russia", null, ["Министерство экономического развития Российской Федерации", "Министерство экономического развития России", "Минэкономразвития России", "Минэкономразвития РФ"], { country: "RU" }),
  other("Ministry of Industry and Trade of Russia", null, ["Министерство промышленности и торговли Российской Федерации", "Министерство промышленности и торговли России", "Минпромторг России", "Минпромторг РФ"], { country: "RU" }),
  other("Ministry of Energy of Russia", null, ["Министерство энергетики Российской Федерации", "Министерство энергетики России", "Минэнерго России", "Минэнерго РФ"], { country: "RU" }),
  other("Ministry of Transport of Russia", null, ["Министерство транспорта Российской Федерации", "Министерство транспорта России", "Минтранс России", "Минтранс РФ"], { country: "RU" }),
  other("Ministry of Agriculture of Russia", null, ["Министерство сельского хозяйства Российской Федерации", "Министерство сельского хозяйства России", "Минсельхоз России", "Минсельхоз РФ"], { country: "RU" }),
  other("Ministry of Health of Russia", null, ["Министерство здравоохранения Российской Федерации", "Министерство здравоохранения России", "Минздрав России", "Минздрав РФ"], { country: "RU" }),
  other("Ministry of Education of Russia", null, ["Министерство просвещения Российской Федерации", "Министерство просвещения России", "Минпросвещения России"], { country: "RU" }),
  other("Ministry of Science and Higher Education of Russia", null, ["Министерство науки и высшего образования Российской Федерации", "Министерство науки и высшего образования России", "Минобрнауки России"], { country: "RU" }),
  other("Ministry of Culture of Russia", null, ["Министерство культуры Российской Федерации", "Министерство культуры России", "Минкультуры России"], { country: "RU" }),
  other("Ministry of Digital Development, Communications and Mass Media of Russia", null, ["Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации", "Минцифры России"], { country: "RU" }),
  other("Ministry of Natural Resources and Environment of Russia", null, ["Министерство природных ресурсов и экологии Российской Федерации", "Минприроды России"], { country: "RU" }),
  other("Federal Security Service", "FSB", ["Федеральная служба безопасности Российской Федерации", "Федеральная служба безопасности", "ФСБ России"], { acronyms: ["ФСБ"], country: "RU" }),
  other("Foreign Intelligence Service", "SVR", ["Служба внешней разведки Российской Федерации", "Служба внешней разведки", "СВР России"], { acronyms: ["СВР"], country: "RU" }),
  other("Federal Protective Service", "FSO", ["Федеральная служба охраны Российской Федерации", "Федеральная служба охраны", "ФСО России"], { acronyms: ["ФСО"], country: "RU" }),
  other("Federal Drug Control Service", "FSKN", ["Федеральная служба Российской Федерации по контролю за оборотом наркотиков", "ФСКН России"], { acronyms: ["ФСКН"], country: "RU" }),
  other("Federal Migration Service", "FMS", ["Федеральная миграционная служба", "ФМС России"], { acronyms: ["ФМС"], country: "RU" }),
  other("Federal Customs Service", null, ["Федеральная таможенная служба", "ФТС России"], { acronyms: ["ФТС"], country: "RU" }),
  // The General Staff is an organ of the Ministry of Defence: counted as the ministry.
  other("Ministry of Defence of Russia", null, ["Генеральный штаб Вооружённых Сил Российской Федерации", "Генеральный штаб Вооружённых Сил России", "Генштаб ВС РФ"], { organ: "General Staff", country: "RU" }),
  other("Investigative Committee of Russia", null, ["Следственный комитет Российской Федерации", "Следственный комитет России", "СК России"], { country: "RU" }),
  other("Prosecutor General's Office of Russia", null, ["Генеральная прокуратура Российской Федерации", "Генпрокуратура России"], { country: "RU" }),
  // Central banks by the English names they use themselves ("Bank of Russia", not "Central Bank of Russia").
  other("Bank of Russia", null, ["Центральный банк Российской Федерации", "Банк России", "ЦБ РФ", "Центральный банк России", "ЦБ России"], { country: "RU" }),
  other("National Bank of Kazakhstan", null, ["Национальный банк Республики Казахстан", "Национальный банк Казахстана", "Нацбанк Казахстана", "Нацбанк РК"], { country: "KZ" }),
  other("National Bank of the Republic of Belarus", null, ["Национальный банк Республики Беларусь", "Национальный банк Беларуси", "Нацбанк Беларуси"], { country: "BY" }),
  other("National Bank of the Kyrgyz Republic", null, ["Национальный банк Кыргызской Республики", "Национальный банк Кыргызстана", "Нацбанк Кыргызстана"], { country: "KG" }),
  other("National Bank of Tajikistan", null, ["Национальный банк Таджикистана", "Национальный банк Республики Таджикистан", "Нацбанк Таджикистана"], { country: "TJ" }),
  other("Central Bank of the Republic of Uzbekistan", null, ["Центральный банк Республики Узбекистан", "Центральный банк Узбекистана", "ЦБ Узбекистана"], { country: "UZ" }),
  other("Central Bank of Armenia", null, ["Центральный банк Республики Армения", "Центральный банк Армении"], { country: "AM" }),
  other("Central Bank of the Republic of Azerbaijan", null, ["Центральный банк Азербайджанской Республики", "Центральный банк Азербайджана"], { country: "AZ" }),
  other("Federal Service for Veterinary and Phytosanitary Surveillance", "Rosselkhoznadzor", ["Федеральная служба по ветеринарному и фитосанитарному надзору", "Россельхознадзор"], { country: "RU" }),
  other("Federal Agency for the Commonwealth of Independent States Affairs, Compatriots Living Abroad, and International Humanitarian Cooperation", "Rossotrudnichestvo", ["Федеральное агентство по делам Содружества Независимых Государств, соотечественников, проживающих за рубежом, и по международному гуманитарному сотрудничеству", "Россотрудничество"], { country: "RU" }),

  // Kazakhstan.
  other("Presidential Administration of Kazakhstan", null, ["Администрация Президента Республики Казахстан", "Администрация Президента РК", "Администрация Президента Казахстана"], { country: "KZ" }),
  other("National Defence University", null, ["Национальный университет обороны", "Национальный университет обороны Республики Казахстан", "Национальный университет обороны имени Первого Президента Республики Казахстан"], { country: "KZ" }),
  other("Security Council of Kazakhstan", null, ["Совет Безопасности Республики Казахстан", "Совет безопасности Республики Казахстан", "Совет Безопасности РК", "Совбез Казахстана"], { country: "KZ" }),
  other("Government of Kazakhstan", null, ["Правительство Республики Казахстан", "Правительство РК", "Правительство Казахстана"], { country: "KZ" }),
  other("Parliament of Kazakhstan", null, ["Парламент Республики Казахстан", "Парламент РК", "Парламент Казахстана"], { country: "KZ" }),
  other("Mazhilis of the Parliament of Kazakhstan", null, ["Мажилис Парламента Республики Казахстан", "Мажилис Парламента РК", "Мажилис"], { country: "KZ" }),
  other("Senate of the Parliament of Kazakhstan", null, ["Сенат Парламента Республики Казахстан", "Сенат Парламента РК"], { country: "KZ" }),
  mfa("KZ", "Kazakhstan", ["Казахстана"], ["Республики Казахстан", "РК"]),
  other("Ministry of Defence of Kazakhstan", null, ["Министерство обороны Республики Казахстан", "Министерство обороны РК", "Минобороны Казахстана", "Минобороны РК"], { country: "KZ" }),
  other("Ministry of Internal Affairs of Kazakhstan", null, ["Министерство внутренних дел Республики Казахстан", "МВД РК", "МВД Казахстана"], { country: "KZ" }),
  other("Ministry of Emergency Situations of Kazakhstan", null, ["Министерство по чрезвычайным ситуациям Республики Казахстан", "МЧС РК", "МЧС Казахстана"], { country: "KZ" }),
  other("National Security Committee of Kazakhstan", null, ["Комитет национальной безопасности Республики Казахстан", "КНБ РК", "КНБ Казахстана"], { country: "KZ" }),

  // Belarus.
  other("Presidential Administration of Belarus", null, ["Администрация Президента Республики Беларусь", "Администрация Президента Беларуси"], { country: "BY" }),
  other("Security Council of Belarus", null, ["Совет Безопасности Республики Беларусь", "Совет безопасности Республики Беларусь", "Совбез Беларуси"], { country: "BY" }),
  other("Government of Belarus", null, ["Правительство Республики Беларусь", "Совет Министров Республики Беларусь", "Правительство Беларуси"], { country: "BY" }),
  other("National Assembly of Belarus", null, ["Национальное собрание Республики Беларусь", "Национальное собрание Беларуси"], { country: "BY" }),
  other("House of Representatives of the National Assembly of Belarus", null, ["Палата представителей Национального собрания Республики Беларусь", "Палата представителей Национального собрания"], { country: "BY" }),
  other("Council of the Republic of the National Assembly of Belarus", null, ["Совет Республики Национального собрания Республики Беларусь", "Совет Республики Национального собрания", "Совет Республики"], { country: "BY" }),
  other("All-Belarusian People's Assembly", null, ["Всебелорусское народное собрание"], { acronyms: ["ВНС"], country: "BY" }),
  mfa("BY", "Belarus", ["Беларуси", "Белоруссии"], ["Республики Беларусь", "РБ"]),
  other("Ministry of Defence of Belarus", null, ["Министерство обороны Республики Беларусь", "Минобороны Беларуси", "Минобороны Белоруссии"], { country: "BY" }),
  other("Ministry of Internal Affairs of Belarus", null, ["Министерство внутренних дел Республики Беларусь", "МВД Беларуси"], { country: "BY" }),
  other("Ministry for Emergency Situations of Belarus", null, ["Министерство по чрезвычайным ситуациям Республики Беларусь", "МЧС Беларуси"], { country: "BY" }),
  other("State Security Committee of Belarus", "KGB", ["Комитет государственной безопасности Республики Беларусь", "КГБ Беларуси", "КГБ Республики Беларусь"], { country: "BY" }),
  // The capital's executive committee, under its contracted name (others are read by the pattern of their name).
  other("Minsk City Executive Committee", null, ["Минский городской исполнительный комитет", "Мингорисполком"], { country: "BY" }),
  other("State Border Committee of Belarus", null, ["Государственный пограничный комитет Республики Беларусь", "Госпогранкомитет Беларуси"], { country: "BY" }),

  // Kyrgyzstan.
  other("Presidential Administration of Kyrgyzstan", null, ["Администрация Президента Кыргызской Республики", "Администрация Президента Кыргызстана"], { country: "KG" }),
  other("Security Council of Kyrgyzstan", null, ["Совет безопасности Кыргызской Республики", "Совет Безопасности Кыргызской Республики"], { country: "KG" }),
  other("Cabinet of Ministers of Kyrgyzstan", null, ["Кабинет Министров Кыргызской Республики", "Кабинет министров Кыргызской Республики", "Кабмин Кыргызстана"], { country: "KG" }),
  other("Jogorku Kenesh", null, ["Жогорку Кенеш Кыргызской Республики", "Жогорку Кенеш"], { country: "KG" }),
  mfa("KG", "Kyrgyzstan", ["Кыргызстана", "Киргизии"], ["Кыргызской Республики", "КР"]),
  other("Ministry of Defence of Kyrgyzstan", null, ["Министерство обороны Кыргызской Республики", "Минобороны Кыргызстана", "Минобороны Киргизии"], { country: "KG" }),
  other("State Committee for National Security of Kyrgyzstan", null, ["Государственный комитет национальной безопасности Кыргызской Республики", "ГКНБ Кыргызстана", "ГКНБ КР"], { country: "KG" }),

  // Tajikistan.
  other("Executive Office of the President of Tajikistan", null, ["Исполнительный аппарат Президента Республики Таджикистан"], { country: "TJ" }),
  other("Security Council of Tajikistan", null, ["Совет безопасности Республики Таджикистан"], { country: "TJ" }),
  other("Government of Tajikistan", null, ["Правительство Республики Таджикистан", "Правительство Таджикистана"], { country: "TJ" }),
  other("Majlisi Oli of Tajikistan", null, ["Маджлиси Оли Республики Таджикистан", "Маджлиси Оли"], { country: "TJ" }),
  other("Majlisi Milli of the Majlisi Oli of Tajikistan", null, ["Маджлиси милли Маджлиси Оли Республики Таджикистан", "Маджлиси милли Маджлиси Оли", "Маджлиси милли"], { country: "TJ" }),
  other("Majlisi Namoyandagon of the Majlisi Oli of Tajikistan", null, ["Маджлиси намояндагон Маджлиси Оли Республики Таджикистан", "Маджлиси намояндагон Маджлиси Оли", "Маджлиси намояндагон"], { country: "TJ" }),
  mfa("TJ", "Tajikistan", ["Таджикистана"], ["Республики Таджикистан", "РТ"]),
  other("Ministry of Defence of Tajikistan", null, ["Министерство обороны Республики Таджикистан", "Минобороны Таджикистана"], { country: "TJ" }),
  other("State Committee for National Security of Tajikistan", null, ["Государственный комитет национальной безопасности Республики Таджикистан", "ГКНБ Таджикистана"], { country: "TJ" }),

  // Uzbekistan.
  other("Presidential Administration of Uzbekistan", null, ["Администрация Президента Республики Узбекистан", "Администрация Президента Узбекистана"], { country: "UZ" }),
  other("Security Council of Uzbekistan", null, ["Совет безопасности при Президенте Республики Узбекистан", "Совет безопасности Республики Узбекистан"], { country: "UZ" }),
  other("Cabinet of Ministers of Uzbekistan", null, ["Кабинет Министров Республики Узбекистан", "Кабинет министров Республики Узбекистан"], { country: "UZ" }),
  other("Oliy Majlis of Uzbekistan", null, ["Олий Мажлис Республики Узбекистан", "Олий Мажлис"], { country: "UZ" }),
  other("Legislative Chamber of the Oliy Majlis of Uzbekistan", null, ["Законодательная палата Олий Мажлиса Республики Узбекистан", "Законодательная палата Олий Мажлиса"], { country: "UZ" }),
  other("Senate of the Oliy Majlis of Uzbekistan", null, ["Сенат Олий Мажлиса Республики Узбекистан", "Сенат Олий Мажлиса"], { country: "UZ" }),
  mfa("UZ", "Uzbekistan", ["Узбекистана"], ["Республики Узбекистан", "РУз"]),
  other("Ministry of Defence of Uzbekistan", null, ["Министерство обороны Республики Узбекистан", "Минобороны Узбекистана"], { country: "UZ" }),
  other("State Security Service of Uzbekistan", null, ["Служба государственной безопасности Республики Узбекистан", "СГБ Узбекистана"], { country: "UZ" }),

  // Chambers of commerce and industry, by their official English names.
  other("Chamber of Commerce and Industry of the Russian Federation", null, ["Торгово-промышленная палата Российской Федерации", "Торгово-промышленная палата России", "ТПП РФ", "ТПП России"], { country: "RU" }),
  other("Belarusian Chamber of Commerce and Industry", null, ["Белорусская торгово-промышленная палата", "БелТПП"], { country: "BY" }),
  other("Chamber of Commerce and Industry of Uzbekistan", null, ["Торгово-промышленная палата Республики Узбекистан", "Торгово-промышленная палата Узбекистана", "ТПП Узбекистана"], { country: "UZ" }),
  other("Chamber of Commerce and Industry of the Kyrgyz Republic", null, ["Торгово-промышленная палата Кыргызской Республики", "Торгово-промышленная палата Кыргызстана", "ТПП Кыргызстана"], { country: "KG" }),
  other("Chamber of Commerce and Industry of the Republic of Tajikistan", null, ["Торгово-промышленная палата Республики Таджикистан", "Торгово-промышленная палата Таджикистана", "ТПП Таджикистана"], { country: "TJ" }),
  other("Chamber of Commerce and Industry of the Republic of Armenia", null, ["Торгово-промышленная палата Республики Армения", "Торгово-промышленная палата Армении", "ТПП Армении"], { country: "AM" }),
  other("National Chamber of Entrepreneurs of Kazakhstan Atameken", null, ["Национальная палата предпринимателей Республики Казахстан «Атамекен»", "Национальная палата предпринимателей «Атамекен»", "НПП «Атамекен»", "НПП РК «Атамекен»"], { country: "KZ" }),

  // Turkmenistan.
  other("Cabinet of Ministers of Turkmenistan", null, ["Кабинет Министров Туркменистана"], { country: "TM" }),
  other("Mejlis of Turkmenistan", null, ["Меджлис Туркменистана", "Милли Генгеш Туркменистана"], { country: "TM" }),
  other("Halk Maslahaty of Turkmenistan", null, ["Халк Маслахаты Туркменистана", "Халк Маслахаты"], { country: "TM" }),
  mfa("TM", "Turkmenistan", ["Туркменистана", "Туркмении"], []),

  // Armenia.
  other("Office of the Prime Minister of Armenia", null, ["Аппарат Премьер-министра Республики Армения", "Аппарат премьер-министра Армении"], { country: "AM" }),
  other("Security Council of Armenia", null, ["Совет безопасности Республики Армения", "Совбез Армении"], { country: "AM" }),
  other("National Assembly of Armenia", null, ["Национальное Собрание Республики Армения", "Национальное собрание Республики Армения", "Национальное собрание Армении", "Парламент Армении"], { country: "AM" }),
  mfa("AM", "Armenia", ["Армении"], ["Республики Армения", "РА"]),
  other("Ministry of Defence of Armenia", null, ["Министерство обороны Республики Армения", "Минобороны Армении"], { country: "AM" }),

  // Azerbaijan, Georgia, Moldova, Ukraine, Mongolia.
  other("Presidential Administration of Azerbaijan", null, ["Администрация Президента Азербайджанской Республики", "Администрация Президента Азербайджана"], { country: "AZ" }),
  other("Milli Majlis of Azerbaijan", null, ["Милли Меджлис Азербайджанской Республики", "Милли Меджлис Азербайджана", "Милли Меджлис"], { country: "AZ" }),
  mfa("AZ", "Azerbaijan", ["Азербайджана"], ["Азербайджанской Республики"]),
  other("Ministry of Defence of Azerbaijan", null, ["Министерство обороны Азербайджанской Республики", "Минобороны Азербайджана"], { country: "AZ" }),
  other("Parliament of Georgia", null, ["Парламент Грузии"], { country: "GE" }),
  mfa("GE", "Georgia", ["Грузии"], []),
  other("Parliament of Moldova", null, ["Парламент Республики Молдова", "Парламент Молдавии", "Парламент Молдовы"], { country: "MD" }),
  mfa("MD", "Moldova", ["Молдавии", "Молдовы"], ["Республики Молдова"]),
  other("Verkhovna Rada of Ukraine", null, ["Верховная рада Украины", "Верховная Рада Украины", "Верховная рада", "Верховная Рада"], { country: "UA" }),
  other("Office of the President of Ukraine", null, ["Офис президента Украины", "Офис Президента Украины"], { country: "UA" }),
  mfa("UA", "Ukraine", ["Украины"], []),
  other("State Great Khural of Mongolia", null, ["Великий Государственный Хурал Монголии", "Великий государственный хурал Монголии", "Государственный Великий Хурал Монголии"], { country: "MN" }),
  mfa("MN", "Mongolia", ["Монголии"], []),

  // Other states' bodies Russian releases name often.
  mfa("CN", "China", ["Китая"], ["КНР", "Китайской Народной Республики"]),
  mfa("IN", "India", ["Индии"], ["Республики Индия"]),
  mfa("IR", "Iran", ["Ирана"], ["Исламской Республики Иран", "ИРИ"]),
  mfa("TR", "Türkiye", ["Турции"], ["Турецкой Республики"]),
  mfa("PK", "Pakistan", ["Пакистана"], ["Исламской Республики Пакистан"]),
  mfa("AF", "Afghanistan", ["Афганистана"], []),
  mfa("FR", "France", ["Франции"], []),
  mfa("JP", "Japan", ["Японии"], []),
  known("de-federal-foreign-office", ["Министерство иностранных дел Германии", "МИД Германии", "МИД ФРГ", "Федеральное министерство иностранных дел Германии", "Министерство иностранных дел ФРГ"], { country: "DE" }),
  known("us-state-department", ["Государственный департамент США", "Госдепартамент США", "Госдеп США", "Госдепартамент", "Госдеп"], { country: "US" }),
  known("us-dod", ["Министерство обороны США", "Минобороны США", "Пентагон"], { country: "US" }),
  known("us-nsc", ["Совет национальной безопасности США"], { acronyms: ["СНБ США"], country: "US" }),
  known("usaid", ["Агентство США по международному развитию"], { acronyms: ["USAID", "ЮСАИД", "АМР США"], country: "US" }),
  known("uk-fcdo", ["Министерство иностранных дел, по делам Содружества и развития Великобритании", "Форин-офис", "МИД Великобритании"], { country: "GB" }),
  other("United States Congress", null, ["Конгресс США"], { country: "US" }),
]);

/**
 * Organ phrases that name no organisation alone: credited to an organisation named with them
 * ("Совет министров иностранных дел" + "ОДКБ"), else dropped. The English forms are those of
 * GENERIC_ORGANS in src/data/organizations.ts.
 *
 * @example
 * ```ts
 * import { RU_GENERIC_ORGANS } from "./organizations.js";
 * RU_GENERIC_ORGANS.find((organ) => organ.ru === "Постоянный совет")?.en; // "Permanent Council"
 * ```
 */
export const RU_GENERIC_ORGANS: readonly RussianGenericOrgan[] = Object.freeze(
  ([
    ["Секретариат", "Secretariat"],
    ["Генеральный секретариат", "General Secretariat"],
    ["Постоянный совет", "Permanent Council"],
    ["Совет министров", "Council of Ministers"],
    ["Совет министров иностранных дел", "Council of Foreign Ministers"],
    ["Совет министров обороны", "Council of Defense Ministers"],
    ["Совет глав государств", "Council of Heads of State"],
    ["Совет глав правительств", "Council of Heads of Government"],
    ["Совет коллективной безопасности", "Collective Security Council"],
    ["Объединённый штаб", "Joint Staff"],
    ["Исполнительный комитет", "Executive Committee"],
    ["Исполком", "Executive Committee"],
    ["Совместный комитет", "Joint Committee"],
    ["Генеральная Ассамблея", "General Assembly"],
    ["Совет Безопасности", "Security Council"],
    ["Комитет министров", "Committee of Ministers"],
    ["Комитет постоянных представителей", "Committee of Permanent Representatives"],
    ["Совет управляющих", "Board of Governors"],
    ["Исполнительный совет", "Executive Board"],
    ["Руководящий комитет", "Steering Committee"],
    ["Саммит", "Summit"],
    ["Председательство", "Chairmanship"],
    ["Штаб-квартира", "Headquarters"],
    ["Рабочая группа", "Working Group"],
    ["Совместная рабочая группа", "Joint Working Group"],
    ["Группа экспертов", "Expert Group"],
    ["Экспертная группа", "Expert Group"],
    ["Контактная группа", "Contact Group"],
    ["Группа высокого уровня", "High-Level Group"],
    ["Организационный комитет", "Organizing Committee"],
    ["Оргкомитет", "Organizing Committee"],
    ["Межправительственная комиссия", "Intergovernmental Commission"],
    ["Совместная комиссия", "Joint Commission"],
    ["Пресс-служба", "Press Service"],
    ["Пресс-центр", "Press Center"],
    ["Информационная служба", "Information Service"],
    ["Департамент информации и печати", "Information and Press Department"],
    ["Протокольный департамент", "Protocol Department"],
    ["Консульский департамент", "Consular Department"],
    ["Правовой департамент", "Legal Department"],
  ] as const).flatMap(([ru, en]) => withYe([ru]).map((form) => Object.freeze({ ru: form, en }))),
);

/**
 * National bodies a state's own releases name without the state ("Совет Безопасности",
 * "Администрация Президента" on a Kremlin page): each stands for the entry of RU_ORGANIZATIONS
 * whose name starts with it, of the state the release's other national bodies belong to.
 *
 * @example
 * ```ts
 * import { RU_BARE_NATIONAL_BODIES } from "./organizations.js";
 * RU_BARE_NATIONAL_BODIES.includes("Совет Безопасности"); // true
 * ```
 */
export const RU_BARE_NATIONAL_BODIES: readonly string[] = Object.freeze([
  "Совет Безопасности",
  "Администрация Президента",
  "Государственный комитет национальной безопасности",
]);
