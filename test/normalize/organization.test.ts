import { describe, expect, it } from "vitest";
import { normalizeOrganization, organizationSeat, recasedOrganizationName, withStateArticles } from "../../src/normalize/organization.js";

describe("normalizeOrganization", () => {
  it("maps acronyms, also other-language ones, to the canonical entry", () => {
    expect(normalizeOrganization("OSCE")).toEqual({ name: "Organization for Security and Co-operation in Europe", acronym: "OSCE" });
    expect(normalizeOrganization("ODKB")).toEqual({ name: "Collective Security Treaty Organization", acronym: "CSTO" });
    expect(normalizeOrganization("EAEC")).toEqual({ name: "Eurasian Economic Union", acronym: "EAEU" });
    expect(normalizeOrganization("U.N.")).toEqual({ name: "United Nations", acronym: "UN" });
  });

  it("maps spelling variants of full names", () => {
    expect(normalizeOrganization("Organisation for Security and Cooperation in Europe")?.acronym).toBe("OSCE");
    expect(normalizeOrganization("the Collective Security Treaty Organisation")?.acronym).toBe("CSTO");
    expect(normalizeOrganization("Shanghai Cooperation Organization")?.name).toBe("Shanghai Cooperation Organisation");
    expect(normalizeOrganization("  north atlantic treaty organization ")?.acronym).toBe("NATO");
  });

  it("maps organs to their parent", () => {
    expect(normalizeOrganization("UN General Assembly")?.acronym).toBe("UN");
    expect(normalizeOrganization("Secretariat of the SCO")?.acronym).toBe("SCO");
    expect(normalizeOrganization("CSTO Permanent Council")?.acronym).toBe("CSTO");
    expect(normalizeOrganization("European Commission")?.acronym).toBe("EU");
  });

  it("keeps parliamentary assemblies and UN agencies apart", () => {
    expect(normalizeOrganization("OSCE PA")?.name).toBe("OSCE Parliamentary Assembly");
    expect(normalizeOrganization("Interparliamentary Assembly of the CIS")?.acronym).toBe("IPA CIS");
    expect(normalizeOrganization("UNHCR")?.acronym).toBe("UNHCR");
    expect(normalizeOrganization("European Parliament")?.name).toBe("European Parliament");
  });

  it("returns null for what it does not know", () => {
    expect(normalizeOrganization("Ministry of Magic")).toBeNull();
    expect(normalizeOrganization("")).toBeNull();
    expect(normalizeOrganization("Kazakhstan")).toBeNull();
    expect(normalizeOrganization(42 as unknown as string)).toBeNull();
  });
});

describe("organizationSeat", () => {
  it("gives the seat of an organisation and of its organs", () => {
    expect(organizationSeat("CSTO")).toEqual({ city: "Moscow", country: "RU" });
    expect(organizationSeat("Commonwealth of Independent States")).toEqual({ city: "Minsk", country: "BY" });
    expect(organizationSeat("OSCE Secretariat")).toEqual({ city: "Vienna", country: "AT" });
    expect(organizationSeat("UN General Assembly")).toEqual({ city: "New York", country: "US" });
  });

  it("returns null for forums without a seat and for unknown names", () => {
    expect(organizationSeat("BRICS")).toBeNull();
    expect(organizationSeat("Ministry of Magic")).toBeNull();
  });
});

describe("withStateArticles", () => {
  it("restores 'the' before a state's official name that machine translation dropped", () => {
    expect(withStateArticles("Security Council of Republic of Kazakhstan")).toBe("Security Council of the Republic of Kazakhstan");
    expect(withStateArticles("Federal Security Service of Russian Federation")).toBe("Federal Security Service of the Russian Federation");
    expect(withStateArticles("Embassy of Kyrgyz Republic in Tokyo")).toBe("Embassy of the Kyrgyz Republic in Tokyo");
  });

  it("leaves names with the article, other words and common names alone", () => {
    expect(withStateArticles("Ministry of Foreign Affairs of the Republic of Belarus")).toBe("Ministry of Foreign Affairs of the Republic of Belarus");
    expect(withStateArticles("Institute of Republican Studies")).toBe("Institute of Republican Studies");
    expect(withStateArticles("Ministry of Defence of Uzbekistan")).toBe("Ministry of Defence of Uzbekistan");
  });
});

describe("recasedOrganizationName", () => {
  it("writes a name in capitals in its usual form", () => {
    expect(recasedOrganizationName("MINISTRY OF TRADE AND INDUSTRY OF THE REPUBLIC OF KENYA")).toBe("Ministry of Trade and Industry of the Republic of Kenya");
    expect(recasedOrganizationName("STATE COMMITTEE FOR NATIONAL SECURITY OF THE KYRGYZ REPUBLIC")).toBe("State Committee for National Security of the Kyrgyz Republic");
    expect(recasedOrganizationName("BANK OF THE PEOPLE'S REPUBLIC")).toBe("Bank of the People's Republic");
    expect(recasedOrganizationName("EXPORT-IMPORT BANK OF KOREA")).toBe("Export-Import Bank of Korea");
    expect(recasedOrganizationName("MINISTRY OF HEALTH OF VIET NAM")).toBe("Ministry of Health of Viet Nam");
  });

  it("keeps acronyms, roman numerals and vowelless legal forms", () => {
    expect(recasedOrganizationName("CSTO JOINT STAFF")).toBe("CSTO Joint Staff");
    expect(recasedOrganizationName("KAZMUNAYGAS JSC")).toBe("Kazmunaygas JSC");
    expect(recasedOrganizationName("FORUM II SECRETARIAT")).toBe("Forum II Secretariat");
  });

  it("leaves a name with a lower-case letter, or one word, as it is", () => {
    expect(recasedOrganizationName("Ministry of Energy")).toBe("Ministry of Energy");
    expect(recasedOrganizationName("NTEC")).toBe("NTEC");
  });
});
