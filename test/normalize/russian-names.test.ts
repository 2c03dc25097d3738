import { describe, expect, it } from "vitest";
import {
  englishNameOf,
  findRussianOfficial,
  genderOfNames,
  groupRussianNames,
  isRussianGivenName,
  isRussianPatronymic,
  nominativeOf,
  readRussianName,
  russianNameKeys,
  russianNominative,
  sameRussianNameWord,
  sameRussianPerson,
} from "../../src/normalize/russian-names.js";

describe("russianNameKeys", () => {
  it("gives the word and its stems less each case ending", () => {
    expect(russianNameKeys("Лаврова")).toEqual(expect.arrayContaining(["лаврова", "лавров"]));
    expect(russianNameKeys("Сергей")).toEqual(expect.arrayContaining(["сергей", "серге", "серг"]));
    expect(russianNameKeys("Ёлкин")).toContain("елкин");
  });

  it("gives back a vowel that drops in the other cases", () => {
    expect(russianNameKeys("Руденок")).toContain("руденк");
    expect(russianNameKeys("Кравец")).toContain("кравц");
  });

  it("reads plural endings and the neuter -о only for names of places and bodies", () => {
    expect(russianNameKeys("Штатов")).not.toContain("штат");
    expect(russianNameKeys("Штатов", { plural: true })).toContain("штат");
    expect(russianNameKeys("сотрудничество", { plural: true })).toContain("сотрудничеств");
  });
});

describe("sameRussianNameWord", () => {
  it("meets the case forms of one name", () => {
    for (const [a, b] of [
      ["Лавров", "Лавровым"],
      ["Тоноян", "Тонояном"],
      ["Зась", "Засем"],
      ["Зась", "Зася"],
      ["Макей", "Макеем"],
      ["Бордюжа", "Бордюжей"],
      ["Мирзиёев", "Мирзиеева"],
      ["Руденок", "Руденка"],
      ["Касым-Жомарт", "Касым-Жомартом"],
    ]) {
      expect(sameRussianNameWord(a as string, b as string), `${a} / ${b}`).toBe(true);
    }
  });

  it("keeps apart names that only begin alike", () => {
    expect(sameRussianNameWord("Лавров", "Лавр")).toBe(false);
    expect(sameRussianNameWord("Саид", "Саидов")).toBe(false);
  });
});

describe("nominativeOf", () => {
  it("brings men's surnames back to the nominative", () => {
    const cases: [string, string][] = [
      ["Лавровым", "Лавров"],
      ["Лаврову", "Лавров"],
      ["Лаврова", "Лавров"],
      ["Путиным", "Путин"],
      ["Зеленского", "Зеленский"],
      ["Тонояном", "Тоноян"],
      ["Тонояна", "Тоноян"],
      ["Макеем", "Макей"],
      ["Макея", "Макей"],
      ["Засем", "Зась"],
      ["Зася", "Зась"],
      ["Фрицем", "Фриц"],
      ["Бордюжей", "Бордюжа"],
      ["Руденка", "Руденок"],
      ["Кравца", "Кравец"],
    ];
    for (const [form, nominative] of cases) expect(nominativeOf(form, "masculine", "surname"), form).toBe(nominative);
  });

  it("brings women's surnames back to the nominative", () => {
    expect(nominativeOf("Захаровой", "feminine", "surname")).toBe("Захарова");
    expect(nominativeOf("Захаровой", "feminine", "surname")).toBe("Захарова");
    expect(nominativeOf("Матвиенко", "feminine", "surname")).toBe("Матвиенко");
    expect(nominativeOf("Зеленской", "feminine", "surname")).toBe("Зеленская");
  });

  it("leaves names that do not decline as they are", () => {
    for (const word of ["Андрейченко", "Зарифи", "Тлеуберди", "Черных", "Лавров", "Мамин"]) expect(nominativeOf(word, "masculine", "surname")).toBe(word);
  });

  it("reads given names from the lists, others by rule", () => {
    expect(nominativeOf("Сергея", "masculine", "given")).toBe("Сергей");
    expect(nominativeOf("Юрием", "masculine", "given")).toBe("Юрий");
    expect(nominativeOf("Ильи", "masculine", "given")).toBe("Илья");
    expect(nominativeOf("Марии", "feminine", "given")).toBe("Мария");
    expect(nominativeOf("Бахромом", "masculine", "given")).toBe("Бахром");
  });

  it("brings a patronymic to the nominative", () => {
    expect(nominativeOf("Викторовича", "masculine", "patronymic")).toBe("Викторович");
    expect(nominativeOf("Ивановной", "feminine", "patronymic")).toBe("Ивановна");
  });

  it("keeps words in capitals in capitals", () => {
    expect(nominativeOf("ПЕТРОВЫМ", "masculine", "surname")).toBe("ПЕТРОВ");
  });
});

describe("readRussianName", () => {
  it("reads initials glued or apart", () => {
    expect(readRussianName("С.В.Лаврова")).toMatchObject({ initials: ["С", "В"], given: null, surname: "Лаврова" });
    expect(readRussianName("В. А. Руденка")).toMatchObject({ initials: ["В", "А"], surname: "Руденка" });
    expect(readRussianName("Дж.Смит")).toMatchObject({ initials: ["Дж"], surname: "Смит" });
  });

  it("tells a patronymic from a surname in -ович", () => {
    expect(readRussianName("Ваге Арменовичем Геворкяном")).toMatchObject({ given: "Ваге", patronymic: "Арменовичем", surname: "Геворкяном" });
    expect(readRussianName("Михаил Мясникович")).toMatchObject({ given: "Михаил", surname: "Мясникович" });
    expect(readRussianName("Вячеслав Викторович")).toMatchObject({ given: "Вячеслав", patronymic: "Викторович", surname: null });
    expect(isRussianPatronymic("Ивановной")).toBe(true);
    expect(isRussianPatronymic("Иванов")).toBe(false);
  });

  it("keeps particles with the surname", () => {
    expect(readRussianName("Мухаммед бин Салман Аль Сауд").surname).toBe("бин Салман Аль Сауд");
  });
});

describe("genders and given names", () => {
  it("knows given names in any case", () => {
    expect(isRussianGivenName("Сергеем")).toBe(true);
    expect(isRussianGivenName("Мухтаром")).toBe(true);
    expect(isRussianGivenName("Организации")).toBe(false);
  });

  it("tells a woman's name by its given name or its surname's ending", () => {
    expect(genderOfNames([readRussianName("Марией Захаровой")])).toBe("feminine");
    expect(genderOfNames([readRussianName("Н.Ивановой")])).toBe("feminine");
    expect(genderOfNames([readRussianName("Н.Иванова")])).toBe("masculine");
  });
});

describe("sameRussianPerson and groupRussianNames", () => {
  it("meets the forms of one person", () => {
    expect(sameRussianPerson("С.Лавровым", "Сергей Лавров")).toBe(true);
    expect(sameRussianPerson("Станиславом Засем", "С. Зася")).toBe(true);
    expect(sameRussianPerson("Лавров", "Сергеем Лавровым")).toBe(true);
    expect(sameRussianPerson("Шавкат Миромонович", "Шавкатом Мирзиёевым")).toBe(true);
    expect(sameRussianPerson("Армида Салсия", "Армидой Салсия Алишахбана")).toBe(true);
  });

  it("keeps apart people who share a surname", () => {
    expect(sameRussianPerson("Игорь Петров", "Олег Петров")).toBe(false);
    expect(sameRussianPerson("И.Петров", "О.Петров")).toBe(false);
  });

  it("groups forms, a lone surname with the one person it fits", () => {
    expect(groupRussianNames(["Сергей Лавров", "Давидом Тонояном", "С.Лаврова", "Тоноян"])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("drops a form of address that no full name stands for", () => {
    expect(groupRussianNames(["Пётр Петрович"])).toEqual([]);
  });
});

describe("English names", () => {
  it("finds officials by their Cyrillic forms, on the day", () => {
    expect(findRussianOfficial(["С.Лавровым"], "2021-01-25")?.name).toBe("Sergey Lavrov");
    expect(findRussianOfficial(["Станиславом Засем"], "2021-11-02")?.role).toBe("Secretary General");
    expect(findRussianOfficial(["Лавров"], "2021-01-25")).toBeNull();
    expect(findRussianOfficial(["Лавров"], "2021-01-25", { surnameOnly: true })?.name).toBe("Sergey Lavrov");
  });

  it("romanizes the nominative of someone the gazetteer does not know", () => {
    expect(russianNominative(["Геннадием Тройслитом"])).toBe("Геннадий Тройслит");
    expect(englishNameOf(["Геннадием Тройслитом"], null)).toBe("Gennady Troyslit");
    expect(russianNominative(["В. А. Руденка"])).toBe("В.А. Руденок");
    expect(englishNameOf(["В. А. Руденка"], null)).toBe("V.A. Rudenok");
    expect(russianNominative(["Ольгой Сидоровой", "О.Сидорова"])).toBe("Ольга Сидорова");
  });

  it("leaves a patronymic out of the English name", () => {
    expect(englishNameOf(["Бахромом Тимуровичем Алиевым"], null)).toBe("Bakhrom Aliyev");
  });
});
