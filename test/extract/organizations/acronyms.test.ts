import { describe, expect, it } from "vitest";
import { organizationAt, organizationMentions } from "../../../src/extract/organizations/index.js";
import { analyze, mentionsOf, organizationsOf } from "./run.js";

describe("extractOrganizations: acronyms the text defines", () => {
  it("links 'Full Name (ACR)' and later uses of ACR", () => {
    const text = "The Regional Water Agency (RWA) opened an office. RWA experts will visit.";
    expect(organizationsOf(text)).toEqual(["Regional Water Agency | RWA"]);
    expect(mentionsOf(text)).toEqual(["Regional Water Agency", "RWA", "RWA"]);
  });

  it("links 'ACR (Full Name)'", () => {
    const text = "The RWA (Regional Water Agency) opened an office.";
    expect(organizationsOf(text)).toEqual(["Regional Water Agency | RWA"]);
  });

  it("keeps a gazetteer entry's own name when the text defines its acronym", () => {
    expect(organizationsOf("The Eurasian Economic Union (EAEU) grew. The EAEU budget rose.")).toEqual(["Eurasian Economic Union | EAEU"]);
  });

  it("credits an organ's acronym to the parent organisation", () => {
    const text = "Head of the Border Security Unit (BSUX) of the OSCE Secretariat spoke. BSUX staff attended.";
    expect(organizationsOf(text)).toEqual(["Organization for Security and Co-operation in Europe | OSCE"]);
    expect(mentionsOf(text)).toEqual(["Border Security Unit (BSUX) of the OSCE Secretariat", "BSUX", "BSUX"]);
  });

  it("does not take a country's acronym for an organisation", () => {
    expect(organizationsOf("The Republic of Korea (ROK) sent a delegation.")).toEqual([]);
  });

  it("keeps an unknown acronym used as an organisation and warns about it", () => {
    const file = analyze("The XQZ Secretariat issued a note.");
    expect((file.data.organizations ?? []).map((organization) => organization.name)).toEqual(["XQZ"]);
    const warning = file.messages.find((message) => message.ruleId === "organization:unknown-acronym");
    expect(warning?.reason).toContain("XQZ");
    expect(warning?.fatal).toBe(false);
  });
});

describe("extractOrganizations: messages and spans", () => {
  it("reports an organ counted as its parent as an info message", () => {
    const file = analyze("The CSTO Joint Staff met.");
    const info = file.messages.filter((message) => message.ruleId === "organization:organ-of-parent");
    expect(info).toHaveLength(1);
    expect(info[0]?.fatal).toBeUndefined();
    expect(info[0]?.source).toBe("communique");
  });

  it("gives spans into the original text, page noise and odd spaces included", () => {
    const text = "Share\nTwitter\nFacebook\n\nOn 3 May the  \u201cCSTO\u201d   Secretariat   hosted\u00a0the OSCE.";
    const organizations = analyze(text).data.organizations ?? [];
    expect(organizations.map((organization) => organization.acronym)).toEqual(["CSTO", "OSCE"]);
    const mentions = organizations.map((organization) => (organization.spans ?? []).map((span) => text.slice(span.start, span.end)));
    expect(mentions).toEqual([["CSTO", "Secretariat"], ["OSCE"]]);
  });

  it("finds the organisation at an offset, innermost first", () => {
    const text = "CSTO Secretary General Ivan Petrov met the head of the OSCE Conflict Prevention Centre.";
    const file = analyze(text);
    expect(organizationAt(file, 0)?.acronym).toBe("CSTO");
    expect(organizationAt(file, 6)).toBeNull();
    expect(organizationAt(file, text.indexOf("Prevention"))?.acronym).toBe("OSCE");
    expect(organizationAt(file, text.length + 10)).toBeNull();
    expect(organizationMentions(file).map((mention) => text.slice(mention.start, mention.end))).toEqual(["CSTO", "OSCE Conflict Prevention Centre"]);
  });

  it("takes an acronym before 'member-states' for an organisation", () => {
    expect(organizationsOf("Delegations of the QRST member-states met in Minsk.")).toEqual(["QRST | QRST"]);
  });
});

describe("extractOrganizations: an acronym after a name that ends in its country", () => {
  it("links 'Central Bank of Kenya (CBK)' and later uses of CBK", () => {
    expect(organizationsOf("The Central Bank of Kenya (CBK) and the Bank of Ghana signed a memorandum. CBK experts will visit Accra.")).toEqual([
      "Central Bank of Kenya | CBK",
      "Bank of Ghana | -",
    ]);
  });
});
