// Russian official titles, ranks and honorifics, each with the English role the issuer's own
// English version gives it (GUIDELINES-ru.md: "Министр иностранных дел" is "Minister of
// Foreign Affairs", "Генеральный секретарь" is "Secretary General") and the kind of office
// (TitleKind of src/lexicon/en/titles.ts).
//
// Source: general knowledge of protocol usage in the Russian and English versions of
// kremlin.ru, government.ru, mid.ru, duma.gov.ru, council.gov.ru, odkb-csto.org, cis.minsk.by,
// sectsco.org, eaeunion.org and the presidents' and ministries' sites of the CIS states.
// Written by hand; nothing here is copied from any annotated corpus.
//
// Conventions:
// - `ru` is the title in the nominative singular, capitalised as protocol writes it; matching
//   is meant to be case-insensitive ("министр иностранных дел" too). Declined forms
//   ("Министру", "Министром") are the lemmatizer's job.
// - The country or organisation after a title is not part of it ("Министр иностранных дел
//   Российской Федерации" is "Minister of Foreign Affairs", country RU), except where the
//   organ is the title ("Председатель Государственной Думы").
// - `en` is the role as the English versions give it. Where the issuer's English differs by
//   state or organisation for the same Russian title, `byCountry` / `byOrganization` give the
//   exceptions, keyed by ISO alpha-2 code or by English acronym ("Председатель Правительства"
//   is "Prime Minister"; the UN's and the SCO's "Генеральный секретарь" is
//   "Secretary-General"). `enFeminine` gives the English form for a woman where English has
//   one. "Председатель" is not one of them: the Russian title does not change for a woman, and
//   the English versions and the project's annotations write "Chairman" for both
//   ("Chairman of the Federation Council" for Valentina Matviyenko).
// - Qualified titles are derived, not listed: a qualifier ending in "-" is a prefix
//   ("Вице-президент"); every other qualifier governs the genitive of the title that follows
//   ("Заместитель Министра иностранных дел" is "Deputy Minister of Foreign Affairs").
//   A few qualified titles are listed whole where English does not compose them
//   ("Вице-премьер" is "Deputy Prime Minister").
// - Ranks (kind "military") and honorifics (kind "honorific") are lower case as written in
//   running text ("генерал-полковник", "господин"); honorifics are stripped from names.

import type { TitleKind } from "../../en/titles.js";

/** A Russian title and its English role. */
export interface RussianTitle {
  /** The title, nominative singular. */
  readonly ru: string;
  /** The English role, as the issuer's English version gives it. */
  readonly en: string;
  /** The kind of office, as in src/lexicon/en/titles.ts. */
  readonly kind: TitleKind;
  /** The English role for a woman, where English has a distinct form. */
  readonly enFeminine?: string;
  /** English roles that differ by state, keyed by ISO 3166-1 alpha-2 code. */
  readonly byCountry?: Readonly<Record<string, string>>;
  /** English roles that differ by organisation, keyed by English acronym. */
  readonly byOrganization?: Readonly<Record<string, string>>;
  /** The one state that has the office ("Аким": KZ), ISO 3166-1 alpha-2 code. */
  readonly country?: string;
  /** The head of a city or a region, whose role names the place ("Governor of Orenburg Oblast"). */
  readonly ofPlace?: boolean;
}

/** A word put before a title to make another office. */
export interface RussianTitleQualifier {
  /** The qualifier, nominative; a trailing "-" marks a prefix. */
  readonly ru: string;
  /** The English qualifier ("Deputy", "Acting"). */
  readonly en: string;
}

type Extra = Pick<RussianTitle, "enFeminine" | "byCountry" | "byOrganization" | "country" | "ofPlace">;

function withYe(forms: readonly string[]): string[] {
  return forms.flatMap((form) => (form.includes("ё") ? [form, form.replaceAll("ё", "е")] : [form]));
}

/** One title (and its "е" spelling when it has "ё"). */
function t(kind: TitleKind, ru: string, en: string, extra: Extra = {}): RussianTitle[] {
  return withYe([ru]).map((form) => Object.freeze({ ru: form, en, kind, ...extra }));
}

const SECRETARY_GENERAL: Extra = { byOrganization: { UN: "Secretary-General", SCO: "Secretary-General", ASEAN: "Secretary-General" } };
const DIRECTOR_GENERAL: Extra = { byOrganization: { WHO: "Director-General", WTO: "Director-General", UNESCO: "Director-General", ILO: "Director-General", FAO: "Director-General" } };

/**
 * Russian titles with their English roles and kinds.
 *
 * @example
 * ```ts
 * import { RU_TITLES } from "./titles.js";
 * const minister = RU_TITLES.find((title) => title.ru === "Министр иностранных дел");
 * minister?.en; // "Minister of Foreign Affairs"
 * minister?.kind; // "minister"
 * minister?.byCountry?.US; // "Secretary of State"
 * RU_TITLES.find((title) => title.ru === "Генеральный секретарь")?.byOrganization?.SCO; // "Secretary-General"
 * ```
 */
export const RU_TITLES: readonly RussianTitle[] = Object.freeze([
  // Heads of state.
  ...t("head-of-state", "Президент", "President"),
  ...t("head-of-state", "Глава государства", "Head of State"),
  ...t("head-of-state", "Вице-президент", "Vice President"),
  ...t("head-of-state", "Первый вице-президент", "First Vice President"),
  ...t("head-of-state", "Председатель КНР", "President"),
  ...t("head-of-state", "Председатель Китайской Народной Республики", "President"),
  ...t("head-of-state", "Король", "King"),
  ...t("head-of-state", "Королева", "Queen"),
  ...t("head-of-state", "Эмир", "Emir"),
  ...t("head-of-state", "Султан", "Sultan"),
  ...t("head-of-state", "Наследный принц", "Crown Prince"),
  ...t("head-of-state", "Император", "Emperor"),
  ...t("head-of-state", "Великий герцог", "Grand Duke"),
  ...t("head-of-state", "Князь", "Prince"),
  ...t("head-of-state", "Верховный лидер", "Supreme Leader"),
  ...t("head-of-state", "Верховный руководитель", "Supreme Leader"),
  ...t("head-of-state", "Генерал-губернатор", "Governor-General"),
  ...t("head-of-state", "Капитан-регент", "Captain Regent"),
  ...t("head-of-state", "Папа Римский", "Pope"),
  ...t("head-of-state", "Председатель Президентского совета", "Chairman of the Presidential Council"),
  ...t("head-of-state", "Председатель Президиума", "Chairman of the Presidency"),
  ...t("head-of-state", "Председатель Государственного совета", "President of the Council of State"),
  ...t("head-of-state", "Председатель Комиссии по государственным делам", "Chairman of the State Affairs Commission"),

  // Heads of government.
  ...t("head-of-government", "Премьер-министр", "Prime Minister"),
  ...t("head-of-government", "Председатель Правительства", "Prime Minister", { byCountry: { ES: "President of the Government" } }),
  ...t("head-of-government", "Глава Правительства", "Head of Government"),
  ...t("head-of-government", "Премьер", "Prime Minister", { byCountry: { CN: "Premier" } }),
  ...t("head-of-government", "Премьер Государственного совета КНР", "Premier"),
  ...t("head-of-government", "Премьер Госсовета КНР", "Premier"),
  ...t("head-of-government", "Канцлер", "Chancellor"),
  ...t("head-of-government", "Федеральный канцлер", "Federal Chancellor"),
  ...t("head-of-government", "Председатель Кабинета Министров", "Chairman of the Cabinet of Ministers"),
  ...t("head-of-government", "Председатель Совета Министров", "Chairman of the Council of Ministers"),
  ...t("head-of-government", "Вице-премьер", "Deputy Prime Minister"),
  ...t("head-of-government", "Первый вице-премьер", "First Deputy Prime Minister"),
  ...t("head-of-government", "Вице-премьер-министр", "Deputy Prime Minister"),

  // Ministers, with the portfolios releases name.
  ...t("minister", "Министр", "Minister"),
  ...t("minister", "Государственный министр", "State Minister"),
  ...t("minister", "Министр без портфеля", "Minister without Portfolio"),
  ...t("minister", "Министр иностранных дел", "Minister of Foreign Affairs", { byCountry: { GB: "Foreign Secretary", US: "Secretary of State", IN: "Minister of External Affairs" } }),
  ...t("minister", "Глава МИД", "Minister of Foreign Affairs"),
  ...t("minister", "Глава внешнеполитического ведомства", "Minister of Foreign Affairs"),
  ...t("minister", "Министр иностранных дел и по делам Европы", "Minister for Europe and Foreign Affairs"),
  ...t("minister", "Министр иностранных дел и международного сотрудничества", "Minister of Foreign Affairs and International Cooperation"),
  ...t("minister", "Министр внешних связей", "Minister of External Affairs"),
  ...t("minister", "Министр иностранных дел и торговли", "Minister of Foreign Affairs and Trade"),
  ...t("minister", "Государственный секретарь", "State Secretary", { byCountry: { US: "Secretary of State", VA: "Secretary of State" } }),
  ...t("minister", "Госсекретарь", "State Secretary", { byCountry: { US: "Secretary of State", VA: "Secretary of State" } }),
  ...t("minister", "Министр по делам Европы", "Minister for European Affairs"),
  ...t("minister", "Министр обороны", "Minister of Defence", { byCountry: { US: "Secretary of Defense" } }),
  ...t("minister", "Министр национальной обороны", "Minister of National Defence"),
  ...t("minister", "Министр вооружённых сил", "Minister of the Armed Forces"),
  ...t("minister", "Глава Пентагона", "Secretary of Defense"),
  ...t("minister", "Министр внутренних дел", "Minister of Internal Affairs"),
  ...t("minister", "Министр юстиции", "Minister of Justice"),
  ...t("minister", "Министр финансов", "Minister of Finance"),
  ...t("minister", "Министр экономики", "Minister of Economy"),
  ...t("minister", "Министр экономического развития", "Minister of Economic Development"),
  ...t("minister", "Министр национальной экономики", "Minister of National Economy"),
  ...t("minister", "Министр экономики и финансов", "Minister of Economy and Finance"),
  ...t("minister", "Министр экономики и коммерции", "Minister of Economy and Commerce"),
  ...t("minister", "Министр торговли", "Minister of Trade"),
  ...t("minister", "Министр торговли и интеграции", "Minister of Trade and Integration"),
  ...t("minister", "Министр промышленности и торговли", "Minister of Industry and Trade"),
  ...t("minister", "Министр промышленности", "Minister of Industry"),
  ...t("minister", "Министр промышленности и строительства", "Minister of Industry and Construction"),
  ...t("minister", "Министр инвестиций, промышленности и торговли", "Minister of Investment, Industry and Trade"),
  // Belarus's own English writes "for" ("Minister for Emergency Situations").
  ...t("minister", "Министр по чрезвычайным ситуациям", "Minister of Emergency Situations", { byCountry: { BY: "Minister for Emergency Situations" } }),
  ...t("minister", "Министр по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий", "Minister of Civil Defence, Emergencies and Disaster Relief"),
  ...t("minister", "Министр здравоохранения", "Minister of Health"),
  ...t("minister", "Министр образования", "Minister of Education"),
  ...t("minister", "Министр просвещения", "Minister of Education"),
  ...t("minister", "Министр образования и науки", "Minister of Education and Science"),
  ...t("minister", "Министр науки и высшего образования", "Minister of Science and Higher Education"),
  ...t("minister", "Министр культуры", "Minister of Culture"),
  ...t("minister", "Министр культуры и информации", "Minister of Culture and Information"),
  ...t("minister", "Министр информации", "Minister of Information"),
  ...t("minister", "Министр энергетики", "Minister of Energy"),
  ...t("minister", "Министр энергетики и водных ресурсов", "Minister of Energy and Water Resources"),
  ...t("minister", "Министр транспорта", "Minister of Transport"),
  ...t("minister", "Министр транспорта и коммуникаций", "Minister of Transport and Communications"),
  ...t("minister", "Министр сельского хозяйства", "Minister of Agriculture"),
  ...t("minister", "Министр сельского хозяйства и продовольствия", "Minister of Agriculture and Food"),
  ...t("minister", "Министр труда и социальной защиты", "Minister of Labour and Social Protection"),
  ...t("minister", "Министр труда и социальной защиты населения", "Minister of Labour and Social Protection of the Population"),
  ...t("minister", "Министр цифрового развития", "Minister of Digital Development"),
  ...t("minister", "Министр цифрового развития, связи и массовых коммуникаций", "Minister of Digital Development, Communications and Mass Media"),
  ...t("minister", "Министр природных ресурсов и экологии", "Minister of Natural Resources and Environment"),
  ...t("minister", "Министр экологии и природных ресурсов", "Minister of Ecology and Natural Resources"),
  ...t("minister", "Министр строительства", "Minister of Construction"),
  ...t("minister", "Министр спорта", "Minister of Sport"),
  ...t("minister", "Министр туризма и спорта", "Minister of Tourism and Sports"),
  ...t("minister", "Министр туризма", "Minister of Tourism"),
  ...t("minister", "Министр по развитию Дальнего Востока и Арктики", "Minister for the Development of the Russian Far East and Arctic"),
  ...t("minister", "Министр по интеграции и макроэкономике", "Minister of Integration and Macroeconomics"),
  ...t("minister", "Министр по торговле", "Minister of Trade"),
  ...t("minister", "Статс-секретарь", "State Secretary"),

  // Other state offices: security councils, parliaments, the administration, agencies.
  ...t("official", "Секретарь Совета Безопасности", "Secretary of the Security Council"),
  ...t("official", "Государственный секретарь Совета Безопасности", "State Secretary of the Security Council"),
  ...t("official", "Госсекретарь Совета Безопасности", "State Secretary of the Security Council"),
  ...t("official", "Председатель Совета Безопасности", "Chairman of the Security Council"),
  ...t("official", "Секретарь Совета национальной безопасности и обороны", "Secretary of the National Security and Defense Council"),
  ...t("official", "Секретарь Высшего совета национальной безопасности", "Secretary of the Supreme National Security Council"),
  ...t("official", "Председатель Государственной Думы", "Chairman of the State Duma"),
  ...t("official", "Председатель Госдумы", "Chairman of the State Duma"),
  ...t("official", "Председатель Совета Федерации", "Chairman of the Federation Council"),
  ...t("official", "Спикер", "Speaker"),
  ...t("official", "Спикер парламента", "Speaker of Parliament"),
  ...t("official", "Председатель парламента", "Speaker of Parliament"),
  ...t("official", "Председатель Мажилиса", "Chairman of the Mazhilis"),
  ...t("official", "Председатель Мажилиса Парламента", "Chairman of the Mazhilis"),
  ...t("official", "Председатель Сената", "Chairman of the Senate"),
  ...t("official", "Председатель Сената Парламента", "Chairman of the Senate"),
  ...t("official", "Председатель Сената Олий Мажлиса", "Chairman of the Senate of the Oliy Majlis"),
  ...t("official", "Спикер Законодательной палаты Олий Мажлиса", "Speaker of the Legislative Chamber of the Oliy Majlis"),
  ...t("official", "Председатель Законодательной палаты Олий Мажлиса", "Speaker of the Legislative Chamber of the Oliy Majlis"),
  ...t("official", "Председатель Палаты представителей", "Chairman of the House of Representatives"),
  ...t("official", "Председатель Совета Республики", "Chairman of the Council of the Republic"),
  ...t("official", "Председатель Национального собрания", "President of the National Assembly", { byCountry: { TJ: "Chairman of the National Assembly" } }),
  ...t("official", "Председатель Маджлиси милли", "Chairman of the National Assembly"),
  ...t("official", "Председатель Маджлиси милли Маджлиси Оли", "Chairman of the National Assembly"),
  ...t("official", "Председатель Маджлиси намояндагон", "Chairman of the Assembly of Representatives"),
  ...t("official", "Председатель Маджлиси намояндагон Маджлиси Оли", "Chairman of the Assembly of Representatives"),
  ...t("official", "Торага Жогорку Кенеша", "Speaker of the Jogorku Kenesh"),
  ...t("official", "Председатель Жогорку Кенеша", "Speaker of the Jogorku Kenesh"),
  ...t("official", "Председатель Милли Меджлиса", "Speaker of the Milli Majlis"),
  ...t("official", "Председатель Меджлиса", "Chairman of the Mejlis"),
  ...t("official", "Председатель Халк Маслахаты", "Chairman of the Halk Maslahaty"),
  ...t("official", "Председатель Верховной рады", "Chairman of the Verkhovna Rada"),
  ...t("official", "Национальный лидер туркменского народа", "National Leader of the Turkmen People"),
  ...t("official", "Руководитель Администрации Президента", "Head of the Presidential Administration", { byCountry: { RU: "Chief of Staff of the Presidential Executive Office" } }),
  ...t("official", "Глава Администрации Президента", "Head of the Presidential Administration", { byCountry: { RU: "Chief of Staff of the Presidential Executive Office" } }),
  ...t("official", "Руководитель Офиса Президента", "Head of the Office of the President"),
  ...t("official", "Полномочный представитель Президента", "Presidential Plenipotentiary Envoy"),
  ...t("official", "Генеральный прокурор", "Prosecutor General"),
  ...t("official", "Губернатор", "Governor", { ofPlace: true }),
  ...t("official", "Мэр", "Mayor", { ofPlace: true }),
  // Heads of a region or city that only one state has: the holder is of that state.
  ...t("official", "Аким", "Akim", { country: "KZ", ofPlace: true }),
  ...t("official", "Хоким", "Hokim", { country: "UZ", ofPlace: true }),
  ...t("official", "Глава республики", "Head of the Republic", { ofPlace: true }),
  // The head of Tatarstan is styled "Раис" (since 2023; "Президент" before).
  ...t("official", "Раис Республики Татарстан", "Rais of the Republic of Tatarstan", { country: "RU" }),
  ...t("official", "Раис Татарстана", "Rais of Tatarstan", { country: "RU" }),
  ...t("official", "Раис", "Rais"),
  ...t("official", "Сенатор", "Senator"),
  ...t("official", "Депутат", "Member of Parliament"),
  ...t("official", "Депутат Государственной Думы", "Member of the State Duma"),
  ...t("official", "Уполномоченный по правам человека", "Human Rights Commissioner"),
  ...t("official", "Директор Федеральной службы безопасности", "Director of the Federal Security Service"),
  ...t("official", "Директор ФСБ", "Director of the Federal Security Service"),
  ...t("official", "Директор Службы внешней разведки", "Director of the Foreign Intelligence Service"),
  ...t("official", "Директор СВР", "Director of the Foreign Intelligence Service"),
  ...t("official", "Председатель Комитета национальной безопасности", "Chairman of the National Security Committee"),
  ...t("official", "Председатель Государственного комитета национальной безопасности", "Chairman of the State Committee for National Security"),
  ...t("official", "Председатель Комитета государственной безопасности", "Chairman of the State Security Committee"),
  ...t("official", "Председатель Центрального банка", "Governor of the Central Bank", { byCountry: { RU: "Governor of the Bank of Russia" } }),
  ...t("official", "Председатель Банка России", "Governor of the Bank of Russia"),
  ...t("official", "Председатель Национального банка", "Chairman of the National Bank"),
  ...t("official", "Председатель Следственного комитета", "Chairman of the Investigative Committee"),
  ...t("official", "Руководитель Россотрудничества", "Head of Rossotrudnichestvo"),

  // Diplomats.
  ...t("diplomat", "Посол", "Ambassador"),
  ...t("diplomat", "Чрезвычайный и Полномочный Посол", "Ambassador Extraordinary and Plenipotentiary"),
  ...t("diplomat", "Посол по особым поручениям", "Ambassador-at-Large"),
  ...t("diplomat", "Постоянный представитель", "Permanent Representative"),
  ...t("diplomat", "Постоянный и полномочный представитель", "Permanent and Plenipotentiary Representative"),
  ...t("diplomat", "Постоянный полномочный представитель", "Permanent Plenipotentiary Representative"),
  ...t("diplomat", "Полномочный представитель", "Plenipotentiary Representative"),
  ...t("diplomat", "Постпред", "Permanent Representative"),
  ...t("diplomat", "Полпред", "Plenipotentiary Representative"),
  ...t("diplomat", "Специальный представитель", "Special Representative"),
  ...t("diplomat", "Спецпредставитель", "Special Representative"),
  ...t("diplomat", "Специальный представитель Президента", "Special Presidential Representative"),
  ...t("diplomat", "Личный представитель", "Personal Representative"),
  ...t("diplomat", "Личный представитель Действующего председателя ОБСЕ", "Personal Representative of the Chairperson-in-Office"),
  ...t("diplomat", "Специальный посланник", "Special Envoy"),
  ...t("diplomat", "Спецпосланник", "Special Envoy"),
  ...t("diplomat", "Посланник", "Envoy"),
  ...t("diplomat", "Сопредседатель", "Co-Chairman"),
  ...t("diplomat", "Временный поверенный в делах", "Chargé d'Affaires a.i."),
  ...t("diplomat", "Поверенный в делах", "Chargé d'Affaires"),
  ...t("diplomat", "Генеральный консул", "Consul General"),
  ...t("diplomat", "Генконсул", "Consul General"),
  ...t("diplomat", "Консул", "Consul"),
  ...t("diplomat", "Советник-посланник", "Minister-Counsellor"),
  ...t("diplomat", "Советник", "Counsellor"),
  ...t("diplomat", "Атташе", "Attaché"),
  ...t("diplomat", "Глава делегации", "Head of Delegation"),
  ...t("diplomat", "Руководитель делегации", "Head of Delegation"),
  ...t("diplomat", "Глава миссии", "Head of Mission"),
  ...t("diplomat", "Руководитель миссии", "Head of Mission"),
  ...t("diplomat", "Шерпа", "Sherpa"),

  // Officials of intergovernmental organisations.
  ...t("io-official", "Генеральный секретарь", "Secretary General", SECRETARY_GENERAL),
  ...t("io-official", "Генсек", "Secretary General", SECRETARY_GENERAL),
  ...t("io-official", "Заместитель Генерального секретаря", "Deputy Secretary General", { byOrganization: { UN: "Under-Secretary-General", SCO: "Deputy Secretary-General" } }),
  ...t("io-official", "Первый заместитель Генерального секретаря", "First Deputy Secretary General", { byOrganization: { UN: "Deputy Secretary-General" } }),
  ...t("io-official", "Помощник Генерального секретаря", "Assistant Secretary General", { byOrganization: { UN: "Assistant Secretary-General" } }),
  ...t("io-official", "Исполнительный секретарь", "Executive Secretary"),
  ...t("io-official", "Председатель Исполнительного комитета – Исполнительный секретарь", "Chairman of the Executive Committee – Executive Secretary"),
  ...t("io-official", "Председатель Исполнительного комитета — Исполнительный секретарь", "Chairman of the Executive Committee – Executive Secretary"),
  ...t("io-official", "Председатель Исполнительного комитета - Исполнительный секретарь", "Chairman of the Executive Committee – Executive Secretary"),
  ...t("io-official", "Председатель Исполкома – Исполнительный секретарь", "Chairman of the Executive Committee – Executive Secretary"),
  ...t("io-official", "Председатель Исполнительного комитета", "Chairman of the Executive Committee"),
  ...t("io-official", "Директор Исполнительного комитета Региональной антитеррористической структуры", "Director of the Executive Committee of the Regional Anti-Terrorist Structure"),
  ...t("io-official", "Директор Исполнительного комитета РАТС", "Director of the Executive Committee of the Regional Anti-Terrorist Structure"),
  ...t("io-official", "Начальник Объединённого штаба", "Chief of the Joint Staff"),
  ...t("io-official", "Председатель Правления", "Chairman of the Board"),
  ...t("io-official", "Председатель Коллегии", "Chairman of the Board"),
  ...t("io-official", "Член Коллегии (Министр)", "Member of the Board (Minister)"),
  ...t("io-official", "Член Коллегии", "Member of the Board"),
  ...t("io-official", "Председатель", "Chairman"),
  ...t("io-official", "Действующий председатель", "Chairperson-in-Office"),
  ...t("io-official", "Действующий председатель ОБСЕ", "Chairperson-in-Office"),
  ...t("io-official", "Директор", "Director"),
  ...t("io-official", "Генеральный директор", "Director General", DIRECTOR_GENERAL),
  ...t("io-official", "Исполнительный директор", "Executive Director"),
  ...t("io-official", "Директор-распорядитель", "Managing Director"),
  ...t("io-official", "Глава", "Head", { ofPlace: true }),
  ...t("io-official", "Руководитель", "Head"),
  ...t("io-official", "Верховный комиссар", "High Commissioner"),
  ...t("io-official", "Верховный комиссар ООН по делам беженцев", "High Commissioner for Refugees"),
  ...t("io-official", "Верховный комиссар ООН по правам человека", "High Commissioner for Human Rights"),
  ...t("io-official", "Верховный представитель", "High Representative"),
  ...t("io-official", "Верховный представитель ЕС по иностранным делам и политике безопасности", "High Representative for Foreign Affairs and Security Policy"),
  ...t("io-official", "Председатель Европейской комиссии", "President of the European Commission"),
  ...t("io-official", "Председатель Еврокомиссии", "President of the European Commission"),
  ...t("io-official", "Председатель Европейского совета", "President of the European Council"),
  ...t("io-official", "Председатель Европейского парламента", "President of the European Parliament"),
  ...t("io-official", "Председатель Генеральной Ассамблеи", "President of the General Assembly"),
  ...t("io-official", "Председатель Генеральной Ассамблеи ООН", "President of the General Assembly"),
  ...t("io-official", "Председатель Совета Безопасности ООН", "President of the Security Council"),
  ...t("io-official", "Председатель Комиссии Африканского союза", "Chairperson of the Commission"),
  ...t("io-official", "Президент Всемирного банка", "President"),
  ...t("io-official", "Комиссар", "Commissioner"),
  ...t("io-official", "Еврокомиссар", "European Commissioner"),
  ...t("io-official", "Координатор", "Coordinator"),
  ...t("io-official", "Специальный докладчик", "Special Rapporteur"),
  ...t("io-official", "Докладчик", "Rapporteur"),
  ...t("io-official", "Постоянный координатор ООН", "Resident Coordinator"),
  ...t("io-official", "Представитель", "Representative"),

  // Staff.
  ...t("staff", "Помощник Президента", "Aide to the President"),
  ...t("staff", "Помощник", "Aide"),
  ...t("staff", "Советник Президента", "Adviser to the President"),
  ...t("staff", "Пресс-секретарь Президента", "Press Secretary of the President"),
  ...t("staff", "Пресс-секретарь", "Press Secretary"),
  ...t("staff", "Официальный представитель", "Official Representative"),
  ...t("staff", "Официальный представитель МИД", "Official Representative"),
  ...t("staff", "Директор Департамента информации и печати", "Director of the Information and Press Department"),
  ...t("staff", "Советник по национальной безопасности", "National Security Adviser"),
  ...t("staff", "Помощник Президента по национальной безопасности", "National Security Advisor"),
  ...t("staff", "Руководитель аппарата", "Chief of Staff"),
  ...t("staff", "Руководитель аппарата Белого дома", "White House Chief of Staff"),

  // Military ranks and commands.
  ...t("military", "генерал", "General"),
  ...t("military", "генерал армии", "General of the Army"),
  ...t("military", "генерал-полковник", "Colonel General"),
  ...t("military", "генерал-лейтенант", "Lieutenant General"),
  ...t("military", "генерал-майор", "Major General"),
  ...t("military", "бригадный генерал", "Brigadier General"),
  ...t("military", "маршал", "Marshal"),
  ...t("military", "Маршал Российской Федерации", "Marshal of the Russian Federation"),
  ...t("military", "адмирал", "Admiral"),
  ...t("military", "адмирал флота", "Admiral of the Fleet"),
  ...t("military", "вице-адмирал", "Vice Admiral"),
  ...t("military", "контр-адмирал", "Rear Admiral"),
  ...t("military", "полковник", "Colonel"),
  ...t("military", "подполковник", "Lieutenant Colonel"),
  ...t("military", "майор", "Major"),
  ...t("military", "капитан", "Captain"),
  ...t("military", "лейтенант", "Lieutenant"),
  ...t("military", "полковник полиции", "Police Colonel"),
  ...t("military", "генерал полиции", "Police General"),
  ...t("military", "Начальник Генерального штаба", "Chief of the General Staff"),
  ...t("military", "Начальник Генерального штаба Вооружённых Сил", "Chief of the General Staff of the Armed Forces"),
  ...t("military", "Начальник Генштаба", "Chief of the General Staff"),
  ...t("military", "Главнокомандующий", "Commander-in-Chief"),
  ...t("military", "Верховный главнокомандующий", "Supreme Commander-in-Chief"),
  ...t("military", "Командующий", "Commander"),

  // Honorifics, stripped from names.
  ...t("honorific", "господин", "Mr"),
  ...t("honorific", "г-н", "Mr"),
  ...t("honorific", "госпожа", "Ms"),
  ...t("honorific", "г-жа", "Ms"),
  ...t("honorific", "Его Превосходительство", "His Excellency"),
  ...t("honorific", "Её Превосходительство", "Her Excellency"),
  ...t("honorific", "Его Величество", "His Majesty"),
  ...t("honorific", "Её Величество", "Her Majesty"),
  ...t("honorific", "Его Королевское Высочество", "His Royal Highness"),
  ...t("honorific", "Её Королевское Высочество", "Her Royal Highness"),
  ...t("honorific", "Его Высочество", "His Highness"),
  ...t("honorific", "Её Высочество", "Her Highness"),
  ...t("honorific", "шейх", "Sheikh"),
  ...t("honorific", "шейха", "Sheikha"),
  ...t("honorific", "сэр", "Sir"),
  ...t("honorific", "доктор", "Dr"),
  ...t("honorific", "профессор", "Professor"),
]);

/**
 * Qualifiers that make another office of a title. A trailing "-" marks a prefix
 * ("Вице-" + "президент"); the others govern the genitive of the title ("Заместитель
 * Министра"). Longer qualifiers come first, so the longest one is matched.
 *
 * @example
 * ```ts
 * import { RU_TITLE_QUALIFIERS } from "./titles.js";
 * RU_TITLE_QUALIFIERS.find((qualifier) => qualifier.ru === "и.о.")?.en; // "Acting"
 * ```
 */
export const RU_TITLE_QUALIFIERS: readonly RussianTitleQualifier[] = Object.freeze(
  ([
    ["Временно исполняющий обязанности", "Acting"],
    ["Исполняющий обязанности", "Acting"],
    ["Исполняющий обязанности заместителя", "Acting Deputy"],
    ["Исполняющий обязанности первого заместителя", "Acting First Deputy"],
    ["и.о.", "Acting"],
    ["и. о.", "Acting"],
    ["врио", "Acting"],
    ["Первый заместитель", "First Deputy"],
    ["Заместитель", "Deputy"],
    ["Статс-секретарь – заместитель", "State Secretary – Deputy"],
    ["Первый вице-", "First Vice"],
    ["Вице-", "Vice"],
  ] as const)
    .map(([ru, en]) => Object.freeze({ ru, en }))
    .sort((a, b) => b.ru.length - a.ru.length),
);
