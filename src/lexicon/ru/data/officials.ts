// Cyrillic spellings of the officials Russian releases name, for reading "Сергей Лавров",
// "С.В.Лавров" or "Лаврову" into the English name of src/data/officials.ts ("Sergey Lavrov"),
// and a second list of people those releases name often whom that gazetteer lacks, with
// their terms of office.
//
// Source: general knowledge of the Russian forms the Kremlin, the Russian MFA, the CIS, CSTO,
// SCO and EAEU and the presidents' and ministries' sites of the CIS states write (with the
// patronymic where Russian protocol gives it), and of the public record for terms (official
// sites' lists of office-holders). Written by hand; nothing here is copied from any annotated
// corpus.
//
// Conventions:
// - Every form is nominative, "Имя Фамилия" and, where Russian protocol uses one and it is
//   well established, "Имя Отчество Фамилия". Initials ("С.В.Лавров") and surnames alone are
//   derived by the matcher from these, not listed. The "е" spelling of a form with "ё" is
//   added by `person()`.
// - Transcription of foreign names follows the Russian MFA's usage ("Антониу Гутерриш",
//   "Реджеп Тайип Эрдоган", "Си Цзиньпин"); a second common spelling is listed after it.
// - RU_OFFICIAL_NAMES: `name` is exactly the English name of src/data/officials.ts.
// - RU_EXTRA_OFFICIALS: people src/data/officials.ts lacks, with the same fields as its
//   Official and OfficialTerm (English name, English variants, terms with role, country or
//   organisation, from, to); roles written as that file writes them. A term is listed only
//   where holder and dates are well established; "YYYY" where the day is not. Open terms
//   (`to: null`) are as known at the end of 2025.

import type { OfficialTerm } from "../../../data/officials.js";

/** Cyrillic forms of one person of src/data/officials.ts. */
export interface RussianOfficialName {
  /** The English name, exactly as in src/data/officials.ts. */
  readonly name: string;
  /** Nominative Cyrillic forms, the most common first. */
  readonly ru: readonly string[];
}

/** A person src/data/officials.ts lacks, with Cyrillic forms and terms. */
export interface RussianExtraOfficial {
  /** The common English spelling. */
  readonly name: string;
  /** Other English spellings. */
  readonly variants: readonly string[];
  /** Nominative Cyrillic forms, the most common first. */
  readonly ru: readonly string[];
  /** Offices held, as in src/data/officials.ts. */
  readonly terms: readonly OfficialTerm[];
}

function withYe(forms: readonly string[]): string[] {
  return forms.flatMap((form) => (form.includes("ё") ? [form, form.replaceAll("ё", "е")] : [form]));
}

function person(name: string, ...ru: string[]): RussianOfficialName {
  return Object.freeze({ name, ru: Object.freeze(withYe(ru)) });
}

/**
 * Cyrillic forms of people of src/data/officials.ts: the post-Soviet heads of state and
 * government and foreign ministers since 2000, the secretaries general of the CSTO, CIS, SCO,
 * EAEU bodies, OSCE and UN, Russia's security council secretaries and speakers, and the world
 * leaders Russian releases name.
 *
 * @example
 * ```ts
 * import { RU_OFFICIAL_NAMES } from "./officials.js";
 * RU_OFFICIAL_NAMES.find((person) => person.ru.includes("Сергей Лавров"))?.name; // "Sergey Lavrov"
 * ```
 */
export const RU_OFFICIAL_NAMES: readonly RussianOfficialName[] = Object.freeze([
  // Russia.
  person("Boris Yeltsin", "Борис Ельцин", "Борис Николаевич Ельцин"),
  person("Vladimir Putin", "Владимир Путин", "Владимир Владимирович Путин"),
  person("Dmitry Medvedev", "Дмитрий Медведев", "Дмитрий Анатольевич Медведев"),
  person("Mikhail Kasyanov", "Михаил Касьянов", "Михаил Михайлович Касьянов"),
  person("Mikhail Fradkov", "Михаил Фрадков", "Михаил Ефимович Фрадков"),
  person("Viktor Zubkov", "Виктор Зубков", "Виктор Алексеевич Зубков"),
  person("Mikhail Mishustin", "Михаил Мишустин", "Михаил Владимирович Мишустин"),
  person("Igor Ivanov", "Игорь Иванов", "Игорь Сергеевич Иванов"),
  person("Sergey Lavrov", "Сергей Лавров", "Сергей Викторович Лавров"),
  person("Sergei Ivanov", "Сергей Иванов", "Сергей Борисович Иванов"),
  person("Vladimir Rushailo", "Владимир Рушайло", "Владимир Борисович Рушайло"),
  person("Anatoly Serdyukov", "Анатолий Сердюков", "Анатолий Эдуардович Сердюков"),
  person("Sergei Shoigu", "Сергей Шойгу", "Сергей Кужугетович Шойгу"),
  person("Andrei Belousov", "Андрей Белоусов", "Андрей Рэмович Белоусов"),
  person("Nikolai Patrushev", "Николай Патрушев", "Николай Платонович Патрушев"),
  person("Alexander Bortnikov", "Александр Бортников", "Александр Васильевич Бортников"),
  person("Sergei Naryshkin", "Сергей Нарышкин", "Сергей Евгеньевич Нарышкин"),
  person("Sergei Lebedev", "Сергей Лебедев", "Сергей Николаевич Лебедев"),
  person("Boris Gryzlov", "Борис Грызлов", "Борис Вячеславович Грызлов"),
  person("Vyacheslav Volodin", "Вячеслав Володин", "Вячеслав Викторович Володин"),
  person("Sergei Mironov", "Сергей Миронов", "Сергей Михайлович Миронов"),
  person("Valentina Matviyenko", "Валентина Матвиенко", "Валентина Ивановна Матвиенко"),
  person("Dmitry Peskov", "Дмитрий Песков", "Дмитрий Сергеевич Песков"),
  person("Yuri Ushakov", "Юрий Ушаков", "Юрий Викторович Ушаков"),
  person("Maria Zakharova", "Мария Захарова", "Мария Владимировна Захарова"),
  person("Sergei Ryabkov", "Сергей Рябков", "Сергей Алексеевич Рябков"),
  person("Alexander Grushko", "Александр Грушко", "Александр Викторович Грушко"),
  person("Andrei Rudenko", "Андрей Руденко", "Андрей Юрьевич Руденко"),
  person("Mikhail Galuzin", "Михаил Галузин", "Михаил Юрьевич Галузин"),
  person("Vitaly Churkin", "Виталий Чуркин", "Виталий Иванович Чуркин"),
  person("Vassily Nebenzia", "Василий Небензя", "Василий Алексеевич Небензя"),
  person("Alexei Overchuk", "Алексей Оверчук", "Алексей Логвинович Оверчук"),
  person("Anton Siluanov", "Антон Силуанов", "Антон Германович Силуанов"),
  person("Elvira Nabiullina", "Эльвира Набиуллина", "Эльвира Сахипзадовна Набиуллина"),
  person("Sergey Sobyanin", "Сергей Собянин", "Сергей Семёнович Собянин"),
  person("Valery Gerasimov", "Валерий Герасимов", "Валерий Васильевич Герасимов"),
  person("Vladimir Kolokoltsev", "Владимир Колокольцев", "Владимир Александрович Колокольцев"),
  person("Rashid Nurgaliyev", "Рашид Нургалиев", "Рашид Гумарович Нургалиев"),
  person("Viktor Khristenko", "Виктор Христенко", "Виктор Борисович Христенко"),

  // Ukraine.
  person("Leonid Kuchma", "Леонид Кучма", "Леонид Данилович Кучма"),
  person("Viktor Yushchenko", "Виктор Ющенко", "Виктор Андреевич Ющенко"),
  person("Viktor Yanukovych", "Виктор Янукович", "Виктор Фёдорович Янукович"),
  person("Oleksandr Turchynov", "Александр Турчинов", "Александр Валентинович Турчинов"),
  person("Petro Poroshenko", "Пётр Порошенко", "Пётр Алексеевич Порошенко"),
  person("Volodymyr Zelenskyy", "Владимир Зеленский", "Владимир Александрович Зеленский"),
  person("Anatoliy Kinakh", "Анатолий Кинах", "Анатолий Кирилович Кинах"),
  person("Yulia Tymoshenko", "Юлия Тимошенко", "Юлия Владимировна Тимошенко"),
  person("Yuriy Yekhanurov", "Юрий Ехануров", "Юрий Иванович Ехануров"),
  person("Mykola Azarov", "Николай Азаров", "Николай Янович Азаров"),
  person("Arseniy Yatsenyuk", "Арсений Яценюк", "Арсений Петрович Яценюк"),
  person("Volodymyr Groysman", "Владимир Гройсман", "Владимир Борисович Гройсман"),
  person("Oleksiy Honcharuk", "Алексей Гончарук"),
  person("Denys Shmyhal", "Денис Шмыгаль", "Денис Анатольевич Шмыгаль"),
  person("Yulia Svyrydenko", "Юлия Свириденко"),
  person("Borys Tarasyuk", "Борис Тарасюк"),
  person("Anatoliy Zlenko", "Анатолий Зленко"),
  person("Kostyantyn Gryshchenko", "Константин Грищенко"),
  person("Volodymyr Ohryzko", "Владимир Огрызко"),
  person("Leonid Kozhara", "Леонид Кожара"),
  person("Andrii Deshchytsia", "Андрей Дещица"),
  person("Pavlo Klimkin", "Павел Климкин"),
  person("Vadym Prystaiko", "Вадим Пристайко"),
  person("Dmytro Kuleba", "Дмитрий Кулеба", "Дмитрий Иванович Кулеба"),
  person("Andrii Sybiha", "Андрей Сибига"),
  person("Andriy Yermak", "Андрей Ермак", "Андрей Борисович Ермак"),
  person("Oleksii Reznikov", "Алексей Резников"),
  person("Rustem Umerov", "Рустем Умеров"),

  // Belarus.
  person("Alexander Lukashenko", "Александр Лукашенко", "Александр Григорьевич Лукашенко"),
  person("Vladimir Yermoshin", "Владимир Ермошин", "Владимир Васильевич Ермошин"),
  person("Gennady Novitsky", "Геннадий Новицкий", "Геннадий Васильевич Новицкий"),
  person("Sergei Sidorsky", "Сергей Сидорский", "Сергей Сергеевич Сидорский"),
  person("Mikhail Myasnikovich", "Михаил Мясникович", "Михаил Владимирович Мясникович"),
  person("Andrei Kobyakov", "Андрей Кобяков", "Андрей Владимирович Кобяков"),
  person("Sergei Rumas", "Сергей Румас", "Сергей Николаевич Румас"),
  person("Roman Golovchenko", "Роман Головченко", "Роман Александрович Головченко"),
  person("Alexander Turchin", "Александр Турчин", "Александр Генрихович Турчин"),
  person("Natalya Kochanova", "Наталья Кочанова", "Наталья Ивановна Кочанова"),
  person("Mikhail Khvostov", "Михаил Хвостов", "Михаил Михайлович Хвостов"),
  person("Sergei Martynov", "Сергей Мартынов", "Сергей Николаевич Мартынов"),
  person("Vladimir Makei", "Владимир Макей", "Владимир Владимирович Макей"),
  person("Sergei Aleinik", "Сергей Алейник", "Сергей Фёдорович Алейник"),
  person("Maxim Ryzhenkov", "Максим Рыженков", "Максим Владимирович Рыженков"),
  person("Stanislav Zas", "Станислав Зась", "Станислав Васильевич Зась"),

  // Moldova.
  person("Vladimir Voronin", "Владимир Воронин", "Владимир Николаевич Воронин"),
  person("Mihai Ghimpu", "Михай Гимпу"),
  person("Marian Lupu", "Мариан Лупу"),
  person("Nicolae Timofti", "Николае Тимофти"),
  person("Igor Dodon", "Игорь Додон", "Игорь Николаевич Додон"),
  person("Maia Sandu", "Майя Санду"),
  person("Vasile Tarlev", "Василий Тарлев", "Василе Тарлев"),
  person("Zinaida Greceanîi", "Зинаида Гречаный", "Зинаида Петровна Гречаный"),
  person("Vlad Filat", "Влад Филат"),
  person("Iurie Leancă", "Юрий Лянкэ", "Юрие Лянкэ"),
  person("Chiril Gaburici", "Кирилл Габурич"),
  person("Pavel Filip", "Павел Филип"),
  person("Ion Chicu", "Ион Кику"),
  person("Natalia Gavrilița", "Наталья Гаврилица"),
  person("Dorin Recean", "Дорин Речан"),
  person("Alexandru Munteanu", "Александру Мунтяну"),
  person("Andrei Stratan", "Андрей Стратан"),
  person("Natalia Gherman", "Наталья Герман"),
  person("Nicu Popescu", "Нику Попеску"),
  person("Mihai Popșoi", "Михай Попшой"),

  // Armenia.
  person("Robert Kocharyan", "Роберт Кочарян", "Роберт Седракович Кочарян"),
  person("Serzh Sargsyan", "Серж Саргсян", "Серж Азатович Саргсян"),
  person("Armen Sarkissian", "Армен Саркисян"),
  person("Vahagn Khachaturyan", "Ваагн Хачатурян"),
  person("Andranik Margaryan", "Андраник Маргарян"),
  person("Tigran Sargsyan", "Тигран Саркисян", "Тигран Суренович Саркисян"),
  person("Hovik Abrahamyan", "Овик Абрамян"),
  person("Karen Karapetyan", "Карен Карапетян"),
  person("Nikol Pashinyan", "Никол Пашинян"),
  person("Vartan Oskanian", "Вардан Осканян"),
  person("Edward Nalbandian", "Эдвард Налбандян", "Эдуард Налбандян"),
  person("Zohrab Mnatsakanyan", "Зограб Мнацаканян"),
  person("Ara Aivazian", "Ара Айвазян"),
  person("Ararat Mirzoyan", "Арарат Мирзоян"),
  person("Yuri Khachaturov", "Юрий Хачатуров", "Юрий Григорьевич Хачатуров"),
  person("Alen Simonyan", "Ален Симонян"),

  // Azerbaijan.
  person("Heydar Aliyev", "Гейдар Алиев", "Гейдар Алиевич Алиев"),
  person("Ilham Aliyev", "Ильхам Алиев", "Ильхам Гейдар оглы Алиев", "Ильхам Гейдарович Алиев"),
  person("Mehriban Aliyeva", "Мехрибан Алиева"),
  person("Artur Rasizade", "Артур Расизаде"),
  person("Novruz Mammadov", "Новруз Мамедов"),
  person("Ali Asadov", "Али Асадов"),
  person("Vilayat Guliyev", "Вилаят Гулиев"),
  person("Elmar Mammadyarov", "Эльмар Мамедъяров"),
  person("Jeyhun Bayramov", "Джейхун Байрамов"),

  // Georgia.
  person("Eduard Shevardnadze", "Эдуард Шеварднадзе", "Эдуард Амвросиевич Шеварднадзе"),
  person("Nino Burjanadze", "Нино Бурджанадзе"),
  person("Mikheil Saakashvili", "Михаил Саакашвили", "Михеил Саакашвили"),
  person("Giorgi Margvelashvili", "Георгий Маргвелашвили"),
  person("Salome Zourabichvili", "Саломе Зурабишвили"),
  person("Mikheil Kavelashvili", "Михаил Кавелашвили", "Михеил Кавелашвили"),
  person("Zurab Zhvania", "Зураб Жвания"),
  person("Zurab Noghaideli", "Зураб Ногаидели"),
  person("Lado Gurgenidze", "Ладо Гургенидзе"),
  person("Nika Gilauri", "Ника Гилаури"),
  person("Bidzina Ivanishvili", "Бидзина Иванишвили"),
  person("Irakli Garibashvili", "Ираклий Гарибашвили"),
  person("Giorgi Kvirikashvili", "Георгий Квирикашвили"),
  person("Mamuka Bakhtadze", "Мамука Бахтадзе"),
  person("Giorgi Gakharia", "Георгий Гахария"),
  person("Irakli Kobakhidze", "Ираклий Кобахидзе"),
  person("Gela Bezhuashvili", "Гела Бежуашвили"),
  person("Grigol Vashadze", "Григол Вашадзе"),
  person("Maia Panjikidze", "Майя Панджикидзе"),
  person("Mikheil Janelidze", "Михаил Джанелидзе"),
  person("David Zalkaliani", "Давид Залкалиани"),
  person("Ilia Darchiashvili", "Илья Дарчиашвили"),
  person("Maka Botchorishvili", "Мака Бочоришвили"),

  // Kazakhstan.
  person("Nursultan Nazarbayev", "Нурсултан Назарбаев", "Нурсултан Абишевич Назарбаев"),
  person("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев", "Касым-Жомарт Кемелевич Токаев"),
  person("Imangali Tasmagambetov", "Имангали Тасмагамбетов", "Имангали Нургалиевич Тасмагамбетов"),
  person("Daniyal Akhmetov", "Даниал Ахметов", "Даниал Кенжетаевич Ахметов"),
  person("Karim Massimov", "Карим Масимов", "Карим Кажимканович Масимов"),
  person("Serik Akhmetov", "Серик Ахметов"),
  person("Bakhytzhan Sagintayev", "Бакытжан Сагинтаев", "Бакытжан Абдирович Сагинтаев"),
  person("Askar Mamin", "Аскар Мамин", "Аскар Узакпаевич Мамин"),
  person("Alikhan Smailov", "Алихан Смаилов", "Алихан Асханович Смаилов"),
  person("Olzhas Bektenov", "Олжас Бектенов", "Олжас Абаевич Бектенов"),
  person("Yerlan Idrissov", "Ерлан Идрисов", "Ерлан Абильфаизович Идрисов"),
  person("Marat Tazhin", "Марат Тажин"),
  person("Kanat Saudabayev", "Канат Саудабаев"),
  person("Yerzhan Kazykhanov", "Ержан Казыханов"),
  person("Kairat Abdrakhmanov", "Кайрат Абдрахманов"),
  person("Beibut Atamkulov", "Бейбут Атамкулов"),
  person("Mukhtar Tileuberdi", "Мухтар Тлеуберди"),
  person("Murat Nurtleu", "Мурат Нуртлеу"),
  person("Yermek Kosherbayev", "Ермек Кошербаев"),
  person("Nurlan Yermekbayev", "Нурлан Ермекбаев", "Нурлан Байузакович Ермекбаев"),
  person("Bolat Nurgaliyev", "Болат Нургалиев"),
  person("Maulen Ashimbayev", "Маулен Ашимбаев", "Маулен Сагатханулы Ашимбаев"),

  // Kyrgyzstan.
  person("Askar Akayev", "Аскар Акаев", "Аскар Акаевич Акаев"),
  person("Kurmanbek Bakiyev", "Курманбек Бакиев", "Курманбек Салиевич Бакиев"),
  person("Roza Otunbayeva", "Роза Отунбаева", "Роза Исаковна Отунбаева"),
  person("Almazbek Atambayev", "Алмазбек Атамбаев", "Алмазбек Шаршенович Атамбаев"),
  person("Sooronbay Jeenbekov", "Сооронбай Жээнбеков", "Сооронбай Шарипович Жээнбеков"),
  person("Sadyr Japarov", "Садыр Жапаров", "Садыр Нургожоевич Жапаров"),
  person("Talant Mamytov", "Талант Мамытов"),
  person("Felix Kulov", "Феликс Кулов", "Феликс Шаршенбаевич Кулов"),
  person("Omurbek Babanov", "Омурбек Бабанов"),
  person("Zhantoro Satybaldiyev", "Жанторо Сатыбалдиев"),
  person("Djoomart Otorbaev", "Джоомарт Оторбаев"),
  person("Temir Sariyev", "Темир Сариев"),
  person("Sapar Isakov", "Сапар Исаков"),
  person("Mukhammedkalyi Abylgaziev", "Мухаммедкалый Абылгазиев"),
  person("Kubatbek Boronov", "Кубатбек Боронов"),
  person("Ulukbek Maripov", "Улукбек Марипов"),
  person("Akylbek Japarov", "Акылбек Жапаров"),
  person("Adylbek Kasymaliev", "Адылбек Касымалиев"),
  person("Muratbek Imanaliyev", "Муратбек Иманалиев"),
  person("Askar Aitmatov", "Аскар Айтматов"),
  person("Kadyrbek Sarbayev", "Кадырбек Сарбаев"),
  person("Ruslan Kazakbaev", "Руслан Казакбаев"),
  person("Erlan Abdyldayev", "Эрлан Абдылдаев"),
  person("Chingiz Aidarbekov", "Чингиз Айдарбеков"),
  person("Jeenbek Kulubaev", "Жээнбек Кулубаев"),

  // Tajikistan.
  person("Emomali Rahmon", "Эмомали Рахмон", "Эмомали Рахмонов"),
  person("Akil Akilov", "Акил Акилов", "Акил Гайбуллаевич Акилов"),
  person("Kokhir Rasulzoda", "Кохир Расулзода"),
  person("Rustam Emomali", "Рустам Эмомали"),
  person("Mahmadsaid Ubaydulloev", "Махмадсаид Убайдуллоев"),
  person("Talbak Nazarov", "Талбак Назаров"),
  person("Hamrokhon Zarifi", "Хамрохон Зарифи"),
  person("Sirojiddin Muhriddin", "Сироджиддин Мухриддин", "Сироджиддин Аслов"),
  person("Rashid Alimov", "Рашид Алимов"),

  // Uzbekistan.
  person("Islam Karimov", "Ислам Каримов", "Ислам Абдуганиевич Каримов"),
  person("Shavkat Mirziyoyev", "Шавкат Мирзиёев", "Шавкат Миромонович Мирзиёев"),
  person("Utkir Sultanov", "Уткир Султанов"),
  person("Abdulla Aripov", "Абдулла Арипов"),
  person("Abdulaziz Komilov", "Абдулазиз Камилов"),
  person("Sodiq Safoyev", "Садык Сафаев"),
  person("Elyor Ganiev", "Элёр Ганиев"),
  person("Vladimir Norov", "Владимир Норов", "Владимир Имамович Норов"),
  person("Bakhtiyor Saidov", "Бахтиёр Саидов"),

  // Turkmenistan.
  person("Saparmurat Niyazov", "Сапармурат Ниязов"),
  person("Gurbanguly Berdimuhamedow", "Гурбангулы Бердымухамедов", "Гурбангулы Мяликгулыевич Бердымухамедов"),
  person("Serdar Berdimuhamedow", "Сердар Бердымухамедов", "Сердар Гурбангулыевич Бердымухамедов"),
  person("Rashid Meredov", "Рашид Мередов"),
  person("Batyr Berdiyev", "Батыр Бердыев"),

  // China.
  person("Jiang Zemin", "Цзян Цзэминь"),
  person("Hu Jintao", "Ху Цзиньтао"),
  person("Xi Jinping", "Си Цзиньпин"),
  person("Zeng Qinghong", "Цзэн Цинхун"),
  person("Li Yuanchao", "Ли Юаньчао"),
  person("Wang Qishan", "Ван Цишань"),
  person("Han Zheng", "Хань Чжэн"),
  person("Zhu Rongji", "Чжу Жунцзи"),
  person("Wen Jiabao", "Вэнь Цзябао"),
  person("Li Keqiang", "Ли Кэцян"),
  person("Li Qiang", "Ли Цян"),
  person("Tang Jiaxuan", "Тан Цзясюань"),
  person("Li Zhaoxing", "Ли Чжаосин"),
  person("Yang Jiechi", "Ян Цзечи"),
  person("Wang Yi", "Ван И"),
  person("Qin Gang", "Цинь Ган"),
  person("Zhang Deguang", "Чжан Дэгуан"),
  person("Zhang Ming", "Чжан Мин"),

  // Japan.
  person("Akihito", "Акихито"),
  person("Naruhito", "Нарухито"),
  person("Yoshiro Mori", "Ёсиро Мори"),
  person("Junichiro Koizumi", "Дзюнъитиро Коидзуми"),
  person("Shinzo Abe", "Синдзо Абэ"),
  person("Yasuo Fukuda", "Ясуо Фукуда"),
  person("Taro Aso", "Таро Асо"),
  person("Yukio Hatoyama", "Юкио Хатояма"),
  person("Naoto Kan", "Наото Кан"),
  person("Yoshihiko Noda", "Ёсихико Нода"),
  person("Yoshihide Suga", "Ёсихидэ Суга"),
  person("Fumio Kishida", "Фумио Кисида"),
  person("Shigeru Ishiba", "Сигэру Исиба"),
  person("Sanae Takaichi", "Санаэ Такаити"),
  person("Taro Kono", "Таро Коно"),
  person("Toshimitsu Motegi", "Тосимицу Мотэги"),
  person("Yoshimasa Hayashi", "Ёсимаса Хаяси"),
  person("Yoko Kamikawa", "Ёко Камикава"),
  person("Takeshi Iwaya", "Такэси Ивая"),

  // Korea.
  person("Kim Dae-jung", "Ким Дэ Чжун"),
  person("Roh Moo-hyun", "Но Му Хён"),
  person("Lee Myung-bak", "Ли Мён Бак"),
  person("Park Geun-hye", "Пак Кын Хе"),
  person("Moon Jae-in", "Мун Чжэ Ин"),
  person("Yoon Suk Yeol", "Юн Сок Ёль"),
  person("Lee Jae-myung", "Ли Чжэ Мён"),
  person("Ban Ki-moon", "Пан Ги Мун"),
  person("Kim Jong-il", "Ким Чен Ир"),
  person("Kim Jong-un", "Ким Чен Ын"),
  person("Kim Yong-nam", "Ким Ен Нам"),
  person("Ri Yong-ho", "Ли Ен Хо"),
  person("Ri Son-gwon", "Ли Сон Гвон"),
  person("Choe Son-hui", "Цой Сон Хи"),

  // Mongolia.
  person("Natsagiin Bagabandi", "Нацагийн Багабанди"),
  person("Nambaryn Enkhbayar", "Намбарын Энхбаяр"),
  person("Tsakhiagiin Elbegdorj", "Цахиагийн Элбэгдорж"),
  person("Khaltmaagiin Battulga", "Халтмаагийн Баттулга"),
  person("Ukhnaagiin Khürelsükh", "Ухнаагийн Хурэлсух"),
  person("Luvsannamsrain Oyun-Erdene", "Лувсаннамсрайн Оюун-Эрдэнэ"),
  person("Gombojavyn Zandanshatar", "Гомбожавын Занданшатар"),

  // India, Pakistan, Afghanistan.
  person("A. P. J. Abdul Kalam", "Абдул Калам"),
  person("Pratibha Patil", "Пратибха Патил"),
  person("Pranab Mukherjee", "Пранаб Мукерджи"),
  person("Ram Nath Kovind", "Рам Натх Ковинд"),
  person("Droupadi Murmu", "Драупади Мурму"),
  person("Atal Bihari Vajpayee", "Атал Бихари Ваджпаи"),
  person("Manmohan Singh", "Манмохан Сингх"),
  person("Narendra Modi", "Нарендра Моди"),
  person("Sushma Swaraj", "Сушма Сварадж"),
  person("Subrahmanyam Jaishankar", "Субраманьям Джайшанкар"),
  person("Ajit Doval", "Аджит Довал"),
  person("Pervez Musharraf", "Первез Мушарраф"),
  person("Asif Ali Zardari", "Асиф Али Зардари"),
  person("Mamnoon Hussain", "Мамнун Хусейн"),
  person("Arif Alvi", "Ариф Алви"),
  person("Yousaf Raza Gillani", "Юсуф Реза Гилани"),
  person("Nawaz Sharif", "Наваз Шариф"),
  person("Imran Khan", "Имран Хан"),
  person("Shehbaz Sharif", "Шахбаз Шариф"),
  person("Shah Mehmood Qureshi", "Шах Махмуд Куреши"),
  person("Bilawal Bhutto Zardari", "Билавал Бхутто Зардари"),
  person("Ishaq Dar", "Исхак Дар"),
  person("Hamid Karzai", "Хамид Карзай"),
  person("Ashraf Ghani", "Ашраф Гани"),
  person("Abdullah Abdullah", "Абдулла Абдулла"),
  person("Zalmai Rassoul", "Залмай Расул"),
  person("Salahuddin Rabbani", "Салахуддин Раббани"),
  person("Mohammad Haneef Atmar", "Мохаммад Ханиф Атмар", "Ханиф Атмар"),
  person("Hibatullah Akhundzada", "Хибатулла Ахундзада"),
  person("Mohammad Hasan Akhund", "Мохаммад Хасан Ахунд"),
  person("Amir Khan Muttaqi", "Амир Хан Муттаки", "Амир Хан Мутаки"),

  // Iran, Turkey.
  person("Ali Khamenei", "Али Хаменеи"),
  person("Mohammad Khatami", "Мохаммад Хатами"),
  person("Mahmoud Ahmadinejad", "Махмуд Ахмадинежад"),
  person("Hassan Rouhani", "Хасан Роухани"),
  person("Ebrahim Raisi", "Эбрахим Раиси"),
  person("Mohammad Mokhber", "Мохаммад Мохбер"),
  person("Masoud Pezeshkian", "Масуд Пезешкиан"),
  person("Kamal Kharrazi", "Камаль Харрази"),
  person("Manouchehr Mottaki", "Манучехр Моттаки"),
  person("Ali Akbar Salehi", "Али Акбар Салехи"),
  person("Mohammad Javad Zarif", "Мохаммад Джавад Зариф"),
  person("Hossein Amir-Abdollahian", "Хосейн Амир Абдоллахиян", "Хосейн Амир-Абдоллахиян"),
  person("Ali Bagheri Kani", "Али Багери Кани"),
  person("Abbas Araghchi", "Аббас Аракчи"),
  person("Ali Larijani", "Али Лариджани"),
  person("Saeed Jalili", "Саид Джалили"),
  person("Ali Shamkhani", "Али Шамхани"),
  person("Mohammad Bagher Ghalibaf", "Мохаммад Багер Галибаф"),
  person("Ahmet Necdet Sezer", "Ахмет Недждет Сезер"),
  person("Bülent Ecevit", "Бюлент Эджевит"),
  person("Abdullah Gül", "Абдулла Гюль"),
  person("Recep Tayyip Erdoğan", "Реджеп Тайип Эрдоган", "Тайип Эрдоган"),
  person("Ahmet Davutoğlu", "Ахмет Давутоглу"),
  person("Binali Yıldırım", "Бинали Йылдырым"),
  person("Ali Babacan", "Али Бабаджан"),
  person("Mevlüt Çavuşoğlu", "Мевлют Чавушоглу"),
  person("Feridun Sinirlioğlu", "Феридун Синирлиоглу"),
  person("Hakan Fidan", "Хакан Фидан"),
  person("İbrahim Kalın", "Ибрагим Калын"),

  // The Gulf, Israel, Egypt and neighbours.
  person("Salman bin Abdulaziz Al Saud", "Сальман бен Абдель Азиз Аль Сауд"),
  person("Mohammed bin Salman", "Мухаммед бен Сальман", "Мухаммед бен Сальман Аль Сауд"),
  person("Faisal bin Farhan Al Saud", "Фейсал бен Фархан Аль Сауд", "Фейсал бен Фархан"),
  person("Adel al-Jubeir", "Адель аль-Джубейр"),
  person("Khalifa bin Zayed Al Nahyan", "Халифа бен Заид Аль Нахайян"),
  person("Mohamed bin Zayed Al Nahyan", "Мухаммед бен Заид Аль Нахайян"),
  person("Abdullah bin Zayed Al Nahyan", "Абдалла бен Заид Аль Нахайян"),
  person("Mohammed bin Rashid Al Maktoum", "Мухаммед бен Рашид Аль Мактум"),
  person("Tamim bin Hamad Al Thani", "Тамим бен Хамад Аль Тани"),
  person("Hamad bin Khalifa Al Thani", "Хамад бен Халифа Аль Тани"),
  person("Mohammed bin Abdulrahman Al Thani", "Мухаммед бен Абдельрахман Аль Тани"),
  person("Hamad bin Isa Al Khalifa", "Хамад бен Иса Аль Халифа"),
  person("Qaboos bin Said", "Кабус бен Саид"),
  person("Haitham bin Tariq", "Хейсам бен Тарик"),
  person("Shimon Peres", "Шимон Перес"),
  person("Reuven Rivlin", "Реувен Ривлин"),
  person("Isaac Herzog", "Ицхак Герцог"),
  person("Ehud Barak", "Эхуд Барак"),
  person("Ariel Sharon", "Ариэль Шарон"),
  person("Ehud Olmert", "Эхуд Ольмерт"),
  person("Benjamin Netanyahu", "Биньямин Нетаньяху", "Беньямин Нетаньяху"),
  person("Naftali Bennett", "Нафтали Беннет"),
  person("Yair Lapid", "Яир Лапид"),
  person("Mahmoud Abbas", "Махмуд Аббас"),
  person("Hosni Mubarak", "Хосни Мубарак"),
  person("Mohamed Morsi", "Мухаммед Мурси"),
  person("Abdel Fattah el-Sisi", "Абдель Фаттах ас-Сиси"),
  person("Mostafa Madbouly", "Мустафа Мадбули"),
  person("Sameh Shoukry", "Самех Шукри"),
  person("Ahmed Aboul Gheit", "Ахмед Абуль Гейт"),
  person("Amr Moussa", "Амр Муса"),
  person("Abdullah II", "Абдалла II"),
  person("Ayman Safadi", "Айман Сафади"),
  person("Bashar al-Assad", "Башар Асад", "Башар аль-Асад"),
  person("Ahmed al-Sharaa", "Ахмед аш-Шараа"),
  person("Mohammed Shia al-Sudani", "Мухаммед Шиа ас-Судани"),
  person("Joseph Aoun", "Жозеф Аун"),

  // The United States and the Americas.
  person("Bill Clinton", "Билл Клинтон"),
  person("George W. Bush", "Джордж Буш"),
  person("Barack Obama", "Барак Обама"),
  person("Donald Trump", "Дональд Трамп"),
  person("Joe Biden", "Джо Байден", "Джозеф Байден"),
  person("Dick Cheney", "Дик Чейни"),
  person("Mike Pence", "Майк Пенс"),
  person("Kamala Harris", "Камала Харрис"),
  person("JD Vance", "Джей Ди Вэнс", "Джеймс Дэвид Вэнс"),
  person("Madeleine Albright", "Мадлен Олбрайт"),
  person("Colin Powell", "Колин Пауэлл"),
  person("Condoleezza Rice", "Кондолиза Райс"),
  person("Hillary Clinton", "Хиллари Клинтон"),
  person("John Kerry", "Джон Керри"),
  person("Rex Tillerson", "Рекс Тиллерсон"),
  person("Mike Pompeo", "Майк Помпео"),
  person("Antony Blinken", "Энтони Блинкен"),
  person("Marco Rubio", "Марко Рубио"),
  person("Susan Rice", "Сьюзан Райс"),
  person("John Bolton", "Джон Болтон"),
  person("Robert O'Brien", "Роберт О'Брайен"),
  person("Jake Sullivan", "Джейк Салливан"),
  person("Mike Waltz", "Майк Уолтц"),
  person("Donald Rumsfeld", "Дональд Рамсфелд"),
  person("Robert Gates", "Роберт Гейтс"),
  person("Jim Mattis", "Джеймс Мэттис"),
  person("Mark Esper", "Марк Эспер"),
  person("Lloyd Austin", "Ллойд Остин"),
  person("Pete Hegseth", "Пит Хегсет"),
  person("Nikki Haley", "Никки Хейли"),
  person("Linda Thomas-Greenfield", "Линда Томас-Гринфилд"),
  person("Steve Witkoff", "Стив Уиткофф"),
  person("Stephen Harper", "Стивен Харпер"),
  person("Justin Trudeau", "Джастин Трюдо"),
  person("Mark Carney", "Марк Карни"),
  person("Andrés Manuel López Obrador", "Андрес Мануэль Лопес Обрадор"),
  person("Claudia Sheinbaum", "Клаудия Шейнбаум"),
  person("Luiz Inácio Lula da Silva", "Луис Инасиу Лула да Силва", "Лула да Силва"),
  person("Dilma Rousseff", "Дилма Руссефф"),
  person("Michel Temer", "Мишел Темер"),
  person("Jair Bolsonaro", "Жаир Болсонару"),
  person("Cristina Fernández de Kirchner", "Кристина Фернандес де Киршнер"),
  person("Mauricio Macri", "Маурисио Макри"),
  person("Alberto Fernández", "Альберто Фернандес"),
  person("Javier Milei", "Хавьер Милей"),

  // Europe.
  person("Elizabeth II", "Елизавета II"),
  person("Charles III", "Карл III"),
  person("Tony Blair", "Тони Блэр"),
  person("Gordon Brown", "Гордон Браун"),
  person("David Cameron", "Дэвид Кэмерон"),
  person("Theresa May", "Тереза Мэй"),
  person("Boris Johnson", "Борис Джонсон"),
  person("Liz Truss", "Лиз Трасс"),
  person("Rishi Sunak", "Риши Сунак"),
  person("Keir Starmer", "Кир Стармер"),
  person("Jack Straw", "Джек Стро"),
  person("David Miliband", "Дэвид Милибэнд"),
  person("William Hague", "Уильям Хейг"),
  person("Philip Hammond", "Филип Хаммонд"),
  person("Jeremy Hunt", "Джереми Хант"),
  person("Dominic Raab", "Доминик Рааб"),
  person("James Cleverly", "Джеймс Клеверли"),
  person("David Lammy", "Дэвид Лэмми"),
  person("Jacques Chirac", "Жак Ширак"),
  person("Nicolas Sarkozy", "Николя Саркози"),
  person("François Hollande", "Франсуа Олланд"),
  person("Emmanuel Macron", "Эмманюэль Макрон"),
  person("Dominique de Villepin", "Доминик де Вильпен"),
  person("François Fillon", "Франсуа Фийон"),
  person("Jean-Marc Ayrault", "Жан-Марк Эро"),
  person("Manuel Valls", "Мануэль Вальс"),
  person("Édouard Philippe", "Эдуар Филипп"),
  person("Jean Castex", "Жан Кастекс"),
  person("Élisabeth Borne", "Элизабет Борн"),
  person("Gabriel Attal", "Габриэль Атталь"),
  person("Michel Barnier", "Мишель Барнье"),
  person("François Bayrou", "Франсуа Байру"),
  person("Sébastien Lecornu", "Себастьен Лекорню"),
  person("Bernard Kouchner", "Бернар Кушнер"),
  person("Alain Juppé", "Ален Жюппе"),
  person("Laurent Fabius", "Лоран Фабиус"),
  person("Jean-Yves Le Drian", "Жан-Ив Ле Дриан"),
  person("Catherine Colonna", "Катрин Колонна"),
  person("Jean-Noël Barrot", "Жан-Ноэль Барро"),
  person("Johannes Rau", "Йоханнес Рау"),
  person("Horst Köhler", "Хорст Кёлер"),
  person("Christian Wulff", "Кристиан Вульф"),
  person("Joachim Gauck", "Йоахим Гаук"),
  person("Frank-Walter Steinmeier", "Франк-Вальтер Штайнмайер"),
  person("Gerhard Schröder", "Герхард Шрёдер"),
  person("Angela Merkel", "Ангела Меркель"),
  person("Olaf Scholz", "Олаф Шольц"),
  person("Friedrich Merz", "Фридрих Мерц"),
  person("Joschka Fischer", "Йошка Фишер"),
  person("Guido Westerwelle", "Гидо Вестервелле"),
  person("Sigmar Gabriel", "Зигмар Габриэль"),
  person("Heiko Maas", "Хайко Маас"),
  person("Annalena Baerbock", "Анналена Бербок"),
  person("Johann Wadephul", "Йоханн Вадефуль"),
  person("Ursula von der Leyen", "Урсула фон дер Ляйен"),
  person("Giorgio Napolitano", "Джорджо Наполитано"),
  person("Sergio Mattarella", "Серджо Маттарелла"),
  person("Silvio Berlusconi", "Сильвио Берлускони"),
  person("Romano Prodi", "Романо Проди"),
  person("Mario Monti", "Марио Монти"),
  person("Enrico Letta", "Энрико Летта"),
  person("Matteo Renzi", "Маттео Ренци"),
  person("Paolo Gentiloni", "Паоло Джентилони"),
  person("Giuseppe Conte", "Джузеппе Конте"),
  person("Mario Draghi", "Марио Драги"),
  person("Giorgia Meloni", "Джорджа Мелони"),
  person("Franco Frattini", "Франко Фраттини"),
  person("Luigi Di Maio", "Луиджи Ди Майо"),
  person("Antonio Tajani", "Антонио Таяни"),
  person("Federica Mogherini", "Федерика Могерини"),
  person("José Luis Rodríguez Zapatero", "Хосе Луис Родригес Сапатеро"),
  person("Mariano Rajoy", "Мариано Рахой"),
  person("Pedro Sánchez", "Педро Санчес"),
  person("Josep Borrell", "Жозеп Боррель"),
  person("Aleksander Kwaśniewski", "Александр Квасьневский"),
  person("Lech Kaczyński", "Лех Качиньский"),
  person("Bronisław Komorowski", "Бронислав Коморовский"),
  person("Andrzej Duda", "Анджей Дуда"),
  person("Karol Nawrocki", "Кароль Навроцкий"),
  person("Donald Tusk", "Дональд Туск"),
  person("Mateusz Morawiecki", "Матеуш Моравецкий"),
  person("Radosław Sikorski", "Радослав Сикорский"),
  person("Zbigniew Rau", "Збигнев Рау"),
  person("Mark Rutte", "Марк Рютте"),
  person("Jaap de Hoop Scheffer", "Яап де Хооп Схеффер"),
  person("Sebastian Kurz", "Себастьян Курц"),
  person("Didier Burkhalter", "Дидье Буркхальтер"),
  person("Ignazio Cassis", "Иньяцио Кассис"),
  person("Ivica Dačić", "Ивица Дачич"),
  person("Miroslav Lajčák", "Мирослав Лайчак"),
  person("Edi Rama", "Эди Рама"),
  person("Sauli Niinistö", "Саули Ниинистё"),
  person("Alexander Stubb", "Александр Стубб"),
  person("Tarja Halonen", "Тарья Халонен"),
  person("Sanna Marin", "Санна Марин"),
  person("Pekka Haavisto", "Пекка Хаависто"),
  person("Elina Valtonen", "Элина Валтонен"),
  person("Carl Bildt", "Карл Бильдт"),
  person("Jens Stoltenberg", "Йенс Столтенберг"),
  person("Anders Fogh Rasmussen", "Андерс Фог Расмуссен"),
  person("Toomas Hendrik Ilves", "Тоомас Хендрик Ильвес"),
  person("Alar Karis", "Алар Карис"),
  person("Kaja Kallas", "Кая Каллас"),
  person("Dalia Grybauskaitė", "Даля Грибаускайте"),
  person("Gitanas Nausėda", "Гитанас Науседа"),
  person("Arnold Rüütel", "Арнольд Рюйтель"),
  person("Kersti Kaljulaid", "Керсти Кальюлайд"),
  person("Siim Kallas", "Сийм Каллас"),
  person("Juhan Parts", "Юхан Партс"),
  person("Andrus Ansip", "Андрус Ансип"),
  person("Taavi Rõivas", "Таави Рыйвас"),
  person("Jüri Ratas", "Юри Ратас"),
  person("Kristen Michal", "Кристен Михал"),
  person("Vaira Vīķe-Freiberga", "Вайра Вике-Фрейберга"),
  person("Valdis Zatlers", "Валдис Затлерс"),
  person("Andris Bērziņš", "Андрис Берзиньш"),
  person("Raimonds Vējonis", "Раймондс Вейонис"),
  person("Egils Levits", "Эгилс Левитс"),
  person("Valdis Dombrovskis", "Валдис Домбровскис"),
  person("Laimdota Straujuma", "Лаймдота Страуюма"),
  person("Māris Kučinskis", "Марис Кучинскис"),
  person("Krišjānis Kariņš", "Кришьянис Кариньш"),
  person("Evika Siliņa", "Эвика Силиня"),
  person("Valdas Adamkus", "Валдас Адамкус"),
  person("Rolandas Paksas", "Роландас Паксас"),
  person("Algirdas Brazauskas", "Альгирдас Бразаускас"),
  person("Andrius Kubilius", "Андрюс Кубилюс"),
  person("Algirdas Butkevičius", "Альгирдас Буткявичюс"),
  person("Saulius Skvernelis", "Саулюс Сквернялис"),
  person("Ingrida Šimonytė", "Ингрида Шимоните"),
  person("Gintautas Paluckas", "Гинтаутас Палуцкас"),
  person("Inga Ruginienė", "Инга Ругинене"),
  person("Gabrielius Landsbergis", "Габриэлюс Ландсбергис"),
  person("Audronius Ažubalis", "Аудронюс Ажубалис"),
  person("Edgars Rinkēvičs", "Эдгар Ринкевич", "Эдгарс Ринкевичс"),

  // Africa, South-East Asia.
  person("Thabo Mbeki", "Табо Мбеки"),
  person("Jacob Zuma", "Джейкоб Зума"),
  person("Cyril Ramaphosa", "Сирил Рамафоса"),
  person("Susilo Bambang Yudhoyono", "Сусило Бамбанг Юдойоно"),
  person("Joko Widodo", "Джоко Видодо"),
  person("Prabowo Subianto", "Прабово Субианто"),
  person("Retno Marsudi", "Ретно Марсуди"),
  person("Rodrigo Duterte", "Родриго Дутерте"),
  person("Ferdinand Marcos Jr.", "Фердинанд Маркос"),
  person("Hun Sen", "Хун Сен"),
  person("Hun Manet", "Хун Манет"),
  person("Lee Hsien Loong", "Ли Сянь Лун"),
  person("Mahathir Mohamad", "Махатхир Мохамад"),
  person("Anwar Ibrahim", "Анвар Ибрагим"),
  person("Nguyễn Phú Trọng", "Нгуен Фу Чонг"),
  person("Nguyễn Xuân Phúc", "Нгуен Суан Фук"),
  person("Tô Lâm", "То Лам"),
  person("Phạm Minh Chính", "Фам Минь Тинь"),
  person("Thongloun Sisoulith", "Тхонглун Сисулит"),
  person("Min Aung Hlaing", "Мин Аун Хлайн"),

  // The EU institutions, the UN and its agencies, OSCE, NATO, Council of Europe, AU, OIC.
  person("José Manuel Barroso", "Жозе Мануэл Баррозу"),
  person("Jean-Claude Juncker", "Жан-Клод Юнкер"),
  person("Herman Van Rompuy", "Херман ван Ромпей"),
  person("Charles Michel", "Шарль Мишель"),
  person("António Costa", "Антониу Кошта"),
  person("Javier Solana", "Хавьер Солана"),
  person("Catherine Ashton", "Кэтрин Эштон"),
  person("Martin Schulz", "Мартин Шульц"),
  person("Roberta Metsola", "Роберта Метсола"),
  person("Christine Lagarde", "Кристин Лагард"),
  person("Kofi Annan", "Кофи Аннан"),
  person("António Guterres", "Антониу Гутерриш", "Антонио Гутерреш"),
  person("Amina J. Mohammed", "Амина Мохаммед"),
  person("Filippo Grandi", "Филиппо Гранди"),
  person("Yury Fedotov", "Юрий Федотов", "Юрий Викторович Федотов"),
  person("Ghada Waly", "Гада Вали"),
  person("Vladimir Voronkov", "Владимир Воронков", "Владимир Иванович Воронков"),
  person("Mohamed ElBaradei", "Мохаммед эль-Барадеи"),
  person("Yukiya Amano", "Юкия Амано"),
  person("Rafael Grossi", "Рафаэль Гросси", "Рафаэль Мариано Гросси"),
  person("Margaret Chan", "Маргарет Чен"),
  person("Tedros Adhanom Ghebreyesus", "Тедрос Адханом Гебрейесус"),
  person("Pascal Lamy", "Паскаль Лами"),
  person("Roberto Azevêdo", "Роберту Азеведу"),
  person("Ngozi Okonjo-Iweala", "Нгози Оконджо-Ивеала"),
  person("Dominique Strauss-Kahn", "Доминик Стросс-Кан"),
  person("Kristalina Georgieva", "Кристалина Георгиева"),
  person("Ján Kubiš", "Ян Кубиш"),
  person("Marc Perrin de Brichambaut", "Марк Перрен де Бришамбо"),
  person("Lamberto Zannier", "Ламберто Заньер"),
  person("Thomas Greminger", "Томас Гремингер"),
  person("Helga Maria Schmid", "Хельга Мария Шмид"),
  person("George Robertson", "Джордж Робертсон"),
  person("Thorbjørn Jagland", "Турбьёрн Ягланд"),
  person("Moussa Faki Mahamat", "Мусса Факи Махамат"),
  person("Hissein Brahim Taha", "Хисейн Брахим Таха"),

  // CSTO, CIS, SCO and the Eurasian bodies.
  person("Nikolai Bordyuzha", "Николай Бордюжа", "Николай Николаевич Бордюжа"),
  person("Valery Semerikov", "Валерий Семериков", "Валерий Николаевич Семериков"),
  person("Yuri Yarov", "Юрий Яров", "Юрий Фёдорович Яров"),
  person("Dmitry Mezentsev", "Дмитрий Мезенцев", "Дмитрий Фёдорович Мезенцев"),
  person("Tair Mansurov", "Таир Мансуров", "Таир Аймухаметович Мансуров"),
  person("Grigory Rapota", "Григорий Рапота", "Григорий Алексеевич Рапота"),
]);

const S = (role: string, country: string, from: string, to: string | null = null): OfficialTerm =>
  Object.freeze({ role, country, organization: null, from, to });
const O = (role: string, organization: string, from: string, to: string | null = null): OfficialTerm =>
  Object.freeze({ role, country: null, organization, from, to });

function extra(name: string, variants: readonly string[], ru: readonly string[], terms: readonly OfficialTerm[]): RussianExtraOfficial {
  return Object.freeze({ name, variants: Object.freeze([...variants]), ru: Object.freeze(withYe(ru)), terms: Object.freeze([...terms]) });
}

/**
 * People Russian releases name often whom src/data/officials.ts lacks, with English and
 * Cyrillic names and their terms, in the shape of that file's Official: candidates for it.
 *
 * @example
 * ```ts
 * import { RU_EXTRA_OFFICIALS } from "./officials.js";
 * RU_EXTRA_OFFICIALS.find((person) => person.ru.includes("Антон Вайно"))?.terms[0]?.role;
 * // "Chief of Staff of the Presidential Executive Office"
 * ```
 */
export const RU_EXTRA_OFFICIALS: readonly RussianExtraOfficial[] = Object.freeze([
  // Russia: speakers, chiefs of staff, ministers and chiefs of the General Staff.
  extra("Gennady Seleznyov", ["Gennady Seleznev", "Gennadiy Seleznyov"], ["Геннадий Селезнёв", "Геннадий Николаевич Селезнёв"], [
    S("Chairman of the State Duma", "RU", "1996-01-17", "2003-12-29"),
  ]),
  extra("Yegor Stroyev", ["Yegor Stroev", "Egor Stroev"], ["Егор Строев", "Егор Семёнович Строев"], [
    S("Chairman of the Federation Council", "RU", "1996-01-23", "2001-12-05"),
  ]),
  extra("Alexander Voloshin", ["Aleksandr Voloshin"], ["Александр Волошин", "Александр Стальевич Волошин"], [
    S("Chief of Staff of the Presidential Executive Office", "RU", "1999-03-19", "2003-10-30"),
  ]),
  extra("Anton Vaino", ["Anton Vayno"], ["Антон Вайно", "Антон Эдуардович Вайно"], [
    S("Chief of Staff of the Presidential Executive Office", "RU", "2016-08-12"),
  ]),
  extra("Vladimir Puchkov", [], ["Владимир Пучков", "Владимир Андреевич Пучков"], [
    S("Minister of Emergency Situations", "RU", "2012-05-21", "2018-05-18"),
  ]),
  extra("Yevgeny Zinichev", ["Evgeny Zinichev", "Yevgeniy Zinichev"], ["Евгений Зиничев", "Евгений Николаевич Зиничев"], [
    S("Minister of Emergency Situations", "RU", "2018-05-18", "2021-09-08"),
  ]),
  extra("Alexander Kurenkov", ["Aleksandr Kurenkov"], ["Александр Куренков", "Александр Вячеславович Куренков"], [
    S("Minister of Emergency Situations", "RU", "2021"),
  ]),
  extra("Konstantin Chuychenko", ["Konstantin Chuichenko"], ["Константин Чуйченко", "Константин Анатольевич Чуйченко"], [
    S("Minister of Justice", "RU", "2020-01-21"),
  ]),
  extra("Yuri Baluyevsky", ["Yury Baluyevsky", "Yuriy Baluevsky"], ["Юрий Балуевский", "Юрий Николаевич Балуевский"], [
    S("Chief of the General Staff of the Armed Forces", "RU", "2004-07-19", "2008-06-03"),
  ]),
  extra("Nikolai Makarov", ["Nikolay Makarov"], ["Николай Макаров", "Николай Егорович Макаров"], [
    S("Chief of the General Staff of the Armed Forces", "RU", "2008-06-03", "2012-11-09"),
  ]),

  // Kazakhstan: speakers of the Mazhilis and the Senate.
  extra("Nurlan Nigmatulin", [], ["Нурлан Нигматулин", "Нурлан Зайруллаевич Нигматулин"], [
    S("Chairman of the Mazhilis", "KZ", "2012", "2014"),
    S("Chairman of the Mazhilis", "KZ", "2016", "2022-02-01"),
  ]),
  extra("Kabibulla Dzhakupov", ["Kabibulla Jakupov"], ["Кабибулла Джакупов"], [
    S("Chairman of the Mazhilis", "KZ", "2014", "2016"),
  ]),
  extra("Yerlan Koshanov", ["Erlan Koshanov"], ["Ерлан Кошанов", "Ерлан Жаканович Кошанов"], [
    S("Chairman of the Mazhilis", "KZ", "2022-02-01"),
  ]),
  extra("Dariga Nazarbayeva", ["Dariga Nazarbaeva"], ["Дарига Назарбаева", "Дарига Нурсултановна Назарбаева"], [
    S("Chairwoman of the Senate", "KZ", "2019-03-20", "2020-05-02"),
  ]),

  // Belarus, Uzbekistan, Tajikistan, Armenia, Azerbaijan.
  extra("Viktor Khrenin", [], ["Виктор Хренин", "Виктор Геннадьевич Хренин"], [
    S("Minister of Defence", "BY", "2020-01-20"),
  ]),
  extra("Andrei Ravkov", ["Andrey Ravkov"], ["Андрей Равков", "Андрей Алексеевич Равков"], [
    S("Minister of Defence", "BY", "2014", "2020-01-20"),
  ]),
  extra("Vladimir Andreichenko", ["Uladzimir Andreichanka"], ["Владимир Андрейченко", "Владимир Павлович Андрейченко"], [
    S("Chairman of the House of Representatives", "BY", "2008", "2024"),
  ]),
  extra("Igor Sergeenko", ["Igor Sergeyenko", "Ihar Sergeenka"], ["Игорь Сергеенко", "Игорь Петрович Сергеенко"], [
    S("Chairman of the House of Representatives", "BY", "2024"),
  ]),
  extra("Tanzila Narbaeva", ["Tanzila Narbayeva"], ["Танзила Нарбаева", "Танзила Камаловна Нарбаева"], [
    S("Chairwoman of the Senate of the Oliy Majlis", "UZ", "2019-06-21"),
  ]),
  extra("Bakhodir Kurbanov", ["Bakhodir Qurbonov"], ["Баходир Курбанов"], [
    S("Minister of Defence", "UZ", "2019"),
  ]),
  extra("Shukurjon Zukhurov", ["Shukurjon Zuhurov"], ["Шукурджон Зухуров"], [
    S("Chairman of the Assembly of Representatives", "TJ", "2010", "2020"),
  ]),
  extra("Mahmadtoir Zokirzoda", ["Makhmadtoir Zokirzoda"], ["Махмадтоир Зокирзода"], [
    S("Chairman of the Assembly of Representatives", "TJ", "2020"),
  ]),
  extra("Armen Grigoryan", ["Armen Grigorian"], ["Армен Григорян"], [
    S("Secretary of the Security Council", "AM", "2018"),
  ]),
  extra("Suren Papikyan", ["Suren Papikian"], ["Сурен Папикян"], [
    S("Minister of Defence", "AM", "2021"),
  ]),
  extra("Ogtay Asadov", ["Oqtay Asadov", "Oktay Asadov"], ["Октай Асадов"], [
    S("Speaker of the Milli Majlis", "AZ", "2005-12-02", "2020-03-10"),
  ]),
  extra("Sahiba Gafarova", ["Sahiba Qafarova"], ["Сахиба Гафарова"], [
    S("Speaker of the Milli Majlis", "AZ", "2020-03-10"),
  ]),

  // The CSTO and the SCO's Regional Anti-Terrorist Structure.
  extra("Taalatbek Masadykov", [], ["Таалатбек Масадыков"], [
    O("Secretary General", "CSTO", "2026-01-01"),
  ]),
  extra("Yevgeny Sysoyev", ["Evgeny Sysoev", "Yevgeniy Sysoyev"], ["Евгений Сысоев"], [
    O("Director of the Executive Committee of the Regional Anti-Terrorist Structure", "SCO", "2016", "2018"),
  ]),
  extra("Jumakhon Giyosov", ["Djumakhon Giyosov", "Jumakhon Giesov"], ["Джумахон Гиёсов"], [
    O("Director of the Executive Committee of the Regional Anti-Terrorist Structure", "SCO", "2019", "2021"),
  ]),
  extra("Ruslan Mirzaev", ["Ruslan Mirzayev"], ["Руслан Мирзаев"], [
    O("Director of the Executive Committee of the Regional Anti-Terrorist Structure", "SCO", "2022", "2024"),
  ]),

  // Presidents of the UN General Assembly, from the 73rd session to the 79th.
  extra("María Fernanda Espinosa", ["Maria Fernanda Espinosa", "María Fernanda Espinosa Garcés"], ["Мария Фернанда Эспиноса"], [
    O("President of the General Assembly", "UN", "2018-09-18", "2019-09-17"),
  ]),
  extra("Tijjani Muhammad-Bande", ["Tijjani Muhammad Bande"], ["Тиджани Мухаммад-Банде"], [
    O("President of the General Assembly", "UN", "2019-09-17", "2020-09-15"),
  ]),
  extra("Volkan Bozkır", ["Volkan Bozkir"], ["Волкан Бозкыр"], [
    O("President of the General Assembly", "UN", "2020-09-15", "2021-09-14"),
  ]),
  extra("Abdulla Shahid", [], ["Абдулла Шахид"], [
    O("President of the General Assembly", "UN", "2021-09-14", "2022-09-13"),
  ]),
  extra("Csaba Kőrösi", ["Csaba Korosi"], ["Чаба Кёрёши"], [
    O("President of the General Assembly", "UN", "2022-09-13", "2023-09-05"),
  ]),
  extra("Dennis Francis", [], ["Деннис Фрэнсис"], [
    O("President of the General Assembly", "UN", "2023-09-05", "2024-09-10"),
  ]),
  extra("Philemon Yang", [], ["Филемон Янг"], [
    O("President of the General Assembly", "UN", "2024-09-10", "2025-09-09"),
  ]),

  // Heads of state and government Russian releases name often.
  extra("Aleksandar Vučić", ["Aleksandar Vucic"], ["Александр Вучич"], [
    S("Prime Minister", "RS", "2014-04-27", "2017-05-31"),
    S("President", "RS", "2017-05-31"),
  ]),
  extra("Viktor Orbán", ["Viktor Orban"], ["Виктор Орбан"], [
    S("Prime Minister", "HU", "1998-07-06", "2002-05-27"),
    S("Prime Minister", "HU", "2010-05-29"),
  ]),
  extra("Robert Fico", [], ["Роберт Фицо"], [
    S("Prime Minister", "SK", "2006-07-04", "2010-07-08"),
    S("Prime Minister", "SK", "2012-04-04", "2018-03-22"),
    S("Prime Minister", "SK", "2023-10-25"),
  ]),
  extra("Miguel Díaz-Canel", ["Miguel Diaz-Canel", "Miguel Díaz-Canel Bermúdez"], ["Мигель Диас-Канель", "Мигель Диас-Канель Бермудес"], [
    S("President of the Council of State", "CU", "2018-04-19", "2019-10-10"),
    S("President", "CU", "2019-10-10"),
  ]),
  extra("Abdelmadjid Tebboune", [], ["Абдельмаджид Теббун"], [
    S("President", "DZ", "2019-12-19"),
  ]),
  extra("Abiy Ahmed", ["Abiy Ahmed Ali"], ["Абий Ахмед", "Абий Ахмед Али"], [
    S("Prime Minister", "ET", "2018-04-02"),
  ]),
  extra("William Ruto", ["William Samoei Ruto"], ["Уильям Руто"], [
    S("President", "KE", "2022-09-13"),
  ]),
  extra("Emmerson Mnangagwa", [], ["Эммерсон Мнангагва"], [
    S("President", "ZW", "2017-11-24"),
  ]),
]);
