// Releases written for these tests in the style of military press releases of a coalition
// headquarters (a dateline "KABUL, Afghanistan (Jan. 3)", a release number, operational
// updates): the operations, units and wording are invented.
import { describe, expect, it } from "vitest";
import { analyzeRelease, parseRelease } from "../../../src/index.js";

function dateOf(text: string, referenceDate: string | null = null): string | null {
  const date = parseRelease(text, { referenceDate }).date;
  return date ? date.start : null;
}

function ruleIds(text: string, referenceDate: string | null = null): string[] {
  return analyzeRelease(text, { referenceDate }).messages.map((message) => String(message.ruleId));
}

describe("relative words read against the dateline", () => {
  it("counts 'yesterday' back from a dateline with a year", () => {
    const text =
      "Border police seize explosives in Paktika\n\n2013-06-S-041\n\nKABUL, Afghanistan (June 14, 2013)\n" +
      "Afghan Border Police and coalition advisers seized a truck loaded with homemade explosives at a checkpoint in Barmal district, Paktika province, yesterday.";
    const release = parseRelease(text);
    expect(release.date?.start).toBe("2013-06-13");
    expect(release.date?.inferred).toBe(true);
    expect(release.date?.span && text.slice(release.date.span.start, release.date.span.end)).toBe("yesterday");
    expect(release.published?.date).toBe("2013-06-14");
    expect(release.published?.span && text.slice(release.published.span.start, release.published.span.end)).toBe("June 14, 2013");
    expect(ruleIds(text)).toContain("date:relative");
  });

  it("dates 'last night' and 'overnight' by the evening they began", () => {
    const night = "KABUL, Afghanistan (June 14, 2013) - A patrol was attacked near the district centre of Shindand last night and returned fire.";
    expect(dateOf(night)).toBe("2013-06-13");
    const overnight = "KABUL, Afghanistan (June 14, 2013) - Commandos detained a weapons courier during an overnight raid in Kunduz province.";
    expect(dateOf(overnight)).toBe("2013-06-13");
  });

  it("takes a weekday in the same clause over 'overnight' before it", () => {
    const text = "KABUL, Afghanistan (June 14, 2013) - Commandos detained a weapons courier during an overnight raid in Kunduz province Tuesday.";
    expect(dateOf(text)).toBe("2013-06-11");
  });

  it("counts 'today' and 'this morning' as the dateline's day", () => {
    expect(dateOf("KABUL, Afghanistan (March 9, 2012) - Soldiers cleared a roadside bomb from the Ring Road in Zabul province early this morning.")).toBe(
      "2012-03-09",
    );
  });

  it("reads the weekday before the dateline, across New Year", () => {
    const text =
      "2014-01-S-007\n\nKABUL, Afghanistan (Jan. 3) - An Afghan-led force arrested a bomb maker in Nad-e Ali district, Helmand province, Saturday night.";
    expect(dateOf(text)).toBe("2013-12-28");
  });
});

describe("the year of a dateline that has none", () => {
  it("comes from the release number", () => {
    const text = "2012-10-S-019\nFor Immediate Release\nKABUL, Afghanistan (Oct. 4) - Coalition troops found a cache of mortar rounds in Arghandab district, Kandahar province, today.";
    expect(dateOf(text)).toBe("2012-10-04");
    expect(parseRelease(text).published?.date).toBe("2012-10-04");
  });

  it("comes from the reference date when one is given", () => {
    const text = "KABUL, Afghanistan (Oct. 4) - Coalition troops found a cache of mortar rounds in Arghandab district, Kandahar province, yesterday.";
    expect(dateOf(text, "2012-10-05")).toBe("2012-10-03");
  });

  it("is left open without any evidence: no date rather than a wrong one", () => {
    const text = "KABUL, Afghanistan (Oct. 4) - Coalition troops found a cache of mortar rounds in Arghandab district, Kandahar province, today.";
    expect(dateOf(text)).toBeNull();
    expect(ruleIds(text)).toContain("date:unresolved");
  });

  it("leaves a relative word open when the release gives no date of its own", () => {
    const text = "2011-07-S-012\nFor Immediate Release\nAn Afghan-led force detained two suspected insurgents in Sar-e Pul province yesterday.";
    expect(dateOf(text)).toBeNull();
  });
});

describe("headers and headline dates", () => {
  it("reads an operational update's header as the release's date", () => {
    const text =
      "Joint Command Evening Operational Update, March 9, 2012\n\n" +
      "In Helmand province, a coalition patrol disabled a pressure-plate bomb on a canal path in Nahr-e Saraj district today.";
    expect(dateOf(text)).toBe("2012-03-09");
    expect(parseRelease(text).published?.date).toBe("2012-03-09");
  });

  it("reads a date that opens the headline as the release's date", () => {
    const text =
      "Oct. 4: Afghan and Coalition Operations in Logar, Wardak\n2011-10-CA-020\n\n" +
      "In Logar last night, a joint force searched a compound in Baraki Barak district and detained a Taliban tax collector.";
    expect(dateOf(text)).toBe("2011-10-03");
  });

  it("prefers an explicit day of the lead to the header date", () => {
    const text =
      "Joint Command Evening Operational Update, March 9, 2012\n\nKABUL, Afghanistan (March 9, 2012) Officials confirmed a weapons courier was held at a checkpoint in Paktiya province March 6.";
    expect(dateOf(text)).toBe("2012-03-06");
  });

  it("finds a dateline on a page flattened into one line", () => {
    const spaces = "Afghan force detains courier\nJoint Command - Afghanistan 2010-08-CA-101  For Immediate Release    KABUL, Afghanistan (Aug. 12) - An Afghan force detained a courier in Ghazni province yesterday.";
    expect(dateOf(spaces)).toBe("2010-08-11");
    const separators = "Afghan force detains courier\nJoint Command - Afghanistan 2010-08-CA-101\u2028\u2028KABUL, Afghanistan (Aug. 12) - An Afghan force detained a courier in Ghazni province yesterday.";
    expect(dateOf(separators)).toBe("2010-08-11");
  });
});

describe("days that are not the operation's", () => {
  it("sets aside the day the result was confirmed", () => {
    const text = "KABUL, Afghanistan (June 14, 2013) - Officials confirmed today that a Taliban commander was captured in Gizab district, Uruzgan province, Tuesday.";
    expect(dateOf(text)).toBe("2013-06-11");
    const roles = analyzeRelease(text).data.dateMentions?.map((mention) => mention.role?.name);
    expect(roles).toEqual(["publication", "report", "event"]);
  });

  it("sets aside the date of an earlier attack the target took part in", () => {
    const text =
      "KABUL, Afghanistan (June 14, 2013) - A joint force captured the man behind the May 30 bombing of a bazaar in Ghazni city during an operation today.";
    expect(dateOf(text)).toBe("2013-06-14");
    const after = "KABUL, Afghanistan (June 14, 2013) - A joint force captured a leader responsible for an ambush June 2 near Maidan Shahr during an operation yesterday.";
    expect(dateOf(after)).toBe("2013-06-13");
  });

  it("takes the first day of 'from Sunday night into Monday morning'", () => {
    const text = "KABUL, Afghanistan (Nov. 21, 2013) - Troops cleared three villages in an operation that ran from Sunday night into Monday morning in Zhari district.";
    expect(dateOf(text)).toBe("2013-11-17");
  });
});

describe("several operations in one release", () => {
  it("is dated by the operation that came first", () => {
    const text =
      "Joint Command Evening Operational Update, Nov. 21, 2013\n\nKABUL, Afghanistan (Nov. 21, 2013)\n" +
      "In Kandahar province, a patrol found a cache of rockets in Maiwand district today. The rockets were destroyed where they were found.\n" +
      "In Paktiya province, Afghan police arrested a bomb maker in Zurmat district yesterday. He had built devices for several cells.\n" +
      "In Farah province, commandos seized two trucks of fuel meant for insurgents in Bala Baluk district Monday.";
    expect(dateOf(text)).toBe("2013-11-18");
  });
});

describe("weak evidence", () => {
  it("gives the month when the stretch of days lies in one", () => {
    const text = "KABUL, Afghanistan (May 22, 2014) - A Taliban recruiter was arrested earlier this week in Ghazni city, officials said today.";
    const release = parseRelease(text);
    expect(release.date?.start).toBe("2014-05");
    expect(release.date?.inferred).toBe(true);
  });

  it("gives no date when the stretch runs over two months", () => {
    const text = "KABUL, Afghanistan (July 2, 2014) - A Taliban recruiter was arrested earlier this week in Ghazni city, officials said today.";
    expect(dateOf(text)).toBeNull();
  });

  it("gives the month the lead names when it is not the release's", () => {
    const text = "KABUL, Afghanistan (March 3, 2011) - Officials announced today that a kidnapper was caught in the last days of February in Farah province.";
    expect(dateOf(text)).toBe("2011-02");
  });
});
