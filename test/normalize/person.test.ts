import { describe, expect, it } from "vitest";
import { canonicalNameOrder, mergePersonNames, samePerson } from "../../src/index.js";
import { withCapitalizedSurname } from "../../src/normalize/person.js";

describe("samePerson", () => {
  it.each([
    ["Mikhail Ivanov", "Mikhail Ivanov"],
    ["Yury Petrov", "Yuri Petrov"],
    ["Sergei Orlov", "Sergey Orlov"],
    ["Anna Lindqvist", "Anna Lindqvi"],
    ["A.Lindqvist", "Anna Lindqvist"],
    ["S. Orlov", "Sergey Orlov"],
    ["Orlov Sergey", "Sergey Orlov"],
    ["Orlov", "Sergey Orlov"],
    ["Kim", "Kim Min-jun"],
    ["Jean-Yves Le Drian", "Jean-Yves Le Drian"],
    ["Timur Nazarbayev", "Timur Nazarbaev"],
    ["Ilkham Aliyev", "Ilkham Aliev"],
    ["Sergey Shoygu", "Sergei Shoigu"],
    ["Serdar Berdymukhamedow", "Serdar Berdymukhamedov"],
    // A compound surname without the given name, a name without its second surname.
    ["Bongani Nkosi Dlamini", "Nkosi Dlamini"],
    ["Ahmed Salem Ould Abdallah", "Ould Abdallah"],
    ["Lucia Torres Alvarado", "Lucia Torres"],
    ["Torres", "Lucia Torres Alvarado"],
  ])("%s is %s", (a, b) => {
    expect(samePerson(a, b)).toBe(true);
  });

  it.each([
    ["Igor Orlov", "Sergey Orlov"],
    ["Anna Lind", "Anna Lindqvist"],
    ["B.Lindqvist", "Anna Lindqvist"],
    ["", "Sergey Orlov"],
    // A second word in "-vich" is a surname (Belarusian, Serbian), not a patronymic.
    ["Mikhail Myasnikovich", "Mikhail Mishustin"],
    ["Sergei Lukashevich", "Sergei Lebedev"],
    ["Lucia Torres Alvarado", "Pablo Torres Alvarado"],
    ["Nkosi Dlamini Mabuza", "Dlamini Zwane"],
    ["Lucia Torres Brasília", "Lucia Torres"],
  ])("%s is not %s", (a, b) => {
    expect(samePerson(a, b)).toBe(false);
  });
});

describe("mergePersonNames", () => {
  it("makes one entry per person with the fullest spelling as the name", () => {
    expect(mergePersonNames(["Anna Lindqvi", "Yury Petrov", "A.Lindqvist", "Anna Lindqvist", "Petrov", "Yuri Petrov"])).toEqual([
      { name: "Anna Lindqvist", aliases: ["Anna Lindqvi", "A.Lindqvist"] },
      { name: "Yury Petrov", aliases: ["Yuri Petrov", "Petrov"] },
    ]);
  });

  it("leaves a lone surname that fits two people on its own", () => {
    const merged = mergePersonNames(["Igor Orlov", "Sergey Orlov", "Orlov"]);
    expect(merged.map((person) => person.name)).toEqual(["Igor Orlov", "Sergey Orlov"]);
  });

  it("keeps apart people who only share a surname", () => {
    expect(mergePersonNames(["Igor Popov", "Alexander Popov"])).toHaveLength(2);
  });
});

describe("canonicalNameOrder", () => {
  it("puts a surname-first name with a patronymic in the usual order", () => {
    expect(canonicalNameOrder("Petrov Ivan Sergeyevich")).toBe("Ivan Sergeyevich Petrov");
    expect(canonicalNameOrder("Ivan Sergeyevich Petrov")).toBe("Ivan Sergeyevich Petrov");
    expect(canonicalNameOrder("Anna  Lindqvist")).toBe("Anna Lindqvist");
  });
});

describe("withCapitalizedSurname", () => {
  it.each([
    ["TANAKA Hiroshi", "Hiroshi Tanaka"],
    ["Gulnara ABDIEVA", "Gulnara Abdieva"],
    ["Maria Lopez-GARCIA", "Maria Lopez-GARCIA"],
    ["Anna Maria BERG-OLSEN", "Anna Maria Berg-Olsen"],
    ["Sergey Orlov", "Sergey Orlov"],
    ["IVAN PETROV", "IVAN PETROV"],
    ["Orlov", "Orlov"],
  ])("%s → %s", (written, name) => {
    expect(withCapitalizedSurname(written)).toBe(name);
  });
});

describe("samePerson: a surname before its initials, as Russian writes it", () => {
  it.each([
    ["Sharsheev U.Sh.", "Ularbek Sharsheev", true],
    ["Ivanov I.P.", "Igor Ivanov", true],
    ["Ivanov I.P.", "Pavel Ivanov", false],
    ["Tokayev K.", "Kassym-Jomart Tokayev", true],
  ])("%s / %s", (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });

  it("names the person by the full name, the surname-first form an alias", () => {
    expect(mergePersonNames(["Sharsheev U.Sh.", "Ularbek Sharsheev"])).toEqual([{ name: "Ularbek Sharsheev", aliases: ["Sharsheev U.Sh."] }]);
  });
});

describe("mergePersonNames: romanizations of one surname", () => {
  it.each([
    [["Terhi Khakala", "T.Hakala"], "Terhi Khakala"],
    [["Elmira Aliyeva", "E.Alieva"], "Elmira Aliyeva"],
  ])("groups %j", (names, name) => {
    const groups = mergePersonNames(names);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.name).toBe(name);
  });
});

describe("samePerson: Greek and English given names, surnames split in two", () => {
  it.each([
    ["Giorgos Dimas", "George Dimas", true],
    ["Nikos Papadakis", "Nicholas Papadakis", true],
    ["Konstantinos Vlachos", "Kostas Vlachos", true],
    ["Ioannis Markou", "John Markou", true],
    ["George Dimas", "John Dimas", false],
    ["Hassan Abdelrazek", "Abdel Razek", true],
    ["Abdelrazek", "Abdel Razek", true],
    ["Hassan Abdelrazek", "Abdel Hamid", false],
    // Short keys meet by chance.
    ["Li Na", "Wei Lina", false],
  ])("%s / %s", (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });

  it("names the person by the full name, the split spelling an alias", () => {
    expect(mergePersonNames(["Hassan Abdelrazek", "Abdel Razek"])).toEqual([{ name: "Hassan Abdelrazek", aliases: ["Abdel Razek"] }]);
  });
});
