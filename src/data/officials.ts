// A gazetteer of notable officials, 2000-2026: heads of state and government, foreign ministers
// and the heads of intergovernmental bodies, with the terms they served.
//
// Source: the public record (official government and organisation websites, their published
// lists of office-holders, and major press). Written from common knowledge, not from any
// corpus. A term is listed only where its holder and dates are well established; dates are
// "YYYY-MM-DD" when the day is on record and "YYYY" otherwise, `to` is the last day in office
// (inclusive) and null while the term runs. Where a person held two offices at once, the one a
// release would name first is listed first.

/**
 * One office a person held, with its dates.
 *
 * @example
 * ```ts
 * import { findOfficial, type OfficialTerm } from "communique";
 * const term: OfficialTerm | null | undefined = findOfficial("Vladimir Putin", "2010-06-01")?.term;
 * term?.role; // "Prime Minister"
 * ```
 *
 * @group Normalizers
 */
export interface OfficialTerm {
  /** Title as releases write it: "President", "Minister of Foreign Affairs", "Secretary General". */
  readonly role: string;
  /** ISO 3166-1 alpha-2 code of the state served, or null for an intergovernmental post. */
  readonly country: string | null;
  /** Acronym (or name, when there is no common acronym) of the organisation served, or null. */
  readonly organization: string | null;
  /** First day in office: "YYYY-MM-DD", or "YYYY" when only the year is certain. */
  readonly from: string;
  /** Last day in office, same precision rules, or null for a current term. */
  readonly to: string | null;
}

/** A person in the gazetteer. */
export interface Official {
  /** The common English spelling used by their own government or the major press. */
  readonly name: string;
  /** Other spellings: transliteration variants, full forms, other name orders. */
  readonly variants: readonly string[];
  /**
   * The forms a text uses alone for this person ("Moon", "Prabowo", "Suu Kyi") when the last
   * word of the name and of each variant is not one (family name first, no family name).
   */
  readonly surnames?: readonly string[];
  /**
   * Offices held. Where two overlap, the one listed first is the one a release would name
   * first (the Prime Minister before the Crown Prince, the Minister before the OSCE chair).
   */
  readonly terms: readonly OfficialTerm[];
}

const S = (role: string, country: string, from: string, to: string | null = null): OfficialTerm =>
  Object.freeze({ role, country, organization: null, from, to });
const O = (role: string, organization: string, from: string, to: string | null = null): OfficialTerm =>
  Object.freeze({ role, country: null, organization, from, to });
const pres = (country: string, from: string, to: string | null = null) => S("President", country, from, to);
const pm = (country: string, from: string, to: string | null = null) => S("Prime Minister", country, from, to);
const fm = (country: string, from: string, to: string | null = null) =>
  S("Minister of Foreign Affairs", country, from, to);
const cio = (year: string) => O("Chairperson-in-Office", "OSCE", year, year);

function P(
  name: string,
  variants: readonly string[],
  terms: readonly OfficialTerm[],
  surnames?: readonly string[],
): Official {
  const official: Official = surnames
    ? { name, variants: Object.freeze([...variants]), surnames: Object.freeze([...surnames]), terms: Object.freeze([...terms]) }
    : { name, variants: Object.freeze([...variants]), terms: Object.freeze([...terms]) };
  return Object.freeze(official);
}

/**
 * Notable officials of roughly 2000-2026 with their terms of office.
 *
 * @example
 * ```ts
 * import { OFFICIALS } from "./officials.js";
 * OFFICIALS.find((o) => o.name === "Sergey Lavrov")?.terms[0]?.role; // "Minister of Foreign Affairs"
 * ```
 */
export const OFFICIALS: readonly Official[] = Object.freeze([
  // Russia.
  P("Boris Yeltsin", ["Boris Nikolayevich Yeltsin", "Boris Eltsin"], [pres("RU", "1991-07-10", "1999-12-31")]),
  P("Vladimir Putin", ["Vladimir Vladimirovich Putin", "Wladimir Putin"], [
    S("Acting President", "RU", "1999-12-31", "2000-05-07"),
    pm("RU", "1999-08-16", "2000-05-07"),
    pres("RU", "2000-05-07", "2008-05-07"),
    pm("RU", "2008-05-08", "2012-05-07"),
    pres("RU", "2012-05-07"),
  ]),
  P("Dmitry Medvedev", ["Dmitri Medvedev", "Dmitry Anatolyevich Medvedev"], [
    S("First Deputy Prime Minister", "RU", "2005-11-14", "2008-05-07"),
    pres("RU", "2008-05-07", "2012-05-07"),
    pm("RU", "2012-05-08", "2020-01-15"),
    S("Deputy Chairman of the Security Council", "RU", "2020-01-16"),
  ]),
  P("Mikhail Kasyanov", ["Mikhail Kasianov"], [pm("RU", "2000-05-07", "2004-02-24")]),
  P("Mikhail Fradkov", [], [
    pm("RU", "2004-03-05", "2007-09-14"),
    S("Director of the Foreign Intelligence Service", "RU", "2007", "2016"),
  ]),
  P("Viktor Zubkov", [], [pm("RU", "2007-09-14", "2008-05-07"), S("First Deputy Prime Minister", "RU", "2008-05-12", "2012-05-21")]),
  P("Mikhail Mishustin", ["Mikhail Vladimirovich Mishustin"], [pm("RU", "2020-01-16")]),
  P("Igor Ivanov", ["Igor Sergeyevich Ivanov"], [
    fm("RU", "1998-09-11", "2004-03-09"),
    S("Secretary of the Security Council", "RU", "2004-03-09", "2007"),
  ]),
  P("Sergey Lavrov", ["Sergei Lavrov", "Sergey Viktorovich Lavrov"], [fm("RU", "2004-03-09")]),
  P("Sergei Ivanov", ["Sergey Ivanov", "Sergei Borisovich Ivanov"], [
    S("Secretary of the Security Council", "RU", "1999-11-15", "2001-03-28"),
    S("Minister of Defence", "RU", "2001-03-28", "2007-02-15"),
    S("First Deputy Prime Minister", "RU", "2007-02-15", "2008-05-12"),
    S("Chief of Staff of the Presidential Executive Office", "RU", "2011-12-22", "2016-08-12"),
  ]),
  P("Vladimir Rushailo", [], [
    S("Secretary of the Security Council", "RU", "2001-03-28", "2004-03-09"),
    O("Chairman of the Executive Committee – Executive Secretary", "CIS", "2004", "2007"),
  ]),
  P("Anatoly Serdyukov", ["Anatoliy Serdyukov"], [S("Minister of Defence", "RU", "2007-02-15", "2012-11-06")]),
  P("Sergei Shoigu", ["Sergey Shoigu", "Sergei Shoygu", "Sergey Kuzhugetovich Shoigu"], [
    S("Minister of Emergency Situations", "RU", "1994", "2012"),
    S("Minister of Defence", "RU", "2012-11-06", "2024-05-12"),
    S("Secretary of the Security Council", "RU", "2024-05-12"),
  ]),
  P("Andrei Belousov", ["Andrey Belousov"], [
    S("First Deputy Prime Minister", "RU", "2020-01-21", "2024-05-14"),
    S("Minister of Defence", "RU", "2024-05-14"),
  ]),
  P("Nikolai Patrushev", ["Nikolay Patrushev"], [
    S("Director of the Federal Security Service", "RU", "1999-08-09", "2008-05-12"),
    S("Secretary of the Security Council", "RU", "2008-05-12", "2024-05-14"),
    S("Aide to the President", "RU", "2024-05-14"),
  ]),
  P("Alexander Bortnikov", ["Aleksandr Bortnikov"], [S("Director of the Federal Security Service", "RU", "2008-05-12")]),
  P("Sergei Naryshkin", ["Sergey Naryshkin"], [
    S("Chief of Staff of the Presidential Executive Office", "RU", "2008-05-12", "2011-12-20"),
    S("Chairman of the State Duma", "RU", "2011-12-21", "2016-10-05"),
    S("Director of the Foreign Intelligence Service", "RU", "2016-10-05"),
  ]),
  P("Sergei Lebedev", ["Sergey Lebedev", "Sergei Nikolayevich Lebedev"], [
    S("Director of the Foreign Intelligence Service", "RU", "2000-05-20", "2007-10-09"),
    O("Chairman of the Executive Committee – Executive Secretary", "CIS", "2007-10-05"),
  ]),
  P("Boris Gryzlov", [], [S("Chairman of the State Duma", "RU", "2003-12-29", "2011-12-14")]),
  P("Vyacheslav Volodin", ["Viacheslav Volodin"], [
    S("First Deputy Chief of Staff of the Presidential Executive Office", "RU", "2011-12-27", "2016-10-05"),
    S("Chairman of the State Duma", "RU", "2016-10-05"),
  ]),
  P("Sergei Mironov", ["Sergey Mironov"], [S("Chairman of the Federation Council", "RU", "2001-12-05", "2011-05-18")]),
  P("Valentina Matviyenko", ["Valentina Matvienko"], [
    S("Governor of Saint Petersburg", "RU", "2003-10-15", "2011-08-22"),
    S("Chairwoman of the Federation Council", "RU", "2011-09-21"),
  ]),
  P("Dmitry Peskov", ["Dmitri Peskov", "Dmitriy Peskov"], [S("Press Secretary of the President", "RU", "2012-05-22")]),
  P("Yuri Ushakov", ["Yury Ushakov", "Yuriy Ushakov"], [
    S("Ambassador to the United States", "RU", "1999", "2008"),
    S("Aide to the President", "RU", "2012-05-22"),
  ]),
  P("Maria Zakharova", ["Mariya Zakharova"], [
    S("Director of the Information and Press Department of the Ministry of Foreign Affairs", "RU", "2015-08-10"),
  ]),
  P("Sergei Ryabkov", ["Sergey Ryabkov"], [S("Deputy Minister of Foreign Affairs", "RU", "2008")]),
  P("Alexander Grushko", ["Aleksandr Grushko"], [
    S("Permanent Representative to NATO", "RU", "2012", "2018"),
    S("Deputy Minister of Foreign Affairs", "RU", "2018"),
  ]),
  P("Andrei Rudenko", ["Andrey Rudenko"], [S("Deputy Minister of Foreign Affairs", "RU", "2016")]),
  P("Mikhail Galuzin", [], [S("Deputy Minister of Foreign Affairs", "RU", "2022")]),
  P("Vitaly Churkin", ["Vitaliy Churkin"], [S("Permanent Representative to the United Nations", "RU", "2006-04-08", "2017-02-20")]),
  P("Vassily Nebenzia", ["Vasily Nebenzya", "Vasily Nebenzia"], [S("Permanent Representative to the United Nations", "RU", "2017-07-27")]),
  P("Alexei Overchuk", ["Alexey Overchuk", "Aleksei Overchuk"], [S("Deputy Prime Minister", "RU", "2020-01-21")]),
  P("Anton Siluanov", [], [S("Minister of Finance", "RU", "2011-12-16")]),
  P("Elvira Nabiullina", [], [S("Governor of the Central Bank", "RU", "2013-06-24")]),
  P("Sergey Sobyanin", ["Sergei Sobyanin"], [S("Mayor of Moscow", "RU", "2010-10-21")]),
  P("Valery Gerasimov", ["Valeriy Gerasimov"], [S("Chief of the General Staff of the Armed Forces", "RU", "2012-11-09")]),
  P("Vladimir Kolokoltsev", [], [S("Minister of Internal Affairs", "RU", "2012-05-21")]),
  P("Rashid Nurgaliyev", ["Rashid Nurgaliev"], [S("Minister of Internal Affairs", "RU", "2004-03-09", "2012-05-21")]),
  P("Viktor Khristenko", [], [
    S("Minister of Industry and Trade", "RU", "2008-05-12", "2012-02-01"),
    O("Chairman of the Board", "EEC", "2012-02-01", "2016-01-31"),
  ]),

  // Ukraine.
  P("Leonid Kuchma", [], [pres("UA", "1994-07-19", "2005-01-23")]),
  P("Viktor Yushchenko", ["Viktor Yushenko", "Victor Yushchenko"], [
    pm("UA", "1999-12-22", "2001-05-29"),
    pres("UA", "2005-01-23", "2010-02-25"),
  ]),
  P("Viktor Yanukovych", ["Viktor Yanukovich", "Victor Yanukovych"], [
    pm("UA", "2002-11-21", "2005"),
    pm("UA", "2006-08-04", "2007-12-18"),
    pres("UA", "2010-02-25", "2014-02-22"),
  ]),
  P("Oleksandr Turchynov", ["Olexander Turchynov", "Alexander Turchinov", "Oleksandr Turchinov"], [
    S("Acting President", "UA", "2014-02-23", "2014-06-07"),
    S("Secretary of the National Security and Defense Council", "UA", "2014-12-16", "2019-07-19"),
  ]),
  P("Petro Poroshenko", ["Pyotr Poroshenko", "Petr Poroshenko"], [
    fm("UA", "2009-10-09", "2010-03-11"),
    pres("UA", "2014-06-07", "2019-05-20"),
  ]),
  P("Volodymyr Zelenskyy", [
    "Volodymyr Zelensky", "Volodymyr Zelenskiy", "Vladimir Zelensky", "Vladimir Zelenskiy",
    "Volodimir Zelenskiy", "Volodymyr Oleksandrovych Zelenskyy",
  ], [pres("UA", "2019-05-20")]),
  P("Anatoliy Kinakh", ["Anatoly Kinakh"], [pm("UA", "2001-05-29", "2002-11-21")]),
  P("Yulia Tymoshenko", ["Yuliya Tymoshenko", "Yulia Timoshenko"], [
    pm("UA", "2005-01-24", "2005-09-08"),
    pm("UA", "2007-12-18", "2010-03-04"),
  ]),
  P("Yuriy Yekhanurov", ["Yuri Yekhanurov"], [pm("UA", "2005-09-22", "2006-08-04")]),
  P("Mykola Azarov", ["Nikolai Azarov", "Nikolay Azarov"], [pm("UA", "2010-03-11", "2014-01-28")]),
  P("Arseniy Yatsenyuk", ["Arseny Yatsenyuk", "Arsenii Yatseniuk"], [
    fm("UA", "2007-03-21", "2007-12-04"),
    pm("UA", "2014-02-27", "2016-04-14"),
  ]),
  P("Volodymyr Groysman", ["Volodymyr Hroisman", "Vladimir Groysman"], [pm("UA", "2016-04-14", "2019-08-29")]),
  P("Oleksiy Honcharuk", ["Oleksii Honcharuk", "Alexei Goncharuk"], [pm("UA", "2019-08-29", "2020-03-04")]),
  P("Denys Shmyhal", ["Denis Shmygal", "Denys Shmygal"], [
    pm("UA", "2020-03-04", "2025-07-17"),
    S("Minister of Defence", "UA", "2025-07-17"),
  ]),
  P("Yulia Svyrydenko", ["Yuliia Svyrydenko"], [pm("UA", "2025-07-17")]),
  P("Borys Tarasyuk", ["Boris Tarasyuk", "Borys Tarasiuk"], [fm("UA", "1998", "2000"), fm("UA", "2005-02-04", "2007-01-30")]),
  P("Anatoliy Zlenko", ["Anatoly Zlenko"], [fm("UA", "2000-10-02", "2003-09-02")]),
  P("Kostyantyn Gryshchenko", ["Konstantin Grishchenko", "Kostiantyn Gryshchenko"], [
    fm("UA", "2003-09-02", "2005-02-03"),
    fm("UA", "2010-03-11", "2012-12-24"),
  ]),
  P("Volodymyr Ohryzko", ["Vladimir Ogryzko"], [fm("UA", "2007-12-18", "2009-03-03")]),
  P("Leonid Kozhara", [], [fm("UA", "2012-12-24", "2014-02-23"), cio("2013")]),
  P("Andrii Deshchytsia", ["Andriy Deshchytsia"], [S("Acting Minister of Foreign Affairs", "UA", "2014-02-27", "2014-06-19")]),
  P("Pavlo Klimkin", ["Pavel Klimkin"], [fm("UA", "2014-06-19", "2019-08-29")]),
  P("Vadym Prystaiko", ["Vadim Prystaiko"], [fm("UA", "2019-08-29", "2020-03-04")]),
  P("Dmytro Kuleba", ["Dmitry Kuleba", "Dmytro Ivanovych Kuleba"], [fm("UA", "2020-03-04", "2024-09-05")]),
  P("Andrii Sybiha", ["Andriy Sybiha", "Andrei Sybiga"], [fm("UA", "2024-09-05")]),
  P("Andriy Yermak", ["Andrii Yermak", "Andrey Yermak"], [S("Head of the Office of the President", "UA", "2020-02-11", "2025-11-28")]),
  P("Oleksii Reznikov", ["Oleksiy Reznikov", "Alexei Reznikov"], [S("Minister of Defence", "UA", "2021-11-04", "2023-09-05")]),
  P("Rustem Umerov", [], [
    S("Minister of Defence", "UA", "2023-09-06", "2025-07-17"),
    S("Secretary of the National Security and Defense Council", "UA", "2025"),
  ]),

  // Belarus.
  P("Alexander Lukashenko", [
    "Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Aliaksandr Lukashenka", "Alexander Lukashenka",
    "Alexandr Lukashenko", "Alexander Grigoryevich Lukashenko",
  ], [pres("BY", "1994-07-20")]),
  P("Vladimir Yermoshin", ["Uladzimir Yarmoshyn"], [pm("BY", "2000", "2001")]),
  P("Gennady Novitsky", ["Henadz Navitski"], [pm("BY", "2001-10-01", "2003-07-10")]),
  P("Sergei Sidorsky", ["Sergey Sidorsky", "Siarhei Sidorski"], [pm("BY", "2003-07-10", "2010-12-28")]),
  P("Mikhail Myasnikovich", ["Mikhail Miasnikovich"], [
    pm("BY", "2010-12-28", "2014-12-27"),
    S("Chairman of the Council of the Republic", "BY", "2015", "2019"),
    O("Chairman of the Board", "EEC", "2020-02-01", "2024-01-31"),
  ]),
  P("Andrei Kobyakov", ["Andrey Kobyakov", "Andrei Kobiakov"], [pm("BY", "2014-12-27", "2018-08-18")]),
  P("Sergei Rumas", ["Sergey Rumas", "Siarhei Rumas"], [pm("BY", "2018-08-18", "2020-06-03")]),
  P("Roman Golovchenko", ["Raman Halouchanka"], [pm("BY", "2020-06-04", "2025")]),
  P("Alexander Turchin", ["Aleksandr Turchin"], [pm("BY", "2025")]),
  P("Natalya Kochanova", ["Natalia Kochanova"], [S("Chairwoman of the Council of the Republic", "BY", "2019-12-06")]),
  P("Mikhail Khvostov", [], [fm("BY", "2000", "2003")]),
  P("Sergei Martynov", ["Sergey Martynov", "Siarhei Martynau"], [fm("BY", "2003-03-17", "2012-08-20")]),
  P("Vladimir Makei", ["Uladzimir Makei", "Vladimir Makey"], [fm("BY", "2012-08-20", "2022-11-26")]),
  P("Sergei Aleinik", ["Sergey Aleinik", "Siarhei Aleinik", "Sergei Aleynik"], [fm("BY", "2022-12-06", "2024")]),
  P("Maxim Ryzhenkov", ["Maksim Ryzhenkov"], [fm("BY", "2024")]),
  P("Stanislav Zas", [], [
    S("State Secretary of the Security Council", "BY", "2015", "2019"),
    O("Secretary General", "CSTO", "2020-01-01", "2022-12-31"),
  ]),

  // Moldova.
  P("Vladimir Voronin", [], [pres("MD", "2001-04-07", "2009-09-11")]),
  P("Mihai Ghimpu", [], [S("Acting President", "MD", "2009-09-11", "2010-12-28")]),
  P("Marian Lupu", [], [S("Acting President", "MD", "2010-12-30", "2012-03-23")]),
  P("Nicolae Timofti", [], [pres("MD", "2012-03-23", "2016-12-23")]),
  P("Igor Dodon", [], [pres("MD", "2016-12-23", "2020-12-24")]),
  P("Maia Sandu", ["Maya Sandu"], [pm("MD", "2019-06-08", "2019-11-14"), pres("MD", "2020-12-24")]),
  P("Vasile Tarlev", ["Vasily Tarlev"], [pm("MD", "2001-04-19", "2008-03-31")]),
  P("Zinaida Greceanîi", ["Zinaida Greceanii", "Zinaida Grechanyi"], [pm("MD", "2008-03-31", "2009-09-14")]),
  P("Vlad Filat", [], [pm("MD", "2009-09-25", "2013")]),
  P("Iurie Leancă", ["Iurie Leanca", "Yuri Leanca"], [fm("MD", "2009", "2013"), pm("MD", "2013-05-31", "2015-02-18")]),
  P("Chiril Gaburici", [], [pm("MD", "2015-02-18", "2015")]),
  P("Pavel Filip", [], [pm("MD", "2016-01-20", "2019-06-08")]),
  P("Ion Chicu", [], [pm("MD", "2019-11-14", "2020")]),
  P("Natalia Gavrilița", ["Natalia Gavrilita"], [pm("MD", "2021-08-06", "2023-02-16")]),
  P("Dorin Recean", [], [pm("MD", "2023-02-16", "2025")]),
  P("Alexandru Munteanu", [], [pm("MD", "2025")]),
  P("Andrei Stratan", [], [fm("MD", "2004", "2009")]),
  P("Natalia Gherman", [], [fm("MD", "2013", "2016")]),
  P("Nicu Popescu", [], [fm("MD", "2019-06-08", "2019-11-14"), fm("MD", "2021-08-06", "2024-01-29")]),
  P("Mihai Popșoi", ["Mihai Popsoi"], [fm("MD", "2024-01-29")]),

  // Armenia.
  P("Robert Kocharyan", ["Robert Kocharian"], [pres("AM", "1998-04-09", "2008-04-09")]),
  P("Serzh Sargsyan", ["Serzh Sargsian", "Serzh Sarkisian", "Serzh Sarkisyan", "Serge Sarkissian"], [
    pm("AM", "2007-04-04", "2008-04-09"),
    pres("AM", "2008-04-09", "2018-04-09"),
    pm("AM", "2018-04-17", "2018-04-23"),
  ]),
  P("Armen Sarkissian", ["Armen Sargsyan", "Armen Sarkisyan"], [pm("AM", "1996", "1997"), pres("AM", "2018-04-09", "2022-02-01")]),
  P("Vahagn Khachaturyan", ["Vahagn Khachaturian"], [pres("AM", "2022-03-13")]),
  P("Andranik Margaryan", ["Andranik Margarian"], [pm("AM", "2000-05-12", "2007-03-25")]),
  P("Tigran Sargsyan", ["Tigran Sargsian", "Tigran Sarkisian", "Tigran Sarkisyan"], [
    pm("AM", "2008-04-09", "2014-04-13"),
    O("Chairman of the Board", "EEC", "2016-02-01", "2020-01-31"),
  ]),
  P("Hovik Abrahamyan", ["Hovik Abrahamian"], [pm("AM", "2014-04-13", "2016-09-08")]),
  P("Karen Karapetyan", ["Karen Karapetian"], [pm("AM", "2016-09-13", "2018-04-09"), S("Acting Prime Minister", "AM", "2018-04-23", "2018-05-08")]),
  P("Nikol Pashinyan", ["Nikol Pashinian", "Nikol Vovayi Pashinyan"], [pm("AM", "2018-05-08")]),
  P("Vartan Oskanian", ["Vardan Oskanyan"], [fm("AM", "1998-04-22", "2008-04-24")]),
  P("Edward Nalbandian", ["Edward Nalbandyan", "Eduard Nalbandyan"], [fm("AM", "2008-04-24", "2018-05-12")]),
  P("Zohrab Mnatsakanyan", ["Zohrab Mnatsakanian"], [fm("AM", "2018-05-12", "2020-11-16")]),
  P("Ara Aivazian", ["Ara Ayvazyan"], [fm("AM", "2020-11-18", "2021")]),
  P("Ararat Mirzoyan", ["Ararat Mirzoian"], [fm("AM", "2021-08-19")]),
  P("Yuri Khachaturov", ["Yury Khachaturov", "Yuriy Khachaturov"], [
    S("Chief of the General Staff of the Armed Forces", "AM", "2008", "2016"),
    O("Secretary General", "CSTO", "2017", "2018"),
  ]),
  P("Alen Simonyan", ["Alen Simonian"], [S("President of the National Assembly", "AM", "2021-08-02")]),

  // Azerbaijan.
  P("Heydar Aliyev", ["Heydar Aliev", "Geidar Aliev"], [pres("AZ", "1993", "2003-10-31")]),
  P("Ilham Aliyev", ["Ilham Aliev", "Ilham Heydar oglu Aliyev"], [
    pm("AZ", "2003-08-04", "2003-10-31"),
    pres("AZ", "2003-10-31"),
  ]),
  P("Mehriban Aliyeva", ["Mehriban Alieva"], [S("First Vice-President", "AZ", "2017-02-21")]),
  P("Artur Rasizade", [], [pm("AZ", "1996", "2003-08-04"), pm("AZ", "2003-11-04", "2018-04-21")]),
  P("Novruz Mammadov", ["Novruz Mamedov"], [pm("AZ", "2018-04-21", "2019-10-08")]),
  P("Ali Asadov", [], [pm("AZ", "2019-10-08")]),
  P("Vilayat Guliyev", ["Vilayat Guliev"], [fm("AZ", "1999", "2004-04-02")]),
  P("Elmar Mammadyarov", ["Elmar Mamedyarov", "Elmar Mammadiarov"], [fm("AZ", "2004-04-02", "2020-07-16")]),
  P("Jeyhun Bayramov", ["Ceyhun Bayramov", "Dzheyhun Bayramov"], [fm("AZ", "2020-07-16")]),

  // Georgia.
  P("Eduard Shevardnadze", [], [pres("GE", "1995-11-26", "2003-11-23")]),
  P("Nino Burjanadze", [], [
    S("Acting President", "GE", "2003-11-23", "2004-01-25"),
    S("Acting President", "GE", "2007-11-25", "2008-01-20"),
  ]),
  P("Mikheil Saakashvili", ["Mikhail Saakashvili"], [
    pres("GE", "2004-01-25", "2007-11-25"),
    pres("GE", "2008-01-20", "2013-11-17"),
  ]),
  P("Giorgi Margvelashvili", [], [pres("GE", "2013-11-17", "2018-12-16")]),
  P("Salome Zourabichvili", ["Salome Zurabishvili"], [
    fm("GE", "2004-03-20", "2005-10-19"),
    pres("GE", "2018-12-16", "2024-12-29"),
  ]),
  P("Mikheil Kavelashvili", ["Mikhail Kavelashvili"], [pres("GE", "2024-12-29")]),
  P("Zurab Zhvania", [], [pm("GE", "2004-02-17", "2005-02-03")]),
  P("Zurab Noghaideli", ["Zurab Nogaideli"], [pm("GE", "2005-02-17", "2007-11-16")]),
  P("Lado Gurgenidze", [], [pm("GE", "2007-11-22", "2008-11-01")]),
  P("Nika Gilauri", [], [pm("GE", "2009-02-06", "2012-07-04")]),
  P("Bidzina Ivanishvili", [], [pm("GE", "2012-10-25", "2013-11-20")]),
  P("Irakli Garibashvili", ["Irakli Gharibashvili"], [
    pm("GE", "2013-11-20", "2015-12-30"),
    S("Minister of Defence", "GE", "2019-09-08", "2021-02-22"),
    pm("GE", "2021-02-22", "2024-01-29"),
  ]),
  P("Giorgi Kvirikashvili", [], [fm("GE", "2015", "2015"), pm("GE", "2015-12-30", "2018-06-20")]),
  P("Mamuka Bakhtadze", [], [pm("GE", "2018-06-20", "2019-09-02")]),
  P("Giorgi Gakharia", [], [pm("GE", "2019-09-08", "2021-02-18")]),
  P("Irakli Kobakhidze", [], [pm("GE", "2024-02-08")]),
  P("Gela Bezhuashvili", [], [fm("GE", "2005", "2008")]),
  P("Grigol Vashadze", [], [fm("GE", "2008", "2012")]),
  P("Maia Panjikidze", [], [fm("GE", "2012", "2014")]),
  P("Mikheil Janelidze", [], [fm("GE", "2015", "2018")]),
  P("David Zalkaliani", ["Davit Zalkaliani"], [fm("GE", "2018", "2022")]),
  P("Ilia Darchiashvili", [], [fm("GE", "2022", "2024")]),
  P("Maka Botchorishvili", [], [fm("GE", "2024")]),

  // Kazakhstan.
  P("Nursultan Nazarbayev", ["Nursultan Nazarbaev", "Nursultan Abishevich Nazarbayev"], [
    pres("KZ", "1991-12-16", "2019-03-20"),
    S("Chairman of the Security Council", "KZ", "2019-03-20", "2022-01-05"),
  ]),
  P("Kassym-Jomart Tokayev", [
    "Kasym-Jomart Tokayev", "Kassym-Zhomart Tokayev", "Kassym-Jomart Tokaev", "Kasym-Zhomart Tokaev",
    "Kassym-Jomart Kemeluly Tokayev",
  ], [
    fm("KZ", "1994", "1999-10-01"),
    pm("KZ", "1999-10-01", "2002-01-28"),
    fm("KZ", "2002-01-28", "2007-01-11"),
    S("Chairman of the Senate", "KZ", "2007-01-11", "2011"),
    O("Director-General of the United Nations Office at Geneva", "UN", "2011", "2013"),
    S("Chairman of the Senate", "KZ", "2013-10-16", "2019-03-19"),
    pres("KZ", "2019-03-20"),
  ]),
  P("Imangali Tasmagambetov", ["Imangaly Tasmagambetov"], [
    pm("KZ", "2002-01-28", "2003-06-13"),
    S("Akim of Almaty", "KZ", "2004", "2008"),
    S("Akim of Astana", "KZ", "2008", "2014"),
    S("Minister of Defence", "KZ", "2014", "2016"),
    O("Secretary General", "CSTO", "2023-01-01", "2025-12-31"),
  ]),
  P("Daniyal Akhmetov", ["Danial Akhmetov"], [pm("KZ", "2003-06-13", "2007-01-09")]),
  P("Karim Massimov", ["Karim Masimov"], [
    pm("KZ", "2007-01-10", "2012-09-24"),
    S("Head of the Presidential Administration", "KZ", "2012", "2014"),
    pm("KZ", "2014-04-02", "2016-09-08"),
    S("Chairman of the National Security Committee", "KZ", "2016-09-08", "2022-01-06"),
  ]),
  P("Serik Akhmetov", [], [pm("KZ", "2012-09-24", "2014-04-02")]),
  P("Bakhytzhan Sagintayev", ["Bakytzhan Sagintayev", "Bakhytzhan Sagintaev", "Bakytzhan Sagintaev"], [
    pm("KZ", "2016-09-09", "2019-02-21"),
    S("Akim of Almaty", "KZ", "2019", "2022"),
    O("Chairman of the Board", "EEC", "2024"),
  ]),
  P("Askar Mamin", [], [pm("KZ", "2019-02-25", "2022-01-05")]),
  P("Alikhan Smailov", [], [pm("KZ", "2022-01-05", "2024-02-05")]),
  P("Olzhas Bektenov", ["Oljas Bektenov"], [pm("KZ", "2024-02-06")]),
  P("Yerlan Idrissov", ["Erlan Idrissov", "Yerlan Idrisov"], [fm("KZ", "1999-10-01", "2002-01-28"), fm("KZ", "2012-09-28", "2016-09-09")]),
  P("Marat Tazhin", [], [fm("KZ", "2007-01-10", "2009")]),
  P("Kanat Saudabayev", ["Kanat Saudabaev"], [fm("KZ", "2009", "2011"), cio("2010")]),
  P("Yerzhan Kazykhanov", ["Erzhan Kazykhanov"], [fm("KZ", "2011", "2012")]),
  P("Kairat Abdrakhmanov", [], [fm("KZ", "2016-09-09", "2018-12-26")]),
  P("Beibut Atamkulov", ["Beibit Atamkulov"], [fm("KZ", "2018-12-26", "2019-09-18")]),
  P("Mukhtar Tileuberdi", [], [fm("KZ", "2019-09-18", "2023")]),
  P("Murat Nurtleu", [], [fm("KZ", "2023", "2025")]),
  P("Yermek Kosherbayev", ["Ermek Kosherbayev", "Yermek Kosherbaev"], [fm("KZ", "2025")]),
  P("Nurlan Yermekbayev", ["Nurlan Ermekbayev", "Nurlan Yermekbaev", "Nurlan Ermekbaev"], [
    S("Minister of Defence", "KZ", "2018", "2021"),
    O("Secretary-General", "SCO", "2025-01-01"),
  ]),
  P("Bolat Nurgaliyev", ["Bolat Nurgaliev"], [O("Secretary-General", "SCO", "2007-01-01", "2009-12-31")]),
  P("Maulen Ashimbayev", ["Maulen Ashimbaev"], [S("Chairman of the Senate", "KZ", "2020-05-04")]),

  // Kyrgyzstan.
  P("Askar Akayev", ["Askar Akaev"], [pres("KG", "1990", "2005-04-04")]),
  P("Kurmanbek Bakiyev", ["Kurmanbek Bakiev"], [
    pm("KG", "2000-12-21", "2002-05-22"),
    pres("KG", "2005-08-14", "2010-04-15"),
  ]),
  P("Roza Otunbayeva", ["Roza Otunbaeva"], [pres("KG", "2010-07-03", "2011-12-01")]),
  P("Almazbek Atambayev", ["Almazbek Atambaev"], [
    pm("KG", "2007-03-30", "2007-11-28"),
    pm("KG", "2010-12-17", "2011-12-01"),
    pres("KG", "2011-12-01", "2017-11-24"),
  ]),
  P("Sooronbay Jeenbekov", ["Sooronbai Jeenbekov", "Sooronbay Zheenbekov"], [
    pm("KG", "2016-04-13", "2017-08-22"),
    pres("KG", "2017-11-24", "2020-10-15"),
  ]),
  P("Sadyr Japarov", ["Sadyr Zhaparov", "Sadyr Dzhaparov", "Sadyr Nurgozhoevich Japarov"], [
    pm("KG", "2020-10-10", "2020-11-14"),
    S("Acting President", "KG", "2020-10-16", "2020-11-14"),
    pres("KG", "2021-01-28"),
  ]),
  P("Talant Mamytov", [], [S("Acting President", "KG", "2020-11-14", "2021-01-28")]),
  P("Felix Kulov", ["Feliks Kulov"], [pm("KG", "2005-09-01", "2006-12-19")]),
  P("Omurbek Babanov", [], [pm("KG", "2011-12-23", "2012-09-01")]),
  P("Zhantoro Satybaldiyev", ["Jantoro Satybaldiev", "Zhantoro Satybaldiev"], [pm("KG", "2012-09-05", "2014-03-25")]),
  P("Djoomart Otorbaev", ["Joomart Otorbaev", "Dzhoomart Otorbaev"], [pm("KG", "2014-04-03", "2015-04-23")]),
  P("Temir Sariyev", ["Temir Sariev"], [pm("KG", "2015-05-02", "2016-04-11")]),
  P("Sapar Isakov", [], [pm("KG", "2017-08-26", "2018-04-19")]),
  P("Mukhammedkalyi Abylgaziev", ["Muhammetkaliy Abulgaziev", "Mukhammedkaly Abylgaziev"], [pm("KG", "2018-04-20", "2020-06-15")]),
  P("Kubatbek Boronov", [], [pm("KG", "2020-06-17", "2020-10-06")]),
  P("Ulukbek Maripov", [], [S("Chairman of the Cabinet of Ministers", "KG", "2021-02-03", "2021-10-12")]),
  P("Akylbek Japarov", ["Akylbek Zhaparov", "Akylbek Dzhaparov"], [S("Chairman of the Cabinet of Ministers", "KG", "2021-10-12", "2024-12-16")]),
  P("Adylbek Kasymaliev", ["Adylbek Kasymaliyev"], [S("Chairman of the Cabinet of Ministers", "KG", "2024-12-16")]),
  P("Muratbek Imanaliyev", ["Muratbek Imanaliev"], [fm("KG", "1997", "2002"), O("Secretary-General", "SCO", "2010-01-01", "2012-12-31")]),
  P("Askar Aitmatov", [], [fm("KG", "2002", "2005")]),
  P("Kadyrbek Sarbayev", ["Kadyrbek Sarbaev"], [fm("KG", "2009", "2010")]),
  P("Ruslan Kazakbaev", ["Ruslan Kazakbayev"], [fm("KG", "2010", "2012"), fm("KG", "2020", "2022")]),
  P("Erlan Abdyldayev", ["Erlan Abdyldaev"], [fm("KG", "2012", "2018")]),
  P("Chingiz Aidarbekov", ["Chingiz Aydarbekov"], [fm("KG", "2018", "2020")]),
  P("Jeenbek Kulubaev", ["Zheenbek Kulubaev", "Jeenbek Kulubayev"], [fm("KG", "2022")]),

  // Tajikistan.
  P("Emomali Rahmon", ["Emomali Rakhmon", "Emomali Rahmonov", "Emomali Rakhmonov", "Emomalii Rahmon"], [
    pres("TJ", "1994-11-16"),
  ]),
  P("Akil Akilov", ["Oqil Oqilov", "Aqil Aqilov"], [pm("TJ", "1999-12-20", "2013-11-23")]),
  P("Kokhir Rasulzoda", ["Qohir Rasulzoda", "Kohir Rasulzoda", "Kokhir Rasulzade"], [pm("TJ", "2013-11-23")]),
  P("Rustam Emomali", ["Rustami Emomali"], [
    S("Chairman of the National Assembly", "TJ", "2020-04-17"),
    S("Mayor of Dushanbe", "TJ", "2017-01-12"),
  ]),
  P("Mahmadsaid Ubaydulloev", ["Makhmadsaid Ubaidulloev"], [S("Chairman of the National Assembly", "TJ", "2000", "2020")]),
  P("Talbak Nazarov", [], [fm("TJ", "1994", "2006")]),
  P("Hamrokhon Zarifi", ["Khamrokhon Zarifi"], [fm("TJ", "2006", "2013-11-28")]),
  P("Sirojiddin Muhriddin", ["Sirodjidin Mukhriddin", "Sirojiddin Mukhriddin", "Sirodjidin Aslov", "Sirojiddin Aslov"], [
    fm("TJ", "2013-11-28"),
  ]),
  P("Rashid Alimov", [], [O("Secretary-General", "SCO", "2016-01-01", "2018-12-31")]),

  // Uzbekistan.
  P("Islam Karimov", ["Islom Karimov"], [pres("UZ", "1991-09-01", "2016-09-02")]),
  P("Shavkat Mirziyoyev", ["Shavkat Mirziyoev", "Shavkat Mirzijojev", "Shavkat Miromonovich Mirziyoyev"], [
    pm("UZ", "2003-12-12", "2016-12-14"),
    S("Acting President", "UZ", "2016-09-08", "2016-12-14"),
    pres("UZ", "2016-12-14"),
  ]),
  P("Utkir Sultanov", ["Otkir Sultonov"], [pm("UZ", "1995", "2003-12-12")]),
  P("Abdulla Aripov", [], [pm("UZ", "2016-12-14")]),
  P("Abdulaziz Komilov", ["Abdulaziz Kamilov"], [fm("UZ", "1994", "2003"), fm("UZ", "2012", "2022")]),
  P("Sodiq Safoyev", ["Sadyk Safaev", "Sodiq Safoev"], [fm("UZ", "2003", "2005")]),
  P("Elyor Ganiev", ["Elyor Ganiyev"], [fm("UZ", "2005", "2006"), fm("UZ", "2010", "2012")]),
  P("Vladimir Norov", ["Vladimir Imamovich Norov"], [
    fm("UZ", "2006", "2010"),
    O("Secretary-General", "SCO", "2019-01-01", "2021-12-31"),
    S("Acting Minister of Foreign Affairs", "UZ", "2022", "2023"),
  ]),
  P("Bakhtiyor Saidov", ["Bakhtiyar Saidov"], [fm("UZ", "2023")]),

  // Turkmenistan.
  P("Saparmurat Niyazov", ["Saparmurat Nijazov", "Turkmenbashi"], [pres("TM", "1990", "2006-12-21")]),
  P("Gurbanguly Berdimuhamedow", [
    "Gurbanguly Berdymukhammedov", "Gurbanguly Berdimuhamedov", "Gurbanguly Berdymukhamedov",
    "Gurbanguli Berdimuhammedov", "Gurbanguly Mälikgulyýewiç Berdimuhamedow",
  ], [
    S("Acting President", "TM", "2006-12-21", "2007-02-14"),
    pres("TM", "2007-02-14", "2022-03-19"),
    S("Chairman of the Halk Maslahaty", "TM", "2021-04-14"),
  ]),
  P("Serdar Berdimuhamedow", ["Serdar Berdymukhammedov", "Serdar Berdimuhamedov", "Serdar Berdymukhamedov"], [
    pres("TM", "2022-03-19"),
  ]),
  P("Rashid Meredov", ["Rashit Meredow", "Rashid Meredow", "Rashit Meredov"], [fm("TM", "2001")]),
  P("Batyr Berdiyev", ["Batyr Berdiev"], [fm("TM", "2000", "2001")]),

  // China.
  P("Jiang Zemin", [], [pres("CN", "1993-03-27", "2003-03-15")], ["Jiang"]),
  P("Hu Jintao", [], [pres("CN", "2003-03-15", "2013-03-14")], ["Hu"]),
  P("Xi Jinping", [], [
    S("Vice President", "CN", "2008-03-15", "2013-03-14"),
    pres("CN", "2013-03-14"),
  ], ["Xi"]),
  P("Zeng Qinghong", [], [S("Vice President", "CN", "2003-03-15", "2008-03-15")], ["Zeng"]),
  P("Li Yuanchao", [], [S("Vice President", "CN", "2013-03-14", "2018-03-17")], ["Li"]),
  P("Wang Qishan", [], [S("Vice President", "CN", "2018-03-17", "2023-03-10")], ["Wang"]),
  P("Han Zheng", [], [S("Vice President", "CN", "2023-03-10")], ["Han"]),
  P("Zhu Rongji", [], [S("Premier", "CN", "1998-03-17", "2003-03-16")], ["Zhu"]),
  P("Wen Jiabao", [], [S("Premier", "CN", "2003-03-16", "2013-03-15")], ["Wen"]),
  P("Li Keqiang", [], [S("Premier", "CN", "2013-03-15", "2023-03-11")], ["Li"]),
  P("Li Qiang", [], [S("Premier", "CN", "2023-03-11")], ["Li"]),
  P("Tang Jiaxuan", [], [fm("CN", "1998-03-18", "2003-03-17"), S("State Councilor", "CN", "2003-03-17", "2008-03-17")], ["Tang"]),
  P("Li Zhaoxing", [], [fm("CN", "2003-03-17", "2007-04-27")], ["Li"]),
  P("Yang Jiechi", [], [
    fm("CN", "2007-04-27", "2013-03-16"),
    S("State Councilor", "CN", "2013-03-16", "2018-03-19"),
    S("Director of the Office of the Central Foreign Affairs Commission", "CN", "2018", "2022"),
  ], ["Yang"]),
  P("Wang Yi", [], [
    fm("CN", "2013-03-16", "2022-12-30"),
    fm("CN", "2023-07-25"),
    S("Director of the Office of the Central Foreign Affairs Commission", "CN", "2023-01-01"),
  ], ["Wang"]),
  P("Qin Gang", [], [fm("CN", "2022-12-30", "2023-07-25")], ["Qin"]),
  P("Zhang Deguang", [], [O("Secretary-General", "SCO", "2004-01-15", "2006-12-31")], ["Zhang"]),
  P("Zhang Ming", [], [O("Secretary-General", "SCO", "2022-01-01", "2024-12-31")], ["Zhang"]),

  // Japan.
  P("Akihito", ["Emperor Akihito"], [S("Emperor", "JP", "1989-01-07", "2019-04-30")], ["Akihito"]),
  P("Naruhito", ["Emperor Naruhito"], [S("Emperor", "JP", "2019-05-01")], ["Naruhito"]),
  P("Yoshiro Mori", ["Mori Yoshiro"], [pm("JP", "2000-04-05", "2001-04-26")], ["Mori"]),
  P("Junichiro Koizumi", ["Koizumi Junichiro", "Jun'ichiro Koizumi"], [pm("JP", "2001-04-26", "2006-09-26")], ["Koizumi"]),
  P("Shinzo Abe", ["Abe Shinzo", "Shinzō Abe"], [
    pm("JP", "2006-09-26", "2007-09-26"),
    pm("JP", "2012-12-26", "2020-09-16"),
  ], ["Abe"]),
  P("Yasuo Fukuda", ["Fukuda Yasuo"], [pm("JP", "2007-09-26", "2008-09-24")], ["Fukuda"]),
  P("Taro Aso", ["Aso Taro", "Tarō Asō"], [pm("JP", "2008-09-24", "2009-09-16")], ["Aso"]),
  P("Yukio Hatoyama", ["Hatoyama Yukio"], [pm("JP", "2009-09-16", "2010-06-08")], ["Hatoyama"]),
  P("Naoto Kan", ["Kan Naoto"], [pm("JP", "2010-06-08", "2011-09-02")], ["Kan"]),
  P("Yoshihiko Noda", ["Noda Yoshihiko"], [pm("JP", "2011-09-02", "2012-12-26")], ["Noda"]),
  P("Yoshihide Suga", ["Suga Yoshihide"], [pm("JP", "2020-09-16", "2021-10-04")], ["Suga"]),
  P("Fumio Kishida", ["Kishida Fumio"], [
    fm("JP", "2012-12-26", "2017-08-03"),
    pm("JP", "2021-10-04", "2024-10-01"),
  ], ["Kishida"]),
  P("Shigeru Ishiba", ["Ishiba Shigeru"], [pm("JP", "2024-10-01", "2025-10-21")], ["Ishiba"]),
  P("Sanae Takaichi", ["Takaichi Sanae"], [pm("JP", "2025-10-21")], ["Takaichi"]),
  P("Taro Kono", ["Kono Taro", "Tarō Kōno"], [fm("JP", "2017-08-03", "2019-09-11"), S("Minister of Defence", "JP", "2019-09-11", "2020-09-16")], ["Kono"]),
  P("Toshimitsu Motegi", ["Motegi Toshimitsu"], [fm("JP", "2019-09-11", "2021-11-10"), fm("JP", "2025-10-21")], ["Motegi"]),
  P("Yoshimasa Hayashi", ["Hayashi Yoshimasa"], [
    fm("JP", "2021-11-10", "2023-09-13"),
    S("Chief Cabinet Secretary", "JP", "2023-12-14", "2025-10-21"),
  ], ["Hayashi"]),
  P("Yoko Kamikawa", ["Kamikawa Yoko"], [fm("JP", "2023-09-13", "2024-10-01")], ["Kamikawa"]),
  P("Takeshi Iwaya", ["Iwaya Takeshi"], [fm("JP", "2024-10-01", "2025-10-21")], ["Iwaya"]),

  // Korea.
  P("Kim Dae-jung", ["Kim Dae Jung", "Kim Daejung"], [pres("KR", "1998-02-25", "2003-02-24")], ["Kim"]),
  P("Roh Moo-hyun", ["Roh Moo Hyun", "No Mu-hyeon"], [pres("KR", "2003-02-25", "2008-02-24")], ["Roh"]),
  P("Lee Myung-bak", ["Lee Myung Bak"], [pres("KR", "2008-02-25", "2013-02-24")], ["Lee"]),
  P("Park Geun-hye", ["Park Geun Hye", "Pak Geun-hye"], [pres("KR", "2013-02-25", "2017-03-10")], ["Park"]),
  P("Hwang Kyo-ahn", ["Hwang Kyo Ahn"], [
    pm("KR", "2015-06-18", "2017-05-11"),
    S("Acting President", "KR", "2016-12-09", "2017-05-10"),
  ], ["Hwang"]),
  P("Moon Jae-in", ["Moon Jae In", "Moon Jaein", "Mun Jae-in"], [pres("KR", "2017-05-10", "2022-05-09")], ["Moon"]),
  P("Yoon Suk Yeol", ["Yoon Suk-yeol", "Yun Seok-yeol", "Yoon Seok-youl"], [pres("KR", "2022-05-10", "2025-04-04")], ["Yoon"]),
  P("Lee Jae-myung", ["Lee Jae Myung", "Lee Jaemyung"], [pres("KR", "2025-06-04")], ["Lee"]),
  P("Han Duck-soo", ["Han Duck Soo", "Han Deok-su"], [
    pm("KR", "2007-04-03", "2008-02-28"),
    pm("KR", "2022-05-21", "2025-05-01"),
    S("Acting President", "KR", "2024-12-14", "2024-12-27"),
    S("Acting President", "KR", "2025-03-24", "2025-05-01"),
  ], ["Han"]),
  P("Choi Sang-mok", ["Choi Sang Mok"], [S("Acting President", "KR", "2024-12-27", "2025-03-24")], ["Choi"]),
  P("Lee Nak-yon", ["Lee Nak-yeon", "Lee Nak Yon"], [pm("KR", "2017-05-31", "2020-01-14")], ["Lee"]),
  P("Chung Sye-kyun", ["Chung Sye Kyun"], [pm("KR", "2020-01-14", "2021-04-16")], ["Chung"]),
  P("Kim Boo-kyum", ["Kim Boo Kyum"], [pm("KR", "2021-05-14", "2022-05-11")], ["Kim"]),
  P("Kim Min-seok", ["Kim Min Seok"], [pm("KR", "2025-07-03")], ["Kim"]),
  P("Ban Ki-moon", ["Ban Ki Moon", "Ban Kimoon"], [
    fm("KR", "2004-01-17", "2006-11-09"),
    O("Secretary-General", "UN", "2007-01-01", "2016-12-31"),
  ], ["Ban"]),
  P("Yun Byung-se", ["Yun Byung Se"], [fm("KR", "2013-03-11", "2017-06-18")], ["Yun"]),
  P("Kang Kyung-wha", ["Kang Kyung Wha"], [fm("KR", "2017-06-18", "2021-02-08")], ["Kang"]),
  P("Chung Eui-yong", ["Chung Eui Yong"], [
    S("Director of National Security", "KR", "2017-05-21", "2020-07-03"),
    fm("KR", "2021-02-09", "2022-05-11"),
  ], ["Chung"]),
  P("Park Jin", [], [fm("KR", "2022-05-12", "2024-01-10")], ["Park"]),
  P("Cho Tae-yul", ["Cho Tae Yul"], [fm("KR", "2024-01-10", "2025")], ["Cho"]),
  P("Cho Hyun", [], [fm("KR", "2025-07-19")], ["Cho"]),
  P("Kim Jong-il", ["Kim Jong Il"], [S("Chairman of the National Defence Commission", "KP", "1993", "2011-12-17")], ["Kim"]),
  P("Kim Jong-un", ["Kim Jong Un", "Kim Jong-eun", "Kim Jongun"], [
    S("Supreme Leader", "KP", "2011-12-17", "2016-06-28"),
    S("Chairman of the State Affairs Commission", "KP", "2016-06-29"),
  ], ["Kim"]),
  P("Kim Yong-nam", ["Kim Yong Nam"], [S("President of the Presidium of the Supreme People's Assembly", "KP", "1998-09-05", "2019-04-11")], ["Kim"]),
  P("Ri Yong-ho", ["Ri Yong Ho"], [fm("KP", "2016", "2020")], ["Ri"]),
  P("Ri Son-gwon", ["Ri Son Gwon"], [fm("KP", "2020", "2022")], ["Ri"]),
  P("Choe Son-hui", ["Choe Son Hui", "Choe Son-hi"], [fm("KP", "2022")], ["Choe"]),

  // Mongolia.
  P("Natsagiin Bagabandi", ["Natsag Bagabandi"], [pres("MN", "1997-06-20", "2005-06-24")], ["Bagabandi"]),
  P("Nambaryn Enkhbayar", ["Nambar Enkhbayar", "Enkhbayar Nambar"], [
    pm("MN", "2000-07-26", "2004-08-20"),
    pres("MN", "2005-06-24", "2009-06-18"),
  ], ["Enkhbayar"]),
  P("Tsakhiagiin Elbegdorj", ["Tsakhia Elbegdorj", "Elbegdorj Tsakhia"], [
    pm("MN", "2004-08-20", "2006-01-25"),
    pres("MN", "2009-06-18", "2017-07-10"),
  ], ["Elbegdorj"]),
  P("Khaltmaagiin Battulga", ["Khaltmaa Battulga", "Battulga Khaltmaa"], [pres("MN", "2017-07-10", "2021-06-25")], ["Battulga"]),
  P("Ukhnaagiin Khürelsükh", ["Ukhnaa Khurelsukh", "Khurelsukh Ukhnaa", "Ukhnaagiin Khurelsukh"], [
    pm("MN", "2017-10-04", "2021-01-27"),
    pres("MN", "2021-06-25"),
  ], ["Khurelsukh"]),
  P("Sükhbaataryn Batbold", ["Sukhbaatar Batbold", "Batbold Sukhbaatar"], [pm("MN", "2009-10-29", "2012-08-10")], ["Batbold"]),
  P("Norovyn Altankhuyag", ["Norov Altankhuyag"], [pm("MN", "2012-08-10", "2014-11-05")], ["Altankhuyag"]),
  P("Chimediin Saikhanbileg", ["Chimed Saikhanbileg"], [pm("MN", "2014-11-21", "2016-07-07")], ["Saikhanbileg"]),
  P("Jargaltulgyn Erdenebat", ["Jargaltulga Erdenebat"], [pm("MN", "2016-07-08", "2017-09-07")], ["Erdenebat"]),
  P("Luvsannamsrain Oyun-Erdene", ["Oyun-Erdene Luvsannamsrai", "Luvsannamsrai Oyun-Erdene"], [pm("MN", "2021-01-27", "2025")], ["Oyun-Erdene"]),
  P("Gombojavyn Zandanshatar", ["Gombojav Zandanshatar", "Zandanshatar Gombojav"], [pm("MN", "2025")], ["Zandanshatar"]),

  // India.
  P("K. R. Narayanan", ["Kocheril Raman Narayanan", "K.R. Narayanan"], [pres("IN", "1997-07-25", "2002-07-25")]),
  P("A. P. J. Abdul Kalam", ["APJ Abdul Kalam", "A.P.J. Abdul Kalam", "Abdul Kalam"], [pres("IN", "2002-07-25", "2007-07-25")], ["Kalam"]),
  P("Pratibha Patil", ["Pratibha Devisingh Patil"], [pres("IN", "2007-07-25", "2012-07-25")]),
  P("Pranab Mukherjee", [], [
    S("Minister of Defence", "IN", "2004-05-22", "2006-10-24"),
    S("Minister of External Affairs", "IN", "2006-10-24", "2009-05-22"),
    S("Minister of Finance", "IN", "2009-01-24", "2012-06-26"),
    pres("IN", "2012-07-25", "2017-07-25"),
  ]),
  P("Ram Nath Kovind", [], [pres("IN", "2017-07-25", "2022-07-25")]),
  P("Droupadi Murmu", ["Draupadi Murmu"], [pres("IN", "2022-07-25")]),
  P("Atal Bihari Vajpayee", ["Atal Vajpayee"], [pm("IN", "1998-03-19", "2004-05-22")]),
  P("Manmohan Singh", [], [pm("IN", "2004-05-22", "2014-05-26")]),
  P("Narendra Modi", ["Narendra Damodardas Modi"], [pm("IN", "2014-05-26")]),
  P("Jaswant Singh", [], [S("Minister of External Affairs", "IN", "1998-12-05", "2002-07-01")]),
  P("Yashwant Sinha", [], [S("Minister of External Affairs", "IN", "2002-07-01", "2004-05-22")]),
  P("Natwar Singh", ["K. Natwar Singh"], [S("Minister of External Affairs", "IN", "2004-05-22", "2005-12-06")]),
  P("S. M. Krishna", ["S.M. Krishna", "Somanahalli Mallaiah Krishna"], [S("Minister of External Affairs", "IN", "2009-05-22", "2012-10-28")]),
  P("Salman Khurshid", [], [S("Minister of External Affairs", "IN", "2012-10-28", "2014-05-26")]),
  P("Sushma Swaraj", [], [S("Minister of External Affairs", "IN", "2014-05-26", "2019-05-30")]),
  P("Subrahmanyam Jaishankar", ["S. Jaishankar", "Jaishankar Subrahmanyam"], [
    S("Foreign Secretary", "IN", "2015-01-29", "2018-01-28"),
    S("Minister of External Affairs", "IN", "2019-05-30"),
  ]),
  P("Ajit Doval", [], [S("National Security Adviser", "IN", "2014-05-30")]),

  // Pakistan.
  P("Pervez Musharraf", [], [
    S("Chief Executive", "PK", "1999-10-12", "2002-11-23"),
    pres("PK", "2001-06-20", "2008-08-18"),
  ]),
  P("Asif Ali Zardari", ["Asif Zardari"], [pres("PK", "2008-09-09", "2013-09-09"), pres("PK", "2024-03-10")]),
  P("Mamnoon Hussain", [], [pres("PK", "2013-09-09", "2018-09-09")]),
  P("Arif Alvi", [], [pres("PK", "2018-09-09", "2024-03-10")]),
  P("Zafarullah Khan Jamali", ["Mir Zafarullah Khan Jamali"], [pm("PK", "2002-11-23", "2004-06-26")]),
  P("Shaukat Aziz", [], [pm("PK", "2004-08-28", "2007-11-16")]),
  P("Yousaf Raza Gillani", ["Yousuf Raza Gilani", "Syed Yousaf Raza Gillani"], [pm("PK", "2008-03-25", "2012-06-19")]),
  P("Raja Pervez Ashraf", ["Raja Pervaiz Ashraf"], [pm("PK", "2012-06-22", "2013-03-25")]),
  P("Nawaz Sharif", ["Mian Muhammad Nawaz Sharif", "Muhammad Nawaz Sharif"], [pm("PK", "2013-06-05", "2017-07-28")]),
  P("Shahid Khaqan Abbasi", [], [pm("PK", "2017-08-01", "2018-05-31")]),
  P("Imran Khan", ["Imran Ahmed Khan Niazi"], [pm("PK", "2018-08-18", "2022-04-10")]),
  P("Shehbaz Sharif", ["Shahbaz Sharif", "Muhammad Shehbaz Sharif"], [pm("PK", "2022-04-11", "2023-08-14"), pm("PK", "2024-03-04")]),
  P("Anwaar-ul-Haq Kakar", ["Anwar-ul-Haq Kakar", "Anwaar ul Haq Kakar"], [pm("PK", "2023-08-14", "2024-03-04")]),
  P("Khurshid Mahmud Kasuri", ["Khurshid Kasuri"], [fm("PK", "2002-11-23", "2007-11-15")]),
  P("Shah Mehmood Qureshi", ["Shah Mahmood Qureshi"], [fm("PK", "2008-03-31", "2011-02-11"), fm("PK", "2018-08-20", "2022-04-10")]),
  P("Hina Rabbani Khar", [], [fm("PK", "2011", "2013-03-16")]),
  P("Sartaj Aziz", [], [S("Adviser to the Prime Minister on Foreign Affairs", "PK", "2013", "2017")]),
  P("Khawaja Muhammad Asif", ["Khawaja Asif"], [fm("PK", "2017-08-04", "2018-04-26"), S("Minister of Defence", "PK", "2024-03-11")]),
  P("Bilawal Bhutto Zardari", ["Bilawal Bhutto"], [fm("PK", "2022-04-27", "2023-08-10")]),
  P("Jalil Abbas Jilani", [], [fm("PK", "2023-08-17", "2024-03-04")]),
  P("Ishaq Dar", ["Muhammad Ishaq Dar"], [fm("PK", "2024-03-11")]),
  P("Asim Munir", ["Syed Asim Munir"], [S("Chief of Army Staff", "PK", "2022-11-29")]),

  // Afghanistan.
  P("Hamid Karzai", [], [
    S("Chairman of the Interim Administration", "AF", "2001-12-22", "2002-06-19"),
    pres("AF", "2002-06-19", "2014-09-29"),
  ]),
  P("Ashraf Ghani", ["Mohammad Ashraf Ghani", "Ashraf Ghani Ahmadzai"], [pres("AF", "2014-09-29", "2021-08-15")]),
  P("Abdullah Abdullah", [], [
    fm("AF", "2001", "2006"),
    S("Chief Executive", "AF", "2014-09-29", "2020"),
    S("Chairman of the High Council for National Reconciliation", "AF", "2020", "2021-08-15"),
  ]),
  P("Rangin Dadfar Spanta", [], [fm("AF", "2006", "2010")]),
  P("Zalmai Rassoul", ["Zalmai Rasoul"], [fm("AF", "2010", "2013")]),
  P("Salahuddin Rabbani", [], [fm("AF", "2015", "2019")]),
  P("Mohammad Haneef Atmar", ["Mohammad Hanif Atmar", "Hanif Atmar"], [fm("AF", "2020", "2021-08-15")]),
  P("Hibatullah Akhundzada", ["Haibatullah Akhundzada", "Hibatullah Akhunzada"], [S("Supreme Leader", "AF", "2021-08-15")]),
  P("Mohammad Hasan Akhund", ["Hasan Akhund", "Mullah Mohammad Hassan Akhund"], [S("Acting Prime Minister", "AF", "2021-09-07")]),
  P("Amir Khan Muttaqi", ["Amir Khan Mottaki"], [S("Acting Minister of Foreign Affairs", "AF", "2021-09-07")]),

  // Iran.
  P("Ali Khamenei", ["Ayatollah Ali Khamenei", "Seyed Ali Khamenei", "Sayyid Ali Khamenei"], [S("Supreme Leader", "IR", "1989-06-04")]),
  P("Mohammad Khatami", ["Seyed Mohammad Khatami"], [pres("IR", "1997-08-03", "2005-08-03")]),
  P("Mahmoud Ahmadinejad", ["Mahmud Ahmadinejad", "Mahmoud Ahmadinezhad"], [pres("IR", "2005-08-03", "2013-08-03")]),
  P("Hassan Rouhani", ["Hassan Rohani", "Hasan Rouhani", "Hassan Rowhani"], [
    S("Secretary of the Supreme National Security Council", "IR", "1989", "2005"),
    pres("IR", "2013-08-03", "2021-08-03"),
  ]),
  P("Ebrahim Raisi", ["Ebrahim Raeisi", "Ibrahim Raisi", "Seyed Ebrahim Raisi"], [pres("IR", "2021-08-03", "2024-05-19")]),
  P("Mohammad Mokhber", ["Mohammad Mokhber Dezfuli"], [
    S("Acting President", "IR", "2024-05-20", "2024-07-28"),
    S("First Vice President", "IR", "2021-08-08", "2024-07-28"),
  ]),
  P("Masoud Pezeshkian", ["Massoud Pezeshkian", "Masud Pezeshkian"], [pres("IR", "2024-07-28")]),
  P("Kamal Kharrazi", ["Kamal Kharazi"], [fm("IR", "1997-08-20", "2005-08-24")]),
  P("Manouchehr Mottaki", ["Manouchehr Motaki", "Manuchehr Mottaki"], [fm("IR", "2005-08-24", "2010-12-13")]),
  P("Ali Akbar Salehi", [], [fm("IR", "2010-12-13", "2013-08-15"), S("Head of the Atomic Energy Organization", "IR", "2013-08-16", "2021-08-29")]),
  P("Mohammad Javad Zarif", ["Javad Zarif", "Mohammad-Javad Zarif"], [
    fm("IR", "2013-08-15", "2021-08-25"),
    S("Vice President for Strategic Affairs", "IR", "2024-08-01", "2025-03-02"),
  ]),
  P("Hossein Amir-Abdollahian", ["Hossein Amirabdollahian", "Hossein Amir Abdollahian", "Hossein Amir-Abdullahian"], [
    fm("IR", "2021-08-25", "2024-05-19"),
  ]),
  P("Ali Bagheri Kani", ["Ali Bagheri", "Ali Baqeri Kani"], [S("Acting Minister of Foreign Affairs", "IR", "2024-05-20", "2024-08-21")]),
  P("Abbas Araghchi", ["Abbas Araqchi", "Seyed Abbas Araghchi", "Seyyed Abbas Araghchi"], [fm("IR", "2024-08-21")]),
  P("Ali Larijani", ["Ali Ardashir Larijani"], [
    S("Secretary of the Supreme National Security Council", "IR", "2005-08-15", "2007-10-20"),
    S("Speaker of the Parliament", "IR", "2008-05-28", "2020-05-28"),
    S("Secretary of the Supreme National Security Council", "IR", "2025"),
  ]),
  P("Saeed Jalili", ["Said Jalili"], [S("Secretary of the Supreme National Security Council", "IR", "2007-10-20", "2013-09-10")]),
  P("Ali Shamkhani", [], [S("Secretary of the Supreme National Security Council", "IR", "2013-09-10", "2023-05-22")]),
  P("Ali Akbar Ahmadian", [], [S("Secretary of the Supreme National Security Council", "IR", "2023-05-22", "2025")]),
  P("Mohammad Bagher Ghalibaf", ["Mohammad Baqer Qalibaf", "Mohammad Bagher Qalibaf"], [S("Speaker of the Parliament", "IR", "2020-05-28")]),

  // Turkey.
  P("Ahmet Necdet Sezer", ["Necdet Sezer"], [pres("TR", "2000-05-16", "2007-08-28")]),
  P("Bülent Ecevit", ["Bulent Ecevit"], [pm("TR", "1999-01-11", "2002-11-18")]),
  P("Abdullah Gül", ["Abdullah Gul"], [
    pm("TR", "2002-11-18", "2003-03-14"),
    fm("TR", "2003-03-14", "2007-08-28"),
    pres("TR", "2007-08-28", "2014-08-28"),
  ]),
  P("Recep Tayyip Erdoğan", ["Recep Tayyip Erdogan", "Tayyip Erdogan", "Recep Erdogan"], [
    pm("TR", "2003-03-14", "2014-08-28"),
    pres("TR", "2014-08-28"),
  ]),
  P("Ahmet Davutoğlu", ["Ahmet Davutoglu"], [fm("TR", "2009-05-01", "2014-08-29"), pm("TR", "2014-08-28", "2016-05-24")]),
  P("Binali Yıldırım", ["Binali Yildirim"], [pm("TR", "2016-05-24", "2018-07-09")]),
  P("Yaşar Yakış", ["Yasar Yakis"], [fm("TR", "2002-11-18", "2003-03-14")]),
  P("Ali Babacan", [], [fm("TR", "2007-08-29", "2009-05-01")]),
  P("Mevlüt Çavuşoğlu", ["Mevlut Cavusoglu", "Mevlut Chavushoglu"], [
    fm("TR", "2014-08-29", "2015-08-28"),
    fm("TR", "2015-11-24", "2023-06-03"),
  ]),
  P("Feridun Sinirlioğlu", ["Feridun Sinirlioglu", "Feridun Hadi Sinirlioğlu"], [
    fm("TR", "2015-08-28", "2015-11-24"),
    O("Secretary General", "OSCE", "2024-12-04"),
  ]),
  P("Hakan Fidan", [], [S("Head of the National Intelligence Organization", "TR", "2010-05-27", "2023-06-03"), fm("TR", "2023-06-03")]),
  P("İbrahim Kalın", ["Ibrahim Kalin"], [
    S("Spokesperson of the Presidency", "TR", "2014", "2023"),
    S("Head of the National Intelligence Organization", "TR", "2023-06-05"),
  ]),

  // Gulf states.
  P("Fahd bin Abdulaziz Al Saud", ["King Fahd"], [S("King", "SA", "1982-06-13", "2005-08-01")], ["Fahd"]),
  P("Abdullah bin Abdulaziz Al Saud", ["King Abdullah bin Abdulaziz", "Abdullah bin Abdulaziz"], [
    S("Crown Prince", "SA", "1982-06-13", "2005-08-01"),
    S("King", "SA", "2005-08-01", "2015-01-23"),
  ], ["Abdullah"]),
  P("Salman bin Abdulaziz Al Saud", ["King Salman", "Salman bin Abdulaziz"], [
    S("Minister of Defence", "SA", "2011-11-05", "2015-01-23"),
    S("King", "SA", "2015-01-23"),
  ], ["Salman"]),
  P("Mohammed bin Salman", ["Mohammed bin Salman Al Saud", "Mohammad bin Salman", "Muhammad bin Salman"], [
    S("Crown Prince", "SA", "2017-06-21"),
    pm("SA", "2022-09-27"),
    S("Minister of Defence", "SA", "2015-01-23", "2022-09-27"),
  ], []),
  P("Saud al-Faisal", ["Saud Al Faisal", "Prince Saud al-Faisal"], [fm("SA", "1975", "2015-04-29")], []),
  P("Adel al-Jubeir", ["Adel Al-Jubeir", "Adel bin Ahmed Al-Jubeir"], [
    fm("SA", "2015-04-29", "2018-12-27"),
    S("Minister of State for Foreign Affairs", "SA", "2018-12-27"),
  ], ["Jubeir", "al-Jubeir"]),
  P("Faisal bin Farhan Al Saud", ["Faisal bin Farhan", "Prince Faisal bin Farhan"], [fm("SA", "2019-10-23")], []),
  P("Khalifa bin Zayed Al Nahyan", ["Sheikh Khalifa bin Zayed Al Nahyan", "Khalifa bin Zayed"], [pres("AE", "2004-11-03", "2022-05-13")], []),
  P("Mohamed bin Zayed Al Nahyan", ["Mohammed bin Zayed Al Nahyan", "Mohamed bin Zayed", "Sheikh Mohamed bin Zayed"], [
    S("Crown Prince of Abu Dhabi", "AE", "2004-11-03", "2022-05-14"),
    pres("AE", "2022-05-14"),
  ], []),
  P("Mohammed bin Rashid Al Maktoum", ["Mohammed bin Rashid", "Sheikh Mohammed bin Rashid Al Maktoum"], [
    S("Prime Minister", "AE", "2006-01-05"),
  ], []),
  P("Abdullah bin Zayed Al Nahyan", ["Abdullah bin Zayed", "Sheikh Abdullah bin Zayed"], [fm("AE", "2006-02-09")], []),
  P("Hamad bin Khalifa Al Thani", ["Sheikh Hamad bin Khalifa Al Thani", "Hamad bin Khalifa"], [S("Emir", "QA", "1995-06-27", "2013-06-25")], ["Hamad"]),
  P("Tamim bin Hamad Al Thani", ["Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad"], [S("Emir", "QA", "2013-06-25")], ["Tamim"]),
  P("Hamad bin Jassim bin Jaber Al Thani", ["Hamad bin Jassim Al Thani", "Hamad bin Jassim"], [
    pm("QA", "2007-04-03", "2013-06-26"),
    fm("QA", "1992", "2013-06-26"),
  ], []),
  P("Mohammed bin Abdulrahman Al Thani", ["Mohammed bin Abdulrahman bin Jassim Al Thani", "Mohammed bin Abdulrahman"], [
    pm("QA", "2023-03-07"),
    fm("QA", "2016-01-27"),
  ], []),
  P("Sabah Al-Ahmad Al-Jaber Al-Sabah", ["Sabah Al-Ahmad Al-Sabah", "Sheikh Sabah Al-Ahmad"], [
    pm("KW", "2003-07-13", "2006-01-29"),
    S("Emir", "KW", "2006-01-29", "2020-09-29"),
  ], []),
  P("Nawaf Al-Ahmad Al-Jaber Al-Sabah", ["Nawaf Al-Ahmad Al-Sabah", "Sheikh Nawaf Al-Ahmad"], [S("Emir", "KW", "2020-09-30", "2023-12-16")], []),
  P("Mishal Al-Ahmad Al-Jaber Al-Sabah", ["Meshal Al-Ahmad Al-Jaber Al-Sabah", "Mishal Al-Ahmad Al-Sabah", "Sheikh Meshal Al-Ahmad"], [
    S("Emir", "KW", "2023-12-16"),
  ], []),
  P("Hamad bin Isa Al Khalifa", ["King Hamad bin Isa Al Khalifa", "Hamad bin Isa"], [
    S("Emir", "BH", "1999-03-06", "2002-02-14"),
    S("King", "BH", "2002-02-14"),
  ], ["Hamad"]),
  P("Salman bin Hamad Al Khalifa", ["Salman bin Hamad", "Crown Prince Salman bin Hamad"], [
    pm("BH", "2020-11-11"),
    S("Crown Prince", "BH", "1999-03-09"),
  ], []),
  P("Khalifa bin Salman Al Khalifa", ["Khalifa bin Salman"], [pm("BH", "1971", "2020-11-11")], []),
  P("Abdullatif bin Rashid Al Zayani", ["Abdullatif Al Zayani", "Abdullatif Al-Zayani"], [
    O("Secretary General", "GCC", "2011-04-01", "2020-01-31"),
    fm("BH", "2020-02-11"),
  ], ["Zayani", "Al Zayani"]),
  P("Qaboos bin Said", ["Sultan Qaboos", "Qaboos bin Said Al Said"], [S("Sultan", "OM", "1970-07-23", "2020-01-10")], ["Qaboos"]),
  P("Haitham bin Tariq", ["Sultan Haitham bin Tariq", "Haitham bin Tarik Al Said", "Haitham bin Tariq Al Said"], [
    S("Sultan", "OM", "2020-01-11"),
  ], ["Haitham"]),
  P("Yusuf bin Alawi bin Abdullah", ["Yousef bin Alawi bin Abdullah", "Yusuf bin Alawi"], [
    S("Minister Responsible for Foreign Affairs", "OM", "1997", "2020-08-18"),
  ], []),
  P("Badr Albusaidi", ["Badr bin Hamad Albusaidi", "Badr Al Busaidi", "Sayyid Badr Albusaidi"], [fm("OM", "2020-08-18")], ["Albusaidi"]),
  P("Jasem Mohamed Albudaiwi", ["Jassim Mohammed Al-Budaiwi", "Jasem Albudaiwi"], [O("Secretary General", "GCC", "2023-02-01")], ["Albudaiwi"]),

  // Israel, Egypt and neighbours.
  P("Moshe Katsav", ["Moshe Katzav"], [pres("IL", "2000-08-01", "2007-07-01")]),
  P("Shimon Peres", [], [pres("IL", "2007-07-15", "2014-07-24")]),
  P("Reuven Rivlin", ["Ruvi Rivlin"], [pres("IL", "2014-07-24", "2021-07-07")]),
  P("Isaac Herzog", ["Yitzhak Herzog"], [pres("IL", "2021-07-07")]),
  P("Ehud Barak", [], [pm("IL", "1999-07-06", "2001-03-07"), S("Minister of Defence", "IL", "2007-06-18", "2013-03-18")]),
  P("Ariel Sharon", [], [pm("IL", "2001-03-07", "2006-04-14")]),
  P("Ehud Olmert", [], [pm("IL", "2006-04-14", "2009-03-31")]),
  P("Benjamin Netanyahu", ["Binyamin Netanyahu"], [pm("IL", "2009-03-31", "2021-06-13"), pm("IL", "2022-12-29")]),
  P("Naftali Bennett", [], [pm("IL", "2021-06-13", "2022-06-30")]),
  P("Yair Lapid", [], [fm("IL", "2021-06-13", "2022-06-30"), pm("IL", "2022-07-01", "2022-12-29")]),
  P("Mahmoud Abbas", ["Abu Mazen"], [pres("PS", "2005-01-15")]),
  P("Hosni Mubarak", ["Muhammad Hosni Mubarak"], [pres("EG", "1981-10-14", "2011-02-11")]),
  P("Mohamed Morsi", ["Mohammed Morsi"], [pres("EG", "2012-06-30", "2013-07-03")]),
  P("Adly Mansour", [], [S("Interim President", "EG", "2013-07-04", "2014-06-08")]),
  P("Abdel Fattah el-Sisi", ["Abdel Fattah al-Sisi", "Abdel Fattah El Sisi", "Abdel-Fattah el-Sissi", "Abdelfattah Elsisi"], [
    S("Minister of Defence", "EG", "2012-08-12", "2014-03-26"),
    pres("EG", "2014-06-08"),
  ], ["Sisi", "el-Sisi", "al-Sisi"]),
  P("Ahmed Nazif", [], [pm("EG", "2004-07-14", "2011-01-29")]),
  P("Ibrahim Mahlab", [], [pm("EG", "2014-03-01", "2015-09-19")]),
  P("Sherif Ismail", [], [pm("EG", "2015-09-19", "2018-06-14")]),
  P("Mostafa Madbouly", ["Moustafa Madbouly", "Mostafa Madbuly"], [pm("EG", "2018-06-07")]),
  P("Ahmed Aboul Gheit", ["Ahmed Abul Gheit", "Ahmed Aboul-Gheit"], [
    fm("EG", "2004-07-14", "2011-03-06"),
    O("Secretary General", "LAS", "2016-07-01"),
  ], ["Aboul Gheit", "Aboul-Gheit"]),
  P("Amr Moussa", ["Amre Moussa", "Amr Mousa"], [O("Secretary General", "LAS", "2001-05-15", "2011-06-30")]),
  P("Nabil Elaraby", ["Nabil el-Araby", "Nabil Al-Araby"], [O("Secretary General", "LAS", "2011-07-01", "2016-06-30")]),
  P("Sameh Shoukry", ["Sameh Hassan Shoukry"], [fm("EG", "2014-06-17", "2024-07-03")]),
  P("Badr Abdelatty", ["Badr Abdel Aty", "Badr Abdelaty"], [fm("EG", "2024-07-03")]),
  P("Abdullah II", ["King Abdullah II", "Abdullah II bin Al-Hussein", "Abdullah II of Jordan"], [S("King", "JO", "1999-02-07")], ["Abdullah"]),
  P("Ayman Safadi", [], [fm("JO", "2017-01-15")]),
  P("Bashar al-Assad", ["Bashar Assad", "Bashar al-Asad"], [pres("SY", "2000-07-17", "2024-12-08")], ["Assad", "al-Assad"]),
  P("Ahmed al-Sharaa", ["Ahmad al-Sharaa", "Abu Mohammed al-Jolani"], [pres("SY", "2025-01-29")], ["al-Sharaa", "Sharaa"]),
  P("Mohammed Shia al-Sudani", ["Mohammed Shia' al-Sudani", "Mohammed Shia Al Sudani"], [pm("IQ", "2022-10-27")], ["al-Sudani", "Sudani"]),
  P("Joseph Aoun", [], [pres("LB", "2025-01-09")]),

  // United States.
  P("Bill Clinton", ["William J. Clinton", "William Jefferson Clinton"], [pres("US", "1993-01-20", "2001-01-20")]),
  P("George W. Bush", ["George Bush", "George Walker Bush"], [pres("US", "2001-01-20", "2009-01-20")]),
  P("Barack Obama", ["Barack H. Obama", "Barack Hussein Obama"], [pres("US", "2009-01-20", "2017-01-20")]),
  P("Donald Trump", ["Donald J. Trump", "Donald John Trump"], [pres("US", "2017-01-20", "2021-01-20"), pres("US", "2025-01-20")]),
  P("Joe Biden", ["Joseph R. Biden", "Joseph R. Biden Jr.", "Joseph Biden", "Joseph Robinette Biden"], [
    S("Vice President", "US", "2009-01-20", "2017-01-20"),
    pres("US", "2021-01-20", "2025-01-20"),
  ]),
  P("Dick Cheney", ["Richard B. Cheney", "Richard Cheney"], [S("Vice President", "US", "2001-01-20", "2009-01-20")]),
  P("Mike Pence", ["Michael R. Pence", "Michael Pence"], [S("Vice President", "US", "2017-01-20", "2021-01-20")]),
  P("Kamala Harris", ["Kamala D. Harris"], [S("Vice President", "US", "2021-01-20", "2025-01-20")]),
  P("JD Vance", ["J.D. Vance", "James David Vance", "J. D. Vance"], [S("Vice President", "US", "2025-01-20")]),
  P("Madeleine Albright", ["Madeleine K. Albright"], [S("Secretary of State", "US", "1997-01-23", "2001-01-20")]),
  P("Colin Powell", ["Colin L. Powell"], [S("Secretary of State", "US", "2001-01-20", "2005-01-26")]),
  P("Condoleezza Rice", ["Condoleeza Rice"], [
    S("National Security Advisor", "US", "2001-01-20", "2005-01-25"),
    S("Secretary of State", "US", "2005-01-26", "2009-01-20"),
  ]),
  P("Hillary Clinton", ["Hillary Rodham Clinton"], [S("Secretary of State", "US", "2009-01-21", "2013-02-01")]),
  P("John Kerry", ["John F. Kerry"], [
    S("Secretary of State", "US", "2013-02-01", "2017-01-20"),
    S("Special Presidential Envoy for Climate", "US", "2021-01-20", "2024-03-06"),
  ]),
  P("Rex Tillerson", ["Rex W. Tillerson"], [S("Secretary of State", "US", "2017-02-01", "2018-03-31")]),
  P("Mike Pompeo", ["Michael R. Pompeo", "Michael Pompeo"], [
    S("Director of the Central Intelligence Agency", "US", "2017-01-23", "2018-04-26"),
    S("Secretary of State", "US", "2018-04-26", "2021-01-20"),
  ]),
  P("Antony Blinken", ["Antony J. Blinken", "Tony Blinken", "Anthony Blinken"], [S("Secretary of State", "US", "2021-01-26", "2025-01-20")]),
  P("Marco Rubio", ["Marco A. Rubio"], [
    S("Secretary of State", "US", "2025-01-21"),
    S("National Security Advisor", "US", "2025-05-01"),
  ]),
  P("Stephen Hadley", ["Stephen J. Hadley", "Steve Hadley"], [S("National Security Advisor", "US", "2005-01-26", "2009-01-20")]),
  P("James L. Jones", ["James Jones", "Jim Jones"], [S("National Security Advisor", "US", "2009-01-20", "2010-10-08")]),
  P("Tom Donilon", ["Thomas E. Donilon", "Thomas Donilon"], [S("National Security Advisor", "US", "2010-10-08", "2013-07-01")]),
  P("Susan Rice", ["Susan E. Rice"], [
    S("Permanent Representative to the United Nations", "US", "2009-01-22", "2013-06-30"),
    S("National Security Advisor", "US", "2013-07-01", "2017-01-20"),
  ]),
  P("Michael Flynn", ["Michael T. Flynn", "Mike Flynn"], [S("National Security Advisor", "US", "2017-01-20", "2017-02-13")]),
  P("H. R. McMaster", ["H.R. McMaster", "Herbert Raymond McMaster"], [S("National Security Advisor", "US", "2017-02-20", "2018-04-09")]),
  P("John Bolton", ["John R. Bolton"], [
    S("Permanent Representative to the United Nations", "US", "2005-08-02", "2006-12-09"),
    S("National Security Advisor", "US", "2018-04-09", "2019-09-10"),
  ]),
  P("Robert O'Brien", ["Robert C. O'Brien", "Robert OBrien"], [S("National Security Advisor", "US", "2019-09-18", "2021-01-20")]),
  P("Jake Sullivan", ["Jacob Sullivan", "Jacob J. Sullivan"], [S("National Security Advisor", "US", "2021-01-20", "2025-01-20")]),
  P("Mike Waltz", ["Michael Waltz", "Michael G. Waltz"], [
    S("National Security Advisor", "US", "2025-01-20", "2025-05-01"),
    S("Permanent Representative to the United Nations", "US", "2025"),
  ]),
  P("Donald Rumsfeld", ["Donald H. Rumsfeld"], [S("Secretary of Defense", "US", "2001-01-20", "2006-12-18")]),
  P("Robert Gates", ["Robert M. Gates"], [S("Secretary of Defense", "US", "2006-12-18", "2011-06-30")]),
  P("Leon Panetta", ["Leon E. Panetta"], [S("Secretary of Defense", "US", "2011-07-01", "2013-02-26")]),
  P("Chuck Hagel", ["Charles T. Hagel"], [S("Secretary of Defense", "US", "2013-02-27", "2015-02-17")]),
  P("Ash Carter", ["Ashton B. Carter", "Ashton Carter"], [S("Secretary of Defense", "US", "2015-02-17", "2017-01-20")]),
  P("Jim Mattis", ["James N. Mattis", "James Mattis"], [S("Secretary of Defense", "US", "2017-01-20", "2019-01-01")]),
  P("Mark Esper", ["Mark T. Esper"], [S("Secretary of Defense", "US", "2019-07-23", "2020-11-09")]),
  P("Lloyd Austin", ["Lloyd J. Austin III", "Lloyd J. Austin"], [S("Secretary of Defense", "US", "2021-01-22", "2025-01-20")]),
  P("Pete Hegseth", ["Peter Hegseth", "Peter B. Hegseth"], [S("Secretary of Defense", "US", "2025-01-25")]),
  P("Linda Thomas-Greenfield", [], [S("Permanent Representative to the United Nations", "US", "2021-02-25", "2025-01-20")]),
  P("Nikki Haley", ["Nimrata Haley"], [S("Permanent Representative to the United Nations", "US", "2017-01-27", "2018-12-31")]),
  P("Steve Witkoff", ["Steven Witkoff", "Steven C. Witkoff"], [S("Special Envoy to the Middle East", "US", "2025-01-20")]),

  // Canada, Mexico, Brazil, Argentina.
  P("Jean Chrétien", ["Jean Chretien"], [pm("CA", "1993-11-04", "2003-12-12")]),
  P("Paul Martin", [], [pm("CA", "2003-12-12", "2006-02-06")]),
  P("Stephen Harper", [], [pm("CA", "2006-02-06", "2015-11-04")]),
  P("Justin Trudeau", [], [pm("CA", "2015-11-04", "2025-03-14")]),
  P("Mark Carney", [], [pm("CA", "2025-03-14")]),
  P("Vicente Fox", ["Vicente Fox Quesada"], [pres("MX", "2000-12-01", "2006-11-30")]),
  P("Felipe Calderón", ["Felipe Calderon", "Felipe Calderón Hinojosa"], [pres("MX", "2006-12-01", "2012-11-30")]),
  P("Enrique Peña Nieto", ["Enrique Pena Nieto"], [pres("MX", "2012-12-01", "2018-11-30")], ["Peña Nieto", "Peña"]),
  P("Andrés Manuel López Obrador", ["Andres Manuel Lopez Obrador", "AMLO"], [pres("MX", "2018-12-01", "2024-09-30")], ["López Obrador"]),
  P("Claudia Sheinbaum", ["Claudia Sheinbaum Pardo"], [pres("MX", "2024-10-01")]),
  P("Fernando Henrique Cardoso", [], [pres("BR", "1995-01-01", "2002-12-31")]),
  P("Luiz Inácio Lula da Silva", ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"], [
    pres("BR", "2003-01-01", "2010-12-31"),
    pres("BR", "2023-01-01"),
  ], ["Lula"]),
  P("Dilma Rousseff", [], [pres("BR", "2011-01-01", "2016-08-31"), O("President", "NDB", "2023-03-24")]),
  P("Michel Temer", [], [pres("BR", "2016-08-31", "2018-12-31")]),
  P("Jair Bolsonaro", ["Jair Messias Bolsonaro"], [pres("BR", "2019-01-01", "2022-12-31")]),
  P("Eduardo Duhalde", [], [pres("AR", "2002-01-02", "2003-05-25")]),
  P("Néstor Kirchner", ["Nestor Kirchner"], [pres("AR", "2003-05-25", "2007-12-10")]),
  P("Cristina Fernández de Kirchner", ["Cristina Fernandez de Kirchner", "Cristina Kirchner"], [
    pres("AR", "2007-12-10", "2015-12-10"),
    S("Vice President", "AR", "2019-12-10", "2023-12-10"),
  ]),
  P("Mauricio Macri", [], [pres("AR", "2015-12-10", "2019-12-10")]),
  P("Alberto Fernández", ["Alberto Fernandez"], [pres("AR", "2019-12-10", "2023-12-10")]),
  P("Javier Milei", [], [pres("AR", "2023-12-10")]),

  // United Kingdom.
  P("Elizabeth II", ["Queen Elizabeth II"], [S("Queen", "GB", "1952-02-06", "2022-09-08")], ["Elizabeth"]),
  P("Charles III", ["King Charles III"], [S("King", "GB", "2022-09-08")], ["Charles"]),
  P("Tony Blair", ["Anthony Blair"], [pm("GB", "1997-05-02", "2007-06-27")]),
  P("Gordon Brown", [], [pm("GB", "2007-06-27", "2010-05-11")]),
  P("David Cameron", [], [pm("GB", "2010-05-11", "2016-07-13"), S("Foreign Secretary", "GB", "2023-11-13", "2024-07-05")]),
  P("Theresa May", [], [pm("GB", "2016-07-13", "2019-07-24")]),
  P("Boris Johnson", [], [S("Foreign Secretary", "GB", "2016-07-13", "2018-07-09"), pm("GB", "2019-07-24", "2022-09-06")]),
  P("Liz Truss", ["Elizabeth Truss"], [S("Foreign Secretary", "GB", "2021-09-15", "2022-09-06"), pm("GB", "2022-09-06", "2022-10-25")]),
  P("Rishi Sunak", [], [pm("GB", "2022-10-25", "2024-07-05")]),
  P("Keir Starmer", ["Sir Keir Starmer"], [pm("GB", "2024-07-05")]),
  P("Robin Cook", [], [S("Foreign Secretary", "GB", "1997-05-02", "2001-06-08")]),
  P("Jack Straw", [], [S("Foreign Secretary", "GB", "2001-06-08", "2006-05-05")]),
  P("Margaret Beckett", [], [S("Foreign Secretary", "GB", "2006-05-05", "2007-06-28")]),
  P("David Miliband", [], [S("Foreign Secretary", "GB", "2007-06-28", "2010-05-11")]),
  P("William Hague", [], [S("Foreign Secretary", "GB", "2010-05-12", "2014-07-14")]),
  P("Philip Hammond", [], [S("Foreign Secretary", "GB", "2014-07-15", "2016-07-13")]),
  P("Jeremy Hunt", [], [S("Foreign Secretary", "GB", "2018-07-09", "2019-07-24")]),
  P("Dominic Raab", [], [S("Foreign Secretary", "GB", "2019-07-24", "2021-09-15")]),
  P("James Cleverly", [], [S("Foreign Secretary", "GB", "2022-09-06", "2023-11-13")]),
  P("David Lammy", [], [S("Foreign Secretary", "GB", "2024-07-05", "2025-09-05")]),
  P("Yvette Cooper", [], [S("Foreign Secretary", "GB", "2025-09-05")]),
  P("George Robertson", ["Lord Robertson", "George Robertson of Port Ellen"], [
    S("Secretary of State for Defence", "GB", "1997-05-02", "1999-10-11"),
    O("Secretary General", "NATO", "1999-10-14", "2003-12-17"),
  ]),

  // France.
  P("Jacques Chirac", [], [pres("FR", "1995-05-17", "2007-05-16")]),
  P("Nicolas Sarkozy", [], [pres("FR", "2007-05-16", "2012-05-15")]),
  P("François Hollande", ["Francois Hollande"], [pres("FR", "2012-05-15", "2017-05-14")]),
  P("Emmanuel Macron", [], [pres("FR", "2017-05-14")]),
  P("Lionel Jospin", [], [pm("FR", "1997-06-02", "2002-05-06")]),
  P("Jean-Pierre Raffarin", [], [pm("FR", "2002-05-06", "2005-05-31")]),
  P("Dominique de Villepin", [], [fm("FR", "2002-05-07", "2004-03-31"), pm("FR", "2005-05-31", "2007-05-17")], ["de Villepin", "Villepin"]),
  P("François Fillon", ["Francois Fillon"], [pm("FR", "2007-05-17", "2012-05-15")]),
  P("Jean-Marc Ayrault", [], [pm("FR", "2012-05-15", "2014-03-31"), fm("FR", "2016-02-11", "2017-05-17")]),
  P("Manuel Valls", [], [pm("FR", "2014-03-31", "2016-12-06")]),
  P("Bernard Cazeneuve", [], [pm("FR", "2016-12-06", "2017-05-15")]),
  P("Édouard Philippe", ["Edouard Philippe"], [pm("FR", "2017-05-15", "2020-07-03")]),
  P("Jean Castex", [], [pm("FR", "2020-07-03", "2022-05-16")]),
  P("Élisabeth Borne", ["Elisabeth Borne"], [pm("FR", "2022-05-16", "2024-01-09")]),
  P("Gabriel Attal", [], [pm("FR", "2024-01-09", "2024-09-05")]),
  P("Michel Barnier", [], [fm("FR", "2004-03-31", "2005-06-02"), pm("FR", "2024-09-05", "2024-12-13")]),
  P("François Bayrou", ["Francois Bayrou"], [pm("FR", "2024-12-13", "2025-09-09")]),
  P("Sébastien Lecornu", ["Sebastien Lecornu"], [S("Minister of the Armed Forces", "FR", "2022-05-20", "2025-09-09"), pm("FR", "2025-09-09")]),
  P("Hubert Védrine", ["Hubert Vedrine"], [fm("FR", "1997-06-04", "2002-05-06")]),
  P("Philippe Douste-Blazy", [], [fm("FR", "2005-06-02", "2007-05-15")]),
  P("Bernard Kouchner", [], [fm("FR", "2007-05-18", "2010-11-14")]),
  P("Michèle Alliot-Marie", ["Michele Alliot-Marie"], [fm("FR", "2010-11-14", "2011-02-27")]),
  P("Alain Juppé", ["Alain Juppe"], [fm("FR", "2011-02-27", "2012-05-15")]),
  P("Laurent Fabius", [], [fm("FR", "2012-05-16", "2016-02-11")]),
  P("Jean-Yves Le Drian", [], [S("Minister of Defence", "FR", "2012-05-16", "2017-05-17"), fm("FR", "2017-05-17", "2022-05-20")], ["Le Drian"]),
  P("Catherine Colonna", [], [fm("FR", "2022-05-20", "2024-01-11")]),
  P("Stéphane Séjourné", ["Stephane Sejourne"], [fm("FR", "2024-01-11", "2024-09-21")]),
  P("Jean-Noël Barrot", ["Jean-Noel Barrot"], [fm("FR", "2024-09-21")]),

  // Germany.
  P("Johannes Rau", [], [pres("DE", "1999-07-01", "2004-06-30")]),
  P("Horst Köhler", ["Horst Koehler", "Horst Kohler"], [pres("DE", "2004-07-01", "2010-05-31")]),
  P("Christian Wulff", [], [pres("DE", "2010-06-30", "2012-02-17")]),
  P("Joachim Gauck", [], [pres("DE", "2012-03-18", "2017-03-18")]),
  P("Frank-Walter Steinmeier", ["Frank Walter Steinmeier"], [
    fm("DE", "2005-11-22", "2009-10-28"),
    fm("DE", "2013-12-17", "2017-01-27"),
    cio("2016"),
    pres("DE", "2017-03-19"),
  ]),
  P("Gerhard Schröder", ["Gerhard Schroeder", "Gerhard Schroder"], [S("Chancellor", "DE", "1998-10-27", "2005-11-22")]),
  P("Angela Merkel", [], [S("Chancellor", "DE", "2005-11-22", "2021-12-08")]),
  P("Olaf Scholz", [], [S("Chancellor", "DE", "2021-12-08", "2025-05-06")]),
  P("Friedrich Merz", [], [S("Chancellor", "DE", "2025-05-06")]),
  P("Joschka Fischer", [], [fm("DE", "1998-10-27", "2005-11-22")]),
  P("Guido Westerwelle", [], [fm("DE", "2009-10-28", "2013-12-17")]),
  P("Sigmar Gabriel", [], [fm("DE", "2017-01-27", "2018-03-14")]),
  P("Heiko Maas", [], [fm("DE", "2018-03-14", "2021-12-08")]),
  P("Annalena Baerbock", [], [fm("DE", "2021-12-08", "2025-05-06"), O("President of the General Assembly", "UN", "2025-09-09")]),
  P("Johann Wadephul", [], [fm("DE", "2025-05-06")]),
  P("Ursula von der Leyen", [], [
    S("Minister of Defence", "DE", "2013-12-17", "2019-07-17"),
    O("President", "European Commission", "2019-12-01"),
  ], ["von der Leyen"]),

  // Italy.
  P("Carlo Azeglio Ciampi", [], [pres("IT", "1999-05-18", "2006-05-15")]),
  P("Giorgio Napolitano", [], [pres("IT", "2006-05-15", "2015-01-14")]),
  P("Sergio Mattarella", [], [pres("IT", "2015-02-03")]),
  P("Silvio Berlusconi", [], [pm("IT", "2001-06-11", "2006-05-17"), pm("IT", "2008-05-08", "2011-11-16")]),
  P("Romano Prodi", [], [O("President", "European Commission", "1999-09-16", "2004-11-21"), pm("IT", "2006-05-17", "2008-05-08")]),
  P("Mario Monti", [], [pm("IT", "2011-11-16", "2013-04-28")]),
  P("Enrico Letta", [], [pm("IT", "2013-04-28", "2014-02-22")]),
  P("Matteo Renzi", [], [pm("IT", "2014-02-22", "2016-12-12")]),
  P("Paolo Gentiloni", [], [fm("IT", "2014-10-31", "2016-12-12"), pm("IT", "2016-12-12", "2018-06-01")]),
  P("Giuseppe Conte", [], [pm("IT", "2018-06-01", "2021-02-13")]),
  P("Mario Draghi", [], [O("President", "ECB", "2011-11-01", "2019-10-31"), pm("IT", "2021-02-13", "2022-10-22")]),
  P("Giorgia Meloni", [], [pm("IT", "2022-10-22")]),
  P("Franco Frattini", [], [fm("IT", "2002", "2004"), fm("IT", "2008-05-08", "2011-11-16")]),
  P("Massimo D'Alema", ["Massimo DAlema"], [fm("IT", "2006-05-17", "2008-05-08")]),
  P("Emma Bonino", [], [fm("IT", "2013-04-28", "2014-02-22")]),
  P("Angelino Alfano", [], [fm("IT", "2016-12-12", "2018-06-01"), O("Chairperson-in-Office", "OSCE", "2018-01-01", "2018-06-01")]),
  P("Enzo Moavero Milanesi", ["Enzo Moavero"], [fm("IT", "2018-06-01", "2019-09-05"), O("Chairperson-in-Office", "OSCE", "2018-06-01", "2018-12-31")]),
  P("Luigi Di Maio", [], [fm("IT", "2019-09-05", "2022-10-22")], ["Di Maio"]),
  P("Antonio Tajani", [], [O("President", "European Parliament", "2017-01-17", "2019-07-02"), fm("IT", "2022-10-22")]),

  // Spain, Poland, the Netherlands, Romania, Austria, Switzerland and other OSCE chairs.
  P("Juan Carlos I", ["King Juan Carlos"], [S("King", "ES", "1975-11-22", "2014-06-19")], ["Juan Carlos"]),
  P("Felipe VI", ["King Felipe VI"], [S("King", "ES", "2014-06-19")], ["Felipe"]),
  P("José María Aznar", ["Jose Maria Aznar"], [pm("ES", "1996-05-05", "2004-04-17")]),
  P("José Luis Rodríguez Zapatero", ["Jose Luis Rodriguez Zapatero"], [pm("ES", "2004-04-17", "2011-12-21")], ["Zapatero", "Rodríguez Zapatero"]),
  P("Mariano Rajoy", [], [pm("ES", "2011-12-21", "2018-06-02")]),
  P("Pedro Sánchez", ["Pedro Sanchez"], [pm("ES", "2018-06-02")]),
  P("Miguel Ángel Moratinos", ["Miguel Angel Moratinos"], [fm("ES", "2004-04-18", "2010-10-20"), cio("2007")]),
  P("José Manuel García-Margallo", ["Jose Manuel Garcia-Margallo"], [fm("ES", "2011-12-22", "2016-11-04")]),
  P("Josep Borrell", ["Josep Borrell Fontelles"], [
    O("President", "European Parliament", "2004-07-20", "2007-01-16"),
    fm("ES", "2018-06-07", "2019-11-29"),
    O("High Representative for Foreign Affairs and Security Policy", "EU", "2019-12-01", "2024-11-30"),
  ]),
  P("Arancha González Laya", ["Arancha Gonzalez Laya"], [fm("ES", "2020-01-13", "2021-07-12")], ["González Laya"]),
  P("José Manuel Albares", ["Jose Manuel Albares"], [fm("ES", "2021-07-12")]),
  P("Aleksander Kwaśniewski", ["Aleksander Kwasniewski"], [pres("PL", "1995-12-23", "2005-12-23")]),
  P("Lech Kaczyński", ["Lech Kaczynski"], [pres("PL", "2005-12-23", "2010-04-10")]),
  P("Bronisław Komorowski", ["Bronislaw Komorowski"], [pres("PL", "2010-08-06", "2015-08-06")]),
  P("Andrzej Duda", [], [pres("PL", "2015-08-06", "2025-08-06")]),
  P("Karol Nawrocki", [], [pres("PL", "2025-08-06")]),
  P("Jarosław Kaczyński", ["Jaroslaw Kaczynski"], [pm("PL", "2006-07-14", "2007-11-16")]),
  P("Donald Tusk", [], [
    pm("PL", "2007-11-16", "2014-09-22"),
    O("President", "European Council", "2014-12-01", "2019-11-30"),
    pm("PL", "2023-12-13"),
  ]),
  P("Ewa Kopacz", [], [pm("PL", "2014-09-22", "2015-11-16")]),
  P("Beata Szydło", ["Beata Szydlo"], [pm("PL", "2015-11-16", "2017-12-11")]),
  P("Mateusz Morawiecki", [], [pm("PL", "2017-12-11", "2023-12-13")]),
  P("Radosław Sikorski", ["Radoslaw Sikorski", "Radek Sikorski"], [fm("PL", "2007-11-16", "2014-09-22"), fm("PL", "2023-12-13")]),
  P("Witold Waszczykowski", [], [fm("PL", "2015-11-16", "2018-01-09")]),
  P("Jacek Czaputowicz", [], [fm("PL", "2018-01-09", "2020-08-26")]),
  P("Zbigniew Rau", [], [fm("PL", "2020-08-26", "2023-11-27"), cio("2022")]),
  P("Jerzy Buzek", [], [pm("PL", "1997-10-31", "2001-10-19"), O("President", "European Parliament", "2009-07-14", "2012-01-17")]),
  P("Beatrix", ["Queen Beatrix"], [S("Queen", "NL", "1980-04-30", "2013-04-30")], ["Beatrix"]),
  P("Willem-Alexander", ["King Willem-Alexander"], [S("King", "NL", "2013-04-30")], ["Willem-Alexander"]),
  P("Jan Peter Balkenende", [], [pm("NL", "2002-07-22", "2010-10-14")]),
  P("Mark Rutte", [], [pm("NL", "2010-10-14", "2024-07-02"), O("Secretary General", "NATO", "2024-10-01")]),
  P("Dick Schoof", [], [pm("NL", "2024-07-02")]),
  P("Jaap de Hoop Scheffer", [], [
    fm("NL", "2002-07-22", "2003-12-03"),
    O("Secretary General", "NATO", "2004-01-01", "2009-07-31"),
  ], ["de Hoop Scheffer", "Scheffer"]),
  P("Ion Iliescu", [], [pres("RO", "2000-12-20", "2004-12-20")]),
  P("Traian Băsescu", ["Traian Basescu"], [pres("RO", "2004-12-20", "2014-12-21")]),
  P("Klaus Iohannis", ["Klaus Johannis"], [pres("RO", "2014-12-21", "2025-02-12")]),
  P("Nicușor Dan", ["Nicusor Dan"], [pres("RO", "2025-05-26")]),
  P("Sebastian Kurz", [], [
    fm("AT", "2013-12-16", "2017-12-18"),
    cio("2017"),
    S("Chancellor", "AT", "2017-12-18", "2019-05-28"),
    S("Chancellor", "AT", "2020-01-07", "2021-10-11"),
  ]),
  P("Benita Ferrero-Waldner", [], [fm("AT", "2000-02-04", "2004-10-20"), cio("2000")]),
  P("Didier Burkhalter", [], [fm("CH", "2012-01-01", "2017-10-31"), cio("2014")]),
  P("Ignazio Cassis", [], [fm("CH", "2017-11-01"), cio("2026")]),
  P("Ivica Dačić", ["Ivica Dacic"], [pm("RS", "2012-07-27", "2014-04-27"), fm("RS", "2014-04-27", "2020-10-28"), cio("2015")]),
  P("Miroslav Lajčák", ["Miroslav Lajcak"], [fm("SK", "2012-04-04", "2020-03-21"), cio("2019")]),
  P("Edi Rama", [], [pm("AL", "2013-09-15"), cio("2020")]),
  P("Bujar Osmani", [], [fm("MK", "2020-08-31", "2024-06-23"), cio("2023")]),
  P("Ian Borg", [], [fm("MT", "2022-03-30"), cio("2024")]),
  P("Eamon Gilmore", [], [fm("IE", "2011-03-09", "2014-07-11"), cio("2012")]),
  P("Audronius Ažubalis", ["Audronius Azubalis"], [fm("LT", "2010", "2012"), cio("2011")]),
  P("Karel De Gucht", [], [fm("BE", "2004-07-18", "2009-07-17"), cio("2006")]),
  P("Dimitrij Rupel", [], [fm("SI", "2004-12-03", "2008-11-21"), cio("2005")]),
  P("Solomon Passy", [], [fm("BG", "2001-07-24", "2005-08-17"), cio("2004")]),

  // Nordic states.
  P("Carl XVI Gustaf", ["King Carl XVI Gustaf", "Carl Gustaf"], [S("King", "SE", "1973-09-15")], ["Carl Gustaf"]),
  P("Göran Persson", ["Goran Persson"], [pm("SE", "1996-03-22", "2006-10-06")]),
  P("Fredrik Reinfeldt", [], [pm("SE", "2006-10-06", "2014-10-03")]),
  P("Stefan Löfven", ["Stefan Lofven"], [pm("SE", "2014-10-03", "2021-11-30")]),
  P("Magdalena Andersson", [], [pm("SE", "2021-11-30", "2022-10-18")]),
  P("Ulf Kristersson", [], [pm("SE", "2022-10-18")]),
  P("Carl Bildt", [], [fm("SE", "2006-10-06", "2014-10-03")]),
  P("Ann Linde", [], [fm("SE", "2019-09-10", "2022-10-18"), cio("2021")]),
  P("Harald V", ["King Harald V", "King Harald"], [S("King", "NO", "1991-01-17")], ["Harald"]),
  P("Kjell Magne Bondevik", [], [pm("NO", "1997-10-17", "2000-03-17"), pm("NO", "2001-10-19", "2005-10-17")]),
  P("Jens Stoltenberg", [], [
    pm("NO", "2000-03-17", "2001-10-19"),
    pm("NO", "2005-10-17", "2013-10-16"),
    O("Secretary General", "NATO", "2014-10-01", "2024-09-30"),
    S("Minister of Finance", "NO", "2025-02-04"),
  ]),
  P("Erna Solberg", [], [pm("NO", "2013-10-16", "2021-10-14")]),
  P("Jonas Gahr Støre", ["Jonas Gahr Store", "Jonas Gahr Stoere"], [fm("NO", "2005-10-17", "2012-09-21"), pm("NO", "2021-10-14")], ["Støre", "Gahr Støre"]),
  P("Margrethe II", ["Queen Margrethe II", "Queen Margrethe"], [S("Queen", "DK", "1972-01-14", "2024-01-14")], ["Margrethe"]),
  P("Frederik X", ["King Frederik X"], [S("King", "DK", "2024-01-14")], ["Frederik"]),
  P("Anders Fogh Rasmussen", [], [
    pm("DK", "2001-11-27", "2009-04-05"),
    O("Secretary General", "NATO", "2009-08-01", "2014-09-30"),
  ], ["Fogh Rasmussen", "Rasmussen"]),
  P("Lars Løkke Rasmussen", ["Lars Lokke Rasmussen", "Lars Loekke Rasmussen"], [
    pm("DK", "2009-04-05", "2011-10-03"),
    pm("DK", "2015-06-28", "2019-06-27"),
    fm("DK", "2022-12-15"),
  ], ["Løkke Rasmussen", "Rasmussen"]),
  P("Helle Thorning-Schmidt", [], [pm("DK", "2011-10-03", "2015-06-28")]),
  P("Mette Frederiksen", [], [pm("DK", "2019-06-27")]),
  P("Tarja Halonen", [], [pres("FI", "2000-03-01", "2012-03-01")]),
  P("Sauli Niinistö", ["Sauli Niinisto"], [pres("FI", "2012-03-01", "2024-03-01")]),
  P("Alexander Stubb", [], [
    fm("FI", "2008-04-04", "2011-06-22"),
    cio("2008"),
    pm("FI", "2014-06-24", "2015-05-29"),
    pres("FI", "2024-03-01"),
  ]),
  P("Matti Vanhanen", [], [pm("FI", "2003-06-24", "2010-06-22")]),
  P("Mari Kiviniemi", [], [pm("FI", "2010-06-22", "2011-06-22")]),
  P("Jyrki Katainen", [], [pm("FI", "2011-06-22", "2014-06-24")]),
  P("Juha Sipilä", ["Juha Sipila"], [pm("FI", "2015-05-29", "2019-06-06")]),
  P("Antti Rinne", [], [pm("FI", "2019-06-06", "2019-12-10")]),
  P("Sanna Marin", [], [pm("FI", "2019-12-10", "2023-06-20")]),
  P("Petteri Orpo", [], [pm("FI", "2023-06-20")]),
  P("Pekka Haavisto", [], [fm("FI", "2019-06-06", "2023-06-20")]),
  P("Elina Valtonen", [], [fm("FI", "2023-06-20"), cio("2025")]),
  P("Ólafur Ragnar Grímsson", ["Olafur Ragnar Grimsson"], [pres("IS", "1996-08-01", "2016-08-01")], ["Grímsson"]),
  P("Guðni Th. Jóhannesson", ["Gudni Th. Johannesson", "Gudni Johannesson", "Guðni Jóhannesson"], [pres("IS", "2016-08-01", "2024-08-01")]),
  P("Halla Tómasdóttir", ["Halla Tomasdottir"], [pres("IS", "2024-08-01")]),
  P("Jóhanna Sigurðardóttir", ["Johanna Sigurdardottir"], [pm("IS", "2009-02-01", "2013-05-23")]),
  P("Sigmundur Davíð Gunnlaugsson", ["Sigmundur David Gunnlaugsson"], [pm("IS", "2013-05-23", "2016-04-07")]),
  P("Bjarni Benediktsson", [], [pm("IS", "2017-01-11", "2017-11-30"), pm("IS", "2024-04-09", "2024-12-21")]),
  P("Katrín Jakobsdóttir", ["Katrin Jakobsdottir"], [pm("IS", "2017-11-30", "2024-04-09")]),
  P("Kristrún Frostadóttir", ["Kristrun Frostadottir"], [pm("IS", "2024-12-21")]),

  // Baltic states.
  P("Arnold Rüütel", ["Arnold Ruutel"], [pres("EE", "2001-10-08", "2006-10-09")]),
  P("Toomas Hendrik Ilves", [], [pres("EE", "2006-10-09", "2016-10-10")]),
  P("Kersti Kaljulaid", [], [pres("EE", "2016-10-10", "2021-10-11")]),
  P("Alar Karis", [], [pres("EE", "2021-10-11")]),
  P("Siim Kallas", [], [pm("EE", "2002-01-28", "2003-04-10")]),
  P("Juhan Parts", [], [pm("EE", "2003-04-10", "2005-04-13")]),
  P("Andrus Ansip", [], [pm("EE", "2005-04-13", "2014-03-26")]),
  P("Taavi Rõivas", ["Taavi Roivas"], [pm("EE", "2014-03-26", "2016-11-23")]),
  P("Jüri Ratas", ["Juri Ratas"], [pm("EE", "2016-11-23", "2021-01-26")]),
  P("Kaja Kallas", [], [
    pm("EE", "2021-01-26", "2024-07-23"),
    O("High Representative for Foreign Affairs and Security Policy", "EU", "2024-12-01"),
  ]),
  P("Kristen Michal", [], [pm("EE", "2024-07-23")]),
  P("Vaira Vīķe-Freiberga", ["Vaira Vike-Freiberga"], [pres("LV", "1999-07-08", "2007-07-08")]),
  P("Valdis Zatlers", [], [pres("LV", "2007-07-08", "2011-07-08")]),
  P("Andris Bērziņš", ["Andris Berzins"], [pres("LV", "2011-07-08", "2015-07-08")]),
  P("Andris Bērziņš", ["Andris Berzins"], [pm("LV", "2000-05-05", "2002-11-07")]),
  P("Raimonds Vējonis", ["Raimonds Vejonis"], [pres("LV", "2015-07-08", "2019-07-08")]),
  P("Egils Levits", [], [pres("LV", "2019-07-08", "2023-07-08")]),
  P("Edgars Rinkēvičs", ["Edgars Rinkevics"], [fm("LV", "2011-10-25", "2023-07-07"), pres("LV", "2023-07-08")]),
  P("Valdis Dombrovskis", [], [pm("LV", "2009-03-12", "2014-01-22")]),
  P("Laimdota Straujuma", [], [pm("LV", "2014-01-22", "2016-02-11")]),
  P("Māris Kučinskis", ["Maris Kucinskis"], [pm("LV", "2016-02-11", "2019-01-23")]),
  P("Krišjānis Kariņš", ["Krisjanis Karins"], [pm("LV", "2019-01-23", "2023-09-15"), fm("LV", "2023-09-15", "2024-03-31")]),
  P("Evika Siliņa", ["Evika Silina"], [pm("LV", "2023-09-15")]),
  P("Valdas Adamkus", [], [pres("LT", "1998-02-26", "2003-02-26"), pres("LT", "2004-07-12", "2009-07-12")]),
  P("Rolandas Paksas", [], [pm("LT", "2000-11-09", "2001-06-20"), pres("LT", "2003-02-26", "2004-04-06")]),
  P("Dalia Grybauskaitė", ["Dalia Grybauskaite"], [pres("LT", "2009-07-12", "2019-07-12")]),
  P("Gitanas Nausėda", ["Gitanas Nauseda"], [pres("LT", "2019-07-12")]),
  P("Algirdas Brazauskas", [], [pm("LT", "2001-07-03", "2006-06-01")]),
  P("Andrius Kubilius", [], [pm("LT", "2008-12-09", "2012-12-13")]),
  P("Algirdas Butkevičius", ["Algirdas Butkevicius"], [pm("LT", "2012-12-13", "2016-12-13")]),
  P("Saulius Skvernelis", [], [pm("LT", "2016-12-13", "2020-12-11")]),
  P("Ingrida Šimonytė", ["Ingrida Simonyte"], [pm("LT", "2020-12-11", "2024-12-12")]),
  P("Gintautas Paluckas", [], [pm("LT", "2024-12-12", "2025")]),
  P("Inga Ruginienė", ["Inga Ruginiene"], [pm("LT", "2025")]),
  P("Gabrielius Landsbergis", [], [fm("LT", "2020-12-11", "2024-12-12")]),

  // South Africa, Australia.
  P("Thabo Mbeki", [], [pres("ZA", "1999-06-14", "2008-09-24")]),
  P("Kgalema Motlanthe", [], [pres("ZA", "2008-09-25", "2009-05-09")]),
  P("Jacob Zuma", [], [pres("ZA", "2009-05-09", "2018-02-14")]),
  P("Cyril Ramaphosa", ["Matamela Cyril Ramaphosa"], [pres("ZA", "2018-02-15")]),
  P("John Howard", [], [pm("AU", "1996-03-11", "2007-12-03")]),
  P("Kevin Rudd", [], [pm("AU", "2007-12-03", "2010-06-24"), pm("AU", "2013-06-27", "2013-09-18")]),
  P("Julia Gillard", [], [pm("AU", "2010-06-24", "2013-06-27")]),
  P("Tony Abbott", [], [pm("AU", "2013-09-18", "2015-09-15")]),
  P("Malcolm Turnbull", [], [pm("AU", "2015-09-15", "2018-08-24")]),
  P("Scott Morrison", [], [pm("AU", "2018-08-24", "2022-05-23")]),
  P("Anthony Albanese", [], [pm("AU", "2022-05-23")]),

  // ASEAN states.
  P("Abdurrahman Wahid", ["Gus Dur"], [pres("ID", "1999-10-20", "2001-07-23")]),
  P("Megawati Sukarnoputri", ["Megawati Soekarnoputri"], [pres("ID", "2001-07-23", "2004-10-20")], ["Megawati"]),
  P("Susilo Bambang Yudhoyono", ["SBY"], [pres("ID", "2004-10-20", "2014-10-20")], ["Yudhoyono"]),
  P("Joko Widodo", ["Jokowi"], [pres("ID", "2014-10-20", "2024-10-20")], ["Widodo", "Jokowi"]),
  P("Prabowo Subianto", ["Prabowo Subianto Djojohadikusumo"], [
    S("Minister of Defence", "ID", "2019-10-23", "2024-10-20"),
    pres("ID", "2024-10-20"),
  ], ["Prabowo", "Subianto"]),
  P("Hassan Wirajuda", ["Nur Hassan Wirajuda"], [fm("ID", "2001-08-10", "2009-10-20")], ["Wirajuda"]),
  P("Marty Natalegawa", ["Raden Mohammad Marty Muliana Natalegawa"], [fm("ID", "2009-10-22", "2014-10-20")], ["Natalegawa"]),
  P("Retno Marsudi", ["Retno Lestari Priansari Marsudi"], [fm("ID", "2014-10-27", "2024-10-20")], ["Retno", "Marsudi"]),
  P("Sugiono", [], [fm("ID", "2024-10-21")], ["Sugiono"]),
  P("Bhumibol Adulyadej", ["King Bhumibol Adulyadej", "King Bhumibol"], [S("King", "TH", "1946-06-09", "2016-10-13")], ["Bhumibol"]),
  P("Maha Vajiralongkorn", ["King Maha Vajiralongkorn", "King Vajiralongkorn", "Vajiralongkorn"], [S("King", "TH", "2016-10-13")], ["Vajiralongkorn"]),
  P("Thaksin Shinawatra", [], [pm("TH", "2001-02-09", "2006-09-19")], ["Thaksin", "Shinawatra"]),
  P("Surayud Chulanont", [], [pm("TH", "2006-10-01", "2008-01-29")], ["Surayud", "Chulanont"]),
  P("Samak Sundaravej", [], [pm("TH", "2008-01-29", "2008-09-09")], ["Samak", "Sundaravej"]),
  P("Somchai Wongsawat", [], [pm("TH", "2008-09-18", "2008-12-02")], ["Somchai", "Wongsawat"]),
  P("Abhisit Vejjajiva", [], [pm("TH", "2008-12-17", "2011-08-05")], ["Abhisit", "Vejjajiva"]),
  P("Yingluck Shinawatra", [], [pm("TH", "2011-08-05", "2014-05-07")], ["Yingluck", "Shinawatra"]),
  P("Prayut Chan-o-cha", ["Prayuth Chan-ocha", "Prayut Chan-ocha", "Prayuth Chan-o-cha"], [pm("TH", "2014-08-24", "2023-08-22")], ["Prayut", "Prayuth", "Chan-o-cha"]),
  P("Srettha Thavisin", [], [pm("TH", "2023-08-22", "2024-08-14")], ["Srettha", "Thavisin"]),
  P("Paetongtarn Shinawatra", [], [pm("TH", "2024-08-16", "2025-08-29")], ["Paetongtarn", "Shinawatra"]),
  P("Anutin Charnvirakul", [], [pm("TH", "2025-09-05")], ["Anutin", "Charnvirakul"]),
  P("Surin Pitsuwan", [], [fm("TH", "1997-11-14", "2001-02-17"), O("Secretary-General", "ASEAN", "2008-01-01", "2012-12-31")], ["Surin", "Pitsuwan"]),
  P("Trần Đức Lương", ["Tran Duc Luong"], [pres("VN", "1997-09-24", "2006-06-27")]),
  P("Nguyễn Minh Triết", ["Nguyen Minh Triet"], [pres("VN", "2006-06-27", "2011-07-25")]),
  P("Trương Tấn Sang", ["Truong Tan Sang"], [pres("VN", "2011-07-25", "2016-04-02")]),
  P("Trần Đại Quang", ["Tran Dai Quang"], [pres("VN", "2016-04-02", "2018-09-21")]),
  P("Nguyễn Phú Trọng", ["Nguyen Phu Trong"], [
    S("General Secretary of the Communist Party", "VN", "2011-01-19", "2024-07-19"),
    pres("VN", "2018-10-23", "2021-04-05"),
  ]),
  P("Nguyễn Xuân Phúc", ["Nguyen Xuan Phuc"], [pm("VN", "2016-04-07", "2021-04-05"), pres("VN", "2021-04-05", "2023-01-18")]),
  P("Võ Văn Thưởng", ["Vo Van Thuong"], [pres("VN", "2023-03-02", "2024-03-21")]),
  P("Tô Lâm", ["To Lam"], [
    pres("VN", "2024-05-22", "2024-10-21"),
    S("General Secretary of the Communist Party", "VN", "2024-08-03"),
    S("Minister of Public Security", "VN", "2016-04-09", "2024-06-06"),
  ]),
  P("Lương Cường", ["Luong Cuong"], [pres("VN", "2024-10-21")]),
  P("Phan Văn Khải", ["Phan Van Khai"], [pm("VN", "1997-09-25", "2006-06-27")]),
  P("Nguyễn Tấn Dũng", ["Nguyen Tan Dung"], [pm("VN", "2006-06-27", "2016-04-07")]),
  P("Phạm Minh Chính", ["Pham Minh Chinh"], [pm("VN", "2021-04-05")]),
  P("Lê Lương Minh", ["Le Luong Minh"], [O("Secretary-General", "ASEAN", "2013-01-01", "2017-12-31")]),
  P("Mahathir Mohamad", ["Mahathir bin Mohamad", "Tun Dr Mahathir Mohamad"], [
    pm("MY", "1981-07-16", "2003-10-31"),
    pm("MY", "2018-05-10", "2020-03-01"),
  ], ["Mahathir"]),
  P("Abdullah Ahmad Badawi", ["Abdullah Badawi"], [pm("MY", "2003-10-31", "2009-04-03")], ["Badawi"]),
  P("Najib Razak", ["Najib Tun Razak", "Mohd Najib Abdul Razak"], [pm("MY", "2009-04-03", "2018-05-10")], ["Najib"]),
  P("Muhyiddin Yassin", [], [pm("MY", "2020-03-01", "2021-08-16")], ["Muhyiddin"]),
  P("Ismail Sabri Yaakob", [], [pm("MY", "2021-08-21", "2022-11-24")], ["Ismail Sabri"]),
  P("Anwar Ibrahim", [], [pm("MY", "2022-11-24")], ["Anwar"]),
  P("S. R. Nathan", ["S.R. Nathan", "Sellapan Ramanathan"], [pres("SG", "1999-09-01", "2011-08-31")], ["Nathan"]),
  P("Tony Tan Keng Yam", ["Tony Tan"], [pres("SG", "2011-09-01", "2017-08-31")], []),
  P("Halimah Yacob", [], [pres("SG", "2017-09-14", "2023-09-13")], ["Halimah"]),
  P("Tharman Shanmugaratnam", [], [pres("SG", "2023-09-14")], ["Tharman", "Shanmugaratnam"]),
  P("Goh Chok Tong", [], [pm("SG", "1990-11-28", "2004-08-12")], ["Goh"]),
  P("Lee Hsien Loong", [], [pm("SG", "2004-08-12", "2024-05-15")], ["Lee"]),
  P("Lawrence Wong", [], [pm("SG", "2024-05-15")], ["Wong"]),
  P("Vivian Balakrishnan", [], [fm("SG", "2015-10-01")], ["Balakrishnan"]),
  P("Ong Keng Yong", [], [O("Secretary-General", "ASEAN", "2003-01-01", "2007-12-31")], ["Ong"]),
  P("Lim Jock Hoi", ["Dato Lim Jock Hoi"], [O("Secretary-General", "ASEAN", "2018-01-01", "2022-12-31")], ["Lim"]),
  P("Kao Kim Hourn", [], [O("Secretary-General", "ASEAN", "2023-01-01")], ["Kao"]),
  P("Gloria Macapagal Arroyo", ["Gloria Macapagal-Arroyo", "Gloria Arroyo"], [pres("PH", "2001-01-20", "2010-06-30")], ["Arroyo", "Macapagal Arroyo"]),
  P("Benigno Aquino III", ["Benigno S. Aquino III", "Noynoy Aquino"], [pres("PH", "2010-06-30", "2016-06-30")], ["Aquino"]),
  P("Rodrigo Duterte", ["Rodrigo Roa Duterte"], [pres("PH", "2016-06-30", "2022-06-30")]),
  P("Ferdinand Marcos Jr.", ["Ferdinand R. Marcos Jr.", "Bongbong Marcos", "Ferdinand Romualdez Marcos Jr."], [pres("PH", "2022-06-30")], ["Marcos"]),
  P("Sara Duterte", ["Sara Duterte-Carpio"], [S("Vice President", "PH", "2022-06-30")]),
  P("Hassanal Bolkiah", ["Sultan Hassanal Bolkiah", "Haji Hassanal Bolkiah"], [S("Sultan", "BN", "1967-10-05")], ["Bolkiah", "Hassanal Bolkiah"]),
  P("Norodom Sihamoni", ["King Norodom Sihamoni"], [S("King", "KH", "2004-10-14")], ["Sihamoni"]),
  P("Hun Sen", ["Samdech Techo Hun Sen"], [pm("KH", "1985-01-14", "2023-08-22"), S("President of the Senate", "KH", "2024-04-03")], ["Hun Sen", "Hun"]),
  P("Hun Manet", [], [pm("KH", "2023-08-22")], ["Hun Manet", "Hun"]),
  P("Prak Sokhonn", [], [fm("KH", "2016-04-04")], ["Prak Sokhonn", "Sokhonn"]),
  P("Choummaly Sayasone", ["Choummaly Xayasone"], [pres("LA", "2006-06-08", "2016-04-20")], ["Choummaly"]),
  P("Bounnhang Vorachith", ["Bounnhang Vorachit"], [pres("LA", "2016-04-20", "2021-03-22")], ["Bounnhang"]),
  P("Thongloun Sisoulith", ["Thongloun Sisoulit"], [pm("LA", "2016-04-20", "2021-03-22"), pres("LA", "2021-03-22")], ["Thongloun", "Sisoulith"]),
  P("Thongsing Thammavong", [], [pm("LA", "2010-12-23", "2016-04-20")], ["Thongsing"]),
  P("Phankham Viphavanh", [], [pm("LA", "2021-03-22", "2022-12-30")], ["Phankham"]),
  P("Sonexay Siphandone", ["Sonexay Siphandon"], [pm("LA", "2022-12-30")], ["Sonexay"]),
  P("Than Shwe", [], [S("Chairman of the State Peace and Development Council", "MM", "1992-04-23", "2011-03-30")], ["Than Shwe"]),
  P("Thein Sein", [], [pm("MM", "2007-10-24", "2011-03-30"), pres("MM", "2011-03-30", "2016-03-30")], ["Thein Sein"]),
  P("Htin Kyaw", [], [pres("MM", "2016-03-30", "2018-03-21")], ["Htin Kyaw"]),
  P("Win Myint", [], [pres("MM", "2018-03-30", "2021-02-01")], ["Win Myint"]),
  P("Aung San Suu Kyi", ["Daw Aung San Suu Kyi"], [
    S("State Counsellor", "MM", "2016-04-06", "2021-02-01"),
    fm("MM", "2016-03-30", "2021-02-01"),
  ], ["Suu Kyi", "Aung San Suu Kyi"]),
  P("Myint Swe", [], [S("Acting President", "MM", "2021-02-01", "2024-07-22")], ["Myint Swe"]),
  P("Min Aung Hlaing", [], [
    S("Chairman of the State Administration Council", "MM", "2021-02-02", "2025-07-31"),
    S("Acting President", "MM", "2024-07-22"),
    S("Commander-in-Chief of Defence Services", "MM", "2011-03-30"),
  ], ["Min Aung Hlaing"]),
  P("José Ramos-Horta", ["Jose Ramos-Horta", "Jose Ramos Horta"], [pres("TL", "2007-05-20", "2012-05-20"), pres("TL", "2022-05-20")], ["Ramos-Horta"]),
  P("Xanana Gusmão", ["Xanana Gusmao", "Kay Rala Xanana Gusmão"], [pres("TL", "2002-05-20", "2007-05-20"), pm("TL", "2007-08-08", "2015-02-16"), pm("TL", "2023-07-01")], ["Gusmão", "Xanana"]),

  // European Union institutions.
  P("José Manuel Barroso", ["Jose Manuel Barroso", "José Manuel Durão Barroso", "Jose Manuel Durao Barroso"], [
    pm("PT", "2002-04-06", "2004-07-17"),
    O("President", "European Commission", "2004-11-22", "2014-10-31"),
  ]),
  P("Jean-Claude Juncker", [], [
    pm("LU", "1995-01-20", "2013-12-04"),
    O("President", "European Commission", "2014-11-01", "2019-11-30"),
  ]),
  P("Herman Van Rompuy", [], [
    pm("BE", "2008-12-30", "2009-11-25"),
    O("President", "European Council", "2009-12-01", "2014-11-30"),
  ], ["Van Rompuy"]),
  P("Charles Michel", [], [
    pm("BE", "2014-10-11", "2019-10-27"),
    O("President", "European Council", "2019-12-01", "2024-11-30"),
  ]),
  P("António Costa", ["Antonio Costa"], [
    pm("PT", "2015-11-26", "2024-04-02"),
    O("President", "European Council", "2024-12-01"),
  ]),
  P("Javier Solana", [], [
    O("Secretary General", "NATO", "1995-12-05", "1999-10-06"),
    O("High Representative for the Common Foreign and Security Policy", "EU", "1999-10-18", "2009-11-30"),
  ]),
  P("Catherine Ashton", ["Baroness Ashton"], [
    O("High Representative for Foreign Affairs and Security Policy", "EU", "2009-12-01", "2014-10-31"),
  ]),
  P("Federica Mogherini", [], [
    fm("IT", "2014-02-22", "2014-10-31"),
    O("High Representative for Foreign Affairs and Security Policy", "EU", "2014-11-01", "2019-11-30"),
  ]),
  P("Hans-Gert Pöttering", ["Hans-Gert Pottering", "Hans-Gert Poettering"], [O("President", "European Parliament", "2007-01-16", "2009-07-14")]),
  P("Martin Schulz", [], [O("President", "European Parliament", "2012-01-17", "2017-01-17")]),
  P("David Sassoli", [], [O("President", "European Parliament", "2019-07-03", "2022-01-11")]),
  P("Roberta Metsola", [], [O("President", "European Parliament", "2022-01-18")]),
  P("Jean-Claude Trichet", [], [O("President", "ECB", "2003-11-01", "2011-10-31")]),
  P("Christine Lagarde", [], [
    O("Managing Director", "IMF", "2011-07-05", "2019-09-12"),
    O("President", "ECB", "2019-11-01"),
  ]),

  // United Nations and its agencies.
  P("Kofi Annan", ["Kofi A. Annan"], [O("Secretary-General", "UN", "1997-01-01", "2006-12-31")]),
  P("António Guterres", ["Antonio Guterres"], [
    pm("PT", "1995-10-28", "2002-04-06"),
    O("High Commissioner for Refugees", "UNHCR", "2005-06-15", "2015-12-31"),
    O("Secretary-General", "UN", "2017-01-01"),
  ]),
  P("Amina J. Mohammed", ["Amina Mohammed", "Amina Jane Mohammed"], [O("Deputy Secretary-General", "UN", "2017-02-28")]),
  P("Filippo Grandi", [], [O("High Commissioner for Refugees", "UNHCR", "2016-01-01", "2025-12-31")]),
  P("Yury Fedotov", ["Yuri Fedotov"], [O("Executive Director", "UNODC", "2010", "2019")]),
  P("Ghada Waly", [], [O("Executive Director", "UNODC", "2020")]),
  P("Vladimir Voronkov", [], [O("Under-Secretary-General for Counter-Terrorism", "UN", "2017")]),
  P("Mohamed ElBaradei", ["Mohamed El Baradei", "Mohammed ElBaradei"], [O("Director General", "IAEA", "1997-12-01", "2009-11-30")]),
  P("Yukiya Amano", [], [O("Director General", "IAEA", "2009-12-01", "2019-07-18")]),
  P("Rafael Grossi", ["Rafael Mariano Grossi"], [O("Director General", "IAEA", "2019-12-03")]),
  P("Margaret Chan", [], [O("Director-General", "WHO", "2007-01-04", "2017-06-30")]),
  P("Tedros Adhanom Ghebreyesus", ["Tedros Adhanom", "Tedros Ghebreyesus"], [O("Director-General", "WHO", "2017-07-01")], ["Tedros"]),
  P("Pascal Lamy", [], [O("Director-General", "WTO", "2005-09-01", "2013-08-31")]),
  P("Roberto Azevêdo", ["Roberto Azevedo"], [O("Director-General", "WTO", "2013-09-01", "2020-08-31")]),
  P("Ngozi Okonjo-Iweala", [], [O("Director-General", "WTO", "2021-03-01")]),
  P("Dominique Strauss-Kahn", [], [O("Managing Director", "IMF", "2007-11-01", "2011-05-18")]),
  P("Kristalina Georgieva", [], [O("Managing Director", "IMF", "2019-10-01")]),
  P("Robert Zoellick", ["Robert B. Zoellick"], [O("President", "World Bank", "2007-07-01", "2012-06-30")]),
  P("Jim Yong Kim", [], [O("President", "World Bank", "2012-07-01", "2019-02-01")]),
  P("David Malpass", [], [O("President", "World Bank", "2019-04-09", "2023-06-01")]),
  P("Ajay Banga", ["Ajaypal Singh Banga"], [O("President", "World Bank", "2023-06-02")]),

  // OSCE Secretaries General (chairpersons-in-office are listed with their states above).
  P("Ján Kubiš", ["Jan Kubis"], [O("Secretary General", "OSCE", "1999-06-15", "2005-06-14")]),
  P("Marc Perrin de Brichambaut", [], [O("Secretary General", "OSCE", "2005-06-15", "2011-06-30")], ["Perrin de Brichambaut", "de Brichambaut"]),
  P("Lamberto Zannier", [], [
    O("Secretary General", "OSCE", "2011-07-01", "2017-06-30"),
    O("High Commissioner on National Minorities", "OSCE", "2017-07-19", "2020-07-18"),
  ]),
  P("Thomas Greminger", [], [O("Secretary General", "OSCE", "2017-07-18", "2020-07-18")]),
  P("Helga Maria Schmid", ["Helga Schmid"], [O("Secretary General", "OSCE", "2020-12-04", "2024-12-03")]),

  // NATO, Council of Europe, African Union, OIC.
  P("Thorbjørn Jagland", ["Thorbjorn Jagland"], [O("Secretary General", "Council of Europe", "2009-10-01", "2019-09-17")]),
  P("Marija Pejčinović Burić", ["Marija Pejcinovic Buric"], [O("Secretary General", "Council of Europe", "2019-09-18", "2024-09-17")], ["Pejčinović Burić", "Burić"]),
  P("Alain Berset", [], [O("Secretary General", "Council of Europe", "2024-09-18")]),
  P("Moussa Faki Mahamat", ["Moussa Faki"], [O("Chairperson of the Commission", "AU", "2017-03-14", "2025-02-15")], ["Faki", "Mahamat"]),
  P("Mahmoud Ali Youssouf", [], [O("Chairperson of the Commission", "AU", "2025-02-15")]),
  P("Hissein Brahim Taha", [], [O("Secretary General", "OIC", "2021")]),

  // CSTO, CIS, SCO and the Eurasian bodies.
  P("Nikolai Bordyuzha", ["Nikolay Bordyuzha", "Nikolai Bordyuja"], [O("Secretary General", "CSTO", "2003-04-28", "2016-12-31")]),
  P("Valery Semerikov", ["Valeriy Semerikov"], [
    O("Acting Secretary General", "CSTO", "2017-01-01", "2017"),
    O("Acting Secretary General", "CSTO", "2018", "2019-12-31"),
    O("Deputy Secretary General", "CSTO", "2012", "2019"),
  ]),
  P("Yuri Yarov", ["Yury Yarov"], [O("Chairman of the Executive Committee – Executive Secretary", "CIS", "1999", "2004")]),
  P("Dmitry Mezentsev", ["Dmitri Mezentsev", "Dmitriy Mezentsev"], [O("Secretary-General", "SCO", "2013-01-01", "2015-12-31")]),
  P("Tair Mansurov", [], [O("Secretary General", "EurAsEC", "2007", "2014")]),
  P("Grigory Rapota", ["Grigoriy Rapota"], [O("Secretary General", "EurAsEC", "2002", "2007")]),
]);
